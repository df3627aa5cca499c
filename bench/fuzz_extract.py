"""The long fuzz run of `kg extract` (issue 12): N cases from tests/fuzz_cases.py, run
in-process one at a time, each property checked; prints the figures the README gives.

    .venv/bin/python bench/fuzz_extract.py --cases 10000 [--seed 1] [--hang 60]

A case that runs past --hang seconds counts as a hang (and is stopped). Peak memory is
the process's peak RSS after each case (cases run one at a time, so no document took
more); the largest rise over one case is shown too."""
from __future__ import annotations

import argparse
import collections
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzz_cases import cases, run_case  # noqa: E402


class Hang(BaseException):
    """Not an Exception: the CLI's error handler must not turn it into an exit code."""


def _alarm(signum, frame):
    raise Hang()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hang", type=int, default=60)
    ap.add_argument("--report-every", type=int, default=250)
    args = ap.parse_args()

    from hypothesis import HealthCheck, given, seed, settings
    from kg.nlp import load_nlp

    load_nlp()
    tally, exits = collections.Counter(), collections.Counter()
    problems: list[tuple[int, str, dict]] = []
    rss_mb = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # noqa: E731
    base_rss, peak_rise, slowest = rss_mb(), 0.0, 0.0
    signal.signal(signal.SIGALRM, _alarm)
    work = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
    started = time.time()

    @settings(max_examples=args.cases, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @seed(args.seed)
    @given(case=cases)
    def one(case):
        nonlocal peak_rise, slowest
        n = tally["cases"]
        tally["cases"] += 1
        before, t = rss_mb(), time.time()
        signal.alarm(args.hang)
        try:
            found = run_case(case, work / "case", exits)
        except Hang:
            found = [f"hang over {args.hang} s"]
        finally:
            signal.alarm(0)
        slowest = max(slowest, time.time() - t)
        peak_rise = max(peak_rise, rss_mb() - before)
        for p in found:
            tally[p.split(":")[0]] += 1
            problems.append((n, p, case))
            print(f"case {n}: {p}\n    {_short(case)!r}", flush=True)
        if tally["cases"] % args.report_every == 0:
            print(f"{tally['cases']} cases, {len(problems)} problems, {time.time() - started:.0f} s, "
                  f"peak RSS {rss_mb():.0f} MB", flush=True)

    one()
    print("exit codes: " + ", ".join(f"{k}: {v}" for k, v in sorted(exits.items())))
    print(f"cases: {tally['cases']}  seconds: {time.time() - started:.0f}  slowest case: {slowest:.1f} s")
    for kind in ("internal error", "exit code", "not one error line", "leftover files", "output written on failure",
                 "no output", "invalid output", f"hang over {args.hang} s"):
        print(f"{kind}: {tally[kind]}")
    print(f"peak RSS: {rss_mb():.0f} MB (after loading the model: {base_rss:.0f} MB; "
          f"largest rise over one case: {peak_rise:.0f} MB)")
    return 1 if problems else 0


def _short(case: dict) -> dict:
    return {k: (v[:300] if isinstance(v, str) else v) for k, v in case.items()}


if __name__ == "__main__":
    sys.exit(main())
