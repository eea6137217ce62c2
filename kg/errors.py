"""GeoKG errors. Each has a stable code and a message that says what to do.

KGError
├── InputError            bad article file or article payload       (400)
│   └── ArticleTooLarge                                             (413)
├── QueryError            malformed or refused SPARQL               (400)
│   ├── QueryRefused      SERVICE / LOAD / dereferencing refused    (400)
│   └── QueryTimeout      query ran past the timeout               (503)
│       └── ServiceBusy   no room for the query now: retry later   (503, Retry-After)
├── NotFound              unknown entity or article                 (404)
├── StoreError            the store cannot be opened or written     (503)
│   └── StoreLocked         another process (`kg serve`) has it open  (503)
├── ModelError            the spaCy model is not installed          (500)
├── ExtractionFailed      extraction of one article failed          (500)
├── ClusterError          the Dask cluster of a build is unusable   (503)
├── Interrupted           work stopped by a shutdown               (503)
└── ValidationFailed      SHACL validation failed                   (422)
"""

from __future__ import annotations

import threading
from typing import Any


class KGError(Exception):
    code = "kg_error"
    status = 400

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message if not self.detail else f"{self.message} ({self.detail})"


class InputError(KGError):
    code = "bad_input"


class ArticleTooLarge(InputError):
    code = "too_large"
    status = 413


class QueryError(KGError):
    code = "bad_query"


class QueryRefused(QueryError):
    code = "query_refused"


class QueryTimeout(QueryError):
    code = "query_timeout"
    status = 503


class ServiceBusy(QueryTimeout):
    """Long queries hold every query slot: this one was not run, or stopped early
    (docs/decisions/0005-fair-scheduling.md). ``retry_after``: seconds until a slot frees."""

    code = "busy"

    def __init__(self, message: str, *, detail: str | None = None, retry_after: int = 1) -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class NotFound(KGError):
    code = "not_found"
    status = 404


class StoreError(KGError):
    code = "store_error"
    status = 503


class StoreLocked(StoreError):
    """The store is open in another process (RocksDB allows one). ``server``: the running
    ``kg serve`` that announced it holds the store (:mod:`kg.store.announcement`), if any."""

    code = "store_locked"

    def __init__(self, message: str, *, detail: str | None = None, server: Any = None) -> None:
        super().__init__(message, detail=detail)
        self.server = server


class ModelError(KGError):
    code = "model_missing"
    status = 500


class ExtractionFailed(KGError):
    code = "extraction_failed"
    status = 500


class ClusterError(KGError):
    """`kg build --cluster`: the scheduler cannot be reached, has no workers, or its
    workers cannot read (geokg or the model missing there)."""

    code = "cluster_unavailable"
    status = 503


class Interrupted(KGError):
    code = "interrupted"
    status = 503


class ValidationFailed(KGError):
    code = "validation_failed"
    status = 422


class ProtocolError(QueryError):
    code = "bad_request"


class NotAcceptable(ProtocolError):
    code = "not_acceptable"
    status = 406


class UnsupportedMedia(ProtocolError):
    code = "unsupported_media_type"
    status = 415


class BodyTooLarge(ProtocolError):
    code = "too_large"
    status = 413


class Unauthorized(ProtocolError):
    code = "unauthorized"
    status = 401


class Forbidden(ProtocolError):
    code = "forbidden"
    status = 403


def check_stop(stop: threading.Event | None) -> None:
    """Raise :class:`~kg.errors.Interrupted` once ``stop`` is set (the server shuts down)."""
    if stop is not None and stop.is_set():
        raise Interrupted(
            "extraction stopped: the server is shutting down",
            detail="nothing was stored; send the article again once the server is back",
        )
