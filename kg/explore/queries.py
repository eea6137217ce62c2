"""Graph queries for people who do not write SPARQL: search, entity, neighbourhood, path, stats.

Engine-neutral: everything is read through ``store.select(sparql)`` (see
:mod:`kg.explore.index` for what is cached and how evidence is found), so any store that
answers SPARQL 1.1 works. Neighbourhoods, paths, stats and the overview expand over the cached
networkx edge graph (or, for a store that cannot report its writes, read edges level by level
with ``VALUES`` queries); evidence is then read for the edges kept only.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ..errors import InputError, NotFound
from ..events import EDGE_STATEMENTS, EVENT_TYPES
from ..namespaces import (
    ENTITY_CLASSES,
    GK,
    GKR,
    article_iri,
    entity_term,
    is_id,
    local_id,
)
from ..store import iri_term
from ..text import words
from . import cursors
from .index import (
    ACTOR_CLASSES,
    CLASS_ORDER,
    DEFAULT_HUB_EDGE_LIMIT,
    DEFAULT_LIMIT,
    EDGE_EVENTS,
    EDGE_LABELS,
    EDGE_VALUES,
    MAX_DEPTH,
    ROLES,
    STRUCTURAL_EDGES,
    SUBCLASSES,
    Edge,
    NameIndex,
    article_id_of,
    caches,
    check_class,
    check_predicate,
    chunks,
    edge_evidence,
    edge_graph,
    invalidate,
    name_index,
)

__all__ = [
    "EDGE_EVENTS",
    "EDGE_LABELS",
    "SUBCLASSES",
    "GraphPath",
    "Neighbourhood",
    "article",
    "articles",
    "edge_graph",
    "entity",
    "invalidate",
    "neighbourhood",
    "neighbourhood_turtle",
    "overview",
    "path",
    "resolve",
    "search",
    "stats",
]

# -- records ---------------------------------------------------------------------------------


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


# -- search ----------------------------------------------------------------------------------


def _acronym(key: str) -> str:
    words = [w for w in key.split() if w not in {"of", "the", "and", "for"}]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _score(q: str, key: str) -> float:
    """Exact > acronym > prefix > word prefix > fuzzy (typos), each band below the last."""
    if key == q:
        return 100.0
    if len(q) >= 2 and _acronym(key) == q:
        return 95.0
    if key.startswith(q):
        return 85.0 + 10.0 * len(q) / len(key)
    if len(q) >= 2 and any(w.startswith(q) for w in key.split()):
        return 75.0 + 10.0 * len(q) / len(key)
    return 0.0


def search(
    store: Any, q: str, type: str | None = None, limit: int = 20, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities ranked by how well a label or alternative label matches ``q``: exact names
    and abbreviations first ("U.S."), then prefixes ("Zapor"), then typos ("Ukrane").
    An empty ``q`` lists entities by mention count. ``type`` keeps one class (with its
    subclasses: "Actor" includes countries). Each hit: ``{id, label, class, mentions, score,
    matched}``."""
    allowed = check_class(type)
    if limit < 1 or offset < 0:
        raise InputError("limit must be ≥ 1 and offset ≥ 0")
    index = name_index(store)
    qn = words(q or "")
    best: dict[str, tuple[float, str]] = {}

    def consider(i: int, score: float) -> None:
        eid, pos = index.owners[i]
        if pos == 0:
            score += 0.5  # the canonical name wins a tie with an alias
        if eid not in best or score > best[eid][0]:
            best[eid] = (score, index.entities[eid].names[pos])

    if qn:
        for i, key in enumerate(index.keys):
            s = _score(qn, key)
            if s:
                consider(i, s)
        if len(qn) >= 3:
            for _, s, i in process.extract(
                qn, index.keys, scorer=fuzz.WRatio, score_cutoff=80, limit=None
            ):
                consider(i, s * 0.7)  # below every prefix match
    else:
        for i, (_eid, pos) in enumerate(index.owners):
            if pos == 0:
                consider(i, 0.0)
    hits = []
    for eid, (score, matched) in best.items():
        info = index.entities[eid]
        if allowed is not None and not (info.classes & allowed):
            continue
        hits.append(
            {
                **info.brief(),
                "mentions": info.mentions,
                "score": round(score, 1),
                "matched": matched,
            }
        )
    hits.sort(key=lambda h: (-h["score"], -h["mentions"], h["label"].casefold(), h["id"]))
    return hits[offset : offset + limit]


def resolve(store: Any, name_or_id: str) -> str:
    """An entity id for an id or a name ("Ukraine", "U.S."): the best search hit."""
    index = name_index(store)
    if name_or_id in index.entities:
        return name_or_id
    hits = search(store, name_or_id, limit=1)
    if not hits or hits[0]["score"] < 60:
        raise NotFound(
            f"no entity named '{name_or_id}'", detail="search with GET /entities?q= to find its id"
        )
    return str(hits[0]["id"])


# -- articles --------------------------------------------------------------------------------

ARTICLE_PAGE = 100
MAX_ARTICLE_PAGE = 1000


def articles(store: Any, limit: int = ARTICLE_PAGE, cursor: str | None = None) -> dict[str, Any]:
    """A page of the article list: the ``limit`` articles after ``cursor`` in id order, each
    ``{id, title, published, events}``; ``next`` is the cursor of the next page (None on the
    last), ``total`` counts them all. Only the page's articles are read."""
    if not 1 <= limit <= MAX_ARTICLE_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_ARTICLE_PAGE}")
    after = cursors.decode(cursor, {"after": str}).get("after")
    if after is not None and not is_id(after):
        raise InputError("the cursor is not one this service gave")
    iris = store.article_iris()  # sorted: the store's named graphs
    total = len(iris)
    if after is not None:
        iris = iris[bisect.bisect_right(iris, str(article_iri(after))) :]
    page, more = iris[:limit], len(iris) > limit
    found = [
        {
            "id": article_id_of(x["iri"]),
            "title": x["title"],
            "published": x["published"],
            "events": x["events"],
        }
        for x in store.article_summaries(page)
    ]
    following = cursors.encode({"after": found[-1]["id"]}) if more and found else None
    return {"articles": found, "limit": limit, "total": total, "next": following}


def article(store: Any, article_id: str) -> dict[str, Any]:
    """One article: its metadata and its events with their evidence
    (:class:`~kg.errors.NotFound` if it is not stored)."""
    iri = str(article_iri(article_id))  # (an id of the grammar, or InputError)
    meta = store.select("SELECT ?a ?p ?o WHERE { GRAPH ?a { ?a ?p ?o } }", iris={"a": iri})
    if not meta:
        raise NotFound(f"no article '{article_id}'", detail="GET /articles lists them")
    events = store.select(
        "SELECT ?a ?e ?type ?text WHERE { GRAPH ?a { ?e a ?type ; gk:agent ?agent ; "
        "prov:wasDerivedFrom ?ev . ?ev gk:text ?text } } ORDER BY ?e",
        iris={"a": iri},
    )
    return {
        "id": article_id,
        "iri": iri,
        "metadata": {m["p"].rsplit("/", 1)[-1].rsplit("#", 1)[-1]: m["o"] for m in meta},
        "events": [
            {
                "id": e["e"].rsplit("/", 1)[-1],
                "type": e["type"].rsplit("#", 1)[-1],
                "evidence": e["text"],
            }
            for e in events
        ],
    }


# -- entity ----------------------------------------------------------------------------------


ENTITY_PAGE = 100
MAX_ENTITY_PAGE = 1000
_CURSOR = {"articles": int, "events": int, "edges": int}


def entity(
    store: Any, id: str, limit: int = ENTITY_PAGE, cursor: str | None = None
) -> dict[str, Any]:
    """Everything about one entity: labels, classes, links, coordinates, the articles that
    mention it, and its statements grouped by type, each with its evidence.
    Raises :class:`~kg.errors.NotFound` for an unknown id.

    The articles, the events and the direct edges come ``limit`` of each at a time (at most
    ``MAX_ENTITY_PAGE``): ``next`` is the ``cursor`` of the next page (None on the last);
    a later page repeats the entity's description with the next articles and statements."""
    if not 1 <= limit <= MAX_ENTITY_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_ENTITY_PAGE}")
    at = cursors.decode(cursor, _CURSOR) or dict.fromkeys(_CURSOR, 0)
    iri = entity_term(id)
    index = name_index(store)
    info = index.entities.get(id)
    if info is None:
        raise NotFound(f"no entity '{id}'", detail="search with GET /entities?q= to find its id")
    props: dict[str, set[str]] = defaultdict(set)
    for r in store.select(f"SELECT DISTINCT ?p ?o WHERE {{ {iri} ?p ?o }}"):
        props[r["p"]].add(r["o"])

    def one(p: str) -> str | None:
        values = sorted(props.get(p, ()))
        return values[0] if values else None

    lat, long = (
        one("http://www.w3.org/2003/01/geo/wgs84_pos#lat"),
        one("http://www.w3.org/2003/01/geo/wgs84_pos#long"),
    )
    articles = [
        {"id": article_id_of(r["a"]), "title": r["title"], "date": r["date"]}
        for r in store.select(
            f"SELECT DISTINCT ?a ?title ?date WHERE {{ GRAPH ?a {{ {iri} gk:mentionedIn ?a }} "
            "OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } }"
            f" ORDER BY DESC(?date) ?a LIMIT {limit + 1} OFFSET {at['articles']}"
        )
    ]
    statements, more = _statements(store, index, id, limit, at)
    if len(articles) > limit:
        del articles[limit:]
        more = True
    following = {
        "articles": at["articles"] + len(articles),
        "events": at["events"] + limit,
        "edges": at["edges"] + limit,
    }
    return {
        **info.brief(),
        "iri": f"{GKR}{id}",
        "alt_labels": list(info.names[1:]),
        "classes": sorted(info.classes),
        "same_as": sorted(props.get(str(_OWL_SAME_AS), ())),
        "coordinates": {"lat": float(lat), "long": float(long)} if lat and long else None,
        "iso_code": one(str(GK.isoCode)),
        "role": one(str(GK.role)),
        "unlinked": one(str(GK.unlinked)) == "true",
        "mentions": info.mentions,
        "articles": articles,
        "statements": statements,
        "limit": limit,
        "next": cursors.encode(following) if more else None,
    }


_STRUCTURAL_VALUES = " ".join(f"gk:{p}" for p in STRUCTURAL_EDGES)
_OWL_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")


def _statements(
    store: Any, index: NameIndex, id: str, limit: int, at: dict[str, int]
) -> tuple[dict[str, list[dict[str, Any]]], bool]:
    """The entity's statements from ``at`` (offsets into its events and its direct edges),
    ``limit`` of each, and whether more follow."""
    iri = entity_term(id)
    roles = " ".join(f"gk:{r}" for r in ROLES)
    events = store.select(
        f"SELECT DISTINCT ?ev WHERE {{ VALUES ?role {{ {roles} }} ?ev ?role {iri} }} "
        f"ORDER BY ?ev LIMIT {limit + 1} OFFSET {at['events']}"
    )
    more = len(events) > limit
    del events[limit:]
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if events:
        values = " ".join(iri_term(r["ev"]) for r in events)
        rows = store.select(
            f"SELECT ?ev ?p ?o ?text ?art WHERE {{ VALUES ?ev {{ {values} }} ?ev ?p ?o "
            "OPTIONAL { FILTER(?p = prov:wasDerivedFrom) ?o gk:text ?text "
            "OPTIONAL { ?o gk:article ?art } } }"
        )
        by_event: dict[str, dict[str, Any]] = {}
        for r in rows:
            ev = by_event.setdefault(
                r["ev"], {"id": local_id(r["ev"]), "evidence": [], "_roles": defaultdict(list)}
            )
            p = r["p"]
            if p == str(RDF.type) and r["o"].startswith(str(GK)):
                ev["type"] = r["o"][len(str(GK)) :]
            elif p.startswith(str(GK)) and p[len(str(GK)) :] in ROLES:
                ev["_roles"][p[len(str(GK)) :]].append(local_id(r["o"]))
            elif p == str(GK.negated):
                ev["negated"] = r["o"] == "true"
            elif p == str(GK.modality):
                ev["modality"] = r["o"][len(str(GK)) :].lower()
            elif p == str(GK.confidence):
                ev["confidence"] = float(r["o"])
            elif p in (str(GK.date), str(GK.quantity), str(GK.role)):
                ev[p[len(str(GK)) :]] = r["o"]
            elif r["text"] is not None:
                item = {"text": r["text"], "article": article_id_of(r["art"])}
                if item not in ev["evidence"]:
                    ev["evidence"].append(item)
        for ev in sorted(by_event.values(), key=lambda e: e["id"]):
            ev_roles = ev.pop("_roles")
            ev["roles"] = [r for r in ROLES if id in ev_roles.get(r, ())]
            for r in ROLES:
                ids = sorted(ev_roles.get(r, ()))
                if ids:
                    ev[r] = [_brief(index, i) for i in ids]
            grouped[ev.get("type", "Event")].append(ev)
    # statements with no event: affiliations and located-in edges, both directions
    rows = store.select(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_STRUCTURAL_VALUES} }} "
        f"{{ {iri} ?p ?o BIND({iri} AS ?s) }} UNION {{ ?s ?p {iri} BIND({iri} AS ?o) }} }} "
        f"ORDER BY ?s ?p ?o LIMIT {limit + 1} OFFSET {at['edges']}"
    )
    more = more or len(rows) > limit
    del rows[limit:]
    edges = [(local_id(r["s"]), r["p"][len(str(GK)) :], local_id(r["o"])) for r in rows]
    evidence = edge_evidence(store, edges)
    held = _affiliation_roles(store, [(s, o) for s, p, o in edges if p == _AFFILIATED])
    for s, p, o in sorted(edges):
        record = {
            "type": STRUCTURAL_EDGES[p],
            "predicate": p,
            "subject": _brief(index, s),
            "object": _brief(index, o),
            "evidence": evidence[(s, p, o)]["evidence"],
        }
        if p == _AFFILIATED:  # which roles the subject holds in the object
            record["roles"] = held.get((s, o), [])
        grouped[STRUCTURAL_EDGES[p]].append(record)
    return dict(grouped), more


_AFFILIATED = EDGE_STATEMENTS["Affiliation"].property


def _affiliation_roles(
    store: Any, pairs: list[tuple[str, str]]
) -> dict[tuple[str, str], list[str]]:
    """(member, organization) → the roles its gk:Affiliation statements give, sorted."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for chunk in chunks(pairs, 400):
        values = " ".join(f"({entity_term(s)} {entity_term(o)})" for s, o in chunk)
        for r in store.select(
            f"SELECT DISTINCT ?s ?o ?role WHERE {{ VALUES (?s ?o) {{ {values} }} "
            "?a gk:member ?s ; gk:organization ?o ; gk:role ?role }"
        ):
            out[(local_id(r["s"]), local_id(r["o"]))].add(r["role"])
    return {k: sorted(v) for k, v in out.items()}


def _brief(index: NameIndex, eid: str) -> dict[str, Any]:
    info = index.entities.get(eid)
    return info.brief() if info else {"id": eid, "label": eid, "class": "Entity"}


# -- neighbourhood ---------------------------------------------------------------------------


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
        item = {**_brief(index, nid), "mentions": info.mentions if info else 0, "depth": lvl}
        if nid in hubs:
            item["truncated"] = True
        out_nodes.append(item)
    return Neighbourhood(id, depth, tuple(out_nodes), _edge_records(kept, evidence), truncated)


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
    edges = _edge_records(kept, evidence)
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


# -- paths -----------------------------------------------------------------------------------


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
        return [GraphPath((_brief(index, a),), ())]
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
                        _edge_record(s, p, o, n, evidence) for s, p, o, n in hop_edges[(u, v)]
                    ],
                }
            )
        out.append(GraphPath(tuple(_brief(index, n) for n in route), tuple(hops)))
    return out


# -- stats -----------------------------------------------------------------------------------


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
        return [{**_brief(index, n), key: round(score[n], 5)} for n in best]

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


def _edge_records(kept: dict, evidence: dict) -> tuple[dict[str, Any], ...]:
    return tuple(_edge_record(s, p, o, n, evidence) for (s, p, o), n in sorted(kept.items()))


def _edge_record(s: str, p: str, o: str, n: int, evidence: dict) -> dict[str, Any]:
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
