"""The embedded store: atomic replace and remove, garbage collection, export and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.errors import QueryError
from kg.namespaces import GK, GKD, GKR
from kg.store import RESULT_FORMATS, OutputTooLarge, OxigraphStore


def _graphs(article: str, entity: str, label: str) -> tuple[Graph, Graph]:
    named, default = Graph(), Graph()
    a = GKD[article]
    named.add((a, RDF.type, GK.Article))
    named.add((a, GK.contentHash, Literal("0" * 64)))
    named.add((GKR[entity], GK.mentionedIn, a))
    default.add((GKR[entity], RDF.type, GK.Country))
    default.add((GKR[entity], RDFS.label, Literal(label)))
    return named, default


@pytest.fixture
def store(tmp_path: Path):
    s = OxigraphStore(tmp_path / "db")
    yield s
    s.close()


def test_put_replace_remove_and_gc(store):
    store.put_article(str(GKD.a1), *_graphs("a1", "ukraine", "Ukraine"))
    store.put_article(str(GKD.a2), *_graphs("a2", "ukraine", "Ukraine"))
    store.put_article(str(GKD.a2), *_graphs("a2", "russia", "Russia"))  # replaces a2
    labels = {r["l"] for r in store.select("SELECT ?l WHERE { ?e rdfs:label ?l }")}
    assert labels == {"Ukraine", "Russia"}
    assert store.article_iris() == [str(GKD.a1), str(GKD.a2)]
    assert store.remove_article(str(GKD.a1))
    labels = {r["l"] for r in store.select("SELECT ?l WHERE { ?e rdfs:label ?l }")}
    assert labels == {"Russia"}, "an entity only a1 mentioned is gone with it"
    assert not store.remove_article(str(GKD.a1))


def test_export_restore_round_trip(store, tmp_path):
    store.put_article(str(GKD.a1), *_graphs("a1", "ukraine", 'Ukr"aine \\ é'))
    dump = tmp_path / "dump.nq"
    dump.write_bytes(store.export("nquads"))
    other = OxigraphStore(tmp_path / "db2")
    assert other.restore(dump) == [str(GKD.a1)]
    assert other.quads() == store.quads()
    trig = tmp_path / "dump.trig"
    trig.write_bytes(store.export("trig"))
    third = OxigraphStore(None)
    third.restore(trig)
    assert third.quads() == store.quads()
    other.close()


def test_query_errors_are_translated(store):
    with pytest.raises(QueryError):
        store.query("SELEC nothing")


def test_union_default_graph(store):
    store.put_article(str(GKD.a1), *_graphs("a1", "ukraine", "Ukraine"))
    rows = store.select("SELECT ?e ?a WHERE { ?e gk:mentionedIn ?a ; rdfs:label ?l }")
    assert rows == [{"e": str(GKR.ukraine), "a": str(GKD.a1)}]


# -- result writing: the engine's serialiser when the result fits the cap ---------------------

WRITE_DATA = """
INSERT DATA {
  <http://e/a> <http://p/label> "plain", "with \\"quotes\\" and }},{ and <result>"@en,
      "line\\nbreak", "tab\\there", "3"^^<http://www.w3.org/2001/XMLSchema#integer>,
      "{\\"o\\":{\\"type\\":", "ends with }},{", ",{", "[{" .
  <http://e/a> <http://p/knows> <http://e/b>, _:anon .
  GRAPH <http://g/1> { <http://e/b> <http://p/label> "in a graph" }
}"""
WRITE_QUERIES = [
    "SELECT * WHERE { ?s ?p ?o }",
    "SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?s <http://nope> ?x } }",
    "SELECT * WHERE { }",
    "SELECT ?x WHERE { VALUES ?x { } }",
    "SELECT ?o WHERE { <http://e/a> <http://p/label> ?o } ORDER BY ?o",
]


def _solutions(body: bytes, fmt: str) -> list[frozenset]:
    import pyoxigraph as ox

    parsed = ox.parse_query_results(body, format=RESULT_FORMATS[fmt])
    rows = []
    for sol in parsed:
        cells = []
        for v in parsed.variables:
            t = sol[v]
            cells.append((v.value, "_:" if isinstance(t, ox.BlankNode) else str(t)))
        rows.append(frozenset(cells))
    return sorted(rows, key=sorted)


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
@pytest.mark.parametrize("query", WRITE_QUERIES)
def test_native_writer_agrees_with_the_row_by_row_writer(store, fmt, query):
    """The engine's serialiser (used when the result fits the cap) gives the same solutions
    and the same row count as writing rows in Python (used past the cap)."""
    store.update(WRITE_DATA)
    native = store.query(query)
    assert native.again is not None
    body, rows, truncated = native.write(fmt, 100)
    python = store.query(query)
    python.again = None  # forces the row-by-row writer
    body2, rows2, truncated2 = python.write(fmt, 100)
    assert (rows, truncated) == (rows2, truncated2) == (len(_solutions(body, fmt)), False)
    assert _solutions(body, fmt) == _solutions(body2, fmt)


def test_json_rows_are_counted_also_with_braces_in_values(store):
    """Empty rows and "{}" in a value make the JSON row count parse the document."""
    store.update(WRITE_DATA + ' ; INSERT DATA { <http://e/c> <http://p/label> "{}", "{},{}" }')
    for query, expected in [
        ("SELECT ?o WHERE { ?s <http://p/label> ?o }", 12),
        ("SELECT * WHERE { }", 1),
        ("SELECT ?x WHERE { ?s <http://p/label> ?o }", 12),  # rows without bindings
    ]:
        body, rows, truncated = store.query(query).write("json", 100)
        assert (rows, truncated) == (expected, False), query
        assert len(_solutions(body, "json")) == expected


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv", "csv"])
def test_results_over_the_cap_are_truncated_at_it(store, fmt):
    store.update(WRITE_DATA)
    body, rows, truncated = store.query("SELECT * WHERE { ?s ?p ?o }").write(fmt, 3)
    assert (rows, truncated) == (3, True)
    if fmt != "csv":
        assert len(_solutions(body, fmt)) == 3
    n = len(store)
    body, rows, truncated = store.query("SELECT * WHERE { ?s ?p ?o }").write(fmt, n)
    assert (rows, truncated) == (n, False)  # exactly at the cap: all of it


def test_native_writer_stops_at_its_byte_budget(store):
    """A result far over the cap is never serialised whole: the engine's writer stops at a
    budget of 512 bytes a row, however many bytes the caller allows."""
    store.update(
        "INSERT DATA { "
        + " ".join(f'<http://e/{i}> <http://p> "{"x" * 600}" .' for i in range(50))
        + " }"
    )
    with pytest.raises(OutputTooLarge):  # 50 rows of > 512 bytes: over budget
        store.query("SELECT * WHERE { ?s ?p ?o }").write("json", 10, max_bytes=10**9)
    body, rows, truncated = store.query("SELECT * WHERE { ?s ?p ?o }").write("json", 10)
    assert (rows, truncated) == (10, True)
    assert len(body) < 10 * 512 * 2


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
@pytest.mark.parametrize("query", WRITE_QUERIES)
def test_a_query_limited_to_the_cap_is_written_whole_alike(store, fmt, query):
    """A query ending in its own LIMIT at most the row cap is written by the engine in one
    go: the same solutions and row count as the other writers; over the cap, truncated."""
    from kg.store import query_limit

    store.update(WRITE_DATA)
    limited = query + " LIMIT 7"
    assert query_limit(limited) == 7
    body, rows, truncated = store.query(limited).write(fmt, 100, rows_at_most=7)
    python = store.query(limited)
    python.again = None  # the row-by-row writer
    body2, rows2, truncated2 = python.write(fmt, 100)
    assert (rows, truncated) == (rows2, truncated2) == (len(_solutions(body, fmt)), False)
    assert _solutions(body, fmt) == _solutions(body2, fmt)
    body, rows, truncated = store.query(query + " LIMIT 500").write(fmt, 3, rows_at_most=500)
    assert rows == min(3, len(_solutions(store.query(query).write(fmt, 100)[0], fmt)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT * { ?s ?p ?o } LIMIT 5", 5),
        ("SELECT * { ?s ?p ?o }LIMIT 5\n", 5),
        ("SELECT * { ?s ?p ?o } ORDER BY ?s limit\t10 ", 10),
        ("SELECT * { ?s ?p ?o } # LIMIT 5", None),  # a comment
        ("SELECT * { <http://x/#a> ?p ?o } LIMIT 5", None),  # (may be a comment: not read)
        ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 5 } }", None),  # a sub-query's
        ("SELECT * { ?s ?p ?o } LIMIT 5 OFFSET 3", None),
        ("SELECT * { ?s ?p ?o } xLIMIT 5", None),
    ],
)
def test_query_limit_reads_only_a_final_limit(text, expected):
    """(A string cannot hide a final LIMIT: it would have to be closed after it.)"""
    from kg.store import query_limit

    assert query_limit(text) == expected


# -- query workers' in-memory copies -----------------------------------------------------------


def test_a_worker_reads_a_small_snapshot_from_memory_with_the_same_answers(store, tmp_path):
    import time

    from kg.sparql.execute import Copier, Reader
    from kg.sparql.jobs import RequestJob, answer

    store.update(WRITE_DATA)
    store.snapshot(tmp_path / "snap")
    reader = Reader(OxigraphStore(tmp_path / "snap", read_only=True), 1, memory_quads=1000)
    Copier().want(reader)
    while reader.memory is None:  # until the copy is made
        time.sleep(0.01)
    assert reader.store is reader.memory
    assert len(reader.memory) == len(reader.disk) == len(store)
    for query in WRITE_QUERIES:
        for fmt in ("json", "xml", "tsv"):
            from urllib.parse import urlencode

            job = RequestJob(
                "GET", urlencode({"query": query, "format": fmt}), None, None, b"", "http://x/", 100
            )
            a, b = answer(reader.memory, job), answer(reader.disk, job)
            assert a is not None and b is not None
            assert (a.kind, a.format, a.rows, a.truncated) == (
                b.kind,
                b.format,
                b.rows,
                b.truncated,
            )
            assert _solutions(a.body, fmt) == _solutions(b.body, fmt)


def test_a_worker_reads_a_big_snapshot_from_disk(store, tmp_path):
    import time

    from kg.sparql.execute import Copier, Reader

    store.update(WRITE_DATA)
    store.snapshot(tmp_path / "snap")
    copier = Copier()
    snap = OxigraphStore(tmp_path / "snap", read_only=True)
    reader = Reader(snap, 1, memory_quads=3)  # the store has more
    assert not reader.small()
    copier.want(reader)
    off = Reader(snap, 1, memory_quads=0)
    assert not off.small()
    copier.want(off)
    time.sleep(1.5)
    assert reader.memory is None and reader.store is reader.disk
    assert off.memory is None


def test_the_copier_skips_snapshots_superseded_before_they_settle(store, tmp_path):
    """Under a stream of writes, only the snapshot that stays newest is copied."""
    import time

    from kg.sparql.execute import Copier, Reader

    store.update(WRITE_DATA)
    copier = Copier()
    readers = []
    for i in range(5):
        store.update(f"INSERT DATA {{ <http://e/n{i}> <http://p> {i} }}")
        store.snapshot(tmp_path / f"snap{i}")
        snap = OxigraphStore(tmp_path / f"snap{i}", read_only=True)
        readers.append(Reader(snap, i + 1, memory_quads=1000))
        copier.want(readers[-1])
        time.sleep(0.1)  # each superseded well before it settles (0.5 s)
    while readers[-1].memory is None:  # until the newest is copied
        time.sleep(0.05)
    assert len(readers[-1].memory) == len(store)
    assert all(r.memory is None for r in readers[:-1])
