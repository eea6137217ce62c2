"""The store: the only package that knows the engine.

:class:`OxigraphStore` (:mod:`.embedded`) keeps the graph in this process, in a folder or in
memory; :class:`RemoteStore` (:mod:`.remote`) on a SPARQL 1.1 server. Both lay the data out
and write it the same way (:mod:`.layout`) and answer queries with the same
:class:`QueryResult` (:mod:`.results`); the rest of GeoKG sees :data:`Store`.
"""

from __future__ import annotations

from pathlib import Path

from ..sparql.safety import Limits
from .embedded import OxigraphStore, locked
from .layout import ArticleStore
from .remote import Endpoint, RemoteStore, is_url
from .results import OutputTooLarge, QueryResult, query_limit
from .terms import (
    DATASET_FORMATS,
    RDF_FORMATS,
    RESULT_FORMATS,
    iri_term,
    py_value,
    reserialize,
    to_ox,
)

Store = OxigraphStore | RemoteStore

__all__ = [
    "DATASET_FORMATS",
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "ArticleStore",
    "Endpoint",
    "OutputTooLarge",
    "OxigraphStore",
    "QueryResult",
    "RemoteStore",
    "Store",
    "iri_term",
    "is_empty",
    "is_url",
    "locked",
    "open_store",
    "py_value",
    "query_limit",
    "reserialize",
    "to_ox",
]


def open_store(
    location: Path | str | None,
    *,
    read_only: bool = False,
    limits: Limits | None = None,
    endpoint: Endpoint | None = None,
) -> Store:
    """The store at ``location``: a SPARQL server's query URL (``http(s)://…``, reached as
    ``endpoint`` says), a folder, or None (in memory)."""
    if is_url(location):
        assert isinstance(location, str)
        return RemoteStore(location, endpoint, limits=limits)
    return OxigraphStore(location, read_only=read_only, limits=limits)


def is_empty(store: Store) -> bool:
    return len(store) == 0
