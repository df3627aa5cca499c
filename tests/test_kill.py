"""kill -9 at several points of a corpus run: no output file appears, the work folder
stays usable, and --resume gives the bytes of an uninterrupted run."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.corpus import run_corpus
from kg.corpus.journal import workdir_for
from kg.corpus.synth import write_jsonl

# The child runs a corpus and SIGKILLs itself at the point named by argv[3].
_CHILD = """
import os, signal, sys
import kg.corpus.journal as journal
import kg.corpus.runner as runner
from kg.corpus import run_corpus

point = sys.argv[3]
die = lambda: os.kill(os.getpid(), signal.SIGKILL)
if point == "journal-start":      # work folder made, settings written, nothing journalled
    real_start = journal.Journal.start
    def start(self, *a):
        out = real_start(self, *a)
        die()
    journal.Journal.start = start
elif point == "torn-add":         # a batch's lines half on disk, its journal entries not
    real_add, calls = journal.Journal.add, []
    def add(self, results):
        calls.append(1)
        if len(calls) == 3:
            self._docs.write(results[0].nquads[: len(results[0].nquads) // 2])
            self._docs.flush()
            die()
        real_add(self, results)
    journal.Journal.add = add
elif point == "assembled":        # the output made in the work folder, not yet published
    real_assemble = runner.assemble
    def assemble(*a, **k):
        real_assemble(*a, **k)
        die()
    runner.assemble = assemble
elif point == "sorting":          # in the middle of the external sort
    import kg.corpus.assemble as assemble_mod
    real_merge = assemble_mod.merge_sorted
    def merge_sorted(*a, **k):
        die()
    assemble_mod.merge_sorted = merge_sorted
run_corpus([sys.argv[1]], sys.argv[2], quiet=True, batch_size=2)
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("kill") / "c.jsonl", 8, seed=11)


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("full") / "g.nq"
    assert run_corpus([str(corpus)], str(out), quiet=True, batch_size=2).completed
    return out.read_bytes()


def _child(corpus: Path, out: Path, point: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus), str(out), point], env=env)


@pytest.mark.parametrize("point", ["journal-start", "torn-add", "sorting", "assembled"])
def test_kill_at_a_point_then_resume_gives_the_same_bytes(tmp_path, corpus, uninterrupted, point):
    out = tmp_path / "g.nq"
    child = _child(corpus, out, point)
    assert child.wait(timeout=300) == -signal.SIGKILL
    assert not out.exists()
    assert workdir_for(str(out)).exists()
    s = run_corpus([str(corpus)], str(out), quiet=True, batch_size=3, resume=True)
    assert s.completed and s.documents == 8
    assert out.read_bytes() == uninterrupted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nq"]


def test_kill_at_random_times_then_resume_gives_the_same_bytes(tmp_path, corpus, uninterrupted):
    rnd = random.Random(12)
    for attempt in range(3):
        out = tmp_path / f"g{attempt}.nq"
        child = _child(corpus, out, "none")
        time.sleep(rnd.uniform(0.5, 8.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if out.exists():
            # the kill landed after the atomic publish (the run had finished its work, the
            # interpreter was still exiting): the output must then be whole, never partial
            assert out.read_bytes() == uninterrupted
        s = run_corpus([str(corpus)], str(out), quiet=True, resume=True)
        assert s.completed and out.read_bytes() == uninterrupted
        assert not workdir_for(str(out)).exists()


@pytest.mark.parametrize("damage", ["no-journal", "no-docs", "short-docs", "torn-meta"])
def test_resume_after_a_kill_during_setup_or_cleanup(tmp_path, corpus, uninterrupted, damage):
    """What a kill while the work folder is made or removed can leave: a missing or
    short file, settings half written. Resume redoes what it cannot trust."""
    out = tmp_path / "g.nq"
    run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, stop_after=4)
    work = workdir_for(str(out))
    if damage == "no-journal":
        (work / "journal.jsonl").unlink()
    elif damage == "no-docs":
        (work / "docs.nq").unlink()
    elif damage == "short-docs":
        with (work / "docs.nq").open("r+b") as fh:
            fh.truncate(fh.seek(0, 2) // 2)
    else:
        (work / "meta.json").write_text('{"version": ')
    s = run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, resume=True)
    assert s.completed and s.documents == 8
    assert out.read_bytes() == uninterrupted
    assert not work.exists()
