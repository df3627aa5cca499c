"""Scaling of `kg extract --engine dask` on this machine (a benchmark, never a test).

    .venv/bin/python bench/dask_scale.py [--docs 1000] [--malloc] [--runs dask-1,dask-2,jobs-2]
                                         [--skip-runs] [--skip-merge] [--partitions 50,4]

Needs the dask extra (distributed; psutil comes with it). Corpus: kg.corpus.synth (our own
examples/*.txt recombined), N-Quads output. Each run is a fresh `kg extract` process:
  dask-1   --engine dask --jobs 1   (a local cluster, one worker)
  dask-2   --engine dask --jobs 2
  jobs-2   --jobs 2                  (our own process pool)
  [--malloc: dask-2 with MALLOC_TRIM_THRESHOLD_=65536 in the workers, Dask's default]
For each: wall seconds, CPU seconds (user + system of the run and all its processes,
from RUSAGE_CHILDREN), words/s, peak memory of the process tree (sum of PSS, sampled every
0.5 s) and the most processes seen; then the ratios dask-2/dask-1 and dask-2/jobs-2.
Start-up: a local 2-worker cluster's start and the pipeline load on its workers, with
each worker's RSS after the load. Merge: the driver's k-way merge of many sorted shards
(kg.corpus.shards.merge_many) on synthetic lines, and a local-cluster run with many
small partitions (its merge + assembly time, per partition and per line).
The machine has 2 cores shared with other sessions: figures are noisy (single runs).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus.synth import write_jsonl  # noqa: E402

KG = str(Path(sys.executable).parent / "kg")


def _tree_sampler(pid: int, stop: threading.Event, out: dict) -> None:
    import psutil

    out.update(peak_pss=0, procs=0, driver_cpu=0.0)
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total, n = 0, 0
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            break
        for p in procs:
            try:
                total += p.memory_full_info().pss
                n += 1
            except psutil.Error:
                pass
        try:
            c = root.cpu_times()
            out["driver_cpu"] = c.user + c.system  # the kg process alone (its last sample)
        except psutil.Error:
            pass
        out["peak_pss"] = max(out["peak_pss"], total)
        out["procs"] = max(out["procs"], n)
        stop.wait(0.5)


def run(name: str, args: list[str], corpus: Path, words: int, work: Path, env: dict | None = None) -> dict:
    out = work / f"{name}.nq"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen([KG, "extract", str(corpus), "-o", str(out), "-q", *args],
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    stop, mem = threading.Event(), {}
    sampler = threading.Thread(target=_tree_sampler, args=(proc.pid, stop, mem))
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{name}: exit {proc.returncode}: {err.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"run": name, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "words_per_s": round(words / wall),
            "driver_cpu_s": round(mem.get("driver_cpu", 0), 1),
            "peak_pss_mb": round(mem.get("peak_pss", 0) / 2**20), "processes": mem.get("procs", 0),
            "bytes": out.read_bytes().__hash__()}


_STARTUP = """
import logging, os, sys, time
if __name__ == "__main__":
    import dask, psutil
    from distributed import Client, LocalCluster
    from kg.corpus.dask_worker import PipelinePlugin
    t0 = time.perf_counter()
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(cluster)
    t1 = time.perf_counter()
    client.register_plugin(PipelinePlugin(("https://w3id.org/newskg/id/", None, 32, True, None)))
    t2 = time.perf_counter()
    rss = client.run(lambda: psutil.Process().memory_info().rss)
    print({"cluster_start_s": round(t1 - t0, 2), "pipeline_load_s": round(t2 - t1, 2),
           "worker_rss_mb": sorted(round(v / 2**20) for v in rss.values()),
           "driver_rss_mb": round(psutil.Process().memory_info().rss / 2**20)})
    client.close(); cluster.close()
"""


def startup(work: Path) -> dict:
    script = work / "startup.py"
    script.write_text(_STARTUP, "utf-8")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    if r.returncode:
        raise SystemExit(r.stderr[-800:])
    return eval(r.stdout.strip().splitlines()[-1])  # our own dict literal


def merge_sim(work: Path, shards: int, lines: int) -> dict:
    """merge_many over `shards` sorted files of `lines` synthetic N-Quads lines each."""
    from kg.corpus.shards import merge_many

    d = work / f"merge-{shards}"
    d.mkdir()
    paths = []
    for i in range(shards):
        p = d / f"part-{i:08d}.nq"
        rows = sorted(f"<https://w3id.org/newskg/id/doc/d{i}-{j:05d}> <https://w3id.org/newskg/ontology#p> "
                      f"\"value {j}\" <https://w3id.org/newskg/id/doc/d{i}> .\n".encode() for j in range(lines))
        p.write_bytes(b"".join(rows))
        paths.append(p)
    t = time.perf_counter()
    n = merge_many(paths, d / "docs.nq")
    s = time.perf_counter() - t
    return {"shards": shards, "lines": n, "merge_s": round(s, 2), "lines_per_s": round(n / s)}


def small_partitions(corpus: Path, work: Path, k: int) -> dict:
    from kg.corpus import run_corpus
    from kg.corpus.dask_engine import partition_size

    t = time.perf_counter()
    s = run_corpus([str(corpus)], str(work / "small.nq"), quiet=True, engine="dask", jobs=2, partition_size=k)
    k = partition_size(k, s.documents, 2)
    return {"partition_size": k, "partitions": -(-s.documents // k), "lines": s.lines,
            "wall_s": round(time.perf_counter() - t, 1), "merge_and_assemble_s": round(s.timings["finish"], 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--malloc", action="store_true", help="also dask-2 with Dask's MALLOC_TRIM_THRESHOLD_")
    ap.add_argument("--skip-runs", action="store_true")
    ap.add_argument("--skip-merge", action="store_true")
    ap.add_argument("--runs", default="dask-1,dask-2,jobs-2", help="which of dask-1,dask-2,jobs-2 to run")
    ap.add_argument("--partitions", default="50,4", help="partition sizes of the small-partition runs")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-dask-bench-"))
    corpus = write_jsonl(work / "corpus.jsonl", a.docs, seed=13)
    words = sum(len(json.loads(line)["text"].split()) for line in corpus.open(encoding="utf-8"))
    print(f"corpus: {a.docs} documents, {words} words; load average {os.getloadavg()}", flush=True)
    print("startup:", startup(work), flush=True)
    if not a.skip_runs:
        configs = {"dask-1": ["--engine", "dask", "--jobs", "1"], "dask-2": ["--engine", "dask", "--jobs", "2"],
                   "jobs-2": ["--jobs", "2"]}
        rows = [run(name, configs[name], corpus, words, work) for name in a.runs.split(",")]
        if a.malloc:
            rows.append(run("dask-2-malloc", ["--engine", "dask", "--jobs", "2"], corpus, words, work,
                            env={"MALLOC_TRIM_THRESHOLD_": "65536"}))
        for r in rows:
            print(r, flush=True)
        by = {r["run"]: r for r in rows}
        print("same bytes:", len({r["bytes"] for r in rows}) == 1)
        for x, y in (("dask-1", "dask-2"), ("jobs-2", "dask-2")):
            if x not in by or y not in by:
                continue
            print(f"wall {x}/{y} = {by[x]['wall_s'] / by[y]['wall_s']:.2f}, "
                  f"CPU {y}/{x} = {by[y]['cpu_s'] / by[x]['cpu_s']:.2f}")
        if a.malloc:
            print(f"CPU dask-2-malloc/dask-2 = {by['dask-2-malloc']['cpu_s'] / by['dask-2']['cpu_s']:.2f}")
        print(f"load average {os.getloadavg()}", flush=True)
    if not a.skip_merge:
        for shards, lines in ((100, 10_000), (2_000, 500), (20_000, 50)):
            print("merge:", merge_sim(work, shards, lines), flush=True)
        small = write_jsonl(work / "small.jsonl", 400, seed=17)
        for k in map(int, a.partitions.split(",")):
            print("small partitions:", small_partitions(small, work, k), flush=True)


if __name__ == "__main__":  # spawned Dask workers import this module again
    main()
