"""Scoring extracted triples against gold annotations (../shared/eval/GUIDELINES.md, "Scoring")."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .lexicon import core_relations, extended_relations, load_relations
from .records import Extraction

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm_label(text: str) -> str:
    """Lower-case, drop a leading 'the', a trailing 's and punctuation."""
    t = text.strip().lower().replace("’", "'")
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s$", "", t)
    return " ".join(_PUNCT.sub(" ", t).split())


@dataclass
class GoldDoc:
    id: str
    text: str
    title: str | None
    date: str | None
    source: str | None
    aliases: dict[str, set[str]]            # gold entity id -> normalized aliases
    names: dict[str, str]                   # gold entity id -> name
    triples: dict[tuple[str, str, str], str]  # (subj id, relation, obj id) -> evidence


def read_gold(path: str | Path) -> list[GoldDoc]:
    docs = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            ents = d["entities"]
            aliases = {e["id"]: {norm_label(a) for a in [e["name"], *e.get("aliases", [])]} for e in ents}
            names = {e["id"]: e["name"] for e in ents}
            triples = {(r["subject"], r["relation"], r["object"]): r.get("evidence", "")
                       for r in d.get("relations", [])}
            docs.append(GoldDoc(d["id"], d["text"], d.get("title"), d.get("date"), d.get("source"),
                                aliases, names, triples))
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}:{n}: not a gold record ({exc})") from None
    return docs


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class ErrorItem:
    kind: str            # "FP" or "FN"
    doc: str
    relation: str
    subject: str
    object: str
    sentence: str


@dataclass
class Score:
    per_relation: dict[str, Counts] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)

    def micro(self, relations: Iterable[str]) -> Counts:
        total = Counts()
        for r in relations:
            total.add(self.per_relation.get(r, Counts()))
        return total

    def as_dict(self) -> dict:
        def row(c: Counts) -> dict:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4), "f1": round(c.f1, 4)}
        present = [r for r in load_relations() if r in self.per_relation]
        return {"relations": {r: row(self.per_relation[r]) for r in present},
                "core": row(self.micro(core_relations())),
                "extended": row(self.micro(extended_relations()))}


def score_document(gold: GoldDoc, ex: Extraction, relations: Iterable[str]) -> tuple[dict[str, Counts], list[ErrorItem]]:
    specs = load_relations()
    labels = {e.key: {norm_label(x) for x in (e.name, *e.aliases)} for e in ex.entities}
    names = {e.key: e.name for e in ex.entities}

    def matches(key: str) -> set[str]:
        return {g for g, al in gold.aliases.items() if labels.get(key, set()) & al}

    counts, errors = {}, []
    for rel in relations:
        sym = specs[rel].symmetric
        gold_set = {(s, o) for (s, r, o) in gold.triples if r == rel}
        found_gold, fp_items = set(), {}
        for ev in ex.events:
            if ev.relation != rel or not ev.asserted:
                continue
            hit = False
            for gs in matches(ev.agent):
                for go in matches(ev.target):
                    for pair in ((gs, go), (go, gs)) if sym else ((gs, go),):
                        if pair in gold_set:
                            found_gold.add(pair)
                            hit = True
            if not hit:
                key = (ev.agent, ev.target) if not sym else tuple(sorted((ev.agent, ev.target)))
                fp_items.setdefault(key, ev)
        c = Counts(tp=len(found_gold), fp=len(fp_items), fn=len(gold_set - found_gold))
        counts[rel] = c
        for (a, t), ev in sorted(fp_items.items()):
            errors.append(ErrorItem("FP", gold.id, rel, names.get(a, a), names.get(t, t), ev.sentence.text))
        for s, o in sorted(gold_set - found_gold):
            errors.append(ErrorItem("FN", gold.id, rel, gold.names[s], gold.names[o], gold.triples[(s, rel, o)]))
    return counts, errors


def evaluate(gold_docs: list[GoldDoc], extractions: list[Extraction], relations: Iterable[str] | None = None) -> Score:
    relations = list(relations or load_relations())
    score = Score(per_relation={r: Counts() for r in relations})
    for gold, ex in zip(gold_docs, extractions):
        counts, errors = score_document(gold, ex, relations)
        for r, c in counts.items():
            score.per_relation[r].add(c)
        score.errors.extend(errors)
    return score


def evaluate_file(path: str | Path, relations: Iterable[str] | None = None, nlp=None) -> Score:
    return evaluate_files([path], relations, nlp=nlp)


def evaluate_files(paths: Iterable[str | Path], relations: Iterable[str] | None = None, nlp=None,
                   half: str | None = None) -> Score:
    """Score over the documents of several gold files taken as one pool, in order; `half`
    'even' or 'odd' keeps the documents at even or odd positions (an analysis / held-out split)."""
    from .pipeline import extract_documents, make_document

    gold = [g for path in paths for g in read_gold(path)]
    if half:
        gold = gold[0 if half == "even" else 1::2]
    docs = [make_document(g.text, g.id, title=g.title, date=g.date, source=g.source) for g in gold]
    return evaluate(gold, list(extract_documents(docs, nlp=nlp)), relations)


def format_table(score: Score) -> str:
    lines = [f"{'relation':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    def line(name: str, c: Counts) -> str:
        return f"{name:<12} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}"
    for r in load_relations():
        if r in score.per_relation:
            lines.append(line(r, score.per_relation[r]))
    core = [r for r in core_relations() if r in score.per_relation]
    ext = [r for r in extended_relations() if r in score.per_relation]
    if core:
        lines.append(line("core micro", score.micro(core)))
    if ext:
        lines.append(line("ext. micro", score.micro(ext)))
    return "\n".join(lines)
