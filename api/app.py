"""create_app(settings) → FastAPI. Routes parse input, call one ``kg`` function, serialise."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from kg import __version__
from kg.settings import Settings
from kg.store import open_store

from . import articles, explore, sparql
from .context import AppContext
from .errors import install_error_handlers


def create_app(settings: Settings | None = None, *, store=None) -> FastAPI:
    settings = settings or Settings()
    ctx = AppContext(
        settings=settings, store=store if store is not None else open_store(settings.store)
    )
    app = FastAPI(
        title="GeoKG",
        version=__version__,
        description="Knowledge graph of geopolitical news: SPARQL 1.1, entities, "
        "neighbourhoods, paths and an interactive graph page.",
    )
    app.state.ctx = ctx
    install_error_handlers(app)
    # GET/POST /sparql skip FastAPI's router and dependency solving (~0.15 ms CPU a request,
    # docs/decisions/0003); added first, so it is the innermost middleware: GZip and CORS wrap
    # it exactly as they wrap the routes, which stay for the OpenAPI schema.
    endpoint = sparql.SparqlEndpoint(ctx)
    app.add_middleware(sparql.SparqlFastPath, endpoint=endpoint)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if settings.cors_origins:  # embedding from other sites: an explicit allow-list only
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=["X-Result-Rows", "X-Result-Limit", "X-Result-Truncated"],
        )

    @app.get("/health", tags=["meta"])
    def health() -> dict:
        return {
            "status": "ok",
            "version": __version__,
            "quads": len(ctx.store),
            "articles": len(ctx.store.article_iris()),
        }

    app.include_router(sparql.router(ctx, endpoint))
    app.include_router(articles.router(ctx))
    app.include_router(explore.router(ctx))
    return app
