"""kg.rdf.runrecord: the VoID/DCAT + PROV description of a run, byte-stable by default."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone

from rdflib import Literal, URIRef
from rdflib import Namespace

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

import kg
from kg.rdf.build import build_dataset, build_graph, union_graph
from kg.rdf import namespaces as ns
from kg.rdf.namespaces import DCTERMS, NKG, PROV, RDF, VOID
from kg.rdf.runrecord import (SPDX, DCAT3, Software, activity_iri, add_run_record, dataset_iri,
                              sha256_text)
from kg.rdf.runrecord_read import read_run_records, remove_run_records
from kg.rdf.serialize import serialize
from kg.validate import validate

BASE = "https://w3id.org/newskg/id/"
MODEL = ("en_core_web_sm", "3.8.0")


def recorded(exs, **kw):
    ds = build_dataset(exs)
    add_run_record(ds, exs, model=MODEL, **kw)
    return ds


def test_contents(extractions):
    g = union_graph(recorded(extractions))
    d = dataset_iri(BASE)
    assert {VOID.Dataset, ns.DCAT.Dataset} <= set(g.objects(d, RDF.type))
    run = g.value(d, PROV.wasGeneratedBy)
    assert (run, RDF.type, PROV.Activity) in g
    agent = g.value(run, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in g
    assert str(g.value(agent, ns.SDO.softwareVersion)) == kg.__version__
    used = set(g.objects(run, PROV.used))
    model = URIRef(BASE + "model/en_core_web_sm/3.8.0")
    assert model in used and str(g.value(model, ns.SDO.softwareVersion)) == "3.8.0"
    for ex in extractions:
        doc = URIRef(BASE + "doc/" + ex.document.id)
        assert doc in used
        ck = g.value(doc, DCAT3.checksum)
        assert g.value(ck, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        value = g.value(ck, SPDX.checksumValue)
        assert value == Literal(sha256_text(ex.document.text), datatype=XSD.hexBinary)
    # counts describe the data without the record
    data = build_graph(extractions)
    assert g.value(d, VOID.triples).toPython() == len(data)
    assert g.value(d, VOID.documents).toPython() == 2
    part = URIRef(BASE + "dataset/class/nkg-Attack")
    assert (d, VOID.classPartition, part) in g and g.value(part, VOID.entities).toPython() == 2
    part = URIRef(BASE + "dataset/property/nkg-attacked")
    assert g.value(part, VOID.property) == NKG.attacked and g.value(part, VOID.triples).toPython() == 1


def test_no_blank_nodes_and_shapes_still_conform(extractions):
    ds = recorded(extractions)
    assert not any(type(t).__name__ == "BNode" for q in ds.quads() for t in q[:3])
    assert validate(ds).conforms


def test_no_run_dependent_content_by_default(extractions):
    out = serialize(recorded(extractions), "nq")
    assert b"dateTime" not in out and b"startedAtTime" not in out
    assert serialize(recorded(extractions), "turtle") == serialize(recorded(extractions), "turtle")


def test_byte_identical_across_processes(extractions):
    code = ("import sys; sys.path.insert(0, 'tests'); from conftest import make_sample_extractions as m;"
            "from kg.rdf.build import build_dataset; from kg.rdf.runrecord import add_run_record;"
            "from kg.rdf.serialize import serialize; x = m(); d = build_dataset(x);"
            "add_run_record(d, x, model=('en_core_web_sm', '3.8.0'));"
            "sys.stdout.buffer.write(serialize(d, 'turtle'))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")}
    assert outs == {serialize(recorded(extractions), "turtle")}


def test_timestamp_only_when_asked(extractions):
    when = datetime(2024, 5, 6, 7, 8, 9, 123, tzinfo=timezone.utc)
    g = union_graph(recorded(extractions, timestamp=when))
    run = g.value(dataset_iri(BASE), PROV.wasGeneratedBy)
    assert g.value(run, PROV.startedAtTime) == Literal("2024-05-06T07:08:09Z", datatype=XSD.dateTime)
    assert g.value(run, PROV.endedAtTime) == g.value(run, PROV.startedAtTime)
    assert g.value(dataset_iri(BASE), DCTERMS.issued) is not None
    now = union_graph(recorded(extractions, timestamp=True))
    assert now.value(now.value(dataset_iri(BASE), PROV.wasGeneratedBy), PROV.startedAtTime) is not None


def test_replaced_not_duplicated(extractions):
    ds = recorded(extractions)
    before = serialize(ds, "nq")
    add_run_record(ds, extractions, model=MODEL)
    assert serialize(ds, "nq") == before
    info = remove_run_records(ds)
    assert len(info.inputs) == 2 and info.models == {Software(*MODEL)}
    assert serialize(ds, "nq") == serialize(build_dataset(extractions), "nq")
    assert not read_run_records(ds).nodes


def test_activity_iri_is_order_independent(extractions):
    a = union_graph(recorded(extractions)).value(dataset_iri(BASE), PROV.wasGeneratedBy)
    b = union_graph(recorded(extractions[::-1])).value(dataset_iri(BASE), PROV.wasGeneratedBy)
    assert a == b
    assert str(a).startswith(BASE + "run/")


def test_other_base(extractions):
    base = "http://example.org/kg/"
    ds = build_dataset(extractions, base)
    add_run_record(ds, extractions, model=MODEL, base=base)
    g = union_graph(ds)
    assert g.value(dataset_iri(base), VOID.uriSpace) == Literal(base)
    assert (URIRef(base + "doc/a1"), DCAT3.checksum, URIRef(base + "doc/a1/sha256")) in g


def test_model_from_nlp(nlp, extractions):
    from kg.nlp import model_info

    ds = build_dataset(extractions)
    add_run_record(ds, extractions, nlp=nlp)
    name, version = model_info(nlp)
    assert Software(name, version) in read_run_records(ds).models
