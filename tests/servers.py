"""SPARQL servers the tests start on loopback ports, each on a fresh database in a temp dir:
the Oxigraph server (PyPI ``oxigraph``, in the ``test`` extra) and Virtuoso (Debian
``virtuoso-opensource``, installed by ``make test``).

A fixture yields a `SparqlServer`: where to query, update and put graphs, and the credentials
for the writes. What each server does with GeoKG's requests is in docs/stores.md and checked
by tests/test_servers.py.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

START_SECONDS = 120  # a fresh Virtuoso database takes 3-6 s to create; a busy machine more
STOP_SECONDS = 30

# Virtuoso's own graphs in a fresh database (its RDF views, LDP and URIQA vocabularies): every
# query without GRAPH or FROM sees them too
VIRTUOSO_SYSTEM_GRAPHS = frozenset(
    {
        "http://www.openlinksw.com/schemas/virtrdf#",
        "http://www.w3.org/ns/ldp#",
        "http://localuriqaserver/sparql",
    }
)


@dataclass(frozen=True)
class SparqlServer:
    """A running SPARQL server: its SPARQL 1.1 Query, Update and Graph Store Protocol URLs.

    ``user``/``password`` are for the update and graph store URLs, by HTTP Digest (Virtuoso
    accepts nothing else there); ``None`` when the server asks for none (the Oxigraph server).
    ``system_graphs``: graphs the server keeps for itself, to leave out of counts."""

    name: str
    query_url: str
    update_url: str
    graph_store_url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    system_graphs: frozenset[str] = frozenset()

    @property
    def auth(self) -> httpx.DigestAuth | None:
        if self.user is None or self.password is None:
            return None
        return httpx.DigestAuth(self.user, self.password)


def free_ports(n: int) -> list[int]:
    """``n`` different loopback ports nobody listens on (all held open while choosing)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(n)]
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]


def listens(port: int) -> bool:
    """Whether something accepts connections on the loopback ``port`` now."""
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def answers(url: str) -> bool:
    """Whether ``url`` answers a GET with 200 now."""
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@contextlib.contextmanager
def running(cmd: list[str], log: Path, ready: Callable[[], bool]) -> Iterator[None]:
    """Run ``cmd`` (output to ``log``) until ``ready()``, polled; terminate it afterwards."""
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_SECONDS
        while not ready():
            if proc.poll() is not None:
                raise AssertionError(
                    f"{cmd[0]} exited with {proc.returncode}: {log.read_text()[-3000:]}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"{cmd[0]} not ready within {START_SECONDS} s; see {log}")
            time.sleep(0.1)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def executable(name: str, installed_by: str) -> str:
    """The path of ``name``; the test fails (never skips) when it is missing."""
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        pytest.fail(f"{name} is not installed: `make test` installs it ({installed_by})")
    return path


# -- Oxigraph server ---------------------------------------------------------------------------
@contextlib.contextmanager
def oxigraph(folder: Path) -> Iterator[SparqlServer]:
    """``oxigraph serve`` on a fresh store in ``folder``. Its default graph is its own: a
    query sees the named graphs only through GRAPH (or the ``union-default-graph`` parameter)."""
    exe = executable("oxigraph", "pip: the `oxigraph` package of the test extra")
    (port,) = free_ports(1)
    base = f"http://127.0.0.1:{port}"
    cmd = [exe, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"]
    with running(cmd, folder / "oxigraph.log", lambda: answers(f"{base}/query?query=ASK%7B%7D")):
        yield SparqlServer("oxigraph", f"{base}/query", f"{base}/update", f"{base}/store")


# -- Virtuoso ----------------------------------------------------------------------------------
# Small buffers and one thread per query: a test server on a shared two-core machine.
# ResultSetMaxRows is Debian's shipped value: answers longer than that are cut (see
# docs/stores.md), so a client that pages is tested as it will run.
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = {db}
NumberOfBuffers = 4000
MaxDirtyBuffers = 3000
MaxQueryMem = 100M
ThreadsPerQuery = 1
AsyncQueueMaxThreads = 2
MaxClientConnections = 8
CheckpointInterval = 60

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
MaxClientConnections = 8
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 60
"""

# The writer: a user that may run SPARQL Update and nothing else, at /sparql-auth and
# /sparql-graph-crud-auth (HTTP Digest). dba's default password is replaced.
VIRTUOSO_GRANTS = """\
DB.DBA.USER_CREATE('{user}', '{password}');
GRANT SPARQL_UPDATE TO "{user}";
USER_SET_PASSWORD('dba', '{dba_password}');
"""


@contextlib.contextmanager
def virtuoso(folder: Path, max_rows: int = 10_000) -> Iterator[SparqlServer]:
    """Virtuoso (``virtuoso-t``) on a fresh database in ``folder``: anonymous reads at
    /sparql, writes as a user with the SPARQL_UPDATE role at /sparql-auth."""
    exe = executable("virtuoso-t", "apt: virtuoso-opensource")
    isql = executable("isql-vt", "apt: virtuoso-opensource")
    sql_port, http_port = free_ports(2)
    db = folder / "db"
    db.mkdir(parents=True)
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(db=db, sql_port=sql_port, http_port=http_port, max_rows=max_rows)
    )
    base = f"http://127.0.0.1:{http_port}"
    cmd = [exe, "+foreground", "+configfile", str(ini)]
    ready = lambda: answers(f"{base}/sparql?query=ASK%7B%7D") and listens(sql_port)  # noqa: E731
    with running(cmd, folder / "virtuoso.out", ready):
        user, password = "geokg", secrets.token_hex(12)
        grants = VIRTUOSO_GRANTS.format(
            user=user, password=password, dba_password=secrets.token_hex(12)
        )
        done = subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba"],
            input=grants,
            capture_output=True,
            text=True,
            timeout=START_SECONDS,
        )
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            raise AssertionError(f"isql-vt could not set up the writer: {done.stdout}{done.stderr}")
        yield SparqlServer(
            "virtuoso",
            f"{base}/sparql",
            f"{base}/sparql-auth",
            f"{base}/sparql-graph-crud-auth",
            user=user,
            password=password,
            system_graphs=VIRTUOSO_SYSTEM_GRAPHS,
        )


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory) -> Iterator[SparqlServer]:
    with oxigraph(tmp_path_factory.mktemp("oxigraph-server")) as server:
        yield server


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory) -> Iterator[SparqlServer]:
    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server
