"""The shortest paths between two entities over the direct edges, with their evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..errors import InputError
from .index import (
    edge_evidence,
    edge_graph,
    name_index,
)
from .lookup import resolve
from .neighbourhoods import edge_record


@dataclass(frozen=True)
class GraphPath:
    """One shortest path: the entities on it and, per hop, the edges joining them."""

    nodes: tuple[dict[str, Any], ...]
    hops: tuple[dict[str, Any], ...]

    @property
    def length(self) -> int:
        return len(self.hops)

    def as_dict(self) -> dict[str, Any]:
        return {"length": self.length, "nodes": list(self.nodes), "hops": list(self.hops)}


def path(
    store: Any, source: str, target: str, max_hops: int = 4, limit: int = 5
) -> list[GraphPath]:
    """The shortest paths (at most ``limit``, none longer than ``max_hops``) between two
    entities over the direct edges, in either direction. ``source`` and ``target`` may be
    ids or names. An empty list: not connected within ``max_hops``."""
    if not 1 <= max_hops <= 10:
        raise InputError("max_hops must be between 1 and 10")
    a, b = resolve(store, source), resolve(store, target)
    index = name_index(store)
    if a == b:
        return [GraphPath((index.brief(a),), ())]
    g = edge_graph(store)
    if a not in g or b not in g:
        return []
    und = g.to_undirected(as_view=True)
    try:
        if nx.shortest_path_length(und, a, b) > max_hops:
            return []
        routes = []
        for route in nx.all_shortest_paths(und, a, b):
            routes.append(route)
            if len(routes) >= limit:
                break
    except nx.NetworkXNoPath:
        return []
    routes.sort()
    hop_edges: dict[tuple[str, str], list[tuple[str, str, str, int]]] = {}
    for route in routes:
        for u, v in zip(route, route[1:], strict=False):
            if (u, v) not in hop_edges:
                found = [
                    (u, k, v, d["weight"]) for k, d in g.get_edge_data(u, v, default={}).items()
                ]
                found += [
                    (v, k, u, d["weight"]) for k, d in g.get_edge_data(v, u, default={}).items()
                ]
                hop_edges[(u, v)] = sorted(found, key=lambda t: (-t[3], t[1]))
    evidence = edge_evidence(
        store,
        [(s, p, o) for es in hop_edges.values() for s, p, o, _ in es],
        graphs={
            (s, k, o): d["graphs"]
            for u, v in hop_edges
            for s, o in ((u, v), (v, u))
            for k, d in g.get_edge_data(s, o, default={}).items()
        },
    )
    out = []
    for route in routes:
        hops = []
        for u, v in zip(route, route[1:], strict=False):
            hops.append(
                {
                    "from": u,
                    "to": v,
                    "edges": [
                        edge_record(s, p, o, n, evidence) for s, p, o, n in hop_edges[(u, v)]
                    ],
                }
            )
        out.append(GraphPath(tuple(index.brief(n) for n in route), tuple(hops)))
    return out
