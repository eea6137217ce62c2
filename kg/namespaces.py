"""The ontology's namespaces and terms: the one place code takes them from."""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .errors import InputError, NotFound

GK = Namespace("https://w3id.org/geokg/ontology#")
GKR = Namespace("https://w3id.org/geokg/id/")
GKD = Namespace("https://w3id.org/geokg/doc/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "gk": str(GK),
    "gkr": str(GKR),
    "gkd": str(GKD),
    "prov": str(PROV),
    "skos": str(SKOS),
    "geo": str(GEO),
    "dcterms": str(DCTERMS),
    "wd": str(WD),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

ENTITY_CLASSES = (
    "Country",
    "Person",
    "Organization",
    "AdministrativeRegion",
    "City",
    "Region",
    "Weapon",
    "Treaty",
)
MODALITIES = ("asserted", "planned", "hypothetical")


# The id grammar of articles and entities: the {id} of every route, the local part of their
# IRIs. One grammar, checked at every edge where an id comes in and wherever an id becomes an
# IRI (the four functions below: the only way from an id to an IRI or to query text); an id
# that matches it is safe anywhere (no character of SPARQL, Turtle, HTML or URL syntax but
# '.', '~' and '-').
ID_GRAMMAR = r"[A-Za-z0-9][A-Za-z0-9._~-]{0,199}"
ID_RE = re.compile(ID_GRAMMAR)
ID_RULE = (
    "ids are letters, digits, '.', '_', '~' or '-', starting with a letter or digit (200 at most)"
)


def is_id(text: object) -> bool:
    """Whether ``text`` is an id of the grammar (all of it: no trailing newline either)."""
    return isinstance(text, str) and ID_RE.fullmatch(text) is not None


def entity_iri(entity_id: str) -> URIRef:
    """The IRI of an entity; :class:`~kg.errors.InputError` if the id is not of the grammar."""
    if not is_id(entity_id):
        raise InputError(f"{str(entity_id)[:80]!r} is not an entity id", detail=ID_RULE)
    return GKR[entity_id]


def entity_term(entity_id: str) -> str:
    """``<gkr:id>`` as SPARQL text for an entity id of the grammar (safe to write into a query:
    the grammar has no character of SPARQL syntax); :class:`~kg.errors.NotFound` otherwise
    (an id asked for that cannot exist)."""
    if not is_id(entity_id):
        raise NotFound(f"no entity {str(entity_id)[:80]!r}", detail=ID_RULE)
    return f"<{GKR}{entity_id}>"


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article; :class:`~kg.errors.InputError` if the id is not of the grammar."""
    if not is_id(article_id):
        raise InputError(f"{str(article_id)[:80]!r} is not an article id", detail=ID_RULE)
    return GKD[article_id]


def article_term(article_id: str) -> str:
    """``<gkd:id>`` as SPARQL text for an article id of the grammar;
    :class:`~kg.errors.InputError` otherwise."""
    return f"<{article_iri(article_id)}>"


def local_id(iri: str) -> str:
    """The part of an entity IRI after gkr: (the {id} of the HTTP API)."""
    return iri[len(str(GKR)) :] if iri.startswith(str(GKR)) else iri
