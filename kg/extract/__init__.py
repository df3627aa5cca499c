"""Extraction: spaCy Doc in, records out (kg.records). No RDF in this package."""
from __future__ import annotations

from ..records import Document, Extraction


def extract_from_doc(doc, document: Document) -> Extraction:
    from .events import extract_events
    from .entities import resolve_entities

    resolved = resolve_entities(doc)
    events = extract_events(doc, resolved)
    return Extraction(document=document, entities=resolved.entity_records(),
                      events=tuple(events), sentences=tuple(resolved.sentences))
