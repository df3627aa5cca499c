"""Which actors a noun phrase stands for: a name, a pronoun, a role description, a
state's agents ("Israel's military"), an unnamed facility's owner or location, an
action's actor ("Iran's attack" -> Iran)."""
from __future__ import annotations

from ...lexicon import load_relations, load_table
from ..entities import Resolved
from .earlier import EarlierNames
from .owners import Owners
from .phrases import Phrases
from .speakers import Speakers
from .subjects import Subjects


def _event_nouns() -> frozenset[str]:
    words = set()
    for spec in load_relations().values():
        words |= {w for w in spec.words("nouns") if " " not in w}
    return frozenset(words)


class Arguments(Phrases, EarlierNames, Speakers, Subjects, Owners):
    def __init__(self, doc, res: Resolved):
        self.doc = doc
        self.res = res
        self.roles = load_table("roles")
        self.event_nouns = _event_nouns()
        self._countries: list | None = None        # (token, key) of each state mention, made when first needed

    def _key(self, tok) -> str | None:
        return self.res.key_at(tok.i)
