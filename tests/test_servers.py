"""What the SPARQL servers GeoKG can store into do with its requests, in plain HTTP: the
facts docs/stores.md states and the remote store relies on, checked on the real servers.

Each test writes its own graphs (``urn:test:<test>``), so the tests share one server per module.
"""

from __future__ import annotations

import httpx
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from .servers import SparqlServer

pytestmark = pytest.mark.server

JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
XSD = "http://www.w3.org/2001/XMLSchema#"
S, P = URIRef("urn:test:s"), URIRef("urn:test:p")
# one client for the module; a shared machine can be slow (the servers stop a query at 60 s)
HTTP = httpx.Client(timeout=120)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request) -> SparqlServer:
    return request.getfixturevalue(f"{request.param}_server")


# -- plain HTTP: the SPARQL 1.1 protocol, nothing of GeoKG ---------------------------------------
def update(server: SparqlServer, text: str, **params: str) -> httpx.Response:
    return HTTP.post(server.update_url, data={"update": text, **params}, auth=server.auth)


def ok(response: httpx.Response) -> httpx.Response:
    assert response.is_success, f"{response.status_code}: {response.text[:500]}"
    return response


def ask_server(server: SparqlServer, query: str, accept: str, **params: str) -> httpx.Response:
    url = server.query_url
    return ok(HTTP.post(url, data={"query": query, **params}, headers={"Accept": accept}))


def term(binding: dict[str, str]) -> Identifier:
    """A SPARQL JSON result term as rdflib's (Virtuoso still writes ``typed-literal``)."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    return Literal(value, lang=binding.get("xml:lang"), datatype=binding.get("datatype"))


def select(server: SparqlServer, query: str, **params: str) -> list[dict[str, Identifier]]:
    body = ask_server(server, query, JSON, **params).json()
    return [{k: term(v) for k, v in row.items()} for row in body["results"]["bindings"]]


def graph(server: SparqlServer, iri: str) -> Graph:
    """The triples of the named graph ``iri``, by CONSTRUCT in N-Triples."""
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
    return Graph().parse(data=ask_server(server, query, NTRIPLES).text, format="nt")


def values(server: SparqlServer, iri: str) -> set[str]:
    return {str(o) for o in graph(server, iri).objects(S, P)}


def quads(server: SparqlServer) -> int:
    """The quads in named graphs, the server's own graphs left out."""
    skip = ", ".join(f"<{g}>" for g in sorted(server.system_graphs))
    where = f"FILTER(?g NOT IN ({skip}))" if skip else ""
    rows = select(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {where} }}")
    return int(rows[0]["n"])


def put(server: SparqlServer, iri: str, triples: Graph) -> None:
    """Replace graph ``iri`` by ``triples`` in one SPARQL Update request."""
    body = triples.serialize(format="nt")
    ok(update(server, f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{body}}} }}"))


def of(*objects: str) -> Graph:
    g = Graph()
    for o in objects:
        g.add((S, P, Literal(o)))
    return g


# -- one-request replacement ---------------------------------------------------------------------
def test_drop_and_insert_in_one_request_replace_a_graph(server):
    g = "urn:test:replace"
    put(server, g, of("old 1", "old 2"))
    put(server, g, of("new"))
    assert values(server, g) == {"new"}


def test_an_update_with_a_syntax_error_changes_nothing(server):
    g = "urn:test:syntax"
    put(server, g, of("old"))
    bad = (
        f'DROP SILENT GRAPH <{g}> ; INSERT DATA {{ GRAPH <{g}> {{ <{S}> <{P}> "new" }} }} ;\n'
        f'INSERT DATA {{ GRAPH <{g}> {{ <{S}> <{P}> "unterminated }} }}'
    )
    assert update(server, bad).status_code == 400
    assert values(server, g) == {"old"}


def test_virtuoso_refuses_an_ill_typed_literal_before_changing_anything(virtuoso_server):
    server, g = virtuoso_server, "urn:test:ill-typed"
    put(server, g, of("old"))
    bad = (
        f'DROP SILENT GRAPH <{g}> ; INSERT DATA {{ GRAPH <{g}> {{ <{S}> <{P}> "new" .\n'
        f'<{S}> <{P}> "abc"^^<{XSD}integer> }} }}'
    )
    response = update(server, bad)
    assert response.status_code == 400
    assert "Invalid integer value" in response.text
    assert values(server, g) == {"old"}


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"], indirect=True)
def test_an_operation_failing_at_run_time(server):
    """Oxigraph applies a request in one transaction; Virtuoso keeps the operations before
    the one that failed: only a request that does not compile is all-or-nothing there."""
    g = "urn:test:runtime"
    put(server, g, of("old"))
    failing = (
        f'DROP SILENT GRAPH <{g}> ; INSERT DATA {{ GRAPH <{g}> {{ <{S}> <{P}> "new" }} }} ;\n'
        "DROP GRAPH <urn:test:never-created>"
    )
    response = update(server, failing)
    assert response.status_code >= 400
    expected = {"oxigraph": {"old"}, "virtuoso": {"new"}}[server.name]
    assert values(server, g) == expected


# -- literals ------------------------------------------------------------------------------------
def tricky() -> Graph:
    """Literals of the kinds GeoKG writes, and strings that stress an encoder."""
    g = Graph()
    lits = [
        Literal("2024-03-01T12:30:00Z", datatype=XSD + "dateTime"),
        Literal("2024-03-01T12:30:00.250+02:00", datatype=XSD + "dateTime"),
        Literal("2024-03-01", datatype=XSD + "date"),
        Literal("0.8", datatype=XSD + "decimal"),
        Literal("50.4547", datatype=XSD + "decimal"),
        Literal("1", datatype=XSD + "decimal"),
        Literal("12", datatype=XSD + "integer"),
        Literal("Kyiv", lang="en"),
        Literal("Київ", lang="uk"),
        Literal("Zürich", lang="de-ch"),
        Literal("北京"),
        Literal("قطر"),
        Literal("rocket 🚀 launch"),
        Literal('line one\nline "two"\twith \\ and \r'),
        Literal("Ä" * 3000 + " long " + "x" * 7000),
    ]
    for i, lit in enumerate(lits):
        g.add((S, URIRef(f"urn:test:p{i}"), lit))
    return g


def test_tricky_literals_come_back_as_written(server):
    g = "urn:test:literals"
    put(server, g, tricky())
    back = graph(server, g)
    assert set(back) == set(tricky())
    rows = select(server, f"SELECT ?p ?o WHERE {{ GRAPH <{g}> {{ <{S}> ?p ?o }} }}")
    assert {(S, r["p"], r["o"]) for r in rows} == set(tricky())


def test_what_comes_back_normalised(server):
    """Language tags in lower case, decimals canonical. Virtuoso keeps booleans as numbers:
    its JSON writes true as 1, and isNumeric holds for them."""
    g = "urn:test:normalised"
    written = Graph()
    written.add((S, P, Literal("Zürich", lang="de-CH")))
    written.add((S, P, Literal("1.50", datatype=XSD + "decimal")))
    written.add((S, P, Literal("true", datatype=XSD + "boolean")))
    put(server, g, written)
    back = {o.n3() for o in graph(server, g).objects(S, P)}
    assert back == {'"Zürich"@de-ch', f'"1.5"^^<{XSD}decimal>', f'"true"^^<{XSD}boolean>'}
    query = f"SELECT ?o {{ GRAPH <{g}> {{ ?s ?p ?o }} FILTER(DATATYPE(?o) = <{XSD}boolean>) }}"
    (row,) = ask_server(server, query, JSON).json()["results"]["bindings"]
    assert row["o"]["value"] == ("1" if server.name == "virtuoso" else "true")
    numeric = select(server, f"SELECT ?o {{ GRAPH <{g}> {{ ?s ?p ?o }} FILTER(isNumeric(?o)) }}")
    expected = {"1.5", "true"} if server.name == "virtuoso" else {"1.5"}
    assert {str(r["o"]) for r in numeric} == expected


# -- counts, the default graph --------------------------------------------------------------------
def test_count_quads_across_named_graphs(server):
    before = quads(server)
    put(server, "urn:test:count-a", of("a 1", "a 2", "a 3"))
    put(server, "urn:test:count-b", of("b 1", "b 2"))
    assert quads(server) == before + 5
    put(server, "urn:test:count-a", of("a 1"))
    assert quads(server) == before + 3


def test_virtuoso_holds_graphs_of_its_own(virtuoso_server):
    rows = select(virtuoso_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs = {str(r["g"]) for r in rows}
    assert virtuoso_server.system_graphs <= graphs
    assert not {g for g in graphs if not g.startswith("urn:test:")} - virtuoso_server.system_graphs
    system = ", ".join(f"<{g}>" for g in sorted(virtuoso_server.system_graphs))
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g IN ({system})) }}"
    assert int(select(virtuoso_server, count)[0]["n"]) == 2496


def test_a_query_without_graph_sees(server):
    """Virtuoso: every graph (its own too); the Oxigraph server: its default graph only,
    unless asked for the union."""
    put(server, "urn:test:union", of("in a named graph"))
    query = f'ASK {{ <{S}> <{P}> "in a named graph" }}'
    seen = select(server, f"SELECT ?o WHERE {{ <{S}> <{P}> ?o }}")
    assert (Literal("in a named graph") in {r["o"] for r in seen}) == (server.name == "virtuoso")
    if server.name == "oxigraph":
        body = ask_server(server, query, JSON, **{"union-default-graph": ""}).json()
        assert body["boolean"] is True


def test_insert_data_into_the_default_graph(server):
    """Virtuoso has no default graph of its own to write to: it needs one named by the
    request (``default-graph-uri``)."""
    text = f'INSERT DATA {{ <{S}> <{P}> "default" }}'
    if server.name == "oxigraph":
        ok(update(server, text))
        assert select(server, f'ASK {{ <{S}> <{P}> "default" }}'.replace("ASK", "SELECT * WHERE"))
        ok(update(server, f'DELETE DATA {{ <{S}> <{P}> "default" }}'))
    else:
        response = update(server, text)
        assert response.status_code == 400
        assert "default graph" in response.text
        ok(update(server, text, **{"default-graph-uri": "urn:test:default"}))
        assert values(server, "urn:test:default") == {"default"}


# -- results --------------------------------------------------------------------------------------
def test_ask_in_json(server):
    """Virtuoso answers ASK in JSON as a result set (one row ``__ASK_RETVAL`` = 1 when true,
    none when false), not as ``{"boolean": ...}``."""
    put(server, "urn:test:ask", of("yes"))
    for query, truth in [
        (f"ASK {{ GRAPH ?g {{ ?s <{P}> ?o }} }}", True),
        ("ASK { ?s <urn:test:none> ?o }", False),
    ]:
        body = ask_server(server, query, JSON).json()
        if server.name == "oxigraph":
            assert body["boolean"] is truth
        else:
            assert "boolean" not in body
            assert body["head"]["vars"] == ["__ASK_RETVAL"]
            assert len(body["results"]["bindings"]) == int(truth)


def test_construct_in_ntriples_and_turtle(server):
    """N-Triples keeps every literal on both. Virtuoso's Turtle writes a decimal without a
    fraction bare (``1``), which reads back as an integer: never ask Virtuoso for Turtle."""
    g = "urn:test:formats"
    put(server, g, tricky())
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
    response = ask_server(server, query, NTRIPLES)
    assert response.headers["content-type"].startswith(NTRIPLES)
    assert set(Graph().parse(data=response.text, format="nt")) == set(tricky())
    response = ask_server(server, query, "text/turtle")
    assert response.headers["content-type"].startswith("text/turtle")
    lost = set(tricky()) - set(Graph().parse(data=response.text, format="turtle"))
    one = (S, URIRef("urn:test:p5"), Literal("1", datatype=XSD + "decimal"))
    assert lost == ({one} if server.name == "virtuoso" else set())


def test_blank_nodes(server):
    """Virtuoso refuses blank nodes in INSERT DATA; a template (INSERT ... WHERE {}) makes
    them on both."""
    g = "urn:test:bnodes"
    data = f'GRAPH <{g}> {{ _:a <{P}> "one" . _:a <urn:test:q> _:b . _:b <{P}> "two" }}'
    response = update(server, f"INSERT DATA {{ {data} }}")
    assert response.status_code == (400 if server.name == "virtuoso" else 204)
    ok(update(server, f"DROP SILENT GRAPH <{g}> ; INSERT {{ {data} }} WHERE {{}}"))
    back = graph(server, g)
    assert len(back) == 3
    assert len({s for s in back.subjects() if isinstance(s, BNode)}) == 2
    rows = select(server, f"SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s <urn:test:q> ?o }} }}")
    assert isinstance(rows[0]["s"], BNode)
    assert str(rows[0]["s"]).startswith("nodeID://") == (server.name == "virtuoso")


# -- Graph Store Protocol -------------------------------------------------------------------------
def test_graph_store_put_post_get_delete(server):
    """PUT makes (201) or replaces a graph, POST adds to it, GET reads it, DELETE removes it
    (404 when there is none)."""
    g, url, auth = "urn:test:gsp", server.graph_store_url, server.auth
    headers = {"Content-Type": NTRIPLES}

    def send(method: str, graph: Graph | None = None) -> httpx.Response:
        body = graph.serialize(format="nt").encode() if graph is not None else None
        return HTTP.request(
            method, url, params={"graph": g}, content=body, headers=headers, auth=auth
        )

    assert send("PUT", of("put 1", "put 2")).status_code == 201
    assert send("PUT", of("put 3")).status_code == (200 if server.name == "virtuoso" else 204)
    assert values(server, g) == {"put 3"}
    ok(send("POST", of("posted")))
    got = ok(HTTP.get(url, params={"graph": g}, headers={"Accept": NTRIPLES}, auth=auth))
    assert set(Graph().parse(data=got.text, format="nt")) == set(of("put 3", "posted"))
    ok(send("DELETE"))
    assert values(server, g) == set()
    assert send("DELETE").status_code == 404


def test_graph_store_put_of_a_broken_body(server):
    """The Oxigraph server keeps the old graph; Virtuoso has dropped it and kept what it read
    before the error: a PUT is no safe way to replace a graph there."""
    g = "urn:test:gsp-broken"
    put(server, g, of("old"))
    body = of(*(f"new {i}" for i in range(100))).serialize(format="nt")
    body += f'<{S}> <{P}> "broken .\n'
    response = HTTP.put(
        server.graph_store_url,
        params={"graph": g},
        content=body.encode(),
        headers={"Content-Type": NTRIPLES},
        auth=server.auth,
    )
    assert response.status_code >= 400
    if server.name == "oxigraph":
        assert values(server, g) == {"old"}
    else:
        assert "old" not in values(server, g)


# -- Virtuoso's limits and rules -----------------------------------------------------------------
def test_virtuoso_writes_need_the_writer(virtuoso_server):
    server = virtuoso_server
    text = 'INSERT DATA { GRAPH <urn:test:auth> { <urn:test:s> <urn:test:p> "x" } }'
    anonymous = HTTP.post(server.query_url, data={"update": text})
    assert anonymous.status_code >= 400
    assert "SPARQL_INSERT_DICT_CONTENT" in anonymous.text  # the SPARQL user may not write
    assert HTTP.post(server.update_url, data={"update": text}).status_code == 401
    basic = HTTP.post(server.update_url, data={"update": text}, auth=(server.user, server.password))
    assert basic.status_code == 401  # Digest only
    ok(update(server, text))


def test_virtuoso_drop_graph_needs_create_graph(virtuoso_server):
    """DROP GRAPH (without SILENT) fails for a graph that INSERT made; DROP SILENT and CLEAR
    empty it; DROP ALL does nothing."""
    server, g = virtuoso_server, "urn:test:drop"
    put(server, g, of("x"))
    response = update(server, f"DROP GRAPH <{g}>")
    assert response.status_code == 500
    assert "has not been explicitly created" in response.text
    ok(update(server, "DROP ALL"))
    assert values(server, g) == {"x"}
    assert update(server, "CLEAR DEFAULT").status_code == 400
    ok(update(server, f"CLEAR GRAPH <{g}>"))
    assert values(server, g) == set()


def test_virtuoso_insert_data_block_size(virtuoso_server):
    """One block of INSERT DATA takes under 4,990 triples (the parser's stack); more blocks,
    or more GRAPH blocks in one INSERT DATA, take any number."""
    server, g = virtuoso_server, "urn:test:big"

    def block(start: int, stop: int) -> str:
        return "\n".join(f'<urn:test:s{i}> <{P}> "{i}" .' for i in range(start, stop))

    put(server, g, of("old"))
    too_big = f"DROP SILENT GRAPH <{g}> ; INSERT DATA {{ GRAPH <{g}> {{ {block(0, 5000)} }} }}"
    response = update(server, too_big)
    assert response.status_code == 400
    assert "memory exhausted" in response.text
    assert values(server, g) == {"old"}
    blocks = " ".join(f"GRAPH <{g}> {{ {block(k, k + 4000)} }}" for k in range(0, 12_000, 4000))
    ok(update(server, f"DROP SILENT GRAPH <{g}> ; INSERT DATA {{ {blocks} }}"))
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
    assert int(select(server, count)[0]["n"]) == 12_000


def test_virtuoso_cuts_long_answers(virtuoso_server):
    """ResultSetMaxRows (10,000 here) cuts every answer: SELECT says so in a header,
    CONSTRUCT does not. ORDER BY with OFFSET + LIMIT past 10,000 is refused (SR353); ORDER BY
    in a subquery, LIMIT and OFFSET outside it, pages through all of it."""
    server, g = virtuoso_server, "urn:test:many"
    n = 12_000
    blocks = " ".join(
        f"GRAPH <{g}> {{ "
        + " ".join(f'<urn:test:m{i}> <{P}> "{i}" .' for i in range(k, min(k + 4000, n)))
        + " }"
        for k in range(0, n, 4000)
    )
    ok(update(server, f"DROP SILENT GRAPH <{g}> ; INSERT DATA {{ {blocks} }}"))
    query = f"SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
    response = ask_server(server, query, JSON)
    assert response.headers["x-sparql-maxrows"] == "10000"
    assert len(response.json()["results"]["bindings"]) == 10_000
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
    cut = ask_server(server, construct, NTRIPLES)
    assert "x-sparql-maxrows" not in cut.headers
    assert len(Graph().parse(data=cut.text, format="nt")) == 10_001
    url = server.graph_store_url
    got = ok(HTTP.get(url, params={"graph": g}, headers={"Accept": NTRIPLES}, auth=server.auth))
    assert len(Graph().parse(data=got.text, format="nt")) == 10_001

    sorted_top = f"{query} ORDER BY ?s LIMIT 5000 OFFSET 10000"
    refused = HTTP.post(server.query_url, data={"query": sorted_top}, headers={"Accept": JSON})
    assert refused.status_code == 500
    assert "SR353" in refused.text
    seen: set[Identifier] = set()
    for offset in range(0, n, 5000):
        page = f"SELECT ?s WHERE {{ {{ {query} ORDER BY ?s }} }} LIMIT 5000 OFFSET {offset}"
        seen |= {r["s"] for r in select(server, page)}
    assert len(seen) == n


def test_virtuoso_timeout_parameter_gives_a_partial_answer(virtuoso_server):
    """With ``timeout`` (ms) Virtuoso answers 200 with what it had counted so far, marked
    only by a header: a count short of the whole, or no row at all when the deadline came
    before the first (as on a busy machine)."""
    server, g = virtuoso_server, "urn:test:slow"
    n = 8000
    blocks = " ".join(
        f"GRAPH <{g}> {{ "
        + " ".join(f'<urn:test:m{i}> <{P}> "{i}" .' for i in range(k, k + 4000))
        + " }"
        for k in range(0, n, 4000)
    )
    ok(update(server, f"DROP SILENT GRAPH <{g}> ; INSERT DATA {{ {blocks} }}"))
    pairs = (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?a ?p ?x . ?b ?p ?y "
        "FILTER(STR(?x) < STR(?y)) } }"
    )
    response = ask_server(server, pairs, JSON, timeout="100")
    assert response.status_code == 200
    assert response.headers["x-sql-state"] == "S1TAT"
    rows = response.json()["results"]["bindings"]
    assert len(rows) <= 1
    assert all(int(row["n"]["value"]) < n * (n - 1) // 2 for row in rows)
