"""Links, places and dates of one document's extraction as quads in the document's graph
(docs/model.md, "Linked, located and dated"): the links are this document's decision (its
country context chose between namesakes), so they live with its other statements."""
from __future__ import annotations

from typing import Iterator

from rdflib import Literal, URIRef

from ..records import Extraction
from .namespaces import GEO, NKG, RDF, SKOS, XSD
from .naming import Iris

GEONAMES = "https://sws.geonames.org/{}/"
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
            yield node, NKG.place, iris.entity(ev.place), doc
            yield node, NKG.placeExpression, Literal(ev.place_text or ""), doc
        if ev.date_text:
            yield node, NKG.dateExpression, Literal(ev.date_text), doc
        if ev.date:
            yield node, NKG.eventDate, date_literal(ev.date), doc
    for link in ex.links:
        node = iris.entity(link.key)
        yield node, SKOS.exactMatch, geonames_iri(link.geonames), doc
        if link.iso2:
            yield node, NKG.iso3166Alpha2, Literal(link.iso2), doc
        if link.iso3:
            yield node, NKG.iso3166Alpha3, Literal(link.iso3), doc
        if link.cameo:
            yield node, NKG.cameoCode, Literal(link.cameo), doc
        if link.lon and link.lat:
            geom = geometry_iri(iris, link.geonames)
            yield node, GEO.hasGeometry, geom, doc
            yield geom, RDF.type, GEO.Geometry, doc
            yield geom, GEO.asWKT, Literal(f"POINT({link.lon} {link.lat})", datatype=GEO.wktLiteral), doc
