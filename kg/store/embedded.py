"""The embedded store: pyoxigraph on RocksDB in a folder (or in memory), in this process.

The only module that calls the engine's store. Every write is one SPARQL Update request,
which Oxigraph applies in one transaction: an article is in the store completely or not at
all, also after ``kill -9``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from ..errors import InputError, QueryError, StoreError, StoreLocked
from ..namespaces import GK, GKD, PREFIXES
from ..sparql import safety
from ..sparql.safety import Checked, Limits
from .announcement import announced
from .layout import ArticleStore
from .results import QueryResult
from .terms import DATASET_FORMATS, RDF_FORMATS, one_line, py_value

_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
_AGENT = ox.NamedNode(str(GK.agent))  # every event has one; no other statement has it


class OxigraphStore(ArticleStore):
    """An embedded on-disk store (``path``) or an in-memory one (``path=None``)."""

    def __init__(
        self, path: Path | str | None, *, read_only: bool = False, limits: Limits | None = None
    ) -> None:
        super().__init__(limits)
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
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
            raise QueryError(f"SPARQL syntax error: {one_line(e)}", detail="fix the query") from e
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
    def _apply(self, sparql: str, base_iri: str | None) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
        except SyntaxError as e:
            raise QueryError(
                f"SPARQL Update syntax error: {one_line(e)}", detail="fix the update"
            ) from e
        except OSError as e:
            raise StoreError(f"update failed: {e}") from e

    def has_article(self, article_iri: str) -> bool:
        return bool(self._store.contains_named_graph(ox.NamedNode(article_iri)))

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
