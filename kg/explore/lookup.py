"""Finding and describing: entities by name (search, resolve), one entity's page, the article
list and one article.

Engine-neutral: read through ``store.select(sparql)`` and the cached name index
(:mod:`kg.explore.index`); an id becomes query text only as a checked IRI
(:func:`kg.namespaces.entity_term`, :func:`kg.namespaces.article_iri`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz, process
from rdflib import URIRef
from rdflib.namespace import RDF

from ..errors import InputError, NotFound
from ..events import EDGE_STATEMENTS
from ..namespaces import GK, article_iri, entity_iri, entity_term, is_id, local_id
from ..store import iri_term
from ..text import words
from . import cursors
from .index import (
    ROLES,
    STRUCTURAL_EDGES,
    NameIndex,
    article_id_of,
    check_class,
    chunks,
    edge_evidence,
    name_index,
)


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
        "iri": str(entity_iri(id)),
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
                    ev[r] = [index.brief(i) for i in ids]
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
            "subject": index.brief(s),
            "object": index.brief(o),
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
