"""`kg build --workers N`: articles read in N processes (the model loaded once in each) and
written by one, in the order they were read: the same quads as a build in one process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from kg.store import OxigraphStore

from .conftest import DEV

pytestmark = pytest.mark.slow


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, env=os.environ
    )


def _quads(store) -> set[str]:
    st = OxigraphStore(store, read_only=True)
    try:
        return set(st.export("nquads").decode().splitlines())
    finally:
        st.close()


def test_two_workers_store_what_one_process_stores(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((DEV / "articles").glob("*"))[:16]:  # 8 articles with their sidecars
        shutil.copy(path, articles)
    one = _kg("build", str(articles), "--store", str(tmp_path / "one"), "--workers", "1", "--json")
    two = _kg("build", str(articles), "--store", str(tmp_path / "two"), "--workers", "2", "--json")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert json.loads(one.stdout)["added"] == json.loads(two.stdout)["added"] == 8
    assert _quads(tmp_path / "one") == _quads(tmp_path / "two")
    again = _kg(
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
    r = _kg(
        "build", str(src), "--store", str(tmp_path / "kg"), "--workers", "2", "--replace", "--json"
    )
    summary = json.loads(r.stdout)
    assert (summary["added"], summary["replaced"], summary["failed"]) == (2, 1, 1), r.stdout
    st = OxigraphStore(tmp_path / "kg", read_only=True)
    try:
        rows = st.select(
            "SELECT ?w ?a WHERE { ?e a gk:WeaponTransfer ; gk:agent ?w ;"
            " prov:wasDerivedFrom/gk:article ?a }",
            iris={"a": "https://w3id.org/geokg/doc/twice"},
        )
    finally:
        st.close()
    assert [r["w"].rsplit("/", 1)[1] for r in rows] == ["sweden"]
