"""Long articles: past spaCy's max_length, in linear time, and through POST /articles with a
shutdown in the middle."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from geokg_api.app import create_app
from kg import KnowledgeGraph
from kg.extract.nlp import PIECE_CHARS, pieces
from kg.namespaces import article_iri
from kg.records import Article
from kg.settings import Settings
from kg.store import OxigraphStore

from .conftest import free_port

TOKEN = "long-articles-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Sentences written for these tests; one paragraph, repeated to make a long article.
PARAGRAPH = (
    "Estonia sent Javelin missiles to Georgia on Tuesday, the ministry said. "
    "It also signed the Ottawa Treaty on March 3, according to Finland. "
    "Russian forces struck Kharkiv with drones on Friday. Ukrainian air defenses "
    "intercepted the drones over the Sumy region. The alliance said its members would "
    "deploy Patriot systems in Poland next week. President Joe Biden said he would not "
    "send tanks.\n\n"
)
LAST = "Poland sent Leopard tanks to Ukraine on Monday.\n"


def _evidence(store: OxigraphStore, art_id: str) -> list[tuple[str, int, int]]:
    iri = article_iri(art_id)
    rows = store.select(
        f"SELECT ?t ?s ?e WHERE {{ GRAPH <{iri}> {{ ?ev gk:text ?t ; gk:charStart ?s ; "
        "gk:charEnd ?e } }"
    )
    return [(r["t"], int(r["s"]), int(r["e"])) for r in rows]


def _assert_offsets(text: str, evidence: list[tuple[str, int, int]]) -> None:
    assert evidence
    for quote, start, end in evidence:
        assert text[start:end] == quote


def test_pieces_cover_the_text_at_the_most_natural_breaks():
    paras = "A short paragraph here.\n\n" * 3 + "One long paragraph. " * 10
    cuts = pieces(paras, 60)
    assert "".join(paras[a:b] for a, b in cuts) == paras
    assert all(b - a <= 60 for a, b in cuts)
    assert paras[: cuts[0][1]].endswith("\n\n")  # a paragraph break where there is one
    assert paras[cuts[2][0] : cuts[2][1]].endswith(". ")  # else a sentence end
    words = "word " * 40
    assert all(words[a:b].endswith(" ") for a, b in pieces(words, 33)[:-1])
    solid = "x" * 100  # no break at all: cut at the limit
    assert pieces(solid, 30) == [(0, 30), (30, 60), (60, 90), (90, 100)]
    assert pieces("short", 30) == [(0, 5)]


@pytest.fixture
def short_limit(extractor):
    """The pipeline's own limit lowered, so a few paragraphs are 'over max_length'."""
    saved = extractor.nlp.max_length
    extractor.nlp.max_length = 3_000
    yield extractor.nlp.max_length
    extractor.nlp.max_length = saved


def test_article_over_max_length_builds_with_offsets_into_the_original(
    tmp_path, extractor, short_limit
):
    text = PARAGRAPH * (short_limit // len(PARAGRAPH) + 1) + LAST
    assert len(text) > short_limit
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-long.txt").write_text(text, encoding="utf-8")
    (d / "b-after.txt").write_text("Germany sent Patriot systems to Ukraine.", encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "kg", extractor=extractor) as kg:
        summary = kg.build(d)
        assert (summary["added"], summary["failed"]) == (2, 0), summary["errors"]
        ev = _evidence(kg.store, "a-long")
        _assert_offsets(text, ev)
        assert any(q == LAST.strip() and s > short_limit for q, s, _ in ev)
        assert _evidence(kg.store, "b-after")
    chunked = extractor.extract(Article("a-long", text))
    extractor.nlp.max_length = 10 * len(text)  # the same text parsed whole: the same facts
    whole = extractor.extract_doc(Article("a-long", text), extractor.nlp(text))
    assert chunked.statements == whole.statements and chunked.mentions == whole.mentions


@pytest.mark.slow
def test_cli_builds_an_article_past_a_million_characters(tmp_path):
    """spaCy's own max_length (1,000,000): E088 used to abort the whole build. The padding is
    blank lines, cheap to parse; the sentence after it must keep its offset."""
    head = "Estonia sent Javelin missiles to Georgia.\n\n"
    text = head + (" " * 99 + "\n") * 10_001 + "\n" + LAST
    assert 1_000_000 < len(text) < Settings().max_article_bytes
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-long.txt").write_text(text, encoding="utf-8")
    (d / "b-after.txt").write_text("Germany sent Patriot systems to Ukraine.", encoding="utf-8")
    store_dir = tmp_path / "kg"
    r = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(d), "--store", str(store_dir), "--json"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["failed"]) == (2, 0)
    store = OxigraphStore(store_dir)
    ev = _evidence(store, "a-long")
    _assert_offsets(text, ev)
    assert any(s > 1_000_000 for _, s, _ in ev)
    assert _evidence(store, "b-after")
    store.close()


def test_post_articles_long_article_and_json_errors(tmp_path, extractor, short_limit):
    settings = Settings(
        store=tmp_path / "store", api_token=TOKEN, query_workers=0, max_article_bytes=20_000
    )
    text = PARAGRAPH * (short_limit // len(PARAGRAPH) + 1) + LAST
    with TestClient(create_app(settings)) as c:
        r = c.post("/articles", json={"id": "long", "text": text}, headers=AUTH)
        assert r.status_code == 201, r.text
        assert r.json()["results"] == [{"id": "long", "outcome": "added"}]
        _assert_offsets(text, _evidence(c.app.state.ctx.store, "long"))
        r = c.post(
            "/articles",
            json=[{"id": "x", "text": "Chile signed the Ottawa Treaty."}] * 2,
            headers=AUTH,
        )
        assert r.status_code == 400 and r.json()["error"] == "bad_input"
        assert "article #1" in r.json()["detail"] and "article #0" in r.json()["detail"]
        r = c.post("/articles", json={"id": "big", "text": "x " * 20_000}, headers=AUTH)
        assert r.status_code == 413 and r.json()["error"] == "too_large"
        for body in (b"\xff\xfe", b"[" * 15_000):  # not UTF-8; nested past the recursion limit
            r = c.post("/articles", content=body, headers=AUTH)
            assert r.status_code == 400 and set(r.json()) == {"error", "detail"}, r.text


@pytest.mark.server
@pytest.mark.slow
def test_sigterm_during_a_long_post_exits_promptly_and_stores_nothing_half(tmp_path, extractor):
    """The long POST extracts outside the write lock (a DELETE is answered meanwhile); the
    first SIGTERM stops it between pieces and sentences: the POST is answered 503
    `interrupted` (not stored after a whole parse), the process exits, and the store holds
    none of it."""
    pieces_n = 100
    text = PARAGRAPH * (pieces_n * PIECE_CHARS // len(PARAGRAPH))
    t0 = time.perf_counter()
    extractor.nlp(text[:PIECE_CHARS])
    per_piece = time.perf_counter() - t0  # the whole article: about pieces_n times this
    port = free_port()
    store = tmp_path / "kg"
    env = {
        **os.environ,
        "KG_STORE": str(store),
        "KG_PORT": str(port),
        "KG_API_TOKEN": TOKEN,
        "KG_QUERY_WORKERS": "1",
        "KG_MAX_ARTICLE_BYTES": str(2 * len(text)),
        "KG_LOG_LEVEL": "INFO",  # the refusals it answers are logged
    }
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "geokg_api", "serve"], env=env, stdout=log, stderr=log
    )
    try:
        _wait_for_health(base, proc)
        for art_id in ("keep", "drop"):  # the first also loads the model
            r = httpx.post(
                f"{base}/articles",
                json={"id": art_id, "text": "Chile signed the Ottawa Treaty."},
                headers=AUTH,
                timeout=120,
            )
            assert r.status_code == 201, r.text
        answer: list[httpx.Response | httpx.HTTPError] = []

        def post_long() -> None:
            try:
                answer.append(
                    httpx.post(
                        f"{base}/articles",
                        json={"id": "long", "text": text},
                        headers=AUTH,
                        timeout=600,
                    )
                )
            except httpx.HTTPError as e:
                answer.append(e)

        poster = threading.Thread(target=post_long)
        poster.start()
        time.sleep(max(2.0, 2 * per_piece))
        r = httpx.delete(f"{base}/articles/drop", headers=AUTH, timeout=60)
        assert r.status_code == 200, r.text  # the write lock is free while it extracts
        assert poster.is_alive(), "the long POST ended before the shutdown could be tested"
        proc.send_signal(signal.SIGTERM)
        proc.wait()
        poster.join()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    [got] = answer
    if isinstance(got, httpx.Response):  # else the connection closed with the server
        assert got.status_code == 503 and got.json()["error"] == "interrupted", got.text
    # stopped between sentences, not cancelled after the grace period or finished
    assert "POST /articles: 503 interrupted" in (tmp_path / "serve.log").read_text()
    st = OxigraphStore(store)
    assert {iri.rsplit("/", 1)[-1] for iri in st.article_iris()} == {"keep"}
    assert not st.select(
        f"SELECT ?s WHERE {{ GRAPH <{article_iri('long')}> {{ ?s ?p ?o }} }} LIMIT 1"
    )
    st.close()


def _wait_for_health(base: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        assert proc.poll() is None, "kg serve exited"
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise AssertionError(f"kg serve did not answer within {seconds:.0f} s")
