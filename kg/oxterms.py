"""rdflib <-> pyoxigraph: term conversion, and RDF files read straight into an Oxigraph store.

`kg query`, `kg load` and `kg graph` evaluate SPARQL on Oxigraph (tens of times faster
than rdflib on large graphs); the rest of the library speaks rdflib. These functions are
the only bridge between the two (rdflib -> pyoxigraph terms: kg.rdf.serialize.to_ox).

Every Oxigraph store kg queries, in memory or on disk (kg.store), has as its default
graph the union of all its graphs: each triple of a named graph is stored in the default
graph as well. Queries read that default graph as it is, so a triple that several
documents state is one triple, as in a Turtle file of the same graph.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from .errors import InputError
from .rdf.reading import parse, read_input
from .rdf.serialize import to_ox

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


def with_union(quads):
    """Each quad, and for a quad of a named graph its triple in the default graph too: the
    default graph of the store they fill is the union of all graphs (see above)."""
    for q in quads:
        yield q
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object)


def graph_to_store(data: Graph, store: ox.Store | None = None) -> ox.Store:
    """An in-memory Oxigraph store with the quads of an rdflib Graph or Dataset, its
    default graph the union of all graphs."""
    store = store if store is not None else ox.Store()
    if isinstance(data, Dataset):
        quads = []
        for s, p, o, g in data.quads((None, None, None, None)):
            gid = getattr(g, "identifier", g)
            graph = ox.DefaultGraph() if gid in (None, DATASET_DEFAULT_GRAPH_ID) else to_ox(gid)
            quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph))
        quads = list(with_union(quads))
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


def file_to_store(path: str | Path, store: ox.Store | None = None, fmt: str | None = None) -> ox.Store:
    """Parse an RDF file or '-' (kg.rdf.reading: strict, bounded, format from --input-format,
    extension or content) into an Oxigraph store: quad formats keep their named graphs,
    triple formats go to the default graph, which is the union of all graphs."""
    inp = read_input(path, fmt)
    store = store if store is not None else ox.Store()
    batch: list = []
    for quad in with_union(parse(inp)):
        batch.append(quad)
        if len(batch) >= 65536:
            store.extend(batch)
            batch = []
    store.extend(batch)
    return store


def file_to_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file or '-' as file_to_store does, into an rdflib Dataset whose default
    graph is the union of all graphs, with the prefixes the file declares. Blank nodes get
    fresh ids, as rdflib's parsers give them (two files' _:b0 stay two nodes)."""
    inp = read_input(path, fmt)
    ds = Dataset(default_union=True)
    default = ds.default_graph
    graphs: dict = {}
    add = default.add
    try:
        for q in parse(inp, rename_blank_nodes=True):
            triple = (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
            g = q.graph_name
            if isinstance(g, ox.DefaultGraph):
                add(triple)
            else:
                gid = to_rdflib(g)
                if gid not in graphs:
                    graphs[gid] = ds.graph(gid)
                graphs[gid].add(triple)
    except TypeError:  # a triple term (RDF 1.2): to_rdflib has no rdflib term for it
        raise InputError(f"{inp.name}: triple terms (RDF-star) are not supported") from None
    for prefix, ns in sorted((inp.prefixes or {}).items()):
        if prefix:
            ds.bind(prefix, ns, override=False)
    return ds
