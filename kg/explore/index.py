"""What exploration reads from the store, cached: the vocabulary of direct edges, the name
index, the edge graph, and the evidence behind edges.

Two derived structures are cached per store object and kept up to date across writes
(``store.on_write``; writing an article refreshes them from that article alone): the *name
index* (labels, alternative labels, classes and mention counts of every entity: what search
and node descriptions read) and the *edge graph* (a networkx ``MultiDiGraph`` of the direct
edges, weighted by the number of articles stating each, with two of those articles: what
neighbourhoods, paths, stats and the overview read). A store without ``on_write`` gets them
rebuilt per call (and neighbourhoods read its edges with SPARQL instead).

Evidence for an edge is the sentence of the events that support it (``prov:wasDerivedFrom``
→ ``gk:text``) in up to two of the articles stating it, found by (article, agent) so a hub
costs no more than any node. ``gk:affiliatedWith`` and ``gk:locatedIn`` have no events:
their evidence is a sentence of the same article that names both ends.
See ``docs/decisions/0004-exploration.md``.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..errors import InputError
from ..events import EDGE_EVENTS, EDGE_LABELS, EDGE_STATEMENTS
from ..events import ROLES as EVENT_ROLES
from ..namespaces import ENTITY_CLASSES, GK, GKD, GKR, entity_term, local_id
from ..store import iri_term
from ..text import words

log = logging.getLogger(__name__)

# -- the vocabulary this module reads --------------------------------------------------------

# direct edge → the statement type it comes from, for edges with no event
STRUCTURAL_EDGES = {e.property: e.name for e in EDGE_STATEMENTS.values()}

SUBCLASSES: dict[str, frozenset[str]] = {
    "Actor": frozenset({"Actor", "Country", "Person", "Organization"}),
    "Region": frozenset({"Region", "Country", "AdministrativeRegion", "City"}),
    **{c: frozenset({c}) for c in ENTITY_CLASSES if c != "Region"},
}
"""A class → the classes whose members it includes (the ontology's rdfs:subClassOf)."""
ACTOR_CLASSES = SUBCLASSES["Actor"]
# the most specific class first: what a node is drawn as
CLASS_ORDER = (
    "Country",
    "Person",
    "Organization",
    "AdministrativeRegion",
    "City",
    "Weapon",
    "Treaty",
    "Region",
    "Actor",
)
ROLES = (*EVENT_ROLES, "attributedTo")

DEFAULT_LIMIT = 500
DEFAULT_HUB_EDGE_LIMIT = 60
EVIDENCE_PER_EDGE = 3
MAX_DEPTH = 5
EDGE_VALUES = " ".join(f"gk:{p}" for p in EDGE_LABELS)


# -- caches ----------------------------------------------------------------------------------


@dataclass
class _EntityInfo:
    id: str
    label: str
    classes: frozenset[str]
    mentions: int = 0
    names: tuple[str, ...] = ()

    @property
    def cls(self) -> str:
        for c in CLASS_ORDER:
            if c in self.classes:
                return c
        return "Entity"

    def brief(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "class": self.cls}


@dataclass
class NameIndex:
    """Every entity's label, names, classes and mention count, and the search keys."""

    entities: dict[str, _EntityInfo]
    mentioned: dict[str, set[str]]  # article IRI → the entities it mentions
    keys: list[str] = field(default_factory=list)  # normalised names, parallel to owners
    owners: list[tuple[str, int]] = field(default_factory=list)  # (entity, position in names)

    def brief(self, eid: str) -> dict[str, Any]:
        """``{id, label, class}`` of an entity (its id as the label if it is not indexed)."""
        info = self.entities.get(eid)
        return info.brief() if info else {"id": eid, "label": eid, "class": "Entity"}

    @classmethod
    def build(cls, store: Any) -> NameIndex:
        mentioned: dict[str, set[str]] = defaultdict(set)
        for r in store.select("SELECT ?e ?a WHERE { ?e gk:mentionedIn ?a }"):
            mentioned[r["a"]].add(local_id(r["e"]))
        index = cls(_describe(store, None, mentioned), mentioned)
        index.rekey()
        return index

    def refresh(self, store: Any, articles: list[str]) -> None:
        """Re-read what ``articles`` (just written) say about the entities they mention(ed)."""
        touched: set[str] = set()
        for a in articles:
            touched |= self.mentioned.pop(a, set())
            now = {local_id(r["e"]) for r in store.select(_MENTIONS_OF, iris={"a": a})}
            if now:
                self.mentioned[a] = now
            touched |= now
        for eid in touched:
            self.entities.pop(eid, None)
        for chunk in chunks(sorted(touched), 500):
            self.entities.update(_describe(store, chunk, self.mentioned))
        self.rekey()

    def rekey(self) -> None:
        self.keys, self.owners = [], []
        for eid, info in self.entities.items():
            for i, name in enumerate(info.names):
                self.keys.append(words(name))
                self.owners.append((eid, i))


_MENTIONS_OF = "SELECT DISTINCT ?e ?a WHERE { GRAPH ?a { ?e gk:mentionedIn ?a } }"


def _describe(
    store: Any, ids: list[str] | None, mentioned: dict[str, set[str]]
) -> dict[str, _EntityInfo]:
    """Label, classes and names of the entities ``ids`` (None: all), in index order."""
    values = "" if ids is None else f"VALUES ?e {{ {' '.join(entity_term(e) for e in ids)} }} "
    entities: dict[str, _EntityInfo] = {}
    for r in store.select(
        f'SELECT ?e ?l WHERE {{ {values}?e rdfs:label ?l FILTER(STRSTARTS(STR(?e), "{GKR}")) }}'
    ):
        eid = local_id(r["e"])
        if eid not in entities:  # one label by contract; keep the first if not
            entities[eid] = _EntityInfo(eid, r["l"], frozenset())
    classes: dict[str, set[str]] = defaultdict(set)
    class_values = " ".join(f"gk:{c}" for c in CLASS_ORDER)
    for r in store.select(
        f"SELECT ?e ?c WHERE {{ {values}VALUES ?c {{ {class_values} }} ?e a ?c }}"
    ):
        classes[local_id(r["e"])].add(r["c"][len(str(GK)) :])
    names: dict[str, set[str]] = defaultdict(set)
    for r in store.select(f"SELECT DISTINCT ?e ?l WHERE {{ {values}?e skos:altLabel ?l }}"):
        names[local_id(r["e"])].add(r["l"])
    mentions: dict[str, int] = defaultdict(int)
    for entities_of in mentioned.values():
        for eid in entities_of:
            mentions[eid] += 1
    for eid, info in entities.items():
        info.classes = frozenset(classes.get(eid, ()))
        info.names = (info.label, *sorted(names.get(eid, set()) - {info.label}))
        info.mentions = mentions.get(eid, 0)
    return entities


@dataclass
class _EdgeGraph:
    """The direct edges as a ``MultiDiGraph`` and, for each article, the edges it states."""

    graph: nx.MultiDiGraph
    stated: dict[str, set[tuple[str, str, str]]]  # article IRI → (s, predicate, o)

    @classmethod
    def build(cls, store: Any) -> _EdgeGraph:
        edges = cls(nx.MultiDiGraph(), defaultdict(set))
        edges.add(store.select(_EDGES_IN))
        return edges

    def refresh(self, store: Any, articles: list[str]) -> None:
        """Take what ``articles`` stated out, then add what they state now."""
        g = self.graph
        for a in articles:
            for s, p, o in self.stated.pop(a, ()):
                d = g[s][o][p]
                d["support"].discard(a)
                if d["support"]:
                    _weigh(d)
                    continue
                g.remove_edge(s, o, key=p)
                for node in {s, o}:
                    if g.degree(node) == 0:
                        g.remove_node(node)
            self.add(store.select(_EDGES_IN, iris={"g": a}))

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        g = self.graph
        for r in rows:
            s, p, o = local_id(r["s"]), r["p"][len(str(GK)) :], local_id(r["o"])
            self.stated[r["g"]].add((s, p, o))
            if not g.has_edge(s, o, key=p):
                g.add_edge(s, o, key=p, support=set())
            d = g[s][o][p]
            d["support"].add(r["g"])
            _weigh(d)


_EDGES_IN = f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?p {{ {EDGE_VALUES} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def _weigh(d: dict[str, Any]) -> None:
    """An edge's ``weight`` (how many articles state it) and ``graphs`` (the first and last)."""
    support = d["support"]
    d["weight"] = len(support)
    d["graphs"] = sorted({min(support), max(support)})


@dataclass
class _Cache:
    """The name index and the edge graph of one store, kept up to date across writes: a write
    that names the article graphs it replaced (``store.last_written``) marks them stale, and the
    next read re-reads only those articles; any other write drops the structures."""

    store: Any
    lock: threading.Lock = field(default_factory=threading.Lock)
    index: NameIndex | None = None
    graph: _EdgeGraph | None = None
    stale: dict[str, set[str]] = field(default_factory=lambda: {"index": set(), "graph": set()})
    # reads by structure and outcome: built (missing), refreshed (stale articles), hit
    reads: Counter[tuple[str, str]] = field(default_factory=Counter)

    def written(self) -> None:
        articles = getattr(self.store, "last_written", None)
        with self.lock:
            if articles is None:
                self.index = self.graph = None
            for name, stale in self.stale.items():
                if articles is None or getattr(self, name) is None:
                    stale.clear()
                else:
                    stale.update(articles)

    def get(self, name: str, build: Callable[[], Any]) -> Any:
        """The ``name`` structure: built once when missing, brought up to date when stale."""
        with self.lock:
            value = getattr(self, name)
            if value is None:
                started = time.perf_counter()
                value = build()
                setattr(self, name, value)
                self.stale[name].clear()
                outcome = "built"
                log.info("cached %s built in %.2f s", name, time.perf_counter() - started)
            elif self.stale[name]:
                value.refresh(self.store, sorted(self.stale[name]))
                self.stale[name].clear()
                outcome = "refreshed"
            else:
                outcome = "hit"
            self.reads[name, outcome] += 1
            return value


_caches: weakref.WeakKeyDictionary[Any, _Cache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def _cache(store: Any) -> _Cache:
    with _caches_lock:
        cache = _caches.get(store)
        if cache is None:
            cache = _Cache(weakref.proxy(store))
            on_write = getattr(store, "on_write", None)
            if on_write is None:
                return cache  # cannot learn about writes: never reuse
            on_write(cache.written)
            _caches[store] = cache
        return cache


def invalidate(store: Any) -> None:
    """Drop the cached name index and edge graph of ``store`` (writes keep them up to date)."""
    cache = _caches.get(store)
    if cache is not None:
        with cache.lock:
            cache.index = cache.graph = None


def name_index(store: Any) -> NameIndex:
    index: NameIndex = _cache(store).get("index", lambda: NameIndex.build(store))
    return index


def edge_graph(store: Any) -> nx.MultiDiGraph:
    """The direct edges as a networkx ``MultiDiGraph`` (key: predicate, ``weight``: the
    number of articles stating the edge, ``graphs``: two of them). Kept up to date across
    writes; do not modify it."""
    edges: _EdgeGraph = _cache(store).get("graph", lambda: _EdgeGraph.build(store))
    return edges.graph


def cache_stats(store: Any) -> dict[tuple[str, str], int]:
    """How the cached structures of ``store`` were read, by (structure, outcome): ``index``
    or ``graph``; ``built`` (missing: read from the whole store), ``refreshed`` (re-read from
    the articles written since) or ``hit`` (used as they were)."""
    cache = _caches.get(store)
    if cache is None:
        return {}
    with cache.lock:
        return dict(cache.reads)


def caches(store: Any) -> bool:
    """Whether ``store`` tells about its writes, so that the cached structures are reused."""
    return callable(getattr(store, "on_write", None))


# -- helpers ---------------------------------------------------------------------------------


def _pairs_values(edges: Iterable[tuple[str, str, str]]) -> str:
    return " ".join(f"({entity_term(s)} gk:{p} {entity_term(o)})" for s, p, o in edges)


def check_class(cls: str | None) -> frozenset[str] | None:
    if cls is None or cls == "":
        return None
    if cls not in SUBCLASSES:
        raise InputError(
            f"unknown class '{cls}'", detail=f"use one of {', '.join(sorted(SUBCLASSES))}"
        )
    return SUBCLASSES[cls]


def check_predicate(predicate: str | None) -> str | None:
    if predicate is None or predicate == "":
        return None
    p = predicate.removeprefix("gk:").removeprefix(str(GK))
    if p not in EDGE_LABELS:
        raise InputError(
            f"unknown predicate '{predicate}'", detail=f"use one of {', '.join(EDGE_LABELS)}"
        )
    return p


def article_id_of(iri: str | None) -> str | None:
    """The article id of an article graph's IRI (any other IRI as it is)."""
    if iri is None:
        return None
    return iri[len(str(GKD)) :] if iri.startswith(str(GKD)) else iri


# -- evidence --------------------------------------------------------------------------------

Edge = tuple[str, str, str]  # (source id, predicate local name, target id)
GRAPHS_PER_EDGE = 2
_GK = str(GK)
_EVENT_SPECS = {
    p: {(f"{_GK}{t}", f"{_GK}{role}", neg) for t, role, neg in spec}
    for p, spec in EDGE_EVENTS.items()
}


def edge_graphs(store: Any, edges: list[Edge]) -> dict[Edge, tuple[int, list[str]]]:
    """For each edge: (number of articles stating it, up to two of those articles' graphs)."""
    out: dict[Edge, tuple[int, list[str]]] = {}
    for chunk in chunks(edges, 400):
        rows = store.select(
            "SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?g)) AS ?g1) "
            f"(MAX(STR(?g)) AS ?g2) WHERE {{ VALUES (?s ?p ?o) {{ {_pairs_values(chunk)} }} "
            "GRAPH ?g { ?s ?p ?o } } GROUP BY ?s ?p ?o"
        )
        for r in rows:
            key = (local_id(r["s"]), r["p"][len(_GK) :], local_id(r["o"]))
            out[key] = (int(r["n"]), sorted({r["g1"], r["g2"]} - {None}))
    return out


def edge_evidence(
    store: Any,
    edges: Iterable[Edge],
    per_edge: int = EVIDENCE_PER_EDGE,
    graphs: dict[Edge, list[str]] | None = None,
) -> dict[Edge, dict]:
    """For each edge: ``{confidence, evidence: [{text, article}]}``, read from up to two of
    the articles stating it (``graphs``: their graph IRIs, looked up when not given): the
    sentences of its events there (at most ``per_edge``) and their highest confidence.

    Costs what the edges cost, not what their hubs cost: events are found by (article,
    agent), never by scanning every event of a hub."""
    edges = list(dict.fromkeys(edges))
    out: dict[Edge, dict] = {e: {"confidence": None, "evidence": []} for e in edges}
    if graphs is None:
        graphs = {e: gs for e, (_, gs) in edge_graphs(store, edges).items()}
    evented = [e for e in edges if e[1] in EDGE_EVENTS]
    pairs = sorted({(g, e[0]) for e in evented for g in graphs.get(e, ())[:GRAPHS_PER_EDGE]})
    # every property of every event of those agents in those articles, assembled here:
    # one pattern the engine answers by index (article, agent), whatever the hub's size
    events: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for chunk in chunks(pairs, 500):
        values = " ".join(f"({iri_term(g)} {entity_term(s)})" for g, s in chunk)
        rows = store.select(
            f"SELECT ?g ?s ?ev ?p ?o WHERE {{ VALUES (?g ?s) {{ {values} }} "
            f"GRAPH ?g {{ ?ev gk:agent ?s ; ?p ?o FILTER(?p IN ({_EVENT_PROPS})) }} }}"
        )
        for r in rows:
            ev = events[(r["g"], local_id(r["s"]))].setdefault(
                r["ev"], {"types": set(), "props": defaultdict(set)}
            )
            if r["p"] == _RDF_TYPE:
                ev["types"].add(r["o"])
            else:
                ev["props"][r["p"]].add(r["o"])
    wanted: dict[tuple[str, str], str | None] = {}  # (graph, evidence) → its sentence
    matches: list[tuple[Edge, str, float | None, list[str]]] = []
    for e in evented:
        s, p, o = e
        for g in graphs.get(e, ())[:GRAPHS_PER_EDGE]:
            for ev in events.get((g, s), {}).values():
                if not _supports(ev, p, f"{GKR}{o}"):
                    continue
                conf = ev["props"].get(_CONFIDENCE)
                sources = sorted(ev["props"].get(_DERIVED, ()))
                matches.append((e, g, float(max(conf)) if conf else None, sources))
                wanted.update(dict.fromkeys((g, x) for x in sources))
    for chunk in chunks(sorted(wanted), 500):
        values = " ".join(f"({iri_term(g)} {iri_term(x)})" for g, x in chunk)
        for r in store.select(
            f"SELECT ?g ?x ?text WHERE {{ VALUES (?g ?x) {{ {values} }} "
            "GRAPH ?g { ?x gk:text ?text } }"
        ):
            wanted[(r["g"], r["x"])] = r["text"]
    for e, g, conf, sources in sorted(matches, key=lambda m: (-(m[2] or 0.0), m[1])):
        entry = out[e]
        if conf is not None and (entry["confidence"] is None or conf > entry["confidence"]):
            entry["confidence"] = conf
        for x in sources:
            _add_evidence(entry, wanted.get((g, x)), g, per_edge)

    structural = [e for e in edges if e[1] in STRUCTURAL_EDGES]
    if structural:
        index = name_index(store)
        texts: dict[str, list[str]] = defaultdict(list)
        gs = sorted({g for e in structural for g in graphs.get(e, ())[:GRAPHS_PER_EDGE]})
        for chunk in chunks(gs, 200):
            values = " ".join(iri_term(g) for g in chunk)
            for r in store.select(
                f"SELECT ?g ?text WHERE {{ VALUES ?g {{ {values} }} "
                "GRAPH ?g { ?x gk:text ?text } }"
            ):
                texts[r["g"]].append(r["text"])
        for sentences in texts.values():
            sentences.sort()
        for e in structural:
            for g in graphs.get(e, ())[:GRAPHS_PER_EDGE]:
                for text in texts.get(g, ()):
                    if _names_both(index, e[0], e[2], text):
                        _add_evidence(out[e], text, g, per_edge)
    return out


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_CONFIDENCE = f"{_GK}confidence"
_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_NEGATED = f"{_GK}negated"
_EVENT_PROPS = ", ".join(
    f"<{p}>"
    for p in (
        _RDF_TYPE,
        _NEGATED,
        _CONFIDENCE,
        _DERIVED,
        *sorted({f"{_GK}{role}" for spec in EDGE_EVENTS.values() for _, role, _ in spec}),
    )
)


def _supports(ev: dict, predicate: str, obj: str) -> bool:
    negated = "true" in ev["props"].get(_NEGATED, ())
    return any(
        t in ev["types"] and obj in ev["props"].get(role, ()) and negated == neg
        for t, role, neg in _EVENT_SPECS[predicate]
    )


def _add_evidence(entry: dict, text: str | None, graph: str, per_edge: int) -> None:
    if text is None or len(entry["evidence"]) >= per_edge:
        return
    item = {"text": text, "article": article_id_of(graph)}
    if item not in entry["evidence"]:
        entry["evidence"].append(item)


def _names_both(index: NameIndex, a: str, b: str, text: str) -> bool:
    low = text.casefold()

    def named(eid: str) -> bool:
        info = index.entities.get(eid)
        return info is not None and any(n.casefold() in low for n in info.names)

    return named(a) and named(b)


def chunks(items: list, size: int) -> Iterable[list]:
    """``items`` in lists of ``size``: VALUES blocks of a bounded query length."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
