"""`kg build --cluster tcp://HOST:8786`: articles read on a Dask cluster, written here.

:class:`ClusterReaders` are the :class:`~kg.ingest.Readers` of a build whose articles are
read by the workers of a ``dask.distributed`` scheduler. Each worker loads the spaCy model
once, in :class:`ExtractorPlugin` (a worker plugin, so a worker that joins or is restarted
later loads it too); articles go in batches, one task per batch, and come back as
:class:`~kg.ingest.Prepared` graphs, validated, to the one process that writes the store
(:func:`kg.ingest.build`, in the order they were read). An article that fails is that
article's error in the summary. A worker lost mid-build loses its tasks and the results it
held; the scheduler runs them again on the others (up to ``distributed.scheduler
.allowed-failures`` times), and a task that raised is retried ``retries`` times.

Every worker needs what this process has: geokg and the spaCy model installed (the same
versions: a worker whose extractor version differs refuses to read). The ontology is sent
with the plugin, so workers validate against the shapes this build writes under.
"""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from distributed import Client, WorkerPlugin, get_worker

from .errors import ClusterError, KGError, ModelError
from .ingest import Prepared, read_batch
from .records import Article

ONTOLOGY_FILES = ("geokg.ttl", "shapes.ttl")
CONNECT_SECONDS = 30.0  # to reach the scheduler, and for it to have a worker


class ExtractorPlugin(WorkerPlugin):
    """Loads the Extractor once on each worker (off the worker's event loop, which keeps
    answering the scheduler meanwhile) and writes the ontology it was given to a folder of
    its own. ``name`` names the model, extractor version and ontology: builds that read the
    same way share a worker's model, other builds load theirs alongside."""

    idempotent = True

    def __init__(self, model: str, version: str, ontology: dict[str, bytes] | None) -> None:
        self.model, self.version, self.ontology = model, version, ontology
        digest = hashlib.sha256(repr(sorted((ontology or {}).items())).encode()).hexdigest()
        self.name = f"geokg-extractor-{model}-{version}-{digest[:12]}"
        self.extractor: Any = None
        self.ontology_dir: Path | None = None
        self.problem = "the model is still loading"
        self.lock = threading.Lock()  # one article at a time per worker, whatever its threads

    def __getstate__(self) -> dict[str, Any]:  # what is sent: the arguments, not the model
        return {"model": self.model, "version": self.version, "ontology": self.ontology}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    async def setup(self, worker: Any) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._load, worker.address)

    def _load(self, where: str) -> None:
        from .extract.pipeline import Extractor

        try:
            extractor = Extractor.load(self.model)
        except KGError as e:
            self.problem = f"worker {where}: {e}"
            raise ModelError(self.problem) from None
        if extractor.version != self.version:
            self.problem = (
                f"worker {where} reads with {extractor.version}, this build with {self.version}"
            )
            raise ModelError(
                self.problem,
                detail="install the same geokg and spaCy model on every worker",
            )
        if self.ontology is not None:
            folder = Path(tempfile.mkdtemp(prefix="geokg-ontology-"))
            for name, data in self.ontology.items():
                (folder / name).write_bytes(data)
            self.ontology_dir = folder
        self.extractor = extractor

    def teardown(self, worker: Any) -> None:
        if self.ontology_dir is not None:
            shutil.rmtree(self.ontology_dir, ignore_errors=True)

    def read(self, articles: list[Article]) -> list[Prepared | KGError]:
        if self.extractor is None:
            error = ModelError(self.problem, detail="see the worker's log")
            return [error for _ in articles]
        with self.lock:
            return read_batch(self.extractor, articles, self.ontology_dir)


def _read_on_worker(plugin_name: str, articles: list[Article]) -> list[Prepared | KGError]:
    """The task: a batch of articles read by this worker's plugin."""
    plugin = get_worker().plugins.get(plugin_name)
    if not isinstance(plugin, ExtractorPlugin):
        error = ModelError(
            f"worker {get_worker().address} has no geokg extractor",
            detail="the plugin did not reach it: see the worker's log",
        )
        return [error for _ in articles]
    return plugin.read(articles)


class ClusterReaders:
    """The workers of the Dask scheduler at ``address`` as the readers of a build."""

    def __init__(
        self,
        address: str,
        *,
        model: str,
        version: str,
        ontology_dir: Path | None,
        batch: int = 1,
        retries: int = 2,
        timeout: float = CONNECT_SECONDS,
    ) -> None:
        self.address, self.batch, self.retries = address, batch, retries
        ontology = (
            {name: (ontology_dir / name).read_bytes() for name in ONTOLOGY_FILES}
            if ontology_dir is not None
            else None
        )
        self.plugin = ExtractorPlugin(model, version, ontology)
        self.client = _connect(address, timeout)
        self._slots = (0, 0.0)  # (slots, when counted)
        try:
            self.client.register_plugin(self.plugin)
        except Exception as e:  # a worker's exception, as the scheduler relayed it
            self.client.unregister_worker_plugin(self.plugin.name)  # no worker loads it later
            self.client.close()
            if isinstance(e, KGError):
                raise
            raise ClusterError(
                f"the workers of {address} could not load the model: {type(e).__name__}: {e}",
                detail="install geokg and the spaCy model on every worker",
            ) from e

    def slots(self) -> int:
        """Threads of the cluster's workers (counted again every few seconds: workers come
        and go)."""
        slots, when = self._slots
        if time.monotonic() - when > 5.0:
            slots = max(1, sum(self.client.nthreads().values()))
            self._slots = (slots, time.monotonic())
        return slots

    def submit(self, articles: list[Article]) -> Any:
        return self.client.submit(
            _read_on_worker, self.plugin.name, articles, pure=False, retries=self.retries
        )

    def close(self) -> None:
        self.client.close()


def _connect(address: str, timeout: float) -> Client:
    """A client of the scheduler at ``address``, once it has a worker (``timeout`` seconds for
    each)."""
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address}: {e}",
            detail="start one with `dask scheduler` and give its address, "
            "e.g. --cluster tcp://HOST:8786",
        ) from e
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers",
            detail=f"start some with `dask worker {address}`",
        ) from None
    return client
