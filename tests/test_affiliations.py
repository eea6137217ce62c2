"""An affiliation keeps its role: beside ``person gk:affiliatedWith actor`` and the person's
``gk:role``, each affiliation is a ``gk:Affiliation`` statement pairing the role with the actor."""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from kg import KnowledgeGraph
from kg.explore import lookup
from kg.namespaces import GK, GKR
from kg.rdf.shacl import check
from kg.rdf.triples import article_graph, entity_graph
from kg.records import Article

from .conftest import ONTOLOGY

# one person, two roles, two actors
TEXT = (
    "NATO Secretary General Mark Rutte arrived in Kyiv on Monday.\n\n"
    "Rutte, a former prime minister of the Netherlands, met Ukrainian officials."
)
PAIRS = {("nato", "secretary general"), ("netherlands", "prime minister")}


def test_each_role_stays_with_its_actor_in_sparql(tmp_path, extractor):
    d = tmp_path / "in"
    d.mkdir()
    (d / "rutte.txt").write_text(TEXT, encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "kg", extractor=extractor) as kg:
        kg.build(d)
        rows = kg.sparql(
            "SELECT ?org ?role ?text WHERE { ?a a gk:Affiliation ; gk:member gkr:mark-rutte ; "
            "gk:organization ?org ; gk:role ?role ; prov:wasDerivedFrom/gk:text ?text }"
        )
        assert {(r["org"][len(str(GKR)) :], r["role"]) for r in rows} == PAIRS
        assert all("Rutte" in r["text"] for r in rows)
        # the direct edges and the person's roles are still there
        edges = kg.sparql("SELECT ?o WHERE { gkr:mark-rutte gk:affiliatedWith ?o }")
        assert {r["o"][len(str(GKR)) :] for r in edges} == {o for o, _ in PAIRS}
        roles = kg.sparql("SELECT ?r WHERE { gkr:mark-rutte gk:role ?r }")
        assert {r["r"] for r in roles} == {r for _, r in PAIRS}
        # the entity page gives each affiliation its roles; the article lists only events
        page = lookup.entity(kg.store, "mark-rutte")
        held = {(s["object"]["id"], tuple(s["roles"])) for s in page["statements"]["Affiliation"]}
        assert held == {(o, (r,)) for o, r in PAIRS}
        events = lookup.article(kg.store, "rutte")["events"]
        assert not [e for e in events if e["type"] == "Affiliation"]
        assert lookup.articles(kg.store)["articles"][0]["events"] == 0


def test_affiliation_statements_conform_to_the_shapes(extractor):
    ex = extractor.extract(Article("rutte", TEXT))
    g = article_graph(ex) + entity_graph(ex)
    assert len(list(g.subjects(RDF.type, GK.Affiliation))) == len(PAIRS)
    ok, report = check(g, ONTOLOGY)
    assert ok, report


def test_shapes_reject_an_affiliation_without_its_organization():
    bad = Graph()
    a, ev = GKR["x.a1"], GKR["x.s0-9"]
    bad.add((a, RDF.type, GK.Affiliation))
    bad.add((a, GK.member, GKR["someone"]))
    bad.add((a, GK.role, Literal("spokesman")))
    bad.add((a, PROV.wasDerivedFrom, ev))
    ok, report = check(bad, ONTOLOGY)
    assert not ok and "organization" in report


def test_a_person_of_a_body_or_the_bodys_person_with_no_role_word(extractor):
    from kg.records import Article

    ex = extractor.extract(
        Article(id="t", text="The International Crisis Group's Richard Gowan said the truce held.")
    )
    got = {
        (ex.entities[s.agent].label, ex.entities[s.target].label)
        for s in ex.statements
        if s.type == "Affiliation"
    }
    assert ("Richard Gowan", "International Crisis Group") in got, got


def test_a_body_that_is_the_wing_of_another_belongs_to_it(extractor):
    from kg.records import Article

    ex = extractor.extract(
        Article(id="t", text="The Qassam Brigades, the military wing of Hamas, fired rockets.")
    )
    got = {
        (ex.entities[s.agent].label, ex.entities[s.target].label)
        for s in ex.statements
        if s.type == "Affiliation"
    }
    assert ("Izz ad-Din al-Qassam Brigades", "Hamas") in got, got
