"""Neighbourhoods: an entity's k-hop surroundings, and the whole graph capped (the overview).

Both expand over the cached networkx edge graph (or, for a store that cannot report its
writes, read edges level by level with ``VALUES`` queries, so any store that answers SPARQL 1.1
works); evidence is then read for the edges kept only (:mod:`kg.explore.index`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from ..errors import InputError, NotFound
from ..namespaces import GK, GKR, entity_term, local_id
from .index import (
    CLASS_ORDER,
    DEFAULT_HUB_EDGE_LIMIT,
    DEFAULT_LIMIT,
    EDGE_LABELS,
    EDGE_VALUES,
    MAX_DEPTH,
    STRUCTURAL_EDGES,
    Edge,
    NameIndex,
    caches,
    check_class,
    check_predicate,
    chunks,
    edge_evidence,
    edge_graph,
    name_index,
)


@dataclass(frozen=True)
class Neighbourhood:
    """An entity's k-hop neighbourhood. ``nodes`` and ``edges`` are JSON-ready dicts:

    node ``{id, label, class, mentions, depth}`` (+ ``truncated: true`` on a hub whose edges
    were cut to the strongest); edge ``{source, target, predicate, label, support,
    confidence, evidence: [{text, article}]}`` (``support``: articles stating it).
    """

    focus: str
    depth: int
    nodes: tuple[dict[str, Any], ...]
    edges: tuple[dict[str, Any], ...]
    truncated: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "focus": self.focus,
            "depth": self.depth,
            "nodes": list(self.nodes),
            "edges": list(self.edges),
            "truncated": self.truncated,
        }

    def turtle(self) -> str:
        """The direct edges plus each node's label and class, as Turtle."""
        return neighbourhood_graph(self).serialize(format="turtle")

    def edge_rows(self) -> list[dict[str, Any]]:
        """One flat row per edge (labels, not ids; the first evidence sentence): a table."""
        label = {n["id"]: n["label"] for n in self.nodes}
        return [
            {
                "source": label[e["source"]],
                "relation": e["label"],
                "target": label[e["target"]],
                "support": e["support"],
                "confidence": e["confidence"],
                "evidence": e["evidence"][0]["text"] if e["evidence"] else None,
                "article": e["evidence"][0]["article"] if e["evidence"] else None,
            }
            for e in self.edges
        ]


def neighbourhood(
    store: Any,
    id: str,
    depth: int = 1,
    limit: int = DEFAULT_LIMIT,
    predicate: str | None = None,
    type: str | None = None,
    min_confidence: float | None = None,
    hub_edge_limit: int = DEFAULT_HUB_EDGE_LIMIT,
) -> Neighbourhood:
    """The entities within ``depth`` hops of ``id`` (edges in either direction) and the edges
    among them, each with its evidence. ``predicate`` keeps one edge type, ``type`` keeps
    neighbours of one class, ``min_confidence`` keeps edges stated at least that
    confidently (affiliations and located-in edges carry no confidence and are kept).
    A node with more than ``hub_edge_limit`` edges keeps its strongest (most articles);
    at most ``limit`` nodes. Either cut sets ``truncated``."""
    if not 1 <= depth <= MAX_DEPTH:
        raise InputError(f"depth must be between 1 and {MAX_DEPTH}")
    if limit < 1 or hub_edge_limit < 1:
        raise InputError("limit and hub_edge_limit must be ≥ 1")
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise InputError("min_confidence must be between 0 and 1")
    pred = check_predicate(predicate)
    allowed = check_class(type)
    index = name_index(store)
    if id not in index.entities:
        entity_term(id)
        raise NotFound(f"no entity '{id}'", detail="search with GET /entities?q= to find its id")

    level_of: dict[str, int] = {id: 0}
    kept: dict[Edge, int] = {}  # edge → support (articles stating it)
    graphs: dict[Edge, list[str]] = {}  # edge → up to two of those articles
    hubs: set[str] = set()
    truncated = False
    frontier = [id]
    read = (
        _edges_from_graph(edge_graph(store), pred)
        if caches(store)
        else _edges_from_store(store, pred)
    )
    for level in range(1, depth + 1):
        if not frontier:
            break
        candidates: dict[Edge, int] = {}
        for key, n, gs in read(frontier):
            candidates[key] = n
            graphs[key] = gs
        # an edge to a node expanded before this level was seen (and kept or cut) then
        candidates = {
            e: n
            for e, n in candidates.items()
            if e not in kept and all(level_of.get(end, level) >= level - 1 for end in (e[0], e[2]))
        }
        if allowed is not None:
            candidates = {
                e: n for e, n in candidates.items() if _class_ok(index, e, level_of, allowed)
            }
        if min_confidence is not None:
            ev = edge_evidence(store, candidates, per_edge=0, graphs=graphs)
            candidates = {
                e: n
                for e, n in candidates.items()
                if e[1] in STRUCTURAL_EDGES or (ev[e]["confidence"] or 0.0) >= min_confidence
            }

        def strength(e: Edge, support: dict[Edge, int] = candidates) -> tuple:
            other = e[2] if e[0] in level_of else e[0]
            info = index.entities.get(other)
            return (-support[e], -(info.mentions if info else 0), e)

        # a hub keeps its strongest edges
        incident: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for e in candidates:
            for end in (e[0], e[2]):
                if level_of.get(end) == level - 1:
                    incident[end].append(e)
        chosen: set[tuple[str, str, str]] = set()
        for node in frontier:
            edges = sorted(incident.get(node, ()), key=strength)
            if len(edges) > hub_edge_limit:
                hubs.add(node)
                truncated = True
            chosen.update(edges[:hub_edge_limit])
        next_frontier: list[str] = []
        for e in sorted(chosen, key=strength):
            new = [end for end in (e[0], e[2]) if end not in level_of]
            if len(level_of) + len(new) > limit:
                truncated = True
                continue
            for end in new:
                level_of[end] = level
                next_frontier.append(end)
            kept[e] = candidates[e]
        frontier = next_frontier

    evidence = edge_evidence(store, kept, graphs=graphs)
    out_nodes: list[dict[str, Any]] = []
    for nid, lvl in sorted(level_of.items(), key=lambda kv: (kv[1], kv[0])):
        info = index.entities.get(nid)
        item = {**index.brief(nid), "mentions": info.mentions if info else 0, "depth": lvl}
        if nid in hubs:
            item["truncated"] = True
        out_nodes.append(item)
    return Neighbourhood(id, depth, tuple(out_nodes), edge_records(kept, evidence), truncated)


Reader = Callable[[list[str]], Iterator[tuple[Edge, int, list[str]]]]


def _edges_from_graph(g: nx.MultiDiGraph, pred: str | None) -> Reader:
    """Edges touching the frontier, from the cached edge graph."""

    def read(frontier: list[str]) -> Iterator[tuple[Edge, int, list[str]]]:
        for node in frontier:
            if node not in g:
                continue
            for s, o, k, d in g.out_edges(node, keys=True, data=True):
                if pred is None or k == pred:
                    yield (s, k, o), d["weight"], d["graphs"]
            for s, o, k, d in g.in_edges(node, keys=True, data=True):
                if pred is None or k == pred:
                    yield (s, k, o), d["weight"], d["graphs"]

    return read


def _edges_from_store(store: Any, pred: str | None) -> Reader:
    """Edges touching the frontier, read with one query per 300 nodes (stores that do not
    report writes, so cannot keep the edge graph)."""
    preds = f"gk:{pred}" if pred else EDGE_VALUES

    def read(frontier: list[str]) -> Iterator[tuple[Edge, int, list[str]]]:
        for chunk in chunks(frontier, 300):
            rows = store.select(
                "SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?g)) AS ?g1) "
                "(MAX(STR(?g)) AS ?g2) WHERE {\n"
                f"  VALUES ?x {{ {' '.join(entity_term(x) for x in chunk)} }}\n"
                f"  VALUES ?p {{ {preds} }}\n"
                "  { GRAPH ?g { ?x ?p ?o } BIND(?x AS ?s) }\n"
                "  UNION { GRAPH ?g { ?s ?p ?x } BIND(?x AS ?o) }\n"
                "} GROUP BY ?s ?p ?o"
            )
            for r in rows:
                key = (local_id(r["s"]), r["p"][len(str(GK)) :], local_id(r["o"]))
                yield key, int(r["n"]), sorted({r["g1"], r["g2"]} - {None})

    return read


def overview(
    store: Any, max_nodes: int = DEFAULT_LIMIT, max_edges: int | None = None
) -> Neighbourhood:
    """The whole graph, capped: the ``max_nodes`` entities with the most neighbours (then the
    most mentioned) and the strongest edges among them (at most ``max_edges``, by default
    three per node), with evidence. ``truncated`` when anything was left out."""
    if max_nodes < 1:
        raise InputError("max_nodes must be ≥ 1")
    max_edges = 3 * max_nodes if max_edges is None else max_edges
    index = name_index(store)
    g = edge_graph(store)
    degree = {n: len(set(g.successors(n)) | set(g.predecessors(n))) for n in g}
    ranked = sorted(
        index.entities.values(), key=lambda i: (-degree.get(i.id, 0), -i.mentions, i.id)
    )
    chosen = {i.id for i in ranked[:max_nodes]}
    among = sorted(
        (
            (-d["weight"], (s, k, o))
            for s, o, k, d in g.edges(keys=True, data=True)
            if s in chosen and o in chosen
        )
    )
    kept = {e: -w for w, e in among[:max_edges]}
    graphs = {
        (s, k, o): d["graphs"] for s, o, k, d in g.edges(keys=True, data=True) if (s, k, o) in kept
    }
    evidence = edge_evidence(store, kept, graphs=graphs)
    nodes = tuple(
        {**i.brief(), "mentions": i.mentions, "degree": degree.get(i.id, 0)}
        for i in ranked[:max_nodes]
    )
    edges = edge_records(kept, evidence)
    return Neighbourhood("", 0, nodes, edges, len(ranked) > max_nodes or len(among) > max_edges)


def _class_ok(
    index: NameIndex, e: tuple[str, str, str], level_of: dict[str, int], allowed: frozenset[str]
) -> bool:
    for end in (e[0], e[2]):
        if level_of.get(end) == 0:
            continue
        info = index.entities.get(end)
        if info is None or not (info.classes & allowed):
            return False
    return True


def neighbourhood_turtle(store: Any, id: str, **kwargs: Any) -> str:
    """The neighbourhood as Turtle: its direct edges plus each node's label and class."""
    return neighbourhood(store, id, **kwargs).turtle()


def neighbourhood_graph(hood: Neighbourhood) -> Graph:
    from ..rdf.triples import new_graph

    g = new_graph()
    for n in hood.nodes:
        node = GKR[n["id"]]
        g.add((node, RDFS.label, Literal(n["label"])))
        if n["class"] in CLASS_ORDER:
            g.add((node, RDF.type, GK[n["class"]]))
    for e in hood.edges:
        g.add((GKR[e["source"]], GK[e["predicate"]], GKR[e["target"]]))
    return g


def edge_records(kept: dict, evidence: dict) -> tuple[dict[str, Any], ...]:
    return tuple(edge_record(s, p, o, n, evidence) for (s, p, o), n in sorted(kept.items()))


def edge_record(s: str, p: str, o: str, n: int, evidence: dict) -> dict[str, Any]:
    """One edge as a JSON-ready record: how many articles state it, and its evidence."""
    ev = evidence[(s, p, o)]
    return {
        "source": s,
        "target": o,
        "predicate": p,
        "label": EDGE_LABELS[p],
        "support": n,
        "confidence": ev["confidence"],
        "evidence": ev["evidence"],
    }
