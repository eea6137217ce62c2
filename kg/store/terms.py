"""RDF terms and formats as the engine reads and writes them, for every kind of store."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib import Literal as RLiteral

from ..errors import InputError
from ..namespaces import PREFIXES

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


def one_line(error: Exception) -> str:
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
