"""A vote count: "the text received 9 votes in favour to 3 against (China, Russian
Federation, South Africa)": each state listed after the votes against opposed the text's
drafters (GUIDELINES, Clarification 7: a vote against a text rejects it)."""
from __future__ import annotations

from ...lexicon import RelationSpec
from ..context import Candidate, Context
from ..objects.texts import voted_text_drafters


def tally_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    if tok.lower_ not in spec.words("tally_words"):
        return []
    doc, i = ctx.doc, tok.i
    if i < 1 or doc[i - 1].tag_ != "CD" or i + 2 >= len(doc) or doc[i + 1].text != "(":
        return []
    close = next((k for k in range(i + 2, min(len(doc), i + 40)) if doc[k].text == ")"), None)
    if close is None:
        return []
    voters = list(dict.fromkeys(k for k in (ctx.res.key_at(j) for j in range(i + 2, close)) if k))
    if not voters:
        return []
    # the text counted ("a draft tabled by X and Y ... The draft received ...")
    drafters = voted_text_drafters(tok, ctx)
    return [Candidate(spec.name, tok, voters, drafters, False, 0.8)] if drafters is not None else []
