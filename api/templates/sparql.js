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
