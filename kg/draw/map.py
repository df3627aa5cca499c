"""`kg map`: the located events of a graph on one self-contained offline HTML page. Leaflet
and Natural Earth country outlines (world-atlas TopoJSON) are inlined from kg/draw/vendor,
so no tile server is needed. One circle marker per located event, coloured by relation;
its popup shows the source sentence. An event is located at its nkg:place, else at its
target when the target is a linked place ("struck Kharkiv")."""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from importlib import resources

from ..errors import KgError
from ..lexicon import load_relations
from .render import relation_colours

QUERY = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?event ?rel ?agent ?target ?place ?wkt ?sentence ?docid ?date ?dateText ?modality ?polarity WHERE {
  ?event nkg:relation ?rel ; nkg:agent ?a ; nkg:target ?t ; nkg:modality ?modality ;
         nkg:polarity ?polarity ; prov:wasDerivedFrom ?s ; nkg:inDocument ?doc .
  OPTIONAL { ?event nkg:place ?pl }
  BIND (COALESCE(?pl, ?t) AS ?p)
  ?p geo:hasGeometry ?g . ?g geo:asWKT ?wkt .
  ?s nif:anchorOf ?sentence .
  OPTIONAL { ?a rdfs:label ?agent } OPTIONAL { ?t rdfs:label ?target } OPTIONAL { ?p rdfs:label ?place }
  OPTIONAL { ?doc dct:identifier ?docid }
  OPTIONAL { ?event nkg:eventDate ?date } OPTIONAL { ?event nkg:dateExpression ?dateText }
}"""


@dataclass(frozen=True, order=True)
class Marker:
    lat: float
    lon: float
    relation: str
    event: str
    agent: str
    target: str
    place: str
    sentence: str
    doc: str
    date: str
    status: str


def _point(wkt: str) -> tuple[float, float] | None:
    inner = wkt.strip()
    if not (inner.startswith("POINT(") and inner.endswith(")")):
        return None
    try:
        lon, lat = (float(x) for x in inner[6:-1].split())
    except ValueError:
        return None
    return lat, lon


def read_markers(store) -> list[Marker]:
    by_event: dict[str, Marker] = {}
    names = {f"https://w3id.org/newskg/ontology#{s.property}": s.name for s in load_relations().values()}
    for row in store.query(QUERY):
        v = {k: (row[k].value if row[k] is not None else "") for k in
             ("event", "rel", "agent", "target", "place", "wkt", "sentence", "docid", "date",
              "dateText", "modality", "polarity")}
        point = _point(v["wkt"])
        if point is None:
            continue
        status = f"{v['polarity'].rsplit('#', 1)[-1].lower()}, {v['modality'].rsplit('#', 1)[-1].lower()}"
        date = " ".join(x for x in (v["date"], f"({v['dateText']})" if v["dateText"] else "") if x)
        m = Marker(point[0], point[1], names.get(v["rel"], v["rel"].rsplit("#", 1)[-1]), v["event"],
                   v["agent"], v["target"], v["place"], v["sentence"], v["docid"], date, status)
        if v["event"] not in by_event or m < by_event[v["event"]]:   # one marker per event
            by_event[v["event"]] = m
    return sorted(by_event.values(), key=lambda m: (m.doc, m.event))


def _vendor(name: str) -> str:
    return resources.files("kg.draw").joinpath("vendor", name).read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON safe inside <script>: no '</' and no HTML comment openers."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) \
        .replace("</", "<\\/").replace("<!--", "<\\!--")


def render_map(markers: list[Marker], title: str = "newskg: located events") -> bytes:
    if not markers:
        raise KgError("nothing to map: no event has a linked place with coordinates")
    colours = relation_colours()
    data = [{"lat": m.lat, "lon": m.lon, "relation": m.relation, "colour": colours.get(m.relation, "#000000"),
             "agent": m.agent, "target": m.target, "place": m.place, "sentence": m.sentence,
             "doc": m.doc, "date": m.date, "status": m.status} for m in markers]
    legend = sorted({m.relation for m in markers})
    page = TEMPLATE.format(
        title=html.escape(title), leaflet_css=_vendor("leaflet.css"), leaflet_js=_vendor("leaflet.js"),
        countries=_vendor("countries-110m.json").strip().replace("</", "<\\/"),
        markers=_script_json(data), legend=_script_json([[r, colours.get(r, "#000000")] for r in legend]))
    return page.encode("utf-8")


TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{leaflet_css}</style>
<style>html,body,#map{{height:100%;margin:0}} body{{font:13px Helvetica,Arial,sans-serif}}
#map{{background:#dcebf5}} .kg-legend{{background:#fff;padding:6px 8px;border-radius:4px;line-height:1.5}}
.kg-legend i{{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}}
.kg-popup q{{display:block;margin-top:4px;font-style:italic}}
.kg-popup small{{color:#555}}</style>
</head><body><div id="map"></div>
<script>{leaflet_js}</script>
<script type="application/json" id="kg-countries">{countries}</script>
<script type="application/json" id="kg-markers">{markers}</script>
<script type="application/json" id="kg-legend">{legend}</script>
<script>
(function () {{
  "use strict";
  function read(id) {{ return JSON.parse(document.getElementById(id).textContent); }}
  // TopoJSON (quantized, delta-encoded arcs) -> GeoJSON polygons
  function features(topo, name) {{
    var t = topo.transform, arcs = topo.arcs.map(function (arc) {{
      var x = 0, y = 0;
      return arc.map(function (p) {{ x += p[0]; y += p[1];
        return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : p; }});
    }});
    function ring(ids) {{
      var pts = [];
      ids.forEach(function (i, k) {{
        var a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        pts = pts.concat(k ? a.slice(1) : a);
      }});
      // a ring cut at the antimeridian (Russia, Fiji) would be drawn across the whole map:
      // keep it on one side by moving its western points 360 degrees east
      for (var j = 1; j < pts.length; j++) if (Math.abs(pts[j][0] - pts[j - 1][0]) > 180) {{
        return pts.map(function (p) {{ return p[0] < 0 ? [p[0] + 360, p[1]] : p; }});
      }}
      return pts;
    }}
    return topo.objects[name].geometries.filter(function (g) {{ return g.arcs; }}).map(function (g) {{
      var coords = g.type === "Polygon" ? g.arcs.map(ring) : g.arcs.map(function (p) {{ return p.map(ring); }});
      return {{type: "Feature", properties: g.properties || {{}}, geometry: {{type: g.type, coordinates: coords}}}};
    }});
  }}
  var map = L.map("map", {{worldCopyJump: false, minZoom: 1, maxZoom: 12, attributionControl: true}});
  map.setView([20, 0], 2);     // a view before any layer: Leaflet's renderer needs its bounds
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas; places: GeoNames");
  L.geoJSON({{type: "FeatureCollection", features: features(read("kg-countries"), "countries")}},
    {{interactive: false, style: {{color: "#8a8a8a", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1}}}}).addTo(map);
  for (var lon = -180; lon <= 180; lon += 30) L.polyline([[-85, lon], [85, lon]], {{color: "#9bb", weight: 0.4, interactive: false}}).addTo(map);
  for (var lat = -60; lat <= 60; lat += 30) L.polyline([[lat, -180], [lat, 180]], {{color: "#9bb", weight: 0.4, interactive: false}}).addTo(map);
  var markers = read("kg-markers"), seen = {{}}, layer = [];
  markers.forEach(function (m) {{
    // events at one point sit on a small ring so that each stays clickable
    var key = m.lat + "," + m.lon, n = seen[key] = (seen[key] || 0) + 1, r = n > 1 ? 0.4 * Math.sqrt(n - 1) : 0;
    var pos = [m.lat + r * Math.sin(n * 2.4), m.lon + r * Math.cos(n * 2.4)];
    var box = document.createElement("div"); box.className = "kg-popup";
    var head = document.createElement("div"), rel = document.createElement("b");
    rel.textContent = m.relation; head.appendChild(document.createTextNode(m.agent + " "));
    head.appendChild(rel); head.appendChild(document.createTextNode(" " + m.target));
    var where = document.createElement("small");
    where.textContent = "at " + m.place + (m.date ? " · " + m.date : "") + " · " + m.status + " · [" + m.doc + "]";
    var q = document.createElement("q"); q.textContent = m.sentence;
    box.appendChild(head); box.appendChild(where); box.appendChild(q);
    var c = L.circleMarker(pos, {{radius: 7, color: "#222", weight: 1, fillColor: m.colour, fillOpacity: 0.9,
                                  className: "kg-marker"}}).bindPopup(box, {{maxWidth: 360}}).addTo(map);
    c.kg = m; layer.push(c);
  }});
  map.fitBounds(L.latLngBounds(layer.map(function (c) {{ return c.getLatLng(); }})).pad(0.25), {{maxZoom: 6}});
  var legend = L.control({{position: "topright"}});
  legend.onAdd = function () {{
    var div = L.DomUtil.create("div", "kg-legend");
    read("kg-legend").forEach(function (e) {{
      var row = document.createElement("div"), dot = document.createElement("i");
      dot.style.background = e[1]; row.appendChild(dot); row.appendChild(document.createTextNode(e[0]));
      div.appendChild(row);
    }});
    return div;
  }};
  legend.addTo(map);
  window.kgMap = map; window.kgMarkers = layer;
  document.body.dataset.ready = "yes";
}})();
</script></body></html>
"""
