"""Where: the place an event happened ("strikes in Z", "an attack near Z"), distinct from
its target, and the GeoNames links of the document's states and places
(kg.gazetteer.geonames), decided with the countries the text and the document give."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..gazetteer import load_gazetteer
from ..gazetteer.geonames import load_geonames
from ..records import Entity, Event, Link

PLACE_PREPS = ("in", "near", "outside", "inside", "around", "at")
PLACE_TYPES = ("Location", "Country")
# The text calls the place a region ("Khost province", "Gaza Strip", "the Luhansk and
# Zaporizhzhia regions"): the city of that name would be a wrong link.
REGION_WORDS = {"province", "region", "state", "governorate", "oblast", "district", "strip",
                "territory", "county", "prefecture", "island", "bank", "valley", "peninsula"}


def _place_key(pobj, res, exclude: set[str]) -> tuple[str, int] | None:
    """The most specific place named in a prepositional object ("in Ukraine's Kharkiv
    region" -> Kharkiv): a Location before a Country, then the first in the text."""
    best = None
    for t in pobj.subtree:
        k = res.key_at(t.i)
        if not k or k in exclude or k not in res.actors:
            continue
        a = res.actors[k]
        if a.type not in PLACE_TYPES and not a.known_place:
            continue
        rank = (a.type != "Location", t.i)
        if best is None or rank < best[0]:
            best = (rank, k, t.i)
    return (best[1], best[2]) if best else None


def place_events(doc, res, events: list[Event], light_verbs=()) -> list[Event]:
    by_char = {t.idx: t for t in res.tokens or doc}
    out = []
    for ev in events:
        tok = by_char.get(ev.trigger_start)
        found = None
        if tok is not None:
            heads = [tok]
            if tok.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() in light_verbs:
                heads.append(tok.head)                  # "launched strikes in Z"
            if ev.relation == "attacked":               # "struck positions in Z", "hit a convoy near Z"
                heads += [c for c in tok.children if c.dep_ == "dobj"]
            for head in heads:
                for prep in head.children:
                    if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                        continue
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and (hit := _place_key(pobj, res, {ev.target, ev.agent})):
                            found = (prep, hit)
                            break
                    if found:
                        break
                if found:
                    break
        if found is None:
            out.append(ev)
            continue
        prep, (key, i) = found
        end = i + 1
        while end < len(doc) and res.key_at(end) == key:
            end += 1
        out.append(replace(ev, place=key, place_text=doc[prep.i:end].text))
    return out


def _text_countries(doc, res, key: str, mentions=None) -> list[str]:
    """States the text ties to a place mention: "Tripoli, Lebanon", "Lebanon's Tripoli".
    `mentions`: those of `key` (default: found among all of res.mentions)."""
    out = []
    for m in (res.mentions if mentions is None else mentions):
        if m.key != key:
            continue
        near = []
        if m.end + 1 < len(doc) and doc[m.end].text == ",":
            near.append(m.end + 1)
        if m.start >= 2 and doc[m.start - 1].text in ("'s", "\u2019s"):
            near.append(m.start - 2)
        for i in near:
            k = res.key_at(i)
            if k and k in res.actors and res.actors[k].type == "Country":
                out.append(res.actors[k].name)
    return out


_REGION_PATTERN = r"(?:['\u2019]s)?\s+(?:and\s+[A-Z][\w-]+\s+)?(?:{words})s?\b".format(
    words="|".join(sorted(REGION_WORDS)))
_CONNECTOR = re.compile(r"(?:['\u2019]s)?\s+(?:and\s+[A-Z][\w-]+\s+)?", re.I)


def _named_region(text: str, name: str) -> bool:
    """`text` calls `name` a region: "Gaza Strip", "Kharkiv region", "X and Y regions"."""
    return re.search(rf"\b{re.escape(name)}{_REGION_PATTERN}", text, re.I) is not None


def _fold(s: str) -> str:
    """Equal for two strings re.I takes as equal (ASCII by lower case; every other
    character, and i, k, s, which re.I also matches to non-ASCII letters, as '?')."""
    return "".join(c.lower() if c.isascii() and c.lower() not in "iks" else "?" for c in s)


class _RegionNames:
    """_named_region(text, name) for many names, without a search of the whole text per
    name: the text is read once for its region words and the places a name would have to
    end for the pattern to reach one (name, 's, spaces, "and Y", spaces); a name is then
    looked up among the text that ends there, and each candidate checked with the pattern
    itself, so the answers are the same."""

    def __init__(self, text: str):
        self.text = text
        space = max(map(len, re.findall(r"\s+", text)), default=0)   # (no match objects)
        word = max(map(len, re.findall(r"[\w-]+", text)), default=0)
        reach = 5 + 3 * space + word                # the longest text between a name and its region word
        self.ends: dict[int, int] = {}              # where a name may end -> end of the region word
        words = "|".join(sorted(REGION_WORDS))
        for r in re.finditer(rf"\b(?:{words})s?\b", text, re.I):
            for e in range(max(0, r.start() - reach), r.start()):
                if (text[e].isspace() or text[e] in "'\u2019") and _CONNECTOR.fullmatch(text, e, r.start()):
                    self.ends[e] = max(self.ends.get(e, 0), r.end())
        self.by_length: dict[int, dict[str, list[int]]] = {}

    def __call__(self, name: str) -> bool:
        n, text = len(name), self.text
        if n not in self.by_length:
            keys: dict[str, list[int]] = {}
            for e in self.ends:
                if e >= n:
                    keys.setdefault(_fold(text[e - n:e]), []).append(e)
            self.by_length[n] = keys
        pattern = re.compile(rf"\b{re.escape(name)}{_REGION_PATTERN}", re.I)
        return any(pattern.match(text, e - n, self.ends[e]) for e in self.by_length[n].get(_fold(name), ()))


def _region(doc, res, e: Entity, named=None, mentions=None) -> bool:
    """A name or mention the text marks as a region, not a city (REGION_WORDS). `named`:
    a _RegionNames of doc.text, `mentions`: those of e.key, when the caller has them at
    hand (a long article has many places: each must not rescan it all)."""
    if any(n.split()[-1].lower() in REGION_WORDS for n in (e.name, *e.aliases) if n.split()):
        return True
    if named is None:
        text = doc.text
        named = lambda name: _named_region(text, name)  # noqa: E731
    if any(named(n) for n in (e.name, *e.aliases)):     # anywhere in the document: "Gaza Strip", "X and Y regions"
        return True
    for m in (res.mentions if mentions is None else mentions):
        if m.key != e.key:
            continue
        if m.end < len(doc) and doc[m.end].lemma_.lower() in REGION_WORDS:
            return True
        tok = doc[m.end - 1]
        for _ in range(6):                       # "Luhansk and Zaporizhzhia regions"
            if tok.dep_ not in ("compound", "conj", "nmod", "amod", "appos") or tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.lemma_.lower() in REGION_WORDS:
                return True
    return False


def link_entities(doc, res, entities: tuple[Entity, ...]) -> tuple[Link, ...]:
    geo, gaz = load_geonames(), load_gazetteer()
    counts = Counter(res.actors[m.key].name for m in res.mentions
                     if m.key in res.actors and res.actors[m.key].type == "Country")
    document = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    named, by_key = _RegionNames(res.text or doc.text), {}
    for m in res.mentions:
        by_key.setdefault(m.key, []).append(m)
    links = []
    for e in entities:
        state = geo.state(e.name) if e.type in ("Country", "Location") else None
        if state:
            links.append(Link(e.key, state.geonames, iso2=state.iso2, iso3=state.iso3, cameo=state.cameo))
            continue
        if e.type != "Location" or _region(doc, res, e, named, by_key.get(e.key, ())):
            continue
        hint = next((a.country for a in gaz.lookup_all(e.name) if a.kind in ("capital", "city")), None)
        place = geo.place((e.name, *e.aliases), _text_countries(doc, res, e.key, by_key.get(e.key, ())), document, hint)
        if place:
            links.append(Link(e.key, place.geonames, lon=place.lon or None, lat=place.lat or None))
    return tuple(sorted(links, key=lambda x: x.key))
