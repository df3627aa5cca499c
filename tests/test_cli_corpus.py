"""`kg extract` in corpus mode: JSON Lines, --jobs, stdin, bad records, clean failures."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _kg(*args, cwd, stdin=None):
    return subprocess.run([str(Path(sys.executable).parent / "kg"), *args], cwd=cwd, input=stdin,
                          capture_output=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    lines = [json.dumps({"id": f"a{i}", "text": texts[i % 2], "date": f"2024-04-0{i + 1}",
                         "title": f"T{i}", "url": f"https://example.org/{i}", "extra": [1]})
             for i in range(4)]
    lines.insert(2, "{not json")
    lines.append(json.dumps({"id": "no-text"}))
    (d / "c.jsonl").write_text("\n".join(lines) + "\n")
    return d


def test_bad_records_are_reported_with_line_numbers_and_skipped(corpus):
    r = _kg("extract", "c.jsonl", "-o", "g.nt", cwd=corpus)
    err = r.stderr.decode()
    assert r.returncode == 3, err
    assert "c.jsonl:3" in err and "c.jsonl:6" in err and "Traceback" not in err
    text = (corpus / "g.nt").read_text()
    assert "/doc/a3>" in text and "no-text" not in text
    assert _kg("validate", "g.nt", cwd=corpus).returncode == 0


def test_two_jobs_and_stdin_give_the_same_bytes(corpus):
    assert _kg("extract", "c.jsonl", "-o", "one.nq", "-q", cwd=corpus).returncode == 3
    assert _kg("extract", "c.jsonl", "-o", "two.nq", "-q", "--jobs", "2", cwd=corpus).returncode == 3
    piped = _kg("extract", "-", "-o", "pipe.nq", "-q", cwd=corpus, stdin=(corpus / "c.jsonl").read_bytes())
    assert piped.returncode == 3
    one = (corpus / "one.nq").read_bytes()
    assert one == (corpus / "two.nq").read_bytes() == (corpus / "pipe.nq").read_bytes()


def test_missing_input_leaves_nothing_behind(tmp_path):
    r = _kg("extract", "missing.jsonl", "-o", "g.nt", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1 and r.stderr.decode().startswith("error:")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["nq", "nt"])
def test_corpus_mode_equals_normal_mode_with_its_run_record(tmp_path, fmt):
    """The two examples as JSON Lines (ids = file stems, no title/date/url: those add
    dct: triples to a document that a .txt input cannot have) give, in corpus mode with
    one or two processes, the bytes `kg extract examples/` gives: data and run record."""
    examples = sorted((ROOT / "examples").glob("*.txt"))
    (tmp_path / "c.jsonl").write_text(
        "".join(json.dumps({"id": p.stem, "text": p.read_bytes().decode("utf-8")}) + "\n" for p in examples))
    normal = _kg("extract", str(ROOT / "examples"), "--format", fmt, "-o", f"normal.{fmt}", cwd=tmp_path)
    assert normal.returncode == 0, normal.stderr.decode()
    expected = (tmp_path / f"normal.{fmt}").read_bytes()
    assert b"/run/" in expected and b"sha256" in expected
    for jobs in ("1", "2"):
        r = _kg("extract", "c.jsonl", "-o", f"corpus{jobs}.{fmt}", "-q", "--jobs", jobs, cwd=tmp_path)
        assert r.returncode == 0, r.stderr.decode()
        assert (tmp_path / f"corpus{jobs}.{fmt}").read_bytes() == expected


def test_corpus_mode_timestamp(corpus):
    r = _kg("extract", "c.jsonl", "-o", "ts.nq", "-q", "--timestamp", cwd=corpus)
    assert r.returncode == 3
    text = (corpus / "ts.nq").read_text()
    assert "prov#startedAtTime" in text and "prov#endedAtTime" in text and "terms/issued" in text
    assert _kg("validate", "ts.nq", cwd=corpus).returncode == 0
