"""GeoKG: knowledge graphs of geopolitical news.

Data flows one way, one sub-package per stage: ``articles`` (read input) → ``extract``
(spaCy doc → mentions, entities, statements) → ``rdf`` (records → triples under the ontology,
SHACL) → ``store`` (the only module that knows the engine) → ``sparql`` (the SPARQL service)
and ``explore`` (search, neighbourhoods, paths, the graph page) → ``ingest``, ``graph`` (the
Python API) and ``cli``. The HTTP service is the ``geokg_api`` package, on top.
"""

__version__ = "0.1.0"

EXTRACTOR_VERSION = f"geokg-extractor/{__version__}"


def __getattr__(name: str):
    """``from kg import KnowledgeGraph`` without importing the store at ``import kg``."""
    if name == "KnowledgeGraph":
        from .graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute '{name}'")
