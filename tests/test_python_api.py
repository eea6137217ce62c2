"""KnowledgeGraph, the Python API for embedding: the real extractor, a real store on disk."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from rdflib import Graph

import kg
from kg import KnowledgeGraph
from kg.errors import InputError, NotFound
from kg.explore.neighbourhoods import Neighbourhood
from kg.explore.pathfinding import GraphPath
from kg.settings import PROJECT_ROOT, Settings

SEED = PROJECT_ROOT / "seeds" / "voa-2024-11-20-us-landmines-ukraine.txt"


@pytest.fixture
def graph(seed_store_dir, tmp_path, extractor):
    path = tmp_path / "kgdata"
    shutil.copytree(seed_store_dir, path)
    with KnowledgeGraph.open(path, extractor=extractor) as g:  # share the loaded pipeline
        yield g


def test_lazy_export():
    assert kg.KnowledgeGraph is KnowledgeGraph
    with pytest.raises(AttributeError):
        _ = kg.NoSuchThing


def test_open_query_search_and_close(graph):
    rows = graph.sparql("SELECT ?l WHERE { ?e a gk:Country ; rdfs:label ?l } ORDER BY ?l")
    assert isinstance(rows, list) and {"l"} == set(rows[0])
    assert graph.sparql("ASK { ?a a gk:Article }") is True
    g = graph.sparql("CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a gk:Country ; rdfs:label ?l }")
    assert isinstance(g, Graph) and len(g) == len(rows)
    hits = graph.search("Ukrane")
    assert hits[0]["label"] == "Ukraine"
    assert graph.resolve("Ukraine") == hits[0]["id"]
    assert graph.entity("Ukraine")["label"] == "Ukraine"
    assert len(graph) > 0


def test_neighbourhood_path_stats_and_page_by_name(graph):
    hood = graph.neighbourhood("United States", depth=2)
    assert isinstance(hood, Neighbourhood) and hood.focus == graph.resolve("United States")
    assert ("united-states", "supplies", "ukraine") in {
        (e["source"], e["predicate"], e["target"]) for e in hood.edges
    }
    paths = graph.path("United States", "Ukraine")
    assert paths and isinstance(paths[0], GraphPath) and paths[0].length == 1
    assert graph.stats()["articles"] == 1
    page = graph.graph_html(focus="Ukraine", depth=1, embed=True)
    assert page.startswith("<!DOCTYPE html>") and "<header>" not in page


def test_ingest_then_find_remove(graph):
    text = SEED.read_text(encoding="utf-8").replace(
        "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman Dmitry Peskov again"
    )
    out = graph.ingest(text, id="again", published=date(2024, 11, 21), title="Again")
    assert out["id"] == "again" and out["outcome"] == "added" and out["entities"] > 0
    assert graph.ingest(text, id="again", published="2024-11-21")["outcome"] == "unchanged"
    assert graph.stats()["articles"] == 2
    peskov = graph.entity("Dmitry Peskov")
    assert {a["id"] for a in peskov["articles"]} >= {"again"}
    assert graph.remove("again") is True and graph.remove("again") is False
    assert graph.stats()["articles"] == 1


def test_ingest_default_id_and_bad_input(graph):
    out = graph.ingest("Russia attacked Kyiv with drones on Tuesday.", title="Drones over Kyiv")
    assert out["id"] == "drones-over-kyiv"
    anonymous = graph.ingest("Ukraine intercepted drones over Kharkiv.")
    assert anonymous["id"].startswith("article-")
    with pytest.raises(InputError):
        graph.ingest("   ")
    with pytest.raises(InputError):
        graph.ingest("text", id="bad id with spaces")
    with pytest.raises(InputError):
        graph.ingest("text", id="x", published="20th of November")


def test_errors_are_kg_errors(graph):
    with pytest.raises(NotFound):
        graph.neighbourhood("Atlantis Federation of Nowhere")
    with pytest.raises(NotFound):
        graph.path("Ukraine", "Atlantis Federation of Nowhere")


def test_in_memory_and_settings(tmp_path, extractor):
    settings = Settings(store=tmp_path / "unused", max_nodes=50, hub_edge_limit=5)
    g = KnowledgeGraph.open(None, settings, extractor=extractor)
    g.ingest(SEED.read_text(encoding="utf-8"), id="seed")
    hood = g.neighbourhood("United States", depth=1)
    assert len(hood.nodes) <= 50
    g.close()
    g.close()  # closing twice is harmless
