"""A store held by a running `kg serve`, read through its HTTP API.

RocksDB lets one process open a store, and a read-only opening beside a writer is undefined
behaviour, so while a server holds the store (:mod:`kg.store.announcement` says which), the CLI's
read commands ask it: ``/sparql`` for ``kg query``, ``/stats``, ``/export`` and ``/graph``. The
answers are the ones the local store gives; the server's own limits apply (its query timeout,
and ``KG_MAX_ROWS`` on query results, reported as :attr:`Answer.truncated`).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, KGError, StoreError, StoreLocked
from ..sparql.syntax import query_shape
from .announcement import Announcement, announced
from .embedded import locked
from .terms import RDF_FORMATS, RESULT_FORMATS, reserialize

_STARTING_SECONDS = 10.0  # how long a server that announced itself may take to answer
_TIMEOUT = 600.0  # seconds a reply may take (the server's query timeout comes first)
_CHUNK = 1 << 16


def _kg_errors() -> dict[str, type[KGError]]:
    found: dict[str, type[KGError]] = {}
    todo: list[type[KGError]] = [KGError]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.code, cls)
        todo += cls.__subclasses__()
    return found


@dataclass
class Answer:
    """A query's answer as the server wrote it. ``kind``: "solutions", "boolean" or
    "graph"; ``body``: the result in the requested format; for a table, the parsed rows."""

    kind: str
    body: bytes
    truncated: bool
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool = False


class ServedStore:
    """The HTTP API of the `kg serve` that holds a store."""

    def __init__(self, server: Announcement) -> None:
        self.server = server
        self.url = server.url

    @classmethod
    def reach(cls, store: Path | str) -> ServedStore:
        """The server that holds ``store``, once it answers ``/health``; a
        :class:`StoreLocked` error when none is announced or it does not answer."""
        server = announced(store)
        if server is None:
            raise locked(Path(store))
        served = cls(server)
        deadline = time.monotonic() + _STARTING_SECONDS
        while not served._healthy():
            if time.monotonic() > deadline or announced(store) is None:
                raise StoreLocked(
                    f"the store at {store} is held by `kg serve` (pid {server.pid}), which "
                    f"does not answer at {server.url}",
                    detail=f"wait until it has started, or stop it (kill {server.pid})",
                    server=server,
                )
            time.sleep(0.2)
        return served

    # -- reading ---------------------------------------------------------------------------
    def query(self, text: str, fmt: str) -> Answer:
        """Run a query on the server; ``fmt`` as ``kg query --format`` takes it ("table":
        the rows; a graph then comes as Turtle, as the local store writes it)."""
        form = query_shape(text).form
        if form == "ASK":
            kind, key = "boolean", "json"
        elif form in ("CONSTRUCT", "DESCRIBE"):
            kind, key = "graph", "ntriples" if fmt in ("table", "turtle") else fmt
            if key not in RDF_FORMATS:
                raise InputError(
                    f"unknown --format '{fmt}' for a graph",
                    detail=f"use turtle, {', '.join(k for k in RDF_FORMATS if k != 'turtle')}",
                )
        else:
            kind, key = "solutions", "json" if fmt == "table" else fmt
            if key not in RESULT_FORMATS:
                raise InputError(
                    f"unknown --format '{fmt}'", detail="use table, json, csv, tsv or xml"
                )
        with self._request("/sparql", {"query": text, "format": key}, post=True) as reply:
            body = reply.read()
            truncated = reply.headers.get("X-Result-Truncated") == "true"
        answer = Answer(kind, body, truncated)
        if kind == "graph" and key != fmt:
            answer.body = reserialize(body, "ntriples", "turtle")
        elif kind == "boolean":
            answer.boolean = bool(json.loads(body)["boolean"])
        elif fmt == "table":
            doc = json.loads(body)
            answer.variables = doc["head"]["vars"]
            answer.rows = [
                {v: b[v]["value"] if v in b else None for v in answer.variables}
                for b in doc["results"]["bindings"]
            ]
        return answer

    def stats(self) -> dict[str, Any]:
        with self._request("/stats") as reply:
            return json.loads(reply.read())

    def export_to(self, fmt: str, out: IO[bytes]) -> int:
        """Write the server's dump of the store in ``fmt`` to ``out``; returns the bytes."""
        size = 0
        with self._request("/export", {"format": fmt}) as reply:
            for chunk in iter(lambda: reply.read(_CHUNK), b""):
                out.write(chunk)
                size += len(chunk)
        return size

    def graph_page(self, focus: str | None, depth: int, max_nodes: int) -> str:
        params: dict[str, Any] = {"depth": depth, "max_nodes": max_nodes}
        if focus:
            params["focus"] = focus
        with self._request("/graph", params) as reply:
            return reply.read().decode("utf-8")

    def close(self) -> None:
        """Nothing to release (the server keeps the store)."""

    # -- HTTP ------------------------------------------------------------------------------
    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=2) as reply:
                return bool(reply.status == 200)
        except (OSError, ValueError):
            return False

    def _request(
        self, path: str, params: dict[str, Any] | None = None, *, post: bool = False
    ) -> Any:
        query = urllib.parse.urlencode(params or {})
        if post:
            request = urllib.request.Request(
                f"{self.url}{path}",
                data=query.encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
        else:
            request = urllib.request.Request(f"{self.url}{path}?{query}")
        try:
            return urllib.request.urlopen(request, timeout=_TIMEOUT)
        except urllib.error.HTTPError as e:
            raise _error(e) from None
        except (OSError, ValueError) as e:
            raise StoreError(
                f"`kg serve` at {self.url} did not answer {path}: {e}",
                detail=f"is it still running (pid {self.server.pid})?",
            ) from e


_BY_CODE = _kg_errors()


def _error(reply: urllib.error.HTTPError) -> KGError:
    """The server's JSON error as the :class:`KGError` it was raised as there."""
    body = reply.read()
    try:
        doc = json.loads(body)
        code, detail = str(doc["error"]), str(doc["detail"])
    except (ValueError, TypeError, KeyError):
        code, detail = "", body[:300].decode("utf-8", "replace") or reply.reason
    cls = _BY_CODE.get(code, StoreError)
    return cls(detail)
