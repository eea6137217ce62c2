"""/sparql requests answered whole by a query worker (kg.sparql.jobs), behind Starlette's GZip
and CORS middleware; the executor's workers (kg.sparql.execute): hand-over, timeout, death."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re

import pytest
from fastapi.testclient import TestClient

from geokg_api.app import create_app
from kg.errors import KGError, QueryRefused, QueryTimeout
from kg.namespaces import SPARQL_PREFIXES
from kg.settings import Settings
from kg.sparql.execute import QueryExecutor
from kg.sparql.jobs import QueryJob
from kg.sparql.protocol import Query, check_query, prepare_query
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
def client(tmp_path_factory):
    """A client of the app on a store of 14 triples."""
    settings = Settings(
        store=tmp_path_factory.mktemp("fast") / "store",
        api_token=TOKEN,
        max_rows=10,  # 14 triples: `big` is truncated, and over GZip's 1 KB
        query_workers=1,
        max_body_bytes=4096,
        cors_origins=[ORIGIN],
    )
    app = create_app(settings)
    with TestClient(app) as fast:
        r = fast.post(
            "/sparql",
            content=SAMPLE_UPDATE,
            headers={**AUTH, "Content-Type": "application/sparql-update"},
        )
        assert r.status_code == 204, r.text
        yield fast


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
    ("PUT", {"query": SELECT}, {}, None),
    ("DELETE", {}, {}, None),
]


@pytest.mark.parametrize("method,params,headers,body", REQUESTS)
def test_every_request_is_answered_and_errors_have_one_shape(client, method, params, headers, body):
    r = client.request(method, "/sparql", params=params, headers=headers, content=body)
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        body_json = r.json()
        assert set(body_json) == {"error", "detail"} and body_json["detail"]
    elif "query" in dict(params if isinstance(params, dict) else params):
        assert "Accept" in r.headers["vary"]


def test_gzip_and_cors_wrap_the_answers(client):
    fast = client
    r = fast.get("/sparql", params={"query": big}, headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    assert r.headers["x-result-truncated"] == "true" and r.json()["truncated"] is True
    assert "Accept-Encoding" in r.headers["vary"] and "Accept" in r.headers["vary"]
    zipped = r.json()
    for encoding in ("identity", "br"):  # clients that take no gzip: the answer as it is
        r = fast.get("/sparql", params={"query": big}, headers={"Accept-Encoding": encoding})
        assert r.status_code == 200 and "content-encoding" not in r.headers
        assert len(r.content) > 1024 and r.json() == zipped
    r = fast.get("/sparql", params={"query": SELECT}, headers={"Origin": ORIGIN})
    assert r.headers["access-control-allow-origin"] == ORIGIN
    assert "X-Result-Rows" in r.headers["access-control-expose-headers"]
    pre = fast.options(
        "/sparql",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == ORIGIN


def test_the_route_is_documented(client):
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]["/sparql"]) == {"get", "post"}
    page = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<html" in page.text.lower()  # the worker hands it back


def test_service_behind_a_redefined_prefix_is_still_refused():
    allow = ["http://example.org/sparql"]
    ok = "PREFIX ex: <http://example.org/>\nSELECT * { SERVICE ex:sparql { ?s ?p ?o } }"
    assert check_query(Query(ok), allow).services == ("http://example.org/sparql",)
    evil = "PREFIX ex: <http://example.org/>\nPREFIX ex: <http://evil.example/>\n" + (
        "SELECT * { SERVICE ex:sparql { ?s ?p ?o } }"
    )
    with pytest.raises(QueryRefused):
        prepare_query(Query(evil), allow)


def test_prefixed_queries_answer_the_same_and_errors_keep_their_position(client):
    fast = client
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


def _idle(executor: QueryExecutor) -> bool:
    """No query in flight, waiting or holding a worker's slot."""
    stats = executor.stats()
    return stats["in_flight"] == stats["waiting"] == stats["slots_busy"] == 0


def test_executor_serves_many_waiters_in_turn(executor):
    async def main():
        return await asyncio.gather(*(executor.arun(_job(SELECT)) for _ in range(24)))

    answers = asyncio.run(main())
    assert {a.body for a in answers} == {answers[0].body} and answers[0].rows == 1
    assert _idle(executor)


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
        while executor.stats()["slots_busy"] == 0:  # it holds the one worker
            await asyncio.sleep(0.01)
        waiting = asyncio.create_task(executor.arun(_job(SELECT)))
        while executor.stats()["waiting"] == 0:  # it waits for that worker
            await asyncio.sleep(0.01)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await asyncio.gather(slow, return_exceptions=True)  # answered or timed out
        return await executor.arun(_job(SELECT))

    assert asyncio.run(main()).rows == 1
    assert _idle(executor)


@pytest.mark.slow  # waits for a query timeout
def test_executor_timeout_kills_and_replaces_the_worker(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=3.0)  # room for a replacement to start
    ex.start()
    try:
        [first] = ex.worker_pids()
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
        assert ex.worker_pids() != [first]
        stats = ex.stats()
        assert stats["timed_out"] == 2 and stats["answered"] == 1 and stats["workers"] == 1
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

    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=10)
    ex.start()

    async def main():
        first = await ex.arun(_job(SELECT))
        [pid] = ex.worker_pids()
        os.kill(pid, signal.SIGKILL)
        while pid in ex.worker_pids():  # until the event loop sees its pipe close
            await asyncio.sleep(0.01)
        second = await ex.arun(_job(SELECT))
        return first, second, pid

    try:
        first, second, pid = asyncio.run(main())
        assert first.body == second.body and second.rows == 1
        assert pid not in ex.worker_pids()
        assert ex.run(_job(SELECT)).rows == 1  # and from another event loop too
    finally:
        ex.close()
        store.close()


def test_replies_larger_than_the_pipe_arrive_whole(tmp_path):
    """A reply of ~1 MB crosses the pipe in many reads and is reassembled in order."""
    from urllib.parse import urlencode

    from kg.sparql.jobs import RequestJob, answer

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
            assert reply is not None and reply.body == here.body and reply.rows == 4000


def test_jobs_larger_than_a_socket_message_arrive_whole(tmp_path):
    """A job bigger than one message on the job socket (a query of ~300 KB: a long VALUES
    block) goes through a file in the executor's folder, read and deleted by the worker; small
    jobs sent beside it on the same worker still answer, and no file is left behind."""
    values = " ".join(f"<http://e/{i}>" for i in range(20_000))
    big = f"SELECT (COUNT(?s) AS ?n) WHERE {{ VALUES ?s {{ {values} }} ?s <http://p> ?o }}"
    small = "SELECT ?o WHERE { ?s <http://p> ?o FILTER(?o = 7) }"
    with _running(tmp_path, _numbers(50), workers=1, timeout=30, threads=4) as (_, ex):
        ex.start()
        assert len(big) > 4 * 64 * 1024  # jobs over 64 KB go through a file

        async def main():
            return await asyncio.gather(*(ex.arun(_job(big if i % 2 else small)) for i in range(8)))

        answers = asyncio.run(main())
        for i, got in enumerate(answers):
            assert (b'"50"' if i % 2 else b'"7"') in got.body, got.body
        assert ex.root is not None and not list(ex.root.glob("job-*"))


def test_closing_the_executor_fails_a_waiting_query_at_once(tmp_path):
    """Not at its deadline (which would be a timeout error), but with the worker it ran on."""
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with _running(tmp_path, _numbers(50), workers=1, timeout=600) as (_, ex):
        ex.start()

        async def main():
            running = asyncio.create_task(ex.arun(_job(slow)))
            while ex.stats()["slots_busy"] == 0:  # until it holds the worker
                await asyncio.sleep(0.01)
            await asyncio.to_thread(ex.close)
            return await asyncio.gather(running, return_exceptions=True)

        [outcome] = asyncio.run(main())
        assert isinstance(outcome, KGError) and not isinstance(outcome, QueryTimeout)
        assert "worker stopped" in str(outcome)


FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.mark.slow  # waits for a query timeout
def test_a_cheap_query_is_not_held_up_by_an_expensive_one_in_the_same_worker(tmp_path):
    """One worker evaluating several queries at once: a lookup answers while a query that
    will time out runs beside it; then the timeout stops the worker."""
    with _running(tmp_path, _numbers(50), workers=1, timeout=10, threads=4) as (_, ex):
        ex.start()

        lookup = _job("SELECT ?o WHERE { <http://e/7> <http://p> ?o }")

        async def main():
            # both at once, on a fresh worker: the slow one takes a slot before the worker
            # reads this loop's replies, and the lookup must still get another slot
            slow = asyncio.create_task(ex.arun(_job(FOREVER)))
            while ex.stats()["slots_busy"] == 0:  # it holds a slot
                await asyncio.sleep(0.01)
            cheap = await ex.arun(lookup)
            running = not slow.done() and ex.stats()["in_flight"] == 1
            return cheap, running, await asyncio.gather(slow, return_exceptions=True)

        cheap, running, (slow,) = asyncio.run(main())
        assert cheap.rows == 1 and b'"7"' in cheap.body
        assert running, "the lookup waited for the long query to end"
        assert isinstance(slow, QueryTimeout)
        assert ex.run(_job("ASK { ?s ?p ?o }")).rows == 1  # a replacement answers


@pytest.mark.slow  # waits for a query timeout
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

    store = OxigraphStore(tmp_path / "store")
    store.update(SAMPLE_UPDATE)
    ex = QueryExecutor(store, workers=1, timeout=5)

    def start_then_end() -> None:
        ex.start()
        assert ex.run(_job(SELECT)).rows == 1  # the worker is up and running

    starter = threading.Thread(target=start_then_end)
    starter.start()
    starter.join()
    try:
        [pid] = ex.worker_pids()
        assert ex.run(_job(SELECT)).rows == 1  # a worker killed meanwhile would be replaced
        assert ex.worker_pids() == [pid], "the worker died with its starting thread"
        assert ex.stats()["retried"] == 0
    finally:
        ex.close()
        store.close()


@pytest.mark.slow  # a serving process of its own, killed mid-query
def test_a_worker_exits_when_the_serving_process_dies(tmp_path):
    """Even in the middle of a long query, a worker whose serving process is gone exits."""
    import subprocess
    import sys
    import textwrap

    import psutil

    script = textwrap.dedent(
        f"""
        import threading, time
        from kg.sparql.execute import QueryExecutor
        from kg.sparql.jobs import QueryJob
        from kg.store import OxigraphStore
        store = OxigraphStore({str(tmp_path / "store")!r})
        triples = " ".join(f"<http://e/{{i}}> <http://p> {{i}} ." for i in range(50))
        store.update("INSERT DATA {{ " + triples + " }}")
        ex = QueryExecutor(store, workers=1, timeout=600)
        ex.start()
        print(*ex.worker_pids(), flush=True)
        q = "SELECT (COUNT(*) AS ?n) {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }}"
        threading.Thread(target=ex.run, args=(QueryJob(q, "json", "turtle", 10),)).start()
        while ex.stats()["slots_busy"] == 0:
            time.sleep(0.01)
        print("running", flush=True)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    worker = psutil.Process(int(parent.stdout.readline()))
    assert parent.stdout.readline().strip() == "running"  # the long query holds the worker
    assert worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE
    parent.kill()
    parent.wait()
    gone, _ = psutil.wait_procs([worker], timeout=60)  # (its watchdog looks every second)
    assert gone, "the worker outlived the serving process"


def test_workers_yield_the_cpus_to_the_serving_process(tmp_path):
    """Workers run niced (KG_QUERY_WORKER_NICE): when the CPUs are busy, HTTP handling in the
    serving process goes before long queries."""
    import time

    store = OxigraphStore(tmp_path / "store")
    store.update("INSERT DATA { <http://e/1> <http://p> 1 }")
    ex = QueryExecutor(store, workers=2, timeout=10, worker_nice=7)
    try:
        ex.start()
        assert b'"1"' in ex.run(_job("SELECT ?o WHERE { ?s <http://p> ?o . ?s ?q ?o }")).body
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        for pid in ex.worker_pids():  # (each renices itself as it starts)
            while os.getpriority(os.PRIO_PROCESS, pid) != min(19, mine + 7):
                time.sleep(0.05)
    finally:
        ex.close()
        store.close()
