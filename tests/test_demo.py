"""The committed demo output (out/graph.ttl) is what `make demo` writes today."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
NKG = Namespace("https://w3id.org/newskg/ontology#")


def test_demo_output_is_current(tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(app, ["extract", str(ROOT / "examples"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    committed = ROOT / "out" / "graph.ttl"
    assert out.read_bytes() == committed.read_bytes(), "out/graph.ttl is stale: run `make demo`"


def test_demo_holds_the_four_core_relations():
    g = Graph().parse(ROOT / "out" / "graph.ttl")
    for rel in ("attacked", "condemned", "called", "opposed"):
        assert any(g.triples((None, NKG[rel], None))), rel
    assert any(g.triples((None, NKG.polarity, NKG.Negative))), "a negated event is kept"
