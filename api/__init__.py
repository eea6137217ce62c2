"""GeoKG HTTP service: a thin FastAPI adapter over the ``kg`` library."""

from .app import create_app

__all__ = ["create_app"]
