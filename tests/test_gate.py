"""The safety gate (kg/sparql/safety.py) on its own: what counts as nesting, and what does not."""

from __future__ import annotations

import pytest

from kg.errors import InputError, QueryError, QueryRefused
from kg.sparql.safety import Limits, check_query, nesting
from kg.store import OxigraphStore, iri_term

N = 5_000


@pytest.fixture
def store():
    s = OxigraphStore(None)
    s.update('INSERT DATA { <urn:a> <urn:b> "c" . GRAPH <urn:g> { <urn:a> <urn:b> <urn:d> } }')
    yield s
    s.close()


@pytest.mark.parametrize(
    "text",
    [
        'ASK { FILTER(?x != "' + "{" * N + '") }',
        "ASK { FILTER(?x != '" + "(" * N + "') }",
        'ASK { FILTER(?x != """' + "{\n" * N + '""") }',
        "ASK { FILTER(?x != '''" + "['' " * N + "''') }",
        'ASK { FILTER(?x != "\\"' + "(" * N + '") }',
        "# " + "{" * N + "\nASK { }",
        "ASK { <urn:a> <urn:b> ?o } # " + "(" * N,
        "ASK { ?s gk:a\\( ?o }",  # "(" in a name: no bracket
        "ASK { VALUES ?x { " + " ".join(f"<urn:x({i})>" for i in range(N // 10)) + " } }",
    ],
)
def test_brackets_in_strings_comments_and_iris_do_not_count(store, text):
    assert nesting(text) <= 3
    store.query(text)  # passes the gate, and the engine answers


@pytest.mark.parametrize(
    "text",
    [
        "ASK { FILTER(" + "<f>(" * N + "1" + ")" * N + ") }",  # nested calls
        "ASK { FILTER(" + "<)>(" * N + "1" + ")" * N + ") }",  # a ")" the engine may not see
        "ASK { FILTER(?a<" + "(" * N + "1" + ")" * N + ">?b) }",  # "<" as less-than
        "ASK { FILTER(?a<" + "(" * N + ">?b) }",
        "ASK {" + " {" * N + "}" * N + "}",
        "ASK { ?s ?p " + "[ <urn:p> " * N + "]" * N + " }",
        "ASK { ?s ?p " + "( " * N + ")" * N + " }",
        "ASK { ?s ?p " + "<< " * N + "<urn:a> <urn:b> <urn:c>" + " >>" * N + " }",
        "ASK { ?s ?p " + "<<( " * N + "<urn:a> <urn:b> <urn:c>" + " )>>" * N + " }",
        'ASK { ?s ?p "unclosed ' + "{" * N,  # an unclosed string is not a string
        "ASK { ?s gk:p\\# " + "( " * N + ")" * N + " }",  # "#" in a name: no comment
        "ASK { ?s gk:p\\' " + "( " * N + ")" * N + " } # '",  # "'" in a name: no string
    ],
)
def test_deep_nesting_is_refused_before_the_engine(store, text):
    assert nesting(text) > 64
    with pytest.raises(QueryError, match="KG_QUERY_MAX_DEPTH"):
        store.query(text)
    with pytest.raises(QueryError, match="KG_QUERY_MAX_DEPTH"):
        store.update(text.replace("ASK", "DELETE WHERE", 1))


def test_limits_are_settings():
    text = "ASK { " + "{ " * 10 + "}" * 10 + " }"
    assert check_query(text, Limits(max_depth=11)).text == text
    with pytest.raises(QueryError, match="10 deep"):
        check_query(text, Limits(max_depth=10))
    with pytest.raises(QueryError, match="longer than 20 bytes"):
        check_query(text, Limits(max_bytes=20))
    with pytest.raises(QueryError, match="longer than 40 bytes"):
        check_query("ASK { FILTER(?x = '" + "é" * 19 + "') }", Limits(max_bytes=40))


def test_service_and_load_are_gated_in_the_store(store):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    with pytest.raises(QueryRefused):
        store.query(q)
    with pytest.raises(QueryRefused):
        store.update("LOAD <http://127.0.0.1:9/x>")
    with pytest.raises(QueryRefused):
        store.update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    store.limits = Limits(allowlist=("http://127.0.0.1:9/",))
    check_query(q, store.limits)  # allow-listed: passes the gate


def test_terms_are_bound_never_pasted(store):
    rows = store.select("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }", iris={"g": "urn:g"})
    assert rows == [{"g": "urn:g", "o": "urn:d"}]
    evil = "urn:g> { ?s ?p ?o } } SERVICE <http://127.0.0.1:9/> { ?x ?y ?z } #"
    with pytest.raises(InputError):
        store.select("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }", iris={"g": evil})
    with pytest.raises(InputError):
        iri_term(evil)
    assert iri_term("urn:g") == "<urn:g>"
    for internal in (store.article_state, store.remove_article):
        with pytest.raises(InputError):
            internal(evil)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { { ?s gkr:p\\# ?o } UNION { SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } } }",
        "SELECT * { { ?s <x:\\u0041#> ?o } UNION { SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } } }",
        "SELECT * { { ?s gkr:p\\' ?o } UNION { SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } } } #'",
    ],
)
def test_service_behind_an_escaped_hash_or_quote_is_seen(store, text):
    """The engine reads ``gkr:p\\#`` as a name and ``<x:\\u0041#>`` as an IRI: a "#" there
    starts no comment (reading one hid the SERVICE after it, which the engine then called)."""
    with pytest.raises(QueryRefused):
        store.query(text)


def test_load_behind_an_escaped_hash_is_seen(store):
    with pytest.raises(QueryRefused):
        store.update("INSERT DATA { <urn:a> gkr:p\\# <urn:b> } ; LOAD <http://127.0.0.1:9/x>")
