"""SHACL validation of graphs against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import RDFS

from ..errors import ValidationFailed


@lru_cache(maxsize=2)
def _load(ontology_dir: str) -> tuple[Graph, tuple]:
    d = Path(ontology_dir)
    ontology = Graph().parse(d / "geokg.ttl")
    # Shapes target classes and check sh:class through rdfs:subClassOf: the class hierarchy is
    # all of the ontology that validation needs.
    hierarchy = tuple(ontology.triples((None, RDFS.subClassOf, None)))
    return Graph().parse(d / "shapes.ttl"), hierarchy


def check(data: Graph, ontology_dir: Path) -> tuple[bool, str]:
    shapes, hierarchy = _load(str(ontology_dir))
    g = Graph()
    for t in data:
        g.add(t)
    for t in hierarchy:
        g.add(t)
    conforms, _, text = shacl_validate(
        g, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    return bool(conforms), str(text)


def require_valid(data: Graph, ontology_dir: Path, where: str) -> None:
    ok, report = check(data, ontology_dir)
    if not ok:
        lines = [ln.strip() for ln in report.splitlines() if "Message" in ln][:3]
        raise ValidationFailed(
            f"{where}: the graph does not conform to ontology/shapes.ttl",
            detail="; ".join(lines) or report[:300],
        )
