"""Candidate name spans: NER's, the gazetteer's, and capitalised names NER missed, cut at
headline verbs, list commas, hyphens and possessives."""
from __future__ import annotations

from functools import cached_property

from ...gazetteer.geonames import city_named
from ...lexicon import load_table
from .model import _NAME_SUFFIXES, NER_TYPES, is_hardware
from .span_edges import SpanEdges
from .unlabelled import UnlabelledNames


# function words that never end a name, though NER's span may ("the Contact Group at")
_TRAILING = frozenset(("at", "in", "on", "of", "for", "and", "the", "to", "by", "with", "from"))


class NameSpans(SpanEdges, UnlabelledNames):
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
        joined.update(self._of_names())                 # ("The Hashemite Kingdom of" + "Jordan")
        particled = self._particle_names()              # ("Autodefensas" + "del" + "Macizo")
        facilities = self._facility_names()
        acronymed = self._acronym_runs()
        for ent in doc.ents:
            start, end, label = ent.start, ent.end, ent.label_
            if start in acronymed and end <= acronymed[start][1]:
                (start, end), label = acronymed[start], "ORG"   # "Hayat Tahrir al-Sham (HTS)": one group
                ent = doc[start:end]
            while end - start > 1 and (self.tokens[end - 1].text in (",", ";") or (
                    self.tokens[end - 1].text in _TRAILING and self.tokens[end - 2].whitespace_)):   # (not "Jae-in")
                end -= 1                            # "Ganja,", "the Contact Group at": the name without them
                ent = doc[start:end]
            trim = end
            while trim - start > 1 and label != "PERSON" and self.tokens[trim - 1].is_lower \
                    and self.tokens[trim - 1].pos_ == "NOUN":
                trim -= 1
            hit = self.gaz.lookup(self._text(start, trim)) if trim < end else None
            if hit is not None and hit.kind in ("armed_group", "igo", "ngo"):
                end, ent = trim, doc[start:trim]    # "an LTTE sea (LOC) base": the listed group, then nouns
                # (never a place: "Hainan island" and "Anbar province" are the places' own names)
            if ent.start in particled:              # "Autodefensas" + "del" + "Macizo": one group
                start, end, label = particled[ent.start]
                ent = doc[start:end]
            if ent.start in joined:                 # "Islamic State's West Africa Province": one group
                start, end = joined[ent.start]
                ent = doc[start:end]
            if ent.start in facilities:             # "Manda" + "Bay Airfield": one facility's name
                end, label = facilities[ent.start], "FAC"
                ent = doc[start:end]
            while start < end and start in covered:
                start += 1
            if end < len(self.tokens) and self.tokens[end].is_lower and self.tokens[end - 1].head.i == end \
                    and self.tokens[end].lower_ in self.roles["group_name_nouns"]:
                end, label = end + 1, "ORG"         # "the Juárez cartel": a group, not the place
                ent = doc[ent.start:end]
            if label == "FAC" and self._before_group_noun(end):
                label = "ORG"                       # "the Viv Ansanm (FAC) gang alliance": a group's name
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
                if hit is not None and hit.kind in ("armed_group", "igo", "ngo", "country", "demonym"):
                    end += 1                        # "Islamic" (NORP) + "State": the group's name;
                    ent = doc[ent.start:end]        # "Sierra" (ORG) + "Leonean": the demonym
            if start < end:                         # (also a "person": "Reporters" + "Sans Frontières")
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
            if label == "PERSON" and end - start == 1 and start > 0 and toks[start - 1].lower_ in self.roles["peerage_styles"] \
                    and toks[start - 1].is_title and start - 1 not in covered:
                start -= 1                          # "Lord" + "Robertson": a peer's style is his name, not a title
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
                label in ("GPE", "LOC", "FAC", "ORG") and self.tokens[i].is_lower and (self.tokens[i].lower_ in ("in", "near")
                                                                         or self._state_then_place(start, i)))),
                None)                               # ("Azur in Damboa": two places; "Armenia on Ganja": a state and a place)
            if cut is None and label == "ORG" and not listed:
                cut = self._actor_before_document(start, end)   # "the RSF of the Jeddah Declaration"
            if cut is not None:                     # "Organization of Islamic Cooperation (OIC": the bracket
                if self._state_then_place(start, cut) and end - cut > 1:   # is an alias of its own (resolve_parentheticals)
                    out.append((cut + 1, end, "GPE"))   # "Ganja" after "Armenia on"
                    covered.update(range(cut, end))
                end = cut
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
            # (mid-sentence, a capitalised word NER labels is a name whatever its tag: "recaptured Mosul",
            # "shelled Bakhmut" tagged an adverb; for other than places, never a common noun ("COVID-19"),
            # a modifier ("the Bol military base": the facility's name) nor in a title-case headline)
            if label in NER_TYPES and (place or label == "NORP" or any(
                    t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1 and t.is_alpha) for t in ent)
                    or not doc[start].is_sent_start and all(t.is_title for t in doc[start:ent.end] if t.is_alpha)
                    and (label in ("GPE", "LOC") or not self._title_case(self.sent_of[start])
                         and not any(t.pos_ == "NOUN" for t in doc[start:ent.end])
                         and doc[ent.end - 1].dep_ not in ("amod", "compound", "nmod"))):
                for a, b in self._list_parts(start, ent.end, label):
                    out.append((a, b, label))
                covered.update(range(start, ent.end))
        i, toks = 0, self.tokens
        while i < len(toks):
            t = toks[i]
            # an acronym is looked up whatever its tag ("ECOWAS imposed" is tagged a verb)
            # (a name's first word the tagger took for a verb is looked up with the next: "Shining Path")
            verb = t.pos_ == "VERB" and i + 1 < len(toks) and toks[i + 1].is_title and toks[i + 1].pos_ == "PROPN"
            if i in covered or not (t.text[:1].isupper() and (
                    t.pos_ in ("PROPN", "ADJ", "NOUN") or verb or (t.is_upper and len(t.text) > 1 and t.is_alpha))):
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
                if j > len(toks) or any(k in covered for k in range(i, j)) or toks[j - 1].is_punct or (verb and n == 1):
                    continue                        # "Jaish-e-Mohammed"; never "Chibok." with its full stop)
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

    def _before_group_noun(self, end: int) -> bool:
        """A name right before a group noun it modifies, perhaps over lower-case modifiers."""
        toks, heads = self.tokens, self.roles["group_nouns"] | self.roles["unlabelled_group_heads"]
        last = toks[end - 1] if end else None
        for k in range(end, min(end + 3, len(toks))):
            if not toks[k].is_lower or toks[k].pos_ != "NOUN":
                return False
            if toks[k].lemma_ in heads and last.head.i in range(end, k + 1):
                return True
        return False

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

    def _document(self, start: int, end: int) -> bool:
        """'the Rio Protocol', 'the Minsk Agreement': a treaty or plan named for a place, no actor;
        'Operation Sindoor': a named act, no actor."""
        last = self.tokens[end - 1]
        if end - start > 1 and self.tokens[start].text in self.roles["named_act_heads"]:
            return True
        return end - start > 1 and last.is_title and last.lower_ in self.roles["document_name_heads"] \
            and self.gaz.lookup(self._text(start, end)) is None

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
