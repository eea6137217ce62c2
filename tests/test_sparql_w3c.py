"""The 34 W3C SPARQL 1.1 Protocol tests, read from tests/data/w3c, against a real server.

Each test replays the manifest's HTTP requests as written (method, path, headers, body bytes
in the stated character encoding), adding only the bearer token, and checks the status class
and, where the manifest says so, the result format and the ASK answer. Data named by
``ut:graphData`` is loaded through SPARQL Update first.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

try:
    from sparql_fixtures import W3C_PROTOCOL, Server, start_server, stop_server
except ImportError:  # tests/ imported as a package
    from tests.sparql_fixtures import W3C_PROTOCOL, Server, start_server, stop_server

pytestmark = [pytest.mark.server, pytest.mark.slow]

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
MANIFEST = W3C_PROTOCOL / "manifest.ttl"

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RDF_TYPES = {
    "application/rdf+xml": "xml",
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
}


def _load_manifest() -> tuple[Graph, list[URIRef]]:
    if not MANIFEST.exists():
        return Graph(), []
    g = Graph().parse(MANIFEST, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    return g, list(Collection(g, g.value(manifest, MF.entries)))


GRAPH, ENTRIES = _load_manifest()


def _requests(test: URIRef) -> list[dict]:
    action = GRAPH.value(test, MF.action)
    out = []
    for req in Collection(GRAPH, GRAPH.value(action, HT.requests)):
        headers = {}
        hlist = GRAPH.value(req, HT.headers)
        if hlist is not None:
            for h in Collection(GRAPH, hlist):
                headers[str(GRAPH.value(h, HT.fieldName))] = str(GRAPH.value(h, HT.fieldValue))
        body = GRAPH.value(req, HT.body)
        content = None
        if body is not None:
            encoding = str(GRAPH.value(body, CNT.characterEncoding) or "UTF-8")
            content = str(GRAPH.value(body, CNT.chars)).encode(encoding)
        resp = GRAPH.value(req, HT.resp)
        statuses = {
            str(s).rsplit("StatusCode", 1)[-1][0] for s in GRAPH.objects(resp, MF.expectedStatus)
        }
        boolean = GRAPH.value(resp, MF.expectedBoolean)
        fmt = GRAPH.value(resp, MF.expectedFormat)
        out.append(
            {
                "method": str(GRAPH.value(req, HT.methodName)),
                "path": str(GRAPH.value(req, HT.absolutePath)),
                "headers": headers,
                "content": content,
                "statuses": statuses,
                "boolean": None if boolean is None else boolean.toPython(),
                "format": None if fmt is None else str(fmt),
            }
        )
    return out


def _graph_data(test: URIRef) -> list[tuple[str, str]]:
    """(graph IRI, N-Triples text) to load before the test."""
    out = []
    for node in GRAPH.objects(test, UT.graphData):
        path = str(GRAPH.value(node, UT.graph)).removeprefix("file://")
        out.append((str(GRAPH.value(node, RDFS.label)), Path(path).read_text(encoding="utf-8")))
    return out


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory: pytest.TempPathFactory):
    server = start_server(tmp_path_factory.mktemp("w3c"))
    yield server
    stop_server(server)


def _boolean(resp: httpx.Response) -> bool:
    media = resp.headers.get("content-type", "").split(";")[0].strip()
    if media == "application/sparql-results+json":
        return json.loads(resp.content)["boolean"]
    if media == "application/sparql-results+xml":
        root = ET.fromstring(resp.content)
        node = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
        assert node is not None, resp.text
        return node.text == "true"
    raise AssertionError(f"a boolean result in {media!r}")


def _check_format(resp: httpx.Response, expected: str) -> None:
    media = resp.headers.get("content-type", "").split(";")[0].strip()
    if expected == "boolean":
        _boolean(resp)
    elif expected == "tabular":
        assert media in RESULT_TYPES, media
        if media == "application/sparql-results+json":
            assert "bindings" in json.loads(resp.content)["results"]
        elif media == "application/sparql-results+xml":
            ET.fromstring(resp.content)
        else:
            delim = "," if media == "text/csv" else "\t"
            rows = list(csv.reader(io.StringIO(resp.text), delimiter=delim))
            assert rows and rows[0], resp.text
    elif expected == "RDF":
        assert media in RDF_TYPES, media
        Graph().parse(data=resp.content, format=RDF_TYPES[media])
    else:
        raise AssertionError(f"unknown expected format {expected}")


def test_manifest_has_34_tests():
    assert MANIFEST.exists(), f"{MANIFEST} is missing: the W3C test data belongs in the repository"
    assert len(ENTRIES) == 34


@pytest.mark.parametrize("test", ENTRIES, ids=[str(t).rsplit("#", 1)[-1] for t in ENTRIES])
def test_w3c_protocol(w3c_server: Server, test: URIRef):
    load = "DROP ALL ;\n" + " ;\n".join(
        f"INSERT DATA {{ GRAPH <{iri}> {{ {nt} }} }}" for iri, nt in _graph_data(test)
    )
    w3c_server.update(load.rstrip(" ;\n"))
    with httpx.Client(base_url=w3c_server.base, timeout=30) as client:
        for req in _requests(test):
            path = req["path"].replace("/sparql/", "/sparql", 1)
            resp = client.request(
                req["method"],
                path,
                content=req["content"],
                headers={**req["headers"], **w3c_server.auth},
            )
            assert str(resp.status_code)[0] in req["statuses"], (
                f"{req['method']} {path}: {resp.status_code} {resp.text}"
            )
            if req["format"]:
                _check_format(resp, req["format"])
            if req["boolean"] is not None:
                assert _boolean(resp) is req["boolean"], resp.text
