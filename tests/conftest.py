"""Shared fixtures: the real spaCy extractor, real on-disk stores built from the seed."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.ingest import build
from kg.settings import PROJECT_ROOT, Settings
from kg.store import OxigraphStore

from .servers import oxigraph_server, virtuoso_server  # noqa: F401 - SPARQL servers as stores

# Servers the tests start write to pipes nobody reads until the end: no access log there (one
# test turns it on and reads it)
os.environ["KG_ACCESS_LOG"] = "false"


def pytest_configure(config):
    """The HTTP service under test is this checkout's ``api/``: it is imported as ``geokg_api``,
    a name the installed project maps to its folder, so an install of another checkout (or
    none) would test other code or nothing."""
    try:
        import geokg_api
    except ImportError:
        raise pytest.UsageError("geokg_api is not installed: pip install -e .") from None
    where = Path(geokg_api.__file__).resolve().parent
    if where != PROJECT_ROOT / "api":
        raise pytest.UsageError(f"geokg_api is {where}, not this checkout's api/: pip install -e .")


EVAL = PROJECT_ROOT / "eval"  # the annotated sets, copied from the project's shared data
DEV = EVAL / "dev"
CHECK = EVAL / "check"
DOCS = PROJECT_ROOT / "docs"
SEEDS = PROJECT_ROOT / "seeds"
ONTOLOGY = PROJECT_ROOT / "ontology"


@pytest.fixture(scope="session")
def extractor():
    from kg.extract.pipeline import Extractor

    return Extractor.shared(Settings().spacy_model)


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory, extractor) -> Path:
    """A store directory with seeds/ built into it (closed; copy it before opening)."""
    d = tmp_path_factory.mktemp("seed-store") / "kgdata"
    store = OxigraphStore(d)
    summary = build(store, [SEEDS], lambda: extractor, ontology_dir=ONTOLOGY, max_bytes=2_000_000)
    assert summary.ok, summary.failed
    store.close()
    del store
    gc.collect()
    return d


@pytest.fixture(scope="session")
def dev_store_dir(tmp_path_factory, extractor) -> Path:
    """A store with the seed and every dev article of eval/dev built into it."""
    d = tmp_path_factory.mktemp("dev-store") / "kgdata"
    store = OxigraphStore(d)
    summary = build(
        store,
        [SEEDS, DEV / "articles"],
        lambda: extractor,
        ontology_dir=ONTOLOGY,
        max_bytes=2_000_000,
    )
    assert summary.ok, summary.failed
    store.close()
    del store
    gc.collect()
    return d


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@pytest.fixture
def seed_store(seed_store_dir, tmp_path):
    store = OxigraphStore(copy_store(seed_store_dir, tmp_path / "kgdata"))
    yield store
    store.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(
    args: list[str],
    env: dict[str, str],
    port: int,
    seconds: float = 120,
    kg: list[str] | None = None,
    cwd: Path | None = None,
):
    """Run a `kg` command that serves on ``port`` until /health answers; stop it afterwards.
    ``kg``: the command to run (default: this interpreter's ``-m geokg_api``, the whole `kg`)."""
    proc = subprocess.Popen(
        [*(kg or [sys.executable, "-m", "geokg_api"]), *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + seconds
    try:
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read() if proc.stdout else ""
                raise AssertionError(f"kg {args[0]} exited: {out}")
            if time.time() > deadline:
                raise AssertionError(f"kg {args[0]} did not serve within {seconds:.0f} s")
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def metrics(base: str) -> dict[str, float]:
    """The samples of a server's ``/metrics``, by name with labels (every family has a TYPE)."""
    r = httpx.get(f"{base}/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples, typed = {}, set()
    for line in r.text.splitlines():
        if line.startswith("# TYPE "):
            typed.add(line.split()[2])
        elif line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            assert name.split("{")[0] in typed, line
            samples[name] = float(value)
    return samples


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (its own browser download is never used)."""
    if not CHROMIUM.exists():
        pytest.fail(
            "Debian's chromium is not installed: apt-get install chromium (make deps-debian)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def listener():
    """A loopback TCP port that records every connection (a server must never call out)."""
    from .hostile import Listener

    lis = Listener()
    yield lis
    lis.close()


# -- builds --------------------------------------------------------------------------------
def run_kg(*args: str, **env: str) -> subprocess.CompletedProcess:
    """A `kg` command in a subprocess, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )


def store_quads(store: Path) -> set[str]:
    """Every quad of the store at ``store``, as N-Quads lines."""
    st = OxigraphStore(store, read_only=True)
    try:
        return set(st.export("nquads").decode().splitlines())
    finally:
        st.close()


def transfer_suppliers(store: Path, article_id: str) -> list[str]:
    """The suppliers of the WeaponTransfer events stored for ``article_id``."""
    st = OxigraphStore(store, read_only=True)
    try:
        rows = st.select(
            "SELECT ?w ?a WHERE { ?e a gk:WeaponTransfer ; gk:agent ?w ;"
            " prov:wasDerivedFrom/gk:article ?a }",
            iris={"a": f"https://w3id.org/geokg/doc/{article_id}"},
        )
    finally:
        st.close()
    return [r["w"].rsplit("/", 1)[1] for r in rows]
