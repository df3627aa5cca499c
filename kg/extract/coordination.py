"""What a coordinated verb shares with the verb it is coordinated with.

"X did not comment and condemned Y": "condemned" carries its own tense, so the "did not"
of "comment" is not its; only a bare verb shares its partner's auxiliaries ("did not
attack or kill"). And a verb with its own tense cannot be coordinated under "would" or
"to": "X told reporters Y would not negotiate, and rejected Z" is X's rejection, though
the parser hangs "rejected" on "negotiate".
"""
from __future__ import annotations

_OWN_TENSE = {"VBD", "VBZ"}      # finite forms a bare verb's auxiliary cannot govern


def _under_modal(verb) -> bool:
    """A bare verb after a modal or an infinitive's "to"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")
                                     for c in verb.children)


def has_own_tense(verb) -> bool:
    return verb.tag_ in _OWN_TENSE or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def partner(verb):
    """The verb a conjunct is coordinated with."""
    head = verb.head
    if verb.tag_ in _OWN_TENSE and head.dep_ in ("ccomp", "xcomp") and _under_modal(head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return head.head
    return head
