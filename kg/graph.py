"""The Python API for embedding GeoKG in a script, a notebook or another app.

    from kg import KnowledgeGraph

    with KnowledgeGraph.open("kgdata") as kg:
        kg.ingest(text, id="voa-1", published="2024-11-20", title="…")
        kg.sparql("SELECT ?s WHERE { ?s gk:supplies gkr:ukraine }")
        kg.neighbourhood("Ukraine", depth=2)
        kg.path("Lloyd Austin", "Ottawa Treaty")

Names or ids are accepted wherever an entity is asked for ("U.S." and "united-states" are
the same entity). Errors are :class:`kg.errors.KGError` subclasses.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import Graph

from .articles import article_from_dict
from .explore import figures, lookup, neighbourhoods, page, pathfinding
from .extract.lexicon import extractor_version
from .ingest import build, ingest_article
from .settings import Settings
from .sparql import safety
from .sparql.execute import QueryExecutor
from .sparql.jobs import QueryAnswer, QueryJob
from .sparql.safety import Limits
from .store import Endpoint, Store, open_store
from .text import slug


class KnowledgeGraph:
    """A store (on disk, in memory or on a SPARQL server) with the exploration queries bound
    to it."""

    def __init__(
        self, store: Store, settings: Settings | None = None, *, extractor: Any = None
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        store.limits = Limits.of(self.settings)
        self._extractor = extractor
        self._executor: QueryExecutor | None = None

    @classmethod
    def open(
        cls,
        path: str | Path | None,
        settings: Settings | None = None,
        *,
        read_only: bool = False,
        extractor: Any = None,
    ) -> KnowledgeGraph:
        """Open (or create) the store at ``path``; ``None`` keeps it in memory; a SPARQL
        server's query URL (``http(s)://…``) is reached as ``settings`` say (``update_url`` …).
        ``extractor``: an already loaded :class:`kg.extract.pipeline.Extractor` to share (otherwise
        the spaCy pipeline of ``settings.spacy_model`` is loaded on the first ingest)."""
        settings = settings or Settings()
        store = open_store(path, read_only=read_only, endpoint=Endpoint.of(settings))
        return cls(store, settings, extractor=extractor)

    # -- writing ---------------------------------------------------------------------------
    def ingest(
        self,
        text: str,
        *,
        id: str | None = None,
        published: date | str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        force: bool = False,
    ) -> dict[str, Any]:
        """Extract one article and store it (replacing an earlier version with the same id;
        an unchanged article is left as it is). The id defaults to a slug of the title, or
        of the text's hash. Returns ``{id, outcome, entities, statements}``."""
        if not id:
            digest = (
                hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
                if isinstance(text, str)
                else ""
            )
            id = slug(title)[:80] if title else f"article-{digest}"
        article = article_from_dict(
            {
                "id": id,
                "text": text,
                "title": title,
                "source": source,
                "url": url,
                "published": published.isoformat() if isinstance(published, date) else published,
            },
            where="ingest",
        )
        outcome, ex = ingest_article(
            self.store, self._get_extractor(), article, self.settings.ontology_dir, force=force
        )
        return {
            "id": article.id,
            "outcome": outcome,
            "entities": len(ex.entities) if ex else None,
            "statements": len(ex.statements) if ex else None,
        }

    def build(self, *paths: str | Path, replace: bool = False) -> dict[str, Any]:
        """Ingest files and folders (``.txt`` with ``.json`` metadata, ``.json``, ``.jsonl``,
        or N-Quads/TriG dumps) as ``kg build`` does; returns its summary. An id read twice is
        a failure in it unless ``replace`` (``kg build --replace``)."""
        summary = build(
            self.store,
            [Path(p) for p in paths],
            self._get_extractor,
            ontology_dir=self.settings.ontology_dir,
            max_bytes=self.settings.max_article_bytes,
            replace=replace,
            version=extractor_version(self.settings.spacy_model),
        )
        return summary.as_dict()

    def remove(self, article_id: str) -> bool:
        """Remove one article and everything only it supported; False if it was not there."""
        from .namespaces import article_iri

        return self.store.remove_article(str(article_iri(article_id)))

    def _get_extractor(self) -> Any:
        if self._extractor is None:
            from .extract.pipeline import Extractor

            self._extractor = Extractor.shared(self.settings.spacy_model)
        return self._extractor

    # -- reading ---------------------------------------------------------------------------
    def sparql(self, sparql: str) -> list[dict[str, Any]] | bool | Graph:
        """SELECT → rows as dicts of plain values; ASK → bool; CONSTRUCT/DESCRIBE → an rdflib
        Graph. The prefixes of the ontology (gk:, gkr:, rdfs:, …) are predeclared. Runs as
        :meth:`run_query` does (the safety gate, the timeout)."""
        answer = self.run_query(sparql)
        if answer.kind == "graph":
            return Graph().parse(data=answer.body.decode(), format="turtle")
        doc = json.loads(answer.body)
        if answer.kind == "boolean":
            return bool(doc["boolean"])
        names = doc["head"]["vars"]
        return [
            {v: b[v]["value"] if v in b else None for v in names}
            for b in doc["results"]["bindings"]
        ]

    def run_query(
        self,
        sparql: str,
        *,
        results_format: str = "json",
        graph_format: str = "turtle",
        limit: int | None = None,
    ) -> QueryAnswer:
        """Run a query as ``/sparql`` does: through the safety gate (:mod:`kg.sparql.safety`: size,
        nesting, SERVICE only if allow-listed), then, for a store on disk, in a worker
        process that is stopped after ``settings.query_timeout`` seconds
        (:class:`~kg.errors.QueryTimeout`). The answer is serialised in ``results_format``
        (SELECT/ASK: json, xml, csv, tsv) or ``graph_format`` (CONSTRUCT/DESCRIBE), with at
        most ``limit`` rows (None: all; ``truncated`` says if some were left out)."""
        checked = safety.check_query(sparql, self.store.limits)
        job = QueryJob(checked, results_format, graph_format, limit or sys.maxsize // 1024)
        if self._executor is None:
            self._executor = QueryExecutor(
                self.store,
                workers=1,
                timeout=self.settings.query_timeout,
                threads=1,
                worker_nice=0,
            )
            if self._executor.root is not None:  # snapshots of its own: a server on the same
                # store keeps its folder (.NAME.readers), which an executor empties on start
                name = f"{self._executor.root.name}-{os.getpid()}-{id(self):x}"
                self._executor.root = self._executor.root.with_name(name)
        executor = self._executor
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop here: the usual case
            return executor.run(job)
        with ThreadPoolExecutor(1) as pool:  # a notebook's loop runs here: wait from a thread
            return pool.submit(executor.run, job).result()

    def search(
        self, q: str, *, type: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[dict[str, Any]]:
        return lookup.search(self.store, q, type=type, limit=limit, offset=offset)

    def resolve(self, name_or_id: str) -> str:
        """The id of the entity an id or a name refers to."""
        return lookup.resolve(self.store, name_or_id)

    def entity(
        self, name_or_id: str, limit: int = lookup.ENTITY_PAGE, cursor: str | None = None
    ) -> dict[str, Any]:
        """The entity's description, articles and statements, ``limit`` of each per page
        (``next`` is the ``cursor`` of the next page)."""
        return lookup.entity(self.store, self.resolve(name_or_id), limit=limit, cursor=cursor)

    def articles(
        self, limit: int = lookup.ARTICLE_PAGE, cursor: str | None = None
    ) -> dict[str, Any]:
        """A page of the stored articles in id order (``next`` is the next page's cursor)."""
        return lookup.articles(self.store, limit, cursor)

    def article(self, article_id: str) -> dict[str, Any]:
        """One article's metadata and events with their evidence."""
        return lookup.article(self.store, article_id)

    def neighbourhood(
        self, name_or_id: str, depth: int = 2, **kwargs: Any
    ) -> neighbourhoods.Neighbourhood:
        kwargs.setdefault("limit", self.settings.max_nodes)
        kwargs.setdefault("hub_edge_limit", self.settings.hub_edge_limit)
        return neighbourhoods.neighbourhood(
            self.store, self.resolve(name_or_id), depth=depth, **kwargs
        )

    def path(
        self, a: str, b: str, max_hops: int = 4, limit: int = 5
    ) -> list[pathfinding.GraphPath]:
        return pathfinding.path(self.store, a, b, max_hops=max_hops, limit=limit)

    def stats(self) -> dict[str, Any]:
        return figures.stats(self.store)

    def graph_html(
        self,
        focus: str | None = None,
        depth: int = 2,
        max_nodes: int | None = None,
        embed: bool = False,
    ) -> str:
        """The interactive graph page (self-contained HTML; put it in an iframe ``srcdoc``
        to show it in a notebook)."""
        return page.render_graph_page(
            self.store,
            focus=focus,
            depth=depth,
            max_nodes=max_nodes or self.settings.max_nodes,
            embed=embed,
            hub_edge_limit=self.settings.hub_edge_limit,
        )

    def __len__(self) -> int:
        return len(self.store)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()
            self._executor = None
        store, self.store = self.store, None  # type: ignore[assignment]
        if store is not None:
            store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
