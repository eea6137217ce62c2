"""A SPARQL 1.1 server as the store (Oxigraph server, Virtuoso, Fuseki, GraphDB …), over HTTP.

Queries go to the query URL by the SPARQL 1.1 Protocol, updates to the update URL; answers
come back as SPARQL JSON results or N-Triples and are read by the engine's parsers, so a
:class:`~kg.store.results.QueryResult` from the server is written out exactly as one from
the embedded store. The layout and the updates are those of :mod:`kg.store.layout`: an
article is replaced by one update request (the Oxigraph server applies it in one transaction;
Virtuoso all-or-nothing when it compiles, see docs/decisions/0009-remote-store.md).

A query that names no dataset asks for the union of all graphs, as the embedded store
answers it: the request carries ``union-default-graph`` (Oxigraph's switch; servers whose
default graph already is the union, as Virtuoso's, ignore it). Bound IRIs (``iris=``) become
a ``VALUES`` block of engine-checked terms at the top of the ``WHERE`` group. The
credentials (:class:`Endpoint`) go into the HTTP client only: no message names them.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import httpx
import pyoxigraph as ox

from ..errors import InputError, QueryError, QueryTimeout, StoreError
from ..namespaces import GKD, PREFIXES
from ..sparql import safety
from ..sparql.safety import Checked, Limits
from ..sparql.syntax import tokens
from .layout import ArticleStore, by_graph, read_dump
from .results import QueryResult
from .terms import DATASET_FORMATS, RDF_FORMATS, iri_term, py_value

if TYPE_CHECKING:
    from ..settings import Settings

_RESULTS = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
# by query form (Virtuoso answers a CONSTRUCT as a table when the table comes first)
_ACCEPT = {
    "graph": _NTRIPLES,  # Virtuoso's Turtle writes 1.0 as 1, an integer
    "table": f"{_RESULTS}, application/sparql-results+xml;q=0.5",
    None: f"{_RESULTS}, {_NTRIPLES};q=0.9",
}
# Virtuoso's answer to ASK in JSON: a table of this variable, a row when true, none when false
_ASK_VAR = ox.Variable("__ASK_RETVAL")
_JSON = ox.QueryResultsFormat.JSON
_PAGE = 5000  # quads read per request when reading them all (servers cut long answers)
_CONNECT_SECONDS = 5.0
_WRITE_SECONDS = 120.0  # at least this long for an update, a dump or an export
_SHOWN_BYTES = 300  # of a server's error message
# every quad: the default graph's own (not the union) and each named graph's
_EVERY_QUAD = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"


def is_url(location: object) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoint:
    """How to reach a SPARQL server besides its query URL (from :class:`Settings`)."""

    update_url: str | None = None
    graph_store_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a traceback
    auth: str = "basic"  # or "digest"
    timeout: float = 10.0  # seconds a query may take
    default_graph: str | None = None  # ArticleStore.default_graph

    @classmethod
    def of(cls, settings: Settings) -> Endpoint:
        password = settings.store_password
        return cls(
            settings.update_url,
            settings.graph_store_url,
            settings.store_user or None,
            password.get_secret_value() if password is not None else None,
            settings.store_auth,
            settings.query_timeout,
            settings.store_default_graph,
        )


def _checked_url(url: str, what: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"the {what} is not an http(s) URL",
            detail="give http://HOST:PORT/PATH (e.g. http://127.0.0.1:7878/query)",
        )
    if parts.username or parts.password:
        raise InputError(
            f"the {what} holds credentials",
            detail="give them in KG_STORE_USER and KG_STORE_PASSWORD instead",
        )
    return url


class _Triples:
    """A graph answer read from the server, as the engine's own graph answers are used."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        self.triples = triples

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self.triples)

    def serialize(self, output: IO[bytes] | None = None, format: Any = None) -> bytes | None:
        pfx = PREFIXES if format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return ox.serialize(self.triples, output, format=format, prefixes=pfx)


def _declared(toks: list[Any]) -> set[str]:
    return {
        toks[i + 1].text.rstrip(":")
        for i, t in enumerate(toks[:-1])
        if t.keyword == "PREFIX" and toks[i + 1].kind == "pname"
    }


def with_prologue(text: str, base_iri: str | None, toks: list[Any] | None = None) -> str:
    """``text`` with the PREFIX declarations of the embedded store's defaults that it does
    not make itself, and ``BASE``: the server knows neither. One line before the text (the
    server's error positions are one line further down)."""
    declared = _declared(tokens(text) if toks is None else toks)
    words = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    if base_iri is not None:
        words.insert(0, f"BASE {iri_term(base_iri)}")
    return " ".join(words) + "\n" + text if words else text


def with_values(text: str, iris: Mapping[str, str], toks: list[Any]) -> str:
    """``text`` with ``VALUES`` binding each variable of ``iris`` to its IRI, first in the
    query's ``WHERE`` group (where the engine would substitute them)."""
    try:
        names = " ".join(str(ox.Variable(k)) for k in iris)
        terms = " ".join(str(ox.NamedNode(v)) for v in iris.values())
    except ValueError as e:
        raise InputError(f"not an IRI: {e}") from e
    opening = None
    for i, t in enumerate(toks):
        if t.text == "{" and t.depth == 0 and (i > 0 and toks[i - 1].keyword == "WHERE"):
            opening = t
            break
    if opening is None:  # SELECT and ASK may leave out WHERE: their first group
        opening = next((t for t in toks if t.text == "{" and t.depth == 0), None)
        if opening is None or not any(t.keyword in ("SELECT", "ASK") for t in toks):
            raise InputError("bound IRIs need a query with a WHERE group")
    at = opening.end
    return f"{text[:at]} VALUES ({names}) {{ ({terms}) }} {text[at:]}"


class RemoteStore(ArticleStore):
    """The store on a SPARQL 1.1 server: ``query_url`` for queries, the endpoint's update
    URL (default: the same) for updates, its Graph Store Protocol URL, if given, to load
    dumps graph by graph."""

    def __init__(
        self, query_url: str, endpoint: Endpoint | None = None, *, limits: Limits | None = None
    ) -> None:
        super().__init__(limits)
        endpoint = endpoint or Endpoint()
        self.url = _checked_url(query_url, "store URL")
        self.update_url = _checked_url(endpoint.update_url or query_url, "update URL")
        self.graph_store_url = (
            _checked_url(endpoint.graph_store_url, "Graph Store URL")
            if endpoint.graph_store_url
            else None
        )
        self.timeout = endpoint.timeout
        if endpoint.default_graph is not None:
            self.default_graph = iri_term(endpoint.default_graph)[1:-1]
        auth: httpx.Auth | None = None
        if endpoint.user is not None:
            if endpoint.auth == "digest":
                auth = httpx.DigestAuth(endpoint.user, endpoint.password or "")
            else:
                auth = httpx.BasicAuth(endpoint.user, endpoint.password or "")
        self._client = httpx.Client(
            auth=auth,
            timeout=httpx.Timeout(endpoint.timeout, connect=_CONNECT_SECONDS),
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment between us and the store
        )

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # -- HTTP ------------------------------------------------------------------------------
    def _send(
        self, method: str, url: str, what: str, *, timeout: float | None = None, **kwargs: Any
    ) -> httpx.Response:
        """One request; a :class:`KGError` saying what failed, where, and what to do when
        the server cannot be reached or answers an error."""
        seconds = timeout or self.timeout
        try:
            reply = self._client.request(
                method,
                url,
                timeout=httpx.Timeout(seconds, connect=_CONNECT_SECONDS),
                **kwargs,
            )
        except httpx.TimeoutException as e:
            if isinstance(e, httpx.ConnectTimeout):
                raise self._unreachable(url, "timed out connecting") from None
            raise QueryTimeout(
                f"the SPARQL server at {url} did not answer the {what} within {seconds:g} s",
                detail="make it more selective, or raise KG_QUERY_TIMEOUT",
            ) from None
        except httpx.HTTPError as e:
            raise self._unreachable(url, " ".join(str(e).split()) or type(e).__name__) from None
        if reply.status_code < 300:
            return reply
        message = " ".join(reply.text[:_SHOWN_BYTES].split()) or reply.reason_phrase
        status = reply.status_code
        if status in (401, 403):
            raise StoreError(
                f"the SPARQL server at {url} refused the {what} ({status}: {message})",
                detail="give credentials that may "
                + ("write" if what in ("update", "graph load") else "read")
                + " in KG_STORE_USER and KG_STORE_PASSWORD (KG_STORE_AUTH=digest if it "
                "asks for digest)",
            )
        if status == 400 and what in ("query", "update"):
            raise QueryError(
                f"the SPARQL server at {url} refused the {what} ({status}): {message}",
                detail=f"fix the {what}",
            )
        raise StoreError(
            f"the SPARQL server at {url} failed the {what} ({status}): {message}",
            detail="see the server's log; is this its SPARQL "
            + ("update" if what == "update" else "query")
            + " URL?",
        )

    @staticmethod
    def _unreachable(url: str, why: str) -> StoreError:
        return StoreError(
            f"cannot reach the SPARQL server at {url}: {why}",
            detail="is it running, and is the URL right (--store, --update-url or KG_STORE)?",
        )

    # -- reading ---------------------------------------------------------------------------
    def query(
        self,
        sparql: str | Checked,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        iris: Mapping[str, str] | None = None,
    ) -> QueryResult:
        checked = sparql if isinstance(sparql, Checked) else safety.check_query(sparql, self.limits)
        toks = tokens(checked.text)
        text = with_values(checked.text, iris, toks) if iris else checked.text
        form: list[tuple[str, str]] = [("query", with_prologue(text, base_iri, toks))]
        try:
            form += [("default-graph-uri", iri_term(g)[1:-1]) for g in default_graph or ()]
            form += [("named-graph-uri", iri_term(g)[1:-1]) for g in named_graphs or ()]
        except InputError as e:
            raise QueryError(
                f"a dataset graph is not a valid IRI: {e}", detail="give absolute IRIs"
            ) from e
        union = not default_graph and not named_graphs and not checked.shape.has_dataset
        shape = checked.shape
        answer = "graph" if shape.returns_graph else "table" if shape.form else None
        return self._ask(form, union=union, answer=answer, ask=shape.form == "ASK")

    def _ask(
        self,
        form: list[tuple[str, str]],
        *,
        union: bool,
        answer: str | None = "table",
        ask: bool = False,
        timeout: float | None = None,
    ) -> QueryResult:
        if union:
            form = [*form, ("union-default-graph", "")]
        reply = self._send(
            "POST",
            self.url,
            "query",
            timeout=timeout,
            content=urllib.parse.urlencode(form).encode(),
            headers={
                "Accept": _ACCEPT[answer],
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        return _result(reply, self.url, ask)

    def has_article(self, article_iri: str) -> bool:
        result = self.query("ASK { GRAPH ?g { ?s ?p ?o } }", iris={"g": article_iri})
        return bool(result.raw)

    def article_iris(self) -> list[str]:
        """The articles' IRIs, sorted: the graphs that hold an article's content hash (read
        once after each write)."""
        if self._article_iris is None:
            rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g gk:contentHash ?h } }")
            self._article_iris = sorted(r["g"] for r in rows if r["g"].startswith(str(GKD)))
        return list(self._article_iris)

    def article_summaries(self, iris: list[str]) -> list[dict[str, Any]]:
        """``{iri, title, published, events}`` of each article in ``iris`` that is stored."""
        if not iris:
            return []
        values = " ".join(iri_term(i) for i in iris)
        rows = self.select(
            "SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?published) "
            "(COUNT(DISTINCT ?ev) AS ?events) WHERE { "
            f"VALUES ?a {{ {values} }} GRAPH ?a {{ ?a gk:contentHash ?h "
            "OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a dcterms:date ?d } "
            "OPTIONAL { ?ev gk:agent ?x } } } GROUP BY ?a"
        )
        found = {r["a"]: r for r in rows}
        return [
            {
                "iri": iri,
                "title": found[iri]["title"],
                "published": found[iri]["published"],
                "events": int(found[iri]["events"]),
            }
            for iri in iris
            if iri in found
        ]

    def _every_quad(self) -> str:
        """The pattern of GeoKG's quads on this server: with a stand-in for the default
        graph, that graph and the article graphs (a shared server holds graphs of others,
        Virtuoso graphs of its own); else the default graph's own quads and every graph's."""
        if self.default_graph is None:
            return _EVERY_QUAD
        return (
            f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g = {iri_term(self.default_graph)} || "
            f'STRSTARTS(STR(?g), "{GKD}"))'
        )

    def _all_quads(self) -> list[ox.Quad]:
        """Every quad (the stand-in graph's as the default graph's), read page by page in a
        fixed order (servers cut long answers: Virtuoso at ResultSetMaxRows)."""
        inner = f"SELECT ?s ?p ?o ?g WHERE {{ {self._every_quad()} }} ORDER BY ?g ?s ?p ?o"
        out: list[ox.Quad] = []
        while True:
            page = f"SELECT * WHERE {{ {{ {inner} }} }} LIMIT {_PAGE} OFFSET {len(out)}"
            result = self._ask(
                [("query", page)], union=False, timeout=max(self.timeout, _WRITE_SECONDS)
            )
            rows = list(result.raw)
            for r in rows:
                g = r["g"]
                if g is None or g.value == self.default_graph:
                    g = ox.DefaultGraph()
                out.append(ox.Quad(r["s"], r["p"], r["o"], g))  # type: ignore[arg-type]
            if len(rows) < _PAGE:
                return out

    def __len__(self) -> int:
        return self.quad_count()

    def quad_count(self) -> int:
        """The quads of the default graph and of every named graph."""
        text = f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._every_quad()} }}"
        result = self._ask([("query", text)], union=False)
        return int(py_value(next(iter(result.raw))["n"]))

    def quads(self) -> set[str]:
        """All quads as N-Quads lines (for comparing stores)."""
        return {str(q) for q in self._all_quads()}

    def export_to(self, fmt: str, out: IO[bytes]) -> None:
        if fmt not in RDF_FORMATS:
            raise InputError(
                f"unknown export format '{fmt}'", detail=f"use {', '.join(RDF_FORMATS)}"
            )
        pfx = PREFIXES if fmt in ("turtle", "trig") else None
        quads = self._all_quads()
        if fmt in DATASET_FORMATS:
            ox.serialize(quads, out, format=RDF_FORMATS[fmt], prefixes=pfx)
        else:  # the union of all graphs, each triple once
            triples = list(dict.fromkeys(q.triple for q in quads))
            ox.serialize(triples, out, format=RDF_FORMATS[fmt], prefixes=pfx)

    # -- writing ---------------------------------------------------------------------------
    def _apply(self, sparql: str, base_iri: str | None) -> None:
        self._send(
            "POST",
            self.update_url,
            "update",
            timeout=max(self.timeout, _WRITE_SECONDS),
            content=with_prologue(sparql, base_iri).encode(),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def restore(self, path: Any) -> list[str]:
        """Load an N-Quads/TriG dump. It is parsed whole before anything is sent: a dump that
        does not parse changes nothing. With a Graph Store URL, each graph is then replaced by
        one PUT of the engine's N-Triples (a dump of any size) and the default graph's
        statements are added by a POST; otherwise all goes in one update, as the embedded store
        does. A PUT is all-or-nothing on the Oxigraph server, not on every server: Virtuoso
        drops the old graph before it reads the body, so a PUT it fails part-way leaves that
        graph partly loaded (docs/stores.md). The load then stops with the server's error;
        loading the dump again replaces every graph whole."""
        if self.graph_store_url is None:
            return super().restore(path)
        default, named = by_graph(read_dump(path))
        try:
            for graph, lines in sorted(named.items()):
                self._load("PUT", {"graph": iri_term(graph)[1:-1]}, lines)
            if default and self.default_graph is not None:
                self._load("POST", {"graph": self.default_graph}, default)
            elif default:
                self._load("POST", {"default": ""}, default)
        finally:
            self._written(None)
        return sorted(named)

    def _load(self, method: str, params: dict[str, str], lines: list[str]) -> None:
        assert self.graph_store_url is not None
        self._send(
            method,
            self.graph_store_url,
            "graph load",
            timeout=max(self.timeout, _WRITE_SECONDS),
            params=params,
            content=("\n".join(lines) + "\n").encode(),
            headers={"Content-Type": "application/n-triples"},
        )

    def flush(self) -> None:
        """Nothing to do: the server has applied each write when it answered."""

    def close(self) -> None:
        self._client.close()


_BOOLEAN = b"http://www.w3.org/2001/XMLSchema#boolean"
_CANONICAL = {"1": "true", "0": "false"}


def _canonical_booleans(body: bytes, kind: str) -> bytes:
    """Booleans written ``1``/``0`` (Virtuoso's way) as ``true``/``false``, the forms GeoKG
    writes and compares: the same term as the embedded store gives."""
    if kind in (_RESULTS, "application/json"):
        doc = json.loads(body)
        for row in doc.get("results", {}).get("bindings", ()):
            for term in row.values():
                if term.get("datatype") == _BOOLEAN.decode() and term["value"] in _CANONICAL:
                    term["value"] = _CANONICAL[term["value"]]
        return json.dumps(doc).encode()
    for short, long in _CANONICAL.items():
        written = b'"%s"^^<%s>' % (short.encode(), _BOOLEAN)
        body = body.replace(written, b'"%s"^^<%s>' % (long.encode(), _BOOLEAN))
    return body


def _result(reply: httpx.Response, url: str, ask: bool = False) -> QueryResult:
    """The server's answer as the engine's objects (parsed by the engine). ``ask``: the
    query is an ASK (Virtuoso answers it with a table)."""
    cut = reply.headers.get("x-sparql-maxrows")
    if cut is not None:
        raise StoreError(
            f"the SPARQL server at {url} cut its answer at {cut} rows",
            detail="raise its limit (Virtuoso: ResultSetMaxRows in the [SPARQL] section of "
            "virtuoso.ini), or ask for less (LIMIT)",
        )
    kind = reply.headers.get("content-type", "").split(";")[0].strip().lower()
    body = reply.content
    if _BOOLEAN in body:
        body = _canonical_booleans(body, kind)
    try:
        if kind in (_RESULTS, "application/json", "application/sparql-results+xml"):
            fmt = ox.QueryResultsFormat.XML if kind.endswith("xml") else ox.QueryResultsFormat.JSON
            raw = ox.parse_query_results(body, format=fmt)
            if ask and isinstance(raw, ox.QuerySolutions) and raw.variables == [_ASK_VAR]:
                truth = b"true" if any(True for _ in raw) else b"false"
                raw = ox.parse_query_results(b'{"boolean":' + truth + b"}", format=_JSON)
            if isinstance(raw, ox.QueryBoolean):
                return QueryResult("boolean", raw, [])
            return QueryResult(
                "solutions",
                raw,
                [v.value for v in raw.variables],
                lambda: ox.parse_query_results(body, format=fmt),
            )
        rdf = ox.RdfFormat.from_media_type(kind)
        if rdf is None:
            raise StoreError(
                f"the SPARQL server at {url} answered in {kind or 'no format'}",
                detail="is this a SPARQL query URL?",
            )
        triples = [q.triple for q in ox.parse(body, format=rdf)]
    except (SyntaxError, ValueError) as e:
        raise StoreError(
            f"the SPARQL server at {url} answered with a document that does not parse: {e}",
            detail="is this a SPARQL query URL?",
        ) from e
    return QueryResult("graph", _Triples(triples), [])
