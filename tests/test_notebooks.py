"""Every notebook in notebooks/ runs top to bottom in a real kernel."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from kg.settings import PROJECT_ROOT

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path):
    nb = nbformat.read(path, as_version=4)
    # run from the project root, so `kg` imports from the checkout even when not installed
    NotebookClient(
        nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(PROJECT_ROOT)}}
    ).execute()
    errors = [
        o
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.get("outputs", [])
        if o.get("output_type") == "error"
    ]
    assert not errors, errors


def test_explore_notebook_is_there():
    assert PROJECT_ROOT / "notebooks" / "explore.ipynb" in NOTEBOOKS
