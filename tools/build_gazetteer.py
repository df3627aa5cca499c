#!/usr/bin/env python3
"""Build kg/gazetteer/actors.tsv from the PETRARCH2/Phoenix actor dictionaries (MIT).

Usage: python tools/build_gazetteer.py [PETRARCH_DIR] [--out FILE]
PETRARCH_DIR defaults to ../shared/data/petrarch2 relative to the repo root.
The output is sorted and byte-identical on every run over the same input.

A state's block lists demonyms, name variants, then capital, cities, regions, with
no field telling them apart. Demonyms and variants are told by spelling (similar to
the state name, formal words, acronyms); everything else becomes kind "city" (a
place the dictionary codes as that state). PETRARCH marks no capital: the hand-kept
supplement.tsv marks a few, read by the loader next to this file's output.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO.parent / "shared" / "data" / "petrarch2"
DEFAULT_OUT = REPO / "kg" / "gazetteer" / "actors.tsv"
COLUMNS = ("surface", "name", "type", "kind", "country", "role", "start", "end")
CUTOFF = "2000-01-01"  # office holders whose role reaches past this are kept

# Short common names where the dictionary head is the formal (or misspelt) form.
# A naming choice, not a fact: build() checks each is one of the block's own forms.
NAME_FIXES = {"USA": "United States", "RUS": "Russia", "ZAF": "South Africa",
              "TZA": "Tanzania", "BRN": "Brunei", "MDG": "Madagascar"}
SKIP_CODES = {"KNT"}  # Kinakuta: PETRARCH's fictional test country
# Roles of state bodies that stand for their state ("the Kremlin said").
STATE_ROLES = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP", "GOVMIL", "GOVLEG",
               "GOVJUD", "GOVSPY", "GOVCOP"}
FORMAL_WORDS = {"REPUBLIC", "KINGDOM", "UNITED", "DEMOCRATIC", "PEOPLE'S", "PEOPLES",
                "FEDERAL", "FEDERATION", "ISLAMIC", "UNION", "EMIRATES", "COMMONWEALTH",
                "SULTANATE", "PRINCIPALITY", "REP", "REP."}
INSTITUTION_WORDS = {"HOUSE", "COUNCIL", "ASSEMBLY", "DEPARTMENT", "OFFICE", "COURT",
                     "PARTY", "FORCES", "FORCE", "ORGANIZATION", "ORGANISATION", "BANK",
                     "AGENCY", "COMMISSION", "COMMITTEE", "FRONT", "MOVEMENT", "ARMY",
                     "SERVICE", "SERVICES", "GUARD", "GUARDS", "STREET", "PALACE",
                     "MINISTRY", "CABINET", "SENATE", "CONGRESS", "NATIONAL", "UNION",
                     "REPUBLIC", "FEDERATION", "STATE", "GOVERNMENT", "KREMLIN",
                     "PENTAGON", "BRIGADES", "CORPS"}
# A feature word with a state's name is a place of that state ("Port Sudan", "Suriname River")
PLACE_WORDS = {"PORT", "RIVER", "CITY", "LAKE", "MOUNT", "ISLAND", "BAY", "GULF", "CAPE"}
DEMONYM_END = re.compile(r"(AN|ANS|ESE|ISH|CH|SS|OT|OTS|ER|ERS|MAN|WOMAN|MEN)$")
WEAK_DEMONYM_END = re.compile(r"(I|IS|E|ES|K|KS|ARD|ARDS|H|T|TS)$")  # Iraqi, Dane: need a similar name
SURNAME_PARTICLES = {"VON", "VAN", "DER", "DEN", "DE", "DA", "DI", "DU", "DEL", "DELLA", "DOS", "DAS", "BIN", "IBN", "TER"}
LOWER_WORDS = {"of", "the", "and", "for", "on", "in", "al", "de", "la", "el", "du", "des", "da", "y", "e",
               "to", "at", "di", "do", "ul", "fi", "wa", "na"}
# Two-letter words that stay upper case inside a name; any other is a word ("HO Chi Minh City",
# "ST Petersburg", "EL Salvador", "AL Anbar" -> "Ho", "St", "El", "Al")
TWO_LETTER_ACRONYMS = {"US", "UN", "EU", "UK", "AU", "DR", "SS", "II", "IV", "VI"}
CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Block:
    head: str
    line: int
    syns: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # code, start, end
    comment: str = ""

    @property
    def forms(self) -> list[str]:
        return [self.head, *self.syns]


def parse_date(text: str) -> str:
    """PETRARCH dates: YYMMDD (years < 30 are 20yy) or YYYYMMDD -> ISO; else ''."""
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        text = ("20" if yy < 30 else "19") + text
    if len(text) != 8 or not text.isdigit():
        return ""
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def parse_code(raw: str) -> tuple[str, str, str] | None:
    parts = raw.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    start = end = ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = parse_date(rng[1:])
        elif rng.startswith("<"):
            end = parse_date(rng[1:])
        elif "-" in rng:
            a, _, b = rng.partition("-")
            start, end = parse_date(a), parse_date(b)
    return parts[0], start, end


def parse_blocks(path: Path) -> list[Block]:
    blocks: list[Block] = []
    cur: Block | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        text, _, comment = raw.partition("#")
        if not text.strip():
            continue
        codes = [c for c in (parse_code(m) for m in CODE_RE.findall(text)) if c]
        name = CODE_RE.sub("", text).strip()
        if raw[:1] in " \t" and not name:
            if cur:
                cur.codes.extend(codes)
        elif name.startswith("+"):
            if cur:
                cur.syns.append(name[1:].strip())
                cur.codes.extend(codes)
        elif name:
            cur = Block(name.split("\t")[0].strip(), n, comment=comment.strip())
            cur.codes.extend(codes)
            blocks.append(cur)
    return blocks


def raw_words(form: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", form.strip().strip("_")) if w]


def surface(form: str, person: bool = False) -> str | None:
    """'UNITED_STATES_OF_AMERICA_' -> 'United States of America'; None for noise."""
    words = raw_words(form)
    if not words or any(not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.'\-]*", w) for w in words):
        return None
    if len(words) == 2 and len(words[0]) == 1 and words[1].isdigit():
        words = [words[0] + words[1]]  # G_7 -> G7
    if sum(c.isalnum() for c in "".join(words)) < 2:
        return None
    if person:  # "XI_JINPING" -> "Xi Jinping": short words in names are not acronyms
        words = [w.lower() if i and w.upper() in SURNAME_PARTICLES and len(words) > 2 else
                 w if "." in w else w.capitalize() if w.isupper() and len(w) <= 3 else w
                 for i, w in enumerate(words)]   # "Ursula von der Leyen"
    return " ".join(pretty_word(w, i, len(words) == 1) for i, w in enumerate(words))


def pretty_word(word: str, index: int, alone: bool = False) -> str:
    if not word.isupper():  # already in natural case in the source
        return word
    low = word.lower()
    if index and low in LOWER_WORDS:
        return low
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not alone and word.isalpha() and len(word) == 2 and word not in TWO_LETTER_ACRONYMS:
        return word.capitalize()
    # acronyms: U.S., UN, USA (alone), DPRK, G7; but "New", "Sri", "San" in names
    if "." in word or len(letters) <= 2 or (len(letters) == 3 and alone) \
            or not re.search(r"[AEIOUY]", letters) or re.search(r"\d", word):
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def igo_surface(form: str) -> str | None:
    """Single-word IGO names are acronyms: NATO, ASEAN, UNICEF."""
    if re.fullmatch(r"[A-Z]{2,7}_?", form.strip()):
        return form.strip().rstrip("_")
    return surface(form)


def norm(text: str) -> str:
    text = re.sub(r"[_\s\-]+", " ", text.replace(".", ""))
    return text.strip().lower()


GENERIC = {"state", "states", "republic", "kingdom", "united", "north", "south", "east",
           "west", "northern", "southern", "eastern", "western", "central", "great", "saint",
           "island", "islands", "new", "city", "province", "democratic", "people's", "peoples"}


def similar(a: str, b: str) -> bool:
    """Same name in another spelling or language (shared 4-letter word stem)."""
    wa = [w for w in norm(a).split() if w not in GENERIC]
    wb = [w for w in norm(b).split() if w not in GENERIC]
    if any(x[:4] == y[:4] for x in wa for y in wb if len(x) >= 4 and len(y) >= 4):
        return True
    return SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.85


def _feature(words: list[str], names: list[str]) -> bool:
    """'PORT SUDAN', 'KUWAIT CITY': a feature word the state's own name lacks ('CAPE VERDE' has it)."""
    own = {w.rstrip("S") for n in names for w in raw_words(n)}
    return len(words) > 1 and any(w in PLACE_WORDS and w.rstrip("S") not in own for w in words)


def is_demonym(form: str, index: int, names: list[str]) -> bool:
    """'IRANIAN', 'ISRAELIS', 'DUTCH' (first listed): an adjective or noun of a state name."""
    words = raw_words(form)
    if not words or any(w in FORMAL_WORDS for w in words) or _feature(words, names):
        return False
    last = words[-1]
    close = any(similar(form, n) and len(last) <= len(raw_words(n)[-1]) + 4 for n in names)
    if DEMONYM_END.search(last):
        return close or (index == 0 and len(words) == 1)
    return bool(WEAK_DEMONYM_END.search(last)) and len(words) == 1 and close


def is_variant(form: str, names: list[str]) -> bool:
    """Another name of the state: formal words, its acronym, or a close spelling. Formal
    words and a '-stan' or '-desh' ending alone do not make one: "Chechen Republic",
    "Balochistan", "Uttar Pradesh" are regions the state's block lists among its places."""
    words = raw_words(form)
    if any(w.rstrip(".") in FORMAL_WORDS for w in words):
        return any(similar(form, n) for n in names) or set(raw_words(names[0])) <= set(words)
    if _feature(words, names):
        return False                    # "Port Sudan" is a city, not Sudan
    short = norm(form).replace(" ", "").upper()
    if short.isalpha() and len(short) <= 5 and len(words) <= len(short):
        if any(i.startswith(short) for n in names for i in acronyms(n)):
            return True  # US, U.S., UAE, DPRK
    return any(similar(form, n) for n in names)


def acronyms(form: str) -> set[str]:
    words = [w for w in norm(form).split() if w]
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w not in LOWER_WORDS).upper()}


def is_person(block: Block, agent_words: set[str]) -> bool:
    words = set(raw_words(block.head))
    if words & (INSTITUTION_WORDS | agent_words):
        return False
    dated = any(s or e for _, s, e in block.codes)
    return dated or "CountryInfo" in block.comment or "rulers" in block.comment


def current_range(codes, want) -> tuple[str, str, str] | None:
    """The latest-starting code range satisfying want() that reaches past CUTOFF."""
    live = [c for c in codes if want(c[0]) and not c[0].endswith("ELI")
            and (c[1] or c[2]) and (not c[2] or c[2] >= CUTOFF)]
    if not live:
        return None
    return max(live, key=lambda c: (not c[0].endswith("ELI"), c[1] or "0000", c[0]))


def load_agent_words(path: Path) -> set[str]:
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        phrase = line.partition("#")[0].partition("[")[0].strip()
        if phrase and not phrase.startswith(("!", "+")) and "=" not in phrase:
            words.update(w for w in re.split(r"[_\s!{}]+", phrase) if len(w) > 2)
    return words


def build(src: Path) -> list[tuple[str, ...]]:
    rows: set[tuple[str, ...]] = set()
    agent_words = load_agent_words(src / "Phoenix.agents.txt")

    def add(form: str, name: str, typ: str, kind: str, country: str = "",
            role: str = "", start: str = "", end: str = "") -> None:
        surf = form if kind == "person" else igo_surface(form) if kind in ("igo", "ngo") else surface(form)
        if surf and name:
            rows.add((surf, name, typ, kind, country, role, start, end))

    # --- states: main block per 3-letter code ---
    country_blocks = parse_blocks(src / "Phoenix.Countries.actors.txt")
    by_code: dict[str, list[Block]] = {}
    for b in country_blocks:
        codes = [c for c in b.codes if re.fullmatch(r"[A-Z]{3}", c[0])]
        if codes and not set(raw_words(b.head)) & (INSTITUTION_WORDS - FORMAL_WORDS):
            by_code.setdefault(codes[-1][0], []).append(b)
    states: dict[str, str] = {}
    places: set[tuple[str, str]] = set()
    for code in sorted(by_code):
        if code in SKIP_CODES:
            continue
        group = by_code[code]
        main = max(group, key=lambda b: (len(b.syns), -b.line))
        name = NAME_FIXES.get(code) or (surface(main.head) or "").removeprefix("The ")
        forms = main.forms + [b.head for b in group if b is not main and not b.syns
                              and similar(b.head, main.head)]
        if code in NAME_FIXES and norm(name) not in {norm(surface(f) or "") for f in forms}:
            raise SystemExit(f"NAME_FIXES[{code}] {name!r} is not a form of {main.head}")
        states[code] = name
        add(main.head, name, "Country", "country", name)
        names = [main.head] + ([name] if norm(name) != norm(surface(main.head) or "") else [])
        for i, form in enumerate(main.syns):
            if is_demonym(form, i, names):
                names.append(form)
                add(form, name, "Country", "demonym", name)
            elif is_variant(form, names):
                if any(w.rstrip(".") in FORMAL_WORDS for w in raw_words(form)):
                    names.append(form)  # only formal names widen the match, no chains
                add(form, name, "Country", "country", name)
            elif surface(form):
                # a city, region or feature the dictionary codes as this state
                places.add((surface(form), name))
        for b in group:
            if b is not main and b.head in forms:
                add(b.head, name, "Country", "country", name)

    def country_of(code: str) -> str:
        return states.get(code[:3], "")

    # --- state bodies and office holders in the countries file ---
    for b in country_blocks:
        roles = [c for c in b.codes if len(c[0]) > 3 and c[0][:3] in states]
        if not roles:
            continue
        if is_person(b, agent_words):
            best = current_range(roles, lambda c: True)
            if best:
                add_person(add, b, best[0], country_of(best[0]), best[0][3:], best[1],
                           best[2], agent_words)
        elif set(raw_words(b.head)) & (INSTITUTION_WORDS | agent_words):
            code, start, end = roles[-1]
            if code[3:] in STATE_ROLES and (not end or end >= CUTOFF):
                name = (surface(b.head) or "").removeprefix("The ")
                for form in b.forms:
                    if body_like(form, agent_words):
                        add(form, name, "Organization", "seat", country_of(code))

    # --- international organizations and their office holders ---
    igo_blocks = [b for b in parse_blocks(src / "Phoenix.International.actors.txt")
                  if any(c[0].startswith("IGO") for c in b.codes)]
    for b in igo_blocks:
        if is_person(b, agent_words):
            best = current_range(b.codes, lambda c: True)
            if best:
                role = "IGO" if best[0].startswith("IGO") else best[0][3:]
                add_person(add, b, best[0], country_of(best[0]) if role != "IGO" else "",
                           role, best[1], best[2], agent_words)
    orgs = [b for b in igo_blocks if not is_person(b, agent_words)
            and not any(c[2] and c[2] < CUTOFF for c in b.codes)]
    for group in merge_orgs(orgs):
        main = max(group, key=lambda b: (len(b.syns), -b.line))
        name = (igo_surface(main.head) or "").removeprefix("The ")
        for b in group:
            for form in b.forms:
                add(form, name, "Organization", "igo")

    # --- non-governmental organisations (NGO codes: press-freedom, rights, aid and
    # religious bodies), which act as themselves; a one-word form only where it is the
    # acronym of a longer form of its own group ("ICRC"), since many are also words ("AMIT")
    ngos = [b for b in parse_blocks(src / "Phoenix.International.actors.txt")
            if any(c[0].startswith("NGO") for c in b.codes) and not any(c[0].startswith("IGO") for c in b.codes)
            and not is_person(b, agent_words) and not any(c[2] and c[2] < CUTOFF for c in b.codes)]
    for group in merge_orgs(ngos):
        longs = [f for b in group for f in b.forms if len(raw_words(f)) > 1]
        if not longs:
            continue
        main = max(longs, key=lambda f: (len(raw_words(f)) > 1, -len(f), f))
        name = (surface(main) or "").removeprefix("The ")
        short = {norm(initials(surface(f) or "")) for f in longs}
        if not ngo_like(main):
            continue
        for b in group:
            for form in b.forms:
                if len(raw_words(form)) > 1 and ngo_like(form) or norm(igo_surface(form) or "") in short:
                    add(form, name, "Organization", "ngo")

    # --- armed non-state groups ---
    for b in parse_blocks(src / "Phoenix.MilNonState.actors.txt"):
        if not b.codes:
            continue
        name = (surface(b.head) or "").removeprefix("The ")
        for form in b.forms:
            add(form, name, "Organization", "armed_group", country_of(b.codes[0][0]))

    # --- transnational armed groups the countries file codes IMG (Islamic State): one
    # actor per code, named by its shortest head; persons listed in the block are dropped
    # (multiword forms must share a word of 4+ letters with their block's head)
    img: dict[str, list[Block]] = {}
    for b in country_blocks:
        codes = [c[0] for c in b.codes if c[0].startswith("IMG")]
        if codes and not is_person(b, agent_words):
            img.setdefault(codes[0], []).append(b)
    for code in sorted(img):
        heads = sorted(img[code], key=lambda b: (len(raw_words(b.head)), b.line))
        name = (surface(heads[0].head) or "").removeprefix("The ")
        for b in img[code]:
            head_words = {w for w in raw_words(b.head) if len(w) >= 4}
            for form in b.forms:
                words = raw_words(form)
                if form == b.head or (len(words) == 1 and len(words[0]) <= 5) or set(words) & head_words:
                    add(form, name, "Organization", "armed_group")

    # places last: skip those that are also another actor's name
    taken = {norm(r[0]) for r in rows}
    for surf, state in places:
        if norm(surf) not in taken:
            surf = surf.title() if re.fullmatch(r"[A-Z]{3}", surf) else surf  # QOM -> Qom
            rows.add((surf, surf, "Location", "city", state, "", "", ""))
    # a person listed twice (two blocks) keeps the latest role only
    latest: dict[tuple[str, str], tuple[str, ...]] = {}
    for r in sorted(r for r in rows if r[3] == "person"):
        latest[r[0], r[1]] = r
    rows = {r for r in rows if r[3] != "person"} | set(latest.values())
    return sorted(rows)


def add_person(add, b: Block, code, country, role, start, end, agent_words) -> None:
    # full names only: no bare surnames, no titled forms ("Prime Minister X")
    forms = [f for f in b.forms if len(raw_words(f)) >= 2
             and not set(re.split(r"[_\s\-]+", f.upper())) & (agent_words | INSTITUTION_WORDS)]
    if not forms:
        return
    name = surface(forms[0], person=True)
    for form in forms:
        add(surface(form, person=True) or "", name, "Person", "person", country, role, start, end)


def body_like(form: str, agent_words: set[str]) -> bool:
    """A form naming a body, not a person listed under it ('John Kirby')."""
    words = raw_words(form)
    if len(words) == 1 or any("." in w or w.isupper() and len(w) <= 4 for w in words[:1]):
        return True
    return bool({w.upper() for w in words} & (INSTITUTION_WORDS | agent_words | FORMAL_WORDS))


# Words of a body's name: a two-word NGO form without one is often a person the dictionary
# files under the NGO he speaks for ("David Mathieson"), so it is left out
NGO_WORDS = {"INTERNATIONAL", "INTERNACIONAL", "INTERNATIONALE", "INTERNATIONALIS", "FOUNDATION", "WATCH",
             "SOCIETY", "COUNCIL", "INSTITUTE", "ASSOCIATION", "COMMITTEE", "AID", "RELIEF", "RIGHTS", "CROSS",
             "CRESCENT", "ALLIANCE", "TRUST", "CENTRE", "CENTER", "PROJECT", "UNION", "FEDERATION", "NETWORK",
             "FUND", "CLUB", "MOVEMENT", "CAMPAIGN", "GROUP", "LEAGUE", "MISSION", "FRONTIERES", "BORDERS",
             "CHILDREN", "VISION", "ACTION", "ORGANIZATION", "ORGANISATION", "SERVICE", "SERVICES", "ROUGE",
             "ROJA", "KREUZ", "MONDE", "HOUSE", "NOW", "WITNESS", "FORUM", "CORPORATION", "WORLDWIDE", "AGENCY"}
# ... and a form only naming the kind of body ("Non Government Organization") is no body
GENERIC_NGO = {"NON", "GOVERNMENT", "GOVERNMENTAL", "ORGANIZATION", "ORGANISATION", "NGO", "NGOS", "NET"}


def ngo_like(form: str) -> bool:
    words = {w.strip(".,").upper() for w in raw_words(form)}
    return not words <= GENERIC_NGO and (len(words) > 2 or bool(words & NGO_WORDS))


def initials(form: str) -> str:
    out = ""
    for w in (surface(form) or "").split():
        if w.lower() in LOWER_WORDS:
            continue
        out += w.replace(".", "") if w.replace(".", "").isupper() else w[0].upper()
    return out


def merge_orgs(blocks: list[Block]) -> list[list[Block]]:
    """Blocks of one code that share a form, or where one is the other's acronym."""
    parent = list(range(len(blocks)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys: dict[tuple[str, str], int] = {}
    for i, b in enumerate(blocks):
        code = b.codes[0][0]
        for form in b.forms:
            s = surface(form)
            if not s:
                continue
            s = re.sub(r"^the ", "", s, flags=re.I)
            for key in {norm(s), norm(initials(s)) if len(s.split()) > 1 else norm(s)}:
                j = keys.setdefault((code, key), i)
                parent[find(i)] = find(j)
    groups: dict[int, list[Block]] = {}
    for i, b in enumerate(blocks):
        groups.setdefault(find(i), []).append(b)
    return list(groups.values())


def write(rows: list[tuple[str, ...]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    header = ("# Derived from the PETRARCH2/Phoenix actor dictionaries (openeventdata/petrarch2),\n"
              "# MIT License, Copyright (c) 2014 Open Event Data Alliance; see LICENSE-petrarch2.txt.\n"
              "# Generated by tools/build_gazetteer.py: do not edit by hand.\n")
    body = "".join("\t".join(r) + "\n" for r in rows)
    out.write_text(header + "\t".join(COLUMNS) + "\n" + body, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = build(args.src)
    write(rows, args.out)
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
