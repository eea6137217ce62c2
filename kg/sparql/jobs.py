"""The jobs a query worker (:mod:`kg.sparql.execute`) runs, and what it gives back.

- a :class:`QueryJob`: a query (from :meth:`kg.graph.KnowledgeGraph.sparql`, ``kg query``)
  with its result formats, :func:`evaluate`\\ d;
- a :class:`RequestJob`: a ``/sparql`` protocol request as read off the wire (method, query
  string, content type, ``Accept``, body), :func:`answer`\\ ed whole — parsed, checked,
  negotiated, evaluated, written — so that the serving process does none of it.

Both give a :class:`QueryAnswer` (the format key, the body, the row count); a
:class:`~kg.errors.KGError` is raised, not answered. HTTP (statuses, headers) is the app's
business (:mod:`api.sparql`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..store import Store, query_limit
from . import protocol
from .protocol import HTML, Query
from .safety import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, Checked, Limits

_RESULTS = protocol.formats_for("results")
_GRAPHS = protocol.formats_for("graph")
_RESULTS_PAGE = [*_RESULTS, HTML]
_GRAPHS_PAGE = [*_GRAPHS, HTML]


@dataclass(frozen=True)
class QueryJob:
    query: str | Checked  # a Checked query passed the caller's safety gate (safety.py)
    results_format: str  # for SELECT/ASK
    graph_format: str  # for CONSTRUCT/DESCRIBE
    limit: int
    default_graph: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None


class RequestJob(NamedTuple):
    """A ``GET``/``POST /sparql`` request, as read off the wire. (A named tuple: it crosses
    to the worker as a plain tuple, cheaper to pickle than a dataclass.)"""

    method: str
    query_string: str  # percent-encoded, as in the URL
    content_type: str | None
    accept: str | None
    body: bytes
    base_iri: str
    limit: int  # the row cap
    allowlist: tuple[str, ...] = ()  # SERVICE endpoints that may be called
    max_depth: int = DEFAULT_MAX_DEPTH  # the safety gate's limits (safety.py)
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class QueryAnswer:
    kind: str  # "solutions" | "boolean" | "graph"
    format: str  # a key of protocol.BY_KEY
    body: bytes
    rows: int
    truncated: bool


def evaluate(store: Store, job: QueryJob) -> QueryAnswer:
    """Run one query job against an open store (in a worker, or in-process)."""
    result = store.query(
        job.query,
        default_graph=list(job.default_graph) or None,
        named_graphs=list(job.named_graphs) or None,
        base_iri=job.base_iri,
    )
    fmt = job.graph_format if result.kind == "graph" else job.results_format
    body, rows, truncated = result.write(fmt, job.limit)
    return QueryAnswer(result.kind, fmt, body, rows, truncated)


def read_request(job: RequestJob) -> protocol.Operation:
    """The operation a request carries (:class:`KGError` if it is not a valid one)."""
    return protocol.parse_request(
        job.method, protocol.parse_pairs(job.query_string), job.content_type, job.body
    )


def answer(store: Store, job: RequestJob) -> QueryAnswer | None:
    """The answer to a query request; None when the app must answer it: not a query (an
    update, the service description) or a browser asking for the query page."""
    op = read_request(job)
    if not isinstance(op, Query):
        return None
    checked = protocol.prepare(op, Limits(job.max_depth, job.max_bytes, job.allowlist))
    graph = checked.shape.returns_graph
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
    body, rows, truncated = result.write(fmt.key, job.limit, None, query_limit(checked.text))
    return QueryAnswer(result.kind, fmt.key, body, rows, truncated)


def perform(store: Store, job: QueryJob | RequestJob) -> QueryAnswer | None:
    """What a worker does with a job: a query job is evaluated, a request job answered."""
    if isinstance(job, RequestJob):
        return answer(store, job)
    return evaluate(store, job)
