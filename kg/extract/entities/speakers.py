"""Who "we" and "I" in quoted speech are: the state or group the speaker speaks for."""
from __future__ import annotations

from functools import cached_property

from .model import Mention


class Speakers:
    """Methods of the resolver (kg.extract.entities.builder) for quoted first persons."""

    def resolve_speakers(self) -> None:
        """'"We condemn the raid," said foreign ministry spokesman Lee': a "we" in quoted
        speech is the state or group the speaker speaks for (GUIDELINES, Clarification 1).
        A named leader's "we" stays unresolved: the triple would belong to the person, and
        measured on held-out gold, resolving it to the person added only false positives."""
        first, single = self.roles["first_person_plural"], self.roles["first_person_singular"]
        quoted = self._quoted
        for tok in self.tokens:
            if tok.i in self.res.token_key or tok.lower_ not in first | single or tok.pos_ != "PRON" \
                    or tok.i not in quoted:
                continue
            key = next(filter(None, (self._speaker(sent, tok, person=tok.lower_ in single)
                                     for sent in self._quote_sentences(tok))), None)
            if key:
                self.res.add_mention(Mention(tok.i, tok.i + 1, key, "pronoun"))

    def _quote_sentences(self, tok):
        """Where a quote's speaker is named: the quote's sentence, the next, the one before."""
        si = self.sent_of[tok.i]
        return [self.sents[s] for s in (si, si + 1, si - 1) if 0 <= s < len(self.sents)]

    @cached_property
    def _quoted(self) -> set[int]:
        """Tokens inside quotation marks (a paragraph break closes an open quote)."""
        inside, out = False, set()
        for tok in self.tokens:
            text = tok.text                         # (a new string per read)
            if text in ('"', "“", "”", "''", "``") or "\n\n" in text:
                inside = (text in ('"', "''", "``") and not inside) or text == "“"
                continue
            if inside:
                out.add(tok.i)
        return out

    def _speaker(self, sent, pronoun, person: bool = False) -> str | None:
        """The state or group a report verb's subject speaks for: an organisation or state
        itself, or a spokesperson's state; for "I" (person), the named person who speaks."""
        report = self.roles_factuality["report_verbs"]
        for verb in sent:
            if verb.lemma_.lower() not in report or verb.pos_ != "VERB" or verb.i == pronoun.i:
                continue
            for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.i != pronoun.i):
                if person:                          # "U.N. Special Envoy for Somalia Nicholas Kay said"
                    named = [k for k in (self.res.key_at(t.i) for t in subj.subtree)
                             if k and self.res.actors[k].type == "Person"]
                    if named:
                        return named[-1]
                key = self.res.key_at(subj.i) or next(
                    (self.res.key_at(c.i) for c in subj.children
                     if c.dep_ in ("appos", "compound", "poss", "amod") and self.res.key_at(c.i)), None) \
                    or self._spoken_for(subj)
                if key is None:
                    continue
                if person:
                    return None                     # (no person in the subject: searched above)
                a = self.res.actors[key]
                if a.type != "Person":
                    return key
                if a.roles & self.roles["spokesperson_titles"] or subj.lower_ in self.roles["spokesperson_titles"]:
                    state = a.country or next((self.res.actors[k].name for k in
                                               (self.res.key_at(t.i) for t in subj.subtree)
                                               if k and self.res.actors[k].type == "Country"), None)
                    return self.res.state_key(state) if state else None
                return None
        return None

    def _spoken_for(self, subj) -> str | None:
        """'a spokesman for Hamas said': the state or group named after "for"."""
        if subj.lemma_.lower() not in self.roles["spokesperson_titles"]:
            return None
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for obj in prep.children:
                    key = self.res.key_at(obj.i)
                    if obj.dep_ == "pobj" and key and self.res.actors[key].type != "Person":
                        return key
        return None
