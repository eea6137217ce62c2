"""A SPARQL protocol query request answered whole: parse, check, negotiate, evaluate, write.

The serving process hands a query worker (:mod:`kg.executor`) the request as it came over
HTTP — method, raw query string, a few headers, body — and gets back the status, headers and
body to send. Everything that costs CPU per query runs in the worker, once: the protocol
parse, the safety rules, content negotiation, evaluation, serialisation and gzip. The serving
process only moves bytes, which is what kept it from keeping up (docs/decisions/0003).

What is not a query — an update, the service description, the HTML query page — is answered
by the app (:func:`answer` returns None): those need the read-write store or the page.
"""

from __future__ import annotations

import gzip
import json
from typing import NamedTuple

from . import sparql as protocol
from .errors import KGError, ServiceBusy
from .gate import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, Limits
from .sparql import HTML, Query
from .store import OxigraphStore, query_limit

GZIP_MIN_BYTES = 1024  # as the app's GZipMiddleware
GZIP_LEVEL = 6

_RESULTS = protocol.formats_for("results")
_GRAPHS = protocol.formats_for("graph")
_RESULTS_PAGE = [*_RESULTS, HTML]
_GRAPHS_PAGE = [*_GRAPHS, HTML]
_JSON = b"application/json"


class RequestJob(NamedTuple):
    """A ``GET``/``POST /sparql`` request, as read off the wire. (Named tuples: they cross
    the pipe to the worker as plain tuples, 5x cheaper to pickle than dataclasses.)"""

    method: str
    query_string: str  # percent-encoded, as in the URL
    content_type: str | None
    accept: str | None
    body: bytes
    base_iri: str
    limit: int  # the row cap
    allowlist: tuple[str, ...] = ()  # SERVICE endpoints that may be called
    # Content coding, as the app's GZipMiddleware does it: None leaves it to the app; True
    # compresses a body of GZIP_MIN_BYTES or more, False does not (the client takes no gzip).
    gzip: bool | None = None
    max_depth: int = DEFAULT_MAX_DEPTH  # the safety gate's limits (kg.gate)
    max_bytes: int = DEFAULT_MAX_BYTES


class Reply(NamedTuple):
    status: int
    headers: list[tuple[bytes, bytes]]  # as ASGI sends them, content-length included
    body: bytes


def error_body(code: str, detail: str) -> bytes:
    """The one JSON error shape of the service: ``{"error": code, "detail": message}``."""
    doc = {"error": code, "detail": detail}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def error_reply(error: KGError, *, gzip_ok: bool | None = None) -> Reply:
    body = error_body(error.code, str(error))
    headers = [(b"content-type", _JSON)]
    if isinstance(error, ServiceBusy):
        headers.append((b"retry-after", str(error.retry_after).encode()))
    return _reply(error.status, headers, body, gzip_ok)


def add_vary(headers: list[tuple[bytes, bytes]], name: bytes) -> None:
    """Add ``name`` to the ``Vary`` header (in place), as Starlette's middleware do."""
    for i, (key, value) in enumerate(headers):
        if key == b"vary":
            headers[i] = (key, value + b", " + name)
            return
    headers.append((b"vary", name))


def _reply(
    status: int, headers: list[tuple[bytes, bytes]], body: bytes, gzip_ok: bool | None
) -> Reply:
    """Content coding as the app's GZipMiddleware does it, and the content length."""
    if gzip_ok is not None and len(body) >= GZIP_MIN_BYTES:
        add_vary(headers, b"Accept-Encoding")
        if gzip_ok:
            body = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    return Reply(status, headers, body)


def answer(store: OxigraphStore, job: RequestJob) -> Reply | None:
    """The reply to a query request; None when the app must answer (not a query, or a
    browser asking for the query page). Errors become their JSON reply, never an exception."""
    try:
        op = read_request(job)
    except KGError as e:
        return error_reply(e, gzip_ok=job.gzip)
    if not isinstance(op, Query):
        return None
    return answer_query(store, job, op)


def read_request(job: RequestJob) -> protocol.Operation:
    """The operation a request carries (:class:`KGError` if it is not a valid one)."""
    return protocol.parse_request(
        job.method, protocol.parse_pairs(job.query_string), job.content_type, job.body
    )


def answer_query(store: OxigraphStore, job: RequestJob, op: Query) -> Reply | None:
    """:func:`answer` for the query ``op`` read from ``job``."""
    try:
        return _run(store, job, op)
    except KGError as e:
        return error_reply(e, gzip_ok=job.gzip)


def _run(store: OxigraphStore, job: RequestJob, op: Query) -> Reply | None:
    checked = protocol.prepare(op, Limits(job.max_depth, job.max_bytes, job.allowlist))
    text, graph = checked.text, checked.shape.returns_graph
    if op.format:
        fmt = protocol.format_param(op.format, "graph" if graph else "results")
    else:
        if job.method == "GET":
            candidates = _GRAPHS_PAGE if graph else _RESULTS_PAGE
        else:
            candidates = _GRAPHS if graph else _RESULTS
        fmt = protocol.negotiate(job.accept, candidates)
        if fmt is HTML:
            return None
    result = store.query(
        checked,
        default_graph=op.default_graphs or None,
        named_graphs=op.named_graphs or None,
        base_iri=job.base_iri,
    )
    if (result.kind == "graph") != graph:  # the engine disagrees with our reading of it
        fmt = protocol.BY_KEY["turtle" if result.kind == "graph" else "json"]
    body, rows, truncated = result.write(fmt.key, job.limit, None, query_limit(text))
    headers = [
        (b"content-type", fmt.content_type.encode()),
        (b"vary", b"Accept"),
        (b"x-result-rows", str(rows).encode()),
        (b"x-result-limit", str(job.limit).encode()),
        (b"x-result-truncated", b"true" if truncated else b"false"),
    ]
    return _reply(200, headers, body, job.gzip)
