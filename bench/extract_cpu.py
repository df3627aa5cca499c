"""CPU seconds of everything after spaCy, per pass over the shared gold texts (a benchmark,
never a test).

    .venv/bin/python bench/extract_cpu.py --gold ../shared/eval [--passes 6] [--profile]

The 65 texts of seed, dev and train (read at bench time, never stored) are parsed once
with the pipeline `kg extract` uses; then `document_result` (extraction, RDF quads, the
per-document SHACL check, N-Quads lines) runs over them --passes times, and the best
pass's CPU seconds are printed per stage (`extract` is kg.extract alone). CPU time, not
wall time: on the shared 2-core machine other jobs move wall times far more.
--profile: cProfile of one pass of kg.extract, by own and cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def gold_texts(gold: Path) -> list[tuple[str, str]]:
    out = []
    for name in ("seed", "dev", "train"):
        for line in (gold / f"{name}.jsonl").open(encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                out.append((record["id"], record["text"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, required=True, help="directory with seed/dev/train.jsonl")
    ap.add_argument("--passes", type=int, default=6)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()

    from kg.corpus import document as work
    from kg.extract import extract_from_doc
    from kg.pipeline import make_document
    from kg.rdf.build import DEFAULT_BASE
    from kg.rdf.naming import Iris

    texts = gold_texts(args.gold)
    work.configure(DEFAULT_BASE, None, 32, True, None)
    documents = [make_document(text, doc_id) for doc_id, text in texts]
    docs = [doc for doc, _, _ in work.parse_batch(documents)]
    iris = Iris(DEFAULT_BASE)
    for document, doc in zip(documents, docs):  # warm: lexicons, gazetteer, shapes
        work.document_result(document, doc, iris)
    best: dict[str, float] = {}
    for _ in range(args.passes):
        stages: dict[str, float] = {}
        t = time.process_time()
        for document, doc in zip(documents, docs):
            c = time.process_time()
            extract_from_doc(doc, document)
            stages["extract"] = stages.get("extract", 0.0) + time.process_time() - c
        c = time.process_time()
        for document, doc in zip(documents, docs):
            work.document_result(document, doc, iris)
        stages["document_result"] = time.process_time() - c
        stages["both"] = time.process_time() - t
        for k, v in stages.items():
            best[k] = min(best.get(k, v), v)
    words = sum(len(text.split()) for _, text in texts)
    print(json.dumps({"texts": len(texts), "words": words, "passes": args.passes,
                      "best_pass_cpu_s": {k: round(v, 3) for k, v in best.items()}}))
    if args.profile:
        pr = cProfile.Profile()
        pr.enable()
        for document, doc in zip(documents, docs):
            extract_from_doc(doc, document)
        pr.disable()
        stats = pstats.Stats(pr)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumtime").print_stats(40)


if __name__ == "__main__":
    main()
