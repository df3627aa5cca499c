"""Entity resolution: NER spans, gazetteer hits, pronouns and role descriptions of one
document become one actor per real-world entity, each token mapped to its actor."""
from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import cached_property

from ..ids import slug
from ..lexicon import load_table
from ..records import Entity, Sentence
from ..gazetteer import Gazetteer, load_gazetteer

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "NORP": "Group",
             "LOC": "Location", "FAC": "Facility"}
GAZ_TYPES = {"country": "Country", "demonym": "Country", "seat": "Country", "city": "Location",
             "igo": "Organization", "armed_group": "Organization", "person": "Person"}
# A capital stands for its state when it acts: "Tehran said", "Moscow's decision".
_ACTING_DEPS = {"nsubj", "poss", "csubj"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_ARTICLES = {"the", "a", "an"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
_DESCRIPTION_WINDOW = 5000              # tokens: "the Israeli leader" names a person named within
_POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass
class Actor:
    key: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None          # the state a person holds office for
    roles: set[str] = field(default_factory=set)
    known_place: bool = False           # the gazetteer or NER (LOC, FAC) says it is a place, not an actor
    capital_of: str | None = None       # the state this capital city stands for when it acts
    listed_as: str | None = None        # its gazetteer kind (armed_group, igo, ...), None for NER-only names
    spokesperson: bool = False          # speaks for its state: acts as the state (GUIDELINES, Clarification 1)


@dataclass
class Mention:
    start: int                          # token span [start, end)
    end: int
    key: str
    kind: str                           # name | demonym | capital | body | pronoun | description


@dataclass
class Resolved:
    sentences: list[Sentence]
    actors: dict[str, Actor] = field(default_factory=dict)
    token_key: dict[int, str] = field(default_factory=dict)
    token_kind: dict[int, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    dateline: set[int] = field(default_factory=set)     # tokens of wire datelines
    home_state: str | None = None       # name of the state whose unnamed ministries speak (_Builder.home_state)
    plural: dict[int, list[str]] = field(default_factory=dict)  # "they" -> each conjunct of its antecedent
    # The doc's tokens and text, made once: spaCy builds a new Token per index or
    # iteration, and Doc.text joins every token anew.
    tokens: list = field(default_factory=list, repr=False, compare=False)
    text: str = field(default="", repr=False, compare=False)

    def key_at(self, i: int) -> str | None:
        return self.token_key.get(i)

    def kind_at(self, i: int) -> str | None:
        return self.token_kind.get(i)

    def acting(self, key: str) -> str:
        """A capital stands for its state in any role but a place attacked ("condemned Tehran");
        a spokesperson for the state they speak for ("Kremlin spokesman X condemned")."""
        state = self._acts_for(key)
        return self.state_key(state) if state else key

    def acting_key(self, key: str) -> str:
        """The key acting() gives, without making the state's actor (for lookups only)."""
        state = self._acts_for(key)
        return slug(state) if state else key

    def _acts_for(self, key: str) -> str | None:
        a = self.actors[key]
        if a.spokesperson:
            return a.country or self.home_state
        return a.capital_of

    def state_key(self, country: str) -> str:
        """The actor of a state by name, made when the text has not named it yet."""
        key = slug(country)
        if key not in self.actors:
            self.actors[key] = Actor(key=key, name=country, type="Country")
        return key

    def add_mention(self, m: Mention) -> None:
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.token_key[i] = m.key
            self.token_kind[i] = m.kind

    def entity_records(self, used: set[str] | None = None) -> tuple[Entity, ...]:
        keys = sorted(self.actors if used is None else used & self.actors.keys())
        out = []
        for k in keys:
            a = self.actors[k]
            aliases = tuple(sorted(x for x in a.aliases if x != a.name))
            out.append(Entity(key=a.key, name=a.name, type=a.type, aliases=aliases))
        return tuple(out)


def _sentence(span, doc_text: str | None = None) -> Sentence:
    """A sentence without the line breaks spaCy keeps at its end. `doc_text`: the doc's
    text, to slice instead of joining the span's tokens (the same string)."""
    start = span.start_char
    text = (span.text if doc_text is None else doc_text[start:span.end_char]).rstrip()
    return Sentence(start, start + len(text), text)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _clean_span(doc, start: int, end: int) -> tuple[int, int]:
    """Drop articles, possessive endings and a dangling "of" from a name span."""
    while start < end and doc[start].lower_ in _ARTICLES:
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].lower_ == "of"):
        end -= 1
    return start, end


def _strip_titles(doc, start: int, end: int, titles, is_state=lambda w: False) -> tuple[int, int, list[str]]:
    """'Jordanian King Abdullah' -> 'Abdullah', stripped ['jordanian', 'king']."""
    stripped = []
    while end - start > 1:
        two = f"{doc[start].lower_} {doc[start + 1].lower_}"
        if end - start > 2 and two in titles:
            stripped.append(two)
            start += 2
        elif doc[start].lower_ in titles or doc[start].ent_type_ in ("GPE", "NORP") or (
                end - start > 2 and doc[start + 1].lower_ in titles and is_state(doc[start].text)):
            stripped.append(doc[start].lower_)
            start += 1
        else:
            break
    return start, end, stripped


def clause_verb(tok):
    """The nearest verb above tok (the root when there is none)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


class _Builder:
    def __init__(self, doc, gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.roles = load_table("roles")
        self.roles_factuality = load_table("factuality")
        self._possessive_joins: dict[int, tuple[int, int]] = {}
        self.tokens = list(doc)         # spaCy makes a new Token object per index or iteration: once
        self.text = "".join(t.text_with_ws for t in self.tokens)   # Doc.text, without new Tokens
        self.sents = sents = list(doc.sents)
        sentences = [_sentence(s, self.text) for s in sents]
        self.res = Resolved(sentences=[x for x in sentences if x.text],   # (blank ones rstrip to "")
                            tokens=self.tokens, text=self.text)
        self.sent_of = {}
        for si, s in enumerate(sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = si

    def _text(self, i: int, j: int) -> str:
        """doc[i:j].text without making a Span."""
        last = self.tokens[j - 1]
        return self.text[self.tokens[i].idx:last.idx + len(last.text)]

    # -- actors -------------------------------------------------------------
    def actor(self, name: str, type_: str, country: str | None = None) -> Actor:
        key = slug(name)
        a = self.res.actors.get(key)
        if a is None:
            a = self.res.actors[key] = Actor(key=key, name=name, type=type_, country=country)
        elif a.type in ("Location", "Group") and type_ in ("Country", "Organization", "Person"):
            a.type = type_              # the gazetteer or a later clear mention knows better
        return a

    # -- names --------------------------------------------------------------
    def datelines(self) -> set[int]:
        """Tokens of wire datelines that open an article or paragraph ("BRUSSELS (Reuters) -",
        "KYIV, Ukraine —", "Gaza, Sep 4 (IANS)", "BEIRUT Israel struck"): places of filing,
        never actors."""
        doc, out = self.doc, set()
        starts = [0] + [t.i + 1 for t in self.tokens if "\n" in t.text_with_ws and t.i + 1 < len(doc)]
        dashes = self.roles["dateline_dashes"]
        for p in starts:
            while p < len(doc) and doc[p].is_space:
                p += 1
            end = None
            for j in range(p, min(len(doc), p + 14)):
                t = doc[j]
                if t.text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper():
                    initials = "".join(w.text[0] for w in doc[p:j] if w.text[:1].isupper())
                    # "(Reuters)", but not a name's own short form: "The Gulf Cooperation Council (GCC)"
                    end = None if doc[j + 1].text.upper() in (initials, initials[1:]) else j + 3
                    break
                if t.text in dashes and j > p:
                    upper = doc[p].is_alpha and doc[p].text.isupper() and len(doc[p]) > 1
                    # "KYIV, Ukraine —"; "Naypyidaw: The military ..." (a known place and a colon)
                    place = t.text == ":" and j - p <= 3 and self.gaz.lookup(doc[p:j].text) is not None
                    end = j + 1 if upper or place else None
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
                    and self.gaz.lookup(doc[p:j].text) is not None:
                out.update(range(p, j))
        return out

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
            if a.type == "Organization" and name and set(name) <= words and set(name) & self.roles["government_words"]:
                first = next((m for m in self.res.mentions if m.key == a.key), None)
                armed = set(name) & forces and first is not None     # "Army shelling kills 25 in Syrian town"
                state = self._state_after(a.key) or (self.res.state_key(
                    self._state_of_places(self.tokens[first.start]) or army_home) if armed and army_home else None) \
                    or (self.res.state_key(home) if home else None)
                if state and state != a.key:
                    self.merge(a, self.res.actors[state])
        if army_home is None:
            return
        for tok in self.tokens:
            # "The army said it had recaptured X", "government forces shelled Y": the article's
            # state's forces (GUIDELINES, Clarification 2); "the troops" alone may be anyone's
            if tok.i in self.res.token_key or tok.pos_ != "NOUN" or tok.lower_ not in forces:
                continue
            mods = [c for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss", "nmod")]
            government = any(c.lower_ in self.roles["home_force_modifiers"] and c.dep_ in ("compound", "amod")
                             for c in mods) and not any(self.res.key_at(c.i) for c in mods)
            bare = [c for c in mods if not (c.dep_ == "det" and c.lower_ == "the")] == []   # "the army", "army shelling"
            if government or (bare and tok.lower_ not in self.roles["foreign_prone_forces"]):
                state = self._state_of_places(tok) or army_home
                self.res.add_mention(Mention(tok.i, tok.i + 1, self.res.state_key(state), "body"))

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
        forces": Congo's forces, whatever the dateline)."""
        sent = self.sents[self.sent_of[tok.i]]
        for t in sent:
            k = self.res.key_at(t.i)
            a = self.res.actors.get(k) if k else None
            if a is not None and a.type == "Location" and a.country:
                return a.country
            place = t.head if t.dep_ in ("amod", "compound", "poss") else t   # "in the Syrian town of X"
            if a is not None and a.type == "Country" and place.dep_ == "pobj" \
                    and place.head.lower_ in ("in", "inside", "across"):
                return a.name
        return None

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

    def home_state(self) -> str | None:
        """The name of the state an article is about, for "the foreign ministry said" with no
        state named: the dateline's state, else a state that is the subject of the lead
        sentence. Its actor is made only where it is used."""
        places = [self.gaz.lookup(self.doc[i].text) for i in sorted(self.res.dateline)]
        for hit in places:
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
        for ent in doc.ents:
            start, end, label = ent.start, ent.end, ent.label_
            if ent.start in joined:                 # "Islamic State's West Africa Province": one group
                start, end = joined[ent.start]
                ent = doc[start:end]
            while start < end and start in covered:
                start += 1
            if start < end and end < len(self.tokens) and self.tokens[end].pos_ == "PROPN" and label != "PERSON":
                hit = self.gaz.lookup(self._text(start, end + 1))
                if hit is not None and hit.kind in ("armed_group", "igo"):
                    end += 1                        # "Islamic" (NORP) + "State": the group's name
                    ent = doc[ent.start:end]
            while label == "PERSON" and end < len(self.tokens) and self.tokens[end].pos_ == "PROPN" \
                    and self.tokens[end].text[:1].isupper() and not self.tokens[end].ent_type_ \
                    and self.tokens[end - 1].head.i == end and self.tokens[end - 1].dep_ == "compound":
                end += 1                            # "Shah Mehmood" + "Qureshi": the name NER cut short
                ent = doc[ent.start:end]
            verb = self._headline_verb(start, end)
            if verb is not None:                    # "Russia Vetoes Security Council Resolution": two
                out.append((start, verb, "GAZ"))    # names around a headline's verb
                covered.update(range(start, verb + 1))
                start = verb + 1
            if start < end:
                start, end, label, ent = self._whole_word(start, end, label, ent)
            cut = next((i for i in range(start + 1, end) if self.tokens[i].text == "(" or (
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
            if start >= ent.end or ent.text in skip or doc[start:ent.end].text in skip \
                    or doc[start].lower_ in self.roles["disaster_words"] \
                    or (ent.end - start == 1 and doc[start].lower_ in self.roles["non_state_agents"]):
                continue                            # "Hurricane Ian struck Florida", "Jihadists attacked": no actor
            # a capitalised common noun ("Strikes" opening a sentence) is no name
            # (an acronym the tagger calls a noun, "ISIS", is a name)
            if end - start > 1 and end + 1 < len(self.tokens) and self.tokens[end - 1].is_lower \
                    and self.tokens[end - 1].lower_ in self.roles["place_name_heads"] \
                    and self.tokens[end].lower_ == "of" and self.tokens[end + 1].pos_ == "PROPN":
                end -= 1                            # "the Black Sea port of Odesa": the port is Odesa
                ent = doc[ent.start:end]
            if all(t.is_lower and t.lower_ in self._body_words for t in doc[start:end]) \
                    or all(t.lower_ in self.roles["state_form_words"] for t in doc[start:end]):
                continue                            # "China's coast guard", "the Kingdom": no name of their own
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
            for n in (4, 3, 2, 1):
                j = i + n
                if j > len(toks) or any(k in covered for k in range(i, j)):
                    continue
                hit = self.gaz.lookup(self._text(i, j))
                if hit is not None and hit.kind != "person":
                    out.append((i, j, "GAZ"))
                    covered.update(range(i, j))
                    i = j - 1
                    break
            i += 1
        out += self._unlabelled_names(covered)
        return sorted(out)

    def _headline_verb(self, start: int, end: int) -> int | None:
        """In a title-case headline, a trigger verb's third-person form NER ran into a name
        ("Russia Vetoes ...") right after a listed actor: its position."""
        if end - start < 3:
            return None
        from .events import trigger_verbs          # (events imports this module)
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
    def _body_words(self) -> set[str]:
        """Words of a government body's name ("the Ministry of Foreign Affairs", "coast guard")."""
        return self.roles["government_words"] | self.roles["body_words"]

    def _names_place(self, start: int, end: int) -> bool:
        """A capitalised name right before a settlement or district noun ("Bakhmut city",
        "Dalori village") or after "the town of" names that place, whatever NER called it,
        unless the gazetteer knows it as something else ("the Kurdish region")."""
        toks = self.tokens
        if not all(t.is_title or not t.is_alpha for t in toks[start:end]) or not toks[start].is_alpha:
            return False
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
        surnames = {e[-1].text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for sent in self.sents:
            span = toks[sent.start:sent.end]
            if not any(t.pos_ == "PROPN" and t.i not in covered for t in span):
                continue
            words = [t for t in span if t.is_alpha]
            if not words or sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
                continue
            for t in span:
                if t.i in covered or t.pos_ != "PROPN" or not t.is_title or t.ent_type_ \
                        or t.dep_ not in _ARGUMENT_DEPS or (t.lower_ in titles and not self._named_title(t)) \
                        or t.lower_ in self.roles["non_state_agents"] or t.lower_ in self.roles["state_form_words"] \
                        or (t.i == sent.start and t.text not in surnames and not (t.dep_ == "nsubj" and t.tag_ != "NNPS" and (
                            t.head.i == t.i + 1 or any(c.dep_ == "conj" and c.ent_type_ in ("PERSON", "GPE", "ORG")
                                                       for c in t.children)))):   # "Rockets launched from"; "Modi and Putin held"
                    continue
                start = t.i
                while start - 1 >= sent.start and toks[start - 1].dep_ == "compound" \
                        and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_title \
                        and start - 1 not in covered and toks[start - 1].lower_ not in titles:
                    start -= 1
                out.append((start, t.i + 1, "UNLABELLED"))
                covered.update(range(start, t.i + 1))
        return out

    def _named_title(self, t) -> bool:
        """'the Galaxy Leader': a title word heading a proper name of its own (not 'Supreme Leader')."""
        mods = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1]
        return bool(mods) and mods[0].lower_ not in self.roles["titles"] \
            and f"{mods[0].lower_} {t.lower_}" not in self.roles["titles"] and not mods[0].ent_type_

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
            if label == "ORG" and doc[end - 1].lower_ in titles and all(
                    t.lower_ in titles or t.lower_ in self._body_words or t.lower_ in _ARTICLES for t in doc[start:end - 1]):
                continue                            # "the High Representative": an office, not a body
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
            if hit is None and start in joined:     # "Islamic State's West Africa Province"
                text = _norm(" ".join(t.text for t in doc[start:end] if t.tag_ != "POS"))
                hit = self._lookup(text)
            if hit is None and end < len(doc) and doc[end].lemma_.lower() in self.roles["named_event_nouns"]:
                continue                            # "the Keen Sword drills": an event's own name
            if label == "PERSON" and (hit is None or hit.kind == "person" or self._leader_of(text, hit)):
                persons.append((start, end, text, stripped))
            else:
                others.append((start, end, text, label, hit))
        surnames = {self._bare_surname(p[2].split()[-1]) for p in persons if p[1] - p[0] > 1}
        given = {p[2].split()[0] for p in persons if p[1] - p[0] > 1}    # "Meles" after "Meles Zenawi"
        for start, end, text, label, hit in others:
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

    def _state_body(self, start: int, end: int) -> str | None:
        """'Government of Sudan', "Sudan's Ministry of Foreign Affairs" -> Sudan."""
        words = {t.lower_ for t in self.doc[start:end]}
        if end - start < 2 or not words & self.roles["government_words"]:
            return None
        if self.tokens[end - 1].lower_ in self.roles["government_words"] and start >= 2 \
                and self.tokens[start - 1].text in _POSSESSIVE:
            # "Lebanon's Higher Defence Council": a body its state owns acts for the state
            owner = self.res.key_at(start - 2)
            if owner and self.res.actors[owner].type == "Country":
                return self.res.actors[owner].name
        body = self._body_words | _ARTICLES | _POSSESSIVE
        for i in range(start, end):
            for j in range(min(end, i + 3), i, -1):
                hit = self.gaz.lookup(self.doc[i:j].text)
                if hit is not None and hit.kind in ("country", "demonym"):
                    # "the Sudanese Armed Forces" is Sudan; "the Syrian Democratic Forces" a group of its own
                    rest = {t.lower_ for t in self.tokens[start:i] + self.tokens[j:end]}
                    return hit.country or hit.name if rest <= body else None
        return None

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
                if sum(c.isupper() for c in short.text) < 2:
                    continue
                if known is None:
                    self.res.actors[m.key].aliases.add(short.text)
                    self.res.add_mention(Mention(e + 1, e + 2, m.key, "name"))
                elif known != m.key and known in self.res.actors and m.key in self.res.actors \
                        and self.res.actors[known].type == self.res.actors[m.key].type == "Organization" \
                        and short.text[0] == self.doc[m.start].text[0]:
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
                c.dep_ == "amod" and c.text.istitle() and self.res.key_at(c.i) is None))]
            if not mods or tok.lower_ in self.roles["place_name_heads"] and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.i in self.res.token_key
                                                                  for p in c.children) for c in tok.children):
                continue                            # "the Black Sea port of Odesa" is Odesa
            start = min(t.i for m in mods for t in m.subtree)
            while start < tok.i and not doc[start].text[:1].isupper():
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
        forms = {}
        for a in self.res.actors.values():
            for alias in a.aliases | {a.name}:
                if any(c.isupper() for c in alias):
                    forms.setdefault(tuple(alias.split()), a.key)
        toks = self.tokens
        for tok in toks:
            if tok.i in self.res.token_key or not tok.text[:1].isupper():
                continue
            for n in (3, 2, 1):
                words = tuple(t.text for t in toks[tok.i:tok.i + n])
                if len(words) == n and words in forms and not any(
                        k in self.res.token_key for k in range(tok.i, tok.i + n)):
                    self.res.add_mention(Mention(tok.i, tok.i + n, forms[words], "name"))
                    break

    def _acting(self, tok) -> bool:
        """A capital in an acting slot stands for its state: the subject, a possessor, the
        'by' phrase ("raids by Canberra, Ottawa and Oslo"), or a conjunct of one."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.i > 0 and self.doc[tok.i - 1].lower_ in self.roles["place_nouns"]:
            return False                            # "the Liberian capital Monrovia": named as a place
        return tok.dep_ in _ACTING_DEPS or self._heads_agent_noun(tok) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "by")

    def _phrase_dep(self, m: Mention) -> str:
        """The dependency of a mention's phrase: a demonym heading a state's agent noun
        takes the noun's ("the Israeli army said it struck": a subject)."""
        root = self.doc[m.start:m.end].root
        return root.head.dep_ if self._heads_agent_noun(root) else root.dep_

    def _heads_agent_noun(self, tok) -> bool:
        """'Chinese jets', 'the Philippine coast guard' (a two-word agent noun)."""
        if tok.dep_ not in ("compound", "amod", "poss"):
            return False
        head, nouns = tok.head, self.roles["agent_nouns"]
        return head.lemma_.lower() in nouns or any(
            c.dep_ == "compound" and c.i != tok.i and f"{c.lower_} {head.lemma_.lower()}" in nouns for c in head.children)

    def resolve_persons(self, persons) -> None:
        """Full names make the actors; a lone surname or given name joins the full name."""
        full = sorted((p for p in persons if p[1] - p[0] > 1), key=lambda p: -(p[1] - p[0]))
        clusters: list[tuple[list[str], Actor]] = []
        for start, end, text, stripped in full:
            toks = text.split()
            for names, a in clusters:
                if toks[-1] == names[-1] and (toks[0] == names[0] or len(toks) < len(names)):
                    break
            else:
                a = self.actor(self.gaz.canonical(text, "person"), "Person")
                clusters.append((toks, a))
            a.aliases.add(text)
            self.person_mention(start, end, a, stripped)
        bare = self._bare_surname
        for start, end, text, stripped in persons:
            if end - start > 1:
                continue
            # "Burhan" is "Abdel Fattah al-Burhan"
            match = [a for names, a in clusters if bare(text) == bare(names[-1])] or \
                    [a for names, a in clusters if text in names]
            a = match[0] if len(match) >= 1 else self.actor(text, "Person")
            if not match:
                clusters.append(([text], a))
            a.aliases.add(text)
            self.person_mention(start, end, a, stripped)

    @cached_property
    def _long_titles(self) -> list[list[str]]:
        """Titles of three words or more ("secretary of state", "head of state"), longest first."""
        titles = {t for t in (*self.roles["titles"], *self.roles["person_roles"]) if len(t.split()) > 2}
        return sorted((t.split() for t in titles), key=len, reverse=True)

    def _title_ending_at(self, i: int) -> tuple[str, int] | None:
        """The title of several words whose last token is token i, and its first token."""
        for words in self._long_titles:
            first = i - len(words) + 1
            if first >= 0 and [t.lower_ for t in self.tokens[first:i + 1]] == words:
                return " ".join(words), first
        return None

    def _bare_surname(self, name: str) -> str:
        """A surname without its article particle: "al-Burhan" -> "burhan"."""
        low = name.lower()
        for p in self.roles["name_particles"]:
            if low.startswith(p) and len(low) > len(p) + 1:
                return low[len(p):]
        return low

    def _portfolio(self, start: int, end: int) -> bool:
        """A minister's or secretary's portfolio, with or without its state ("Home Minister",
        "[Indian External Affairs] Minister"): words of a body's name before an office word."""
        toks, offices = self.tokens, self.roles["office_words"]
        last = toks[end - 1].lower_ in offices
        if not last and not (end < len(toks) and toks[end].lower_ in offices and toks[end].is_title):
            return False
        words = toks[start:end - 1] if last else toks[start:end]
        if words and self._is_state(words[0].text):
            words = words[1:]
        return bool(words) and all(t.lower_ in self._body_words for t in words)

    def _is_state(self, word: str) -> bool:
        hit = self.gaz.lookup(word)
        return hit is not None and hit.kind in ("country", "demonym")

    def person_mention(self, start: int, end: int, a: Actor, stripped: list[str]) -> None:
        self.res.add_mention(Mention(start, end, a.key, "name"))
        head = self.doc[start:end].root
        for title in stripped:
            if title in self.roles["titles"]:
                a.roles.add(title)
            elif a.country is None and self._is_state(title):   # "Kenyan President Ruto"
                hit = self.gaz.lookup(title)
                a.country = hit.country or hit.name
        # "US President Joe Biden": the modifiers before the name say whose office it is.
        for child in head.children:
            if child.i < start and child.dep_ in ("compound", "amod", "nmod"):
                if child.lower_ in self.roles["titles"]:
                    a.roles.add(child.lower_)
        i = start - 1          # "Kenyan President Ruto", "US Defense Secretary X": the office's state
        while i >= 0 and a.country is None:
            long = self._title_ending_at(i)     # "US Secretary of State X": a title of several words
            if long:
                a.roles.add(long[0])
                i = long[1] - 1
            elif self.tokens[i].lower_ in self.roles["titles"] or self.res.key_at(i):
                self._set_country(a, self.tokens[i])
                i -= 1
            else:
                break
        # "Jordan's foreign ministry spokesman X", "Kremlin spokesman X": a spokesperson's office
        # and state, through the government words of the title
        office = self._body_words | {"'s", "’s"}
        i, spokes = start - 1, self.roles["spokesperson_titles"]
        while i >= 0 and (self.tokens[i].lower_ in office or self.tokens[i].lower_ in spokes or self.res.key_at(i)):
            tok = self.tokens[i]
            if tok.lower_ in spokes:
                a.roles.add(tok.lower_)
            k = self.res.key_at(i)
            if k and a.country is None and self.res.actors[k].type == "Country":
                a.country = self.res.actors[k].name
            i -= 1
        if a.country is None:
            a.country = self.gaz.country_of(a.name)

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

    def merge(self, a: Actor, into: Actor) -> None:
        into.aliases |= a.aliases | {a.name}
        into.roles |= a.roles
        del self.res.actors[a.key]
        for m in self.res.mentions:
            if m.key == a.key:
                m.key = into.key
        for i, k in list(self.res.token_key.items()):
            if k == a.key:
                self.res.token_key[i] = into.key

    # -- pronouns and descriptions -------------------------------------------
    def resolve_affiliations(self) -> None:
        """People whose office the text names: 'Israel's prime minister, X', 'the Israeli
        leader, X', 'US President X'."""
        for m in self.res.mentions:
            a = self.res.actors[m.key]
            if a.type != "Person":
                continue
            head = self.doc[m.start:m.end].root
            partner = head.head if head.dep_ == "appos" else None
            for tok in list(head.children) + ([partner] if partner is not None else []):
                self._set_country(a, tok)
                if tok.dep_ != "appos" and tok is not partner:
                    continue
                for sub in tok.subtree:              # the appositive names the office
                    if tok.dep_ == "appos":
                        self._set_country(a, sub)
                    if sub.lower_ in self.roles["person_roles"] or sub.lower_ in self.roles["spokesperson_titles"]:
                        a.roles.add(sub.lower_)     # ("X, spokesperson for Y": speaks for Y's state)

    def _set_country(self, person: Actor, tok) -> None:
        k = self.res.key_at(tok.i)
        if k and self.res.actors[k].type == "Country" and person.country is None:
            person.country = self.res.actors[k].name

    def resolve_descriptions(self) -> None:
        doc, roles = self.doc, self.roles["person_roles"]
        for tok in self.tokens:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            role, width = tok.lower_, 1
            prev = doc[tok.i - 1] if tok.i else None
            if prev is not None and f"{prev.lower_} {role}" in roles:
                role = f"{prev.lower_} {role}"
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
            if key:
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
            want = kinds.get(tok.lemma_.lower())
            if want is None or tok.i in self.res.token_key or tok.tag_ != "NNS" or not any(
                    (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
                    for c in tok.children):
                continue
            sent = self.sent_of[tok.i]
            start = self.sents[sent - 1].start if sent > 0 else self.sents[sent].start
            keys = next((keys for _, keys in self._named_groups_before(tok, start)
                         if len(keys) == 2 and all(self.res.actors[k].type == want for k in keys)), None)
            if keys:
                self.res.add_mention(Mention(tok.i, tok.i + 1, keys[0], "description"))
                self.res.plural[tok.i] = keys

    def resolve_group_descriptions(self) -> None:
        """'the Houthi rebels' ... 'the rebels': a definite agent noun names the actor last seen
        modifying it; 'the group' names the last organisation mentioned."""
        agent_nouns, group_nouns = self.roles["agent_nouns"], self.roles["group_nouns"]
        fighters, epithets = self.roles["non_state_agents"], self.roles["group_epithets"]
        bodies = self.roles["alliance_nouns"]
        nouns = agent_nouns | group_nouns | bodies | fighters
        seen: dict[str, str] = {}
        last_org = last_armed = last_igo = None
        igo_names: dict[str, int] = {}              # "the bloc": the body named most so far, not the last
        for tok in self.tokens:
            k = self.res.key_at(tok.i)
            if k and self.res.actors[k].type == "Organization" and self.res.kind_at(tok.i) == "name":
                last_org = k
                last_armed = k if self.res.actors[k].listed_as == "armed_group" else last_armed
                if self.res.actors[k].listed_as == "igo" and (tok.i == 0 or self.res.key_at(tok.i - 1) != k):
                    igo_names[k] = igo_names.get(k, 0) + 1   # (ties: the one named first, the topic)
                    last_igo = max(igo_names, key=igo_names.__getitem__)
            lemma = tok.lemma_.lower()
            if k or tok.pos_ != "NOUN" or lemma not in nouns:
                continue
            owner = next((self.res.key_at(c.i) for c in tok.children
                          if c.dep_ in ("compound", "amod", "poss", "nmod") and self.res.key_at(c.i)), None)
            if owner:
                seen[lemma] = owner
                continue
            # "the militant group", "the rebels"; never "the rival group" or "the militants in Z"
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                    c.dep_ in ("prep", "acl", "relcl") or (c.dep_ in ("amod", "compound") and c.lower_ not in epithets
                                                           and c.lower_ not in self.roles["affiliation_participles"])
                    for c in tok.children):
                continue
            key = seen.get(lemma) or (last_armed if lemma in fighters else None) \
                or (last_org if lemma in group_nouns else None) or (last_igo if lemma in bodies else None)
            if key:
                self.res.add_mention(Mention(tok.i, tok.i + 1, key, "description"))

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
            if t.pos_ in ("VERB", "AUX") or t.text in (".", ";"):
                break
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
            if a.type != "Person" or (country and a.country != country):
                continue
            score = (2 if country else 0) + (1 if role in a.roles or any(role.endswith(r) for r in a.roles) else 0)
            if not score:
                continue
            rank = (-score, 0 if m.start < tok.i else 1, abs(tok.i - m.start))
            if best_rank is None or rank < best_rank:
                best, best_rank = a.key, rank
        return best

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

    def resolve_pronouns(self) -> None:
        doc = self.doc
        person_p, other_p = self.roles["person_pronouns"], self.roles["other_pronouns"]
        by_start = sorted((m for m in self.res.mentions), key=lambda m: m.start)
        starts = [m.start for m in by_start]
        for tok in self.tokens:
            if tok.pos_ != "PRON" or tok.i in self.res.token_key:
                continue
            low = tok.lower_
            if low not in person_p and low not in other_p:
                continue
            want_person = low in person_p
            if low in self.roles["plural_pronouns"] and self._plural_subject(tok):
                continue
            m = self._coordinated_owner(tok, want_person) or self._controller(tok, want_person) \
                or self._relative_head(tok, want_person) or self._antecedent(tok, want_person, by_start, starts)
            if m is None:
                continue
            self.res.add_mention(Mention(tok.i, tok.i + 1, m.key, "pronoun"))
            if low in self.roles["plural_pronouns"]:
                # "Mali and Burkina Faso said they refused": every conjunct of the antecedent
                head = self.doc[m.start:m.end].root
                group = [self.res.key_at(c.i) for c in head.conjuncts if self.res.key_at(c.i)]
                if group:
                    self.res.plural[tok.i] = [m.key] + [k for k in group if k != m.key]

    def _plural_subject(self, tok) -> bool:
        """'Erdogan and Biden held their first phone call', 'X and Y said they ...': a plural
        pronoun whose clause has coordinated named subjects is all of them."""
        keys = self._subject_group(tok) or (self._pair_before(tok) if tok.dep_ == "poss" else [])
        if not keys:
            return False
        self.res.add_mention(Mention(tok.i, tok.i + 1, keys[0], "pronoun"))
        self.res.plural[tok.i] = keys
        return True

    def _keys_of(self, toks) -> list[str]:
        keys = (self.res.plural.get(t.i) or [self.res.key_at(t.i)] for t in toks)
        return list(dict.fromkeys(k for ks in keys for k in ks if k))

    def _subject_group(self, tok) -> list[str]:
        """The named subjects of the pronoun's clause, when two or more (the parser may give
        the pair two subjects)."""
        subjects = [c for c in clause_verb(tok).children if c.dep_ in ("nsubj", "nsubjpass")]
        keys = self._keys_of([t for s in subjects for t in [s, *s.conjuncts]])
        return keys if len(keys) >= 2 else []

    def _pair_before(self, tok) -> list[str]:
        """'... with Japan and the United States to oppose their moves': the nearest named pair
        of states or bodies (of people, only as a subject) before a possessive "their"."""
        for t, keys in self._named_groups_before(tok, self.sents[self.sent_of[tok.i]].start):
            if len(keys) >= 2 and all(c.i < tok.i for c in t.conjuncts) and (t.dep_ in ("nsubj", "nsubjpass") or all(
                    self.res.actors[k].type != "Person" for k in keys)):
                return keys
        return []

    def _named_groups_before(self, tok, start: int):
        """(head, keys) of each named coordination from tok back to token `start`, nearest first."""
        for i in range(tok.i - 1, start - 1, -1):
            t = self.tokens[i]
            if t.dep_ != "conj" and self.res.key_at(i):
                yield t, self._keys_of([t, *t.conjuncts])

    def _coordinated_owner(self, tok, want_person: bool) -> Mention | None:
        """'attacks against Israel and its population': a possessive on a conjunct is the name
        it is coordinated with."""
        head = tok.head
        if tok.dep_ != "poss" or head.dep_ != "conj":
            return None
        k = self.res.key_at(head.head.i)
        if k and (self.res.actors[k].type == "Person") == want_person:
            return Mention(head.head.i, head.head.i + 1, k, "name")
        return None

    def _controller(self, tok, want_person: bool) -> Mention | None:
        """'Iraq urged Turkey to end its raids': a pronoun in a clause that an object-control
        verb governs refers to that verb's object, the one who is to act."""
        verb = clause_verb(tok)
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in self.roles["object_control_verbs"]:
            return None
        gov = verb.head
        objs = [c for c in gov.children if c.dep_ == "dobj"] + [
            p for c in gov.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children if p.dep_ == "pobj"]
        for o in objs:
            k = self.res.key_at(o.i)
            if k and (self.res.actors[k].type == "Person") == want_person:
                return Mention(o.i, o.i + 1, k, "name")
        return None

    def _relative_head(self, tok, want_person: bool) -> Mention | None:
        """'Ukraine, which relied on US support in its fight': a possessive in a relative clause
        whose subject is 'which' or 'who' refers to the noun the clause describes."""
        if tok.dep_ != "poss":
            return None
        verb = clause_verb(tok)
        while verb.dep_ in ("xcomp", "conj", "advcl", "prep", "pcomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                                           for c in verb.children):
            return None
        head = verb.head
        k = self.res.key_at(head.i)
        if k and (self.res.actors[k].type == "Person") == want_person:
            return Mention(head.i, head.i + 1, k, "name")
        return None

    def resolve_speakers(self) -> None:
        """'"We condemn the raid," said foreign ministry spokesman Lee': a "we" in quoted
        speech is the state or group the speaker speaks for (GUIDELINES, Clarification 1).
        A named leader's "we" stays unresolved: the triple would belong to the person, and
        measured on held-out gold, resolving it to the person added only false positives."""
        first, single = self.roles["first_person_plural"], self.roles["first_person_singular"]
        sents = self.sents
        quoted = self._quoted()
        for tok in self.tokens:
            if tok.i in self.res.token_key or tok.lower_ not in first | single or tok.pos_ != "PRON" \
                    or tok.i not in quoted:
                continue
            si = self.sent_of[tok.i]
            for s in (si, si + 1, si - 1):
                key = (self._speaker(sents[s], tok, person=tok.lower_ in single)) if 0 <= s < len(sents) else None
                if key:
                    self.res.add_mention(Mention(tok.i, tok.i + 1, key, "pronoun"))
                    break

    def _quoted(self) -> set[int]:
        """Tokens inside quotation marks (a paragraph break closes an open quote)."""
        inside, out = False, set()
        for tok in self.tokens:
            text = tok.text                         # (a new string per read)
            if text in ('"', "“", "”", "''", "``") or "\n\n" in text:
                inside = (text in ('"', "''", "``") and not inside) or text == "“"
                continue
            if inside:
                out.add(tok.i)
        return out

    def _speaker(self, sent, pronoun, person: bool = False) -> str | None:
        """The state or group a report verb's subject speaks for: an organisation or state
        itself, or a spokesperson's state; for "I" (person), the named person who speaks."""
        report = self.roles_factuality["report_verbs"]
        for verb in sent:
            if verb.lemma_.lower() not in report or verb.pos_ != "VERB" or verb.i == pronoun.i:
                continue
            for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.i != pronoun.i):
                if person:                          # "U.N. Special Envoy for Somalia Nicholas Kay said"
                    named = [k for k in (self.res.key_at(t.i) for t in subj.subtree)
                             if k and self.res.actors[k].type == "Person"]
                    if named:
                        return named[-1]
                key = self.res.key_at(subj.i) or next(
                    (self.res.key_at(c.i) for c in subj.children
                     if c.dep_ in ("appos", "compound", "poss", "amod") and self.res.key_at(c.i)), None)
                if key is None:
                    continue
                if person:
                    return None                     # (no person in the subject: searched above)
                a = self.res.actors[key]
                if a.type != "Person":
                    return key
                if a.roles & self.roles["spokesperson_titles"] or subj.lower_ in self.roles["spokesperson_titles"]:
                    state = a.country or next((self.res.actors[k].name for k in
                                               (self.res.key_at(t.i) for t in subj.subtree)
                                               if k and self.res.actors[k].type == "Country"), None)
                    return self.res.state_key(state) if state else None
                return None
        return None

    def _antecedent(self, tok, want_person: bool, mentions, starts) -> Mention | None:
        """Subjects first (in this sentence before the pronoun, then earlier sentences),
        then the nearest fitting mention; `mentions` sorted by start, `starts` theirs."""
        si = self.sent_of[tok.i]
        lo = bisect_left(starts, self.sents[max(0, si - 3)].start)
        fits = []
        for m in mentions[lo:bisect_left(starts, tok.i)]:
            a = self.res.actors.get(m.key)
            if a is None:
                continue
            is_person = a.type == "Person"
            if is_person != want_person or a.type in ("Location", "Facility"):
                continue
            if not want_person and m.kind == "demonym" and self.doc[m.start].dep_ == "amod" \
                    and not self._heads_agent_noun(self.doc[m.start]):
                continue                            # "the Lebanese group" is no antecedent of "it"
            fits.append(m)
        if not fits:
            return None
        for s in range(si, si - 4, -1):
            subj = [m for m in fits if self.sent_of[m.start] == s and self._phrase_dep(m) in _SUBJECT_DEPS]
            if subj:
                return subj[0] if s == si else subj[-1]
        return fits[-1]


def resolve_entities(doc, gaz: Gazetteer | None = None, carry: dict | None = None) -> Resolved:
    """`carry`: state kept across the sections of one long article (kg.corpus.sections):
    the article's state, found in its first section's dateline or lead."""
    b = _Builder(doc, gaz or load_gazetteer())
    b.resolve_names()
    b.resolve_place_forms()
    b.res.home_state = carry["home_state"] if carry and "home_state" in carry else b.home_state()
    if carry is not None:
        carry["home_state"] = b.res.home_state
    b.resolve_home_bodies()
    b.resolve_affiliations()
    b.resolve_descriptions()
    b.resolve_pair_descriptions()
    b.resolve_group_descriptions()
    b.resolve_pronouns()
    b.resolve_speakers()
    spokes = b.roles["spokesperson_titles"]
    for a in b.res.actors.values():
        a.spokesperson = a.type == "Person" and bool(a.roles & spokes)
    return b.res
