"""create_app(settings) → FastAPI. Routes parse input, call one ``kg`` function, serialise."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import Receive, Scope, Send

from kg import __version__
from kg.announcement import announcing
from kg.answer import GZIP_LEVEL, GZIP_MIN_BYTES, error_body
from kg.counts import Cached, health_counts
from kg.gate import Limits
from kg.settings import Settings
from kg.store import open_store

from . import articles, explore, export, sparql
from .context import AppContext
from .docs import install_docs
from .edge import QueryStringCheck, bad_escape, head_as_get
from .errors import install_error_handlers

log = logging.getLogger(__name__)


class GeoKGApp(FastAPI):
    """The FastAPI app, with SPARQL queries answered before its middleware and router.

    ``GET``/``POST /sparql`` carrying a query go straight to a query worker
    (:meth:`api.sparql.SparqlEndpoint.fast`), which answers the request whole — parsing,
    negotiation, evaluation, serialisation, gzip — so this process only moves bytes: the
    middleware stack, the router and the request objects cost more CPU than a point lookup
    (docs/decisions/0003-sparql-execution.md). Everything else, and whatever the worker hands
    back (updates, the service description, the page, CORS requests), takes the regular way,
    with the body replayed. The FastAPI routes for /sparql stay: they document the endpoint in
    the OpenAPI schema and answer through the same worker code.

    HEAD is answered as GET without the body, on every route (:mod:`api.edge`); a query
    string with a bad percent-escape goes the regular way, where it is refused (400).
    """

    sparql: sparql.SparqlEndpoint | None = None
    in_progress = 0  # HTTP requests being answered

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        self.in_progress += 1
        try:
            await self._http(scope, receive, send)
        finally:
            self.in_progress -= 1

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "HEAD":
            scope, send = head_as_get(scope, send)
        if (
            self.sparql is not None
            and scope["method"] in ("GET", "POST")
            and sparql.route_path(scope) == "/sparql"
            and bad_escape(scope["query_string"]) is None
        ):
            try:
                replay = await self.sparql.fast(scope, receive, send, alone=self.in_progress == 1)
            except Exception:
                log.exception("unexpected error answering %s /sparql", scope["method"])
                body = error_body("internal", "the server failed to answer; see its log")
                with contextlib.suppress(Exception):  # the response may have started
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 500,
                            "headers": [(b"content-type", b"application/json")],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                return
            if replay is None:
                return
            receive = replay
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None, *, store=None, url: str | None = None) -> FastAPI:
    """The app on ``store`` (default: the store of ``settings``, opened here). ``url``: where
    it is served (`kg serve`); announced beside the store while the app runs, so that the
    other `kg` commands find it (:mod:`kg.announcement`)."""
    settings = settings or Settings()
    limits = Limits.of(settings)
    if store is None:
        store = open_store(settings.store, limits=limits)
    else:  # the app's settings govern what reaches the store it serves
        store.limits = limits
    ctx = AppContext(settings=settings, store=store)
    app = GeoKGApp(
        docs_url=None,  # /docs and /redoc without a CDN: api.docs
        redoc_url=None,
        title="GeoKG",
        version=__version__,
        description="Knowledge graph of geopolitical news: SPARQL 1.1, entities, "
        "neighbourhoods, paths and an interactive graph page.",
    )
    app.state.ctx = ctx
    install_error_handlers(app)
    endpoint = sparql.SparqlEndpoint(ctx)
    app.sparql = endpoint  # queries to /sparql: GeoKGApp.__call__
    app.add_middleware(QueryStringCheck)  # innermost: its 400 is gzipped and CORS-marked
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    if settings.cors_origins:  # embedding from other sites: an explicit allow-list only
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "HEAD", "POST", "DELETE"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=["X-Result-Rows", "X-Result-Limit", "X-Result-Truncated"],
        )

    counts = Cached(ctx.store, lambda: health_counts(ctx.store))  # once after each write

    @app.get("/health", tags=["meta"])
    def health() -> dict:
        return {"status": "ok", "version": __version__, **counts.get()}

    app.include_router(sparql.router(ctx, endpoint))
    app.include_router(articles.router(ctx))
    app.include_router(explore.router(ctx))
    app.include_router(export.router(ctx))
    if url is not None and ctx.store.path is not None:
        app.include_router(_announced(ctx.store.path, url))  # after the query workers start
    install_docs(app)
    return app


def _announced(store: Path, url: str) -> APIRouter:
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        with announcing(store, url):
            yield

    return APIRouter(lifespan=lifespan)
