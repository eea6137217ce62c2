"""/articles: list, read, ingest (token) and remove (token) articles."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from kg import pages, query
from kg.articles import article_from_dict
from kg.errors import InputError, NotFound
from kg.ingest import ingest_article
from kg.namespaces import article_iri

from .auth import require_token
from .context import AppContext


def router(ctx: AppContext) -> APIRouter:
    r = APIRouter(tags=["articles"])

    @r.get(
        "/articles",
        summary="List the articles in the store, a page at a time",
        description="Articles in id order: `limit` per page (at most "
        f"{query.MAX_ARTICLE_PAGE}), then the page after `cursor` (the `next` of the previous "
        "page; `next` is null on the last page). `total` counts them all.",
    )
    def list_articles(
        limit: int = Query(
            query.ARTICLE_PAGE, ge=1, le=query.MAX_ARTICLE_PAGE, description="articles per page"
        ),
        cursor: str | None = Query(None, max_length=pages.MAX_CURSOR, description="from `next`"),
    ) -> dict[str, Any]:
        return query.articles(ctx.store, limit, cursor)

    @r.get("/articles/{article_id}", summary="One article: metadata and its statements")
    def get_article(article_id: str) -> dict[str, Any]:
        return query.article(ctx.store, article_id)

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


def _ingest(ctx: AppContext, art) -> str:
    extractor = ctx.pipeline()
    with ctx.write_lock:
        outcome, _ = ingest_article(ctx.store, extractor, art, ctx.settings.ontology_dir)
    return outcome
