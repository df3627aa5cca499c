"""A read-only view of a parsed spaCy Doc for the extractor: one Python object per token,
its attributes read once.

spaCy makes a new Token object at every `doc[i]`, `tok.head`, `tok.children` or span
iteration, and decodes each string attribute (`lower_`, `dep_`, ...) from its string store
at every read; the extractor does that ~3,400 times a document. Here each token is made
once, the attributes the rules read most are plain slots, and anything structural
(children, subtree, conjuncts, edges, a span's root) is asked of spaCy on first use and
kept, so the answers are spaCy's own. Unknown attributes fall through to spaCy's objects.
"""
from __future__ import annotations

from spacy import parts_of_speech
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SPACY, TAG

from .spans import SpanView, _bounds
from .tokens import _REFS, TokenView

# The token table's columns (TokenView's eager slots), read from one Doc.to_array.
_COLUMNS = [ORTH, POS, DEP, TAG, LEMMA, ENT_TYPE, IDX, HEAD, SPACY, ENT_IOB]
# Per vocab, shared by documents (bounded): hash -> string, and orth -> the lexeme's
# text, lower_, is_title, is_alpha, is_lower, is_upper, is_space (a word's, whatever its place).
_CACHE: dict = {}
_CACHE_MAX = 500_000


class DocView:
    """Quacks like the spaCy Doc it wraps for what kg.extract reads."""

    def __init__(self, doc):
        self.spacy_doc = doc
        vocab = doc.vocab
        if _CACHE.get("vocab") is not vocab or len(_CACHE["strings"]) + len(_CACHE["lexemes"]) > _CACHE_MAX:
            _CACHE.update(vocab=vocab, strings={}, lexemes={})
        strings, lexemes = _CACHE["strings"], _CACHE["lexemes"]
        if len(doc):
            arr = doc.to_array(_COLUMNS)
            orth, pos, dep, tag, lemma, ent, idx, _, spacy, iob = arr.T.tolist()
            heads = arr[:, 7].astype("int64").tolist()      # relative, negative to the left
        else:
            orth, pos, dep, tag, lemma, ent, idx, spacy, iob, heads = ([] for _ in range(10))
        self._iob = iob                     # for ents
        try:
            lex_col = list(map(lexemes.__getitem__, orth))
        except KeyError:                     # words not seen before: asked of the vocab once
            for h in set(orth) - lexemes.keys():
                lex = vocab[h]
                lexemes[h] = (lex.orth_, lex.lower_, lex.is_title, lex.is_alpha, lex.is_lower,
                              lex.is_upper, lex.is_space, lex.orth_ + " ")
            lex_col = list(map(lexemes.__getitem__, orth))
        get = strings.__getitem__
        try:
            str_cols = [list(map(get, col)) for col in (dep, tag, lemma, ent)]
        except KeyError:
            for h in set().union(dep, tag, lemma, ent) - strings.keys():
                strings[h] = vocab.strings[h]
            str_cols = [list(map(get, col)) for col in (dep, tag, lemma, ent)]
        rows = zip(lex_col, map(parts_of_speech.NAMES.__getitem__, pos), *str_cols, idx, spacy)
        self.tokens = toks = []
        for i, (lex, v_pos, v_dep, v_tag, v_lemma, v_ent, v_idx, space_after) in enumerate(rows):
            v = TokenView.__new__(TokenView)
            v.doc, v.i, v.pos_, v.dep_, v.tag_, v.lemma_, v.ent_type_, v.idx = \
                self, i, v_pos, v_dep, v_tag, v_lemma, v_ent, v_idx
            v.text, v.lower_, v.is_title, v.is_alpha, v.is_lower, v.is_upper, v.is_space, with_ws = lex
            if space_after:
                v.whitespace_, v.text_with_ws = " ", with_ws
            else:
                v.whitespace_, v.text_with_ws = "", v.text
            toks.append(v)
        for v, h in zip(toks, heads):
            v.head = toks[v.i + h]
        self.text = "".join([v.text_with_ws for v in toks])     # Doc.text
        self._sents = None
        self._sent_of = None
        self._ents = None
        self._roots: dict[tuple[int, int], TokenView] = {}
        self.rare: dict = {}                # (name, i) -> a _RARE attribute of token i

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, i):
        if i.__class__ is slice:
            return SpanView(self, *_bounds(len(self.tokens), i))
        return self.tokens[i]

    def release(self) -> None:
        """Break the view's reference cycles (token <-> view, head, children, sentence), so
        refcounting frees it at once instead of a later full garbage collection (a 1 MB
        article's view is ~70 MB)."""
        for t in self.tokens:
            for name in _REFS:
                setattr(t, name, None)
        self.tokens = []
        self._sents = self._sent_of = self._ents = None
        self._roots.clear()
        self.rare.clear()

    def fill_children(self, i: int) -> tuple:
        """Every token's children (Token.lefts/.rights scan the same heads); token i's."""
        toks = self.tokens
        kids: list[list] = [[] for _ in toks]
        for t in toks:
            if t.head is not t:
                kids[t.head.i].append(t)
        for t, k in zip(toks, kids):
            t.children = tuple(k)
        return toks[i].children

    def root_of(self, start: int, end: int) -> TokenView:
        """doc[start:end].root, asked of spaCy once per span."""
        key = (start, end)
        root = self._roots.get(key)
        if root is None:
            root = self._roots[key] = self.tokens[self.spacy_doc[start:end].root.i]
        return root

    @property
    def sents(self):
        if self._sents is None:
            self._sents = [SpanView(self, s.start, s.end) for s in self.spacy_doc.sents]
        return iter(self._sents)

    def sentence_of(self, i: int) -> SpanView:
        if self._sent_of is None:
            self._sent_of = sent_of = [None] * len(self.tokens)
            for s in self.sents:
                for j in range(s.start, s.end):
                    sent_of[j] = s
        return self._sent_of[i]

    @property
    def ents(self) -> tuple:
        if self._ents is None:
            self._ents = self._entities()
        return self._ents

    def _entities(self) -> tuple:
        """Doc.ents, read from the IOB column as spaCy reads it."""
        out, start, label, n = [], -1, "", len(self.tokens)
        for i, (iob, t) in enumerate(zip(self._iob, self.tokens)):
            if iob == 1:
                if start == -1:             # an I without a B: spaCy's own error
                    return tuple(SpanView(self, e.start, e.end, e.label_) for e in self.spacy_doc.ents)
            elif iob in (0, 2) or (iob == 3 and not t.ent_type_):
                if start != -1:
                    out.append(SpanView(self, start, i, label))
                start, label = -1, ""
            elif iob == 3:
                if start != -1:
                    out.append(SpanView(self, start, i, label))
                start, label = i, t.ent_type_
        if start != -1:
            out.append(SpanView(self, start, n, label))
        return tuple(e for e in out if e.label_ != "")

    def char_span(self, *args, **kwargs):
        return self.wrap(self.spacy_doc.char_span(*args, **kwargs))

    def wrap(self, span):
        return None if span is None else SpanView(self, span.start, span.end, span.label_)

    def __getattr__(self, name):
        if name.startswith("__") or name == "spacy_doc":
            raise AttributeError(name)
        return getattr(self.spacy_doc, name)


def doc_view(doc) -> DocView:
    return doc if isinstance(doc, DocView) else DocView(doc)
