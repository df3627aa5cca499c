"""The OWL ontology (ontology/newskg.ttl): declarations, annotations, agreement with
docs/model.md, kg/records.py, kg/lexicon/relations.toml and the SHACL shapes; and its
HTML/Markdown reference page (kg/rdf/ontology_html.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg import records
from kg.lexicon import load_relations
from kg.rdf.ontology_html import render_html, render_markdown

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_PATH = ROOT / "ontology" / "newskg.ttl"
SHAPES_PATH = ROOT / "shapes" / "newskg.shapes.ttl"
MODEL_PATH = ROOT / "docs" / "model.md"

NKG = Namespace("https://w3id.org/newskg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")
CAMEO = Namespace("https://w3id.org/newskg/cameo#")
PLOVER = Namespace("https://w3id.org/newskg/plover#")
VANN = Namespace("http://purl.org/vocab/vann/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SDO = Namespace("https://schema.org/")  # plain Namespace: rdflib.SDO warns under pytest
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
MAPPING_PROPS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.narrowMatch, SKOS.broadMatch, SKOS.relatedMatch)
RELATIONS = sorted(load_relations().values(), key=lambda s: s.name)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def nkg_terms_in(g: Graph) -> set[URIRef]:
    return {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(str(NKG))}


def declared(onto: Graph) -> set[URIRef]:
    return {s for k in KINDS for s in onto.subjects(RDF.type, k) if str(s).startswith(str(NKG))}


def en(onto: Graph, s, p) -> list[Literal]:
    return [o for o in onto.objects(s, p) if isinstance(o, Literal) and o.language == "en" and str(o).strip()]


# --- header ----------------------------------------------------------------------

def test_header(onto):
    assert list(onto.subjects(RDF.type, OWL.Ontology)) == [ONTOLOGY_IRI]
    o = ONTOLOGY_IRI
    assert onto.value(o, OWL.versionIRI) == URIRef("https://w3id.org/newskg/ontology/0.1.0")
    assert str(onto.value(o, OWL.versionInfo)) == "0.1.0"
    assert en(onto, o, DCTERMS.title) and en(onto, o, DCTERMS.description)
    assert onto.value(o, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")
    assert str(onto.value(o, DCTERMS.creator)) == "newskg" and str(onto.value(o, DCTERMS.publisher)) == "newskg"
    assert str(onto.value(o, VANN.preferredNamespacePrefix)) == "nkg"
    assert str(onto.value(o, VANN.preferredNamespaceUri)) == str(NKG)


# --- every nkg term declared and documented ----------------------------------------

def test_every_nkg_term_is_declared_and_documented(onto):
    terms = nkg_terms_in(onto)
    assert terms == declared(onto), terms ^ declared(onto)
    for t in sorted(terms):
        assert len(en(onto, t, RDFS.label)) == 1, f"{t}: one rdfs:label @en"
        assert len(en(onto, t, RDFS.comment)) == 1, f"{t}: one rdfs:comment @en"
        assert onto.value(t, RDFS.isDefinedBy) == ONTOLOGY_IRI, f"{t}: rdfs:isDefinedBy"


def test_terms_of_model_md_are_declared(onto):
    used = {NKG[m] for m in re.findall(r"\bnkg:([A-Za-z][A-Za-z0-9_]*)", MODEL_PATH.read_text("utf-8"))}
    assert len(used) > 30
    assert used <= declared(onto), sorted(used - declared(onto))


def test_terms_of_shapes_are_declared(onto):
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    used = nkg_terms_in(shapes)
    assert len(used) > 30
    assert used <= declared(onto), sorted(used - declared(onto))


# --- structure ---------------------------------------------------------------------

def test_entity_classes(onto):
    subclasses = {s for s in onto.subjects(RDFS.subClassOf, NKG.Entity)}
    assert subclasses == {NKG[t] for t in records.ENTITY_TYPES}
    assert (NKG.Person, RDFS.subClassOf, SDO.Person) in onto
    assert (NKG.Organization, RDFS.subClassOf, SDO.Organization) in onto
    assert (NKG.Country, RDFS.subClassOf, SDO.Country) in onto
    assert (NKG.Location, RDFS.subClassOf, SDO.Place) in onto
    assert (NKG.Facility, RDFS.subClassOf, SDO.Place) in onto
    for a in subclasses:
        for b in subclasses - {a}:
            assert (a, OWL.disjointWith, b) in onto or (b, OWL.disjointWith, a) in onto, (a, b)


def test_event_and_document_classes(onto):
    assert (NKG.Event, RDFS.subClassOf, PROV.Entity) in onto
    assert {s for s in onto.subjects(RDFS.subClassOf, NKG.Event)} == {NKG[s.event_class] for s in RELATIONS}
    assert (NKG.Document, RDFS.subClassOf, NIF.Context) in onto
    assert (NKG.Document, SKOS.closeMatch, SDO.NewsArticle) in onto


@pytest.mark.parametrize("cls, values", [
    (NKG.Polarity, records.POLARITIES), (NKG.Modality, records.MODALITIES),
], ids=["polarity", "modality"])
def test_qualifier_individuals_match_records(onto, cls, values):
    expected = {NKG[v.capitalize()] for v in values}
    assert set(onto.subjects(RDF.type, cls)) == expected
    one_of = onto.value(onto.value(cls, OWL.equivalentClass), OWL.oneOf)
    assert set(Collection(onto, one_of)) == expected
    for i in expected:
        assert (i, RDF.type, OWL.NamedIndividual) in onto


@pytest.mark.parametrize("prop, kind, domain, range_", [
    (NKG.agent, OWL.ObjectProperty, NKG.Event, NKG.Entity),
    (NKG.target, OWL.ObjectProperty, NKG.Event, NKG.Entity),
    (NKG.polarity, OWL.ObjectProperty, NKG.Event, NKG.Polarity),
    (NKG.modality, OWL.ObjectProperty, NKG.Event, NKG.Modality),
    (NKG.relation, OWL.ObjectProperty, NKG.Event, None),
    (NKG.inDocument, OWL.ObjectProperty, NKG.Event, NKG.Document),
    (NKG.mentionedIn, OWL.ObjectProperty, NKG.Entity, NKG.Document),
    (NKG.trigger, OWL.DatatypeProperty, NKG.Event, XSD.string),
    (NKG.triggerBegin, OWL.DatatypeProperty, NKG.Event, XSD.nonNegativeInteger),
    (NKG.triggerEnd, OWL.DatatypeProperty, NKG.Event, XSD.nonNegativeInteger),
    (NKG.confidence, OWL.DatatypeProperty, NKG.Event, XSD.decimal),
], ids=lambda v: str(v).rsplit("#", 1)[-1] if isinstance(v, URIRef) else None)
def test_event_properties(onto, prop, kind, domain, range_):
    assert (prop, RDF.type, kind) in onto
    assert list(onto.objects(prop, RDFS.domain)) == [domain]
    assert list(onto.objects(prop, RDFS.range)) == ([range_] if range_ else [])


# --- relations.toml ----------------------------------------------------------------

@pytest.mark.parametrize("spec", RELATIONS, ids=lambda s: s.name)
def test_relation_in_ontology(onto, spec):
    prop, cls = NKG[spec.property], NKG[spec.event_class]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert list(onto.objects(prop, RDFS.domain)) == [NKG.Entity]
    assert list(onto.objects(prop, RDFS.range)) == [NKG.Entity]
    assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == spec.symmetric
    assert str(onto.value(prop, RDFS.label)) == spec.label
    assert spec.comment in str(onto.value(prop, RDFS.comment))
    assert (cls, RDF.type, OWL.Class) in onto
    assert (cls, RDFS.subClassOf, NKG.Event) in onto
    assert list(onto.objects(cls, NKG.directProperty)) == [prop]

    mapped = {o for p in MAPPING_PROPS for o in onto.objects(cls, p)}
    cameo = {o for o in mapped if str(o).startswith(str(CAMEO))}
    assert cameo == {CAMEO[c] for c in spec.cameo}
    assert CAMEO[spec.cameo[0]] in set(onto.objects(cls, SKOS.closeMatch)) | set(
        onto.objects(cls, SKOS.narrowMatch)), "the first code is mapped"
    for code in spec.cameo:
        concept = CAMEO[code]
        assert (concept, RDF.type, SKOS.Concept) in onto
        assert str(onto.value(concept, SKOS.notation)) == code
        assert en(onto, concept, SKOS.prefLabel), concept
        assert onto.value(concept, SKOS.inScheme) == URIRef("https://w3id.org/newskg/cameo")
    plover = {o for o in mapped if str(o).startswith(str(PLOVER))}
    assert plover == {PLOVER[spec.plover]}
    assert str(onto.value(PLOVER[spec.plover], SKOS.notation)) == spec.plover
    assert en(onto, PLOVER[spec.plover], SKOS.prefLabel)


def test_cameo_labels_of_well_known_codes(onto):
    """A few prefLabels checked against the CAMEO codebook names."""
    assert str(onto.value(CAMEO["111"], SKOS.prefLabel)) == "Criticize or denounce"
    assert str(onto.value(CAMEO["041"], SKOS.prefLabel)) == "Discuss by telephone"
    assert str(onto.value(CAMEO["195"], SKOS.prefLabel)) == "Employ aerial weapons"


def test_every_code_concept_is_used(onto):
    concepts = set(onto.subjects(RDF.type, SKOS.Concept))
    used = {o for p in MAPPING_PROPS for o in onto.objects(None, p) if o in concepts}
    assert concepts == used


# --- reference page ----------------------------------------------------------------

def test_render_html_lists_every_term(onto):
    page = render_html(onto)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<title>newskg ontology</title>" in page
    assert "https://opensource.org/licenses/MIT" in page and "0.1.0" in page
    for cls in onto.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(str(NKG)):
            assert f"<h3>{onto.value(cls, RDFS.label)} " in page, cls
    for t in declared(onto):
        assert f'id="{str(t)[len(str(NKG)):]}"' in page, t
    for section in ("Classes", "Object properties", "Datatype properties", "Individuals"):
        assert f"<h2>{section}</h2>" in page
    assert 'href="#cameo-190"' in page and 'id="cameo-190"' in page
    assert render_html(Graph().parse(ONTOLOGY_PATH, format="turtle")) == page, "deterministic"
    assert "<script" not in page


def test_render_html_escapes_text():
    g = Graph()
    g.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    g.add((ONTOLOGY_IRI, DCTERMS.title, Literal("A & B <ontology>", lang="en")))
    g.add((NKG.Evil, RDF.type, OWL.Class))
    g.add((NKG.Evil, RDFS.label, Literal("<script>alert(1)</script>", lang="en")))
    g.add((NKG.Evil, RDFS.comment, Literal('"quoted" & <b>bold</b>', lang="en")))
    g.add((NKG.Evil, RDFS.subClassOf, BNode()))
    page = render_html(g)
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &amp; B &lt;ontology&gt;" in page
    assert render_markdown(g)


def test_render_markdown(onto):
    md = render_markdown(onto)
    assert md.startswith("# newskg ontology")
    for cls in onto.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(str(NKG)):
            assert f"### {onto.value(cls, RDFS.label)} (`nkg:" in md, cls
    assert md == render_markdown(Graph().parse(ONTOLOGY_PATH, format="turtle"))
