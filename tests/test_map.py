"""`kg map`: located events on an offline map page (Leaflet and country outlines inlined),
opened in headless Chromium; and the dated demo (examples-dated/) is current."""
from __future__ import annotations

import os
import re
from pathlib import Path

from typer.testing import CliRunner

from cli_checks import assert_user_error
from kg.cli import app
from test_draw import CHROMIUM, FLAGS, need

ROOT = Path(__file__).resolve().parent.parent
DATED = ROOT / "examples-dated"


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_dated_demo_output_is_current(tmp_path):
    graph, page = tmp_path / "dated.ttl", tmp_path / "map.html"
    assert kg("extract", DATED, "-o", graph).exit_code == 0
    assert graph.read_bytes() == (ROOT / "out" / "dated.ttl").read_bytes(), "out/dated.ttl is stale: run `make demo`"
    assert kg("map", graph, "-o", page).exit_code == 0
    assert page.read_bytes() == (ROOT / "out" / "map.html").read_bytes(), "out/map.html is stale: run `make demo`"


def test_map_page_is_self_contained_and_deterministic(tmp_path):
    graph = ROOT / "out" / "dated.ttl"
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert kg("map", graph, "-o", a).exit_code == 0 and kg("map", graph, "-o", b).exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text()
    assert "<script src" not in text and "<link" not in text and not re.search(r"https?://[^\"' ]*\{z\}", text)
    # from a store too
    store = tmp_path / "s"
    assert kg("load", graph, "--store", store).exit_code == 0
    assert kg("map", "--store", store, "-o", b).exit_code == 0 and a.read_bytes() == b.read_bytes()


def test_map_errors(tmp_path):
    out = tmp_path / "m.html"
    assert_user_error(kg("map", ROOT / "out" / "dated.ttl", "-o", tmp_path / "m.png"), "HTML page")
    assert_user_error(kg("map", "-o", out), "GRAPH")
    assert_user_error(kg("map", ROOT / "ontology" / "newskg.ttl", "-o", out), "nothing to map")
    assert not out.exists()


def test_map_in_headless_chromium(tmp_path):
    need(Path(CHROMIUM).exists(), "Chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed")
        raise
    page_file = ROOT / "out" / "map.html"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 640})
            problems, requests = [], []
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.wait_for_function("document.body.dataset.ready === 'yes'", timeout=60000)
            markers = page.evaluate("() => window.kgMarkers.map(m => [m.kg.relation, m.options.fillColor, m.kg.place])")
            # one marker per located event of the dated demo, coloured by relation
            assert sorted(markers) == sorted(set(map(tuple, markers))) or len(markers) >= 4
            assert {r for r, _, _ in markers} == {"attacked", "met"}
            assert len({c for r, c, _ in markers if r == "attacked"}) == 1
            assert {c for r, c, _ in markers if r == "attacked"} != {c for r, c, _ in markers if r == "met"}
            assert {"Kharkiv", "Sanaa", "Tripoli"} <= {p for _, _, p in markers}
            # the country outlines are drawn (the base layer), and every marker is on screen
            assert page.evaluate("() => document.querySelectorAll('path').length") > 150
            assert page.evaluate("""() => window.kgMarkers.every(m => {
                const p = window.kgMap.latLngToContainerPoint(m.getLatLng()), s = window.kgMap.getSize();
                return p.x >= 0 && p.y >= 0 && p.x <= s.x && p.y <= s.y; })""")
            # the popup of a marker shows its source sentence
            page.evaluate("() => window.kgMarkers.find(m => m.kg.place === 'Tripoli').openPopup()")
            popup = page.inner_text(".leaflet-popup-content")
            assert "near Tripoli, Lebanon on November 18" in popup and "Hezbollah" in popup
            assert "2023-11-18" in popup
            shot = tmp_path / "map.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 20_000
            if os.environ.get("KG_UPDATE_SCREENSHOTS"):
                (ROOT / "docs" / "map.png").write_bytes(shot.read_bytes())
            assert problems == []
            assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests
        finally:
            browser.close()
