"""Benchmark `kg build` on the VOA corpus against bare spaCy, and its memory as the corpus grows.

    python bench/build.py [--rounds 3] [--workers N]

Side by side in one run, alternating, each a fresh process timed from start to end (imports and
model loads included on both sides):

* bare spaCy: ``nlp.pipe(texts, n_process=N)`` with the same model over the same texts, the
  documents thrown away: the floor any extractor built on spaCy stands on;
* ``kg build --workers N`` of the same articles into a fresh store (extraction, SHACL
  validation, the write of each article).

Then peak memory (the whole process tree: the writer and its workers, sampled) of
``kg build`` on the corpus and on the corpus ten times over (new ids), which must not grow
with the corpus. Writes the "## Build" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "voa"
sys.path.insert(0, str(ROOT))

from kg.articles import read_sources  # noqa: E402
from kg.ingest import default_workers  # noqa: E402
from kg.settings import Settings  # noqa: E402

BARE = r"""
import json, sys, spacy
texts = json.load(open(sys.argv[1]))
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, n_process=int(sys.argv[3]), batch_size=8):
    pass
"""


def articles() -> list[dict]:
    out = []
    for src in read_sources([CORPUS], max_bytes=10**8):
        a = src.article
        if a is not None:
            meta = {"title": a.title, "published": a.published and a.published.isoformat()}
            out.append({"id": a.id, "text": a.text, **{k: v for k, v in meta.items() if v}})
    return out


def write_jsonl(path: Path, arts: list[dict], times: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(times):
            for a in arts:
                fh.write(json.dumps({**a, "id": f"{a['id']}-{n}" if n else a["id"]}) + "\n")


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes) of the process tree ``cmd`` starts."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    top = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [top, *top.children(recursive=True)]:
                total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr.read().decode()[-2000:]}")
    return wall, peak


def build_cmd(src: Path, store: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "kg.cli", "build", str(src), "--store", str(store),
            "--workers", str(workers), "--json"]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--limit", type=int, help="the first LIMIT articles only (a quick look)")
    args = ap.parse_args()
    model = Settings().spacy_model
    load_start = os.getloadavg()[0]
    arts = articles()[: args.limit]
    chars = sum(len(a["text"]) for a in arts)
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        t = Path(tmp)
        texts = t / "texts.json"
        texts.write_text(json.dumps([a["text"] for a in arts]), encoding="utf-8")
        one, ten = t / "one.jsonl", t / "ten.jsonl"
        write_jsonl(one, arts, 1)
        write_jsonl(ten, arts, 10)
        bare_s, build_s = [], []
        for n in range(args.rounds):
            bare_s.append(
                run([sys.executable, "-c", BARE, str(texts), model, str(args.workers)])[0]
            )
            build_s.append(run(build_cmd(one, t / f"store-{n}", args.workers))[0])
            print(f"round {n + 1}: bare spaCy {bare_s[-1]:.1f} s, kg build {build_s[-1]:.1f} s")
        _, peak_one = run(build_cmd(one, t / "rss-one", args.workers))
        ten_s, peak_ten = run(build_cmd(ten, t / "rss-ten", args.workers))
    ratios = [b / k for b, k in zip(bare_s, build_s, strict=True)]
    ratio = statistics.median(ratios)
    n = len(arts)
    md = [
        "## Build",
        "",
        f"`python bench/build.py` — the {n} VOA articles of `bench/corpus/voa` "
        f"({chars / 1000:.0f} k characters), {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, model `{model}`, {args.workers} processes on each "
        f"side; {args.rounds} rounds alternated, each a fresh process timed whole (imports and "
        "model loads included on both sides); peak memory of the whole process tree, sampled. "
        f"Load average {load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end (the "
        "run's own processes make about 2 on 2 cores; more means other jobs shared the "
        "machine): read the ratios within one round.",
        "",
        "| run | median time | throughput | peak memory |",
        "| --- | --- | --- | --- |",
        f"| bare spaCy: `nlp.pipe(texts, n_process={args.workers})` | "
        f"{statistics.median(bare_s):.1f} s | {n / statistics.median(bare_s):.1f} articles/s | |",
        f"| `kg build --workers {args.workers}` (extract, validate, write) | "
        f"{statistics.median(build_s):.1f} s | {n / statistics.median(build_s):.1f} articles/s | "
        f"{peak_one / 2**20:.0f} MB |",
        f"| `kg build --workers {args.workers}`, the corpus ten times ({10 * n} articles) | "
        f"{ten_s:.1f} s | {10 * n / ten_s:.1f} articles/s | {peak_ten / 2**20:.0f} MB |",
        "",
        f"`kg build` throughput / bare spaCy: **{ratio:.2f}×** (rounds: "
        f"{', '.join(f'{r:.2f}' for r in ratios)}). Peak memory at ten times the corpus / at "
        f"the corpus: **{peak_ten / peak_one:.2f}×**.",
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
