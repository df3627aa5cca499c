"""`kg load` into a persistent store, and `--store DIR` on query, stats and validate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_checks import assert_user_error
from conftest import make_sample_extractions
from kg.cli import app
from kg.rdf.build import build_dataset
from kg.rdf.merge import merge_graphs
from kg.rdf.runrecord import add_run_record
from kg.rdf.serialize import serialize
from test_cookbook import MODEL, QUERIES, cookbook_extractions

RUSSIA = "<https://w3id.org/newskg/id/entity/russia>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def write(path: Path, extractions, fmt: str) -> Path:
    ds = build_dataset(extractions)
    add_run_record(ds, extractions, model=MODEL)
    path.write_bytes(serialize(ds, fmt))
    return path


@pytest.fixture
def days(tmp_path):
    """Monday's and Tuesday's output, in two formats; russia is named differently on each."""
    a, b = make_sample_extractions()
    return write(tmp_path / "monday.nq", [a], "nq"), write(tmp_path / "tuesday.trig", [b], "trig")


def snapshot(store: Path) -> bytes:
    info = json.loads((store / "kg-store.json").read_text())
    return (store / (info["data"] + ".nq")).read_bytes()


def files(store: Path) -> dict:
    return {p.name: p.read_bytes() if p.is_file() else None for p in store.iterdir() if p.name != "lock"}


def test_monday_then_tuesday_equals_merge(tmp_path, days):
    monday, tuesday = days
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    result = kg("load", tuesday, "--store", store)
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.stderr
    assert snapshot(store) == serialize(merge_graphs([monday, tuesday]), "nq")
    # named graphs per document kept; one label for russia, whatever each day called it
    nq = snapshot(store).decode()
    assert "<https://w3id.org/newskg/id/doc/a1>" in nq and "<https://w3id.org/newskg/id/doc/b2> .\n" in nq
    labels = [line for line in nq.splitlines() if line.startswith(f"{RUSSIA} {LABEL}")]
    assert labels == [f'{RUSSIA} {LABEL} "Russia"@en .']
    # the run records of both loads: one record listing both inputs
    q = kg("query", "--store", store, "run-record", "-f", "json")
    assert q.exit_code == 0, q.output
    rows = json.loads(q.stdout)["results"]["bindings"]
    assert [r["doc"]["value"].rsplit("/", 1)[1] for r in rows] == ["a1", "b2"]
    assert len({r["run"]["value"] for r in rows}) == 1


def test_store_answers_like_the_merged_file(tmp_path, days):
    monday, tuesday = days
    store = tmp_path / "s"
    assert kg("load", monday, tuesday, "--store", store).exit_code == 0
    merged = tmp_path / "merged.trig"
    merged.write_bytes(serialize(merge_graphs([monday, tuesday]), "trig"))
    for name in QUERIES:
        for fmt in ("table", "json"):
            a, b = kg("query", merged, name, "-f", fmt), kg("query", "--store", store, name, "-f", fmt)
            assert a.exit_code == b.exit_code == 0, (a.output, b.output)
            assert a.stdout == b.stdout, name
    for fmt in ("text", "json"):  # the store counts in SPARQL, the file through rdflib
        assert kg("stats", merged, "-f", fmt).stdout == kg("stats", "--store", store, "-f", fmt).stdout


def test_loading_twice_changes_nothing(tmp_path, days):
    monday, _ = days
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    before = snapshot(store)
    assert kg("load", monday, "--store", store).exit_code == 0
    assert snapshot(store) == before == serialize(merge_graphs([monday]), "nq")
    assert sorted(p.name for p in store.iterdir()) == ["data-000002", "data-000002.nq", "kg-store.json", "lock"]


def test_validate_store(tmp_path, days):
    store = tmp_path / "s"
    assert kg("load", *days, "--store", store).exit_code == 0
    result = kg("validate", "--store", store)
    assert result.exit_code == 0 and "conforms: yes" in result.stdout


def test_nonconforming_graph_is_refused_and_store_unchanged(tmp_path, days):
    monday, tuesday = days
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    before = files(store)
    bad = tmp_path / "bad.nq"
    bad.write_text(_broken(tuesday))
    result = kg("load", tuesday, bad, "--store", store)
    assert result.exit_code == 1, result.output
    assert "nothing loaded" in result.stderr and "Violation" in result.stderr
    assert files(store) == before
    # and a new store is not even created
    result = kg("load", bad, "--store", tmp_path / "new")
    assert result.exit_code == 1 and not (tmp_path / "new").exists()


def _broken(path: Path) -> str:
    """Tuesday's graph with an event whose trigger offset is negative."""
    from kg.inputs import load_graph
    from kg.rdf.namespaces import NKG
    from rdflib import Literal
    from rdflib.namespace import XSD

    ds = load_graph(path)
    for s, p, o, g in list(ds.quads((None, NKG.triggerBegin, None, None))):
        ds.remove((s, p, o, g))
        ds.add((s, p, Literal("-1", datatype=XSD.integer), g))
        break
    return serialize(ds, "nq").decode()


def test_failure_halfway_leaves_store_intact(tmp_path, days, monkeypatch):
    from kg import store as store_module

    monday, tuesday = days
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    before = files(store)

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "_write_marker", crash)
    result = kg("load", tuesday, "--store", store)
    assert result.exit_code == 2 and "Traceback" not in result.output
    monkeypatch.undo()
    assert kg("query", "--store", store, "ASK { GRAPH doc:b2 { ?s ?p ?o } }").stdout == "false\n"
    # the half-written data directory is cleaned up by the next load
    assert kg("load", tuesday, "--store", store).exit_code == 0
    assert kg("query", "--store", store, "ASK { GRAPH doc:b2 { ?s ?p ?o } }").stdout == "true\n"
    assert len([p for p in store.iterdir() if p.name.startswith("data-")]) == 2
    assert before.keys() != files(store).keys()


def test_query_formats_on_a_store(tmp_path, days):
    store = tmp_path / "s"
    assert kg("load", *days, "--store", store).exit_code == 0
    q = "SELECT ?e ?name WHERE { ?e a nkg:Country ; rdfs:label ?name } ORDER BY ?name"
    tsv = kg("query", "--store", store, q, "-f", "tsv").stdout.splitlines()
    assert tsv[0] == "?e\t?name"
    assert tsv[1:] == ['<https://w3id.org/newskg/id/entity/china>\t"China"@en',
                       f'{RUSSIA}\t"Russia"@en', '<https://w3id.org/newskg/id/entity/ukraine>\t"Ukraine"@en']
    data = json.loads(kg("query", "--store", store, q, "-f", "json").stdout)
    assert data["head"]["vars"] == ["e", "name"]
    assert data["results"]["bindings"][1]["name"] == {"type": "literal", "value": "Russia", "xml:lang": "en"}
    construct = "CONSTRUCT { ?e rdfs:label ?n } WHERE { ?e a nkg:Country ; rdfs:label ?n }"
    for fmt in ("nt", "nq", "turtle", "trig", "json-ld", "xml"):
        result = kg("query", "--store", store, construct, "-f", fmt)
        assert result.exit_code == 0 and "Russia" in result.stdout, (fmt, result.output)
    assert kg("query", "--store", store, f"DESCRIBE {RUSSIA}", "-f", "nt").stdout.count(RUSSIA) >= 3
    assert_user_error(kg("query", "--store", store, q, "-f", "nq"), "CONSTRUCT/DESCRIBE")
    assert_user_error(kg("query", "--store", store, q, "-f", "yaml"), "unknown format")
    assert_user_error(kg("query", "--store", store, "SELECT nonsense"), "bad SPARQL")


def test_store_errors(tmp_path, days):
    monday, _ = days
    missing = tmp_path / "nope"
    for args in (["query", "--store", missing, "run-record"], ["stats", "--store", missing],
                 ["validate", "--store", missing]):
        assert_user_error(kg(*args), "no such store")
    assert_user_error(kg("query", monday, "run-record", "--store", tmp_path), "not both")
    assert_user_error(kg("stats"), "GRAPH")
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    assert_user_error(kg("load", monday, "--store", other), "not a newskg store")
    assert (other / "notes.txt").read_text() == "mine"
    # a corrupt store: bad description, then a missing data directory
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    before = files(store)
    assert_user_error(kg("load", tmp_path / "missing.ttl", "--store", store), "no such file")
    assert files(store) == before
    (store / "kg-store.json").write_text("{garbage")
    assert_user_error(kg("query", "--store", store, "run-record"), "corrupt store")
    assert_user_error(kg("load", monday, "--store", store), "corrupt store")
    (store / "kg-store.json").write_text(json.dumps({"format": "newskg-store", "version": 2, "data": "data-000009"}))
    assert_user_error(kg("stats", "--store", store), "corrupt store")
    # the database itself damaged: Oxigraph cannot open it
    (store / "kg-store.json").write_text(json.dumps({"format": "newskg-store", "version": 2, "data": "data-000001"}))
    assert kg("query", "--store", store, "ASK { ?s ?p ?o }").stdout == "true\n"
    (store / "data-000001" / "CURRENT").write_text("garbage\n")
    assert_user_error(kg("query", "--store", store, "ASK { ?s ?p ?o }"), "corrupt store")


def test_load_refused_while_store_is_served(tmp_path, days):
    from kg.store import locked

    monday, tuesday = days
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    before = files(store)
    with locked(store, exclusive=False):  # what `kg serve` holds while it runs
        assert_user_error(kg("load", tuesday, "--store", store), "in use", "kg serve")
        assert kg("query", "--store", store, "run-record").exit_code == 0  # readers share
    assert files(store) == before


def test_labels_and_classes_across_loads_follow_the_merge_rules(tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.rdf.namespaces import NKG
    from kg.records import Entity
    from kg.store import load_dataset
    from test_cookbook import RUSSIA as RU, _doc

    monday = write(tmp_path / "m.nq", [_doc("m1", ["Russia attacked GEORGIA."],
                                            [RU, Entity("georgia", "GEORGIA", "Location")],
                                            [(0, "attacked", "russia", "georgia", "attacked", {})])], "nq")
    tuesday = write(tmp_path / "t.nq", [_doc("t1", ["Georgia condemned Russia."],
                                             [RU, Entity("georgia", "Georgia", "Country")],
                                             [(0, "condemned", "georgia", "russia", "condemned", {})])], "nq")
    store = tmp_path / "s"
    for day in (tuesday, monday):  # order does not matter
        assert kg("load", day, "--store", store).exit_code == 0
    ds = load_dataset(store)
    georgia = URIRef("https://w3id.org/newskg/id/entity/georgia")
    assert {o for _, _, o, _ in ds.quads((georgia, RDFS.label, None, None))} == {Literal("Georgia", lang="en")}
    assert {o for _, _, o, _ in ds.quads((georgia, RDF.type, None, None))} == {NKG.Country}
    assert snapshot(store) == serialize(merge_graphs([monday, tuesday]), "nq")


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nq", "trig", "json-ld", "xml"])
def test_loads_each_of_our_formats(tmp_path, fmt):
    from kg.rdf.serialize import EXTENSIONS

    path = write(tmp_path / f"g{EXTENSIONS[fmt]}", cookbook_extractions(), fmt)
    store = tmp_path / "s"
    assert kg("load", path, "--store", store).exit_code == 0
    q = "SELECT ?a ?b WHERE { ?a nkg:attacked ?b }"
    assert kg("query", "--store", store, q, "-f", "csv").stdout.splitlines()[1:] == \
        ["https://w3id.org/newskg/id/entity/russia,https://w3id.org/newskg/id/entity/ukraine"]
    assert kg("validate", "--store", store).exit_code == 0


def two_reports(tmp_path: Path, fmt: str) -> Path:
    """Two documents that each state "Russia attacked Ukraine": the direct fact is in both
    documents' named graphs."""
    from test_cookbook import RUSSIA as RU, UKRAINE, _doc

    exs = [_doc(d, ["Russia attacked Ukraine."], [RU, UKRAINE], [(0, "attacked", "russia", "ukraine", "attacked", {})])
           for d in ("d1", "d2")]
    from kg.rdf.serialize import EXTENSIONS

    return write(tmp_path / f"two{EXTENSIONS[fmt]}", exs, fmt)


def test_a_fact_two_documents_state_is_one_triple(tmp_path):
    """The default graph is the union of all graphs as a set: a fact in two documents'
    graphs is one triple over a store or a quad file, as in the Turtle file of the same
    graph (Oxigraph's own union default graph gave it twice); GRAPH still tells the
    documents apart."""
    ttl, nq = two_reports(tmp_path, "turtle"), two_reports(tmp_path, "nq")
    store = tmp_path / "s"
    assert kg("load", nq, "--store", store).exit_code == 0
    facts = "SELECT ?a ?t WHERE { ?a nkg:attacked ?t }"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a nkg:attacked ?t }"
    doc = "https://w3id.org/newskg/id/doc/"
    for source in ([ttl], [nq], ["--store", store]):
        assert kg("query", *source, count, "-f", "csv").stdout.splitlines() == ["n", "1"], source
        assert kg("query", *source, facts, "-f", "csv").stdout.splitlines()[1:] == \
            ["https://w3id.org/newskg/id/entity/russia,https://w3id.org/newskg/id/entity/ukraine"], source
        assert kg("query", *source, "ASK { ?a nkg:attacked ?t ; rdfs:label ?l }").stdout == "true\n"
    for source in ([nq], ["--store", store]):
        where = kg("query", *source, "SELECT ?g WHERE { GRAPH ?g { ?a nkg:attacked ?t } }", "-f", "csv")
        assert where.stdout.splitlines() == ["g", doc + "d1", doc + "d2"], source
        # entity descriptions are in the default graph only, as loaded
        assert kg("query", *source, "ASK { GRAPH ?g { ?a rdfs:label ?l } }").stdout == "false\n"
    rows = [kg("query", *src, "who-attacked-whom", "-f", "json").stdout for src in ([ttl], [nq], ["--store", store])]
    assert rows[0] == rows[1] == rows[2]
    assert [b["reports"]["value"] for b in json.loads(rows[0])["results"]["bindings"]] == ["2"]
    stats = {kg("stats", *src, "-f", "json").stdout for src in ([nq], ["--store", store])}
    assert len(stats) == 1


def test_a_store_of_version_1_is_rewritten_by_the_next_load(tmp_path, days):
    """Stores written before the default graph held the union: readers refuse them with
    the way out, `kg load` reads their snapshot and writes the current layout."""
    from kg.store import OLD_VERSIONS, VERSION

    monday, tuesday = days
    store = tmp_path / "s"
    assert kg("load", monday, "--store", store).exit_code == 0
    info = json.loads((store / "kg-store.json").read_text())
    assert info["version"] == VERSION and 1 in OLD_VERSIONS
    (store / "kg-store.json").write_text(json.dumps({**info, "version": 1}))
    for args in (["query", "--store", store, "run-record"], ["stats", "--store", store],
                 ["validate", "--store", store]):
        assert_user_error(kg(*args), "store version 1", "kg load")
    result = kg("load", tuesday, "--store", store)
    assert result.exit_code == 0, result.output
    assert json.loads((store / "kg-store.json").read_text())["version"] == VERSION
    assert snapshot(store) == serialize(merge_graphs([monday, tuesday]), "nq")
    assert kg("query", "--store", store, "ASK { ?e nkg:agent ent:russia }").stdout == "true\n"


def test_default_graph_is_the_union_with_blank_nodes_kept(tmp_path):
    """The store's default graph (and an in-memory store's of a quad file) is the union of
    all graphs, a blank node one node across graphs: a pattern over the default graph joins
    what a document graph and the default graph say about it, once."""
    import pyoxigraph as ox

    from kg.oxterms import file_to_store
    from kg.query import run_query
    from kg.store import write_data

    nq = (b'_:b1 <http://x/p> "1" <http://g/1> .\n_:b1 <http://x/q> _:b2 <http://g/1> .\n'
          b'_:b1 <http://x/q> _:b2 <http://g/2> .\n_:b1 <http://x/r> "3" .\n')
    (tmp_path / "g.nq").write_bytes(nq)
    write_data(tmp_path / "db", nq)
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://x/p> ?a ; <http://x/q> ?o ; <http://x/r> ?b }"
    for store in (ox.Store.read_only(str(tmp_path / "db")), file_to_store(tmp_path / "g.nq")):
        assert [str(r[0]) for r in run_query(store, q)] == ["1"]
        assert len(run_query(store, "SELECT * WHERE { ?s ?p ?o }")) == 3
        assert len(run_query(store, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")) == 3
