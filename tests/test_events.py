"""The registry of event types (kg.events) agrees with the ontology and its contract."""

from __future__ import annotations

import re

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.events import EDGE_STATEMENTS, EVENTS, ROLES
from kg.namespaces import GK

from .conftest import DOCS, ONTOLOGY

ONTO = Graph().parse(ONTOLOGY / "geokg.ttl")
SHAPES = Graph().parse(ONTOLOGY / "shapes.ttl")


def _local(node) -> str:
    return str(node)[len(str(GK)) :]


def _ranges(prop: str) -> set[str]:
    """The classes a property's values may have: its rdfs:range, else its SHACL ``sh:or``."""
    found = {_local(r) for r in ONTO.objects(GK[prop], RDFS.range)}
    if not found:
        for shape in SHAPES.subjects(SH.path, GK[prop]):
            for alternatives in SHAPES.objects(shape, SH["or"]):
                for alt in SHAPES.items(alternatives):
                    found |= {_local(c) for c in SHAPES.objects(alt, SH["class"])}
    return found


def test_the_event_types_are_the_ontology_event_classes():
    classes = {_local(c) for c in ONTO.subjects(RDFS.subClassOf, GK.Event)}
    assert set(EVENTS) == classes


def test_roles_are_object_properties_with_the_right_domain_and_range():
    for t in EVENTS.values():
        assert t.roles[0] == "agent" and set(t.core) <= set(t.roles), t
        for name in t.roles:
            prop = GK[name]
            assert (prop, RDF.type, OWL.ObjectProperty) in ONTO, name
            domains = {_local(d) for d in ONTO.objects(prop, RDFS.domain)}
            assert domains & {"Event", t.name}, (t.name, name, domains)
    for role in ROLES.values():
        assert set(role.classes) == _ranges(role.name), role


def test_direct_edges_go_from_the_agent_to_the_role_they_name():
    for t in EVENTS.values():
        for e in t.edges:
            prop = GK[e.property]
            assert (prop, RDF.type, OWL.ObjectProperty) in ONTO, e.property
            assert e.role in t.roles, (t.name, e)
            assert {_local(d) for d in ONTO.objects(prop, RDFS.domain)} == set(
                ROLES["agent"].classes
            )
            ranges = {_local(r) for r in ONTO.objects(prop, RDFS.range)}
            assert not ranges or ranges == set(ROLES[e.role].classes), (e, ranges)
            assert ONTO.value(prop, RDFS.label).lower() == e.label, e
    for s in EDGE_STATEMENTS.values():
        assert (GK[s.property], RDF.type, OWL.ObjectProperty) in ONTO, s


def test_direct_edges_match_the_contract_table():
    text = (DOCS / "ONTOLOGY.md").read_text(encoding="utf-8")
    table = text.split("## Direct edges between entities", 1)[1].split("\n## ", 1)[0]
    documented: dict[str, set[str]] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`gk:"):
            for prop in re.findall(r"`gk:(\w+)`", cells[0]):
                documented[prop] = {t for t in EVENTS if re.search(rf"\b{t}\b", cells[2])}
    registry: dict[str, set[str]] = {}
    for t in EVENTS.values():
        for e in t.edges:
            registry.setdefault(e.property, set()).add(t.name)
    for s in EDGE_STATEMENTS.values():
        registry[s.property] = set()
    assert registry == documented
    # "A negated event produces no positive direct edge (except gk:notPartyTo)."
    excepted = set(re.findall(r"no positive direct edge \(except `gk:(\w+)`\)", text))
    assert {e.property for t in EVENTS.values() for e in t.edges if e.negated} == excepted


def test_role_rules_name_known_types_roles_classes_and_conditions():
    """verbs.json ``role_rules``, read by FrameReader.assign, speaks the registry's terms."""
    from kg.extract.lexicon import load_lexicon
    from kg.extract.relations import RULE_CLASSES, RULE_CONDITIONS, RULE_VALUES

    rules = load_lexicon().words["role_rules"]
    assert set(rules) <= {*EVENTS, "*"}
    keys = {"class", "not_class", "prep", "position", "dep", "if", "role", "value", "not_agent"}
    for etype, table in rules.items():
        for rule in table:
            assert set(rule) <= keys and "class" in rule and "role" in rule, (etype, rule)
            assert rule["role"] is None or rule["role"] in ROLES, (etype, rule)
            assert set(rule["class"]) | set(rule.get("not_class", ())) <= set(RULE_CLASSES)
            assert set(rule.get("if", ())) <= set(RULE_CONDITIONS), (etype, rule)
            assert rule.get("position", "head") in ("head", "modifier"), (etype, rule)
            assert rule.get("value", "entity") in RULE_VALUES, (etype, rule)
