"""Benchmark exploration on a generated 1M-quad graph: neighbourhoods, paths, the page.

    python bench/explore.py [--quads 1000000] [--runs 15] [--no-docs]

Generates the graph with ``bench/generate_graph.py`` (the real builder's output shape; cached
in ``bench/out/``, or in a temp dir with ``--tmp``), bulk-loads it into an on-disk Oxigraph
store, then times, in the same process and run:

* ``kg.explore.neighbourhoods.neighbourhood`` of the biggest hub at depth 2, as the API calls it
  (capped: hubs cut to ``hub_edge_limit`` edges, at most ``max_nodes`` nodes, with labels and
  evidence);
* the equivalent raw query through pyoxigraph: the same depth-2 neighbourhood's edges with
  their support, one SPARQL query, results materialised — no caps, no evidence;
* the uncapped neighbourhood against a raw query that also joins the evidence sentences
  (the same information both sides);
* ``kg.explore.pathfinding.path`` between random pairs of actors (warm edge graph; its cold build
  apart);
* ``kg.explore.page.render_graph_page`` for 500 nodes (the whole graph cut by degree, and the hub's
  depth-2 neighbourhood).

Writes the table under "## Exploration" in docs/benchmarks.md (that section only).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate_graph import generate  # noqa: E402

from kg.explore import index, lookup, neighbourhoods, pathfinding  # noqa: E402
from kg.explore.index import EDGE_LABELS  # noqa: E402
from kg.explore.page import render_graph_page  # noqa: E402
from kg.namespaces import GKR, SPARQL_PREFIXES  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

HUB = "united-states"
EDGES = " ".join(f"gk:{p}" for p in EDGE_LABELS)

RAW_DEPTH2 = (
    SPARQL_PREFIXES
    + f"""
SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  {{ SELECT DISTINCT ?x WHERE {{ VALUES ?p1 {{ {EDGES} }}
      {{ <{GKR}{HUB}> ?p1 ?x }} UNION {{ ?x ?p1 <{GKR}{HUB}> }} }} }}
  VALUES ?p {{ {EDGES} }}
  {{ GRAPH ?g {{ ?x ?p ?o }} BIND(?x AS ?s) }} UNION {{ GRAPH ?g {{ ?s ?p ?x }} BIND(?x AS ?o) }}
}} GROUP BY ?s ?p ?o"""
)

RAW_DEPTH2_EVIDENCE = (
    SPARQL_PREFIXES
    + f"""
SELECT ?s ?p ?o ?text ?art ?conf WHERE {{
  {{ SELECT DISTINCT ?s ?p ?o WHERE {{
    {{ SELECT DISTINCT ?x WHERE {{ VALUES ?p1 {{ {EDGES} }}
        {{ <{GKR}{HUB}> ?p1 ?x }} UNION {{ ?x ?p1 <{GKR}{HUB}> }} }} }}
    VALUES ?p {{ {EDGES} }}
    {{ ?x ?p ?o BIND(?x AS ?s) }} UNION {{ ?s ?p ?x BIND(?x AS ?o) }} }} }}
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  OPTIONAL {{ ?ev gk:agent ?s ; ?role ?o ; prov:wasDerivedFrom ?x2 . ?x2 gk:text ?text ;
             gk:article ?art . OPTIONAL {{ ?ev gk:confidence ?conf }} }}
}}"""
)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    samples, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples), out


def raw(store: OxigraphStore, sparql: str) -> list[tuple]:
    # the engine directly: no wrapper, no conversion beyond reading each term's value
    res = store._store.query(sparql, use_default_graph_as_union=True)
    return [tuple(t.value if t is not None else None for t in sol) for sol in res]


def load(quads: int, workdir: Path) -> tuple[OxigraphStore, int, float, float]:
    nq = workdir / f"graph-{quads}.nq"
    t0 = time.perf_counter()
    if not nq.exists():
        generate(nq, quads)
    gen = time.perf_counter() - t0
    store_dir = workdir / f"store-{quads}"
    t0 = time.perf_counter()
    if not store_dir.exists():
        s = ox.Store(str(store_dir))
        s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        s.flush()
        del s
    loaded = time.perf_counter() - t0
    store = OxigraphStore(store_dir)
    return store, len(store), gen, loaded


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quads", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--tmp", action="store_true", help="generate into a fresh temp dir")
    ap.add_argument("--no-docs", action="store_true")
    args = ap.parse_args()
    if args.tmp:
        workdir = Path(tempfile.mkdtemp(prefix="geokg-explore-bench-"))
    else:
        workdir = ROOT / "bench" / "out"
        workdir.mkdir(parents=True, exist_ok=True)
    store, n_quads, gen_s, load_s = load(args.quads, workdir)
    print(f"{n_quads} quads (generated in {gen_s:.1f}s, loaded in {load_s:.1f}s)")
    rows: list[tuple[str, str, str]] = []

    t0 = time.perf_counter()
    lookup.search(store, "United States")
    index_s = time.perf_counter() - t0
    rows.append(("name index, cold build", f"{index_s * 1000:.0f} ms", ""))
    t0 = time.perf_counter()
    g = index.edge_graph(store)
    graph_s = time.perf_counter() - t0
    rows.append(
        (
            "edge graph (networkx), cold build",
            f"{graph_s * 1000:.0f} ms",
            f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges",
        )
    )
    index.invalidate(store)
    t0 = time.perf_counter()
    neighbourhoods.neighbourhood(store, HUB, depth=2)
    cold_s = time.perf_counter() - t0
    rows.append(
        (
            "`neighbourhood(hub, depth=2)`, first call after a write that is not an article's "
            "(builds both caches)",
            f"{cold_s * 1000:.0f} ms",
            "one run",
        )
    )

    # one article written again (its graph replaced by itself): the caches are brought up to
    # date from that article alone, against the cold build above
    neighbourhoods.neighbourhood(store, HUB, depth=2)
    article = store.article_iris()[0]
    named = Graph().parse(
        data=store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?a { ?s ?p ?o } }", iris={"a": article}
        ).serialize("ntriples"),
        format="nt",
    )
    store.put_article(article, named, Graph())
    t0 = time.perf_counter()
    neighbourhoods.neighbourhood(store, HUB, depth=2)
    after_write_s = time.perf_counter() - t0
    rows.append(
        (
            "`neighbourhood(hub, depth=2)`, first call after a one-article write "
            "(caches brought up to date)",
            f"{after_write_s * 1000:.0f} ms",
            f"one run, **{after_write_s / cold_s:.2f}× the call after any other write**",
        )
    )

    p50_raw, raw_rows = timed(lambda: raw(store, RAW_DEPTH2), args.runs)
    p50_api, hood = timed(lambda: neighbourhoods.neighbourhood(store, HUB, depth=2), args.runs)
    assert isinstance(hood, neighbourhoods.Neighbourhood)
    rows.append(
        (
            "raw pyoxigraph: depth-2 edges of the hub (uncapped, no evidence)",
            f"{p50_raw * 1000:.1f} ms",
            f"{len(raw_rows)} edges",
        )
    )
    rows.append(
        (
            "`neighbourhood(hub, depth=2)` as served (capped, labels, evidence)",
            f"{p50_api * 1000:.1f} ms",
            f"{len(hood.nodes)} nodes, {len(hood.edges)} edges, **{p50_api / p50_raw:.2f}× raw**",
        )
    )
    runs_full = 3
    p50_raw_ev, raw_ev = timed(lambda: raw(store, RAW_DEPTH2_EVIDENCE), runs_full)
    p50_full, full = timed(
        lambda: neighbourhoods.neighbourhood(
            store, HUB, depth=2, limit=10**7, hub_edge_limit=10**7
        ),
        runs_full,
    )
    assert isinstance(full, neighbourhoods.Neighbourhood)
    rows.append(
        (
            "raw pyoxigraph: depth-2 edges + labels + evidence (uncapped)",
            f"{p50_raw_ev * 1000:.0f} ms",
            f"{len(raw_ev)} rows",
        )
    )
    rows.append(
        (
            "`neighbourhood(hub, depth=2)` uncapped (evidence ≤ 3 per edge)",
            f"{p50_full * 1000:.0f} ms",
            f"{len(full.nodes)} nodes, {len(full.edges)} edges, "
            f"**{p50_full / p50_raw_ev:.2f}× raw**",
        )
    )

    g = index.edge_graph(store)
    rng = random.Random(11)
    hits = lookup.search(store, "", type="Actor", limit=100_000)
    actors = [h["id"] for h in hits if h["id"] in g]
    pairs = [tuple(rng.sample(actors, 2)) for _ in range(args.runs * 2)]
    samples, lengths = [], []
    for a, b in pairs:
        t0 = time.perf_counter()
        found = pathfinding.path(store, a, b, max_hops=4)
        samples.append(time.perf_counter() - t0)
        lengths.append(found[0].length if found else None)
    found_n = sum(1 for x in lengths if x is not None)
    rows.append(
        (
            f"`path(a, b)` between random actors ({len(pairs)} pairs)",
            f"{statistics.median(samples) * 1000:.1f} ms",
            f"{found_n} connected, median length "
            f"{statistics.median([x for x in lengths if x is not None] or [0]):.0f}",
        )
    )

    page_runs = max(3, args.runs // 3)
    p50_page, page = timed(lambda: render_graph_page(store, max_nodes=500), page_runs)
    rows.append(
        (
            "`render_graph_page(max_nodes=500)`: whole graph cut by degree",
            f"{p50_page * 1000:.0f} ms",
            f"{len(str(page)) // 1024} KiB",
        )
    )
    p50_fpage, _ = timed(
        lambda: render_graph_page(store, focus=HUB, depth=2, max_nodes=500), page_runs
    )
    rows.append(
        ("`render_graph_page(focus=hub, depth=2, max_nodes=500)`", f"{p50_fpage * 1000:.0f} ms", "")
    )
    store.close()

    table = ["| what | p50 | notes |", "| --- | --- | --- |"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    body = "\n".join(
        [
            "## Exploration",
            "",
            f"Command: `python bench/explore.py --quads {args.quads} "
            f"--runs {args.runs}`. Graph: {n_quads:,} quads generated by `bench/generate_graph.py` "
            "(the builder's own output shape; Zipf-distributed actors, `united-states` the "
            f"biggest hub), bulk-loaded into an on-disk store. Hub: `{HUB}`. Warm caches unless "
            "the row says cold; p50 of the runs.",
            "",
            *table,
            "",
            "The served neighbourhood expands over the cached edge graph, cuts hubs to their "
            "strongest edges (`hub_edge_limit`, `max_nodes`) and then reads labels and evidence "
            "(by article and agent) for the edges it keeps; the raw query returns the uncapped "
            "edge set without evidence. The uncapped rows compare the same information on both "
            "sides. After an article is written, the first call brings both caches up to date from "
            "that article alone; after any other write (a SPARQL update, a restore) it builds them "
            "again (the cold rows); see "
            "`docs/decisions/0004-exploration.md`.",
            "",
        ]
    )
    print(body)
    if not args.no_docs:
        write_section(ROOT / "docs" / "benchmarks.md", "## Exploration", body)


def write_section(path: Path, heading: str, body: str) -> None:
    """Replace (or append) one ``## `` section of a Markdown file, leaving the rest."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: body.rstrip() + "\n\n", text, count=1)
    else:
        text = text.rstrip() + "\n\n" + body.rstrip() + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
