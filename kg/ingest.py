"""`kg build`: read sources, extract, validate and write each article atomically."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .articles import ARTICLE_SUFFIXES, DUMP_SUFFIXES, Source, read_sources
from .build import article_graph, entity_graph
from .errors import InputError, KGError, check_stop
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
    entity_ids: set[str] = field(default_factory=set)  # distinct entities of the articles read
    statements: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def entities(self) -> int:
        return len(self.entity_ids)

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
    stop: threading.Event | None = None,
    lock: AbstractContextManager | None = None,
    version: str | None = None,
) -> tuple[str, Extraction | None]:
    """Store one article; returns ('added'|'replaced'|'unchanged', extraction).

    ``extractor`` is an Extractor or a function returning one, called only when the article
    has to be read (an unchanged article never loads the model). Only the write holds
    ``lock`` (a server's write lock): extraction and validation run outside it. A set
    ``stop`` ends the work before the write (:class:`~kg.errors.Interrupted`), so an article
    is stored whole or not at all."""
    iri = str(article_iri(article.id))
    state = store.article_state(iri)
    # the stored version names the rules, lexicons and model that read the article: after
    # an upgrade it is read again (given ``version``, an unchanged article never loads the
    # model; without it, the extractor is loaded to learn its version)
    if state and not force and state[0] == article.content_hash:
        if version is None and not hasattr(extractor, "extract"):
            extractor = extractor()
        if state[1] == (version or extractor.version):
            return "unchanged", None
    if not hasattr(extractor, "extract"):
        extractor = extractor()
    ex = extractor.extract(article, stop=stop)
    named, default = graphs_for(ex, ontology_dir)
    check_stop(stop)
    with lock or nullcontext():
        state = store.article_state(iri)  # another writer may have stored it meanwhile
        store.put_article(iri, named, default)
    return ("replaced" if state else "added"), ex


def build(
    store: OxigraphStore,
    paths: list[Path],
    get_extractor: Callable[[], object],
    *,
    ontology_dir: Path | None,
    max_bytes: int,
    replace: bool = False,
    progress: Callable[[str], None] | None = None,
    on_done: Callable[[str, str], None] | None = None,
    version: str | None = None,
) -> Summary:
    """Ingest every article and dump under ``paths``; a bad one is a failure in the summary,
    the others go on. An id read twice is a failure naming both places, and the later article
    is not stored, unless ``replace`` lets it replace the earlier one. Finding nothing to read
    is an :class:`~kg.errors.InputError` that says where it looked and what it reads.
    ``version``: :func:`kg.extract.lexicon.extractor_version` of the model ``get_extractor``
    loads, so that unchanged articles are recognised without loading it."""
    t0 = time.perf_counter()
    s = Summary()
    sources: list[Source] = list(read_sources(paths, max_bytes=max_bytes))
    if not sources:
        raise InputError(
            f"no articles found in {', '.join(str(p) for p in paths)}",
            detail=f"kg build reads {' '.join(ARTICLE_SUFFIXES + DUMP_SUFFIXES)} files "
            "(folders are searched recursively)",
        )
    first: dict[str, str] = {}  # article id → where this build read it first
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
            art_id = src.article.id
            if art_id in first and not replace:
                raise InputError(
                    f"{src.where}: article id '{art_id}' was already read from "
                    f"{first[art_id]}; this one was not stored",
                    detail="give each article its own id, or pass --replace to let the later "
                    "one replace the earlier",
                )
            first.setdefault(art_id, src.where)
            outcome, ex = ingest_article(
                store, get_extractor, src.article, ontology_dir, version=version
            )
        except KGError as e:
            s.failed.append((src.where, str(e)))
            continue
        if on_done:
            on_done(art_id, outcome)
        if outcome == "unchanged":
            s.unchanged += 1
        else:
            s.added += outcome == "added"
            s.replaced += outcome == "replaced"
            if ex is not None:
                s.entity_ids.update(ex.entities)
                s.statements += len(ex.statements)
    store.flush()
    s.seconds = time.perf_counter() - t0
    return s
