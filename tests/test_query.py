"""kg.explore (search, entities, neighbourhoods, paths, stats) on a known world (built by the
real builder) and on the extracted seed."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.errors import InputError, NotFound
from kg.explore import figures, index, lookup, neighbourhoods, pathfinding
from kg.explore.index import SUBCLASSES
from kg.namespaces import GK, GKR, article_iri
from kg.records import Entity
from kg.settings import ONTOLOGY_DIR as ONTOLOGY

try:
    from explore_fixtures import HUB_FANOUT, build_world, make_article
except ImportError:  # tests/ as a package
    from tests.explore_fixtures import HUB_FANOUT, build_world, make_article


@pytest.fixture(scope="module")
def world():
    store = build_world(None)
    yield store
    store.close()


def ids(hits):
    return [h["id"] for h in hits]


# -- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Ukraine", "ukraine"),
        ("Ukrane", "ukraine"),  # typo
        ("ukriane", "ukraine"),  # transposition
        ("U.S.", "united-states"),  # abbreviation (an alias)
        ("us", "united-states"),
        ("USA", "united-states"),  # fuzzy on an alias
        ("Zapor", "zaporizhzhia-oblast"),  # prefix for autocomplete
        ("oblast", "zaporizhzhia-oblast"),  # a later word's prefix
        ("Mine Ban", "ottawa-treaty"),  # an alias's prefix
        ("peskov", "dmitry-peskov"),
        ("Kremln", "kremlin"),
        ("UK", "britain"),  # acronym of the label
    ],
)
def test_search_ranks_the_intended_entity_first(world, q, expected):
    hits = lookup.search(world, q)
    assert hits, q
    assert hits[0]["id"] == expected, hits[:3]


def test_search_hit_shape(world):
    hit = lookup.search(world, "Ukraine")[0]
    assert hit == {
        "id": "ukraine",
        "label": "Ukraine",
        "class": "Country",
        "mentions": 2,
        "score": hit["score"],
        "matched": "Ukraine",
    }
    alias = lookup.search(world, "U.S.")[0]
    assert alias["label"] == "United States" and alias["matched"] == "U.S."
    assert alias["mentions"] == 3


def test_search_type_filter_uses_the_class_hierarchy(world):
    assert set(ids(lookup.search(world, "", type="Weapon", limit=50))) == {
        "anti-personnel-mine",
        "atacms",
        "rifle",
    }
    actors = lookup.search(world, "", type="Actor", limit=200)
    classes = {h["class"] for h in actors}
    assert classes == {"Country", "Person", "Organization"}
    regions = ids(lookup.search(world, "", type="Region", limit=200))
    assert "kyiv" in regions and "ukraine" in regions and "kremlin" not in regions


def test_search_empty_query_lists_by_mentions_and_pages(world):
    first = lookup.search(world, "", limit=3)
    assert ids(first)[0] == "united-states"  # mentioned in all three articles
    everything = lookup.search(world, "", limit=500)
    assert len(everything) == len({h["id"] for h in everything})
    assert lookup.search(world, "", limit=3, offset=3) == everything[3:6]
    assert lookup.search(world, "", offset=10_000) == []


def test_search_nothing_and_bad_input(world):
    assert lookup.search(world, "qqqqxxxxzzzz") == []
    with pytest.raises(InputError):
        lookup.search(world, "x", type="Spaceship")
    with pytest.raises(InputError):
        lookup.search(world, "x", limit=0)


def test_resolve_names_and_ids(world):
    assert lookup.resolve(world, "ukraine") == "ukraine"
    assert lookup.resolve(world, "United States") == "united-states"
    assert lookup.resolve(world, "U.S.") == "united-states"
    with pytest.raises(NotFound):
        lookup.resolve(world, "Atlantis Federation of Nowhere")


def test_the_index_follows_writes(tmp_path):
    store = build_world(tmp_path / "s")
    assert lookup.search(store, "Atlantis") == []
    ex = make_article("atl", "Atlantis", [("Atlantis armed Laos.", [])], ["laos"], None)
    ex.entities["atlantis"] = Entity("atlantis", "Atlantis", "Country")
    from kg.ingest import graphs_for

    named, default = graphs_for(ex, ONTOLOGY)
    store.put_article(str(article_iri("atl")), named, default)
    assert ids(lookup.search(store, "Atlantis"))[:1] == ["atlantis"]
    store.remove_article(str(article_iri("atl")))
    assert lookup.search(store, "Atlantis") == []
    store.close()


def test_subclasses_agree_with_the_ontology():
    onto = Graph().parse(ONTOLOGY / "geokg.ttl")
    for parent, members in SUBCLASSES.items():
        for cls in members:
            assert (GK[cls], None, None) in onto, cls
            if cls != parent:
                assert (GK[cls], RDFS.subClassOf, GK[parent]) in onto, (cls, parent)
    for edge in index.EDGE_LABELS:
        assert (GK[edge], None, None) in onto, edge


# -- entity ---------------------------------------------------------------------------------


def test_entity_description(world):
    us = lookup.entity(world, "united-states")
    assert us["label"] == "United States" and us["class"] == "Country"
    assert set(us["alt_labels"]) >= {"U.S.", "US", "America"}
    assert us["same_as"] == ["http://www.wikidata.org/entity/Q30"]
    assert us["coordinates"] == {"lat": 38.9, "long": -77.0}
    assert us["iso_code"] == "US"
    assert {a["id"] for a in us["articles"]} == {"landmines", "atacms", "partners"}
    assert us["articles"][0]["date"] == "2024-11-22"  # newest first
    transfers = us["statements"]["WeaponTransfer"]
    assert len(transfers) == 2 + HUB_FANOUT
    planned = next(s for s in transfers if s["modality"] == "planned")
    assert planned["agent"][0]["id"] == "united-states" and planned["roles"] == ["agent"]
    assert planned["recipient"][0]["id"] == "ukraine"
    assert planned["weapon"][0]["id"] == "anti-personnel-mine"
    assert planned["confidence"] == 0.9 and planned["negated"] is False
    assert planned["evidence"] == [
        {
            "text": "The U.S. will send Ukraine antipersonnel land mines, Austin said.",
            "article": "landmines",
        }
    ]


def test_entity_statements_in_every_role_and_without_events(world):
    ukraine = lookup.entity(world, "ukraine")
    groups = ukraine["statements"]
    assert {"WeaponTransfer", "Attack", "TreatyParticipation", "LocatedIn"} <= set(groups)
    negated = [s for s in groups["WeaponTransfer"] if s["negated"]]
    assert negated and negated[0]["agent"][0]["id"] == "britain"
    assert groups["LocatedIn"][0]["subject"]["id"] == "kyiv"
    peskov = lookup.entity(world, "dmitry-peskov")
    aff = peskov["statements"]["Affiliation"][0]
    assert aff["object"]["id"] == "kremlin"
    assert "Kremlin spokesman Dmitry Peskov" in aff["evidence"][0]["text"]
    assert peskov["role"] == "spokesman"


@pytest.mark.parametrize("bad", ["atlantis", "landmines.e1", "x y", "<bad>", 'a"b', ""])
def test_entity_unknown_is_not_found(world, bad):
    with pytest.raises(NotFound):
        lookup.entity(world, bad)


# -- neighbourhood --------------------------------------------------------------------------


def edge_set(hood):
    return {(e["source"], e["predicate"], e["target"]) for e in hood.edges}


def test_neighbourhood_depth_one(world):
    hood = neighbourhoods.neighbourhood(world, "russia", depth=1)
    assert isinstance(hood, neighbourhoods.Neighbourhood)
    assert edge_set(hood) == {
        ("russia", "notPartyTo", "ottawa-treaty"),
        ("russia", "captured", "zaporizhzhia-oblast"),
        ("russia", "attacks", "kyiv"),
        ("ukraine", "attacks", "russia"),
        ("kremlin", "affiliatedWith", "russia"),
    }
    assert {n["id"] for n in hood.nodes} == {
        "russia",
        "ottawa-treaty",
        "zaporizhzhia-oblast",
        "kyiv",
        "ukraine",
        "kremlin",
    }
    assert not hood.truncated
    focus = next(n for n in hood.nodes if n["id"] == "russia")
    assert focus == {
        "id": "russia",
        "label": "Russia",
        "class": "Country",
        "mentions": 2,
        "depth": 0,
    }


def test_neighbourhood_edges_carry_evidence_support_and_confidence(world):
    hood = neighbourhoods.neighbourhood(world, "ukraine", depth=1)
    supplies = next(e for e in hood.edges if e["predicate"] == "supplies")
    assert supplies["source"] == "united-states" and supplies["support"] == 2
    assert supplies["label"] == "supplies" and supplies["confidence"] == 0.9
    assert {ev["article"] for ev in supplies["evidence"]} == {"landmines", "atacms"}
    for e in hood.edges:
        assert e["evidence"], e
        for ev in e["evidence"]:
            assert set(ev) == {"text", "article"}
    # a negated transfer (Britain did not send mines) is no edge
    assert ("britain", "supplies", "ukraine") not in edge_set(hood)


def test_neighbourhood_depth_two_and_node_depths(world):
    hood = neighbourhoods.neighbourhood(world, "dmitry-peskov", depth=2)
    depth = {n["id"]: n["depth"] for n in hood.nodes}
    assert depth == {"dmitry-peskov": 0, "kremlin": 1, "russia": 2}
    three = neighbourhoods.neighbourhood(world, "dmitry-peskov", depth=3)
    assert {"ottawa-treaty", "ukraine", "kyiv"} <= {n["id"] for n in three.nodes}


def test_hub_is_cut_to_its_strongest_edges(world):
    hood = neighbourhoods.neighbourhood(world, "united-states", depth=1, hub_edge_limit=10)
    assert hood.truncated
    assert len(hood.edges) == 10
    assert ("united-states", "supplies", "ukraine") in edge_set(hood)  # two articles: strongest
    us = next(n for n in hood.nodes if n["id"] == "united-states")
    assert us["truncated"] is True
    full = neighbourhoods.neighbourhood(world, "united-states", depth=1, hub_edge_limit=1000)
    assert not full.truncated and len(full.edges) == HUB_FANOUT + 4


def test_node_limit_truncates(world):
    hood = neighbourhoods.neighbourhood(world, "ukraine", depth=2, limit=5)
    assert hood.truncated and len(hood.nodes) <= 5
    ends = {n["id"] for n in hood.nodes}
    assert all(e["source"] in ends and e["target"] in ends for e in hood.edges)


def test_filters(world):
    attacks = neighbourhoods.neighbourhood(world, "russia", depth=1, predicate="attacks")
    assert edge_set(attacks) == {("russia", "attacks", "kyiv"), ("ukraine", "attacks", "russia")}
    prefixed = neighbourhoods.neighbourhood(world, "russia", depth=1, predicate="gk:attacks")
    assert edge_set(prefixed) == edge_set(attacks)
    weapons = neighbourhoods.neighbourhood(world, "united-states", depth=1, type="Weapon")
    assert {n["class"] for n in weapons.nodes if n["id"] != "united-states"} == {"Weapon"}
    confident = neighbourhoods.neighbourhood(world, "russia", depth=1, min_confidence=0.8)
    assert ("russia", "captured", "zaporizhzhia-oblast") not in edge_set(confident)  # 0.6
    assert ("russia", "notPartyTo", "ottawa-treaty") in edge_set(confident)  # 0.85
    assert ("kremlin", "affiliatedWith", "russia") in edge_set(confident)  # no confidence
    assert all(e["confidence"] is None or e["confidence"] >= 0.8 for e in confident.edges)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"depth": 0}, InputError),
        ({"depth": 9}, InputError),
        ({"predicate": "loves"}, InputError),
        ({"type": "Planet"}, InputError),
        ({"min_confidence": 1.5}, InputError),
        ({"limit": 0}, InputError),
    ],
)
def test_neighbourhood_bad_input(world, kwargs, error):
    with pytest.raises(error):
        neighbourhoods.neighbourhood(world, "russia", **kwargs)


def test_neighbourhood_unknown(world):
    with pytest.raises(NotFound):
        neighbourhoods.neighbourhood(world, "atlantis")


class PlainStore:
    """The reading surface of a store that does not report its writes (as a remote SPARQL
    store would not): exploration then reads the edges with SPARQL instead of the cache."""

    def __init__(self, store) -> None:
        self.store = store

    def select(self, sparql):
        return self.store.select(sparql)

    def query(self, sparql, **kwargs):
        return self.store.query(sparql, **kwargs)

    def article_iris(self):
        return self.store.article_iris()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"id": "ukraine", "depth": 2},
        {"id": "united-states", "depth": 1, "hub_edge_limit": 10},
        {"id": "united-states", "depth": 2, "limit": 30},
        {"id": "russia", "depth": 2, "predicate": "attacks"},
        {"id": "russia", "depth": 1, "min_confidence": 0.8, "type": "Region"},
    ],
)
def test_store_without_write_events_gives_the_same_answers(world, kwargs):
    assert neighbourhoods.neighbourhood(
        PlainStore(world), **kwargs
    ) == neighbourhoods.neighbourhood(world, **kwargs)


def test_store_without_write_events_paths_and_stats(world):
    plain = PlainStore(world)
    assert pathfinding.path(plain, "Dmitry Peskov", "Ottawa Treaty") == pathfinding.path(
        world, "Dmitry Peskov", "Ottawa Treaty"
    )
    assert figures.stats(plain) == figures.stats(world)


def test_neighbourhood_turtle_is_the_same_graph(world):
    hood = neighbourhoods.neighbourhood(world, "russia", depth=1)
    g = Graph().parse(
        data=neighbourhoods.neighbourhood_turtle(world, "russia", depth=1), format="turtle"
    )
    edges = {
        (str(s), str(p), str(o)) for s, p, o in g if str(p).startswith(str(GK)) and p != GK.label
    }
    assert edges == {(str(GKR[s]), str(GK[p]), str(GKR[o])) for s, p, o in edge_set(hood)}
    assert (GKR.russia, RDFS.label, None) in g
    assert (GKR.russia, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), GK.Country) in g


def test_edge_rows_make_a_table(world):
    rows = neighbourhoods.neighbourhood(world, "kremlin", depth=1).edge_rows()
    assert {(r["source"], r["relation"], r["target"]) for r in rows} == {
        ("Dmitry Peskov", "affiliated with", "Kremlin"),
        ("Kremlin", "affiliated with", "Russia"),
    }


# -- paths ----------------------------------------------------------------------------------


def test_path_by_names_with_evidence_per_hop(world):
    paths = pathfinding.path(world, "Dmitry Peskov", "Ottawa Treaty")
    assert len(paths) == 1
    p = paths[0]
    assert [n["id"] for n in p.nodes] == ["dmitry-peskov", "kremlin", "russia", "ottawa-treaty"]
    assert p.length == 3
    last = p.hops[-1]["edges"][0]
    assert (last["source"], last["predicate"], last["target"]) == (
        "russia",
        "notPartyTo",
        "ottawa-treaty",
    )
    assert last["evidence"][0]["article"] == "landmines"
    for hop in p.hops:
        assert hop["edges"] and all(e["evidence"] for e in hop["edges"])


def test_path_follows_edges_backwards_and_lists_every_shortest(world):
    paths = pathfinding.path(world, "ottawa-treaty", "united-states")
    routes = [[n["id"] for n in p.nodes] for p in paths]
    assert ["ottawa-treaty", "ukraine", "united-states"] in routes
    assert all(len(r) == 3 for r in routes)


def test_path_none_within_max_hops(world):
    assert pathfinding.path(world, "Dmitry Peskov", "Partner 07", max_hops=2) == []
    assert pathfinding.path(world, "Dmitry Peskov", "Partner 07", max_hops=6)
    assert pathfinding.path(world, "laos", "ukraine") == []  # laos has no edges
    same = pathfinding.path(world, "ukraine", "Ukraine")
    assert same[0].length == 0


def test_path_errors(world):
    with pytest.raises(NotFound):
        pathfinding.path(world, "Atlantis Federation of Nowhere", "ukraine")
    with pytest.raises(InputError):
        pathfinding.path(world, "russia", "ukraine", max_hops=0)


# -- stats ----------------------------------------------------------------------------------


def test_stats(world):
    s = figures.stats(world)
    assert s["articles"] == 3
    assert s["entities_by_class"]["Country"] == 5 + HUB_FANOUT
    assert s["entities_by_class"]["Weapon"] == 3
    assert s["statements"]["WeaponTransfer"] == 3 + HUB_FANOUT
    assert s["statements"]["TreatyParticipation"] == 2
    assert s["statements"]["Affiliation"] == 2 and s["statements"]["LocatedIn"] == 1
    assert s["edges"]["supplies"] == 1 + HUB_FANOUT
    assert s["top_by_degree"][0] == {
        "id": "united-states",
        "label": "United States",
        "class": "Country",
        "degree": HUB_FANOUT + 4,
    }
    top_pr = [a["id"] for a in s["top_by_pagerank"]]
    assert top_pr[0] in {"ukraine", "russia"}  # receives the most weight
    assert all(a["class"] in {"Country", "Person", "Organization"} for a in s["top_by_pagerank"])
    assert abs(sum(figures.pagerank(_simple(world)).values()) - 1.0) < 1e-6


def _simple(store):
    import networkx as nx

    return nx.DiGraph(index.edge_graph(store))


def test_pagerank_fallback_agrees_with_itself_on_a_cycle():
    import networkx as nx

    g = nx.DiGraph()
    g.add_edge("a", "b", weight=1)
    g.add_edge("b", "c", weight=1)
    g.add_edge("c", "a", weight=1)
    ranks = figures.pagerank(g)
    assert all(abs(v - 1 / 3) < 1e-4 for v in ranks.values())


# -- the extracted seed: robust facts only --------------------------------------------------


def test_seed_search_and_neighbourhood(seed_store):
    assert lookup.search(seed_store, "Ukrane")[0]["label"] == "Ukraine"
    us = lookup.search(seed_store, "U.S.")[0]
    assert us["id"] == "united-states"
    hood = neighbourhoods.neighbourhood(seed_store, "united-states", depth=1)
    assert ("united-states", "supplies", "ukraine") in edge_set(hood)
    supplies = next(
        e for e in hood.edges if e["predicate"] == "supplies" and e["target"] == "ukraine"
    )
    assert any("Ukraine" in ev["text"] for ev in supplies["evidence"])


def test_seed_treaty_and_path(seed_store):
    russia = neighbourhoods.neighbourhood(seed_store, "russia", depth=1, predicate="notPartyTo")
    assert ("russia", "notPartyTo", "ottawa-treaty") in edge_set(russia)
    paths = pathfinding.path(seed_store, "United States", "Ukraine")
    assert paths and paths[0].length == 1
    stats = figures.stats(seed_store)
    assert stats["articles"] == 1 and stats["statements"]["WeaponTransfer"] >= 1


def test_overview_caps_nodes_and_edges(world):
    whole = neighbourhoods.overview(world, max_nodes=500)
    assert not whole.truncated
    assert len(whole.nodes) == len(lookup.search(world, "", limit=500))
    top = neighbourhoods.overview(world, max_nodes=10, max_edges=3)
    assert top.truncated and len(top.nodes) == 10 and len(top.edges) == 3
    assert top.nodes[0]["id"] == "united-states"
    assert ("united-states", "supplies", "ukraine") in edge_set(top)  # two articles: strongest
