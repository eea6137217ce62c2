"""GET /articles and GET /entities/{id} a page at a time: limit, an opaque cursor, `next`."""

from __future__ import annotations

import base64
import json

import pytest
from fastapi.testclient import TestClient

from geokg_api.app import create_app
from kg.graph import KnowledgeGraph
from kg.settings import Settings

try:
    from explore_fixtures import build_world
except ImportError:  # tests/ as a package
    from tests.explore_fixtures import build_world

EXTRA = 23  # articles beyond the world's three


@pytest.fixture(scope="module")
def store():
    store = build_world(None)
    rows = " ".join(
        f'GRAPH gkd:page-{i:02d} {{ gkd:page-{i:02d} a gk:Article ; dcterms:title "Page {i}" }}'
        for i in range(EXTRA)
    )
    store.update(f"INSERT DATA {{ {rows} }}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store, tmp_path_factory):
    settings = Settings(store=tmp_path_factory.mktemp("paging") / "unused")
    with TestClient(create_app(settings, store=store)) as c:
        yield c


def _walk(client, path: str, limit: int, key: str) -> tuple[list, list[dict]]:
    """Every item of ``key`` over all pages, and the pages."""
    items, pages, cursor = [], [], None
    while True:
        params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        r = client.get(path, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        pages.append(page)
        items += page[key]
        cursor = page["next"]
        if cursor is None:
            return items, pages
        assert len(pages) < 100


def test_articles_pages_cover_the_list_once(client):
    everything = client.get("/articles", params={"limit": 1000}).json()
    ids = [a["id"] for a in everything["articles"]]
    assert len(ids) == 3 + EXTRA == everything["total"] and ids == sorted(ids)
    assert everything["next"] is None
    items, pages = _walk(client, "/articles", 5, "articles")
    assert [a["id"] for a in items] == ids  # in order, none twice, none left out
    assert all(len(p["articles"]) == 5 for p in pages[:-1]) and len(pages) == 6
    assert items == everything["articles"]  # the same records (title, events…)


def test_articles_default_page_and_cap(client):
    body = client.get("/articles").json()
    assert set(body) >= {"articles", "next", "limit", "total"} and body["limit"] == 100
    assert client.get("/articles", params={"limit": 1001}).status_code == 400
    assert client.get("/articles", params={"limit": 0}).status_code == 400


def _forged(doc: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor",
        "%%%",
        "eyJ",
        _forged({"after": "x> } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #"}),
        _forged({"after": 3}),
        _forged({"after": "a", "more": 1}),
        _forged(["after"]),
        "A" * 600,
    ],
)
def test_articles_bad_cursor_is_400(client, cursor):
    r = client.get("/articles", params={"cursor": cursor})
    assert r.status_code == 400, r.text
    assert r.json()["error"] in ("bad_input", "bad_request")


def test_entity_pages_cover_articles_and_statements(client):
    whole = client.get("/entities/ukraine", params={"limit": 1000}).json()
    assert whole["next"] is None and whole["articles"]
    _, pages = _walk(client, "/entities/ukraine", 1, "articles")
    assert len(pages) > 1
    assert [a for p in pages for a in p["articles"]] == whole["articles"]
    statements: dict[str, list] = {}
    for p in pages:
        assert p["label"] == whole["label"]  # each page repeats the description
        for kind, items in p["statements"].items():
            statements.setdefault(kind, []).extend(items)
    for kind, items in whole["statements"].items():
        key = lambda s: json.dumps(s, sort_keys=True)  # noqa: E731
        assert sorted(map(key, statements[kind])) == sorted(map(key, items)), kind


@pytest.mark.parametrize(
    "cursor", ["zzz", _forged({"articles": -1, "events": 0, "edges": 0}), _forged({"a": 1})]
)
def test_entity_bad_cursor_is_400(client, cursor):
    r = client.get("/entities/ukraine", params={"cursor": cursor})
    assert r.status_code == 400 and r.json()["error"] == "bad_input", r.text


def test_python_api_pages(store):
    kg = KnowledgeGraph(store)
    first = kg.articles(limit=20)
    assert len(first["articles"]) == 20 and first["total"] == 3 + EXTRA
    rest = kg.articles(limit=20, cursor=first["next"])
    assert len(rest["articles"]) == 6 and rest["next"] is None
    assert kg.article(f"page-{EXTRA - 1}")["metadata"]["title"] == f"Page {EXTRA - 1}"
    first = kg.entity("Ukraine", limit=1)  # a name, as everywhere in the Python API
    assert len(first["articles"]) == 1 and first["next"]
    second = kg.entity("Ukraine", limit=1, cursor=first["next"])
    assert second["articles"] and second["articles"] != first["articles"]
