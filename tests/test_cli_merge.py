"""`kg extract` writes a run record; `kg merge` of separate runs gives the bytes of one run
over all inputs; `--timestamp` is the only source of run-dependent output."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.inputs import load_graph
from kg.nlp import model_info
from kg.rdf.build import union_graph
from kg.rdf.namespaces import DCTERMS, PROV, RDF, SDO, VOID
from kg.rdf.runrecord import DCAT3, SPDX, dataset_iri
from cli_checks import assert_user_error

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
KG = Path(sys.executable).parent / "kg"
BASE = "https://w3id.org/newskg/id/"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def ok(result):
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result


def test_examples_are_at_least_two():
    assert len(EXAMPLES) >= 2


# ---------------------------------------------------------------- run record in kg extract

def test_extract_writes_run_record(runner, tmp_path, nlp):
    out = tmp_path / "g.ttl"
    ok(run(runner, "extract", *EXAMPLES, "-o", out))
    g = union_graph(load_graph(out))
    d = dataset_iri(BASE)
    assert (d, RDF.type, VOID.Dataset) in g
    assert (d, VOID.documents, Literal(len(EXAMPLES))) in g
    activity = g.value(d, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in g
    agents = list(g.objects(activity, PROV.wasAssociatedWith))
    assert [str(g.value(a, SDO.softwareVersion)) for a in agents] == [kg.__version__]
    name, version = model_info(nlp)
    used = set(g.objects(activity, PROV.used))
    assert any(str(g.value(u, SDO.name)) == name and str(g.value(u, SDO.softwareVersion)) == version
               for u in used)
    for path in EXAMPLES:
        doc = URIRef(f"{BASE}doc/{path.stem}")
        assert doc in used
        value = g.value(g.value(doc, DCAT3.checksum), SPDX.checksumValue)
        assert str(value) == hashlib.sha256(path.read_bytes()).hexdigest()  # = sha256sum FILE
    assert not list(g.triples((None, PROV.startedAtTime, None)))
    assert not list(g.triples((None, DCTERMS.issued, None)))
    check = run(runner, "validate", out)
    assert check.exit_code == 0 and "conforms: yes" in check.stdout


def test_timestamp_only_when_asked(runner, tmp_path, nlp):
    a, b, stamped = tmp_path / "a.ttl", tmp_path / "b.ttl", tmp_path / "s.ttl"
    ok(run(runner, "extract", *EXAMPLES, "-o", a))
    ok(run(runner, "extract", *EXAMPLES, "-o", b))
    assert a.read_bytes() == b.read_bytes()
    ok(run(runner, "extract", *EXAMPLES, "-o", stamped, "--timestamp"))
    g = union_graph(load_graph(stamped))
    [activity] = list(g.subjects(RDF.type, PROV.Activity))
    start, end = g.value(activity, PROV.startedAtTime), g.value(activity, PROV.endedAtTime)
    assert start is not None and end is not None and start.toPython() <= end.toPython()
    assert g.value(dataset_iri(BASE), DCTERMS.issued) == end
    # apart from the times, the same graph
    plain = union_graph(load_graph(a))
    for p in (PROV.startedAtTime, PROV.endedAtTime, DCTERMS.issued):
        g.remove((None, p, None))
    assert set(g) == set(plain)


@pytest.mark.skipif(not KG.exists(), reason="console script not installed")
def test_byte_identical_across_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.nq"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([str(KG), "extract", *map(str, EXAMPLES), "-o", str(out)],
                              capture_output=True, text=True, env=env)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


# ---------------------------------------------------------------- kg merge

@pytest.mark.parametrize("fmt", ["turtle", "nq"])
def test_merge_equals_one_extract(runner, tmp_path, nlp, fmt):
    ext = {"turtle": ".ttl", "nq": ".nq"}[fmt]
    parts = []
    for i, path in enumerate(EXAMPLES):
        part = tmp_path / f"part{i}{ext}"
        ok(run(runner, "extract", path, "-o", part))
        parts.append(part)
    whole = tmp_path / f"whole{ext}"
    ok(run(runner, "extract", *EXAMPLES, "-o", whole))
    merged = tmp_path / f"merged{ext}"
    result = ok(run(runner, "merge", *parts, "-o", merged))
    assert merged.read_bytes() == whole.read_bytes()
    summary = result.stderr.strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith(f"kg: merged {len(parts)} graphs: {len(EXAMPLES)} documents")
    assert result.stdout == ""
    # reversed order, to stdout with --format
    to_stdout = ok(run(runner, "merge", *reversed(parts), "--format", fmt))
    assert to_stdout.stdout_bytes == whole.read_bytes()
    # merging a merge is idempotent
    again = tmp_path / f"again{ext}"
    ok(run(runner, "merge", merged, "-o", again))
    assert again.read_bytes() == whole.read_bytes()


def test_merge_timestamp(runner, tmp_path, nlp):
    part = tmp_path / "p.ttl"
    ok(run(runner, "extract", EXAMPLES[0], "-o", part, "--timestamp"))
    plain = ok(run(runner, "merge", part)).stdout_bytes
    assert b"startedAtTime" not in plain  # an input's times are dropped
    assert ok(run(runner, "merge", part)).stdout_bytes == plain
    stamped = ok(run(runner, "merge", part, "--timestamp")).stdout
    assert stamped.count("prov:startedAtTime") == 1 and "dct:issued" in stamped


@pytest.fixture
def two_parts(tmp_path, extractions):
    """Two conforming graphs with run records, written from hand-made records (no spaCy)."""
    from kg.rdf.build import build_dataset
    from kg.rdf.runrecord import add_run_record
    from kg.rdf.serialize import serialize

    paths = []
    for name, exs, base in (("a", extractions[:1], BASE), ("b", extractions[1:], BASE),
                            ("c", extractions[1:], "http://example.org/kg/")):
        ds = build_dataset(exs, base)
        add_run_record(ds, exs, model=("en_core_web_sm", "3.8.0"), base=base)
        path = tmp_path / f"{name}.ttl"
        path.write_bytes(serialize(ds, "turtle"))
        paths.append(path)
    return paths


def test_merge_errors(runner, tmp_path, two_parts):
    a, b, other_base = two_parts
    out = tmp_path / "out" / "m.ttl"
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x.org/> .\nx:a x:b \n", encoding="utf-8")
    assert_user_error(run(runner, "merge", a, tmp_path / "missing.ttl", "-o", out), "missing.ttl", "no such file")
    assert_user_error(run(runner, "merge", a, bad, "-o", out), "bad.ttl", "not valid turtle")
    assert_user_error(run(runner, "merge", a, other_base, "-o", out), "different base IRIs",
                      "http://example.org/kg/")
    assert_user_error(run(runner, "merge", a, b, "-o", out, "--format", "pdf"), "unknown format 'pdf'")
    assert not out.exists() and not out.parent.exists()
    ok(run(runner, "merge", a, b, "-o", out))
    assert out.exists()


def test_merge_refuses_non_conforming(runner, tmp_path, two_parts, monkeypatch):
    import kg.validate
    from kg.validate import Report, Result

    bad = Report(conforms=False, results=[Result("ent:x", "rdfs:label", "needs a label")])
    monkeypatch.setattr(kg.validate, "validate", lambda graph, shapes=None: bad)
    out = tmp_path / "m.ttl"
    result = run(runner, "merge", *two_parts[:2], "-o", out)
    assert result.exit_code == 1
    assert "ent:x rdfs:label: needs a label" in result.stderr and "nothing written" in result.stderr
    assert not out.exists()


def test_merge_needs_a_graph(runner):
    result = runner.invoke(app, ["merge"])
    assert result.exit_code == 2 and "Traceback" not in result.output
