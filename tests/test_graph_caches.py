"""Exploration's caches (the name index and the edge graph) follow article writes: after an
article is added, replaced or removed, the structures brought up to date equal ones built
from scratch, and a write that is not an article's drops them."""

from __future__ import annotations

from datetime import date

from kg.explore import index as exploration_index
from kg.explore.index import NameIndex, _EdgeGraph
from kg.explore.queries import neighbourhood, search
from kg.ingest import graphs_for
from kg.namespaces import article_iri

from .conftest import ONTOLOGY
from .explore_fixtures import _article, build_world, world


def _index_state(index: NameIndex) -> tuple:
    entities = {e: (i.label, i.classes, i.names, i.mentions) for e, i in index.entities.items()}
    return entities, sorted(zip(index.keys, index.owners, strict=True)), index.mentioned


def _graph_state(edges: _EdgeGraph) -> tuple:
    g = edges.graph
    return (
        sorted(g.nodes),
        sorted(
            (s, o, k, d["weight"], tuple(d["graphs"]))
            for s, o, k, d in g.edges(keys=True, data=True)
        ),
    )


def _same_as_built(store) -> None:
    cache = exploration_index._cache(store)
    index, edges = cache.get("index", None), cache.get("graph", None)  # brought up to date
    assert cache.index is index and cache.graph is edges, "rebuilt instead of refreshed"
    assert _index_state(index) == _index_state(NameIndex.build(store))
    assert _graph_state(edges) == _graph_state(_EdgeGraph.build(store))


def _put(store, ex) -> None:
    named, default = graphs_for(ex, ONTOLOGY)
    store.put_article(str(article_iri(ex.article.id)), named, default)


def test_added_replaced_and_removed_articles_update_the_caches():
    store = build_world(None)
    search(store, "Ukraine")
    neighbourhood(store, "united-states")  # both structures built
    laos = _article(
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

    replaced = _article(
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
    cache = exploration_index._cache(store)
    assert cache.graph is None and cache.index is None
    assert exploration_index.edge_graph(store).has_edge("laos", "kyiv")
