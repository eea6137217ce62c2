"""The store: the only module that knows the engine (pyoxigraph, RocksDB on disk).

Layout: one named graph per article (its IRI is the article's IRI) holding its events,
evidence, direct edges and mentions; entity descriptions in the default graph. Queries see
the union. Every write is one SPARQL Update request, which Oxigraph applies in one
transaction: an article is in the store completely or not at all, also after ``kill -9``.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RLiteral

from .announcement import announced
from .errors import InputError, QueryError, StoreError, StoreLocked
from .namespaces import GK, GKD, PREFIXES
from .sparql import safety
from .sparql.safety import Checked, Limits

RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
DATASET_FORMATS = ("nquads", "trig")
_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
_AGENT = ox.NamedNode(str(GK.agent))  # every event has one; no other statement has it


def reserialize(data: bytes, source: str, target: str) -> bytes:
    """RDF in the format ``source`` written again in ``target`` (the engine's writer, as
    :meth:`QueryResult.serialize` uses it)."""
    try:
        items = list(ox.parse(data, format=RDF_FORMATS[source]))
    except (SyntaxError, ValueError) as e:
        raise InputError(f"not valid {source}: {e}") from e
    if source not in DATASET_FORMATS:
        items = [q.triple for q in items]
    pfx = PREFIXES if target in ("turtle", "trig") else None
    return ox.serialize(items, format=RDF_FORMATS[target], prefixes=pfx) or b""


def iri_term(value: str) -> str:
    """``<value>`` as SPARQL text, validated and escaped by the engine (``InputError`` if
    ``value`` is not an IRI): how an IRI read from anywhere goes into a query."""
    try:
        return str(ox.NamedNode(value))
    except (TypeError, ValueError) as e:
        raise InputError(f"{value[:80]!r} is not an IRI: {e}") from e


def _one_line(error: Exception) -> str:
    """The engine's message on one line (it lists expected tokens over several)."""
    return " ".join(str(error).split())


def to_ox(term: Any) -> Any:
    """rdflib term → pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, RLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def py_value(term: Any) -> Any:
    """pyoxigraph term → a plain Python value (IRI or lexical form)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return term.value
    return term.value if hasattr(term, "value") else str(term)


@dataclass
class QueryResult:
    """The answer to a query: solutions, a boolean, or triples (engine objects inside)."""

    kind: str  # "solutions" | "boolean" | "graph"
    raw: Any
    variables: list[str]
    again: Callable[[], Any] | None = None  # evaluates the query once more (a fresh ``raw``)

    def serialize(self, fmt: str) -> bytes:
        if self.kind == "graph":
            return self.raw.serialize(format=RDF_FORMATS[fmt])
        return self.raw.serialize(format=RESULT_FORMATS[fmt])

    def write(
        self, fmt: str, limit: int, max_bytes: int | None = None, rows_at_most: int | None = None
    ) -> tuple[bytes, int, bool]:
        """Serialise at most ``limit`` rows (solutions or triples) in ``fmt``.

        Returns (body, rows written, truncated). The engine streams solutions, so a capped
        result never materialises more than ``limit + 1`` rows. With ``max_bytes``, an answer
        the engine cannot write within that many bytes raises :class:`OutputTooLarge` as soon
        as it outgrows them (the caller answers it another way). ``rows_at_most``: the query
        itself returns no more rows than that (its own ``LIMIT``, :func:`query_limit`); at
        most ``limit``, the engine writes the result whole, without the byte cap's checks.
        """
        try:
            return self._write(fmt, limit, max_bytes, rows_at_most)
        except (OSError, RuntimeError, ValueError) as e:  # raised while evaluating lazily
            raise QueryError(f"query failed: {e}") from e

    def _write(
        self, fmt: str, limit: int, max_bytes: int | None, rows_at_most: int | None
    ) -> tuple[bytes, int, bool]:
        if self.kind == "boolean":
            return self.raw.serialize(format=RESULT_FORMATS[fmt]), 1, False
        if (
            rows_at_most is not None
            and rows_at_most <= limit
            and max_bytes is None
            and self.kind == "solutions"
            and fmt in _ROW_COUNTERS
        ):
            body = self.raw.serialize(format=RESULT_FORMATS[fmt])
            return body, _ROW_COUNTERS[fmt](body, self.variables), False
        if max_bytes is not None:
            if self.kind == "graph" or fmt not in _ROW_COUNTERS or self.again is None:
                raise OutputTooLarge("written row by row")
            native = self._write_native(fmt, limit, max_bytes)
            if native is None:
                raise OutputTooLarge(f"more than {max_bytes} bytes or {limit} rows")
            return native
        if self.kind == "graph":
            triples = _take(self.raw, limit)
            truncated = len(triples) > limit
            del triples[limit:]
            if fmt in DATASET_FORMATS:
                items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
            else:
                items = triples
            pfx = PREFIXES if fmt in ("turtle", "trig") else None
            body = ox.serialize(items, format=RDF_FORMATS[fmt], prefixes=pfx) or b""
            return body, len(triples), truncated
        if fmt in _ROW_COUNTERS and self.again is not None:
            native = self._write_native(fmt, limit)
            if native is not None:
                return native
            self.raw = self.again()  # over the cap: evaluate again, and cap row by row
        rows = _take(self.raw, limit)
        truncated = len(rows) > limit
        del rows[limit:]
        return _SOLUTION_WRITERS[fmt](self.variables, rows, truncated), len(rows), truncated

    def _write_native(
        self, fmt: str, limit: int, max_bytes: int | None = None
    ) -> tuple[bytes, int, bool] | None:
        """The engine's own serialiser (3-4x faster than writing rows in Python), when the
        whole result fits the row cap; None when it does not (the engine stops writing
        past ``limit`` x 512 bytes, or ``max_bytes``, so a huge result is never held in
        memory)."""
        cap = max(limit, 1) * _BYTES_PER_ROW
        out = _CappedBuffer(cap if max_bytes is None else min(cap, max_bytes))
        try:
            self.raw.serialize(out, format=RESULT_FORMATS[fmt])
        except _Overflow:
            return None
        except OSError as e:  # the writer's overflow, as the engine reports it
            if out.overflowed:
                return None
            raise QueryError(f"query failed: {e}") from e
        body = out.getvalue()
        rows = _ROW_COUNTERS[fmt](body, self.variables)
        if rows > limit:
            return None
        return body, rows, False

    def rows(self) -> Iterator[dict[str, Any]]:
        """Solutions as dicts of plain values (IRIs and lexical forms)."""
        if self.kind != "solutions":
            raise QueryError("this query does not return rows", detail="use SELECT")
        for sol in self.raw:
            yield {v: py_value(sol[v]) for v in self.variables}


_BYTES_PER_ROW = 512

# `LIMIT n` as the very last words of a query: nothing can follow it but the end of the text,
# so it is the query's own solution modifier, not a sub-query's (one ends with "}") nor in a
# comment or string (which would have to be closed after it).
_TAIL_LIMIT = re.compile(r"[\s})](?i:LIMIT)[ \t\r\n]+([0-9]{1,9})[ \t\r\n]*")


def query_limit(text: str) -> int | None:
    """The rows a SELECT query returns at most, when it ends with ``LIMIT n``; else None
    (also when a ``#`` on its last line may start a comment around it)."""
    start = max(0, len(text) - 64)
    found = text[start:].upper().rfind("LIMIT")
    if found < 1:
        return None
    at = start + found - 1  # the character before LIMIT
    m = _TAIL_LIMIT.fullmatch(text, at)
    if m is None or "#" in text[text.rfind("\n", 0, at + 1) + 1 :]:
        return None
    return int(m.group(1))


class _Overflow(Exception):
    pass


class OutputTooLarge(Exception):
    """An answer outgrew the ``max_bytes`` of :meth:`QueryResult.write` (not an error of
    the query: its caller answers it another way)."""


class _CappedBuffer(io.BytesIO):
    """A byte buffer that refuses to grow past ``cap`` (it raises, and the engine stops)."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap
        self.overflowed = False

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.cap:
            self.overflowed = True
            raise _Overflow
        return super().write(data)


def _count_json(body: bytes, variables: list[str]) -> int:
    """Rows in the engine's SPARQL JSON. A row's first binding is ``{"var":{"type":``, which
    cannot occur inside a string (quotes in strings are escaped) nor elsewhere, unless there
    are triple terms (``{"subject":…``) or empty rows (``{}``, which strings may also hold):
    then the document is parsed."""
    starts = _row_starts(tuple(variables))
    if starts is None or b"{}" in body or b'"type":"triple"' in body:
        return len(json.loads(body)["results"]["bindings"])
    return sum(map(body.count, starts))


@functools.lru_cache(maxsize=256)
def _row_starts(variables: tuple[str, ...]) -> tuple[bytes, ...] | None:
    """How a row whose first binding is each variable starts (None: a name not ASCII)."""
    if not all(v.isascii() for v in variables):
        return None
    return tuple(b'{"' + v.encode() + b'":{"type":' for v in variables)


# Rows in the engine's output, per format. XML: text is escaped, so "<result>" is only ever
# the element; TSV: one line per row after the header (line breaks in values are escaped).
_ROW_COUNTERS: dict[str, Callable[[bytes, list[str]], int]] = {
    "json": _count_json,
    "xml": lambda body, _: body.count(b"<result>"),
    "tsv": lambda body, _: body.count(b"\n") - 1,
}


def _take(it: Iterable[Any], limit: int) -> list[Any]:
    out = []
    for item in it:
        out.append(item)
        if len(out) > limit:
            break
    return out


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_DIR_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString"


def _json_term(t: Any) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
            if t.direction is not None:
                out["its:dir"] = "rtl" if t.direction == ox.BaseDirection.RTL else "ltr"
        elif t.datatype.value != _XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(t.subject),
            "predicate": _json_term(t.predicate),
            "object": _json_term(t.object),
        },
    }


def _json_solutions(variables: list[str], rows: list[Any], truncated: bool) -> bytes:
    bindings = []
    for sol in rows:
        b = {}
        for v in variables:
            term = sol[v]
            if term is not None:
                b[v] = _json_term(term)
        bindings.append(b)
    doc: dict[str, Any] = {"head": {"vars": variables}}
    if truncated:  # before "results": strict parsers (Oxigraph's) stop reading after it
        doc["truncated"] = True
    doc["results"] = {"bindings": bindings}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _xml_term(t: Any) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            attr = f" xml:lang={quoteattr(t.language)}"
        elif t.datatype.value != _XSD_STRING:
            attr = f" datatype={quoteattr(t.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{xml_escape(t.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(t.subject)}</subject>"
        f"<predicate>{_xml_term(t.predicate)}</predicate>"
        f"<object>{_xml_term(t.object)}</object></triple>"
    )


def _xml_solutions(variables: list[str], rows: list[Any], truncated: bool) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head><results>")
    for sol in rows:
        out.append("<result>")
        for v in variables:
            term = sol[v]
            if term is not None:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode()


def _csv_value(t: Any) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.NamedNode | ox.Literal):
        return t.value
    return str(t)


def _csv_solutions(variables: list[str], rows: list[Any], truncated: bool) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(variables)
    for sol in rows:
        w.writerow([_csv_value(sol[v]) for v in variables])
    return buf.getvalue().encode()


def _tsv_solutions(variables: list[str], rows: list[Any], truncated: bool) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    for sol in rows:
        lines.append("\t".join("" if sol[v] is None else str(sol[v]) for v in variables))
    return ("\n".join(lines) + "\n").encode()


_SOLUTION_WRITERS: dict[str, Callable[[list[str], list[Any], bool], bytes]] = {
    "json": _json_solutions,
    "xml": _xml_solutions,
    "csv": _csv_solutions,
    "tsv": _tsv_solutions,
}


def _gc(candidates: Iterable[str]) -> str:
    """Delete the default-graph descriptions of ``candidates`` that no article mentions now.

    Only entities the replaced or removed article mentioned can become orphans, so the
    check touches those few, not the whole default graph."""
    ids = " ".join(iri_term(c) for c in sorted(candidates))
    if not ids:
        return ""
    return (
        f" ;\nDELETE {{ ?e ?p ?o }} WHERE {{ VALUES ?e {{ {ids} }} ?e ?p ?o . "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?e <{GK.mentionedIn}> ?a }} }} }}"
    )


def _triples_block(graph: Graph) -> str:
    return "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in graph)


class OxigraphStore:
    """An embedded on-disk store (``path``) or an in-memory one (``path=None``)."""

    def __init__(
        self, path: Path | str | None, *, read_only: bool = False, limits: Limits | None = None
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.limits = limits or Limits()  # what the safety gate allows (kg.sparql.safety)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if announced(self.path) is not None:  # read-only beside a writer: undefined
                    raise locked(self.path)
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            if self.path is not None and "current process" in str(e):
                raise StoreLocked(
                    f"the store at {self.path} is already open in this process",
                    detail="close the other KnowledgeGraph or store on it first, or use it",
                ) from e
            if self.path is not None and "LOCK" in str(e):  # RocksDB: another process has it
                raise locked(self.path) from e
            raise StoreError(
                f"cannot open the store at {self.path}: {e}",
                detail="is another `kg` process writing to it? stop it or use --store",
            ) from e
        self._listeners: list[Callable[[], None]] = []
        self._article_iris: list[str] | None = None
        # the article graphs the last write replaced or removed, and nothing else; None: the
        # last write may have changed anything (an update, a restore)
        self.last_written: tuple[str, ...] | None = None

    def on_write(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every successful write (query workers refresh on it;
        ``last_written`` tells which articles it wrote)."""
        self._listeners.append(callback)

    def snapshot(self, target: Path) -> None:
        """A consistent, independent copy of an on-disk store at ``target`` (hard links)."""
        if self.path is None:
            raise StoreError("an in-memory store has no snapshots", detail="open it with a path")
        try:
            self._store.backup(str(target))
        except OSError as e:
            raise StoreError(f"cannot snapshot the store into {target}: {e}") from e

    # -- reading -----------------------------------------------------------------------
    def query(
        self,
        sparql: str | Checked,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        iris: Mapping[str, str] | None = None,
    ) -> QueryResult:
        """Evaluate a query, once it passed the safety gate (:mod:`kg.sparql.safety`, with
        this store's ``limits``; a :class:`~kg.sparql.safety.Checked` query passed it
        already). The default graph is the union of all graphs unless the query
        (``FROM``/``FROM NAMED``) or the caller names the dataset; a named dataset is looked
        up in the store, never dereferenced.
        ``iris``: variables bound to IRIs (``{"a": "https://…"}``), as terms: the query text
        never holds them. Each must be in the SELECT clause."""
        checked = sparql if isinstance(sparql, Checked) else safety.check_query(sparql, self.limits)
        text = checked.text
        kwargs: dict[str, Any] = {"prefixes": PREFIXES, "base_iri": base_iri}
        try:
            defaults = [ox.NamedNode(g) for g in default_graph or ()]
            named = [ox.NamedNode(g) for g in named_graphs or ()]
        except ValueError as e:
            raise QueryError(
                f"a dataset graph is not a valid IRI: {e}", detail="give absolute IRIs"
            ) from e
        if iris:
            try:
                kwargs["substitutions"] = {ox.Variable(k): ox.NamedNode(v) for k, v in iris.items()}
            except ValueError as e:
                raise InputError(f"not an IRI: {e}") from e
        if defaults:
            kwargs["default_graph"] = defaults
        elif not named and not checked.shape.has_dataset:
            kwargs["use_default_graph_as_union"] = True
        if named:
            kwargs["named_graphs"] = named
            if not defaults:  # the protocol's dataset replaces the query's FROM
                kwargs["default_graph"] = []
        try:
            raw = self._store.query(text, **kwargs)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {_one_line(e)}", detail="fix the query") from e
        except (OSError, RuntimeError, ValueError) as e:
            raise QueryError(f"query failed: {e}") from e
        if isinstance(raw, ox.QuerySolutions):
            return QueryResult(
                "solutions",
                raw,
                [v.value for v in raw.variables],
                lambda: self._store.query(text, **kwargs),
            )
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("boolean", raw, [])
        return QueryResult("graph", raw, [])

    def select(self, sparql: str, iris: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        return list(self.query(sparql, iris=iris).rows())

    def article_state(self, article_iri: str) -> tuple[str, str] | None:
        """(content hash, extractor version) of a stored article, or None."""
        rows = self.select(
            "SELECT ?a ?h ?v WHERE { GRAPH ?a { ?a gk:contentHash ?h ."
            " OPTIONAL { ?act prov:used ?a ; gk:extractorVersion ?v } } }",
            iris={"a": article_iri},
        )
        if not rows:
            return None
        return rows[0]["h"], rows[0]["v"] or ""

    def article_iris(self) -> list[str]:
        """The articles' IRIs, sorted; read from the store once after each write (listing the
        named graphs walks the whole graph index: 0.1-1.7 s at 10,000 articles)."""
        if self._article_iris is None:
            self._article_iris = sorted(
                g.value for g in self._store.named_graphs() if g.value.startswith(str(GKD))
            )
        return list(self._article_iris)

    def article_summaries(self, iris: list[str]) -> list[dict[str, Any]]:
        """``{iri, title, published, events}`` of each article in ``iris`` that is stored, read
        by pattern from its graph (a SPARQL join over the page costs ten times as much)."""

        def first(graph: ox.NamedNode, pred: ox.NamedNode) -> str | None:
            for q in self._store.quads_for_pattern(graph, pred, None, graph):
                return py_value(q.object)
            return None

        out = []
        for iri in iris:
            graph = ox.NamedNode(iri)
            if not self._store.contains_named_graph(graph):
                continue
            events = {q.subject for q in self._store.quads_for_pattern(None, _AGENT, None, graph)}
            out.append(
                {
                    "iri": iri,
                    "title": first(graph, _TITLE),
                    "published": first(graph, _DATE),
                    "events": len(events),
                }
            )
        return out

    def __len__(self) -> int:
        return len(self._store)

    def quad_count(self) -> int:
        """``len(self)``, counted by the engine with the GIL released (``len`` holds it: ~30
        ms at 100,000 quads, during which no other thread of the process runs)."""
        rows = self._store.query(  # the store's own default graph, not the union
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        return int(next(iter(rows))["n"].value)  # type: ignore[arg-type,index,union-attr]

    def memory_copy(self) -> OxigraphStore:
        """An in-memory copy (blank nodes get new labels). The engine does the copying with
        the GIL released: other threads of this process go on meanwhile."""
        copy = OxigraphStore(None, limits=self.limits)
        data = self._store.dump(format=ox.RdfFormat.N_QUADS)
        copy._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        return copy

    def quads(self) -> set[str]:
        """All quads as N-Quads lines (for comparing stores)."""
        return {str(q) for q in self._store}

    def export(self, fmt: str) -> bytes:
        out = io.BytesIO()
        self.export_to(fmt, out)
        return out.getvalue()

    def export_to(self, fmt: str, out: IO[bytes]) -> None:
        """Write the whole store to ``out`` in ``fmt`` (a triple format: the union of all
        graphs)."""
        if fmt not in RDF_FORMATS:
            raise InputError(
                f"unknown export format '{fmt}'", detail=f"use {', '.join(RDF_FORMATS)}"
            )
        if fmt in DATASET_FORMATS:
            self._store.dump(
                out, format=RDF_FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None
            )
        else:
            res = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            assert isinstance(res, ox.QueryTriples)
            res.serialize(out, format=RDF_FORMATS[fmt])

    # -- writing -----------------------------------------------------------------------
    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply an update, once it passed the safety gate (:mod:`kg.sparql.safety`)."""
        self._write(safety.check_update(sparql, self.limits), base_iri)

    def _write(
        self, sparql: str, base_iri: str | None = None, articles: tuple[str, ...] | None = None
    ) -> None:
        """Apply an update this module wrote from engine-serialised terms only (an article,
        a dump: it may be larger than a user's update may be, and holds nothing to refuse).
        ``articles``: the only article graphs it changes (None: unknown)."""
        try:
            self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
        except SyntaxError as e:
            raise QueryError(
                f"SPARQL Update syntax error: {_one_line(e)}", detail="fix the update"
            ) from e
        except OSError as e:
            raise StoreError(f"update failed: {e}") from e
        self._article_iris = None
        self.last_written = articles
        for callback in self._listeners:
            callback()

    def _mentioned(self, article_iri: str) -> set[str]:
        rows = self.select(
            "SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { ?e gk:mentionedIn ?a } }",
            iris={"g": article_iri},
        )
        return {r["e"] for r in rows}

    def put_article(self, article_iri: str, named: Graph, default: Graph) -> None:
        """Replace the article's named graph and add entity descriptions, atomically."""
        orphans = self._mentioned(article_iri) - {str(e) for e in named.subjects(GK.mentionedIn)}
        graph = iri_term(article_iri)
        self._write(
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{\n{_triples_block(default)}\n"
            f"GRAPH {graph} {{\n{_triples_block(named)}\n}} }}{_gc(orphans)}",
            articles=(article_iri,),
        )

    def remove_article(self, article_iri: str) -> bool:
        graph = iri_term(article_iri)
        if not self._store.contains_named_graph(ox.NamedNode(article_iri)):
            return False
        self._write(
            f"DROP GRAPH {graph}{_gc(self._mentioned(article_iri))}", articles=(article_iri,)
        )
        return True

    def restore(self, path: Path) -> list[str]:
        """Load an N-Quads/TriG dump; each graph in it replaces the stored one, in one go."""
        fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
        try:
            quads = list(ox.parse(path=str(path), format=fmt))
        except (SyntaxError, ValueError) as e:
            raise InputError(
                f"{path}: not a valid dump: {e}", detail="give an N-Quads or TriG file"
            ) from e
        graphs = sorted(
            {q.graph_name.value for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
        )
        by_graph: dict[str, list[str]] = {}
        default: list[str] = []
        for q in quads:  # every term as the engine writes it
            line = f"{q.subject} {q.predicate} {q.object} ."
            if isinstance(q.graph_name, ox.DefaultGraph):
                default.append(line)
            else:
                by_graph.setdefault(q.graph_name.value, []).append(line)
        body = (
            "\n".join(default)
            + "\n"
            + "\n".join(
                f"GRAPH {iri_term(g)} {{\n" + "\n".join(lines) + "\n}"
                for g, lines in by_graph.items()
            )
        )
        drops = "".join(f"DROP SILENT GRAPH {iri_term(g)} ;\n" for g in graphs)
        self._write(f"{drops}INSERT DATA {{\n{body}\n}}")
        return graphs

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        del self._store


def locked(path: Path) -> StoreLocked:
    """The error for a store another process has open, saying what to do instead."""
    server = announced(path)
    if server is None:
        return StoreLocked(
            f"the store at {path} is open in another process",
            detail="stop the `kg serve`, `kg up` or `kg build` that uses it, or give another "
            "store with --store or KG_STORE",
            server=None,
        )
    return StoreLocked(
        f"the store at {path} is served by `kg serve` at {server.url} (pid {server.pid})",
        detail=f"read through its HTTP API ({server.url}/sparql), add articles with POST "
        f"{server.url}/articles and the bearer token, or stop it (kill {server.pid}) to "
        "open the store here",
        server=server,
    )


def open_store(
    path: Path | str | None, *, read_only: bool = False, limits: Limits | None = None
) -> OxigraphStore:
    return OxigraphStore(path, read_only=read_only, limits=limits)


def is_empty(store: OxigraphStore) -> bool:
    return len(store) == 0
