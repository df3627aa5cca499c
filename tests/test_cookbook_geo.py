"""The cookbook's where-and-when queries (events-on-date-range, events-near-place,
timeline-of-actor): exact rows on a small hand-built graph with links, points and dates."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.query import resolve_query, run_query
from kg.rdf.build import build_dataset, union_graph
from kg.records import Link
from test_cookbook import ROOT, _doc, RUSSIA, UKRAINE, POLAND, short
from kg.records import Entity

KYIV = Entity("kyiv", "Kyiv", "Location")
LVIV = Entity("lviv", "Lviv", "Location")
WARSAW = Entity("warsaw", "Warsaw", "Location")
IDS = {"kyiv": 703448, "lviv": 702550, "warsaw": 756135}   # GeoNames ids
POINTS = {"kyiv": ("30.52380", "50.45466"), "lviv": ("24.02324", "49.83826"), "warsaw": ("21.01178", "52.22977")}


def _links(*keys):
    return tuple(Link(k, IDS[k], lon=POINTS[k][0], lat=POINTS[k][1]) for k in sorted(keys))


@pytest.fixture(scope="module")
def geo():
    d1 = _doc("g1", ["Russia struck Kyiv on Saturday.", "Russia attacked Ukraine near Lviv in March.",
                     "Poland condemned Russia."],
              [RUSSIA, UKRAINE, POLAND, KYIV, LVIV],
              [(0, "attacked", "russia", "kyiv", "struck", {"date": "2024-02-03", "date_text": "on Saturday"}),
               (1, "attacked", "russia", "ukraine", "attacked",
                {"place": "lviv", "place_text": "near Lviv", "date": "2024-03", "date_text": "in March"}),
               (2, "condemned", "poland", "russia", "condemned", {})],
              date="2024-04-01")
    d1 = replace(d1, links=_links("kyiv", "lviv"))
    d2 = _doc("g2", ["Ukraine might attack Russia.", "Poland condemned Russia in Warsaw in 2023."],
              [RUSSIA, UKRAINE, POLAND, WARSAW],
              [(0, "attacked", "ukraine", "russia", "attack", {"modality": "hypothetical"}),
               (1, "condemned", "poland", "russia", "condemned",
                {"place": "warsaw", "place_text": "in Warsaw", "date": "2023", "date_text": "in 2023"})])
    d2 = replace(d2, links=_links("warsaw"))
    return union_graph(build_dataset([d1, d2]))


def rows(graph, name, replace_from=None, replace_to=None):
    text, _ = resolve_query(name)
    if replace_from:
        assert replace_from in text
        text = text.replace(replace_from, replace_to)
    result = run_query(graph, text)
    return [{str(v): row[v] for v in result.vars if row[v] is not None} for row in result]


def test_events_on_date_range(geo):
    got = [(str(r["date"]), short(r["date"].datatype).rsplit("#")[-1], str(r["expression"]), short(r["relation"]),
            short(r["target"])) for r in rows(geo, "events-on-date-range")]
    # a month counts from its first day; 2023 and the undated events are outside the range
    assert got == [("2024-02-03", "date", "on Saturday", "attacked", "kyiv"),
                   ("2024-03", "gYearMonth", "in March", "attacked", "ukraine")]
    wide = rows(geo, "events-on-date-range", '("2024-01-01" "2024-12-31")', '("2023-01-01" "2024-02-29")')
    assert [str(r["date"]) for r in wide] == ["2023", "2024-02-03"]


def test_events_near_place(geo):
    got = [(short(r["location"]), str(r["how"]), short(r["relation"]), short(r["target"]))
           for r in rows(geo, "events-near-place")]
    assert got == [("kyiv", "target", "attacked", "kyiv")]   # as shipped: 5 degrees around Kyiv
    got = [(short(r["location"]), str(r["how"]), short(r["relation"]), short(r["target"]))
           for r in rows(geo, "events-near-place", "(ent:kyiv 5.0)", "(ent:kyiv 7.0)")]
    # within 7 degrees of Kyiv: the strike on Kyiv (its target) and the attack near Lviv
    # (its place, not its target Ukraine, 6.5 degrees west); Warsaw is 9.5 degrees west
    assert got == [("kyiv", "target", "attacked", "kyiv"), ("lviv", "place", "attacked", "ukraine")]
    near_warsaw = rows(geo, "events-near-place", "(ent:kyiv 5.0)", "(ent:warsaw 4.0)")
    assert [(short(r["location"]), short(r["relation"])) for r in near_warsaw] == \
        [("lviv", "attacked"), ("warsaw", "condemned")]


def test_timeline_of_actor(geo):
    got = [(str(r.get("date", "")), str(r["role"]), short(r["agent"]), short(r["relation"]), short(r["target"]),
            r["fact"].toPython()) for r in rows(geo, "timeline-of-actor")]
    assert got == [
        ("2023", "target", "poland", "condemned", "russia", True),
        ("2024-02-03", "agent", "russia", "attacked", "kyiv", True),
        ("2024-03", "agent", "russia", "attacked", "ukraine", True),
        ("", "target", "poland", "condemned", "russia", True),       # undated: by its document date
        ("", "target", "ukraine", "attacked", "russia", False),      # neither: last
    ]


def test_queries_are_in_the_cookbook():
    for name in ("events-on-date-range", "events-near-place", "timeline-of-actor"):
        text = (ROOT / "queries" / f"{name}.rq").read_text("utf-8")
        assert text.startswith(f"# {name}:") and "VALUES" in text and "PARAMETER" in text
