#!/usr/bin/env python3
"""Build kg/lexicon/cameo_triggers.toml from the CAMEO 2.0 verb dictionary (MIT).

Usage: python tools/build_triggers.py [CAMEO_FILE] [--policy FILE] [--out FILE] [--check]
CAMEO_FILE defaults to ../shared/data/petrarch2/CAMEO.2.0.txt relative to the repo root.
The output is sorted and byte-identical on every run over the same input; --check
rebuilds in memory and exits 1 when the committed file differs.

What is read. After "####### VERB PATTERNS #######" the file has synonym blocks
"---  NAME   [CODE]  ---": verb entries (one lemma a line, "+WIPE_OUT" for multi-word,
"{...}" irregular forms, an optional "[CODE]" overriding the block's default code) and
pattern lines "- * OBJECT   [CODE]   # VERB" (the comment names the verb the pattern
was written for). A verb's CAMEO codes are its entries' codes plus the codes of the
patterns written for it.

What is kept is decided by tools/trigger_policy.toml, not here: per relation the CAMEO
codes whose verb entries are candidates, verbs added from outside those codes, block
allow-lists where a synonym block is mostly noise, excluded verbs (each with its reason)
and the phrases to keep. A policy entry that no longer matches the dictionary is an error. Phrases are the patterns "- * NOUN" / "- * {NOUN NOUN}" (an optional
trailing bare preposition is dropped) coded for the relation, as "verb noun" lemmas,
kept only when the policy lists them (most patterns are noise: "find dead" [190],
"foil assassination attempt" [185]); patterns with synonym classes (&WEAPON ...) or
subject words are not expanded.
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_POLICY = REPO / "tools" / "trigger_policy.toml"
DEFAULT_OUT = REPO / "kg" / "lexicon" / "cameo_triggers.toml"
REBUILD = "python tools/build_triggers.py ../shared/data/petrarch2/CAMEO.2.0.txt"

START = "####### VERB PATTERNS"
END = "######## TRANSFORMATIONS"
HEAD_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([^\]]*)\]\s*$")
WORD_RE = re.compile(r"[A-Z][A-Z-]*")
PREPS = {"AGAINST", "AT", "FROM", "INTO", "ON", "TO", "WITH", "IN", "OVER", "BY"}


@dataclass
class Entry:
    lemma: str
    block: str
    code: str        # "" when the block and the entry carry none ("---")


@dataclass
class Pattern:
    verb: str        # lemma of the verb named in the comment
    noun: str        # simplified object, lemmas joined by spaces
    block: str
    code: str


@dataclass
class Cameo:
    entries: list[Entry] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    pattern_codes: dict[str, set[str]] = field(default_factory=dict)  # verb -> codes

    def codes(self, verb: str) -> set[str]:
        own = {e.code for e in self.entries if e.lemma == verb and e.code}
        return own | self.pattern_codes.get(verb, set())

    def lemmas(self) -> set[str]:
        return {e.lemma for e in self.entries}


def first_code(raw: str) -> str:
    """"042:043" -> "042" (the code for the verb's own subject); "---" -> ""."""
    code = raw.split(":")[0].strip().rstrip("-").strip()
    return code if code.isdigit() else ""


def lemma_of(form: str) -> str:
    return " ".join(w for w in form.strip().lstrip("+").lower().split("_") if w)


def inflections(word: str) -> set[str]:
    """Regular forms of an upper-case verb, as PETRARCH generates them."""
    out = {word, word + "S", word + "ES", word + "ED", word + "D", word + "ING"}
    if word.endswith("E"):
        out |= {word[:-1] + "ING"}
    if word.endswith("Y"):
        out |= {word[:-1] + "IES", word[:-1] + "IED"}
    if re.search(r"[^AEIOU][AEIOU][BDGLMNPRT]$", word):
        out |= {word + word[-1] + "ED", word + word[-1] + "ING"}
    return out


def singular(word: str) -> str:
    if word.endswith("IES") and len(word) > 4:
        return word[:-3] + "Y"
    if word.endswith("S") and not word.endswith(("SS", "US", "IS")):
        return word[:-1]
    return word


def parse(path: Path) -> Cameo:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith(START))
    end = next(i for i, l in enumerate(lines) if l.startswith(END))
    cam = Cameo()
    forms: dict[str, str] = {}            # upper-case surface form -> lemma
    raw_patterns: list[tuple[str, str, str, str]] = []   # text, comment, block, code
    block, block_code = "", ""
    for raw in lines[start + 1:end]:
        head = HEAD_RE.match(raw)
        if head:
            block, block_code = head.group(1), first_code(head.group(2))
            continue
        text, _, comment = raw.partition("#")
        text = text.split(";")[0].strip()
        if not text:
            continue
        m = CODE_RE.search(text)
        code = first_code(m.group(1)) if m else block_code
        body = CODE_RE.sub("", text).strip()
        if body.startswith("-"):
            raw_patterns.append((body[1:].strip(), comment, block, code))
            continue
        word, _, rest = body.partition(" ")
        irregular = re.findall(r"[+A-Z_'-]+", rest.partition("{")[2].partition("}")[0])
        if "{}" in rest.replace(" ", ""):
            continue          # "+KILLED_AND {}": a fixed surface string, not a lemma
        lemma = lemma_of(word)
        cam.entries.append(Entry(lemma, block, code))
        head_word, _, tail = word.lstrip("+").partition("_")
        for f in inflections(head_word):
            forms.setdefault(f + ("_" + tail if tail else ""), lemma)
        for f in irregular:
            forms.setdefault(f.lstrip("+"), lemma)
    for text, comment, block, code in raw_patterns:
        named = comment.strip().split(",")[0].split()
        verb = forms.get(named[0].upper()) if named else None
        if not verb or not code:
            continue
        cam.pattern_codes.setdefault(verb, set()).add(code)
        noun = simple_object(text)
        if noun:
            cam.patterns.append(Pattern(verb, noun, block, code))
    return cam


def simple_object(text: str) -> str:
    """"* {AIR RAID} (AGAINST)" -> "air raid"; "" unless verb + plain object noun(s)."""
    m = re.fullmatch(r"\*\s+(\{([A-Z -]+)\}|[A-Z-]+)((?:\s+\([A-Z]+\))?)", text.strip())
    if not m:
        return ""
    trail = m.group(3).strip(" ()")
    if trail and trail not in PREPS:
        return ""
    words = (m.group(2) or m.group(1)).split()
    if not all(WORD_RE.fullmatch(w) for w in words):
        return ""
    return " ".join(singular(w).lower() for w in words)


def in_any(code: str, prefixes: list[str]) -> bool:
    return any(code.startswith(p) for p in prefixes)


def build(cam: Cameo, policy: dict) -> dict[str, dict]:
    """-> {relation: {"verbs": {verb: codes}, "phrases": {phrase: codes}}}; raises on stale policy."""
    known = cam.lemmas()
    out: dict[str, dict] = {}
    errors: list[str] = []
    for rel, pol in sorted(policy.items()):
        codes, family = pol["codes"], pol.get("family", pol["codes"])
        exclude: dict[str, str] = pol.get("exclude", {})
        only = {b: set(v["keep"]) for b, v in pol.get("include_only", {}).items()}
        seen: set[str] = set()
        verbs: dict[str, set[str]] = {}
        for e in cam.entries:
            if not (e.code and in_any(e.code, codes)):
                continue
            if e.block in only and e.lemma not in only[e.block]:
                continue
            seen.add(e.lemma)
            if e.lemma not in exclude:
                verbs.setdefault(e.lemma, set())
        for block, keep in only.items():
            blk = {e.lemma for e in cam.entries if e.block == block}
            errors += [f"{rel}: include_only {block}: {v!r} is not in that block"
                       for v in sorted(keep - blk)]
        for verb in pol.get("add", {}):
            if verb not in known:
                errors.append(f"{rel}: add {verb!r}: no such CAMEO verb entry")
            verbs.setdefault(verb, set())
        found: dict[str, set[str]] = {}
        for p in cam.patterns:
            if in_any(p.code, codes):
                found.setdefault(f"{p.verb} {p.noun}", set()).add(p.code)
        phrases = {ph: found[ph] for ph in pol.get("phrases", []) if ph in found}
        errors += [f"{rel}: phrase {ph!r} is not a CAMEO pattern coded {codes}"
                   for ph in pol.get("phrases", []) if ph not in found]
        errors += [f"{rel}: exclude {k!r} is not a candidate verb" for k in sorted(set(exclude) - seen)]
        errors += [f"{rel}: {k!r} is both added and excluded" for k in sorted(set(exclude) & set(pol.get("add", {})))]
        for verb in verbs:
            verbs[verb] = {c for c in cam.codes(verb) if in_any(c, family)}
            if not verbs[verb]:
                errors.append(f"{rel}: {verb!r} has no CAMEO code in {family}")
        out[rel] = {"verbs": verbs, "phrases": phrases}
    if errors:
        raise ValueError("policy does not match the dictionary:\n  " + "\n  ".join(errors))
    return out


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(result: dict[str, dict], src_name: str) -> str:
    lines = [
        f"# Trigger lexicons derived from the CAMEO 2.0 verb dictionary ({src_name} of",
        "# PETRARCH2, openeventdata/petrarch2), MIT License,",
        "# Copyright (c) 2015 Open Event Data Alliance; see LICENSE-cameo.txt next to this file.",
        "# Selection: tools/trigger_policy.toml (CAMEO codes, additions, exclusions with reasons).",
        f"# Generated by tools/build_triggers.py: do not edit by hand. Rebuild: {REBUILD}",
        "#",
        "# [<relation>] verbs: lower-case lemmas (multi-word with a space);",
        "#              phrases: \"verb object\" lemma sequences from CAMEO patterns.",
        "# [sources.<relation>] each kept verb / phrase -> its CAMEO code(s) in the relation's family.",
    ]

    def array(key: str, items: list[str]) -> None:
        if not items:
            lines.append(f"{key} = []")
            return
        lines.append(f"{key} = [")
        lines.extend(f"  {q(i)}," for i in items)
        lines.append("]")

    for rel, r in result.items():
        lines += ["", f"[{rel}]"]
        array("verbs", sorted(r["verbs"]))
        array("phrases", sorted(r["phrases"]))
    for rel, r in result.items():
        lines += ["", f"[sources.{rel}]"]
        both = {**r["verbs"], **r["phrases"]}
        for k in sorted(both):
            lines.append(f"{q(k)} = [{', '.join(q(c) for c in sorted(both[k]))}]")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--policy", type=Path, default=DEFAULT_POLICY)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if --out differs from a rebuild (nothing is written)")
    args = ap.parse_args(argv)
    policy = tomllib.loads(args.policy.read_text(encoding="utf-8"))
    try:
        result = build(parse(args.src), policy)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    text = render(result, args.src.name)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != text:
            print(f"{args.out} is out of date: rebuild with {REBUILD}", file=sys.stderr)
            return 1
        print(f"{args.out} is current", file=sys.stderr)
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    counts = ", ".join(f"{k} {len(v['verbs'])}+{len(v['phrases'])}" for k, v in result.items())
    print(f"verbs+phrases: {counts} -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
