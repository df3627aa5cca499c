"""The end of a run: the journalled documents become the output file.

Entity descriptions are merged from the journal in input order (kg.rdf.naming's
canonical rules), checked once as the cross-document part of the SHACL shapes, and the
output is assembled in the work directory, in bounded memory:
- the run record (kg.rdf.runrecord): its counts are taken from the sorted data lines as
  the external sort writes them (TripleCounter), its input hashes from the journal; its
  lines are sorted on disk and merged into the sorted data;
- nt / nq: all lines, externally sorted and de-duplicated;
- turtle: the sorted N-Triples through kg.rdf.serialize.write_turtle;
- trig: the N-Quads lines sorted by graph, then line, through kg.rdf.serialize.write_trig;
- json-ld, xml: through kg.rdf.serialize.serialize (in memory: not for large corpora).
These are the bytes kg.rdf.serialize.serialize() gives for the same graph and run record.
"""
from __future__ import annotations

import time
from pathlib import Path

from ..records import Entity
from .extsort import TripleCounter, merge_sorted, sort_unique
from .journal import Journal
from .results import RunSummary


def output_prefixes(base: str) -> dict[str, str]:
    """The prefixes of our output: kg.rdf.build's, and spdx: of the run record."""
    from ..rdf.naming import prefixes
    from ..rdf.runrecord import SPDX

    return dict(sorted({**prefixes(base), "spdx": str(SPDX)}.items()))


def merged_entities(journal: Journal) -> tuple[dict, dict]:
    """(key -> MergedEntity, key -> id of the first document naming it), from the journal."""
    from ..rdf.naming import MergedEntity

    merged: dict[str, MergedEntity] = {}
    first_doc: dict[str, str] = {}
    for rec in journal.records():
        for key, name, etype, aliases in rec["e"]:
            m = merged.get(key)
            if m is None:
                m = merged[key] = MergedEntity(key, name, etype)
                first_doc[key] = rec["id"]
            m.add(Entity(key, name, etype, tuple(aliases)))
    return merged, first_doc


def check_entities(ent_quads: list, first_doc: dict, iris, shapes: str | None):
    """Cross-document SHACL: the merged entity descriptions, each with one document it
    is mentioned in (every mention was checked with its own document)."""
    from rdflib import Literal

    from ..rdf.namespaces import DCTERMS, NIF, NKG, RDF
    from .shacl import validate_triples

    triples = [q[:3] for q in ent_quads]
    for key, doc_id in first_doc.items():
        doc = iris.doc(doc_id)
        triples += [(iris.entity(key), NKG.mentionedIn, doc), (doc, RDF.type, NKG.Document),
                    (doc, RDF.type, NIF.Context), (doc, DCTERMS.identifier, Literal(doc_id))]
    return validate_triples(triples, shapes)


def assemble(journal: Journal, summary: RunSummary, fmt: str, base: str, validate: bool,
             shapes: str | None, workdir: Path, record: tuple) -> Path | None:
    """The output file in the work directory (None: the graph does not conform)."""
    import pyoxigraph as ox

    from ..rdf.build import entity_quads
    from ..rdf.naming import Iris
    from ..rdf.serialize import EXTENSIONS, to_ox, strip_trig_key, trig_key, write_trig, write_turtle

    iris = Iris(base)
    merged, first_doc = merged_entities(journal)
    ent_quads = list(entity_quads(merged.values(), iris))
    if validate:
        t = time.perf_counter()
        report = check_entities(ent_quads, first_doc, iris, shapes)
        summary.report, summary.conforms = report, report.conforms
        summary.timings["shacl_cross"] = time.perf_counter() - t
        if not report.conforms:
            return None

    entities_nq = workdir / "entities.nq"
    ox.serialize([ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o, _ in ent_quads],
                 output=str(entities_nq), format=ox.RdfFormat.N_QUADS)
    final = workdir / ("final" + EXTENSIONS[fmt])
    pfx = output_prefixes(base)
    counter = TripleCounter()
    if fmt == "nq" or fmt == "trig":
        data_nq = workdir / "data.nq"
        if journal.sorted_docs:  # shards of a partitioned run: one k-way merge, no sort
            from .shards import merge_many

            entities_sorted = workdir / "entities.sorted.nq"
            sort_unique([entities_nq], entities_sorted)
            merge_many(journal.doc_files() + [entities_sorted], data_nq, observe=counter)
            entities_sorted.unlink()
        else:
            sort_unique([journal.docs, entities_nq], data_nq, observe=counter)
        run_nq = run_record_lines(journal, counter.counts(), iris, base, record, workdir)
        sorted_nq = final if fmt == "nq" else workdir / "sorted.nq"
        summary.lines = merge_sorted([data_nq, run_nq], sorted_nq)
        data_nq.unlink()
        if fmt == "trig":
            keyed, by_graph = workdir / "keyed.nq", workdir / "bygraph.nq"
            with sorted_nq.open("rb") as src, keyed.open("wb") as out:
                for line in src:
                    out.write(trig_key(line) + line)
            sorted_nq.unlink()
            sort_unique([keyed], by_graph)
            keyed.unlink()
            with by_graph.open("rb") as src, sorted_nq.open("wb") as out:
                for line in src:
                    out.write(strip_trig_key(line))
            by_graph.unlink()
            write_trig(sorted_nq, pfx, output=final)
        return final

    triples_nt = workdir / "all.nt"
    ox.serialize((q.triple for src in (*journal.doc_files(), entities_nq)
                  for q in ox.parse(path=str(src), format=ox.RdfFormat.N_QUADS)),
                 output=str(triples_nt), format=ox.RdfFormat.N_TRIPLES)
    data_nt = workdir / "data.nt"
    sort_unique([triples_nt], data_nt, observe=counter)
    triples_nt.unlink()
    run_nt = run_record_lines(journal, counter.counts(), iris, base, record, workdir)
    sorted_nt = final if fmt == "nt" else workdir / "sorted.nt"
    summary.lines = merge_sorted([data_nt, run_nt], sorted_nt)
    data_nt.unlink()
    if fmt == "turtle":
        write_turtle(sorted_nt, pfx, output=final)
    elif fmt in ("json-ld", "xml"):
        _in_memory_format(sorted_nt, final, fmt, pfx)
    return final


def run_record_lines(journal: Journal, counts, iris, base: str, record: tuple,
                     workdir: Path) -> Path:
    """The run record (kg.rdf.runrecord) as sorted canonical N-Quads lines in the default
    graph (= N-Triples lines), built from the counts and the journal in bounded memory:
    the input hashes are sorted on disk for the activity IRI, then the per-input triples
    are written and sorted on disk."""
    import pyoxigraph as ox

    from ..rdf.runrecord import (InputRecord, activity_iri_from_parts, input_part, input_triples,
                                 record_head, xsd_time)
    from ..rdf.serialize import to_ox

    software, model, timestamp = record
    parts, parts_sorted = workdir / "inputs.txt", workdir / "inputs.sorted.txt"
    with parts.open("wb") as fh:
        for rec in journal.records():
            fh.write(input_part(InputRecord(iris.doc(rec["id"]), rec.get("h") or None)).encode("utf-8") + b"\n")
    sort_unique([parts], parts_sorted)
    with parts_sorted.open("rb") as fh:
        run = activity_iri_from_parts(base, (line[:-1].decode("utf-8") for line in fh),
                                      [software], [model])
    parts.unlink()
    parts_sorted.unlink()
    ended = xsd_time() if timestamp is not None else None

    def triples():
        yield from record_head(counts, run, [software], [model], base, timestamp, ended)
        for rec in journal.records():
            yield from input_triples(run, InputRecord(iris.doc(rec["id"]), rec.get("h") or None))
    raw, out = workdir / "record.raw.nq", workdir / "record.nq"
    ox.serialize((ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in triples()),
                 output=str(raw), format=ox.RdfFormat.N_QUADS)
    sort_unique([raw], out)
    raw.unlink()
    return out


def _in_memory_format(src: Path, final: Path, fmt: str, prefixes: dict[str, str]) -> None:
    """json-ld and RDF/XML: through kg.rdf.serialize, in memory."""
    from rdflib import Graph
    from rdflib.namespace import NamespaceManager

    from ..rdf.serialize import serialize

    g = Graph(bind_namespaces="none")
    g.namespace_manager = NamespaceManager(g, bind_namespaces="none")
    for prefix, ns in prefixes.items():
        g.bind(prefix, ns, override=True, replace=True)
    g.parse(str(src), format="nt")
    final.write_bytes(serialize(g, fmt))
