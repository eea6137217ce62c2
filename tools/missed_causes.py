#!/usr/bin/env python3
"""Why an evaluation set's gold facts are missed, as counts only.

    python tools/missed_causes.py eval/check/gold eval/check/articles [--by-source]

For each gold fact the extractor does not give, one cause, counted per fact type:

  * ``entity missing: ROLE`` - no predicted entity matches the gold entity of that core role;
  * ``negation differs`` - the fact is given with the other polarity;
  * ``shares ROLES`` - a predicted fact of the type matches it in those core roles only;
  * ``other type`` - a fact of another type links all its entities;
  * ``no fact`` - every entity is found and no fact of the type touches any of them.

With ``--by-source``, the gold facts and those missed per source (the part of an article's
id before its first dash: ``voa``, ``dod``, …) and type instead. It prints no article text,
label or evidence, so it may be run on the check set, whose articles are scored and never
read (eval/check/README.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.articles import read_sources
from kg.evaluate import (
    CORE,
    Fact,
    gold_entities,
    gold_facts,
    load_gold,
    predicted_entities,
    predicted_facts,
)
from kg.extract.pipeline import Extractor
from kg.settings import Settings


def cause(f: Fact, predicted: list[Fact], found: list) -> str | None:
    core = CORE[f.type]
    same = [p for p in predicted if p.type == f.type]
    if any(
        p.negated == f.negated and all(p.roles[r].matches(f.roles[r]) for r in core) for p in same
    ):
        return None
    missing = [r for r in core if not any(e.matches(f.roles[r]) for e in found)]
    if missing:
        return "entity missing: " + ", ".join(missing)
    if any(all(p.roles[r].matches(f.roles[r]) for r in core) for p in same):
        return "negation differs"
    shared = [r for r in core if any(p.roles[r].matches(f.roles[r]) for p in same)]
    if shared:
        return "shares " + ", ".join(shared)
    others = [p for p in predicted if p.type != f.type]
    if any(all(any(e.matches(f.roles[r]) for e in p.roles.values()) for r in core) for p in others):
        return "other type"
    return "no fact"


def main(gold_dir: str, articles_dir: str, by_source: bool = False) -> None:
    extractor = Extractor.shared(Settings().spacy_model)
    gold = load_gold(Path(gold_dir))
    articles = {
        s.article.id: s.article
        for s in read_sources([Path(articles_dir)], max_bytes=10**8)
        if s.article is not None
    }
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    for article_id, g in gold.items():
        got = extractor.extract(articles[article_id])
        ents = predicted_entities(got)
        predicted = predicted_facts(got, ents)
        source = article_id.split("-", 1)[0]
        for f in gold_facts(g, gold_entities(g)):
            why = cause(f, predicted, list(ents.values()))
            totals[(source, f.type)] += 1
            if why:
                counts[(source, f.type) if by_source else (f.type, why)] += 1
    if by_source:
        for (source, etype), n in sorted(totals.items()):
            print(f"{source:6s} {etype:20s} {counts[(source, etype)]:4d} missed of {n}")
    else:
        for (etype, why), n in sorted(counts.items()):
            print(f"{n:4d}  {etype:20s} {why}")
    print(f"{sum(counts.values()):4d}  missed in all")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--by-source"]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], by_source="--by-source" in sys.argv)
