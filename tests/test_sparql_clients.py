"""Real SPARQL clients against a real server: SPARQLWrapper, rdflib's SPARQLStore, httpx."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper

try:
    from sparql_fixtures import (
        Server,
        sparql_server,  # noqa: F401 - a fixture
    )
except ImportError:
    from tests.sparql_fixtures import (
        Server,
        sparql_server,  # noqa: F401
    )

pytestmark = [pytest.mark.server, pytest.mark.slow]

GK = "https://w3id.org/geokg/ontology#"
GKR = "https://w3id.org/geokg/id/"
PFX = f"PREFIX gk: <{GK}>\nPREFIX gkr: <{GKR}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
SUPPLIES = PFX + "SELECT ?s ?o WHERE { ?s gk:supplies ?o }"
EXPECTED = (GKR + "united-states", GKR + "ukraine")


def wrapper(server: Server, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(server.sparql)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_json(sparql_server, method):
    res = wrapper(sparql_server, SUPPLIES, JSON, method).queryAndConvert()
    rows = [(b["s"]["value"], b["o"]["value"]) for b in res["results"]["bindings"]]
    assert rows == [EXPECTED]


def test_sparqlwrapper_xml(sparql_server):
    doc = wrapper(sparql_server, SUPPLIES, XML).queryAndConvert()
    uris = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
    assert sorted(uris) == sorted(EXPECTED)


@pytest.mark.parametrize("fmt,delim", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_csv_tsv(sparql_server, fmt, delim):
    raw = wrapper(sparql_server, SUPPLIES, fmt).queryAndConvert()
    rows = list(csv.reader(io.StringIO(raw.decode()), delimiter=delim))
    if fmt == TSV:
        assert rows == [["?s", "?o"], [f"<{EXPECTED[0]}>", f"<{EXPECTED[1]}>"]]
    else:
        assert rows == [["s", "o"], list(EXPECTED)]


def test_sparqlwrapper_ask(sparql_server):
    res = wrapper(
        sparql_server, PFX + "ASK { gkr:russia gk:attacks gkr:sumy-oblast }", JSON
    ).queryAndConvert()
    assert res["boolean"] is True


@pytest.mark.parametrize("fmt", [XML, TURTLE, JSONLD])
def test_sparqlwrapper_construct_to_rdflib(sparql_server, fmt):
    q = (
        PFX
        + "CONSTRUCT { ?s gk:supplies ?o . ?s rdfs:label ?l }"
        + " WHERE { ?s gk:supplies ?o ; rdfs:label ?l }"
    )
    res = wrapper(sparql_server, q, fmt).queryAndConvert()
    g = res if isinstance(res, Graph) else Graph().parse(data=res, format="turtle")
    expected = Graph()
    expected.add((URIRef(EXPECTED[0]), URIRef(GK + "supplies"), URIRef(EXPECTED[1])))
    expected.add(
        (
            URIRef(EXPECTED[0]),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal("United States"),
        )
    )
    assert set(g) == set(expected)


def test_sparqlwrapper_update_with_token(sparql_server):
    sw = SPARQLWrapper(sparql_server.sparql)
    sw.setMethod(POST)
    sw.addCustomHttpHeader("Authorization", f"Bearer {sparql_server.token}")
    sw.setQuery(PFX + 'INSERT DATA { gkr:poland a gk:Country ; rdfs:label "Poland" }')
    sw.query()
    res = wrapper(sparql_server, PFX + "ASK { gkr:poland a gk:Country }", JSON).queryAndConvert()
    assert res["boolean"] is True


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_rdflib_sparqlstore(sparql_server, fmt):
    store = SPARQLStore(sparql_server.sparql, returnFormat=fmt, method="POST_FORM")
    g = Graph(store=store)
    rows = {tuple(str(t) for t in row) for row in g.query(SUPPLIES)}
    assert rows == {EXPECTED}
    if fmt == "json":
        labels = set(
            g.objects(URIRef(GKR + "ukraine"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
        )
        assert labels == {Literal("Ukraine")}
        assert bool(g.query(PFX + "ASK { gkr:ukraine a gk:Country }")) is True
    store.close()


def test_httpx_negotiation_and_dataset(sparql_server):
    with httpx.Client(base_url=sparql_server.base, timeout=30) as c:
        r = c.post(
            "/sparql",
            content=SUPPLIES,
            headers={
                "Content-Type": "application/sparql-query",
                "Accept": "text/csv;q=0.4, application/sparql-results+xml",
            },
        )
        assert r.headers["content-type"] == "application/sparql-results+xml"
        r = c.get(
            "/sparql",
            params={
                "query": SUPPLIES,
                "named-graph-uri": "https://w3id.org/geokg/doc/a1",
                "default-graph-uri": "https://w3id.org/geokg/doc/a1",
            },
        )
        assert r.json()["results"]["bindings"][0]["o"]["value"] == EXPECTED[1]
        r = c.get("/sparql", params={"query": SUPPLIES}, headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200 and r.json()["results"]["bindings"]
