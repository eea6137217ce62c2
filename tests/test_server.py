"""`kg up` as a user runs it: a real uvicorn server built from seeds/ on an empty store."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time

import httpx
import pytest

from .conftest import free_port, serving

pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    port = free_port()
    store = tmp_path_factory.mktemp("up") / "kgdata"
    env = {**os.environ, "KG_STORE": str(store), "KG_PORT": str(port)}
    with serving(["up"], env, port, seconds=180) as base:
        yield base


def test_up_builds_the_seed_and_serves(served):
    health = httpx.get(f"{served}/health").json()
    assert health["status"] == "ok" and health["articles"] == 1


def test_sparql_over_http(served):
    r = httpx.get(
        f"{served}/sparql",
        params={"query": "ASK { gkr:russia gk:notPartyTo gkr:ottawa-treaty }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_neighbourhood_and_graph_page(served):
    r = httpx.get(f"{served}/entities/ukraine/neighbourhood", params={"depth": 1})
    assert r.status_code == 200
    body = r.json()
    assert any(n["id"] == "united-states" for n in body["nodes"])
    page = httpx.get(f"{served}/graph", params={"focus": "ukraine"})
    assert (
        page.status_code == 200 and "vis-network" in page.text.lower() or "vis.Network" in page.text
    )
    assert "https://cdn" not in page.text and "unpkg.com" not in page.text


def test_bad_input_is_a_clear_4xx(served):
    r = httpx.get(f"{served}/sparql", params={"query": "SELECT WHERE {"})
    assert r.status_code == 400 and r.json()["error"]
    r = httpx.get(f"{served}/entities/no-such-entity")
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_serve_keeps_an_access_log_by_default(tmp_path):
    """One line per request on stdout (method, path, status) unless KG_ACCESS_LOG=false."""
    port = free_port()
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "KG_ACCESS_LOG"}
    with (
        log.open("w") as out,
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "geokg_api",
                "serve",
                "--store",
                str(tmp_path / "kgdata"),
                "--port",
                str(port),
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        ) as proc,
    ):
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(600):
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                        break
                time.sleep(0.2)
            assert httpx.get(f"{base}/entities/nowhere-at-all").status_code == 404
        finally:
            proc.terminate()
            proc.wait(30)
    text = log.read_text()
    assert re.search(r'"GET /health HTTP/1.1" 200', text), text
    assert re.search(r'"GET /entities/nowhere-at-all HTTP/1.1" 404', text), text
