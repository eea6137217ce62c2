"""The embedded store: atomic replace and remove, garbage collection, export and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.errors import QueryError
from kg.namespaces import GK, GKD, GKR
from kg.store import OxigraphStore


def _graphs(article: str, entity: str, label: str) -> tuple[Graph, Graph]:
    named, default = Graph(), Graph()
    a = GKD[article]
    named.add((a, RDF.type, GK.Article))
    named.add((a, GK.contentHash, Literal("0" * 64)))
    named.add((GKR[entity], GK.mentionedIn, a))
    default.add((GKR[entity], RDF.type, GK.Country))
    default.add((GKR[entity], RDFS.label, Literal(label)))
    return named, default


@pytest.fixture
def store(tmp_path: Path):
    s = OxigraphStore(tmp_path / "db")
    yield s
    s.close()


def test_put_replace_remove_and_gc(store):
    store.put_article(str(GKD.a1), *_graphs("a1", "ukraine", "Ukraine"))
    store.put_article(str(GKD.a2), *_graphs("a2", "ukraine", "Ukraine"))
    store.put_article(str(GKD.a2), *_graphs("a2", "russia", "Russia"))  # replaces a2
    labels = {r["l"] for r in store.select("SELECT ?l WHERE { ?e rdfs:label ?l }")}
    assert labels == {"Ukraine", "Russia"}
    assert store.article_iris() == [str(GKD.a1), str(GKD.a2)]
    assert store.remove_article(str(GKD.a1))
    labels = {r["l"] for r in store.select("SELECT ?l WHERE { ?e rdfs:label ?l }")}
    assert labels == {"Russia"}, "an entity only a1 mentioned is gone with it"
    assert not store.remove_article(str(GKD.a1))


def test_export_restore_round_trip(store, tmp_path):
    store.put_article(str(GKD.a1), *_graphs("a1", "ukraine", 'Ukr"aine \\ é'))
    dump = tmp_path / "dump.nq"
    dump.write_bytes(store.export("nquads"))
    other = OxigraphStore(tmp_path / "db2")
    assert other.restore(dump) == [str(GKD.a1)]
    assert other.quads() == store.quads()
    trig = tmp_path / "dump.trig"
    trig.write_bytes(store.export("trig"))
    third = OxigraphStore(None)
    third.restore(trig)
    assert third.quads() == store.quads()
    other.close()


def test_query_errors_are_translated(store):
    with pytest.raises(QueryError):
        store.query("SELEC nothing")


def test_union_default_graph(store):
    store.put_article(str(GKD.a1), *_graphs("a1", "ukraine", "Ukraine"))
    rows = store.select("SELECT ?e ?a WHERE { ?e gk:mentionedIn ?a ; rdfs:label ?l }")
    assert rows == [{"e": str(GKR.ukraine), "a": str(GKD.a1)}]
