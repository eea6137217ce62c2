(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  function tipElement(tip) {
    var box = document.createElement("div");
    box.className = "tip";
    var head = document.createElement("strong");
    head.textContent = tip.title;
    box.appendChild(head);
    tip.lines.forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      box.appendChild(p);
    });
    return box;
  }
  data.nodes.forEach(function (n) { n.title = tipElement(n.tip); delete n.tip; });
  data.edges.forEach(function (e) { e.title = tipElement(e.tip); delete e.tip; });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var progress = document.getElementById("progress");
  window.geokg = { network: network, nodes: nodes, edges: edges, stabilized: false };
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    progress.textContent = "";
    window.geokg.stabilized = true;
    if (data.focus) { network.selectNodes([data.focus]); }
  });
  var list = document.getElementById("names");
  data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); })
    .forEach(function (n) {
      var o = document.createElement("option");
      o.value = n.label;
      list.appendChild(o);
    });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    var hit = null;
    data.nodes.forEach(function (n) {
      if (!hit && (n.id === text.trim() || n.label.toLowerCase() === q)) { hit = n; }
    });
    return hit;
  }
  var served = /^https?:$/.test(window.location.protocol);
  function refocus(target) {
    var params = new URLSearchParams(window.location.search);
    params.set("focus", target);
    if (!params.get("depth")) { params.set("depth", String(data.depth || 2)); }
    window.location.search = params.toString();
  }
  document.getElementById("tools").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = document.getElementById("q").value;
    var hit = find(text);
    if (served && text.trim() && (!hit || hit.id !== data.focus)) {
      refocus(hit ? hit.id : text.trim());
    } else if (hit) {
      network.selectNodes([hit.id]);
      network.focus(hit.id, { scale: 1.2, animation: { duration: 400 } });
    }
  });
  network.on("doubleClick", function (p) {
    if (served && p.nodes.length === 1) { refocus(p.nodes[0]); }
  });
})();
