"""The compiled attribute rules give exactly what spaCy's attribute_ruler gives."""
from __future__ import annotations

from pathlib import Path

from kg.nlp import load_model, load_nlp

ROOT = Path(__file__).resolve().parent.parent
TRICKY = ("I ain't gonna say it. Y'all don't know nothin'. There is a way, there were two. "
          "He's gotta go and she'd have gone. Wanna see?  \n\n 'Cause we can't. To be or not to be.")


def _features(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_identical_to_spacys_attribute_ruler(nlp):
    original = load_model()
    original.add_pipe("newskg_paragraphs", before="parser")
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))] + [TRICKY]
    assert "attribute_ruler" in nlp.pipe_names
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRules"
    for text in texts:
        assert _features(nlp(text)) == _features(original(text))


def test_empty_document(nlp):
    assert len(nlp("")) == 0
