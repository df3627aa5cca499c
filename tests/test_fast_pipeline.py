"""The speed work changes no output: on the shared gold pool (seed + dev + train: real
news) our pipeline gives spaCy's own tags, POS, morphology, lemmas, parse and entities."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.nlp import load_model

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
needs_gold = pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval not present")


def pool_texts() -> list[str]:
    return [json.loads(line)["text"] for name in ("seed", "dev", "train")
            for line in (EVAL / f"{name}.jsonl").open(encoding="utf-8") if line.strip()]


def _features(doc):
    return ([(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents])


@needs_gold
def test_fast_components_give_spacys_annotations_on_the_shared_pool(nlp):
    original = load_model()
    original.add_pipe("newskg_paragraphs", before="parser")
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Cached")
    texts = pool_texts()
    for ours, theirs in zip(nlp.pipe(texts), original.pipe(texts)):
        assert _features(ours) == _features(theirs)
