"""GeoKG HTTP service: a thin FastAPI adapter over the ``kg`` library."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # the app (FastAPI and everything under it) is imported when asked for, not by the
    # console script, which lives in this package too
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
