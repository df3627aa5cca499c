"""Hostile inputs for `kg extract` as hypothesis strategies, and one case run in-process
with every property checked. Used by tests/test_fuzz.py (a quick profile in CI) and by
bench/fuzz_extract.py (the long run whose figures are in the README)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from hypothesis import strategies as st

from output_checks import leftovers, strict_problem, validate_problem

SENTENCES = ["Russia attacked Ukraine on Monday.", "China condemned the attack.",
             "Officials said Poland might support Kyiv.", "The minister met Xi Jinping in Beijing."]
CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe",
                                             "\uffff", "\ud800", "\udfff", "\u200b", "\u202e"]
HTML = ["<p>", "</p>", "<script>alert(1)</script>", "&amp;", "&#0;", "<![CDATA[", "]]>", "<!--", "-->"]
IRI_BITS = ["http://", "https://e.org/", "urn:", "%zz", "%41", " ", "<", ">", '"', "{", "|", "\\", "^",
            "`", "#", "##", "?", "[::1", "]", "\x00", "\n", "é", "\U0001F600", "..", "/"]

_char = st.one_of(st.characters(), st.sampled_from(CONTROLS), st.sampled_from("?!.-=*#\U0001F600"))
_chunks = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HTML), st.text(_char, max_size=40),
                    st.builds(lambda c, n: c * n, st.sampled_from("?!.-\U0001F600 ab\n"), st.integers(1, 3000)))
texts = st.lists(_chunks, max_size=8).map(" ".join)
hostile = st.one_of(st.text(_char, max_size=30), st.lists(st.sampled_from(IRI_BITS), max_size=6).map("".join))
metadata = st.fixed_dictionaries({}, optional={"url": hostile, "date": st.one_of(hostile, st.dates().map(str)),
                                              "title": hostile, "extra": st.recursive(st.none(), st.lists, max_leaves=5)})
records = st.builds(lambda i, t, m: {"id": i, "text": t, **m},
                    st.one_of(st.none(), hostile, st.integers()), texts, metadata)
lines = st.one_of(records.map(lambda r: json.dumps(r)), records.map(lambda r: json.dumps(r, ensure_ascii=False)),
                  st.text(_char, max_size=60), st.sampled_from(["{", "[]", "null", '{"text": 5}', "", "[" * 5000]))
jsonl = st.lists(lines, max_size=5).map(lambda ls: "\n".join(ls) + "\n")
bases = st.one_of(st.none(), st.sampled_from(["https://example.org/ns#", "https://example.org/x/", "urn:x:",
                                              "https://e.org/a#b#", "https://e.org/%zz/"]),
                  st.lists(st.sampled_from(IRI_BITS), max_size=5).map(lambda b: "https://e.org/" + "".join(b) + "/"))
names = st.one_of(st.sampled_from(["a", "Ünïcode", "with space", "%zz", "a#b", "<x>", "q?uery", "..x"]),
                  st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="/\x00"),
                          min_size=1, max_size=12).filter(lambda n: n not in (".", "..")))
cases = st.fixed_dictionaries({
    "kind": st.sampled_from(["txt", "jsonl", "stdin-text", "stdin-jsonl"]),
    "text": texts, "jsonl": jsonl, "name": names, "base": bases,
    "fmt": st.sampled_from(["nt", "nq", "ttl", "trig", "jsonld", "rdf"]),
})


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates: invalid UTF-8, on purpose


def run_case(case: dict, folder: Path, exits=None) -> list[str]:
    """Run `kg extract` in-process on one case; the properties it breaks (empty: none).
    `exits`, a Counter, counts the exit codes."""
    from typer.testing import CliRunner

    from kg.cli import app

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    stdin = None
    data = _encode(case["jsonl"] if "jsonl" in case["kind"] else case["text"])
    if case["kind"].startswith("stdin"):
        src, stdin = "-", data
    else:
        src = folder / f"{case['name']}.{case['kind']}"
        try:
            src.write_bytes(data)
        except OSError:  # a name the file system refuses: nothing to test
            return []
    out = folder / f"out.{case['fmt']}"
    args = ["extract", str(src), "-o", str(out)] + (["--base", case["base"]] if case["base"] else [])
    r = CliRunner().invoke(app, args, input=stdin)
    problems = []
    err = r.stderr
    if exits is not None:
        exits[r.exit_code] += 1
    if r.exit_code not in (0, 2, 3):
        problems.append(f"exit code {r.exit_code}")
    if "Traceback" in err or "unexpected" in err or r.exception and not isinstance(r.exception, SystemExit):
        problems.append(f"internal error: {err.strip()[-300:] or r.exception!r}")
    if r.exit_code == 2 and not re.fullmatch(r"error: [^\n]*\n", err):
        problems.append(f"not one error line: {err[:300]!r}")
    keep = {src.name if src != "-" else "", out.name}
    if leftovers(folder, keep):
        problems.append(f"leftover files: {leftovers(folder, keep)}")
    if r.exit_code in (0, 3):
        if not out.exists():
            problems.append("no output")
        else:
            bad = strict_problem(out) or validate_problem(out)
            if bad:
                problems.append(f"invalid output: {bad[:300]}")
    elif out.exists():
        problems.append("output written on failure")
    return problems
