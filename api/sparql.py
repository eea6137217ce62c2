"""GET/POST /sparql (SPARQL 1.1 Protocol) and the query page at / — a thin adapter.

Protocol rules live in :mod:`kg.sparql`, evaluation (worker processes, the timeout) in
:mod:`kg.executor`; this module reads the HTTP request, calls them, and writes the response.
"""

from __future__ import annotations

import atexit
import re
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import Graph
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from kg import sparql as protocol
from kg.errors import KGError
from kg.executor import QueryExecutor, QueryJob
from kg.sparql import HTML, BodyTooLarge, Format, Unauthorized

from .context import AppContext
from .errors import error_response
from .sparql_page import render_page

_IRI_SAFE = re.compile(r"^https?://[^\s<>\"{}|^`\\]+$")
_SD_FORMATS = [protocol.BY_KEY[k] for k in ("turtle", "ntriples", "rdfxml", "jsonld")]
_RDFLIB_NAMES = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld"}

_GET_DOC = """SPARQL 1.1 query by GET (`query=`), or, without a query, the service description
(Turtle; other RDF formats by `Accept`) — and the query page for browsers.
Results by content negotiation (`Accept`) or `format=`: SELECT/ASK as JSON, XML, CSV, TSV;
CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads. The default graph is
the union of all graphs. Headers `X-Result-Rows`, `X-Result-Limit` and `X-Result-Truncated`
report the row cap; 503 when the query runs past the timeout."""

_POST_DOC = """SPARQL 1.1 query or update by POST: a form (`query=` or `update=`), or the text
itself as `application/sparql-query` / `application/sparql-update`. Updates need
`Authorization: Bearer <KG_API_TOKEN>` (401 without, 403 with a wrong one or none configured);
`LOAD` is refused and `SERVICE` only reaches allow-listed endpoints."""

_GRAPH_PARAMS = {
    "type": "array",
    "items": {"type": "string"},
}
_GET_PARAMS = {
    "parameters": [
        {
            "name": "query",
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": "the SPARQL query; without it: the service description",
        },
        {"name": "default-graph-uri", "in": "query", "required": False, "schema": _GRAPH_PARAMS},
        {"name": "named-graph-uri", "in": "query", "required": False, "schema": _GRAPH_PARAMS},
        {
            "name": "format",
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": "json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml, trig, nquads "
            "(overrides Accept)",
        },
    ],
    "responses": {"200": {"description": "results, service description, or the query page"}},
}
_POST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            protocol.FORM: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        "update": {"type": "string"},
                        "default-graph-uri": _GRAPH_PARAMS,
                        "named-graph-uri": _GRAPH_PARAMS,
                        "using-graph-uri": _GRAPH_PARAMS,
                        "using-named-graph-uri": _GRAPH_PARAMS,
                    },
                }
            },
            protocol.QUERY_TYPE: {"schema": {"type": "string"}},
            protocol.UPDATE_TYPE: {"schema": {"type": "string"}},
        },
    },
    "responses": {
        "200": {"description": "query results"},
        "204": {"description": "update applied"},
    },
}


def _endpoint(request: Request) -> str:
    url = f"{request.url.scheme}://{request.url.netloc}/sparql"
    return url if _IRI_SAFE.match(url) else "http://localhost/sparql"


async def _read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise BodyTooLarge(
            f"the request body is {length} bytes; the limit is {limit}",
            detail="send a shorter query, or raise KG_MAX_BODY_BYTES",
        )
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(
                f"the request body is over the limit of {limit} bytes",
                detail="send a shorter query, or raise KG_MAX_BODY_BYTES",
            )
        chunks.append(chunk)
    return b"".join(chunks)


class SparqlEndpoint:
    """The protocol handler behind ``/sparql``, shared by the FastAPI routes (which document
    it in the OpenAPI schema) and :class:`SparqlFastPath` (which serves the same requests
    without FastAPI's routing and dependency machinery). One code path answers both."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.settings = ctx.settings
        self.executor = QueryExecutor(
            ctx.store, workers=self.settings.query_workers, timeout=self.settings.query_timeout
        )
        atexit.register(self.executor.close)
        # per-request constants, computed once
        self._max_rows = str(self.settings.max_rows)
        self._allowlist = self.settings.service_allowlist
        self._results = protocol.formats_for("results")
        self._graphs = protocol.formats_for("graph")
        self._results_page = [*self._results, HTML]
        self._graphs_page = [*self._graphs, HTML]

    def page(self, request: Request, query: str = "") -> HTMLResponse:
        settings = self.settings
        nonce = secrets.token_urlsafe(16)
        html = render_page(
            query=query, nonce=nonce, max_rows=settings.max_rows, timeout=settings.query_timeout
        )
        csp = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
            "frame-ancestors 'self'"
        )
        return HTMLResponse(
            html,
            headers={
                "Content-Security-Policy": csp,
                "Vary": "Accept",
                "X-Content-Type-Options": "nosniff",
            },
        )

    def description(self, request: Request) -> Response:
        fmt = protocol.negotiate(request.headers.get("accept"), [*_SD_FORMATS, HTML])
        if fmt is HTML:
            return self.page(request)
        text = protocol.service_description(
            _endpoint(request),
            writable=bool(self.settings.api_token),
            federated=bool(self.settings.service_allowlist),
        )
        if fmt.key != "turtle":
            graph = Graph().parse(data=text, format="turtle")
            text = graph.serialize(format=_RDFLIB_NAMES[fmt.key])
        return Response(text, media_type=fmt.content_type, headers={"Vary": "Accept"})

    async def run_query(self, request: Request, op: protocol.Query) -> Response:
        shape, text = protocol.prepare_query(op, self._allowlist)
        graph = shape.returns_graph
        fmt: Format
        if op.format:
            fmt = protocol.format_param(op.format, "graph" if graph else "results")
        else:
            if request.method == "GET":
                candidates = self._graphs_page if graph else self._results_page
            else:
                candidates = self._graphs if graph else self._results
            fmt = protocol.negotiate(request.headers.get("accept"), candidates)
            if fmt is HTML:
                return self.page(request, op.text)
        job = QueryJob(
            query=text,
            results_format="json" if graph else fmt.key,
            graph_format=fmt.key if graph else "turtle",
            limit=self.settings.max_rows,
            default_graph=tuple(op.default_graphs),
            named_graphs=tuple(op.named_graphs),
            base_iri=_endpoint(request),
        )
        answer = await self.executor.arun(job)
        out = protocol.BY_KEY[answer.format]
        return Response(
            answer.body,
            media_type=out.content_type,
            headers={
                "Vary": "Accept",
                "X-Result-Rows": str(answer.rows),
                "X-Result-Limit": self._max_rows,
                "X-Result-Truncated": "true" if answer.truncated else "false",
            },
        )

    async def run_update(self, request: Request, op: protocol.Update) -> Response:
        settings = self.settings
        protocol.check_token(settings.api_token, request.headers.get("authorization"))
        text = protocol.check_update(op, settings.service_allowlist)
        base = _endpoint(request)
        ctx = self.ctx

        def apply() -> None:
            with ctx.write_lock:
                ctx.store.update(text, base_iri=base)

        await run_in_threadpool(apply)
        return Response(status_code=204)

    async def handle(self, request: Request) -> Response:
        """Answer a GET or POST to /sparql. Raises :class:`KGError` for the error handler."""
        try:
            if request.method == "POST":
                body = await _read_body(request, self.settings.max_body_bytes)
            else:
                body = b""
            op = protocol.parse_request(
                request.method,
                request.query_params.multi_items(),
                request.headers.get("content-type"),
                body,
            )
            if op is None:
                return self.description(request)
            if isinstance(op, protocol.Update):
                return await self.run_update(request, op)
            return await self.run_query(request, op)
        except Unauthorized as e:
            return error_response(e.status, e.code, str(e), {"WWW-Authenticate": "Bearer"})


def _route_path(scope: Scope) -> str:
    """The request path below ``root_path``, as Starlette's router matches it."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if not root or not path.startswith(root):
        return path
    if path == root:
        return ""
    return path[len(root) :] if path[len(root)] == "/" else path


class SparqlFastPath:
    """ASGI middleware answering ``GET``/``POST /sparql`` with :meth:`SparqlEndpoint.handle`
    directly, before FastAPI's router, dependency solving and exception middleware.

    Installed as the innermost user middleware, so GZip and CORS still wrap it exactly as
    they wrap the routes; everything else goes to the app. The FastAPI routes stay (the
    OpenAPI schema documents them, and a ``root_path`` or method mismatch still reaches
    them). Errors get the app's JSON shape: ``KGError`` → :func:`error_response`, as the
    handler in :mod:`api.errors` does; anything else propagates to the server-error
    middleware, as from a route.
    """

    def __init__(self, app: ASGIApp, endpoint: SparqlEndpoint) -> None:
        self.app = app
        self.endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "POST")
            or _route_path(scope) != "/sparql"
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await self.endpoint.handle(request)
        except KGError as exc:
            response = error_response(exc.status, exc.code, str(exc))
        await response(scope, receive, send)


def router(ctx: AppContext, endpoint: SparqlEndpoint | None = None) -> APIRouter:
    endpoint = endpoint or SparqlEndpoint(ctx)
    executor = endpoint.executor

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(executor.start)
        yield
        await run_in_threadpool(executor.close)

    r = APIRouter(lifespan=lifespan)

    # Parameters are read from the raw request (repeated `query=` is a protocol error, not
    # "last one wins"); they are declared for the OpenAPI schema only — and FastAPI's per-request
    # validation of declared parameters costs more than the rest of the request. With
    # SparqlFastPath installed (create_app) these routes are not reached for GET/POST /sparql.
    @r.get(
        "/sparql",
        tags=["sparql"],
        summary="SPARQL query (GET) or service description",
        description=_GET_DOC,
        response_class=Response,
        openapi_extra=_GET_PARAMS,
    )
    async def sparql_get(request: Request) -> Response:
        return await endpoint.handle(request)

    @r.post(
        "/sparql",
        tags=["sparql"],
        summary="SPARQL query or update (POST)",
        description=_POST_DOC,
        response_class=Response,
        openapi_extra=_POST_BODY,
    )
    async def sparql_post(request: Request) -> Response:
        return await endpoint.handle(request)

    @r.get("/", include_in_schema=False, response_class=HTMLResponse)
    async def landing(request: Request) -> HTMLResponse:
        return endpoint.page(request)

    return r
