"""The query page (GET / and GET /sparql for browsers): one self-contained HTML document.

No CDN, no external file: the page is a Jinja2 template (``templates/sparql.html``) whose style
and script (``sparql.css``, ``sparql.js``) are inlined and allowed by a per-response CSP nonce.
Every server-side value is escaped: HTML-escaped in markup, JSON with ``<``, ``>``, ``&`` and
``'`` escaped inside a script (Jinja2's ``tojson``). Everything the script shows is set through
``textContent``, and only ``http(s)`` IRIs become links.
"""

# ruff: noqa: E501 - the example queries are SPARQL text
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

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

# the result formats offered as links under a result: (label, ``format`` parameter)
DOWNLOADS = [("JSON", "json"), ("XML", "xml"), ("CSV", "csv"), ("TSV", "tsv")]
GRAPH_DOWNLOADS = [
    ("Turtle", "turtle"),
    ("N-Triples", "ntriples"),
    ("JSON-LD", "jsonld"),
    ("RDF/XML", "rdfxml"),
]

# the page and its own script and style (templates/); every value is escaped unless marked;
# ``tojson`` keeps the examples in the order written (the first is the page's default query)
_TEMPLATES = Environment(
    loader=PackageLoader("geokg_api", "templates"), autoescape=select_autoescape(default=True)
)
_TEMPLATES.policies["json.dumps_kwargs"] = {"sort_keys": False}


def render_page(*, query: str, nonce: str, max_rows: int, timeout: float) -> str:
    """The page with ``query`` in the editor (run on load when not blank), stating the row cap
    and the timeout; ``nonce`` marks the inline style and script for the CSP."""
    return _TEMPLATES.get_template("sparql.html").render(
        query=query,
        nonce=nonce,
        max_rows=max_rows,
        timeout=timeout,
        prefixes=[f"{p}:" for p in PREFIXES],
        examples=EXAMPLES,
        downloads=DOWNLOADS,
        graph_downloads=GRAPH_DOWNLOADS,
        run_now=bool(query.strip()),
    )
