"""The article's own state: datelines, and bodies and forces named without their state
("the foreign ministry said", "government troops")."""
from __future__ import annotations

import re

from ...gazetteer.geonames import DOMINANT, load_geonames
from .model import Mention

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?", re.I)
_CLOCK = {"am", "pm", "a.m.", "p.m.", "hrs", "local", "time"}


# the state of a story with no dateline: mentioned at least this often, and this many times all others
HOME_MIN_MENTIONS, HOME_MARGIN = 2, 2
# words of a sentence that no place of filing has ("Port of Spain" is a place NER knows)
_PROSE_WORDS = frozenset(("of", "the", "for", "and", "in", "on", "by", "with", "to", "from", "at", "against"))


def dateline_tokens(doc, tokens, roles, gaz) -> set[int]:
    """Tokens of wire datelines that open an article or paragraph ("BRUSSELS (Reuters) -",
    "KYIV, Ukraine —", "Gaza, Sep 4 (IANS)", "BEIRUT Israel struck"): places of filing,
    never actors."""
    out = set()
    starts = [0] + [t.i + 1 for t in tokens if "\n" in t.text_with_ws and t.i + 1 < len(doc)]
    dashes = roles["dateline_dashes"]
    for p in starts:
        while p < len(doc) and doc[p].is_space:
            p += 1
        end = None
        for j in range(p, min(len(doc), p + 14)):
            t = doc[j]
            if t.text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper():
                initials = "".join(w.text[0] for w in doc[p:j] if w.text[:1].isupper())
                # "(Reuters)", but not a name's own short form: "The Gulf Cooperation Council (GCC)",
                # nor one in another language's order after words no dateline has ("Rebels of the
                # United Front for Change (FUC)"): a place of filing and a date, nothing else
                prose = any(w.lower_ in _PROSE_WORDS and w.is_lower and w.ent_type_ not in ("GPE", "LOC", "DATE")
                            for w in doc[p:j])
                end = None if prose or doc[j + 1].text.upper() in (initials, initials[1:]) else j + 3
                break
            if t.text in dashes and j > p and (t.text != "-" or doc[j - 1].whitespace_ or t.whitespace_):
                # (a dash inside a word is a name's: "ISIS-K claimed ...")
                upper = doc[p].is_alpha and doc[p].text.isupper() and len(doc[p]) > 1
                # "KYIV, Ukraine —"; "Naypyidaw: The military ..." (a known place and a colon)
                place = t.text == ":" and j - p <= 3 and gaz.lookup(doc[p:j].text) is not None
                comma = next((k for k in range(p + 1, j) if doc[k].text == ","), None)
                # a press release's "Addis Ababa, 2 April 2015:": a known place, then a date
                place = place or (comma is not None and comma - p <= 3 and j - comma > 1
                                  and gaz.lookup(doc[p:comma].text) is not None
                                  and all(w.ent_type_ == "DATE" for w in doc[comma + 1:j]))
                # a live blog's time stamp: "09:15 IST -", "17:30 GMT –", "9.40am -", "Aug. 27, 09:10 ET —"
                q = p
                while q < j and (doc[q].ent_type_ == "DATE" or doc[q].text == ","):
                    q += 1
                stamp = q < j and _TIME.fullmatch(doc[q].text) is not None and all(
                    w.text in roles["not_actors"] or w.lower_ in _CLOCK for w in doc[q + 1:j])
                end = j + 1 if upper or place or stamp else None
                break
            if t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?", '"', "“") or "\n" in t.text:
                break
        if end is not None:
            if end < len(doc) and doc[end].text in dashes:
                end += 1
            out.update(range(p, end))
            continue
        j = p                                                 # "BEIRUT Israel struck"
        while j < len(doc) and doc[j].is_alpha and doc[j].text.isupper() and len(doc[j]) > 2:
            j += 1
        if j > p and j < len(doc) and doc[j].text[:1].isupper() and not doc[j].text.isupper() \
                and gaz.lookup(doc[p:j].text) is not None:
            out.update(range(p, j))
    return out


def town_state(name: str) -> str | None:
    """The state of a town the actor gazetteer does not know ("Gwoza", "Celaya"): GeoNames'
    most populous place of that main name, when it dwarfs its namesakes elsewhere."""
    geo = load_geonames()
    main = [p for is_main, p in geo.candidates(name) if is_main]
    if not main or len(main) > 1 and main[0].population < DOMINANT * max(1, main[1].population) \
            and main[1].country != main[0].country:
        return None
    state = geo.by_iso2.get(main[0].country)
    return state.name if state else None


class HomeState:
    """Methods of the resolver (kg.extract.entities.builder) about the article's own state."""

    def datelines(self) -> set[int]:
        """Tokens of wire datelines (dateline_tokens)."""
        return dateline_tokens(self.doc, self.tokens, self.roles, self.gaz)

    def resolve_home_bodies(self) -> None:
        """'The Defence Ministry said': a government body named without its state is the
        state named right after it, else the article's state (GUIDELINES: a government body
        acting for its state is the state)."""
        home = self.res.home_state
        words = self._body_words
        forces = self.roles["home_forces"]
        army_home = self._forces_home(home)
        for a in list(self.res.actors.values()):
            name = a.name.lower().replace("the ", "").split()
            unit = a.type == "Organization" and self._military_unit(name, a.key)
            if unit or a.type == "Organization" and name and set(name) <= words and set(name) & self.roles["government_words"]:
                first = next((m for m in self.res.mentions if m.key == a.key), None)
                # "Army shelling kills 25 in Syrian town"; "troops of the 18th Brigade"
                armed = (unit or set(name) & forces) and first is not None
                state = (self._state_owning(first) if first is not None else None) \
                    or self._state_after(a.key) or (self.res.state_key(
                    self._state_of_places(self.tokens[first.start]) or army_home) if armed and army_home else None) \
                    or (self._state_before(first.start) if first is not None else None) \
                    or (self.res.state_key(home) if home else None)
                if state and state != a.key:
                    for p in self.res.actors.values():    # "Foreign Ministry spokesman X": speaks for it
                        if p.type == "Person" and p.group == a.key and not p.country and p.roles & self.roles["spokesperson_titles"]:
                            p.country = self.res.actors[state].name
                    self.merge(a, self.res.actors[state])
        if army_home is None:
            return
        named: dict[str, list[tuple[int, str]]] = {}   # force noun -> (position, state) where a state owns it
        for tok in self.tokens:
            if tok.pos_ == "NOUN" and tok.lower_ in forces:     # ("Sudan's army chief": on the head too)
                for c in list(tok.children) + (list(tok.head.children) if tok.dep_ == "compound" else []):
                    k = self.res.key_at(c.i) if c.dep_ in ("poss", "amod", "compound") else None
                    if k and self.res.actors[k].type == "Country":
                        named.setdefault(tok.lower_, []).append((tok.i, k))
        for tok in self.tokens:
            # "The army said it had recaptured X", "government forces shelled Y": the article's
            # state's forces (GUIDELINES, Clarification 2); "the troops" alone may be anyone's
            if tok.i in self.res.token_key or tok.lower_ not in forces or not self._force_word(tok):
                continue
            mods = [c for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss", "nmod")]
            government = any(c.lower_ in self.roles["home_force_modifiers"] and c.dep_ in ("compound", "amod")
                             for c in mods) and not any(self.res.key_at(c.i) for c in mods)
            bare = [c for c in mods if not (c.dep_ == "det" and c.lower_ == "the")] == []   # "the army", "army shelling"
            if tok.dep_ == "compound" and any(self.res.key_at(c.i) for c in tok.head.children
                                              if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i):
                continue                            # "an Israeli army patrol": the state named with it
            # "Colombian soldiers and police": a bare conjunct shares the state named on the first
            shared = self._state_modifier(tok.head) if not mods and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" \
                else None
            if shared:
                self.res.add_mention(Mention(tok.i, tok.i + 1, self.res.state_key(shared), "body"))
            elif government or (bare and tok.lower_ not in self.roles["foreign_prone_forces"]):
                # "Sudan's army chief ... the army has carried out air strikes": the army named before
                before = [k for i, k in named.get(tok.lower_, []) if i < tok.i] if bare else []
                state = self._state_of_places(tok) or (self.res.actors[before[-1]].name if before else army_home)
                self.res.add_mention(Mention(tok.i, tok.i + 1, self.res.state_key(state), "body"))

    def _force_word(self, tok) -> bool:
        """A force word used as a noun: also one the tagger read as an adjective ("a
        gendarmerie outpost", but never "a military operation") or a capitalised compound
        ("an Army patrol")."""
        return tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.dep_ == "amod"
                                      and tok.lower_ not in self.roles["adjective_forces"]) \
            or (tok.pos_ == "PROPN" and tok.dep_ == "compound")

    def _military_unit(self, name: list[str], key: str) -> bool:
        """'the 18th Brigade', 'the 4th Infantry Division', 'Third Army': a numbered unit of a
        state's forces (a rebel front or a named brigade, "the al-Qassam Brigades", is none).
        The number may stand outside the name NER found ("18th" + "Brigade")."""
        units = self.roles["military_units"]
        if not name or name[-1] not in units:
            return False
        if len(name) == 1 or _ORDINAL.fullmatch(name[0]) is None:
            first = next((m for m in self.res.mentions if m.key == key), None)
            if first is None or first.start == 0 or _ORDINAL.fullmatch(self.tokens[first.start - 1].lower_) is None:
                return False
            name = [self.tokens[first.start - 1].lower_] + name
        return all(w in self.roles["unit_modifiers"] or w in self._body_words for w in name[1:-1])

    def _forces_home(self, home: str | None) -> str | None:
        """Whose army "the army" is when no place says: the article's state, unless the story
        names other states and never it ("BEIRUT - ... army shelling in the Syrian town of X":
        a regional bureau), then the state it names most."""
        counts: dict[str, int] = {}
        for m in self.res.mentions:
            a = self.res.actors.get(m.key)
            if a is not None and a.type == "Country" and m.start not in self.res.dateline:
                counts[a.name] = counts.get(a.name, 0) + 1
        if home is None or not counts or home in counts:
            return home
        return max(counts, key=lambda n: (counts[n], n))

    def _state_of_places(self, tok) -> str | None:
        """The state whose places the sentence names ("peacekeepers in Goma backing government
        forces": Congo's forces, whatever the dateline), the place nearest the forces first
        ("its negotiators in Havana, after a bomb killed police cadets in Bogota": Colombia's)."""
        sent = self.sents[self.sent_of[tok.i]]
        found = []                                  # (distance, position, state)
        for t in sent:
            k = self.res.key_at(t.i)
            a = self.res.actors.get(k) if k else None
            if a is not None and a.type == "Location" and a.country:
                found.append((abs(t.i - tok.i), t.i, a.country))
                continue
            place = t.head if t.dep_ in ("amod", "compound", "poss") else t   # "in the Syrian town of X"
            if a is not None and a.type == "Country" and place.dep_ == "pobj" \
                    and place.head.lower_ in ("in", "inside", "across", "into"):
                found.append((abs(t.i - tok.i), t.i, a.name))
        return min(found)[2] if found else None

    def _state_owning(self, m) -> str | None:
        """"Iraq's Revolutionary Command Council", "the Iraqi council": the state the body's
        own name phrase names (before the article's state or one merely near it)."""
        state = self._state_modifier(self.doc[m.start:m.end].root)
        return self.res.state_key(state) if state else None

    def _state_before(self, i: int) -> str | None:
        """'Tehran reacted within hours. The Foreign Ministry said ...': the state that is the
        subject of the sentence right before the body's first mention."""
        si = self.sent_of[i]
        if si == 0 or any(self.res.key_at(t.i) for t in self.tokens[self.sents[si].start:i] if t.pos_ == "PROPN"):
            return None                             # (a name before the body in its sentence: not a lead-in)
        before = self.sents[si - 1]
        keys = [self.res.key_at(t.i) for t in self.tokens[before.start:before.end]
                if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        return next((k for k in keys if k and self.res.actors[k].type == "Country"), None)

    def _state_after(self, key: str) -> str | None:
        """'the Ministry of Foreign Affairs of the Republic of Turkey': the state named right after."""
        for m in self.res.mentions:
            if m.key != key:
                continue
            for i in range(m.end, min(m.end + 3, len(self.tokens))):
                k = self.res.key_at(i)
                if k and self.res.actors[k].type == "Country":
                    return k
                if self.tokens[i].lower_ not in ("of", "the"):
                    break
        return None

    def _dateline_places(self) -> list:
        """Gazetteer hits of the dateline's words, in order, the longest name first at each
        word ("ADDIS ABABA", "NEW DELHI", "BUENOS AIRES, Argentina")."""
        marks, hits, i = sorted(self.res.dateline), [], 0
        while i < len(marks):
            for n in range(min(4, len(marks) - i), 0, -1):
                run = marks[i:i + n]
                if run[-1] - run[0] != n - 1:
                    continue                        # words of one name are adjacent
                hit = self.gaz.lookup(self.doc[run[0]:run[-1] + 1].text)
                if hit is not None or n == 1:
                    hits.append(hit)
                    break
            i += n
        return hits

    def home_state(self) -> str | None:
        """The name of the state an article is about, for "the foreign ministry said" with no
        state named: the dateline's state, else a state that is the subject of the lead
        sentence. Its actor is made only where it is used."""
        for hit in self._dateline_places():
            if hit is not None and hit.kind in ("capital", "city", "country"):
                return hit.country or hit.name
        sents = self.sents
        lead = next((s for s in sents if s.root.pos_ in ("VERB", "AUX")), None)
        if lead is None:
            return None
        for c in lead.root.children:
            if c.dep_ != "nsubj":
                continue
            # "Israel struck ...", "Israeli jets struck ...": the subject or its demonym
            for t in [c] + [m for m in c.children if m.dep_ in ("amod", "compound")]:
                k = self.res.key_at(t.i)
                if k and self.res.actors[k].type == "Country":
                    return self.res.actors[k].name
        # "Twenty-five people were killed in army shelling in the Syrian town of X": a lead naming one state
        lead_states = {self.res.actors[k].name for k in (self.res.key_at(t.i) for t in lead)
                       if k and self.res.actors[k].type == "Country"}
        if len(lead_states) == 1:
            return lead_states.pop()
        return self._state_of_the_story()

    def _states_named(self) -> dict[str, int]:
        """State -> mentions of it and of its places (GeoNames over the actor gazetteer's
        namesake), outside datelines."""
        counts: dict[str, int] = {}
        towns: dict[str, str | None] = {}
        for m in self.res.mentions:
            a = self.res.actors.get(m.key)
            if a is None or m.start in self.res.dateline:
                continue
            state = a.name if a.type == "Country" else None
            if a.type == "Location":
                if a.key not in towns:
                    towns[a.key] = town_state(a.name) or a.country
                state = towns[a.key]
            if state:
                counts[state] = counts.get(state, 0) + 1
        return counts

    def _state_of_the_story(self) -> str | None:
        """A country's own news names no dateline and leads with a group or a person
        ("Gunmen attacked the police headquarters in Tsafe"): the state whose places and
        name the story mentions most, when it leads all others together by a clear margin."""
        counts = self._states_named()
        ranked = sorted(counts.values(), reverse=True) + [0]
        if ranked[0] < HOME_MIN_MENTIONS or ranked[0] < HOME_MARGIN * sum(ranked[1:]):
            return None
        return max(counts, key=lambda n: (counts[n], n))
