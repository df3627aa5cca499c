"""Links, places and dates of one document's extraction as quads in the document's graph
(docs/model.md, "Linked, located and dated"): the links are this document's decision (its
country context chose between namesakes), so they live with its other statements."""
from __future__ import annotations

from typing import Iterator

from rdflib import Literal, URIRef

from ..records import Extraction
from .namespaces import GEO, NKG, RDF, SKOS, XSD, Terms
from .naming import Iris

GEONAMES = "https://sws.geonames.org/{}/"
# The namespaces of the per-document quads, each term made once (kg.rdf.namespaces.Terms).
_GEO = Terms(GEO)
_NKG = Terms(NKG)
_RDF = Terms(RDF)
_SKOS = Terms(SKOS)
# lexical length of an ISO value -> its XML Schema type (kg.extract.when)
DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def geonames_iri(geonames_id: int) -> URIRef:
    return URIRef(GEONAMES.format(int(geonames_id)))


def geometry_iri(iris: Iris, geonames_id: int) -> URIRef:
    return URIRef(f"{iris.base}geometry/geonames-{int(geonames_id)}")


def date_literal(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES[len(value)])


def situation_quads(ex: Extraction, iris: Iris) -> Iterator[tuple]:
    doc = iris.doc(ex.document.id)
    for ev in ex.events:
        node = iris.event(ex.document.id, ev)
        if ev.place:
            yield node, _NKG.place, iris.entity(ev.place), doc
            yield node, _NKG.placeExpression, Literal(ev.place_text or ""), doc
        if ev.date_text:
            yield node, _NKG.dateExpression, Literal(ev.date_text), doc
        if ev.date:
            yield node, _NKG.eventDate, date_literal(ev.date), doc
    for link in ex.links:
        node = iris.entity(link.key)
        yield node, _SKOS.exactMatch, geonames_iri(link.geonames), doc
        if link.iso2:
            yield node, _NKG.iso3166Alpha2, Literal(link.iso2), doc
        if link.iso3:
            yield node, _NKG.iso3166Alpha3, Literal(link.iso3), doc
        if link.cameo:
            yield node, _NKG.cameoCode, Literal(link.cameo), doc
        if link.lon and link.lat:
            geom = geometry_iri(iris, link.geonames)
            yield node, _GEO.hasGeometry, geom, doc
            yield geom, _RDF.type, _GEO.Geometry, doc
            yield geom, _GEO.asWKT, Literal(f"POINT({link.lon} {link.lat})", datatype=_GEO.wktLiteral), doc
