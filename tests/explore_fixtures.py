"""A small, exactly known world for the exploration tests, written through the real builder.

The extractor is being improved while these tests are written, so the query logic is tested
on records we choose (built by ``kg.rdf.triples`` into graphs, SHACL-validated, stored by the real
store) and only robust facts are asserted on the extracted seed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.ingest import graphs_for
from kg.namespaces import article_iri
from kg.records import Article, Entity, Evidence, Extraction, Statement
from kg.settings import ONTOLOGY_DIR as ONTOLOGY
from kg.store import OxigraphStore

E = {
    "united-states": Entity(
        "united-states",
        "United States",
        "Country",
        wikidata="Q30",
        aliases=("U.S.", "US", "America"),
        lat=38.9,
        long=-77.0,
        iso="US",
    ),
    "ukraine": Entity(
        "ukraine",
        "Ukraine",
        "Country",
        wikidata="Q212",
        aliases=("Ukrainian",),
        lat=50.45,
        long=30.52,
        iso="UA",
    ),
    "russia": Entity("russia", "Russia", "Country", wikidata="Q159", aliases=("Russian",)),
    "britain": Entity("britain", "United Kingdom", "Country", aliases=("Britain",)),
    "kremlin": Entity("kremlin", "Kremlin", "Organization"),
    "dmitry-peskov": Entity("dmitry-peskov", "Dmitry Peskov", "Person", aliases=("Peskov",)),
    "ottawa-treaty": Entity(
        "ottawa-treaty", "Ottawa Treaty", "Treaty", aliases=("Mine Ban Treaty",)
    ),
    "anti-personnel-mine": Entity(
        "anti-personnel-mine",
        "anti-personnel mine",
        "Weapon",
        aliases=("antipersonnel land mines",),
    ),
    "atacms": Entity("atacms", "ATACMS", "Weapon"),
    "zaporizhzhia-oblast": Entity(
        "zaporizhzhia-oblast",
        "Zaporizhzhia Oblast",
        "AdministrativeRegion",
        aliases=("Zaporizhzhia",),
    ),
    "kyiv": Entity("kyiv", "Kyiv", "City"),
    "laos": Entity("laos", "Laos", "Country"),
    "rifle": Entity("rifle", "rifle", "Weapon"),
}
HUB_FANOUT = 70  # the United States supplies this many small recipients (a hub)


def make_article(
    aid: str, title: str, sentences: list[tuple[str, list[dict]]], entities: list[str], when: date
) -> Extraction:
    text, statements, pos = "", [], 0
    for sentence, facts in sentences:
        ev = Evidence(sentence, pos, pos + len(sentence))
        for f in facts:
            statements.append(Statement(evidence=ev, **f))
        text += sentence + " "
        pos = len(text)
    art = Article(aid, text.strip(), title=title, published=when, source="test")
    return Extraction(
        art,
        {e: E[e] for e in entities},
        (),
        tuple(statements),
        model="test",
        model_version="0",
        extractor="test",
    )


def world() -> list[Extraction]:
    landmines = make_article(
        "landmines",
        "US to send mines to Ukraine",
        [
            (
                "The U.S. will send Ukraine antipersonnel land mines, Austin said.",
                [
                    dict(
                        type="WeaponTransfer",
                        agent="united-states",
                        recipient="ukraine",
                        weapons=("anti-personnel-mine",),
                        modality="planned",
                        confidence=0.9,
                    )
                ],
            ),
            (
                "Russia has never joined the Mine Ban Treaty, unlike Ukraine, "
                "Kremlin spokesman Dmitry Peskov pointed out.",
                [
                    dict(
                        type="TreatyParticipation",
                        agent="russia",
                        treaty="ottawa-treaty",
                        negated=True,
                        confidence=0.85,
                    ),
                    dict(
                        type="TreatyParticipation",
                        agent="ukraine",
                        treaty="ottawa-treaty",
                        confidence=0.85,
                    ),
                    dict(
                        type="Affiliation",
                        agent="dmitry-peskov",
                        target="kremlin",
                        role="spokesman",
                    ),
                ],
            ),
            (
                "The Kremlin is the seat of the Russian government.",
                [dict(type="Affiliation", agent="kremlin", target="russia")],
            ),
            (
                "Moscow has captured more territory in Zaporizhzhia.",
                [
                    dict(
                        type="TerritorialCapture",
                        agent="russia",
                        locations=("zaporizhzhia-oblast",),
                        confidence=0.6,
                    )
                ],
            ),
            (
                "Russia attacked Kyiv, the Ukrainian capital.",
                [
                    dict(type="Attack", agent="russia", target="kyiv", confidence=0.8),
                    dict(type="LocatedIn", agent="kyiv", target="ukraine"),
                ],
            ),
            (
                "Britain did not send Ukraine any mines.",
                [
                    dict(
                        type="WeaponTransfer",
                        agent="britain",
                        recipient="ukraine",
                        weapons=("anti-personnel-mine",),
                        negated=True,
                        confidence=0.7,
                    )
                ],
            ),
        ],
        [
            "united-states",
            "ukraine",
            "russia",
            "britain",
            "kremlin",
            "dmitry-peskov",
            "ottawa-treaty",
            "anti-personnel-mine",
            "zaporizhzhia-oblast",
            "kyiv",
            "laos",
        ],
        date(2024, 11, 20),
    )
    atacms = make_article(
        "atacms",
        "Ukraine strikes Russia with ATACMS",
        [
            (
                "The United States supplied Ukraine with ATACMS missiles.",
                [
                    dict(
                        type="WeaponTransfer",
                        agent="united-states",
                        recipient="ukraine",
                        weapons=("atacms",),
                        confidence=0.8,
                    )
                ],
            ),
            (
                "Ukraine fired ATACMS at Russia.",
                [
                    dict(
                        type="Attack",
                        agent="ukraine",
                        target="russia",
                        weapons=("atacms",),
                        confidence=0.75,
                    )
                ],
            ),
        ],
        ["united-states", "ukraine", "russia", "atacms"],
        date(2024, 11, 21),
    )
    hub_sentences = []
    for i in range(1, HUB_FANOUT + 1):
        eid = f"partner-{i:02d}"
        E[eid] = Entity(eid, f"Partner {i:02d}", "Country")
        hub_sentences.append(
            (
                f"The United States supplied Partner {i:02d} with rifles.",
                [
                    dict(
                        type="WeaponTransfer",
                        agent="united-states",
                        recipient=eid,
                        weapons=("rifle",),
                        confidence=0.3 if i == 1 else 0.7,
                    )
                ],
            )
        )
    hub = make_article(
        "partners",
        "Arms for partners",
        hub_sentences,
        ["united-states", "rifle", *(f"partner-{i:02d}" for i in range(1, HUB_FANOUT + 1))],
        date(2024, 11, 22),
    )
    return [landmines, atacms, hub]


def build_world(path: Path | None, extra: list[Extraction] = ()) -> OxigraphStore:
    """Open a store at ``path`` (None: in memory) holding :func:`world` (+ ``extra``)."""
    store = OxigraphStore(path)
    for ex in [*world(), *extra]:
        named, default = graphs_for(ex, ONTOLOGY)
        store.put_article(str(article_iri(ex.article.id)), named, default)
    return store


XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '"><img src=x onerror="window.__xss=1">'


def malicious() -> Extraction:
    """An article whose names, sentences and title try to run script in the graph page."""
    E["xss-person"] = Entity("xss-person", XSS_IMG, "Person", aliases=(XSS_SCRIPT,))
    E["xss-weapon"] = Entity("xss-weapon", f"{XSS_SCRIPT} rifle", "Weapon")
    return make_article(
        "xss",
        f"{XSS_SCRIPT}{XSS_IMG}",
        [
            (
                f"{XSS_IMG} of Ukraine said {XSS_SCRIPT} was sent.",
                [dict(type="Affiliation", agent="xss-person", target="ukraine", role=XSS_SCRIPT)],
            ),
            (
                f"Ukraine supplied {XSS_IMG} with {XSS_SCRIPT} rifles.",
                [
                    dict(
                        type="WeaponTransfer",
                        agent="ukraine",
                        recipient="xss-person",
                        weapons=("xss-weapon",),
                        confidence=0.9,
                    )
                ],
            ),
        ],
        ["ukraine", "xss-person", "xss-weapon"],
        date(2024, 11, 23),
    )
