"""Schemathesis over the app's OpenAPI schema: generated requests never get a 5xx.

The real app in-process, on a real store in a temp dir with a little data; at least 1,000
generated cases in total (counted, and checked by the last test).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from geokg_api.app import create_app
from kg.settings import Settings

try:
    from sparql_fixtures import SAMPLE_UPDATE, TOKEN
except ImportError:
    from tests.sparql_fixtures import SAMPLE_UPDATE, TOKEN

pytestmark = pytest.mark.slow

_TMP = Path(tempfile.mkdtemp(prefix="geokg-schemathesis-"))
APP = create_app(Settings(store=_TMP / "store", api_token=TOKEN, query_timeout=5, max_rows=200))
with TestClient(APP) as _c:
    _c.post(
        "/sparql",
        content=SAMPLE_UPDATE,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"},
    )
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
CASES = {"n": 0, "by_status": {}}
EXAMPLES = 450


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    yield
    shutil.rmtree(_TMP, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case):
    response = case.call()
    CASES["n"] += 1
    CASES["by_status"][response.status_code] = CASES["by_status"].get(response.status_code, 0) + 1
    assert response.status_code < 500, (
        f"{case.method} {case.path}: {response.status_code} {response.text[:500]}"
    )
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error", "detail"}, body


def test_enough_cases_were_generated():
    if CASES["n"] == 0:
        pytest.skip("run together with test_no_server_errors")
    assert CASES["n"] >= 1000, CASES
