"""Extraction: spaCy Doc in, records out (kg.records). No RDF in this package."""
from __future__ import annotations

from ..records import Document, Extraction


def extract_from_doc(doc, document: Document, carry: dict | None = None) -> Extraction:
    """`carry`: see kg.extract.entities.resolve_entities (a long article's sections; those
    are not cut into the stories of a digest, kg.extract.stories)."""
    from .docview import doc_view
    from .stories import story_starts

    view = doc_view(doc)            # spaCy's Tokens made once, not at every doc[i] or tok.head
    starts = story_starts(view) if carry is None and view is not doc else [0]
    if len(starts) == 1:
        return _extract(view, doc, document, carry)
    view.release()
    from .story_merge import merged_stories

    ends = starts[1:] + [len(doc)]
    parts = []
    for a, b in zip(starts, ends):
        story = doc[a:b].as_doc()
        parts.append((doc[a].idx, _extract(doc_view(story), story, document, None)))
    return merged_stories(document, parts)


def _extract(view, doc, document: Document, carry: dict | None) -> Extraction:
    from .events import extract_events
    from .entities import resolve_entities

    try:
        resolved = resolve_entities(view, carry=carry)
        events = extract_events(view, resolved)
        entities = resolved.entity_records()
        events, links = _situate(view, document, resolved, events, entities)
    finally:
        if view is not doc:
            view.release()
    return Extraction(document=document, entities=entities, events=tuple(events),
                      sentences=tuple(resolved.sentences), links=links)


def _situate(doc, document: Document, resolved, events, entities):
    """Where and when each event happened, and the GeoNames links (kg.extract.where, .when)."""
    from ..lexicon import load_table
    from .when import date_events
    from .where import link_entities, place_events

    light = load_table("factuality")["light_verbs"]
    events = date_events(doc, document, place_events(doc, resolved, events, light), light, resolved.tokens)
    return events, link_entities(doc, resolved, entities)
