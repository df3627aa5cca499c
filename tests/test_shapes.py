"""SHACL shapes (shapes/newskg.shapes.ttl): one violating graph per constraint, valid graphs conform.

Each violating graph is the valid graph VALID_TTL changed by one SPARQL Update, and each
case names the exact set of (sh:resultPath, sh:sourceConstraintComponent) pairs the
report must contain, so a case cannot pass because something else happened to fail.
Validation runs as the tool runs it: data graph alone, inference='none'.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.lexicon import load_relations

ROOT = Path(__file__).resolve().parents[1]
SHAPES_PATH = ROOT / "shapes" / "newskg.shapes.ttl"
ONTOLOGY_PATH = ROOT / "ontology" / "newskg.ttl"

NKG = Namespace("https://w3id.org/newskg/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

PREFIXES = """\
PREFIX nkg:  <https://w3id.org/newskg/ontology#>
PREFIX ent:  <https://w3id.org/newskg/id/entity/>
PREFIX doc:  <https://w3id.org/newskg/id/doc/>
PREFIX ev:   <https://w3id.org/newskg/id/doc/d1/event/>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX dct:  <http://purl.org/dc/terms/>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
"""

# Hand-written after docs/model.md: one document, one sentence, two entities, one
# asserted (reported) Attack event and its direct triple.
VALID_TTL = """\
@prefix nkg:  <https://w3id.org/newskg/ontology#> .
@prefix ent:  <https://w3id.org/newskg/id/entity/> .
@prefix doc:  <https://w3id.org/newskg/id/doc/> .
@prefix ev:   <https://w3id.org/newskg/id/doc/d1/event/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

doc:d1 a nkg:Document , nif:Context ;
    dct:identifier "d1" ;
    dct:title "Missiles hit Kyiv" ;
    dct:date "2026-03-05"^^xsd:date ;
    dct:source <https://example.org/news/kyiv-strikes> .

<https://w3id.org/newskg/id/doc/d1#char=0,68> a nif:Sentence ;
    nif:anchorOf "Russia fired missiles at Kyiv on Thursday, Ukrainian officials said." ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ;
    nif:endIndex "68"^^xsd:nonNegativeInteger ;
    nif:referenceContext doc:d1 .

ent:russia a nkg:Country ;
    rdfs:label "Russia"@en ;
    skos:altLabel "Russian"@en ;
    nkg:mentionedIn doc:d1 .

ent:kyiv a nkg:Location ;
    rdfs:label "Kyiv"@en ;
    nkg:mentionedIn doc:d1 .

ent:russia nkg:attacked ent:kyiv .

ev:e1 a nkg:Attack ;
    nkg:agent ent:russia ;
    nkg:target ent:kyiv ;
    nkg:trigger "fired" ;
    nkg:triggerBegin "7"^^xsd:nonNegativeInteger ;
    nkg:triggerEnd "12"^^xsd:nonNegativeInteger ;
    nkg:polarity nkg:Positive ;
    nkg:modality nkg:Reported ;
    nkg:confidence "0.90"^^xsd:decimal ;
    nkg:relation nkg:attacked ;
    prov:wasDerivedFrom <https://w3id.org/newskg/id/doc/d1#char=0,68> ;
    nkg:inDocument doc:d1 .
"""

SENT = "<https://w3id.org/newskg/id/doc/d1#char=0,68>"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH)


def mutated(update=None) -> Graph:
    """VALID_TTL changed by a SPARQL Update string, or by a function of the graph."""
    g = Graph().parse(data=VALID_TTL, format="turtle")
    if callable(update):
        update(g)
    elif update:
        g.update(PREFIXES + update)
    return g


def run(data: Graph, shapes: Graph, **kw):
    kw.setdefault("inference", "none")
    conforms, report, text = validate(data, shacl_graph=shapes, advanced=False, **kw)
    return conforms, report, text


def top_results(report: Graph) -> list:
    """Results of the report itself, not the nested sh:detail results pyshacl adds."""
    return [r for rep in report.subjects(RDF.type, SH.ValidationReport) for r in report.objects(rep, SH.result)]


def findings(report: Graph) -> set[tuple]:
    """(resultPath or None, sourceConstraintComponent) of every validation result."""
    out = set()
    for result in top_results(report):
        out.add((report.value(result, SH.resultPath), report.value(result, SH.sourceConstraintComponent)))
    return out


def replace(s: str, p: str, old: str, new: str) -> str:
    return f"DELETE DATA {{ {s} {p} {old} }} ; INSERT DATA {{ {s} {p} {new} }}"


def copy_to_blank(curie: str):
    """A copy of the node's outgoing triples on one blank node (the model forbids blank nodes)."""
    def apply(g: Graph) -> None:
        node = URIRef(g.namespace_manager.expand_curie(curie) if ":" in curie and not curie.startswith("<")
                      else curie.strip("<>"))
        blank = BNode()
        for p, o in list(g.predicate_objects(node)):
            g.add((blank, p, o))
    return apply


C = SH  # constraint components are in the sh: namespace
MIN, MAX = C.MinCountConstraintComponent, C.MaxCountConstraintComponent
DT, CLS, NODE = C.DatatypeConstraintComponent, C.ClassConstraintComponent, C.NodeConstraintComponent
IN, LANG, LT = C.InConstraintComponent, C.LanguageInConstraintComponent, C.LessThanConstraintComponent
KIND, XONE, OR = C.NodeKindConstraintComponent, C.XoneConstraintComponent, C.OrConstraintComponent
HASV, MINLEN = C.HasValueConstraintComponent, C.MinLengthConstraintComponent
MININC, MAXINC = C.MinInclusiveConstraintComponent, C.MaxInclusiveConstraintComponent

E1 = "ev:e1"

# (id, SPARQL update on VALID_TTL, expected {(path, component)})
CASES = [
    # --- entities ---------------------------------------------------------------
    ("entity-label-missing", 'DELETE DATA { ent:kyiv rdfs:label "Kyiv"@en }', {(RDFS.label, MIN)}),
    ("entity-label-twice", 'INSERT DATA { ent:kyiv rdfs:label "Kiev"@en }', {(RDFS.label, MAX)}),
    ("entity-label-plain", replace("ent:kyiv", "rdfs:label", '"Kyiv"@en', '"Kyiv"'),
     {(RDFS.label, DT), (RDFS.label, LANG)}),
    ("entity-label-not-en", replace("ent:kyiv", "rdfs:label", '"Kyiv"@en', '"Kiew"@de'), {(RDFS.label, LANG)}),
    ("entity-altlabel-plain", replace("ent:russia", "skos:altLabel", '"Russian"@en', '"Russian"'),
     {(SKOS.altLabel, DT), (SKOS.altLabel, LANG)}),
    ("entity-altlabel-not-en", replace("ent:russia", "skos:altLabel", '"Russian"@en', '"russe"@fr'),
     {(SKOS.altLabel, LANG)}),
    ("entity-mentionedin-missing", "DELETE DATA { ent:kyiv nkg:mentionedIn doc:d1 }", {(NKG.mentionedIn, MIN)}),
    ("entity-mentionedin-not-document", "INSERT DATA { ent:kyiv nkg:mentionedIn ent:russia }",
     {(NKG.mentionedIn, CLS)}),
    ("entity-mentionedin-literal", 'INSERT DATA { ent:kyiv nkg:mentionedIn "d1" }',
     {(NKG.mentionedIn, CLS), (NKG.mentionedIn, KIND)}),
    ("entity-two-types", "INSERT DATA { ent:kyiv a nkg:Country }", {(None, XONE)}),
    ("entity-only-abstract-type",
     'INSERT DATA { ent:x a nkg:Entity ; rdfs:label "X"@en ; nkg:mentionedIn doc:d1 }', {(None, XONE)}),
    ("entity-blank-node", copy_to_blank("ent:kyiv"), {(None, KIND)}),
    # --- events -----------------------------------------------------------------
    ("event-agent-missing", "DELETE DATA { ev:e1 nkg:agent ent:russia }", {(NKG.agent, MIN)}),
    ("event-agent-twice", "INSERT DATA { ev:e1 nkg:agent ent:kyiv }", {(NKG.agent, MAX)}),
    ("event-agent-untyped", replace(E1, "nkg:agent", "ent:russia", "ent:nobody"), {(NKG.agent, NODE)}),
    ("event-agent-not-entity", replace(E1, "nkg:agent", "ent:russia", "doc:d1"), {(NKG.agent, NODE)}),
    ("event-agent-literal", replace(E1, "nkg:agent", "ent:russia", '"Russia"'), {(NKG.agent, NODE)}),
    ("event-target-missing", "DELETE DATA { ev:e1 nkg:target ent:kyiv }", {(NKG.target, MIN)}),
    ("event-target-twice", "INSERT DATA { ev:e1 nkg:target ent:russia }", {(NKG.target, MAX)}),
    ("event-target-not-entity", replace(E1, "nkg:target", "ent:kyiv", SENT), {(NKG.target, NODE)}),
    ("event-trigger-missing", 'DELETE DATA { ev:e1 nkg:trigger "fired" }', {(NKG.trigger, MIN)}),
    ("event-trigger-twice", 'INSERT DATA { ev:e1 nkg:trigger "missiles" }', {(NKG.trigger, MAX)}),
    ("event-trigger-langstring", replace(E1, "nkg:trigger", '"fired"', '"fired"@en'), {(NKG.trigger, DT)}),
    ("event-trigger-empty", replace(E1, "nkg:trigger", '"fired"', '""'), {(NKG.trigger, MINLEN)}),
    ("event-triggerbegin-missing", 'DELETE DATA { ev:e1 nkg:triggerBegin "7"^^xsd:nonNegativeInteger }',
     {(NKG.triggerBegin, MIN)}),
    ("event-triggerbegin-integer",
     replace(E1, "nkg:triggerBegin", '"7"^^xsd:nonNegativeInteger', '"7"^^xsd:integer'),
     {(NKG.triggerBegin, DT)}),
    ("event-triggerbegin-after-end",
     replace(E1, "nkg:triggerBegin", '"7"^^xsd:nonNegativeInteger', '"20"^^xsd:nonNegativeInteger'),
     {(NKG.triggerBegin, LT)}),
    ("event-triggerbegin-equals-end",
     replace(E1, "nkg:triggerBegin", '"7"^^xsd:nonNegativeInteger', '"12"^^xsd:nonNegativeInteger'),
     {(NKG.triggerBegin, LT)}),
    ("event-triggerend-missing", 'DELETE DATA { ev:e1 nkg:triggerEnd "12"^^xsd:nonNegativeInteger }',
     {(NKG.triggerEnd, MIN)}),
    ("event-triggerend-twice", 'INSERT DATA { ev:e1 nkg:triggerEnd "13"^^xsd:nonNegativeInteger }',
     {(NKG.triggerEnd, MAX)}),
    ("event-triggerend-string", replace(E1, "nkg:triggerEnd", '"12"^^xsd:nonNegativeInteger', '"12"'),
     {(NKG.triggerEnd, DT), (NKG.triggerEnd, MININC), (NKG.triggerBegin, LT)}),
    ("event-polarity-missing", "DELETE DATA { ev:e1 nkg:polarity nkg:Positive }", {(NKG.polarity, MIN)}),
    ("event-polarity-twice", "INSERT DATA { ev:e1 nkg:polarity nkg:Negative }", {(NKG.polarity, MAX)}),
    ("event-polarity-unknown", replace(E1, "nkg:polarity", "nkg:Positive", "nkg:Neutral"), {(NKG.polarity, IN)}),
    ("event-polarity-literal", replace(E1, "nkg:polarity", "nkg:Positive", '"positive"'), {(NKG.polarity, IN)}),
    ("event-modality-missing", "DELETE DATA { ev:e1 nkg:modality nkg:Reported }", {(NKG.modality, MIN)}),
    ("event-modality-twice", "INSERT DATA { ev:e1 nkg:modality nkg:Asserted }", {(NKG.modality, MAX)}),
    ("event-modality-unknown", replace(E1, "nkg:modality", "nkg:Reported", "nkg:Rumoured"), {(NKG.modality, IN)}),
    ("event-modality-polarity-value", replace(E1, "nkg:modality", "nkg:Reported", "nkg:Positive"),
     {(NKG.modality, IN)}),
    ("event-confidence-missing", 'DELETE DATA { ev:e1 nkg:confidence "0.90"^^xsd:decimal }',
     {(NKG.confidence, MIN)}),
    ("event-confidence-twice", 'INSERT DATA { ev:e1 nkg:confidence "0.50"^^xsd:decimal }',
     {(NKG.confidence, MAX)}),
    ("event-confidence-above-one", replace(E1, "nkg:confidence", '"0.90"^^xsd:decimal', '"1.50"^^xsd:decimal'),
     {(NKG.confidence, MAXINC)}),
    ("event-confidence-negative", replace(E1, "nkg:confidence", '"0.90"^^xsd:decimal', '"-0.10"^^xsd:decimal'),
     {(NKG.confidence, MININC)}),
    ("event-confidence-double", replace(E1, "nkg:confidence", '"0.90"^^xsd:decimal', '"0.9"^^xsd:double'),
     {(NKG.confidence, DT)}),
    ("event-relation-missing", "DELETE DATA { ev:e1 nkg:relation nkg:attacked }",
     {(NKG.relation, MIN), (NKG.relation, HASV)}),
    ("event-relation-twice", "INSERT DATA { ev:e1 nkg:relation nkg:condemned }", {(NKG.relation, MAX)}),
    ("event-relation-not-a-relation", replace(E1, "nkg:relation", "nkg:attacked", "nkg:agent"),
     {(NKG.relation, IN), (NKG.relation, HASV)}),
    ("event-relation-other-class", replace(E1, "nkg:relation", "nkg:attacked", "nkg:condemned"),
     {(NKG.relation, HASV)}),
    ("event-sentence-missing", f"DELETE DATA {{ ev:e1 prov:wasDerivedFrom {SENT} }}",
     {(PROV.wasDerivedFrom, MIN)}),
    ("event-sentence-not-sentence", replace(E1, "prov:wasDerivedFrom", SENT, "doc:d1"),
     {(PROV.wasDerivedFrom, CLS)}),
    ("event-sentence-twice",
     'INSERT DATA { <https://w3id.org/newskg/id/doc/d1#char=69,80> a nif:Sentence ; nif:anchorOf "More later." ;'
     ' nif:beginIndex "69"^^xsd:nonNegativeInteger ; nif:endIndex "80"^^xsd:nonNegativeInteger ;'
     ' nif:referenceContext doc:d1 . ev:e1 prov:wasDerivedFrom <https://w3id.org/newskg/id/doc/d1#char=69,80> }',
     {(PROV.wasDerivedFrom, MAX)}),
    ("event-document-missing", "DELETE DATA { ev:e1 nkg:inDocument doc:d1 }", {(NKG.inDocument, MIN)}),
    ("event-document-not-document", replace(E1, "nkg:inDocument", "doc:d1", SENT), {(NKG.inDocument, CLS)}),
    ("event-document-twice",
     'INSERT DATA { doc:d2 a nkg:Document , nif:Context ; dct:identifier "d2" . ev:e1 nkg:inDocument doc:d2 }',
     {(NKG.inDocument, MAX)}),
    ("event-two-classes", "INSERT DATA { ev:e1 a nkg:Condemnation }", {(None, XONE), (NKG.relation, HASV)}),
    ("event-only-abstract-class", replace(E1, "a", "nkg:Attack", "nkg:Event"), {(None, XONE)}),
    ("event-blank-node", copy_to_blank(E1), {(None, KIND)}),
    # --- sentences --------------------------------------------------------------
    ("sentence-anchor-missing", f"DELETE {{ {SENT} nif:anchorOf ?a }} WHERE {{ {SENT} nif:anchorOf ?a }}",
     {(NIF.anchorOf, MIN)}),
    ("sentence-anchor-twice", f'INSERT DATA {{ {SENT} nif:anchorOf "Russia fired." }}', {(NIF.anchorOf, MAX)}),
    ("sentence-anchor-langstring",
     f'DELETE {{ {SENT} nif:anchorOf ?a }} INSERT {{ {SENT} nif:anchorOf "Russia fired."@en }}'
     f' WHERE {{ {SENT} nif:anchorOf ?a }}', {(NIF.anchorOf, DT)}),
    ("sentence-begin-missing", f'DELETE DATA {{ {SENT} nif:beginIndex "0"^^xsd:nonNegativeInteger }}',
     {(NIF.beginIndex, MIN)}),
    ("sentence-begin-integer",
     replace(SENT, "nif:beginIndex", '"0"^^xsd:nonNegativeInteger', '"0"^^xsd:integer'), {(NIF.beginIndex, DT)}),
    # pyshacl does not flag this ill-typed literal under sh:datatype; sh:minInclusive 0 catches it
    ("sentence-begin-ill-typed",
     replace(SENT, "nif:beginIndex", '"0"^^xsd:nonNegativeInteger', '"-1"^^xsd:nonNegativeInteger'),
     {(NIF.beginIndex, MININC)}),
    ("event-triggerbegin-ill-typed",
     replace(E1, "nkg:triggerBegin", '"7"^^xsd:nonNegativeInteger', '"-7"^^xsd:nonNegativeInteger'),
     {(NKG.triggerBegin, MININC)}),
    ("sentence-begin-after-end",
     replace(SENT, "nif:beginIndex", '"0"^^xsd:nonNegativeInteger', '"70"^^xsd:nonNegativeInteger'),
     {(NIF.beginIndex, LT)}),
    ("sentence-begin-equals-end",
     replace(SENT, "nif:beginIndex", '"0"^^xsd:nonNegativeInteger', '"68"^^xsd:nonNegativeInteger'),
     {(NIF.beginIndex, LT)}),
    ("sentence-end-missing", f'DELETE DATA {{ {SENT} nif:endIndex "68"^^xsd:nonNegativeInteger }}',
     {(NIF.endIndex, MIN)}),
    ("sentence-end-twice", f'INSERT DATA {{ {SENT} nif:endIndex "69"^^xsd:nonNegativeInteger }}',
     {(NIF.endIndex, MAX)}),
    ("sentence-end-decimal", replace(SENT, "nif:endIndex", '"68"^^xsd:nonNegativeInteger', '"68.0"^^xsd:decimal'),
     {(NIF.endIndex, DT)}),
    ("sentence-context-missing", f"DELETE DATA {{ {SENT} nif:referenceContext doc:d1 }}",
     {(NIF.referenceContext, MIN)}),
    ("sentence-context-twice",
     f'INSERT DATA {{ doc:d2 a nkg:Document , nif:Context ; dct:identifier "d2" . {SENT} nif:referenceContext doc:d2 }}',
     {(NIF.referenceContext, MAX)}),
    ("sentence-context-not-document",
     f'INSERT DATA {{ doc:c2 a nif:Context }} ; ' + replace(SENT, "nif:referenceContext", "doc:d1", "doc:c2"),
     {(NIF.referenceContext, CLS)}),
    ("sentence-blank-node", copy_to_blank(SENT), {(None, KIND)}),
    # --- documents --------------------------------------------------------------
    ("document-identifier-missing", 'DELETE DATA { doc:d1 dct:identifier "d1" }', {(DCT.identifier, MIN)}),
    ("document-identifier-twice", 'INSERT DATA { doc:d1 dct:identifier "d1b" }', {(DCT.identifier, MAX)}),
    ("document-identifier-integer", replace("doc:d1", "dct:identifier", '"d1"', "1"), {(DCT.identifier, DT)}),
    ("document-title-twice", 'INSERT DATA { doc:d1 dct:title "Another title" }', {(DCT.title, MAX)}),
    ("document-title-langstring", replace("doc:d1", "dct:title", '"Missiles hit Kyiv"', '"Missiles hit Kyiv"@en'),
     {(DCT.title, DT)}),
    ("document-date-twice", 'INSERT DATA { doc:d1 dct:date "2026-03-06"^^xsd:date }', {(DCT.date, MAX)}),
    ("document-date-gyear", replace("doc:d1", "dct:date", '"2026-03-05"^^xsd:date', '"2026"^^xsd:gYear'),
     {(DCT.date, OR)}),
    ("document-source-twice", "INSERT DATA { doc:d1 dct:source <https://example.org/other> }",
     {(DCT.source, MAX)}),
    ("document-source-number", replace("doc:d1", "dct:source", "<https://example.org/news/kyiv-strikes>", "42"),
     {(DCT.source, OR)}),
    ("document-not-nif-context", "DELETE DATA { doc:d1 a nif:Context }", {(None, CLS)}),
    ("document-blank-node", copy_to_blank("doc:d1"), {(None, KIND)}),
]


@pytest.mark.parametrize("update, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_violation(shapes, update, expected):
    conforms, report, text = run(mutated(update), shapes)
    assert not conforms, text
    assert findings(report) == expected, text


# Each relation property: subject and object must be entities (sh:targetSubjectsOf / ObjectsOf).
RELATIONS = sorted(load_relations().values(), key=lambda s: s.name)


@pytest.mark.parametrize("spec", RELATIONS, ids=lambda s: s.property)
@pytest.mark.parametrize("triple, bad, side", [
    ("doc:d1 nkg:{p} ent:kyiv", "https://w3id.org/newskg/id/doc/d1", "subject"),
    ("ent:ghost nkg:{p} ent:kyiv", "https://w3id.org/newskg/id/entity/ghost", "subject"),  # untyped
    ("ent:russia nkg:{p} ev:e1", "https://w3id.org/newskg/id/doc/d1/event/e1", "object"),
    ('ent:russia nkg:{p} "Kyiv"', "Kyiv", "object"),
], ids=["subject-document", "subject-untyped", "object-event", "object-literal"])
def test_relation_property_needs_entities(shapes, spec, triple, bad, side):
    data = mutated("INSERT DATA { " + triple.format(p=spec.property) + " }")
    conforms, report, text = run(data, shapes)
    assert not conforms, text
    assert findings(report) == {(None, NODE)}, text
    focus = {str(report.value(r, SH.focusNode)) for r in top_results(report)}
    assert focus == {bad}, text
    shapes_hit = {report.value(r, SH.sourceShape) for r in top_results(report)}
    assert shapes_hit == {URIRef(f"https://w3id.org/newskg/shapes#{spec.property}-{side}")}, text


@pytest.mark.parametrize("spec", RELATIONS, ids=lambda s: s.event_class)
def test_event_class_matches_relation(shapes, spec):
    """An event of class C conforms with nkg:relation = C's property, and fails with any other."""
    good = replace(E1, "a", "nkg:Attack", f"nkg:{spec.event_class}") + " ; " + replace(
        E1, "nkg:relation", "nkg:attacked", f"nkg:{spec.property}")
    conforms, _, text = run(mutated(good), shapes)
    assert conforms, text
    other = "condemned" if spec.property != "condemned" else "attacked"
    bad = replace(E1, "a", "nkg:Attack", f"nkg:{spec.event_class}") + " ; " + replace(
        E1, "nkg:relation", "nkg:attacked", f"nkg:{other}")
    conforms, report, text = run(mutated(bad), shapes)
    assert not conforms
    assert findings(report) == {(NKG.relation, HASV)}, text


def test_valid_graph_conforms(shapes):
    conforms, report, text = run(mutated(), shapes)
    assert conforms, text


@pytest.mark.parametrize("update", [
    # a negated, hypothetical event: event node kept, no direct triple
    'INSERT { ?e2 ?p ?o } WHERE { ev:e1 ?p ?o FILTER (?p NOT IN (nkg:polarity, nkg:modality)) '
    'BIND (IRI("https://w3id.org/newskg/id/doc/d1/event/e2") AS ?e2) } ; '
    'INSERT DATA { ev:e2 nkg:polarity nkg:Negative ; nkg:modality nkg:Hypothetical }',
    # date that is not a valid date is written as xsd:string; source that is not an IRI as string
    replace("doc:d1", "dct:date", '"2026-03-05"^^xsd:date', '"March 2026"'),
    replace("doc:d1", "dct:source", "<https://example.org/news/kyiv-strikes>", '"Reuters"'),
    # optional parts absent
    'DELETE WHERE { doc:d1 dct:title ?t } ; DELETE WHERE { doc:d1 dct:date ?d } ;'
    ' DELETE WHERE { doc:d1 dct:source ?s } ; DELETE WHERE { ent:russia skos:altLabel ?a }',
    # every entity class, every modality, confidence bounds
    'INSERT DATA { ent:a a nkg:Person ; rdfs:label "A"@en ; nkg:mentionedIn doc:d1 .'
    ' ent:b a nkg:Organization ; rdfs:label "B"@en ; skos:altLabel "Bee"@en , "B."@en ; nkg:mentionedIn doc:d1 .'
    ' ent:c a nkg:Facility ; rdfs:label "C"@en ; nkg:mentionedIn doc:d1 .'
    ' ent:d a nkg:Group ; rdfs:label "D"@en ; nkg:mentionedIn doc:d1 .'
    ' ent:a nkg:met ent:b . ent:c nkg:called ent:d }',
    replace(E1, "nkg:confidence", '"0.90"^^xsd:decimal', '"0.00"^^xsd:decimal'),
    replace(E1, "nkg:confidence", '"0.90"^^xsd:decimal', '"1.00"^^xsd:decimal'),
    *[replace(E1, "nkg:modality", "nkg:Reported", f"nkg:{m}")
      for m in ("Asserted", "Hypothetical", "Future", "Intended", "Hedged", "Denied", "Question")],
], ids=["negated-event", "date-string", "source-string", "optional-absent", "more-entities",
        "confidence-0", "confidence-1", "modality-asserted", "modality-hypothetical", "modality-future",
        "modality-intended", "modality-hedged", "modality-denied", "modality-question"])
def test_valid_variants_conform(shapes, update):
    conforms, _, text = run(mutated(update), shapes)
    assert conforms, text


def test_valid_graph_conforms_with_ontology_and_rdfs_inference(shapes):
    """Domain/range axioms of the ontology must not contradict the shapes."""
    conforms, _, text = run(mutated(), shapes, ont_graph=Graph().parse(ONTOLOGY_PATH), inference="rdfs")
    assert conforms, text


def test_shapes_graph_is_valid_shacl(shapes):
    conforms, _, text = run(mutated(), shapes, meta_shacl=True)
    assert conforms, text


def test_every_result_has_a_message(shapes):
    data = mutated('DELETE DATA { ent:kyiv rdfs:label "Kyiv"@en } ; INSERT DATA { ev:e1 a nkg:Call .'
                   ' ent:russia nkg:met "x" }')
    conforms, report, text = run(data, shapes)
    results = top_results(report)
    assert len(results) >= 3
    for r in results:
        assert report.value(r, SH.resultMessage) is not None, text


def test_every_named_shape_has_message_or_name(shapes):
    named = {s for t in (SH.NodeShape, SH.PropertyShape) for s in shapes.subjects(RDF.type, t)}
    assert named
    for shape in named:
        assert isinstance(shape, URIRef), f"shapes are named: {shape}"
        assert shapes.value(shape, SH.message) is not None or shapes.value(shape, SH.name) is not None, shape
    # property shapes referenced by sh:property are all named too
    for ps in shapes.objects(None, SH.property):
        assert isinstance(ps, URIRef) and ps in named, ps


def test_shapes_use_shacl_core_only(shapes):
    for p in (SH.sparql, SH.select, SH.ask, SH.construct, SH.rule, SH.target):
        assert not list(shapes.subject_objects(p)), p


def test_targets_cover_every_ontology_class_and_relation(shapes):
    onto = Graph().parse(ONTOLOGY_PATH)
    targeted = set(shapes.objects(None, SH.targetClass))
    for top in (NKG.Entity, NKG.Event):
        subclasses = set(onto.subjects(RDFS.subClassOf, top))
        assert subclasses, top
        assert subclasses | {top} <= targeted, subclasses - targeted
    subjects_of = set(shapes.objects(None, SH.targetSubjectsOf))
    objects_of = set(shapes.objects(None, SH.targetObjectsOf))
    for spec in RELATIONS:
        assert NKG[spec.property] in subjects_of and NKG[spec.property] in objects_of, spec.property
    relation_values = set(shapes.objects(None, SH.hasValue))
    assert {NKG[s.property] for s in RELATIONS} <= relation_values
