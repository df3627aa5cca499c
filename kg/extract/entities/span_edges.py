"""Where a name span begins and ends: NER's cuts and run-ons corrected with the gazetteer
(longer group names, hyphenated words, lists, seats of government, facilities)."""
from __future__ import annotations

from ...gazetteer.geonames import city_named

_NAME_JOINERS = ("in", "the", "of", "and", "for")    # lower-case words inside a group's name


class SpanEdges:
    """Methods of NameSpans that move a name span's edges."""

    def _bracketed_region(self, start: int, end: int) -> int | None:
        """Where a group's name ends when it runs on over "in" or "of" and a region to a bracketed
        acronym ("... Jihad in West Africa (MUJAO)"): the acronym names the whole, unless it
        is the initials of the name alone ("Allied Democratic Forces in Congo (ADF)")."""
        toks, i = self.tokens, end + 1
        if i >= len(toks) or toks[end].lower_ not in ("in", "of"):   # (also "Front of Masisi (FRPM)")
            return None
        i += toks[i].lower_ == "the"
        j = i
        while j < len(toks) and (toks[j].ent_type_ in ("GPE", "LOC") and (j == i or toks[j].ent_iob_ == "I")
                                 or not toks[j].ent_type_ and toks[j].pos_ == "PROPN" and toks[j].is_title):
            j += 1                                  # (a place NER left unlabelled: "Masisi")
        if j == i or j + 2 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")" \
                or not (toks[j + 1].is_upper and len(toks[j + 1].text) > 1) \
                or toks[j + 1].text == "".join(t.text[0] for t in toks[start:end] if t.text[:1].isupper()) \
                or toks[end].lower_ == "of" and toks[i].text[0] not in toks[j + 1].text:
            return None                             # (after "of", the acronym must hold the place's initial)
        return j

    def _acronym_runs(self) -> dict[int, tuple[int, int]]:
        """Token -> (start, end) of a name written out before its acronym (bracketed, or after
        ", or") whose capitalised words' initials the acronym is ("Hayat Tahrir al-Sham (HTS)",
        "Jama'at Nusrat al-Islam wal-Muslimin, or JNIM,"): one group's name, however NER cut it."""
        toks, out = self.tokens, {}
        particles = self.roles["hyphen_particles"] | self.roles["acronym_particles"]
        for i, t in enumerate(toks):
            n = i + 1 + (t.text == ",")             # the acronym's position
            if not (t.text == "(" and n + 1 < len(toks) and toks[n + 1].text == ")" or t.text == ","
                    and n < len(toks) and toks[i + 1].lower_ == "or") or not (
                    toks[n].is_upper and toks[n].is_alpha and len(toks[n].text) > 1):
                continue
            a = i
            while a > 0 and i - a < 10 and (toks[a - 1].text[:1].isupper() or toks[a - 1].text in ("-", "–")
                                            or toks[a - 1].lower_ in particles):
                a -= 1
            while a < i and not toks[a].text[:1].isupper():
                a += 1
            words = [w for w in toks[a:i] if w.text[:1].isupper() and w.lower_ not in particles]
            if len(words) < 2 or "".join(w.text[0] for w in words) != toks[n].text:
                continue
            if any(w.lower_ in particles for w in toks[a:i]):   # (only names NER may cut: Arabic particles)
                out.update({k: (a, i) for k in range(a, i)})
        return out

    def _state_then_place(self, start: int, i: int) -> bool:
        """'Armenia on Ganja' as one NER name: a state the gazetteer knows, then "on", "at" or
        "against" (never "Council on Foreign Relations": no state before it)."""
        if self.tokens[i].lower_ not in ("on", "at", "against"):
            return False
        hit = self.gaz.lookup(self._text(start, i))
        return hit is not None and hit.kind in ("country", "capital")

    def _actor_before_document(self, start: int, end: int) -> int | None:
        """'the Rapid Support Forces of the Jeddah Declaration of Commitment ...' as one NER name:
        the end of the listed actor before "of" when a treaty's or declaration's name follows."""
        heads = self.roles["document_name_heads"]
        for k in range(start + 1, end - 1):
            if self.tokens[k].lower_ != "of" or not any(t.is_title and t.lower_ in heads for t in self.tokens[k + 1:end]):
                continue
            hit = self.gaz.lookup(self._text(start, k))
            if hit is not None and hit.kind not in ("person", "city"):
                return k
        return None

    def _of_names(self) -> dict[int, tuple[int, int]]:
        """NER start -> (start, end) of two names joined by "of" that the gazetteer knows as one
        state or body ("The Hashemite Kingdom of" + "Jordan", "Kingdom" + "of" + "Saudi Arabia"),
        or by "and" as one state or region ("Jammu" + "and" + "Kashmir")."""
        ents, out = list(self.doc.ents), {}
        for a, b in zip(ents, ents[1:]):
            between = [t.lower_ for t in self.tokens[a.end:b.start]] + [t.lower_ for t in a if t.i >= a.end - 2 and t.is_lower]
            kinds = ("country", "igo", "ngo", "armed_group")
            if between == ["and"]:
                kinds = ("country", "city")          # (a list of two places stays two)
            elif "of" not in between or not all(w in ("of", "the") for w in between) or b.start - a.end > 2:
                continue
            hit = self.gaz.lookup(self._text(a.start, b.end))
            if hit is not None and hit.kind in kinds:
                out[a.start] = (a.start, b.end)
        return out

    def _particle_names(self) -> dict[int, tuple[int, int, str]]:
        """NER start -> (start, end, label) of a name that runs on over a Romance particle to
        another name or capitalised words, which NER split ("Autodefensas" (NORP) + "del" +
        "Macizo" (GPE), "Autodefensas" + "del" + "Sur"): one group's name, or one place's when
        both halves are places ("San Juan" + "del" + "Rio")."""
        toks, out, particles = self.tokens, {}, self.roles["name_joining_particles"]
        named = ("ORG", "NORP", "GPE", "LOC", "FAC")
        by_start = {e.start: e for e in self.doc.ents}
        for a in self.doc.ents:
            k = a.end
            while k < len(toks) and k - a.end < 2 and toks[k].lower_ in particles and toks[k].is_lower:
                k += 1
            if k == a.end or k >= len(toks) or toks[a.end].lower_ in ("la", "las", "los") or a.label_ not in named \
                    or not toks[a.end - 1].is_title or not toks[k].is_title or toks[k].pos_ != "PROPN":
                continue
            b = by_start.get(k)
            if b is not None and b.label_ not in named + ("PERSON",):
                continue
            end = b.end if b is not None else k
            while b is None and end < len(toks) and toks[end].is_title and toks[end].pos_ == "PROPN" and not toks[end].ent_type_:
                end += 1
            place = a.label_ in ("GPE", "LOC") and (b is None or b.label_ in ("GPE", "LOC"))
            out[a.start] = (a.start, end, a.label_ if place else "ORG")
        return out

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
                if hit is not None and hit.kind in ("armed_group", "igo", "ngo"):
                    out[a.start] = (k, b.end)
                    break
        return out

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
        the entity ends, over capitalised words, hyphens and particles NER left out, and the
        lower-case words inside names ("Peace and" + "Security Council": the AU's council)."""
        toks, best, a = self.tokens, start, start
        while a > 0 and start - a < 6 and a - 1 not in covered:
            p = toks[a - 1]
            if not (p.text in ("-", "–") or p.is_title or (p.lower_ in self.roles["hyphen_particles"] and not p.whitespace_)
                    or p.lower_ in _NAME_JOINERS and p.is_lower and a - 1 > 0 and toks[a - 2].is_title):
                break
            a -= 1
            if toks[a].is_title:
                hit = self.gaz.lookup(self._text(a, end))
                if hit is not None and hit.kind in ("armed_group", "igo", "ngo"):
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
                if hit is not None and hit.kind in ("armed_group", "igo", "ngo"):
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
        if (a, b) == (start, end) or not (toks[a].is_title or toks[a].is_upper) \
                or not (toks[b - 1].is_title or toks[b - 1].is_upper):
            return start, end, label, ent
        hit = self.gaz.lookup(self._text(a, b))
        acronyms = all(t.text in ("-", "–") or (t.is_upper and t.is_alpha) for t in toks[a:b])   # "CSP-DPA"
        if (hit is None or hit.kind == "person") and not acronyms and not any(
                t.lower_ in self.roles["hyphen_particles"] for t in toks[a:b]):
            return start, end, label, ent
        return a, b, ("ORG" if label == "NORP" else label), self.doc[a:b]   # a group's own name

    def _list_parts(self, start: int, end: int, label: str) -> list[tuple[int, int]]:
        """A span NER ran across a list ("Kharkiv, Odesa", "Kharkiv and Odesa") is one name per
        item: split at commas after which the parse starts a conjunct (or anywhere, for places),
        and for places at "and" between capitalised words, unless the whole is one name the
        gazetteer knows ("Bosnia and Herzegovina")."""
        parts, a, toks = [], start, self.tokens
        place = label in ("GPE", "LOC", "FAC")
        ands = [i for i in range(start + 1, end - 1) if toks[i].lower_ == "and" and toks[i - 1].is_title
                and toks[i + 1].is_title]
        if ands and (self.gaz.lookup(self._text(start, end)) is not None or not (place or all(
                self._known_place(x, y) for x, y in zip([start] + [i + 1 for i in ands], ands + [end])))):
            ands = []                               # ("Bosnia and Herzegovina"; "Kharkiv and Odesa" as ORG: split)
        for i in range(start, end):
            if (toks[i].text == "," and (place or any(t.dep_ == "conj" for t in toks[i + 1:end]))) or i in ands:
                parts.append((a, i))
                a = i + 1
        parts.append((a, end))
        parts = [(x, y) for x, y in parts if y > x]
        return [q for p in parts for q in self._hyphen_parts(*p)]

    def _known_place(self, start: int, end: int) -> bool:
        hit = self.gaz.lookup(self._text(start, end))
        return (hit is not None and hit.kind in ("country", "capital", "city")) or city_named(self._text(start, end))

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
