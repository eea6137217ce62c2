"""Records → rdflib graphs under the ontology.

``article_graph`` holds what only this article supports (events, affiliations, evidence,
direct edges, mentions, surface forms, provenance); ``entity_graph`` holds entity descriptions
(labels, links, coordinates) for the default graph. Both are deterministic: the same
extraction gives the same triples, so re-building is idempotent.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..events import EDGE_STATEMENTS, EVENTS, ROLES
from ..namespaces import GEO, GK, GKR, WD, article_iri, entity_iri
from ..records import Entity, Extraction, Statement

MODALITY_IRI = {"asserted": GK.Asserted, "planned": GK.Planned, "hypothetical": GK.Hypothetical}


def decimal(value: float, places: int) -> Literal:
    """An xsd:decimal in canonical form ("0.8", "1", "50.4547"), as the store keeps it."""
    text = format(Decimal(str(round(value, places))).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def new_graph() -> Graph:
    g = Graph()
    g.bind("gk", GK)
    g.bind("gkr", GKR)
    g.bind("prov", PROV)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("geo", GEO)
    g.bind("wd", WD)
    return g


def describe_entity(g: Graph, e: Entity) -> None:
    node = entity_iri(e.id)
    g.add((node, RDF.type, GK[e.cls]))
    g.add((node, RDFS.label, Literal(e.label)))
    for alias in e.aliases:
        if alias != e.label:
            g.add((node, SKOS.altLabel, Literal(alias)))
    if e.wikidata:
        g.add((node, OWL.sameAs, WD[e.wikidata]))
    if e.lat is not None and e.long is not None:
        g.add((node, GEO.lat, decimal(e.lat, 5)))
        g.add((node, GEO.long, decimal(e.long, 5)))
    if e.iso:
        g.add((node, GK.isoCode, Literal(e.iso)))
    if e.broader:
        g.add((node, SKOS.broader, entity_iri(e.broader)))
    if not e.linked:
        g.add((node, GK.unlinked, Literal(True)))


def entity_graph(ex: Extraction) -> Graph:
    g = new_graph()
    for e in ex.entities.values():
        describe_entity(g, e)
    return g


def article_graph(ex: Extraction) -> Graph:
    art = ex.article
    a = article_iri(art.id)
    g = new_graph()
    g.add((a, RDF.type, GK.Article))
    g.add((a, GK.contentHash, Literal(art.content_hash)))
    if art.title:
        g.add((a, DCTERMS.title, Literal(art.title)))
    if art.published:
        g.add((a, DCTERMS.date, Literal(art.published.isoformat(), datatype=XSD.date)))
    if art.source:
        g.add((a, DCTERMS.publisher, Literal(art.source)))
    if art.url:
        g.add((a, DCTERMS.source, URIRef(art.url)))
    act = GKR[f"{art.id}.extraction"]
    g.add((act, RDF.type, PROV.Activity))
    g.add((act, PROV.used, a))
    g.add((act, GK.extractorVersion, Literal(ex.extractor)))
    g.add((act, GK.spacyModel, Literal(ex.model)))
    g.add((act, GK.spacyModelVersion, Literal(ex.model_version)))

    for eid in ex.entities:
        g.add((entity_iri(eid), GK.mentionedIn, a))
    for eid, forms in ex.surface_forms.items():
        for f in forms:
            g.add((entity_iri(eid), SKOS.altLabel, Literal(f)))

    evidence_nodes: dict[tuple[int, int], URIRef] = {}
    for n, st in enumerate(ex.statements, 1):
        ev = evidence_nodes.get((st.evidence.start, st.evidence.end))
        if ev is None:
            ev = GKR[f"{art.id}.s{st.evidence.start}-{st.evidence.end}"]
            evidence_nodes[(st.evidence.start, st.evidence.end)] = ev
            g.add((ev, RDF.type, GK.Evidence))
            g.add((ev, GK.text, Literal(st.evidence.text)))
            g.add((ev, GK.charStart, Literal(st.evidence.start, datatype=XSD.integer)))
            g.add((ev, GK.charEnd, Literal(st.evidence.end, datatype=XSD.integer)))
            g.add((ev, GK.article, a))
        if st.type in EDGE_STATEMENTS:
            if st.target:
                prop = EDGE_STATEMENTS[st.type].property
                g.add((entity_iri(st.agent), GK[prop], entity_iri(st.target)))
                if st.role:
                    g.add((entity_iri(st.agent), GK.role, Literal(st.role)))
                if st.type == "Affiliation":
                    node = GKR[f"{art.id}.a{n}"]
                    _add_affiliation(g, node, st.agent, st.target, st.role, ev, act)
            continue
        _add_event(g, st, GKR[f"{art.id}.e{n}"], ev, act)
    return g


def _add_affiliation(
    g: Graph,
    node: URIRef,
    member: str,
    organization: str,
    role: str | None,
    ev: URIRef,
    act: URIRef,
) -> None:
    """The statement behind ``member gk:affiliatedWith organization``: it keeps which role
    goes with which actor when a person holds several ("a senator and former minister")."""
    g.add((node, RDF.type, GK.Affiliation))
    g.add((node, GK.member, entity_iri(member)))
    g.add((node, GK.organization, entity_iri(organization)))
    if role:
        g.add((node, GK.role, Literal(role)))
    g.add((node, PROV.wasDerivedFrom, ev))
    g.add((node, PROV.wasGeneratedBy, act))


def _add_event(g: Graph, st: Statement, node: URIRef, ev: URIRef, act: URIRef) -> None:
    g.add((node, RDF.type, GK[st.type]))
    for role in ROLES.values():
        for v in _values(st, role.statement):
            g.add((node, GK[role.name], entity_iri(v)))
    g.add((node, GK.negated, Literal(st.negated)))
    g.add((node, GK.modality, MODALITY_IRI[st.modality]))
    if st.date:
        g.add((node, GK.date, Literal(st.date.isoformat(), datatype=XSD.date)))
    if st.attributed_to:
        g.add((node, GK.attributedTo, entity_iri(st.attributed_to)))
    if st.role:
        g.add((node, GK.role, Literal(st.role)))
    if st.quantity is not None:
        g.add((node, GK.quantity, Literal(st.quantity, datatype=XSD.integer)))
    g.add((node, GK.confidence, decimal(st.confidence, 2)))
    g.add((node, PROV.wasDerivedFrom, ev))
    g.add((node, PROV.wasGeneratedBy, act))

    # the direct edges: a negated event gives only those drawn from negated events
    for edge in EVENTS[st.type].edges:
        if edge.negated == st.negated:
            for v in _values(st, ROLES[edge.role].statement):
                g.add((entity_iri(st.agent), GK[edge.property], entity_iri(v)))


def _values(st: Statement, attr: str) -> tuple[str, ...]:
    """The entity ids a statement holds in one attribute (a single id or a tuple)."""
    value = getattr(st, attr)
    return value if isinstance(value, tuple) else (value,) if value else ()
