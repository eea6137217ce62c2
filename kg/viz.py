"""The interactive graph page: pyvis builds the network, the page carries everything inline.

No CDN: vis-network's script and stylesheet are read from the copy pyvis ships and inlined,
so the page works from a file on an air-gapped laptop. pyvis's own template is not used: it
loads Bootstrap and tom-select from CDNs and writes node data into a ``<script>`` unescaped
(a label holding ``</script>`` ends the script there).

Nothing from the store is ever parsed as HTML. The data travels as JSON inside a
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped; tooltips are DOM
elements whose text is set with ``textContent``; labels are drawn on the canvas as text; the
few strings put into markup are HTML-escaped.
"""

from __future__ import annotations

import html
import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from pyvis.network import Network

from .query import (
    DEFAULT_HUB_EDGE_LIMIT,
    Neighbourhood,
    neighbourhood,
    overview,
    resolve,
)

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
    from .namespaces import GKD, is_id

    values = " ".join(f"<{GKD}{a}>" for a in ids if is_id(a))
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
    n_attr = f' nonce="{html.escape(nonce)}"' if nonce else ""
    if hood.focus:
        summary = f"{len(hood.nodes)} entities within {hood.depth} hop(s) of {focus_label}"
    else:
        summary = f"the {len(hood.nodes)} best-connected entities"
    if hood.truncated:
        summary += " (cut: hubs show their strongest edges)"
    legend = "".join(
        f'<li><span class="glyph" style="color:{colour}">{glyph}</span>'
        f"{html.escape(LEGEND_NAMES.get(cls, cls))}</li>"
        for cls, (colour, _shape, glyph) in STYLE.items()
        if cls != "Entity"
    )
    header = (
        ""
        if embed
        else (
            '<header><strong>GeoKG</strong> <span id="summary">'
            f"{html.escape(summary)}</span></header>"
        )
    )
    return _PAGE.format(
        title=html.escape(f"GeoKG — {focus_label}" if focus_label else "GeoKG graph"),
        n=n_attr,
        css=css,
        js=js.replace("</script", "<\\/script"),
        data=script_json(data),
        header=header,
        legend=legend,
        body_class="embed" if embed else "full",
        focus_value=html.escape(focus_label, quote=True),
        depth=int(hood.depth) or 2,
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>{title}</title>
<style{n}>{css}</style>
<style{n}>
html, body {{ margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }}
body {{ display: flex; flex-direction: column; }}
header {{ padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }}
#graph {{ flex: 1; min-height: 300px; position: relative; }}
#tools {{ position: absolute; top: 8px; left: 8px; z-index: 5; background: rgba(255,255,255,.92);
  border: 1px solid #ddd; border-radius: 6px; padding: 6px 8px; }}
#tools input {{ width: 14em; }}
#legend {{ position: absolute; bottom: 8px; left: 8px; z-index: 5;
  background: rgba(255,255,255,.92); border: 1px solid #ddd; border-radius: 6px;
  padding: 4px 10px; margin: 0; list-style: none; font-size: 12px; }}
#legend .glyph {{ display: inline-block; width: 1.3em; }}
#network {{ position: absolute; inset: 0; }}
#progress {{ position: absolute; top: 8px; right: 10px; z-index: 5; font-size: 12px; color: #666; }}
div.vis-tooltip {{ max-width: 32em; white-space: normal; font: 12px/1.4 system-ui, sans-serif; }}
.tip strong {{ display: block; margin-bottom: 3px; }}
.tip p {{ margin: 2px 0; }}
body.embed #legend {{ font-size: 11px; }}
</style>
</head>
<body class="{body_class}">
{header}
<div id="graph">
<form id="tools" role="search" autocomplete="off">
<input id="q" name="focus" list="names" placeholder="Find or refocus on an entity"
  value="{focus_value}" aria-label="entity">
<input type="hidden" name="depth" value="{depth}">
<button type="submit">Go</button>
<datalist id="names"></datalist>
</form>
<div id="progress"></div>
<ul id="legend">{legend}</ul>
<div id="network"></div>
</div>
<script id="graph-data" type="application/json">{data}</script>
<script{n}>{js}</script>
<script{n}>
(function () {{
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  function tipElement(tip) {{
    var box = document.createElement("div");
    box.className = "tip";
    var head = document.createElement("strong");
    head.textContent = tip.title;
    box.appendChild(head);
    tip.lines.forEach(function (line) {{
      var p = document.createElement("p");
      p.textContent = line;
      box.appendChild(p);
    }});
    return box;
  }}
  data.nodes.forEach(function (n) {{ n.title = tipElement(n.tip); delete n.tip; }});
  data.edges.forEach(function (e) {{ e.title = tipElement(e.tip); delete e.tip; }});
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, {{ nodes: nodes, edges: edges }}, data.options);
  var progress = document.getElementById("progress");
  window.geokg = {{ network: network, nodes: nodes, edges: edges, stabilized: false }};
  network.on("stabilizationProgress", function (p) {{
    progress.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
  }});
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{ physics: {{ enabled: false }} }});
    progress.textContent = "";
    window.geokg.stabilized = true;
    if (data.focus) {{ network.selectNodes([data.focus]); }}
  }});
  var list = document.getElementById("names");
  data.nodes.slice().sort(function (a, b) {{ return a.label.localeCompare(b.label); }})
    .forEach(function (n) {{
      var o = document.createElement("option");
      o.value = n.label;
      list.appendChild(o);
    }});
  function find(text) {{
    var q = text.trim().toLowerCase();
    if (!q) {{ return null; }}
    var hit = null;
    data.nodes.forEach(function (n) {{
      if (!hit && (n.id === text.trim() || n.label.toLowerCase() === q)) {{ hit = n; }}
    }});
    return hit;
  }}
  var served = /^https?:$/.test(window.location.protocol);
  function refocus(target) {{
    var params = new URLSearchParams(window.location.search);
    params.set("focus", target);
    if (!params.get("depth")) {{ params.set("depth", String(data.depth || 2)); }}
    window.location.search = params.toString();
  }}
  document.getElementById("tools").addEventListener("submit", function (ev) {{
    ev.preventDefault();
    var text = document.getElementById("q").value;
    var hit = find(text);
    if (served && text.trim() && (!hit || hit.id !== data.focus)) {{
      refocus(hit ? hit.id : text.trim());
    }} else if (hit) {{
      network.selectNodes([hit.id]);
      network.focus(hit.id, {{ scale: 1.2, animation: {{ duration: 400 }} }});
    }}
  }});
  network.on("doubleClick", function (p) {{
    if (served && p.nodes.length === 1) {{ refocus(p.nodes[0]); }}
  }});
}})();
</script>
</body></html>
"""
