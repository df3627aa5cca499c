"""What entity resolution produces (actors, mentions, the resolved document) and the
small span helpers every stage of it uses."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...ids import slug
from ...records import Entity, Sentence

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "NORP": "Group",
             "LOC": "Location", "FAC": "Facility"}
GAZ_TYPES = {"country": "Country", "demonym": "Country", "seat": "Country", "city": "Location",
             "igo": "Organization", "ngo": "Organization", "armed_group": "Organization", "person": "Person"}
# A capital stands for its state when it acts: "Tehran said", "Moscow's decision".
_ACTING_DEPS = {"nsubj", "poss", "csubj"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_ARTICLES = {"the", "a", "an"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
_DESCRIPTION_WINDOW = 5000              # tokens: "the Israeli leader" names a person named within
_POSSESSIVE = {"'s", "’s", "'", "’"}
# Model designations of aircraft, vehicles and missiles ("F-16", "Mi-24", "Su-25", "S-300")
_MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,2}")


def is_hardware(toks, i: int, names) -> bool:
    """A make, model or designation of military craft or weapon ("Sukhoi", "Black Hawk",
    "Scuds", "F-16"), given the lexicon's hardware_names."""
    word = toks[i].lower_
    return word in names or (word.endswith("s") and word[:-1] in names) or (
        i + 1 < len(toks) and f"{word} {toks[i + 1].lower_}".rstrip("s") in names) \
        or bool(_MODEL_DESIGNATION.fullmatch(toks[i].text))


@dataclass
class Actor:
    key: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None          # the state a person holds office for
    group: str | None = None            # key of the organization a person leads ("TPLF leader X")
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

    def acting(self, key: str, in_person: bool = False) -> str:
        """A capital stands for its state in any role but a place attacked ("condemned Tehran");
        a spokesperson for the state or group they speak for ("Kremlin spokesman X condemned",
        "Houthi spokesman X denounced"); a group's spokesman who meets or phones (in_person) is himself."""
        group = None if in_person else self._group_spoken_for(key)
        if group:
            return group
        state = self._acts_for(key)
        return self.state_key(state) if state else key

    def acting_key(self, key: str) -> str:
        """The key acting() gives, without making the state's actor (for lookups only)."""
        group = self._group_spoken_for(key)
        if group:
            return group
        state = self._acts_for(key)
        return slug(state) if state else key

    def own_sides(self, keys) -> frozenset[str]:
        """The sides actors act for (acting_key), and a person's own state: whose acts they
        never condemn or judge ("President X condemned the attack" is not his state's)."""
        return frozenset(self.acting_key(k) for k in keys) | frozenset(
            slug(self.actors[k].country) for k in keys if self.actors[k].type == "Person" and self.actors[k].country)

    def _group_spoken_for(self, key: str) -> str | None:
        a = self.actors[key]
        return a.group if a.spokesperson and not a.country and a.group in self.actors else None

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


def settled_type(old: str, new: str) -> str:
    """An actor's type when a second mention types it: a clear Country, Organization or
    Person wins over the vaguer Location or Group (the gazetteer or a later mention knows
    better)."""
    return new if old in ("Location", "Group") and new in ("Country", "Organization", "Person") else old


def _sentence(span, doc_text: str | None = None) -> Sentence:
    """A sentence without the line breaks spaCy keeps at its end. `doc_text`: the doc's
    text, to slice instead of joining the span's tokens (the same string)."""
    start = span.start_char
    text = (span.text if doc_text is None else doc_text[start:span.end_char]).rstrip()
    return Sentence(start, start + len(text), text)


_NAME_SUFFIXES = ("jr", "sr")                  # "Joseph R. Biden, Jr."


def _name_words(name: str) -> list[str]:
    """A person's name without its generational suffix: "Joseph R. Biden, Jr." -> [Joseph, R., Biden]."""
    return [w.rstrip(",") for w in name.split() if w.lower().rstrip(".") not in _NAME_SUFFIXES]


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _clean_span(doc, start: int, end: int) -> tuple[int, int]:
    """Drop articles, leading numbers and marks ("15:05 Israel" in a live blog, "• Hamas"),
    possessive endings and a dangling "of" from a name span."""
    while start < end and (doc[start].lower_ in _ARTICLES or not any(c.isalpha() for c in doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].lower_ == "of") \
            or end - start > 1 and _MODEL_DESIGNATION.fullmatch(doc[end - 1].text):
        end -= 1                                    # ("a Russian Su-24": the state's, not a name)
    return start, end


def _strip_titles(doc, start: int, end: int, titles, is_state=lambda w: False) -> tuple[int, int, list[str]]:
    """'Jordanian King Abdullah' -> 'Abdullah', stripped ['jordanian', 'king']."""
    stripped = []
    while end - start > 1:
        two = f"{doc[start].lower_} {doc[start + 1].lower_}"
        if end - start > 3 and f"{two} {doc[start + 2].lower_}" in titles:   # "National Security Adviser"
            stripped.append(f"{two} {doc[start + 2].lower_}")
            start += 3
        elif end - start > 2 and two in titles:
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
