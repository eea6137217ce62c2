"""Constructions added for articles nobody tuned the extractor to (issue 12), each on
sentences of our own: war nouns, patient subjects, forces of a state, treaty phrasing,
capture nouns, and the linking rules that keep unstated facts out."""

from __future__ import annotations

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
        "Fighters entered Kismayo on Friday. Residents say al-Shabab has taken control of the "
        "town.",
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


# -- agents of event nouns, places named by a facility or a place noun ----------------------
def test_event_noun_takes_its_agent_from_a_by_phrase(extractor):
    has(
        facts(extractor, "Raids by Turkish forces on Kobani left the town in ruins."),
        ("Attack", "Turkey", "Kobani", ..., False, "asserted"),
    )


def test_event_noun_named_by_a_weapon_takes_the_weapon_owner(extractor):
    has(
        facts(extractor, "A Russian drone barrage targeted Lviv before dawn."),
        ("Attack", "Russia", "Lviv", "drone", False, "asserted"),
    )


def test_place_before_a_place_noun_is_the_target(extractor):
    has(
        facts(
            extractor,
            "Syrian jets bombed rebel hideouts on Friday. The raids took place in Idlib's "
            "Saraqeb area.",
        ),
        ("Attack", "Syria", "Idlib"),
    )


def test_named_facility_is_a_place(extractor):
    has(
        facts(extractor, "Ukrainian drones struck the Engels air base overnight."),
        ("Attack", "Ukraine", "Engels base"),
    )
    has(
        facts(extractor, "Russian troops seized the Kakhovka dam in the first week."),
        ("TerritorialCapture", "Russia", "Kakhovka dam"),
    )


def test_actor_before_a_facility_word_stays_the_actor(extractor):
    got = facts(extractor, "Israeli jets struck a Hamas base near Khan Younis.")
    has(got, ("Attack", "Israel", "Hamas"))
    assert not any("base" in (g[2] or "") for g in got), got


# -- deployments: moved, placed, present, used in a reported attack --------------------------
def test_weapons_sent_to_a_place_that_is_not_a_state_are_deployed(extractor):
    got = facts(extractor, "Britain sent two frigates to the Strait of Hormuz.")
    has(got, ("Deployment", "United Kingdom", ..., "frigate", False, "asserted"))
    assert not any(g[0] == "WeaponTransfer" for g in got), got


def test_reposition_and_install_are_deployments(extractor):
    has(
        facts(extractor, "Russia installed S-400 systems in Belarus last year."),
        ("Deployment", "Russia", ..., "S-400", False, "asserted"),
    )
    has(
        facts(extractor, "The United States will reposition a Patriot battery to Romania."),
        ("Deployment", "United States", ..., "MIM-104 Patriot", False, "planned"),
    )


def test_weapon_of_a_state_force_in_a_sea_is_deployed(extractor):
    has(
        facts(extractor, "A British warship in the Gulf of Aden escorted the tanker."),
        ("Deployment", "United Kingdom", ..., "warship", False, "asserted"),
    )


def test_weapon_of_a_demonym_in_a_country_is_not_a_deployment(extractor):
    got = facts(extractor, "Iranian drones in Sudan were found by investigators.")
    assert not any(g[0] == "Deployment" for g in got), got


def test_weapon_used_in_the_attack_just_reported(extractor):
    has(
        facts(
            extractor,
            "Israel struck a Hezbollah depot near Tyre on Monday. Witnesses said F-35 jets "
            "were used in the strike.",
        ),
        ("Deployment", "Israel", ..., "Lockheed Martin F-35 Lightning II", False, "asserted"),
    )


# -- pronouns ------------------------------------------------------------------------------
def test_they_in_a_report_is_the_speaker_not_the_last_named_actor(extractor):
    got = facts(
        extractor,
        "Ethiopia's army shelled the town. On Tuesday, the rebels said they had captured Mekelle.",
    )
    assert not any(g[0] == "TerritorialCapture" for g in got), got


def test_a_news_medium_is_not_the_antecedent_of_they(extractor):
    got = facts(
        extractor,
        "Reuters reported heavy fighting near the city. They captured Mekelle on Friday.",
    )
    assert not any(g[1] == "Reuters" for g in got), got


# -- more attack words; places near what was hit; sides are not targets ---------------------
def test_pummel_and_positions_near_a_place(extractor):
    has(
        facts(extractor, "Azerbaijani troops pummeled positions near Stepanakert."),
        ("Attack", "Azerbaijan", "Stepanakert", ..., False, "asserted"),
    )


def test_near_a_country_is_not_the_target(extractor):
    got = facts(extractor, "Pakistani jets bombed a camp near Afghanistan on Sunday.")
    assert not any(g[2] == "Afghanistan" for g in got), got


def test_plural_event_nouns(extractor):
    has(
        facts(extractor, "Sudanese army assaults on Omdurman killed dozens."),
        ("Attack", "Sudan", "Omdurman"),
    )


def test_a_side_supported_is_not_a_target(extractor):
    got = facts(extractor, "Kenyan troops attacked al-Shabab in support of Somali forces.")
    has(got, ("Attack", "Kenya", "al-Shabaab"))
    assert not any(g[2] == "Somalia" for g in got), got


# -- agents given by the attack just reported ------------------------------------------------
def test_passive_attack_in_a_named_attack_takes_its_agent(extractor):
    has(
        facts(extractor, "In the Kursk region, two depots were hit in a Ukrainian drone raid."),
        ("Attack", "Ukraine", "Kursk Oblast"),
    )


def test_weapons_of_the_kind_just_launched_are_the_attackers(extractor):
    has(
        facts(
            extractor,
            "Russia launched 30 drones at Ukraine on Sunday. Several drones struck the port of "
            "Izmail.",
        ),
        ("Attack", "Russia", "Izmail", "drone"),
    )


def test_weapons_of_another_kind_are_not_the_last_attackers(extractor):
    got = facts(extractor, "Israel struck Gaza with missiles. Hours later, rockets hit Sderot.")
    assert not any(g[2] == "Sderot" for g in got), got


def test_every_place_of_a_coordinated_place_noun_is_a_target(extractor):
    got = facts(extractor, "Russian guns pounded positions near the towns of Kupiansk and Lyman.")
    has(got, ("Attack", "Russia", "Kupiansk"), ("Attack", "Russia", "Lyman"))


def test_event_noun_compounded_with_operation_or_campaign(extractor):
    has(
        facts(extractor, "French troops carried out a strike operation against Ansar Dine."),
        ("Attack", "France", "Ansar Dine"),
    )


def test_hyphenated_facility_name_is_one_place_across_mentions(extractor):
    from kg.records import Article

    text = (
        "Kenyan troops seized the El-Wak base from al-Shabab in May. Al-Shabab attacked the "
        "El-Wak military base again in June."
    )
    has(facts(extractor, text), ("TerritorialCapture", "Kenya", "El-Wak base"))
    ex = extractor.extract(Article(id="t", text=text))
    assert [e.label for e in ex.entities.values() if "Wak" in e.label] == ["El-Wak base"]


def test_the_militants_are_the_armed_group_just_named(extractor):
    has(
        facts(
            extractor,
            "Boko Haram has stepped up its campaign. On Sunday, the militants attacked Maiduguri.",
        ),
        ("Attack", "Boko Haram", "Maiduguri"),
    )


def test_militants_with_no_group_named_give_no_agent(extractor):
    got = facts(extractor, "Nigeria's army is on alert. On Sunday, militants attacked Maiduguri.")
    assert not any(g[0] == "Attack" for g in got), got


def test_the_base_refers_to_the_base_named_last_and_can_be_taken(extractor):
    got = facts(
        extractor,
        "Kenyan troops seized the El-Wak base in Gedo region in May. Al-Shabab briefly took "
        "over the base on Sunday.",
    )
    has(got, ("TerritorialCapture", "al-Shabaab", "El-Wak base"))
    assert not any(g[1] == "al-Shabaab" and g[2] == "Gedo" for g in got), got
