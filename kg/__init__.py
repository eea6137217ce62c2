"""GeoKG: knowledge graphs of geopolitical news.

Data flows one way: ``articles`` (read input) → ``extract`` (spaCy doc → mentions and
relation candidates) → ``link`` (mentions → canonical entities) → ``build`` (records → rdflib
graph under the ontology) → ``store`` (the only module that knows the engine) → ``query``
(SPARQL, neighbourhoods, paths) → ``viz`` (HTML).
"""

__version__ = "0.1.0"

EXTRACTOR_VERSION = f"geokg-extractor/{__version__}"


def __getattr__(name: str):
    """``from kg import KnowledgeGraph`` without importing the store at ``import kg``."""
    if name == "KnowledgeGraph":
        from .graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute '{name}'")
