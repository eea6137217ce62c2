"""Lookups: queries of one triple pattern (kg.sparql_syntax.lookup_body), whose work the row
cap bounds, are answered in the serving process (kg.executor.QueryExecutor.respond) — on the
caller's thread when it is alone and the answer is small, else on the lane thread — with the
same replies as a worker gives."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest

from kg.answer import RequestJob
from kg.executor import INLINE_BYTES, QueryExecutor
from kg.namespaces import SPARQL_PREFIXES
from kg.sparql_syntax import lookup_body
from kg.store import OxigraphStore


def is_lookup(text: str) -> bool:
    return lookup_body(text) is not None


LOOKUPS = [
    "SELECT ?p ?o WHERE { gkr:Ukraine ?p ?o }",
    "select * { ?s ?p ?o } limit 10",
    "ASK { <http://e/1> a gk:Country . }",
    SPARQL_PREFIXES + "SELECT ?p ?o WHERE { gkr:Ukraine ?p ?o }",
    'SELECT ?s WHERE { ?s rdfs:label "Kyiv"@en }',
    "SELECT ?g ?s WHERE { GRAPH ?g { ?s gk:supplies gkr:Ukraine } }",
    "# a comment\nSELECT ?s { ?s ?p 42 } # another",
    'SELECT ?s { ?s ?p "x"^^xsd:string }',
    "BASE <http://b/>\nPREFIX task: <http://t/>\nSELECT ?o WHERE { task:x ?p ?o }",
    "PREFIX : <http://e/>\nSELECT $o WHERE { :x :p $o }",
]
NOT_LOOKUPS = [
    "SELECT ?s WHERE { ?s ?p ?s }",  # a variable twice: a scan, not a range
    "SELECT ?s WHERE { ?s $s ?o }",
    "SELECT ?g WHERE { GRAPH ?g { ?g ?p ?o } }",
    "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o } OFFSET 5",
    "SELECT ?s WHERE { ?s ?p ?o FILTER(?o > 1) }",
    "SELECT ?s WHERE { ?s ?p ?o . ?o ?q ?r }",
    "SELECT ?s WHERE { ?s ?p ?o , ?x }",
    "SELECT ?s WHERE { ?s ?p ?o ; ?q ?r }",
    "SELECT ?s WHERE { ?s gk:a/gk:b ?o }",
    "SELECT ?s WHERE { ?s gk:a* ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?s FROM <http://g/1> WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
    "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s",
    "SELECT ?s WHERE { ?s ?p ?o } VALUES ?s { <http://a> }",
    "SELECT ?s WHERE { _:b ?p ?s }",
    "SELECT ?s WHERE { [] ?p ?s }",
    "SELECT ?s WHERE { { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } }",
    "SELECT ?s WHERE { SERVICE <http://x> { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s ?p ?o BIND(1 AS ?z) }",
    "SELECT * WHERE { ?s ?p ?o } }",
    "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
    "DESCRIBE <http://a>",
    "SELECT ?s WHERE { SELECT ?s WHERE { ?s ?p ?o } }",
]


@pytest.mark.parametrize("query", LOOKUPS)
def test_lookups_are_recognised(query):
    assert is_lookup(query)
    start = lookup_body(query)
    assert start is not None and query[start:].lstrip()[:3].upper() in ("SEL", "ASK")


@pytest.mark.parametrize("query", NOT_LOOKUPS)
def test_anything_more_is_not_a_lookup(query):
    assert not is_lookup(query)
    assert not is_lookup(SPARQL_PREFIXES + query)


# -- generated: every recognised lookup is one the engine reads as one pattern ----------------

TERMS = ["?s", "$x", "<http://e/1>", "gkr:Ukraine", ":local", "gk:supplies"]
OBJECTS = [*TERMS, '"plain"', "'single'", '"Kyiv"@en-GB', '"4"^^xsd:integer', "42", "-1.5"]
OBJECTS += ["2e3", "true"]
SPICE = [
    "FILTER(true)",
    ". ?a ?b ?c",
    "OPTIONAL { ?a ?b ?c }",
    "MINUS { ?a ?b ?c }",
    "BIND(1 AS ?z)",
    "VALUES ?z { 1 }",
    "{ ?a ?b ?c }",
]


def _generated(rng: random.Random) -> tuple[str, str]:
    """A lookup, and the same with one thing more that makes it not a lookup."""
    subject = rng.choice(TERMS)
    predicate = rng.choice(["?p", "a", "gk:supplies", "<http://p/1>"])
    obj = rng.choice(OBJECTS)
    triple = f"{subject} {predicate} {obj}"
    names = [t for t in (subject, predicate, obj) if t[0] in "?$"]
    if len({n[1:] for n in names}) < len(names):
        triple = f"{subject} {predicate} <http://o/1>"
    graph = rng.random() < 0.3
    dot = rng.choice(["", " .", "."])
    pattern = f"GRAPH ?graph {{ {triple}{dot} }}" if graph else f"{triple}{dot}"
    form = rng.choice(["SELECT *", "SELECT ?s ?o", "select ?p", "ASK", "Select *"])
    where = rng.choice(["WHERE ", "where ", ""])
    limit = rng.choice(["", " LIMIT 5", " limit 1"]) if not form.upper().startswith("ASK") else ""
    prologue = rng.choice(["", SPARQL_PREFIXES, "PREFIX : <http://e/>\n", "# c\n"])
    query = f"{prologue}{form} {where}{{ {pattern} }}{limit}"
    spice = rng.choice(SPICE)
    spoiled = f"{prologue}{form} {where}{{ {pattern} {spice} }}{limit}"
    if not form.upper().startswith("ASK") and rng.random() < 0.3:
        spoiled = f"{prologue}{form} {where}{{ {pattern} }} ORDER BY ?s{limit}"
    return query, spoiled


def test_generated_lookups_are_recognised_and_parse_as_one_pattern():
    store = ox.Store()
    from kg.namespaces import PREFIXES

    prefixes = {**PREFIXES, "": "http://e/"}
    rng = random.Random(5)
    for _ in range(400):
        query, spoiled = _generated(rng)
        assert is_lookup(query), query
        assert not is_lookup(spoiled), spoiled
        # the engine accepts it (a text that only looks like a lookup would fail there)
        store.query(query, prefixes=prefixes, use_default_graph_as_union=True)


def test_adversarial_texts_are_read_in_linear_time():
    texts = [
        "#" * 50_000 + "\nSELECT ?s WHERE { ?s ?p ?o FILTER(1) }",
        "SELECT " + "?a " * 20_000 + "WHERE { ?s ?p ?o } ORDER",
        "PREFIX a: <b> " * 5_000 + "SELECT * { ?s ?p ?o } X",
        "select " * 10_000 + "{ ?s ?p ?o }",
        "SELECT ?s { <a> <b> '" + "\\'" * 20_000 + "}",
    ]
    done = threading.Event()

    def run():
        for text in texts:
            assert not is_lookup(text)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(20), "a pathological text took the lookup reader too long"


# -- answered in the serving process, the same as in a worker --------------------------------


@contextlib.contextmanager
def _executors(tmp_path, update: str, memory_quads: int = 0):
    """A store holding ``update``'s data, and two executors on it: one answering lookups in
    the serving process, one sending everything to its worker."""
    store = OxigraphStore(tmp_path / "store")
    store.update(update)
    here = QueryExecutor(
        store, workers=1, timeout=10, lookups_inline=True, memory_quads=memory_quads
    )
    there = QueryExecutor(
        store, workers=1, timeout=10, lookups_inline=False, memory_quads=memory_quads
    )
    try:
        yield store, here, there
    finally:
        here.close()
        there.close()
        store.close()


def _request(query: str, accept: str = "application/sparql-results+json") -> RequestJob:
    return RequestJob(
        "GET",
        urlencode({"query": query}),
        None,
        accept,
        b"",
        "http://127.0.0.1:8000/sparql",
        50,
    )


DATA = """INSERT DATA {
  <http://e/1> a gk:Country ; rdfs:label "Ukraine"@en, "Україна"@uk ; gk:supplies <http://e/2> .
  <http://e/2> a gk:Country ; rdfs:label "with \\"quotes\\", {braces} and <b>" .
  GRAPH <http://g/1> { <http://e/1> gk:attacks <http://e/3> . <http://e/3> rdfs:label "x" }
}"""
ACCEPTS = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
]
ASKED = [
    "SELECT ?p ?o WHERE { <http://e/1> ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o }",  # over the row cap of 50? no: 8 quads
    "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s rdfs:label ?l } LIMIT 2",
    "ASK { <http://e/2> a gk:Country }",
    "SELECT ?s WHERE { ?s nope:x ?o }",  # looks like one; the engine refuses it: 400
]


def test_lookups_answer_here_as_a_worker_answers_them(tmp_path):
    from kg.namespaces import GK  # noqa: F401 - the data uses gk:

    with _executors(tmp_path, SPARQL_PREFIXES + DATA) as (_, here, there):

        async def both(job, alone):
            return await here.respond(job, alone=alone), await there.respond(job)

        for query in ASKED:
            for accept in ACCEPTS:
                for alone in (True, False):
                    mine, theirs = asyncio.run(both(_request(query, accept), alone))
                    assert mine == theirs, (query, accept, alone)
        assert here.lookups == len(ASKED) * len(ACCEPTS) * 2
        assert there.lookups == 0
        # not a lookup: the worker answers
        before = here.lookups
        join = "SELECT ?a ?c WHERE { ?a gk:supplies ?b . ?b ?p ?c }"
        mine = asyncio.run(here.respond(_request(join)))
        assert mine == asyncio.run(there.respond(_request(join)))
        assert here.lookups == before


def test_a_large_lookup_is_not_answered_on_the_callers_thread(tmp_path):
    update = "INSERT DATA { " + " ".join(f"<http://e/{i}> <http://p> {i} ." for i in range(400))
    with _executors(tmp_path, update + " }") as (_, here, there):
        job = _request("SELECT ?s ?o WHERE { ?s <http://p> ?o }")
        job = job._replace(limit=1000)
        theirs = asyncio.run(there.respond(job))
        assert len(theirs.body) > INLINE_BYTES  # too big for the caller's thread
        caller = threading.get_ident()
        seen: list[int] = []
        store_query = here.store.query

        def spy(*args, **kwargs):
            seen.append(threading.get_ident())
            return store_query(*args, **kwargs)

        here.store.query = spy  # type: ignore[method-assign]
        try:
            mine = asyncio.run(here.respond(job, alone=True))
        finally:
            del here.store.query
        assert mine == theirs
        assert seen[0] == caller and seen[-1] != caller  # begun here, answered on the lane
        assert here.lookups == 1


def test_lookups_see_every_write_at_once_and_run_beside_each_other(tmp_path):
    with _executors(tmp_path, "INSERT DATA { <http://e/1> <http://p> 1 }") as (store, here, _):
        ask = _request("SELECT ?o WHERE { <http://e/1> <http://p> ?o }")
        assert b'"1"' in asyncio.run(here.respond(ask, alone=True)).body
        store.update("INSERT DATA { <http://e/1> <http://p> 2 }")
        assert b'"2"' in asyncio.run(here.respond(ask, alone=True)).body

        async def many():
            return await asyncio.gather(*(here.respond(ask) for _ in range(20)))

        replies = asyncio.run(many())
        assert all(r.status == 200 and b'"2"' in r.body for r in replies)
        assert 1 <= here.lookups - 2 <= 20  # the lane took some; the worker the others
        here.close()  # stops the lane; the next lookup starts it again
        assert b'"2"' in asyncio.run(here.respond(ask)).body


def _copied(ex: QueryExecutor, wait: float = 10) -> bool:
    """Whether lookups here read an in-memory copy (waits up to ``wait`` s for one)."""
    import time

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        local = ex._local
        if local is not None and local.memory is not None and local.generation == ex._writes:
            return True
        time.sleep(0.05)
    return False


def _unordered(reply) -> tuple:
    doc = json.loads(reply.body)
    rows = doc.get("results", {}).get("bindings")
    rows = sorted(json.dumps(r, sort_keys=True) for r in rows) if rows is not None else doc
    return reply.status, reply.headers, rows


def test_a_small_store_is_looked_up_in_memory_and_writes_show_at_once(tmp_path):
    with _executors(tmp_path, SPARQL_PREFIXES + DATA, memory_quads=1000) as (store, here, there):
        # (LIMIT without ORDER BY takes whichever rows come first: not compared)
        queries = [q for q in ASKED if "nope:" not in q and "LIMIT" not in q]

        def replies(ex, alone):
            async def main():
                return [await ex.respond(_request(q), alone=alone) for q in queries]

            return asyncio.run(main())

        replies(here, True)  # wants a copy of the store
        assert _copied(here)
        # rows in the order each store keeps them: compared as sets
        mine, theirs, lane = replies(here, True), replies(there, False), replies(here, False)
        assert list(map(_unordered, mine)) == list(map(_unordered, theirs))
        assert list(map(_unordered, lane)) == list(map(_unordered, theirs))
        # a write: the next lookups read the store itself at once, then a new copy
        store.update("INSERT DATA { <http://e/9> <http://p> 9 }")
        ask = _request("SELECT ?o WHERE { <http://e/9> <http://p> ?o }")
        assert b'"9"' in asyncio.run(here.respond(ask, alone=True)).body
        assert here._local is not None and here._local.memory is None
        assert _copied(here)
        assert b'"9"' in asyncio.run(here.respond(ask, alone=True)).body
    big = tmp_path / "big"
    big.mkdir()
    with _executors(big, SPARQL_PREFIXES + DATA, memory_quads=3) as (_, here, _):
        asyncio.run(here.respond(_request("SELECT * WHERE { ?s ?p ?o }"), alone=True))
        assert not _copied(here, wait=2)  # over the cap (copies start after 0.5 s): disk only


def test_workers_yield_the_cpus_to_the_serving_process(tmp_path):
    """Workers run niced (KG_QUERY_WORKER_NICE): when the CPUs are busy, HTTP handling and
    lookups in the serving process go before long queries."""
    import os
    import time

    store = OxigraphStore(tmp_path / "store")
    store.update("INSERT DATA { <http://e/1> <http://p> 1 }")
    ex = QueryExecutor(store, workers=2, timeout=10, worker_nice=7)
    try:
        ex.start()
        job = _request("SELECT ?o WHERE { ?s <http://p> ?o . ?s ?q ?o }")
        assert b'"1"' in asyncio.run(ex.respond(job)).body  # a join: a worker answers it
        assert ex.lookups == 0
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        for worker in ex._workers:  # (each renices itself as it starts)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if os.getpriority(os.PRIO_PROCESS, worker.proc.pid) == min(19, mine + 7):
                    break
                time.sleep(0.05)
            assert os.getpriority(os.PRIO_PROCESS, worker.proc.pid) == min(19, mine + 7)
    finally:
        ex.close()
        store.close()
