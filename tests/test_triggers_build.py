"""CAMEO-derived trigger lexicons: what a reviewer would check, and a reproducible build."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SRC = REPO.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
OUT = REPO / "kg" / "lexicon" / "cameo_triggers.toml"
POLICY = REPO / "tools" / "trigger_policy.toml"
BUILD = REPO / "tools" / "build_triggers.py"
RELATIONS = ("attacked", "called", "condemned", "met", "opposed", "supported", "warned")


@pytest.fixture(scope="module")
def lex():
    return tomllib.loads(OUT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def policy():
    return tomllib.loads(POLICY.read_text(encoding="utf-8"))


def verbs(lex, rel):
    return set(lex[rel]["verbs"])


def test_all_relations_present(lex):
    assert set(RELATIONS) <= set(lex)
    for rel in RELATIONS:
        assert lex[rel]["verbs"], rel
        assert lex[rel]["verbs"] == sorted(set(lex[rel]["verbs"])), rel      # sorted, no duplicates
        assert all(v == v.lower() and "_" not in v for v in lex[rel]["verbs"]), rel


def test_condemnation_is_not_criticism(lex):
    cond = verbs(lex, "condemned")
    assert {"condemn", "denounce", "deplore", "decry"} <= cond
    assert not cond & {"criticize", "criticise", "lambaste", "rebuke", "blame", "mock"}


def test_attacks_are_physical(lex):
    att = verbs(lex, "attacked")
    assert {"attack", "bomb", "shell", "invade", "raid", "storm", "strike"} <= att
    # dictionary noise (INVADE [192], DESTROY [190]) and polysemous verbs stay out
    assert not att & {"inhabit", "reside", "beat", "dominate", "hit", "fight", "target",
                      "occupy", "clash", "die", "repel"}
    assert "open fire" in lex["attacked"]["phrases"]
    assert "wipe out" not in att                       # multi-word entries are spaced lemmas


def test_other_relations(lex):
    assert "reject" in verbs(lex, "opposed") and "oppose" in verbs(lex, "opposed")
    assert not verbs(lex, "opposed") & {"defy", "deny", "delay", "decline"}   # Clarification 7
    assert "call" not in verbs(lex, "called") and "phone" in verbs(lex, "called")
    assert {"warn", "threaten"} <= verbs(lex, "warned")
    assert {"support", "back", "endorse"} <= verbs(lex, "supported")
    assert not verbs(lex, "supported") & {"praise", "thank", "congratulate", "welcome"}
    assert {"meet", "host"} <= verbs(lex, "met") and "visit" not in verbs(lex, "met")


def test_every_entry_has_a_source_code_in_its_family(lex, policy):
    for rel in RELATIONS:
        family = policy[rel].get("family", policy[rel]["codes"])
        sources = lex["sources"][rel]
        entries = lex[rel]["verbs"] + lex[rel]["phrases"]
        assert set(sources) == set(entries), rel
        for entry in entries:
            assert sources[entry], (rel, entry)
            assert all(any(c.startswith(f) for f in family) for c in sources[entry]), (rel, entry)


def test_policy_reasons_are_given(policy):
    for rel in RELATIONS:
        for verb, why in policy[rel].get("exclude", {}).items():
            assert why.strip(), (rel, verb)
        for verb, why in policy[rel].get("add", {}).items():
            assert why.strip(), (rel, verb)
        for block, spec in policy[rel].get("include_only", {}).items():
            assert spec["why"].strip(), (rel, block)
    assert "GUIDELINES" in policy["condemned"]["exclude"]["criticize"]


def test_file_is_licensed():
    head = OUT.read_text(encoding="utf-8")[:600]
    assert "CAMEO" in head and "MIT" in head and "Open Event Data Alliance" in head
    assert "tools/build_triggers.py" in head
    lic = (OUT.parent / "LICENSE-cameo.txt").read_text(encoding="utf-8")
    assert lic.startswith("The MIT License") and "2015 Open Event Data Alliance" in lic


def test_build_is_byte_identical(tmp_path):
    if not SRC.exists():
        pytest.skip("shared CAMEO dictionary not present")
    outs = []
    for n in (1, 2):
        out = tmp_path / f"triggers{n}.toml"
        subprocess.run([sys.executable, str(BUILD), str(SRC), "--out", str(out)],
                       check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == OUT.read_bytes()                 # the committed file is current
    check = subprocess.run([sys.executable, str(BUILD), str(SRC), "--check"], capture_output=True)
    assert check.returncode == 0, check.stderr


def test_check_fails_on_stale_file(tmp_path):
    if not SRC.exists():
        pytest.skip("shared CAMEO dictionary not present")
    stale = tmp_path / "stale.toml"
    stale.write_text(OUT.read_text(encoding="utf-8").replace('"bomb",\n', ""), encoding="utf-8")
    check = subprocess.run([sys.executable, str(BUILD), str(SRC), "--out", str(stale), "--check"],
                           capture_output=True)
    assert check.returncode == 1


def test_stale_policy_is_an_error(tmp_path, policy):
    if not SRC.exists():
        pytest.skip("shared CAMEO dictionary not present")
    bad = POLICY.read_text(encoding="utf-8").replace(
        '[condemned.exclude]\n', '[condemned.exclude]\nfrobnicate = "no such verb"\n')
    (tmp_path / "policy.toml").write_text(bad, encoding="utf-8")
    run = subprocess.run([sys.executable, str(BUILD), str(SRC), "--policy", str(tmp_path / "policy.toml"),
                          "--out", str(tmp_path / "x.toml")], capture_output=True, text=True)
    assert run.returncode == 2 and "frobnicate" in run.stderr
