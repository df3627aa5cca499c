"""SpanView: a span of a DocView (a slice, a sentence, an entity)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.util import normalize_slice

from .tokens import TokenView

if TYPE_CHECKING:
    from . import DocView


class SpanView:
    __slots__ = ("doc", "start", "end", "label_")

    def __init__(self, doc: "DocView", start: int, end: int, label_: str = ""):
        self.doc, self.start, self.end, self.label_ = doc, start, end, label_

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __getitem__(self, i):
        if isinstance(i, slice):
            a, b = _bounds(len(self), i)
            return SpanView(self.doc, a + self.start, b + self.start)
        j = self.end + i if i < 0 else self.start + i
        if self.start <= j < self.end:
            return self.doc.tokens[j]
        raise IndexError(f"span index {i} out of range")

    @property
    def text(self) -> str:
        toks = self.doc.tokens[self.start:self.end]      # Span.text
        text = "".join([t.text_with_ws for t in toks])
        return text[:-1] if toks and toks[-1].whitespace_ else text

    @property
    def start_char(self) -> int:
        return self._span().start_char if self.end <= self.start else self.doc.tokens[self.start].idx

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self._span().end_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def root(self) -> TokenView:
        return self.doc.root_of(self.start, self.end)

    @property
    def sent(self):
        return self.doc.wrap(self._span().sent)

    @property
    def ents(self) -> list:
        return [self.doc.wrap(e) for e in self._span().ents]

    def _span(self):
        return self.doc.spacy_doc[self.start:self.end]

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._span(), name)

    def __eq__(self, other):
        return isinstance(other, SpanView) and other.doc is self.doc and \
            (self.start, self.end, self.label_) == (other.start, other.end, other.label_)

    def __hash__(self):
        return hash((self.start, self.end, self.label_))

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


def _bounds(n: int, s: slice) -> tuple[int, int]:
    """spacy.util.normalize_slice, inline."""
    if s.step is not None and s.step != 1:
        return normalize_slice(n, s.start, s.stop, s.step)     # (raises spaCy's error)
    a, b = s.start, s.stop
    a = 0 if a is None else a + n if a < 0 else a
    a = n if a > n else 0 if a < 0 else a
    b = n if b is None else b + n if b < 0 else b
    b = n if b > n else a if b < a else b
    return a, b

