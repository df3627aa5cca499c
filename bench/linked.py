"""Issue 11 measurements: event-date accuracy and GeoNames link precision.

    .venv/bin/python bench/linked.py dates   # tests/data/event_dates.tsv: exact match of each event's date
    .venv/bin/python bench/linked.py links   # tests/data/place_links.tsv: precision of links on gold places

Dates: each sentence (our own writing) is extracted with its document date; the first
event's nkg:eventDate value (or none) must equal the hand-annotated one exactly; a
sentence that yields no event counts as wrong. Links: the gold articles of
/work/shared/eval (ids, names and hand-checked GeoNames ids are in the fixture; the text
is read at run time, never copied) are extracted; for every sampled place the link the
extractor made (or none) is compared with the hand-checked id: precision = correct links
/ links made, coverage = correct links / places that have a correct link.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


def _rows(path: Path) -> list[list[str]]:
    lines = [x for x in path.read_text("utf-8").splitlines() if x and not x.startswith("#")]
    return [x.split("\t") for x in lines[1:]]


def score_dates(nlp=None) -> dict:
    from kg.pipeline import extract_documents, make_document

    rows = _rows(DATA / "event_dates.tsv")
    docs = [make_document(s, doc_id=f"d{i}", date=None if d == "-" else d) for i, (d, _, s) in enumerate(rows)]
    right, no_event, wrong = 0, 0, []
    for (d, want, s), ex in zip(rows, extract_documents(docs, nlp=nlp)):
        if not ex.events:
            no_event += 1
            wrong.append((s, want, "no event"))
            continue
        got = ex.events[0].date or "-"
        if got == want:
            right += 1
        else:
            wrong.append((s, want, f"{got} ({ex.events[0].date_text})"))
    return {"dates": len(rows), "exact": right, "no_event": no_event, "accuracy": right / len(rows), "wrong": wrong}


def score_links(nlp=None) -> dict:
    from kg.gazetteer.geonames import load_geonames
    from kg.pipeline import extract_documents, make_document

    sample = _rows(DATA / "place_links.tsv")     # doc id, gold place name, hand-checked GeoNames id or "-"
    wanted = {r[0] for r in sample}
    docs, gold_names = [], {}
    for path in sorted((SHARED / "eval").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] in wanted:
                docs.append(make_document(rec["text"], doc_id=rec["id"], date=rec.get("date"), title=rec.get("title")))
                for e in rec["entities"]:
                    gold_names[(rec["id"], e["name"])] = {e["name"], *e.get("aliases", ())}
    exs = {ex.document.id: ex for ex in extract_documents(docs, nlp=nlp)}
    linked = correct = linkable = as_state = 0
    state_ids = {str(s.geonames) for s in load_geonames().states.values()}
    errors = []
    for doc_id, name, want in sample:
        ex, names = exs[doc_id], gold_names.get((doc_id, name), {name})
        entity = next((e for e in ex.entities if {e.name, *e.aliases} & names), None)
        link = next((x for x in ex.links if entity and x.key == entity.key), None)
        linkable += want != "-"
        if entity is not None and entity.type == "Country" and want not in state_ids:
            as_state += 1        # the extractor took the place for its state ("Tripoli said"): no place link made
            continue
        if link is not None:
            linked += 1
            if str(link.geonames) == want:
                correct += 1
            else:
                errors.append((doc_id, name, want, link.geonames))
    return {"places": len(sample), "linked": linked, "correct": correct, "linkable": linkable,
            "resolved_to_state": as_state, "precision": correct / linked if linked else 0.0,
            "coverage": correct / linkable if linkable else 0.0, "errors": errors}


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else "dates"
    result = score_dates() if what == "dates" else score_links()
    for k, v in result.items():
        if isinstance(v, list):
            for item in v:
                print("  ", *item, sep="\t")
        else:
            print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
