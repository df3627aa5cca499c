"""Which actors a noun phrase stands for: a name, a description, members, an unnamed
place's location."""
from __future__ import annotations

from functools import lru_cache

from ...gazetteer.geonames import city_named
from ...lexicon import load_relations
from ..entities import clause_verb



@lru_cache(maxsize=1)
def _victim_nouns() -> frozenset[str]:
    return frozenset(load_relations()["attacked"].words("victim_nouns"))


class Phrases:
    """Methods of kg.extract.arguments.Arguments that resolve a phrase to actors."""

    def actors(self, tok, mode: str = "object", depth: int = 0) -> list[str]:
        """Actors of the phrase headed by tok and of its conjuncts ("the US and the UK")."""
        out = []
        for t in [tok] + self._conjuncts(tok):
            if mode == "agent" and t.i != tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in self.roles["place_nouns"]:
                continue                            # "militias of X in Tripoli, Libya's capital": a place, no actor
            if t.i == tok.i and self._stacked_office(t):
                continue                            # "State Councilor and Foreign Minister Wang Yi": one person
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

    def _names_after_comma(self, tok) -> list[str]:
        """'spoke with Sudan's army chief, General X': the person named after the office noun's
        comma, when the parser hung the name elsewhere (a modifier of the verb), not as its subject;
        "his Armenian and Azerbaijani counterparts, X and Y": each person coordinated there."""
        doc = tok.doc
        if tok.pos_ != "NOUN" or not (tok.lemma_.lower() in self.roles["person_roles"]
                                      or tok.lemma_.lower() in self.roles["officer_nouns"]):
            return []
        edge = tok.right_edge.i       # (past a place: "the US commander in northern Iraq, Colonel X")
        if edge > tok.i and not all(t.dep_ in ("prep", "pobj", "amod", "compound", "det") for t in doc[tok.i + 1:edge + 1]):
            edge = tok.i
        j = edge + 2
        if j >= len(doc) or doc[edge + 1].text != ",":
            return []
        while j < len(doc) - 1 and doc[j].lower_ in self.roles["titles"] and not self._key(doc[j]):
            j += 1
        k = self._key(doc[j])
        if not k or not self._person_like(k) or any(c.dep_ == "appos" for c in tok.children):
            return []
        head = doc[j]
        while head.head.i != head.i and self._key(head.head) == k:
            head = head.head
        # (or as the subject of a bare participle after it: "..., X and Y, urging them to")
        if head.dep_ not in ("npadvmod", "dep", "dobj") and not (head.dep_ == "nsubj" and head.head.tag_ == "VBG" and not any(
                c.dep_ in ("aux", "auxpass") for c in head.head.children)):
            return []
        others = [self._key(c) for c in head.conjuncts] if tok.tag_ == "NNS" else []
        return list(dict.fromkeys([k] + [o for o in others if o and self._person_like(o)]))

    def _act_noun(self, tok) -> bool:
        """A noun that names an act ("the attack", "the killing"), not an actor."""
        lemma = tok.lemma_.lower()
        return lemma in self.event_nouns or lemma in _victim_nouns()

    def _person_like(self, key: str) -> bool:
        """A person, or a name NER called an organisation that no gazetteer lists (after an
        office noun's comma: "his counterparts, Zohrab Mnatsakanyan and ...")."""
        actor = self.res.actors[key]
        return actor.type == "Person" or (actor.type == "Organization" and actor.listed_as is None)

    def _crowd(self, tok) -> bool:
        """'Thousands of Colombians', '200 Kenyans', 'many Ukrainians': people counted by
        nationality (a plural demonym with a count), not their state."""
        if tok.tag_ not in ("NNS", "NNPS") or self.res.kind_at(tok.i) != "demonym":
            return False
        counts = self.roles["crowd_counts"]
        if any(c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in counts) for c in tok.children):
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.like_num or tok.head.head.lower_ in counts)

    def _one(self, tok, mode: str, depth: int) -> list[str]:
        if depth > 3 or (mode != "agent" and tok.lower_ in self.roles["non_target_heads"]
                         and (mode == "place" or tok.dep_ == "pobj" and tok.head.lower_ != "to")):
            return []                               # "on the orders of X"; "rejected (or said no to) X's request" is X's
        k = self._key(tok)
        if k and mode == "agent" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.roles["place_nouns"] \
                and self.res.actors[k].type == "Location":
            return []                               # "the Liberian capital Monrovia fired": a place, misparsed
        if k and mode == "agent" and self._crowd(tok):
            return []                               # "thousands of Colombians marched to reject X": people, no state
        named = self._person_named_beside(tok) if k else []
        if named:                                   # "a 32-year-old Norwegian, Anders Behring Breivik": the man
            return named
        if k:
            return self.res.plural.get(tok.i, [k])
        if tok.lower_ in ("whom", "which", "who", "that") and tok.dep_ in ("pobj", "nsubjpass"):
            # "X, with whom he held a call", "X, who was shot by Y": X
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if verb.dep_ == "relcl" and verb.head.i != tok.i:
                return self.actors(verb.head, mode, depth + 1)
        lemma = tok.lemma_.lower()
        if lemma in self.roles["admin_units"] and not self.prep_objects(tok, ("of",)):
            # "Yobe state, northeast Nigeria": the named state, not the region in apposition
            named = [self._key(c) for c in tok.children if c.dep_ == "compound" and self._key(c)]
            if named:
                return named[:1]
        named = self._names_after_comma(tok)
        if named:                                   # "with Sudan's army chief, General X", X misparsed
            return named
        for c in tok.children:                      # "the prime minister, X"; "the two leaders, X and Y"
            # (never an act's: "the killing of the mayor, X" names its victim, not who killed)
            if c.dep_ == "appos" and self._key(c) and not self._act_noun(tok) and not (
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
        if mode == "place" and lemma in self.roles["capital_nouns"]:
            # "seized the provincial capital of North Kivu": not the province; "of Kunduz": the city
            named = [self._key(c) for c in tok.children if c.dep_ in ("poss", "amod", "compound") and self._key(c)]
            named += [self._key(p) for p in self.prep_objects(tok, ("of",)) if self._key(p)]
            if not named and self._bare_definite(tok) and tok.dep_ in ("dobj", "nsubjpass"):
                # "advanced on Bangui ... stormed the capital" (an "attack on the capital" only says where)
                return self._capital_named_before(tok)
            return [k for k in named if self.res.actors[k].type == "Location" and city_named(self.res.actors[k].name)][:1]
        if tok.lemma_.lower() in self.roles["group_nouns"] or tok.lemma_.lower() in self.roles["unlabelled_group_heads"]:
            mods = [c for c in tok.children if c.dep_ == "compound"]
            mods += [m for c in mods if c.is_lower and not self._key(c) for m in c.children if m.dep_ == "compound"]
            named = [self._key(c) for c in mods if self._key(c)   # ("the Viv Ansanm gang alliance": over "gang")
                     and self.res.actors[self._key(c)].type in ("Organization", "Group")]
            if named:                               # "Lebanon's Hezbollah movement" is Hezbollah, not Lebanon
                return named[:1]
        if lemma in self.roles["agent_nouns"] or tok.lower_ in self.roles["agent_nouns"]:
            # "militants from the Masked Brigade, led by X": the group, not its leader ("Darfur rebels
            # of the JEM": the group, not the region)
            groups = [a for p in self.prep_objects(tok, ("from", "of")) for a in self.actors(p, mode, depth + 1)
                      if self.res.actors[a].type in ("Organization", "Group")]
            if groups:
                return groups
        spoken = self._spoken_for(tok, depth) if mode == "agent" else []
        if spoken:                                  # "a spokesman for Boko Haram", "the representative of France"
            return spoken
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
        if tok.lower_ in self.roles["partitive_words"] and mode != "agent" and depth < 2:
            # "much of Kharkiv", "most of Ivory Coast's air force": whatever the "of" phrase names
            return [a for p in self.prep_objects(tok, ("of",)) for a in self.actors(p, mode, depth + 1)]
        if lemma in self.roles["place_nouns"] or (lemma in self.roles["people_nouns"] and mode != "agent"):
            named = [self._key(q) for p in self.prep_objects(tok, ("of",)) for q in [p, *self._conjuncts(p)] if self._key(q)]
            if named:                               # "the Ukrainian city of Kharkiv": the city, not its state
                # ("the cities of Kharkiv and Odesa": both)
                return named
        if lemma in self.roles["relational_nouns"]:
            # "Saudi Arabia's allies denounced": not Saudi Arabia; "their Eritrean (Houthi) allies": who they are
            # ("its Gulf Arab allies": a regional adjective names no one)
            return [self._key(c) for c in tok.children if c.dep_ in ("amod", "compound") and self._key(c) and (
                self.res.kind_at(c.i) == "demonym" or self.res.actors[self._key(c)].type == "Organization"
                or self.res.actors[self._key(c)].type == "Group" and c.pos_ != "ADJ")][:1]
        if mode == "place" and tok.lower_ in self.roles["water_words"]:
            return []                               # "fired into its waters", "into waters near Taiwan": seas are never targets
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
            # "a convoy of buses carrying Indian police": the carried forces' owner
            carried = [d for n in [tok, *self.prep_objects(tok, ("of",))] for c in n.children
                       if c.dep_ == "acl" and c.lemma_.lower() in self.roles["carrying_verbs"]
                       for d in c.children if d.dep_ == "dobj"]
            found = [a for d in carried for a in self.actors(d, "agent", depth + 1)]
            if found:
                return found
            # "hideouts of the Pakistani Taliban in Afghanistan": the named owner, not the place
            of = [a for p in self.prep_objects(tok, ("of",)) for a in self.actors(p, "agent", depth + 1)
                  if self.res.actors[a].type in ("Organization", "Country")]
            if of:
                return of
        if mode == "place" and tok.pos_ in ("NOUN", "PROPN") and depth < 2:
            # "camps near Z", "posts in Syria's Idlib region": one or two steps, never further;
            # "a camp in Balakot, inside Pakistan": the town, not the country around it
            places = self.prep_objects(tok, self.roles["location_preps"])
            # "hundreds of people in Moura": an "of" phrase naming no one leaves the next phrase the head's place
            before = {p.i: self.actors(p, mode, depth + 1) for p in places
                      if p.head.lower_ == "of" and any(q.head.i == p.right_edge.i + 1 for q in places)}
            places = [p for p in places if before.get(p.i) != []]
            found = self.local_first([before[p.i] if p.i in before else self.actors(p, mode, depth + 1)
                                      for p in self.innermost(places)])
            if self.insurgent(tok):                # "struck Islamist rebels in central Mali": the state
                found = [a for a in found if self.res.actors[a].type != "Country"]   # only says where
            return found
        return []

    def insurgent(self, tok) -> bool:
        """Rebels, militants or their positions: never the state they are in (their camps and
        bases may be: "striking nine terror camps across Pakistan")."""
        words = self.roles["non_state_agents"]
        return tok.lower_ in words or tok.lemma_.lower() in words or tok.lemma_.lower() == "position" and any(
            c.dep_ in ("amod", "compound") and (c.lower_ in words or c.lower_ in ("islamist", "islamists"))
            for c in tok.children)

    def innermost(self, toks) -> list:
        """'in Nablus in the West Bank': a place phrase right after another only says where that is;
        so does one after a comma naming a province ("in Dahyan, in Saada province"), never a list
        ("in Kyiv, in Kharkiv and in Odesa")."""
        doc = toks[0].doc if toks else None
        return [t for n, t in enumerate(toks) if not any(
            t.head.lower_ in ("in", "inside") and (t.head.i == p.right_edge.i + 1 or (
                t.head.i == p.right_edge.i + 2 and doc[p.right_edge.i + 1].text == ","
                and (t.lemma_.lower() in self.roles["admin_units"] or self._key(t) and self.res.actors[self._key(t)].type == "Country")))
            for p in toks[:n])]

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
