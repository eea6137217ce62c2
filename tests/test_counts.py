"""/health and /stats: right after every kind of write, and not computed again per request."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from geokg_api.app import create_app
from kg.settings import Settings
from kg.store import OxigraphStore

from .conftest import copy_store

TOKEN = "counts-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "id": "counts-test-1",
    "title": "A made-up report",
    "text": "Poland supplied Patriot missiles to Ukraine on Monday. "
    "Russia attacked the city of Kharkiv with drones.",
}
INSERT = (
    "INSERT DATA { gkr:counts-testland a gk:Country ; rdfs:label 'Counts Testland' . "
    "GRAPH <https://w3id.org/geokg/doc/counts-test-2> { gkr:counts-testland gk:mentionedIn "
    "<https://w3id.org/geokg/doc/counts-test-2> } }"
)


class ReadCountingStore(OxigraphStore):
    """The real store, counting the reads that scan it (queries, ``len``, the graph list)."""

    reads = 0

    def query(self, *args, **kwargs):
        self.reads += 1
        return super().query(*args, **kwargs)

    def __len__(self) -> int:
        self.reads += 1
        return super().__len__()

    def quad_count(self) -> int:
        self.reads += 1
        return super().quad_count()

    def article_iris(self) -> list[str]:
        self.reads += 1
        return super().article_iris()


@pytest.fixture
def served(seed_store_dir, tmp_path, extractor):
    store = ReadCountingStore(copy_store(seed_store_dir, tmp_path / "kgdata"))
    settings = Settings(store=tmp_path / "unused", api_token=TOKEN, query_workers=0)
    with TestClient(create_app(settings, store=store)) as client:
        yield client, store
    store.close()


def figures(client: TestClient, store: ReadCountingStore) -> tuple[dict, dict, dict]:
    """/health and /stats as served, and the truth counted from the store itself."""
    health, stats = client.get("/health").json(), client.get("/stats").json()
    truth = {"quads": len(store), "articles": len(store.article_iris())}
    return health, stats, truth


def test_counts_are_right_after_post_delete_and_update(served):
    client, store = served
    health, stats, truth = figures(client, store)
    assert (
        (health["quads"], health["articles"])
        == (truth["quads"], truth["articles"])
        == (
            health["quads"],
            1,
        )
    )
    assert stats["articles"] == 1

    r = client.post("/articles", json=ARTICLE, headers=AUTH)
    assert r.status_code == 201, r.text
    health, stats, truth = figures(client, store)
    assert health["articles"] == stats["articles"] == truth["articles"] == 2
    assert health["quads"] == truth["quads"] > 0

    r = client.delete(f"/articles/{ARTICLE['id']}", headers=AUTH)
    assert r.status_code == 200, r.text
    health, stats, truth = figures(client, store)
    assert health["articles"] == stats["articles"] == truth["articles"] == 1
    assert health["quads"] == truth["quads"]

    countries = stats["entities_by_class"]["Country"]
    r = client.post("/sparql", data={"update": INSERT}, headers=AUTH)
    assert r.status_code == 204, r.text
    health, stats, truth = figures(client, store)
    assert health["articles"] == stats["articles"] == truth["articles"] == 2
    assert health["quads"] == truth["quads"]
    assert stats["entities_by_class"]["Country"] == countries + 1


def test_polling_does_not_read_the_store_again_until_a_write(served):
    client, store = served
    first = client.get("/health").json(), client.get("/stats").json()
    before = store.reads
    for _ in range(20):
        assert (client.get("/health").json(), client.get("/stats").json()) == first
    assert store.reads == before, "a poll read the store"

    assert client.post("/sparql", data={"update": INSERT}, headers=AUTH).status_code == 204
    after_write = store.reads
    health = client.get("/health").json()
    assert health["quads"] == first[0]["quads"] + 3
    assert store.reads > after_write  # counted again, once
    counted = store.reads
    for _ in range(5):
        assert client.get("/health").json() == health
    assert store.reads == counted
