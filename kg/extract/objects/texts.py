"""Texts put to a vote and who drafted them: "the U.S. resolution", "a draft ... voted
against it", "the text, which had been submitted by X"."""
from __future__ import annotations

from ..context import Context, _in, _since_sentence_before


def _drafters(tok, actors: list[str], ctx: Context) -> list[str]:
    """Of a drafted text's actors, not the body that votes on it ("vetoed a UN Security
    Council resolution"); a state named on it is its drafter ("the U.S. resolution")."""
    if not _in(tok, ctx.args.roles["drafted_nouns"]):
        return actors
    drafters = [a for a in actors if ctx.res.actors[a].type == "Country" or not any(
        c.dep_ == "compound" and ctx.res.key_at(c.i) == a for c in tok.children)]
    # ("Cameron's motion", "the senator's bill": a parliament's texts are their authors', not a state's)
    return drafters if _in(tok, ctx.args.roles["domestic_texts"]) else sponsors(drafters, ctx)


def sponsors(actors: list[str], ctx: Context) -> list[str]:
    """A text put to a vote is a state's: the minister or envoy who introduces it acts for
    their state ("Introducing the draft, Cuba's Foreign Minister X said")."""
    res = ctx.res
    return list(dict.fromkeys(res.state_key(res.actors[a].country)
                              if res.actors[a].type == "Person" and res.actors[a].country else a for a in actors))


def _text_antecedent(tok, ctx: Context):
    """'it' after a text put to a vote in its sentence or the one before ("a draft resolution
    ... voted against it"): the text, not an actor named near it."""
    if tok.pos_ != "PRON" or tok.lower_ != "it":
        return None
    start = _since_sentence_before(tok, ctx)
    for i in range(tok.i - 1, start - 1, -1):
        t = ctx.doc[i]
        if t.pos_ == "NOUN" and t.dep_ != "compound" and _in(t, ctx.args.roles["drafted_nouns"]):
            return t
    return None


def _text_drafters(text, ctx: Context) -> list[str]:
    """Who drafted a text: named on it, else on the same text named again in the next
    sentence ("... the text, which had been submitted by X")."""
    found = _drafters(text, ctx.args.owners(text), ctx)
    if not found and text.dep_ == "dobj" and _in(text.head, ctx.args.roles["drafting_verbs"]):
        found = sponsors([a for t in ctx.args.subject(text.head) for a in ctx.args.actors(t, "agent")], ctx)
    if found:
        return found
    end = ctx.doc[text.sent.end].sent.end if text.sent.end < len(ctx.doc) else text.sent.end
    for t in ctx.doc[text.i + 1:end]:
        # (the same text is named definitely: "A competing text presented by Y" is another)
        if t.pos_ == "NOUN" and _in(t, ctx.args.roles["drafted_nouns"]) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            found = _drafters(t, ctx.args.owners(t), ctx)
            if not found and t.dep_ == "dobj" and _in(t.head, ctx.args.roles["drafting_verbs"]):
                # "... 3 against (X, Y). Introducing the draft, Z's minister said": Z's
                found = sponsors([a for s in ctx.args.subject(t.head) for a in ctx.args.actors(s, "agent")], ctx)
            if found:
                return found
    from .antecedents import _action_antecedent   # (antecedents imports this module)
    # "approved the Cuban resolution. The text received 187 votes, while X voted against it"
    return _action_antecedent(text, ctx)


def voted_text_drafters(tok, ctx: Context) -> list[str] | None:
    """The drafters of the text a vote counts: the last text put to a vote named in tok's
    sentence or the one before whose drafters the text gives ("a draft tabled by X ... was
    vetoed by Y, with Z voting against"); None when no such text is named."""
    doc = ctx.doc
    texts = [t for t in reversed(doc[_since_sentence_before(tok, ctx):tok.i]) if t.pos_ == "NOUN"
             and t.dep_ != "compound" and _in(t, ctx.args.roles["drafted_nouns"])]
    if not texts:
        return None
    return next((d for d in (_text_drafters(t, ctx) for t in texts) if d), [])
