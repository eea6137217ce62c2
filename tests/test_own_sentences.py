"""Tests speak in sentences of their own: no string in a test shares a run of eight words with an
evaluation article, so the rules are not tested (and tuned) on the sentences they are scored on."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import CHECK, DEV

RUN = 8
TESTS = Path(__file__).resolve().parent


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_test_string_repeats_an_evaluation_sentence():
    articles = sorted((DEV / "articles").glob("*.txt")) + sorted((CHECK / "articles").glob("*.txt"))
    assert len(articles) >= 40, "the evaluation articles are missing from eval/"
    seen: dict[tuple[str, ...], str] = {}
    for path in articles:
        for run in _runs(_words(path.read_text(encoding="utf-8"))):
            seen.setdefault(run, path.parent.parent.name)
    copied = []
    for source in sorted(TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                hits = _runs(_words(node.value)) & seen.keys()
                if hits:
                    run = min(hits)
                    copied.append(f"{source.name}:{node.lineno} ({seen[run]}): {' '.join(run)}")
    assert not copied, "test strings copied from evaluation articles:\n" + "\n".join(copied)
