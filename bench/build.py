"""Benchmark `kg build`: articles/s and peak RSS on the dev articles repeated to 200 articles.

Runs `kg build` as a subprocess (a real run, with model load, extraction, SHACL validation and
store writes) and, side by side in the same run, the extraction alone in-process, so the
ratio of the two shows what storing and validating cost. Writes a section of
docs/benchmarks.md.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev" / "articles"
N = int(os.environ.get("BENCH_ARTICLES", "200"))


def corpus(dst: Path) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    with dst.open("w") as fh:
        for n in range(N):
            fh.write(
                json.dumps(
                    {
                        "id": f"bench-{n:04d}",
                        "text": texts[n % len(texts)],
                        "published": "2024-11-20",
                    }
                )
                + "\n"
            )
    return sum(len(texts[n % len(texts)]) for n in range(N))


def run_build(jsonl: Path, store: Path) -> tuple[float, int, dict]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            "/usr/bin/time",
            "-v",
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(jsonl),
            "--store",
            str(store),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    return wall, rss, json.loads(proc.stdout.strip().splitlines()[-1])


def extraction_only(jsonl: Path) -> float:
    from kg.articles import read_sources
    from kg.extract.pipeline import Extractor
    from kg.settings import Settings

    arts = [s.article for s in read_sources([jsonl], max_bytes=10**8)]
    ex = Extractor.load(Settings().spacy_model)
    t0 = time.perf_counter()
    for a in arts:
        ex.extract(a)
    return time.perf_counter() - t0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        chars = corpus(jsonl)
        wall, rss, summary = run_build(jsonl, Path(tmp) / "kg")
        wall2, rss2, summary2 = run_build(jsonl, Path(tmp) / "kg")  # all unchanged
        extract_s = extraction_only(jsonl)
    build_s = summary["seconds"]
    rows = [
        (
            "kg build, 200 new articles (process wall time incl. model load)",
            f"{wall:.1f} s",
            f"{N / wall:.1f} articles/s",
            f"{rss / 1024:.0f} MB",
        ),
        (
            "  of which ingest loop (extract + validate + write)",
            f"{build_s:.1f} s",
            f"{N / build_s:.1f} articles/s",
            "",
        ),
        (
            "  extraction alone, same articles, in-process",
            f"{extract_s:.1f} s",
            f"{N / extract_s:.1f} articles/s",
            "",
        ),
        (
            "kg build again, all unchanged",
            f"{wall2:.1f} s",
            f"{N / wall2:.1f} articles/s",
            f"{rss2 / 1024:.0f} MB",
        ),
    ]
    ratio = build_s / extract_s
    md = [
        "## Build",
        "",
        f"`python bench/build.py` — {N} articles ({chars / 1000:.0f} k characters: the "
        f"{len(list(DEV.glob('*.txt')))} dev articles repeated), "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}.",
        "",
        "| run | time | throughput | peak RSS |",
        "| --- | --- | --- | --- |",
    ]
    md += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    md += [
        "",
        f"Ingest loop / extraction alone = {ratio:.2f}× (the cost of SHACL validation "
        f"and the transactional write per article). Statements stored: "
        f"{summary['statements']}.",
        "",
    ]
    write_section(ROOT / "docs" / "benchmarks.md", "## Build", "\n".join(md))
    print("\n".join(md))


def write_section(path: Path, heading: str, body: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = (
        pattern.sub(body + "\n", text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + body + "\n"
    )
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
