"""Namespaces used in newskg output (vocabulary terms are defined in ontology/newskg.ttl)."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, VOID, DCAT

NKG = Namespace("https://w3id.org/newskg/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
DEFAULT_BASE = "https://w3id.org/newskg/id/"

PREFIXES = {
    "nkg": NKG, "nif": NIF, "prov": PROV, "dct": DCTERMS, "skos": SKOS,
    "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "owl": OWL, "schema": SDO,
    "void": VOID, "dcat": DCAT, "geo": GEO,
}

__all__ = ["NKG", "NIF", "GEO", "DEFAULT_BASE", "PREFIXES", "DCTERMS", "OWL", "PROV", "RDF",
           "RDFS", "SDO", "SKOS", "XSD", "VOID", "DCAT"]
