"""End to end on the seed: build into a real store, query it, rebuild, export/restore, kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date

import pytest
from rdflib import Graph

from kg.ingest import build
from kg.namespaces import GKD
from kg.rdf.triples import article_graph
from kg.records import Article
from kg.store import OxigraphStore

from .conftest import DEV, ONTOLOGY, SEEDS, copy_store

SEED_ID = "voa-2024-11-20-us-landmines-ukraine"


def _ask(store, q: str) -> bool:
    return bool(store.query(q).raw)


def test_seed_answers(seed_store):
    assert _ask(
        seed_store,
        """ASK { ?e a gk:WeaponTransfer ; gk:agent gkr:united-states ;
        gk:recipient gkr:ukraine ; gk:weapon gkr:anti-personnel-mine ; gk:modality gk:Planned ;
        gk:negated false }""",
    )
    assert _ask(seed_store, "ASK { gkr:russia gk:notPartyTo gkr:ottawa-treaty }")
    assert _ask(seed_store, "ASK { gkr:united-states gk:supplies gkr:ukraine }")


def test_every_event_has_evidence_that_matches_the_text(seed_store):
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    rows = seed_store.select("""SELECT ?t ?s ?e WHERE { ?x a gk:Attack ; prov:wasDerivedFrom ?ev .
        ?ev gk:text ?t ; gk:charStart ?s ; gk:charEnd ?e }""")
    assert rows
    for r in rows:
        assert text[int(r["s"]) : int(r["e"])] == r["t"]


def test_build_twice_is_identical(seed_store_dir, tmp_path, extractor):
    store = OxigraphStore(copy_store(seed_store_dir, tmp_path / "s"))
    before = store.quads()
    summary = build(store, [SEEDS], lambda: extractor, ontology_dir=ONTOLOGY, max_bytes=10**6)
    assert (summary.added, summary.unchanged, summary.replaced) == (0, 1, 0)
    assert store.quads() == before
    store.close()


def test_changed_article_replaces_its_graph(seed_store_dir, tmp_path, extractor):
    store = OxigraphStore(copy_store(seed_store_dir, tmp_path / "s"))
    d = tmp_path / "in"
    d.mkdir()
    (d / f"{SEED_ID}.txt").write_text("Russia attacked Ukraine's Sumy region on Tuesday.")
    summary = build(store, [d], lambda: extractor, ontology_dir=ONTOLOGY, max_bytes=10**6)
    assert summary.replaced == 1
    assert not _ask(store, "ASK { ?x a gk:WeaponTransfer }")
    assert _ask(store, "ASK { gkr:russia gk:attacks gkr:sumy-oblast }")
    assert not _ask(store, "ASK { ?e rdfs:label 'Ottawa Treaty' }"), "orphaned entities removed"
    store.close()


def test_export_then_restore_gives_the_same_quads(seed_store, tmp_path):
    dump = tmp_path / "dump.nq"
    dump.write_bytes(seed_store.export("nquads"))
    fresh = OxigraphStore(tmp_path / "fresh")
    summary = build(fresh, [dump], lambda: None, ontology_dir=ONTOLOGY, max_bytes=10**8)
    assert summary.ok and summary.restored == 1
    assert fresh.quads() == seed_store.quads()
    fresh.close()


def _cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        **kw,
    )


@pytest.mark.slow
def test_kill_9_leaves_each_article_complete_or_absent(tmp_path, extractor):
    texts = [p.read_text(encoding="utf-8") for p in sorted((DEV / "articles").glob("*.txt"))]
    if not texts:
        pytest.skip("no dev articles")
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as fh:
        for n in range(60):
            fh.write(
                json.dumps(
                    {"id": f"k{n:03d}", "text": texts[n % len(texts)], "published": "2024-11-20"}
                )
                + "\n"
            )
    store_dir = tmp_path / "kg"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(corpus),
            "--store",
            str(store_dir),
            "--verbose",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    done = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        done += line.startswith("added ")
        if done >= 5:
            break
    assert proc.poll() is None, "the build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = OxigraphStore(store_dir)
    present = store.article_iris()
    assert 0 < len(present) < 60
    for iri in present:
        art_id = iri[len(str(GKD)) :]
        n = int(art_id[1:])
        expected = article_graph(
            extractor.extract(
                Article(id=art_id, text=texts[n % len(texts)], published=date(2024, 11, 20))
            )
        )
        got = Graph().parse(
            data=store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
            .serialize("ntriples")
            .decode(),
            format="nt",
        )
        assert set(got) == set(expected), f"{art_id} is incomplete"
    store.close()


def test_cli_errors_are_one_line(tmp_path):
    r = _cli("build", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s"))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "no such file" in r.stderr
    assert "Traceback" not in r.stderr
    r = _cli("query", "SELECT nonsense", "--store", str(tmp_path / "s"))
    assert r.returncode == 1 and "SPARQL syntax error" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow  # `kg build` in subprocesses, each loading the model
def test_cli_build_reports_bad_files_and_goes_on(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Russia attacked Ukraine's Kharkiv region.")
    (d / "bad.json").write_text("{not json")
    r = _cli("build", str(d), "--store", str(tmp_path / "s"), "--json")
    assert r.returncode == 1
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert summary["added"] == 1 and summary["failed"] == 1
    assert "bad.json" in r.stderr and "malformed JSON" in r.stderr


@pytest.mark.slow  # four `kg` commands in subprocesses
def test_cli_export_restore_and_validate(seed_store_dir, tmp_path):
    src = copy_store(seed_store_dir, tmp_path / "src")
    dump = tmp_path / "dump.nq"
    r = _cli("export", "--format", "nquads", "-o", str(dump), "--store", str(src))
    assert r.returncode == 0, r.stderr
    r = _cli("build", str(dump), "--store", str(tmp_path / "dst"), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1])["restored"] == 1
    a, b = OxigraphStore(src), OxigraphStore(tmp_path / "dst")
    assert a.quads() == b.quads()
    a.close()
    b.close()
    r = _cli("validate", "--store", str(tmp_path / "dst"))
    assert r.returncode == 0, r.stderr + r.stdout
    assert "1 of 1 article graphs conform" in r.stdout


def test_cli_remove(seed_store_dir, tmp_path):
    store = copy_store(seed_store_dir, tmp_path / "s")
    r = _cli("remove", SEED_ID, "--store", str(store))
    assert r.returncode == 0, r.stderr
    s = OxigraphStore(store)
    assert len(s) == 0, "nothing is left once the only article is removed"
    s.close()
    r = _cli("remove", SEED_ID, "--store", str(store))
    assert r.returncode == 1 and "no article" in r.stderr
