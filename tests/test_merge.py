"""kg.rdf.merge: graphs from separate runs merge into exactly what one run over all
inputs gives (same bytes, every format)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.rdf.build import build_dataset, union_graph
from kg.rdf.merge import (MergeError, canonical_name, canonical_type, merge_datasets,
                          merge_graphs)
from kg.rdf.namespaces import NKG, PROV, RDF, RDFS, SKOS
from kg.rdf.runrecord import add_run_record, dataset_iri
from kg.rdf.serialize import EXTENSIONS, FORMATS, serialize
from kg.records import Document, Entity, Extraction
from kg.validate import validate

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/newskg/id/"
MODEL = ("en_core_web_sm", "3.8.0")


def run(exs, base=BASE, **kw):
    ds = build_dataset(exs, base)
    add_run_record(ds, exs, model=MODEL, base=base, **kw)
    return ds


def write(tmp_path, name, exs, fmt="turtle", **kw) -> Path:
    path = tmp_path / f"{name}{EXTENSIONS[fmt]}"
    path.write_bytes(serialize(run(exs, **kw), fmt))
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_merge_equals_one_run(tmp_path, extractions, fmt):
    a = write(tmp_path, "a", extractions[:1], fmt)
    b = write(tmp_path, "b", extractions[1:], fmt)
    want = serialize(run(extractions), fmt)
    assert serialize(merge_graphs([a, b]), fmt) == want
    assert serialize(merge_graphs([b, a]), fmt) == want  # input order does not matter


def test_entities_merge_by_iri(tmp_path, extractions):
    merged = union_graph(merge_graphs([write(tmp_path, "a", extractions[:1]),
                                       write(tmp_path, "b", extractions[1:])]))
    russia = URIRef(BASE + "entity/russia")
    assert set(merged.objects(russia, NKG.mentionedIn)) == {URIRef(BASE + "doc/a1"), URIRef(BASE + "doc/b2")}
    assert [str(x) for x in merged.objects(russia, RDFS.label)] == ["Russia"]
    assert {str(x) for x in merged.objects(russia, SKOS.altLabel)} == {"Russian", "Russian Federation", "Moscow"}
    assert validate(merged).conforms


def test_one_run_record_after_merge(tmp_path, extractions):
    merged = union_graph(merge_graphs([write(tmp_path, "a", extractions[:1]),
                                       write(tmp_path, "b", extractions[1:])]))
    runs = set(merged.subjects(RDF.type, PROV.Activity))
    assert len(runs) == 1
    assert set(merged.objects(dataset_iri(BASE), PROV.wasGeneratedBy)) == runs


def test_merge_is_associative(tmp_path, extractions):
    a = write(tmp_path, "a", extractions[:1])
    b = write(tmp_path, "b", extractions[1:])
    ab = tmp_path / "ab.ttl"
    ab.write_bytes(serialize(merge_graphs([a, b]), "turtle"))
    assert serialize(merge_graphs([ab, a]), "turtle") == serialize(merge_graphs([a, b]), "turtle")
    assert serialize(merge_graphs([ab]), "turtle") == ab.read_bytes()  # idempotent


def _conflict():
    """The same key with a different name and class in two documents."""
    x = Extraction(Document("x1", "IRAN said so."), (Entity("iran", "IRAN", "Organization", ("Tehran",)),))
    y = Extraction(Document("y2", "Iran said so."), (Entity("iran", "Iran", "Country"),))
    return x, y


def test_conflicting_names_and_classes(tmp_path):
    x, y = _conflict()
    merged = merge_graphs([write(tmp_path, "x", [x]), write(tmp_path, "y", [y])])
    g = union_graph(merged)
    iran = URIRef(BASE + "entity/iran")
    assert [str(v) for v in g.objects(iran, RDFS.label)] == ["Iran"]
    assert {str(v) for v in g.objects(iran, SKOS.altLabel)} == {"IRAN", "Tehran"}
    assert set(g.objects(iran, RDF.type)) == {NKG.Country}
    assert validate(merged).conforms
    other = merge_graphs([write(tmp_path, "y", [y]), write(tmp_path, "x", [x])])
    assert serialize(merged, "turtle") == serialize(other, "turtle")


def test_conflict_one_run_equals_merge(tmp_path):
    x, y = _conflict()
    merged = merge_graphs([write(tmp_path, "x", [x]), write(tmp_path, "y", [y])])
    assert serialize(run([x, y]), "turtle") == serialize(merged, "turtle")


def test_canonical_rules():
    assert canonical_name(["Russian Federation", "Russia"]) == "Russia"
    assert canonical_name(["KYIV", "Kyiv"]) == "Kyiv"
    assert canonical_name(["el-Sisi", "El-Sisi"]) == "El-Sisi"
    assert canonical_type(["Location", "Country"]) == "Country"
    assert canonical_type(["Group", "Organization"]) == "Organization"
    assert canonical_type(["Organization", "Country"]) == "Country"


def test_timestamps_dropped_unless_asked(tmp_path, extractions):
    a = write(tmp_path, "a", extractions[:1], timestamp="2024-01-01T00:00:00Z")
    b = write(tmp_path, "b", extractions[1:])
    assert serialize(merge_graphs([a, b]), "turtle") == serialize(run(extractions), "turtle")
    stamped = union_graph(merge_graphs([a, b], timestamp="2025-01-01T00:00:00Z"))
    assert len(list(stamped.triples((None, PROV.startedAtTime, None)))) == 1


def test_different_bases_refused(tmp_path, extractions):
    a = write(tmp_path, "a", extractions[:1])
    b = write(tmp_path, "b", extractions[1:], base="http://example.org/kg/")
    with pytest.raises(MergeError, match="different base"):
        merge_graphs([a, b])
    with pytest.raises(MergeError):
        merge_graphs([])


def test_graphs_without_run_record(tmp_path, extractions):
    """Older outputs: merged as data; every document is listed as an input, no hash."""
    a = tmp_path / "a.ttl"
    a.write_bytes(serialize(build_dataset(extractions[:1]), "turtle"))
    merged = union_graph(merge_graphs([a, write(tmp_path, "b", extractions[1:])]))
    run_node = merged.value(dataset_iri(BASE), PROV.wasGeneratedBy)
    assert {URIRef(BASE + "doc/a1"), URIRef(BASE + "doc/b2")} <= set(merged.objects(run_node, PROV.used))


def test_merge_datasets_in_memory(extractions):
    merged = merge_datasets([run(extractions[:1]), run(extractions[1:])])
    assert serialize(merged, "trig") == serialize(run(extractions), "trig")


def test_examples_extracted_separately_merge_to_one_run(tmp_path, nlp):
    """The real pipeline: each example article on its own, then merged."""
    from kg.inputs import read_documents
    from kg.pipeline import extract_documents

    docs = read_documents([str(ROOT / "examples")])
    exs = list(extract_documents(docs, nlp=nlp))

    def one(xs, name):
        ds = build_dataset(xs)
        add_run_record(ds, [x.document for x in xs], nlp=nlp)
        path = tmp_path / f"{name}.trig"
        path.write_bytes(serialize(ds, "trig"))
        return path, ds

    parts = [one([x], f"p{i}")[0] for i, x in enumerate(exs)]
    _, whole = one(exs, "whole")
    for fmt in ("turtle", "trig", "nq"):
        assert serialize(merge_graphs(parts), fmt) == serialize(whole, fmt)
