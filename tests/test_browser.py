"""The graph page in Debian's Chromium, served by a real uvicorn process.

Offline (no request leaves 127.0.0.1), no console errors, the network holds the nodes the
server meant to draw, hovering shows the tooltip, and an article written to run script runs
nothing.
"""

from __future__ import annotations

import gc
import os
import shutil
import time
from datetime import date
from urllib.parse import quote

import pytest

from kg.explore import lookup, neighbourhoods
from kg.ingest import graphs_for, ingest_article
from kg.namespaces import article_iri
from kg.records import Article
from kg.settings import ONTOLOGY_DIR, Settings
from kg.store import OxigraphStore

from .conftest import free_port, serving

try:
    from explore_fixtures import XSS_IMG, XSS_SCRIPT, malicious
except ImportError:  # tests/ as a package
    from tests.explore_fixtures import XSS_IMG, XSS_SCRIPT, malicious

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]

MALICIOUS_TEXT = (
    f"Officials said {XSS_SCRIPT} the United States will send Ukraine more air defense "
    f'missiles. President "><img src=x onerror="window.__xss=1"> Smith of Russia said Moscow '
    f"attacked Kyiv with drones. {XSS_IMG} was quoted by the Kremlin."
)


@pytest.fixture(scope="module")
def site(seed_store_dir, tmp_path_factory, extractor):
    """A copy of the seed store plus a malicious article (extracted by the real pipeline)
    and a malicious extraction (exact names), served by `kg serve` on a free port."""
    store_dir = tmp_path_factory.mktemp("browser") / "kgdata"
    shutil.copytree(seed_store_dir, store_dir)
    store = OxigraphStore(store_dir)
    ingest_article(
        store,
        extractor,
        Article(
            "xss-text", MALICIOUS_TEXT, title=f"{XSS_SCRIPT}{XSS_IMG}", published=date(2024, 11, 23)
        ),
        ONTOLOGY_DIR,
    )
    ex = malicious()
    named, default = graphs_for(ex, ONTOLOGY_DIR)
    store.put_article(str(article_iri(ex.article.id)), named, default)
    settings = Settings()
    expected = {
        "whole": len(neighbourhoods.overview(store, max_nodes=settings.max_nodes).nodes),
        "ukraine": len(
            neighbourhoods.neighbourhood(
                store,
                lookup.resolve(store, "Ukraine"),
                depth=2,
                limit=settings.max_nodes,
                hub_edge_limit=settings.hub_edge_limit,
            ).nodes
        ),
    }
    store.close()
    del store
    gc.collect()

    port = free_port()
    env = {**os.environ, "KG_STORE": str(store_dir)}
    env.pop("KG_API_TOKEN", None)  # read-only
    args = ["serve", "--store", str(store_dir), "--host", "127.0.0.1", "--port", str(port)]
    with serving(args, env, port) as base:
        yield base, expected


class Visit:
    """One page in a fresh context, recording requests, console errors and page errors."""

    def __init__(self, browser, base: str, bypass_csp: bool = False) -> None:
        self.base = base
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 800}, bypass_csp=bypass_csp
        )
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: str) -> None:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        self.wait_stable()

    def wait_stable(self, timeout: float = 60.0) -> None:
        # polled from here: wait_for_function evaluates strings, which the page's CSP forbids
        deadline = time.time() + timeout
        while not self.page.evaluate("() => !!(window.geokg && window.geokg.stabilized)"):
            assert time.time() < deadline, "the layout did not settle"
            time.sleep(0.1)

    def hover(self, node_id: str) -> str:
        pos = self.page.evaluate(
            """(id) => { const n = window.geokg.network;
                         return n.canvasToDOM(n.getPositions([id])[id]); }""",
            node_id,
        )
        box = self.page.locator("#network").bounding_box()
        assert box is not None
        self.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        tip = self.page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        return tip.inner_text()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser, site):
    v = Visit(browser, site[0])
    yield v
    v.close()


def local_only(urls: list[str], base: str) -> list[str]:
    return [
        u
        for u in urls
        if not (u.startswith(base + "/") or u.startswith(("data:", "blob:", "about:")))
    ]


def test_whole_graph_loads_offline_without_errors(visit, site):
    base, expected = site
    visit.open("/graph")
    assert local_only(visit.requests, base) == []
    assert visit.errors == []
    assert visit.page.evaluate("window.geokg.nodes.length") == expected["whole"]
    assert (
        visit.page.evaluate("window.geokg.network.body.nodeIndices.length") == (expected["whole"])
    )


def test_focused_page_node_count_and_tooltip(visit, site):
    base, expected = site
    visit.open("/graph?focus=Ukraine&depth=2")
    assert local_only(visit.requests, base) == []
    assert visit.errors == []
    assert visit.page.evaluate("window.geokg.nodes.length") == expected["ukraine"]
    focus = visit.page.evaluate("window.geokg.network.getSelectedNodes()")
    assert len(focus) == 1
    text = visit.hover(focus[0])
    assert "Ukraine" in text and "mentioned in" in text


def test_search_box_refocuses(visit, site):
    visit.open("/graph")
    visit.page.fill("#q", "Ukraine")
    visit.page.press("#q", "Enter")
    visit.page.wait_for_url("**/graph?*focus=*")
    visit.wait_stable()
    assert "focus=ukraine" in visit.page.url.lower()
    assert visit.errors == []


@pytest.mark.parametrize(
    "path", ["/graph", "/graph?focus=xss-person&depth=1", "/graph?focus=Ukraine&depth=2&embed=1"]
)
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_malicious_article_runs_nothing(browser, site, path, bypass_csp):
    base, _ = site
    visit = Visit(browser, base, bypass_csp=bypass_csp)
    try:
        _malicious_page(visit, base, path)
    finally:
        visit.close()


def _malicious_page(visit: Visit, base: str, path: str) -> None:
    visit.open(path)
    ids = visit.page.evaluate("window.geokg.nodes.getIds()")
    assert "xss-person" in ids
    text = visit.hover("xss-person")  # the tooltip is built from the malicious strings
    assert XSS_IMG in text  # shown as text
    edge_ids = visit.page.evaluate(
        "window.geokg.edges.getIds({filter: e => e.from === 'xss-person' || e.to === 'xss-person'})"
    )
    assert edge_ids
    assert visit.page.evaluate("typeof window.__xss") == "undefined"
    assert visit.page.evaluate("document.querySelectorAll('img').length") == 0
    assert local_only(visit.requests, base) == []  # not even the broken <img src=x>
    assert visit.errors == []


def test_malicious_title_and_focus_are_escaped(visit, site):
    visit.open("/graph?focus=" + quote(XSS_IMG, safe=""))
    assert visit.page.evaluate("typeof window.__xss") == "undefined"
    assert XSS_IMG in visit.page.input_value("#q")
    assert visit.errors == []
