"""The hostile corpus (tests/hostile.py) against every way in that takes an id, a name or a
query: a real uvicorn server, ``kg query`` and ``KnowledgeGraph.sparql()``, with a real
loopback listener that must see no connection. No 5xx (but a query's own timeout, 503), no
dropped connection, no crash: the server, its query workers and the CLI live on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
import psutil
import pytest

try:
    from hostile import RAW_BODIES, corpus, deep_braces, deep_parens, deep_update
    from sparql_fixtures import SAMPLE_UPDATE, Server, start_server, stop_server
except ImportError:
    from tests.hostile import RAW_BODIES, corpus, deep_braces, deep_parens, deep_update
    from tests.sparql_fixtures import SAMPLE_UPDATE, Server, start_server, stop_server

pytestmark = [pytest.mark.server, pytest.mark.slow]

SPARQL_FORM = "application/x-www-form-urlencoded"
HARMLESS_UPDATE = "DELETE { <urn:x> <urn:y> ?o } WHERE { <urn:x> <urn:y> ?o }"
ARTICLE_TEXT = "Norland sent two patrol boats to Sudria in March."


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(
        tmp_path_factory.mktemp("hostile"), query_timeout=2, query_workers=1, query_threads=4
    )
    srv.update(SAMPLE_UPDATE)
    yield srv
    stop_server(srv)


def _requests(server: Server, payload: str) -> list[tuple[str, str, dict]]:
    """(method, url, httpx keywords) for every endpoint that takes an id, name or query
    (in the URL only when it fits the client's 64 KB limit on URLs)."""
    base, p = server.base, quote(payload, safe="")
    auth = server.auth
    requests = [
        ("GET", f"{base}/articles/{p}", {}),
        ("DELETE", f"{base}/articles/{p}", {"headers": auth}),
        ("POST", f"{base}/articles", {"headers": auth, "json": {"id": payload, "text": "x"}}),
        ("GET", f"{base}/entities", {"params": {"q": payload}}),
        ("GET", f"{base}/entities/{p}", {}),
        ("GET", f"{base}/entities/{p}/neighbourhood", {}),
        ("GET", f"{base}/path", {"params": {"source": payload, "target": "ukraine"}}),
        ("GET", f"{base}/path", {"params": {"source": "russia", "target": payload}}),
        ("GET", f"{base}/graph", {"params": {"focus": payload}}),
        ("GET", f"{base}/articles", {"params": {"cursor": payload}}),
        ("GET", f"{base}/entities/russia", {"params": {"cursor": payload}}),
        ("GET", server.sparql, {"params": {"query": payload}}),
        ("POST", server.sparql, {"data": {"query": payload}}),
        (
            "POST",
            server.sparql,
            {"content": payload.encode(), "headers": {"Content-Type": "application/sparql-query"}},
        ),
        ("POST", server.sparql, {"data": {"update": payload}, "headers": auth}),
        ("GET", server.sparql, {"params": {"query": "ASK {}", "default-graph-uri": payload}}),
        ("GET", server.sparql, {"params": {"query": "ASK {}", "named-graph-uri": payload}}),
        (
            "POST",
            server.sparql,
            {"data": {"update": HARMLESS_UPDATE, "using-graph-uri": payload}, "headers": auth},
        ),
    ]
    if len(p) < 20_000:
        return requests
    return [(m, url, kw) for m, url, kw in requests if "params" not in kw and p not in url]


def _problem(r: httpx.Response) -> str | None:
    """What is wrong with an answer to hostile input (None: nothing)."""
    if r.status_code == 503 and r.url.path == "/sparql":  # a query past its timeout
        return None if r.json().get("error") == "query_timeout" else r.text[:300]
    if r.status_code >= 500:
        return f"{r.status_code} {r.text[:300]}"
    if r.status_code >= 400:
        body = r.json()  # the one JSON error shape
        if not (body.get("error") and body.get("detail")):
            return f"{r.status_code} without the error shape: {r.text[:300]}"
    return None


def _worker_pids(server: Server) -> set[int]:
    return {c.pid for c in psutil.Process(server.proc.pid).children(recursive=True)}


def test_every_endpoint_survives_the_corpus(server, listener):
    # an article whose removal the corpus may try to sneak in through an id
    r = httpx.post(
        f"{server.base}/articles",
        headers=server.auth,
        json={"id": "kept", "text": ARTICLE_TEXT},
        timeout=120,
    )
    assert r.status_code == 201, r.text
    problems = []
    with httpx.Client(timeout=60) as client:
        requests = [r for p in corpus(listener.port) for r in _requests(server, p)]
        for body in RAW_BODIES:
            for ctype in ("application/sparql-query", "application/sparql-update"):
                headers = {"Content-Type": ctype, **server.auth}
                requests.append(("POST", server.sparql, {"content": body, "headers": headers}))
            requests.append(
                ("POST", f"{server.base}/articles", {"content": body, "headers": server.auth})
            )
        for method, url, kw in requests:
            try:
                problem = _problem(client.request(method, url, **kw))
            except httpx.TransportError as e:  # a dropped connection, a dead server
                problem = f"{type(e).__name__}: {e}"
            if problem:
                problems.append(f"{method} {url[:100]} {str(kw)[:100]}: {problem}")
        assert problems == [], "\n".join(problems)
        assert client.get(f"{server.base}/health").status_code == 200
        assert client.get(f"{server.base}/articles/kept").status_code == 200
    # (a worker that died would have answered 503 "store_error"; one stopped at its timeout,
    # 503 "query_timeout", is replaced by design)
    assert server.proc.poll() is None
    assert listener.seen == []


@pytest.mark.parametrize(
    "text,kind", [(deep_braces(), "query"), (deep_parens(), "query"), (deep_update(), "update")]
)
def test_deep_nesting_is_refused_naming_the_limit(server, text, kind):
    workers = _worker_pids(server)
    field = "update" if kind == "update" else "query"
    headers = server.auth if kind == "update" else {}
    r = httpx.post(server.sparql, data={field: text}, headers=headers, timeout=30)
    assert r.status_code == 400, r.text
    assert "64 deep" in r.json()["detail"] and "KG_QUERY_MAX_DEPTH" in r.json()["detail"]
    ctype = f"application/sparql-{kind}"
    r = httpx.post(server.sparql, content=text.encode(), headers={"Content-Type": ctype, **headers})
    assert r.status_code == 400 and "KG_QUERY_MAX_DEPTH" in r.json()["detail"]
    # the same worker answers the next query
    r = httpx.get(server.sparql, params={"query": "SELECT ?s WHERE { ?s a gk:Country }"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 3
    assert _worker_pids(server) == workers and server.proc.poll() is None


def test_size_limit_is_named(tmp_path):
    srv = start_server(tmp_path, query_max_bytes=262_144, query_workers=1)
    try:
        q = 'ASK { FILTER("' + "a" * 300_000 + '" = "b") }'
        r = httpx.post(srv.sparql, content=q.encode(), headers={"Content-Type": QUERY_TYPE})
        assert r.status_code == 400 and "KG_QUERY_MAX_BYTES" in r.json()["detail"]
        r = httpx.get(srv.sparql, params={"query": "ASK {}"})
        assert r.status_code == 200
    finally:
        stop_server(srv)


QUERY_TYPE = "application/sparql-query"


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory, server):
    """A copy of the server's data in a store of its own (the server holds its store)."""
    path = tmp_path_factory.mktemp("cli") / "kgdata"
    from kg.store import OxigraphStore

    store = OxigraphStore(path)
    store.update(SAMPLE_UPDATE)
    store.close()
    return path


def _kg_query(store, text: str, timeout: float = 2) -> subprocess.CompletedProcess[str]:
    """``kg query -`` with ``text`` on stdin (argv cannot carry a NUL)."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", "--store", str(store), "-"],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KG_QUERY_TIMEOUT": str(timeout)},
    )


def test_kg_query_gives_clean_errors(cli_store, listener, tmp_path):
    payloads = [*corpus(listener.port), deep_braces(), deep_parens()]
    stores = [shutil.copytree(cli_store, tmp_path / str(i)) for i in range(len(payloads))]
    with ThreadPoolExecutor(4) as pool:  # (a store each: one process may open a store)
        runs = list(pool.map(_kg_query, stores, payloads))
    for payload, r in zip(payloads, runs, strict=True):
        assert r.returncode in (0, 1), (payload[:80], r.returncode, r.stderr[-500:])
        assert "Traceback" not in r.stderr, (payload[:80], r.stderr[-500:])
        if r.returncode == 1:
            lines = r.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: "), (payload[:80], r.stderr)
    for r in runs[-2:]:
        assert r.returncode == 1 and "KG_QUERY_MAX_DEPTH" in r.stderr
    assert listener.seen == []


def test_kg_query_timeout_stops_the_query(cli_store):
    many = " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(10))
    r = _kg_query(cli_store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {many} }}", timeout=1)
    assert r.returncode == 1 and "ran longer than 1 s" in r.stderr, r.stderr


_API_SCRIPT = """
import json, sys
from kg import KnowledgeGraph
from kg.errors import KGError
from kg.settings import Settings
sys.path.insert(0, "tests")
from hostile import corpus
port, store = int(sys.argv[1]), sys.argv[2]
outcomes = []
with KnowledgeGraph.open(store, Settings(query_timeout=2)) as kg:
    for payload in corpus(port):
        try:
            kg.sparql(payload)
            outcomes.append("ok")
        except KGError as e:
            outcomes.append(type(e).__name__ + ": " + str(e)[:200])
    outcomes.append(kg.sparql("ASK { gkr:ukraine a gk:Country }"))
print(json.dumps(outcomes))
"""


def test_python_api_gives_kg_errors(cli_store, listener, tmp_path):
    store = shutil.copytree(cli_store, tmp_path / "kgdata")
    r = subprocess.run(
        [sys.executable, "-c", _API_SCRIPT, str(listener.port), str(store)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=os.path.dirname(os.path.dirname(__file__)),
    )
    assert r.returncode == 0, r.stderr[-2000:]  # no crash, no exception but KGError
    outcomes = json.loads(r.stdout)
    assert outcomes[-1] is True
    depth = [o for o in outcomes[:-1] if isinstance(o, str) and "KG_QUERY_MAX_DEPTH" in o]
    assert len(depth) >= 5
    assert listener.seen == []
