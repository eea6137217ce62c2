"""SPARQL 1.1 Protocol details in-process (the real app, a real store on a temp dir)."""

from __future__ import annotations

import csv
import io
import random
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef

from geokg_api.app import create_app
from kg.namespaces import PREFIXES, SPARQL_PREFIXES
from kg.settings import Settings
from kg.sparql.protocol import HTML, engine_text, formats_for, negotiate
from kg.sparql.syntax import query_shape, update_shape, with_using

try:
    from sparql_fixtures import SAMPLE_UPDATE, TOKEN
except ImportError:
    from tests.sparql_fixtures import SAMPLE_UPDATE, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SELECT = "SELECT ?s ?o WHERE { ?s gk:supplies ?o }"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings = Settings(
        store=tmp_path_factory.mktemp("proto") / "store",
        api_token=TOKEN,
        max_rows=3,
        cors_origins=["https://embed.example"],
    )
    with TestClient(create_app(settings)) as c:
        r = c.post(
            "/sparql",
            content=SAMPLE_UPDATE,
            headers={**AUTH, "Content-Type": "application/sparql-update"},
        )
        assert r.status_code == 204, r.text
        yield c


def _error(r, status):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "detail"} and body["detail"]
    return body


@pytest.mark.parametrize(
    "accept,media",
    [
        (None, "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("application/*;q=0.2, text/tab-separated-values;q=0.1", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
    ],
)
def test_select_negotiation(client, accept, media):
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": SELECT}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    assert "Accept" in r.headers["vary"]


def test_select_results_parse(client):
    r = client.get("/sparql", params={"query": SELECT})
    rows = r.json()["results"]["bindings"]
    assert rows == [
        {
            "s": {"type": "uri", "value": "https://w3id.org/geokg/id/united-states"},
            "o": {"type": "uri", "value": "https://w3id.org/geokg/id/ukraine"},
        }
    ]
    xml = client.get("/sparql", params={"query": SELECT, "format": "xml"})
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(ET.fromstring(xml.content).findall(f"{ns}results/{ns}result")) == 1
    csv_rows = list(
        csv.reader(
            io.StringIO(client.get("/sparql", params={"query": SELECT, "format": "csv"}).text)
        )
    )
    assert csv_rows == [
        ["s", "o"],
        ["https://w3id.org/geokg/id/united-states", "https://w3id.org/geokg/id/ukraine"],
    ]
    tsv = client.get("/sparql", params={"query": SELECT, "format": "tsv"}).text.splitlines()
    assert tsv == [
        "?s\t?o",
        "<https://w3id.org/geokg/id/united-states>\t<https://w3id.org/geokg/id/ukraine>",
    ]


@pytest.mark.parametrize(
    "accept,media,rdflib_format",
    [
        (None, "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("application/trig", "application/trig", "trig"),
        ("application/n-quads", "application/n-quads", "nquads"),
    ],
)
def test_construct_formats(client, accept, media, rdflib_format):
    q = "CONSTRUCT { ?s gk:supplies ?o } WHERE { ?s gk:supplies ?o }"
    r = client.post("/sparql", data={"query": q}, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media
    if rdflib_format in ("trig", "nquads"):
        from rdflib import Dataset

        g = Dataset().parse(data=r.content, format=rdflib_format)
        triples = {(s, p, o) for s, p, o, _ in g.quads()}
    else:
        triples = set(Graph().parse(data=r.content, format=rdflib_format))
    gk, gkr = "https://w3id.org/geokg/ontology#", "https://w3id.org/geokg/id/"
    assert triples == {
        (URIRef(gkr + "united-states"), URIRef(gk + "supplies"), URIRef(gkr + "ukraine"))
    }


def test_describe_and_ask(client):
    r = client.get(
        "/sparql", params={"query": "DESCRIBE gkr:ukraine"}, headers={"Accept": "text/turtle"}
    )
    assert r.status_code == 200 and len(Graph().parse(data=r.text, format="turtle")) >= 2
    r = client.post(
        "/sparql",
        content="ASK { gkr:russia gk:attacks gkr:sumy-oblast }",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert r.json() == {"head": {}, "boolean": True}


def test_406_and_format_param(client):
    _error(client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"}), 406)
    _error(client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/csv;q=0"}), 406)
    _error(
        client.get(
            "/sparql",
            params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
            headers={"Accept": "text/csv"},
        ),
        406,
    )
    _error(client.get("/sparql", params={"query": SELECT, "format": "png"}), 406)
    r = client.get(
        "/sparql", params={"query": SELECT, "format": "csv"}, headers={"Accept": "image/png"}
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")


def test_415_wrong_content_type(client):
    _error(client.post("/sparql", content="ASK {}", headers={"Content-Type": "text/plain"}), 415)
    _error(
        client.post(
            "/sparql",
            content="ASK {}".encode("utf-16"),
            headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
        ),
        415,
    )


def test_dataset_parameters_replace_from(client):
    q = "SELECT ?o FROM gkd:nothing WHERE { gkr:united-states gk:supplies ?o }"
    assert client.get("/sparql", params={"query": q}).json()["results"]["bindings"] == []
    r = client.get(
        "/sparql", params={"query": q, "default-graph-uri": "https://w3id.org/geokg/doc/a1"}
    )
    assert len(r.json()["results"]["bindings"]) == 1
    q = "SELECT ?g WHERE { GRAPH ?g { ?s gk:supplies ?o } }"
    r = client.get(
        "/sparql", params={"query": q, "named-graph-uri": "https://w3id.org/geokg/doc/other"}
    )
    assert r.json()["results"]["bindings"] == []


def test_row_cap_reported(client):
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    r = client.get("/sparql", params={"query": q})
    assert r.headers["x-result-truncated"] == "true" and r.headers["x-result-limit"] == "3"
    body = r.json()
    assert body["truncated"] is True and len(body["results"]["bindings"]) == 3
    r = client.get("/sparql", params={"query": q, "format": "csv"})
    assert r.headers["x-result-truncated"] == "true" and len(r.text.strip().splitlines()) == 4
    r = client.get("/sparql", params={"query": "SELECT ?s { ?s a gk:Treaty }"})
    assert r.headers["x-result-truncated"] == "false" and "truncated" not in r.json()


def test_service_description_and_page(client):
    r = client.get("/sparql")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef("http://testserver/sparql")) in g
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Update")) in g
    r = client.get("/sparql", headers={"Accept": "application/rdf+xml"})
    assert len(Graph().parse(data=r.text, format="xml")) == len(g)
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for path in ("/", "/sparql"):
        page = client.get(path, headers={"Accept": browser})
        assert page.headers["content-type"].startswith("text/html")
        assert (
            "gk:notPartyTo" in page.text and "gk:supplies" in page.text and "gk:Attack" in page.text
        )
        assert (
            'href="/graph"' in page.text
            and 'href="/docs"' in page.text
            and "/entities?" in page.text
        )
        assert "http://" not in page.text.split("<script", 1)[0].replace("http://www.w3.org", "")
        assert "nonce-" in page.headers["content-security-policy"]


def test_page_escapes_the_query(client):
    evil = "</textarea><script>alert(1)</script>"
    r = client.get("/sparql", params={"query": evil}, headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;/textarea&gt;&lt;script&gt;" in r.text


def test_update_needs_token(client):
    upd = 'INSERT DATA { gkr:x rdfs:label "x" }'
    r = client.post("/sparql", data={"update": upd})
    _error(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"
    _error(
        client.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer wrong"}), 403
    )
    _error(client.get("/sparql", params={"update": upd}, headers=AUTH), 400)
    assert client.post("/sparql", data={"update": upd}, headers=AUTH).status_code == 204
    ask = client.get("/sparql", params={"query": 'ASK { gkr:x rdfs:label "x" }'})
    assert ask.json()["boolean"] is True


def test_read_only_without_token(tmp_path):
    app = create_app(Settings(store=tmp_path / "store", api_token=None))
    with TestClient(app) as c:
        _error(c.post("/sparql", data={"update": "CLEAR ALL"}, headers=AUTH), 403)


def test_bad_requests_are_400(client):
    body = _error(client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p "}), 400)
    assert "1:" in body["detail"]  # the parser's position
    _error(client.get("/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D"), 400)
    _error(
        client.post(
            "/sparql",
            content=b"query=%FF%FE",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        400,
    )
    _error(
        client.post(
            "/sparql",
            content=b"\xff\xfeA\x00S\x00K\x00",
            headers={"Content-Type": "application/sparql-query"},
        ),
        400,
    )
    _error(
        client.post(
            "/sparql", content=b"", headers={"Content-Type": "application/x-www-form-urlencoded"}
        ),
        400,
    )
    _error(client.put("/sparql", params={"query": "ASK {}"}), 405)


def test_other_methods_get_405_naming_the_allowed_ones_through_the_middleware(client):
    origin = {"Origin": "https://embed.example"}
    for method in ("PUT", "DELETE", "PATCH"):
        r = client.request(method, "/sparql", params={"query": "ASK {}"}, headers=origin)
        assert _error(r, 405)["error"] == "method_not_allowed"
        assert {m.strip() for m in r.headers["allow"].split(",")} == {"GET", "HEAD", "POST"}
        assert r.headers["access-control-allow-origin"] == "https://embed.example"


def test_gzip_and_cors(client):
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    page = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert page.headers.get("content-encoding") == "gzip"
    r = client.options(
        "/sparql",
        headers={"Origin": "https://embed.example", "Access-Control-Request-Method": "POST"},
    )
    assert r.headers["access-control-allow-origin"] == "https://embed.example"
    r = client.get("/sparql", params={"query": q}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_query_shape_ignores_strings_and_iris():
    shape = query_shape(
        'SELECT * FROM <x:y> WHERE { ?s ex:service "SERVICE <http://a/>" . } # SERVICE <http://b/>'
    )
    assert shape.form == "SELECT" and shape.has_dataset and shape.services == ()
    shape = query_shape(
        "PREFIX e: <http://e/> SELECT * { SERVICE SILENT e:sparql { ?s ?p ?o } SERVICE ?x {} }"
    )
    assert shape.services == ("http://e/sparql", None)
    assert (
        update_shape("load <http://x/>").loads
        and not update_shape('INSERT DATA { <a> <b> "LOAD" }').loads
    )


def test_with_using_rewrites_each_operation():
    out = with_using(
        "INSERT { ?s a <C> } WHERE { ?s a <D> } ; DELETE WHERE { ?s <p> ?o }",
        ["http://g"],
        ["http://n"],
    )
    assert out.count("USING <http://g> USING NAMED <http://n> WHERE") == 2
    assert "DELETE { ?s <p> ?o } USING" in out


def test_negotiate_prefers_server_order_on_ties():
    results = formats_for("results")
    assert negotiate("*/*", results).key == "json"
    assert negotiate("text/tab-separated-values, text/csv", results).key == "csv"
    assert negotiate("text/html,*/*;q=0.8", [*results, HTML]) is HTML


def test_page_examples_run(client):
    from geokg_api.sparql_page import EXAMPLES

    for name, query in EXAMPLES.items():
        r = client.post("/sparql", data={"query": query})
        assert r.status_code == 200, (name, r.text)
    r = client.post("/sparql", data={"query": EXAMPLES["Who is not party to which treaty"]})
    assert [b["treatyLabel"]["value"] for b in r.json()["results"]["bindings"]] == ["Ottawa Treaty"]


def test_parse_pairs_decodes_as_parse_qsl():
    """kg.sparql.protocol.parse_pairs is a faster urllib.parse.parse_qsl(keep_blank_values=True):
    same pairs, same errors, on random strings of escapes, pluses, separators, backslashes,
    invalid escapes and non-ASCII text."""
    import random
    from urllib.parse import parse_qsl, quote_plus

    from kg.sparql.protocol import parse_pairs

    rng = random.Random(5)
    alphabet = ["a", "Z", "%", "%4", "%41", "%e2%82%ac", "%C3", "%zz", "+", "&", "=", "\\\\", "x"]
    alphabet += ["é", "Ж", "%0A", "%5C", "%5Cx41", "\\\\x41", " ", ";", "%25", "%2B", "%26"]
    texts = ["", "&", "=", "a", "query=", "&&query=1&&", quote_plus('SELECT * { ?s ?p "é" }')]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    for text in texts:
        assert parse_pairs(text) == parse_qsl(text, keep_blank_values=True), text
        try:
            expected = parse_qsl(text, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            with pytest.raises(UnicodeDecodeError):
                parse_pairs(text, errors="strict")
        else:
            assert parse_pairs(text, errors="strict") == expected, text


# -- PREFIX blanking --------------------------------------------------------------------------

_SELECT = "SELECT ?s ?o WHERE { ?s gk:supplies ?o }"


def test_engine_text_blanks_only_no_op_declarations():
    q = SPARQL_PREFIXES + _SELECT
    t = engine_text(q)
    assert len(t) == len(q) and t.count("\n") == q.count("\n")
    assert t.strip() == _SELECT
    other = "PREFIX gk: <http://other.example/>\n"
    same = f"PREFIX gk: <{PREFIXES['gk']}>\n"
    t = engine_text(other + same + same + _SELECT)
    lines = t.split("\n")
    assert lines[0] == other.strip() and lines[1] == same.strip() and not lines[2].strip()
    assert engine_text(_SELECT) == _SELECT
    # BASE, comments, unknown or non-ASCII prefixes stay as they are
    for text in (
        f"BASE <http://b/>\nPREFIX gk: <{PREFIXES['gk']}>\n" + _SELECT,
        "# comment\n" + SPARQL_PREFIXES + _SELECT,
        "PREFIX ex: <http://example.org/>\n" + _SELECT,
        "PREFIX é: <http://example.org/>\n" + _SELECT,
    ):
        assert engine_text(text).startswith(text.split("\n")[0])
        assert len(engine_text(text)) == len(text)


def _random_query(rng: random.Random) -> str:
    names = [*PREFIXES, "ex", "", "gk", "rdfs"]
    iris = [*PREFIXES.values(), "http://example.org/", "http://evil.example/"]
    parts = []
    for _ in range(rng.randint(0, 6)):
        ws = rng.choice([" ", "\n", "\t", "  \r\n", ""])
        kw = rng.choice(["PREFIX", "prefix", "Prefix"])
        name = rng.choice(names)
        keep = rng.random() < 0.6 and name in PREFIXES
        iri = PREFIXES[name] if keep else rng.choice(iris)
        parts.append(f"{ws}{kw} {name}:{rng.choice(['', ' ', '  '])}<{iri}>")
    body = rng.choice(
        [
            "SELECT * WHERE { ?s gk:supplies ?o }",
            "ASK { ?s ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "SELECT * FROM <http://g/> { ?s ?p ?o }",
            "SELECT * { SERVICE ex:sparql { ?s ?p ?o } }",
            "SELECT * { SERVICE gk:x { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
            'SELECT * { ?s rdfs:label "PREFIX gk: <x>" }',
            "DESCRIBE gkr:ukraine",
        ]
    )
    return "".join(parts) + rng.choice(["\n", " "]) + body


def test_engine_text_keeps_the_query_shape():
    rng = random.Random(4)
    for _ in range(2000):
        q = _random_query(rng)
        t = engine_text(q)
        assert len(t) == len(q) and t.count("\n") == q.count("\n"), q
        assert query_shape(t, PREFIXES) == query_shape(q, PREFIXES), q
        # what the worker (kg.store) reads without the default prefixes
        assert query_shape(t).has_dataset == query_shape(q).has_dataset, q
