"""--resume: an interrupted corpus run, continued, gives the bytes of an uninterrupted one."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.corpus import run_corpus
from kg.corpus.journal import workdir_for as _workdir_for
from kg.corpus.synth import write_jsonl
from kg.errors import KgError


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("resume") / "c.jsonl", 10, seed=5)


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory):
    out = {}
    for fmt in ("nq", "turtle"):
        path = tmp_path_factory.mktemp("full") / f"g.{fmt}"
        s = run_corpus([str(corpus)], str(path), fmt=fmt, quiet=True, batch_size=3)
        assert s.completed and s.documents == 10
        out[fmt] = path.read_bytes()
    return out


@pytest.mark.parametrize("fmt", ["nq", "turtle"])
def test_stop_then_resume_equals_uninterrupted(tmp_path, corpus, uninterrupted, fmt):
    out = tmp_path / f"g.{fmt}"
    first = run_corpus([str(corpus)], str(out), fmt=fmt, quiet=True, batch_size=3, stop_after=4)
    assert not first.completed and first.documents == 6  # two batches of 3 journalled
    assert not out.exists()  # nothing appears before the run is complete
    second = run_corpus([str(corpus)], str(out), fmt=fmt, quiet=True, batch_size=3, resume=True)
    assert second.completed and second.resumed == 6 and second.processed == 4
    assert out.read_bytes() == uninterrupted[fmt]
    assert not _workdir_for(str(out)).exists()


def test_torn_writes_are_dropped_on_resume(tmp_path, corpus, uninterrupted):
    out = tmp_path / "g.nq"
    run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, stop_after=4)
    work = _workdir_for(str(out))
    # A crash in the middle of the next batch: half a document's lines, half a journal line.
    with (work / "docs.nq").open("ab") as fh:
        fh.write(b"<https://w3id.org/newskg/id/doc/synth-000004> <urn:half")
    with (work / "journal.jsonl").open("ab") as fh:
        fh.write(b'{"id": "synth-000004", "end": 99')
    s = run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, resume=True)
    assert s.resumed == 4 and s.processed == 6
    assert out.read_bytes() == uninterrupted["nq"]


def test_resume_with_other_settings_is_refused(tmp_path, corpus):
    out = tmp_path / "g.nq"
    run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, stop_after=2)
    with pytest.raises(KgError, match="different settings"):
        run_corpus([str(corpus)], str(out), quiet=True, resume=True, base="https://example.org/x/")


def test_without_resume_a_stale_work_directory_is_discarded(tmp_path, corpus, uninterrupted):
    out = tmp_path / "g.nq"
    run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, stop_after=2)
    s = run_corpus([str(corpus)], str(out), quiet=True, batch_size=5)
    assert s.resumed == 0 and s.processed == 10
    assert out.read_bytes() == uninterrupted["nq"]


_CHILD = """
import sys, time
import kg.corpus.document as d
from kg.corpus import run_corpus
real = d.finish_batch
def slow(batch, parsed):
    time.sleep(0.3)  # keep the run alive long enough to be killed midway
    return real(batch, parsed)
d.finish_batch = slow
run_corpus([sys.argv[1]], sys.argv[2], quiet=True, batch_size=1)
"""


def test_killed_process_then_resume(tmp_path, corpus, uninterrupted):
    out = tmp_path / "g.nq"
    journal = _workdir_for(str(out)) / "journal.jsonl"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus), str(out)], env=env)
    deadline = time.time() + 120
    while time.time() < deadline and child.poll() is None:
        if journal.exists() and len(journal.read_bytes().splitlines()) >= 3:
            break
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not out.exists()
    done = [json.loads(line)["id"] for line in journal.read_bytes().split(b"\n")[:-1]]  # complete lines
    assert 3 <= len(done) < 10
    s = run_corpus([str(corpus)], str(out), quiet=True, batch_size=4, resume=True)
    assert s.resumed == len(done) and s.documents == 10
    assert out.read_bytes() == uninterrupted["nq"]
