"""The actor of an event noun: "Iran's attack", "an attack by X", "X launched an attack"."""
from __future__ import annotations

from ...lexicon import RelationSpec
from ..context import Context, _governor, _in, _placelike


def _of_is_agent(tok, spec: RelationSpec, args) -> bool:
    """'the assault of M23', 'the backing of X', 'the support of X for Y': the "of" phrase
    names who acts (a listed noun, or one whose target another preposition names)."""
    preps = spec.words("noun_target_preps")
    return _in(tok, spec.words("of_agent_nouns")) or (
        "of" in preps and bool(args.prep_objects(tok, preps - {"of"})))


def noun_agents(tok, spec: RelationSpec, ctx: Context) -> list[str]:
    """The actor of an event noun: "Iran's attack", "Iranian attacks", "an attack by X",
    "an attack claimed by X", "X launched a series of attacks", "X ... in its attack"."""
    args = ctx.args
    agents = args.owners(tok)
    if agents and spec.symmetric and tok.dep_ == "dobj" and _in(tok.head, ctx.light_verbs) \
            and all(ctx.res.actors[a].type == "Country" for a in agents):
        # "X held a Japan-UK foreign ministers' telephone talk with Y": the person who held it
        held = [a for t in args.subject(tok.head) for a in args.actors(t, "agent")]
        if held and all(ctx.res.actors[a].type == "Person" for a in held):
            return held
    if agents:
        return agents
    agent_toks = args.prep_objects(tok, spec.words("noun_agent_preps"))
    if not agent_toks and _of_is_agent(tok, spec, args):
        agent_toks = [p for p in args.prep_objects(tok, ("of",)) if not (ctx.res.key_at(p.i) and _placelike(
            ctx.res.actors[ctx.res.key_at(p.i)]))]     # "the assault of M23", not "of the city"
    for p in args.prep_objects(tok, spec.words("noun_target_preps")):
        # "the attack on the bridge organized by X", the participle hung on the target
        agent_toks += [a for c in p.children if c.dep_ == "acl" and _in(c, ctx.light_verbs) for a in args.agent_tokens(c)]
        if not agent_toks and p.head.head.i == tok.i and spec.name == "attacked" and not _in(p, args.event_nouns):
            # "the attacks against US forces by Iran", "by" hung on the target
            agent_toks += args.prep_objects(p, ("by",))
    if not agent_toks and _in(tok, spec.words("noun_of_targets")):
        # "the capture of the Zebak district by Taliban militants", "by" hung on the place
        agent_toks = [b for p in args.prep_objects(tok, ("of",)) for b in args.prep_objects(p, ("by",))]
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and not _in(c, args.roles["not_actor_participles"]):
            agent_toks += args.agent_tokens(c)    # "an attack claimed by X", "strikes, which were carried out by X"
            if c.dep_ == "relcl" and _in(c, ctx.light_verbs) and any(
                    x.dep_ == "dobj" and x.lower_ in ("that", "which") for x in c.children):
                agent_toks += [s for s in args.subject(c) if s.i != tok.i]   # "the strikes that NATO carried out"
            if _in(c, args.roles["attribution_verbs"]):
                agent_toks += args.prep_objects(c, ("to", "on"))
    if not agent_toks:
        agent_toks = [p for c in args.performed_near(tok) for p in args.agent_tokens(c)]
    if not agent_toks and tok.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children) \
            and not (_in(tok.head, ctx.light_verbs) and args.prep_objects(tok, ("of",))):
        # "condemned the attack on X by Y" with "by Y" parsed on the active verb: Y's attack
        # (never "X issued a condemnation of the strikes by Y": Y's strikes, X's condemnation)
        agent_toks = [p for p in args.prep_objects(tok.head, ("by",)) if p.i > tok.i]
    if not agent_toks and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
            and _in(tok.head.head.head, ctx.light_verbs):
        # "issued a condemnation of the strikes by Y", "by Y" hung on the light verb: Y's strikes
        agent_toks = [p for p in args.prep_objects(tok.head.head.head, ("by",)) if p.i > tok.i]
    agents = [a for t in agent_toks for a in args.actors(t, "agent")]
    if agents:
        return agents
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.head.pos_ == "VERB" and not _in(
            tok.head.head, args.roles["responsibility_words"]) and not _in(tok.head.head, args.roles["informing_verbs"]):
        # (never "informed him of the raid": the one told did nothing)
        # "Egypt condemned Israel for the strike on Rafah", "accused X of an attack": the object did it
        objs = [c for c in tok.head.head.children if c.dep_ == "dobj"]
        found = [a for t in objs for a in args.actors(t, "agent")]
        if found:
            return found
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and _in(tok.head.head, args.roles["responsibility_words"]):
        holder = tok.head.head                      # "X was responsible for", "X claimed responsibility for"
        verb = holder.head if holder.dep_ in ("acomp", "dobj", "attr") else holder
        return [a for t in args.subject(verb) for a in args.actors(t, "agent")]
    gov, dep = _governor(tok, ctx)
    if gov.pos_ in ("VERB", "AUX"):
        if dep == "dobj" and (_in(gov, ctx.light_verbs) or _in(gov, ctx.intent_verbs)) \
                and not _in(gov, args.roles["others_act_verbs"]) and not (
                gov.lemma_ == "have" and any(c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") for c in tok.children)) \
                and not (_in(gov, args.roles["naming_verbs"]) and any(c.dep_ == "oprd" for c in gov.children)):
            # (not "X had long opposed military intervention", "had" parsed as the verb, "opposed" as an adjective;
            # not "X called the strikes a war crime": naming another's act)
            # "X launched an attack"; "X is planning an attack" (kept, marked intended)
            found = [a for t in args.subject(gov) for a in args.actors(t, "agent")]
            return args.commanded(gov, found) if spec.name == "attacked" else found
        if dep == "nsubjpass" and (_in(gov, ctx.light_verbs) or _in(gov, args.roles["attribution_verbs"])):
            # "the attack was carried out by X"; never "the attack was condemned by X"
            return [a for t in args.agent_tokens(gov) for a in args.actors(t, "agent")]
    if spec.symmetric and dep == "dobj" and gov.pos_ == "VERB" and _in(gov, args.roles["addressing_verbs"]):
        # "X told a news conference with Y": X was there with Y
        return [a for t in args.subject(gov) for a in args.actors(t, "agent")]
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX") and (tok.head.lower_ in (
            "in", "during", "through") or (spec.symmetric and tok.head.lower_ in ("for", "at")) or _after_talk(tok, spec, args)
            or _on_line(tok, spec)
            or (tok.head.lower_ == "with" and not any(c.dep_ == "nsubjpass" for c in tok.head.head.children))):
        # "X ... in its attack"; "X flew to Y's capital for talks with Y"; "X retaliated with an attack"
        verb = tok.head.head
        if _in(verb, args.roles["suffering_verbs"]):
            return []                               # "X, who lost relatives in the attack": X suffered it
        if _in(verb, args.roles["helping_verbs"]) and tok.head.lower_ == "in":
            # "X backed Y in the fight against Z": Y fights
            return [a for o in verb.children if o.dep_ == "dobj" for a in args.actors(o, "agent")]
        return [a for t in args.subject(verb) for a in args.actors(t, "agent")]
    if spec.symmetric and tok.dep_ == "pobj" and (tok.head.lower_ in ("in", "during") or _after_talk(tok, spec, args)
                                               or _on_line(tok, spec)) \
            and tok.head.head.pos_ in ("NOUN", "PROPN"):
        # "X, in a call with Y, stressed ...", "X, following a call with Y, said": the actor the phrase hangs on;
        # "X called for a ceasefire in a call with Y": the clause's subject
        if ctx.res.key_at(tok.head.head.i):
            return args.actors(tok.head.head, "agent")
        return [a for t in args.subject(args.clause_verb(tok)) for a in args.actors(t, "agent")]
    return []


def _on_line(tok, spec: RelationSpec) -> bool:
    """'on the telephone with Y': a line noun after "on"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and _in(tok, spec.words("line_nouns"))


def _after_talk(tok, spec: RelationSpec, args) -> bool:
    """'after (following) a call with Y': talk held at a distance, before what the phrase's head did."""
    return spec.symmetric and not spec.data.get("in_person") and tok.head.lower_ in ("after", "following") \
        and bool(args.prep_objects(tok, ("with",)))
