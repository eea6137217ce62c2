"""The query page (GET / and GET /sparql for browsers): one self-contained HTML document.

No CDN, no external file: the style and the script are inline, allowed by a per-response CSP
nonce. Server-side values are HTML-escaped (or JSON-encoded with ``<`` escaped inside the
script); everything the script shows is set through ``textContent``, and only ``http(s)``
IRIs become links.
"""

# ruff: noqa: E501 - the module is an HTML/JS/SPARQL template
from __future__ import annotations

import html
import json

from kg.namespaces import PREFIXES

EXAMPLES: dict[str, str] = {
    "Who supplies whom": """SELECT DISTINCT ?supplier ?supplierLabel ?recipient ?recipientLabel WHERE {
  ?supplier gk:supplies ?recipient .
  OPTIONAL { ?supplier rdfs:label ?supplierLabel }
  OPTIONAL { ?recipient rdfs:label ?recipientLabel }
}
ORDER BY ?supplierLabel ?recipientLabel
LIMIT 100""",
    "Which regions were attacked, by whom": """# count on IRIs first, then fetch labels: much faster than GROUP BY over labels
SELECT ?region ?regionLabel ?attacker ?attackerLabel ?attacks WHERE {
  {
    SELECT ?region ?attacker (COUNT(DISTINCT ?event) AS ?attacks) WHERE {
      ?event a gk:Attack ; gk:target ?region ; gk:agent ?attacker .
      FILTER NOT EXISTS { ?event gk:negated true }
      ?region a ?cls .
      VALUES ?cls { gk:Region gk:Country gk:AdministrativeRegion gk:City }
    }
    GROUP BY ?region ?attacker
    ORDER BY DESC(?attacks)
    LIMIT 100
  }
  OPTIONAL { ?region rdfs:label ?regionLabel }
  OPTIONAL { ?attacker rdfs:label ?attackerLabel }
}
ORDER BY DESC(?attacks)""",
    "Who is not party to which treaty": """SELECT DISTINCT ?actor ?actorLabel ?treaty ?treatyLabel WHERE {
  ?actor gk:notPartyTo ?treaty .
  OPTIONAL { ?actor rdfs:label ?actorLabel }
  OPTIONAL { ?treaty rdfs:label ?treatyLabel }
}
ORDER BY ?treatyLabel ?actorLabel""",
    "Weapon transfers with their evidence": """SELECT ?supplierLabel ?weaponLabel ?recipientLabel ?date ?sentence ?article WHERE {
  ?event a gk:WeaponTransfer ; gk:agent ?supplier ; prov:wasDerivedFrom ?evidence .
  OPTIONAL { ?event gk:recipient/rdfs:label ?recipientLabel }
  OPTIONAL { ?event gk:weapon/rdfs:label ?weaponLabel }
  OPTIONAL { ?event gk:date ?date }
  ?supplier rdfs:label ?supplierLabel .
  ?evidence gk:text ?sentence ; gk:article ?article .
}
LIMIT 50""",
    "Who holds which role where": """SELECT DISTINCT ?personLabel ?role ?actorLabel WHERE {
  ?a a gk:Affiliation ; gk:member ?person ; gk:organization ?actor ; gk:role ?role .
  ?person rdfs:label ?personLabel .
  ?actor rdfs:label ?actorLabel .
}
ORDER BY ?personLabel ?actorLabel
LIMIT 100""",
    "Entities by class": """SELECT ?class (COUNT(DISTINCT ?entity) AS ?entities) WHERE {
  ?entity a ?class ; rdfs:label ?label .
}
GROUP BY ?class
ORDER BY DESC(?entities)""",
    "Articles": """SELECT ?article ?title ?date ?source WHERE {
  ?article a gk:Article .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
  OPTIONAL { ?article dcterms:source ?source }
}
ORDER BY DESC(?date)""",
}

_DOWNLOADS = [("JSON", "json"), ("XML", "xml"), ("CSV", "csv"), ("TSV", "tsv")]
_GRAPH_DOWNLOADS = [
    ("Turtle", "turtle"),
    ("N-Triples", "ntriples"),
    ("JSON-LD", "jsonld"),
    ("RDF/XML", "rdfxml"),
]

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2b44;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center;flex-wrap:wrap}
header h1{font-size:1.25em;margin:0}header a{color:#cfe0ff}
main{padding:1em 1.2em;max-width:1200px}
section{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:.8em 1em;margin-bottom:1em}
textarea{width:100%;box-sizing:border-box;min-height:14em;font:13px/1.4 ui-monospace,monospace;padding:.5em}
button,select,input{font:inherit;padding:.3em .6em}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid #dde1e7;padding:.25em .5em;text-align:left;vertical-align:top;word-break:break-word}
th{background:#eef1f5;position:sticky;top:0}
#status{color:#555;margin-left:1em}.error{color:#a40000;white-space:pre-wrap}
#downloads a{margin-right:.8em}#hits li{margin:.15em 0}.muted{color:#667}
pre{white-space:pre-wrap;font-size:13px}
"""

_SCRIPT = r"""
const $ = (id) => document.getElementById(id);
const examples = JSON.parse($("examples").textContent);
const editor = $("query");
for (const name of Object.keys(examples)) {
  const o = document.createElement("option"); o.value = name; o.textContent = name;
  $("example").appendChild(o);
}
$("example").addEventListener("change", (e) => {
  if (examples[e.target.value]) editor.value = examples[e.target.value];
});
if (!editor.value.trim()) editor.value = examples[Object.keys(examples)[0]];

function isGraphQuery(q) {
  const body = q.replace(/#[^\n]*/g, "").replace(/(PREFIX|BASE)\s+[^>]*>/gi, "");
  return /^\s*(CONSTRUCT|DESCRIBE)\b/i.test(body);
}
function link(value) {
  if (/^https?:\/\//.test(value)) {
    const a = document.createElement("a");
    const gkr = "https://w3id.org/geokg/id/";
    a.href = value.startsWith(gkr) ? "/graph?focus=" + encodeURIComponent(value.slice(gkr.length)) : value;
    a.textContent = value; a.rel = "noopener noreferrer";
    return a;
  }
  return document.createTextNode(value);
}
function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") td.appendChild(link(term.value));
  else if (term.type === "bnode") td.textContent = "_:" + term.value;
  else if (term.type === "triple") td.textContent = JSON.stringify(term.value);
  else {
    td.textContent = term.value;
    if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
    else if (term.datatype) td.title = term.datatype;
  }
  return td;
}
function downloads(q) {
  const box = $("downloads"); box.textContent = "Download: ";
  const fmts = isGraphQuery(q) ? GRAPH_DOWNLOADS : DOWNLOADS;
  for (const [label, fmt] of fmts) {
    const a = document.createElement("a");
    a.href = "/sparql?" + new URLSearchParams({query: q, format: fmt}).toString();
    a.textContent = label; a.setAttribute("download", "results." + fmt);
    box.appendChild(a);
  }
}
async function run() {
  const q = editor.value; const out = $("results");
  out.textContent = ""; $("status").textContent = "running…";
  const started = performance.now();
  const accept = isGraphQuery(q) ? "text/turtle" : "application/sparql-results+json";
  let resp;
  try {
    resp = await fetch("/sparql", {method: "POST", body: new URLSearchParams({query: q}),
      headers: {"Accept": accept}});
  } catch (err) { $("status").textContent = ""; out.textContent = String(err); return; }
  const ms = Math.round(performance.now() - started);
  if (!resp.ok) {
    let msg = resp.status + " " + resp.statusText;
    try { const e = await resp.json(); msg += ": " + (e.detail || e.error); } catch (_) {}
    const p = document.createElement("p"); p.className = "error"; p.textContent = msg;
    out.appendChild(p); $("status").textContent = ""; return;
  }
  downloads(q);
  const truncated = resp.headers.get("X-Result-Truncated") === "true";
  if (accept === "text/turtle") {
    const pre = document.createElement("pre"); pre.textContent = await resp.text();
    out.appendChild(pre);
    $("status").textContent = ms + " ms" + (truncated ? " — result cut at the row limit" : "");
    return;
  }
  const data = await resp.json();
  if ("boolean" in data) {
    out.textContent = "ASK → " + data.boolean; $("status").textContent = ms + " ms"; return;
  }
  const vars = data.head.vars; const rows = data.results.bindings;
  const table = document.createElement("table"); const tr = document.createElement("tr");
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; tr.appendChild(th); }
  table.appendChild(tr);
  for (const row of rows) {
    const r = document.createElement("tr");
    for (const v of vars) r.appendChild(cell(row[v]));
    table.appendChild(r);
  }
  out.appendChild(table);
  $("status").textContent = rows.length + " rows, " + ms + " ms" +
    (truncated ? " — cut at the limit of " + resp.headers.get("X-Result-Limit") + " rows" : "");
}
$("run").addEventListener("click", run);
editor.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });

async function search(e) {
  e.preventDefault();
  const q = $("q").value.trim(); const list = $("hits"); list.textContent = "";
  if (!q) return;
  let data;
  try {
    const resp = await fetch("/entities?" + new URLSearchParams({q: q, limit: "20"}), {headers: {Accept: "application/json"}});
    data = await resp.json();
    if (!resp.ok) throw new Error(data.detail || resp.statusText);
  } catch (err) { const li = document.createElement("li"); li.textContent = String(err); list.appendChild(li); return; }
  const items = Array.isArray(data) ? data : (data.results || data.items || data.entities || []);
  if (!items.length) { const li = document.createElement("li"); li.textContent = "no match"; list.appendChild(li); }
  for (const it of items) {
    const li = document.createElement("li");
    const id = it.id || (it.iri || "").replace("https://w3id.org/geokg/id/", "");
    const a = document.createElement("a");
    a.href = "/entities/" + encodeURIComponent(id); a.textContent = it.label || id;
    li.appendChild(a);
    const g = document.createElement("a"); g.href = "/graph?focus=" + encodeURIComponent(id);
    g.textContent = "graph"; li.appendChild(document.createTextNode(" ")); li.appendChild(g);
    const kind = it.type || it.class || it.cls || (Array.isArray(it.types) ? it.types.join(", ") : "");
    if (kind) { const s = document.createElement("span"); s.className = "muted"; s.textContent = " " + kind; li.appendChild(s); }
    list.appendChild(li);
  }
}
$("search").addEventListener("submit", search);
if (RUN_NOW) run();
"""


def _script_json(value: object) -> str:
    """JSON safe inside <script>: no '</script>', no '<!--'."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(*, query: str, nonce: str, max_rows: int, timeout: float) -> str:
    esc = html.escape
    prefixes = " ".join(f"{p}:" for p in PREFIXES)
    consts = (
        f"const DOWNLOADS = {_script_json(_DOWNLOADS)};\n"
        f"const GRAPH_DOWNLOADS = {_script_json(_GRAPH_DOWNLOADS)};\n"
        f"const RUN_NOW = {_script_json(bool(query.strip()))};\n"
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GeoKG — SPARQL</title>
<style nonce="{esc(nonce)}">{_STYLE}</style></head>
<body>
<header><h1>GeoKG</h1>
<nav><a href="/graph">Graph</a> · <a href="/docs">API docs</a> · <a href="/sparql?format=turtle">Service description</a> · <a href="/stats">Stats</a></nav>
<form id="search" role="search"><input id="q" name="q" type="search" placeholder="Find an entity (e.g. Ukraine, ATACMS)" aria-label="entity search">
<button type="submit">Search</button></form></header>
<main>
<section><ul id="hits"></ul>
<label for="example">Example query:</label> <select id="example"><option value="">— choose —</option></select>
<p class="muted">Prefixes {esc(prefixes)} are predeclared. The default graph is the union of all articles' graphs.
Results are capped at {max_rows:,} rows; queries stop after {timeout:g} s.</p>
<textarea id="query" spellcheck="false" aria-label="SPARQL query">{esc(query)}</textarea>
<p><button id="run" type="button">Run (Ctrl+Enter)</button><span id="status"></span></p>
<p id="downloads"></p></section>
<section id="results" aria-live="polite"></section>
</main>
<script type="application/json" id="examples">{_script_json(EXAMPLES)}</script>
<script nonce="{esc(nonce)}">{consts}{_SCRIPT}</script>
</body></html>
"""
