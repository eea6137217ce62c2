"""The exploration endpoints, in-process against the real app and a real store."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph

from geokg_api.app import create_app
from geokg_api.explore import wants_turtle
from kg.namespaces import GK, GKR
from kg.settings import Settings

try:
    from explore_fixtures import HUB_FANOUT, XSS_IMG, build_world, malicious
except ImportError:  # tests/ as a package
    from tests.explore_fixtures import HUB_FANOUT, XSS_IMG, build_world, malicious


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings = Settings(
        store=tmp_path_factory.mktemp("explore-api") / "unused",
        hub_edge_limit=10,
        max_nodes=300,
        max_depth=3,
    )
    store = build_world(None, [malicious()])
    with TestClient(create_app(settings, store=store)) as c:
        yield c
    store.close()


def error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error", "detail"} and body["detail"]
    if code:
        assert body["error"] == code
    return body


# -- /entities ------------------------------------------------------------------------------


def test_search(client):
    r = client.get("/entities", params={"q": "Ukrane"})
    assert r.status_code == 200
    body = r.json()
    assert body["results"][0]["id"] == "ukraine"
    assert set(body["results"][0]) >= {"id", "label", "class", "mentions", "score"}
    assert client.get("/entities", params={"q": "U.S."}).json()["results"][0]["id"] == (
        "united-states"
    )
    assert client.get("/entities", params={"q": "Zapor"}).json()["results"][0]["id"] == (
        "zaporizhzhia-oblast"
    )


def test_search_type_limit_offset(client):
    weapons = client.get("/entities", params={"type": "Weapon", "limit": 50}).json()["results"]
    assert weapons and {h["class"] for h in weapons} == {"Weapon"}
    page1 = client.get("/entities", params={"limit": 2}).json()["results"]
    page2 = client.get("/entities", params={"limit": 2, "offset": 2}).json()["results"]
    both = client.get("/entities", params={"limit": 4}).json()["results"]
    assert page1 + page2 == both


@pytest.mark.parametrize(
    "params",
    [
        {"type": "Planet"},
        {"limit": 0},
        {"limit": 100_000},
        {"limit": "many"},
        {"offset": -1},
        {"q": "x" * 201},
    ],
)
def test_search_bad_input_is_400(client, params):
    error(client.get("/entities", params=params), 400)


# -- /entities/{id} -------------------------------------------------------------------------


def test_entity(client):
    body = client.get("/entities/russia").json()
    assert body["label"] == "Russia" and body["class"] == "Country"
    assert body["same_as"] == ["http://www.wikidata.org/entity/Q159"]
    assert {a["id"] for a in body["articles"]} == {"landmines", "atacms"}
    treaty = body["statements"]["TreatyParticipation"][0]
    assert treaty["negated"] is True and treaty["evidence"][0]["article"] == "landmines"


@pytest.mark.parametrize("bad", ["atlantis", "landmines.e1", "%3Cscript%3E", "a%20b", "x%22y"])
def test_entity_unknown_is_404(client, bad):
    error(client.get(f"/entities/{bad}"), 404, "not_found")


# -- /entities/{id}/neighbourhood -----------------------------------------------------------


def test_neighbourhood_json(client):
    body = client.get("/entities/russia/neighbourhood").json()
    assert set(body) >= {"nodes", "edges", "truncated"}
    assert body["truncated"] is False
    node = next(n for n in body["nodes"] if n["id"] == "russia")
    assert set(node) >= {"id", "label", "class"}
    edge = next(e for e in body["edges"] if e["predicate"] == "notPartyTo")
    assert set(edge) >= {"source", "target", "predicate", "label", "evidence"}
    assert edge["evidence"][0]["text"].startswith("Russia has never joined")
    assert set(edge["evidence"][0]) == {"text", "article"}


def test_neighbourhood_hub_is_truncated(client):
    body = client.get("/entities/united-states/neighbourhood").json()
    assert body["truncated"] is True
    assert len(body["edges"]) == 10  # settings.hub_edge_limit
    assert len(body["edges"]) < HUB_FANOUT


def test_neighbourhood_filters(client):
    body = client.get(
        "/entities/russia/neighbourhood", params={"predicate": "attacks", "min_confidence": 0.5}
    ).json()
    assert {e["predicate"] for e in body["edges"]} == {"attacks"}
    body = client.get("/entities/united-states/neighbourhood", params={"type": "Weapon"}).json()
    assert {n["class"] for n in body["nodes"] if n["id"] != "united-states"} == {"Weapon"}
    deep = client.get("/entities/dmitry-peskov/neighbourhood", params={"depth": 3}).json()
    assert "ottawa-treaty" in {n["id"] for n in deep["nodes"]}
    small = client.get("/entities/ukraine/neighbourhood", params={"depth": 2, "limit": 4})
    assert small.json()["truncated"] is True and len(small.json()["nodes"]) <= 4


def test_neighbourhood_turtle(client):
    r = client.get("/entities/russia/neighbourhood", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    as_json = client.get("/entities/russia/neighbourhood").json()
    assert {
        (str(GKR[e["source"]]), str(GK[e["predicate"]]), str(GKR[e["target"]]))
        for e in as_json["edges"]
    } == {(str(s), str(p), str(o)) for s, p, o in g if str(p).startswith(str(GK))}


@pytest.mark.parametrize(
    ("accept", "turtle"),
    [
        (None, False),
        ("application/json", False),
        ("text/turtle", True),
        ("text/turtle;q=0.5, application/json", False),
        ("application/json;q=0.2, text/turtle", True),
        ("*/*", False),
        ("text/html", False),
        ("text/turtle;q=bad", False),
    ],
)
def test_accept_negotiation(accept, turtle):
    assert wants_turtle(accept) is turtle


@pytest.mark.parametrize(
    "params",
    [
        {"depth": 0},
        {"depth": 4},
        {"depth": "two"},
        {"limit": 0},
        {"limit": 301},
        {"predicate": "loves"},
        {"type": "Planet"},
        {"min_confidence": 1.5},
        {"min_confidence": "high"},
    ],
)
def test_neighbourhood_bad_input_is_400(client, params):
    error(client.get("/entities/russia/neighbourhood", params=params), 400)


def test_neighbourhood_unknown_is_404(client):
    error(client.get("/entities/atlantis/neighbourhood"), 404, "not_found")
    error(
        client.get("/entities/atlantis/neighbourhood", headers={"Accept": "text/turtle"}),
        404,
        "not_found",
    )


# -- /path ----------------------------------------------------------------------------------


def test_path(client):
    body = client.get("/path", params={"source": "Dmitry Peskov", "target": "Ottawa Treaty"}).json()
    (p,) = body["paths"]
    assert [n["id"] for n in p["nodes"]] == ["dmitry-peskov", "kremlin", "russia", "ottawa-treaty"]
    assert p["length"] == 3
    for hop in p["hops"]:
        assert hop["edges"][0]["evidence"], hop


def test_path_not_connected_is_empty(client):
    body = client.get("/path", params={"source": "laos", "target": "ukraine"}).json()
    assert body["paths"] == []
    body = client.get(
        "/path", params={"source": "dmitry-peskov", "target": "partner-07", "max_hops": 2}
    ).json()
    assert body["paths"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"source": "russia"},
        {"target": "russia"},
        {},
        {"source": "", "target": "russia"},
        {"source": "russia", "target": "ukraine", "max_hops": 0},
        {"source": "russia", "target": "ukraine", "max_hops": 99},
    ],
)
def test_path_bad_input_is_400(client, params):
    error(client.get("/path", params=params), 400)


def test_path_unknown_is_404(client):
    error(
        client.get(
            "/path", params={"source": "Atlantis Federation of Nowhere", "target": "ukraine"}
        ),
        404,
        "not_found",
    )


# -- /stats ---------------------------------------------------------------------------------


def test_stats(client):
    body = client.get("/stats").json()
    assert body["articles"] == 4
    assert body["statements"]["WeaponTransfer"] >= HUB_FANOUT
    assert body["top_by_degree"][0]["id"] == "united-states"
    assert {"id", "label", "class", "pagerank"} <= set(body["top_by_pagerank"][0])


# -- /graph ---------------------------------------------------------------------------------


def test_graph_page(client):
    r = client.get("/graph", params={"focus": "Ukraine", "depth": 1})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert "default-src 'none'" in csp and "frame-ancestors 'self'" in csp
    scripts = re.findall(r"^<script([^>]*)>", r.text, re.M)
    assert len(scripts) == 3
    for attrs in scripts:
        assert f'nonce="{nonce}"' in attrs or 'type="application/json"' in attrs
    assert "<header>" in r.text
    assert r.headers["x-content-type-options"] == "nosniff"


def test_graph_page_whole_and_embedded(client):
    r = client.get("/graph", params={"embed": 1})
    assert r.status_code == 200 and "<header>" not in r.text
    assert "frame-ancestors" not in r.headers["content-security-policy"]
    assert XSS_IMG not in r.text


@pytest.mark.parametrize(
    "params",
    [{"depth": 0}, {"depth": 9}, {"max_nodes": 0}, {"max_nodes": 10_000}, {"embed": "maybe"}],
)
def test_graph_bad_input_is_400(client, params):
    error(client.get("/graph", params=params), 400)


def test_graph_unknown_focus_is_404(client):
    error(client.get("/graph", params={"focus": "Atlantis Federation of Nowhere"}), 404)


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/entities",
        "/entities/{id}",
        "/entities/{id}/neighbourhood",
        "/path",
        "/stats",
        "/graph",
    ):
        assert p in paths
