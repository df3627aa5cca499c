"""Who a speaker or an office stands for: "a spokesman for X", "the representative of X",
"a Norwegian, Y", "State Councilor and Foreign Minister Wang Yi"."""
from __future__ import annotations


class Speakers:
    """Methods of Arguments (kg.extract.arguments) for people named by what they speak for."""

    def _spoken_for(self, tok, depth: int) -> list[str]:
        """'A spokesman for Boko Haram claimed', 'the representative of France deplored': the
        state or group they speak for (GUIDELINES, Clarification 1), never a person, named or not
        ("a spokesman for Hamas, X, said": Hamas); a delegate named after a comma ("the
        representative of France, X, said") is the person, as the readers of UN summaries take him."""
        lemma = tok.lemma_.lower()
        spokes = self.roles["spokesperson_titles"]
        preps = ("for",) if lemma in spokes or tok.lower_ in spokes \
            else ("of",) if lemma in self.roles["delegate_nouns"] else None
        if preps is None:
            return []
        objs = self.prep_objects(tok, preps)
        named = [self._key(c) for p in objs for c in p.children if c.dep_ == "appos" and self._key(c)
                 and self.res.actors[self._key(c)].type == "Person"]
        if named and preps == ("of",):
            return named[:1]
        return [a for p in objs for a in self.actors(p, "agent", depth + 1) if self.res.actors[a].type != "Person"]

    def _person_named_beside(self, tok) -> list[str]:
        """'A 32-year-old Norwegian, Anders Behring Breivik': the person in apposition to a
        demonym used as a noun, not the demonym's state."""
        if tok.pos_ not in ("NOUN", "PROPN") or self.res.kind_at(tok.i) != "demonym":
            return []
        return [self._key(c) for c in tok.children if c.dep_ == "appos" and self._key(c)
                and self.res.actors[self._key(c)].type == "Person"][:1]

    def _stacked_office(self, t) -> bool:
        """An office with no name of its own joined by "and" to another office before a person's
        name: both offices are that person's ("Chinese State Councilor and Foreign Minister Wang Yi")."""
        titles = self.roles["titles"]
        if t.lower_ not in titles or not t.is_title or (self._key(t) and self._person_like(self._key(t))) or any(
                c.dep_ in ("prep", "det", "poss") for c in t.children):   # (not "the Chinese president and ...")
            return False
        conj = next((c for c in t.children if c.dep_ == "conj"), None)
        return conj is not None and conj.i > t.i and bool(self._key(conj)) and self._person_like(self._key(conj)) \
            and any(x.lower_ in titles for x in t.doc[t.i + 1:conj.i])
