"""Relation frames over the dependency parse. Which words trigger which relation, and
with which prepositions, is data (kg/lexicon/relations.toml); the frames here are
generic: verb, event noun, projectile ("fired missiles at"), entry, blast, talk ("spoke by phone
with"), adjective ("is opposed to"), judgment, stance word, reciprocal, refusal, price
foretold, "X-backed Y", a vote count, and fire returned."""
from __future__ import annotations

from .force import answer_frame, blast_frame, entry_frame, projectile_frame
from .noun import noun_frame
from .stance import (adjective_frame, backed_frame, consequence_frame, judgment_frame, refusal_frame,
                     stance_word_frame)
from .tally import tally_frame
from .talk import reciprocal_frame, talk_frame
from .verb import verb_frame

FRAMES = (
    ("verbs", verb_frame),
    ("refusal_verbs", refusal_frame),
    ("nouns", noun_frame),
    ("projectile_verbs", projectile_frame),
    ("entry_verbs", entry_frame),
    ("blast_verbs", blast_frame),
    ("talk_verbs", talk_frame),
    ("tell_verbs", talk_frame),
    ("adjectives", adjective_frame),
    ("judgment_adjectives", judgment_frame),
    ("backed_suffixes", backed_frame),
    ("reciprocal_verbs", reciprocal_frame),
    ("stance_words", stance_word_frame),
    ("consequence_verbs", consequence_frame),
    ("tally_words", tally_frame),
    ("answering_verbs", answer_frame),
)
