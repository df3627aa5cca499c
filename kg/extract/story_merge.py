"""The records of a text read in parts (a digest's stories, kg.extract.stories; a long
article's sections, kg.corpus.sections) as one document's: offsets moved back into the
whole text, an actor named in several parts one entity."""
from __future__ import annotations

import dataclasses

from ..records import Document, Entity, Extraction
from .entities.model import settled_type


def shifted(ex: Extraction, document: Document, offset: int) -> Extraction:
    """A part's records with offsets into the whole text and its Document."""
    def sentence(s):
        return dataclasses.replace(s, start=s.start + offset, end=s.end + offset)

    events = tuple(dataclasses.replace(e, trigger_start=e.trigger_start + offset,
                                       trigger_end=e.trigger_end + offset,
                                       sentence=sentence(e.sentence)) for e in ex.events)
    return dataclasses.replace(ex, document=document, events=events,
                               sentences=tuple(sentence(s) for s in ex.sentences))


def merged_stories(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from (character offset, records) of consecutive parts: events and
    sentences in text order; an entity key's first name and type (unless a later part
    types it more clearly) with every part's aliases; a key's first GeoNames link."""
    events, sentences, entities, links = [], [], {}, {}
    for offset, ex in parts:
        ex = shifted(ex, document, offset)
        events += ex.events
        sentences += ex.sentences
        for e in ex.entities:
            old = entities.get(e.key)
            if old is None:
                entities[e.key] = e
                continue
            names = (set(old.aliases) | set(e.aliases) | {e.name}) - {old.name}
            entities[e.key] = Entity(old.key, old.name, settled_type(old.type, e.type), tuple(sorted(names)))
        for link in ex.links:
            links.setdefault(link.key, link)
    return Extraction(document=document, entities=tuple(entities[k] for k in sorted(entities)),
                      events=tuple(events), sentences=tuple(sentences),
                      links=tuple(links[k] for k in sorted(links)))
