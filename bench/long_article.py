"""Peak memory of one long plain-text article through `kg extract` (a benchmark, never a test).

    .venv/bin/python bench/long_article.py --gold ../shared/eval [--mb 0.5,1,5]

The article: the shared gold articles' texts (seed, dev, train .jsonl in --gold; real
news, read at bench time, never written into the repository) joined by blank lines and
repeated until it has the size asked for, written to a temporary .txt file. Each size
runs `kg extract FILE.txt -o FILE.nq` in a fresh process and reports its wall time, CPU
time and peak RSS (ru_maxrss of the child), with the load average. Flat memory means the
peak grows far slower than the article (the parser sees at most
kg.corpus.chunking.BATCH_CHARS characters at a time).

`kg extract` refuses a text over kg.corpus.cleaning.MAX_DOC_CHARS (10,000,000 since
issue-9e; 1,000,000 from issue 12 until then) characters as a bad record (exit 2); a text
over 1,000,000 characters is extracted section by section (kg.corpus.sections). With
--lift-limit the child process raises that limit to the article's size before it runs the
same command, so the pipeline itself can be measured on longer articles; the command as
shipped still refuses them.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def article(gold: Path, out: Path, size: int) -> Path:
    texts = [json.loads(line)["text"] for name in ("seed", "dev", "train")
             for line in (gold / f"{name}.jsonl").open(encoding="utf-8") if line.strip()]
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        while written < size:
            for text in texts:
                piece = text.strip() + "\n\n"
                fh.write(piece)
                written += len(piece.encode("utf-8"))
                if written >= size:
                    break
    return out


LIFTED = ("import sys, kg.corpus.cleaning as c, kg.corpus.sources as s; "
          "c.MAX_DOC_CHARS = s.MAX_DOC_CHARS = int(sys.argv.pop(1)); "
          "from kg.cli import app; app(prog_name='kg')")


def run(path: Path, work: Path, lift: bool = False) -> dict:
    out = work / "out.nq"
    kg = [str(Path(sys.executable).with_name("kg"))]
    if lift:  # kg extract with the per-document character limit at the article's size
        kg = [sys.executable, "-c", LIFTED, str(len(path.read_text(encoding="utf-8")))]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([*kg, "extract", str(path), "-q", "-o", str(out)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    info = {"exit": proc.returncode, "stderr": proc.stderr.strip()[-300:],
            "seconds": round(wall, 1), "cpu_seconds": round(cpu, 1),
            # ru_maxrss of children: the largest child so far (sizes run smallest first).
            "peak_rss_mb": round(after.ru_maxrss / 1024), "output_mb": round(out.stat().st_size / 2**20, 1)
            if out.exists() else 0, "load_average": [round(x, 1) for x in os.getloadavg()]}
    out.unlink(missing_ok=True)
    return info


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, required=True, help="directory with seed/dev/train.jsonl")
    ap.add_argument("--mb", default="0.5,1,5", help="article sizes in MB (10^6 bytes), ascending")
    ap.add_argument("--lift-limit", action="store_true",
                    help="raise kg extract's character limit per document in the child process")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-long-"))
    for mb in sorted(float(x) for x in args.mb.split(",") if x):
        path = article(args.gold, work / "article.txt", int(mb * 1_000_000))
        info = run(path, work, args.lift_limit)
        print(json.dumps({"mb": mb, "lifted": args.lift_limit, **info}), flush=True)
        path.unlink()
    work.rmdir()


if __name__ == "__main__":
    main()
