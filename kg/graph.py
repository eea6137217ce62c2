"""The Python API for embedding GeoKG in a script, a notebook or another app.

    from kg import KnowledgeGraph

    with KnowledgeGraph.open("kgdata") as kg:
        kg.ingest(text, id="voa-1", published="2024-11-20", title="…")
        kg.sparql("SELECT ?s WHERE { ?s gk:supplies gkr:ukraine }")
        kg.neighbourhood("Ukraine", depth=2)
        kg.path("Dmitry Peskov", "Ottawa Treaty")

Names or ids are accepted wherever an entity is asked for ("U.S." and "united-states" are
the same entity). Errors are :class:`kg.errors.KGError` subclasses.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import Graph

from . import query, viz
from .articles import article_from_dict
from .ingest import build, ingest_article
from .namespaces import slug
from .settings import Settings
from .store import OxigraphStore


class KnowledgeGraph:
    """A store on disk (or in memory) with the exploration queries bound to it."""

    def __init__(
        self, store: OxigraphStore, settings: Settings | None = None, *, extractor: Any = None
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        self._extractor = extractor

    @classmethod
    def open(
        cls,
        path: str | Path | None,
        settings: Settings | None = None,
        *,
        read_only: bool = False,
        extractor: Any = None,
    ) -> KnowledgeGraph:
        """Open (or create) the store at ``path``; ``None`` keeps it in memory.
        ``extractor``: an already loaded :class:`kg.pipeline.Extractor` to share (otherwise
        the spaCy pipeline of ``settings.spacy_model`` is loaded on the first ingest)."""
        return cls(OxigraphStore(path, read_only=read_only), settings, extractor=extractor)

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
        )
        return summary.as_dict()

    def remove(self, article_id: str) -> bool:
        """Remove one article and everything only it supported; False if it was not there."""
        from .namespaces import article_iri

        return self.store.remove_article(str(article_iri(article_id)))

    def _get_extractor(self) -> Any:
        if self._extractor is None:
            from .pipeline import Extractor

            self._extractor = Extractor.shared(self.settings.spacy_model)
        return self._extractor

    # -- reading ---------------------------------------------------------------------------
    def sparql(self, sparql: str) -> list[dict[str, Any]] | bool | Graph:
        """SELECT → rows as dicts of plain values; ASK → bool; CONSTRUCT/DESCRIBE → an rdflib
        Graph. The prefixes of the ontology (gk:, gkr:, rdfs:, …) are predeclared."""
        result = self.store.query(sparql)
        if result.kind == "solutions":
            return list(result.rows())
        if result.kind == "boolean":
            return bool(result.raw)
        return Graph().parse(data=result.serialize("turtle"), format="turtle")

    def search(
        self, q: str, *, type: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[dict[str, Any]]:
        return query.search(self.store, q, type=type, limit=limit, offset=offset)

    def resolve(self, name_or_id: str) -> str:
        """The id of the entity an id or a name refers to."""
        return query.resolve(self.store, name_or_id)

    def entity(self, name_or_id: str) -> dict[str, Any]:
        return query.entity(self.store, self.resolve(name_or_id))

    def neighbourhood(self, name_or_id: str, depth: int = 2, **kwargs: Any) -> query.Neighbourhood:
        kwargs.setdefault("limit", self.settings.max_nodes)
        kwargs.setdefault("hub_edge_limit", self.settings.hub_edge_limit)
        return query.neighbourhood(self.store, self.resolve(name_or_id), depth=depth, **kwargs)

    def path(self, a: str, b: str, max_hops: int = 4, limit: int = 5) -> list[query.GraphPath]:
        return query.path(self.store, a, b, max_hops=max_hops, limit=limit)

    def stats(self) -> dict[str, Any]:
        return query.stats(self.store)

    def graph_html(
        self,
        focus: str | None = None,
        depth: int = 2,
        max_nodes: int | None = None,
        embed: bool = False,
    ) -> str:
        """The interactive graph page (self-contained HTML; put it in an iframe ``srcdoc``
        to show it in a notebook)."""
        return viz.render_graph_page(
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
