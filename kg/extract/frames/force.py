"""Force sent at or into a target: "fired missiles at Y", "troops entered Y"."""
from __future__ import annotations

from ...lexicon import RelationSpec
from ..context import Candidate, Context, _in, _mode, hedged_agents
from ..objects.antecedents import _attackers_of
from .common import _in_noun, _verb_matches




def projectile_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in spec.words("projectile_verbs"):
        return []
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    objs = [c for c in tok.children if c.dep_ == "dobj"] or passive   # "missiles were fired into Y by X"
    for _ in range(3):                              # "tens of thousands of troops"
        inner = [p for o in objs if _in(o, ctx.transparent) for p in ctx.args.prep_objects(o, ("of",)) if p not in objs]
        if not inner:
            break
        objs += inner
    # "fired drones(, missiles) and a missile at X": the parser may hang "at X" on the last
    # weapon listed (a conjunct, or one of an apposition's conjuncts)
    weapons = spec.words("projectiles")
    if _in(tok, spec.words("ramming_verbs")):
        weapons = weapons | spec.words("rammed_vehicles")
    listed = [a for o in objs for a in o.children if a.dep_ == "appos"]
    listed += [c for o in objs + listed for c in o.conjuncts if c.i > o.i]
    objs += [c for c in dict.fromkeys(listed) if c not in objs and _in(c, weapons)]   # ("launch drones and an airfield at X": no)
    if not any(_in(o, weapons) for o in objs):      # ("tanks": the list may hold the plural only)
        return []
    if any(o.lemma_.lower() in spec.words("nouns") for o in objs):
        return []                                   # the noun frame has it ("launched an attack on")
    args = ctx.args
    preps = spec.words("projectile_preps")
    target_toks = args.prep_objects(tok, preps) + [p for o in objs for p in args.prep_objects(o, preps)]
    # "a truck laden with explosives into the gate": the phrase hung on the object's participle
    target_toks += [p for o in objs for c in o.children if c.dep_ == "acl" for p in args.prep_objects(c, preps)]
    # "fired missiles from two destroyers in the Mediterranean at X": the phrase hung at the end of "from"
    aims = ("at", "toward", "towards", "against")
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    launch = froms + [p for f in froms for p in f.children if p.dep_ == "pobj"]
    for _ in range(3):
        target_toks += [p for x in launch for p in args.prep_objects(x, aims)]
        launch = [p for x in launch for p in args.prep_objects(x, ("in", "off", "of"))]
    targets = [a for t in target_toks for a in args.actors(t, _mode(spec))]
    subjects = args.agent_tokens(tok) if passive else args.subject(tok)
    if passive and not subjects:                    # "missiles were fired from US warships at Y"
        subjects = args.held_positions(tok)
    agents = [a for t in subjects for a in args.actors(t, "agent")]
    # "launched possible ballistic missiles toward Japan": a hedge on the weapon hedges the firing
    scope = [o for o in objs if _in(o, weapons)] + hedged_agents(subjects)
    return [Candidate(spec.name, tok, agents, targets, False, 0.85, scope)]


def blast_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'A car bomb exploded outside a hotel in X': an attack on X with no attacker named, kept
    for a later claim ("Y claimed the bombing"); it asserts nothing by itself."""
    if tok.pos_ != "VERB":
        return []
    if not _verb_matches(tok, spec.words("blast_verbs"), tok.children):     # "blew himself up", "went off"
        return []
    args = ctx.args
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    bombs = [c for c in tok.children if c.dep_ == "dobj" and _in(c, spec.words("explosive_nouns"))]
    if bombs and not any(c.dep_ == "auxpass" for c in tok.children):
        # "X set off (detonated) a car bomb in Y's government quarter": X's attack on Y
        places = args.innermost(args.prep_objects(tok, spec.words("blast_preps"))
                                + [p for b in bombs for p in args.prep_objects(b, spec.words("blast_preps"))])
        targets = args.local_first([args.actors(p, _mode(spec)) for p in places])
        agents = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
        return [Candidate(spec.name, tok, agents, targets, False, 0.8)] if targets else []
    if not any(_in(s, spec.words("explosive_nouns")) for s in subjects):
        return []
    places = args.innermost(args.prep_objects(tok, spec.words("blast_preps")))
    targets = args.local_first([args.actors(p, _mode(spec)) for p in places])
    return [Candidate(spec.name, tok, [], targets, False, 0.6)] if targets else []


def entry_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'Ethiopian troops entered Somalia', 'Russian tanks rolled into Ukraine': armed forces
    sent into a state or region attack it (GUIDELINES, Clarification 3)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in spec.words("entry_verbs"):
        return []
    args = ctx.args
    # "police forced their way into the embassy": a way forced is forcible entry, whoever enters
    forced = _in(tok, spec.words("forcing_verbs")) and any(c.dep_ == "dobj" and c.lower_ == "way" for c in tok.children) \
        or _in(tok, spec.words("breaking_verbs"))
    if _in(tok, spec.words("forcing_verbs")) and not forced:
        return []
    subjects = args.subject(tok)
    # ("Colombian warplanes and troops crossed into Ecuador": troops among them, all enter)
    forces = subjects if forced or any(_in(t, spec.words("entering_forces"))
                                       for s in subjects for t in (s, *s.conjuncts)) else []
    if not forces and any(c.dep_ == "dobj" and any(_in(t, spec.words("entering_forces")) for t in (c, *c.conjuncts))
                          for c in tok.children) and _in(tok, spec.words("sending_entry_verbs")):
        forces = subjects                           # "Moscow poured troops and tanks into South Ossetia"
    if not forces:
        return []
    target_toks = args.prep_objects(tok, ("into",))
    if not target_toks and _in(tok, spec.words("breaking_verbs")):
        return []                                   # "broke off relations", "violence broke out": no entry
    if any(_in_noun(t, spec.words("cyber_words")) for t in target_toks):
        return []                                   # "hackers broke into the website": no force
    if _in(tok, spec.words("entry_object_verbs")):
        target_toks += [c for c in tok.children if c.dep_ == "dobj"]
    targets = [a for t in target_toks for a in args.actors(t, _mode(spec))]
    agents = [a for t in forces for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.8)]


def answer_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'South Korean forces returned fire': an attack on whoever fired at them ('at Y' if
    named, else the last attacker of the subject's side the text asserted)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "dobj" and _in(c, spec.words("answering_objects")) for c in tok.children):
        return []
    args = ctx.args
    agents = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
    # ("returned fire with K-9 howitzers at X": "at X" hung on the weapon)
    target_toks = args.prep_objects(tok, spec.words("projectile_preps")) + [
        p for c in [*(c for c in tok.children if c.dep_ == "dobj"), *args.prep_objects(tok, ("with",))]
        for p in args.prep_objects(c, spec.words("projectile_preps"))]
    targets = [a for t in target_toks for a in args.actors(t, _mode(spec))] \
        or _attackers_of([ctx.res.acting_key(a) for a in agents], ctx)
    return [Candidate(spec.name, tok, agents, targets, False, 0.75)]
