"""The resolver of one document: its state, and the mixins that hold its stages."""
from __future__ import annotations

from ...gazetteer import Gazetteer
from ...ids import slug
from ...lexicon import load_table
from .compass import CompassStates
from .descriptions import Descriptions
from .forms import NameForms
from .home import HomeState
from .links import Links
from .model import Actor, Resolved, _sentence, settled_type
from .names import Names
from .persons import Persons
from .pronouns import Pronouns
from .spans import NameSpans
from .speakers import Speakers


class _Builder(HomeState, NameSpans, Names, NameForms, Persons, Links, Descriptions, CompassStates, Pronouns,
               Speakers):
    def __init__(self, doc, gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.roles = load_table("roles")
        self.roles_factuality = load_table("factuality")
        self._possessive_joins: dict[int, tuple[int, int]] = {}
        self.tokens = list(doc)         # spaCy makes a new Token object per index or iteration: once
        self.text = "".join(t.text_with_ws for t in self.tokens)   # Doc.text, without new Tokens
        self.sents = sents = list(doc.sents)
        sentences = [_sentence(s, self.text) for s in sents]
        self.res = Resolved(sentences=[x for x in sentences if x.text],   # (blank ones rstrip to "")
                            tokens=self.tokens, text=self.text)
        self.sent_of = {}
        for si, s in enumerate(sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = si

    def _text(self, i: int, j: int) -> str:
        """doc[i:j].text without making a Span."""
        last = self.tokens[j - 1]
        return self.text[self.tokens[i].idx:last.idx + len(last.text)]

    def actor(self, name: str, type_: str, country: str | None = None) -> Actor:
        key = slug(name)
        a = self.res.actors.get(key)
        if a is None:
            a = self.res.actors[key] = Actor(key=key, name=name, type=type_, country=country)
        else:
            a.type = settled_type(a.type, type_)
        return a

    def merge(self, a: Actor, into: Actor) -> None:
        into.aliases |= a.aliases | {a.name}
        into.roles |= a.roles
        del self.res.actors[a.key]
        for m in self.res.mentions:
            if m.key == a.key:
                m.key = into.key
        for i, k in list(self.res.token_key.items()):
            if k == a.key:
                self.res.token_key[i] = into.key
