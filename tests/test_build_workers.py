"""`kg build --workers N`: articles read in N processes (the model loaded once in each) and
written by one, in the order they were read: the same quads as a build in one process."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.articles import read_sources
from kg.errors import ExtractionFailed
from kg.extract.nlp import PIECE_CHARS
from kg.ingest import Prepared, prepare, read_batch
from kg.records import Article

from .conftest import DEV, ONTOLOGY, run_kg, store_quads, transfer_suppliers

pytestmark = pytest.mark.slow


def test_two_workers_store_what_one_process_stores(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((DEV / "articles").glob("*"))[:16]:  # 8 articles with their sidecars
        shutil.copy(path, articles)
    one = run_kg(
        "build", str(articles), "--store", str(tmp_path / "one"), "--workers", "1", "--json"
    )
    two = run_kg(
        "build", str(articles), "--store", str(tmp_path / "two"), "--workers", "2", "--json"
    )
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert json.loads(one.stdout)["added"] == json.loads(two.stdout)["added"] == 8
    assert store_quads(tmp_path / "one") == store_quads(tmp_path / "two")
    again = run_kg(
        "build", str(articles), "--store", str(tmp_path / "two"), "--workers", "2", "--json"
    )
    assert json.loads(again.stdout)["unchanged"] == 8


def test_with_workers_the_later_of_two_ids_replaces_the_earlier_and_bad_lines_fail_alone(
    tmp_path,
):
    lines = [
        {"id": "twice", "text": "Norway sent howitzers to Ukraine in March."},
        {"id": "other", "text": "Poland delivered tanks to Ukraine."},
        "{not json",
        {"id": "twice", "text": "Sweden sent air defense systems to Ukraine in May."},
    ]
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    r = run_kg(
        "build", str(src), "--store", str(tmp_path / "kg"), "--workers", "2", "--replace", "--json"
    )
    summary = json.loads(r.stdout)
    assert (summary["added"], summary["replaced"], summary["failed"]) == (2, 1, 1), r.stdout
    assert transfer_suppliers(tmp_path / "kg", "twice") == ["sweden"]


def test_a_batch_reads_each_article_as_it_is_read_alone(extractor):
    """Workers parse a batch's texts together (``nlp.pipe``): each article gets the graphs it
    gets alone, a long one (parsed in pieces) among them, and one that cannot be read fails
    alone."""
    arts = [s.article for s in read_sources([DEV / "articles"], max_bytes=10**7) if s.article]
    arts = arts[:6]
    long = Article("long", "\n\n".join(a.text for a in arts * 3))
    assert len(long.text) > PIECE_CHARS
    batch = [*arts[:3], long, *arts[3:]]
    extractions = extractor.extract_batch(batch)
    assert extractions == [extractor.extract(a) for a in batch]
    together = read_batch(extractor, batch, ONTOLOGY)
    for article, read in zip(batch, together, strict=True):
        assert isinstance(read, Prepared), read
        alone = prepare(extractor, article, ONTOLOGY)
        assert set(read.named) == set(alone.named) and set(read.default) == set(alone.default)
    unreadable = Article("unreadable", None)  # type: ignore[arg-type]  # not a text at all
    results = read_batch(extractor, [arts[0], unreadable, arts[1]], ONTOLOGY)
    assert isinstance(results[1], ExtractionFailed) and "unreadable" in str(results[1])
    assert [set(r.named) for r in (results[0], results[2])] == [  # type: ignore[union-attr]
        set(together[0].named),  # type: ignore[union-attr]
        set(together[1].named),  # type: ignore[union-attr]
    ]
