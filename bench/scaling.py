"""Extraction time against article length: linear, not quadratic.

A repetitive article of N and of 2N characters, joined from one parsed block of paragraphs
(as long articles are joined from pieces); what is timed is the extractor's rules after
parsing (once, every date scanned every entity of the document: quadratic), in CPU seconds
of this process, which a busy neighbour does not inflate as it does wall time. Sizes take
turns, best of ``--rounds`` each. Prints the times and the ratio 2N / N: about 2 when
linear.

    python bench/scaling.py [--blocks K] [--rounds N]
"""

from __future__ import annotations

import argparse
import time

from spacy.tokens import Doc

from kg.extract.pipeline import Extractor
from kg.records import Article
from kg.settings import Settings

PARAGRAPH = (
    "Estonia sent Javelin missiles to Georgia on Tuesday, the ministry said. "
    "It also signed the Ottawa Treaty on March 3, according to Finland. "
    "Russian forces struck Kharkiv with drones on Friday. Ukrainian air defenses "
    "intercepted the drones over the Sumy region. The alliance said its members would "
    "deploy Patriot systems in Poland next week.\n\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blocks", type=int, default=12, help="blocks of 40 paragraphs in N")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    extractor = Extractor.load(Settings().spacy_model)
    block = extractor.nlp(PARAGRAPH * 40)
    docs = {n: Doc.from_docs([block] * (n * args.blocks), ensure_whitespace=False) for n in (1, 2)}

    def once(doc: Doc) -> float:
        started = time.process_time()
        extractor.extract_doc(Article("t", doc.text), doc)
        return time.process_time() - started

    once(docs[1])  # warm up
    best = dict.fromkeys(docs, float("inf"))
    for _ in range(args.rounds):
        for n, doc in docs.items():
            best[n] = min(best[n], once(doc))
    chars = len(docs[1].text)
    print(f"N = {chars:,} characters: {best[1]:.2f} s; 2N: {best[2]:.2f} s")
    print(f"2N / N: {best[2] / best[1]:.2f} (linear: about 2)")


if __name__ == "__main__":
    main()
