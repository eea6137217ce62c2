"""Benchmark extraction throughput on the VOA corpus against a baseline revision.

Checks the baseline revision (default: ba3bae8, the extractor before the mechanisms for unseen
articles) out into a temporary git worktree and, in the same run, alternates rounds of the
baseline's extractor and this tree's over the same articles (bench/corpus/voa, 151 real
articles), each in a fresh process with the same spaCy model. The model load is outside the
timed part; the figure is characters extracted per second, and the result is the ratio head /
baseline (median over rounds). Writes a section of docs/benchmarks.md.

    python bench/extract.py [--baseline REV] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "voa"
BASELINE = "ba3bae8"

# Runs inside the tree being measured (its directory first on sys.path); the import falls
# back to the layout before kg/extract/ existed, so an older baseline runs unchanged.
CHILD = r"""
import json, sys, time
from pathlib import Path
try:
    from kg.extract.pipeline import Extractor
except ImportError:
    from kg.pipeline import Extractor
from kg.articles import read_sources
from kg.settings import Settings

articles = [s.article for s in read_sources([Path(sys.argv[1])], max_bytes=10**8) if s.article]
ex = Extractor.load(Settings().spacy_model)
ex.extract(articles[0])
t0 = time.perf_counter()
statements = sum(len(ex.extract(a).statements) for a in articles)
seconds = time.perf_counter() - t0
chars = sum(len(a.text) for a in articles)
print(json.dumps({"articles": len(articles), "chars": chars, "seconds": seconds,
                  "statements": statements}))
"""


def measure(tree: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(CORPUS)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default=BASELINE, help="git revision to compare against")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rev = subprocess.run(
        ["git", "rev-parse", "--short", args.baseline],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="kg-bench-base-") as tmp:
        base = Path(tmp) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(base), rev],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        try:
            runs: dict[str, list[dict]] = {"baseline": [], "head": []}
            for n in range(args.rounds):
                for name, tree in (("baseline", base), ("head", ROOT)):
                    r = measure(tree)
                    runs[name].append(r)
                    rate = r["chars"] / r["seconds"]
                    print(f"round {n + 1} {name:8} {r['seconds']:6.2f} s  {rate:8.0f} chars/s")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT)
    ratios = [
        (h["chars"] / h["seconds"]) / (b["chars"] / b["seconds"])
        for b, h in zip(runs["baseline"], runs["head"], strict=True)
    ]
    ratio = statistics.median(ratios)
    b, h = runs["baseline"][0], runs["head"][0]
    sec_b = statistics.median(r["seconds"] for r in runs["baseline"])
    sec_h = statistics.median(r["seconds"] for r in runs["head"])
    print(
        f"head / baseline throughput: {ratio:.2f} (rounds: {', '.join(f'{x:.2f}' for x in ratios)})"
    )
    section = "\n".join(
        [
            "## Extraction throughput against the baseline (bench/extract.py)",
            "",
            f"{b['articles']} VOA articles ({b['chars']:,} characters); baseline `{rev}` and "
            f"this tree alternated in one run, {args.rounds} rounds each, model load not timed.",
            "",
            "| tree | median seconds | statements |",
            "| --- | --- | --- |",
            f"| baseline `{rev}` | {sec_b:.2f} | {b['statements']} |",
            f"| this tree | {sec_h:.2f} | {h['statements']} |",
            "",
            f"Throughput ratio this tree / baseline: **{ratio:.2f}** (per round: "
            f"{', '.join(f'{x:.2f}' for x in ratios)}).",
            "",
        ]
    )
    doc = ROOT / "docs" / "benchmarks.md"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    pattern = re.compile(r"## Extraction throughput against the baseline.*?(?=\n## |\Z)", re.S)
    text = (
        pattern.sub(section.rstrip() + "\n", text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + section
    )
    doc.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
