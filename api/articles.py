"""/articles: list, read, ingest (token) and remove (token) articles."""

from __future__ import annotations

import bisect
import json
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from kg import pages
from kg.articles import article_from_dict
from kg.errors import InputError, NotFound
from kg.ingest import ingest_article
from kg.namespaces import GKD, article_iri, is_id
from kg.store import OxigraphStore, iri_term

from .auth import require_token
from .context import AppContext


def router(ctx: AppContext) -> APIRouter:
    r = APIRouter(tags=["articles"])

    @r.get(
        "/articles",
        summary="List the articles in the store, a page at a time",
        description="Articles in id order: `limit` per page (at most "
        f"{MAX_PAGE}), then the page after `cursor` (the `next` of the previous page; "
        "`next` is null on the last page). `total` counts them all.",
    )
    def list_articles(
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description="articles per page"),
        cursor: str | None = Query(None, max_length=pages.MAX_CURSOR, description="from `next`"),
    ) -> dict[str, Any]:
        return list_page(ctx.store, limit, cursor)

    @r.get("/articles/{article_id}", summary="One article: metadata and its statements")
    def get_article(article_id: str) -> dict[str, Any]:
        iri = str(article_iri(article_id))  # (an id of the grammar, or InputError)
        meta = ctx.store.select("SELECT ?a ?p ?o WHERE { GRAPH ?a { ?a ?p ?o } }", iris={"a": iri})
        if not meta:
            raise NotFound(f"no article '{article_id}'", detail="GET /articles lists them")
        events = ctx.store.select(
            "SELECT ?a ?e ?type ?text WHERE { GRAPH ?a { ?e a ?type ; "
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

    @r.post("/articles", status_code=201, summary="Ingest articles (needs the bearer token)")
    async def post_articles(request: Request) -> dict[str, Any]:
        require_token(request, ctx.settings.api_token)
        body = await request.body()
        if len(body) > ctx.settings.max_article_bytes:
            raise InputError(f"request body of {len(body)} bytes is over the limit")
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(
                f"request body is not UTF-8 JSON: {e}",
                detail="send an article object {id, text, …} or a list of them",
            ) from e
        items = payload if isinstance(payload, list) else [payload]
        articles = [article_from_dict(obj, f"article #{n}") for n, obj in enumerate(items)]
        results = []
        for art in articles:
            outcome = await run_in_threadpool(_ingest, ctx, art)
            results.append({"id": art.id, "outcome": outcome})
        return {"results": results}

    @r.delete("/articles/{article_id}", summary="Remove an article (needs the bearer token)")
    def delete_article(article_id: str, request: Request) -> dict[str, Any]:
        require_token(request, ctx.settings.api_token)
        with ctx.write_lock:
            if not ctx.store.remove_article(str(article_iri(article_id))):
                raise NotFound(f"no article '{article_id}'")
        return {"removed": article_id}

    return r


DEFAULT_PAGE = 100
MAX_PAGE = 1000


def list_page(store: OxigraphStore, limit: int, cursor: str | None) -> dict[str, Any]:
    """A page of ``GET /articles``: the ``limit`` articles after ``cursor`` in id order. Only
    the page's articles are read (their IRIs are the store's named graphs)."""
    after = pages.decode(cursor, {"after": str}).get("after")
    if after is not None and not is_id(after):
        raise InputError("the cursor is not one this service gave")
    iris = store.article_iris()
    total = len(iris)
    if after is not None:
        iris = iris[bisect.bisect_right(iris, str(article_iri(after))) :]
    page, more = iris[:limit], len(iris) > limit
    rows = []
    if page:
        rows = store.select(
            "SELECT ?a ?title ?date (COUNT(DISTINCT ?e) AS ?events) WHERE { "
            f"VALUES ?a {{ {' '.join(iri_term(a) for a in page)} }} GRAPH ?a {{ "
            "?a a gk:Article OPTIONAL { ?a dcterms:title ?title } "
            "OPTIONAL { ?a dcterms:date ?date } "
            "OPTIONAL { ?e prov:wasDerivedFrom ?ev } } } GROUP BY ?a ?title ?date ORDER BY ?a"
        )
    articles = [
        {
            "id": x["a"][len(str(GKD)) :],
            "title": x["title"],
            "published": x["date"],
            "events": int(x["events"] or 0),
        }
        for x in rows
    ]
    next_cursor = pages.encode({"after": articles[-1]["id"]}) if more and articles else None
    return {"articles": articles, "limit": limit, "total": total, "next": next_cursor}


def _ingest(ctx: AppContext, art) -> str:
    extractor = ctx.pipeline()
    with ctx.write_lock:
        outcome, _ = ingest_article(ctx.store, extractor, art, ctx.settings.ontology_dir)
    return outcome
