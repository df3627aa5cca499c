"""The gazetteer derived from the PETRARCH2 dictionaries."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "petrarch2"


@pytest.mark.parametrize("surface,name,kind", [
    ("Iranian", "Iran", "demonym"),
    ("U.S.", "United States", "country"),
    ("US", "United States", "country"),
    ("the United States", "United States", "country"),
    ("America", "United States", "country"),
    ("Britain", "United Kingdom", "country"),
    ("British", "United Kingdom", "demonym"),
    ("G7", "Group of Seven", "igo"),
    ("Group of Seven", "Group of Seven", "igo"),
    ("Hamas", "Hamas", "armed_group"),
])
def test_lookup(surface, name, kind):
    actor = load_gazetteer().lookup(surface)
    assert actor is not None and (actor.name, actor.kind) == (name, kind)


def test_cities_and_seats_know_their_state():
    g = load_gazetteer()
    assert g.lookup("Tehran").country == "Iran"
    assert g.lookup("Kremlin").country == "Russia"
    assert g.lookup("White House").country == "United States"


def test_short_forms_are_case_sensitive():
    assert load_gazetteer().lookup("us") is None


def test_office_holders_have_a_country():
    assert load_gazetteer().country_of("Benjamin Netanyahu") == "Israel"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")
def test_build_is_reproducible(tmp_path):
    out = tmp_path / "actors.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), str(SHARED), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (ROOT / "kg" / "gazetteer" / "actors.tsv").read_bytes()
