"""/articles: list, read, ingest (token) and remove (token) articles."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from kg.articles import article_from_dict
from kg.errors import ArticleTooLarge, InputError, NotFound
from kg.explore import cursors, lookup
from kg.ingest import ingest_article
from kg.namespaces import article_iri

from .auth import require_token
from .context import AppContext

_ARTICLE = {
    "type": "object",
    "required": ["id", "text"],
    "properties": {
        "id": {
            "type": "string",
            "pattern": r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$",
            "description": "the article's id (its IRI ends with it); the same id again replaces "
            "the article",
        },
        "text": {"type": "string", "description": "the article's text"},
        "title": {"type": "string"},
        "url": {"type": "string", "description": "where the article was published"},
        "published": {"type": "string", "description": "its date, YYYY-MM-DD"},
        "source": {"type": "string", "description": "the publisher"},
    },
}
_EXAMPLE = {
    "id": "note-2024-11-21",
    "text": "Germany will send Ukraine more air defence systems, the minister said on Thursday.",
    "title": "Germany to send more air defence",
    "url": "https://example.org/news/note-2024-11-21",
    "published": "2024-11-21",
    "source": "Example News",
}
_ARTICLES_BODY = {  # the route reads the raw body (its size is checked first): documented here
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [_ARTICLE, {"type": "array", "items": _ARTICLE}]},
                "examples": {
                    "one article": {"value": _EXAMPLE},
                    "a list": {"value": [_EXAMPLE]},
                },
            }
        },
    }
}


def router(ctx: AppContext) -> APIRouter:
    r = APIRouter(tags=["articles"])

    @r.get(
        "/articles",
        summary="List the articles in the store, a page at a time",
        description="Articles in id order: `limit` per page (at most "
        f"{lookup.MAX_ARTICLE_PAGE}), then the page after `cursor` (the `next` of the previous "
        "page; `next` is null on the last page). `total` counts them all.",
    )
    def list_articles(
        limit: int = Query(
            lookup.ARTICLE_PAGE, ge=1, le=lookup.MAX_ARTICLE_PAGE, description="articles per page"
        ),
        cursor: str | None = Query(None, max_length=cursors.MAX_CURSOR, description="from `next`"),
    ) -> dict[str, Any]:
        return lookup.articles(ctx.store, limit, cursor)

    @r.get("/articles/{article_id}", summary="One article: metadata and its statements")
    def get_article(article_id: str) -> dict[str, Any]:
        return lookup.article(ctx.store, article_id)

    @r.post(
        "/articles",
        status_code=201,
        summary="Ingest articles (needs the bearer token)",
        openapi_extra=_ARTICLES_BODY,
    )
    async def post_articles(request: Request) -> dict[str, Any]:
        require_token(request, ctx.settings.api_token)
        body = await request.body()
        if len(body) > ctx.settings.max_article_bytes:
            raise ArticleTooLarge(
                f"request body of {len(body)} bytes is over the "
                f"{ctx.settings.max_article_bytes}-byte limit",
                detail="send fewer or smaller articles per request (KG_MAX_ARTICLE_BYTES)",
            )
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
            what = "nested too deeply" if isinstance(e, RecursionError) else str(e)
            raise InputError(
                f"request body is not UTF-8 JSON: {what}",
                detail="send an article object {id, text, …} or a list of them",
            ) from e
        items = payload if isinstance(payload, list) else [payload]
        articles = [article_from_dict(obj, f"article #{n}") for n, obj in enumerate(items)]
        first: dict[str, int] = {}
        for n, art in enumerate(articles):
            if first.setdefault(art.id, n) != n:
                raise InputError(
                    f"article #{n}: id '{art.id}' is also the id of article #{first[art.id]}",
                    detail="give each article of a request its own id",
                )
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
    """Extract and validate outside the write lock (reads, deletes and updates go on
    meanwhile); only the store write holds it. A shutdown stops the extraction."""
    extractor = ctx.pipeline()
    with ctx.extract_lock:
        outcome, _ = ingest_article(
            ctx.store,
            extractor,
            art,
            ctx.settings.ontology_dir,
            stop=ctx.stopping,
            lock=ctx.write_lock,
        )
    return outcome
