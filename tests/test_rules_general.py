"""Constructions added for articles nobody tuned the extractor to (issue 12), each on
sentences of our own: war nouns, patient subjects, forces of a state, treaty phrasing,
capture nouns, and the linking rules that keep unstated facts out."""

from __future__ import annotations

from kg.records import Article

from .test_rules import edges, facts, has


# -- nominal events ------------------------------------------------------------------------
def test_war_noun_with_possessor_and_object_is_an_attack(extractor):
    has(
        facts(extractor, "Russia's war against Ukraine entered its third year."),
        ("Attack", "Russia", "Ukraine", ..., False, "asserted"),
    )
    has(
        facts(extractor, "Moscow continues its war on Ukraine."),
        ("Attack", "Russia", "Ukraine", ..., False),
    )
    has(
        facts(extractor, "Russia's aggression against Georgia drew condemnation."),
        ("Attack", "Russia", "Georgia", ..., False),
    )


def test_war_noun_without_an_agent_gives_nothing(extractor):
    assert not facts(extractor, "The war in Sudan has displaced millions of people.")


def test_war_between_two_sides_is_two_attacks(extractor):
    got = facts(extractor, "The fighting between Israel and Hamas went on for weeks.")
    has(got, ("Attack", "Israel", "Hamas"), ("Attack", "Hamas", "Israel"))


# -- the subject undergoes the event -------------------------------------------------------
def test_fell_to_is_a_capture_by_the_object(extractor):
    has(
        facts(extractor, "The town of Avdiivka fell to Russian forces in February."),
        ("TerritorialCapture", "Russia", "Avdiivka", ..., False, "asserted"),
    )


def test_came_under_control_and_under_fire(extractor):
    has(
        facts(extractor, "Mariupol came under the control of Russian forces."),
        ("TerritorialCapture", "Russia", "Mariupol"),
    )
    has(
        facts(extractor, "Kharkiv came under fire from Russian artillery."),
        ("Attack", "Russia", "Kharkiv"),
    )


def test_fell_to_a_number_is_no_event(extractor):
    assert not facts(extractor, "Oil prices fell to a record low in Moscow.")


# -- forces as agents ----------------------------------------------------------------------
def test_the_forces_of_two_states_both_act(extractor):
    got = facts(
        extractor,
        "The militaries of the United States and Britain conducted strikes on Houthi targets.",
    )
    has(got, ("Attack", "United States", "Houthis"), ("Attack", "United Kingdom", "Houthis"))


def test_troops_of_coordinated_states(extractor):
    got = facts(extractor, "Troops of Ethiopia and Eritrea attacked the Tigray region.")
    has(got, ("Attack", "Ethiopia", ...), ("Attack", "Eritrea", ...))


# -- treaty phrasing -----------------------------------------------------------------------
def test_plural_parties_with_negation(extractor):
    got = facts(
        extractor,
        "Both India and Pakistan are not parties to the Treaty on the Non-Proliferation of "
        "Nuclear Weapons.",
    )
    for state in ("India", "Pakistan"):
        has(got, ("TreatyParticipation", state, ..., ..., True, "asserted"))


def test_applying_to_join_is_intent(extractor):
    got = facts(extractor, "Finland and Sweden applied to join NATO in 2022.")
    has(got, ("TreatyParticipation", "Finland", "North Atlantic Treaty", ..., False, "planned"))


def test_freezing_participation_is_a_suspension(extractor):
    got = facts(
        extractor, "Armenia froze its participation in the Collective Security Treaty Organization."
    )
    has(got, ("TreatyParticipation", "Armenia", ..., ..., True))


# -- capture nouns -------------------------------------------------------------------------
def test_liberation_with_a_possessor(extractor):
    has(
        facts(extractor, "Ukraine's liberation of Kherson in November was a turning point."),
        ("TerritorialCapture", "Ukraine", "Kherson", ..., False, "asserted"),
    )


# -- linking without context ---------------------------------------------------------------
def test_capital_not_placed_in_a_country_the_text_never_names(extractor):
    got = edges(extractor, "Negotiators met in Vienna on Wednesday to draft the text.")
    assert not [e for e in got if e[0] == "LocatedIn"], got


def test_capital_placed_in_its_country_when_both_are_named(extractor):
    got = edges(extractor, "Protests spread from Kyiv to other cities of Ukraine.")
    has(got, ("LocatedIn", "Kyiv", "Ukraine"))


def test_state_body_affiliated_only_when_the_mention_names_the_state(extractor):
    bare = edges(extractor, "The Pentagon said the exercise would end on Friday.")
    assert not [e for e in bare if e[0] == "Affiliation"], bare
    named = edges(extractor, "Russia's defense ministry said the exercise would end on Friday.")
    has(named, ("Affiliation", ..., "Russia"))


def test_person_with_a_stated_body_gets_no_second_guess(extractor):
    got = edges(
        extractor,
        "State Department spokesman John Kirby spoke on Monday. Kirby said talks would go on.",
    )
    people = {(e[1], e[2]) for e in got if e[0] == "Affiliation" and e[1] == "John Kirby"}
    assert people == {("John Kirby", "United States Department of State")}, got


# -- reference back ------------------------------------------------------------------------
def test_the_town_refers_back_to_the_last_town(extractor):
    got = facts(
        extractor,
        "Fighters entered Kismayo on Friday. Witnesses said al-Shabab had taken control of "
        "the town by nightfall.",
    )
    has(got, ("TerritorialCapture", "al-Shabaab", "Kismayo"))


def test_the_region_needs_a_region_not_a_city(extractor):
    got = facts(
        extractor,
        "Drones struck Belgorod overnight. Officials said Ukraine attacked the region again.",
    )
    assert not [g for g in got if g[0] == "Attack" and g[1] == "Ukraine"], got


# -- launches ------------------------------------------------------------------------------
def test_a_launch_at_no_target_is_a_deployment(extractor):
    got = facts(
        extractor, "On Sunday, North Korea fired a ballistic missile from a site near Pyongyang."
    )
    has(got, ("Deployment", "North Korea", None, "ballistic missile"))
    assert not [g for g in got if g[0] == "Attack"], got


# -- membership nouns ----------------------------------------------------------------------
def test_alliance_member_in_apposition_and_compound(extractor):
    has(
        facts(extractor, "NATO member Turkey objected to the plan."),
        ("TreatyParticipation", "Turkey", "North Atlantic Treaty", ..., False),
    )
    has(
        facts(extractor, "Hungary, a NATO member, blocked the aid."),
        ("TreatyParticipation", "Hungary", "North Atlantic Treaty", ..., False),
    )


# -- names that are also towns -------------------------------------------------------------
def test_a_town_name_inside_a_persons_name_is_no_town(extractor):
    from kg.records import Article

    ex = extractor.extract(
        Article(id="t", text="Commander Ahmed Hassan said the fighting lasted an hour.")
    )
    assert not [e for e in ex.entities.values() if e.cls == "City"], ex.entities


# -- coalitions ----------------------------------------------------------------------------
def test_a_led_coalition_acts_for_its_leader(extractor):
    has(
        facts(extractor, "The Saudi-led coalition launched airstrikes on Sanaa."),
        ("Attack", "Saudi Arabia", "Sanaa"),
    )
    has(
        facts(extractor, "U.S.-led coalition aircraft struck Islamic State positions."),
        ("Attack", "United States", "Islamic State"),
    )


def test_a_backed_group_is_not_its_backer(extractor):
    got = facts(extractor, "Iran-backed militants fired rockets at the U.S. Embassy in Baghdad.")
    assert not [g for g in got if g[1] == "Iran"], got


# -- weapons used ---------------------------------------------------------------------------
def test_interceptor_named_by_using_is_deployed_by_the_interceptor(extractor):
    got = facts(
        extractor, "Ukrainian air defenses shot down 20 Russian drones using Patriot systems."
    )
    has(got, ("Interception", "Ukraine", None, "drone"))
    has(got, ("Deployment", "Ukraine", None, "MIM-104 Patriot"))
    assert not [g for g in got if g[0] == "Deployment" and g[1] == "Russia"], got


def test_a_test_launch_is_a_deployment(extractor):
    has(
        facts(extractor, "North Korea tested a hypersonic missile on Tuesday."),
        ("Deployment", "North Korea", None, "hypersonic missile"),
    )


def test_their_assault_is_the_subjects(extractor):
    has(
        facts(extractor, "Russian forces used glide bombs in their assault on Avdiivka."),
        ("Attack", "Russia", "Avdiivka"),
    )


def test_a_place_inside_the_against_phrase_is_the_target(extractor):
    has(
        facts(extractor, "Ukraine used ATACMS missiles against a Russian airfield in Crimea."),
        ("Attack", "Ukraine", "Crimea"),
    )


# -- sales, packages and named systems -----------------------------------------------------
def test_an_approved_sale_is_supplied_by_the_approver(extractor):
    got = facts(
        extractor,
        "The State Department has approved a possible Foreign Military Sale to Poland of "
        "Patriot missiles.",
    )
    has(got, ("WeaponTransfer", "United States", "Poland", "MIM-104 Patriot", False, "planned"))


def test_a_package_lists_more_weapons_of_the_transfer_before_it(extractor):
    got = facts(
        extractor,
        "Germany announced a new package of military aid for Ukraine on Tuesday. The package "
        "includes Leopard tanks and artillery shells.",
    )
    has(got, ("WeaponTransfer", "Germany", "Ukraine", "artillery shell"))


def test_criticising_a_sale_does_not_make_a_supplier(extractor):
    got = facts(extractor, "Russia criticized the sale of F-16 fighter jets to Turkey.")
    assert not [g for g in got if g[1] == "Russia"], got


def test_receiving_takes_the_supplier_of_the_sale_to_the_same_recipient(extractor):
    got = facts(
        extractor,
        "The United States agreed to a $2 billion arms sale to Taiwan. The Taiwanese will "
        "receive two frigates.",
    )
    has(got, ("WeaponTransfer", "United States", "Taiwan", "frigate"))


def test_a_named_system_the_gazetteer_lacks_is_a_weapon(extractor):
    has(
        facts(extractor, "Iran supplied Russia with Arash drones."),
        ("WeaponTransfer", "Iran", "Russia", "Arash drone"),
    )


def test_dropping_weapons_is_an_attack_and_dropping_leaflets_is_not(extractor):
    has(
        facts(extractor, "Syrian government aircraft dropped bombs on rebel-held Idlib."),
        ("Attack", "Syria", "Idlib", "bomb"),
    )
    assert not facts(extractor, "Russian planes dropped leaflets on Kharkiv.")


def _weapons(extractor, text: str) -> dict[str, bool]:
    ex = extractor.extract(Article(id="t", text=text))
    return {e.label: e.linked for e in ex.entities.values() if e.cls == "Weapon"}


def test_a_model_code_or_name_before_a_weapon_word_is_a_weapon(extractor):
    got = _weapons(
        extractor,
        "The navy commissioned a Type 039 submarine and two Sovremenny-class destroyers. Egypt "
        "ordered Ejder armored vehicles and AGM-86 missiles.",
    )
    for label in (
        "Type 039 submarine",
        "Sovremenny-class destroyer",
        "Ejder armored vehicle",
        "AGM-86 missile",
    ):
        assert got.get(label) is False, (label, got)


def test_a_known_system_before_general_weapon_words_takes_them_in(extractor):
    got = _weapons(extractor, "Pyongyang tested a Hwasong-19 intercontinental ballistic missile.")
    assert got == {"Hwasong-19": True}, got


def test_whose_weapon_is_not_which_weapon(extractor):
    got = _weapons(
        extractor,
        "Western weapons reached the front. U.S. Army helicopters and Russian drones flew over "
        "the town. These air defense systems work.",
    )
    assert all(linked for linked in got.values()), got


def test_a_variant_of_a_known_system_is_that_system(extractor):
    got = _weapons(extractor, "Japan will buy Tomahawk Block V missiles and F-16 Block 72 jets.")
    assert got == {"BGM-109 Tomahawk": True, "General Dynamics F-16 Fighting Falcon": True}, got


def test_a_piece_of_a_spelled_out_compound_is_no_name(extractor):
    got = _weapons(extractor, "The army fielded new Ground-to-Air Missiles last year.")
    assert not [label for label, linked in got.items() if not linked], got


def test_coordinated_modifiers_share_the_weapon_word(extractor):
    got = facts(extractor, "Belarus sent Russia ballistic and cruise missiles.")
    has(got, ("WeaponTransfer", "Belarus", "Russia", "ballistic missile"))
    has(got, ("WeaponTransfer", "Belarus", "Russia", "cruise missile"))
    got = _weapons(extractor, "Poland sent anti-tank and anti-aircraft weapons to the front.")
    assert "tank" not in got and "anti-tank weapon" in got, got


def test_a_states_air_defenses_are_its_forces_not_a_weapon_named(extractor):
    text = "Ukraine's air defenses shot down 20 drones overnight."
    assert "air defense system" not in _weapons(extractor, text)
    has(facts(extractor, text), ("Interception", "Ukraine", None, "drone"))
    assert "air defense system" in _weapons(extractor, "Germany sent air defenses to Ukraine.")


# -- arms sales and aid packages (issue 12: sale and package phrasing) ---------------------
def test_the_government_of_a_state_receives_as_the_state(extractor):
    got = facts(
        extractor,
        "The State Department has approved a possible Foreign Military Sale to the Government "
        "of the Netherlands of AIM-120 missiles.",
    )
    has(got, ("WeaponTransfer", "United States", "Netherlands", "AIM-120 AMRAAM", False, "planned"))


def test_a_determination_approving_a_sale_is_its_makers(extractor):
    got = facts(
        extractor,
        "The State Department made a determination approving the proposed sale to the "
        "Government of Japan of Patriot missiles, worth $300 million.",
    )
    has(got, ("WeaponTransfer", "United States", "Japan", "MIM-104 Patriot", False, "planned"))


def test_a_request_to_buy_continues_the_sale_past_a_transfer_to_no_one(extractor):
    got = facts(
        extractor,
        "The State Department made a decision approving the proposed sale to the Government "
        "of Norway of Javelin missiles. The agency delivered the "
        "required certification on Monday. The Government of Norway has requested to buy "
        "HIMARS launchers.",
    )
    has(got, ("WeaponTransfer", "United States", "Norway", "M142 HIMARS", False, "planned"))


def test_it_includes_lists_the_package_just_announced(extractor):
    got = facts(
        extractor,
        "The White House announced a new security assistance package for Ukraine. It includes "
        "Stinger missiles and Bradley fighting vehicles.",
    )
    has(
        got,
        ("WeaponTransfer", "United States", "Ukraine", "FIM-92 Stinger"),
        ("WeaponTransfer", "United States", "Ukraine", "M2 Bradley"),
    )


def test_a_relative_clause_on_the_sale_lists_its_weapons(extractor):
    got = facts(
        extractor, "The United States approved an arms sale to Taiwan that includes Harpoons."
    )
    has(got, ("WeaponTransfer", "United States", "Taiwan", "Harpoon", False, "planned"))
    got = facts(
        extractor,
        "Britain is sending more military aid to Ukraine in a package that is expected to "
        "include Challenger tanks.",
    )
    has(got, ("WeaponTransfer", "United Kingdom", "Ukraine", "Challenger 2"))


def test_a_passive_sale_keeps_its_recipient(extractor):
    got = facts(extractor, "The sale to Poland of Abrams tanks was approved by the United States.")
    has(got, ("WeaponTransfer", "United States", "Poland", "M1 Abrams", False, "planned"))


def test_a_representative_office_receives_for_itself(extractor):
    # TECRO, the office that buys Taiwan's U.S. arms, is no body of the Taiwanese state
    got = facts(extractor, "The State Department approved a sale to TECRO of Stinger missiles.")
    recipients = {g[2] for g in got if g[0] == "WeaponTransfer" and g[3] == "FIM-92 Stinger"}
    assert len(recipients) == 1 and recipients.pop().startswith("Taipei Economic"), got


def test_weapons_alone_name_no_weapon_type_to_transfer(extractor):
    got = facts(extractor, "Germany sent weapons and ammunition to Ukraine last year.")
    assert not [g for g in got if g[0] == "WeaponTransfer"], got


def test_aid_with_its_supplier_and_recipient_lists_its_weapons(extractor):
    got = facts(
        extractor, "American military aid to Ukraine has included HIMARS launchers this year."
    )
    has(got, ("WeaponTransfer", "United States", "Ukraine", "M142 HIMARS"))


def test_criticising_a_determination_does_not_make_its_maker(extractor):
    got = facts(
        extractor,
        "Beijing criticized the determination approving the proposed sale to the Government of "
        "the Philippines of Javelin missiles.",
    )
    assert not [g for g in got if g[0] == "WeaponTransfer"], got
