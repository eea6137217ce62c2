"""Attack and capture constructions common in war reporting, each on sentences of our own:
relative clauses, claims of responsibility, places listed with "including", "rebel-held"
areas, irregular verb forms."""

from __future__ import annotations

from .test_rules import facts, has


# -- who acts ------------------------------------------------------------------------------
def test_relative_who_gives_the_noun_as_agent(extractor):
    got = facts(
        extractor, "Hezbollah fighters, who seized the village of Qusair in May, shelled Homs."
    )
    has(got, ("TerritorialCapture", "Hezbollah", "Qusair", ..., False, "asserted"))
    has(got, ("Attack", "Hezbollah", "Homs", ..., False, "asserted"))


def test_relative_who_without_a_named_noun_gives_nothing(extractor):
    assert not facts(extractor, "Gunmen who stormed Kandahar were arrested.")


# -- places listed with "including" --------------------------------------------------------
def test_targets_listed_with_including(extractor):
    got = facts(extractor, "Russian missiles struck several cities including Odesa and Dnipro.")
    has(got, ("Attack", "Russia", "Odesa"), ("Attack", "Russia", "Dnipro"))


def test_captured_places_listed_with_including(extractor):
    got = facts(extractor, "M23 rebels seized several towns in the east, including Goma.")
    has(got, ("TerritorialCapture", "March 23 Movement", "Goma"))


# -- claims of responsibility --------------------------------------------------------------
def test_claim_of_responsibility_names_the_attacker(extractor):
    has(
        facts(extractor, "The Taliban claimed responsibility for the raid on Kandahar airport."),
        ("Attack", "Taliban", "Kandahar airport", ..., False, "asserted"),
    )
    has(
        facts(extractor, "Police said the Islamic State group was behind the bombing in Cairo."),
        ("Attack", "Islamic State", "Cairo", ..., False),
    )


def test_claimed_attack_takes_the_place_of_the_unclaimed_one(extractor):
    got = facts(
        extractor,
        "Gunmen stormed a hotel in Mogadishu on Friday night. "
        "Al-Shabab later claimed responsibility for the attack.",
    )
    has(got, ("Attack", "al-Shabaab", "Mogadishu", ..., False, "asserted"))


def test_blame_and_claimed_statements_are_no_claim(extractor):
    assert not facts(extractor, "Israel held Hamas responsible for the raid on Sderot.")
    assert not facts(extractor, "Nobody has claimed responsibility for the raid on Kabul.")
    got = facts(extractor, "Gunmen hit Kabul. Iran claimed the raid was a provocation.")
    assert not any(g[1] == "Iran" for g in got), got


# -- passives and event nouns under a verb -------------------------------------------------
def test_second_verb_of_a_passive_pair_is_passive(extractor):
    got = facts(
        extractor, "President Zelenskyy spoke hours after a school was shelled and hit in Kharkiv."
    )
    assert not any(g[0] == "Attack" for g in got), got


def test_attack_noun_after_in_keeps_its_own_places(extractor):
    has(
        facts(extractor, "Russia hit Ukraine overnight in a drone attack near Kharkiv."),
        ("Attack", "Russia", "Ukraine"),
        ("Attack", "Russia", "Kharkiv", "drone", False, "asserted"),
    )


# -- killing -------------------------------------------------------------------------------
def test_killing_by_an_actor_is_an_attack(extractor):
    has(
        facts(extractor, "Turkish jets killed 30 Kurdish fighters in northern Syria on Sunday."),
        ("Attack", "Turkey", "northern Syria", ..., False, "asserted"),
    )
    has(
        facts(extractor, "The U.S. military said it killed two al-Shabab fighters in a raid."),
        ("Attack", "United States", "al-Shabaab", ..., False, "asserted"),
    )


def test_deaths_with_no_attacker_are_no_attack(extractor):
    assert not facts(extractor, "Floods killed 40 people in Kenya.")
    got = facts(extractor, "Five soldiers were killed in Donetsk, the Ukrainian army said.")
    assert not any(g[0] == "Attack" for g in got), got


# -- an attack noun as the subject of another verb -----------------------------------------
def test_attack_noun_subject_continues_the_last_attack(extractor):
    got = facts(
        extractor,
        "Russian forces shelled Kherson on Monday. An assault on Mykolaiv wounded five people.",
    )
    has(got, ("Attack", "Russia", "Mykolaiv", ..., False, "asserted"))


def test_attack_carried_out_by_an_actor(extractor):
    has(
        facts(extractor, "The raid on the village of Qusair was carried out by Hezbollah."),
        ("Attack", "Hezbollah", "Qusair", ..., False, "asserted"),
    )
    got = facts(
        extractor, "Russian jets bombed Idlib. The raid on Kabul was condemned by Pakistan."
    )
    assert not any(g[2] == "Kabul" for g in got), got


def test_possessor_hung_on_a_modifier_names_the_attacker(extractor):
    has(
        facts(extractor, "Hezbollah's shock August 25 barrage on Haifa drew a response."),
        ("Attack", "Hezbollah", "Haifa"),
    )


# -- places held by a group named earlier --------------------------------------------------
def test_rebel_held_place_is_held_by_the_group_named_last(extractor):
    got = facts(
        extractor, "The M23 movement advanced on Sunday. The rebel-held town of Rutshuru was quiet."
    )
    has(got, ("TerritorialCapture", "March 23 Movement", "Rutshuru", ..., False, "asserted"))
    got = facts(
        extractor, "Houthi fighters fired on the ship. Shelling went on in rebel-held Hodeidah."
    )
    has(got, ("TerritorialCapture", "Houthis", "Hodeidah"))


def test_rebel_held_place_with_no_group_named_gives_nothing(extractor):
    assert not facts(extractor, "Fighting continued in rebel-held districts of Aleppo.")


# -- weapons intercepted over places -------------------------------------------------------
def test_drones_downed_over_a_region_with_no_interceptor_named(extractor):
    has(
        facts(
            extractor,
            "Russia launched 40 drones at Ukraine overnight. "
            "Twenty drones were shot down over the Kyiv region.",
        ),
        ("Attack", "Russia", "Kyiv Oblast", "drone", False, "asserted"),
    )


def test_intercepted_weapons_belong_to_the_last_attacker_that_used_them(extractor):
    got = facts(
        extractor,
        "Russia fired dozens of drones at Ukraine on Saturday. Officials said Russian troops "
        "also shelled Kherson. The air force said 30 of them were destroyed over the Odesa region.",
    )
    has(got, ("Attack", "Russia", "Odesa Oblast", "drone", False, "asserted"))


# -- places taken and held -----------------------------------------------------------------
def test_took_the_town_of_a_place(extractor):
    has(
        facts(extractor, "Russian troops have taken the village of Krasnohorivka, officials said."),
        ("TerritorialCapture", "Russia", "Krasnohorivka", ..., False, "asserted"),
    )
    assert not facts(extractor, "The town took the name of Kyiv.")


def test_place_under_a_named_control(extractor):
    has(
        facts(extractor, "Kherson is now under Ukrainian control."),
        ("TerritorialCapture", "Ukraine", "Kherson", ..., False, "asserted"),
    )
    has(
        facts(extractor, "The town of Kunduz has been under Taliban control since August."),
        ("TerritorialCapture", "Taliban", "Kunduz"),
    )
    has(
        facts(extractor, "Mariupol remained under the control of Russian forces."),
        ("TerritorialCapture", "Russia", "Mariupol"),
    )


def test_irregular_past_of_retake(extractor):
    has(
        facts(extractor, "Iraqi troops retook the city of Ramadi from Islamic State fighters."),
        ("TerritorialCapture", "Iraq", "Ramadi", ..., False, "asserted"),
    )


def test_inflicting_losses_is_an_attack(extractor):
    has(
        facts(extractor, "Ukrainian troops inflicted heavy losses on Russia's army near Izium."),
        ("Attack", "Ukraine", "Russia", ..., False, "asserted"),
    )
    assert not facts(extractor, "The EU's sanctions inflicted damage on Russia's economy.")


# -- what was hit belongs to a named actor ---------------------------------------------------
def test_owner_of_what_was_hit_is_the_target(extractor):
    has(
        facts(extractor, "Russia attacked Ukraine's ports with drones on Tuesday."),
        ("Attack", "Russia", "Ukraine", "drone", False, "asserted"),
    )
    has(
        facts(extractor, "Iraqi jets bombed the al-Qaida training camp near the border."),
        ("Attack", "Iraq", "al-Qaeda"),
    )


def test_owner_of_an_ally_or_a_hostage_is_not_the_target(extractor):
    got = facts(extractor, "Iran attacked Israel's allies in the region.")
    assert not any(f[0] == "Attack" and f[2] == "Israel" for f in got), got
    got = facts(extractor, "Syrian forces killed an American hostage.")
    assert not any(f[0] == "Attack" and f[2] == "United States" for f in got), got


def test_infrastructure_of_a_demonym_is_the_state(extractor):
    has(
        facts(extractor, "Russian drones struck Ukrainian airfields and ports overnight."),
        ("Attack", "Russia", "Ukraine"),
    )


# -- who an attack is laid at ------------------------------------------------------------------
def test_strike_attributed_to_an_actor(extractor):
    has(
        facts(extractor, "A strike attributed to Israel killed a senior Hamas commander."),
        ("Attack", "Israel", "Hamas", None, False, "asserted"),
    )
    has(
        facts(extractor, "Bombings blamed on Boko Haram have killed hundreds in Borno State."),
        ("Attack", "Boko Haram", "Borno State"),
    )


def test_who_condemned_a_bombing_did_not_commit_it(extractor):
    got = facts(
        extractor, "The Security Council condemned a bombing that killed two soldiers in Mali."
    )
    assert not any(f[0] == "Attack" for f in got), got


# -- a place and the noun beside it ------------------------------------------------------------
def test_place_held_through_a_noun_in_apposition(extractor):
    has(
        facts(extractor, "Guards fled from Izium, a town controlled by Russian forces."),
        ("TerritorialCapture", "Russia", "Izium", None, False, "asserted"),
    )
    has(
        facts(extractor, "Monitors reached Mosul, a city controlled by the Islamic State."),
        ("TerritorialCapture", "Islamic State", "Mosul"),
    )


# -- an attack noun after a verb and a preposition -------------------------------------------
def test_attack_noun_after_a_light_verb_and_preposition(extractor):
    has(
        facts(extractor, "The Syrian army resorted to airstrikes on Idlib after the talks failed."),
        ("Attack", "Syria", "Idlib", None, False, "asserted"),
    )
    got = facts(extractor, "Turkey objected to the airstrikes on Idlib.")
    assert not any(f[0] == "Attack" and f[1] == "Turkey" for f in got), got
