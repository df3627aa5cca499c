"""Who a verb's subject is (through coordination, control, relative clauses, misparsed
series), and the phrases hung on a token."""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import load_relations, load_table
from ..coordination import partner

_WH = {"which", "who", "that", "whom", "whose"}


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    """Verbs of the relations whose agent speaks or meets (never an act)."""
    specs = load_relations()
    return frozenset(w for name in load_table("roles")["speaking_relations"] for w in specs[name].words("verbs"))


class Subjects:
    """Methods of kg.extract.arguments.Arguments about subjects and phrases."""

    def subject(self, verb) -> list:
        """Subject tokens of a verb, through coordination, control and relative clauses."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj") and c.i in self.res.dateline:
                # "BOGOTA, Colombia (AP) — Colombian troops attacked": the parser makes the
                # dateline the subject and hangs the real one on it
                # (or, after "Sierra Leone (Reuters) -", as a conjunct of the dateline's last name)
                real = [a for a in c.subtree if a.dep_ in ("appos", "conj") and a.head.i in self.res.dateline
                        and a.i not in self.res.dateline and a.i > a.head.i]
                if real:
                    return real[:1]
            if c.dep_ in ("nsubj", "csubj") and c.i not in self.res.dateline:
                if c.lower_ in _WH and verb.dep_ == "relcl":
                    head = verb.head
                    if head.dep_ == "pobj" and head.head.lower_ in self.roles["location_preps"] \
                            and self._is_place(head):
                        return []                   # "the raid in Damascus, which killed": no city acts
                    if self._key(head) and self._under_event(head):
                        return []                   # "the bombing at a gate of X's airport, which killed"
                    among = head.head
                    if head.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be" \
                            and among.head.i != verb.i:
                        return self.subject(among.head) or [head]   # "X was among the states that condemned"
                    if head.dep_ == "dobj" and head.lemma_.lower() in self.roles["message_nouns"] \
                            and not self._key(head) and not any(c.dep_ == "prep" for c in head.children):
                        return self.subject(head.head) or [head]    # "X issued a statement that condemned"
                    return [head]
                # "the EU's foreign policy chief Josep Borrell condemned", parsed with two
                # subjects: the named person, not the title before him
                # ("the opposition Syrian National Council deplored", the common noun made a subject too)
                named = [n for n in verb.children if n.dep_ == "nsubj" and n.i > c.i and self._key(n) and not self._key(c)
                         and (self.res.actors[self._key(n)].type == "Person" or c.pos_ == "NOUN")]
                # ("the first action by Western powers, and U.S. and British warships later fired": the
                # second subject, whose modifiers name its owners, after a common noun naming no one)
                named = named or [n for n in verb.children if n.dep_ == "nsubj" and n.i > c.i and c.pos_ == "NOUN"
                                  and not self._key(c) and (not any(self._key(m) for m in c.subtree)
                                                            or c.lemma_.lower() in self.roles["summary_nouns"])
                                  and any(self._key(m) for m in n.children if m.dep_ in ("amod", "compound", "nmod", "poss"))]
                if not named and c.pos_ == "VERB" and c.dep_ == "nsubj" and not self._key(c):
                    # "Boko Haram militants overran X" tagged as "Boko Haram militates": the name is its subject;
                    # "Leaders of X, meeting in Y, condemned": the participle made the subject, the noun its own
                    aside = c.tag_ == "VBG" and c.i > 0 and c.doc[c.i - 1].text == ","
                    named = [n for n in c.children if n.dep_ == "nsubj" and (n.i == c.i - 1 and self._key(n) or aside)]
                return named[:1] or [c]
        for aux in verb.children:                   # parser attached the subject to "is"
            if aux.dep_ in ("aux", "auxpass"):
                subj = [c for c in aux.children if c.dep_ == "nsubj"]
                if subj:
                    return subj
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children):
            # "X said Y did not recognise Z's authority to sever ties and spoke by phone with W": a
            # finite verb joined to an infinitive is the conjunct of the first finite verb above it
            finite = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP")), None)
            if finite is not None:
                return self.subject(finite)
        if verb.dep_ == "conj" and verb.i > 0:
            before = (self.res.tokens or verb.doc)[verb.i - 1]
            while before.head.i != before.i and before.head.right_edge.i == verb.i - 1 and before.dep_ != "conj":
                before = before.head
            if before.dep_ == "conj" and self._subject_after(before):
                return [before]                     # "bombed X and Eritrean jets struck Y"
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            series = self._series_head(verb)
            head = series if series is not None else partner(verb)
            return self.subject(self._speaker_of_misjoined(verb, head) or head)
        if verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in verb.children):
            gov = verb.head
            objs = [c for c in gov.children if c.dep_ == "dobj"]
            # "ordered the army to strike": the object controls; "vowed to strike" and a
            # purpose ("summoned the envoy to condemn", "called X to express support"): the subject
            if objs and verb.dep_ == "xcomp" and gov.lemma_.lower() in self.roles["object_control_verbs"]:
                return objs
            return self.subject(gov)
        if verb.dep_ == "xcomp":
            return self.subject(verb.head)
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.roles["message_nouns"]:
            head = verb.head                        # "issued a statement condemning X"
            if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
                return self.subject(head.head)
            if head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
                return self.subject(head.head.head) # "said in a statement condemning X"
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.roles["drafted_nouns"] \
                and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in self.roles["adopting_verbs"]:
            return self.subject(verb.head.head)     # "the council adopted a resolution condemning X"
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = verb.head
            if head.dep_ == "attr" and head.head.lemma_ == "be" and self.res.kind_at(head.i) in (None, "description") \
                    and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
                # "X was the first leader to call Y": X
                return self.subject(head.head) or [head]
            among = head.head
            if head.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be":
                # "X were among the members voting against it", "among those condemning it were X"
                return self.subject(among.head) or [head]
            return [head] if head.pos_ != "PRON" else []
        if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
            return self.subject(verb.head)
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            # "accused Armenia of shelling": the object; "denied shelling", "after striking": the subject
            gov = verb.head.head
            objs = [c for c in gov.children if c.dep_ == "dobj"]
            if gov.lemma_.lower() in self.roles["joining_verbs"]:
                return self.subject(gov) + objs     # "X joined Y in condemning": both
            if verb.head.lower_ not in self.roles["object_gerund_preps"]:
                return self.subject(gov)
            return objs or self.subject(gov)
        if verb.dep_ in ("advcl", "ccomp", "conj") and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "a day after allied warplanes began bombing Y": the object of "after" is the subject
            obj = verb.doc[verb.i - 1] if verb.i > 0 else verb
            while obj.dep_ != "pobj" and obj.head.i != obj.i and obj.head.right_edge.i == verb.i - 1:
                obj = obj.head
            if obj.dep_ == "pobj" and obj.right_edge.i == verb.i - 1 \
                    and obj.head.lower_ in self.roles["clause_conjunctions"]:
                return [obj]
        return []

    def _speaker_of_misjoined(self, verb, head):
        """'Kenya said the raid was cowardly and condemned it': the parser joins "condemned" to the
        reported clause, whose subject is an act; a stance is taken by whoever said it."""
        if head.dep_ != "ccomp" or head.head.lemma_.lower() not in load_table("factuality")["report_verbs"]:
            return None
        if verb.lemma_.lower() not in _stance_verbs():
            return None
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and (subj[0].lower_ in self.event_nouns or subj[0].lemma_.lower() in self.event_nouns):
            return head.head
        return None

    def _series_head(self, verb):
        """'X bombed Y, a day after Z crossed into W, attacked a patrol and captured two soldiers':
        the parser hangs the series on the main verb; a verb right before the comma, heading
        a clause with a subject of its own between the two, is the series' first verb."""
        toks = self.res.tokens or verb.doc
        if verb.i < 2 or toks[verb.i - 1].text != ",":
            return None
        for j in range(verb.i - 2, verb.head.i, -1):
            w = toks[j]
            if w.pos_ == "VERB" and w.dep_ in ("advcl", "ccomp", "relcl") and w.right_edge.i == verb.i - 2 \
                    and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in w.children):
                return w                            # (not "..., in the dogfight that followed, shot down X")
        return None

    def agent_tokens(self, verb) -> list:
        """The 'by' phrase of a passive verb."""
        return [self._name_after_adjective(p) for c in verb.children if c.dep_ == "agent"
                for p in c.children if p.dep_ == "pobj"]

    def _name_after_adjective(self, p):
        """'by the paramilitary Rapid Support Forces', parsed as ending at the adjective: the name after it."""
        doc = p.doc
        if p.pos_ == "ADJ" and p.i + 1 < len(doc) and not self._key(p) and self._key(doc[p.i + 1]) \
                and doc[p.i + 1].head.i != p.i:
            return doc[p.i + 1]
        return p

    def _under_event(self, tok) -> bool:
        """A name in the prepositional phrases of an event noun ("the bombing at a gate of X")."""
        for _ in range(3):
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return False
            tok = tok.head.head
            if tok.lower_ in self.event_nouns or tok.lemma_.lower() in self.event_nouns:
                return True
        return False

    def prep_objects(self, tok, preps) -> list:
        out = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ not in preps:
                # "spoke with X and, in a separate call, with Y": the second "with" made a conjunct of "in"
                out += [k for p in c.children if p.dep_ == "conj" and p.tag_ == "IN" and p.lower_ in preps
                        for k in p.children if k.dep_ == "pobj"]
            if c.dep_ not in ("prep", "dative", "prt") or c.lower_ not in preps:   # "issued a warning to X"
                continue                            # (a particle with an object: "voted down" + "a resolution")
            if c.dep_ == "prep" and c.n_lefts + c.n_rights == 0:
                p = self._dangling_object(c)
                if p is not None:
                    out.append(p)
            for p in c.children:
                if p.dep_ == "pcomp" and p.lemma_.lower() in self.roles["naming_verbs"]:
                    out += self.named_as(p)         # "of what it describes as X", "at what it called X"
                elif p.dep_ in ("pobj", "pcomp"):
                    out.append(p)
                elif p.dep_ == "conj" and p.tag_ == "IN" and (p.lower_ == c.lower_ or not any(
                        k.dep_ == "pobj" for k in c.children)):
                    out += [k for k in p.children if k.dep_ == "pobj"]   # "in and around X", "with X and with Y"
        return out

    def _dangling_object(self, prep):
        """'held a call with Russian President X, the ministry said', parsed with the name as the
        subject of "said" and no object on "with": the named noun phrase right after the
        preposition."""
        doc = prep.doc
        if prep.i + 1 >= len(doc):
            return None
        t = doc[prep.i + 1]
        if t.pos_ not in ("PROPN", "ADJ", "NOUN", "DET"):
            return None
        while t.head.i > t.i and t.head.pos_ in ("PROPN", "NOUN") and t.head.i - prep.i < 8:
            t = t.head
        return t if self._key(t) else None

    def named_as(self, verb) -> list:
        """What a naming verb calls its object: "which it called an assault", "what it
        described as aggression", "what it said were positions of X"."""
        if verb.lemma_.lower() in self.roles["naming_verbs"]:
            return [c for c in verb.children if c.dep_ == "oprd"] + self.prep_objects(verb, ("as",))
        return [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []

    def free_relative(self, verb) -> list:
        """Objects given as a free relative: "struck what it said were positions of X"."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            chain = [c] + [g for g in c.children if g.dep_ == "ccomp"]
            if not any(w.tag_ == "WP" and w.lower_ == "what" for v in chain for w in v.children):
                continue
            found = [n for v in chain for n in self.named_as(v)]
            if found:
                # "condemned what it called aggression by India", "by India" hung on the namer: the doer
                doers = [p for v in chain if any(x.dep_ == "nsubj" for x in v.children)
                         for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                return doers[:1] or found[:1]
        return []

    def _conjuncts(self, tok) -> list:
        k = self._key(tok)
        # "the Organization of Islamic Cooperation, the UK and the US": the parser hangs the
        # conjuncts on the name's last word, inside its "of" phrase
        inner, j, toks = [], tok.i + 1, self.res.tokens or tok.doc
        while k and j < len(toks) and self.res.token_key.get(j) == k:
            inner.append(toks[j])
            j += 1
        out, stack = [], [c for t in [tok] + inner for c in t.children if c.dep_ == "conj" and c.i not in
                          {x.i for x in inner}]
        comitative = self.roles["comitative_words"]
        withs = [w for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in comitative
                 for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
        withs += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                  and any(a.dep_ == "advmod" and a.lower_ in comitative for a in c.children)]
        stack += [p for w in withs for p in w.children if p.dep_ == "pobj"]   # "X, along (together) with Y,"
        # "Saudi Arabia, the United Arab Emirates and Egypt": a list the parser read as a state
        # with another state in apposition (a state is never another state)
        stack += [c for c in tok.children if c.dep_ == "appos" and k and self._key(c) not in (None, k)
                  and self.res.actors[k].type == "Country" == self.res.actors[self._key(c)].type
                  and any(x.dep_ == "conj" for x in c.children)]
        while stack:
            c = stack.pop(0)
            if self._reports_after(c) or self._subject_after(c):
                continue                            # "... with X, Downing Street said": the speaker
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        return out

    def _subject_after(self, c) -> bool:
        """A conjunct of an object right before a finite verb joined to the clause's verb, with
        no subject of its own, is that verb's subject when it names an acting side ("bombed X
        and Eritrean aircraft struck Y": the parser joined the aircraft to X)."""
        verb = self._subjectless_verb_after(c) if c.dep_ == "conj" else None
        if verb is None or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        k = self._key(c)
        if k:
            return self.res.actors[k].type not in ("Location", "Facility")
        return c.lemma_.lower() in self.roles["agent_nouns"] and any(
            m.dep_ in ("amod", "compound", "poss") and self._key(m) for m in c.children)

    def _reports_after(self, c) -> bool:
        """A conjunct right before a verb of saying that has no subject of its own is that
        verb's subject, misparsed ("spoke with X, Downing Street said")."""
        toks = self.res.tokens or c.doc
        if c.i < 1 or toks[c.left_edge.i - 1].text != ",":
            return False
        verb = self._subjectless_verb_after(c)
        return verb is not None and verb.lemma_.lower() in load_table("factuality")["report_verbs"]

    def _subjectless_verb_after(self, c):
        """The verb right after a phrase, when it has no subject of its own, else None."""
        toks = self.res.tokens or c.doc
        j = c.right_edge.i + 1
        if j >= len(toks) or toks[j].pos_ != "VERB" or any(x.dep_ in ("nsubj", "nsubjpass") for x in toks[j].children):
            return None
        return toks[j]
