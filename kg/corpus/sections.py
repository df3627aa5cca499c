"""Articles longer than SECTION_CHARS characters, extracted section by section in flat
memory.

A whole article's Doc costs about 105 MB a MB of text, and its records and quads stay
until it is written, so a 5 MB article peaked at 1.23 GB (804 MB now). Here the article's chunk plan
(kg.corpus.chunking.plan: the same pieces, cut after paragraph breaks, else sentence
ends) is grouped into sections of at most SECTION_CHARS characters; each section is
parsed, extracted, checked (SHACL) and turned into N-Quads lines on its own, with every
offset moved back into the article, and its Doc and records are dropped before the next
section is parsed. Only the sections' sorted lines (compressed) and entity records stay.

An article of at most SECTION_CHARS characters is one section: it takes exactly the
whole-document path (same Doc, same bytes). Past it, resolution does not cross a section
boundary: a pronoun, description, surname or acronym whose antecedent lies in an earlier
section is resolved within its own section, and what a later mention teaches about an
earlier one (an actor's type, an alias) stays in its section. One thing is carried from
section to section: the article's state (its dateline's or lead's, kg.extract.entities:
home_state), for "the foreign ministry said" with no state named. The entity records of
all sections are merged as documents' are (kg.rdf.naming.MergedEntity).
"""
from __future__ import annotations

import dataclasses
import heapq
import zlib
from typing import Iterator

from ..records import Document, Extraction
from .results import DocResult

# spaCy's own nlp.max_length, and the old per-document limit: every text accepted before
# sections existed is still one section (same bytes); a section peaks like a 1 MB article.
SECTION_CHARS = 1_000_000


def section_plans(text: str, limit: int, section_chars: int) -> Iterator[tuple[int, list]]:
    """(start offset, pieces) per section: consecutive pieces of chunking.plan(text,
    limit) adding up to at most section_chars characters (a longer piece alone)."""
    from .chunking import plan

    start = at = size = 0
    parts: list = []
    for piece, parse in plan(text, limit):
        if parts and size + len(piece) > section_chars:
            yield start, parts
            start, parts, size = at, [], 0
        parts.append((piece, parse))
        size += len(piece)
        at += len(piece)
    yield start, parts


def sectioned_result(document: Document, nlp, iris, validate: bool, shapes: str | None,
                     limit: int, batch_size: int, section_chars: int) -> DocResult:
    """document_result for an article cut into sections (see the module docstring)."""
    import time

    from ..rdf.naming import MergedEntity
    from ..rdf.runrecord import sha256_text
    from .chunking import parse_parts
    from ..extract.story_merge import shifted
    from .document import document_result

    lines: list[bytes] = []
    merged: dict[str, MergedEntity] = {}
    timings: dict[str, float] = {}
    carry: dict = {}
    for start, parts in section_plans(document.text, limit, section_chars):
        t = time.perf_counter()
        doc = parse_parts(nlp, parts, batch_size)
        nlp_seconds = time.perf_counter() - t
        section = dataclasses.replace(document, text=doc.text)
        r = document_result(section, doc, iris, validate, shapes,
                            adjust=lambda ex: shifted(ex, document, start), carry=carry)
        del doc
        if r.status != "ok":
            where = f"section at character {start:,}: " if start else ""
            return DocResult(document.id, r.status, message=where + r.message,
                             words=len(document.text.split()), timings=timings)
        for k, v in {**r.timings, "nlp": nlp_seconds}.items():
            timings[k] = timings.get(k, 0.0) + v
        # Held compressed (N-Quads shrink ~10x) until the article ends, so what stays
        # per section is small next to its Doc.
        lines.append(zlib.compress(r.nquads, 1))
        for key, name, type_, aliases in r.entities:
            m = merged.setdefault(key, MergedEntity(key, name, type_))
            m.add(_entity(key, name, type_, aliases))
        del r, section
    entities = tuple((m.key, m.name, m.type, tuple(sorted(m.names - {m.name})))
                     for m in sorted(merged.values(), key=lambda m: m.key))
    return DocResult(document.id, "ok", merge_lines(lines), entities,
                     words=len(document.text.split()), timings=timings,
                     sha256=sha256_text(document.text))


def _entity(key, name, type_, aliases):
    from ..records import Entity

    return Entity(key=key, name=name, type=type_, aliases=tuple(aliases))


def merge_lines(blocks: list[bytes]) -> bytes:
    """Sorted, unique lines of several zlib-compressed blocks of sorted, unique lines (the
    document's header quads and `mentionedIn` come once per section), each block
    decompressed as the merge reads it."""
    out, last = [], None
    for line in heapq.merge(*(_lines(b) for b in blocks)):
        if line != last:
            out.append(line)
            last = line
    return b"".join(out)


def _lines(block: bytes, size: int = 1 << 16) -> Iterator[bytes]:
    z = zlib.decompressobj()
    rest = b""
    for i in range(0, len(block), size):
        data = rest + z.decompress(block[i:i + size])
        *done, rest = data.split(b"\n")
        for line in done:
            yield line + b"\n"
    data = rest + z.flush()
    yield from (line + b"\n" for line in data.split(b"\n")[:-1])
