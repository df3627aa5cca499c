"""Corpus runs (kg.corpus): inputs, bad records, equality with the in-memory path,
--jobs, the fast SHACL checker against pyshacl, external sort."""
from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.corpus import EXIT_OK, EXIT_SKIPPED, Skip, iter_items, run_corpus
from kg.corpus.extsort import sort_unique
from kg.corpus.synth import make_corpus
from kg.errors import InputError
from kg.records import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _write_jsonl(path: Path, records, extra_lines=()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    lines += [x if isinstance(x, bytes) else x.encode("utf-8") for x in extra_lines]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


# ---------------------------------------------------------------- sources

def test_jsonl_bad_records_are_reported_with_line_numbers(tmp_path):
    p = _write_jsonl(tmp_path / "c.jsonl", [
        {"id": "a1", "text": "Russia attacked Ukraine.", "url": "https://x.org/a1",
         "date": "2024-01-02", "title": "T", "other": [1, 2]},
    ], ['', 'not json', '{"id": "a2"}', '{"id": "a3", "text": ""}', '[1]',
        b'{"id": "a4", "text": "caf\xe9"}', '{"id": "a1", "text": "again"}',
        '{"id": "a5", "text": "Poland condemned the attack."}'])
    items = list(iter_items([str(p)]))
    docs = [i for i in items if isinstance(i, Document)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [d.id for d in docs] == ["a1", "a5"]
    assert docs[0].source == "https://x.org/a1" and docs[0].date == "2024-01-02" and docs[0].title == "T"
    assert [s.line for s in skips] == [3, 4, 5, 6, 7, 8]
    reasons = " | ".join(s.reason for s in skips)
    for word in ("bad JSON", "missing text", "non-empty", "JSON object", "UTF-8", "already used"):
        assert word in reasons
    assert skips[0].text().startswith(f"skipped {p}:3: ")


def test_directories_globs_and_stdin(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "one.txt").write_text("Russia attacked Ukraine.", "utf-8")
    (tmp_path / "a" / "two.txt").write_text("Poland condemned Russia.", "utf-8")
    (tmp_path / "a" / "notes.md").write_text("ignored", "utf-8")
    _write_jsonl(tmp_path / "a" / "c.jsonl", [{"id": "j1", "text": "Iran warned Egypt."}])
    ids = [i.id for i in iter_items([str(tmp_path / "a")])]
    assert ids == ["one", "j1", "two"]  # sorted paths: a/b/one.txt, a/c.jsonl, a/two.txt
    assert [i.id for i in iter_items([str(tmp_path / "a" / "**" / "*.txt")])] == ["one", "two"]
    with pytest.raises(InputError):
        list(iter_items([str(tmp_path / "nothing-*.txt")]))
    stdin = io.BytesIO(b'\n{"id": "s1", "text": "Iran warned Egypt."}\n{"id": "s2"}\n')
    items = list(iter_items(["-"], stdin=stdin))
    assert isinstance(items[0], Document) and items[0].id == "s1"
    assert isinstance(items[1], Skip) and items[1].line == 2  # line 1 of stdin is the first record
    plain = list(iter_items(["-"], stdin=io.BytesIO(b"Russia attacked Ukraine.\n")))
    assert len(plain) == 1 and plain[0].text == "Russia attacked Ukraine.\n"


# ---------------------------------------------------------------- runs

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    return _write_jsonl(path, make_corpus(12, seed=3), ["{broken"])


@pytest.fixture(scope="module")
def reference(corpus):
    """The in-memory path of `kg extract` on the same documents."""
    from kg.pipeline import extract_documents
    from kg.rdf.build import build_dataset

    from kg.nlp import load_nlp
    from kg.rdf.runrecord import add_run_record

    docs = [d for d in iter_items([str(corpus)]) if isinstance(d, Document)]
    return add_run_record(build_dataset(list(extract_documents(docs))), docs, nlp=load_nlp())


@pytest.mark.parametrize("fmt", ["nq", "nt"])
def test_streamed_output_equals_in_memory_serialization(tmp_path, corpus, reference, fmt):
    from kg.rdf.serialize import serialize

    out = tmp_path / f"g.{fmt}"
    skipped = []
    summary = run_corpus([str(corpus)], str(out), fmt=fmt, quiet=True, on_skip=skipped.append)
    assert summary.completed and summary.conforms
    assert summary.documents == 12 and summary.skipped == 1 and skipped[0].line == 13
    assert summary.exit_code == EXIT_SKIPPED
    assert out.read_bytes() == serialize(reference, fmt)
    assert not list(tmp_path.glob(".*"))  # work directory removed, no temp files left


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_turtle_and_trig_through_pyoxigraph(tmp_path, corpus, reference, fmt):
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    from kg.rdf.build import union_graph

    out = tmp_path / f"g.{fmt}"
    summary = run_corpus([str(corpus)], str(out), fmt=fmt, quiet=True, on_skip=lambda s: None)
    assert summary.completed
    if fmt == "turtle":
        got = Graph().parse(out, format="turtle")
        assert isomorphic(got, union_graph(reference))
    else:
        got = Dataset()
        got.parse(out, format="trig")
        assert sorted(map(str, got.graphs())) == sorted(map(str, reference.graphs()))
        assert len(list(got.quads())) == len(list(reference.quads()))


def test_clean_run_exit_code_and_stdout(tmp_path, capsysbinary):
    src = tmp_path / "in"
    src.mkdir()
    for p in EXAMPLES.glob("*.txt"):
        (src / p.name).write_bytes(p.read_bytes())
    summary = run_corpus([str(src)], "-", fmt="nt", quiet=True)
    assert summary.exit_code == EXIT_OK and summary.documents == 2
    assert capsysbinary.readouterr().out.count(b"\n") == summary.lines


def test_jobs_2_gives_the_same_bytes(tmp_path, corpus):
    # spawn here (this test process has threads); fork: test_jobs_2_forked_gives_the_same_bytes
    one = run_corpus([str(corpus)], str(tmp_path / "one.nq"), quiet=True, on_skip=lambda s: None,
                     batch_size=4)
    two = run_corpus([str(corpus)], str(tmp_path / "two.nq"), jobs=2, quiet=True,
                     on_skip=lambda s: None, batch_size=4, start_method="spawn")
    assert one.documents == two.documents == 12 and two.start_method == "spawn"
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "two.nq").read_bytes()


def _one_blas_thread_env() -> dict:
    """A child process's environment as `kg extract --jobs 2` sets it up: no BLAS threads, so
    its workers are forked from the loaded pipeline."""
    return {**os.environ, "PYTHONPATH": str(EXAMPLES.parent), "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


_FORK_CHILD = """
import json, sys
from kg.corpus import run_corpus
from kg.corpus.pool import single_threaded
s = run_corpus([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), quiet=True, batch_size=4,
               on_skip=lambda s: None)
print(json.dumps({"method": s.start_method, "single": single_threaded(), "documents": s.documents}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_jobs_2_forked_gives_the_same_bytes(tmp_path, corpus):
    """A fresh process with no BLAS threads (as `kg extract --jobs 2` sets up) forks its
    workers from the loaded pipeline; the bytes equal those of a one-process run."""
    env = _one_blas_thread_env()
    runs = {}
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}.nq"
        proc = subprocess.run([sys.executable, "-c", _FORK_CHILD, str(corpus), str(out), str(jobs)],
                              env=env, capture_output=True, text=True, check=True)
        runs[jobs] = json.loads(proc.stdout.strip().splitlines()[-1])
        assert runs[jobs]["documents"] == 12
    assert runs[2]["method"] == "fork" and runs[1]["single"]
    assert (tmp_path / "j1.nq").read_bytes() == (tmp_path / "j2.nq").read_bytes()


def test_triple_counter_equals_the_run_records_counts(tmp_path, corpus, reference):
    """Counting distinct triples on the sorted N-Quads stream gives the counts
    kg.rdf.runrecord computes from the in-memory graph."""
    from kg.corpus.extsort import TripleCounter
    from kg.rdf.runrecord import data_counts
    from kg.rdf.runrecord_read import read_run_records, remove_run_records
    from kg.rdf.serialize import serialize
    from rdflib import Dataset

    data = Dataset()
    data.parse(data=serialize(reference, "nq"), format="nquads")
    remove_run_records(data, read_run_records(data))
    counter = TripleCounter()
    for line in serialize(data, "nq").splitlines(keepends=True):
        counter(line)
    expected, _ = data_counts(data)
    assert counter.counts() == expected
    assert expected.triples < len(list(data.quads()))  # some triples are in several graphs


def test_timestamp_in_corpus_mode(tmp_path, corpus):
    from kg.rdf.namespaces import PROV

    out = tmp_path / "g.nt"
    run_corpus([str(corpus)], str(out), quiet=True, on_skip=lambda s: None, batch_size=4,
               timestamp="2026-01-02T03:04:05Z", stop_after=4)
    run_corpus([str(corpus)], str(out), quiet=True, on_skip=lambda s: None, batch_size=4,
               timestamp=True, resume=True)
    g = Graph().parse(out, format="nt")
    started = list(g.objects(None, PROV.startedAtTime))
    assert [x.toPython().isoformat() for x in started] == ["2026-01-02T03:04:05+00:00"]  # first run's
    assert len(list(g.objects(None, PROV.endedAtTime))) == 1


def test_sort_unique_external_runs(tmp_path):
    rng = random.Random(5)
    lines = [f"<urn:x:{rng.randrange(500)}> <urn:p> \"é{i % 37}\" .\n".encode() for i in range(3000)]
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"".join(lines[:1700]))
    b.write_bytes(b"".join(lines[1700:]))
    out = tmp_path / "out"
    n = sort_unique([a, b], out, run_lines=100)
    expected = sorted(set(lines))
    assert n == len(expected) and out.read_bytes() == b"".join(expected)


# ---------------------------------------------------------------- fast SHACL = pyshacl

def _mutations(graph: Graph, n: int, seed: int = 11):
    rng = random.Random(seed)
    triples = sorted(graph, key=lambda t: tuple(map(str, t)))
    bogus = URIRef("https://w3id.org/newskg/ontology#Nope")
    for i in range(n):
        t = list(triples)
        k = rng.randrange(len(t))
        s, p, o = t[k]
        kind = i % 5
        if kind == 0:
            del t[k]
        elif kind == 1:
            t[k] = (s, p, Literal("x"))
        elif kind == 2:
            t.append((s, p, Literal("-5", datatype=XSD.integer)))
        elif kind == 3:
            t[k] = (s, p, bogus)
        else:
            t.append((s, p, o if isinstance(o, URIRef) else Literal(f"{o}1", datatype=getattr(o, "datatype", None))))
        yield t


def test_fast_shacl_agrees_with_pyshacl(extractions):
    from kg.corpus.shacl import validate_triples
    from kg.rdf.build import build_graph
    from kg.validate import validate

    graph = build_graph(extractions)
    assert validate_triples(graph).conforms and validate(graph).conforms
    for triples in _mutations(graph, 60):
        g = Graph()
        for t in triples:
            g.add(t)
        slow, fast = validate(g), validate_triples(triples)
        assert slow.conforms == fast.conforms, triples
        # Every result of ours is one pyshacl reports (pyshacl adds nested sh:detail results).
        assert {(r.focus, r.path) for r in fast.violations} <= {(r.focus, r.path) for r in slow.violations}


def test_document_that_fails_shacl_is_skipped(tmp_path, monkeypatch):
    import kg.corpus.runner as runner
    from kg.validate import Report, Result

    def broken(triples, shapes=None):
        return Report(conforms=False, results=[Result("doc:x", "", "broken on purpose")])

    monkeypatch.setattr("kg.corpus.shacl.validate_triples", broken)
    p = _write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "Russia attacked Ukraine."}])
    skips = []
    summary = runner.run_corpus([str(p)], str(tmp_path / "o.nt"), quiet=True, on_skip=skips.append,
                                validate=True)
    assert summary.documents == 0 and summary.skipped == 1 and "broken on purpose" in skips[0].reason


def test_last_batches_shrink_so_the_workers_finish_together():
    """With workers, the batches near the end of a counted input get smaller (about the
    remaining documents over the batches in flight), so one worker does not idle through
    the other's last full batch; every document is in exactly one batch, in order."""
    from kg.corpus.batches import _batches
    from kg.records import Document

    docs = [Document(f"d{i}", "Text.") for i in range(200)]
    sizes = [len(b) for b in _batches(iter(docs), set(), 32, lambda s: None, lambda: None,
                                      total=200, parts=4)]
    assert sizes[0] == 32 and sizes[-1] < 8 and sizes == sorted(sizes, reverse=True)
    batches = list(_batches(iter(docs), set(), 32, lambda s: None, lambda: None, total=200, parts=4))
    assert [d.id for b in batches for d in b] == [d.id for d in docs]
    # one process (parts 1), an uncounted input (stdin) or a small batch size: fixed batches
    one = [len(b) for b in _batches(iter(docs), set(), 32, lambda s: None, lambda: None, total=200)]
    assert one == [32] * 6 + [8]
    unknown = [len(b) for b in _batches(iter(docs), set(), 32, lambda s: None, lambda: None, parts=4)]
    assert unknown == one
    small = [len(b) for b in _batches(iter(docs[:10]), set(), 3, lambda s: None, lambda: None,
                                      total=10, parts=4)]
    assert small == [3, 3, 3, 1]


_WARM_CHILD = """
import json
from kg.corpus import document as work
from kg.corpus.pool import start_pool, stop_pool
from kg.corpus.shacl import _validator
from kg.gazetteer.geonames import load_geonames
from kg.rdf.build import DEFAULT_BASE
config = (DEFAULT_BASE, None, 4, True, None)
work.configure(*config)
def loaded():
    return {"shapes": _validator.cache_info().currsize, "geonames": load_geonames.cache_info().currsize}
pool = start_pool(2, config, "fork")
print(json.dumps(pool.submit(loaded).result()))
stop_pool(pool)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_forked_workers_inherit_the_shapes_and_gazetteers():
    """The main process warms up before it forks, so a worker starts with the compiled
    shapes and the GeoNames tables (and the main process has the shapes for its own
    end-of-run check) instead of each worker loading its own."""
    proc = subprocess.run([sys.executable, "-c", _WARM_CHILD], env=_one_blas_thread_env(), capture_output=True,
                          text=True, check=True)
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == {"shapes": 1, "geonames": 1}


def test_shapes_without_sparql_do_not_load_the_sparql_parser():
    """rdflib's SPARQL parser (0.15 s to import) is loaded only for shapes that hold SPARQL."""
    code = ("import sys; from kg.validate import load_shapes; load_shapes(); "
            "print('rdflib.plugins.sparql' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(EXAMPLES.parent)},
                          capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"
