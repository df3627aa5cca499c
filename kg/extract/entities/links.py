"""Joining actors: acronyms to their long names, place forms to one place, people to their
states."""
from __future__ import annotations

from .model import Actor, Mention, _norm


class Links:
    """Methods of the resolver (kg.extract.entities.builder) that join actors."""

    def link_acronyms(self) -> None:
        """'Rapid Support Forces (RSF)', 'RSF' and 'Security Council' inside 'UN Security Council'
        are one actor: the first actor (in order of appearance) whose initials or whose name's
        last words a name mention is. Indexed, so long documents stay linear."""
        actors = self.res.actors
        order = {k: n for n, k in enumerate(actors)}
        by_initials: dict[str, list[str]] = {}
        by_suffix: dict[str, list[str]] = {}
        for k, o in actors.items():
            if o.type == "Person":
                continue
            words = [w for w in o.name.replace("-", " ").split() if w[:1].isupper()]
            by_initials.setdefault("".join(w[0] for w in words), []).append(k)
            parts = o.name.split(" ")
            for j in range(1, len(parts) - 1):
                by_suffix.setdefault(" ".join(parts[j:]), []).append(k)
        redirect: dict[str, str] = {}

        def find(k: str) -> str:
            while k in redirect:
                k = redirect[k]
            return k

        for m in self.res.mentions:
            a = actors.get(find(m.key))
            if a is None or a.type in ("Person", "Country") or m.kind != "name":
                continue
            text = _norm(self._text(m.start, m.end))
            cands = list(by_initials.get(text, ())) if text.isupper() and len(text) >= 2 else []
            if len(text.split()) >= 2:
                cands += [k for k in by_suffix.get(text, ()) if k in actors and actors[k].type == a.type]
            cands = [k for k in cands if k in actors and k != a.key]
            if cands:
                into = actors[min(cands, key=order.__getitem__)]
                into.aliases |= a.aliases | {a.name}
                into.roles |= a.roles
                del actors[a.key]
                redirect[a.key] = into.key
        if redirect:
            for m in self.res.mentions:
                m.key = find(m.key)
            for i, k in self.res.token_key.items():
                self.res.token_key[i] = find(k)

    def resolve_place_forms(self) -> None:
        """'Gaza' and 'the Gaza Strip', 'Borno' and 'Borno State': one place under its longer
        name (only heads that never name a second place: 'Idlib province' is not Idlib city)."""
        heads = self.roles["same_place_heads"]
        places = {a.name.lower(): a for a in self.res.actors.values() if a.type == "Location"}
        for name, a in list(places.items()):
            first, _, head = name.rpartition(" ")
            short = places.get(first)
            if head in heads and short is not None and short is not a and short.key in self.res.actors:
                self.merge(short, a)

    def resolve_affiliations(self) -> None:
        """People whose office the text names: 'Israel's prime minister, X', 'the Israeli
        leader, X', 'US President X'."""
        for m in self.res.mentions:
            a = self.res.actors[m.key]
            if a.type != "Person":
                continue
            head = self.doc[m.start:m.end].root
            partner = head.head if head.dep_ == "appos" else None
            if partner is not None:
                self._office_of(m, partner)
            for tok in list(head.children) + ([partner] if partner is not None else []):
                self._set_country(a, tok)
                if tok.dep_ == "prep" and tok.lower_ == "of" and tok.i > head.i and a.roles:
                    # "President Salva Kiir of South Sudan": the text's word over the gazetteer's
                    # (Kiir: Sudan's, until 2011)
                    a.country = self._state_modifier(tok.head) or a.country
                if tok is partner and tok.lower_ in self.roles["titles"] and a.country is None:
                    a.country = self._state_modifier(tok)   # "the representative of China, X": China's
                if tok is partner and any(c.dep_ == "appos" and c.lower_ in self.roles["titles"] for c in tok.children):
                    self._set_group(a, tok)         # "the Front (TPLF) leader X", parsed as two appositions
                if tok.dep_ == "compound" and tok.i < head.i and tok.lower_ in self.roles["titles"]:
                    for sub in tok.subtree:         # "Ogaden National Liberation Front (ONLF) leader X"
                        self._set_group(a, sub)
                if tok.dep_ != "appos" and tok is not partner:
                    continue
                titled = any(t.lower_ in self.roles["titles"] for t in tok.subtree)
                for sub in tok.subtree:              # the appositive names the office
                    if tok.dep_ == "appos":
                        self._set_country(a, sub)
                        if titled:                   # "X, chairman of the TPLF"
                            self._set_group(a, sub)
                    other = self.res.key_at(sub.i) or (sub.dep_ == "compound" and self.res.key_at(sub.head.i))
                    if other and other != a.key and self.res.actors[other].type == "Person":
                        continue                     # "X, a critic of Crown Prince Y": Y's office
                    if sub.lower_ in self.roles["person_roles"] or sub.lower_ in self.roles["spokesperson_titles"]:
                        a.roles.add(sub.lower_)     # ("X, spokesperson for Y": speaks for Y's state)

    def _office_of(self, m: Mention, partner) -> None:
        """'The Ombudsman, Carlos Villa, denounced', 'the Inspector-General of Police,
        Ibrahim Kwari, phoned': a capitalised office NER took for a body, with the holder's
        name between commas after it, is the holder."""
        k = self.res.key_at(partner.i)
        office = self.res.actors.get(k) if k else None
        if office is None or office.type in ("Person", "Country") or partner.tag_ in ("NNS", "NNPS") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in partner.children) \
                or m.start < 1 or self.doc[m.start - 1].text != "," or partner.i > m.start:
            return
        span = next((x for x in self.res.mentions if x.key == k and x.start <= partner.i < x.end), None)
        if span is not None and span.end == m.start - 1:
            self.res.add_mention(Mention(span.start, span.end, m.key, "description"))

    def resolve_described_groups(self) -> None:
        """'The group's leader, X' (the group known only once descriptions are resolved):
        X leads the group that "the group" names."""
        for m in self.res.mentions:
            a = self.res.actors.get(m.key)
            if a is None or a.type != "Person" or a.group is not None:
                continue
            head = self.doc[m.start:m.end].root
            partner = head.head if head.dep_ == "appos" else None
            if partner is not None and partner.lower_ in self.roles["titles"]:
                for c in partner.children:
                    if c.dep_ == "poss":
                        self._set_group(a, c)

    def _set_group(self, person: Actor, tok) -> None:
        k = self.res.key_at(tok.i)
        if k and self.res.actors[k].type == "Organization" and person.group is None:
            person.group = k

    def _set_country(self, person: Actor, tok) -> None:
        k = self.res.key_at(tok.i)
        if k and self.res.actors[k].type == "Country" and person.country is None:
            person.country = self.res.actors[k].name

    def join_head_nouns(self) -> None:
        """'the Liberation Tigers of Tamil Eelam' ... 'the Tigers', 'the Autodefensas del Macizo' ...
        'the Autodefensas': a capitalised plural that is the head noun of one longer organisation's
        name in the text is that organisation (also when a dictionary lists the bare word for some
        other group)."""
        heads: dict[str, list] = {}
        particles = self.roles["name_joining_particles"]
        for a in self.res.actors.values():
            words = a.name.split()
            if a.type not in ("Organization", "Group") or len(words) < 2:
                continue
            if any(w in particles for w in words[1:]):   # a Romance name is headed by its first word
                heads.setdefault(words[0], []).append(a)         # ("Autodefensas del Macizo")
            elif len(english := a.name.partition(" of ")[0].split()) > 1:
                heads.setdefault(english[-1], []).append(a)
        self.join_to_unique(heads, lambda a: a.name if a.type in ("Organization", "Group") and " " not in a.name
                            and a.name.istitle() and a.name.endswith("s") else None)

    def join_short_names(self) -> None:
        """'Kumul Resources' ... 'Kumul': a single word that opens one longer organisation's
        name in the text, the rest of that name words of a firm's style ("Resources",
        "Energy", "Corp"), is that organisation, whatever NER called the word alone."""
        styles = self.roles["company_words"]
        firms: dict[str, list] = {}
        for a in self.res.actors.values():
            words = a.name.split()
            if a.type == "Organization" and len(words) > 1 and all(w.lower().rstrip(".") in styles for w in words[1:]):
                firms.setdefault(words[0], []).append(a)
        self.join_to_unique(firms, lambda a: a.name if a.type in ("Organization", "Person", "Location")
                            and " " not in a.name and a.listed_as is None else None)

    def join_to_unique(self, index: dict[str, list], key_of) -> None:
        """Merge each actor into the one actor `index` lists under key_of(actor) (None: the
        actor is no candidate); a key with several actors joins none."""
        for a in list(self.res.actors.values()):
            key = key_of(a)
            found = index.get(key) if key is not None else None
            if found and len(found) == 1:
                self.merge(a, found[0])
