"""The graph page as HTML: self-contained, escaped, and carrying the data it claims."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from kg.errors import NotFound
from kg.explore import lookup, neighbourhoods
from kg.explore.page import STYLE, render_graph_page, script_json

try:
    from explore_fixtures import XSS_IMG, XSS_SCRIPT, build_world, malicious
except ImportError:  # tests/ as a package
    from tests.explore_fixtures import XSS_IMG, XSS_SCRIPT, build_world, malicious


@pytest.fixture(scope="module")
def world():
    store = build_world(None, [malicious()])
    yield store
    store.close()


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.open_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.open_script = dict(attrs)
            self.scripts.append((self.open_script, ""))

    def handle_data(self, data):
        if self.open_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self.open_script = None


def parse(page: str) -> Elements:
    p = Elements()
    p.feed(page)
    return p


def graph_data(page: str) -> dict:
    scripts = parse(page).scripts
    (data,) = [text for attrs, text in scripts if attrs.get("id") == "graph-data"]
    return json.loads(data)


def test_page_is_self_contained(world):
    page = render_graph_page(world, focus="Ukraine", depth=2)
    elements = parse(page)
    for tag, attrs in elements.tags:
        for name in ("src", "href", "srcset", "action", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, attrs)
    assert not re.search(
        r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page, re.I
    )
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page)
    # vis-network itself is inlined
    assert any("vis.Network" in text or "Network=" in text for _, text in elements.scripts)
    assert "vis-network" in page and "vis-tooltip" in page


def test_page_carries_the_neighbourhood(world):
    page = render_graph_page(world, focus="ukraine", depth=1)
    data = graph_data(page)
    hood = neighbourhoods.neighbourhood(world, "ukraine", depth=1)
    assert {n["id"] for n in data["nodes"]} == {n["id"] for n in hood.nodes}
    assert len(data["edges"]) == len(hood.edges)
    assert data["focus"] == "ukraine" and data["depth"] == 1
    supplies = next(
        e
        for e in data["edges"]
        if e["predicate"] == "supplies" and e["from"] == "united-states" and e["to"] == "ukraine"
    )
    assert supplies["label"] == "supplies"  # edge labels drawn
    tip = "\n".join(supplies["tip"]["lines"])
    assert "The U.S. will send Ukraine antipersonnel land mines" in tip
    assert "US to send mines to Ukraine" in tip  # the article's title
    node = next(n for n in data["nodes"] if n["id"] == "ukraine")
    colour, shape, _ = STYLE["Country"]
    assert (node["color"], node["shape"]) == (colour, shape)
    assert node["tip"]["title"] == "Ukraine"
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_legend_search_box_and_embed(world):
    page = render_graph_page(world, focus="ukraine", depth=1)
    for cls in ("Country", "Person", "Organization", "Weapon", "Treaty", "City"):
        assert cls in page
    assert 'id="q"' in page and "<header>" in page
    embedded = render_graph_page(world, focus="ukraine", depth=1, embed=True)
    assert "<header>" not in embedded and 'class="embed"' in embedded


def test_whole_graph_is_capped_by_degree(world):
    data = graph_data(render_graph_page(world, max_nodes=10))
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 10 and "united-states" in ids and data["truncated"] is True
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    full = graph_data(render_graph_page(world, max_nodes=500))
    assert full["truncated"] is False and len(full["nodes"]) == len(
        lookup.search(world, "", limit=500)
    )


def test_unknown_focus(world):
    with pytest.raises(NotFound):
        render_graph_page(world, focus="Atlantis Federation of Nowhere")


def test_nonce_marks_every_script(world):
    page = render_graph_page(world, focus="ukraine", depth=1, nonce="abc123")
    for attrs, _ in parse(page).scripts:
        if attrs.get("type") != "application/json":
            assert attrs.get("nonce") == "abc123"


def test_malicious_names_stay_text(world):
    for page in (
        render_graph_page(world, focus="xss-person", depth=1),
        render_graph_page(world, focus="ukraine", depth=2),
        render_graph_page(world),
    ):
        elements = parse(page)
        # no element, attribute or handler came from the data
        assert not any(tag == "img" for tag, _ in elements.tags)
        assert not any(k.startswith("on") for _, attrs in elements.tags for k in attrs)
        assert sum(1 for tag, _ in elements.tags if tag == "script") == 3
        # and the names arrive intact, as data
        data = graph_data(page)
        labels = {n["label"] for n in data["nodes"]}
        assert XSS_IMG in labels
        assert XSS_SCRIPT not in page and XSS_IMG not in page  # escaped wherever it appears


def test_script_json_cannot_close_its_script():
    text = script_json({"a": "</script><script>alert(1)</script>", "b": "<!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "<!-- & \u2028"}
