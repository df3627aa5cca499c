"""rdflib <-> pyoxigraph: term conversion, and RDF files read straight into an Oxigraph store.

`kg query`, `kg load` and `kg graph` evaluate SPARQL on Oxigraph (tens of times faster
than rdflib on large graphs); the rest of the library speaks rdflib. These functions are
the only bridge between the two (rdflib -> pyoxigraph terms: kg.rdf.serialize.to_ox).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from .errors import InputError
from .inputs import guess_rdf_format
from .rdf.serialize import to_ox

# rdflib parser names (kg.inputs.RDF_EXTENSIONS) -> pyoxigraph formats.
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
              "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
              "xml": ox.RdfFormat.RDF_XML, "json-ld": ox.RdfFormat.JSON_LD}
QUAD_PARSERS = ("nquads", "trig", "json-ld")
_XSD_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_rdflib(term):
    """An Oxigraph term as rdflib's; xsd:string literals become plain literals, as rdflib
    parses them, so rows compare equal to triples of a parsed graph."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"cannot convert term {term!r}")


def graph_to_store(data: Graph, store: ox.Store | None = None) -> ox.Store:
    """An in-memory Oxigraph store with the quads of an rdflib Graph or Dataset."""
    store = store if store is not None else ox.Store()
    if isinstance(data, Dataset):
        quads = []
        for s, p, o, g in data.quads((None, None, None, None)):
            gid = getattr(g, "identifier", g)
            graph = ox.DefaultGraph() if gid in (None, DATASET_DEFAULT_GRAPH_ID) else to_ox(gid)
            quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph))
    else:
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in data]
    store.extend(quads)
    return store


def store_to_dataset(store: ox.Store) -> Dataset:
    """All quads of an Oxigraph store as an rdflib Dataset (default graph kept apart)."""
    ds = Dataset()
    for q in store.quads_for_pattern(None, None, None, None):
        g = q.graph_name
        gid = DATASET_DEFAULT_GRAPH_ID if isinstance(g, ox.DefaultGraph) else to_rdflib(g)
        ds.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), gid))
    return ds


def read_rdf_bytes(path: str | Path) -> tuple[bytes, str]:
    """(content, rdflib parser name) of an RDF file, with the checks kg.inputs makes."""
    path = Path(str(path))
    parser = guess_rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, expected RDF ({parser})")
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return data, parser


def file_to_store(path: str | Path, store: ox.Store | None = None) -> ox.Store:
    """Parse an RDF file (format from its extension) into an Oxigraph store: quad formats
    keep their named graphs, triple formats go to the default graph."""
    data, parser = read_rdf_bytes(path)
    store = store if store is not None else ox.Store()
    try:
        store.bulk_extend(ox.parse(data, format=OX_FORMATS[parser]))
    except SyntaxError as exc:
        msg = " ".join(str(exc).split())
        raise InputError(f"{path}: not valid {parser}: {msg[:200]}") from None
    return store
