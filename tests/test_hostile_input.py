"""`kg extract` on hostile input (issue 12, part B): bad metadata, control characters,
a '#' base, symbolic links, FIFOs, empty inputs, runaway text, deeply nested JSON, stdin
sniffing. A bad record is skipped (exit 3), never the end of the run; every byte written
parses strictly, in every format."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from output_checks import leftovers, strict_problem, validate_problem

KG = Path(sys.executable).parent / "kg"
GOOD = "Russia attacked Ukraine on Monday. China condemned the attack."
FORMATS = ["nt", "nq", "ttl", "trig", "jsonld", "rdf"]


def extract(*args, input=None):
    r = CliRunner().invoke(app, ["extract", *map(str, args)], input=input)
    assert "Traceback" not in r.stderr and "unexpected" not in r.stderr, r.stderr
    return r


def jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def assert_good_output(path: Path) -> None:
    assert strict_problem(path) is None, strict_problem(path)
    assert validate_problem(path) is None


HOSTILE_META = [
    {"url": "http://example.org/%zz"},
    {"url": "http://example.org/a b"},
    {"url": "http://example.org/<script>"},
    {"url": "urn:x\u0000"},
    {"title": "bad\u0000title"},
    {"title": "bell\u0007"},
    {"date": "2024-02-03\u0001"},
    {"title": "lone \ud800 surrogate"},
]


@pytest.mark.parametrize("fmt", ["nq", "rdf"])
def test_hostile_metadata_skips_the_record_and_the_run_goes_on(tmp_path, fmt):
    records = [{"id": f"h{i}", "text": GOOD, **meta} for i, meta in enumerate(HOSTILE_META)]
    records.append({"id": "fine", "text": GOOD, "url": "https://example.org/a?b=1#c", "title": "T <&>",
                    "date": "last Tuesday"})
    src = jsonl(tmp_path / "c.jsonl", *records)
    out = tmp_path / f"g.{fmt}"
    r = extract(src, "-o", out)
    assert r.exit_code == 3, r.stderr
    assert f"{len(HOSTILE_META)} records skipped" in r.stderr
    for line in range(1, len(HOSTILE_META) + 1):
        assert f"c.jsonl:{line}:" in r.stderr
    assert_good_output(out)
    assert b"/doc/fine" in out.read_bytes() and b"/doc/h0" not in out.read_bytes()
    assert leftovers(tmp_path, {"c.jsonl", out.name}) == []


CONTROL_TEXT = ("Russia attacked Ukraine.\u2028China condemned\u0085 the attack.\u2029 "
                "Bell\u0007 tab\t vt\u000b ff\u000c nonchar\uffff end\u001f.")


@pytest.mark.parametrize("suffix", FORMATS)
def test_control_characters_in_text_give_valid_output_in_every_format(tmp_path, suffix):
    src = jsonl(tmp_path / "c.jsonl", {"id": "a", "text": CONTROL_TEXT}, {"id": "b", "text": "x\ud800y " + GOOD})
    out = tmp_path / f"g.{suffix}"
    r = extract(src, "-o", out)
    assert r.exit_code == 0, r.stderr
    assert_good_output(out)
    data = out.read_bytes()
    assert b"\x00" not in data and b"\x07" not in data


def test_lone_surrogates_in_a_text_or_id_without_an_id_or_with_one(tmp_path):
    """Found by the long fuzz run: a text hashed for its id before it was cleaned."""
    src = jsonl(tmp_path / "c.jsonl", {"text": "a\ud81c " + GOOD}, {"id": "b\udfff\u00e9", "text": GOOD})
    r = extract(src, "-o", tmp_path / "g.nq")
    assert r.exit_code == 0, r.stderr
    assert_good_output(tmp_path / "g.nq")
    assert leftovers(tmp_path, {"c.jsonl", "g.nq"}) == []


def test_control_characters_are_replaced_one_for_one_so_offsets_hold():
    from kg.corpus.cleaning import clean_text

    cleaned = clean_text(CONTROL_TEXT)
    assert len(cleaned) == len(CONTROL_TEXT)
    assert "\u0007" not in cleaned and "\uffff" not in cleaned and "\ufffd" in cleaned
    assert "vt  ff " in cleaned  # whitespace controls become spaces
    assert "\u2028" in cleaned and "\t" in cleaned  # XML can hold these: kept


def test_line_separators_never_split_n_triples_lines():
    from rdflib import Graph, Literal, URIRef

    from kg.rdf.serialize import serialize

    g = Graph()
    g.add((URIRef("https://e.org/s"), URIRef("https://e.org/p"), Literal("a\u2028b\u2029c\u0085d")))
    g.add((URIRef("https://e.org/s"), URIRef("https://e.org/q"), Literal("plain")))
    import pyoxigraph as ox

    for fmt, oxf in (("nt", ox.RdfFormat.N_TRIPLES), ("nq", ox.RdfFormat.N_QUADS),
                     ("trig", ox.RdfFormat.TRIG), ("turtle", ox.RdfFormat.TURTLE)):
        assert len(list(ox.parse(serialize(g, fmt), format=oxf))) == 2, fmt


def test_rdf_xml_refuses_characters_xml_cannot_hold():
    from rdflib import Graph, Literal, URIRef

    from kg.errors import OutputError
    from kg.rdf.serialize import serialize

    g = Graph()
    g.add((URIRef("https://e.org/s"), URIRef("https://e.org/p"), Literal("bell\u0007")))
    with pytest.raises(OutputError, match="U\\+0007"):
        serialize(g, "xml")


@pytest.mark.parametrize("suffix", ["nt", "ttl", "rdf"])
def test_a_hash_base_mints_iris_strict_parsers_read(tmp_path, suffix):
    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / f"g.{suffix}"
    r = extract(tmp_path / "a.txt", "--base", "https://example.org/ns#", "-o", out)
    assert r.exit_code == 0, r.stderr
    assert_good_output(out)
    assert b"ns#doc/a/char=0,34" in out.read_bytes() or suffix != "nt"


@pytest.mark.parametrize("base", ["https://example.org/a#b#", "https://example.org/%zz/", "https://e.org/a b/"])
def test_a_base_strict_parsers_reject_is_refused_in_one_line(tmp_path, base):
    (tmp_path / "a.txt").write_text(GOOD)
    r = extract(tmp_path / "a.txt", "--base", base, "-o", tmp_path / "g.nt")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and r.stderr.startswith("error: --base")
    assert leftovers(tmp_path, {"a.txt"}) == []


@pytest.mark.parametrize("dangling", [False, True])
def test_output_onto_a_symbolic_link_writes_through_it(tmp_path, dangling):
    (tmp_path / "a.txt").write_text(GOOD)
    real = tmp_path / "real" / "graph.nt"
    real.parent.mkdir()
    if not dangling:
        real.write_text("old\n")
    link = tmp_path / "link.nt"
    link.symlink_to(real)
    r = extract(tmp_path / "a.txt", "-o", link)
    assert r.exit_code == 0, r.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert b"/doc/a>" in real.read_bytes()
    assert sorted(p.name for p in real.parent.iterdir()) == ["graph.nt"]


def test_merge_onto_a_symbolic_link_writes_through_it(tmp_path):
    from kg.rdf.serialize import write_atomic

    real = tmp_path / "real.ttl"
    real.write_text("old")
    link = tmp_path / "link.ttl"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def _kg_subprocess(*args, cwd):
    return subprocess.run([str(KG), *args], cwd=cwd, capture_output=True, timeout=120)


def test_a_fifo_input_is_reported_never_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    r = _kg_subprocess("extract", "pipe.txt", "a.txt", "-o", "g.nt", cwd=tmp_path)  # hung before
    err = r.stderr.decode()
    assert r.returncode == 3, err
    assert "skipped pipe.txt: not a regular file (a FIFO)" in err
    assert strict_problem(tmp_path / "g.nt") is None


def test_a_directory_reports_fifos_and_broken_links(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD)
    os.mkfifo(d / "pipe.jsonl")
    (d / "gone.txt").symlink_to(d / "missing.txt")
    r = _kg_subprocess("extract", "in", "-o", "g.nt", cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 3, err
    assert "pipe.jsonl: not a regular file (a FIFO)" in err and "gone.txt: broken symbolic link" in err
    assert "2 records skipped" in err


@pytest.mark.parametrize("name", ["e.txt", "e.jsonl"])
def test_empty_inputs_follow_one_rule(tmp_path, name):
    (tmp_path / name).write_text("\n\n")
    (tmp_path / "a.txt").write_text(GOOD)
    alone = extract(tmp_path / name, "-o", tmp_path / "g.nt")
    assert alone.exit_code == 2 and "empty input" in alone.stderr and alone.stderr.count("\n") == 1
    assert not (tmp_path / "g.nt").exists()
    beside = extract(tmp_path / name, tmp_path / "a.txt", "-o", tmp_path / "g.nt")
    assert beside.exit_code == 3 and f"{name}: empty input" in beside.stderr
    assert leftovers(tmp_path, {name, "a.txt", "g.nt"}) == []


def test_deeply_nested_json_is_a_bad_record(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text('{"id": "deep", "x": ' + "[" * 100_000 + "\n" + json.dumps({"id": "a", "text": GOOD}) + "\n")
    r = extract(src, "-o", tmp_path / "g.nt")
    assert r.exit_code == 3, r.stderr
    assert "c.jsonl:1: bad JSON (nested too deeply)" in r.stderr
    assert leftovers(tmp_path, {"c.jsonl", "g.nt"}) == []


def test_stdin_json_lines_with_a_broken_first_record_stay_json_lines(tmp_path):
    data = "{broken\n" + json.dumps({"id": "a", "text": GOOD}) + "\n"
    r = extract("-", "-o", tmp_path / "g.nt", input=data)
    assert r.exit_code == 3, r.stderr
    assert "<stdin>:1: bad JSON" in r.stderr
    assert b"/doc/a>" in (tmp_path / "g.nt").read_bytes()


def test_a_text_over_the_per_document_limit_is_a_bad_record(tmp_path):
    from kg.corpus.cleaning import MAX_DOC_CHARS

    src = jsonl(tmp_path / "c.jsonl", {"id": "huge", "text": "word " * (MAX_DOC_CHARS // 5 + 1)},
                {"id": "a", "text": GOOD})
    r = extract(src, "-o", tmp_path / "g.nt")
    assert r.exit_code == 3 and f"c.jsonl:1: text of {MAX_DOC_CHARS + 5:,} characters" in r.stderr


def test_a_txt_over_the_limit_is_a_one_line_error(tmp_path):
    from kg.corpus.cleaning import MAX_DOC_CHARS

    src = tmp_path / "huge.txt"
    src.write_text("word " * (MAX_DOC_CHARS // 5 + 1), "utf-8")
    r = extract(src, "-o", tmp_path / "g.nq")
    assert r.exit_code == 2, r.stderr
    assert r.stderr.strip().splitlines() == [
        f"error: {src}: text of {MAX_DOC_CHARS + 5:,} characters, longer than the "
        f"{MAX_DOC_CHARS:,}-character limit per document"]
    assert not (tmp_path / "g.nq").exists()


# ---------------------------------------------------------------- runaway text

def test_runaway_runs_are_cut_into_bounded_unparsed_pieces():
    from kg.corpus.chunking import PIECE_TOKENS, plan

    for run in ("?" * 20_000, "\U0001F600" * 5_000, "-=" * 3_000):
        text = f"{GOOD} {run} Russia attacked Ukraine again."
        pieces = plan(text, 100_000)
        assert "".join(p for p, _ in pieces) == text
        unparsed = [p for p, parse in pieces if not parse]
        assert len(unparsed) >= len(run) // (2 * PIECE_TOKENS)
        assert all(len(p) <= 2 * PIECE_TOKENS + 2 for p in unparsed)
        assert pieces[0] == (GOOD + " ", True)


def test_news_text_is_planned_whole():
    from kg.corpus.chunking import plan

    examples = Path(__file__).resolve().parent.parent / "examples"
    for path in sorted(examples.glob("*.txt")):
        text = path.read_text("utf-8")
        assert plan(text, 100_000) == [(text, True)]
    long_sentence = "Officials said that " + "the minister and the envoy met " * 40 + "in Kyiv."
    assert plan(long_sentence, 100_000) == [(long_sentence, True)]


def test_runaway_text_still_extracts_the_sentences_around_it(tmp_path, nlp):
    from kg.corpus.chunking import parse_chunked
    from kg.extract import extract_from_doc
    from kg.records import Document

    text = f"{GOOD} " + "?" * 8_000 + " Poland condemned Russia."
    doc = next(parse_chunked(nlp, [text]))
    assert doc.text == text
    ex = extract_from_doc(doc, Document("x", text))
    assert {(e.relation, e.agent, e.target) for e in ex.events} >= {("attacked", "russia", "ukraine"),
                                                                   ("condemned", "poland", "russia")}
    assert max(len(s.text) for s in ex.sentences) <= 1_000


def test_runaway_text_is_noted_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD + " " + "!" * 5_000)
    r = _kg_subprocess("extract", "a.txt", "-o", "g.nt", cwd=tmp_path)
    assert r.returncode == 0
    assert "note: a: 25 pieces of runaway text" in r.stderr.decode()


def test_wordless_sentences_are_runaway_text_too():
    from kg.corpus.chunking import plan

    text = f"{GOOD} " + "? " * 50_000
    pieces = plan(text, 100_000)
    assert "".join(p for p, _ in pieces) == text
    assert pieces[0] == (GOOD + " ", True) and sum(1 for _, parse in pieces if not parse) >= 240


def test_dense_text_is_chunked_by_tokens():
    from kg.corpus.chunking import CHUNK_TOKENS, _TOKEN, plan

    text = f"{GOOD} " + "a? " * 33_000  # sentences, but two tokens in every three characters
    pieces = plan(text, 100_000)
    assert "".join(p for p, _ in pieces) == text and len(pieces) >= 3
    assert all(sum(1 for _ in _TOKEN.finditer(p)) <= CHUNK_TOKENS for p, _ in pieces)
