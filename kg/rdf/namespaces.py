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


class Terms:
    """A namespace's terms, each made once: rdflib's Namespace builds (and checks) a new
    URIRef at every `NS.name` or `NS[name]`, about 15 a news event on the per-document path.
    The same terms, shared (URIRefs are immutable)."""

    def __init__(self, namespace):
        self._namespace = namespace
        self._items: dict = {}

    def __getattr__(self, name: str):
        if name.startswith("_"):                # never a term of ours (pytest, copy, mock probes)
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str):
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term


__all__ = ["Terms", "NKG", "NIF", "GEO", "DEFAULT_BASE", "PREFIXES", "DCTERMS", "OWL", "PROV", "RDF",
           "RDFS", "SDO", "SKOS", "XSD", "VOID", "DCAT"]
