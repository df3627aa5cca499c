"""Name spans become actors: gazetteer lookups, persons or groups, and the bodies of states
and organisations."""
from __future__ import annotations

from functools import cached_property

from .model import (_MODEL_DESIGNATION, _ARTICLES, _POSSESSIVE, GAZ_TYPES, NER_TYPES, Mention, _clean_span,
                    _name_words, _norm, _strip_titles)


class Names:
    """Methods of the resolver (kg.extract.entities.builder) that make actors of names."""

    def resolve_names(self) -> None:
        doc, titles = self.doc, self.roles["titles"]
        persons, others = [], []
        spans = self.spans()
        joined = {s for s, _ in self._possessive_joins.values()}   # (made by spans())
        for start, end, label in spans:
            start, end = _clean_span(doc, start, end)
            stripped = []
            if label != "PERSON" and end - start >= 2 and doc[start].lower_ in titles \
                    and self._lookup(_norm(self._text(start, end))) is None \
                    and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in self._body_words
                            for t in doc[start + 1:end]):
                label = "PERSON"                    # "PM Modi", "Minister Wang" tagged as an organisation
            if label in ("ORG", "PERSON") and doc[end - 1].lower_ in titles and (all(
                    t.lower_ in titles or t.lower_ in self._body_words or t.lower_ in _ARTICLES for t in doc[start:end - 1])
                    or doc[start:end].text.lower() in titles):
                continue                            # "the High Representative", "X, Crown Prince, ...": an office
            if label != "PERSON" and self._portfolio(start, end):
                continue                            # "Home Minister", "Interior" before "Minister X": an office
            if label == "PERSON":
                start, end, stripped = _strip_titles(doc, start, end, titles, self._is_state)
                while end - start > 1 and doc[end - 1].lower_ in self.roles["postnominals"]:
                    end -= 1                        # "Julie Bishop MP"
                if end - start == 1 and doc[start].lower_ in titles:
                    continue                        # "State Councilor and Foreign Minister X": a title alone
            if start >= end:
                continue
            text = _norm(self._text(start, end))
            hit = self._lookup(text)
            if hit is None and end - start == 1 and doc[start].lower_ in titles:
                continue                            # "Brig." tagged as a place: a title, no name
            if hit is None and _MODEL_DESIGNATION.fullmatch(text):
                continue                            # "an F-16", "the Mi-24": a weapon's model, no actor
            if hit is None and start in joined:     # "Islamic State's West Africa Province"
                text = _norm(" ".join(t.text for t in doc[start:end] if t.tag_ != "POS"))
                hit = self._lookup(text)
            if hit is None and end < len(doc) and doc[end].lemma_.lower() in self.roles["named_event_nouns"]:
                continue                            # "the Keen Sword drills": an event's own name
            if label == "PERSON" and (hit is None or hit.kind == "person" or self._leader_of(text, hit)):
                persons.append((start, end, text, stripped))
            else:
                others.append((start, end, text, label, hit))
        lone = {self._bare_surname(p[2]) for p in persons if p[1] - p[0] == 1}
        named = {o[0]: o for o in others if o[4] is None and o[3] in ("ORG", "GPE", "LOC")
                 and self._person_named(o[0], o[1], lone if o[3] == "ORG" else set())}
        persons += [(start, end, text, []) for start, end, text, _, _ in named.values()]   # "the governor, X", tagged a body
        surnames = {self._bare_surname(words[-1]) for p in persons
                    if p[1] - p[0] > 1 and not self._fathers_name(words := _name_words(p[2]))}
        given = {p[2].split()[0] for p in persons if p[1] - p[0] > 1}    # "Meles" after "Meles Zenawi"
        for start, end, text, label, hit in others:
            if start in named:
                continue
            if end - start == 1 and (self._bare_surname(text) in surnames or (label == "UNLABELLED" and text in given)) \
                    and (hit is None or self._leader_of(text, hit)):
                persons.append((start, end, text, []))     # NER mislabelled a known surname
            else:
                self.name_mention(start, end, text, label, hit)
        self.resolve_persons(persons)
        self.link_acronyms()
        self.resolve_parentheticals()
        self.resolve_coordinated_names()
        self.resolve_facilities()
        self.resolve_capital_descriptions()
        self.rescan_aliases()
        self.join_stray_surnames()
        self.join_head_nouns()
        self.join_short_names()

    def _person_named(self, start: int, end: int, lone: set[str]) -> bool:
        """A two- or three-word name NER called an organisation or a place that is a person's:
        the text names it after an office noun's comma ("Basilan's governor, Abdulrahman Kalbit")
        or with an office in apposition after it, or uses its last word alone as a person
        (`lone`: "Kalbit")."""
        doc = self.doc
        if not 2 <= end - start <= 3 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                                and t.lower_ not in self._body_words for t in doc[start:end]):
            return False
        offices = self._offices
        office = start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in offices
        # ... or names the office after it ("Rajiva Gunasekara, the government's commissioner-general")
        office = office or end < len(doc) and doc[end].text == "," and any(
            c.dep_ == "appos" and c.i > end and c.lower_ in offices for t in doc[start:end] for c in t.children)
        return office or self._bare_surname(doc[end - 1].text) in lone

    @cached_property
    def _offices(self) -> frozenset[str]:
        return frozenset(self.roles["titles"]) | frozenset(self.roles["person_roles"])

    def join_stray_surnames(self) -> None:
        """'Cellou Dalein Diallo' (tagged an organisation, a person by his title) and a later
        'Diallo said' NER also calls an organisation: one person, when the surname is one
        person's alone and the gazetteer knows no such body."""
        people: dict[str, list] = {}
        for a in self.res.actors.values():
            if a.type == "Person" and " " in a.name and not self._fathers_name(_name_words(a.name)):
                people.setdefault(self._bare_surname(_name_words(a.name)[-1]), []).append(a)
        self.join_to_unique(people, lambda a: self._bare_surname(a.name) if a.type == "Organization"
                            and " " not in a.name and a.listed_as is None else None)

    def _lookup(self, text: str):
        """The gazetteer entry of a name, also under a state's formal style ("the Republic of
        Indonesia", "the Hashemite Kingdom of Jordan")."""
        hit = self.gaz.lookup(text)
        if hit is None and " of " in text:
            style, _, rest = text.partition(" of ")
            if set(style.lower().split()) <= self.roles["state_form_words"]:
                found = self.gaz.lookup(rest)
                hit = found if found is not None and found.kind == "country" else None
        words = text.split()
        if hit is None and len(words) > 1 and words[-1].lower() in self._member_nouns:
            # "Houthi militia", "Hamas militants": the listed group NER ran together with a common noun
            found = self.gaz.lookup(" ".join(words[:-1]))
            hit = found if found is not None and found.kind == "armed_group" else None
        return hit

    @cached_property
    def _member_nouns(self) -> set[str]:
        return self.roles["group_nouns"] | self.roles["non_state_agents"] | self.roles["group_name_tails"]

    def _leader_of(self, text: str, hit) -> bool:
        """PETRARCH lists a group's leaders among its names ("Hassan Nasrallah" for
        Hezbollah); a person NER finds under such a name is the person (GUIDELINES: a named
        person acting is the person), unless the name shares a word with the group's or is
        one the hand-kept supplement gives the group ("Ansar Allah")."""
        if hit.kind == "person" or hit.type not in ("Organization", "Group") or self.gaz.hand_kept(text):
            return False
        words = lambda n: set(n.lower().replace("-", " ").split())   # "Al Shabaab" shares words with "Al-Shabaab"
        return not words(text) & words(hit.name)

    def name_mention(self, start: int, end: int, text: str, label: str, hit) -> None:
        """A name NER or the gazetteer found; `hit` is its gazetteer entry or None."""
        head = self.doc[start:end].root
        if hit is not None and hit.kind in ("capital", "city") and hit.country:
            if hit.kind == "capital" and self._acting(head):     # "Kharkiv came under attack": no state
                a = self.actor(hit.country, "Country")
                a.aliases.add(text)
                self.res.add_mention(Mention(start, end, a.key, "capital"))
            else:
                a = self.actor(hit.name, "Location", country=hit.country)
                a.known_place = True
                a.capital_of = hit.country if hit.kind == "capital" else None
                self.res.add_mention(Mention(start, end, a.key, "name"))
            return
        if hit is not None and hit.kind == "seat" and self._owning_state(start) not in (None, hit.country):
            hit = None                              # "Pakistan's Foreign Office": Pakistan's, not Britain's
        if hit is not None:
            type_ = GAZ_TYPES.get(hit.kind, hit.type)
            name = hit.country if hit.kind in ("demonym", "seat") and hit.country else hit.name
            a = self.actor(name, type_)
            a.aliases.add(text)
            a.listed_as = a.listed_as or hit.kind
            kind = "demonym" if hit.kind == "demonym" else "name"
            self.res.add_mention(Mention(start, end, a.key, kind))
            return
        state = self._state_body(start, end)
        if state is not None:
            a = self.actor(state, "Country")
            self.res.add_mention(Mention(start, end, a.key, "body"))
            return
        body = self._igo_body(start, end)
        if body is not None:
            a = self.actor(body.name, GAZ_TYPES.get(body.kind, body.type))
            a.listed_as = a.listed_as or body.kind
            self.res.add_mention(Mention(start, end, a.key, "body"))
            return
        a = self.actor(text, NER_TYPES.get(label, "Organization"))
        a.aliases.add(text)
        last = self.doc[end - 1]
        if end - start > 1 and last.is_lower and last.lower_ in self.roles["place_name_heads"]:
            a.aliases.add(self.doc[start:end - 1].text)   # "Pazigyi village" is also "Pazigyi"
        a.known_place = a.known_place or label in ("LOC", "FAC")
        self.res.add_mention(Mention(start, end, a.key, "name"))

    def _igo_body(self, start: int, end: int):
        """'the Council of Foreign Ministers of the European Union': a body of a listed
        organisation acts for it (GUIDELINES: a government body acting for its state)."""
        of = next((i for i in range(start + 1, end - 1) if self.tokens[i].lower_ == "of"), None)
        while of is not None:
            rest = [t for t in self.tokens[start:of] if t.lower_ not in _ARTICLES]
            words = [t for t in self.tokens[of + 1:end] if t.lower_ not in _ARTICLES]
            hit = self.gaz.lookup(" ".join(t.text for t in words)) if words else None
            if hit is not None and hit.kind == "igo" and rest and all(
                    t.lower_ in self._body_words or t.lower_ in self.roles["government_words"]
                    or t.lower_.removesuffix("s") in self._body_words for t in rest):
                return hit
            of = next((i for i in range(of + 1, end - 1) if self.tokens[i].lower_ == "of"), None)
        return None

    def _owning_state(self, start: int) -> str | None:
        """The state named in the possessive right before a name ("Sudan's Ministry of ...")."""
        if start < 2 or self.tokens[start - 1].text not in _POSSESSIVE:
            return None
        owner = self.res.key_at(start - 2)
        return self.res.actors[owner].name if owner and self.res.actors[owner].type == "Country" else None

    def _state_body(self, start: int, end: int) -> str | None:
        """'Government of Sudan', "Sudan's Ministry of Foreign Affairs" -> Sudan."""
        words = {t.lower_ for t in self.doc[start:end]}
        if end - start < 2 or not words & self.roles["government_words"]:
            return None
        if start > 0 and self.tokens[start - 1].lower_ in self.roles["non_state_markers"] \
                or words & self.roles["non_state_name_words"]:
            return None                             # "the opposition Syrian National Council": no state's
        owner = self._owning_state(start) if self.tokens[end - 1].lower_ in self.roles["government_words"] else None
        if owner is not None:                       # "Lebanon's Higher Defence Council": a body its state owns
            return owner                            # acts for the state
        body = self._body_words | _ARTICLES | _POSSESSIVE
        for i in range(start, end):
            for j in range(min(end, i + 3), i, -1):
                hit = self.gaz.lookup(self.doc[i:j].text)
                if hit is not None and hit.kind in ("country", "demonym"):
                    # "the Sudanese Armed Forces" is Sudan; "the Syrian Democratic Forces" a group of its own
                    rest = {t.lower_ for t in self.tokens[start:i] + self.tokens[j:end]}
                    return hit.country or hit.name if rest <= body else None
        return None
