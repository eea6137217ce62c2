"""The gazetteers are data: their invariants are checked like code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.extract.lexicon import GAZETTEERS, LEXICON_DIR, load_lexicon
from kg.extract.nlp import AMBIGUOUS, ruler_patterns
from kg.records import Article

from .conftest import PROJECT_ROOT


def test_gazetteer_invariants_hold():
    r = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "tools" / "lexicons" / "check.py")],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and "OK" in r.stdout, r.stdout + r.stderr


def test_gazetteers_cover_the_brief():
    lex = load_lexicon()
    for name in (
        "U.S.",
        "U.K.",
        "DPRK",
        "PRC",
        "UAE",
        "Sumy Oblast",
        "the Sumy region",
        "Crimea",
        "Donbas",
        "Gaza Strip",
        "West Bank",
        "Red Sea",
        "ATACMS",
        "HIMARS",
        "Patriot",
        "NASAMS",
        "IRIS-T",
        "Storm Shadow",
        "Shahed-136",
        "Iskander",
        "Kinzhal",
        "F-16",
        "cluster munitions",
        "anti-personnel mines",
        "Ottawa Treaty",
        "New START",
        "INF Treaty",
        "CTBT",
        "Arms Trade Treaty",
        "Budapest Memorandum",
        "Pentagon",
        "Kremlin",
        "NATO",
        "IAEA",
        "Hamas",
        "Hezbollah",
        "Houthis",
        "Wagner Group",
        "RSF",
    ):
        assert lex.lookup(name), name
    assert lex.demonyms["ukrainian"] == "ukraine"
    mine = lex.entities["anti-personnel-mine"]
    assert mine.broader and "mine" in mine.broader


def test_first_level_units_of_every_country_come_from_iso_3166_2():
    lex = load_lexicon()

    def region(name: str) -> str:
        found = [e for e in lex.lookup(name) if e.cls == "AdministrativeRegion"]
        assert len(found) == 1, (name, found)
        return found[0].id

    # typed label, bare stem, lowercase and accent-folded forms of an ISO name
    assert region("Paktika Province") == region("Paktika") == region("Paktika province")
    assert lex.country_of(region("Paktika")) == "afghanistan"
    assert lex.country_of(region("Kebbi State")) == "nigeria"
    assert lex.country_of(region("Herat Province")) == "afghanistan"  # named after its town
    assert lex.country_of(region("Putumayo department")) == "colombia"
    assert region("Tulcea County") == region("Tulcea region")  # a judet is a county
    # a stem that is an English word or a country keeps only its typed label
    assert region("Plateau State") and not lex.lookup("Plateau region")
    assert region("Niger State") and [e.cls for e in lex.lookup("Niger")] == ["Country"]
    # an ISO spelling of a unit written by hand is no second entry
    assert not lex.lookup("Tigrai Region")
    assert not lex.lookup("West Region")  # all English words: a phrase more than a name


def _orgs_of(lex, country_id: str, kind: str) -> list[str]:
    return [
        e.id
        for e in lex.entities.values()
        if e.cls == "Organization" and e.country == country_id and lex.attr(e.id, "kind") == kind
    ]


def test_every_state_with_an_army_has_its_armed_forces_and_ministries():
    lex = load_lexicon()
    # states without armed forces of their own (Costa Rica, Iceland, Panama, the Vatican, ...)
    no_army = {
        "AD",
        "CR",
        "DM",
        "GD",
        "IS",
        "KI",
        "LI",
        "LC",
        "MC",
        "MH",
        "MU",
        "FM",
        "NR",
        "PA",
        "PW",
        "PS",
        "WS",
        "SB",
        "TV",
        "VA",
        "VC",
    }
    for c in (e for e in lex.entities.values() if e.cls == "Country"):
        assert _orgs_of(lex, c.id, "ministry"), c.id
        if c.iso not in no_army:
            assert _orgs_of(lex, c.id, "military"), c.id
    assert not _orgs_of(lex, "costa-rica", "military")


def test_generated_state_bodies_read_like_news():
    lex = load_lexicon()
    for form, country, kind in (
        ("Chadian army", "chad", "military"),
        ("Kenya's military", "kenya", "military"),
        ("Armed Forces of the Philippines", "philippines", "military"),
        ("Ghanaian Defence Ministry", "ghana", "ministry"),
        ("Peru's Ministry of Foreign Affairs", "peru", "ministry"),
        ("Ministry of Foreign Affairs of the Netherlands", "netherlands", "ministry"),
    ):
        hits = lex.lookup(form)
        assert len(hits) == 1, form
        assert hits[0].country == country and lex.attr(hits[0].id, "kind") == kind, form
    # written-out bodies keep their own entry; a form two states share names neither
    assert [e.id for e in lex.lookup("Ukrainian military")] == ["armed-forces-of-ukraine"]
    assert [e.id for e in lex.lookup("State Department")] == ["state-department"]
    assert not lex.lookup("Congolese military")


def test_national_news_agencies_are_organizations():
    lex = load_lexicon()
    for name in ("KCNA", "Yonhap", "Anadolu", "Xinhua", "IRNA", "Press Trust of India", "BelTA"):
        hits = lex.lookup(name)
        assert hits and lex.attr(hits[0].id, "kind") == "media", name


@pytest.mark.slow
def test_gazetteers_are_what_the_generator_writes(tmp_path):
    """The .jsonl files are generated: ``tools/lexicons/generate.py`` reproduces them byte for
    byte."""
    script = PROJECT_ROOT / "tools" / "lexicons" / "generate.py"
    r = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    for name in GAZETTEERS:
        f = f"{name}.jsonl"
        assert (tmp_path / f).read_bytes() == (LEXICON_DIR / f).read_bytes(), f


def _people(extractor, text: str) -> list[str]:
    ex = extractor.extract(Article(id="t", text=text))
    return sorted(e.label for e in ex.entities.values() if e.cls == "Person")


def test_a_bare_surname_is_the_person_the_article_names_in_full(extractor):
    later = "Prime Minister Nawaz Sharif met farmers in Lahore. Sharif said the harvest was good."
    assert _people(extractor, later) == ["Nawaz Sharif"]
    first = "Sharif spoke to farmers in Lahore. Prime Minister Nawaz Sharif praised the harvest."
    assert _people(extractor, first) == ["Nawaz Sharif"]


def test_a_bare_surname_of_a_person_never_named_is_not_linked(extractor):
    """Many people are called Rasmussen or Hunt: without the full name, no gazetteer person."""
    for text, eid in (
        (
            "Rasmussen told reporters in Brussels that the alliance would respond.",
            "anders-fogh-rasmussen",
        ),
        ("Hunt told reporters in London that the talks would resume.", "jeremy-hunt"),
    ):
        ex = extractor.extract(Article(id="t", text=text))
        assert eid not in ex.entities, text


def test_ambiguous_words_are_everyday_lower_case_gazetteer_forms():
    """The skip list holds common words that some gazetteer entry uses, never a name."""
    lex = load_lexicon()
    forms = {f for e in lex.entities.values() for f in (e.label, *e.aliases) if f.islower()}
    assert forms >= AMBIGUOUS
    patterns = {p["pattern"] for p in ruler_patterns(lex)}
    assert not AMBIGUOUS & patterns and "Patriot" in patterns


def test_a_family_name_first_is_the_person_named_before(extractor):
    text = (
        "Kim Yo Jong, the leader's sister, issued a statement. Kim called the drills a provocation."
    )
    assert _people(extractor, text) == ["Kim Yo Jong"]


def _is_a(lex, eid: str, general: str) -> bool:
    while eid and eid != general:
        eid = lex.entities[eid].broader or ""
    return eid == general


def test_weapon_gazetteer_covers_the_systems_of_many_states():
    """Systems in service and in the news, each under its general type, whatever its maker."""
    lex = load_lexicon()
    for name, general in (
        ("Hellfire missiles", "air-to-surface-missile"),
        ("AIM-120C-8", "air-to-air-missile"),
        ("Mk 48 torpedoes", "torpedo"),
        ("Excalibur shells", "munition"),
        ("Arleigh Burke-class destroyers", "destroyer"),
        ("Kilo-class submarines", "submarine"),
        ("Type 055", "destroyer"),
        ("HQ-9", "air-defense-system"),
        ("Scuds", "ballistic-missile"),
        ("Su-30MKI", "fighter-aircraft"),
        ("K9 howitzers", "artillery"),
        ("Bayraktar TB3", "drone"),
        ("Spike anti-tank missiles", "anti-tank-weapon"),
        ("Kirpi", "armoured-vehicle"),
        ("BrahMos", "cruise-missile"),
        ("Storm Shadow", "missile"),
        ("C-130J", "military-aircraft"),
    ):
        hits = [e for e in lex.lookup(name) if e.cls == "Weapon"]
        assert len(hits) == 1 and _is_a(lex, hits[0].id, general), (name, hits)


def test_a_weapon_named_like_a_word_a_person_or_a_place_needs_its_weapon_word():
    lex = load_lexicon()
    for bare, full in (
        ("Haj Qasem", "Haj Qasem missile"),
        ("Samad", "Samad drones"),
        ("Milan", "MILAN anti-tank missiles"),
        ("Prithvi", "Prithvi-II"),
        ("Khorramshahr", "Khorramshahr missiles"),
    ):
        assert not [e for e in lex.lookup(bare) if e.cls == "Weapon"], bare
        assert [e for e in lex.lookup(full) if e.cls == "Weapon"], full


def _tagged(extractor, text: str) -> dict[str, str]:
    """What the gazetteer component alone tags in ``text``: name → entity id."""
    nlp = extractor.nlp
    doc = nlp.get_pipe("geokg_gazetteer")(nlp.make_doc(text))
    return {e.text: e.ent_id_ for e in doc.ents}


def test_the_gazetteer_tags_the_longest_name_spelt_out_between_token_ends(extractor):
    got = _tagged(
        extractor, "Rebels in the Democratic Republic of Congo crossed into Kherson Oblast's south."
    )
    assert got == {
        "Democratic Republic of Congo": "democratic-republic-of-the-congo",
        "Kherson Oblast": "kherson-oblast",
    }, got
    # a name inside a longer word is none: no token ends where it does
    assert _tagged(extractor, "Kyivstar restored its network.") == {}


def test_of_two_entities_with_one_name_the_gazetteer_tags_the_country_then_the_city(extractor):
    got = _tagged(extractor, "Georgia protested; Washington and Moscow did not.")
    assert got == {"Georgia": "georgia", "Washington": "washington-d-c", "Moscow": "moscow"}, got


def test_a_broadcasters_language_service_is_an_organisation_of_its_own(extractor):
    ex = extractor.extract(
        Article(id="t", text="The commander told VOA Somali that the fighting lasted an hour.")
    )
    assert [(e.label, e.cls) for e in ex.entities.values()] == [("VOA Somali", "Organization")]
    ex = extractor.extract(Article(id="t", text="VOA Wednesday reported heavy fighting."))
    assert [e.label for e in ex.entities.values()] == ["Voice of America"], ex.entities


def test_towns_of_countries_at_war_are_places_down_to_fifteen_thousand_people():
    lex = load_lexicon()
    for town, country in (("Timbuktu", "mali"), ("Kidal", "mali"), ("Baidoa", "somalia")):
        found = [e for e in lex.lookup(town) if e.cls == "City"]
        assert found and found[0].country == country, (town, found)


def test_a_lake_or_mountain_named_after_a_place_is_a_place_of_its_own(extractor):
    from kg.records import Article

    ex = extractor.extract(Article(id="t", text="Boko Haram seized a base near Lake Chad."))
    assert "chad" not in {m.entity_id for m in ex.mentions}
    assert "lake-chad" in {m.entity_id for m in ex.mentions}


def test_somalian_is_a_demonym_of_somalia():
    assert "Somalian" in load_lexicon().attr("somalia", "demonyms")


def test_mines_and_shells_are_weapons_where_a_verb_of_war_governs_them(extractor):
    for text, want in (
        ("Sappers cleared mines left behind by the retreating troops.", True),
        ("Shells landed on a school in Kherson overnight.", True),
        ("The firm owns two coal mines near Donetsk.", False),
        ("Children collected shells on the beach.", False),
    ):
        ex = extractor.extract(Article(id="t", text=text))
        got = any(e.cls == "Weapon" for e in ex.entities.values())
        assert got == want, (text, ex.entities)


def test_a_contested_territory_is_not_implied_in_the_state_the_gazetteer_gives(extractor):
    from kg.records import Article

    ex = extractor.extract(
        Article(id="t", text="Ukraine said Russian troops in Crimea fired on Kherson overnight.")
    )
    located = {
        (ex.entities[s.agent].label, ex.entities[s.target].label)
        for s in ex.statements
        if s.type == "LocatedIn"
    }
    assert ("Crimea", "Ukraine") not in located, located
    assert ("Kherson", "Ukraine") in located, located


def test_defence_agreements_of_the_pacific_are_treaties(extractor):
    from kg.records import Article

    ex = extractor.extract(
        Article(id="t", text="Palau renewed its Compact of Free Association with Washington.")
    )
    assert "Compact of Free Association" in {e.label for e in ex.entities.values()}, ex.entities
