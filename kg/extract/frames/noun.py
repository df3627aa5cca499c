"""The event-noun frame: "X's attack on Y", "a call with Y", "condemnation of Y"."""
from __future__ import annotations

from ...lexicon import RelationSpec
from ..context import _definite, Candidate, Context, _governor, _in, _mode, _placelike, _timed, _where
from ..objects import _resolve_object
from ..objects.agents import _of_is_agent, _on_line, noun_agents
from ..objects.antecedents import _agent_stated, _attackers_of, _prior_agents
from ..objects.targets import _agent_places, _harmed, _located, victim_targets
from ..objects.texts import voted_text_drafters
from .common import _judging_verbs, _verb_matches, _target_attackers, _sources, _phone_nearby


def noun_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    if tok.pos_ not in ("NOUN", "PROPN") or not _in(tok, spec.words("nouns")):
        return []
    if _in(tok, spec.words("use_nouns")) and not any(
            w.lower_ in spec.words("used_weapons") for p in ctx.args.prep_objects(tok, ("of",)) for w in p.subtree):
        return []                                   # "the use of water cannon against X", never "the use of roads"
    if tok.dep_ == "compound" and tok.text in ctx.args.roles["named_act_heads"] and tok.head.pos_ == "PROPN" \
            and tok.head.i > tok.i and not ctx.res.key_at(tok.head.i):
        tok = tok.head                              # "launched Operation Sindoor against X": the name carries the phrase
    if tok.dep_ in ("compound", "amod") or ctx.res.key_at(tok.i):
        return []
    if any(c.dep_ in ("amod", "compound", "poss") and c.lower_ in spec.words("noun_exclude_modifiers")
           for c in tok.children):
        return []                                   # "a general strike", "the hunger strike": no force
    if _in(tok, spec.words("line_nouns")) and not _on_line(tok, spec):
        return []                                   # "on the phone with X", never "by phone"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and _in(tok.head.head, spec.words("verbs")) \
            and any(c.dep_ == "dobj" for c in tok.head.head.children) \
            and not ctx.args.prep_objects(tok, spec.words("noun_target_preps")):
        return []                                   # "X killed 50 fighters in an air raid": the verb's event
    args = ctx.args
    if {c.lower_ for c in tok.children if c.dep_ == "prep" and not _timed(c)} & spec.words("noun_exclude_preps") \
            and (not spec.data.get("noun_excluded_by_preps") or _in(tok, spec.words("noun_excluded_by_preps"))):
        return []                                   # "a call for calm", never "a call on Monday"
    if spec.data.get("noun_appeal_blocked") and any(
            c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return []                                   # "calls from X to carry out ...": an appeal
    mode = _mode(spec)
    target_preps = spec.words("noun_target_preps")
    if _in(tok, spec.words("noun_of_targets")):
        target_preps = target_preps | {"of"}
    target_toks = []
    if _of_is_agent(tok, spec, args):
        target_preps = target_preps - {"of"}       # "the support of X for Y", "the backing of X"
        # "the aggression of X against Y" with "against Y" hung on X
        target_toks = [p for o in args.prep_objects(tok, ("of",)) for p in args.prep_objects(o, target_preps)]
    target_toks = args.prep_objects(tok, target_preps) + target_toks
    if not target_toks and _on_line(tok, spec):
        target_toks = args.prep_objects(tok.head.head, target_preps)   # "was on the phone with X", "with" on the verb
    if not target_toks:                             # "the attacks by the RSF on El Fasher", "on" hung on the agent
        target_toks = [p for o in args.prep_objects(tok, spec.words("noun_agent_preps"))
                       for p in args.prep_objects(o, target_preps - {"of"})]
    if not target_toks and _in(tok, spec.words("use_nouns")):
        # "the use of a water cannon against X", "against X" hung on the weapon
        target_toks = [p for o in args.prep_objects(tok, ("of",)) for p in args.prep_objects(o, target_preps)]
    if not target_toks and tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        # "dissatisfaction and firm opposition to X", the phrase hung on the first noun
        target_toks = [p for p in args.prep_objects(tok.head, target_preps) if p.i > tok.i]
    if not target_toks and tok.pos_ == "NOUN":
        # "our outrage, condemnation and protest of the incident": the phrase on the last conjunct
        later = [c for c in (tok.conjuncts if tok.dep_ != "conj" else tok.head.conjuncts) if c.i > tok.i]
        target_toks = [p for c in later[-1:] for p in args.prep_objects(c, target_preps)]
    if _in(tok, spec.words("action_object_nouns")):  # "disagreement with X's sanctions", never with X itself
        target_toks = [t for t in target_toks if not ctx.res.key_at(t.i)]
    gov, dep = _governor(tok, ctx)
    if dep == "dobj" and _in(gov, spec.words("offer_verbs")):
        return []                                   # "offered talks with X": not held
    if dep == "dobj" and _in(gov, spec.words("appeal_verbs")) and not target_toks:
        return []                                   # "rejected their call": an appeal ("welcomed the call with X" is one)
    if dep == "dobj" and _in(gov, ctx.light_verbs):
        # "held a call with X, and with Y", "expressed solidarity with X": phrases on the verb
        target_toks += args.prep_objects(gov, target_preps)
        if target_toks and spec.symmetric:
            # "held calls with X, commander of Y, and Z", the parser hanging Z on the verb
            target_toks += [c for c in gov.children if c.dep_ == "conj" and c.pos_ == "PROPN" and ctx.res.key_at(c.i)]
    if mode == "place" and dep == "dobj" and _in(gov, ctx.light_verbs) and not target_toks:
        # "launched an offensive to retake X": the act the offensive is for names its target
        # (GUIDELINES, Clarification 8: a purpose clause describing the act performed)
        aims = [c for c in list(gov.children) + list(tok.children) if c.dep_ in ("advcl", "xcomp", "acl")
                and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children) and _in(c, spec.words("verbs"))]
        target_toks = [o for c in aims for o in c.children if o.dep_ == "dobj"]
    # "the aggression launched by X against Y": the target on the participle that carries it out
    # (or on a relative clause: "the air strikes that NATO carried out against Y")
    target_toks += [p for c in tok.children if c.dep_ in ("acl", "relcl") and _in(c, ctx.light_verbs)
                    for x in [c, *(y for a in args.agent_tokens(c) for y in (a, *a.conjuncts))]
                    # ("by X against Y" hung on X, or on X's last conjunct: "by X and Z against Y")
                    for p in args.prep_objects(x, target_preps)]
    if not target_toks and dep == "dobj" and mode == "place" and not _in(gov, spec.words("verbs")):
        # "protested the Indian strikes at sites across Pakistan", "at" hung on the verb right after the noun
        target_toks = [p for c in gov.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1
                       and c.lower_ in target_preps for p in c.children if p.dep_ == "pobj"]
    if not target_toks and dep == "dobj" and _in(gov, args.roles["giving_verbs"]):
        # "gave the junta an ultimatum": the other object receives it
        target_toks = [c for c in gov.children if c.dep_ in ("dative", "dobj") and c.i != tok.i]
    # "opposition to the deployment of Chinese troops": an action as object stands for its actor
    acts = spec.data.get("stance") or spec.data.get("action_objects")
    targets = [a for t in target_toks for a in (args.actors(t, mode) if mode == "place" or not acts
                                                else _resolve_object(t, spec, ctx, mode))]
    unnamed = [t for t in target_toks if not ctx.res.key_at(t.i)] if mode == "place" and len(target_toks) > 1 else []
    owned = [t for t in unnamed if args.owners(t)]
    if owned:
        # "strikes on Houthi targets at 16 locations across Yemen": the owned targets; the
        # country only says where the others were (GUIDELINES, Clarification 5)
        where = {a for t in unnamed if t.pos_ == "NOUN" and t not in owned
                 for a in args.actors(t, mode) if ctx.res.actors[a].type == "Country"}
        targets = [a for a in targets if a not in where]
    if _in(tok, spec.words("place_only_nouns")):
        targets = [t for t in targets if ctx.res.actors[t].type in ("Location", "Country", "Facility")]
    if not target_toks and _in(tok, spec.words("text_vote_nouns")) and (
            any(c.dep_ == "acl" and _in(c, spec.words("casting_verbs")) for c in tok.children)
            or dep == "dobj" and _in(gov, spec.words("casting_verbs"))):
        targets = voted_text_drafters(tok, ctx) or []   # "failed owing to a veto cast by X": the text told before
    if dep == "dobj" and spec.data.get("repelled_by_target") and _verb_matches(gov, args.roles["repelling_verbs"], gov.children) \
            and not any(ctx.res.key_at(t.i) for t in target_toks):
        # "troops repelled an attack by X on a base in Z": the base is the defenders'
        targets = [a for t in args.subject(gov) for a in args.actors(t, mode)] or targets
    aimed = _in(tok, spec.words("nouns_need_target")) and not any(
        c.dep_ in ("amod", "compound") and _in(c, spec.words("military_modifiers")) for c in tok.children)
    any_place = _in(tok, spec.words("noun_place_any"))
    if not targets and gov.pos_ in ("VERB", "AUX"):
        if dep in ("nsubj",) and _in(gov, spec.words("harm_verbs")):
            # "a rocket attack ... killed four Israeli soldiers"
            targets = _harmed(gov, mode, ctx, located=not aimed)
        elif mode == "place" and dep == "nsubj" and _verb_matches(gov, args.roles["occurrence_verbs"], gov.children) \
                and (not aimed or any_place):
            # "the attack happened on Sunday in Mpeketoni, in the Hindi district": the first place
            # (the ones after it only say where that place is)
            targets = _located(args.prep_objects(gov, ("in", "at"))[:1], args, mode, ctx, any_place)
        elif mode == "place" and dep in ("dobj", "nsubjpass") and not _in(gov, ctx.intent_verbs) \
                and not _in(gov, _judging_verbs()):
            # ("In Moscow, the ministry condemned the bombing": where the judging was, not the bombing)
            # "launched airstrikes into Afghanistan", "strikes were carried out in Paktika"
            places = args.prep_objects(gov, ("into", "on", "against"))
            targets = [a for t in places for a in args.actors(t, mode)]
            if not targets and (not aimed or any_place):
                targets = _located(args.prep_objects(gov, spec.words("noun_place_preps")), args, mode, ctx, any_place)
    if targets and dep == "nsubj" and _in(gov, spec.words("harm_verbs")) and all(
            _placelike(ctx.res.actors[a]) for a in targets) and any(
            ctx.res.actors[a].type == "Person" for a in victim_targets(
                [c for c in gov.children if c.dep_ == "dobj"], ctx)):
        return []                                   # "a strike at Baghdad airport killed X": X, named, not where
    if not targets and spec.words("harm_verbs"):
        # "an attack that killed 20 people in Z", "airstrikes killed 20 in Z" (parsed as a clause on the noun)
        harm = [c for c in tok.children if c.dep_ in ("acl", "relcl") and _in(c, spec.words("harm_verbs"))
                and c.tag_ in ("VBD", "VBN", "VBZ")]
        targets = [a for c in harm for a in _harmed(c, mode, ctx, located=not aimed)]
    if not targets and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by") and _in(gov.head, spec.words("victim_verbs")):
        # "a commander, killed on Monday in an air raid by X": a named person it killed
        verb = gov.head
        victims = [verb.head] if verb.dep_ in ("acl", "relcl") else \
            [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        targets = victim_targets(victims, ctx)
        if not targets:                             # "the leader of X's group, Y, was killed": the name
            targets = [a for t in victims for x in t.subtree if x.dep_ == "appos"   # the parser hangs lower
                       for a in args.actors(x, "object") if ctx.res.actors[a].type == "Person"][:1]
        if not targets and verb.tag_ == "VBN" and verb.i > 1 and ctx.doc[verb.i - 1].text == "," \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            # "the funeral of X, killed last week in a strike by Y": the name before the comma (misparsed)
            targets = [a for a in args.actors(ctx.doc[verb.i - 2], "object") if ctx.res.actors[a].type == "Person"]
    if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
            gov.head.pos_ == "VERB" or _in(tok.head.head, spec.words("victim_nouns"))):
        # "denounced the killing of X in an Israeli strike" (the parser hangs "in" on the verb or the noun)
        holders = [tok.head.head] if _in(tok.head.head, spec.words("victim_nouns")) else \
            [o for o in gov.head.children if o.dep_ == "dobj" and _in(o, spec.words("victim_nouns"))]
        victims = [p for o in holders for p in args.prep_objects(o, ("of",))]
        targets = [a for t in victims for a in args.actors(t, "object") if ctx.res.actors[a].type == "Person"]
    if not targets and spec.words("noun_place_preps") and (not aimed or any_place):
        places = args.prep_objects(tok, spec.words("noun_place_preps")) or _agent_places(
            args.prep_objects(tok, spec.words("noun_agent_preps")), spec, args)
        targets = _located(places, args, mode, ctx, any_place)
    if targets and spec.words("harm_verbs") and all(_where(ctx.res.actors[a]) for a in targets):
        # "a bombing in Pulwama, in Kashmir, that killed 40 Indian police": the clause hung on the place
        stray = [x for p in args.prep_objects(tok, ("in",)) for x in p.subtree if x.dep_ == "relcl"
                 and _in(x, spec.words("harm_verbs")) and x.tag_ in ("VBD", "VBN", "VBZ")
                 and any(w.dep_ == "nsubj" and w.lower_ in ("that", "which") for w in x.children)]
        harmed = [a for c in stray for a in _harmed(c, mode, ctx, located=False) if not _where(ctx.res.actors[a])]
        targets = harmed or targets
    remote = any(c.dep_ in ("amod", "compound") and c.lower_ in args.roles["remote_modifiers"] for c in tok.children)
    if (_in(tok, spec.words("remote_only_nouns")) and not remote) or (spec.data.get("in_person") and remote):
        return []                                   # "a virtual meeting with X" is a call, not a meeting
    if _in(tok, spec.words("marked_nouns")) and not _phone_nearby(tok, ctx, window=0):
        return []                                   # "held talks" is a call only by phone
    if _in(tok, spec.words("unmarked_nouns")) and _phone_nearby(tok, ctx, window=0):
        return []                                   # ... and a meeting only when not by phone
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and gov.head.pos_ in ("VERB", "AUX"):
        # "Y came under attack from X", "Y has been under fire by X"
        targets = [a for t in args.subject(gov.head) for a in args.actors(t, mode)]
        agents = _sources(args, (tok, gov, gov.head), ("by", "from"))   # "has been under attack by X": on the verb too
        agents = agents or args.owners(tok)         # "came under Russian missile fire"
        return [Candidate(spec.name, tok, list(dict.fromkeys(agents)), targets, True, 0.75)]
    if dep == "dobj" and _in(gov, args.roles["receiving_verbs"]):
        # "X received a phone call from Y", "X received warnings from Y"
        agents = _sources(args, (tok, gov), ("from",))
        targets = [a for t in args.subject(gov) for a in args.actors(t, mode)]
        return [Candidate(spec.name, tok, agents, targets, True, 0.75)]
    if dep == "dobj" and spec.data.get("reaction") and _in(gov, args.roles["reaction_verbs"]) and not targets:
        # "Y's raid drew condemnation from X": the subject is what is condemned
        targets = [a for t in args.subject(gov) for a in _resolve_object(t, spec, ctx, mode)]
        agents = _sources(args, (tok, gov), ("from",))
        return [Candidate(spec.name, tok, agents, targets, True, 0.75)]
    if dep == "nsubj" and spec.data.get("reaction") and not targets and gov.pos_ == "VERB" \
            and args.prep_objects(gov, ("from",)):
        # "condemnation poured in from X and Y after Z's strike": the event it follows
        agents = _sources(args, (tok, gov), ("from",))
        targets = [a for t in args.prep_objects(gov, ("after", "over", "for")) for a in _resolve_object(t, spec, ctx, mode)]
        return [Candidate(spec.name, tok, agents, targets, True, 0.75)]
    if _in(tok, spec.words("nouns_need_threat")):
        # "vowed retaliation against X": a vow of a response is a threat to X, stated now
        if not (dep == "dobj" and _in(gov, args.roles["threat_verbs"])):
            return []
        targets = targets or [a for t in args.prep_objects(tok, ("for",)) for a in _resolve_object(t, spec, ctx, mode)]
        agents = [a for t in args.subject(gov) for a in args.actors(t, "agent")]
        # "Pakistan vowed a full-force response" after India's strikes on it: a threat to India
        targets = targets or _attackers_of(agents, ctx)
        return [Candidate(spec.name, tok, agents, targets, True, 0.7, stated=True)]
    if spec.symmetric and not targets:
        # "X and Y held a conversation by phone": the coordinated parties (paired in _events);
        # "X told Y during a phone call": the verb's other party
        parties = noun_agents(tok, spec, ctx)
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ not in ("on", "about", "over") else None
        # ("briefed them on the talks": the topic, not a conversation with them)
        if verb is not None and verb.pos_ in ("VERB", "AUX") and len(parties) < 2:
            others = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            targets = [a for t in others for a in args.actors(t) if ctx.res.actors[a].type == "Person"]
            return [Candidate(spec.name, tok, parties, targets, True, 0.7)]
        return [Candidate(spec.name, tok, parties, [], True, 0.75)]
    if (spec.data.get("noun_requires_target") or aimed) and not targets:
        return []
    agents = noun_agents(tok, spec, ctx)
    if not agents and targets and not (aimed or any_place) and not _agent_stated(tok):
        agents = _target_attackers(tok, targets, ctx)
        if agents is None and not _answered(tok, spec, ctx):
            agents = _prior_agents(tok, spec.name, ctx)     # "the strikes", never "the war"
    if agents and not targets and spec.name == "attacked" and _definite(tok) and (
            (tok.dep_ == "pobj" and tok.head.lower_ == "for" and _in(tok.head.head, args.roles["responsibility_words"]))
            or (tok.dep_ in ("dobj", "nsubjpass") and _in(tok.head, args.roles["performing_verbs"]))):
        # "... the attack in Tehran. Islamic State claimed responsibility for the attack (claimed
        # the attack, said it carried out the attack)": its target
        earlier = [t for i, t in ctx.unclaimed if tok.i - 120 < i < tok.i]
        targets = earlier[-1] if earlier else []
    return [Candidate(spec.name, tok, agents, targets, True, 0.8)]


def _answered(tok, spec: RelationSpec, ctx: Context) -> bool:
    """'X struck Y after (in response to, in retaliation for) the attack on Z': the act answered
    is another's, never the answering act's own (nor the one before it)."""
    args, cur = ctx.args, tok
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        prep, head = cur.head, cur.head.head
        if prep.lower_ in args.roles["answering_preps"] or _in(head, args.roles["answering_nouns"]):
            while _in(head, args.roles["answering_nouns"]) and head.dep_ == "pobj":
                head = head.head.head                   # "in response to": the act that responds
            return _in(head, spec.words("verbs")) or _in(head, spec.words("nouns"))
        cur = head
    return False
