"""`kg build` input: nothing replaced silently, sidecar ids, empty input, the size cap per
article, and a summary of distinct entities."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kg import KnowledgeGraph
from kg.articles import read_sources
from kg.errors import ArticleTooLarge, InputError
from kg.namespaces import article_iri
from kg.records import Article
from kg.settings import Settings
from kg.store import OxigraphStore

FIRST = "Estonia sent Javelin missiles to Georgia."
SECOND = "Finland signed the Ottawa Treaty."


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, env=os.environ
    )


def _jsonl(path, rows: list[tuple[str, str]]) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows))


def _summary(r: subprocess.CompletedProcess) -> dict:
    return json.loads(r.stdout.strip().splitlines()[-1])


def _hash_of(store: OxigraphStore, art_id: str) -> str | None:
    """The article's content hash as stored, to tell which version is there."""
    state = store.article_state(str(article_iri(art_id)))
    return state[0] if state else None


@pytest.mark.slow  # `kg build` in subprocesses, each loading the model
def test_same_id_twice_in_one_build_is_an_error_unless_replace(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "dup.txt").write_text(FIRST, encoding="utf-8")
    _jsonl(d / "more.jsonl", [("other", SECOND), ("dup", SECOND)])
    store = tmp_path / "kg"
    r = _cli("build", str(d), "--store", str(store), "--json")
    assert r.returncode == 1
    s = _summary(r)
    assert (s["added"], s["failed"]) == (2, 1)
    [error] = s["errors"]
    assert error["where"] == f"{d / 'more.jsonl'}:2"
    assert str(d / "dup.txt") in error["error"] and "--replace" in error["error"]
    assert f"{d / 'more.jsonl'}:2" in r.stderr and str(d / "dup.txt") in r.stderr
    st = OxigraphStore(store)
    assert _hash_of(st, "dup") == Article("dup", FIRST).content_hash  # the first one stays
    st.close()

    r = _cli("build", str(d), "--store", str(store), "--json", "--replace")
    assert r.returncode == 0, r.stderr
    s = _summary(r)
    assert (s["unchanged"], s["replaced"], s["failed"]) == (2, 1, 0)  # the later one wins
    st = OxigraphStore(store)
    assert _hash_of(st, "dup") == Article("dup", SECOND).content_hash
    st.close()

    (d / "more.jsonl").unlink()
    (d / "dup.txt").write_text(SECOND, encoding="utf-8")
    r = _cli("build", str(d), "--store", str(store), "--json")
    assert r.returncode == 0, r.stderr
    assert _summary(r)["unchanged"] == 1  # across builds an unchanged article is a no-op


def test_duplicate_lines_of_a_jsonl_name_both_lines(tmp_path, extractor):
    p = tmp_path / "a.jsonl"
    _jsonl(p, [("x", FIRST), ("y", SECOND), ("x", SECOND)])
    with KnowledgeGraph.open(tmp_path / "kg", extractor=extractor) as kg:
        s = kg.build(p)
        assert (s["added"], s["failed"]) == (2, 1)
        assert s["errors"][0]["where"] == f"{p}:3"
        assert f"{p}:1" in s["errors"][0]["error"]
        s = kg.build(p, replace=True)
        assert (s["unchanged"], s["replaced"], s["failed"]) == (2, 1, 0)
        assert _hash_of(kg.store, "x") == Article("x", SECOND).content_hash  # line 3 won


def test_sidecar_id_must_match_the_file_name(tmp_path, extractor):
    d = tmp_path / "in"
    d.mkdir()
    (d / "alpha.txt").write_text(FIRST, encoding="utf-8")
    (d / "alpha.json").write_text(json.dumps({"id": "alpha", "title": "Same id"}))
    (d / "beta.txt").write_text(SECOND, encoding="utf-8")
    (d / "beta.json").write_text(json.dumps({"id": "gamma", "title": "Another id"}))
    with KnowledgeGraph.open(tmp_path / "kg", extractor=extractor) as kg:
        s = kg.build(d)
        ids = {iri.rsplit("/", 1)[-1] for iri in kg.store.article_iris()}
    assert ids == {"alpha"}
    [error] = s["errors"]
    assert "'gamma'" in error["error"] and "'beta'" in error["error"]
    assert str(d / "beta.json") in error["error"] and str(d / "beta.txt") in error["error"]


@pytest.mark.parametrize("content", [None, "notes.md"])
def test_a_build_that_finds_no_articles_fails_saying_where_and_what(tmp_path, content):
    d = tmp_path / "empty"
    d.mkdir()
    if content:
        (d / content).write_text("# not an article")
    r = _cli("build", str(d), "--store", str(tmp_path / "kg"))
    assert r.returncode == 1
    assert str(d) in r.stderr and ".txt" in r.stderr and ".jsonl" in r.stderr
    assert "Traceback" not in r.stderr
    with KnowledgeGraph.open(None) as kg, pytest.raises(InputError, match="no articles found"):
        kg.build(d)


def test_the_size_cap_is_per_article_in_a_jsonl(tmp_path, extractor):
    p = tmp_path / "three.jsonl"
    big = json.dumps({"id": "big", "text": "Chile signed the treaty. " * 20})
    lines = [json.dumps({"id": "a", "text": FIRST}), big, json.dumps({"id": "b", "text": SECOND})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    limit = 200
    assert len(big) > limit and p.stat().st_size > limit >= max(len(lines[0]), len(lines[2]))
    got = list(read_sources([p], max_bytes=limit))
    assert [s.article.id for s in got if s.article] == ["a", "b"]
    [bad] = [s for s in got if s.error]
    assert isinstance(bad.error, ArticleTooLarge) and bad.where == f"{p}:2"
    assert f"{p}:2: {len(big)} bytes is over the {limit}-byte limit" in str(bad.error)
    # the last line without its newline, one byte over
    p.write_text(lines[0] + "\n" + "x" * (limit + 1), encoding="utf-8")
    got = list(read_sources([p], max_bytes=limit))
    assert got[0].article and isinstance(got[1].error, ArticleTooLarge)
    settings = Settings(max_article_bytes=limit)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "kg", settings, extractor=extractor) as kg:
        s = kg.build(p)
    assert (s["added"], s["failed"]) == (2, 1)


def test_summary_counts_distinct_entities(tmp_path, extractor):
    texts = {
        "one": "Estonia sent Javelin missiles to Georgia.",
        "two": "Estonia sent more Javelin missiles to Georgia and Ukraine.",
    }
    d = tmp_path / "in"
    d.mkdir()
    for name, text in texts.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    per_article = [set(extractor.extract(Article(k, v)).entities) for k, v in texts.items()]
    assert per_article[0] & per_article[1]  # shared entities: a sum would count them twice
    with KnowledgeGraph.open(tmp_path / "kg", extractor=extractor) as kg:
        s = kg.build(d)
    assert s["entities"] == len(per_article[0] | per_article[1])
