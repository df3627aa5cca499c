"""`kg extract --engine dask`: a local Dask cluster (2 workers on loopback) gives the bytes
of the engine-less run, in every format, after a resume, and when a worker is killed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from news_synth import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("nq", "nt", "turtle", "trig", "json-ld", "xml")


def _kg(*args, cwd, wait=True):
    cmd = [str(Path(sys.executable).parent / "kg"), *args]
    if not wait:
        return subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run(cmd, cwd=cwd, capture_output=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """300 short articles and two broken records (skipped in both engines: exit 3)."""
    d = tmp_path_factory.mktemp("dask")
    write_corpus(d / "c.jsonl", 300, seed=21, bad_lines=(5, 170))
    return d


@pytest.fixture(scope="module")
def reference(corpus) -> bytes:
    r = _kg("extract", "c.jsonl", "-o", "ref.nq", "-q", cwd=corpus)
    assert r.returncode == 3, r.stderr.decode()
    return (corpus / "ref.nq").read_bytes()


def test_local_cluster_gives_the_bytes_of_kg_extract(corpus, reference):
    r = _kg("extract", "c.jsonl", "-o", "dask.nq", "--engine", "dask", "--jobs", "2", cwd=corpus)
    err = r.stderr.decode()
    assert r.returncode == 3, err
    assert "c.jsonl:6" in err and "c.jsonl:172" in err and "Traceback" not in err
    assert "300 documents" in err
    assert (corpus / "dask.nq").read_bytes() == reference
    assert not (corpus / ".dask.nq.kgrun").exists()


def _worker_processes(pid: int) -> list:
    import psutil

    found = []
    for p in psutil.Process(pid).children(recursive=True):
        try:
            cmd = " ".join(p.cmdline())
        except psutil.Error:
            continue
        if "spawn_main" in cmd and "resource_tracker" not in cmd:
            found.append(p)
    return found


def test_a_worker_killed_mid_run_still_gives_the_same_bytes(corpus, reference):
    run = _kg("extract", "c.jsonl", "-o", "killed.nq", "--engine", "dask", "--jobs", "2", "-q",
              "--partition-size", "20", cwd=corpus, wait=False)
    shards = corpus / ".killed.nq.kgrun" / "shards"
    deadline = time.time() + 300
    while time.time() < deadline and run.poll() is None:
        if shards.is_dir() and any(shards.glob("part-*.jsonl")):
            break
        time.sleep(0.05)
    workers = _worker_processes(run.pid)
    assert run.poll() is None and len(workers) == 2, "the run ended before a worker could be killed"
    victim = workers[0]
    done_before = len(list(shards.glob("part-*.jsonl")))
    os.kill(victim.pid, signal.SIGKILL)
    _, err = run.communicate(timeout=600)
    err = err.decode()
    assert run.returncode == 3, err
    assert "Traceback" not in err
    assert not victim.is_running() or victim.status() == "zombie"
    assert done_before < 15  # killed mid-run: 300 documents make 15 partitions of 20
    assert (corpus / "killed.nq").read_bytes() == reference


_FORMATS_SCRIPT = """
import sys
from distributed import LocalCluster
from kg.corpus import run_corpus

if __name__ == "__main__":
    corpus, out = sys.argv[1], sys.argv[2]
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
        for fmt in {formats!r}:
            run_corpus([corpus], f"{{out}}/plain.{{fmt}}", fmt=fmt, quiet=True)
            s = run_corpus([corpus], f"{{out}}/dask.{{fmt}}", fmt=fmt, quiet=True, engine="dask",
                           address=cluster.scheduler_address, partition_size=7)
            assert s.documents == 40, s
        first = run_corpus([corpus], f"{{out}}/resumed.nq", quiet=True, engine="dask",
                           address=cluster.scheduler_address, partition_size=7, stop_after=5)
        assert not first.completed
        second = run_corpus([corpus], f"{{out}}/resumed.nq", quiet=True, engine="dask", resume=True,
                            address=cluster.scheduler_address)
        # (the stop comes after 5 documents; how many of a 7-document partition are done by then varies)
        assert second.completed and second.resumed >= 5 and second.documents == 40, second
        # Another run's settings on the same cluster (the pipeline stays loaded): its own bytes.
        base = "https://example.org/kg/"
        run_corpus([corpus], f"{{out}}/plain-base.nq", quiet=True, base=base)
        run_corpus([corpus], f"{{out}}/dask-base.nq", quiet=True, base=base, engine="dask",
                   address=cluster.scheduler_address)
"""


def test_every_format_and_a_resume_on_an_existing_cluster(tmp_path):
    corpus = write_corpus(tmp_path / "small.jsonl", 40, seed=5)
    script = tmp_path / "formats.py"  # a file: spawned workers re-import the main module
    script.write_text(_FORMATS_SCRIPT.format(formats=FORMATS), "utf-8")
    r = subprocess.run([sys.executable, str(script), str(corpus), str(tmp_path)], capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr.decode()[-3000:]
    for fmt in FORMATS:
        plain = (tmp_path / f"plain.{fmt}").read_bytes()
        assert plain and (tmp_path / f"dask.{fmt}").read_bytes() == plain, fmt
    assert (tmp_path / "resumed.nq").read_bytes() == (tmp_path / "plain.nq").read_bytes()
    based = (tmp_path / "plain-base.nq").read_bytes()
    assert b"<https://example.org/kg/" in based and (tmp_path / "dask-base.nq").read_bytes() == based


def test_a_work_dir_a_worker_cannot_see_is_named(tmp_path):
    from kg.corpus.dask_worker import worker_info

    info = worker_info(str(tmp_path / "elsewhere"), "t0k3n")
    assert "every worker sees" in info["error"]
    (tmp_path / "probe-t0k3n").write_bytes(b"")
    assert worker_info(str(tmp_path), "t0k3n")["error"] is None


@pytest.mark.parametrize("args, message", [
    (["--engine", "spark"], "unknown engine 'spark'"),
    (["--address", "tcp://127.0.0.1:8786"], "need --engine dask"),
    (["--engine", "dask", "--work-dir", "no-such-dir"], "not a directory"),
])
def test_engine_options_are_checked(corpus, args, message):
    r = _kg("extract", "c.jsonl", "-o", "x.nq", *args, cwd=corpus)
    lines = r.stderr.decode().strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), lines
    assert message in lines[0]
    assert not (corpus / "x.nq").exists()


def test_a_cluster_started_apart_through_a_scheduler_file(tmp_path):
    """`dask scheduler` and `dask worker` started by hand, as a batch script would: the
    run gives the engine-less bytes, and kg warns about Dask's MALLOC_TRIM_THRESHOLD_
    unless the worker got docs/dask-workers.yaml."""
    corpus = write_corpus(tmp_path / "c.jsonl", 30, seed=8)
    dask_cli = str(Path(sys.executable).parent / "dask")
    sched = tmp_path / "sched.json"
    procs = [subprocess.Popen([dask_cli, "scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--no-dashboard", "--scheduler-file", str(sched)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.time() + 120
        while not sched.exists() and time.time() < deadline:
            time.sleep(0.1)
        env = {**os.environ}
        env.pop("DASK_CONFIG", None)
        procs.append(subprocess.Popen([dask_cli, "worker", "--scheduler-file", str(sched), "--nthreads", "1",
                                       "--no-dashboard", "--host", "127.0.0.1"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        plain = _kg("extract", "c.jsonl", "-o", "plain.nq", "-q", cwd=tmp_path)
        r = _kg("extract", "c.jsonl", "-o", "dask.nq", "--engine", "dask", "--scheduler-file", str(sched),
                "--work-dir", str(tmp_path), cwd=tmp_path)
        err = r.stderr.decode()
        assert plain.returncode == r.returncode == 0, err
        assert (tmp_path / "dask.nq").read_bytes() == (tmp_path / "plain.nq").read_bytes()
        warnings = [line for line in err.splitlines() if "MALLOC_TRIM_THRESHOLD_" in line]
        assert len(warnings) == 1 and "docs/dask-workers.yaml" in warnings[0], err
        assert "Traceback" not in err
        # The same cluster with a worker that has our Dask configuration: no warning.
        old = procs.pop()
        old.terminate()
        old.wait(timeout=60)
        procs.append(subprocess.Popen([dask_cli, "worker", "--scheduler-file", str(sched), "--nthreads", "1",
                                       "--no-dashboard", "--host", "127.0.0.1"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      env={**env, "DASK_CONFIG": str(ROOT / "docs")}))
        r = _kg("extract", "c.jsonl", "-o", "dask2.nq", "--engine", "dask", "--scheduler-file", str(sched),
                cwd=tmp_path)
        assert r.returncode == 0 and "MALLOC_TRIM_THRESHOLD_" not in r.stderr.decode(), r.stderr.decode()
        assert (tmp_path / "dask2.nq").read_bytes() == (tmp_path / "plain.nq").read_bytes()
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def test_an_unguarded_script_gets_told_to_guard_its_entry_point(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 3, seed=1)
    script = tmp_path / "unguarded.py"
    script.write_text("from kg.corpus import run_corpus\n"
                      f"run_corpus([{str(corpus)!r}], {str(tmp_path / 'g.nq')!r}, quiet=True, engine='dask')\n",
                      "utf-8")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=600,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    err = r.stderr.decode()
    assert r.returncode != 0
    assert "KgError: the local Dask cluster did not start" in err
    assert "if __name__ == '__main__':" in err.splitlines()[-1]
    assert not (tmp_path / "g.nq").exists() and not (tmp_path / ".g.nq.kgrun").exists()


_LOST_SCRIPT = """
import json, os, signal, sys, threading, time
from pathlib import Path
import dask
from distributed import Client, LocalCluster
from kg.corpus import run_corpus

if __name__ == "__main__":
    corpus, out = sys.argv[1], Path(sys.argv[2])
    # No retry: the partitions on a killed worker are lost, as after Dask's allowed failures.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
            victim = min(Client(cluster).run(os.getpid).values())
            shards = out / ".lost.nq.kgrun" / "shards"
            def kill():
                while not any(shards.glob("part-*.jsonl")):
                    time.sleep(0.05)
                os.kill(victim, signal.SIGKILL)
            threading.Thread(target=kill, daemon=True).start()
            s = run_corpus([corpus], str(out / "lost.nq"), quiet=True, engine="dask",
                           address=cluster.scheduler_address, partition_size=10)
    print(json.dumps({"skipped": [k.source for k in s.skips], "reasons": sorted({k.reason for k in s.skips}),
                      "documents": s.documents, "exit": s.exit_code}))
"""


def test_a_partition_whose_worker_dies_every_time_is_skipped(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 120, seed=9)
    script = tmp_path / "lost.py"
    script.write_text(_LOST_SCRIPT, "utf-8")
    r = subprocess.run([sys.executable, str(script), str(corpus), str(tmp_path)], capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=900)
    assert r.returncode == 0, r.stderr.decode()[-3000:]
    got = json.loads(r.stdout.decode().strip().splitlines()[-1])
    assert got["exit"] == 3 and got["skipped"] and got["documents"] == 120 - len(got["skipped"])
    assert got["reasons"] == ["its Dask worker died on every try (killed or out of memory)"]
    rest = write_corpus(tmp_path / "rest.jsonl", 120, seed=9, skip_ids=tuple(got["skipped"]))
    r = subprocess.run([str(Path(sys.executable).parent / "kg"), "extract", str(rest), "-o",
                        str(tmp_path / "rest.nq"), "-q"], capture_output=True)
    assert r.returncode == 0
    assert (tmp_path / "lost.nq").read_bytes() == (tmp_path / "rest.nq").read_bytes()
