"""Single quotation marks (British style) are read as double ones by the model; the Doc, the
records and the RDF keep the text's own characters."""
from __future__ import annotations

import pytest

from kg.quotes import doubled, quote_pairs


@pytest.mark.parametrize("text,quoted", [
    ("Britain 'firmly rejects' the plan.", ["'firmly rejects'"]),
    ("It called the strikes 'barbaric' and 'unacceptable'.", ["'barbaric'", "'unacceptable'"]),
    ("'We condemn the rebels' attack,' he said.", ["'We condemn the rebels' attack,'"]),
    ("He said it 'strongly condemns' the rebels' attack.", ["'strongly condemns'"]),
    ("Canada ‘firmly rejects’ it.", ["‘firmly rejects’"]),
    ("The rebels' base and Kenya's army don't move.", []),
    ("Since the '90s the 'war' has gone on.", ["'war'"]),
    ("He said 'no.\n\nThe talks' end came later.", []),
])
def test_quote_pairs_find_quotation_marks_not_apostrophes(text, quoted):
    assert [text[a:b + 1] for a, b in quote_pairs(text)] == quoted
    shown = doubled(text)
    assert len(shown) == len(text)
    assert shown.count('"') == 2 * len(quoted)


def test_the_doc_keeps_the_original_characters_and_parses_as_with_double_quotes(nlp):
    text = "The prime minister said Britain 'firmly rejects' the EU's proposal."
    doc = nlp(text)
    twin = nlp(text.replace("'firmly rejects'", '"firmly rejects"'))
    assert doc.text == text
    assert [t.text for t in doc][5:9] == ["'", "firmly", "rejects", "'"]
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in twin]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in twin.ents]
    assert not doc.user_data   # the original text is not carried along once restored


def test_evidence_quotes_the_text_as_written(nlp):
    from kg.pipeline import extract_text

    text = "Spain 'categorically rejects' Morocco's demands, the foreign minister said."
    ex = extract_text(text, nlp=nlp)
    assert [(e.agent, e.relation, e.target) for e in ex.events if e.asserted] == [("spain", "opposed", "morocco")]
    assert all(s.text == text for s in ex.sentences)
