"""Whose a thing is: "Iran's attack", "Iranian drones", "an attack by X", "X-led", "forces
loyal to X", "the government of X"."""
from __future__ import annotations

from functools import cached_property

from ..entities.model import is_hardware

_OWNER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")


class Owners:
    """Methods of kg.extract.arguments.Arguments about owners."""

    def owners(self, tok, depth: int = 0) -> list[str]:
        """Actors named as owner or actor of a thing: "Iran's attack", "Iranian drones",
        "the Houthi rebels", "an attack by X", "attempts facilitated by X"."""
        found = []
        lemma = tok.lemma_.lower()
        mods = [c for c in tok.children if c.dep_ in _OWNER_DEPS and c.i < tok.i and not self._backer(c)]
        # "Turkish F-16 jets", "Indian Air Force Mirage 2000 jets" with the owner hung on the model
        toks = self.res.tokens or tok.doc
        mods += [g for c in tok.children if c.dep_ in ("nummod", "compound", "nmod", "amod") and c.i < tok.i
                 and is_hardware(toks, c.i, self.roles["hardware_names"])
                 for g in c.children if g.dep_ in _OWNER_DEPS and g.i < c.i]
        joining = lemma in self.roles["joining_nouns"] or any(
            c.dep_ == "compound" and c.lemma_.lower() in self.roles["joining_nouns"] for c in mods)
        if joining and any(c.dep_ == "poss" for c in mods):
            # "Sweden's NATO bid", "Ukraine's EU accession": the named body is what is joined, not an owner
            mods = [c for c in mods if c.dep_ != "compound"]
        elif joining:
            # "NATO membership for Ukraine": Ukraine's, NATO is what it would join
            joiners = [k for p in self.prep_objects(tok, ("for",)) for k in [self._key(p)] + [
                self._key(j) for j in self._conjuncts(p)] if k]
            if joiners:
                return list(dict.fromkeys(joiners))
        if lemma in self.roles["destination_nouns"]:
            # "Pelosi's Taiwan visit", "the Kyiv trip": a place compounded with a journey is where it goes
            # (a demonym is who goes: "a Chinese visit to Moscow")
            mods = [c for c in mods if not (c.dep_ in ("compound", "nmod") and self._key(c)
                                            and self.res.actors[self._key(c)].type in ("Country", "Location"))]
        if lemma in self.roles["place_nouns"] and any(self._is_place(c) for c in mods):
            # "Syria's Idlib region", "Beirut's Shiite suburbs": the named place, not its owner
            mods = [c for c in mods if self._is_place(c)]
        mods = [c for c in mods if not (c.i + 1 < tok.i and self.res.kind_at(c.i) == "demonym"
                                        and self.res.kind_at(c.i + 1) == "demonym"
                                        and self._key(c) != self._key(c.doc[c.i + 1]))]   # "Greek Cypriot": Cypriot
        if lemma in self.roles["named_event_nouns"] and len(mods) > 1 and mods[-1].dep_ == "compound" \
                and mods[-1].pos_ == "PROPN" and any(self._key(c) for c in mods[:-1]):
            mods = mods[:-1]                            # "the U.S.-Philippine Balikatan drills": its name
        # "Indian MiG fighters": a craft's model makes "fighters" aircraft, which states own
        craft = any(c.dep_ in ("compound", "nmod") and is_hardware(toks, c.i, self.roles["hardware_names"])
                    for c in tok.children)
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
            if k is None and c.dep_ == "amod" and c.lower_ in self.roles["holding_participles"]:
                # "PKK-held areas", "rebel-controlled territory": the holder owns them
                k = next((self._key(x) for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")
                          and x.i < c.i and self._key(x)), None)
            if k is None and c.dep_ == "poss" and c.lemma_.lower() in self.roles["state_nouns"]:
                k = next(iter(self._state_noun(c)), None)   # "his country's opposition": the speaker's state
            if k is None and c.dep_ == "poss" and depth < 2:
                # "the Israeli occupation's storming", "the Russian army's attack": the owner's owner
                k = next(iter(self.owners(c, depth + 1)), None)
            if k is None or k in found or not self._may_own(c, k, lemma, craft):
                continue
            found.append(k)
            found.extend(x for x in extra if x not in found)
            found.extend(x for x in (self._key(j) for j in self._conjuncts(c)) if x and x not in found)
            found.extend(x for x in (self._key(j) for j in self._hyphenated(c)) if x and x not in found)
        if any(c.dep_ == "compound" and self._key(c) and self.res.actors[self._key(c)].type == "Organization" for c in mods):
            # "Osama bin Laden's al-Qaida training camps": the group's, not its possessor's
            owners_poss = {self._key(c) for c in mods if c.dep_ == "poss"}
            found = [k for k in found if not (k in owners_poss and self.res.actors[k].type == "Person")]
        found = [self._state_of(k, lemma) for k in found] or self._led_by(tok)   # "a Saudi-led coalition strike"
        if found:
            return list(dict.fromkeys(found))
        by = self.prep_objects(tok, ("by",)) + self.held_positions(tok)
        for c in tok.children:
            # "attempts facilitated by X", "the attack, which was claimed by X"
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() not in self.roles["naming_verbs"] and (
                    c.lemma_.lower() not in self.roles["not_actor_participles"] or (
                    lemma in self.roles["drafted_nouns"] and c.lemma_.lower() in self.roles["sponsoring_verbs"])) \
                    and not any(x.dep_ == "nsubj" for x in c.children):
                # ("a resolution sponsored by X": X drafted it; never "a draft that would have
                # condemned the strikes ... by X", the "by" phrase of an active clause misplaced)
                by += self.agent_tokens(c) + self.held_positions(c)
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.roles["belonging_verbs"]:
                by += self.prep_objects(c, ("to",))  # "posts belonging to X", "militants, who belong to X"
        return [a for p in by for a in self.actors(p, "agent", depth + 1)]

    def performed_near(self, tok) -> list:
        """Passive performing verbs the parser hung elsewhere: "condemned the bombing in Kabul
        claimed by X" (on the verb, right after the noun's phrase), "the killing of peacekeepers
        in Mali, which was claimed by X" (on a noun inside the phrase)."""
        verbs = self.roles["performing_verbs"]
        out = [c for c in tok.head.children if tok.dep_ == "dobj" and c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD")
               and c.i == tok.right_edge.i + 1 and c.lemma_.lower() in verbs]
        return out + [c for t in tok.subtree if t.i != tok.i for c in t.children
                      if c.dep_ == "relcl" and c.lemma_.lower() in verbs and any(x.dep_ == "nsubjpass" for x in c.children)]

    def _body_of_state(self, tok) -> str | None:
        """The state in "the government of X", through a state's formal name ("of the Republic
        of X"): a body of a state acts for it (GUIDELINES)."""
        for _ in range(2):
            objs = self.prep_objects(tok, ("of",))
            if not objs:
                return None
            tok = objs[0]
            k = self._key(tok)
            if k and self.res.actors[k].type == "Person":
                state = self.leader_state(k)        # "the administration of President X": his state's
                return state if state != k and self.res.actors[state].type == "Country" else None
            if k:
                return k if self.res.actors[k].type == "Country" else None
            if tok.lemma_.lower() not in self.roles["state_form_words"]:
                return None
        return None

    def held_positions(self, tok) -> list:
        """'fire from Armenian positions': the positions fired from, whose holder attacks (a
        place of launch, "fired from Gaza", names no one)."""
        held = self._held_words
        return [p for p in self.prep_objects(tok, ("from",)) if p.lower_ in held or p.lemma_.lower() in held]

    @cached_property
    def _held_words(self) -> set[str]:
        return self.roles["held_positions"] | self.roles["launch_platforms"]

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

    def _may_own(self, mod, key: str, head_lemma: str, craft: bool = False) -> bool:
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
        if actor.type == "Country" and not craft and (head_lemma in self.roles["non_state_agents"]
                                        or head_lemma in self.roles["non_state_bodies"]):
            return False                            # ("India's Congress party", "France's unions": not the state)
        return True

    def _state_of(self, key: str, head_lemma: str) -> str:
        """'the Gadhafi forces': a leader's forces are his state's (GUIDELINES, Clarification 2),
        a group leader's forces his group's ("TPLF leader X ... his forces")."""
        return self.leader_state(key, head_lemma)

    def leader_state(self, key: str, head_lemma: str | None = None) -> str:
        """A leader as the one who acts for his group ("Hamas leader X") or his state (never a
        warlord's); with `head_lemma`, only for forces of that kind ("his forces", "his troops")."""
        actor = self.res.actors[key]
        if actor.type != "Person":
            return key
        if actor.group in self.res.actors and (head_lemma is None or head_lemma in self.roles["group_force_nouns"]):
            return actor.group
        if actor.country and not actor.roles & self.roles["non_state_leaders"] and (
                head_lemma is None or head_lemma in self.roles["state_force_nouns"]):
            return self.res.state_key(actor.country)
        return key

    def commanded(self, verb, actors: list[str]) -> list[str]:
        """'President X announced (ordered) the strike': a leader commands, his state or group
        carries it out (Clarification 2); any other verb leaves its subject's actors as they are."""
        if verb.lemma_.lower() in self.roles["commanding_verbs"] or verb.lower_ in self.roles["commanding_verbs"]:
            return [self.leader_state(a) for a in actors]
        return actors

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
        return [self._state_of(a, lemma) for c in tok.children if c.dep_ in ("amod", "acl") and c.lower_ in self.roles["loyal_words"]
                for p in self.prep_objects(c, ("to",)) for a in self.actors(p, "agent", depth + 1)]

    def _led_by(self, tok) -> list[str]:
        """'an Emirati-led coalition', 'a coalition headed by Egypt'."""
        # ("Kurdish-led forces": a people leads no named actor's forces)
        led = [k for k in self._suffixed(tok, self.roles["led_suffixes"]) if self.res.actors[k].type != "Group"]
        if led:
            return led
        for c in tok.children:
            if c.dep_ == "acl" and c.lower_ in self.roles["led_suffixes"]:
                agents = [a for p in self.agent_tokens(c) for a in self.actors(p, "agent")]
                if agents:
                    return agents
        return []
