"""Every kind of store answers alike: the embedded one and SPARQL servers started on loopback
ports (the Oxigraph server). Each builds the dev articles, is asked the README's questions,
and must give the embedded store's answers; a build run twice leaves the same quads; an
article is removed with what only it supported; a dump is the same."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg.errors import KGError, QueryError, StoreError
from kg.ingest import build
from kg.namespaces import SPARQL_PREFIXES
from kg.settings import PROJECT_ROOT
from kg.store import Endpoint, OxigraphStore, RemoteStore, open_store

from .conftest import DEV, ONTOLOGY, SEEDS, free_port, run_kg, serving

pytestmark = [pytest.mark.server, pytest.mark.slow]

KINDS = ["embedded", "oxigraph"]
ARTICLE = "https://w3id.org/geokg/doc/voa-2024-11-20-us-landmines-ukraine"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.fail("the Oxigraph server is not installed: pip install oxigraph (test extra)")
    return found


@contextlib.contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """``oxigraph serve`` on a free loopback port with its data in ``folder``; its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"oxigraph serve exited: {proc.stderr.read()}")  # type: ignore[union-attr]
            try:
                httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise AssertionError("oxigraph serve did not answer within 30 s") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def new_store(kind: str, folder: Path) -> Iterator[OxigraphStore | RemoteStore]:
    """An empty store of ``kind`` (its server started for it alone)."""
    if kind == "embedded":
        store = OxigraphStore(folder)
        yield store
        store.close()
        return
    with oxigraph_server(folder) as base:
        store = RemoteStore(f"{base}/query", Endpoint(update_url=f"{base}/update"))
        yield store
        store.close()


def _build(store, *paths: Path, version: str | None = None):
    summary = build(
        store,
        list(paths),
        _extractor(),
        ontology_dir=ONTOLOGY,
        max_bytes=2_000_000,
        version=version,
    )
    assert summary.ok, summary.failed
    return summary


def _extractor():
    from kg.extract.pipeline import Extractor
    from kg.settings import Settings

    model = Settings().spacy_model
    return lambda: Extractor.shared(model)


def _readme_questions() -> dict[str, str]:
    """The README's SPARQL: the example block, the `kg query` line, the ASK over HTTP and
    the evidence pattern."""
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```sparql\n(.*?)```", text, re.S)
    [line] = re.findall(r"^kg query '(.*)'$", text, re.M)
    [ask] = re.findall(r"query=(ASK \{.*?\})'", text.replace("\n", " "), re.S)
    evidence = re.search(r"`(\?e prov:wasDerivedFrom \?ev .*?)`", text, re.S)
    assert evidence is not None
    pattern = " ".join(evidence.group(1).split())
    return {
        "regions": block,
        "not-party": line,
        "ask": " ".join(ask.split()),
        "evidence": f"SELECT ?e ?sentence ?s ?end ?article WHERE {{ {pattern} }}",
    }


QUESTIONS = _readme_questions()


def _answer(store, text: str) -> object:
    """A query's answer in a form that compares across engines: a boolean, or the sorted
    rows, with GROUP_CONCAT lists sorted (their order is the engine's)."""
    result = store.query(text)
    if result.kind == "boolean":
        return bool(result.raw)
    rows = []
    for row in result.rows():
        rows.append(
            tuple(
                (k, ", ".join(sorted(v.split(", "))) if isinstance(v, str) else v)
                for k, v in sorted(row.items())
            )
        )
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def built(request, tmp_path_factory) -> Iterator[dict]:
    """One store of each kind with the dev articles built into it (module-wide)."""
    stores: dict = {}
    with contextlib.ExitStack() as stack:

        def get(kind: str):
            if kind not in stores:
                folder = tmp_path_factory.mktemp(f"dev-{kind}") / "data"
                store = stack.enter_context(new_store(kind, folder))
                _build(store, DEV / "articles")
                stores[kind] = store
            return stores[kind]

        yield {"get": get}


@pytest.fixture(scope="module")
def expected(built) -> dict[str, object]:
    """The embedded store's answers to the README's questions."""
    store = built["get"]("embedded")
    return {name: _answer(store, text) for name, text in QUESTIONS.items()}


@pytest.mark.parametrize("kind", KINDS)
def test_readme_questions_answer_alike(built, expected, kind):
    store = built["get"](kind)
    answers = {name: _answer(store, text) for name, text in QUESTIONS.items()}
    assert answers == expected
    regions = {dict(r)["region"] for r in answers["regions"]}  # type: ignore[union-attr]
    assert "Sumy Oblast" in regions
    assert answers["ask"] is True
    assert answers["evidence"] and answers["not-party"]


@pytest.mark.parametrize("kind", KINDS)
def test_same_quads_counts_and_pages(built, kind):
    """The same dataset, counted, listed and summarised the same way."""
    embedded, store = built["get"]("embedded"), built["get"](kind)
    assert store.quads() == embedded.quads()
    assert store.quad_count() == embedded.quad_count() == len(store)
    assert store.article_iris() == embedded.article_iris()
    page = embedded.article_iris()[:5]
    assert store.article_summaries(page) == embedded.article_summaries(page)
    assert store.article_state(ARTICLE) == embedded.article_state(ARTICLE)


@pytest.mark.parametrize("kind", KINDS)
def test_build_twice_replace_remove_export(kind, tmp_path):
    """Building again changes nothing; a new extractor version replaces every article with
    the same number of quads; removing one takes what only it supported; the dump restores
    the same store elsewhere."""
    with new_store(kind, tmp_path / "a") as store:
        _build(store, SEEDS)
        first = store.quads()
        assert _build(store, SEEDS).unchanged == 1
        assert store.quads() == first
        assert _build(store, SEEDS, version="another-version").replaced == 1
        assert store.quad_count() == len(first)
        assert store.quads() == first

        dump = tmp_path / "dump.nq"
        dump.write_bytes(store.export("nquads"))
        with new_store(kind, tmp_path / "b") as copy:
            assert copy.restore(dump) == [ARTICLE]
            assert copy.quads() == store.quads()

        assert store.remove_article(ARTICLE)
        assert not store.remove_article(ARTICLE)
        assert store.article_iris() == []
        assert store.quad_count() == 0  # every entity was mentioned by that article only


def test_graph_store_restore(tmp_path):
    """With a Graph Store URL a dump is loaded graph by graph, to the same store."""
    with new_store("embedded", tmp_path / "e") as embedded:
        _build(embedded, SEEDS)
        dump = tmp_path / "dump.nq"
        dump.write_bytes(embedded.export("nquads"))
        with oxigraph_server(tmp_path / "o") as base:
            endpoint = Endpoint(update_url=f"{base}/update", graph_store_url=f"{base}/store")
            store = RemoteStore(f"{base}/query", endpoint)
            assert store.restore(dump) == [ARTICLE]
            assert store.restore(dump) == [ARTICLE]  # each graph replaced, not doubled
            assert store.quads() == embedded.quads()
            store.close()


def _direct(base: str, text: str) -> object:
    """Ask the Oxigraph server itself (not through GeoKG): the prefixes GeoKG predeclares,
    and the union of all graphs as the default graph, as GeoKG asks for it."""
    reply = httpx.post(
        f"{base}/query",
        data={"query": SPARQL_PREFIXES + text, "union-default-graph": ""},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    reply.raise_for_status()
    doc = reply.json()
    if "boolean" in doc:
        return doc["boolean"]
    rows = [
        tuple(
            (k, ", ".join(sorted(b[k]["value"].split(", "))) if k in b else None)
            for k in sorted(doc["head"]["vars"])
        )
        for b in doc["results"]["bindings"]
    ]
    return sorted(rows, key=repr)


def test_cli_build_on_oxigraph_server_answers_as_embedded(seed_store, tmp_path):
    """`kg build seeds/ --store URL --update-url URL` twice: the README's questions asked of
    the server directly answer as on the embedded store, with the same quads both times."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    with oxigraph_server(tmp_path / "o") as base:
        args = ["build", str(SEEDS), "--store", f"{base}/query", "--update-url", f"{base}/update"]
        quads = []
        for _ in range(2):
            done = run_kg(*args, "--json")
            assert done.returncode == 0, done.stderr
            reply = httpx.post(f"{base}/query", data={"query": count}, timeout=30)
            quads.append(int(reply.json()["results"]["bindings"][0]["n"]["value"]))
        assert json.loads(done.stdout)["unchanged"] == 1
        assert quads[0] == quads[1] == seed_store.quad_count()
        for text in QUESTIONS.values():
            assert _direct(base, text) == _answer(seed_store, text)


def test_serve_on_oxigraph_server(seed_store_dir, tmp_path):
    """`kg serve --store URL`: every endpoint reads the server, /sparql with its safety
    policy, and writes go to it."""
    with oxigraph_server(tmp_path / "o") as base:
        store = RemoteStore(f"{base}/query", Endpoint(update_url=f"{base}/update"))
        embedded = open_store(seed_store_dir, read_only=True)
        dump = tmp_path / "seed.nq"
        dump.write_bytes(embedded.export("nquads"))
        store.restore(dump)
        port = free_port()
        env = {**__import__("os").environ, "KG_API_TOKEN": "t0ken", "KG_QUERY_TIMEOUT": "20"}
        args = ["serve", "--store", f"{base}/query", "--update-url", f"{base}/update"]
        with serving([*args, "--port", str(port)], env, port) as url:
            q = QUESTIONS["regions"]
            reply = httpx.get(f"{url}/sparql", params={"query": q}, timeout=30)
            assert reply.status_code == 200, reply.text
            got = {b["region"]["value"] for b in reply.json()["results"]["bindings"]}
            assert got == {dict(r)["region"] for r in _answer(embedded, q)}  # type: ignore[union-attr]
            refused = httpx.get(
                f"{url}/sparql",
                params={"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"},
                timeout=30,
            )
            assert refused.status_code == 400
            stats = httpx.get(f"{url}/stats", timeout=30).json()
            assert stats["articles"] == 1
            assert httpx.get(f"{url}/entities/ukraine", timeout=30).status_code == 200
            hood = httpx.get(f"{url}/entities/ukraine/neighbourhood", timeout=30).json()
            assert hood["nodes"] and hood["edges"]
            assert httpx.get(f"{url}/articles", timeout=30).json()["articles"]
            exported = httpx.get(f"{url}/export", params={"format": "nquads"}, timeout=30)
            assert set(exported.text.splitlines()) == set(dump.read_text().splitlines())
            page = httpx.get(f"{url}/graph", params={"focus": "Ukraine"}, timeout=30)
            assert page.status_code == 200
            auth = {"Authorization": "Bearer t0ken"}
            gone = httpx.delete(f"{url}/articles/{ARTICLE.rsplit('/', 1)[1]}", headers=auth)
            assert gone.status_code in (200, 204), gone.text
            assert store.article_iris() == []
        embedded.close()
        store.close()


def test_unreachable_server_is_one_clear_line_without_credentials(tmp_path):
    port = free_port()  # nothing listens there
    endpoint = Endpoint(user="alice", password="s3cret-pw")
    store = RemoteStore(f"http://127.0.0.1:{port}/query", endpoint)
    with pytest.raises(StoreError) as e:
        store.quad_count()
    assert f"cannot reach the SPARQL server at http://127.0.0.1:{port}/query" in str(e.value)
    assert "s3cret" not in str(e.value) and "s3cret" not in (e.value.detail or "")
    done = run_kg(
        "stats", "--store", f"http://127.0.0.1:{port}/query", KG_STORE_PASSWORD="s3cret-pw"
    )
    assert done.returncode == 1
    assert "cannot reach the SPARQL server" in done.stderr and "s3cret" not in done.stderr
    assert "Traceback" not in done.stderr
    with pytest.raises(KGError, match="credentials"):
        RemoteStore("http://alice:s3cret@127.0.0.1:1/query")


def test_server_errors_are_translated(tmp_path):
    with oxigraph_server(tmp_path / "o") as base:
        store = RemoteStore(f"{base}/query", Endpoint(update_url=f"{base}/update"))
        with pytest.raises(QueryError, match="refused the query"):
            store.query("SELECT * WHERE { ?s ?p ?o } ORDER BY STRLEN(?s, ?p)")
        wrong = RemoteStore(f"{base}/nothing-here")
        with pytest.raises(StoreError, match="failed the query"):
            wrong.quad_count()
        store.close()
        wrong.close()
