"""The `kg` command: the library's commands (:mod:`kg.cli`) and the two that run this HTTP
service, `kg serve` and `kg up`. The library knows nothing of HTTP, so the service adds its
commands to the library's here, and this module is the console script."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli import GraphStoreOpt, StoreOpt, UpdateUrlOpt, app, err, main, settings_from, store_for
from kg.settings import Settings
from kg.store.announcement import client_url

if TYPE_CHECKING:
    import uvicorn

__all__ = ["main", "run"]

# Seconds requests in progress get to finish after SIGTERM or Ctrl-C (an ingest stops within
# a parse of kg.extract.nlp.PIECE_CHARS; past this, uvicorn cancels what is left)
SHUTDOWN_GRACE = 10


@app.command()
def serve(
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
    host: Annotated[str | None, typer.Option(help="Interface (KG_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (KG_PORT)")] = None,
) -> None:
    """Serve the HTTP API, the SPARQL endpoint and the graph page."""
    run(settings_from(store, update_url, graph_store_url, host=host, port=port))


@app.command()
def up(
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
    host: Annotated[str | None, typer.Option(help="Interface")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
) -> None:
    """Build seeds/ into the store if it is empty, then serve on http://127.0.0.1:8000."""
    from kg.extract.pipeline import Extractor
    from kg.ingest import build as run_build

    s = settings_from(store, update_url, graph_store_url, host=host, port=port)
    st = store_for(s, instead="it is already serving: open {url}")
    if len(st) == 0:
        err.print(f"store {s.store} is empty: building {s.seeds_dir} …")
        ex = Extractor.load(s.spacy_model)
        summary = run_build(
            st,
            [s.seeds_dir],
            lambda: ex,
            ontology_dir=s.ontology_dir,
            max_bytes=s.max_article_bytes,
        )
        err.print(f"added {summary.added} articles, {summary.statements} statements")
    st.close()
    del st
    run(s)


def run(s: Settings) -> None:
    """Serve the app on ``s.host``:``s.port`` until SIGTERM or Ctrl-C."""
    # imported here: every other command (and each build worker, which imports the console
    # script again) starts without the web stack
    import uvicorn

    from .access import AccessLog
    from .app import create_app

    url = client_url(s.host, s.port)
    app_ = create_app(s, url=url)  # announced beside the store while it runs
    err.print(f"GeoKG serving {s.store} on {url}  (docs at /docs)")
    # loop/http "auto" already pick uvloop and httptools when installed (the fastest here:
    # h11 costs ~2x the CPU per request); our access log (api.access) unless
    # KG_ACCESS_LOG=false, not uvicorn's; no "server: uvicorn" header (it names the software
    # to anyone, and costs clients a header)
    access = AccessLog(app_) if s.access_log else None
    config = uvicorn.Config(
        access or app_,
        host=s.host,
        port=s.port,
        log_level="info" if s.access_log else "warning",
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )
    _run_server(config, app_.state.ctx.stopping)


def _run_server(config: uvicorn.Config, stopping: threading.Event) -> None:
    """Run uvicorn's server; the first SIGTERM or Ctrl-C also sets ``stopping``, so an ingest
    in progress stops between sentences and stores nothing, and the server exits in seconds
    instead of waiting for a long article (uvicorn tells the app only once every request has
    finished)."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            stopping.set()
            super().handle_exit(sig, frame)

    Server(config).run()
