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

The record's inputs, software and IRIs: kg.rdf.runrecord_terms. Reading records back and
removing them (for kg merge): kg.rdf.runrecord_read.

The input hash is SHA-256 of the document text as read (UTF-8, a leading BOM removed):
`hashlib.sha256(document.text.encode("utf-8"))`. For a plain UTF-8 file without a BOM
that is `sha256sum FILE`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .naming import check_base
from .namespaces import DCAT, DCTERMS, DEFAULT_BASE, NKG, PROV, RDF, RDFS, SDO, VOID, XSD
from .runrecord_terms import (  # noqa: F401 (re-exported: the record's vocabulary)
    ACTIVITY_LABEL, DCAT3, FOREIGN_PREDICATES, ONTOLOGY, SPDX, TITLE, InputRecord, Software,
    activity_iri, activity_iri_from_parts, checksum_iri, dataset_iri, input_part, input_records,
    model_iri, model_software, sha256_text, software_iri, sorted_input_parts, tool_software,
    _partition_name)


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
