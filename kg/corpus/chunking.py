"""Long articles: sentence-aligned chunks, parsed separately, joined back into one Doc.

`chunk_spans(text, limit)` cuts `text` into consecutive spans that cover it exactly
(their concatenation is `text`), each at most `limit` characters. Cuts go, in order of
preference, after a blank line (a paragraph break always ends a sentence: see
kg.nlp.paragraph_boundaries), after a sentence end (. ! ? and closing quotes or
brackets, then whitespace), after any whitespace, and only as a last resort anywhere.

`parse_chunked(nlp, texts, limit)` runs `nlp.pipe` over all chunks of all texts and
joins each text's chunk Docs with `Doc.from_docs`, so the result is a single Doc whose
`.text` is the original text: every character offset the extractor records (tokens,
sentences, entities, triggers) is an offset into the original article, and entity
resolution still sees the whole article.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

# Below this the pipeline sees the text whole. spaCy's own limit is nlp.max_length
# (1,000,000); parsing far shorter pieces keeps the parser's memory small.
DEFAULT_CHUNK_CHARS = 100_000
# At most this many characters go through nlp.pipe at once: the parser and NER hold
# features for every token of a batch (about 16 KB a token), so a batch of all the chunks
# of a 1 MB article took 3 GB.
BATCH_CHARS = 100_000

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


def chunk_texts(text: str, limit: int) -> list[str]:
    return [text[a:b] for a, b in chunk_spans(text, limit)]


def limit_for(nlp, chunk_chars: int | None = None) -> int:
    return max(1, min(chunk_chars or DEFAULT_CHUNK_CHARS, nlp.max_length))


def parse_chunked(nlp, texts: Sequence[str], limit: int | None = None,
                  batch_size: int = 64) -> Iterator:
    """One spaCy Doc per text, in order; long texts parsed in chunks and joined."""
    import numpy
    from spacy.tokens import Doc

    limit = limit_for(nlp, limit)
    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        parts = chunk_texts(text, limit) if len(text) > limit else [text]
        pieces.extend(parts)
        counts.append(len(parts))
    docs = _pipe_bounded(nlp, pieces, batch_size)
    for text, k in zip(texts, counts):
        if k == 1:
            yield next(docs)
            continue
        parts = []
        for _ in range(k):
            part = next(docs)
            # Without the tok2vec output (unused downstream, 384 bytes a token), dropped
            # from each chunk as it comes: a long article never holds all of it.
            part.tensor = numpy.zeros((0,), dtype="float32")
            parts.append(part)
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
        if doc.text != text:  # pragma: no cover - from_docs keeps text exactly
            raise RuntimeError("chunked parse changed the text")
        yield doc


def _pipe_bounded(nlp, pieces: Sequence[str], batch_size: int) -> Iterator:
    """nlp.pipe over `pieces` in batches of at most batch_size pieces and BATCH_CHARS
    characters (a piece longer than that alone)."""
    group: list[str] = []
    size = 0
    for piece in pieces:
        if group and (len(group) >= batch_size or size + len(piece) > BATCH_CHARS):
            yield from nlp.pipe(group, batch_size=len(group))
            group, size = [], 0
        group.append(piece)
        size += len(piece)
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
