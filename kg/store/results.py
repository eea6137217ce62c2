"""A query's answer, written in the protocol's formats with the row cap and the byte cap."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from ..errors import QueryError
from ..namespaces import PREFIXES
from .terms import DATASET_FORMATS, RDF_FORMATS, RESULT_FORMATS, py_value


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
