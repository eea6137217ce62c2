"""Every kind of store answers alike: the embedded one and SPARQL servers started on loopback
ports (the Oxigraph server). Each builds the dev articles, is asked the README's questions,
and must give the embedded store's answers; a build run twice leaves the same quads; an
article is removed with what only it supported; a dump is the same."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg.errors import InputError, KGError, QueryError, QueryTimeout, StoreError
from kg.ingest import build
from kg.namespaces import SPARQL_PREFIXES
from kg.settings import PROJECT_ROOT
from kg.store import Endpoint, OxigraphStore, RemoteStore, open_store

from .conftest import DEV, ONTOLOGY, SEEDS, free_port, run_kg, serving
from .servers import SparqlServer, oxigraph, virtuoso

pytestmark = [pytest.mark.server, pytest.mark.slow]

KINDS = ["embedded", "oxigraph", "virtuoso"]
SERVERS = {"oxigraph": oxigraph, "virtuoso": virtuoso}
ARTICLE = "https://w3id.org/geokg/doc/voa-2024-11-20-us-landmines-ukraine"
ENTITIES = "https://w3id.org/geokg/graph/entities"


def _store_on(server: SparqlServer) -> RemoteStore:
    """GeoKG's remote store on ``server``: Virtuoso with its writer's credentials and a
    named graph for the entity descriptions (its default graph is the union of all)."""
    endpoint = Endpoint(
        update_url=server.update_url,
        graph_store_url=server.graph_store_url,
        user=server.user,
        password=server.password,
        auth="digest",
        default_graph=ENTITIES if server.name == "virtuoso" else None,
    )
    return RemoteStore(server.query_url, endpoint)


@contextlib.contextmanager
def new_store(kind: str, folder: Path) -> Iterator[OxigraphStore | RemoteStore]:
    """An empty store of ``kind`` (its server started for it alone)."""
    if kind == "embedded":
        store = OxigraphStore(folder)
        yield store
        store.close()
        return
    folder.mkdir(parents=True, exist_ok=True)
    with SERVERS[kind](folder) as server:
        remote = _store_on(server)
        yield remote
        remote.close()


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
    rows, with GROUP_CONCAT lists sorted (their order is the engine's) and an empty one as
    no value (Oxigraph leaves it unbound, Virtuoso binds "")."""
    result = store.query(text)
    if result.kind == "boolean":
        return bool(result.raw)
    rows = []
    for row in result.rows():
        rows.append(
            tuple(
                (k, ", ".join(sorted(v.split(", "))) if v else None) for k, v in sorted(row.items())
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
        if isinstance(store, RemoteStore):
            store.graph_store_url = None  # the dump is restored by one update
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
            if isinstance(copy, RemoteStore):
                copy.graph_store_url = None
            assert copy.restore(dump) == [ARTICLE]
            assert copy.quads() == store.quads()

        assert store.remove_article(ARTICLE)
        assert not store.remove_article(ARTICLE)
        assert store.article_iris() == []
        assert store.quad_count() == 0  # every entity was mentioned by that article only


@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_graph_store_restore(kind, tmp_path):
    """With a Graph Store URL a dump is loaded graph by graph, to the same store. A dump that
    does not parse changes nothing, on Virtuoso too (whose PUT drops the old graph before it
    reads the body): it is parsed whole before the first PUT."""
    with new_store("embedded", tmp_path / "e") as embedded:
        _build(embedded, SEEDS)
        dump = tmp_path / "dump.nq"
        dump.write_bytes(embedded.export("nquads"))
        with new_store(kind, tmp_path / "o") as store:
            assert store.restore(dump) == [ARTICLE]
            assert store.restore(dump) == [ARTICLE]  # each graph replaced, not doubled
            assert store.quads() == embedded.quads()
            lines = dump.read_bytes().splitlines(keepends=True)
            broken = tmp_path / "broken.nq"  # half of the article's graph, then a bad line
            broken.write_bytes(b"".join(lines[: len(lines) // 2]) + b'<urn:a> <urn:b> "open .\n')
            with pytest.raises(InputError):
                store.restore(broken)
            assert store.quads() == embedded.quads()


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
            (k, ", ".join(sorted(b[k]["value"].split(", "))) if b.get(k, {}).get("value") else None)
            for k in sorted(doc["head"]["vars"])
        )
        for b in doc["results"]["bindings"]
    ]
    return sorted(rows, key=repr)


def test_cli_build_on_oxigraph_server_answers_as_embedded(seed_store, tmp_path):
    """`kg build seeds/ --store URL --update-url URL` twice: the README's questions asked of
    the server directly answer as on the embedded store, with the same quads both times."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    with oxigraph(tmp_path) as server:
        base = server.query_url.rsplit("/", 1)[0]
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

        at = ["--store", f"{base}/query", "--update-url", f"{base}/update"]
        stats = run_kg("stats", *at, "--json")
        assert json.loads(stats.stdout)["articles"] == 1, stats.stderr
        asked = run_kg("query", QUESTIONS["ask"], *at)
        assert asked.stdout.strip() == "true", asked.stderr
        valid = run_kg("validate", *at)
        assert valid.returncode == 0 and "1 of 1 article graphs conform" in valid.stdout
        dump = tmp_path / "dump.nq"
        assert run_kg("export", *at, "--format", "nquads", "-o", str(dump)).returncode == 0
        assert set(dump.read_text().splitlines()) == set(
            seed_store.export("nquads").decode().splitlines()
        )
        page = tmp_path / "graph.html"
        assert run_kg("viz", *at, "--focus", "Ukraine", "-o", str(page)).returncode == 0
        assert "Ukraine" in page.read_text(encoding="utf-8")
        removed = run_kg("remove", ARTICLE.rsplit("/", 1)[1], *at)
        assert removed.returncode == 0, removed.stderr
        reply = httpx.post(f"{base}/query", data={"query": count}, timeout=30)
        assert reply.json()["results"]["bindings"][0]["n"]["value"] == "0"


@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_serve_on_a_sparql_server(kind, seed_store_dir, tmp_path):
    """`kg serve --store URL`, the rest from the environment (credentials included): every
    endpoint reads the server, /sparql with its safety policy, and writes go to it."""
    with SERVERS[kind](tmp_path) as server:
        store = _store_on(server)
        embedded = open_store(seed_store_dir, read_only=True)
        dump = tmp_path / "seed.nq"
        dump.write_bytes(embedded.export("nquads"))
        store.restore(dump)
        port = free_port()
        env = {
            **os.environ,
            "KG_API_TOKEN": "t0ken",
            "KG_QUERY_TIMEOUT": "20",
            "KG_UPDATE_URL": server.update_url,
            "KG_STORE_USER": server.user or "",
            "KG_STORE_PASSWORD": server.password or "",
            "KG_STORE_AUTH": "digest",
        }
        if store.default_graph is not None:
            env["KG_STORE_DEFAULT_GRAPH"] = store.default_graph
        args = ["serve", "--store", server.query_url]
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
    with oxigraph(tmp_path) as server:
        base = server.query_url.rsplit("/", 1)[0]
        store = _store_on(server)
        with pytest.raises(QueryError, match="refused the query"):
            store.query("SELECT * WHERE { ?s ?p ?o } ORDER BY STRLEN(?s, ?p)")
        wrong = RemoteStore(f"{base}/nothing-here")
        with pytest.raises(StoreError, match="failed the query"):
            wrong.quad_count()
        store.close()
        wrong.close()


def test_a_query_past_the_timeout_is_stopped_waiting(tmp_path):
    """The client waits ``timeout`` seconds for an answer, then reports a timeout (the
    server's own limit stops the work: `oxigraph serve --timeout-s`)."""
    with oxigraph(tmp_path) as server:
        store = _store_on(server)
        rows = " ".join(f'<urn:t:s{i}> <urn:t:p> "{i}" .' for i in range(3000))
        store.update(f"INSERT DATA {{ {rows} }}")
        slow = RemoteStore(server.query_url, Endpoint(timeout=0.5))
        with pytest.raises(QueryTimeout, match="did not answer the query within 0.5 s"):
            slow.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        slow.close()
        store.close()
