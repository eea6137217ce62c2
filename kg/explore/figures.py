"""Figures about the whole graph: counts per class, statement and edge type, and the top actors
by degree and by PageRank over the direct edges."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from ..events import EDGE_STATEMENTS, EVENT_TYPES
from ..namespaces import ENTITY_CLASSES, GK
from .index import (
    ACTOR_CLASSES,
    EDGE_LABELS,
    edge_graph,
    name_index,
)


def stats(store: Any, top: int = 10) -> dict[str, Any]:
    """Counts per entity class, per statement type and per edge type, articles, and the top
    actors by degree and by PageRank over the direct edges."""
    index = name_index(store)
    g = edge_graph(store)
    per_class: dict[str, int] = dict.fromkeys(ENTITY_CLASSES, 0)
    for info in index.entities.values():
        for c in info.classes:
            if c in per_class:
                per_class[c] += 1
    per_type: dict[str, int] = dict.fromkeys(EVENT_TYPES, 0)
    for r in store.select(
        "SELECT ?t (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?ev a ?t ; gk:agent ?a } GROUP BY ?t"
    ):
        t = r["t"][len(str(GK)) :] if r["t"].startswith(str(GK)) else r["t"]
        if t in per_type:
            per_type[t] = int(r["n"])
    per_edge: dict[str, int] = dict.fromkeys(EDGE_LABELS, 0)
    for _, _, k in g.edges(keys=True):
        per_edge[k] += 1
    for e in EDGE_STATEMENTS.values():
        per_type[e.name] = per_edge[e.property]
    actors = [n for n in g if (known := index.entities.get(n)) and known.classes & ACTOR_CLASSES]
    simple = nx.DiGraph()
    simple.add_nodes_from(g)
    for s, o, d in g.edges(data=True):
        w = simple[s][o]["weight"] + d["weight"] if simple.has_edge(s, o) else d["weight"]
        simple.add_edge(s, o, weight=w)
    rank = pagerank(simple)
    degree = dict(nx.Graph(simple).degree())

    def ranked(score: Mapping[str, float], key: str) -> list[dict[str, Any]]:
        best = sorted(actors, key=lambda n: (-score[n], n))[:top]
        return [{**index.brief(n), key: round(score[n], 5)} for n in best]

    degrees = {n: int(degree[n]) for n in actors}

    return {
        "articles": len(store.article_iris()),
        "entities": sum(1 for _ in index.entities),
        "entities_by_class": per_class,
        "statements": per_type,
        "edges": per_edge,
        "top_by_degree": ranked(degrees, "degree"),
        "top_by_pagerank": ranked(rank, "pagerank"),
    }


def pagerank(g: nx.DiGraph, alpha: float = 0.85) -> dict[str, float]:
    """networkx PageRank (``weight``); its power iteration in Python when SciPy is missing."""
    if len(g) == 0:
        return {}
    try:
        return dict(nx.pagerank(g, alpha=alpha, weight="weight"))
    except ModuleNotFoundError:  # networkx's PageRank needs SciPy
        pass
    n = len(g)
    rank = dict.fromkeys(g, 1.0 / n)
    out_w = {u: sum(d["weight"] for _, _, d in g.out_edges(u, data=True)) for u in g}
    for _ in range(100):
        dangling = alpha * sum(rank[u] for u in g if out_w[u] == 0) / n
        new = dict.fromkeys(g, (1.0 - alpha) / n + dangling)
        for u, v, d in g.edges(data=True):
            new[v] += alpha * rank[u] * d["weight"] / out_w[u]
        if sum(abs(new[u] - rank[u]) for u in g) < n * 1e-6:
            return new
        rank = new
    return rank
