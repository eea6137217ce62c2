"""The ontology is the contract: every term of ONTOLOGY.md and every term code uses is defined."""

from __future__ import annotations

import re

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from kg.events import EVENT_TYPES
from kg.namespaces import GK

from .conftest import DOCS, ONTOLOGY

ROOT = ONTOLOGY.parent


def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "geokg.ttl")


def _defined(g: Graph) -> set[str]:
    return {
        str(s)[len(str(GK)) :] for s in g.subjects(RDF.type, None) if str(s).startswith(str(GK))
    }


def test_every_term_of_the_contract_is_defined():
    contract = (DOCS / "ONTOLOGY.md").read_text(encoding="utf-8")
    used = set(re.findall(r"`gk:(\w+)`", contract)) | {"Actor", "Country", "agent", "partyTo"}
    missing = used - _defined(_ontology())
    assert not missing, missing


def test_every_term_the_code_uses_is_defined():
    used: set[str] = set()
    for path in [*(ROOT / "kg").rglob("*.py"), *(ROOT / "api").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bGK\.(\w+)", text))
        used |= set(re.findall(r"\bGK\[\"(\w+)\"\]", text))
        used |= set(re.findall(r"\bgk:([A-Za-z]\w*)", text))
    used |= set(EVENT_TYPES)
    missing = used - _defined(_ontology())
    assert not missing, f"terms used in code but not in ontology/geokg.ttl: {sorted(missing)}"


def test_classes_and_properties_are_documented():
    g = _ontology()
    for term in _defined(g):
        node = GK[term]
        assert g.value(node, RDFS.label), f"{term} has no rdfs:label"
        assert g.value(node, RDFS.comment), f"{term} has no rdfs:comment"
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        assert str(prop).startswith(str(GK))


def test_subclass_axioms():
    g = _ontology()
    assert (GK.Country, RDFS.subClassOf, GK.Actor) in g
    assert (GK.Country, RDFS.subClassOf, GK.Region) in g
    for t in EVENT_TYPES:
        assert (GK[t], RDFS.subClassOf, GK.Event) in g


def test_shapes_parse_and_reject_a_bad_event():
    from rdflib import Literal

    from kg.namespaces import GKR
    from kg.rdf.shacl import check

    bad = Graph()
    e = GKR["x.e1"]
    bad.add((e, RDF.type, GK.Attack))
    bad.add((e, GK.confidence, Literal(1.7)))
    ok, report = check(bad, ONTOLOGY)
    assert not ok and "agent" in report
