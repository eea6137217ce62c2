"""The /sparql fast path (api.app.GeoKGApp → SparqlEndpoint.fast → a worker answers the request
whole, kg.answer), the PREFIX blanking (kg.sparql.engine_text) and the executor's hand-over:
same answers as the regular FastAPI route, cheaper."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from rdflib import Graph
from rdflib.compare import isomorphic

from api.app import create_app
from api.sparql import SparqlEndpoint
from kg.errors import KGError, QueryRefused, QueryTimeout
from kg.executor import QueryExecutor, QueryJob
from kg.namespaces import PREFIXES, SPARQL_PREFIXES
from kg.settings import Settings
from kg.sparql import Query, check_query, engine_text, prepare_query
from kg.sparql_syntax import query_shape
from kg.store import OxigraphStore

try:
    from sparql_fixtures import SAMPLE_UPDATE, TOKEN
except ImportError:
    from tests.sparql_fixtures import SAMPLE_UPDATE, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SELECT = "SELECT ?s ?o WHERE { ?s gk:supplies ?o }"
ORIGIN = "https://embed.example"
QT = "application/sparql-query"


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    """(client through the fast path, client through the regular route) of one app: the same
    store, executor and settings; the second goes through FastAPI's own entry (middleware,
    router, route), as GeoKGApp does for whatever is not a query."""
    settings = Settings(
        store=tmp_path_factory.mktemp("fast") / "store",
        api_token=TOKEN,
        max_rows=10,  # 14 triples: `big` is truncated, and over GZip's 1 KB
        query_workers=1,
        max_body_bytes=4096,
        cors_origins=[ORIGIN],
    )
    app = create_app(settings)
    assert app.sparql is not None
    with TestClient(app) as fast:
        r = fast.post(
            "/sparql",
            content=SAMPLE_UPDATE,
            headers={**AUTH, "Content-Type": "application/sparql-update"},
        )
        assert r.status_code == 204, r.text

        async def regular(scope, receive, send):
            await FastAPI.__call__(app, scope, receive, send)

        yield fast, TestClient(regular), app


def _route_taken(monkeypatch) -> list[str]:
    """Record the way requests take: "fast" (answered from the ASGI scope), "handed back" (the
    fast path gave the request to the app), "route" (FastAPI's router and the route)."""
    seen: list[str] = []
    fast, handle = SparqlEndpoint.fast, SparqlEndpoint.handle

    async def spy_fast(self, scope, receive, send, **kwargs):
        replay = await fast(self, scope, receive, send, **kwargs)
        seen.append("fast" if replay is None else "handed back")
        return replay

    async def spy_handle(self, request):
        assert "endpoint" in request.scope  # reached through the router
        seen.append("route")
        return await handle(self, request)

    monkeypatch.setattr(SparqlEndpoint, "fast", spy_fast)
    monkeypatch.setattr(SparqlEndpoint, "handle", spy_handle)
    return seen


big = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # > 1 KB of JSON: gzip applies
REQUESTS = [
    ("GET", {"query": SELECT}, {}, None),
    ("GET", {"query": SELECT}, {"Accept": "application/sparql-results+xml"}, None),
    ("GET", {"query": SELECT}, {"Accept": "text/csv;q=0.5, text/tab-separated-values"}, None),
    ("GET", {"query": SELECT, "format": "csv"}, {}, None),
    ("GET", {"query": SPARQL_PREFIXES + SELECT}, {"Accept": "application/json"}, None),
    ("GET", {"query": "ASK { ?s ?p ?o }"}, {}, None),
    ("GET", {"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"}, {}, None),
    ("GET", {"query": "DESCRIBE gkr:ukraine"}, {"Accept": "application/n-triples"}, None),
    ("GET", {"query": big}, {"Accept-Encoding": "gzip"}, None),
    ("GET", {"query": big}, {"Accept-Encoding": "identity"}, None),
    ("GET", {"query": SELECT}, {"Origin": ORIGIN}, None),
    ("GET", {"query": SELECT}, {"Origin": "https://elsewhere.example"}, None),
    (
        "GET",
        {"query": SELECT, "named-graph-uri": "https://w3id.org/geokg/doc/a1"},
        {},
        None,
    ),
    ("GET", {}, {}, None),  # service description
    ("GET", {}, {"Accept": "application/n-triples"}, None),
    ("POST", {}, {"Content-Type": "application/sparql-query"}, SELECT.encode()),
    (
        "POST",
        {},
        {"Content-Type": "application/x-www-form-urlencoded"},
        b"query=" + SELECT.replace(" ", "+").encode(),
    ),
    # errors: one JSON shape, never 500
    ("GET", {"query": "SELECT WHERE {"}, {}, None),
    ("GET", {"query": SELECT}, {"Accept": "image/png"}, None),
    ("GET", {"query": SELECT, "format": "png"}, {}, None),
    ("GET", {"query": "SELECT * { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }"}, {}, None),
    ("GET", [("query", SELECT), ("query", SELECT)], {}, None),
    ("GET", {"update": "CLEAR ALL"}, {}, None),
    ("POST", {}, {"Content-Type": "text/plain"}, SELECT.encode()),
    ("POST", {}, {"Content-Type": "application/sparql-query"}, b"SELECT \xff"),
    ("POST", {}, {"Content-Type": "application/sparql-query"}, b"#" * 5000),
    ("POST", {}, {"Content-Type": "application/x-www-form-urlencoded"}, b""),
    ("POST", {}, {"Content-Type": "application/sparql-update"}, b"CLEAR ALL"),
    (
        "POST",
        {},
        {"Content-Type": "application/sparql-update", "Authorization": "Bearer nope"},
        b"CLEAR ALL",
    ),
    (
        "POST",
        {},
        {"Content-Type": "application/sparql-update", **AUTH},
        b"LOAD <file:///etc/passwd>",
    ),
    ("GET", {"query": "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"}, {}, None),
    # not the fast path's: delegated to the app
    ("PUT", {"query": SELECT}, {}, None),
    ("DELETE", {}, {}, None),
]


def _call(client: TestClient, method, params, headers, body):
    return client.request(method, "/sparql", params=params, headers=headers, content=body)


@pytest.mark.parametrize("method,params,headers,body", REQUESTS)
def test_fast_path_answers_like_the_route(apps, method, params, headers, body):
    fast, regular, _ = apps
    a = _call(fast, method, params, headers, body)
    b = _call(regular, method, params, headers, body)
    assert a.status_code == b.status_code, (a.text, b.text)
    assert a.status_code < 500, a.text
    ha, hb = sorted(a.headers.multi_items()), sorted(b.headers.multi_items())
    if not params and a.headers["content-type"].startswith("application/n-triples"):
        # the service description as N-Triples: rdflib names its blank nodes at random
        ga, gb = (Graph().parse(data=r.text, format="nt") for r in (a, b))
        assert isomorphic(ga, gb)
        ha, hb = ([h for h in x if h[0] != "content-length"] for x in (ha, hb))
    elif (
        a.status_code == 200
        and b'"bindings"' in a.content
        and a.headers["content-type"].startswith("application/sparql-results+json")
    ):
        # the queries have no ORDER BY: each app's worker may read the rows in its own
        # order (a memory copy or the snapshot on disk), so compare them as a multiset
        ja, jb = a.json(), b.json()
        assert ja["head"] == jb["head"] and ja.get("truncated") == jb.get("truncated")
        key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731
        rows_a = sorted(map(key, ja["results"]["bindings"]))
        assert rows_a == sorted(map(key, jb["results"]["bindings"]))
    else:
        assert a.content == b.content
    assert ha == hb
    if a.status_code >= 400:
        body_json = a.json()
        assert set(body_json) == {"error", "detail"} and body_json["detail"]


def test_gzip_and_cors_still_wrap_the_fast_path(apps):
    fast, _, _ = apps
    r = fast.get("/sparql", params={"query": big}, headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    assert r.headers["x-result-truncated"] == "true" and r.json()["truncated"] is True
    assert "Accept-Encoding" in r.headers["vary"] and "Accept" in r.headers["vary"]
    r = fast.get("/sparql", params={"query": SELECT}, headers={"Origin": ORIGIN})
    assert r.headers["access-control-allow-origin"] == ORIGIN
    assert "X-Result-Rows" in r.headers["access-control-expose-headers"]
    pre = fast.options(
        "/sparql",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == ORIGIN


def test_the_fast_path_is_taken_and_the_route_stays_documented(apps, monkeypatch):
    fast, regular, app = apps
    seen = _route_taken(monkeypatch)
    assert fast.get("/sparql", params={"query": SELECT}).status_code == 200
    assert fast.post("/sparql", data={"query": SELECT}).status_code == 200
    assert fast.post("/sparql", content=SELECT, headers={"Content-Type": QT}).status_code == 200
    assert regular.get("/sparql", params={"query": SELECT}).status_code == 200
    assert fast.get("/sparql").status_code == 200  # the service description
    page = fast.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<html" in page.text.lower()  # the worker hands it back
    cors = fast.get("/sparql", params={"query": SELECT}, headers={"Origin": ORIGIN})
    assert cors.headers["access-control-allow-origin"] == ORIGIN
    back = ["handed back", "route"]
    assert seen == ["fast", "fast", "fast", "route", *back, *back, *back]
    schema = fast.get("/openapi.json").json()
    assert set(schema["paths"]["/sparql"]) == {"get", "post"}
    # other paths are untouched
    assert fast.get("/").status_code == 200
    assert fast.get("/sparql/").status_code in (200, 307, 404)


# -- engine_text ------------------------------------------------------------------------------


def test_engine_text_blanks_only_no_op_declarations():
    q = SPARQL_PREFIXES + SELECT
    t = engine_text(q)
    assert len(t) == len(q) and t.count("\n") == q.count("\n")
    assert t.strip() == SELECT
    other = "PREFIX gk: <http://other.example/>\n"
    same = f"PREFIX gk: <{PREFIXES['gk']}>\n"
    t = engine_text(other + same + same + SELECT)
    lines = t.split("\n")
    assert lines[0] == other.strip() and lines[1] == same.strip() and not lines[2].strip()
    assert engine_text(SELECT) == SELECT
    # BASE, comments, unknown or non-ASCII prefixes stay as they are
    for text in (
        f"BASE <http://b/>\nPREFIX gk: <{PREFIXES['gk']}>\n" + SELECT,
        "# comment\n" + SPARQL_PREFIXES + SELECT,
        "PREFIX ex: <http://example.org/>\n" + SELECT,
        "PREFIX é: <http://example.org/>\n" + SELECT,
    ):
        assert engine_text(text).startswith(text.split("\n")[0])
        assert len(engine_text(text)) == len(text)


def _random_query(rng: random.Random) -> str:
    names = [*PREFIXES, "ex", "", "gk", "rdfs"]
    iris = [*PREFIXES.values(), "http://example.org/", "http://evil.example/"]
    parts = []
    for _ in range(rng.randint(0, 6)):
        ws = rng.choice([" ", "\n", "\t", "  \r\n", ""])
        kw = rng.choice(["PREFIX", "prefix", "Prefix"])
        name = rng.choice(names)
        keep = rng.random() < 0.6 and name in PREFIXES
        iri = PREFIXES[name] if keep else rng.choice(iris)
        parts.append(f"{ws}{kw} {name}:{rng.choice(['', ' ', '  '])}<{iri}>")
    body = rng.choice(
        [
            "SELECT * WHERE { ?s gk:supplies ?o }",
            "ASK { ?s ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "SELECT * FROM <http://g/> { ?s ?p ?o }",
            "SELECT * { SERVICE ex:sparql { ?s ?p ?o } }",
            "SELECT * { SERVICE gk:x { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
            'SELECT * { ?s rdfs:label "PREFIX gk: <x>" }',
            "DESCRIBE gkr:ukraine",
        ]
    )
    return "".join(parts) + rng.choice(["\n", " "]) + body


def test_engine_text_keeps_the_query_shape():
    rng = random.Random(4)
    for _ in range(2000):
        q = _random_query(rng)
        t = engine_text(q)
        assert len(t) == len(q) and t.count("\n") == q.count("\n"), q
        assert query_shape(t, PREFIXES) == query_shape(q, PREFIXES), q
        # what the worker (kg.store) reads without the default prefixes
        assert query_shape(t).has_dataset == query_shape(q).has_dataset, q


def test_query_shape_shortcut_agrees_with_reading_every_token():
    """query_shape skips the token-by-token reading when no rare word (FROM, SERVICE, update
    operations) occurs: same shape either way, on random queries and on the W3C protocol
    tests' and the query page's queries."""
    from kg.sparql_syntax import shape_by_tokens

    rng = random.Random(9)
    queries = [_random_query(rng) for _ in range(1000)]
    queries += [
        "select ?s { ?s ?p ?o }",
        "  # SELECT in a comment\nASK { }",
        'CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o }',
        "PREFIX x: <http://x/{>\nDESCRIBE x:a",
        "{ SELECT ?s {} }",
        "SELECT * { { SELECT ?s { ?s ?p ?o } } }",
        "BASE <http://b/> SELECT * {}",
        "",
        "nonsense",
    ]
    for q in queries:
        assert query_shape(q) == shape_by_tokens(q), q
        assert query_shape(q, PREFIXES) == shape_by_tokens(q, PREFIXES), q


def test_prepare_query_shortcut_agrees_with_reading_every_token():
    """prepare_query reads only what follows the prologue when it can find where that is
    (kg.sparql_syntax.query_body): the same shape and engine text as the full reading, or the
    same refusal, on random queries, with keywords hidden in prefix names, IRIs and comments."""
    from kg.sparql_syntax import query_body, shape_by_tokens

    def full(q: str) -> tuple[object, str]:
        text = engine_text(q)
        shape = shape_by_tokens(text, PREFIXES)
        return shape, text

    rng = random.Random(12)
    queries = [_random_query(rng) for _ in range(1500)]
    for q in list(queries[:300]):
        queries += [
            "# SELECT in a comment\n" + q,
            "PREFIX select: <http://s/>\nPREFIX ask: <http://a/>\n" + q,
            q.replace("SELECT", "select").replace("ASK", "Ask"),
            "PREFIX ex: <http://example.org/SERVICE/FROM/>\n" + q,
        ]
    queries += ["  # SELECT in a comment\nASK { }", "BASE <http://b/> SELECT * {}", "sElEcT * {}"]
    fast = 0
    for q in queries:
        expected = full(q)
        allowed = expected[0].services == () or all(expected[0].services)
        allow = [e for e in expected[0].services if e] if allowed else []
        try:
            got = prepare_query(Query(q), allow)
        except QueryRefused:
            assert None in expected[0].services, q
            continue
        fast += query_body(q) is not None
        assert got[1] == expected[1], q
        shape = got[0]
        assert shape.has_dataset == expected[0].has_dataset, q
        assert shape.services == expected[0].services, q
        if not q.lstrip().startswith("#"):  # (a keyword in a comment may be taken as the form)
            assert shape.form == expected[0].form, q
    assert fast > len(queries) * 0.9  # the shortcut is what runs


def test_service_behind_a_redefined_prefix_is_still_refused():
    allow = ["http://example.org/sparql"]
    ok = "PREFIX ex: <http://example.org/>\nSELECT * { SERVICE ex:sparql { ?s ?p ?o } }"
    assert check_query(Query(ok), allow).services == ("http://example.org/sparql",)
    evil = "PREFIX ex: <http://example.org/>\nPREFIX ex: <http://evil.example/>\n" + (
        "SELECT * { SERVICE ex:sparql { ?s ?p ?o } }"
    )
    with pytest.raises(QueryRefused):
        prepare_query(Query(evil), allow)


def test_blanked_queries_answer_the_same_and_errors_keep_their_position(apps):
    fast, _, _ = apps
    plain = fast.get("/sparql", params={"query": SELECT})
    prefixed = fast.get("/sparql", params={"query": SPARQL_PREFIXES + SELECT})
    assert plain.content == prefixed.content and plain.json()["results"]["bindings"]
    other = fast.get("/sparql", params={"query": "PREFIX gk: <http://other.example/>\n" + SELECT})
    assert other.status_code == 200 and other.json()["results"]["bindings"] == []
    n = SPARQL_PREFIXES.count("\n")
    r = fast.get("/sparql", params={"query": SPARQL_PREFIXES + "SELECT ?s WHERE { ?s ?p "})
    assert r.status_code == 400
    assert re.search(rf"\b{n + 1}:\d+", r.json()["detail"]), r.json()["detail"]


# -- the executor ---------------------------------------------------------------------------


@pytest.fixture
def executor(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=5)
    ex.start()
    yield ex
    ex.close()
    store.close()


def _job(query: str) -> QueryJob:
    return QueryJob(query=query, results_format="json", graph_format="turtle", limit=100)


def test_executor_serves_many_waiters_in_turn(executor):
    async def main():
        return await asyncio.gather(*(executor.arun(_job(SELECT)) for _ in range(24)))

    answers = asyncio.run(main())
    assert {a.body for a in answers} == {answers[0].body} and answers[0].rows == 1
    assert [w.busy for w in executor._workers] == [0] and not executor._waiters


def test_executor_waiter_cancelled_or_timed_out_gives_the_worker_back(executor):
    async def main():
        slow = asyncio.create_task(
            executor.arun(
                _job(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
                    "?m ?n2 ?o }"
                )
            )
        )
        await asyncio.sleep(0.05)
        waiting = asyncio.create_task(executor.arun(_job(SELECT)))
        await asyncio.sleep(0.05)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await asyncio.gather(slow, return_exceptions=True)  # answered or timed out
        return await executor.arun(_job(SELECT))

    assert asyncio.run(main()).rows == 1
    assert [w.busy for w in executor._workers] == [0] and not executor._waiters


def test_executor_timeout_kills_and_replaces_the_worker(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=3.0)  # room for a replacement to start
    ex.start()
    try:
        first = ex._workers[0].proc.pid
        expensive = (
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
            "?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u }"
        )

        async def main():
            # the second query waits for the one worker, past the deadline: 503 too
            return await asyncio.gather(
                ex.arun(_job(expensive)), ex.arun(_job(SELECT)), return_exceptions=True
            )

        results = asyncio.run(main())
        assert all(isinstance(r, QueryTimeout) for r in results), results
        assert "no query worker became free" in str(results[1]) or "stopped" in str(results[1])
        assert ex.run(_job(SELECT)).rows == 1  # a replacement answers
        assert ex._workers[0].proc.pid != first
    finally:
        ex.close()
        store.close()


@contextlib.contextmanager
def _running(tmp_path, update: str, **settings):
    """A store holding what ``update`` inserts, and an executor on it; both closed after."""
    store = OxigraphStore(tmp_path / "store")
    store.update(update)
    ex = QueryExecutor(store, **settings)
    try:
        yield store, ex
    finally:
        ex.close()
        store.close()


def _numbers(n: int) -> str:
    return "INSERT DATA { " + " ".join(f"<http://e/{i}> <http://p> {i} ." for i in range(n)) + " }"


def test_a_worker_killed_while_idle_is_replaced_without_an_error(tmp_path):
    import signal
    import time

    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=10)
    ex.start()

    async def main():
        first = await ex.arun(_job(SELECT))
        pid = ex._workers[0].proc.pid
        os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.3)  # the event loop sees its pipe close
        second = await ex.arun(_job(SELECT))
        return first, second, pid

    try:
        first, second, pid = asyncio.run(main())
        assert first.body == second.body and second.rows == 1
        assert ex._workers[0].proc.pid != pid
        time.sleep(0.1)
        assert ex.run(_job(SELECT)).rows == 1  # and from another event loop too
    finally:
        ex.close()
        store.close()


def test_replies_larger_than_the_pipe_arrive_whole(tmp_path):
    """A reply of ~1 MB crosses the pipe in many reads and is reassembled in order."""
    from urllib.parse import urlencode

    from kg.answer import RequestJob, answer

    triples = " ".join(f'<http://e/{i}> <http://p/v> "{i:08d} {"x" * 200}" .' for i in range(4000))
    job = RequestJob(
        "GET",
        urlencode({"query": "SELECT ?s ?o WHERE { ?s <http://p/v> ?o } ORDER BY ?s"}),
        None,
        "application/sparql-results+json",
        b"",
        "http://localhost/sparql",
        10_000,
    )

    with _running(tmp_path, "INSERT DATA { " + triples + " }", workers=1, timeout=30) as (
        store,
        ex,
    ):

        async def main():
            return await asyncio.gather(*(ex.respond(job) for _ in range(3)))

        replies = asyncio.run(main())
        here = answer(store, job)
        assert here is not None and len(here.body) > 900_000
        for reply in replies:
            assert reply is not None and reply.status == 200 and reply.body == here.body
            assert dict(reply.headers)[b"x-result-rows"] == b"4000"


def test_jobs_larger_than_a_socket_message_arrive_whole(tmp_path):
    """A job bigger than one message on the job socket (a query of ~300 KB: a long VALUES
    block) goes through a file in the executor's folder, read and deleted by the worker; small
    jobs sent beside it on the same worker still answer, and no file is left behind."""
    values = " ".join(f"<http://e/{i}>" for i in range(20_000))
    big = f"SELECT (COUNT(?s) AS ?n) WHERE {{ VALUES ?s {{ {values} }} ?s <http://p> ?o }}"
    small = "SELECT ?o WHERE { ?s <http://p> ?o FILTER(?o = 7) }"
    with _running(tmp_path, _numbers(50), workers=1, timeout=30, threads=4) as (_, ex):
        ex.start()
        worker = ex._workers[0]
        assert len(big) > 4 * worker.max_message

        async def main():
            return await asyncio.gather(*(ex.arun(_job(big if i % 2 else small)) for i in range(8)))

        answers = asyncio.run(main())
        for i, got in enumerate(answers):
            assert (b'"50"' if i % 2 else b'"7"') in got.body, got.body
        assert ex.root is not None and not list(ex.root.glob("job-*"))


def test_closing_the_executor_fails_a_waiting_query_at_once(tmp_path):
    import threading
    import time

    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with _running(tmp_path, _numbers(50), workers=1, timeout=60) as (_, ex):
        ex.start()
        threading.Timer(1.0, ex.close).start()
        started = time.monotonic()
        with pytest.raises(KGError) as info:
            ex.run(_job(slow))
        assert time.monotonic() - started < 10, "it waited for the 60 s deadline"
        assert "worker stopped" in str(info.value)


FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def test_a_cheap_query_is_not_held_up_by_an_expensive_one_in_the_same_worker(tmp_path):
    """One worker evaluating several queries at once: a lookup answers in well under a second
    while a query that will time out runs beside it; then the timeout stops the worker."""
    import time

    with _running(tmp_path, _numbers(50), workers=1, timeout=4, threads=4) as (_, ex):
        ex.start()

        async def main():
            slow = asyncio.create_task(ex.arun(_job(FOREVER)))
            await asyncio.sleep(0.5)  # it is running
            started = time.monotonic()
            cheap = await ex.arun(_job("SELECT ?o WHERE { <http://e/7> <http://p> ?o }"))
            took = time.monotonic() - started
            return cheap, took, await asyncio.gather(slow, return_exceptions=True)

        cheap, took, (slow,) = asyncio.run(main())
        assert cheap.rows == 1 and b'"7"' in cheap.body
        assert took < 1.5, f"the lookup waited {took:.2f} s behind the long query"
        assert isinstance(slow, QueryTimeout)
        assert ex.run(_job("ASK { ?s ?p ?o }")).rows == 1  # a replacement answers


def test_queries_sharing_a_worker_with_a_timed_out_one_still_answer(tmp_path):
    """A timeout stops the whole worker; the queries it was running beside the runaway are
    run again on the replacement, within their own deadlines."""
    with _running(tmp_path, _numbers(40), workers=1, timeout=6, threads=4) as (_, ex):
        ex.start()
        medium = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"

        async def main():
            slow = asyncio.create_task(ex.arun(_job(FOREVER)))
            await asyncio.sleep(5.7)  # the runaway is stopped at 6 s, while these run
            others = [asyncio.create_task(ex.arun(_job(medium))) for _ in range(3)]
            return await asyncio.gather(slow, *others, return_exceptions=True)

        slow, *others = asyncio.run(main())
        assert isinstance(slow, QueryTimeout)
        for answer in others:
            assert not isinstance(answer, BaseException), answer
            assert b'"2560000"' in answer.body  # 40 ** 4
        assert ex.retried >= 1  # they were running when the worker was stopped


def test_workers_outlive_the_thread_that_started_them(tmp_path):
    """The app starts workers from a thread pool whose threads end when idle; the workers must
    go on serving (Linux's parent-death signal follows the starting *thread*: not used)."""
    import threading
    import time

    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=5)

    def start_then_end() -> None:
        ex.start()
        assert ex.run(_job(SELECT)).rows == 1  # the worker is up and running
        time.sleep(0.3)

    starter = threading.Thread(target=start_then_end)
    starter.start()
    starter.join()
    try:
        pid = ex._workers[0].proc.pid
        time.sleep(0.5)
        assert ex._workers[0].proc.poll() is None, "the worker died with its starting thread"
        assert ex.run(_job(SELECT)).rows == 1
        assert ex._workers[0].proc.pid == pid
    finally:
        ex.close()
        store.close()


def test_a_worker_exits_when_the_serving_process_dies(tmp_path):
    """Even in the middle of a long query, a worker whose serving process is gone exits."""
    import subprocess
    import sys
    import textwrap
    import time

    import psutil

    script = textwrap.dedent(
        f"""
        import asyncio, sys
        from kg.executor import QueryExecutor, QueryJob
        from kg.store import OxigraphStore
        store = OxigraphStore({str(tmp_path / "store")!r})
        triples = " ".join(f"<http://e/{{i}}> <http://p> {{i}} ." for i in range(50))
        store.update("INSERT DATA {{ " + triples + " }}")
        ex = QueryExecutor(store, workers=1, timeout=600)
        ex.start()
        print(ex._workers[0].proc.pid, flush=True)
        q = "SELECT (COUNT(*) AS ?n) {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }}"
        ex.run(QueryJob(q, "json", "turtle", 10))
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    worker = psutil.Process(int(parent.stdout.readline()))
    time.sleep(1.0)  # the long query is running
    assert worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE
    parent.kill()
    parent.wait()
    gone, _ = psutil.wait_procs([worker], timeout=10)
    assert gone, "the worker outlived the serving process"


@pytest.mark.parametrize(
    "root,path,expected",
    [
        ("", "/sparql", "/sparql"),
        ("/kg", "/kg/sparql", "/sparql"),
        ("/kg", "/kg", ""),
        ("/kg", "/kgsparql", "/kgsparql"),
        ("/kg", "/sparql", "/sparql"),
    ],
)
def test_route_path_matches_starlette(root, path, expected):
    from starlette._utils import get_route_path

    from api.sparql import route_path

    scope = {"path": path, "root_path": root}
    assert route_path(scope) == expected == get_route_path(scope)
