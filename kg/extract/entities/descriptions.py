"""Role descriptions ("the Israeli leader", "the two countries", "the militants") resolved to
the actors they describe."""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import deque

from ...gazetteer.geonames import city_named
from .model import _DESCRIPTION_WINDOW, Mention


class Descriptions:
    """Methods of the resolver (kg.extract.entities.builder) for role descriptions."""

    def resolve_descriptions(self) -> None:
        doc, roles = self.doc, self.roles["person_roles"]
        for tok in self.tokens:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            role, width = tok.lower_, 1
            prev = doc[tok.i - 1] if tok.i else None
            if prev is not None and f"{prev.lower_} {role}" in roles:
                role = f"{prev.lower_} {role}"
            elif prev is not None and prev.text == "-" and tok.i >= 2 and f"{doc[tok.i - 2].lower_}-{role}" in roles:
                role = f"{doc[tok.i - 2].lower_}-{role}"            # "the Secretary-General"
            if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and f"{role} of {doc[tok.i + 2].lower_}" in roles:
                role, width = f"{role} of {doc[tok.i + 2].lower_}", 3    # "the US Secretary of State"
            k = self.res.token_key.get(tok.i)
            if k is not None:
                # an office the gazetteer files under its state ("Secretary of State") is its
                # holder when the text names one; else it stays the state
                if width == 1 or self.res.actors[k].type != "Country":
                    continue
                key = self._office_holder(tok, role, self._state_modifier(tok) or self.res.actors[k].name)
                if key:
                    self.res.add_mention(Mention(tok.i, tok.i + width, key, "description"))
                continue
            if tok.tag_ in ("NNS", "NNPS"):
                self._plural_description(tok)
                continue
            if role not in roles:
                continue
            appos = [c for c in tok.children if c.dep_ == "appos" and self.res.key_at(c.i)]
            if appos:
                key = self.res.key_at(appos[0].i)
            else:
                key = self.person_for(tok, role)
            state = self._state_modifier(tok) if key is None and role in self.roles["state_official_roles"] else None
            if state:
                # "Syria's information minister denounced X", no minister named: an official
                # acting for the state is the state (GUIDELINES, Clarification 1)
                self.res.add_mention(Mention(tok.i, tok.i + 1, self.res.state_key(state), "body"))
            elif key:
                self.res.add_mention(Mention(tok.i, tok.i + 1, key, "description"))

    def _plural_description(self, tok) -> None:
        """'the Japanese and U.S. leaders', 'the French and Russian presidents': the office
        holders of each state, when the text names every one of them."""
        role = tok.lemma_.lower()
        if role not in self.roles["person_roles"]:
            return
        mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for m in (c, *c.conjuncts)]
        countries = [self.res.actors[k].name for k in self._keys_of(mods) if self.res.actors[k].type == "Country"]
        if len(countries) < 2:
            return
        keys = [self._office_holder(tok, role, c) for c in countries]
        if all(keys) and len(set(keys)) == len(keys):
            self.res.add_mention(Mention(tok.i, tok.i + 1, keys[0], "description"))
            self.res.plural[tok.i] = keys

    def resolve_pair_descriptions(self) -> None:
        """'the two nations', 'both countries', 'the two leaders': the named pair last
        coordinated within the sentence or the one before."""
        kinds = self.roles["pair_nouns"]
        for tok in self.tokens:
            bare = tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children)    # "when the two spoke"
            paired = tok.tag_ == "NNS" and kinds.get(tok.lemma_.lower()) is not None and any(
                (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
                for c in tok.children)
            if not (bare or paired) or tok.i in self.res.token_key:
                continue
            sent = self.sent_of[tok.i]
            start = self.sents[sent].start if bare or sent == 0 else self.sents[sent - 1].start
            keys = None
            for want in ("Person", "Country") if bare else (kinds[tok.lemma_.lower()],):
                named = self._named_of(tok, start, want)
                keys = next((keys for _, keys in self._named_groups_before(tok, start)
                             if len(keys) == 2 and all(self.res.actors[k].type == want for k in keys)), None) \
                    or (named if len(named) == 2 else None)
                if keys or len(named) in (1, 2):
                    break                           # (states only where no pair-sized set of persons was named)
            if keys:
                self.res.add_mention(Mention(tok.i, tok.i + 1, keys[0], "description"))
                self.res.plural[tok.i] = keys

    def _named_of(self, tok, start: int, want: str) -> list[str]:
        """The actors of the kind wanted named from token `start` to tok, in order: 'Modi hosted
        Sharif ... the two leaders' when there are exactly two."""
        return list(dict.fromkeys(k for k in (self.res.key_at(i) for i in range(start, tok.i))
                                  if k and self.res.actors[k].type == want))

    def resolve_known_as(self) -> None:
        """'The insurgents, known locally as al-Shabab, ...': a noun that a participle names
        ("known as", "calling themselves", "dubbed") is the actor it names."""
        for tok in self.tokens:
            if tok.pos_ != "NOUN" or self.res.key_at(tok.i):
                continue
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in self.roles["naming_participles"] \
                        and not any(x.dep_ == "prep" and x.lower_ in ("for", "on", "upon") for x in c.children):
                    # (never "a resolution calling for aid to Gaza": an appeal names nothing)
                    named = [self.res.key_at(p.i) for p in c.subtree if p.dep_ in ("pobj", "oprd", "dobj")
                             and self.res.key_at(p.i)]
                    if named:
                        self.res.add_mention(Mention(tok.i, tok.i + 1, named[0], "description"))
                        break

    def resolve_group_descriptions(self) -> None:
        """'the Houthi rebels' ... 'the rebels': a definite agent noun names the actor last seen
        modifying it; 'the group' names the last organisation mentioned."""
        agent_nouns, group_nouns = self.roles["agent_nouns"], self.roles["group_nouns"]
        fighters, epithets = self.roles["non_state_agents"], self.roles["group_epithets"]
        bodies = self.roles["alliance_nouns"]
        nouns = agent_nouns | group_nouns | bodies | fighters
        seen: dict[str, str] = {}
        last_armed = last_igo = None
        igo_here = (None, None)                     # (sentence, body) of the last body named
        orgs: list[str] = []                        # organisations named so far, in order (the last: orgs[-1])
        igo_names: dict[str, int] = {}              # "the bloc": the body named most so far, not the last

        def bodies_key(tok):                        # "the EU called on X ... X warned the bloc": the one
            here, key = igo_here                    # named in its sentence, else the most named
            return key if here == self.sent_of[tok.i] else last_igo

        for tok in self.tokens:
            k = self.res.key_at(tok.i)
            if k and self.res.actors[k].type == "Organization" and self.res.kind_at(tok.i) == "name" \
                    and not (tok.head.lower_ in self.roles["affiliation_participles"] and tok.head.i > tok.i):
                # (a name inside "the al-Qaida-linked group" is the affiliate, not the group spoken of)
                if (not orgs or orgs[-1] != k) and not self._outlet(tok, k):
                    orgs.append(k)                  # (a newspaper or a station is never "the group")
                last_armed = k if self.res.actors[k].listed_as == "armed_group" else last_armed
                if self.res.actors[k].listed_as == "igo" and (tok.i == 0 or self.res.key_at(tok.i - 1) != k):
                    igo_names[k] = igo_names.get(k, 0) + 1   # (ties: the one named first, the topic)
                    last_igo = max(igo_names, key=igo_names.__getitem__)
                    igo_here = (self.sent_of[tok.i], k)
            lemma = tok.lemma_.lower()
            if not k and tok.lower_ in fighters and tok.dep_ in ("compound", "amod") \
                    and tok.head.lemma_.lower() in self.roles["group_holdings"] and not self.res.key_at(tok.head.i) \
                    and not any(c.dep_ != "det" for c in tok.children):
                key = seen.get(lemma)                   # "the FARC rebels ... the rebel camp": theirs
                if key and self.res.actors[key].type == "Organization":
                    self.res.add_mention(Mention(tok.i, tok.i + 1, key, "description"))
                continue
            if k or tok.pos_ != "NOUN" or lemma not in nouns:
                continue
            # ("the Islamist fighters": an epithet NER named is no owner)
            owners = [self.res.key_at(c.i) for c in tok.children
                      if c.dep_ in ("compound", "amod", "poss", "nmod") and self.res.key_at(c.i)
                      and not (c.lower_ in epithets and self.res.actors[self.res.key_at(c.i)].type == "Group")
                      and not (lemma in bodies and self.res.actors[self.res.key_at(c.i)].type == "Group")]
            # ("the West African bloc ECOWAS": a region's people own no bloc)
            if lemma in fighters:                   # "rebels of the Justice and Equality Movement"
                owners += [self.res.key_at(p.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                           for p in c.children if p.dep_ == "pobj" and self.res.key_at(p.i)
                           and self.res.actors[self.res.key_at(p.i)].type == "Organization"]
            # "Somalia's al-Shabab militants": the group, not the state it is from
            owner = next((o for o in owners if self.res.actors[o].type == "Organization"), None) or next(
                (o for o in owners if self.res.actors[o].type != "Country"), owners[0] if owners else None)
            if owner:
                seen[lemma] = owner
                continue
            named = next((self.res.key_at(c.i) for c in tok.children if c.dep_ == "appos" and self.res.key_at(c.i)), None)
            if named:                               # "the terrorist group al-Shabaab": the name beside it
                self.res.add_mention(Mention(tok.i, tok.i + 1, named, "description"))
                continue
            # "the militant group", "the rebels", "the group in southern Somalia" (a place says where it
            # is); never "the rival group" or "the militants of Z"
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                    c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and not self._in_place(c))
                    or (c.dep_ in ("amod", "compound") and c.lower_ not in epithets
                                                           and c.lower_ not in self.roles["affiliation_participles"])
                    for c in tok.children):
                continue
            # "the al-Qaeda-linked group": not the organisation its own modifier names
            affiliate = {self.res.key_at(d.i) for d in tok.subtree if d.i < tok.i} - {None}
            group = next((o for o in reversed(orgs) if o not in affiliate), None)
            key = seen.get(lemma) or (last_armed if lemma in fighters and last_armed not in affiliate else None) \
                or (group if lemma in group_nouns else None) or (bodies_key(tok) if lemma in bodies else None)
            if key:
                self.res.add_mention(Mention(tok.i, tok.i + 1, key, "description"))

    def _outlet(self, tok, key: str) -> bool:
        """A news outlet: its name has a media word ("Radio Libertad") or a media noun stands
        before it ("the regional daily El Centinela")."""
        media, start = self.roles["media_words"], tok.i
        while start > 0 and self.res.key_at(start - 1) == key:
            start -= 1
        return bool(set(self.res.actors[key].name.lower().split()) & media) or (
            start > 0 and self.doc[start - 1].lower_ in media)

    def _in_place(self, prep) -> bool:
        """'in southern Somalia': a phrase that only says where, its object a state or place."""
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        return prep.lower_ == "in" and len(objs) == 1 and bool(self.res.key_at(objs[0].i)) \
            and self.res.actors[self.res.key_at(objs[0].i)].type in ("Country", "Location")

    def _state_modifier(self, tok) -> str | None:
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod"):
                k = self.res.key_at(c.i)
                if k and self.res.actors[k].type == "Country":
                    return self.res.actors[k].name
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    k = self.res.key_at(p.i)
                    if p.dep_ == "pobj" and k and self.res.actors[k].type == "Country":
                        return self.res.actors[k].name
        return None

    def person_for(self, tok, role: str) -> str | None:
        """The person a role description names: 'the foreign minister of Oman, Sayyid X' (a
        name right after it), else the person holding that state's office, nearest first."""
        for t in self.doc[tok.i + 1:min(len(self.doc), tok.i + 8)]:
            if t.pos_ in ("VERB", "AUX") or t.text in (".", ";") or (t.is_lower and t.lower_ in self.roles["person_roles"]):
                break                               # ("the Venezuelan leader, a day after opposition leader X ...")
            k = self.res.key_at(t.i)
            if k and self.res.actors[k].type == "Person" and self.doc[t.i - 1].text != "of":
                return k
        after = tok.right_edge.i + 1                # "the High Representative of the EU (EU), Federica X"
        if after + 1 < len(self.doc) and self.doc[after].text == "," and tok.right_edge.i > tok.i:
            k = self.res.key_at(after + 1)
            if k and self.res.actors[k].type == "Person":
                return k
        country = self._state_modifier(tok)
        has_det = any(c.dep_ in ("det", "poss") for c in tok.children)
        if country is None and not has_det:
            return None
        return self._office_holder(tok, role, country)

    def _office_holder(self, tok, role: str, country: str | None) -> str | None:
        """The person named near tok who holds `role` (of `country`), nearest first."""
        best, best_rank = None, None
        for m in self._mentions_near(tok.i, _DESCRIPTION_WINDOW):  # long documents: only persons named nearby
            a = self.res.actors[m.key]
            # ("the Secretary" is the Secretary of State named before)
            held = role in a.roles or any(role.endswith(r) or r.startswith(role + " ") for r in a.roles)
            if a.type != "Person" or (country and a.country != country and not (
                    a.country is None and held and " " in role)):
                continue                            # (the text's "Interior Minister X" of no known state may be it)
            if not held and self._other_office(role, a.roles):
                continue                            # "Nigeria's interior minister" is not its president
            # (one the text gives the office but no known state ranks below the state's own persons)
            score = (2 if country and a.country == country else 0.5 if country else 0) + (1 if held else 0)
            if not score:
                continue
            rank = (-score, 0 if m.start < tok.i else 1, abs(tok.i - m.start))
            if best_rank is None or rank < best_rank:
                best, best_rank = a.key, rank
        return best

    @staticmethod
    def _other_office(role: str, roles: frozenset | set) -> bool:
        """A minister's portfolio the person is not said to hold: the text gave him another office."""
        return role.endswith("minister") and role != "minister" and bool(roles)

    def _mentions_near(self, i: int, window: int) -> list[Mention]:
        """The mentions starting within `window` tokens of token i, in res.mentions order:
        found in an index by start (kept up to date as mentions are appended), not by a
        scan of every mention of the document."""
        mentions = self.res.mentions
        cached = getattr(self, "_near_index", None)
        if cached is None or cached[0] is not mentions or cached[1] > len(mentions):
            cached = self._near_index = [mentions, 0, []]
        index = cached[2]                           # sorted (start, position in res.mentions)
        for n in range(cached[1], len(mentions)):
            insort(index, (mentions[n].start, n))
        cached[1] = len(mentions)
        lo = bisect_left(index, (i - window, -1))
        hi = bisect_left(index, (i + window + 1, -1))
        return [mentions[n] for n in sorted(n for _, n in index[lo:hi])]

    def resolve_settlement_descriptions(self) -> None:
        """'Russian troops reached Kharkiv ... the city came under shelling': a bare "the city"
        ("the town", "the village") is the one settlement named in its sentence or the one before."""
        nouns = self.roles["settlement_nouns"]
        named: deque[tuple[int, str]] = deque()     # (sentence, key) of each settlement named, in order
        for tok in self.tokens:
            k = self.res.key_at(tok.i)
            if k:
                a = self.res.actors[k]
                if a.type == "Location" and (a.listed_as in ("city", "capital") or a.capital_of or city_named(a.name)):
                    named.append((self.sent_of[tok.i], k))
                continue
            if tok.tag_ != "NN" or tok.lemma_.lower() not in nouns or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                    c.dep_ != "det" for c in tok.children):
                continue                            # (not "the city of X", "the border town", "the city's")
            sent = self.sent_of[tok.i]
            while named and named[0][0] < sent - 1:
                named.popleft()                     # (the last two sentences only: linear in a long text)
            near = {key for _, key in named}
            if len(near) == 1:
                self.res.add_mention(Mention(tok.i, tok.i + 1, near.pop(), "description"))
