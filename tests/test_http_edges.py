"""What every request meets: HEAD on GET routes, bad percent-escapes, CORS, the offline docs,
GET /export and the documented POST /articles body (the real app in-process, a real store)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from rdflib import Dataset

from geokg_api.app import create_app
from kg.settings import PROJECT_ROOT, Settings, parse_origins

ASK = "ASK { ?a a gk:Article }"
# Every GET route with parameters it answers 200 to on the seed store.
GET_ROUTES = [
    "/",
    "/health",
    "/stats",
    "/articles",
    "/articles/voa-2024-11-20-us-landmines-ukraine",
    "/entities?q=Ukraine",
    "/entities/ukraine",
    "/entities/ukraine/neighbourhood?depth=1",
    "/path?source=Ukraine&target=Russia",
    "/graph?focus=Ukraine&depth=1",
    "/sparql",  # the service description
    "/sparql?query=ASK%20%7B%20%3Fa%20a%20gk%3AArticle%20%7D",  # the fast path
    "/export?format=nquads",
    "/openapi.json",
    "/docs",
    "/redoc",
    "/docs-assets/swagger-ui.css",
]


@pytest.fixture(scope="module")
def store_dir(seed_store_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("edges") / "kgdata"
    shutil.copytree(seed_store_dir, d)
    return d


def _client(store_dir, **settings) -> TestClient:
    return TestClient(create_app(Settings(store=store_dir, query_workers=1, **settings)))


@pytest.fixture(scope="module")
def client(store_dir):
    with _client(store_dir) as c:
        yield c


# -- HEAD -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", GET_ROUTES)
def test_head_answers_as_get_without_a_body(client, path):
    get = client.get(path, headers={"Accept-Encoding": "identity"})
    head = client.head(path, headers={"Accept-Encoding": "identity"})
    assert get.status_code == 200, get.text[:300]
    assert head.status_code == 200, head.text[:300]
    assert head.content == b""
    for name in ("content-type", "content-length", "vary", "x-result-rows"):
        assert head.headers.get(name) == get.headers.get(name), name


def test_head_of_an_error_is_the_error_without_a_body(client):
    r = client.head("/entities/no-such-entity")
    assert r.status_code == 404 and r.content == b""
    assert r.headers["content-type"] == "application/json"


# -- percent-escapes --------------------------------------------------------------------------

BAD_ESCAPES = [
    ("/sparql?query=ASK%20%7B%7D%FF", "%FF", "query"),  # the /sparql fast path
    ("/sparql?query=%C3%28", "%C3", "query"),
    ("/entities?q=Ukr%FFaine", "%FF", "q"),
    ("/entities?q=100%", "%", "q"),
    ("/entities?q=%zz", "%zz", "q"),
    ("/path?source=Ukraine&target=%E2%82", "%E2", "target"),
    ("/graph?focus=%FE", "%FE", "focus"),
    ("/entities/ukraine/neighbourhood?predicate=%G1", "%G1", "predicate"),
    ("/articles?x=%80", "%80", "x"),
    ("/stats?%FF=1", "%FF", None),
    ("/export?format=nquads%ff", "%ff", "format"),
]


@pytest.mark.parametrize("url,escape,param", BAD_ESCAPES)
def test_a_bad_percent_escape_is_a_400_naming_it(client, url, escape, param):
    for method in ("GET", "HEAD"):
        r = client.request(method, url)
        assert r.status_code == 400, (method, r.text)
    body = client.get(url).json()
    assert body["error"] == "bad_request"
    assert f"'{escape}'" in body["detail"]
    if param:
        assert f"parameter '{param}'" in body["detail"]


def test_good_escapes_still_decode(client):
    r = client.get("/entities?q=%55kraine")  # %55 = U
    assert r.status_code == 200 and r.json()["q"] == "Ukraine"
    r = client.get("/entities?q=caf%C3%A9%20%E2%82%AC")
    assert r.status_code == 200 and r.json()["q"] == "café €"


# -- CORS ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,expected",
    [
        ("*", ["*"]),
        ("https://a.example", ["https://a.example"]),
        (
            " https://a.example, http://localhost:3000 ,",
            ["https://a.example", "http://localhost:3000"],
        ),
        ('["https://a.example"]', ["https://a.example"]),
        ("", []),
    ],
)
def test_cors_origins_forms(monkeypatch, value, expected):
    assert parse_origins(value) == expected
    monkeypatch.setenv("KG_CORS_ORIGINS", value)
    assert Settings().cors_origins == expected


@pytest.mark.parametrize(
    "value,says",
    [
        ("https://a.example/", "not an origin"),
        ("a.example", "not an origin"),
        ("*, https://a.example", "alone"),
        ("[1, 2]", "strings"),
        ("[https://a.example", "not a JSON list"),
    ],
)
def test_a_bad_cors_value_is_a_clear_error(monkeypatch, value, says):
    monkeypatch.setenv("KG_CORS_ORIGINS", value)
    with pytest.raises(ValidationError, match=says):
        Settings()


def test_kg_serve_with_a_bad_cors_value_stops_with_one_line(tmp_path):
    env = {**os.environ, "KG_CORS_ORIGINS": "https://a.example/", "KG_STORE": str(tmp_path)}
    r = subprocess.run(
        [sys.executable, "-m", "geokg_api", "serve"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: bad setting: KG_CORS_ORIGINS"), r.stderr
    assert "'https://a.example/' is not an origin" in lines[0] and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "origins,allowed,refused",
    [
        ("*", "https://anyone.example", None),
        ("https://a.example", "https://a.example", "https://b.example"),
        (
            "https://a.example,http://localhost:3000",
            "http://localhost:3000",
            "http://localhost:3001",
        ),
    ],
)
def test_cors_preflight_and_simple_requests(
    seed_store_dir, tmp_path, monkeypatch, origins, allowed, refused
):
    monkeypatch.setenv("KG_CORS_ORIGINS", origins)
    store_dir = shutil.copytree(seed_store_dir, tmp_path / "kgdata")
    settings = Settings(store=store_dir, query_workers=1)
    with TestClient(create_app(settings)) as c:
        pre = c.options(
            "/sparql",
            headers={
                "Origin": allowed,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "Content-Type",
            },
        )
        assert pre.status_code == 200, pre.text
        assert pre.headers["access-control-allow-origin"] in ("*", allowed)
        assert "POST" in pre.headers["access-control-allow-methods"]
        for path in ("/stats", f"/sparql?query={ASK}"):
            r = c.get(path, headers={"Origin": allowed})
            assert r.status_code == 200
            assert r.headers["access-control-allow-origin"] in ("*", allowed)
        if refused:
            pre = c.options(
                "/sparql",
                headers={"Origin": refused, "Access-Control-Request-Method": "POST"},
            )
            assert pre.status_code == 400
            r = c.get("/stats", headers={"Origin": refused})
            assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
        r = c.get("/entities?q=%FF", headers={"Origin": allowed})  # refusals are marked too
        assert r.status_code == 400 and r.headers["access-control-allow-origin"] in ("*", allowed)


# -- docs ----------------------------------------------------------------------------------------


def test_docs_pages_load_their_assets_from_this_app(client):
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        urls = re.findall(r"""(?:src|href)=["']([^"']+)""", html)
        assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
        assert "fonts.googleapis" not in html and "cdn." not in html
        for u in urls:
            assert client.get(u).status_code == 200, u


def test_post_articles_body_is_documented(client):
    op = client.get("/openapi.json").json()["paths"]["/articles"]["post"]
    body = op["requestBody"]["content"]["application/json"]
    one, many = body["schema"]["oneOf"]
    assert set(one["properties"]) == {"id", "text", "title", "url", "published", "source"}
    assert many["type"] == "array" and many["items"] == one
    example = body["examples"]["one article"]["value"]
    assert set(example) == set(one["properties"])


# -- GET /export -----------------------------------------------------------------------------------


def test_export_is_the_dump_kg_export_writes(client):
    store = client.app.state.ctx.store
    for fmt, media in (("nquads", "application/n-quads"), ("trig", "application/trig")):
        r = client.get("/export", params={"format": fmt})
        assert r.status_code == 200 and r.headers["content-type"].startswith(media)
        assert r.content == store.export(fmt)
    quads = list(Dataset().parse(data=r.text, format="trig").quads())
    assert len(quads) == len(store) > 100


def test_export_refuses_an_unknown_format(client):
    r = client.get("/export", params={"format": "csv"})
    assert r.status_code == 400 and r.json()["error"] == "bad_input"
    assert "nquads" in r.json()["detail"]
