"""Which actors a noun phrase stands for: a name, a pronoun, a role description, a
state's agents ("Israel's military"), an unnamed facility's owner or location, an
action's actor ("Iran's attack" -> Iran)."""
from __future__ import annotations

from ..lexicon import load_relations, load_table
from .entities import Resolved, clause_verb
from .entities.model import _MODEL_DESIGNATION

_OWNER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
_WH = {"which", "who", "that", "whom", "whose"}


def _event_nouns() -> frozenset[str]:
    words = set()
    for spec in load_relations().values():
        words |= {w for w in spec.words("nouns") if " " not in w}
    return frozenset(words)


class Arguments:
    def __init__(self, doc, res: Resolved):
        self.doc = doc
        self.res = res
        self.roles = load_table("roles")
        self.event_nouns = _event_nouns()
        self._countries: list | None = None        # (token, key) of each state mention, made when first needed

    # -- public -------------------------------------------------------------
    def actors(self, tok, mode: str = "object", depth: int = 0) -> list[str]:
        """Actors of the phrase headed by tok and of its conjuncts ("the US and the UK")."""
        out = []
        for t in [tok] + self._conjuncts(tok):
            if mode == "agent" and t.i != tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in self.roles["place_nouns"]:
                continue                            # "militias of X in Tripoli, Libya's capital": a place, no actor
            found = self._one(t, mode, depth)
            if found and self.res.kind_at(t.i) == "description":
                # "President of Russia Vladimir Putin and US Secretary of State Antony Blinken": the
                # name the title describes carries the coordination
                named = next((d for d in t.subtree if d.i != t.i and self.res.key_at(d.i) == found[0]), None)
                if named is not None:
                    found = found + [k for k in (self._key(c) for c in self._conjuncts(named)) if k and k not in found]
            if mode == "agent" and tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from"):
                found = [self.res.acting(k) for k in found]   # "condemnation from Washington": the state
            # "across Pakistan and Pakistan-occupied Kashmir" parsed as a modifier with its own "and"
            # (one level down too: "with Indian Minister X and Pakistani Minister Y", X hung on Y's title)
            mods = [c for c in t.children if c.dep_ in ("nmod", "compound")]
            mods += [g for c in mods if c.dep_ == "compound" and self._key(c) in (None, self._key(t))
                     for g in c.children if g.dep_ in ("nmod", "compound")]
            found += [self._key(c) for c in mods if self._key(c) and any(x.dep_ == "cc" for x in c.children)]
            for k in found:
                if k not in out:
                    out.append(k)
        return out

    def subject(self, verb) -> list:
        """Subject tokens of a verb, through coordination, control and relative clauses."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj") and c.i in self.res.dateline:
                # "BOGOTA, Colombia (AP) — Colombian troops attacked": the parser makes the
                # dateline the subject and hangs the real one on it
                real = [a for a in c.children if a.dep_ == "appos" and a.i not in self.res.dateline]
                if real:
                    return real[:1]
            if c.dep_ in ("nsubj", "csubj") and c.i not in self.res.dateline:
                if c.lower_ in _WH and verb.dep_ == "relcl":
                    head = verb.head
                    if head.dep_ == "pobj" and head.head.lower_ in self.roles["location_preps"] \
                            and self._is_place(head):
                        return []                   # "the raid in Damascus, which killed": no city acts
                    among = head.head
                    if head.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be" \
                            and among.head.i != verb.i:
                        return self.subject(among.head) or [head]   # "X was among the states that condemned"
                    return [head]
                # "the EU's foreign policy chief Josep Borrell condemned", parsed with two
                # subjects: the named person, not the title before him
                # ("the opposition Syrian National Council deplored", the common noun made a subject too)
                named = [n for n in verb.children if n.dep_ == "nsubj" and n.i > c.i and self._key(n) and not self._key(c)
                         and (self.res.actors[self._key(n)].type == "Person" or c.pos_ == "NOUN")]
                return named[:1] or [c]
        for aux in verb.children:                   # parser attached the subject to "is"
            if aux.dep_ in ("aux", "auxpass"):
                subj = [c for c in aux.children if c.dep_ == "nsubj"]
                if subj:
                    return subj
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            series = self._series_head(verb)
            return self.subject(series if series is not None else verb.head)
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
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head]
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
        return []

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
                    and any(c.dep_ == "nsubj" for c in w.children):
                return w
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

    def prep_objects(self, tok, preps) -> list:
        out = []
        for c in tok.children:
            if c.dep_ not in ("prep", "dative") or c.lower_ not in preps:   # "issued a warning to X"
                continue
            for p in c.children:
                if p.dep_ == "pcomp" and p.lemma_.lower() in self.roles["naming_verbs"]:
                    out += self.named_as(p)         # "of what it describes as X", "at what it called X"
                elif p.dep_ in ("pobj", "pcomp"):
                    out.append(p)
        return out

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
                return found[:1]
        return []

    # -- internals ----------------------------------------------------------
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
        while stack:
            c = stack.pop(0)
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        return out

    def _key(self, tok) -> str | None:
        return self.res.key_at(tok.i)

    def _one(self, tok, mode: str, depth: int) -> list[str]:
        if depth > 3 or (mode != "agent" and tok.lower_ in self.roles["non_target_heads"]
                         and (mode == "place" or tok.dep_ == "pobj" and tok.head.lower_ != "to")):
            return []                               # "on the orders of X"; "rejected (or said no to) X's request" is X's
        k = self._key(tok)
        if k and mode == "agent" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.roles["place_nouns"] \
                and self.res.actors[k].type == "Location":
            return []                               # "the Liberian capital Monrovia fired": a place, misparsed
        if k:
            return self.res.plural.get(tok.i, [k])
        if tok.lower_ in ("whom", "which") and tok.dep_ == "pobj":
            verb = tok.head.head                    # "X, with whom he held a call": X
            if verb.dep_ == "relcl" and verb.head.i != tok.i:
                return self.actors(verb.head, mode, depth + 1)
        lemma = tok.lemma_.lower()
        if lemma in self.roles["admin_units"] and not self.prep_objects(tok, ("of",)):
            # "Yobe state, northeast Nigeria": the named state, not the region in apposition
            named = [self._key(c) for c in tok.children if c.dep_ == "compound" and self._key(c)]
            if named:
                return named[:1]
        for c in tok.children:                      # "the prime minister, X"; "the two leaders, X and Y"
            if c.dep_ == "appos" and self._key(c) and not (
                    c.i > 0 and c.doc[c.i - 1].text == "(" and self.res.actors[self._key(c)].type == "Person"):
                # (never "energy infrastructure (Zelensky)": a headline's bracketed source)
                return [k for k in [self._key(c)] + [self._key(j) for j in self._conjuncts(c)] if k]
        following = self._key(tok.doc[tok.i + 1]) if tok.i + 1 < len(tok.doc) else None
        if following and tok.lower_ in self.roles["titles"] and self.res.actors[following].type == "Person":
            return [following]                      # "Putin and PM Modi", the parser heading the pair with "PM"
        if following and tok.pos_ == "NOUN" and self.res.kind_at(tok.i + 1) == "name" and (
                self.res.actors[following].type in ("Facility", "Organization", "Location")
                or lemma in self.roles["vessel_nouns"]):
            return [following]                      # "the cargo ship Galaxy Leader", a ship NER took for a person
        if tok.lemma_.lower() in self.roles["group_nouns"]:
            named = [self._key(c) for c in tok.children if c.dep_ == "compound" and self._key(c)
                     and self.res.actors[self._key(c)].type in ("Organization", "Group")]
            if named:                               # "Lebanon's Hezbollah movement" is Hezbollah, not Lebanon
                return named[:1]
        led = self._led_by(tok) or self._loyal_to(tok, depth)
        if led:
            return led
        members = [a for p in self.member_tokens(tok) for a in self.actors(p, mode, depth + 1)]
        if members:                                 # "his officials (in Z), including X and Y"
            return members
        lemma = tok.lemma_.lower()
        if lemma in self.roles["home_bodies"]:
            state = self._body_of_state(tok)
            if state:                               # "the Government of the Bolivarian Republic of Venezuela"
                return [state]
        if lemma in self.roles["state_nouns"] and tok.tag_ in ("NN", "NNP"):   # "the Kingdom's condemnation"
            return self._state_noun(tok)
        if lemma in self.roles["person_roles"] and tok.tag_ in ("NN", "NNP"):
            return []                               # an unresolved "the US president" is no state
        if lemma in self.roles["place_nouns"] or (lemma in self.roles["people_nouns"] and mode != "agent"):
            named = [self._key(p) for p in self.prep_objects(tok, ("of",)) if self._key(p)]
            if named:                               # "the Ukrainian city of Kharkiv": the city, not its state
                return named
        if lemma in self.roles["relational_nouns"]:
            return []                               # "Saudi Arabia's allies denounced": not Saudi Arabia
        # "attacked a Georgian town": a demonym says where, not whose (Clarification 5); "cities in
        # Yemen" still stand for where they are, below
        unowned = mode == "place" and lemma in self.roles["unowned_places"] and tok.tag_ == "NN" \
            and not any(c.dep_ == "poss" for c in tok.children)
        owners = self.owners(tok, depth)
        if unowned:
            owners = [k for k in owners if self.res.actors[k].type != "Country"]
        if owners:
            return owners
        if mode == "place" and lemma in self.roles["facility_nouns"] and self._bare_definite(tok):
            owners = self._owner_named_before(tok)  # "a small African Union base ... attacked the base"
            if owners:
                return owners
        if lemma in self.roles["agent_nouns"] or tok.lower_ in self.roles["agent_nouns"]:
            # "officials in Kyiv" are Ukraine's, "gunmen from Boko Haram" its own; "militias in Iraq" no state's
            preps = ("of", "from") if tok.lower_ in self.roles["non_state_agents"] else ("of", "in", "from")
            of = [a for p in self.prep_objects(tok, preps) for a in self.actors(p, mode, depth + 1)]
            if of:
                return of
            if lemma in self.roles["home_bodies"] and mode == "agent" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                # "Yemen's foreign ministry said: 'the ministry denounces ...'": the body named
                # just before; else "the foreign ministry said": the article's state
                named = self._body_named_before(tok)
                if named or self.res.home_state:
                    return [named or self.res.state_key(self.res.home_state)]
        if tok.lower_ in self.event_nouns or lemma in self.event_nouns:
            return []                               # an action with no actor named here
        if mode == "place" and tok.pos_ == "NOUN" and depth < 2:
            # "hideouts of the Pakistani Taliban in Afghanistan": the named owner, not the place
            of = [a for p in self.prep_objects(tok, ("of",)) for a in self.actors(p, "agent", depth + 1)
                  if self.res.actors[a].type in ("Organization", "Country")]
            if of:
                return of
        if mode == "place" and tok.lower_ in self.roles["water_words"]:
            return []                               # "fired missiles into waters near Taiwan": seas are never targets
        if mode == "place" and tok.pos_ in ("NOUN", "PROPN") and depth < 2:
            # "camps near Z", "posts in Syria's Idlib region": one or two steps, never further;
            # "a camp in Balakot, inside Pakistan": the town, not the country around it
            return self.local_first([self.actors(p, mode, depth + 1)
                                     for p in self.innermost(self.prep_objects(tok, self.roles["location_preps"]))])
        return []

    @staticmethod
    def _bare_definite(tok) -> bool:
        """'the base': definite, with no modifier of its own."""
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children)

    def _owner_named_before(self, tok) -> list[str]:
        """The owners of the last thing of the same kind named with an owner, within ~two sentences."""
        toks = self.res.tokens or tok.doc
        lemma = tok.lemma_.lower()
        for i in range(tok.i - 1, max(-1, tok.i - 80), -1):
            if toks[i].lemma_.lower() == lemma and toks[i].pos_ == "NOUN":
                return self.owners(toks[i])
        return []

    def _body_named_before(self, tok) -> str | None:
        toks = self.res.tokens or tok.doc
        lemma = tok.lemma_.lower()
        for i in range(tok.i - 1, max(-1, tok.i - 80), -1):
            t = toks[i]
            if t.lemma_.lower() != lemma:
                continue
            for c in t.children:
                k = self._key(c)
                if k and c.dep_ in ("poss", "amod", "compound") and self.res.actors[k].type == "Country":
                    return k
        return None

    @staticmethod
    def innermost(toks) -> list:
        """'in Nablus in the West Bank': a place phrase right after another only says where that is."""
        return [t for n, t in enumerate(toks) if not any(
            t.head.i == p.right_edge.i + 1 and t.head.lower_ in ("in", "inside") for p in toks[:n])]

    def local_first(self, phrases: list[list[str]]) -> list[str]:
        """Actors of place phrases: 'in Balakot, inside Pakistan' is the town, not the country
        around it; 'across Pakistan and Kashmir' (one phrase) both."""
        local = [ks for ks in phrases if any(self.res.actors[k].type != "Country" for k in ks)]
        return list(dict.fromkeys(k for ks in (local or phrases) for k in ks))

    def _state_noun(self, tok) -> list[str]:
        """'his country' is the speaker's state, never the speaker (GUIDELINES, Clarification 1);
        'the kingdom' is the state last named before it."""
        res = self.res
        for c in tok.children:
            if c.dep_ == "poss":
                k = self._key(c)
                a = res.actors.get(k) if k else None
                if a is not None and a.type == "Country":
                    return [k]
                return [res.state_key(a.country)] if a is not None and a.type == "Person" and a.country else []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.lower_ in self.roles["other_state_words"] or self._key(c) for c in tok.children):
            return []                               # "the neighbouring country" is another one
        if self._countries is None:
            self._countries = sorted((m.start, m.key) for m in res.mentions if res.actors[m.key].type == "Country")
        verb = self.clause_verb(tok)
        acting = {self._key(t) for t in self.subject(verb)} if verb.i != tok.i else set()
        # "Russia launched drones at the country": not the clause's own subject
        forms = self.roles["state_forms"].get(tok.lemma_.lower())
        reach = 400 if forms else 150
        before = [k for i, k in self._countries if tok.i - reach < i < tok.i and k not in acting
                  and (forms is None or res.actors[k].name in forms)]   # "the Kingdom": the last kingdom named
        return before[-1:]

    clause_verb = staticmethod(clause_verb)

    def member_tokens(self, tok) -> list:
        """Objects of "including" on this noun or on a noun phrase nested in it by prepositions."""
        out, frontier = [], [tok]
        for _ in range(3):
            nxt = []
            for t in frontier:
                out += self.prep_objects(t, self.roles["member_preps"])
                nxt += [p for c in t.children if c.dep_ == "prep" and c.lower_ not in self.roles["member_preps"]
                        for p in c.children if p.dep_ == "pobj"]
            frontier = nxt
        return out

    def owners(self, tok, depth: int = 0) -> list[str]:
        """Actors named as owner or actor of a thing: "Iran's attack", "Iranian drones",
        "the Houthi rebels", "an attack by X", "attempts facilitated by X"."""
        found = []
        lemma = tok.lemma_.lower()
        mods = [c for c in tok.children if c.dep_ in _OWNER_DEPS and c.i < tok.i and not self._backer(c)]
        # "Turkish F-16 jets" with "Turkish" hung on the model: the jets' owner
        mods += [g for c in tok.children if c.dep_ in ("nummod", "compound") and _MODEL_DESIGNATION.fullmatch(c.text)
                 for g in c.children if g.dep_ in _OWNER_DEPS and g.i < c.i]
        if lemma in self.roles["place_nouns"] and any(self._is_place(c) for c in mods):
            # "Syria's Idlib region", "Beirut's Shiite suburbs": the named place, not its owner
            mods = [c for c in mods if self._is_place(c)]
        mods = [c for c in mods if not (c.i + 1 < tok.i and self.res.kind_at(c.i) == "demonym"
                                        and self.res.kind_at(c.i + 1) == "demonym"
                                        and self._key(c) != self._key(c.doc[c.i + 1]))]   # "Greek Cypriot": Cypriot
        if lemma in self.roles["named_event_nouns"] and len(mods) > 1 and mods[-1].dep_ == "compound" \
                and mods[-1].pos_ == "PROPN" and any(self._key(c) for c in mods[:-1]):
            mods = mods[:-1]                            # "the U.S.-Philippine Balikatan drills": its name
        for c in mods:
            k, extra = self._key(c), []
            if k and c.i in self.res.plural:            # "Mali and Burkina Faso ... their solidarity"
                extra = [x for x in self.res.plural[c.i] if x != k]
            named = self._named_event(c, lemma)
            if named:                                   # "the joint U.S.-Japanese Keen Sword drills"
                found.extend(x for x in named if x not in found)
                continue
            if k is None and c.dep_ == "compound":
                inner = list(dict.fromkeys(x for x in (self._key(g) for g in c.subtree) if x))
                k = inner[0] if inner else None     # "the U.S.-South Korean X drills": each state named
                extra = [x for x in inner[1:] if self.res.actors[x].type == "Country"]
            if k is None and c.dep_ == "poss" and depth < 2:
                # "the Israeli occupation's storming", "the Russian army's attack": the owner's owner
                k = next(iter(self.owners(c, depth + 1)), None)
            if k is None or k in found or not self._may_own(c, k, lemma):
                continue
            found.append(k)
            found.extend(x for x in extra if x not in found)
            found.extend(x for x in (self._key(j) for j in self._conjuncts(c)) if x and x not in found)
            found.extend(x for x in (self._key(j) for j in self._hyphenated(c)) if x and x not in found)
        found = [self._state_of(k, lemma) for k in found] or self._led_by(tok)   # "a Saudi-led coalition strike"
        if found:
            return list(dict.fromkeys(found))
        by = self.prep_objects(tok, ("by",)) + self.held_positions(tok)
        for c in tok.children:
            # "attempts facilitated by X", "the attack, which was claimed by X"
            if c.dep_ in ("acl", "relcl") and (c.lemma_.lower() not in self.roles["not_actor_participles"] or (
                    lemma in self.roles["drafted_nouns"] and c.lemma_.lower() in self.roles["sponsoring_verbs"])):
                by += self.agent_tokens(c) + self.held_positions(c)   # ("a resolution sponsored by X": X drafted it)
            if c.dep_ == "acl" and c.lemma_.lower() in self.roles["belonging_verbs"]:
                by += self.prep_objects(c, ("to",))  # "posts belonging to X"
        return [a for p in by for a in self.actors(p, "agent", depth + 1)]

    def _body_of_state(self, tok) -> str | None:
        """The state in "the government of X", through a state's formal name ("of the Republic
        of X"): a body of a state acts for it (GUIDELINES)."""
        for _ in range(2):
            objs = self.prep_objects(tok, ("of",))
            if not objs:
                return None
            tok = objs[0]
            k = self._key(tok)
            if k:
                return k if self.res.actors[k].type == "Country" else None
            if tok.lemma_.lower() not in self.roles["state_form_words"]:
                return None
        return None

    def held_positions(self, tok) -> list:
        """'fire from Armenian positions': the positions fired from, whose holder attacks (a
        place of launch, "fired from Gaza", names no one)."""
        held = self.roles["held_positions"] | self.roles["launch_platforms"]
        return [p for p in self.prep_objects(tok, ("from",)) if p.lower_ in held or p.lemma_.lower() in held]

    def _backer(self, mod) -> bool:
        """'the UN-backed Somali government': the backer named before "-backed" owns nothing."""
        toks = self.res.tokens or mod.doc
        j = mod.right_edge.i + 1
        return j + 1 < len(toks) and toks[j].text in ("-", "–") \
            and toks[j + 1].lower_ in self.roles["affiliation_participles"]

    def _named_event(self, mod, head_lemma: str) -> list[str]:
        """A name compounded to an exercise or operation, with states named in or before it,
        names the event, not an actor: the states are its actors."""
        if mod.dep_ != "compound" or head_lemma not in self.roles["named_event_nouns"]:
            return []
        keys = list(dict.fromkeys(k for k in (self._key(g) for g in mod.subtree) if k))
        states = [k for k in keys if self.res.actors[k].type == "Country"]
        return states if (states and len(keys) > 1) or len(states) > 1 else []

    def _hyphenated(self, tok) -> list:
        """'the joint Indian-American drills': names hyphen-joined to this modifier."""
        doc, key = tok.doc, self._key(tok)

        def joined(a, b) -> bool:       # a, "-", then b's name running up to b
            return doc[a.i + 1].text == "-" and all(self._key(doc[j]) == self._key(b) for j in range(a.i + 2, b.i))
        return [c for c in tok.children if c.i < tok.i - 1 and joined(c, tok)] + \
            [t for t in tok.subtree if t.i > tok.i + 1 and t.dep_ in _OWNER_DEPS and key
             and all(self._key(doc[j]) == key for j in range(tok.i, t.i - 1)) and doc[t.i - 1].text == "-"]

    def _is_place(self, tok) -> bool:
        k = self._key(tok)
        return bool(k) and self.res.actors[k].type in ("Location", "Facility")

    def _may_own(self, mod, key: str, head_lemma: str) -> bool:
        """A religious or regional group word ("Arab state", "Shiite suburbs", "Western
        nations") owns nothing; a state's demonym does not own rebels or militants
        ("Congolese rebels" are not Congo)."""
        actor = self.res.actors[key]
        if actor.type == "Country" and any(c.lower_ in self.roles["ethnic_words"] for c in mod.children) \
                or mod.i > 0 and mod.doc[mod.i - 1].lower_ in self.roles["ethnic_words"]:
            return False                            # "ethnic Albanian villages" are no state's
        if actor.type == "Group" and (mod.pos_ == "ADJ" or (
                mod.tag_ != "NNPS" and self.res.kind_at(mod.i) != "demonym")):
            return False
        if actor.type == "Country" and head_lemma in self.roles["non_state_agents"]:
            return False
        return True

    def _state_of(self, key: str, head_lemma: str) -> str:
        """'the Gadhafi forces': a leader's forces are his state's (GUIDELINES, Clarification 2)."""
        actor = self.res.actors[key]
        if actor.type == "Person" and actor.country and head_lemma in self.roles["state_force_nouns"] \
                and not actor.roles & self.roles["non_state_leaders"]:
            return self.res.state_key(actor.country)
        return key

    def _suffixed(self, tok, suffixes) -> list[str]:
        """The name before a hyphenated participle: "an Emirati-led coalition"."""
        for c in tok.children:
            if c.dep_ == "amod" and c.lower_ in suffixes:
                for x in c.children:
                    if x.dep_ in ("npadvmod", "compound", "nmod", "amod") and self._key(x):
                        return [self._key(x)]
        return []

    def _loyal_to(self, tok, depth: int) -> list[str]:
        """'forces loyal to President X' are X's (his state's); 'gunmen loyal to group Y' are Y's."""
        lemma = tok.lemma_.lower()
        return [self._state_of(a, lemma) for c in tok.children if c.dep_ == "amod" and c.lower_ in self.roles["loyal_words"]
                for p in self.prep_objects(c, ("to",)) for a in self.actors(p, "agent", depth + 1)]

    def _led_by(self, tok) -> list[str]:
        """'an Emirati-led coalition', 'a coalition headed by Egypt'."""
        led = self._suffixed(tok, self.roles["led_suffixes"])
        if led:
            return led
        for c in tok.children:
            if c.dep_ == "acl" and c.lower_ in self.roles["led_suffixes"]:
                agents = [a for p in self.agent_tokens(c) for a in self.actors(p, "agent")]
                if agents:
                    return agents
        return []
