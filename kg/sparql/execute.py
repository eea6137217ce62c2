"""Queries evaluated in worker processes that can be killed: a timeout really stops the work.

pyoxigraph cannot cancel a running query, and a thread cannot be stopped, so a runaway query
would hold a CPU core (and memory) until it finished on its own. Instead, each query runs in
one of ``workers`` small processes; past the timeout the process is killed (``SIGKILL``) and
replaced, and the caller gets :class:`~kg.errors.QueryTimeout` (HTTP 503).

The serving process keeps the only read-write opening of the store (RocksDB allows one).
Workers never open that directory: opening it read-only while it is written is undefined
behaviour in RocksDB/Oxigraph. They open a *snapshot*: a RocksDB checkpoint the serving
process takes (``Store.backup``, hard links, ~20 ms) into a private folder next to the
store, after a write and before the next query. Every write through
:meth:`OxigraphStore.update` bumps a counter; a query sees every write completed before it
started. Old snapshots are deleted once no worker has them open. A small snapshot is also
copied into the worker's memory in the background (``KG_QUERY_MEMORY_QUADS``), where queries
run 2-6x faster.

Jobs are a :class:`~kg.sparql.jobs.QueryJob` (a query, evaluated) or a
:class:`~kg.sparql.jobs.RequestJob` (a whole ``/sparql`` request, answered): see
:mod:`kg.sparql.jobs`.

With an in-memory store, or ``workers=0``, queries run in the calling thread and the
timeout is checked only between result rows (see docs/decisions/0003-sparql-execution.md).

This module is also the worker's entry point: ``python -m kg.sparql.execute JOBS_FD
REPLIES_FD THREADS NICE``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import math
import os
import pickle
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import anyio

from .. import errors
from ..errors import KGError, QueryTimeout, ServiceBusy, StoreError
from ..store import OxigraphStore, Store
from .jobs import QueryAnswer, QueryJob, RequestJob, perform

log = logging.getLogger(__name__)

_ERRORS = {
    cls.code: cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, KGError)
}


class _Worker:
    """A worker process, its job socket and its reply pipe. Replies are read by the event
    loop of the caller (registered once per loop, not per query: two system calls fewer a
    query), into a buffer (:func:`_take_frame`)."""

    def __init__(self, threads: int = 1, nice: int = 0, spill: Path | None = None) -> None:
        # Jobs go over a SOCK_SEQPACKET socket pair: every receive takes one whole message,
        # so all the worker's threads wait on it at once and the kernel wakes one per job (a
        # pipe needs one reader at a time, and handing the pipe on woke a thread per job).
        jobs, child_jobs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        from_child_r, from_child_w = os.pipe()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.sparql.execute",
                str(child_jobs.fileno()),
                str(from_child_w),
                str(threads),
                str(nice),
            ],
            pass_fds=(child_jobs.fileno(), from_child_w),
            stdin=subprocess.DEVNULL,
            cwd=str(Path(__file__).resolve().parents[2]),
        )
        child_jobs.close()
        os.close(from_child_w)
        with contextlib.suppress(OSError):
            jobs.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _JOB_SNDBUF)
        # a send blocks only if the worker's queue holds its buffer's worth: never, with at
        # most `threads` jobs queued of at most `max_message` bytes each; the timeout guards
        jobs.settimeout(_SEND_TIMEOUT)
        self.jobs = jobs
        room = jobs.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // (threads + 2)
        self.max_message = max(2048, min(_MAX_MESSAGE, room - _MESSAGE_OVERHEAD))
        self.spill = spill  # where a bigger job is written, and the worker sent its name
        self.fd = from_child_r
        self.buffer = bytearray()
        self.loop: asyncio.AbstractEventLoop | None = None  # the loop reading its replies
        self.pending: dict[int, asyncio.Future[Any]] = {}  # job id → its caller's future
        self.busy = 0  # jobs assigned to it (sent, or about to be)
        self.on_abandoned_reply: Callable[[_Worker], None] | None = None
        self.gone = False  # its pipe closed: the process died
        self.reserve = False  # the reserve worker: takes jobs only when no other has room
        self.killed = False
        self.generation = 0  # the newest snapshot it was sent
        self.generations: Counter[int] = Counter()  # snapshots its running jobs read

    def watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Have ``loop`` read this worker's replies (the caller runs in ``loop``)."""
        if self.loop is loop:
            return
        old, self.loop = self.loop, loop
        if old is not None and not old.is_closed():
            with contextlib.suppress(Exception):  # another thread's loop: it may be gone
                old.call_soon_threadsafe(old.remove_reader, self.fd)
        loop.add_reader(self.fd, self._readable)

    def _readable(self) -> None:
        try:
            chunk = os.read(self.fd, 1 << 16)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the process died: stop watching, wake whoever waits
            self.gone = True
            if self.loop is not None:
                self.loop.remove_reader(self.fd)
                self.loop = None
            self.deliver_all(None)
            return
        self.buffer += chunk
        while (message := _take_frame(self.buffer)) is not None:
            job_id, status, payload = pickle.loads(message)
            waiting = self.pending.pop(job_id, None)
            if waiting is None:
                continue
            if waiting.done():  # its caller went away: the slot is free only now
                if self.on_abandoned_reply is not None:
                    self.on_abandoned_reply(self)
            else:
                waiting.set_result((status, payload))

    def post(self, message: bytes) -> None:
        """Send a job (pickled) to the process; OSError if it cannot be (it died). A job
        bigger than ``max_message`` (a long query) goes through a file in ``spill``."""
        if len(message) > self.max_message and self.spill is not None:
            fd, name = tempfile.mkstemp(prefix="job-", dir=self.spill)
            with os.fdopen(fd, "wb") as f:
                f.write(message)
            message = pickle.dumps((_SPILLED, name), protocol=5)
        self.jobs.send(message)

    def deliver_all(self, result: Any) -> None:
        """Complete every job's future still waiting with ``result`` (on the loop's thread)."""
        pending, self.pending = self.pending, {}
        for waiting in pending.values():
            if not waiting.done():
                waiting.set_result(result)

    def kill(self) -> None:
        """Stop the process and close its pipes (once: later calls do nothing)."""
        if self.killed:
            return
        self.killed = True
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        self.proc.wait()
        self.jobs.close()
        loop, self.loop, fd = self.loop, None, self.fd
        if loop is None or loop.is_closed():
            os.close(fd)
            return

        def drop() -> None:  # on the loop's thread
            self.deliver_all(None)  # queries waiting on it fail now, not at their deadline
            with contextlib.suppress(Exception):
                loop.remove_reader(fd)
            os.close(fd)

        try:
            here = asyncio.get_running_loop() is loop
        except RuntimeError:
            here = False
        if here:
            drop()
        else:
            try:
                loop.call_soon_threadsafe(drop)
            except RuntimeError:  # closed meanwhile
                os.close(fd)


# The job socket: a job bigger than _MAX_MESSAGE (or than the send buffer allows for a full
# queue of jobs) is written to a file and its name sent instead.
_JOB_SNDBUF = 1 << 20  # asked for; the kernel caps it (net.core.wmem_max)
_MAX_MESSAGE = 64 * 1024
_MESSAGE_OVERHEAD = 1024  # what the kernel counts per message on top of its bytes
_SEND_TIMEOUT = 5.0
_SPILLED = "spilled"

_TIMED_OUT: Any = object()  # what the deadline delivers instead of a reply
_RETRY: Any = object()  # the worker was stopped for another job's sake: run it elsewhere


class QueryExecutor:
    """Runs :class:`QueryJob`s with a hard timeout. Thread-safe; ``run`` blocks."""

    def __init__(
        self,
        store: Store,
        *,
        workers: int,
        timeout: float,
        memory_quads: int = 0,
        threads: int = 1,
        worker_nice: int = 5,
        reserve_timeout: float = 0.0,
    ) -> None:
        self.store = store
        self.worker_nice = worker_nice
        self.timeout = timeout
        self.memory_quads = memory_quads
        self.threads = max(1, threads)  # jobs a worker evaluates at once
        self._ids = itertools.count(1)
        self.retried = 0  # jobs run again because their worker was stopped for another
        # jobs since the start, by outcome (see stats()), and jobs in progress now
        self._outcomes: Counter[str] = Counter()
        self._in_flight = 0
        self.size = workers if store.path is not None else 0
        # the reserve: one more worker, for jobs that find every slot of the others taken; a
        # job waits for a slot, and runs there, at most this long (0: no reserve)
        self.reserve_timeout = reserve_timeout if self.size else 0.0
        self._deadlines: Counter[float] = Counter()  # of the jobs on the regular workers
        # started beforehand: a stopped reserve worker is replaced at once (a start takes
        # ~0.7 s, longer on a loaded machine: as long as the reserve's limit)
        self._spare: _Worker | None = None
        self._writes = 0
        self._lock = threading.Lock()
        self._waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[_Worker]]] = deque()
        self._workers: list[_Worker] = []
        self._snapshots: dict[int, tuple[Path, int]] = {}  # generation → (folder, writes)
        self._generation = 0
        self._started = False
        self._epoch = 0  # bumped by close(): a replacement started before it is not kept
        self.root: Path | None = None
        if self.size:
            assert store.path is not None
            self.root = store.path.resolve().parent / f".{store.path.name}.readers"
            store.on_write(self._written)

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Create the snapshot folder and start the workers (otherwise done on first use)."""
        with self._lock:
            if self._started or not self.size:
                return
            assert self.root is not None
            shutil.rmtree(self.root, ignore_errors=True)  # a crashed run's leftovers
            self.root.mkdir(parents=True)
            for _ in range(self.size):
                self._add_worker()
            if self.reserve_timeout:
                self._add_worker(reserve=True)
                self._spare = self._new_worker(reserve=True)
            self._started = True

    def _new_worker(self, reserve: bool = False) -> _Worker:
        # the reserve is not niced: its queries are short (reserve_timeout), and must go
        # before the long ones on the CPU
        worker = _Worker(self.threads, 0 if reserve else self.worker_nice, self.root)
        worker.reserve = reserve
        worker.on_abandoned_reply = self._release
        return worker

    def _add_worker(self, reserve: bool = False) -> _Worker:
        """Start a worker and count it in (lock held)."""
        worker = self._new_worker(reserve)
        self._workers.append(worker)
        return worker

    def close(self) -> None:
        """Stop the workers and delete the snapshots; ``run`` starts them again if needed."""
        with self._lock:
            self._epoch += 1
            self._started = False
            for worker in self._workers:
                worker.kill()
            self._workers.clear()
            if self._spare is not None:
                self._spare.kill()
                self._spare = None
            self._snapshots.clear()
            self._generation = 0
            if self.root is not None:
                shutil.rmtree(self.root, ignore_errors=True)

    # -- snapshots ------------------------------------------------------------------------
    def _written(self) -> None:
        with self._lock:
            self._writes += 1

    def _current(self) -> tuple[int, Path]:
        with self._lock:
            if self._generation and self._snapshots[self._generation][1] == self._writes:
                return self._generation, self._snapshots[self._generation][0]
            writes = self._writes  # read before the checkpoint: a later write re-snapshots
            self._generation += 1
            assert self.root is not None and isinstance(self.store, OxigraphStore)
            path = self.root / f"s{self._generation}"
            self.store.snapshot(path)
            self._snapshots[self._generation] = (path, writes)
            self._collect()
            return self._generation, path

    def _collect(self) -> None:
        """Delete snapshots that are neither current nor open in a worker (lock held)."""
        in_use = {self._generation}
        for w in self._workers:
            in_use |= {w.generation, *w.generations}
        for gen in [g for g in self._snapshots if g not in in_use]:
            shutil.rmtree(self._snapshots.pop(gen)[0], ignore_errors=True)

    # -- running --------------------------------------------------------------------------
    def run(self, job: QueryJob) -> QueryAnswer:
        """Blocking form of :meth:`arun` (for code without an event loop)."""
        return asyncio.run(self.arun(job))

    async def arun(self, job: QueryJob) -> QueryAnswer:
        """Run a job; the event loop is never blocked (waits on the worker's pipe)."""
        result = await self._perform(job)
        assert isinstance(result, QueryAnswer)
        return result

    async def respond(self, job: RequestJob) -> QueryAnswer | None:
        """Answer a /sparql request in a worker: the reply, or None when it is not a query
        (the app answers it). Past the timeout: :class:`QueryTimeout`."""
        reply = await self._perform(job)
        assert reply is None or isinstance(reply, QueryAnswer)
        return reply

    def stats(self) -> dict[str, int]:
        """What the executor has done since it was made (jobs run, by outcome: answered,
        failed (an error, or the caller went away), timed out, refused as busy; retried on
        another worker) and holds now (jobs in flight, those waiting for a slot, the slots
        taken, worker processes)."""
        with self._lock:
            return {
                "run": sum(self._outcomes.values()),
                "answered": self._outcomes["answered"],
                "failed": self._outcomes["failed"],
                "timed_out": self._outcomes["timed_out"],
                "refused": self._outcomes["refused"],
                "retried": self.retried,
                "in_flight": self._in_flight,
                "slots_busy": sum(w.busy for w in self._workers),
                "waiting": len(self._waiters),
                "workers": sum(1 for w in self._workers if not (w.gone or w.killed)),
            }

    def worker_pids(self) -> list[int]:
        """The process ids of the running workers (the reserve last)."""
        with self._lock:
            return [w.proc.pid for w in self._workers if not (w.gone or w.killed)]

    async def _perform(self, job: QueryJob | RequestJob) -> QueryAnswer | None:
        """Run ``job`` (:meth:`_dispatch`), counted in :meth:`stats`."""
        with self._lock:
            self._in_flight += 1
        outcome = "failed"
        try:
            result = await self._dispatch(job)
            outcome = "answered"
            return result
        except QueryTimeout:
            outcome = "timed_out"
            raise
        except ServiceBusy:
            outcome = "refused"
            raise
        finally:
            with self._lock:
                self._in_flight -= 1
                self._outcomes[outcome] += 1

    async def _dispatch(self, job: QueryJob | RequestJob) -> QueryAnswer | None:
        if not self.size:
            return await anyio.to_thread.run_sync(self._run_here, job)
        if not self._started:
            await anyio.to_thread.run_sync(self.start)
        loop = asyncio.get_running_loop()
        now = loop.time()
        deadline = now + self.timeout
        # With a reserve, a job that finds no free slot waits at most reserve_timeout, and on
        # the reserve worker it runs at most that long: long queries can hold every regular
        # slot, never the reserve (docs/decisions/0005-fair-scheduling.md).
        short = min(deadline, now + self.reserve_timeout) if self.reserve_timeout else deadline
        while True:
            worker = await self._acquire(short)
            if worker.gone:  # it died (killed from outside?): a replacement answers
                self._replace(worker)
                continue
            result = await self._on(worker, job, short if worker.reserve else deadline)
            if result is _RETRY:  # stopped for another job's sake before this one ended
                self.retried += 1
                if worker.reserve and short - loop.time() < self.reserve_timeout / 2:
                    # A job that has used half its limit is likely long too (it came with the
                    # one that overran): sent again, it would stop the next reserve worker.
                    raise self._busy(
                        "the query was stopped with the reserve worker, which another long "
                        "query overran, after half of its limit there"
                    )
                if self.reserve_timeout and not worker.reserve:  # it waits anew
                    short = min(deadline, loop.time() + self.reserve_timeout)
                continue
            if result is _TIMED_OUT:
                if worker.reserve and short < deadline:
                    raise self._busy(
                        f"the query ran longer than {self.reserve_timeout:g} s on the reserve "
                        "worker, which runs queries only while long ones hold every other slot"
                    )
                raise QueryTimeout(
                    f"the query ran longer than {self.timeout:g} s and was stopped",
                    detail="make it more selective (LIMIT, fewer OPTIONALs, bound subjects)",
                )
            if result is None:
                log.warning("query worker %d stopped unexpectedly", worker.proc.pid)
                self._replace(worker)
                raise StoreError("the query worker stopped unexpectedly")
            self._release(worker)
            status, payload = result
            if status == "ok":
                return payload
            code, text, detail = payload
            raise _ERRORS.get(code, KGError)(text, detail=detail)

    async def _on(self, worker: _Worker, job: QueryJob | RequestJob, deadline: float) -> Any:
        """Send ``job`` to ``worker`` (a slot of it is ours) and wait for its outcome: the
        (status, payload) reply, ``_TIMED_OUT``, ``_RETRY``, or None (the worker died)."""
        try:
            current = self._fresh()
            if current is None:  # a write happened: snapshot off the loop (~20 ms)
                current = await anyio.to_thread.run_sync(self._current)
        except BaseException:
            self._release(worker)
            raise
        generation, path = current
        loop = asyncio.get_running_loop()
        with self._lock:
            worker.generation = generation
            worker.generations[generation] += 1
            if not worker.reserve:
                self._deadlines[deadline] += 1
        try:
            claimed = worker.loop is not loop
            try:
                worker.watch(loop)
            except OSError:  # stopped since we took its slot (close())
                return None
            # queries of this loop that found the worker taken before it read here wait for
            # its other slots: give them now, not when a slot is released
            while claimed and self._offer(worker):
                pass
            job_id = next(self._ids)
            waiting: asyncio.Future[Any] = loop.create_future()
            worker.pending[job_id] = waiting
            message: tuple[Any, ...]
            if isinstance(job, RequestJob):  # as a plain tuple: cheaper to pickle
                message = (job_id, str(path), generation, self.memory_quads, True, tuple(job))
            else:
                message = (job_id, str(path), generation, self.memory_quads, False, job)
            try:
                worker.post(pickle.dumps(message, protocol=5))
            except OSError:
                worker.pending.pop(job_id, None)
                return None
            # The deadline polices the job, not its caller: a caller that goes away leaves
            # the job to finish (its reply frees the slot) or to be stopped at the deadline.
            timer = loop.call_at(deadline, self._overran, worker, job_id)
            result = await waiting
            timer.cancel()
            return result
        finally:
            with self._lock:
                worker.generations[generation] -= 1
                if worker.generations[generation] <= 0:
                    del worker.generations[generation]
                if not worker.reserve:
                    self._deadlines[deadline] -= 1
                    if self._deadlines[deadline] <= 0:
                        del self._deadlines[deadline]

    def _busy(self, message: str) -> ServiceBusy:
        """The refusal of a job that found no room, with when to retry: once the first job
        on a regular worker reaches its deadline, a slot is free."""
        with self._lock:
            first = min(self._deadlines, default=None)
        wait = 1 if first is None else max(1, math.ceil(first - asyncio.get_running_loop().time()))
        return ServiceBusy(
            message, detail=f"retry in {wait} s, or make the query cheaper", retry_after=wait
        )

    def _overran(self, worker: _Worker, job_id: int) -> None:
        """A job's deadline passed before its reply: stop its worker (the only way to stop
        the job); the worker's other jobs are run again on another."""
        waiting = worker.pending.pop(job_id, None)
        if waiting is None:
            return
        if not waiting.done():
            waiting.set_result(_TIMED_OUT)
        log.info("a query overran its deadline: worker %d stopped", worker.proc.pid)
        self._replace(worker)

    def _fresh(self) -> tuple[int, Path] | None:
        with self._lock:
            gen = self._generation
            if gen and self._snapshots[gen][1] == self._writes:
                return gen, self._snapshots[gen][0]
            return None

    def _free_slot(self, loop: asyncio.AbstractEventLoop) -> _Worker | None:
        """The least busy worker with a free slot that ``loop`` may use (lock held): a worker
        serves one event loop at a time, since that loop reads its replies. The reserve
        worker only when no other has one."""
        best = None
        for w in self._workers:
            if w.gone or w.killed or w.busy >= self.threads:
                continue
            if w.busy and w.loop is not loop:
                continue
            if best is None or (w.reserve, w.busy) < (best.reserve, best.busy):
                best = w
        return best

    async def _acquire(self, deadline: float) -> _Worker:
        """A slot of a worker, or wait for one (first come, first served) until ``deadline``."""
        loop = asyncio.get_running_loop()
        with self._lock:
            dead = [w for w in self._workers if w.gone and not w.busy]
        for gone in dead:  # died while idle (killed from outside?): replaced now
            self._replace(gone)
        with self._lock:
            if not self._waiters and (free := self._free_slot(loop)) is not None:
                free.busy += 1
                return free
            waiter: asyncio.Future[_Worker] = loop.create_future()
            self._waiters.append((loop, waiter))
        timer = loop.call_at(deadline, _expire, waiter)
        try:
            return await waiter
        except BaseException as e:
            with self._lock:
                if (loop, waiter) in self._waiters:
                    self._waiters.remove((loop, waiter))
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self._release(waiter.result())  # handed over just as we gave up: give it back
            else:
                waiter.cancel()
            if isinstance(e, TimeoutError) and self.reserve_timeout:
                raise self._busy(
                    f"no query slot became free within {self.reserve_timeout:g} s: long "
                    "queries hold them all"
                ) from None
            if isinstance(e, TimeoutError):
                raise QueryTimeout(
                    f"no query worker became free within {self.timeout:g} s",
                    detail="the service is busy with long queries; retry later",
                ) from None
            raise
        finally:
            timer.cancel()

    def _release(self, worker: _Worker) -> None:
        """Give back a slot of ``worker``: to the first waiter that may use it, if any."""
        with self._lock:
            if worker not in self._workers:  # close() or _replace() stopped it meanwhile
                return
            worker.busy -= 1
        self._offer(worker)

    def _offer(self, worker: _Worker) -> bool:
        """Hand a free slot of ``worker`` to the first waiter that may use it; False if none."""
        with self._lock:
            if worker not in self._workers or worker.busy >= self.threads:
                return False
            for i, (loop, waiter) in enumerate(self._waiters):
                if waiter.done() or loop.is_closed():
                    continue
                if worker.busy and worker.loop is not loop:
                    continue
                del self._waiters[i]
                worker.busy += 1
                break
            else:
                return False
        try:
            here = asyncio.get_running_loop() is loop
        except RuntimeError:
            here = False
        if here:  # the waiter's own loop: hand over now, without waking the loop up
            self._hand_over(waiter, worker)
        else:
            loop.call_soon_threadsafe(self._hand_over, waiter, worker)
        return True

    def _hand_over(self, waiter: asyncio.Future[_Worker], worker: _Worker) -> None:
        if waiter.done():  # it timed out in the meantime
            self._release(worker)
        else:
            waiter.set_result(worker)

    def _replace(self, worker: _Worker) -> None:
        """Stop ``worker`` and start another; its jobs still waiting run again elsewhere."""
        worker.deliver_all(_RETRY)
        worker.kill()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
            epoch = self._epoch
            spare, self._spare = (self._spare, None) if worker.reserve else (None, self._spare)
            if spare is not None:
                self._workers.append(spare)
        if spare is not None:  # the reserve's replacement, started beforehand, takes over
            while self._offer(spare):
                pass
        # start the replacement (or the next spare) off the request's path
        args = (epoch, worker.reserve, spare is not None)
        threading.Thread(target=self._respawn, args=args, daemon=True).start()

    def _respawn(self, epoch: int, reserve: bool, spare: bool = False) -> None:
        with self._lock:
            if not self._started or epoch != self._epoch:
                return
            if spare:
                self._spare = self._new_worker(reserve=True)
                return
            worker = self._add_worker(reserve)
        while self._offer(worker):  # its free slots to whoever waits
            pass

    def _run_here(self, job: QueryJob | RequestJob) -> QueryAnswer | None:
        start = time.monotonic()
        result = perform(self.store, job)
        if time.monotonic() - start > self.timeout:
            raise QueryTimeout(
                f"the query ran longer than {self.timeout:g} s", detail="make it more selective"
            )
        return result


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


# -- the worker process -----------------------------------------------------------------------


def _die_with_parent() -> None:
    """Exit when the serving process is gone, even in the middle of a query.

    (Not ``PR_SET_PDEATHSIG``: Linux sends that signal when the *thread* that started the
    worker exits, and workers are started from short-lived threads.) An idle worker also
    sees its pipe close; a busy one is stopped by this watchdog within a second."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


# A snapshot bigger than this many bytes a quad allowed is not counted (counting holds the
# GIL: ~0.3 s per million quads); RocksDB takes ~100-200 bytes a quad.
_DISK_BYTES_PER_QUAD = 1000


class Reader:
    """The store one snapshot is read from: the snapshot on disk at once (or, in the serving
    process, the store itself), and, for a store of at most ``memory_quads`` quads, an
    in-memory copy once :class:`Copier` has made it (queries on it run 2-6x faster than on
    RocksDB)."""

    def __init__(self, disk: OxigraphStore, generation: int, memory_quads: int) -> None:
        self.generation = generation
        self.disk = disk
        self.memory: OxigraphStore | None = None
        self.memory_quads = memory_quads

    @property
    def store(self) -> OxigraphStore:
        return self.memory if self.memory is not None else self.disk

    def small(self) -> bool:
        """Whether it may be copied (what it holds on disk is a first, cheap, bound)."""
        path = self.disk.path
        return (
            path is not None
            and _disk_bytes(path) <= self.memory_quads * _DISK_BYTES_PER_QUAD
            and self.disk.quad_count() <= self.memory_quads
        )


class Copier:
    """Makes in-memory copies, one at a time, in a background thread.

    Under a stream of writes every query may bring a new snapshot; copying each would keep a
    core busy and hold one copy per snapshot in memory. So a copy starts only once the
    snapshot has been the newest for a while — at least 0.5 s, and at least as long as the
    last copy took, so copying takes at most about half a core — and a snapshot superseded
    in the meantime is never copied."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.wanted: Reader | None = None
        self.since = 0.0
        self.last_copy = 0.0
        self.stopped = False
        threading.Thread(target=self._run, name="memory-copy", daemon=True).start()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify()

    def want(self, reader: Reader) -> None:
        if reader.memory_quads <= 0:
            return
        with self.cond:
            self.wanted, self.since = reader, time.monotonic()
            self.cond.notify()

    def _run(self) -> None:
        while True:
            with self.cond:
                while self.wanted is None and not self.stopped:
                    self.cond.wait()
                quiet = max(0.5, self.last_copy)
                while (
                    self.wanted is not None
                    and not self.stopped
                    and time.monotonic() - self.since < quiet
                ):
                    self.cond.wait(quiet - (time.monotonic() - self.since))
                if self.stopped:
                    return
                reader, self.wanted = self.wanted, None
            if reader is None:
                continue
            started = time.monotonic()
            with contextlib.suppress(Exception):  # the snapshot was superseded and deleted
                if reader.small():
                    reader.memory = reader.disk.memory_copy()
            self.last_copy = time.monotonic() - started


def _disk_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.iterdir() if f.is_file())


def _serve(jobs_fd: int, write_fd: int, threads: int = 1, nice: int = 0) -> None:
    """The worker: ``threads`` threads each wait for the next job on the socket and evaluate
    it themselves (no hand-off between threads on a job's way), so up to ``threads`` jobs
    run at once — pyoxigraph releases the GIL while it evaluates, so a point
    lookup is not held up by a long GROUP BY. Each reply carries its job's id. ``nice``: the
    worker's scheduling niceness (the serving process goes first)."""
    _die_with_parent()
    if nice:
        os.nice(nice)
    outbox = Connection(write_fd, readable=False)
    inbox = _Inbox(jobs_fd)
    opening, sending = threading.Lock(), threading.Lock()
    copier = Copier()
    current: Reader | None = None

    def reply(job_id: int, outcome: tuple[str, Any]) -> None:
        data = pickle.dumps((job_id, *outcome), protocol=5)
        with sending, contextlib.suppress(OSError):  # OSError: the serving process is gone
            outbox.send_bytes(data)

    def take() -> tuple[int, Reader, bool, Any] | None:
        """The next job and the snapshot it reads (None: the serving process is gone). A
        job may read a snapshot newer than the one it was sent with (a reader may take a
        later job off the socket first): it then sees a write that ended after it began."""
        nonlocal current
        while True:
            message = inbox.next()
            if message is None:
                return None
            job_id, path, generation, memory_quads, is_request, job = message
            with opening:
                if current is None or current.generation < generation:
                    try:
                        disk = OxigraphStore(path, read_only=True)
                    except KGError as e:
                        reply(job_id, ("error", (e.code, e.message, e.detail)))
                        continue
                    current = Reader(disk, generation, memory_quads)
                    copier.want(current)  # running jobs keep the readers they were given
                return job_id, current, is_request, job

    def work() -> None:
        while (taken := take()) is not None:
            job_id, reader, is_request, job = taken
            outcome: tuple[str, Any]
            try:
                got = perform(reader.store, RequestJob._make(job) if is_request else job)
                outcome = ("ok", got)
            except KGError as e:
                outcome = ("error", (e.code, e.message, e.detail))
            except Exception as e:  # noqa: BLE001 - reported to the caller as a store error
                outcome = ("error", (StoreError.code, f"query evaluation failed: {e}", None))
            del reader
            reply(job_id, outcome)

    pool = [threading.Thread(target=work, name=f"query-{i}") for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()


class _Inbox:
    """Jobs from the serving process, one whole message per receive: any number of threads
    may wait in :meth:`next` at once, and each job wakes one of them."""

    def __init__(self, fd: int) -> None:
        self.sock = socket.socket(fileno=fd)
        self.sock.setblocking(True)
        self.buffers = threading.local()

    def next(self) -> Any:
        """The next job, unpickled; None when the serving process is gone."""
        buf = getattr(self.buffers, "buf", None)
        if buf is None:
            buf = self.buffers.buf = bytearray(_MAX_MESSAGE)
        while True:
            try:
                size = self.sock.recv_into(buf)
            except OSError:
                return None
            if not size:
                return None
            try:
                message = pickle.loads(memoryview(buf)[:size])
                if len(message) == 2 and message[0] == _SPILLED:  # a big job, in a file
                    path = Path(message[1])
                    data = path.read_bytes()
                    path.unlink(missing_ok=True)
                    message = pickle.loads(data)
            except FileNotFoundError:  # the executor closed and deleted its folder
                return None
            except Exception as e:  # noqa: BLE001 - a message not as sent: say so, go on
                log.warning("unreadable job skipped: %r", e)
                continue
            return message


def _take_frame(buf: bytearray) -> bytes | None:
    """The first whole message in ``buf``, framed as ``multiprocessing.connection`` frames
    them (4-byte big-endian length, or -1 then an 8-byte length), taken out of it; or None."""
    if len(buf) < 4:
        return None
    size, head = int.from_bytes(buf[:4], "big", signed=True), 4
    if size == -1:
        if len(buf) < 12:
            return None
        size, head = int.from_bytes(buf[4:12], "big"), 12
    if len(buf) < head + size:
        return None
    message = bytes(buf[head : head + size])
    del buf[: head + size]
    return message


if __name__ == "__main__":  # run from the importable module, so replies pickle by its name
    from kg.sparql.execute import _serve as serve

    serve(*(int(arg) for arg in sys.argv[1:5]))
