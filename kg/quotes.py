"""Single quotation marks shown to the model as double ones.

The English model learnt quotation marks from text quoted with double marks: British-style
'strongly condemns' gets its closing mark tagged as a possessive ("condemns'" like
"rebels'") and the clause misparsed. The tokenizer is wrapped so the model reads the text with
each pair of single quotation marks made double (one character for one: every offset stays),
and a last component puts the original characters back, annotations unchanged. Apostrophes
(don't, Kenya's, rebels', '90s) are left alone.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_KEY = "newskg_text"
# An opening mark: at the start or after a space or bracket, before a letter (never "'90s")
_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[A-Za-z])")
# A closing mark: after a word or punctuation, before a space, punctuation or the end
_CLOSE = re.compile(r"(?<=[^\s'‘’])['’](?=[\s.,;:!?)\]—-]|$)")
# Closing marks that cannot be a possessive: after punctuation ("barbaric,'") or before it ("'barbaric'.")
_SURE = re.compile(r"(?<=[.,!?;:])['’]|['’](?=[.,;:!?)\]—-]|$)")


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of single quotation marks used as quotes in `text`. A closing
    mark is the first one before the next opening mark (or the paragraph's end) that punctuation
    shows to be a quote's end; failing that, the first one there ("'firmly rejects' the plan")."""
    pairs = []
    opens = [m.start() for m in _OPEN.finditer(text)]
    for n, start in enumerate(opens):
        if pairs and start < pairs[-1][1]:
            continue
        limit = opens[n + 1] if n + 1 < len(opens) else len(text)
        para = text.find("\n\n", start, limit)
        limit = para if para >= 0 else limit
        closes = [m.start() for m in _CLOSE.finditer(text, start + 1, limit)]
        if not closes:
            continue
        sure = [c for c in closes if _SURE.match(text, c)]
        pairs.append((start, (sure or closes)[0]))
    return pairs


def doubled(text: str) -> str:
    """`text` with its single-quote pairs made double, same length."""
    pairs = quote_pairs(text) if "'" in text or "‘" in text else ()
    if not pairs:
        return text
    chars = list(text)
    for start, end in pairs:
        chars[start] = chars[end] = '"'
    return "".join(chars)


class QuoteTokenizer:
    """The pipeline's tokenizer over the doubled text; the original kept for `restore`."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        shown = doubled(text)
        doc = self.tokenizer(shown)
        if shown is not text:
            doc.user_data[_KEY] = text
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)


def restore(doc: Doc) -> Doc:
    """`doc` over its original characters, with every annotation of the doubled one."""
    text = doc.user_data.pop(_KEY, None) if doc.user_data else None
    if text is None:
        return doc
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG

    words = [text[t.idx:t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces, user_data=doc.user_data)
    parsed = doc.has_annotation("DEP")
    attrs = [TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE] + ([HEAD, DEP] if parsed else [SENT_START])
    out.from_array(attrs, doc.to_array(attrs))
    return out


@Language.component("newskg_restore_quotes")
def restore_quotes(doc: Doc) -> Doc:
    return restore(doc)


def read_single_quotes_as_double(nlp) -> None:
    if isinstance(nlp.tokenizer, QuoteTokenizer):
        return
    nlp.tokenizer = QuoteTokenizer(nlp.tokenizer)
    nlp.add_pipe("newskg_restore_quotes", last=True)
