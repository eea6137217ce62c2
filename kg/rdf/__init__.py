"""Records → RDF: the triples an extraction states under the ontology (:mod:`.triples`) and
their check against the SHACL shapes (:mod:`.shacl`). Knows rdflib, not the store."""
