"""`kg build`: read sources, extract, validate and write each article atomically."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import EXTRACTOR_VERSION
from .articles import Source, read_sources
from .build import article_graph, entity_graph
from .errors import KGError
from .namespaces import article_iri
from .records import Article, Extraction
from .store import OxigraphStore
from .validate import require_valid


@dataclass
class Summary:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    restored: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    entities: int = 0
    statements: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict:
        return {
            "added": self.added,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "restored": self.restored,
            "failed": len(self.failed),
            "entities": self.entities,
            "statements": self.statements,
            "seconds": round(self.seconds, 2),
            "errors": [{"where": w, "error": e} for w, e in self.failed],
        }


def graphs_for(ex: Extraction, ontology_dir: Path | None) -> tuple[Graph, Graph]:
    named, default = article_graph(ex), entity_graph(ex)
    if ontology_dir is not None:
        require_valid(named + default, ontology_dir, f"article '{ex.article.id}'")
    return named, default


def ingest_article(
    store: OxigraphStore,
    extractor,
    article: Article,
    ontology_dir: Path | None,
    *,
    force: bool = False,
) -> tuple[str, Extraction | None]:
    """Store one article; returns ('added'|'replaced'|'unchanged', extraction).

    ``extractor`` is an Extractor or a function returning one, called only when the article
    has to be read (an unchanged article never loads the model)."""
    iri = str(article_iri(article.id))
    state = store.article_state(iri)
    if state and not force and state == (article.content_hash, EXTRACTOR_VERSION):
        return "unchanged", None
    if not hasattr(extractor, "extract"):
        extractor = extractor()
    ex = extractor.extract(article)
    named, default = graphs_for(ex, ontology_dir)
    store.put_article(iri, named, default)
    return ("replaced" if state else "added"), ex


def build(
    store: OxigraphStore,
    paths: list[Path],
    get_extractor: Callable[[], object],
    *,
    ontology_dir: Path | None,
    max_bytes: int,
    progress: Callable[[str], None] | None = None,
    on_done: Callable[[str, str], None] | None = None,
) -> Summary:
    t0 = time.perf_counter()
    s = Summary()
    sources: list[Source] = list(read_sources(paths, max_bytes=max_bytes))
    for src in sources:
        if progress:
            progress(src.where)
        if src.error is not None:
            s.failed.append((src.where, str(src.error)))
            continue
        try:
            if src.dump is not None:
                s.restored += len(store.restore(src.dump))
                continue
            assert src.article is not None
            outcome, ex = ingest_article(store, get_extractor, src.article, ontology_dir)
        except KGError as e:
            s.failed.append((src.where, str(e)))
            continue
        if on_done:
            on_done(src.article.id, outcome)
        if outcome == "unchanged":
            s.unchanged += 1
        else:
            s.added += outcome == "added"
            s.replaced += outcome == "replaced"
            if ex is not None:
                s.entities += len(ex.entities)
                s.statements += len(ex.statements)
    store.flush()
    s.seconds = time.perf_counter() - t0
    return s


def count_sources(paths: list[Path], max_bytes: int) -> int:
    return sum(1 for _ in read_sources(paths, max_bytes=max_bytes))
