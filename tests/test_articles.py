"""Reading article files: formats, metadata, and every kind of bad input with a clear error."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg.articles import article_from_dict, read_sources
from kg.errors import InputError


def _read(paths, max_bytes=10_000):
    return list(read_sources(paths, max_bytes=max_bytes))


def test_txt_with_sidecar_metadata(tmp_path):
    (tmp_path / "a1.txt").write_text("Russia attacked Kharkiv.", encoding="utf-8")
    (tmp_path / "a1.json").write_text(
        json.dumps(
            {"title": "T", "published": "2024-11-20", "source": "VOA", "url": "https://x.org/a"}
        )
    )
    [src] = _read([tmp_path])
    a = src.article
    assert (a.id, a.title, a.published, a.source, a.url) == (
        "a1",
        "T",
        date(2024, 11, 20),
        "VOA",
        "https://x.org/a",
    )


def test_json_and_jsonl(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "x1", "text": "Hello."}))
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"id": "y1", "text": "A."})
        + "\n\n"
        + json.dumps({"id": "y2", "text": "B."})
        + "\n"
    )
    ids = sorted(s.article.id for s in _read([tmp_path]))
    assert ids == ["x1", "y1", "y2"]


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("empty.txt", b"", "has no text"),
        ("blank.txt", b"   \n", "has no text"),
        ("bin.txt", b"abc\x00def", "binary"),
        ("latin.txt", "Café attack".encode("latin-1"), "not UTF-8"),
        ("bad.json", b'{"id": "x", "text": ', "malformed JSON"),
        ("noid.json", b'{"text": "hello"}', "invalid 'id'"),
        ("list.json", b"[1, 2]", "must be a JSON object"),
        ("date.json", b'{"id": "d", "text": "x", "published": "yesterday"}', "not an ISO date"),
    ],
)
def test_bad_files_are_reported_with_path_and_reason(tmp_path, name, content, fragment):
    p = tmp_path / name
    p.write_bytes(content)
    [src] = _read([p])
    assert src.article is None
    assert fragment in str(src.error)
    assert str(p) in str(src.error)


def test_oversized_file(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 200)
    [src] = _read([p], max_bytes=100)
    assert "over the 100-byte limit" in str(src.error)


def test_bad_jsonl_line_does_not_hide_the_good_ones(tmp_path):
    p = tmp_path / "mix.jsonl"
    p.write_text('{"id": "ok1", "text": "Fine."}\n{"id": oops}\n{"id": "ok2", "text": "Also."}\n')
    got = _read([p])
    assert [s.article.id for s in got if s.article] == ["ok1", "ok2"]
    [bad] = [s for s in got if s.error]
    assert f"{p}:2" in str(bad.error)


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        _read([tmp_path / "nope"])


def test_article_from_dict_validates_types():
    with pytest.raises(InputError, match="'title' must be a string"):
        article_from_dict({"id": "a", "text": "t", "title": 3})
    assert article_from_dict({"id": "a", "text": "t"}).content_hash == (
        "e3b98a4da31a127d4bde6e43033f66ba274cab0eb7eb1c70ec41402bf6273dd8"
    )
