"""GET /export: the whole store in one file, as `kg export` writes it (and how `kg export`
reads a store that `kg serve` holds).

The dump is written to an unnamed temporary file next to the store, one dump at a time (each
reads the whole store), then sent from it: memory stays flat whatever the store's size, and
the file is gone once the answer is sent or the client leaves.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from typing import IO

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from kg.errors import InputError, StoreError
from kg.sparql.protocol import BY_KEY
from kg.store import RDF_FORMATS

from .context import AppContext

_CHUNK = 1 << 16


def router(ctx: AppContext) -> APIRouter:
    r = APIRouter(tags=["export"])
    dumping = threading.Lock()
    formats = ", ".join(RDF_FORMATS)

    def dump(fmt: str) -> IO[bytes]:
        if not dumping.acquire(blocking=False):
            raise StoreError(
                "an export of the store is already running", detail="try again when it is done"
            )
        try:
            folder = ctx.store.path.resolve().parent if ctx.store.path else None
            f = tempfile.TemporaryFile(dir=folder, prefix=".geokg-export-")  # noqa: SIM115
            try:
                ctx.store.export_to(fmt, f)
            except BaseException:
                f.close()
                raise
            return f
        finally:
            dumping.release()

    @r.get(
        "/export",
        summary="The whole store as one file (N-Quads by default; `kg build` restores it)",
        response_class=StreamingResponse,
        responses={200: {"content": {BY_KEY[k].media_type: {} for k in RDF_FORMATS}}},
    )
    async def export(
        format: str = Query(
            "nquads", description=f"{formats} (a triple format: the union of all graphs)"
        ),
    ) -> StreamingResponse:
        if format not in RDF_FORMATS:
            raise InputError(f"unknown export format '{format}'", detail=f"use {formats}")
        f = await run_in_threadpool(dump, format)
        size = f.tell()
        f.seek(0)
        ext = BY_KEY[format].extension
        return StreamingResponse(
            _chunks(f),
            media_type=BY_KEY[format].content_type,
            headers={
                "Content-Length": str(size),
                "Content-Disposition": f'attachment; filename="geokg.{ext}"',
            },
            background=BackgroundTask(f.close),
        )

    return r


def _chunks(f: IO[bytes]) -> Iterator[bytes]:
    try:
        yield from iter(lambda: f.read(_CHUNK), b"")
    finally:
        f.close()
