"""How GeoKG's data lies in any store, and the writes that keep it so.

One named graph per article (its IRI is the article's IRI) holding its events, evidence,
direct edges and mentions; entity descriptions in the default graph. Queries see the union.
Every write is one SPARQL Update request, which the store applies as one transaction: an
article is in the store completely or not at all (Virtuoso: against compile errors only,
docs/stores.md). :class:`ArticleStore` holds what the
embedded and the remote store share: they differ in how a query or an update reaches the
engine, not in what they say.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Graph

from ..errors import InputError
from ..namespaces import GK
from ..sparql import safety
from ..sparql.safety import Checked, Limits
from .results import QueryResult
from .terms import iri_term, to_ox

# Statements per block of INSERT DATA: Virtuoso's parser takes fewer than 4,990 in one block
# (any number of blocks); for other engines a block is a block
_BLOCK = 4000


def gc_update(candidates: Iterable[str], default_graph: str | None = None) -> str:
    """Delete the default-graph descriptions of ``candidates`` that no article mentions now.

    Only entities the replaced or removed article mentioned can become orphans, so the
    check touches those few, not the whole default graph. ``default_graph``: the named graph
    that stands for the default graph (:attr:`ArticleStore.default_graph`)."""
    ids = " ".join(iri_term(c) for c in sorted(candidates))
    if not ids:
        return ""
    pattern = "?e ?p ?o"
    if default_graph is not None:
        pattern = f"GRAPH {iri_term(default_graph)} {{ ?e ?p ?o }}"
    return (
        f" ;\nDELETE {{ {pattern} }} WHERE {{ VALUES ?e {{ {ids} }} {pattern} . "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?e <{GK.mentionedIn}> ?a }} }} }}"
    )


def triple_lines(graph: Graph) -> list[str]:
    return [f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in graph]


def insert_data(
    default: list[str], named: Mapping[str, list[str]], default_graph: str | None = None
) -> str:
    """``INSERT DATA`` of N-Triples lines: ``default`` into the default graph (or into
    ``default_graph``, which stands for it), each of ``named`` into its graph; in blocks of
    at most :data:`_BLOCK` lines."""
    blocks = []
    graphs: list[tuple[str | None, list[str]]] = [(default_graph, default), *named.items()]
    for graph, lines in graphs:
        for start in range(0, len(lines), _BLOCK):
            chunk = "\n".join(lines[start : start + _BLOCK])
            blocks.append(chunk if graph is None else f"GRAPH {iri_term(graph)} {{\n{chunk}\n}}")
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def read_dump(path: Path) -> list[ox.Quad]:
    """The quads of an N-Quads (``.nq``) or TriG dump (``InputError`` if it is not one)."""
    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except (SyntaxError, ValueError) as e:
        raise InputError(
            f"{path}: not a valid dump: {e}", detail="give an N-Quads or TriG file"
        ) from e


def by_graph(quads: Iterable[ox.Quad]) -> tuple[list[str], dict[str, list[str]]]:
    """The default graph's statements and each named graph's, as N-Triples lines (every
    term as the engine writes it)."""
    default: list[str] = []
    named: dict[str, list[str]] = {}
    for q in quads:
        line = f"{q.subject} {q.predicate} {q.object} ."
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.append(line)
        else:
            named.setdefault(q.graph_name.value, []).append(line)
    return default, named


def restore_update(
    default: list[str], named: dict[str, list[str]], default_graph: str | None = None
) -> str:
    """One update that replaces each graph of a dump and adds its default-graph statements."""
    drops = "".join(f"DROP SILENT GRAPH {iri_term(g)} ;\n" for g in sorted(named))
    return drops + insert_data(default, named, default_graph)


class ArticleStore(ABC):
    """What every store offers the rest of GeoKG; subclasses say how queries and updates
    reach their engine (:meth:`query`, :meth:`_apply`) and how it lists and counts."""

    path: Path | None = None  # the folder of an embedded store on disk
    read_only = False
    # the named graph that holds the entity descriptions on a server whose default graph
    # cannot be written (Virtuoso's is the union of all graphs); None: the default graph
    default_graph: str | None = None

    def __init__(self, limits: Limits | None) -> None:
        self.limits = limits or Limits()  # what the safety gate allows (kg.sparql.safety)
        self._listeners: list[Callable[[], None]] = []
        self._article_iris: list[str] | None = None
        # the article graphs the last write replaced or removed, and nothing else; None: the
        # last write may have changed anything (an update, a restore)
        self.last_written: tuple[str, ...] | None = None

    def on_write(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every successful write (query workers refresh on it;
        ``last_written`` tells which articles it wrote)."""
        self._listeners.append(callback)

    # -- to be provided by each store ---------------------------------------------------
    @abstractmethod
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

    @abstractmethod
    def _apply(self, sparql: str, base_iri: str | None) -> None:
        """Send an update to the engine (translating its errors to ``KGError``)."""
        ...

    @abstractmethod
    def has_article(self, article_iri: str) -> bool:
        """Whether the article's graph is in the store."""

    @abstractmethod
    def export_to(self, fmt: str, out: IO[bytes]) -> None:
        """Write the whole store to ``out`` in ``fmt`` (a triple format: the union of all
        graphs)."""

    # -- reading -----------------------------------------------------------------------
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

    def export(self, fmt: str) -> bytes:
        out = io.BytesIO()
        self.export_to(fmt, out)
        return out.getvalue()

    # -- writing -----------------------------------------------------------------------
    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply an update, once it passed the safety gate (:mod:`kg.sparql.safety`)."""
        self._write(safety.check_update(sparql, self.limits), base_iri)

    def _write(
        self, sparql: str, base_iri: str | None = None, articles: tuple[str, ...] | None = None
    ) -> None:
        """Apply an update this package wrote from engine-serialised terms only (an article,
        a dump: it may be larger than a user's update may be, and holds nothing to refuse).
        ``articles``: the only article graphs it changes (None: unknown)."""
        self._apply(sparql, base_iri)
        self._written(articles)

    def _written(self, articles: tuple[str, ...] | None) -> None:
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
        insert = insert_data(
            triple_lines(default), {article_iri: triple_lines(named)}, self.default_graph
        )
        self._write(
            f"DROP SILENT GRAPH {iri_term(article_iri)} ;\n{insert}"
            f"{gc_update(orphans, self.default_graph)}",
            articles=(article_iri,),
        )

    def remove_article(self, article_iri: str) -> bool:
        graph = iri_term(article_iri)
        if not self.has_article(article_iri):
            return False
        orphans = gc_update(self._mentioned(article_iri), self.default_graph)
        # SILENT: Virtuoso refuses to DROP a graph that an INSERT made, without it
        self._write(f"DROP SILENT GRAPH {graph}{orphans}", articles=(article_iri,))
        return True

    def restore(self, path: Path) -> list[str]:
        """Load an N-Quads/TriG dump; each graph in it replaces the stored one, in one go."""
        default, named = by_graph(read_dump(path))
        self._write(restore_update(default, named, self.default_graph))
        return sorted(named)

    @abstractmethod
    def flush(self) -> None:
        """Make every write durable."""

    @abstractmethod
    def close(self) -> None:
        """Release the store."""
