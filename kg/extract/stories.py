"""Digests: a news roundup ("World in brief", an agency's news summary) tells unrelated
stories, each a paragraph or a few opening with its own wire dateline ("PESHAWAR - ...",
"OMAGH, Northern Ireland - ..."). Each story is read on its own, so "the attack", "the
suspect" or "he" never reaches back into another story, and each has its own dateline's
state. A text is a digest when at least DIGEST_DATELINES paragraphs after its first open
with a wire dateline: one later dateline is an ordinary article's (a page's headline and
standfirst before the wire story)."""
from __future__ import annotations

import re

DIGEST_DATELINES = 2

_BLANK_LINE_BEFORE = re.compile(r"\n[ \t\r]*\n[ \t\r]*$")
_PARAGRAPH_START = re.compile(r"\n[ \t\r]*\n[ \t\r]*(?=\S)")


def _capitalised_paragraphs(text: str) -> int:
    """Paragraphs (after a blank line) opening with two capital letters: at least one per
    story dateline, so most texts are ruled out without looking for datelines."""
    return sum(1 for m in _PARAGRAPH_START.finditer(text)
               if text[m.end():m.end() + 2].isalpha() and text[m.end():m.end() + 2].isupper())


def story_starts(doc) -> list[int]:
    """Token indices where the stories of a digest start (the first is 0), or [0]."""
    from ..gazetteer import load_gazetteer
    from ..lexicon import load_table
    from .entities.home import dateline_tokens

    text = doc.text
    if _capitalised_paragraphs(text) < DIGEST_DATELINES:
        return [0]
    tokens = list(doc)
    roles = load_table("roles")
    dashes = set(roles["dateline_dashes"]) - {":"}
    marked = dateline_tokens(doc, tokens, roles, load_gazetteer())
    starts = []
    for i in sorted(marked):
        if i == 0 or i - 1 in marked:
            continue
        end = i
        while end + 1 in marked:
            end += 1
        first = tokens[i]
        # a filing place in capitals closed by a dash, at a paragraph's start: a transcript's
        # "PRESENTER:" or a heading ends in no dash
        if (tokens[end].text in dashes and first.is_alpha and first.text.isupper() and len(first.text) > 1
                and _BLANK_LINE_BEFORE.search(text[max(0, first.idx - 40):first.idx])):
            starts.append(i)
    if len(starts) < DIGEST_DATELINES:
        return [0]
    return [0] + starts
