"""Extraction quality, measured: the seed's acceptance facts and the dev-set scores."""

from __future__ import annotations

import pytest

from kg.articles import read_sources
from kg.evaluate import load_gold, score_article, summarize

from .conftest import CHECK, DEV, SEEDS

UA = [
    "Cherkasy",
    "Chernihiv",
    "Dnipropetrovsk",
    "Donetsk",
    "Kharkiv",
    "Khmelnytskyi",
    "Kirovohrad",
    "Kyiv",
    "Mykolaiv",
    "Poltava",
    "Sumy",
    "Zaporizhzhia",
    "Zhytomyr",
]
RU = ["Novgorod", "Kursk", "Oryol", "Belgorod", "Tula", "Tver", "Bryansk", "Moscow", "Smolensk"]


@pytest.fixture(scope="module")
def seed(extractor):
    [src] = [s for s in read_sources([SEEDS], max_bytes=10**6) if s.article]
    return extractor.extract(src.article)


def _facts(ex, type_):
    lab = lambda e: ex.entities[e].label if e else None  # noqa: E731
    return [
        (lab(s.agent), lab(s.target or s.recipient or s.treaty), s)
        for s in ex.statements
        if s.type == type_
    ]


def test_seed_regions_attacked_with_the_right_agent(seed):
    attacks = {(a, t) for a, t, s in _facts(seed, "Attack") if not s.negated}
    for r in UA:
        assert ("Russia", f"{r} Oblast") in attacks, r
    for r in RU:
        assert ("Ukraine", f"{r} Oblast") in attacks, r


def test_seed_treaty_participation(seed):
    tp = {(a, t, s.negated) for a, t, s in _facts(seed, "TreatyParticipation")}
    assert ("Russia", "Ottawa Treaty", True) in tp
    assert ("United States", "Ottawa Treaty", True) in tp
    assert ("Ukraine", "Ottawa Treaty", False) in tp
    assert ("Ukraine", "Ottawa Treaty", True) not in tp


def test_seed_landmine_transfer_is_planned(seed):
    mines = [
        s
        for a, r, s in _facts(seed, "WeaponTransfer")
        if a == "United States"
        and r == "Ukraine"
        and seed.entities[s.weapons[0]].label == "anti-personnel mine"
    ]
    assert mines and mines[0].modality == "planned"


def test_no_event_has_a_city_as_agent(seed):
    for s in seed.statements:
        if s.type not in ("Affiliation", "LocatedIn"):
            assert seed.entities[s.agent].cls != "City", s


def test_every_evidence_span_is_exact(seed):
    for s in seed.statements:
        assert seed.article.text[s.evidence.start : s.evidence.end] == s.evidence.text


def _scores(extractor, folder) -> dict:
    assert (folder / "gold").is_dir(), f"{folder} is missing: the evaluation sets belong in eval/"
    gold = load_gold(folder / "gold")
    arts = {
        s.article.id: s.article
        for s in read_sources([folder / "articles"], max_bytes=10**7)
        if s.article
    }
    return summarize([score_article(extractor.extract(arts[i]), gold[i]) for i in gold])


# Floors: the scores measured on 2026-12-05 less about 0.015, so a change that loses what the
# extractor reads fails here. The targets (dev entity 0.92 / fact 0.80, check entity 0.90 /
# fact 0.70, every type's recall on check 0.50) are above some of them and not all met yet;
# docs/evaluation.md has the figures (dev 0.973 / 0.915, check 0.914 / 0.646).
DEV_FLOORS = {"entities": 0.955, "facts": 0.90, "modality": 0.95}
CHECK_FLOORS = {"entities": 0.9, "facts": 0.63, "modality": 0.93}


@pytest.mark.slow
@pytest.mark.parametrize(
    "folder, floors", [(DEV, DEV_FLOORS), (CHECK, CHECK_FLOORS)], ids=["dev", "check"]
)
def test_scores_hold_their_floors(extractor, folder, floors):
    """The check set is scored, never read: only its summary figures are used."""
    summary = _scores(extractor, folder)
    assert summary["entities"]["micro"]["f1"] >= floors["entities"], summary["entities"]["micro"]
    assert summary["facts"]["micro"]["f1"] >= floors["facts"], summary["facts"]["micro"]
    assert summary["modality_accuracy"] >= floors["modality"], summary["modality_accuracy"]
