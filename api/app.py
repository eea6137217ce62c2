"""create_app(settings) → FastAPI. Routes parse input, call one ``kg`` function, serialise."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware import Middleware
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from kg import __version__
from kg.explore.counts import Cached, health_counts
from kg.settings import Settings
from kg.sparql.safety import Limits
from kg.store import Endpoint, open_store
from kg.store.announcement import announcing

from . import articles, explore, export, metrics, sparql
from .context import AppContext
from .docs import install_docs
from .edge import HeadAsGet, QueryStringCheck
from .errors import install_error_handlers

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, store=None, url: str | None = None) -> FastAPI:
    """The app on ``store`` (default: the store of ``settings``, opened here). ``url``: where
    it is served (`kg serve`); announced beside the store while the app runs, so that the
    other `kg` commands find it (:mod:`kg.store.announcement`)."""
    settings = settings or Settings()
    limits = Limits.of(settings)
    if store is None:
        store = open_store(settings.store, limits=limits, endpoint=Endpoint.of(settings))
    else:  # the app's settings govern what reaches the store it serves
        store.limits = limits
    ctx = AppContext(settings=settings, store=store)
    middleware = _middleware(settings)
    app = _App(
        middleware=middleware,
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
    app.sparql = ServerErrorMiddleware(_wrapped(endpoint, middleware))

    counts = Cached(ctx.store, lambda: health_counts(ctx.store))  # once after each write

    @app.get("/health", tags=["meta"])
    def health() -> dict:
        return {"status": "ok", "version": __version__, **counts.get()}

    app.include_router(sparql.router(ctx, endpoint))
    app.include_router(articles.router(ctx))
    app.include_router(explore.router(ctx))
    app.include_router(export.router(ctx))
    app.include_router(metrics.router(ctx, endpoint.executor))
    if url is not None and ctx.store.path is not None:
        app.include_router(_announced(ctx.store.path, url))  # after the query workers start
    install_docs(app)
    return app


def _middleware(settings: Settings) -> list[Middleware]:
    """What every request goes through, outermost first."""
    middleware = [Middleware(HeadAsGet)]  # every route answers HEAD as GET
    if settings.cors_origins:  # embedding from other sites: an explicit allow-list only
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_methods=["GET", "HEAD", "POST", "DELETE"],
                allow_headers=["Accept", "Authorization", "Content-Type"],
                expose_headers=["X-Result-Rows", "X-Result-Limit", "X-Result-Truncated"],
            )
        )
    middleware.append(Middleware(GZipMiddleware, minimum_size=1024))
    middleware.append(Middleware(QueryStringCheck))  # its 400 is gzipped and CORS-marked
    return middleware


def _wrapped(app: ASGIApp, middleware: list[Middleware]) -> ASGIApp:
    for cls, args, kwargs in reversed(middleware):
        app = cls(app, *args, **kwargs)
    return app


class _App(FastAPI):
    """The app, with ``/sparql`` handed to its endpoint in front of FastAPI's own layers
    (telemetry, exception handlers, router, request objects), behind the same middleware
    (``sparql``, set by :func:`create_app`): ~45 µs less CPU a query (of ~250) in the serving
    process, the bottleneck on small graphs (docs/benchmarks.md)."""

    sparql: ASGIApp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == "/sparql":
            await self.sparql(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def _announced(store: Path, url: str) -> APIRouter:
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        with announcing(store, url):
            yield

    return APIRouter(lifespan=lifespan)
