"""``/metrics`` of a real ``kg serve``: the query executor's and the exploration caches'
counters move with the requests that drive them, in Prometheus's text format."""

from __future__ import annotations

import os
import threading

import httpx
import pytest

from .conftest import copy_store, free_port, metrics, serving

pytestmark = [pytest.mark.server, pytest.mark.slow]

TOKEN = "metrics-test-token"
ARTICLE = "voa-2024-11-20-us-landmines-ukraine"  # the seed's one article
CHEAP = "SELECT ?p ?o WHERE { gkr:ukraine ?p ?o } ORDER BY ?p LIMIT 5"  # not a bare lookup
# ~1,000 quads cubed: runs for minutes, stopped at the timeout
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def served(seed_store_dir, tmp_path_factory):
    port = free_port()
    store = copy_store(seed_store_dir, tmp_path_factory.mktemp("metrics") / "kgdata")
    env = {
        **os.environ,
        "KG_STORE": str(store),
        "KG_PORT": str(port),
        "KG_API_TOKEN": TOKEN,
        "KG_QUERY_TIMEOUT": "5",
        "KG_QUERY_WORKERS": "1",
        "KG_QUERY_RESERVE_TIMEOUT": "0",  # no reserve worker: one worker in all
    }
    with serving(["serve"], env, port) as base:
        yield base


def query(base: str, text: str) -> httpx.Response:
    return httpx.get(
        f"{base}/sparql",
        params={"query": text},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )


def test_query_counters_follow_answers_timeouts_and_queries_in_flight(served):
    before = metrics(served)
    assert before["kg_queries_in_flight"] == 0 and before["kg_query_workers"] == 1

    assert query(served, CHEAP).status_code == 200
    after = metrics(served)
    answered = 'kg_queries_total{outcome="answered"}'
    assert after[answered] == before[answered] + 1

    replies: list[httpx.Response] = []
    long = threading.Thread(target=lambda: replies.append(query(served, LONG)))
    long.start()
    while metrics(served)["kg_queries_in_flight"] != 1:  # it is running in the worker
        pass
    long.join()
    [reply] = replies
    assert reply.status_code == 503 and reply.json()["error"] == "query_timeout"
    now = metrics(served)
    timed_out = 'kg_queries_total{outcome="timed_out"}'
    assert now[timed_out] == before[timed_out] + 1
    assert now["kg_queries_in_flight"] == 0 and now["kg_queries_waiting"] == 0
    assert now[answered] == after[answered]


def test_cache_counters_follow_builds_hits_and_refreshes(served):
    def reads(outcome: str) -> float:
        name = f'kg_graph_cache_reads_total{{structure="index",outcome="{outcome}"}}'
        return metrics(served)[name]

    assert httpx.get(f"{served}/entities", params={"q": "ukraine"}).status_code == 200
    built, hits = reads("built"), reads("hit")
    assert built == 1  # read from the whole store once
    assert httpx.get(f"{served}/entities", params={"q": "russia"}).status_code == 200
    assert reads("hit") == hits + 1 and reads("built") == built

    r = httpx.delete(f"{served}/articles/{ARTICLE}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (200, 204), r.text
    assert reads("refreshed") == 0  # refreshed on the next read, not on the write
    assert httpx.get(f"{served}/entities", params={"q": "ukraine"}).status_code == 200
    assert reads("refreshed") == 1 and reads("built") == built  # re-read that article alone
