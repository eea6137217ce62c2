"""The library logs through ``logging`` and never prints; the `kg` command shows its records
from ``KG_LOG_LEVEL`` up."""

from __future__ import annotations

import ast
from pathlib import Path

from kg.settings import PROJECT_ROOT

from .conftest import run_kg

LIBRARY = PROJECT_ROOT / "kg"
CLI = LIBRARY / "cli.py"  # the user-facing output: the one module that writes to the terminal


def _calls(path: Path) -> list[tuple[int, str]]:
    """Every call in ``path`` as (line, dotted name of what is called)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            found.append((node.lineno, ast.unparse(node.func)))
    return found


def test_the_library_neither_prints_nor_configures_logging():
    writes = {"print", "sys.stdout.write", "sys.stderr.write", "traceback.print_exc"}
    setup = {"logging.basicConfig", "logging.config.dictConfig"}
    offences = []
    for path in sorted(LIBRARY.rglob("*.py")):
        if path == CLI:
            continue
        for line, name in _calls(path):
            if name in writes | setup or name.endswith(".addHandler"):
                offences.append(f"{path.relative_to(PROJECT_ROOT)}:{line}: {name}")
    assert not offences, "\n".join(offences)


def test_kg_shows_library_records_from_kg_log_level_up(tmp_path):
    store = str(tmp_path / "kgdata")
    quiet = run_kg("stats", "--store", store)
    assert quiet.returncode == 0, quiet.stderr
    assert "kg.explore.index" not in quiet.stderr  # WARNING and up by default

    told = run_kg("stats", "--store", store, KG_LOG_LEVEL="info")
    assert told.returncode == 0, told.stderr
    assert "INFO kg.explore.index: cached graph built" in told.stderr

    bad = run_kg("stats", "--store", store, KG_LOG_LEVEL="loud")
    assert bad.returncode == 1 and "KG_LOG_LEVEL" in bad.stderr
