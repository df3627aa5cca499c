"""`kg merge A B … -o C`: graphs produced separately -> the graph one run over all inputs gives.

    from kg.rdf.merge import merge_graphs
    from kg.rdf.serialize import serialize
    data = serialize(merge_graphs(["a.ttl", "b.ttl"]), "turtle")

Why a plain union is not enough, and what is done instead:

- Entities already merge by IRI (the IRI is minted from the entity key). But the same key
  may carry a different canonical name or class in two runs; a union would give the node
  two rdfs:labels or two classes. merge_graphs keeps one label, chosen by
  `canonical_name` (the others become skos:altLabel), and one entity class, chosen by
  `canonical_type`. Both rules are a minimum under a fixed total order, so the result
  does not depend on the order of the inputs and merging is associative. A single run
  gives the same graph when kg.rdf.build picks names and classes with the same two
  functions (see the report of issue 4 for that change).
- Each input has a run record (kg.rdf.runrecord) with counts of its own data. They are
  removed and one record is computed for the union from what they said (inputs with
  their hashes, tool and model versions), which equals a single run's record.
  Timestamps are run-dependent and are dropped unless `timestamp=` is given.

Quad formats (.trig, .nq) keep their named graphs; triple formats go to the default
graph, so merge into a quad format only from quad-format inputs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..records import ENTITY_TYPES
from .build import DEFAULT_BASE, bind_prefixes
from .naming import (TYPE_PRIORITY, canonical_name, canonical_type, check_base,  # noqa: F401 (re-exported)
                     name_order)
from .namespaces import NKG, RDF, RDFS, SKOS
from .runrecord import write_run_record
from .runrecord_read import RunInfo, read_run_records

ENTITY_CLASSES = {NKG[t]: i for i, t in enumerate(ENTITY_TYPES)}


class MergeError(ValueError):
    pass


def _load(path, fmt: str | None = None) -> Dataset:
    from ..inputs import load_graph

    return load_graph(path, fmt)


def _gid(ctx) -> URIRef:
    gid = getattr(ctx, "identifier", ctx)
    return DATASET_DEFAULT_GRAPH_ID if gid is None else gid


def merge_datasets(graphs: Iterable[Graph], base: str | None = None, timestamp=None,
                   names: list[str] | None = None) -> Dataset:
    """Union of already-loaded graphs/datasets, entities reconciled, one run record.
    Two inputs that hold different texts under one document id are refused (MergeError):
    their union would fuse two articles into one document. `names` name the inputs in
    that message."""
    out = bind_prefixes(Dataset(), base or DEFAULT_BASE)
    info = RunInfo(set(), set(), set(), set(), set(), set())
    seen: dict = {}  # document -> (sha256, name of the input it came from)
    for i, g in enumerate(graphs):
        found = read_run_records(g)
        name = names[i] if names and i < len(names) else f"input {i + 1}"
        _check_same_texts(found, name, seen)
        info.bases |= found.bases
        info.inputs |= found.inputs
        info.software |= found.software
        info.models |= found.models
        if isinstance(g, Dataset):
            for s, p, o, ctx in g.quads((None, None, None, None)):
                if s in found.nodes or (s, p, o) in found.foreign:
                    continue
                out.add((s, p, o, _gid(ctx)))
        else:
            for s, p, o in g:
                if s in found.nodes or (s, p, o) in found.foreign:
                    continue
                out.add((s, p, o, DATASET_DEFAULT_GRAPH_ID))
    if base is None:
        if len(info.bases) > 1:
            raise MergeError(f"inputs use different base IRIs: {', '.join(sorted(info.bases))}")
        base = next(iter(info.bases), DEFAULT_BASE)
        out = _rebind(out, base)
    check_base(base)
    reconcile_entities(out)
    # A document may appear in several inputs: keep one hash per document (they agree
    # when the text is the same; if not, the smallest wins, deterministically).
    inputs = {}
    for rec in sorted(info.inputs, key=lambda r: (str(r.doc), r.sha256 is None, r.sha256 or "")):
        inputs.setdefault(rec.doc, rec)
    write_run_record(out, list(inputs.values()), info.software, info.models, base, timestamp)
    return out


def _check_same_texts(found: RunInfo, name: str, seen: dict) -> None:
    for rec in sorted(found.inputs, key=lambda r: (str(r.doc), r.sha256 or "")):
        if rec.sha256 is None:
            continue
        first = seen.setdefault(rec.doc, (rec.sha256, name))
        if first[0] != rec.sha256 and first[1] != name:
            doc = str(rec.doc).rstrip("/").rsplit("/", 1)[-1]
            raise MergeError(f"document id '{doc}' is used by two different articles ({first[1]} and "
                             f"{name}: their texts differ); rename one input and extract it again")


def _rebind(ds: Dataset, base: str) -> Dataset:
    bind_prefixes(ds, base)
    return ds


def merge_graphs(paths: Iterable[str | Path], base: str | None = None, timestamp=None,
                 fmt: str | None = None) -> Dataset:
    """Parse each file (format `fmt`, else from its extension or content), union,
    reconcile, and add one run record. Serialize the result with kg.rdf.serialize.serialize."""
    paths = list(paths)
    if not paths:
        raise MergeError("nothing to merge: give at least one graph")
    if sum(str(p) == "-" for p in paths) > 1:
        raise MergeError("'-' (stdin) given more than once")
    return merge_datasets((_load(p, fmt) for p in paths), base=base, timestamp=timestamp,
                          names=[str(p) for p in paths])


def reconcile_entities(ds: Dataset) -> None:
    """One rdfs:label and one entity class per entity node (see module docstring)."""
    default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    entities = {s for s, _, o, _ in ds.quads((None, RDF.type, None, None)) if o in ENTITY_CLASSES}
    for node in sorted(entities):
        classes = {o for _, _, o, _ in ds.quads((node, RDF.type, None, None)) if o in ENTITY_CLASSES}
        if len(classes) > 1:
            keep = NKG[canonical_type(str(c)[len(str(NKG)):] for c in classes)]
            for c in classes - {keep}:
                for ctx in list(ds.graphs((node, RDF.type, c))):
                    ctx.remove((node, RDF.type, c))
        labels = {o for _, _, o, _ in ds.quads((node, RDFS.label, None, None))}
        if len(labels) > 1:
            keep = min(labels, key=lambda lit: (name_order(str(lit)), lit.language or ""))
            for lit in labels - {keep}:
                for ctx in list(ds.graphs((node, RDFS.label, lit))):
                    ctx.remove((node, RDFS.label, lit))
                default.add((node, SKOS.altLabel, Literal(str(lit), lang=lit.language)))
        else:
            keep = next(iter(labels), None)
        if keep is not None:
            for ctx in list(ds.graphs((node, SKOS.altLabel, keep))):
                ctx.remove((node, SKOS.altLabel, keep))
