"""`--jobs N` when processes die: a killed worker's batch is retried, a batch that kills its
worker twice is reported as skipped (exit 3), and the workers never outlive the run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.corpus.document as work
from kg.corpus import run_corpus
from kg.corpus.journal import workdir_for
from news_synth import write_corpus

ROOT = Path(__file__).resolve().parent.parent
_REAL = work.process_batch
_TARGET = {"id": "", "mark": None}


def _dying(batch):
    """process_batch, except that the worker holding the target document is killed
    (every time, or only the first time when a mark file is given)."""
    if any(d.id == _TARGET["id"] for d in batch):
        mark = _TARGET["mark"]
        if mark is None or not mark.exists():
            if mark is not None:
                mark.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return _REAL(batch)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("faults") / "c.jsonl", 12, seed=3)


@pytest.fixture(scope="module")
def reference(corpus) -> bytes:
    out = corpus.parent / "ref.nq"
    assert run_corpus([str(corpus)], str(out), quiet=True, batch_size=3).exit_code == 0
    return out.read_bytes()


def _run_dying(monkeypatch, corpus, out, target, mark):
    monkeypatch.setattr(work, "process_batch", _dying)
    monkeypatch.setitem(_TARGET, "id", target)
    monkeypatch.setitem(_TARGET, "mark", mark)
    return run_corpus([str(corpus)], str(out), quiet=True, jobs=2, batch_size=3, start_method="fork")


def test_a_killed_worker_is_replaced_and_its_batch_retried(tmp_path, monkeypatch, corpus, reference):
    mark = tmp_path / "killed-once"
    s = _run_dying(monkeypatch, corpus, tmp_path / "g.nq", "n0004", mark)
    assert mark.exists()  # a worker did die
    assert s.exit_code == 0 and s.documents == 12 and s.skipped == 0
    assert (tmp_path / "g.nq").read_bytes() == reference


def test_a_batch_that_kills_its_worker_twice_is_skipped(tmp_path, monkeypatch, corpus):
    s = _run_dying(monkeypatch, corpus, tmp_path / "g.nq", "n0007", None)
    # batch_size 3: n0006..n0008 share the batch that kills its worker
    assert s.exit_code == 3 and s.documents == 9 and s.skipped == 3
    assert sorted(k.source for k in s.skips) == ["n0006", "n0007", "n0008"]
    assert all("worker process died" in k.reason for k in s.skips)
    monkeypatch.undo()
    rest = write_corpus(tmp_path / "rest.jsonl", 12, seed=3, skip_ids=("n0006", "n0007", "n0008"))
    run_corpus([str(rest)], str(tmp_path / "rest.nq"), quiet=True)
    assert (tmp_path / "g.nq").read_bytes() == (tmp_path / "rest.nq").read_bytes()


_CHILD = """
import sys, time
import kg.corpus.document as d
import kg.corpus.runner as r
from kg.cli import app
real = d.process_batch
def slow(batch):
    time.sleep(1.5)  # keep the run alive long enough to be signalled midway
    return real(batch)
d.process_batch = slow
r.run_corpus.__kwdefaults__["batch_size"] = 2  # six batches, not one
app(["extract", sys.argv[1], "-o", sys.argv[2], "-q", "--jobs", "2"])
"""


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return kids


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start_and_wait_for_work(tmp_path, corpus):
    out = tmp_path / "g.nq"
    journal = workdir_for(str(out)) / "journal.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus), str(out)], env=env,
                             stderr=subprocess.PIPE)
    deadline = time.time() + 180
    while time.time() < deadline and child.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 2:
            break
        time.sleep(0.05)
    workers = [p for p in _children(child.pid) if _alive(p)]
    assert child.poll() is None and len(workers) >= 2, "the run ended before it could be signalled"
    return child, workers, out


def _wait_gone(pids: list[int]) -> list[int]:
    deadline = time.time() + 60
    while time.time() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_run(tmp_path, corpus):
    child, workers, out = _start_and_wait_for_work(tmp_path, corpus)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _wait_gone(workers) == []
    assert not out.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_ends_the_run_and_its_workers_then_resume_finishes(tmp_path, corpus, reference):
    child, workers, out = _start_and_wait_for_work(tmp_path, corpus)
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=120)
    err = err.decode()
    assert child.returncode == 143, err
    assert "error: terminated" in err and "--resume" in err and "Traceback" not in err
    assert _wait_gone(workers) == []
    assert not out.exists()
    s = run_corpus([str(corpus)], str(out), quiet=True, resume=True)
    assert s.resumed >= 2 and s.documents == 12
    assert out.read_bytes() == reference
