"""Talk by phone: "spoke by phone with Y", a readout's "spoke today with Y", "exchanged calls"."""
from __future__ import annotations

from ...lexicon import RelationSpec
from ..context import Candidate, Context, _in

from .common import _phone_nearby




def _readout_lead(tok, spec: RelationSpec, ctx: Context) -> bool:
    """'President X spoke today with Prime Minister Y of Z.' opening a document: a government
    readout of a call (they say "spoke" and name no phone), unless the sentence says they met."""
    if tok.lemma_.lower() not in spec.words("readout_verbs"):
        return False
    if tok.sent.start > 0:                          # the first sentence, or the one after a title line
        title = ctx.doc[tok.sent.start - 1].sent
        if title.start > 0 or any(t.text in (".", "!", "?") for t in title[-2:]):
            return False
    args = ctx.args
    people = lambda toks: [a for t in toks for a in args.actors(t) if ctx.res.actors[a].type == "Person"]
    if not people(args.subject(tok)) or not people(args.prep_objects(tok, spec.words("talk_preps"))):
        return False
    if any(ctx.res.actors[a].type in ("Location", "Facility") for p in args.prep_objects(tok, ("in", "at"))
           for a in args.actors(p)):
        return False                                # "spoke with Y in Bali": they were there
    return not any(t.lemma_.lower() in args.roles["in_person_cues"] for t in tok.sent)


def talk_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    telling = _in(tok, spec.words("tell_verbs"))
    if tok.pos_ != "VERB" or not (_in(tok, spec.words("talk_verbs")) or telling):
        return []
    if not _phone_nearby(tok, ctx, window=0 if telling or _in(tok, spec.words("talk_verbs_near")) else 2) \
            and not _readout_lead(tok, spec, ctx):
        return []
    args = ctx.args
    preps = spec.words("talk_preps")
    # "spoke by telephone with Y": the parser hangs "with Y" on the medium
    media = [m for m in args.prep_objects(tok, ("by", "over", "on", "via")) + [
        p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]   # ("by" as an agent)
        if _in(m, args.roles["phone_markers"])]
    partners = args.prep_objects(tok, preps) + [p for m in media for p in args.prep_objects(m, preps)]
    if not partners:
        # "discussed the crisis with Y in a call": the parser hangs "with Y" on the topic
        partners = [p for o in tok.children if o.dep_ == "dobj" for p in args.prep_objects(o, ("with",))]
    targets = [a for t in partners for a in args.actors(t)]
    if telling:             # "X told Y by phone": a person or state, never an outlet interviewing X
        targets = [a for c in tok.children if c.dep_ in ("dobj", "dative") for a in args.actors(c)
                   if ctx.res.actors[a].type in ("Person", "Country")]
    # "spoke to Fox News by phone": an outlet interviewing X is no call (GUIDELINES: called)
    media = args.roles["media_words"]
    targets = [a for a in targets if not (ctx.res.actors[a].type == "Organization"
                                          and set(ctx.res.actors[a].name.lower().split()) & media)]
    agents = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.75)]


def reciprocal_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'X and Y exchanged fire', 'X traded strikes with Y': each attacked the other."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "dobj" and _in(c, spec.words("reciprocal_objects"))
                                     for c in tok.children):
        return []
    args = ctx.args
    sides = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
    withs = [tok] + [c for c in tok.children if c.dep_ == "dobj"]    # "exchanged fire with Y", either attachment
    sides += [a for w in withs for t in args.prep_objects(w, ("with",)) for a in args.actors(t, "agent")]
    sides = list(dict.fromkeys(sides))
    return [Candidate(spec.name, tok, [a], [b for b in sides if b != a], False, 0.8) for a in sides]
