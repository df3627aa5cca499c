"""TokenView: one object per token of a DocView, the attributes the rules read most in slots."""
from __future__ import annotations

# Read for every token when the view is made, from one Doc.to_array (the rules read these most).
_EAGER = ("text", "lower_", "pos_", "dep_", "tag_", "lemma_", "ent_type_", "idx", "whitespace_",
          "text_with_ws", "is_title", "is_alpha", "is_lower", "is_upper", "is_space")
# Made on first use, then kept: in a slot when the rules read it often, else in the
# view's dict (a slot costs 8 bytes a token, and a 1 MB article has ~190,000 tokens).
_SLOTS = ("sent", "children", "subtree", "conjuncts", "right_edge")
_RARE = ("lefts", "rights", "ancestors", "left_edge")
_REFS = ("doc", "head", "sent", "children", "subtree", "conjuncts", "right_edge")   # (release)


class TokenView:
    __slots__ = ("doc", "i", "head", *_EAGER, *_SLOTS)

    def __getattr__(self, name):         # only called for a slot not yet set, or an unknown name
        if name.startswith("__"):
            raise AttributeError(name)
        if name in _RARE:
            key = (name, self.i)
            value = self.doc.rare.get(key)
            if value is None:
                value = self.doc.rare[key] = self._make(name)
            return value
        if name not in _SLOTS:
            return getattr(self.doc.spacy_doc[self.i], name)
        value = self._make(name)
        setattr(self, name, value)
        return value

    def _make(self, name):
        if name == "sent":
            value = self.doc.sentence_of(self.i)
        elif name == "children":
            return self.doc.fill_children(self.i)    # every token's at once, from the heads
        elif name == "lefts":
            value = tuple(c for c in self.children if c.i < self.i)
        elif name == "rights":
            value = tuple(c for c in self.children if c.i > self.i)
        elif name == "subtree":
            value = (*(t for c in self.lefts for t in c.subtree), self,
                     *(t for c in self.rights for t in c.subtree))
        elif name in ("conjuncts", "ancestors"):
            toks = self.doc.tokens
            value = tuple(toks[t.i] for t in getattr(self.doc.spacy_doc[self.i], name))
        else:                               # left_edge, right_edge
            value = self.doc.tokens[getattr(self.doc.spacy_doc[self.i], name).i]
        return value

    def nbor(self, i: int = 1):
        return self.doc[self.i + i]

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    # one view object per token, so identity is spaCy's (doc, index) equality
    def __lt__(self, other):
        return self.i < other.i

    def __le__(self, other):
        return self.i <= other.i

    def __gt__(self, other):
        return self.i > other.i

    def __ge__(self, other):
        return self.i >= other.i

    __hash__ = object.__hash__

