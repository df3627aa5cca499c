"""Issue 12 (part A): every command that reads RDF reads what `kg extract` writes, under any
name and from stdin, with one vocabulary of format names; untrusted RDF is read strictly,
without fetching anything or expanding XML entities; queries are fenced in."""
from __future__ import annotations

import gzip
import os
import time

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.build import build_dataset
from kg.rdf.serialize import serialize
from cli_checks import assert_user_error

SELECT = "SELECT ?a ?b WHERE { ?a nkg:attacked ?b }"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def turtle(extractions) -> bytes:
    return serialize(build_dataset(extractions), "turtle")


# ---------------------------------------------------------------- any name, stdin, --input-format

@pytest.mark.parametrize("fmt,name", [("turtle", "x.out"), ("xml", "x.owl"), ("turtle", "x.n3"),
                                      ("json-ld", "x.json-ld"), ("nq", "x"), ("trig", "x.data"),
                                      ("nt", "x.txt"), ("xml", "x.graph")])
def test_readers_take_any_name(runner, extractions, tmp_path, fmt, name):
    path = tmp_path / name
    path.write_bytes(serialize(build_dataset(extractions), fmt))
    assert run(runner, "validate", str(path)).exit_code == 0
    assert "documents       2" in run(runner, "stats", str(path)).stdout
    assert "ent:ukraine" in run(runner, "query", str(path), SELECT).stdout
    merged = run(runner, "merge", str(path), "-o", str(tmp_path / "m.ttl"))
    assert merged.exit_code == 0, merged.stderr


def test_gzipped_graph_and_stdin(runner, turtle, tmp_path):
    nq = tmp_path / "x.nq.gz"
    nq.write_bytes(gzip.compress(turtle))  # the name says N-Quads: content must be N-Quads
    assert_user_error(run(runner, "validate", str(nq)), "not valid nq")
    nq.write_bytes(gzip.compress(serialize(__import__("kg.inputs").inputs.load_graph(_write(tmp_path, turtle)), "nq")))
    assert run(runner, "validate", str(nq)).exit_code == 0
    assert run(runner, "validate", "-", input=turtle).exit_code == 0
    assert "ent:russia" in run(runner, "query", "-", SELECT, input=turtle).stdout
    assert run(runner, "stats", "-", "--format", "json", input=turtle).exit_code == 0
    # --input-format says it when neither name nor content can
    assert run(runner, "validate", "-", "--input-format", "ttl", input=turtle).exit_code == 0
    assert_user_error(run(runner, "validate", "-", "--input-format", "nt", input=turtle), "not valid nt")
    assert_user_error(run(runner, "validate", "-", "--input-format", "pdf", input=turtle), "unknown format 'pdf'")


def _write(tmp_path, data: bytes):
    path = tmp_path / "plain.ttl"
    path.write_bytes(data)
    return path


def test_extract_output_names_are_read_back_or_refused(runner, tmp_path):
    for name, msg in [("x.nq.gz", "compressed output is not written"),
                      ("x.html", "not an RDF file extension"),
                      ("x.nt", "the extension .nt says nt, --format says turtle")]:
        extra = ["-f", "ttl"] if name == "x.nt" else []
        result = run(runner, "extract", "-", "-o", str(tmp_path / name), *extra, input="Russia attacked Ukraine.\n")
        assert_user_error(result, msg)
    assert not list(tmp_path.iterdir())


def test_one_spelling_of_formats(runner, extractions, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_bytes(serialize(build_dataset(extractions), "turtle"))
    construct = "CONSTRUCT { ?b nkg:attackedBy ?a } WHERE { ?a nkg:attacked ?b }"
    nt = run(runner, "query", str(graph), construct, "-f", "nt")
    assert nt.exit_code == 0 and nt.stdout.startswith("<https://w3id.org/newskg/id/entity/ukraine>")
    assert run(runner, "query", str(graph), construct, "-f", "ttl").stdout == \
        run(runner, "query", str(graph), construct).stdout
    assert run(runner, "query", str(graph), construct, "-f", "jsonld").stdout.lstrip().startswith(("{", "["))
    assert_user_error(run(runner, "query", str(graph), construct, "-f", "csv"), "gives a graph, not a table")
    assert_user_error(run(runner, "query", str(graph), SELECT, "-f", "nt"), "CONSTRUCT/DESCRIBE")
    turtle = run(runner, "ontology", "-f", "turtle")
    assert turtle.exit_code == 0 and turtle.stdout == run(runner, "ontology", "-f", "ttl").stdout
    assert run(runner, "ontology", "-f", "nt").stdout.startswith("<")
    owl = tmp_path / "onto.owl"
    assert run(runner, "ontology", "-o", str(owl)).exit_code == 0
    assert owl.read_bytes().startswith(b"<?xml")  # .owl is RDF/XML, as the extension says
    assert run(runner, "validate", str(graph), "--input-format", "turtle").exit_code == 0


def test_click_usage_errors_are_one_line(runner, tmp_path):
    assert_user_error(runner.invoke(app, ["query", "--no-such-option"]), "No such option: --no-such-option")
    assert_user_error(runner.invoke(app, ["merge"]), "Missing argument")
    assert_user_error(runner.invoke(app, ["extract", "a.txt", "--jobs", "x"]), "--jobs")


# ---------------------------------------------------------------- strict and safe reading

BROKEN = {
    "iri.ttl": b"<https://w3id.org/newskg/id#doc/a#char=0,24> <http://x.org/p> <http://x.org/o> .\n",
    "relative.nt": b"<a> <http://x.org/p> <http://x.org/o> .\n",
    "space.ttl": b"<http://x.org/a b> <http://x.org/p> <http://x.org/o> .\n",
    "lang.ttl": b'<http://x.org/a> <http://x.org/p> "x"@-- .\n',
    "undeclared.ttl": b"x:a x:b x:c .\n",
    "control.nt": b'<http://x.org/a> <http://x.org/p> "a\x01b" .\n<http://x.org/a\x02> <http://x.org/p> "x" .\n',
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_invalid_rdf_is_exit_2_in_every_reader(runner, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    for args in (["validate", str(path)], ["stats", str(path)], ["query", str(path), SELECT],
                 ["merge", str(path)]):
        assert_user_error(run(runner, *args), name)


def test_billion_laughs_is_refused_quickly(runner, tmp_path):
    levels = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [<!ENTITY l0 "lol">{levels}]>'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="http://x.org/">'
           '<rdf:Description rdf:about="http://x.org/a"><x:p>&l9;</x:p></rdf:Description></rdf:RDF>')
    path = tmp_path / "laughs.rdf"
    path.write_text(xml)
    assert_user_error(run(runner, "validate", str(path)), "entit")
    assert_user_error(run(runner, "query", str(path), SELECT), "entit")


def test_remote_jsonld_context_is_never_fetched(runner, tmp_path, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("tried to open a connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": "https://example.org/context.jsonld", "@id": "http://x.org/a", "name": "b"}')
    assert_user_error(run(runner, "validate", str(path)), "remote @context is never fetched")


def test_huge_literal_and_size_limit(runner, tmp_path, monkeypatch):
    path = tmp_path / "huge.nt"
    path.write_bytes(b'<http://x.org/a> <http://x.org/p> "' + b"a" * 20_000_000 + b'" .\n')
    assert_user_error(run(runner, "stats", str(path)), "a single term is larger than")
    path.write_bytes(b'<http://x.org/a> <http://x.org/p> "' + b"a" * 12_000_000 + b'" .\n')
    assert "triples         1" in run(runner, "stats", str(path)).stdout
    import kg.rdf.reading

    monkeypatch.setattr(kg.rdf.reading, "MAX_BYTES", 1024 * 1024)
    assert_user_error(run(runner, "stats", str(path)), "larger than the 1 MB limit")
    monkeypatch.setattr(kg.rdf.reading, "MAX_BYTES", 10 * 1024 * 1024)
    path.write_bytes(gzip.compress(path.read_bytes()))  # a gzip bomb stops at the limit too
    assert_user_error(run(runner, "stats", str(path)), "larger than the 10 MB limit")


def test_fifo_inputs_are_refused(runner, tmp_path, turtle):
    graph = _write(tmp_path, turtle)
    fifo = tmp_path / "q.rq"
    os.mkfifo(fifo)
    assert_user_error(run(runner, "query", str(graph), "--file", str(fifo)), "not a regular file")
    assert_user_error(run(runner, "validate", str(fifo)), "not a regular file")


# ---------------------------------------------------------------- queries

@pytest.mark.parametrize("query,clause", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
    ("select * from named <http://x.org/g> where { graph ?g { ?s ?p ?o } }", "FROM NAMED"),
    ("SELECT * WHERE { ?s ?p ?o .SERVICE <http://x.org/s> { ?s ?p ?o } }", "SERVICE"),
])
def test_query_refuses_service_and_from(runner, tmp_path, turtle, query, clause):
    assert_user_error(run(runner, "query", str(_write(tmp_path, turtle)), query), f"{clause} is not allowed")


def test_query_keywords_inside_names_and_strings_are_fine(runner, tmp_path, turtle):
    q = ('SELECT ?from ?service WHERE { ?from nkg:attacked ?service '
         'FILTER(?from != "from service" && ?service != <http://x.org/from>) } # FROM SERVICE')
    assert run(runner, "query", str(_write(tmp_path, turtle)), q).exit_code == 0


def test_query_time_limit(runner, tmp_path, turtle):
    graph = _write(tmp_path, turtle)
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }")
    started = time.monotonic()
    assert_user_error(run(runner, "query", graph.as_posix(), slow, "--timeout", "0.5"),
                      "took longer than 0.5 s")
    assert time.monotonic() - started < 60
    assert "ent:russia" in run(runner, "query", str(graph), SELECT, "--timeout", "30").stdout


# ---------------------------------------------------------------- merge, SHACL-SPARQL

def test_merge_refuses_two_articles_under_one_id(runner, extractions, tmp_path):
    from dataclasses import replace

    from kg.rdf.runrecord import add_run_record

    def write(path, exs):  # as `kg extract` writes it: with a run record (text checksums)
        ds = build_dataset(exs)
        add_run_record(ds, exs, model=("en_core_web_sm", "3.8.0"))
        path.write_bytes(serialize(ds, "turtle"))

    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    write(a, extractions[:1])
    doc = extractions[0].document
    write(b, [replace(extractions[0], document=replace(doc, text=doc.text + " More."))])
    out = tmp_path / "m.ttl"
    assert_user_error(run(runner, "merge", str(a), str(b), "-o", str(out)),
                      "document id 'a1' is used by two different articles", "a.ttl", "b.ttl")
    assert not out.exists()
    assert run(runner, "merge", str(a), str(a), "-o", str(out)).exit_code == 0  # same text: fine


SPARQL_SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass <https://w3id.org/newskg/ontology#Document> ;
  sh:sparql [ sh:message "doc without title" ; sh:select "{select}" ] .
"""


def test_user_shacl_sparql_shapes(runner, tmp_path, turtle):
    graph = _write(tmp_path, turtle)
    shapes = tmp_path / "s.ttl"

    def check(select):
        shapes.write_text(SPARQL_SHAPE.replace("{select}", select))
        return run(runner, "validate", str(graph), "--shapes", str(shapes))

    result = check("SELECT $this WHERE { $this a ?t FILTER NOT EXISTS { $this <http://purl.org/dc/terms/title> ?x } }")
    assert result.exit_code == 1 and "doc without title" in result.stdout
    assert_user_error(check("SELECT $this WHERE { SERVICE <http://127.0.0.1:9/s> { $this ?p ?o } }"),
                      "SERVICE is not allowed")
    assert_user_error(check("SELECT $this WHERE { $this ?p ?o "), "does not parse")
