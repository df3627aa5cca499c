"""Candidate name spans: NER's, the gazetteer's, and capitalised names NER missed, cut at
headline verbs, list commas, hyphens and possessives."""
from __future__ import annotations

from functools import cached_property

from ...gazetteer.geonames import city_named
from ...lexicon import load_relations, load_table
from .model import _ARGUMENT_DEPS, _NAME_SUFFIXES, NER_TYPES, is_hardware


_NAME_JOINERS = ("in", "the", "of", "and", "for")    # lower-case words inside a group's name


class NameSpans:
    """Methods of the resolver (kg.extract.entities.builder) that find name spans."""

    def _person_after_title(self, start: int, end: int) -> int | None:
        """Where a person's name starts in a span that ends in a title and a name."""
        toks, titles = self.tokens, self.roles["titles"]
        for k in range(start, end - 1):
            for n in (3, 2, 1):
                if k + n < end and " ".join(t.lower_ for t in toks[k:k + n]) in titles and all(
                        t.pos_ == "PROPN" and (t.text[:1].isupper() or t.lower_ in self.roles["surname_words"])
                        for t in toks[k + n:end]) and toks[end - 1].text[:1].isupper():
                    return k + n
        return None

    def spans(self):
        """Candidate name spans: NER entities plus gazetteer names NER missed (never in a
        dateline, never a time zone)."""
        doc = self.doc
        self.res.dateline = self.datelines()
        covered = set(self.res.dateline)
        out = []
        skip = self.roles["not_actors"]
        joined = self._possessive_joins = self._possessive_names()
        facilities = self._facility_names()
        for ent in doc.ents:
            start, end, label = ent.start, ent.end, ent.label_
            if ent.start in joined:                 # "Islamic State's West Africa Province": one group
                start, end = joined[ent.start]
                ent = doc[start:end]
            if ent.start in facilities:             # "Manda" + "Bay Airfield": one facility's name
                end, label = facilities[ent.start], "FAC"
                ent = doc[start:end]
            while start < end and start in covered:
                start += 1
            if end - start > 1 and self.tokens[start].lower_ in self._hedge_words:
                start += 1                          # "Suspected Tamil Tiger rebels": the hedge is no name
                ent = doc[start:end]
            if end - start > 3 and self.tokens[start].lower_ in self.roles["stance_prefixes"] \
                    and self.tokens[start + 1].text in ("-", "–") and self.tokens[start + 3].is_title:
                start += 3                          # "the pro-Indonesian Aitarak militia": Aitarak
                ent = doc[start:end]
            while end - start > 1 and label in ("GPE", "LOC") and (self.tokens[start].text in ("-", "–") or (
                    self.tokens[start].is_lower and self.tokens[start].lower_ in self.roles["compass_words"])):
                start += 1                          # "northeast Nigeria": Nigeria
                ent = doc[start:end]
            if start < end and end < len(self.tokens) and label != "PERSON" and (
                    self.tokens[end].pos_ == "PROPN" or self.tokens[end].is_title):
                hit = self.gaz.lookup(self._text(start, end + 1))
                if hit is not None and hit.kind in ("armed_group", "igo", "country", "demonym"):
                    end += 1                        # "Islamic" (NORP) + "State": the group's name;
                    ent = doc[ent.start:end]        # "Sierra" (ORG) + "Leonean": the demonym
            if start < end and label != "PERSON":
                known = self._known_left(start, end, covered)
                if known < start:                   # "Tehreek-i-Taliban" + "Pakistan" (GPE): the group
                    start, label, ent = known, "ORG", doc[known:end]
            toks = self.tokens
            while label == "PERSON" and end < len(toks) and toks[end - 1].lower_ in self.roles["surname_words"] \
                    and toks[end].text[:1].isupper() and toks[end].is_alpha:
                end += 1                            # "Ursula von der" + "Leyen": the surname NER cut off
                ent = doc[ent.start:end]
            if label == "PERSON" and end + 1 < len(toks) and toks[end].text == "," \
                    and toks[end + 1].lower_.rstrip(".") in _NAME_SUFFIXES:
                end += 2                            # "Joseph R. Biden, Jr.": the suffix is part of the name
                ent = doc[ent.start:end]
            if label == "PERSON" and start > 0 and len(toks[start].text) == 2 and toks[start].text[1] == "." \
                    and toks[start].text[0].isupper() and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_title \
                    and toks[start - 1].lower_ not in self.roles["titles"] and start - 1 not in covered:
                start -= 1                          # "Antony" + "J. Blinken": a middle initial follows a given name
                ent = doc[start:end]
            while label == "PERSON" and end < len(self.tokens) and self.tokens[end].pos_ == "PROPN" \
                    and self.tokens[end].text[:1].isupper() and (not self.tokens[end].ent_type_ or self._stray_name(end)) \
                    and self.tokens[end - 1].dep_ == "compound" and end <= self.tokens[end - 1].head.i < end + 2 \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() and (not t.ent_type_ or self._stray_name(t.i))
                            for t in self.tokens[end:self.tokens[end - 1].head.i + 1]):
                end += 1                            # "Shah Mehmood" + "Qureshi", "... Abdulrahman" + "Al Thani":
                ent = doc[ent.start:end]            # the name NER cut short
            if label in ("ORG", "WORK_OF_ART"):     # "Indian National Security Adviser Ajit Doval" as ORG:
                person = self._person_after_title(start, end)    # the person the title names
                if person is not None:
                    start, label = person, "PERSON"
                    ent = doc[start:end]
            verb = self._headline_verb(start, end)
            if verb is not None:                    # "Russia Vetoes Security Council Resolution": two
                out.append((start, verb, "GAZ"))    # names around a headline's verb
                covered.update(range(start, verb + 1))
                start = verb + 1
            listed = False
            if start < end:
                start, end, label, ent = self._whole_word(start, end, label, ent)
                longer = self._known_right(start, end)
                if longer > end:                    # "Tehreek-i-Taliban" (ORG) + "Pakistan" (GPE): the group
                    end, label, ent, listed = longer, "ORG", doc[start:longer], True
                longer = self._bracketed_region(start, end) if label == "ORG" and not listed else None
                if longer:                          # "the Movement for Oneness and Jihad" + "in West Africa (MUJAO)"
                    end, ent, listed = longer, doc[start:longer], True
            seat = self._seat_after_comma(start, end)
            if seat is not None:                    # "Abdelmalek Sellal, Downing Street said": two names
                out.append((seat, end, "GAZ"))
                covered.update(range(seat, end))
                before = self.gaz.lookup(self._text(start, seat - 1))
                end, ent = seat - 1, doc[ent.start:seat - 1]
                label = "PERSON" if before is not None and before.kind == "person" else label
            cut = None if listed else next((i for i in range(start + 1, end) if self.tokens[i].text == "(" or (
                label in ("GPE", "LOC", "FAC", "ORG") and self.tokens[i].lower_ in ("in", "near") and self.tokens[i].is_lower)),
                None)                               # ("Azur in Damboa": two places)
            if cut is not None:                     # "Organization of Islamic Cooperation (OIC": the bracket
                end = cut                           # is an alias of its own (resolve_parentheticals)
                ent = doc[ent.start:end]
            owner = next((k for k in range(start + 1, end - 1) if self.tokens[k].tag_ == "POS"), None)
            if owner is not None and label == "ORG":
                hit = self.gaz.lookup(self._text(start, owner))
                if hit is not None and hit.kind in ("country", "capital", "seat"):
                    out.append((start, owner, "GPE"))   # "Beijing's Foreign Ministry": the state's body
                    covered.update(range(start, owner + 1))
                    start = owner + 1
            gear = next((k for k in range(start, ent.end) if self._hardware(k)), None)
            if gear == start:                       # "Sukhoi", "a MiG-21 Bison": a craft, no actor
                covered.update(range(start, ent.end))
                continue
            if gear is not None:                    # "Russian Sukhoi", "Indian Air Force Mirage 2000":
                end, ent = gear, doc[ent.start:gear]    # the name before the craft
            if self._local_time(start, ent.end):
                covered.update(range(start, ent.end))   # (nor a name the gazetteer would find there)
                continue
            if start < ent.end and self._document(start, ent.end):
                covered.update(range(start, ent.end))   # (nor its place name: "the Minsk Agreement")
                continue
            if start >= ent.end or ent.text in skip or doc[start:ent.end].text in skip \
                    or doc[start].lower_ in self.roles["disaster_words"] \
                    or (ent.end - start == 1 and doc[start].lower_ in self.roles["non_state_agents"]) \
                    or (ent.end - start == 1 and doc[start].is_title and self._common_noun(doc[start])):
                continue                            # "Hurricane Ian struck Florida", "Jihadists attacked": no actor
            # a capitalised common noun ("Strikes" opening a sentence) is no name
            # (an acronym the tagger calls a noun, "ISIS", is a name)
            if end - start > 1 and end + 1 < len(self.tokens) and self.tokens[end - 1].is_lower \
                    and self.tokens[end - 1].lower_ in self.roles["place_name_heads"] \
                    and self.tokens[end].lower_ == "of" and self.tokens[end + 1].pos_ == "PROPN":
                end -= 1                            # "the Black Sea port of Odesa": the port is Odesa
                ent = doc[ent.start:end]
            if all(t.is_lower and t.lower_ in self._body_words for t in doc[start:end]) \
                    or all(t.lower_ in self.roles["state_form_words"] for t in doc[start:end]) \
                    or (label in ("GPE", "LOC", "FAC") and not any(c.isupper() for c in self._text(start, end))):
                continue                            # "China's coast guard", "the Kingdom", "the east coast": no name
            place = self._names_place(start, ent.end)
            if place:
                label = "LOC"                       # "Dalori village", "the town of Manbij": a place
            # (mid-sentence, a capitalised word NER labels is a name whatever its tag: "recaptured Mosul")
            if label in NER_TYPES and (place or label == "NORP" or any(
                    t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1 and t.is_alpha) for t in ent)
                    or label in ("GPE", "LOC") and not doc[start].is_sent_start and all(
                        t.is_title for t in doc[start:ent.end] if t.is_alpha)):
                for a, b in self._list_parts(start, ent.end, label):
                    out.append((a, b, label))
                covered.update(range(start, ent.end))
        i, toks = 0, self.tokens
        while i < len(toks):
            t = toks[i]
            # an acronym is looked up whatever its tag ("ECOWAS imposed" is tagged a verb)
            if i in covered or not (t.text[:1].isupper() and (
                    t.pos_ in ("PROPN", "ADJ", "NOUN") or (t.is_upper and len(t.text) > 1 and t.is_alpha))):
                i += 1
                continue
            run = i
            while run + 1 < len(toks) and toks[run + 1].is_title and run + 1 not in covered and run - i < 4:
                run += 1
            if run > i and self._document(i, run + 1):  # "the Doha Agreement" NER missed: no Qatar
                covered.update(range(i, run + 1))
                i = run + 1
                continue
            a, whole, _, _ = self._whole_word(i, i + 1, "GAZ", None)
            for n in sorted({4, 3, 2, 1, whole - i} if a == i else {4, 3, 2, 1}, reverse=True):
                j = i + n                           # (a hyphenated name NER gave no label or a date's:
                if j > len(toks) or any(k in covered for k in range(i, j)):   # "Jaish-e-Mohammed")
                    continue
                hit = self.gaz.lookup(self._text(i, j))
                if hit is not None and hit.kind != "person":
                    out.append((i, j, "GAZ"))
                    covered.update(range(i, j))
                    i = j - 1
                    break
            i += 1
        out += self._group_names(covered)
        out += self._unlabelled_names(covered)
        return sorted(out)

    def _bracketed_region(self, start: int, end: int) -> int | None:
        """Where a group's name ends when it runs on over "in" and a region to a bracketed
        acronym ("... Jihad in West Africa (MUJAO)"): the acronym names the whole, unless it
        is the initials of the name alone ("Allied Democratic Forces in Congo (ADF)")."""
        toks, i = self.tokens, end + 1
        if i >= len(toks) or toks[end].lower_ != "in":
            return None
        i += toks[i].lower_ == "the"
        j = i
        while j < len(toks) and toks[j].ent_type_ in ("GPE", "LOC") and (j == i or toks[j].ent_iob_ == "I"):
            j += 1
        if j == i or j + 2 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")" \
                or not (toks[j + 1].is_upper and len(toks[j + 1].text) > 1) \
                or toks[j + 1].text == "".join(t.text[0] for t in toks[start:end] if t.text[:1].isupper()):
            return None
        return j

    def _stray_name(self, i: int) -> bool:
        """A one-word entity no gazetteer or GeoNames knows: a surname NER labelled on its own
        ("Shah Mahmood" + "Qureshi" as GPE)."""
        toks = self.tokens
        return toks[i].ent_iob_ == "B" and (i + 1 == len(toks) or toks[i + 1].ent_iob_ != "I") \
            and self.gaz.lookup(toks[i].text) is None and not city_named(toks[i].text)

    def _hardware(self, i: int) -> bool:
        """A craft's or weapon's make or model the gazetteer does not know as a name ("G-20" it does)."""
        return is_hardware(self.tokens, i, self.roles["hardware_names"]) \
            and self.gaz.lookup(self.tokens[i].text) is None

    def _local_time(self, start: int, end: int) -> bool:
        """'at 2:30 a.m. Sanaa time': a place naming a clock's time zone is no actor."""
        toks = self.tokens
        if start == 0 or not (toks[start - 1].ent_type_ == "TIME" or toks[start - 1].like_num):
            return False
        return (end < len(toks) and toks[end].lower_ == "time") \
            or (end - start > 1 and toks[end - 1].lower_ == "time")   # "5:30 a.m. East Africa Time"

    def _group_names(self, covered: set[int]) -> list[tuple[int, int, str]]:
        """Capitalised words NER left unlabelled before a group noun: "the Jaish al-Adl militant
        group", "the Ansaru militia" (the noun and its lower-case modifiers are no part of it)."""
        out, toks, roles = [], self.tokens, self.roles
        for t in toks:
            if not t.is_lower or t.pos_ != "NOUN" or t.lemma_ not in roles["group_nouns"]:
                continue
            end = t.i
            while end > t.i - 3 and end > 0 and toks[end - 1].is_lower and toks[end - 1].head.i == t.i \
                    and toks[end - 1].dep_ in ("amod", "compound"):
                end -= 1                            # "militant", "armed", "rebel"
            start = end
            while start > 0 and end - start < 6 and start - 1 not in covered and (
                    toks[start - 1].is_title and (toks[start - 1].pos_ == "PROPN" or start > 1 and not toks[start - 2].whitespace_)
                    or not toks[start - 1].whitespace_ and (
                    toks[start - 1].text in ("-", "–") or toks[start - 1].lower_ in roles["hyphen_particles"])):
                start -= 1
            while start < end and not toks[start].is_title:
                start += 1
            if start == end or toks[end - 1].text in ("-", "–") or not toks[end - 1].is_title \
                    or any(k in covered for k in range(start, end)) \
                    or any(x.lower_ in roles["titles"] for x in toks[start:end]):
                continue
            out.append((start, end, "ORG"))
            covered.update(range(start, end))
        return out

    @cached_property
    def _common_nouns(self) -> frozenset[str]:
        """Nouns NER may take for a name when they open a sentence ("Rockets fired from X struck
        Y"): weapons and the forces that use them."""
        return frozenset(load_relations()["attacked"].words("projectiles")) | frozenset(self.roles["agent_nouns"])

    def _common_noun(self, t) -> bool:
        low = t.lower_                              # (the tagger calls "Rockets" a name: its lemma is no help)
        return low in self._common_nouns or (low.endswith("s") and low[:-1] in self._common_nouns)

    def _headline_verb(self, start: int, end: int) -> int | None:
        """In a title-case headline, a trigger verb's third-person form NER ran into a name
        ("Russia Vetoes ...") right after a listed actor: its position."""
        if end - start < 3:
            return None
        from ..events import trigger_verbs          # (events imports this module)
        verbs = trigger_verbs()
        for k in range(start + 1, end - 1):
            low = self.tokens[k].lower_
            stems = (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],) if low.endswith("s") else ()
            if any(x in verbs for x in stems):
                hit = self.gaz.lookup(self._text(start, k))
                words = [t for t in self.sents[self.sent_of[k]] if t.is_alpha]
                if hit is not None and hit.kind != "person" and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
                    return k
                return None
        return None

    def _possessive_names(self) -> dict[int, tuple[int, int]]:
        """NER start -> (start, end) of two names joined by "'s" that the gazetteer knows as one listed
        group without it ("Islamic State's West Africa Province")."""
        ents, out = list(self.doc.ents), {}
        for a, b in zip(ents, ents[1:]):
            pos = a.end if b.start == a.end + 1 else a.end - 1 if b.start == a.end else None
            if pos is None or pos <= a.start or self.tokens[pos].tag_ != "POS":
                continue
            for k in range(a.start, pos):           # ("Fighters of Islamic State's": NER's span)
                hit = self.gaz.lookup(f"{self._text(k, pos)} {b.text}")
                if hit is not None and hit.kind in ("armed_group", "igo"):
                    out[a.start] = (k, b.end)
                    break
        return out

    def _document(self, start: int, end: int) -> bool:
        """'the Rio Protocol', 'the Minsk Agreement': a treaty or plan named for a place, no actor."""
        last = self.tokens[end - 1]
        return end - start > 1 and last.is_title and last.lower_ in self.roles["document_name_heads"] \
            and self.gaz.lookup(self._text(start, end)) is None

    def _facility_names(self) -> dict[int, int]:
        """NER start -> end of two names with no gap whose second ends in a capitalised
        facility noun ("Manda" + "Bay Airfield"): one facility NER cut in two."""
        ents, out = list(self.doc.ents), {}
        for a, b in zip(ents, ents[1:]):
            last = self.tokens[b.end - 1]
            if b.start == a.end and a.label_ in ("GPE", "LOC", "FAC", "ORG") and b.label_ != "DATE" \
                    and last.is_title and last.lower_ in self.roles["facility_nouns"]:
                out[a.start] = b.end
        return out

    def _known_left(self, start: int, end: int, covered: set[int]) -> int:
        """The start of a longer group or organisation name the gazetteer knows, ending where
        the entity ends, over capitalised words, hyphens and particles NER left out."""
        toks, best, a = self.tokens, start, start
        while a > 0 and start - a < 6 and a - 1 not in covered:
            p = toks[a - 1]
            if not (p.text in ("-", "–") or p.is_title or (p.lower_ in self.roles["hyphen_particles"] and not p.whitespace_)):
                break
            a -= 1
            if toks[a].is_title:
                hit = self.gaz.lookup(self._text(a, end))
                if hit is not None and hit.kind in ("armed_group", "igo"):
                    best = a
        return best

    def _seat_after_comma(self, start: int, end: int) -> int | None:
        """Where a seat of government NER ran into the name before it begins ("X, Downing
        Street", "Y, the Kremlin"): the token after the comma, else None."""
        comma = next((k for k in range(start + 1, end - 1) if self.tokens[k].text == ","), None)
        if comma is None:
            return None
        hit = self.gaz.lookup(self._text(comma + 1, end))
        return comma + 1 if hit is not None and hit.kind == "seat" else None

    def _known_right(self, start: int, end: int) -> int:
        """The end of a longer group or organisation name the gazetteer knows, over up to five
        words after the entity: capitalised words and the particles between them ("Islamic State"
        + "in the Greater Sahara", + "West Africa Province")."""
        toks = self.tokens
        for n in (5, 4, 3, 2, 1):
            words = toks[end:end + n]
            if end + n <= len(toks) and words[-1].is_title and all(
                    t.is_title or t.lower_ in _NAME_JOINERS for t in words):
                hit = self.gaz.lookup(self._text(start, end + n))
                if hit is not None and hit.kind in ("armed_group", "igo"):
                    return end + n
        return end

    def _whole_word(self, start: int, end: int, label: str, ent):
        """NER cut a hyphenated name ("Jaish" + "-e-Mohammed", "Lashkar-e-" + "Taiba"): the
        whole word is the name when the gazetteer knows it or a particle joins it."""
        toks = self.tokens
        a, b = start, end
        while a > 0 and not toks[a - 1].whitespace_ and b - a < 8 and a - 1 not in self.res.dateline and (
                toks[a - 1].text in ("-", "–") or toks[a].text in ("-", "–")):
            a -= 1
        while b < len(toks) and not toks[b - 1].whitespace_ and b - a < 8 and (
                toks[b].text in ("-", "–") or toks[b - 1].text in ("-", "–")):
            b += 1
        if (a, b) == (start, end) or not toks[a].is_title or not toks[b - 1].is_title:
            return start, end, label, ent
        hit = self.gaz.lookup(self._text(a, b))
        if (hit is None or hit.kind == "person") and not any(
                t.lower_ in self.roles["hyphen_particles"] for t in toks[a:b]):
            return start, end, label, ent
        return a, b, ("ORG" if label == "NORP" else label), self.doc[a:b]   # a group's own name

    @cached_property
    def _hedge_words(self) -> frozenset[str]:
        return load_table("factuality")["attribution_hedges"]

    @cached_property
    def _body_words(self) -> set[str]:
        """Words of a government body's name ("the Ministry of Foreign Affairs", "coast guard")."""
        return self.roles["government_words"] | self.roles["body_words"]

    def _names_place(self, start: int, end: int) -> bool:
        """A capitalised name right before a settlement or district noun ("Bakhmut city",
        "Dalori village") or after "the town of" names that place, whatever NER called it,
        unless the gazetteer knows it as something else ("the Kurdish region")."""
        toks = self.tokens
        if not all(t.is_title or not t.is_alpha or t.lower_ in self.roles["surname_words"] for t in toks[start:end]) \
                or not toks[start].is_alpha:
            return False                            # ("Mocimboa da Praia": a particle inside the name)
        heads = self.roles["place_name_heads"]
        after = end < len(toks) and toks[end].lower_ in heads and toks[end].is_lower \
            and toks[end - 1].head.i == end
        root = toks[end - 1]
        while root.head.i != root.i and start <= root.head.i < end:
            root = root.head
        of = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in heads \
            and root.head.head.i < start
        return (after or of) and self.gaz.lookup(self._text(start, end)) is None

    def _list_parts(self, start: int, end: int, label: str) -> list[tuple[int, int]]:
        """A span NER ran across a list ("Kharkiv, Odesa") is one name per item: split at
        commas after which the parse starts a conjunct (or anywhere, for places)."""
        parts, a = [], start
        for i in range(start, end):
            if self.tokens[i].text == "," and (label in ("GPE", "LOC", "FAC") or any(
                    t.dep_ == "conj" for t in self.tokens[i + 1:end])):
                parts.append((a, i))
                a = i + 1
        parts.append((a, end))
        parts = [(x, y) for x, y in parts if y > x]
        return [q for p in parts for q in self._hyphen_parts(*p)]

    def _hyphen_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        """"Russian-Syrian", "Indian-American": one state per hyphenated part, when each part
        is a state and the whole is no name of its own."""
        cuts = [i for i in range(start + 1, end - 1) if self.tokens[i].text == "-"]
        if not cuts or self.gaz.lookup(self._text(start, end)) is not None:
            return [(start, end)]
        bounds = list(zip([start] + [c + 1 for c in cuts], cuts + [end]))
        hits = [self.gaz.lookup(self._text(x, y)) for x, y in bounds]
        if all(h is not None and h.kind in ("country", "demonym") for h in hits):
            return bounds
        return [(start, end)]

    def _unlabelled_names(self, covered: set[int]) -> list[tuple[int, int, str]]:
        """Proper nouns NER left unlabelled in an argument slot ("Scholz called Zelensky"),
        outside headlines (title case throughout) and sentence openings."""
        out, toks, titles = [], self.tokens, self.roles["titles"]
        # surnames of full names NER found: "Pashinyan also met ..." opening a sentence is him
        # (and given names: "Abiy" after "Abiy Ahmed")
        surnames = {t.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in (e[0], e[-1])}
        for sent in self.sents:
            span = toks[sent.start:sent.end]
            if not any(t.pos_ == "PROPN" and t.i not in covered for t in span):
                continue
            words = [t for t in span if t.is_alpha]
            if not words or sum(t.text[:1].isupper() for t in words) > 0.6 * len(words) and not any(
                    t.is_lower and t.pos_ == "VERB" for t in words):
                continue                            # a headline (not "The Arakan Army seized Paletwa in January")
            for t in span:
                if t.i in covered or (t.pos_ != "PROPN" and not (t.pos_ == "NOUN" and t.text in surnames)) \
                        or not t.is_title or t.ent_type_ \
                        or t.dep_ not in _ARGUMENT_DEPS or (t.lower_ in titles and not self._named_title(t)) \
                        or t.lower_ in self.roles["non_state_agents"] or t.lower_ in self.roles["state_form_words"] \
                        or t.lower_ in self.roles["government_words"] or self._common_noun(t) \
                        or (t.i == sent.start and t.text not in surnames and not (t.dep_ == "nsubj" and t.tag_ != "NNPS" and (
                            t.head.i == t.i + 1 or any(c.dep_ == "conj" and c.ent_type_ in ("PERSON", "GPE", "ORG")
                                                       for c in t.children)))):   # "Rockets launched from"; "Modi and Putin held"
                    continue
                start = t.i
                while start - 1 >= sent.start and toks[start - 1].dep_ == "compound" \
                        and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_title \
                        and start - 1 not in covered and toks[start - 1].lower_ not in titles:
                    start -= 1
                start, end, _, _ = self._whole_word(start, t.i + 1, "UNLABELLED", None)   # "Jaish-e-Mohammed"
                if any(i in covered for i in range(start, end)):
                    continue
                out.append((start, end, "UNLABELLED"))
                covered.update(range(start, end))
        return out

    def _named_title(self, t) -> bool:
        """'the Galaxy Leader': a title word heading a proper name of its own (not 'Supreme Leader')."""
        mods = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1]
        return bool(mods) and mods[0].lower_ not in self.roles["titles"] \
            and f"{mods[0].lower_} {t.lower_}" not in self.roles["titles"] and not mods[0].ent_type_
