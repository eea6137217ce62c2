"""The `kg` commands beside a running `kg serve` on the same store (real processes).

The read commands print what they print on the store when it is not served (they go through
the server's HTTP API); the commands that write fail with one line naming the server and
what to do; `KnowledgeGraph.open` raises :class:`StoreLocked` saying the same.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg import KnowledgeGraph
from kg.errors import StoreLocked
from kg.settings import PROJECT_ROOT
from kg.store.announcement import announcement_path

from .conftest import free_port

pytestmark = [pytest.mark.server, pytest.mark.slow]

SELECT = "SELECT ?e ?l WHERE { ?e a gk:Country ; rdfs:label ?l } ORDER BY ?l"
CONSTRUCT = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a gk:Country ; rdfs:label ?l }"
MAX_ROWS = 50  # the server's row cap (the reads above return fewer rows)
# (arguments, compare) — "bytes": the same output; "lines": the same lines in any order (a
# CONSTRUCT's triples come in no fixed order); "page": the same page but for its nonces.
READS = [
    (["query", SELECT], "bytes"),
    *[(["query", SELECT, "--format", f], "bytes") for f in ("json", "csv", "tsv", "xml")],
    (["query", "ASK { ?a a gk:Article }"], "bytes"),
    (["query", CONSTRUCT], "lines"),
    (["query", CONSTRUCT, "--format", "ntriples"], "lines"),
    (["stats"], "bytes"),
    (["stats", "--json"], "bytes"),
    (["export"], "bytes"),
    (["export", "--format", "trig"], "bytes"),
    (["export", "--format", "turtle"], "lines"),
    (["viz", "--focus", "Ukraine", "--depth", "1", "-o", "{out}/page.html"], "page"),
]


def kg(*args: str, store: Path, out: Path | None = None) -> subprocess.CompletedProcess:
    argv = [a.replace("{out}", str(out)) for a in args]
    return subprocess.run(
        [sys.executable, "-m", "geokg_api", *argv, "--store", str(store)],
        capture_output=True,
        timeout=300,
        cwd=PROJECT_ROOT,
        env={**os.environ, "COLUMNS": "200"},
    )


def output(args: list[str], store: Path, out: Path) -> bytes:
    r = kg(*args, store=store, out=out)
    assert r.returncode == 0, r.stderr.decode()
    if args[0] == "viz":
        return (out / "page.html").read_bytes()
    return r.stdout


def same(a: bytes, b: bytes, compare: str) -> bool:
    if compare == "lines":
        return sorted(a.splitlines()) == sorted(b.splitlines())
    if compare == "page":
        a, b = (re.sub(rb' nonce="[^"]*"', b"", x) for x in (a, b))
    return a == b


def start(store: Path, port: int, **env: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "geokg_api", "serve", "--store", str(store), "--port", str(port)],
        cwd=PROJECT_ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 120
    while not announcement_path(store).exists():
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.time() < deadline, "kg serve did not announce itself"
        time.sleep(0.2)
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def served(seed_store_dir, tmp_path_factory):
    """The seed store, its outputs when not served, and a `kg serve` holding it."""
    root = tmp_path_factory.mktemp("served")
    store = root / "kgdata"
    shutil.copytree(seed_store_dir, store)
    (root / "local").mkdir()
    local = [output(args, store, root / "local") for args, _ in READS]
    port = free_port()
    proc = start(store, port, KG_MAX_ROWS=str(MAX_ROWS))
    yield store, f"http://127.0.0.1:{port}", proc, local, root
    if proc.poll() is None:
        stop(proc)


def test_the_server_announces_itself_beside_the_store(served):
    store, url, proc, _, _ = served
    doc = json.loads(announcement_path(store).read_text())
    assert doc == {"url": url, "pid": proc.pid, "store": str(store.resolve())}
    assert announcement_path(store).parent == store.parent  # beside, not inside, the store


@pytest.mark.parametrize("n", range(len(READS)), ids=[" ".join(a[:2])[:40] for a, _ in READS])
def test_reads_through_the_server_print_what_the_store_prints(served, n):
    store, url, _, local, root = served
    args, compare = READS[n]
    out = root / f"served-{n}"
    out.mkdir()
    r = kg(*args, store=store, out=out)
    assert r.returncode == 0, r.stderr.decode()
    assert f"reading through `kg serve` at {url}" in r.stderr.decode()
    got = (out / "page.html").read_bytes() if args[0] == "viz" else r.stdout
    assert got and same(got, local[n], compare), args


def test_export_to_a_file_through_the_server(served):
    store, _, _, local, root = served
    target = root / "dump.nq"
    r = kg("export", "-o", str(target), store=store)
    assert r.returncode == 0, r.stderr.decode()
    assert target.read_bytes() == local[READS.index((["export"], "bytes"))]


def test_query_errors_come_back_as_one_line(served):
    store, _, _, _, _ = served
    r = kg("query", "SELECT ?x WHERE {", store=store)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "\nerror: SPARQL syntax error: error at 1:18" in err, err
    assert "Traceback" not in err


def test_a_result_cut_by_the_server_says_so(served):
    store, _, _, _, _ = served
    r = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--format", "csv", store=store)
    assert r.returncode == 0
    assert len(r.stdout.decode().strip().splitlines()) == 1 + MAX_ROWS
    assert "the server cut the result to its row limit (KG_MAX_ROWS)" in r.stderr.decode()


@pytest.mark.parametrize(
    "args,says",
    [
        (["build", str(PROJECT_ROOT / "seeds")], "POST {url}/articles with the bearer token"),
        (["remove", "some-article"], "DELETE {url}/articles/some-article"),
        (["validate"], "validate a copy"),
        (["up"], "it is already serving"),
    ],
)
def test_writes_say_what_to_do(served, args, says):
    store, url, proc, _, _ = served
    r = kg(*args, store=store)
    assert r.returncode == 1
    err = r.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith(f"error: the store at {store} is served by `kg serve` at {url}")
    assert says.format(url=url) in err and f"stop it (kill {proc.pid})" in err


def test_the_python_api_names_the_server(served):
    store, url, proc, _, _ = served
    with pytest.raises(StoreLocked) as e:
        KnowledgeGraph.open(store)
    assert e.value.server is not None and e.value.server.url == url
    text = str(e.value)
    assert url in text and f"POST {url}/articles" in text and f"kill {proc.pid}" in text
    assert "IO error" not in text and "LOCK" not in text
    with pytest.raises(StoreLocked):  # a read-only opening beside the writer is refused too
        KnowledgeGraph.open(store, read_only=True)


def test_stopping_the_server_withdraws_it(served):
    """Last in this module: stops the server; the store is the CLI's again."""
    store, _, proc, local, root = served
    stop(proc)
    assert not announcement_path(store).exists()
    r = kg("stats", "--json", store=store)
    assert r.returncode == 0 and "reading through" not in r.stderr.decode()
    assert r.stdout == local[READS.index((["stats", "--json"], "bytes"))]


def test_a_stale_announcement_is_ignored(seed_store_dir, tmp_path):
    """A server killed with SIGKILL leaves its file: its pid is gone, so it is not believed."""
    store = tmp_path / "kgdata"
    shutil.copytree(seed_store_dir, store)
    port = free_port()
    proc = start(store, port)
    proc.kill()
    proc.wait()
    assert announcement_path(store).exists()
    r = kg("stats", "--json", store=store)
    assert r.returncode == 0 and "reading through" not in r.stderr.decode()
    with KnowledgeGraph.open(store) as g:
        assert g.stats()["articles"] == 1


def test_a_store_open_elsewhere_without_a_server(seed_store_dir, tmp_path):
    """Held by a process that is no server (a `kg build`, a notebook): one line, no URL."""
    store = tmp_path / "kgdata"
    shutil.copytree(seed_store_dir, store)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', "
            "flush=True); sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"open\n"
        for args in (["stats"], ["query", "ASK {}"], ["remove", "x"]):
            r = kg(*args, store=store)
            assert r.returncode == 1
            err = r.stderr.decode().strip()
            assert err == (
                f"error: the store at {store} is open in another process (stop the `kg "
                "serve`, `kg up` or `kg build` that uses it, or give another store with "
                "--store or KG_STORE)"
            ), err
    finally:
        holder.kill()
        holder.wait()


def test_a_server_that_does_not_answer(seed_store_dir, tmp_path):
    """Announced and alive, but not answering (stopped with SIGSTOP): a clear error."""
    store = tmp_path / "kgdata"
    shutil.copytree(seed_store_dir, store)
    port = free_port()
    proc = start(store, port)
    try:
        deadline = time.time() + 60
        while True:  # wait until it answers, so that the pause below is one of a server
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.time() < deadline
            time.sleep(0.2)
        proc.send_signal(signal.SIGSTOP)
        r = kg("stats", store=store)
        assert r.returncode == 1
        err = r.stderr.decode().strip()
        assert f"does not answer at http://127.0.0.1:{port}" in err and "Traceback" not in err
    finally:
        proc.send_signal(signal.SIGCONT)
        stop(proc)
