"""Entity resolution (stub, being replaced)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Entity, Sentence


@dataclass
class Resolved:
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def entity_records(self) -> tuple[Entity, ...]:
        return tuple(sorted(self.entities.values(), key=lambda e: e.key))


def resolve_entities(doc) -> Resolved:
    sents = [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
    return Resolved(sentences=sents)
