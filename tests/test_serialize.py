"""kg.rdf.serialize: byte-stable output in every format, round trips, JSON-LD context, atomic writes."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import FormatError, OutputError
from kg.lexicon import load_relations
from kg.rdf.build import build_dataset, build_graph
from kg.rdf.serialize import FORMATS, QUAD_FORMATS, normalize_format, serialize, write_atomic

ROOT = Path(__file__).resolve().parents[1]
PARSERS = {"turtle": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "json-ld": "json-ld", "xml": "xml"}


def _shuffled_copy(ds: Dataset, seed: int) -> Dataset:
    """Same quads and prefixes, different insertion order."""
    quads = list(ds.quads((None, None, None, None)))
    random.Random(seed).shuffle(quads)
    out = Dataset()
    out.namespace_manager = ds.namespace_manager.__class__(out, bind_namespaces="none")
    for prefix, ns in ds.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for s, p, o, g in quads:
        out.add((s, p, o, getattr(g, "identifier", g)))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_records_same_bytes(extractions, fmt):
    ds = build_dataset(extractions)
    first = serialize(ds, fmt)
    assert first == serialize(build_dataset(extractions), fmt)
    assert first == serialize(ds, fmt)  # serializing does not change the input
    for seed in (1, 2):
        assert serialize(_shuffled_copy(ds, seed), fmt) == first
    assert b"_:" not in first or fmt in ("turtle", "trig", "json-ld")  # no blank node labels
    assert first.endswith(b"\n") or fmt == "xml"


SCRIPT = r"""
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])
from conftest import make_sample_extractions
from kg.rdf.build import build_dataset
from kg.rdf.serialize import FORMATS, serialize
ds = build_dataset(make_sample_extractions())
print(json.dumps({f: hashlib.sha256(serialize(ds, f)).hexdigest() for f in FORMATS}))
"""


def test_bytes_identical_across_processes_and_hash_seeds():
    outputs = []
    for seed in ("0", "1", "12345", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", SCRIPT, str(Path(__file__).parent)],
                              capture_output=True, text=True, env=env, check=True)
        outputs.append(json.loads(proc.stdout))
    assert set(outputs[0]) == set(FORMATS)
    for other in outputs[1:]:
        assert other == outputs[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_is_isomorphic(extractions, fmt):
    ds = build_dataset(extractions)
    data = serialize(ds, fmt)
    if fmt in QUAD_FORMATS:
        back = Dataset()
        back.parse(data=data, format=PARSERS[fmt])
        for name in ("a1", "b2"):
            iri = f"https://w3id.org/newskg/id/doc/{name}"
            assert isomorphic(back.graph(iri), ds.graph(iri))
        assert isomorphic(back.graph(DATASET_DEFAULT_GRAPH_ID), ds.graph(DATASET_DEFAULT_GRAPH_ID))
    else:
        back = Graph().parse(data=data, format=PARSERS[fmt])
        assert isomorphic(back, build_graph(extractions))


def test_plain_graph_to_quad_formats(extractions):
    g = build_graph(extractions)
    nq = serialize(g, "nq").decode()
    assert all(line.count(" <") <= 3 for line in nq.splitlines() if line.endswith('"@en .'))
    back = Dataset()
    back.parse(data=nq, format="nquads")
    assert isomorphic(back.graph(DATASET_DEFAULT_GRAPH_ID), g)


def test_ntriples_sorted_lines(extractions):
    lines = serialize(build_graph(extractions), "nt").decode().splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines)) == len(build_graph(extractions))


def test_turtle_uses_prefixes(extractions):
    ttl = serialize(build_dataset(extractions), "turtle").decode()
    assert "@prefix ent: <https://w3id.org/newskg/id/entity/> ." in ttl
    assert "nkg:attacked ent:ukraine" in ttl
    assert "brick:" not in ttl and "dcterms:" not in ttl


def test_jsonld_reads_naturally(extractions):
    doc = json.loads(serialize(build_dataset(extractions), "json-ld"))
    ctx = doc["@context"]
    assert isinstance(ctx, dict)  # embedded, never a URL
    assert ctx["ent"] == "https://w3id.org/newskg/id/entity/"
    nodes = {n["id"]: n for n in doc["@graph"]}
    russia = nodes["ent:russia"]
    assert russia["label"] == "Russia" and russia["type"] == "nkg:Country"
    assert sorted(russia["altLabel"]) == ["Moscow", "Russian", "Russian Federation"]
    assert russia["attacked"] == "ent:ukraine"
    [attack] = [n for n in doc["@graph"] if n.get("type") == "nkg:Attack" and n["agent"] == "ent:russia"]
    assert attack["target"] == "ent:ukraine" and attack["confidence"] == "0.90"
    assert attack["polarity"] == "nkg:Positive" and attack["trigger"] == "attacked"
    assert list(attack)[:2] == ["id", "type"]


def test_context_file_covers_the_vocabulary():
    ctx = json.loads((ROOT / "ontology" / "context.jsonld").read_text("utf-8"))["@context"]
    for spec in load_relations().values():
        assert ctx[spec.property]["@id"] == f"nkg:{spec.property}"
    for term in ("label", "altLabel", "agent", "target", "trigger", "confidence", "polarity",
                 "modality", "wasDerivedFrom", "inDocument", "mentionedIn", "anchorOf"):
        assert term in ctx


def test_format_names():
    assert normalize_format("ttl") == "turtle" and normalize_format("JSONLD") == "json-ld"
    with pytest.raises(FormatError, match="unknown format 'pdf'"):
        normalize_format("pdf")
    with pytest.raises(FormatError):
        serialize(Graph(), "pdf")


# ---------------------------------------------------------------- atomic writes

def test_write_atomic(tmp_path):
    target = tmp_path / "new" / "dir" / "g.ttl"
    write_atomic(target, b"hello\n")
    assert target.read_bytes() == b"hello\n"
    write_atomic(target, b"second\n")
    assert target.read_bytes() == b"second\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["g.ttl"]


def test_write_atomic_failure_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "g.ttl"
    target.write_bytes(b"old\n")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_write_atomic_parent_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        write_atomic(tmp_path / "file" / "g.ttl", b"x")
