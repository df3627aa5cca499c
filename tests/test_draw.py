"""`kg graph`: the network drawn by Graphviz (SVG checked as parsed XML) and as an HTML page
opened in headless Chromium (Debian's, driven by Playwright)."""
from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_checks import assert_user_error
from kg.cli import app
from test_store import write
from test_cookbook import cookbook_extractions

CHROMIUM = "/usr/bin/chromium"
SVG = "{http://www.w3.org/2000/svg}"
IN_CI = bool(os.environ.get("CI"))  # there the install steps must have worked: never skip


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def need(ok: bool, why: str):
    if not ok and not IN_CI:
        pytest.skip(why)


@pytest.fixture
def graph(tmp_path) -> Path:
    return write(tmp_path / "cookbook.trig", cookbook_extractions(), "trig")


def svg_of(path: Path) -> tuple[set, list]:
    """(node labels, edges as (label, relation, title)) of a Graphviz SVG."""
    root = ET.parse(path).getroot()
    nodes, edges = set(), []
    for g in root.iter(f"{SVG}g"):
        texts = [t.text for t in g.iter(f"{SVG}text")]
        if g.get("class") == "node":
            nodes.add(" ".join(texts))
        elif g.get("class") == "edge":
            edges.append(texts[0])
    return nodes, sorted(edges)


def test_svg_nodes_edges_and_filters(graph, tmp_path):
    need(shutil.which("dot") is not None, "Graphviz (dot) is not installed")
    out = tmp_path / "g.svg"
    result = kg("graph", graph, "-o", out)
    assert result.exit_code == 0, result.output
    nodes, edges = svg_of(out)
    assert nodes == {"Russia", "Ukraine", "Poland", "Germany", "Iran", "Olaf Scholz", "Volodymyr Zelenskyy"}
    # the negated and hypothetical attacks are not facts; the two calls are one undirected edge
    assert edges == ["attacked", "called", "condemned", "condemned", "condemned", "met"]
    text = out.read_text()
    assert "Russia attacked Ukraine." in text  # the edge tooltip names its source sentence
    assert text.count('class="edge"') == 6
    # deterministic: the same bytes again, and from a store
    again = tmp_path / "again.svg"
    assert kg("graph", graph, "-o", again).exit_code == 0 and again.read_bytes() == out.read_bytes()
    store = tmp_path / "s"
    assert kg("load", graph, "--store", store).exit_code == 0
    assert kg("graph", "--store", store, "-o", again).exit_code == 0 and again.read_bytes() == out.read_bytes()

    assert kg("graph", graph, "-o", out, "--relation", "condemned,attacked").exit_code == 0
    assert svg_of(out)[1] == ["attacked", "condemned", "condemned", "condemned"]
    assert kg("graph", graph, "-o", out, "--min-reports", "2").exit_code == 0
    assert svg_of(out) == ({"Olaf Scholz", "Volodymyr Zelenskyy"}, ["called"])
    assert kg("graph", graph, "-o", out, "--entity", "iran").exit_code == 0
    assert svg_of(out) == ({"Iran", "Russia"}, ["met"])
    assert kg("graph", graph, "-o", out, "--entity", "Moscow", "--hops", "2").exit_code == 0  # an alias
    nodes, _ = svg_of(out)
    assert {"Iran", "Russia", "Poland", "Germany", "Ukraine"} == nodes


def test_png_pdf_and_dot(graph, tmp_path):
    need(shutil.which("dot") is not None, "Graphviz (dot) is not installed")
    for suffix, magic in ((".png", b"\x89PNG"), (".pdf", b"%PDF"), (".dot", b"digraph")):
        out = tmp_path / f"g{suffix}"
        assert kg("graph", graph, "-o", out).exit_code == 0
        assert out.read_bytes().startswith(magic)


def test_graph_errors(graph, tmp_path):
    out = tmp_path / "g.svg"
    assert_user_error(kg("graph", graph, "-o", tmp_path / "g.gif"), "picture format")
    assert_user_error(kg("graph", graph, "-o", out, "--relation", "hugged"), "unknown relation")
    assert_user_error(kg("graph", graph, "-o", out, "--entity", "Atlantis"), "no actor named")
    assert_user_error(kg("graph", graph, "-o", out, "--hops", "2"), "--entity")
    assert_user_error(kg("graph", graph, "-o", out, "--min-reports", "9"), "nothing to draw")
    assert_user_error(kg("graph", "-o", out), "GRAPH")
    assert_user_error(kg("graph", "--store", tmp_path / "none", "-o", out), "no such store")
    assert not out.exists()


FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_html_page_in_headless_chromium(graph, tmp_path):
    need(Path(CHROMIUM).exists(), "Chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed")
        raise
    page_file = tmp_path / "g.html"
    assert kg("graph", graph, "-o", page_file).exit_code == 0
    assert b"<script src" not in page_file.read_bytes()  # self-contained
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 700})
            problems, requests = [], []
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.wait_for_function("document.body.dataset.ready === 'yes'", timeout=60000)
            shot = tmp_path / "shot.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 10_000
            # nodes are drawn: every node lies inside the visible canvas, and the canvas is not blank
            inside = page.evaluate("""() => { const n = window.kgNetwork, c = document.querySelector('canvas');
                return Object.values(n.getPositions()).map(p => n.canvasToDOM(p))
                  .every(d => d.x >= 0 && d.y >= 0 && d.x <= c.clientWidth && d.y <= c.clientHeight); }""")
            assert inside
            inked = page.evaluate("""() => { const c = document.querySelector('canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k; }""")
            assert inked > 2000
            labels = page.evaluate("() => window.kgNetwork.body.data.nodes.get().map(n => n.label).sort()")
            assert "Russia" in labels and "Olaf Scholz" in labels
            # hover the attack edge: its tooltip shows the sentence and the document
            point = page.evaluate("""() => { const n = window.kgNetwork;
                const e = n.body.data.edges.get().find(e => e.relation === 'attacked');
                const p = n.getPositions([e.from, e.to]), a = p[e.from], b = p[e.to];
                return n.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}); }""")
            box = page.locator("#graph").bounding_box()
            page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10000)
            tip = page.inner_text("div.vis-tooltip")
            assert "Russia attacked Ukraine" in tip and "[d1] Russia attacked Ukraine." in tip
            page.screenshot(path=str(tmp_path / "hover.png"))
            assert problems == []
            assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests
        finally:
            browser.close()


def test_demo_picture_is_current(tmp_path):
    """out/graph.svg (README) is what `make demo` draws from out/graph.ttl today."""
    need(shutil.which("dot") is not None, "Graphviz (dot) is not installed")
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "graph.svg"
    assert kg("graph", root / "out" / "graph.ttl", "-o", out).exit_code == 0
    assert svg_of(root / "out" / "graph.svg") == svg_of(out), "out/graph.svg is stale: run `make demo`"
    assert "Russia" in svg_of(out)[0]
