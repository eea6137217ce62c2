"""Exploration's caches (the name index and the edge graph) follow article writes: after an
article is added, replaced or removed, the structures brought up to date equal ones built
from scratch, and a write that is not an article's drops them."""

from __future__ import annotations

from datetime import date

from kg.explore import index as exploration_index
from kg.explore.lookup import search
from kg.explore.neighbourhoods import neighbourhood
from kg.ingest import graphs_for
from kg.namespaces import article_iri

from .conftest import ONTOLOGY
from .explore_fixtures import build_world, make_article, world


def _explored(store) -> tuple:
    """What exploration reads from the cached structures: every entity as listed by search
    (label, class, mentions), what a search for each label finds, and the edge graph."""
    everyone = sorted(search(store, "", limit=10_000), key=lambda h: h["id"])
    found = {
        h["id"]: sorted((x["id"], x["matched"], x["score"]) for x in search(store, h["label"]))
        for h in everyone
    }
    g = exploration_index.edge_graph(store)
    edges = sorted(
        (s, o, k, d["weight"], tuple(d["graphs"])) for s, o, k, d in g.edges(keys=True, data=True)
    )
    return everyone, found, sorted(g.nodes), edges


def _same_as_built(store) -> None:
    before = exploration_index.cache_stats(store)
    refreshed = _explored(store)  # brought up to date
    after = exploration_index.cache_stats(store)
    for structure in ("index", "graph"):
        assert after.get((structure, "built"), 0) == before.get((structure, "built"), 0), (
            f"{structure} rebuilt instead of refreshed"
        )
        assert after[structure, "refreshed"] == before.get((structure, "refreshed"), 0) + 1
    exploration_index.invalidate(store)
    assert refreshed == _explored(store)  # built from scratch


def _put(store, ex) -> None:
    named, default = graphs_for(ex, ONTOLOGY)
    store.put_article(str(article_iri(ex.article.id)), named, default)


def test_added_replaced_and_removed_articles_update_the_caches():
    store = build_world(None)
    search(store, "Ukraine")
    neighbourhood(store, "united-states")  # both structures built
    laos = make_article(
        "laos-mines",
        "Laos clears mines",
        [
            (
                "Laos said Russia attacked Kyiv with rifles.",
                [dict(type="Attack", agent="russia", target="kyiv", weapons=("rifle",))],
            )
        ],
        ["laos", "russia", "kyiv", "rifle"],
        date(2024, 3, 1),
    )
    _put(store, laos)
    _same_as_built(store)
    assert any(h["id"] == "laos" for h in search(store, "Laos"))

    replaced = make_article(
        "laos-mines",
        "Laos clears mines",
        [("Laos cleared mines.", [])],
        ["laos"],
        date(2024, 3, 2),
    )
    _put(store, replaced)  # the attack and its ends are gone, Laos stays
    _same_as_built(store)

    first = world()[0]
    store.remove_article(str(article_iri(first.article.id)))
    _same_as_built(store)
    store.remove_article(str(article_iri("laos-mines")))
    _same_as_built(store)
    assert not any(h["id"] == "laos" for h in search(store, "Laos"))


def test_a_write_that_is_not_an_article_drops_the_caches():
    store = build_world(None)
    neighbourhood(store, "united-states")
    store.update(
        "INSERT DATA { GRAPH <https://w3id.org/geokg/doc/extra> { "
        "<https://w3id.org/geokg/id/laos> <https://w3id.org/geokg/ontology#attacks> "
        "<https://w3id.org/geokg/id/kyiv> } }"
    )
    before = exploration_index.cache_stats(store)
    assert exploration_index.edge_graph(store).has_edge("laos", "kyiv")
    after = exploration_index.cache_stats(store)
    assert after["graph", "built"] == before["graph", "built"] + 1  # dropped, built again
