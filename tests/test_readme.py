"""The README's examples are what users copy first: run them."""

from __future__ import annotations

import re

from kg.settings import PROJECT_ROOT


def _blocks(lang: str) -> list[str]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_python_example_runs(tmp_path, monkeypatch, extractor):
    """Run from a folder that has the project's seeds/, as a user in a clone would."""
    [code] = _blocks("python")
    (tmp_path / "seeds").symlink_to(PROJECT_ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)
    g = scope["kg"]
    rows = g.sparql("SELECT ?t WHERE { gkr:russia gk:attacks ?t }")
    assert {"t": "https://w3id.org/geokg/id/sumy-oblast"} in rows
    assert scope["kg"].path("Lloyd Austin", "Ottawa Treaty")
    g.close()


def test_sparql_example_parses(seed_store):
    [query] = _blocks("sparql")
    rows = seed_store.select(query)
    assert any(r["region"] == "Sumy Oblast" for r in rows)
