"""One JSON error shape for every failure: {"error": code, "detail": message}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import KGError, ServiceBusy

log = logging.getLogger(__name__)


def error_response(
    status: int, code: str, detail: str, headers: dict | None = None
) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)


def kg_error_response(exc: KGError) -> JSONResponse:
    """The answer to a library error: its status and code, ``Retry-After`` when busy."""
    headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, ServiceBusy) else None
    return error_response(exc.status, exc.code, str(exc), headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KGError)
    async def _kg_error(request: Request, exc: KGError) -> JSONResponse:
        if exc.status >= 500:  # the service's side: a timeout, busy, shutting down, a fault
            log.info("%s %s: %s %s", request.method, request.url.path, exc.status, exc.code)
        return kg_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            loc = ".".join(str(x) for x in err.get("loc", ()))
            parts.append(f"{loc}: {err.get('msg')}")
        return error_response(400, "bad_request", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {
            404: "not_found",
            405: "method_not_allowed",
            401: "unauthorized",
            403: "forbidden",
            406: "not_acceptable",
            413: "too_large",
            415: "unsupported_media_type",
        }.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))
