"""`kg build`: read sources, extract, validate and write each article atomically."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import Graph

from .articles import ARTICLE_SUFFIXES, DUMP_SUFFIXES, Source, read_sources
from .errors import ExtractionFailed, InputError, KGError, check_stop
from .namespaces import article_iri
from .rdf.shacl import require_valid
from .rdf.triples import article_graph, entity_graph
from .records import Article, Extraction
from .store import Store

log = logging.getLogger(__name__)


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
    store: Store,
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
    if not force and _unchanged(store, article, extractor, version):
        return "unchanged", None
    if not hasattr(extractor, "extract"):
        extractor = extractor()
    prepared = prepare(extractor, article, ontology_dir, stop)
    check_stop(stop)
    with lock or nullcontext():
        return write(store, prepared), prepared.extraction


def _unchanged(store: Store, article: Article, extractor, version: str | None) -> bool:
    """Whether the store holds this article's text as read by this extractor. The stored
    version names the rules, lexicons and model that read it: after an upgrade it is read
    again (given ``version``, the model is not loaded to learn it)."""
    state = store.article_state(str(article_iri(article.id)))
    if not state or state[0] != article.content_hash:
        return False
    if version is None:
        version = (extractor if hasattr(extractor, "extract") else extractor()).version
    return state[1] == version


@dataclass
class Prepared:
    """An article read, built into its graphs and validated: all that is left is the write."""

    article: Article
    extraction: Extraction
    named: Graph
    default: Graph


def prepare(
    extractor, article: Article, ontology_dir: Path | None, stop: threading.Event | None = None
) -> Prepared:
    ex = extractor.extract(article, stop=stop)
    return Prepared(article, ex, *graphs_for(ex, ontology_dir))


def write(store: Store, prepared: Prepared) -> str:
    """Store a prepared article whole, replacing its earlier graph: 'added' or 'replaced'."""
    iri = str(article_iri(prepared.article.id))
    state = store.article_state(iri)  # another writer may have stored it meanwhile
    store.put_article(iri, prepared.named, prepared.default)
    return "replaced" if state else "added"


# -- where articles are read: processes of this machine, or a cluster (kg/cluster.py) --------


class Pending(Protocol):
    """A batch being read: a :class:`concurrent.futures.Future` or a Dask future."""

    def done(self) -> bool: ...

    def result(self) -> list[Prepared | KGError]: ...


class Readers(Protocol):
    """Reads batches of articles elsewhere (``read_batch`` with a model loaded once in each
    worker) while :func:`build` writes. A batch's result has one entry per article: its
    :class:`Prepared`, or the :class:`KGError` that says why there is none."""

    batch: int  # articles per task

    def slots(self) -> int:
        """Batches read at once (the window of a build is twice this)."""
        ...

    def submit(self, articles: list[Article]) -> Pending: ...

    def close(self) -> None: ...


def read_batch(
    extractor, articles: list[Article], ontology_dir: Path | None
) -> list[Prepared | KGError]:
    """Each article prepared, or the error of that article alone: the others go on. The
    batch is parsed together (:meth:`~kg.extract.pipeline.Extractor.extract_batch`)."""
    out: list[Prepared | KGError] = []
    for article, ex in zip(articles, extractor.extract_batch(articles), strict=True):
        if isinstance(ex, KGError):
            out.append(ex)
            continue
        try:
            out.append(Prepared(article, ex, *graphs_for(ex, ontology_dir)))
        except KGError as e:
            out.append(e)
        except Exception as e:  # a bug on one article: it fails, not the batch or the build
            log.debug("article '%s' could not be read", article.id, exc_info=True)
            out.append(
                ExtractionFailed(
                    f"article '{article.id}': could not be read ({type(e).__name__}: {e})",
                    detail="the other articles go on; run `kg build` on this one alone to see more",
                )
            )
    return out


MAX_BATCH = 8  # articles per task at most: the same window of articles in flight at any corpus size
# Articles written between flushes of the store: the embedded store (RocksDB) keeps what is
# written in memory tables until they fill, ~110 KB an article, which made a writer's memory
# grow with the corpus for its first several thousand articles
FLUSH_EVERY = 100


def batch_size(articles: int, slots: int) -> int:
    """Articles per task: eight tasks per slot, so that the work spreads evenly to the end and
    a lost worker loses little, and at most :data:`MAX_BATCH`."""
    return max(1, min(MAX_BATCH, articles // (8 * max(1, slots))))


_worker: dict[str, object] = {}


def _start_worker(model: str, ontology_dir: Path | None) -> None:
    from .extract.pipeline import Extractor

    _worker["extractor"] = Extractor.load(model)
    _worker["ontology_dir"] = ontology_dir


def _read_in_worker(articles: list[Article]) -> list[Prepared | KGError]:
    return read_batch(_worker["extractor"], articles, _worker["ontology_dir"])  # type: ignore[arg-type]


def build(
    store: Store,
    paths: list[Path],
    get_extractor: Callable[[], object],
    *,
    ontology_dir: Path | None,
    max_bytes: int,
    replace: bool = False,
    progress: Callable[[str], None] | None = None,
    on_done: Callable[[str, str], None] | None = None,
    version: str | None = None,
    workers: int = 1,
    model: str | None = None,
    readers: Readers | None = None,
    per_task: int | None = None,
) -> Summary:
    """Ingest every article and dump under ``paths``; a bad one is a failure in the summary,
    the others go on. An id read twice is a failure naming both places, and the later article
    is not stored, unless ``replace`` lets it replace the earlier one. Finding nothing to read
    is an :class:`~kg.errors.InputError` that says where it looked and what it reads.
    ``version``: :func:`kg.extract.lexicon.extractor_version` of the model ``get_extractor``
    loads, so that unchanged articles are recognised without loading it.

    ``readers`` read the articles elsewhere (:class:`kg.cluster.ClusterReaders`: a Dask
    cluster); else ``workers`` > 1 reads them in that many processes of this machine, each
    loading ``model`` once, ``per_task`` articles per task (default :data:`MAX_BATCH`). Readers
    validate what they read; this process writes the articles one at a time, in the order the
    sources were read, with at most two batches per reader slot in flight (memory does not
    grow with the corpus). ``readers`` are closed at the end.
    ``progress(where)`` is called as each source is done."""
    t0 = time.perf_counter()
    s = Summary()
    first: dict[str, str] = {}  # article id → where this build read it first
    if readers is None and workers > 1:
        readers = _Pool(workers, model, ontology_dir, per_task or MAX_BATCH)
    batch: list[Source] = []  # articles to read, not sent yet
    pending: deque[tuple[list[Source], Pending]] = deque()  # sent, in the order read
    unflushed = 0  # articles written since the store was last flushed

    def done(src: Source, outcome: str | KGError, ex: Extraction | None = None) -> None:
        if isinstance(outcome, KGError):
            s.failed.append((src.where, str(outcome)))
        else:
            if on_done and src.article is not None:
                on_done(src.article.id, outcome)
            s.unchanged += outcome == "unchanged"
            s.added += outcome == "added"
            s.replaced += outcome == "replaced"
            if ex is not None:
                s.entity_ids.update(ex.entities)
                s.statements += len(ex.statements)
        if progress:
            progress(src.where)

    def write_next() -> None:
        sources, future = pending.popleft()
        for src, result in zip(sources, _results(future, sources), strict=True):
            if isinstance(result, KGError):
                done(src, result)
                continue
            try:
                done(src, write(store, result), result.extraction)
            except KGError as e:
                done(src, e)
                continue
            wrote()

    def wrote() -> None:
        nonlocal unflushed
        unflushed += 1
        if unflushed >= FLUSH_EVERY:
            store.flush()
            unflushed = 0

    def send() -> None:
        assert readers is not None
        sources = batch[:]
        batch.clear()
        articles = [src.article for src in sources if src.article is not None]  # all of them
        try:
            pending.append((sources, readers.submit(articles)))
        except KGError as e:
            for src in sources:
                done(src, e)
        while pending and (len(pending) >= 2 * readers.slots() or pending[0][1].done()):
            write_next()

    found = False
    try:
        for src in read_sources(paths, max_bytes=max_bytes):
            found = True
            if src.error is not None:
                done(src, src.error)
                continue
            try:
                if src.dump is not None:
                    if batch:
                        send()
                    while pending:  # a dump replaces what was read before it
                        write_next()
                    s.restored += len(store.restore(src.dump))
                    if progress:
                        progress(src.where)
                    continue
                assert src.article is not None
                _check_once(first, src, replace)
                if readers is None:
                    outcome, ex = ingest_article(
                        store, get_extractor, src.article, ontology_dir, version=version
                    )
                    done(src, outcome, ex)
                    if outcome != "unchanged":
                        wrote()
                    continue
                if _unchanged(store, src.article, get_extractor, version):
                    done(src, "unchanged")
                    continue
            except KGError as e:
                done(src, e)
                continue
            batch.append(src)
            if len(batch) >= readers.batch:
                send()
        if batch:
            send()
        while pending:
            write_next()
    finally:
        if readers is not None:
            readers.close()
    if not found:
        raise InputError(
            f"no articles found in {', '.join(str(p) for p in paths)}",
            detail=f"kg build reads {' '.join(ARTICLE_SUFFIXES + DUMP_SUFFIXES)} files "
            "(folders are searched recursively)",
        )
    store.flush()
    s.seconds = time.perf_counter() - t0
    return s


def _check_once(first: dict[str, str], src: Source, replace: bool) -> None:
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


def _results(future: Pending, sources: list[Source]) -> list[Prepared | KGError]:
    """A batch's articles as read, or for each the :class:`KGError` saying why there is none."""
    try:
        return future.result()
    except (
        Exception
    ) as e:  # readers that died, or a bug in them: these articles fail, not the build
        return [
            ExtractionFailed(
                f"{src.where}: could not be read ({type(e).__name__}: {e})",
                detail="the other articles go on; run `kg build` on this one alone to see more",
            )
            for src in sources
        ]


class _Pool:
    """Worker processes of this machine that read articles, ``batch`` per task (spawned: no state
    inherited but the arguments); a pool whose process died is replaced for the articles
    after."""

    def __init__(
        self, workers: int, model: str | None, ontology_dir: Path | None, batch: int
    ) -> None:
        if model is None:
            raise ValueError("a build with workers needs the model's name")
        self.args = (workers, model, ontology_dir)
        self.batch = batch
        self.executor: ProcessPoolExecutor | None = None

    def slots(self) -> int:
        return self.args[0]

    def submit(self, articles: list[Article]) -> Future[list[Prepared | KGError]]:
        import multiprocessing
        from concurrent.futures.process import BrokenProcessPool

        for _attempt in range(2):
            if self.executor is None:
                workers, model, ontology_dir = self.args
                self.executor = ProcessPoolExecutor(
                    workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(model, ontology_dir),
                )
            try:
                return self.executor.submit(_read_in_worker, articles)
            except BrokenProcessPool:
                self.executor.shutdown(wait=False, cancel_futures=True)
                self.executor = None
        ids = ", ".join(f"'{a.id}'" for a in articles)
        raise ExtractionFailed(f"article {ids}: the worker processes keep dying")

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
