"""Long articles: sentence-aligned chunks whose offsets stay right (kg.corpus.chunking)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus.chunking import chunk_spans, parse_chunked
from kg.records import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _long_text() -> str:
    return "\n\n".join(p.read_text("utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))) + "\n"


@pytest.mark.parametrize("limit", [1, 7, 50, 120, 300, 10_000])
def test_spans_cover_text_exactly(limit):
    text = _long_text()
    spans = chunk_spans(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b for a, b in spans)
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))
    assert all(b - a <= limit for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text


def test_cuts_prefer_paragraphs_then_sentences():
    text = "First one. Second one.\n\nThird paragraph here. Fourth.\n\nFifth."
    spans = chunk_spans(text, 40)
    assert text[spans[0][0]:spans[0][1]] == "First one. Second one.\n\n"
    one_para = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota."
    first = chunk_spans(one_para, 30)[0]
    assert one_para[first[0]:first[1]] == "Alpha beta gamma. "


def test_no_whitespace_falls_back_to_hard_cut():
    assert chunk_spans("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_chunked_parse_keeps_offsets(nlp):
    from kg.extract import extract_from_doc

    text = _long_text()
    doc = next(parse_chunked(nlp, [text], limit=300))
    assert doc.text == text
    ex = extract_from_doc(doc, Document("long", text))
    assert ex.events
    for ev in ex.events:
        assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
        assert text[ev.sentence.start:ev.sentence.end] == ev.sentence.text
    for s in ex.sentences:
        assert text[s.start:s.end] == s.text
    # The chunked parse finds the same events as parsing the whole text.
    whole = extract_from_doc(nlp(text), Document("long", text))
    assert set(ex.events) == set(whole.events)


def test_texts_longer_than_max_length_are_processed(nlp):
    from kg.corpus.chunking import limit_for

    text = _long_text()
    saved = nlp.max_length
    nlp.max_length = 500
    try:
        assert limit_for(nlp, None) == 500
        short, long_ = next(parse_chunked(nlp, ["Russia attacked Ukraine.", text])), None
        docs = list(parse_chunked(nlp, ["Russia attacked Ukraine.", text]))
        long_ = docs[1]
    finally:
        nlp.max_length = saved
    assert short.text == "Russia attacked Ukraine."
    assert long_.text == text and len(text) > 500


def test_blank_line_starts_a_sentence(nlp):
    """kg.nlp.paragraph_boundaries (looks only at the words holding a blank line): the
    word after a blank line starts a sentence, a whitespace token after one does not."""
    from kg.nlp import paragraph_boundaries

    doc = nlp.make_doc("Israel strikes Gaza\n\nthe army said on Monday\n\n\n\n \n\nit would go on")
    starts = {t.i for t in paragraph_boundaries(doc) if t.is_sent_start}
    after_break = {t.i + 1 for t in doc[:-1] if "\n\n" in t.text_with_ws and not doc[t.i + 1].is_space}
    assert after_break and starts == after_break | {0}
    assert not any(doc[i].is_space for i in starts if i)


def test_a_word_never_ends_a_sentence(nlp):
    """The parser may cut a sentence inside a name ("with President Ahmad | Tejan Kabbah");
    after a word with no stop, quote or line break no sentence starts, elsewhere nothing changes."""
    text = ("Kofi Annan condemned the raids. He has talked by telephone with President Ahmad Tejan Kabbah "
            "and with the leaders of Guinea and Liberia.\n\nLater he left")
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Kofi Annan condemned the raids.",
        "He has talked by telephone with President Ahmad Tejan Kabbah and with the leaders of Guinea and Liberia.",
        "Later he left"]


def test_no_emoticons_in_news(nlp):
    """spaCy's tokenizer reads "):" as an emoticon; in news it is a bracket and a colon."""
    words = [t.text for t in nlp.make_doc("ISLAMABAD, Feb 27 (APP): Pakistan condemned the strike (again):")]
    assert words[4:8] == ["(", "APP", ")", ":"] and words[-2:] == [")", ":"]
