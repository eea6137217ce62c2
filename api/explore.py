"""GET /entities, /entities/{id}, /entities/{id}/neighbourhood, /path, /stats, /graph.

A thin adapter over :mod:`kg.explore` (search, entities, neighbourhoods, paths, stats, the
page): each route validates its parameters (bad ones → 400 through the app's handlers), calls
one function, serialises the answer.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from kg.explore import cursors, figures, index, lookup, neighbourhoods, pathfinding
from kg.explore.counts import Cached
from kg.explore.page import render_graph_page
from kg.sparql.protocol import BY_KEY, Format, NotAcceptable, negotiate

from .context import AppContext

_CLASSES = ", ".join(sorted(index.SUBCLASSES))
_PREDICATES = ", ".join(index.EDGE_LABELS)


_JSON = Format("json", "application/json", "document")
_HOOD_FORMATS = [_JSON, BY_KEY["turtle"]]  # JSON first: it wins ties


def wants_turtle(accept: str | None) -> bool:
    """True when ``Accept`` ranks text/turtle above JSON (the service's one negotiation,
    :func:`kg.sparql.protocol.negotiate`; JSON when neither is acceptable)."""
    try:
        return negotiate(accept, _HOOD_FORMATS) is not _JSON
    except NotAcceptable:
        return False


def graph_csp(nonce: str, embed: bool) -> str:
    csp = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'none'; base-uri 'none'; form-action 'self'"
    )
    return csp if embed else csp + "; frame-ancestors 'self'"


def router(ctx: AppContext) -> APIRouter:
    settings = ctx.settings
    r = APIRouter(tags=["explore"])
    stats_cache = Cached(ctx.store, lambda: figures.stats(ctx.store))  # once after each write

    @r.get("/entities", summary="Search entities by name (fuzzy, aliases included)")
    def entities(
        q: str = Query(
            "",
            max_length=200,
            description="a name, a prefix, an abbreviation; empty lists entities by mentions",
        ),
        type: str | None = Query(None, description=f"one class: {_CLASSES}"),
        limit: int = Query(20, ge=1, le=200),
        offset: int = Query(0, ge=0, le=100_000),
    ) -> dict[str, Any]:
        hits = lookup.search(ctx.store, q, type=type, limit=limit, offset=offset)
        return {"q": q, "type": type, "limit": limit, "offset": offset, "results": hits}

    @r.get(
        "/entities/{id}",
        summary="One entity: labels, links, articles, statements",
        description="The entity's description, with `limit` of its articles, of its events "
        "and of its direct edges per page (at most "
        f"{lookup.MAX_ENTITY_PAGE}); `next` is the `cursor` of the next page (null on the "
        "last), which repeats the description with the next articles and statements.",
    )
    def entity(
        id: str,
        limit: int = Query(lookup.ENTITY_PAGE, ge=1, le=lookup.MAX_ENTITY_PAGE),
        cursor: str | None = Query(None, max_length=cursors.MAX_CURSOR, description="from `next`"),
    ) -> dict[str, Any]:
        return lookup.entity(ctx.store, id, limit=limit, cursor=cursor)

    @r.get(
        "/entities/{id}/neighbourhood",
        response_model=None,
        summary="The entity's k-hop neighbourhood (JSON, or Turtle on Accept: text/turtle)",
        responses={200: {"content": {"application/json": {}, "text/turtle": {}}}},
    )
    def entity_neighbourhood(
        request: Request,
        id: str,
        depth: int = Query(1, ge=1, le=settings.max_depth),
        limit: int = Query(
            min(200, settings.max_nodes), ge=1, le=settings.max_nodes, description="nodes at most"
        ),
        predicate: str | None = Query(None, description=f"one edge type: {_PREDICATES}"),
        type: str | None = Query(None, description=f"neighbours of one class: {_CLASSES}"),
        min_confidence: float | None = Query(None, ge=0.0, le=1.0),
    ) -> Response | dict[str, Any]:
        hood = neighbourhoods.neighbourhood(
            ctx.store,
            id,
            depth=depth,
            limit=limit,
            predicate=predicate,
            type=type,
            min_confidence=min_confidence,
            hub_edge_limit=settings.hub_edge_limit,
        )
        if wants_turtle(request.headers.get("accept")):
            return Response(
                hood.turtle(), media_type="text/turtle; charset=utf-8", headers={"Vary": "Accept"}
            )
        return hood.as_dict()

    @r.get("/path", summary="Shortest paths between two entities (ids or names)")
    def path(
        source: str = Query(..., min_length=1, max_length=200),
        target: str = Query(..., min_length=1, max_length=200),
        max_hops: int = Query(4, ge=1, le=8),
        limit: int = Query(5, ge=1, le=20, description="paths at most"),
    ) -> dict[str, Any]:
        paths = pathfinding.path(ctx.store, source, target, max_hops=max_hops, limit=limit)
        return {
            "source": source,
            "target": target,
            "max_hops": max_hops,
            "paths": [p.as_dict() for p in paths],
        }

    @r.get("/stats", summary="Counts, and the top actors by degree and PageRank")
    def stats() -> dict[str, Any]:
        return stats_cache.get()

    @r.get(
        "/graph",
        response_class=HTMLResponse,
        summary="The interactive graph page (no CDN; ?embed=1 for an iframe)",
    )
    def graph(
        focus: str | None = Query(None, max_length=200, description="an entity name or id"),
        depth: int = Query(2, ge=1, le=settings.max_depth),
        max_nodes: int = Query(settings.max_nodes, ge=1, le=settings.max_nodes),
        embed: bool = Query(False),
    ) -> HTMLResponse:
        nonce = secrets.token_urlsafe(16)
        page = render_graph_page(
            ctx.store,
            focus=focus or None,
            depth=depth,
            max_nodes=max_nodes,
            embed=embed,
            nonce=nonce,
            hub_edge_limit=settings.hub_edge_limit,
        )
        return HTMLResponse(
            page,
            headers={
                "Content-Security-Policy": graph_csp(nonce, embed),
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
            },
        )

    return r
