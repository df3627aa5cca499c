"""The newskg ontology read into a page model for its reference pages: sections of terms
(classes, properties, individuals, code lists), each term a list of (field name, values).
Rendered as HTML or Markdown by kg.rdf.ontology_html.

Everything is sorted, nothing depends on dict or set order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.rdf.namespaces import NKG

VANN_PREFIX = URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")
VANN_URI = URIRef("http://purl.org/vocab/vann/preferredNamespaceUri")
DIRECT_PROPERTY = NKG.directProperty
MAPPINGS = (
    ("exact match", SKOS.exactMatch), ("close match", SKOS.closeMatch),
    ("narrower match", SKOS.narrowMatch), ("broader match", SKOS.broadMatch),
    ("related match", SKOS.relatedMatch),
)
CHARACTERISTICS = (
    (OWL.FunctionalProperty, "functional"), (OWL.InverseFunctionalProperty, "inverse functional"),
    (OWL.SymmetricProperty, "symmetric"), (OWL.AsymmetricProperty, "asymmetric"),
    (OWL.TransitiveProperty, "transitive"), (OWL.ReflexiveProperty, "reflexive"),
    (OWL.IrreflexiveProperty, "irreflexive"),
)


def default_ontology_path() -> Path:
    """ontology/newskg.ttl of a source checkout."""
    return Path(__file__).resolve().parents[2] / "ontology" / "newskg.ttl"


def load_ontology(path: str | Path | None = None) -> Graph:
    return Graph().parse(str(path or default_ontology_path()), format="turtle")


# ---------------------------------------------------------------------------
# Intermediate model: sections of terms, each a list of (field name, values)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Ref:
    """A value to show: text, optional link target (#anchor or absolute IRI)."""
    text: str
    href: str | None = None
    code: bool = False           # render as code (IRIs, CURIEs)
    note: str = ""               # plain text after the link, e.g. a label


@dataclass
class Term:
    anchor: str
    label: str
    iri: str
    curie: str
    comment: str = ""
    fields: list[tuple[str, list[Ref]]] = field(default_factory=list)


@dataclass
class Section:
    anchor: str
    title: str
    terms: list[Term]


@dataclass
class Page:
    title: str
    description: str
    meta: list[tuple[str, list[Ref]]]
    sections: list[Section]


class _Reader:
    def __init__(self, g: Graph):
        self.g = g
        self.onto = self._ontology_node()
        ns = self.g.value(self.onto, VANN_URI) if self.onto is not None else None
        self.ns = str(ns) if ns else str(NKG)
        pfx = self.g.value(self.onto, VANN_PREFIX) if self.onto is not None else None
        self.prefix = str(pfx) if pfx else "nkg"
        self.local_terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(self.ns)
                            and str(s) != self.ns}
        self.anchored: set[URIRef] = set()

    def _ontology_node(self):
        nodes = sorted(s for s in self.g.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
        return nodes[0] if nodes else None

    # -- text helpers ------------------------------------------------------------
    def text(self, node, prop) -> str:
        """The English (else untagged, else any) value of prop, smallest first."""
        values = [o for o in self.g.objects(node, prop) if isinstance(o, Literal)]
        for pick in (lambda v: v.language == "en", lambda v: v.language is None, lambda v: True):
            chosen = sorted(str(v) for v in values if pick(v))
            if chosen:
                return chosen[0]
        return ""

    def curie(self, iri: URIRef) -> str:
        if str(iri).startswith(self.ns):
            return f"{self.prefix}:{str(iri)[len(self.ns):]}"
        try:
            prefix, _, local = self.g.namespace_manager.compute_qname(str(iri), generate=False)
            return f"{prefix}:{local}" if prefix else str(iri)
        except (KeyError, ValueError):
            return str(iri)

    def anchor(self, iri: URIRef) -> str:
        if str(iri).startswith(self.ns):
            return str(iri)[len(self.ns):]
        return self.curie(iri).replace(":", "-").replace("/", "-")

    def ref(self, node) -> Ref:
        if isinstance(node, URIRef):
            label = self.text(node, RDFS.label) or self.text(node, SKOS.prefLabel)
            curie = self.curie(node)
            local = curie.split(":", 1)[-1]
            note = label if label and label.lower() != local.lower() else ""
            if node in self.anchored:
                return Ref(curie, "#" + self.anchor(node), code=True, note=note)
            return Ref(curie, str(node), code=True)
        if isinstance(node, BNode):
            members = self.one_of(node)
            if members:
                return Ref("one of " + ", ".join(self.curie(m) for m in members))
            return Ref("(anonymous)")
        if isinstance(node, Literal):
            return Ref(str(node))
        return Ref(str(node))

    def refs(self, nodes) -> list[Ref]:
        uniq = {n for n in nodes}
        return [self.ref(n) for n in sorted(uniq, key=lambda n: (isinstance(n, BNode), self.curie(n)
                                                                  if isinstance(n, URIRef) else str(n)))]

    def one_of(self, node) -> list:
        lst = self.g.value(node, OWL.oneOf)
        if lst is None:
            return []
        return list(Collection(self.g, lst))

    def typed(self, cls) -> list[URIRef]:
        return sorted({s for s in self.g.subjects(RDF.type, cls) if s in self.local_terms})

    # -- page --------------------------------------------------------------------
    def page(self) -> Page:
        g, onto = self.g, self.onto
        classes = self.typed(OWL.Class)
        obj_props = self.typed(OWL.ObjectProperty)
        data_props = self.typed(OWL.DatatypeProperty)
        ann_props = self.typed(OWL.AnnotationProperty)
        kinds = set(classes) | set(obj_props) | set(data_props) | set(ann_props)
        individuals = sorted({s for s in self.local_terms - kinds
                              if any(t in classes or t == OWL.NamedIndividual for t in g.objects(s, RDF.type))})
        concepts = sorted({o for t in classes for _, p in MAPPINGS for o in g.objects(t, p)
                           if isinstance(o, URIRef) and (o, RDF.type, SKOS.Concept) in g},
                          key=lambda c: (self.curie(c)))
        self.anchored = set(classes) | set(obj_props) | set(data_props) | set(ann_props) | set(individuals) \
            | set(concepts)

        title = self.text(onto, DCTERMS.title) if onto is not None else "Ontology"
        meta: list[tuple[str, list[Ref]]] = []
        if onto is not None:
            meta.append(("Ontology IRI", [Ref(str(onto), str(onto), code=True)]))
            for label, prop in (("Version IRI", OWL.versionIRI), ("License", DCTERMS.license)):
                vals = sorted(str(o) for o in g.objects(onto, prop))
                if vals:
                    meta.append((label, [Ref(v, v if isinstance(g.value(onto, prop), URIRef) else None,
                                             code=True) for v in vals]))
            for label, prop in (("Version", OWL.versionInfo), ("Creator", DCTERMS.creator),
                                ("Publisher", DCTERMS.publisher)):
                vals = sorted(str(o) for o in g.objects(onto, prop))
                if vals:
                    meta.append((label, [Ref(v) for v in vals]))
        meta.append(("Namespace", [Ref(self.ns, None, code=True)]))
        meta.append(("Preferred prefix", [Ref(self.prefix, None, code=True)]))

        sections = [
            Section("classes", "Classes", [self.class_term(c) for c in classes]),
            Section("object-properties", "Object properties", [self.property_term(p) for p in obj_props]),
            Section("datatype-properties", "Datatype properties", [self.property_term(p) for p in data_props]),
            Section("annotation-properties", "Annotation properties",
                    [self.property_term(p) for p in ann_props]),
            Section("individuals", "Individuals", [self.individual_term(i) for i in individuals]),
            Section("codes", "Event codes (CAMEO, PLOVER)", [self.concept_term(c) for c in concepts]),
        ]
        return Page(title=title, description=self.text(onto, DCTERMS.description) if onto is not None else "",
                    meta=meta, sections=[s for s in sections if s.terms])

    def base_term(self, iri: URIRef) -> Term:
        return Term(anchor=self.anchor(iri), label=self.text(iri, RDFS.label) or self.curie(iri), iri=str(iri),
                    curie=self.curie(iri), comment=self.text(iri, RDFS.comment))

    def add(self, term: Term, name: str, nodes) -> None:
        refs = self.refs(n for n in nodes)
        if refs:
            term.fields.append((name, refs))

    def class_term(self, c: URIRef) -> Term:
        g = self.g
        t = self.base_term(c)
        self.add(t, "Subclass of", g.objects(c, RDFS.subClassOf))
        self.add(t, "Subclasses", (s for s in g.subjects(RDFS.subClassOf, c) if s in self.local_terms))
        self.add(t, "Equivalent to", g.objects(c, OWL.equivalentClass))
        self.add(t, "Disjoint with", list(g.objects(c, OWL.disjointWith)) + list(g.subjects(OWL.disjointWith, c)))
        self.add(t, "Direct property", g.objects(c, DIRECT_PROPERTY))
        for name, prop in MAPPINGS:
            self.add(t, name[0].upper() + name[1:], g.objects(c, prop))
        self.add(t, "Domain of", (p for p in g.subjects(RDFS.domain, c) if p in self.local_terms))
        self.add(t, "Range of", (p for p in g.subjects(RDFS.range, c) if p in self.local_terms))
        self.add(t, "Instances", (i for i in g.subjects(RDF.type, c) if i in self.local_terms))
        self.add(t, "Defined by", g.objects(c, RDFS.isDefinedBy))
        return t

    def property_term(self, p: URIRef) -> Term:
        g = self.g
        t = self.base_term(p)
        chars = [name for cls, name in CHARACTERISTICS if (p, RDF.type, cls) in g]
        if chars:
            t.fields.append(("Characteristics", [Ref(c) for c in chars]))
        self.add(t, "Subproperty of", g.objects(p, RDFS.subPropertyOf))
        self.add(t, "Domain", g.objects(p, RDFS.domain))
        self.add(t, "Range", g.objects(p, RDFS.range))
        self.add(t, "Inverse of", g.objects(p, OWL.inverseOf))
        self.add(t, "Event class", g.subjects(DIRECT_PROPERTY, p))
        for name, prop in MAPPINGS:
            self.add(t, name[0].upper() + name[1:], g.objects(p, prop))
        self.add(t, "Defined by", g.objects(p, RDFS.isDefinedBy))
        return t

    def individual_term(self, i: URIRef) -> Term:
        t = self.base_term(i)
        self.add(t, "Type", (c for c in self.g.objects(i, RDF.type) if c != OWL.NamedIndividual))
        self.add(t, "Defined by", self.g.objects(i, RDFS.isDefinedBy))
        return t

    def concept_term(self, c: URIRef) -> Term:
        g = self.g
        t = Term(anchor=self.anchor(c), label=self.text(c, SKOS.prefLabel) or self.curie(c), iri=str(c),
                 curie=self.curie(c), comment=self.text(c, SKOS.definition))
        notation = sorted(str(n) for n in g.objects(c, SKOS.notation))
        if notation:
            t.fields.append(("Notation", [Ref(n, code=True) for n in notation]))
        self.add(t, "In scheme", g.objects(c, SKOS.inScheme))
        for name, prop in MAPPINGS:
            self.add(t, f"Mapped from ({name})", g.subjects(prop, c))
        note = self.text(c, SKOS.editorialNote)
        if note:
            t.fields.append(("Note", [Ref(note)]))
        return t


def build_page(ontology: Graph) -> Page:
    return _Reader(ontology).page()
