"""Scoring (GUIDELINES.md "Scoring") and regression floors on the shared gold files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import evaluate, evaluate_file, evaluate_files, norm_label, read_gold
from kg.lexicon import core_relations, extended_relations
from kg.records import Document, Entity, Event, Extraction, Sentence

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
needs_gold = pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval not present")
# The whole shared pool (seed + dev + train, 65 articles), as the README reports it;
# a drop of more than 0.02 fails.
POOL = ("seed.jsonl", "dev.jsonl", "train.jsonl")
POOL_CORE_F1_FLOOR = 0.863 - 0.02
POOL_EXTENDED_F1_FLOOR = 0.615 - 0.02
# The analysed real-news sets (bench/realnews/README.md; the held-out ones, F, H, J, L, N, P, R, S, V, X, Z, AB,
# AD, AF, AH, AI, AK, AM, AP, AR, AT, AU, AW and AZ, are never tested)
REALNEWS = Path(__file__).resolve().parent.parent / "bench" / "realnews"
REALNEWS_CORE_F1_FLOORS = {"setE.jsonl": 0.959 - 0.02, "setG.jsonl": 0.885 - 0.02, "setI.jsonl": 0.943 - 0.02,
                           "setK.jsonl": 0.854 - 0.02, "setM.jsonl": 0.882 - 0.02, "setO.jsonl": 0.853 - 0.02,
                           "setQ.jsonl": 0.941 - 0.02, "setT.jsonl": 0.811 - 0.02, "setU.jsonl": 0.855 - 0.02,
                           "setW.jsonl": 0.816 - 0.02, "setY.jsonl": 0.824 - 0.02, "setAA.jsonl": 0.883 - 0.02,
                           "setAC.jsonl": 0.884 - 0.02, "setAE.jsonl": 0.872 - 0.02, "setAG.jsonl": 0.883 - 0.02,
                           "setAJ.jsonl": 0.770 - 0.02, "setAL.jsonl": 0.831 - 0.02,
                           "setAN.jsonl": 0.782 - 0.02, "setAO.jsonl": 0.828 - 0.02,
                           "setAQ.jsonl": 0.774 - 0.02, "setAS.jsonl": 0.800 - 0.02,
                           "setAV.jsonl": 0.813 - 0.02, "setAX.jsonl": 0.705 - 0.02,
                           "setAY.jsonl": 0.695 - 0.02}


def test_label_normalisation():
    assert norm_label("the United States") == "united states"
    assert norm_label("Israel's") == "israel"
    assert norm_label("U.S.") == "u s"


def _gold_line(tmp_path):
    rec = {"id": "d1", "text": "x", "entities": [
        {"id": "E1", "name": "Joe Biden", "type": "PERSON", "aliases": ["Biden"]},
        {"id": "E2", "name": "Benjamin Netanyahu", "type": "PERSON", "aliases": ["Netanyahu"]},
        {"id": "E3", "name": "Iran", "type": "GPE", "aliases": ["Iranian"]}],
        "relations": [{"subject": "E1", "relation": "called", "object": "E2", "evidence": "e"},
                      {"subject": "E1", "relation": "condemned", "object": "E3", "evidence": "f"}]}
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(rec) + "\n")
    return p


def test_symmetric_relations_and_alias_matching(tmp_path):
    gold = read_gold(_gold_line(tmp_path))
    s = Sentence(0, 1, "x")
    ex = Extraction(Document("d1", "x"),
                    entities=(Entity("bibi", "Bibi", "Person", ("Netanyahu",)),
                              Entity("biden", "Biden", "Person"),
                              Entity("tehran", "Tehran", "Location")),
                    events=(Event("called", "bibi", "biden", "called", 0, 1, s),
                            Event("called", "bibi", "biden", "call", 0, 1, s),   # counted once
                            Event("condemned", "biden", "tehran", "condemned", 0, 1, s),
                            Event("condemned", "biden", "bibi", "x", 0, 1, s, polarity="negative")))
    score = evaluate(gold, [ex], ["called", "condemned"])
    assert (score.per_relation["called"].tp, score.per_relation["called"].fp) == (1, 0)
    c = score.per_relation["condemned"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)          # Tehran is no alias of the gold Iran
    assert [e.kind for e in score.errors] == ["FP", "FN"]


@needs_gold
def test_seed_core_triples_exactly(nlp):
    score = evaluate_file(EVAL / "seed.jsonl", ["attacked", "condemned", "called", "opposed"], nlp=nlp)
    core = score.micro(["attacked", "condemned", "called", "opposed"])
    assert (core.tp, core.fp, core.fn) == (5, 0, 0)


@needs_gold
def test_shared_pool_f1_does_not_regress(nlp):
    score = evaluate_files([EVAL / name for name in POOL], nlp=nlp)
    assert score.micro(core_relations()).f1 >= POOL_CORE_F1_FLOOR, score.as_dict()
    assert score.micro(extended_relations()).f1 >= POOL_EXTENDED_F1_FLOOR, score.as_dict()


@pytest.mark.parametrize("name", sorted(REALNEWS_CORE_F1_FLOORS))
def test_analysed_real_news_f1_does_not_regress(nlp, name):
    """The real-news excerpts the extractor's mechanisms were analysed on (in the repository,
    so this runs without ../shared)."""
    score = evaluate_files([REALNEWS / name], nlp=nlp)
    assert score.micro(core_relations()).f1 >= REALNEWS_CORE_F1_FLOORS[name], score.as_dict()


def test_cli_eval_errors(tmp_path):
    runner = CliRunner()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    for args in (["eval", str(bad)], ["eval", str(tmp_path / "missing.jsonl")],
                 ["eval", str(_gold_line(tmp_path)), "--relations", "hugged"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "Traceback" not in result.output


@needs_gold
def test_cli_eval_json_and_errors():
    result = CliRunner().invoke(app, ["eval", str(EVAL / "seed.jsonl"), "--json", "--errors"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["core"]["tp"] == 5 and "errors" in data


@needs_gold
def test_cli_eval_pool_halves_partition_the_pool(tmp_path):
    """`kg eval A B --half even|odd`: the two halves' counts add up to the whole pool's."""
    runner = CliRunner()
    files = [str(EVAL / "seed.jsonl"), str(EVAL / "dev.jsonl")]
    whole, even, odd = (json.loads(runner.invoke(app, ["eval", *files, "--json", *extra]).output)["core"]
                        for extra in ([], ["--half", "even"], ["--half", "odd"]))
    for k in ("tp", "fp", "fn"):
        assert whole[k] == even[k] + odd[k]
    assert runner.invoke(app, ["eval", *files, "--half", "third"]).exit_code == 2


@needs_gold
def test_no_gold_text_in_code_or_tests():
    """No run of eight words of a gold article appears in the package, tools or tests."""
    import re

    words = re.compile(r"[\w'’-]+")
    grams = set()
    for name in POOL:
        for g in read_gold(EVAL / name):
            w = words.findall(g.text.lower())
            grams.update(" ".join(w[i:i + 8]) for i in range(len(w) - 7))
    root = Path(__file__).resolve().parent.parent
    found = []
    for path in [*root.glob("kg/**/*.py"), *root.glob("kg/**/*.toml"), *root.glob("tools/*"),
                 *root.glob("tests/*.py"), *root.glob("examples/*"), root / "README.md"]:
        if not path.is_file() or path.suffix in (".tsv",):
            continue
        w = words.findall(path.read_text("utf-8", errors="replace").lower())
        found += [(path.name, " ".join(w[i:i + 8])) for i in range(len(w) - 7) if " ".join(w[i:i + 8]) in grams]
    assert not found, found[:10]
