"""Pronouns resolved to their antecedent (a quoted "we" or "I" to its speaker: speakers.py)."""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from ...lexicon import load_relations
from .model import _SUBJECT_DEPS, Mention, clause_verb


# a person a pronoun of one gender stood for is never the antecedent of the other's
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


class Pronouns:
    """Methods of the resolver (kg.extract.entities.builder) for pronouns."""

    def resolve_pronouns(self) -> None:
        person_p, other_p = self.roles["person_pronouns"], self.roles["other_pronouns"]
        by_start = sorted((m for m in self.res.mentions), key=lambda m: m.start)
        self._genders: dict[str, str] = {}
        starts = [m.start for m in by_start]
        quoted = self._quoted
        for tok in self.tokens:
            if (tok.pos_ != "PRON" and tok.lower_ != "whose") or tok.i in self.res.token_key:
                continue
            low = tok.lower_
            if low == "whose":
                m = self._whose_head(tok)
                if m is not None:
                    self.res.add_mention(m)
                continue
            if low not in person_p and low not in other_p:
                continue
            want_person = low in person_p
            if self._thing_subject(tok) or self._act_object(tok):
                continue                            # "a plane was shot down as it approached": the plane
            if low in self.roles["plural_pronouns"] and self._plural_subject(tok):
                continue
            m = self._coordinated_owner(tok, want_person) or self._controller(tok, want_person) \
                or self._purpose_object(tok, want_person) \
                or self._relative_head(tok, want_person) or self._officials_state(tok, want_person) \
                or self._supported_party(tok, want_person) \
                or self._antecedent(tok, want_person, by_start, starts)
            if m is None:
                continue
            if tok.i in quoted and self._speaks(m, tok):
                continue                            # '"They wanted to kill us," X said': never X
            self.res.add_mention(Mention(tok.i, tok.i + 1, m.key, "pronoun"))
            if _GENDER.get(low) and self.res.actors[m.key].type == "Person":   # "his condolences": never a later "her"
                self._genders.setdefault(m.key, _GENDER[low])
            if low in self.roles["plural_pronouns"]:
                # "Mali and Burkina Faso said they refused": every conjunct of the antecedent
                head = self.doc[m.start:m.end].root
                group = [self.res.key_at(c.i) for c in head.conjuncts if self.res.key_at(c.i)]
                if group:
                    self.res.plural[tok.i] = [m.key] + [k for k in group if k != m.key]

    def _speaks(self, m: Mention, tok) -> bool:
        """Whether the antecedent found for a third-person pronoun in a quote is (or is
        coordinated with) the quote's speaker, who would have said "I" or "we"."""
        keys = {m.key} | {self.res.key_at(c.i) for c in self.doc[m.start:m.end].root.conjuncts}
        speaker = next(filter(None, (self._speaker(sent, tok, person=True) or self._speaker(sent, tok)
                                     for sent in self._quote_sentences(tok))), None)
        return speaker is not None and speaker in keys

    def _thing_subject(self, tok) -> bool:
        """'A plane was shot down as it approached Kigali': "it" opening an adverbial clause is
        the main clause's subject when that is a thing no actor names (no name before it, not a
        body, force or group)."""
        verb = clause_verb(tok)
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl":
            return False
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        roles = self.roles
        return len(subjects) == 1 and subjects[0].tag_ == "NN" \
            and not any(self.res.key_at(i) for i in range(subjects[0].left_edge.i, subjects[0].i + 1)) \
            and not any(subjects[0].lemma_ in roles[r] for r in (
                "agent_nouns", "group_nouns", "home_bodies", "government_words", "body_words"))

    def _act_object(self, tok) -> bool:
        """'I am horrified by this action. I condemn it': an object "it" whose nearest noun before
        it (in its sentence or the one before) is an act is that act, no actor."""
        if tok.lower_ != "it" or tok.dep_ != "dobj":
            return False
        start = self.sents[max(0, self.sent_of[tok.i] - 1)].start
        for i in range(tok.i - 1, start - 1, -1):
            t = self.tokens[i]
            if t.pos_ in ("NOUN", "PROPN"):
                return not self.res.key_at(i) and t.lemma_.lower() in self._act_nouns
        return False

    @cached_property
    def _act_nouns(self) -> frozenset[str]:
        return frozenset(load_relations()["attacked"].words("nouns")) | self.roles["summary_nouns"] \
            | self.roles["incident_nouns"]

    @cached_property
    def _support_words(self) -> frozenset[str]:
        spec = load_relations()["supported"]
        return frozenset(spec.words("verbs") | spec.words("nouns"))

    def _plural_subject(self, tok) -> bool:
        """'Erdogan and Biden held their first phone call', 'X and Y said they ...': a plural
        pronoun whose clause has coordinated named subjects is all of them."""
        keys = self._subject_group(tok) or (self._pair_before(tok) if tok.dep_ == "poss" else [])
        if not keys:
            return False
        self.res.add_mention(Mention(tok.i, tok.i + 1, keys[0], "pronoun"))
        self.res.plural[tok.i] = keys
        return True

    def _keys_of(self, toks) -> list[str]:
        keys = (self.res.plural.get(t.i) or [self.res.key_at(t.i)] for t in toks)
        return list(dict.fromkeys(k for ks in keys for k in ks if k))

    def _subject_group(self, tok) -> list[str]:
        """The named subjects of the pronoun's clause, when two or more (the parser may give
        the pair two subjects)."""
        subjects = [c for c in clause_verb(tok).children if c.dep_ in ("nsubj", "nsubjpass")]
        keys = self._keys_of([t for s in subjects for t in [s, *s.conjuncts]])
        return keys if len(keys) >= 2 else []

    def _pair_before(self, tok) -> list[str]:
        """'... with Japan and the United States to oppose their moves': the nearest named pair
        of states or bodies (of people, only as a subject) before a possessive "their"."""
        for t, keys in self._named_groups_before(tok, self.sents[self.sent_of[tok.i]].start):
            if len(keys) >= 2 and all(c.i < tok.i for c in t.conjuncts) and (t.dep_ in ("nsubj", "nsubjpass") or all(
                    self.res.actors[k].type != "Person" for k in keys)):
                return keys
        return []

    def _named_groups_before(self, tok, start: int):
        """(head, keys) of each named coordination from tok back to token `start`, nearest first."""
        for i in range(tok.i - 1, start - 1, -1):
            t = self.tokens[i]
            if t.dep_ != "conj" and self.res.key_at(i) and not self._nationality(t):
                yield t, self._keys_of([t, *t.conjuncts])

    def _nationality(self, t) -> bool:
        """'aid workers, including citizens of Australia and Poland': a state named as people's
        nationality owns nothing they have ("their convoy")."""
        while t.dep_ == "conj":
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.roles["nationality_nouns"]

    def _coordinated_owner(self, tok, want_person: bool) -> Mention | None:
        """'attacks against Israel and its population': a possessive on a conjunct is the name
        it is coordinated with."""
        head = tok.head
        if tok.dep_ != "poss" or head.dep_ != "conj":
            return None
        k = self.res.key_at(head.head.i)
        if k and (self.res.actors[k].type == "Person") == want_person:
            return Mention(head.head.i, head.head.i + 1, k, "name")
        return None

    def _controller(self, tok, want_person: bool) -> Mention | None:
        """'Iraq urged Turkey to end its raids': a pronoun in a clause that an object-control
        verb governs refers to that verb's object, the one who is to act."""
        verb = clause_verb(tok)
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in self.roles["object_control_verbs"]:
            return None
        gov = verb.head
        objs = [c for c in gov.children if c.dep_ == "dobj"] + [
            p for c in gov.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children if p.dep_ == "pobj"]
        return self._named_object(objs, want_person)

    def _named_object(self, objs, want_person: bool, any_kind: bool = False) -> Mention | None:
        """The first of a verb's objects that names an actor of the wanted kind (person or not)."""
        for o in objs:
            k = self.res.key_at(o.i)
            if k and (any_kind or (self.res.actors[k].type == "Person") == want_person):
                return Mention(o.i, o.i + 1, k, "name")
        return None

    def _purpose_object(self, tok, want_person: bool) -> Mention | None:
        """'X telephoned Y and Z to inform them': the object pronoun of a purpose infinitive is
        the governing verb's object (with its conjuncts, for "them")."""
        if tok.dep_ not in ("dobj", "dative") or tok.lower_ not in self.roles["object_pronouns"]:
            return None
        verb = clause_verb(tok)
        if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        # ("them": people or states alike)
        return self._named_object([c for c in verb.head.children if c.dep_ == "dobj"], want_person,
                                  any_kind=tok.lower_ == "them")

    def _relative_head(self, tok, want_person: bool) -> Mention | None:
        """'Ukraine, which relied on US support in its fight': a possessive in a relative clause
        whose subject is 'which' or 'who' refers to the noun the clause describes."""
        if tok.dep_ != "poss":
            return None
        verb = clause_verb(tok)
        while verb.dep_ in ("xcomp", "conj", "advcl", "prep", "pcomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                                           for c in verb.children):
            return None
        head = verb.head
        k = self.res.key_at(head.i)
        if k and (self.res.actors[k].type == "Person") == want_person:
            return Mention(head.i, head.i + 1, k, "name")
        return None

    def _whose_head(self, tok) -> Mention | None:
        """'Turkey, whose forces have waged a campaign against X': the named noun the relative
        clause describes."""
        if tok.dep_ != "poss":
            return None
        verb = clause_verb(tok)
        while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        k = self.res.key_at(verb.head.i) if verb.dep_ == "relcl" else None
        if k is None and tok.i >= 2 and self.tokens[tok.i - 1].text == ",":
            k = self.res.key_at(tok.i - 2)          # (the clause misparsed: the name before ", whose")
        return Mention(tok.i, tok.i + 1, k, "pronoun") if k else None

    def _officials_state(self, tok, want_person: bool) -> Mention | None:
        """'Yugoslavia's representative said his Government deplored X': the state of an
        unnamed official who speaks, for "his government" or "his country" (Clarification 1)."""
        if not want_person or tok.dep_ != "poss" or tok.head.lemma_.lower() not in self.roles["own_state_nouns"]:
            return None
        verb = clause_verb(tok)
        if verb.dep_ != "ccomp":
            return None
        for subj in (c for c in verb.head.children if c.dep_ == "nsubj"):
            # "Chad's envoy", "the Chadian envoy", "the representative of Chad"
            state = None if self.res.key_at(subj.i) or subj.lower_ not in self.roles["titles"] \
                else self._state_modifier(subj)
            if state:
                return Mention(subj.i, subj.i + 1, self.res.state_key(state), "description")
        return None

    def _supported_party(self, tok, want_person: bool) -> Mention | None:
        """'stand with Turkey in its fight', 'support for Colombia in its war': the endeavour
        is the supported party's, not the supporter's (the speaker's, the subject's)."""
        if tok.dep_ != "poss" or tok.head.dep_ != "pobj" or tok.head.head.lower_ != "in":
            return None
        words = self._support_words
        governor = tok.head.head.head
        for t in governor.subtree:
            if t.i >= tok.i:
                break
            k = self.res.key_at(t.i)
            backer = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ == "dobj" else None
            if k and backer is not None and backer.lemma_.lower() in words \
                    and (self.res.actors[k].type == "Person") == want_person:
                return Mention(tok.i, tok.i + 1, k, "pronoun")
        return None

    def _antecedent(self, tok, want_person: bool, mentions, starts) -> Mention | None:
        """Subjects first (in this sentence before the pronoun, then earlier sentences),
        then the nearest fitting mention; `mentions` sorted by start, `starts` theirs."""
        si = self.sent_of[tok.i]
        lo = bisect_left(starts, self.sents[max(0, si - 3)].start)
        barred = self._clause_subjects(tok)
        if not want_person and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":   # "Kenya's offensive against it"
            barred = barred | {self.res.key_at(c.i) for c in tok.head.head.children if c.dep_ == "poss"}
        # "shelled its outskirts": a city may own the part of a place the possessive heads
        place_part = tok.dep_ == "poss" and tok.head.lower_ in self.roles["place_part_nouns"]
        if place_part:                              # ... never the one shelling it
            barred = barred | {self.res.key_at(g.i) for c in clause_verb(tok).children if c.dep_ == "nsubj"
                               for g in c.subtree}
        fits, gender = [], _GENDER.get(tok.lower_)
        for m in mentions[lo:bisect_left(starts, tok.i)]:
            a = self.res.actors.get(m.key)
            if a is None or m.key in barred or self._nationality(self.doc[m.start:m.end].root):
                continue
            if gender and self._genders.get(m.key, gender) != gender:
                continue                            # "his condolences" ... "her": not him
            is_person = a.type == "Person"
            if is_person != want_person or (a.type in ("Location", "Facility") and not place_part) \
                    or (place_part and a.type not in ("Location", "Country")):
                continue
            root = self.doc[m.start:m.end].root             # ("South African": its last word)
            if m.kind == "demonym" and root.dep_ == "amod" and root.head.tag_ == "NN" \
                    and tok.lower_ in self.roles["plural_pronouns"]:
                continue                            # "the Japanese ambassador ... their demand": not Japan
            if not want_person and m.kind == "demonym" and root.dep_ == "amod" \
                    and not self._heads_agent_noun(root):
                continue                            # "the Lebanese group" is no antecedent of "it"
            fits.append(m)
        if not fits:
            return None
        held = self._main_subject(tok)
        if held is not None:                        # the main clause's subject, an actor or not
            keys = self._phrase_keys(held, ("amod", "compound", "poss"))     # "Russian troops"
            found = [m for m in fits if m.key in keys]
            return found[-1] if found else None
        reporter = self._reporter(tok, fits)
        if reporter is not None:
            return reporter
        verb = clause_verb(tok)
        for s in range(si, si - 4, -1):
            # (a subject may be named in apposition, "the envoy, Linda Smith, said", in an earlier
            # sentence or the pronoun's own clause; elsewhere in its sentence that is a reporter:
            # "outlet X said Biden told Y he")
            subj = [m for m in fits if self.sent_of[m.start] == s and (self._phrase_dep(
                m, s < si or self.doc[m.start:m.end].root.head.head.i == verb.i) in _SUBJECT_DEPS
                or self._split_subject(m) or s == si and self._source(m))]
            if subj:
                return subj[0] if s == si else subj[-1]
        return fits[-1]

    def _split_subject(self, m: Mention) -> bool:
        """A name the parser split, its last word a verb's subject ("Minister Ali Hussein
        al-Jubouri said": "Hussein" in apposition to the title, "Jubouri" the subject)."""
        return m.end - m.start > 1 and any(t.dep_ in ("nsubj", "nsubjpass") and not m.start <= t.head.i < m.end
                                           for t in self.doc[m.start:m.end])

    def _source(self, m: Mention) -> bool:
        """'According to Correa, Uribe phoned him': the one the sentence is told by."""
        root = self.doc[m.start:m.end].root
        return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"

    def _phrase_keys(self, tok, deps) -> set[str]:
        """Actors named by a noun or by its modifiers of the given dependencies."""
        return {self.res.key_at(t.i) for t in [tok, *(c for c in tok.children if c.dep_ in deps)]} - {None}

    def _main_subject(self, tok):
        """'Masked gunmen attacked X, hours after they shelled Y': the subject of a clause
        that qualifies a verb is that verb's subject when their number agrees, even when
        that subject is no actor (then the pronoun stands for no actor, not the nearest one)."""
        if tok.dep_ != "nsubj" or tok.lower_ not in ("they", "it") or tok.head.dep_ != "advcl":
            return None
        subj = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if not subj:
            return None
        plural = subj[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj[0].children)
        return subj[0] if (tok.lower_ == "they") == plural else None

    def _reporter(self, tok, fits) -> Mention | None:
        """'Brazil condemned the raid, and Colombia said it rejected X': a subject or
        possessive pronoun in a clause that a verb governs ("said it", "said its troops")
        is that verb's subject when it fits, before the sentence's first subject."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        verb = clause_verb(tok)
        if verb.dep_ != "ccomp":
            return None
        keys = {k for c in verb.head.children if c.dep_ == "nsubj"          # "Chad's ministry said"
                for k in self._phrase_keys(c, ("poss", "compound", "appos"))}   # "the director, X, said"
        found = [m for m in fits if m.key in keys and self.sent_of[m.start] == self.sent_of[tok.i]]
        return found[-1] if found else None

    def _clause_subjects(self, tok) -> set[str]:
        """An object pronoun never refers to its own clause's subject ("X phoned Y to inform
        him": him is Y), nor, in an infinitive, to the subject that controls it."""
        on_verb = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB"   # "spoke with her"
        if (tok.dep_ not in ("dobj", "dative") and not on_verb) or tok.lower_ not in self.roles["object_pronouns"]:
            return set()
        keys, verb = set(), clause_verb(tok)
        for _ in range(3):
            keys |= {self.res.key_at(c.i) for c in verb.children if c.dep_ == "nsubj"} - {None}
            if verb.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in verb.children):
                break
            verb = verb.head
        return keys
