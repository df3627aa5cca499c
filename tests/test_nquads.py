"""N-Quads lines written straight from rdflib terms are pyoxigraph's canonical lines."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.rdf.nquads import line, sorted_lines
from kg.rdf.serialize import to_ox

ALL_KINDS = "".join(chr(i) for i in range(0xA0)) + "\ufeff\u2028\u00e9\u0416\U0001F600"
S, P, G = URIRef("https://w3id.org/newskg/id/doc/a"), URIRef("http://x.org/p"), URIRef("https://w3id.org/newskg/id/doc/a")


@pytest.mark.parametrize("obj", [
    Literal(ALL_KINDS), Literal(ALL_KINDS, lang="en"), Literal("Kyiv", lang="EN-GB"),
    Literal("0", datatype=XSD.nonNegativeInteger), Literal("0.50", datatype=XSD.decimal),
    Literal("2024-01-02", datatype=XSD.date), Literal("plain", datatype=XSD.string),
    URIRef("https://w3id.org/newskg/id/entity/k%C3%BC%22q"), Literal('say "no" \\ here\r\n')])
@pytest.mark.parametrize("graph", [None, G])
def test_same_bytes_as_pyoxigraph(obj, graph):
    expected = ox.serialize([ox.Quad(to_ox(S), to_ox(P), to_ox(obj), ox.DefaultGraph() if graph is None else to_ox(graph))],
                            format=ox.RdfFormat.N_QUADS)
    assert line(S, P, obj, graph).encode("utf-8") == expected


def test_sorted_and_unique():
    quads = [(S, P, Literal("b"), G), (S, P, Literal("\u00e9"), G), (S, P, Literal("b"), G), (S, P, Literal("a"), None)]
    lines = sorted_lines(quads).splitlines(keepends=True)
    assert lines == sorted(set(lines)) and len(lines) == 3
