"""SHACL validation of graphs against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph

from .errors import ValidationFailed


@lru_cache(maxsize=2)
def _load(ontology_dir: str) -> tuple[Graph, Graph]:
    d = Path(ontology_dir)
    return Graph().parse(d / "shapes.ttl"), Graph().parse(d / "geokg.ttl")


def check(data: Graph, ontology_dir: Path) -> tuple[bool, str]:
    shapes, ontology = _load(str(ontology_dir))
    conforms, _, text = shacl_validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=False,
        allow_warnings=True,
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
