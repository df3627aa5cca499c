"""Entity resolution: NER spans, gazetteer hits, pronouns and role descriptions of one
document become one actor per real-world entity, each token mapped to its actor.

Stages, in the order resolve_entities runs them: names (spans, names, forms, persons,
links), the article's state (home), descriptions, pronouns; builder.py holds the
resolver's state, model.py what it produces."""
from __future__ import annotations

from ...gazetteer import Gazetteer, load_gazetteer
from .builder import _Builder
from .model import Actor, Mention, Resolved, clause_verb

__all__ = ["Actor", "Mention", "Resolved", "clause_verb", "resolve_entities"]


def resolve_entities(doc, gaz: Gazetteer | None = None, carry: dict | None = None) -> Resolved:
    """`carry`: state kept across the sections of one long article (kg.corpus.sections):
    the article's state, found in its first section's dateline or lead."""
    b = _Builder(doc, gaz or load_gazetteer())
    b.resolve_names()
    b.resolve_place_forms()
    b.res.home_state = carry["home_state"] if carry and "home_state" in carry else b.home_state()
    if carry is not None:
        carry["home_state"] = b.res.home_state
    b.resolve_home_bodies()
    b.resolve_affiliations()
    b.resolve_descriptions()
    b.resolve_pair_descriptions()
    b.resolve_known_as()
    b.resolve_group_descriptions()
    b.resolve_described_groups()
    b.resolve_settlement_descriptions()
    b.resolve_compass_states()
    b.resolve_pronouns()
    b.resolve_speakers()
    spokes = b.roles["spokesperson_titles"]
    for a in b.res.actors.values():
        a.spokesperson = a.type == "Person" and bool(a.roles & spokes)
    return b.res
