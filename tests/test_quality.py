"""Extraction quality, measured: the seed's acceptance facts and the dev-set scores."""

from __future__ import annotations

import pytest

from kg.articles import read_sources
from kg.evaluate import load_gold, score_article, summarize

from .conftest import DEV, SEEDS

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


@pytest.mark.slow
def test_dev_scores_meet_the_targets(extractor):
    if not DEV.exists():
        pytest.skip("../shared/eval/dev is not present")
    gold = load_gold(DEV / "gold")
    arts = {
        s.article.id: s.article
        for s in read_sources([DEV / "articles"], max_bytes=10**7)
        if s.article
    }
    summary = summarize([score_article(extractor.extract(arts[i]), gold[i]) for i in gold])
    assert summary["entities"]["micro"]["f1"] >= 0.90, summary["entities"]
    assert summary["facts"]["micro"]["f1"] >= 0.80, summary["facts"]
    for t, m in summary["facts"]["per_type"].items():
        assert m["f1"] >= 0.60, (t, m)
    assert summary["modality_accuracy"] >= 0.85
