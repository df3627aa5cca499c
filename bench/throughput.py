"""Throughput and memory of corpus runs (a benchmark, never a test).

    .venv/bin/python bench/throughput.py --gold ../shared/eval --skip-rss   # the issue-9 figures
    .venv/bin/python bench/throughput.py [--docs 2000] [--rss 1000,10000] [--skip-rss]

Corpus: with --gold DIR, the texts of the shared gold articles (seed, dev and train
.jsonl in DIR: real news), read at bench time and repeated (new ids) to at least --words
words, written to a temporary JSON Lines file (never into the repository); else
kg.corpus.synth (paragraphs of our own examples/*.txt recombined, country actors
renamed). Reports words/s for
  (a) spaCy's default pipeline alone (nlp.pipe, the best of a few batch sizes),
  (b) `run_corpus` end to end, one process (text -> N-Quads file, SHACL included),
  (c) the same with jobs=2,
each --rounds times, interleaved, the best round of each mode kept (other jobs on a
shared machine only slow a run down; every round's figure is printed too),
the ratios b/a and c/b (and b/a in words per CPU second, which a busy shared machine
disturbs less than wall time; the load average is printed too; and b/a with (b)'s model
loading left out, as (a) is timed: `b_over_a_after_load`), the share of SHACL validation in (b), and the peak RSS of a
streaming run (jobs=2, N-Quads) at each --rss size. (b), (c) and the RSS runs each run in a
fresh process, as `kg extract` does ((c) with the BLAS thread variables at 1, so its workers
are forked from the loaded pipeline).
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus.runner import DEFAULT_BATCH  # noqa: E402
from kg.corpus.synth import write_jsonl  # noqa: E402


def gold_corpus(gold: Path, out: Path, min_words: int) -> Path:
    texts = []
    for name in ("seed", "dev", "train"):
        for line in (gold / f"{name}.jsonl").open(encoding="utf-8"):
            if line.strip():
                texts.append(json.loads(line)["text"])
    words, n = 0, 0
    with out.open("w", encoding="utf-8") as fh:
        while words < min_words:
            for text in texts:
                fh.write(json.dumps({"id": f"g{n}", "text": text}) + "\n")
                words += len(text.split())
                n += 1
    return out


def words_of(path: Path) -> tuple[list[str], int]:
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return texts, sum(len(t.split()) for t in texts)


def spacy_alone(texts: list[str], words: int, sizes=(32, 128, 512, 1000)) -> dict:
    import importlib

    from kg.nlp import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            nlp = importlib.import_module(name).load()  # the default pipeline, nothing changed
            break
        except ImportError:
            continue
    probe = texts[: min(len(texts), 400)]
    probe_words = sum(len(t.split()) for t in probe)
    rates = {}
    for bs in sizes:
        for _ in nlp.pipe(probe[:50], batch_size=bs):  # warm up
            pass
        t = time.perf_counter()
        for _ in nlp.pipe(probe, batch_size=bs):
            pass
        rates[bs] = probe_words / (time.perf_counter() - t)
    best = max(rates, key=rates.get)
    t, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=best):
        pass
    return {"batch_rates_probe": {k: round(v) for k, v in rates.items()}, "best_batch": best,
            "words_per_s": words / (time.perf_counter() - t),
            "words_per_cpu_s": words / (time.process_time() - cpu)}


_E2E_CHILD = """
import json, resource, sys, time
from kg.corpus import run_corpus
def cpu():
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))
t, c = time.perf_counter(), cpu()
s = run_corpus([sys.argv[1]], sys.argv[2], fmt="nq", jobs=int(sys.argv[3]), quiet=True,
               batch_size=int(sys.argv[4]))
print(json.dumps({"seconds": time.perf_counter() - t, "cpu_seconds": cpu() - c,
                  "documents": s.documents, "lines": s.lines,
                  "conforms": s.conforms, "skipped": s.skipped, "start_method": s.start_method,
                  "timings": s.timings}))
"""


def end_to_end(path: Path, words: int, jobs: int, work: Path, batch_size: int) -> dict:
    """run_corpus in a fresh process, as `kg extract` runs it: imports excluded, model load,
    worker start, processing, final sort and run record included. For jobs > 1 the BLAS
    thread variables are set to 1 first, as the CLI does, so the workers are forked."""
    out = work / f"e2e-{jobs}.nq"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if jobs > 1:
        env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", _E2E_CHILD, str(path), str(out), str(jobs), str(batch_size)],
                          env=env, capture_output=True, text=True, check=True)
    s = json.loads(proc.stdout.strip().splitlines()[-1])
    wall = s.pop("seconds")
    shacl = s["timings"].get("shacl", 0.0) + s["timings"].get("shacl_cross", 0.0)
    out.unlink(missing_ok=True)
    # (a) is timed with its model loaded; (b) and (c) include loading theirs (import, model, workers)
    after_load = words / max(1e-9, wall - s["timings"].get("load", 0.0))
    return {"words_per_s": words / wall, "seconds": wall, "words_per_cpu_s": words / s.pop("cpu_seconds"),
            "words_per_s_after_load": after_load, **s,
            "timings": {k: round(v, 2) for k, v in s["timings"].items()},
            "shacl_share": shacl / wall / (jobs if jobs > 1 else 1)}


_RSS_CHILD = """
import json, resource, sys, time
from kg.corpus import run_corpus
t = time.perf_counter()
s = run_corpus([sys.argv[1]], sys.argv[2], fmt=sys.argv[3], jobs=int(sys.argv[4]), quiet=True)
print(json.dumps({"main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "seconds": time.perf_counter() - t, "documents": s.documents,
                  "lines": s.lines, "conforms": s.conforms}))
"""


def peak_rss(path: Path, work: Path, jobs: int, fmt: str = "nq") -> dict:
    out = work / f"rss.{fmt}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-c", _RSS_CHILD, str(path), str(out), fmt, str(jobs)],
                          env=env, capture_output=True, text=True, check=True)
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    # ru_maxrss of children: the largest single descendant (main process or a worker).
    info["largest_process_rss_mb"] = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    out.unlink(missing_ok=True)
    return info


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--gold", type=Path, help="directory with seed/dev/train.jsonl (../shared/eval)")
    ap.add_argument("--words", type=int, default=200_000, help="with --gold: at least this many words")
    ap.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="documents a batch (default: kg extract's)")
    ap.add_argument("--rounds", type=int, default=2, help="a, b, c interleaved this many times; best of each")
    ap.add_argument("--rss", default="1000,10000")
    ap.add_argument("--skip-rss", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    # kg byte-compiled, as pip leaves an installed wheel: where PYTHONDONTWRITEBYTECODE is set
    # (this machine), every run of (b) and (c) would otherwise compile our modules again
    compileall.compile_dir(str(ROOT / "kg"), quiet=1)
    result: dict = {"cpus": os.cpu_count()}
    if not args.skip_throughput:
        path = (gold_corpus(args.gold, work / "corpus.jsonl", args.words) if args.gold
                else write_jsonl(work / "corpus.jsonl", args.docs))
        texts, words = words_of(path)
        result.update(documents=len(texts), words=words)
        rounds: dict[str, list[dict]] = {"a": [], "b": [], "c": []}
        for r in range(args.rounds):  # interleaved, so a burst of load hits one round, not one mode
            rounds["a"].append(spacy_alone(texts, words))
            print("a", r, json.dumps(rounds["a"][-1]), flush=True)
            for mode, jobs in (("b", 1), ("c", 2)):
                rounds[mode].append(end_to_end(path, words, jobs, work, args.batch))
                print(mode, r, json.dumps(rounds[mode][-1]), flush=True)
        # best of the rounds per mode: other jobs on a shared machine only ever slow a run down
        a, b, c = (max(rounds[m], key=lambda x: x["words_per_s"]) for m in "abc")
        result["rounds_words_per_s"] = {m: [round(x["words_per_s"]) for x in v] for m, v in rounds.items()}
        result.update(a=a, b=b, c=c, b_over_a=b["words_per_s"] / a["words_per_s"],
                      c_over_b=c["words_per_s"] / b["words_per_s"],
                      b_over_a_cpu=b["words_per_cpu_s"] / a["words_per_cpu_s"],
                      b_over_a_after_load=b["words_per_s_after_load"] / a["words_per_s"],
                      spacy=__import__("spacy").__version__,
                      load_average=os.getloadavg())
    if not args.skip_rss:
        rss = {}
        for n in (int(x) for x in args.rss.split(",") if x):
            path = write_jsonl(work / f"rss-{n}.jsonl", n)
            rss[n] = peak_rss(path, work, jobs=2)
            print("rss", n, json.dumps(rss[n]), flush=True)
        result["rss"] = rss
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
