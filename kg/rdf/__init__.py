"""RDF layer: extraction records in, rdflib graphs out. Never touches spaCy."""
