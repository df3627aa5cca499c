"""`kg extract` has one pipeline: the same documents give the same bytes in every format
whatever the input form (.txt files or JSON Lines), --jobs, or chunking, and those bytes
are what kg.rdf.serialize writes for the library's in-memory graph of the same documents."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.corpus import run_corpus
from kg.corpus.chunking import chunk_spans
from kg.rdf.serialize import EXTENSIONS, FORMATS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("one")
    (d / "txt").mkdir()
    for p in EXAMPLES:
        (d / "txt" / p.name).write_bytes(p.read_bytes())
    (d / "c.jsonl").write_text(
        "".join(json.dumps({"id": p.stem, "text": p.read_text("utf-8")}) + "\n" for p in EXAMPLES), "utf-8")
    return d


def _run(inputs, out, fmt, **kw):
    s = run_corpus(inputs, str(out), fmt=fmt, quiet=True, **kw)
    assert s.completed and s.exit_code == 0 and s.documents == len(EXAMPLES)
    return out.read_bytes()


@pytest.fixture(scope="module")
def by_txt(inputs):
    return {fmt: _run([str(inputs / "txt")], inputs / f"txt{EXTENSIONS[fmt]}", fmt) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_txt_jsonl_and_chunked_give_the_same_bytes(inputs, by_txt, tmp_path, fmt):
    assert by_txt[fmt] == _run([str(inputs / "c.jsonl")], tmp_path / f"j{EXTENSIONS[fmt]}", fmt)
    # 500 characters: both articles are cut, at paragraph breaks only.
    for p in EXAMPLES:
        text = p.read_text("utf-8")
        cuts = [b for _, b in chunk_spans(text, 500)[:-1]]
        assert cuts and all(text[b - 2:b] == "\n\n" for b in cuts)
    chunked = _run([str(inputs / "txt")], tmp_path / f"c{EXTENSIONS[fmt]}", fmt, chunk_chars=500)
    assert chunked == by_txt[fmt]


@pytest.mark.parametrize("fmt", FORMATS)
def test_streamed_bytes_equal_the_library_graph_serialized(by_txt, fmt):
    """One writer per format: the in-memory graph (kg.pipeline -> kg.rdf.build, with its
    run record) serialized by kg.rdf.serialize gives the bytes `kg extract` streams."""
    from kg.nlp import load_nlp
    from kg.pipeline import extract_documents, make_document
    from kg.rdf.build import build_dataset
    from kg.rdf.runrecord import add_run_record
    from kg.rdf.serialize import serialize

    docs = [make_document(p.read_text("utf-8"), p.stem) for p in EXAMPLES]
    ds = add_run_record(build_dataset(list(extract_documents(docs))), docs, nlp=load_nlp())
    assert serialize(ds, fmt) == by_txt[fmt]


_JOBS_CHILD = """
import sys
from kg.corpus import run_corpus
for fmt, out in zip(sys.argv[3::2], sys.argv[4::2]):
    s = run_corpus([sys.argv[1]], out, fmt=fmt, jobs=int(sys.argv[2]), quiet=True, batch_size=1)
    assert s.exit_code == 0, s.text()
    print(s.start_method)
"""


def test_jobs_1_and_2_give_the_same_bytes_in_every_format(inputs, by_txt, tmp_path):
    """Two worker processes (forked, one document per batch, so both work) write the
    bytes of one process, from .txt and from JSON Lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    for src in (inputs / "txt", inputs / "c.jsonl"):
        args = [a for fmt in FORMATS for a in (fmt, str(tmp_path / f"{src.stem}2{EXTENSIONS[fmt]}"))]
        proc = subprocess.run([sys.executable, "-c", _JOBS_CHILD, str(src), "2", *args], env=env,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        if sys.platform.startswith("linux"):
            assert set(proc.stdout.split()) == {"fork"}
        for fmt in FORMATS:
            assert (tmp_path / f"{src.stem}2{EXTENSIONS[fmt]}").read_bytes() == by_txt[fmt], (src, fmt)


def test_a_txt_article_longer_than_spacys_limit_extracts(tmp_path, nlp):
    """A .txt file went through an unchunked path once and failed past nlp.max_length
    (E088); now it is chunked like every input. spaCy's limit is lowered to keep it quick."""
    from typer.testing import CliRunner
    from rdflib import Graph

    from kg.cli import app
    from kg.rdf.namespaces import NIF, RDF

    text = "\n\n".join(p.read_text("utf-8") for p in EXAMPLES) * 3
    (tmp_path / "long.txt").write_text(text, "utf-8")
    saved = nlp.max_length
    nlp.max_length = 600
    try:
        result = CliRunner().invoke(app, ["extract", str(tmp_path / "long.txt"), "-f", "nt"])
    finally:
        nlp.max_length = saved
    assert result.exit_code == 0, result.stderr
    g = Graph().parse(data=result.stdout, format="nt")
    sentences = set(g.subjects(RDF.type, NIF.Sentence))
    assert len(text) > 3 * 600 and len(sentences) > 10
    for s in sentences:  # offsets into the whole article, not into a chunk
        begin, end = (int(g.value(s, p)) for p in (NIF.beginIndex, NIF.endIndex))
        assert text[begin:end] == str(g.value(s, NIF.anchorOf))


def test_nothing_left_to_extract_is_one_error_line_and_no_file(tmp_path, nlp):
    from typer.testing import CliRunner

    from cli_checks import assert_user_error
    from kg.cli import app

    (tmp_path / "bad.jsonl").write_text('{not json\n{"id": "x"}\n', "utf-8")
    out = tmp_path / "g.nq"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "bad.jsonl"), "-o", str(out)])
    assert_user_error(result, "no document to extract: 2 records skipped", "bad.jsonl:1", "bad JSON")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]  # no output, no work directory
