"""The `kg` CLI: every command, its output, and its error paths (exit codes, one-line
messages, no traceback, no output file left behind)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.rdf.build import build_dataset, build_graph
from kg.rdf.namespaces import NIF, NKG, RDF
from kg.rdf.serialize import serialize
from cli_checks import assert_user_error

ROOT = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).parent / "kg"
ARTICLE = "Russia attacked Ukraine on Monday. China condemned the attack.\n"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def files_in(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "a1.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def graph_file(tmp_path, extractions) -> Path:
    """A conforming graph written from hand-made records (no spaCy)."""
    path = tmp_path / "graph.ttl"
    path.write_bytes(serialize(build_dataset(extractions), "turtle"))
    return path


@pytest.fixture
def bad_ttl(tmp_path) -> Path:
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix x: <http://x.org/> .\nx:a x:b \n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- extract

def test_extract_to_stdout(runner, article, nlp):
    result = run(runner, "extract", str(article))
    assert result.exit_code == 0, result.stderr
    g = Graph().parse(data=result.stdout, format="turtle")
    doc = next(g.subjects(RDF.type, NKG.Document))
    assert str(doc) == "https://w3id.org/newskg/id/doc/a1"
    assert len(set(g.subjects(RDF.type, NIF.Sentence))) == 2
    summary = result.stderr.strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith("kg: 1 documents,")


def test_extract_directory_to_file_then_validate(runner, tmp_path, nlp):
    src = tmp_path / "news"
    (src / "sub").mkdir(parents=True)
    (src / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "b2.txt").write_text("Joe Biden met Emmanuel Macron in Paris.", encoding="utf-8")
    (src / "notes.md").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out" / "graph.ttl"  # out/ does not exist yet: created
    result = run(runner, "extract", str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "2 documents" in result.stderr and result.stdout == ""
    assert files_in(out.parent) == ["graph.ttl"]
    g = Graph().parse(out)
    assert {str(d).rsplit("/", 1)[1] for d in g.subjects(RDF.type, NKG.Document)} == {"a1", "b2"}
    check = run(runner, "validate", str(out))
    assert check.exit_code == 0 and "conforms: yes" in check.stdout


@pytest.mark.parametrize("fmt,ext,parser", [
    ("nt", ".nt", "nt"), ("nq", ".nq", "nquads"), ("trig", ".trig", "trig"),
    ("json-ld", ".jsonld", "json-ld"), ("xml", ".rdf", "xml")])
def test_extract_formats(runner, article, tmp_path, nlp, fmt, ext, parser):
    by_ext = tmp_path / f"g{ext}"
    assert run(runner, "extract", str(article), "-o", str(by_ext)).exit_code == 0
    explicit = run(runner, "extract", str(article), "--format", fmt)
    assert explicit.exit_code == 0
    assert explicit.stdout_bytes == by_ext.read_bytes()  # format guessed from the extension
    ds = Dataset(default_union=True)
    ds.parse(by_ext, format=parser)
    assert (None, RDF.type, NKG.Document) in ds


def test_extract_stdin_and_base(runner, nlp):
    result = run(runner, "extract", "-", "--base", "http://example.org/kg/", input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    g = Graph().parse(data=result.stdout, format="turtle")
    [doc] = list(g.subjects(RDF.type, NKG.Document))
    assert str(doc).startswith("http://example.org/kg/doc/") and len(str(doc)) > 30


def test_extract_refuses_non_conforming_graph(runner, article, tmp_path, monkeypatch, nlp):
    """Each document passes its own check; the cross-document check of the merged
    entities fails: nothing is written, exit 1."""
    import kg.corpus.assemble
    from kg.validate import Report, Result

    bad = Report(conforms=False, results=[Result("ent:x", "rdfs:label", "needs a label")])
    monkeypatch.setattr(kg.corpus.assemble, "check_entities", lambda *args: bad)
    out = tmp_path / "g.ttl"
    result = run(runner, "extract", str(article), "-o", str(out))
    assert result.exit_code == 1
    assert "ent:x rdfs:label: needs a label" in result.stderr
    assert "nothing written" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and files_in(tmp_path) == ["a1.txt"]


def test_extract_input_errors(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(b"Russia\x00attacked")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 Kyiv".encode("latin-1"))
    (tmp_path / "nodocs").mkdir()
    (tmp_path / "nodocs" / "x.md").write_text("x")
    out = tmp_path / "o.ttl"
    cases = [
        (["missing.txt"], ["missing.txt", "no such file"]),
        ([str(tmp_path / "empty.txt")], ["empty.txt", "empty"]),
        ([str(tmp_path / "binary.txt")], ["binary.txt", "binary"]),
        ([str(tmp_path / "latin1.txt")], ["latin1.txt", "UTF-8", "byte offset 3"]),
        ([str(tmp_path / "nodocs")], ["nodocs", "no .txt or .jsonl"]),
    ]
    for args, fragments in cases:
        assert_user_error(run(runner, "extract", *args, "-o", str(out)), *fragments)
    assert not out.exists()


def test_extract_option_errors(runner, article, tmp_path):
    assert_user_error(run(runner, "extract", str(article), "--format", "pdf"), "unknown format 'pdf'")
    assert_user_error(run(runner, "extract", str(article), "--base", "not an iri"), "--base")
    assert_user_error(run(runner, "extract", "-", input=""), "<stdin>", "empty")


def test_extract_unwritable_output(runner, article, tmp_path, nlp):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a directory")
    result = run(runner, "extract", str(article), "-o", str(blocker / "graph.ttl"))
    assert_user_error(result, "not a directory")
    readonly = tmp_path / "ro"
    readonly.mkdir()
    readonly.chmod(0o500)
    try:
        if os.access(readonly, os.W_OK):
            pytest.skip("running as a user that ignores permissions")
        assert_user_error(run(runner, "extract", str(article), "-o", str(readonly / "g.ttl")), "cannot write")
        assert files_in(readonly) == []
    finally:
        readonly.chmod(0o700)


def test_duplicate_document_ids(runner, tmp_path, nlp):
    """Same id = same IRI: the second file is skipped (exit 3), the first is written."""
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(ARTICLE)
    result = run(runner, "extract", str(tmp_path), "-f", "nt")
    assert result.exit_code == 3
    assert f"skipped {tmp_path / 'y' / 'same.txt'}: document id 'same' already used by" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.count("<https://w3id.org/newskg/id/doc/same> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>") == 2


# ---------------------------------------------------------------- validate

def test_validate_conforming_and_violating(runner, graph_file, tmp_path, extractions):
    ok = run(runner, "validate", str(graph_file))
    assert ok.exit_code == 0 and ok.stdout.startswith("conforms: yes")
    g = build_graph(extractions)
    g.remove((None, NKG.agent, None))
    bad = tmp_path / "bad.nt"
    bad.write_bytes(serialize(g, "nt"))
    result = run(runner, "validate", str(bad))
    assert result.exit_code == 1
    assert "conforms: no" in result.stdout
    assert "Violation: doc:a1/event/" in result.stdout
    assert " nkg:agent: " in result.stdout


def test_validate_errors(runner, bad_ttl, tmp_path, article):
    assert_user_error(run(runner, "validate", str(bad_ttl)), "bad.ttl", "not valid turtle", "line 3")
    assert_user_error(run(runner, "validate", str(tmp_path / "nope.ttl")), "no such file")
    assert_user_error(run(runner, "validate", str(article)), "cannot tell the RDF format")
    (tmp_path / "empty.ttl").write_text("")
    assert_user_error(run(runner, "validate", str(tmp_path / "empty.ttl")), "empty")
    (tmp_path / "broken.jsonld").write_text("{not json")
    assert_user_error(run(runner, "validate", str(tmp_path / "broken.jsonld")), "not valid json-ld")
    (tmp_path / "broken.rdf").write_text("<rdf:RDF")
    assert_user_error(run(runner, "validate", str(tmp_path / "broken.rdf")), "not valid xml")


# ---------------------------------------------------------------- query

SELECT = "SELECT ?a ?b WHERE { ?a nkg:attacked ?b }"


def test_query_table(runner, graph_file):
    result = run(runner, "query", str(graph_file), SELECT)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["a", "b"]
    assert lines[2].split() == ["ent:russia", "ent:ukraine"]
    assert lines[0].index("b") == lines[2].index("ent:ukraine")  # aligned columns


def test_query_select_star_order_and_numbers(runner, graph_file):
    star = run(runner, "query", str(graph_file), "SELECT * WHERE { ?zz nkg:attacked ?aa . ?zz nkg:met ?mm }")
    assert star.stdout.splitlines()[0].split() == ["zz", "aa", "mm"]  # order of appearance
    count = run(runner, "query", str(graph_file), "SELECT (COUNT(*) AS ?n) WHERE { ?e nkg:agent ?a }")
    assert count.stdout.splitlines()[2] == "5"


def test_query_csv_json_ask_construct(runner, graph_file):
    csv_out = run(runner, "query", str(graph_file), SELECT, "--format", "csv").stdout
    assert csv_out.splitlines() == ["a,b", "https://w3id.org/newskg/id/entity/russia,"
                                    "https://w3id.org/newskg/id/entity/ukraine"]
    data = json.loads(run(runner, "query", str(graph_file), SELECT, "--format", "json").stdout)
    assert data["head"]["vars"] == ["a", "b"]
    assert data["results"]["bindings"][0]["a"] == {
        "type": "uri", "value": "https://w3id.org/newskg/id/entity/russia"}
    assert run(runner, "query", str(graph_file), "ASK { ?a nkg:attacked ?b }").stdout == "true\n"
    assert run(runner, "query", str(graph_file), "ASK { ?a nkg:condemned ?b }").stdout == "false\n"
    construct = run(runner, "query", str(graph_file),
                    "CONSTRUCT { ?b nkg:attackedBy ?a } WHERE { ?a nkg:attacked ?b }")
    assert construct.exit_code == 0
    assert "ent:ukraine nkg:attackedBy ent:russia ." in construct.stdout


def test_query_from_file_and_cookbook(runner, graph_file, tmp_path, monkeypatch):
    import kg.query

    rq = tmp_path / "who-attacked-whom.rq"
    rq.write_text("# who attacked whom\n" + SELECT + "\n")
    by_file = run(runner, "query", str(graph_file), "--file", str(rq))
    assert by_file.exit_code == 0 and "ent:russia" in by_file.stdout
    monkeypatch.setattr(kg.query, "cookbook", lambda: {"who-attacked-whom": rq})
    by_name = run(runner, "query", str(graph_file), "who-attacked-whom")
    assert by_name.stdout == by_file.stdout
    assert_user_error(run(runner, "query", str(graph_file), "who-met-whom"),
                      "unknown cookbook query 'who-met-whom'", "who-attacked-whom")


def test_query_errors(runner, graph_file, bad_ttl, tmp_path):
    assert_user_error(run(runner, "query", str(graph_file), "SELEC ?x WHERE {}"), "bad SPARQL")
    assert_user_error(run(runner, "query", str(graph_file), "SELECT ?x WHERE { ?x undeclared:p ?y }"),
                      "bad SPARQL")
    assert_user_error(run(runner, "query", str(bad_ttl), SELECT), "not valid turtle")
    assert_user_error(run(runner, "query", str(graph_file)), "no query given")
    assert_user_error(run(runner, "query", str(graph_file), SELECT, "--format", "xls"), "unknown format")
    assert_user_error(run(runner, "query", str(graph_file), "--file", str(tmp_path / "no.rq")), "no.rq")


# ---------------------------------------------------------------- stats

def test_stats(runner, graph_file):
    result = run(runner, "stats", str(graph_file))
    assert result.exit_code == 0
    text = result.stdout
    assert "documents       2" in text and "Attack        2 (1 asserted, 1 not)" in text
    data = json.loads(run(runner, "stats", str(graph_file), "--format", "json").stdout)
    assert data["documents"] == 2 and data["sentences"] == 5
    assert data["entities"]["Country"] == 3 and data["entities"]["Person"] == 2
    assert data["events"]["Condemnation"] == {"total": 1, "asserted": 0}
    assert data["relations"] == {"attacked": 1, "condemned": 0, "called": 0, "opposed": 0,
                                 "supported": 0, "warned": 1, "met": 1}


def test_stats_errors(runner, bad_ttl, tmp_path):
    assert_user_error(run(runner, "stats", str(bad_ttl)), "not valid turtle")
    (tmp_path / "bin.nt").write_bytes(b"\x00\x01\x02")
    assert_user_error(run(runner, "stats", str(tmp_path / "bin.nt")), "binary")


def test_unexpected_error_has_no_traceback(runner, graph_file, monkeypatch):
    import kg.stats

    def broken(graph):
        raise RuntimeError("something\nwent wrong")

    monkeypatch.setattr(kg.stats, "compute_stats", broken)
    result = runner.invoke(app, ["stats", str(graph_file)])
    assert_user_error(result, "unexpected RuntimeError: something went wrong", "--debug")
    with pytest.raises(RuntimeError):
        runner.invoke(app, ["--debug", "stats", str(graph_file)], catch_exceptions=False)
    import kg.cli
    kg.cli._state["debug"] = False


# ---------------------------------------------------------------- ontology, version

@pytest.mark.skipif(not (ROOT / "ontology" / "newskg.ttl").exists(), reason="no ontology yet")
def test_ontology(runner, tmp_path):
    result = run(runner, "ontology")
    assert result.exit_code == 0
    g = Graph().parse(data=result.stdout, format="turtle")
    assert (NKG.Attack, None, None) in g
    out = tmp_path / "onto.ttl"
    assert run(runner, "ontology", "--format", "ttl", "-o", str(out)).exit_code == 0
    assert out.read_bytes() == (ROOT / "ontology" / "newskg.ttl").read_bytes()
    assert_user_error(run(runner, "ontology", "--format", "pdf"), "unknown format")
    html = run(runner, "ontology", "--format", "html")
    try:
        import kg.rdf.ontology_html  # noqa: F401
    except ImportError:
        assert_user_error(html, "HTML rendering is not available")
    else:
        assert html.exit_code == 0 and "<html" in html.stdout.lower()


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"kg (newskg) {kg.__version__}"


@pytest.mark.skipif(not KG.exists(), reason="console script not installed")
def test_console_script_errors_without_traceback(tmp_path):
    proc = subprocess.run([str(KG), "extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "g.ttl")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"error: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert files_in(tmp_path) == []
    assert subprocess.run([str(KG), "--version"], capture_output=True, text=True).stdout.startswith("kg ")
