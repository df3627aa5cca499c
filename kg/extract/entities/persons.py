"""Persons: titles stripped, full names and surnames joined, offices and portfolios read
from titles."""
from __future__ import annotations

from functools import cached_property

from .model import _ACTING_DEPS, Actor, Mention, _name_words


class Persons:
    """Methods of the resolver (kg.extract.entities.builder) about persons."""

    def _acting(self, tok) -> bool:
        """A capital in an acting slot stands for its state: the subject, a possessor, the
        'by' phrase ("raids by Canberra, Ottawa and Oslo"), or a conjunct of one."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.i > 0 and self.doc[tok.i - 1].lower_ in self.roles["place_nouns"]:
            return False                            # "the Liberian capital Monrovia": named as a place
        return tok.dep_ in _ACTING_DEPS or self._heads_agent_noun(tok) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "by") or (
            tok.dep_ == "pobj" and tok.head.lower_ == "from" and self._asked_of(tok.head.head, tok.head.i))

    def _asked_of(self, head, before: int) -> bool:
        """'the proposal from Cairo' (also with "from" hung on the verb): the one asking acts."""
        nouns = self.roles["request_nouns"] | self.roles["decision_nouns"]
        return head.lemma_.lower() in nouns or head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.i < before and c.lemma_.lower() in nouns for c in head.children)

    def _phrase_dep(self, m: Mention, appos: bool = False) -> str:
        """The dependency of a mention's phrase: a demonym heading a state's agent noun
        takes the noun's ("the Israeli army said it struck": a subject), and with `appos` so
        does a name in apposition ("the envoy of X, Linda Smith, said ... She": the subject)."""
        root = self.doc[m.start:m.end].root
        return root.head.dep_ if self._heads_agent_noun(root) or appos and root.dep_ == "appos" else root.dep_

    def _heads_agent_noun(self, tok) -> bool:
        """'Chinese jets', 'the Philippine coast guard' (a two-word agent noun)."""
        if tok.dep_ not in ("compound", "amod", "poss"):
            return False
        head, nouns = tok.head, self.roles["agent_nouns"]
        return head.lemma_.lower() in nouns or any(
            c.dep_ == "compound" and c.i != tok.i and f"{c.lower_} {head.lemma_.lower()}" in nouns for c in head.children)

    def resolve_persons(self, persons) -> None:
        """Full names make the actors; a lone surname or given name joins the full name."""
        full = sorted((p for p in persons if p[1] - p[0] > 1), key=lambda p: -(p[1] - p[0]))
        clusters: list[tuple[list[str], Actor]] = []
        patronymic = self.roles["patronymic_words"]
        for start, end, text, stripped in full:
            toks = _name_words(text)
            # (a given name, then a lineage: not "bin Abdulaziz", a piece NER cut off a longer name)
            lineage = toks[0].lower() not in patronymic and any(w.lower() in patronymic for w in toks[1:])
            for names, a in clusters:
                if toks[-1] == names[-1] and (toks[0] == names[0] or len(toks) < len(names) and not lineage and (
                        not self._fathers_name(names) or [w.lower() for w in names[-len(toks):]] == [w.lower() for w in toks])):
                    break
            else:
                a = self.actor(self.gaz.canonical(text, "person"), "Person")
                clusters.append((toks, a))
            a.aliases.add(text)
            self.person_mention(start, end, a, stripped)
        bare = self._bare_surname
        for start, end, text, stripped in persons:
            if end - start > 1:
                continue
            # "Burhan" is "Abdel Fattah al-Burhan"; "Salman" is not "Mohammed bin Salman" (his father)
            match = [a for names, a in clusters if bare(text) == bare(names[-1]) and not self._fathers_name(names)] or \
                    [a for names, a in clusters if text in names and not (text == names[-1] and self._fathers_name(names))]
            a = match[0] if len(match) >= 1 else self.actor(text, "Person")
            if not match:
                clusters.append(([text], a))
            a.aliases.add(text)
            self.person_mention(start, end, a, stripped)

    @cached_property
    def _long_titles(self) -> list[list[str]]:
        """Titles of three words or more ("secretary of state", "head of state"), longest first."""
        titles = {t for t in (*self.roles["titles"], *self.roles["person_roles"]) if len(t.split()) > 2}
        return sorted((t.split() for t in titles), key=len, reverse=True)

    def _title_ending_at(self, i: int) -> tuple[str, int] | None:
        """The title of several words whose last token is token i, and its first token."""
        for words in self._long_titles:
            first = i - len(words) + 1
            if first >= 0 and [t.lower_ for t in self.tokens[first:i + 1]] == words:
                return " ".join(words), first
        return None

    def _fathers_name(self, words: list[str]) -> bool:
        """True when a full name's last word is a father's name after "bin", "ibn", "ould"
        ("Mohammed bin Salman"): alone, that word names the father ("King Salman")."""
        return len(words) > 2 and words[-2].lower() in self.roles["patronymic_words"]

    def _bare_surname(self, name: str) -> str:
        """A surname without its article particle: "al-Burhan" -> "burhan"."""
        low = name.lower()
        for p in self.roles["name_particles"]:
            if low.startswith(p) and len(low) > len(p) + 1:
                return low[len(p):]
        return low

    def _portfolio(self, start: int, end: int) -> bool:
        """A minister's or secretary's portfolio, with or without its state ("Home Minister",
        "[Indian External Affairs] Minister"): words of a body's name before an office word."""
        toks, offices = self.tokens, self.roles["office_words"]
        last = toks[end - 1].lower_ in offices
        if not last and not (end < len(toks) and toks[end].lower_ in offices and toks[end].is_title):
            return False
        words = toks[start:end - 1] if last else toks[start:end]
        if words and self._is_state(words[0].text):
            words = words[1:]
        return bool(words) and all(t.lower_ in self._body_words for t in words)

    def _is_state(self, word: str) -> bool:
        hit = self.gaz.lookup(word)
        return hit is not None and hit.kind in ("country", "demonym")

    def person_mention(self, start: int, end: int, a: Actor, stripped: list[str]) -> None:
        self.res.add_mention(Mention(start, end, a.key, "name"))
        head = self.doc[start:end].root
        for title in stripped:
            if title in self.roles["titles"]:
                a.roles.add(title)
            elif a.country is None and self._is_state(title):   # "Kenyan President Ruto"
                hit = self.gaz.lookup(title)
                a.country = hit.country or hit.name
        # "US President Joe Biden": the modifiers before the name say whose office it is.
        for child in head.children:
            if child.i < start and child.dep_ in ("compound", "amod", "nmod"):
                if child.lower_ in self.roles["titles"]:
                    a.roles.add(child.lower_)
        i = start - 1          # "Kenyan President Ruto", "US Defense Secretary X": the office's state
        while i >= 0 and a.country is None:
            long = self._title_ending_at(i)     # "US Secretary of State X": a title of several words
            if long:
                a.roles.add(long[0])
                i = long[1] - 1
            elif self.tokens[i].lower_ in self.roles["titles"] or self.res.key_at(i):
                self._set_country(a, self.tokens[i])
                i -= 1
            else:
                break
        i = start - 1          # "TPLF leader X", "Hezbollah chief X": the organization led
        while i >= 0 and self.tokens[i].lower_ in self.roles["titles"]:
            a.roles.add(self.tokens[i].lower_)  # (also when the parse hangs it elsewhere: "President X, Jr.")
            i -= 1
        if 0 <= i < start - 1:
            self._set_group(a, self.tokens[i])
        # "Jordan's foreign ministry spokesman X", "Kremlin spokesman X": a spokesperson's office
        # and state, through the government words of the title
        office = self._body_words | {"'s", "’s"}
        i, spokes = start - 1, self.roles["spokesperson_titles"]
        while i >= 0 and (self.tokens[i].lower_ in office or self.tokens[i].lower_ in spokes or self.res.key_at(i)):
            tok = self.tokens[i]
            if tok.lower_ in spokes:
                a.roles.add(tok.lower_)
            k = self.res.key_at(i)
            if k and a.country is None and self.res.actors[k].type == "Country":
                a.country = self.res.actors[k].name
            i -= 1
        if a.country is None:
            a.country = self.gaz.country_of(a.name)
        after = end + 1 if end < len(self.tokens) and self.tokens[end].tag_ == "POS" else end
        if a.country is None and end - start == 1 and after < len(self.tokens) \
                and self.tokens[after].lower_ in self.roles["government_of_leader"]:
            a.country = self.gaz.country_of_surname(a.name)   # "the Trump administration", "Modi's government"
