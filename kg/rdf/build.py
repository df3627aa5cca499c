"""Extraction records -> RDF (docs/model.md). Never touches spaCy.

`build_dataset` puts each document's facts in a named graph (IRI = document IRI) and
entity descriptions in the default graph; `build_graph` is the union of both.
"""
from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache
from typing import Iterable, Iterator

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import NamespaceManager

from ..lexicon import load_relations
from ..records import ENTITY_TYPES, MODALITIES, POLARITIES, Extraction
from .namespaces import DCTERMS, DEFAULT_BASE, NIF, NKG, PROV, RDF, RDFS, SKOS, XSD, Terms
from .geo import situation_quads
from .naming import Iris, MergedEntity, check_base, is_absolute_iri, prefixes  # noqa: F401 (re-exported)

Quad = tuple  # (s, p, o, graph IRI or None for the default graph)
# The namespaces of the per-document quads, each term made once (kg.rdf.namespaces.Terms).
_DCTERMS = Terms(DCTERMS)
_NIF = Terms(NIF)
_NKG = Terms(NKG)
_PROV = Terms(PROV)
_RDF = Terms(RDF)
_RDFS = Terms(RDFS)
_SKOS = Terms(SKOS)
_XSD = Terms(XSD)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    """Only our prefixes: rdflib binds dozens by default (brick:, csvw:, ...)."""
    graph.namespace_manager = NamespaceManager(graph, bind_namespaces="none")
    for prefix, ns in prefixes(base).items():
        graph.bind(prefix, Namespace(ns), override=True, replace=True)
    return graph


@lru_cache(maxsize=1 << 16)   # offsets recur (sentence ends, triggers); a Literal is costly to make
def _nni(n: int) -> Literal:
    if n < 0:
        raise ValueError(f"negative offset {n}")
    return Literal(str(int(n)), datatype=_XSD.nonNegativeInteger)


@lru_cache(maxsize=1 << 12)   # trigger words, place and date phrases recur
def _plain(text: str) -> Literal:
    return Literal(text)


@lru_cache(maxsize=256)       # a confidence has two decimals
def _decimal(text: str) -> Literal:
    return Literal(text, datatype=_XSD.decimal)


def _date_literal(text: str) -> Literal:
    try:
        if _ISO_DATE.match(text):
            _date.fromisoformat(text)
            return Literal(text, datatype=_XSD.date)
    except ValueError:
        pass
    return Literal(text)


def document_quads(ex: Extraction, iris: Iris) -> Iterator[Quad]:
    d = ex.document
    doc = iris.doc(d.id)
    yield doc, _RDF.type, _NKG.Document, doc
    yield doc, _RDF.type, _NIF.Context, doc
    yield doc, _DCTERMS.identifier, Literal(d.id), doc
    if d.title:
        yield doc, _DCTERMS.title, Literal(d.title), doc
    if d.date:
        yield doc, _DCTERMS.date, _date_literal(d.date), doc
    if d.source:
        src = URIRef(d.source) if is_absolute_iri(d.source) else Literal(d.source)
        yield doc, _DCTERMS.source, src, doc

    sentences = {(s.start, s.end): s for s in ex.sentences}
    sentences.update({(e.sentence.start, e.sentence.end): e.sentence for e in ex.events})
    for (start, end), s in sentences.items():
        node = iris.sentence(d.id, start, end)
        yield node, _RDF.type, _NIF.Sentence, doc
        yield node, _NIF.anchorOf, Literal(s.text), doc
        yield node, _NIF.beginIndex, _nni(start), doc
        yield node, _NIF.endIndex, _nni(end), doc
        yield node, _NIF.referenceContext, doc, doc

    for e in ex.entities:
        yield iris.entity(e.key), _NKG.mentionedIn, doc, doc

    relations = load_relations()
    for ev in ex.events:
        spec = relations.get(ev.relation)
        if spec is None:
            raise ValueError(f"unknown relation {ev.relation!r} in document {d.id!r}")
        if ev.polarity not in POLARITIES or ev.modality not in MODALITIES:
            raise ValueError(f"bad polarity/modality {ev.polarity!r}/{ev.modality!r}")
        node = iris.event(d.id, ev)
        agent, target = iris.entity(ev.agent), iris.entity(ev.target)
        yield node, _RDF.type, _NKG[spec.event_class], doc
        yield node, _NKG.agent, agent, doc
        yield node, _NKG.target, target, doc
        yield node, _NKG.trigger, _plain(ev.trigger), doc
        yield node, _NKG.triggerBegin, _nni(ev.trigger_start), doc
        yield node, _NKG.triggerEnd, _nni(ev.trigger_end), doc
        yield node, _NKG.polarity, _NKG[ev.polarity.capitalize()], doc
        yield node, _NKG.modality, _NKG[ev.modality.capitalize()], doc
        yield node, _NKG.confidence, _decimal(f"{ev.confidence:.2f}"), doc
        yield node, _NKG.relation, _NKG[spec.property], doc
        yield node, _PROV.wasDerivedFrom, iris.sentence(d.id, ev.sentence.start, ev.sentence.end), doc
        yield node, _NKG.inDocument, doc, doc
        if ev.asserted:
            yield agent, _NKG[spec.property], target, doc
    yield from situation_quads(ex, iris)       # where and when; GeoNames links (kg.rdf.geo)


def entity_quads(merged: Iterable[MergedEntity], iris: Iris) -> Iterator[Quad]:
    for m in merged:
        if m.type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {m.type!r} for {m.key!r}")
        node = iris.entity(m.key)
        yield node, _RDF.type, _NKG[m.type], None
        yield node, _RDFS.label, Literal(m.name, lang="en"), None
        for alias in sorted(m.names - {m.name}):
            yield node, _SKOS.altLabel, Literal(alias, lang="en"), None


def iter_quads(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Iterator[Quad]:
    """Every quad of the output; graph None = default graph (entity descriptions)."""
    iris = Iris(check_base(base))
    merged: dict[str, MergedEntity] = {}
    for ex in extractions:
        for e in ex.entities:
            merged.setdefault(e.key, MergedEntity(e.key, e.name, e.type)).add(e)
        yield from document_quads(ex, iris)
    yield from entity_quads(merged.values(), iris)


def build_dataset(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Dataset:
    ds = bind_prefixes(Dataset(), base)
    for s, p, o, g in iter_quads(extractions, base):
        ds.add((s, p, o, g if g is not None else DATASET_DEFAULT_GRAPH_ID))
    return ds


def build_graph(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Graph:
    graph = bind_prefixes(Graph(), base)
    for s, p, o, _ in iter_quads(extractions, base):
        graph.add((s, p, o))
    return graph


def union_graph(data: Graph) -> Graph:
    """All triples of a Dataset (or a Graph) in one plain Graph, prefixes kept."""
    if not isinstance(data, Dataset):
        return data
    graph = Graph(bind_namespaces="none")
    for prefix, ns in data.namespaces():
        graph.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in data.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def counts(graph: Graph) -> dict[str, int]:
    """Numbers for the one-line summary of `kg extract`."""
    g = union_graph(graph)
    entity_classes = {NKG[t] for t in ENTITY_TYPES}
    event_classes = {NKG[s.event_class] for s in load_relations().values()}
    props = {NKG[s.property] for s in load_relations().values()}
    return {
        "documents": len(set(g.subjects(RDF.type, NKG.Document))),
        "entities": len({s for s, _, o in g.triples((None, RDF.type, None)) if o in entity_classes}),
        "events": len({s for s, _, o in g.triples((None, RDF.type, None)) if o in event_classes}),
        "facts": sum(1 for _, p, _ in g if p in props),
    }


# Display only (reports, tables): also '/', '#', '=', ',' so 'doc:a1#char=0,24' reads well.
_LOCAL = re.compile(r"^[A-Za-z0-9_%][A-Za-z0-9_\-.%/#=,~]*$")


def compact(term, bindings: dict[str, str]) -> str:
    """A readable form for reports and tables: 'ent:russia', '"Russia"@en', '<iri>'.
    Never binds new prefixes (rdflib's normalizeUri would add ns1:, ns2:, ...)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        best = None
        for prefix, ns in bindings.items():
            if term.startswith(ns) and _LOCAL.match(term[len(ns):]) and term[len(ns):][-1] != ".":
                if best is None or len(ns) > len(best[1]):
                    best = (prefix, ns)
        return f"{best[0]}:{term[len(best[1]):]}" if best else f"<{term}>"
    if isinstance(term, Literal):
        if term.language:
            return f"{term.n3().rsplit('@', 1)[0]}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            lexical = Literal(str(term)).n3()
            return f"{lexical}^^{compact(term.datatype, bindings)}"
        return Literal(str(term)).n3()
    return term.n3() if hasattr(term, "n3") else str(term)


def bindings_of(graph: Graph) -> dict[str, str]:
    return {p: str(ns) for p, ns in graph.namespaces() if p}
