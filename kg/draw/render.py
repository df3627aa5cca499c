"""A Network drawn: Graphviz (SVG, PNG, PDF; a deterministic `dot` layout) or one
self-contained HTML page (vis-network inlined from kg/draw/vendor, no network needed)
where hovering an edge shows the sentences and documents that report it."""
from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

from ..errors import FormatError, KgError
from ..lexicon import load_relations
from .network import Network

FORMATS = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".html": "html", ".htm": "html", ".dot": "dot"}
# Colour-blind-safe (Okabe-Ito and Tol), fixed per relation and per class.
RELATION_COLOURS = ["#D55E00", "#CC79A7", "#0072B2", "#E69F00", "#009E73", "#56B4E9", "#882255",
                    "#999933", "#000000"]
CLASS_STYLE = {  # class -> (Graphviz shape, fill colour)
    "Person": ("ellipse", "#FDE0C5"), "Organization": ("box", "#D6E6F5"), "Group": ("hexagon", "#E3D7EE"),
    "Country": ("doubleoctagon", "#D9EFD3"), "Location": ("house", "#F3F0C9"),
    "Facility": ("component", "#EEEEEE"), "Other": ("plaintext", "#FFFFFF")}
MAX_EVIDENCE = 8  # sentences listed per edge tooltip


def output_format(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise FormatError(f"{path}: cannot tell the picture format (use .svg, .png, .pdf, .html or .dot)")
    return FORMATS[suffix]


def relation_colours() -> dict[str, str]:
    names = list(load_relations())
    return {n: RELATION_COLOURS[i % len(RELATION_COLOURS)] for i, n in enumerate(names)}


def _evidence_lines(edge) -> list[str]:
    items = sorted(edge.evidence)
    lines = [f"[{ev.doc}] {ev.sentence}" for ev in items[:MAX_EVIDENCE]]
    if len(items) > MAX_EVIDENCE:
        lines.append(f"… and {len(items) - MAX_EVIDENCE} more")
    return lines


def _width(reports: int, most: int) -> float:
    return round(1.0 + 4.0 * (reports - 1) / max(1, most - 1), 2)


def to_dot(net: Network):
    import graphviz

    colours = relation_colours()
    ids = {iri: f"n{i}" for i, iri in enumerate(sorted(net.nodes))}
    g = graphviz.Digraph("newskg", graph_attr={"rankdir": "LR", "fontname": "Helvetica", "fontsize": "11",
                                                "labelloc": "b", "nodesep": "0.35", "ranksep": "0.6"},
                         node_attr={"fontname": "Helvetica", "fontsize": "11", "style": "filled",
                                    "color": "#555555"},
                         edge_attr={"fontname": "Helvetica", "fontsize": "9", "arrowsize": "0.7"})
    for iri in sorted(net.nodes):
        node = net.nodes[iri]
        shape, fill = CLASS_STYLE.get(node.cls, CLASS_STYLE["Other"])
        g.node(ids[iri], label=node.label, shape=shape, fillcolor=fill, tooltip=f"{node.label} ({node.cls})")
    most = max((e.reports for e in net.edges), default=1)
    for e in net.edges:
        colour = colours.get(e.relation, "#000000")
        tip = f"{net.nodes[e.source].label} {e.relation} {net.nodes[e.target].label}: {e.reports} report(s)\n" \
              + "\n".join(_evidence_lines(e))
        g.edge(ids[e.source], ids[e.target], color=colour, fontcolor=colour, label=e.relation,
               penwidth=str(_width(e.reports, most)), dir="none" if e.symmetric else "forward",
               tooltip=tip)
    used = sorted({e.relation for e in net.edges}, key=list(colours).index)
    legend = " &#183; ".join(f'<font color="{colours[r]}">{html.escape(r)}</font>' for r in used)
    g.attr(label=f"<{legend}<br/>edge width: number of reports>")
    return g


def render_graphviz(net: Network, fmt: str) -> bytes:
    import graphviz

    g = to_dot(net)
    if fmt == "dot":
        return g.source.encode("utf-8")
    try:
        return g.pipe(format=fmt, engine="dot")
    except graphviz.ExecutableNotFound:
        raise KgError("Graphviz is not installed (Debian: apt-get install graphviz)") from None
    except graphviz.CalledProcessError as exc:
        detail = " ".join((exc.stderr or b"").decode("utf-8", "replace").split())[:200]
        raise KgError(f"Graphviz failed: {detail or exc}") from None


def _vis_js() -> str:
    return resources.files("kg.draw").joinpath("vendor", "vis-network.min.js").read_text("utf-8")


def network_json(net: Network) -> dict:
    colours = relation_colours()
    ids = {iri: i for i, iri in enumerate(sorted(net.nodes))}
    most = max((e.reports for e in net.edges), default=1)
    nodes = [{"id": ids[iri], "label": n.label, "group": n.cls, "iri": iri,
              "title": f"{n.label} ({n.cls})\n{iri}",
              "color": {"background": CLASS_STYLE.get(n.cls, CLASS_STYLE["Other"])[1], "border": "#555555"}}
             for iri, n in sorted(net.nodes.items())]
    edges = [{"id": i, "from": ids[e.source], "to": ids[e.target], "relation": e.relation,
              "reports": e.reports, "label": e.relation,
              "title": f"{net.nodes[e.source].label} {e.relation} {net.nodes[e.target].label} "
                       f"({e.reports} report{'s' if e.reports != 1 else ''})\n" + "\n".join(_evidence_lines(e)),
              "arrows": "" if e.symmetric else "to", "width": _width(e.reports, most),
              "color": {"color": colours.get(e.relation, "#000000")},
              "font": {"color": colours.get(e.relation, "#000000"), "size": 11, "strokeWidth": 3}}
             for i, e in enumerate(net.edges)]
    return {"nodes": nodes, "edges": edges}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newskg: who did what to whom</title>
<style>
html, body { margin: 0; height: 100%%; font-family: Helvetica, Arial, sans-serif; }
#graph { position: absolute; top: 2.2em; bottom: 0; left: 0; right: 0; }
header { height: 2.2em; line-height: 2.2em; padding: 0 0.8em; font-size: 14px; border-bottom: 1px solid #ddd; }
div.vis-tooltip { white-space: pre-wrap !important; max-width: 40em; font-size: 13px; }
</style>
</head><body>
<header>%(summary)s &middot; hover an edge for its sources, drag to move, scroll to zoom</header>
<div id="graph"></div>
<script>%(js)s</script>
<script>
const data = %(data)s;
const nodes = new vis.DataSet(data.nodes);
const edges = new vis.DataSet(data.edges);
const network = new vis.Network(document.getElementById("graph"), {nodes, edges}, {
  layout: {randomSeed: 7},
  physics: {solver: "forceAtlas2Based", stabilization: {iterations: 400}},
  interaction: {hover: true, tooltipDelay: 100},
  nodes: {shape: "box", margin: 8, font: {size: 14}},
  edges: {smooth: {type: "dynamic"}, font: {align: "middle"}}
});
network.once("stabilizationIterationsDone", () => {
  network.setOptions({physics: false});
  document.body.dataset.ready = "yes";
});
window.kgNetwork = network;
</script>
</body></html>
"""


def render_html(net: Network) -> bytes:
    data = json.dumps(network_json(net), ensure_ascii=False, sort_keys=True)
    data = data.replace("</", "<\\/")  # never close the script element early
    summary = html.escape(f"{len(net.nodes)} actors, {len(net.edges)} relations")
    return (PAGE % {"summary": summary, "js": _vis_js(), "data": data}).encode("utf-8")


def render(net: Network, fmt: str) -> bytes:
    return render_html(net) if fmt == "html" else render_graphviz(net, fmt)
