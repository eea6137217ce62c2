"""The interactive graph page: pyvis builds the network, the page carries everything inline.

No CDN: vis-network's script and stylesheet are read from the copy pyvis ships and inlined,
so the page works from a file on an air-gapped laptop. pyvis's own template is not used: it
loads Bootstrap and tom-select from CDNs and writes node data into a ``<script>`` unescaped
(a label holding ``</script>`` ends the script there).

Nothing from the store is ever parsed as HTML. The data travels as JSON inside a
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped; tooltips are DOM
elements whose text is set with ``textContent``; labels are drawn on the canvas as text; the
page is a Jinja2 template (``kg/templates/graph.html``) that escapes every value put into
markup.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from .index import DEFAULT_HUB_EDGE_LIMIT
from .lookup import resolve
from .neighbourhoods import Neighbourhood, neighbourhood, overview

STYLE: dict[str, tuple[str, str, str]] = {
    # class → (colour, vis-network shape, legend glyph)
    "Country": ("#4e79a7", "diamond", "◆"),
    "Person": ("#f28e2b", "dot", "●"),
    "Organization": ("#e15759", "square", "■"),
    "AdministrativeRegion": ("#76b7b2", "triangle", "▲"),
    "City": ("#59a14f", "triangleDown", "▼"),
    "Region": ("#8cd17d", "hexagon", "⬢"),
    "Weapon": ("#b07aa1", "star", "★"),
    "Treaty": ("#edc948", "hexagon", "⬢"),
    "Entity": ("#9d9d9d", "dot", "●"),
}
LEGEND_NAMES = {"AdministrativeRegion": "Administrative region"}
# the page and its own script and style (kg/templates); every value is escaped unless marked
_TEMPLATES = Environment(
    loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(default=True)
)

OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"improvedLayout": False, "randomSeed": 7},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {
            "gravitationalConstant": -70,
            "centralGravity": 0.012,
            "springLength": 110,
            "springConstant": 0.08,
            "damping": 0.55,
            "avoidOverlap": 0.3,
        },
        "maxVelocity": 60,
        "minVelocity": 1.5,
        "timestep": 0.45,
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25, "fit": True},
    },
    "interaction": {
        "hover": True,
        "tooltipDelay": 120,
        "hideEdgesOnDrag": True,
        "navigationButtons": False,
        "keyboard": False,
    },
    "nodes": {"font": {"size": 13, "face": "sans-serif"}, "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "smooth": False,
        "font": {
            "size": 9,
            "align": "middle",
            "color": "#555",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
        },
        "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333", "inherit": False},
        "selectionWidth": 2,
    },
}


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet from pyvis's bundled copy."""
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (
        (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        (lib / "vis-network.css").read_text(encoding="utf-8"),
    )


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, no ``<!--``, no HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def build_network(hood: Neighbourhood, titles: dict[str, str] | None = None) -> Network:
    """A pyvis network for a neighbourhood: colour and shape by class, edge labels, and
    tooltip data (``tip``: a title and lines of text) for the page to turn into DOM."""
    titles = titles or {}
    net = Network(directed=True, cdn_resources="in_line")
    degree: dict[str, int] = {}
    for e in hood.edges:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    for n in hood.nodes:
        colour, shape, _ = STYLE.get(n["class"], STYLE["Entity"])
        is_focus = n["id"] == hood.focus
        lines = [
            LEGEND_NAMES.get(n["class"], n["class"]),
            f"mentioned in {n.get('mentions', 0)} article(s)",
            f"{degree.get(n['id'], 0)} edge(s) shown",
        ]
        if n.get("truncated"):
            lines.append("only its strongest edges are shown")
        net.add_node(
            n["id"],
            label=n["label"],
            shape=shape,
            color=colour,
            size=(26 if is_focus else 10 + 3 * math.sqrt(degree.get(n["id"], 0))),
            borderWidth=3 if is_focus else 1,
            cls=n["class"],
            tip={"title": n["label"], "lines": lines},
        )
    for e in hood.edges:
        lines = []
        for ev in e["evidence"]:
            art = ev.get("article") or ""
            source = titles.get(art) or art
            lines.append(f"“{ev['text']}”")
            lines.append(f"— {source}" + (f" ({art})" if source != art else ""))
        if e.get("confidence") is not None:
            lines.append(f"confidence {e['confidence']:.2f}, {e['support']} article(s)")
        net.add_edge(
            e["source"],
            e["target"],
            label=e["label"],
            width=1 + math.log2(max(1, e["support"])),
            predicate=e["predicate"],
            tip={
                "title": f"{_label(hood, e['source'])} {e['label']} {_label(hood, e['target'])}",
                "lines": lines,
            },
        )
    net.options = json.loads(json.dumps(OPTIONS))  # a copy; pyvis serialises a dict as is
    return net


def _label(hood: Neighbourhood, nid: str) -> str:
    for n in hood.nodes:
        if n["id"] == nid:
            return str(n["label"])
    return nid


def _article_titles(store: Any, hood: Neighbourhood) -> dict[str, str]:
    ids = sorted({ev["article"] for e in hood.edges for ev in e["evidence"] if ev["article"]})
    if not ids:
        return {}
    from ..namespaces import GKD, article_term, is_id

    # an evidence's article the store holds under an IRI outside the grammar has no title here
    values = " ".join(article_term(a) for a in ids if is_id(a))
    rows = store.select(f"SELECT ?a ?t WHERE {{ VALUES ?a {{ {values} }} ?a dcterms:title ?t }}")
    return {r["a"][len(str(GKD)) :]: r["t"] for r in rows}


def render_graph_page(
    store: Any,
    *,
    focus: str | None = None,
    depth: int = 2,
    max_nodes: int = 500,
    embed: bool = False,
    nonce: str | None = None,
    hub_edge_limit: int = DEFAULT_HUB_EDGE_LIMIT,
) -> str:
    """The page: the neighbourhood of ``focus`` (a name or an id) within ``depth`` hops, or
    with no focus the whole graph cut to the ``max_nodes`` best-connected entities.
    ``embed`` drops the header for an iframe; ``nonce`` marks the inline scripts for a
    Content-Security-Policy."""
    if focus:
        fid = resolve(store, focus)
        hood = neighbourhood(
            store, fid, depth=depth, limit=max_nodes, hub_edge_limit=hub_edge_limit
        )
    else:
        hood = overview(store, max_nodes=max_nodes)
    return render_neighbourhood(hood, titles=_article_titles(store, hood), embed=embed, nonce=nonce)


def render_neighbourhood(
    hood: Neighbourhood,
    *,
    titles: dict[str, str] | None = None,
    embed: bool = False,
    nonce: str | None = None,
) -> str:
    net = build_network(hood, titles)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    focus_label = _label(hood, hood.focus) if hood.focus else ""
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "focus": hood.focus,
        "depth": hood.depth,
        "truncated": hood.truncated,
    }
    js, css = _vis_assets()
    if hood.focus:
        summary = f"{len(hood.nodes)} entities within {hood.depth} hop(s) of {focus_label}"
    else:
        summary = f"the {len(hood.nodes)} best-connected entities"
    if hood.truncated:
        summary += " (cut: hubs show their strongest edges)"
    return _TEMPLATES.get_template("graph.html").render(
        title=f"GeoKG — {focus_label}" if focus_label else "GeoKG graph",
        nonce=nonce,
        vis_css=css,
        vis_js=js.replace("</script", "<\\/script"),
        data=script_json(data),
        summary=summary,
        legend=[
            (LEGEND_NAMES.get(cls, cls), colour, glyph)
            for cls, (colour, _shape, glyph) in STYLE.items()
            if cls != "Entity"
        ],
        embed=embed,
        focus_label=focus_label,
        depth=int(hood.depth) or 2,
    )
