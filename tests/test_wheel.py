"""A wheel that works: `pip install .` (not editable) into a fresh virtual environment, then the
installed `kg` builds, validates, evaluates and serves from another directory, reading the
ontology, shapes, lexicons, seeds and page assets from the installed package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import httpx
import pytest

from .conftest import DEV, PROJECT_ROOT, SEEDS, free_port, serving

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The bin/ folder of a fresh venv with GeoKG installed from a wheel built from the tree:
    from a copy of its files that git does not ignore, as a fresh clone has them (setuptools
    reuses a build/ folder left in the checkout, with whatever an older layout put there)."""
    root = tmp_path_factory.mktemp("wheel")
    tree = root / "tree"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = PROJECT_ROOT / name
        if source.is_file():  # (a file deleted but not yet staged is listed too)
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tree / name)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    r = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", str(tree)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    return venv / "bin"


def _env() -> dict[str, str]:
    # nothing from this checkout on the path: the installed package alone
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KG_"))}


def test_installed_package_is_not_the_checkout(installed, tmp_path):
    r = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            "import kg, kg.settings as s; print(kg.__file__);"
            "print(s.ONTOLOGY_DIR); print(s.Settings().seeds_dir)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        check=True,
    )
    package, ontology, seeds = r.stdout.split()
    for path in (package, ontology, seeds):
        assert str(installed.parent) in path and str(PROJECT_ROOT) not in path, path


def test_installed_top_level_names_are_ours(installed, tmp_path):
    """The wheel claims `kg` and `geokg_api` in site-packages, no generic name like `api`."""
    r = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            "from importlib.metadata import files; "
            "print(' '.join(sorted({f.parts[0] for f in files('geokg') if len(f.parts) > 1})))",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        check=True,
    )
    names = set(r.stdout.split()) - {"geokg-0.1.0.dist-info"}
    assert {n for n in names if not n.startswith("..")} == {"kg", "geokg_api"}, names


def test_build_validate_eval_from_another_directory(installed, tmp_path):
    kg = str(installed / "kg")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [kg, *args], capture_output=True, text=True, cwd=tmp_path, env=_env(), timeout=600
        )

    built = run("build", str(SEEDS), "--store", "kgdata", "--json")
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout)["added"] == 1
    checked = run("validate", "--store", "kgdata")
    assert checked.returncode == 0 and "1 of 1 article graphs conform" in checked.stdout
    scored = run("eval", str(DEV / "gold"), "--json")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["facts"]["micro"]["f1"] > 0.5


def test_up_builds_the_packaged_seeds_and_serves_the_page(installed, tmp_path):
    port = free_port()
    with serving(
        ["up", "--store", "kgdata", "--port", str(port)],
        _env(),
        port,
        seconds=300,
        kg=[str(installed / "kg")],
        cwd=tmp_path,
    ) as base:
        health = httpx.get(f"{base}/health").json()
        assert health["articles"] == 1
        page = httpx.get(f"{base}/graph", params={"focus": "russia"})
        assert page.status_code == 200 and "vis-network" in page.text
        ask = httpx.get(
            f"{base}/sparql",
            params={"query": "ASK { ?a a <https://w3id.org/geokg/ontology#Article> }"},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert ask.json()["boolean"] is True
