"""Long articles: sentence-aligned chunks, parsed separately, joined back into one Doc.

`chunk_spans(text, limit)` cuts `text` into consecutive spans that cover it exactly
(their concatenation is `text`), each at most `limit` characters. Cuts go, in order of
preference, after a blank line (a paragraph break always ends a sentence: see
kg.nlp.paragraph_boundaries), after a sentence end (. ! ? and closing quotes or
brackets, then whitespace), after any whitespace, and only as a last resort anywhere.

Runaway stretches: a stretch between sentence ends or line breaks that holds more than
RUNAWAY_TOKENS tokens (estimated: words, and every other non-space character) is no
sentence: runs of punctuation, emoji, a binary-like blob. The parser's time grows with
the square of a sentence's length (8,000 '?' took 10 s, 20,000 took 200 s), so
`piece_spans` cuts such a stretch into pieces of at most PIECE_TOKENS tokens, each its
own sentence. Pieces that are mostly words are parsed; the others (mostly punctuation
or symbols) are only tokenized, as one flat sentence each: no entity or event comes
from them, and they cost little time or memory. Text with no runaway stretch is parsed
as before.

`parse_chunked(nlp, texts, limit)` runs `nlp.pipe` over all chunks of all texts and
joins each text's chunk Docs with `Doc.from_docs`, so the result is a single Doc whose
`.text` is the original text: every character offset the extractor records (tokens,
sentences, entities, triggers) is an offset into the original article, and entity
resolution still sees the whole article. Articles over kg.corpus.sections.SECTION_CHARS
are parsed a section (consecutive pieces of the same plan) at a time: `parse_parts`.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator, Sequence

# Below this the pipeline sees the text whole. spaCy's own limit is nlp.max_length
# (1,000,000); parsing far shorter pieces keeps the parser's memory small.
DEFAULT_CHUNK_CHARS = 100_000
# At most this many characters go through nlp.pipe at once: the parser and NER hold
# features for every token of a batch (about 16 KB a token), so a batch of all the chunks
# of a 1 MB article took 3 GB.
BATCH_CHARS = 100_000

# No real sentence comes near this (a 100-word sentence is about 120 tokens).
RUNAWAY_TOKENS = 400
PIECE_TOKENS = 200
# A 100,000-character chunk of news holds about 20,000 tokens; denser text is cut finer.
CHUNK_TOKENS = 30_000

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _last_cut(pattern: re.Pattern, text: str, start: int, stop: int) -> int | None:
    """End of the last match of `pattern` that ends in (start, stop]."""
    best = None
    for m in pattern.finditer(text, start, stop):
        if start < m.end() <= stop:
            best = m.end()
    return best


def chunk_spans(text: str, limit: int) -> list[tuple[int, int]]:
    if limit < 1:
        raise ValueError("chunk limit must be positive")
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        stop = start + limit
        # Prefer a cut in the second half of the window, so chunks stay large.
        floor = start + limit // 2
        cut = None
        for pattern in (_PARAGRAPH, _SENTENCE_END, _SPACE):
            cut = _last_cut(pattern, text, floor, stop) or _last_cut(pattern, text, start, stop)
            if cut:
                break
        cut = cut or stop
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


_STRETCH_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"\w")


def runaway_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The runaway stretches of text[start:end] (see the module docstring)."""
    end = len(text) if end is None else end
    out = []
    prev = last = start
    for cut in [m.end() for m in _STRETCH_END.finditer(text, start, end)] + [end]:
        # No word since the stretch began ("? ? ? ?"): no sentence yet. Only the text
        # since the last cut is searched (the stretch before it had no word).
        seen, last = _WORD.search(text, last, cut), cut
        if cut < end and not seen:
            continue
        # Fewer characters than RUNAWAY_TOKENS cannot hold more tokens: normal text is
        # never tokenized here.
        if cut - prev > RUNAWAY_TOKENS and sum(1 for _ in _TOKEN.finditer(text, prev, cut)) > RUNAWAY_TOKENS:
            out.append((prev, cut))
        prev = cut
    return out


def piece_spans(text: str, start: int = 0, end: int | None = None,
                runaway: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """text[start:end] as consecutive spans covering it: runaway stretches cut into
    pieces of at most PIECE_TOKENS tokens (at token starts), the rest left whole."""
    end = len(text) if end is None else end
    spans = []
    at = start
    for a, b in runaway if runaway is not None else runaway_spans(text, start, end):
        if a > at:
            spans.append((at, a))
        starts = [m.start() for m in _TOKEN.finditer(text, a, b)][PIECE_TOKENS::PIECE_TOKENS]
        for cut in starts:
            spans.append((a, cut))
            a = cut
        spans.append((a, b))
        at = b
    if at < end or not spans:
        spans.append((at, end))
    return spans


def plan(text: str, limit: int) -> list[tuple[str, bool]]:
    """(piece, parse it?) in order: chunks of at most `limit` characters, runaway
    stretches cut into pieces, which are parsed only when mostly words."""
    chunks = chunk_spans(text, limit) if len(text) > limit else [(0, len(text))]
    out = []
    for c0, c1 in _token_bounded(text, chunks):
        runaway = runaway_spans(text, c0, c1)
        if not runaway:
            out.append((text[c0:c1], True))
            continue
        starts = [r0 for r0, _ in runaway]
        for a, b in piece_spans(text, c0, c1, runaway):
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and a < runaway[i][1]:
                tokens = [m.group() for m in _TOKEN.finditer(text, a, b)]
                words = sum(1 for t in tokens if t[0].isalnum() or t[0] == "_")
                out.append((text[a:b], 2 * words >= len(tokens)))
            else:
                out.append((text[a:b], True))
    return out


def _token_bounded(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Chunks of dense text (many tokens a character: "a? a? a?") cut again so that none
    holds more than CHUNK_TOKENS estimated tokens: the parser's memory grows with tokens."""
    out = []
    for c0, c1 in chunks:
        n = sum(1 for _ in _TOKEN.finditer(text, c0, c1)) if c1 - c0 > CHUNK_TOKENS else 0
        if n <= CHUNK_TOKENS:
            out.append((c0, c1))
            continue
        limit = max(1, (c1 - c0) * CHUNK_TOKENS // n * 9 // 10)  # < c1 - c0: this ends
        out.extend(_token_bounded(text, [(c0 + a, c0 + b) for a, b in chunk_spans(text[c0:c1], limit)]))
    return out


def chunk_texts(text: str, limit: int) -> list[str]:
    return [piece for piece, _ in plan(text, limit)]


def limit_for(nlp, chunk_chars: int | None = None) -> int:
    return max(1, min(chunk_chars or DEFAULT_CHUNK_CHARS, nlp.max_length))


def parse_chunked(nlp, texts: Sequence[str], limit: int | None = None,
                  batch_size: int = 64) -> Iterator:
    """One spaCy Doc per text, in order; long texts parsed in chunks and joined."""
    limit = limit_for(nlp, limit)
    pieces: list[str] = []
    plans: list[list[tuple[str, bool]]] = []
    for text in texts:
        parts = plan(text, limit)
        pieces.extend(piece for piece, parse in parts if parse)
        plans.append(parts)
    docs = _pipe_bounded(nlp, pieces, batch_size)
    for text, parts in zip(texts, plans):
        doc = _joined(nlp, parts, docs)
        if doc.text != text:  # pragma: no cover - from_docs keeps text exactly
            raise RuntimeError("chunked parse changed the text")
        yield doc


def parse_parts(nlp, parts: list[tuple[str, bool]], batch_size: int = 64):
    """One Doc for consecutive pieces of a plan (a section of a long article,
    kg.corpus.sections): the same pieces parsed and joined as parse_chunked does."""
    return _joined(nlp, parts, _pipe_bounded(nlp, [p for p, parse in parts if parse], batch_size))


def _joined(nlp, parts: list[tuple[str, bool]], docs: Iterator):
    """The pieces' Docs (parsed ones taken from `docs`, in order) as one Doc."""
    import numpy
    from spacy.tokens import Doc

    if len(parts) == 1 and parts[0][1]:
        return next(docs)
    done = []
    for piece, parse in parts:
        part = next(docs) if parse else flat_doc(nlp, piece)
        # Without the tok2vec output (unused downstream, 384 bytes a token), dropped
        # from each chunk as it comes: a long article never holds all of it.
        part.tensor = numpy.zeros((0,), dtype="float32")
        done.append(part)
    return Doc.from_docs(done, ensure_whitespace=False, exclude=["tensor"])


def flat_doc(nlp, text: str):
    """`text` tokenized only, as one sentence: its first token the root, every other
    token attached to it (label 'dep'), no tags, lemmas or entities."""
    import numpy
    from spacy.attrs import DEP, HEAD

    from ..quotes import restore

    doc = restore(nlp.make_doc(text))
    if len(doc):
        arr = numpy.zeros((len(doc), 2), dtype="uint64")
        # HEAD is an offset to the head: -i for token i, stored as uint64.
        arr[:, 0] = (-numpy.arange(len(doc), dtype="int64")).astype("uint64")
        arr[:, 1] = nlp.vocab.strings.add("dep")
        arr[0, 1] = nlp.vocab.strings.add("ROOT")
        doc.from_array([HEAD, DEP], arr)
    return doc


def unparsed_pieces(text: str, limit: int | None = None) -> int:
    """How many runaway pieces of `text` parse_chunked tokenizes without parsing."""
    return sum(1 for _, parse in plan(text, limit or DEFAULT_CHUNK_CHARS) if not parse)


def _pipe_bounded(nlp, pieces: Sequence[str], batch_size: int) -> Iterator:
    """nlp.pipe over `pieces` in batches of at most batch_size pieces, BATCH_CHARS
    characters and CHUNK_TOKENS estimated tokens (a piece longer than that alone)."""
    group: list[str] = []
    size = tokens = 0
    for piece in pieces:
        n = sum(1 for _ in _TOKEN.finditer(piece))
        if group and (len(group) >= batch_size or size + len(piece) > BATCH_CHARS
                      or tokens + n > CHUNK_TOKENS):
            yield from nlp.pipe(group, batch_size=len(group))
            group, size, tokens = [], 0, 0
        group.append(piece)
        size += len(piece)
        tokens += n
    if group:
        yield from nlp.pipe(group, batch_size=len(group))


def parse_stream(nlp, texts: Iterable[str], limit: int | None = None, batch_size: int = 64) -> Iterator:
    """Like parse_chunked, for an iterable (consumed batch by batch)."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from parse_chunked(nlp, batch, limit, batch_size)
            batch = []
    if batch:
        yield from parse_chunked(nlp, batch, limit, batch_size)
