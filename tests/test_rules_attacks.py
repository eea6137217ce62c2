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
