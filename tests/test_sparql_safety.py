"""Safety rules of /sparql against a real uvicorn server: nothing is fetched that was not
allow-listed, a runaway query is stopped while others are served, writes need the token,
bad input is a 4xx (never a 500)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import psutil
import pytest

try:
    from sparql_fixtures import SAMPLE_UPDATE, Server, free_port, start_server, stop_server
except ImportError:
    from tests.sparql_fixtures import SAMPLE_UPDATE, Server, free_port, start_server, stop_server

pytestmark = [pytest.mark.server, pytest.mark.slow]

EXPENSIVE = (
    "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(12)) + " }"
)
CHEAP = "ASK { gkr:ukraine a gk:Country }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    srv = start_server(
        tmp_path_factory.mktemp("safety"),
        port=port,
        query_timeout=2,
        max_body_bytes=20_000,
        query_workers=2,
        service_allowlist=[f"http://127.0.0.1:{port}/sparql"],
    )
    srv.update(SAMPLE_UPDATE)
    yield srv
    stop_server(srv)


def get(server: Server, query: str, **kw) -> httpx.Response:
    return httpx.get(server.sparql, params={"query": query}, timeout=30, **kw)


def test_service_refused_unless_allow_listed(server, listener):
    r = get(
        server,
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}",
    )
    assert r.status_code == 400 and r.json()["error"] == "query_refused", r.text
    r = get(server, "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }")
    assert r.status_code == 400
    assert listener.connections == 0
    # the allow-listed endpoint (the server itself) is called
    r = get(
        server,
        f"SELECT ?o WHERE {{ SERVICE <{server.sparql}> {{ gkr:united-states gk:supplies ?o }} }}",
    )
    assert r.status_code == 200, r.text
    assert r.json()["results"]["bindings"] == [
        {"o": {"type": "uri", "value": "https://w3id.org/geokg/id/ukraine"}}
    ]


def test_from_never_dereferences(server, listener):
    for q in (
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        f"SELECT * FROM <http://127.0.0.1:{listener.port}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <http://127.0.0.1:{listener.port}/g>"
        " WHERE { GRAPH ?g { ?s ?p ?o } }",
    ):
        r = get(server, q)
        assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    r = httpx.get(
        server.sparql,
        timeout=30,
        params={"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": "file:///etc/passwd"},
    )
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    assert listener.connections == 0


def test_load_refused(server, listener):
    for target in ("file:///etc/passwd", f"http://127.0.0.1:{listener.port}/x.ttl"):
        r = httpx.post(
            server.sparql, data={"update": f"LOAD <{target}>"}, headers=server.auth, timeout=30
        )
        assert r.status_code == 400 and r.json()["error"] == "query_refused", r.text
        r = httpx.post(
            server.sparql,
            data={"update": f"LOAD SILENT <{target}> INTO GRAPH <urn:g>"},
            headers=server.auth,
            timeout=30,
        )
        assert r.status_code == 400
    assert listener.connections == 0


def _worker_pids(server: Server) -> set[int]:
    return {c.pid for c in psutil.Process(server.proc.pid).children(recursive=True)}


def test_timeout_stops_the_query_while_others_are_served(server):
    before = _worker_pids(server)
    order: list[str] = []

    def expensive() -> httpx.Response:
        r = get(server, EXPENSIVE)
        order.append("expensive")
        return r

    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(expensive)
        threading.Event().wait(0.3)  # let it start
        cheap = get(server, CHEAP)
        order.append("cheap")
        slow_resp = slow.result()
    assert cheap.status_code == 200 and cheap.json()["boolean"] is True
    assert slow_resp.status_code == 503
    assert slow_resp.json()["error"] == "query_timeout" and "stopped" in slow_resp.json()["detail"]
    assert order == ["cheap", "expensive"]
    # the worker that ran it was killed (the work really stopped) and replaced
    for _ in range(100):
        after = _worker_pids(server)
        if len(after) >= len(before):
            break
        threading.Event().wait(0.1)
    assert before - after and len(after) == len(before)
    assert get(server, CHEAP).status_code == 200


def test_update_needs_the_token(server):
    upd = 'INSERT DATA { gkr:new-entity rdfs:label "New" }'
    assert httpx.post(server.sparql, data={"update": upd}, timeout=30).status_code == 401
    assert (
        httpx.post(
            server.sparql,
            data={"update": upd},
            timeout=30,
            headers={"Authorization": "Bearer nope"},
        ).status_code
        == 403
    )
    assert get(server, "ASK { gkr:new-entity ?p ?o }").json()["boolean"] is False
    r = httpx.post(
        server.sparql,
        content=upd,
        timeout=30,
        headers={**server.auth, "Content-Type": "application/sparql-update"},
    )
    assert r.status_code == 204
    assert get(server, "ASK { gkr:new-entity ?p ?o }").json()["boolean"] is True


def test_body_limit(server):
    big = "ASK { " + "?s ?p ?o . " * 3000 + "}"
    r = httpx.post(
        server.sparql, content=big, timeout=30, headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413 and r.json()["error"] == "too_large"

    def chunks():
        for _ in range(30):
            yield b"#" * 1000

    r = httpx.post(
        server.sparql,
        content=chunks(),
        timeout=30,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert r.status_code == 413


def test_malformed_query_gets_the_parser_message(server):
    r = get(server, "SELECT ?s WHERE { ?s ?p }")
    assert r.status_code == 400
    assert r.json()["error"] == "bad_query" and "error at 1:" in r.json()["detail"]


@pytest.mark.parametrize(
    "content,ctype",
    [
        (b"\xff\xfe\x00A", "application/sparql-query"),
        ("ASK {}".encode("utf-16"), "application/sparql-query; charset=UTF-16"),
        (b"query=%C3%28", "application/x-www-form-urlencoded"),
        (b"query=\xe9", "application/x-www-form-urlencoded"),
        (b"\xc0\xaf", "application/sparql-update"),
        (b"\x00\x01\x02", "application/octet-stream"),
    ],
)
def test_non_utf8_is_4xx_never_500(server, content, ctype):
    r = httpx.post(
        server.sparql, content=content, timeout=30, headers={**server.auth, "Content-Type": ctype}
    )
    assert 400 <= r.status_code < 500, r.text
    assert set(r.json()) == {"error", "detail"}
