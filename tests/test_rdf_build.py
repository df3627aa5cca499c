"""kg.rdf.build: records -> the triples of docs/model.md (no spaCy), and kg.validate."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.ids import digest
from kg.rdf.build import build_dataset, build_graph, compact, counts, union_graph
from kg.rdf.namespaces import DCTERMS, NIF, NKG, PROV, RDF, RDFS, SKOS
from kg.records import Document, Entity, Event, Extraction, Sentence
from kg.validate import validate

BASE = "https://w3id.org/newskg/id/"
DOC_A = URIRef(BASE + "doc/a1")
DOC_B = URIRef(BASE + "doc/b2")
ROOT = Path(__file__).resolve().parents[1]
# a plain Namespace: pytest probing rdflib's closed XSD namespace warns
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def ent(key: str) -> URIRef:
    return URIRef(BASE + "entity/" + key)


def event_iri(doc_id: str, ev: Event) -> URIRef:
    h = digest(f"{ev.relation}|{ev.trigger_start}|{ev.trigger_end}|{ev.agent}|{ev.target}", 12)
    return URIRef(f"{BASE}doc/{doc_id}/event/{h}")


@pytest.fixture
def graph(extractions) -> Graph:
    return build_graph(extractions)


def test_document_triples(graph):
    assert set(graph.objects(DOC_A, RDF.type)) == {NKG.Document, NIF.Context}
    assert graph.value(DOC_A, DCTERMS.identifier) == Literal("a1")
    assert graph.value(DOC_A, DCTERMS.title) == Literal('Russia strikes "again"')
    assert graph.value(DOC_A, DCTERMS.date) == Literal("2024-02-03", datatype=XSD.date)
    assert graph.value(DOC_A, DCTERMS.source) == URIRef("https://example.org/news/a1")
    # not a valid date / not an absolute IRI: plain strings
    assert graph.value(DOC_B, DCTERMS.date) == Literal("last Tuesday")
    assert graph.value(DOC_B, DCTERMS.source) == Literal("wire service")
    assert graph.value(DOC_B, DCTERMS.title) is None


def test_sentence_triples(graph, extractions):
    s = extractions[0].sentences[1]
    node = URIRef(f"{BASE}doc/a1#char={s.start},{s.end}")
    assert (node, RDF.type, NIF.Sentence) in graph
    assert graph.value(node, NIF.anchorOf) == Literal(s.text)
    begin, end = graph.value(node, NIF.beginIndex), graph.value(node, NIF.endIndex)
    assert begin.datatype == end.datatype == XSD.nonNegativeInteger
    assert (str(begin), str(end)) == (str(s.start), str(s.end))
    assert graph.value(node, NIF.referenceContext) == DOC_A
    assert len(set(graph.subjects(RDF.type, NIF.Sentence))) == 5


def test_entity_triples(graph):
    china = ent("china")
    assert set(graph.objects(china, RDF.type)) == {NKG.Country}
    assert graph.value(china, RDFS.label) == Literal("China", lang="en")
    assert set(graph.objects(china, SKOS.altLabel)) == {Literal("Beijing", lang="en")}
    assert set(graph.objects(china, NKG.mentionedIn)) == {DOC_A}


def test_event_triples(graph, extractions):
    ev = extractions[0].events[0]
    node = event_iri("a1", ev)
    sentence = URIRef(f"{BASE}doc/a1#char={ev.sentence.start},{ev.sentence.end}")
    expected = {
        (RDF.type, NKG.Attack),
        (NKG.agent, ent("russia")),
        (NKG.target, ent("ukraine")),
        (NKG.trigger, Literal("attacked")),
        (NKG.triggerBegin, Literal(str(ev.trigger_start), datatype=XSD.nonNegativeInteger)),
        (NKG.triggerEnd, Literal(str(ev.trigger_end), datatype=XSD.nonNegativeInteger)),
        (NKG.polarity, NKG.Positive),
        (NKG.modality, NKG.Asserted),
        (NKG.confidence, Literal("0.90", datatype=XSD.decimal)),
        (NKG.relation, NKG.attacked),
        (PROV.wasDerivedFrom, sentence),
        (NKG.inDocument, DOC_A),
    }
    assert set(graph.predicate_objects(node)) == expected
    # two decimals, lexical form kept
    hypo = event_iri("a1", extractions[0].events[2])
    assert str(graph.value(hypo, NKG.confidence)) == "0.46"


def test_direct_triple_only_for_asserted_events(graph):
    # asserted, positive
    assert (ent("russia"), NKG.attacked, ent("ukraine")) in graph
    # negated: event kept, no direct triple
    assert (None, NKG.polarity, NKG.Negative) in graph
    assert (ent("china"), NKG.condemned, ent("russia")) not in graph
    # hypothetical: event kept, no direct triple
    assert (None, NKG.modality, NKG.Hypothetical) in graph
    assert (ent("ukraine"), NKG.attacked, ent("russia")) not in graph
    # reported counts as a fact
    assert (ent("vladimir-putin"), NKG.met, ent("xi-jinping")) in graph
    assert counts(graph) == {"documents": 2, "entities": 7, "events": 5, "facts": 3}


def test_cross_document_entity_merge(graph):
    russia = ent("russia")
    assert list(graph.objects(russia, RDFS.label)) == [Literal("Russia", lang="en")]
    assert set(graph.objects(russia, SKOS.altLabel)) == {
        Literal(x, lang="en") for x in ("Russian", "Moscow", "Russian Federation")}
    assert set(graph.objects(russia, NKG.mentionedIn)) == {DOC_A, DOC_B}
    assert list(graph.objects(russia, RDF.type)) == [NKG.Country]


def test_iri_safety(graph):
    iris = {t for triple in graph for t in triple if isinstance(t, URIRef)}
    assert not [t for t in graph for x in t if isinstance(x, BNode)]
    bad = re.compile(r'[\s<>"{}|\\^`]')
    assert not [i for i in iris if bad.search(i) or not i.isascii()]
    kremlin = ent("%D0%BA%D1%80%D0%B5%D0%BC%D0%BB%D1%8C%20%22k%22")
    assert graph.value(kremlin, RDFS.label) == Literal("Кремль", lang="en")
    assert graph.value(ent("o-brien%20group"), RDFS.label) == Literal("O'Brien \"Group\"", lang="en")
    # a strict parser accepts every IRI
    nt = "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph if isinstance(o, URIRef))
    assert len(list(ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES))) > 50


def test_dataset_named_graphs(extractions):
    ds = build_dataset(extractions)
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert graphs == {str(DOC_A), str(DOC_B), str(DATASET_DEFAULT_GRAPH_ID)}
    default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    doc_a = ds.graph(DOC_A)
    # entity descriptions in the default graph, document facts in the document's graph
    assert (ent("russia"), RDFS.label, Literal("Russia", lang="en")) in default
    assert (ent("russia"), NKG.mentionedIn, DOC_A) in doc_a
    assert (ent("russia"), NKG.mentionedIn, DOC_A) not in default
    assert (ent("russia"), NKG.attacked, ent("ukraine")) in doc_a
    assert (DOC_A, RDF.type, NKG.Document) in doc_a
    assert not [t for t in default if t[1] != RDF.type and t[1] not in (RDFS.label, SKOS.altLabel)]
    # the plain graph is the union
    assert set(union_graph(ds)) == set(build_graph(extractions))


def test_prefixes_and_base(extractions):
    g = build_graph(extractions, base="http://example.org/kg/")
    ns = {p: str(n) for p, n in g.namespaces()}
    assert ns["ent"] == "http://example.org/kg/entity/"
    assert ns["doc"] == "http://example.org/kg/doc/"
    assert ns["nkg"] == str(NKG) and "brick" not in ns
    assert (URIRef("http://example.org/kg/doc/a1"), RDF.type, NKG.Document) in g
    with pytest.raises(ValueError):
        build_graph(extractions, base="not an iri")


def test_bad_records_raise():
    s = Sentence(0, 5, "X hit")
    bad = Extraction(Document("d", "X hit"), (Entity("x", "X", "Country"),),
                     (Event("teleported", "x", "x", "hit", 2, 5, s),))
    with pytest.raises(ValueError, match="teleported"):
        build_graph([bad])
    with pytest.raises(ValueError, match="Planet"):
        build_graph([Extraction(Document("d", "X"), (Entity("x", "X", "Planet"),))])


def test_compact_never_binds_new_prefixes(graph):
    before = set(graph.namespaces())
    bindings = {p: str(n) for p, n in before}
    assert compact(ent("russia"), bindings) == "ent:russia"
    assert compact(URIRef("http://elsewhere.org/x"), bindings) == "<http://elsewhere.org/x>"
    assert compact(Literal("Russia", lang="en"), bindings) == '"Russia"@en'
    assert compact(Literal("3", datatype=XSD.nonNegativeInteger), bindings) == '"3"^^xsd:nonNegativeInteger'
    assert set(graph.namespaces()) == before


# ---------------------------------------------------------------- validation

TINY_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
[] a sh:NodeShape ; sh:targetClass nkg:Country ;
   sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:maxCount 1 ; sh:message "one label" ] .
"""


def test_validate_with_tiny_shapes(graph):
    shapes = Graph().parse(data=TINY_SHAPES, format="turtle")
    assert validate(graph, shapes).conforms
    graph.remove((ent("china"), RDFS.label, None))
    report = validate(graph, shapes)
    assert not report.conforms
    [result] = report.results
    assert (result.focus, result.path, result.message, result.severity) == (
        "ent:china", "rdfs:label", "one label", "Violation")
    assert "ent:china rdfs:label: one label" in report.text()


@pytest.mark.skipif(not (ROOT / "shapes" / "newskg.shapes.ttl").exists(), reason="no shapes yet")
def test_built_graph_conforms_to_project_shapes(extractions):
    ds = build_dataset(extractions)
    report = validate(ds)
    assert report.conforms, report.text()
    g = build_graph(extractions)
    g.remove((None, NKG.agent, None))
    report = validate(g)
    assert not report.conforms
    assert any(r.path == "nkg:agent" for r in report.results)


def test_memoised_iris_follow_the_base(extractions):
    """Entity IRIs are memoised (kg.rdf.naming._entity_iri): a second base in the same
    process must still get its own IRIs, not the first base's."""
    from kg.rdf.naming import Iris

    assert Iris("https://a.example/").entity("iran") == URIRef("https://a.example/entity/iran")
    assert Iris("https://b.example/").entity("iran") == URIRef("https://b.example/entity/iran")
    one = {str(s) for s in build_graph(extractions, base="https://a.example/").subjects()}
    two = {str(s) for s in build_graph(extractions, base="https://b.example/").subjects()}
    assert one and all(s.startswith("https://a.example/") for s in one)
    assert two == {s.replace("https://a.example/", "https://b.example/", 1) for s in one}
