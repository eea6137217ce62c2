"""What a build costs per article, and what a corpus of millions would need.

    python bench/capacity.py [--limit N]

Measures, on the VOA corpus (``bench/corpus/voa``) and the dev articles (``eval/dev``):

* the CPU time of each step of reading an article (its text only: no title or date), in this
  process, one step after the other over the whole corpus as a worker runs them (texts parsed
  in batches by ``nlp.pipe``): parse, the extraction rules, the mapping to RDF, SHACL
  validation, and the write into an embedded store (an on-disk Oxigraph store, the article's
  graph replaced in one update);
* the bytes of that store on disk (closed) per article and per quad;
* for comparison, bare spaCy's CPU to load the same model and to parse the VOA texts;
* the wall time of whole builds, each a fresh process timed from start to end (imports and
  model loads included): ``kg build --workers 1`` and ``--workers 2``, and ``kg build
  --cluster`` on a Dask ``LocalCluster`` of 1 and of 2 worker processes (one thread each;
  the cluster is started before the timing, the model is loaded by the build's plugin within
  it).

From these it works out, on paper, the resources for 1 M and 10 M articles. Writes the
"## Measured" section of docs/scaling.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build import articles as voa_articles  # noqa: E402
from build import run, write_jsonl, write_section  # noqa: E402
from kg.articles import read_sources  # noqa: E402
from kg.ingest import MAX_BATCH, batch_size  # noqa: E402
from kg.namespaces import article_iri  # noqa: E402
from kg.rdf.shacl import require_valid  # noqa: E402
from kg.rdf.triples import article_graph, entity_graph  # noqa: E402
from kg.records import Article  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.store.embedded import OxigraphStore  # noqa: E402

DEV = ROOT / "eval" / "dev" / "articles"
STEPS = ("parse", "rules", "mapping", "validation", "write")


def steps(extractor, arts: list[Article], store_dir: Path, ontology: Path) -> dict:
    """CPU seconds of each step over ``arts``, and the store they were written to."""
    cpu = dict.fromkeys(STEPS, 0.0)
    store = OxigraphStore(store_dir)
    per = min(MAX_BATCH, max(1, batch_size(len(arts), 2)))
    for i in range(0, len(arts), per):
        batch = arts[i : i + per]
        t = time.process_time()
        docs = list(extractor.nlp.pipe([a.text for a in batch]))
        cpu["parse"] += time.process_time() - t
        for article, doc in zip(batch, docs, strict=True):
            t = time.process_time()
            ex = extractor.extract_doc(article, doc)
            t1 = time.process_time()
            named, default = article_graph(ex), entity_graph(ex)
            t2 = time.process_time()
            require_valid(named + default, ontology, article.id)
            t3 = time.process_time()
            iri = str(article_iri(article.id))
            store.article_state(iri)
            store.put_article(iri, named, default)
            t4 = time.process_time()
            for step, took in zip(STEPS[1:], (t1 - t, t2 - t1, t3 - t2, t4 - t3), strict=True):
                cpu[step] += took
    t = time.process_time()
    store.flush()
    quads = store.quad_count()
    store.close()
    cpu["write"] += time.process_time() - t
    size = sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file())
    chars = sum(len(a.text) for a in arts)
    return {"cpu": cpu, "quads": quads, "bytes": size, "articles": len(arts), "chars": chars}


def timed_builds(src: Path, tmp: Path) -> dict[str, float]:
    """Wall seconds of whole builds of ``src``: local processes and Dask workers."""
    from distributed import LocalCluster

    kg = [sys.executable, "-m", "kg.cli", "build", str(src), "--json"]
    out = {}
    for n in (1, 2):
        out[f"local {n}"] = run([*kg, "--store", str(tmp / f"local-{n}"), "--workers", str(n)])[0]
    for n in (1, 2):
        with LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            cmd = [*kg, "--store", str(tmp / f"dask-{n}"), "--cluster", cluster.scheduler_address]
            out[f"dask {n}"] = run(cmd)[0]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="the first LIMIT articles of each corpus only")
    args = ap.parse_args()
    from kg.extract.pipeline import Extractor

    settings = Settings()
    import spacy

    c0 = time.process_time()
    bare = spacy.load(settings.spacy_model)
    bare_load = time.process_time() - c0
    texts = [a["text"] for a in voa_articles()][: args.limit]
    c0 = time.process_time()
    for _ in bare.pipe(texts, batch_size=8):
        pass
    bare_parse = 1000 * (time.process_time() - c0) / len(texts)
    del bare
    t0, c0 = time.perf_counter(), time.process_time()
    extractor = Extractor.load(settings.spacy_model)
    load_wall, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    corpora = {
        "VOA": [Article(a["id"], a["text"]) for a in voa_articles()][: args.limit],
        "dev": [s.article for s in read_sources([DEV], max_bytes=10**8) if s.article][: args.limit],
    }
    with tempfile.TemporaryDirectory(prefix="kg-bench-capacity-") as tmp:
        t = Path(tmp)
        measured = {
            name: steps(extractor, arts, t / f"store-{name}", settings.ontology_dir)
            for name, arts in corpora.items()
        }
        src = t / "voa.jsonl"
        write_jsonl(src, voa_articles()[: args.limit], 1)
        builds = timed_builds(src, t)
        shutil.rmtree(t, ignore_errors=True)
    text = report(measured, builds, (load_wall, load_cpu), os.getloadavg(), settings.spacy_model)
    text += (
        f"\nBare spaCy, for comparison: loading the model alone {bare_load:.1f} s CPU; "
        f"`nlp.pipe` of the VOA texts {bare_parse:.1f} ms CPU an article.\n"
    )
    write_section(ROOT / "docs" / "scaling.md", "## Measured", text)
    print(text)


def report(measured: dict, builds: dict, load_times: tuple, load: tuple, model: str) -> str:
    voa = measured["VOA"]
    n = voa["articles"]
    per = {s: 1000 * voa["cpu"][s] / n for s in STEPS}  # ms per article
    worker_ms = sum(per[s] for s in STEPS[:4])
    lines = [
        "## Measured",
        "",
        f"`python bench/capacity.py` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): "
        f"{platform.machine()}, {os.cpu_count()} cores shared with other jobs (load average "
        f"{load[0]:.1f} at the end), Python {platform.python_version()}, model `{model}`, one "
        "run each. Loading the extractor (spaCy model, gazetteer patterns, lexicons): "
        f"{load_times[0]:.1f} s wall, {load_times[1]:.1f} s CPU, once per worker process.",
        "",
        "**CPU per article**, one step after the other in one process (ms):",
        "",
        "| corpus | articles | characters / article | "
        + " | ".join(STEPS)
        + " | total | quads / article |",
        "| --- | ---: | ---: | " + " | ".join("---:" for _ in STEPS) + " | ---: | ---: |",
    ]
    for name, m in measured.items():
        k = m["articles"]
        cells = [f"{1000 * m['cpu'][s] / k:.1f}" for s in STEPS]
        lines.append(
            f"| {name} | {k} | {m['chars'] / k:,.0f} | "
            + " | ".join(cells)
            + f" | {1000 * sum(m['cpu'].values()) / k:.1f} | {m['quads'] / k:.0f} |"
        )
    lines += [
        "",
        "**Embedded store on disk** (an Oxigraph store, closed, after the build):",
        "",
        "| corpus | quads | bytes | bytes / article | bytes / quad |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, m in measured.items():
        lines.append(
            f"| {name} | {m['quads']:,} | {m['bytes']:,} | {m['bytes'] / m['articles']:,.0f} | "
            f"{m['bytes'] / max(1, m['quads']):.0f} |"
        )
    lines += [
        "",
        f"**Whole builds** of the {n} VOA articles, each a fresh process timed from start to end:",
        "",
        "| build | seconds | articles/s |",
        "| --- | ---: | ---: |",
    ]
    names = {
        "local 1": "`kg build --workers 1` (one process)",
        "local 2": "`kg build --workers 2`",
        "dask 1": "`kg build --cluster`, LocalCluster of 1 worker",
        "dask 2": "`kg build --cluster`, LocalCluster of 2 workers",
    }
    for key, label in names.items():
        lines.append(f"| {label} | {builds[key]:.1f} | {n / builds[key]:.1f} |")
    lines += [
        "",
        f"Per VOA article a worker spends {worker_ms:.0f} ms of CPU (parse, rules, mapping, "
        f"validation) and the writer {per['write']:.1f} ms: one writer keeps up with about "
        f"{worker_ms / max(per['write'], 1e-9):.0f} worker cores.",
        "",
        "**On paper**, from the VOA figures above (CPU time per article as measured, store "
        "size growing with the articles; worker cores fully busy, the one writer at its "
        "measured rate):",
        "",
        "| articles | worker CPU hours | writer hours | hours with 16 / 64 / 256 worker cores "
        "| embedded store |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for total in (10**6, 10**7):
        cpu_h = total * worker_ms / 3.6e6
        write_h = total * per["write"] / 3.6e6
        hours = " / ".join(f"{max(cpu_h / w, write_h):.1f}" for w in (16, 64, 256))
        size = total * voa["bytes"] / n / 1e9
        lines.append(f"| {total:,} | {cpu_h:,.0f} | {write_h:.1f} | {hours} | {size:,.0f} GB |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
