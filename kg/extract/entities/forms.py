"""More name forms of known actors: bracketed acronyms, coordinated names, capitals in
descriptions, facilities, aliases seen again."""
from __future__ import annotations

from .model import Mention, _norm


class NameForms:
    """Methods of the resolver (kg.extract.entities.builder) for more forms of known names."""

    def resolve_parentheticals(self) -> None:
        """'Rapid Support Forces (RSF)': the bracketed short form is an alias."""
        doc = self.doc
        for m in list(self.res.mentions):
            e = m.end
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
                short = doc[e + 1]
                known = self.res.key_at(e + 1)
                if known and m.kind == "body" and known in self.res.actors \
                        and self.res.actors[known].listed_as == "armed_group":
                    # "the Yemeni Armed Forces (Houthis)": the group glosses who the forces are
                    m.key = known
                    for i in range(m.start, m.end):
                        self.res.token_key[i] = known
                    continue
                actors = self.res.actors
                if known in actors and m.key in actors and actors[known].type == "Group" \
                        and actors[m.key].type == "Organization":
                    # "the Communist Party of Nepal (Maoist)": the qualifier's people ("the Maoists") are the party
                    # (the qualifier is part of the name: not the "Communist Party of India" of parliament)
                    bare = actors[m.key].name
                    org = self.actor(f"{bare} ({short.text})", "Organization")
                    self.merge(actors[m.key], org)
                    org.aliases.discard(bare)
                    for g in [a for a in actors.values() if a.type == "Group"
                              and a.name in (short.text, short.text + "s", short.text + "es")]:
                        self.merge(g, org)
                    continue
                if sum(c.isupper() for c in short.text) < 2:
                    continue
                if known is None:
                    self.res.actors[m.key].aliases.add(short.text)
                    self.res.add_mention(Mention(e + 1, e + 2, m.key, "name"))
                elif known != m.key and known in self.res.actors and m.key in self.res.actors \
                        and self.res.actors[known].type == self.res.actors[m.key].type == "Organization" \
                        and (short.text[0] == self.doc[m.start].text[0] or sorted(short.text) == sorted(
                            t.text[0] for t in self.doc[m.start:m.end] if t.text[:1].isupper())):
                    # ("the Patriotic Resistance Front of Masisi (FRPM)": its initials in French order)
                    # "the Economic Community of West African States (ECOWAS)": one body, both listed
                    self.merge(self.res.actors[known], self.res.actors[m.key])

    def resolve_coordinated_names(self) -> None:
        """'the Paktika and Khost provinces': a capitalised conjunct of a name is a name too."""
        for tok in self.tokens:
            if tok.i in self.res.token_key or tok.dep_ != "conj" or tok.pos_ != "PROPN":
                continue
            head_key = self.res.key_at(tok.head.i)
            if not head_key or not tok.text[:1].isupper():
                continue
            if tok.lower_ in self.roles["titles"]:  # "and President of Poland Andrzej Duda": the person
                held = [self.res.key_at(t.i) for t in tok.subtree if t.i > tok.i]
                held = [k for k in held if k and self.res.actors[k].type == "Person"]
                if held:
                    self.res.add_mention(Mention(tok.i, tok.i + 1, held[0], "description"))
                continue
            span = self.doc[tok.left_edge.i:tok.i + 1]
            start = next((t.i for t in span if t.pos_ == "PROPN" and t.i not in self.res.token_key), tok.i)
            text = _norm(self.doc[start:tok.i + 1].text)
            head_type = self.res.actors[head_key].type
            a = self.actor(text, "Location" if head_type == "Country" else head_type)
            a.aliases.add(text)
            self.res.add_mention(Mention(start, tok.i + 1, a.key, "name"))

    def resolve_capital_descriptions(self) -> None:
        """"Yemen's capital", "the capital of Yemen", "the Yemeni capital": the capital city."""
        for tok in self.tokens:
            if tok.lower_ != "capital" or tok.pos_ != "NOUN" or tok.i in self.res.token_key:
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]
            owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            for o in owners:
                k = self.res.key_at(o.i)
                if not k or self.res.actors[k].type != "Country":
                    continue
                city = self.gaz.capital_of(self.res.actors[k].name)
                if city:
                    a = self.actor(city, "Location", country=self.res.actors[k].name)
                    a.known_place = True
                    self.res.add_mention(Mention(tok.i, tok.i + 1, a.key, "description"))
                break

    def resolve_facilities(self) -> None:
        """'Beirut airport', 'the Nevatim air base': a place or proper name compounded with a
        facility noun names the facility, which is then the actor (the target of a strike),
        not the city. A state or group in that slot is the owner instead ('Iranian embassy')."""
        doc, nouns = self.doc, self.roles["facility_nouns"]
        mentions = self.res.mentions
        by_start: dict[int, list[int]] = {}         # start token -> positions in `mentions`
        for n, m in enumerate(mentions):
            by_start.setdefault(m.start, []).append(n)
        dropped: set[int] = set()
        for tok in self.tokens:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.i in self.res.token_key:
                continue                            # (the POS first: cheapest, and rules out most)
            mods = [c for c in tok.children if c.i < tok.i and (c.dep_ == "compound" or (
                c.dep_ == "nmod" and c.pos_ == "PROPN") or (   # "the Vaziani (nmod) military base"
                c.dep_ == "amod" and c.text.istitle() and (self.res.key_at(c.i) is None or (
                    c.pos_ == "PROPN" and self.res.actors[self.res.key_at(c.i)].type == "Person"))))]
            # ("the Westgate (amod, taken for a person) shopping mall")
            if not mods or tok.lower_ in self.roles["place_name_heads"] and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.i in self.res.token_key
                                                                  for p in c.children) for c in tok.children):
                continue                            # "the Black Sea port of Odesa" is Odesa
            start = min(t.i for m in mods for t in m.subtree)
            while start < tok.i and not doc[start].text[:1].isupper() and not (   # ("the al-Jalaa tower")
                    doc[start].lower_ in self.roles["hyphen_particles"] and doc[start + 1].text in ("-", "–")
                    and not doc[start].whitespace_):
                start += 1
            words = doc[start:tok.i + 1]
            if start >= tok.i or any(t.pos_ not in ("PROPN", "NOUN", "PUNCT", "ADJ") for t in words):
                continue
            keys = {self.res.key_at(t.i) for t in words} - {None}
            # an owner: a state or listed group, unless only the start of its name is used; an
            # organisation only NER knows is the facility's name ("the Al-Shifa hospital")
            # (a person's name compounded is the facility's: "Ben Gurion airport")
            if any(self.res.actors[k].type == "Country" or (
                    self.res.actors[k].type == "Organization" and self.res.actors[k].listed_as
                    and not self._clipped(words, self.res.actors[k])) for k in keys):
                continue
            text = _norm(words.text)
            a = self.actor(text, "Facility")
            a.aliases.add(text)
            if not doc[start].text[:1].isupper():
                a.aliases.add(_norm(doc[start + 2:tok.i + 1].text))   # "the al-Jalaa tower" is also "Jalaa tower"
            for c in tok.children:                  # "Eritrea's Assab airport": where it is
                k = self.res.key_at(c.i)
                if c.dep_ in ("poss", "amod") and k and self.res.actors[k].type == "Country" and a.country is None:
                    a.country = self.res.actors[k].name
            # the mentions inside the facility's name give way to it (all taken out at once, below)
            dropped.update(n for i in range(start, tok.i + 1) for n in by_start.get(i, ())
                           if mentions[n].end <= tok.i + 1)
            by_start.setdefault(start, []).append(len(mentions))
            self.res.add_mention(Mention(start, tok.i + 1, a.key, "name"))
        if dropped:
            self.res.mentions = [m for n, m in enumerate(mentions) if n not in dropped]
        used = {m.key for m in self.res.mentions}
        for k in [k for k in self.res.actors if k not in used]:
            del self.res.actors[k]

    @staticmethod
    def _clipped(words, actor) -> bool:
        """'the Al-Aqsa mosque': a group matched by the first words of its name only
        ("Al-Aqsa Martyrs Brigades") is the place's name there, not its owner."""
        name = actor.name.lower().replace("-", " ").split()
        said = [t.lower_ for t in words if t.text != "-" and t.pos_ != "NOUN"]
        said = " ".join(said).replace("-", " ").split()
        return actor.type == "Organization" and 0 < len(said) < len(name) and name[:len(said)] == said

    def rescan_aliases(self) -> None:
        """Later uses of a name form already seen ('RSF') that NER missed."""
        forms, surnames, bare = {}, {}, set()
        for a in self.res.actors.values():
            for alias in a.aliases | {a.name}:
                if any(c.isupper() for c in alias):
                    forms.setdefault(tuple(alias.split()), a.key)
            words = a.name.split()
            if a.type == "Person" and len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2 \
                    and not self._fathers_name(words):
                surnames.setdefault(words[-1], set()).add(a.key)
        for word, keys in surnames.items():         # "Uhuru Kenyatta ... called Kenyatta" (NER: a product)
            if len(keys) == 1 and (word,) not in forms:
                forms[(word,)] = next(iter(keys))
                bare.add((word,))
        toks = self.tokens
        for tok in toks:
            if tok.i in self.res.token_key or not tok.text[:1].isupper():
                continue
            for n in (3, 2, 1):
                words = tuple(t.text for t in toks[tok.i:tok.i + n])
                if words in bare and any(0 <= j < len(toks) and toks[j].text[:1].isupper() and toks[j].is_alpha
                                         and toks[j].lower_ not in self.roles["titles"] for j in (tok.i - 1, tok.i + 1)):
                    continue                        # "Kenyatta International Airport": another name
                if len(words) == n and words in forms and not any(
                        k in self.res.token_key for k in range(tok.i, tok.i + n)):
                    self.res.add_mention(Mention(tok.i, tok.i + n, forms[words], "name"))
                    break
