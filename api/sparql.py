"""GET/POST /sparql (SPARQL 1.1 Protocol) and the query page at / — a thin adapter.

A query request is handed whole to a query worker, which answers it (:mod:`kg.sparql.jobs`:
protocol rules from :mod:`kg.sparql.protocol`, the timeout in :mod:`kg.sparql.execute`); this
module reads the request off the wire, writes the worker's reply back, and answers itself what
is not a query: updates, the service description and the query page.
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
from starlette.types import Receive, Scope, Send

from kg.errors import KGError
from kg.sparql import protocol
from kg.sparql.execute import QueryExecutor
from kg.sparql.jobs import QueryAnswer, RequestJob
from kg.sparql.protocol import HTML, BodyTooLarge, Unauthorized
from kg.sparql.safety import Limits

from .context import AppContext
from .errors import error_response, kg_error_response
from .sparql_page import render_page

_IRI_SAFE = re.compile(r"^https?://[^\s<>\"{}|^`\\]+$")
_SD_FORMATS = [protocol.BY_KEY[k] for k in ("turtle", "ntriples", "rdfxml", "jsonld")]
_RDFLIB_NAMES = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld"}

_GET_DOC = """SPARQL 1.1 query by GET (`query=`), or, without a query, the service description
(Turtle; other RDF formats by `Accept`) — and the query page for browsers.
Results by content negotiation (`Accept`) or `format=`: SELECT/ASK as JSON, XML, CSV, TSV;
CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads. The default graph is
the union of all graphs. Headers `X-Result-Rows`, `X-Result-Limit` and `X-Result-Truncated`
report the row cap; 503 when the query runs past the timeout. `SERVICE` only reaches
allow-listed endpoints; a query nesting brackets more than `KG_QUERY_MAX_DEPTH` deep (64) or
longer than `KG_QUERY_MAX_BYTES` is refused with 400."""

_POST_DOC = """SPARQL 1.1 query or update by POST: a form (`query=` or `update=`), or the text
itself as `application/sparql-query` / `application/sparql-update`. Updates need
`Authorization: Bearer <KG_API_TOKEN>` (401 without, 403 with a wrong one or none configured);
`LOAD` is refused and `SERVICE` only reaches allow-listed endpoints. A query or update that
nests brackets more than `KG_QUERY_MAX_DEPTH` deep (64) or is longer than `KG_QUERY_MAX_BYTES`
is refused with 400, before it is parsed."""

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
    return _base_iri(request.scope, request.headers.get("host"))


class SparqlEndpoint:
    """The protocol handler behind ``/sparql``, and an ASGI app that answers it: the app
    (:func:`geokg_api.app.create_app`) puts it behind its middleware, not behind FastAPI's router
    and exception handlers (see :class:`geokg_api.app._App`)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.settings = ctx.settings
        self.executor = QueryExecutor(
            ctx.store,
            workers=self.settings.query_workers,
            timeout=self.settings.query_timeout,
            memory_quads=self.settings.query_memory_quads,
            threads=self.settings.query_threads,
            worker_nice=self.settings.query_worker_nice,
            reserve_timeout=self.settings.query_reserve_timeout,
        )
        atexit.register(self.executor.close)
        # per-request constants, computed once
        self._allowlist = tuple(self.settings.service_allowlist)

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

    async def run_update(self, request: Request, op: protocol.Update) -> Response:
        settings = self.settings
        protocol.check_token(settings.api_token, request.headers.get("authorization"))
        text = protocol.check_update(op, Limits.of(settings))
        base = _endpoint(request)
        ctx = self.ctx

        def apply() -> None:
            with ctx.write_lock:
                ctx.store.update(text, base_iri=base)

        await run_in_threadpool(apply)
        return Response(status_code=204)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in ("GET", "POST"):  # (HEAD is a GET by then: api.edge)
            response: Response = error_response(
                405, "method_not_allowed", "Method Not Allowed", {"Allow": "GET, HEAD, POST"}
            )
        else:
            try:
                response = await self.handle(Request(scope, receive))
            except KGError as e:
                response = kg_error_response(e)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        """Answer a GET or POST to /sparql. Queries go to a worker whole
        (:mod:`kg.sparql.jobs`); the rest is answered here. Raises :class:`KGError`."""
        body = b""
        if request.method == "POST":
            body = await _read_asgi_body(
                request.receive, request.scope, self.settings.max_body_bytes
            )
        query_string = request.scope["query_string"].decode("latin-1")
        content_type = request.headers.get("content-type")
        if _is_query(request.method, query_string, content_type, body):
            answer = await self.executor.respond(
                RequestJob(
                    request.method,
                    query_string,
                    content_type,
                    request.headers.get("accept"),
                    body,
                    _endpoint(request),
                    self.settings.max_rows,
                    self._allowlist,
                    max_depth=self.settings.query_max_depth,
                    max_bytes=self.settings.query_max_bytes,
                )
            )
            if answer is not None:
                return self.results(answer)
        return await self.answer_here(request, query_string, content_type, body)

    def results(self, answer: QueryAnswer) -> Response:
        """A query's answer as the response: its format's media type, and the row cap's
        figures in ``X-Result-*`` headers."""
        return Response(
            answer.body,
            media_type=protocol.BY_KEY[answer.format].content_type,
            headers={
                "Vary": "Accept",
                "X-Result-Rows": str(answer.rows),
                "X-Result-Limit": str(self.settings.max_rows),
                "X-Result-Truncated": "true" if answer.truncated else "false",
            },
        )

    async def answer_here(
        self, request: Request, query_string: str, content_type: str | None, body: bytes
    ) -> Response:
        """What is not answered by a worker: the service description, updates, the page."""
        try:
            op = protocol.parse_request(
                request.method, protocol.parse_pairs(query_string), content_type, body
            )
            if op is None:
                return self.description(request)
            if isinstance(op, protocol.Update):
                return await self.run_update(request, op)
            return self.page(request, op.text)  # a query whose answer is the query page
        except Unauthorized as e:
            return error_response(e.status, e.code, str(e), {"WWW-Authenticate": "Bearer"})


def _is_query(method: str, query_string: str, content_type: str | None, body: bytes) -> bool:
    """Whether a request is for a worker: it carries ``query=`` (or is a POST of a type only a
    query, or an error, can have). A wrong guess costs a round trip, never a wrong answer:
    the worker returns what is not a query to the app."""
    if method == "GET":
        return query_string.startswith("query=") or "&query=" in query_string
    media = (content_type or "").partition(";")[0].strip().lower()
    if media == protocol.UPDATE_TYPE:
        return False
    if media == protocol.FORM:
        has_query = body.startswith(b"query=") or b"&query=" in body
        has_update = body.startswith(b"update=") or b"&update=" in body
        return has_query or not has_update
    return True  # a query, or a content type the worker refuses (415)


async def _read_asgi_body(receive: Receive, scope: Scope, limit: int) -> bytes:
    for name, value in scope["headers"]:
        if name == b"content-length" and value.isdigit() and int(value) > limit:
            raise BodyTooLarge(
                f"the request body is {value.decode()} bytes; the limit is {limit}",
                detail="send a shorter query, or raise KG_MAX_BODY_BYTES",
            )
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(
                f"the request body is over the limit of {limit} bytes",
                detail="send a shorter query, or raise KG_MAX_BODY_BYTES",
            )
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _base_iri(scope: Scope, host: str | None) -> str:
    """The endpoint's own URL, as Starlette's ``request.url`` builds it."""
    scheme = scope.get("scheme", "http")
    if host is None:
        server = scope.get("server")
        if server is None:
            return "http://localhost/sparql"
        name, port = server
        default = {"http": 80, "https": 443}.get(scheme)
        host = name if port == default else f"{name}:{port}"
    url = f"{scheme}://{host}/sparql"
    return url if _IRI_SAFE.match(url) else "http://localhost/sparql"


def router(ctx: AppContext, endpoint: SparqlEndpoint | None = None) -> APIRouter:
    endpoint = endpoint or SparqlEndpoint(ctx)
    executor = endpoint.executor

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(executor.start)
        yield
        await run_in_threadpool(executor.close)

    r = APIRouter(lifespan=lifespan)
    # The app hands /sparql to the endpoint before its router (geokg_api.app); these routes document
    # it in the OpenAPI schema, and answer it where the app is mounted under a prefix.

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
