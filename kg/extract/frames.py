"""Relation frames over the dependency parse. Which words trigger which relation, and
with which prepositions, is data (kg/lexicon/relations.toml); the frames here are
generic: verb, event noun, projectile ("fired missiles at"), entry, talk ("spoke by phone
with"), adjective ("is opposed to"), judgment, stance word, reciprocal, refusal, price
foretold, and "X-backed Y"."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import RelationSpec, load_relations, load_table
from .context import _definite, Candidate, Context, _foretold, _governor, _in, _mode, _timed
from .objects import (act_antecedent, _agent_places, _attackers_of, _harmed, casualty_people, group_figure, _located, _of_is_agent, _prior_agents,
                      _resolve_object, noun_agents)


_OPEN_QUOTES = {'"', "“", "‘", "``", "'"}


@lru_cache(maxsize=1)
def _judging_verbs() -> frozenset[str]:
    """Verbs of speech and stance ("said", "condemned"): a place on them is where one spoke."""
    words = {w for name, spec in load_relations().items() if name != "attacked" for w in spec.words("verbs")}
    return frozenset(words | set(load_table("factuality")["report_verbs"]))


def _in_noun(tok, words) -> bool:
    """_in for a noun or the noun in apposition to it ("Dismisses US 'Recurrent' Accusations"),
    also a capitalised plural the tagger took for a name."""
    return any(_in(t, words) or t.lower_.removesuffix("s") in words
               for t in [tok] + [a for a in tok.children if a.dep_ == "appos"])


def _verb_matches(tok, words, children) -> bool:
    """The lemma, or a particle verb or verb-noun phrase ("shoot down", "wage war")."""
    lemma = tok.lemma_.lower()
    return lemma in words or any(f"{lemma} {c.lower_}" in words for c in children
                                 if c.dep_ in ("prt", "dobj") or (c.dep_ == "advmod" and c.i == tok.i + 1))


def _prep_only(tok, spec: RelationSpec, children) -> bool:
    """'fired on X' but never 'fired the minister'; 'shot down a jet' is a phrase of its own."""
    lemma = tok.lemma_.lower()
    return _in(tok, spec.words("prep_only_verbs")) and not any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in spec.words("verbs") for c in children)


def verb_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    children = list(tok.children)
    if tok.pos_ != "VERB" or not _verb_matches(tok, spec.words("verbs"), children):
        return []
    args = ctx.args
    deps = {c.dep_ for c in children}
    # "called for calm", "called on X to": the preposition follows the verb ("called X on Friday" is a call)
    preps = {c.lower_ for c in children if c.dep_ == "prep" and c.i == tok.i + 1}
    if preps & spec.words("verb_exclude_preps") or deps & spec.words("verb_exclude_deps") or any(
            c.dep_ == "prt" and c.lower_ in spec.words("excluded_particles") for c in children):
        return []                                    # "hit out at X": criticism
    objects = [c for c in children if c.dep_ == "dobj" and not _in(c, spec.words("intercepted_objects"))] \
        if not _prep_only(tok, spec, children) else []     # "destroyed 12 drones": an interception
    if tok.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in children) and any(
            c.dep_ == "nsubj" and c.lower_ not in ("which", "who", "that") for c in children) and (
            not objects or all(o.lower_ in ("which", "that", "whom") for o in objects)):
        head_key = ctx.res.key_at(tok.head.i)       # "the raid, which Jordan denounced", "a move X condemned"
        place = head_key and ctx.res.actors[head_key].type in ("Location", "Facility")
        objects = [tok.head] if not place or _mode(spec) == "place" else []   # "the raid on Rafah, which": a misparse
    if _in(tok, spec.words("request_only_verbs")):
        asked = args.roles["request_nouns"] | args.roles["decision_nouns"]
        objects = [o for o in objects if _in(o, asked)]
        if not objects and not any(_in(p, asked) for p in args.prep_objects(tok, spec.words("verb_target_preps"))):
            return []                                # "blocked the road", "resisted the offensive"
    lifting = spec.words("exclude_lifting_preps")
    if any(_in_noun(o, spec.words("object_exclude")) and not any(   # (the parser may hang "to" on the verb)
            c.dep_ == "prep" and c.lower_ in lifting and (c.head.i == o.i or c.i == o.right_edge.i + 1)
            for c in list(o.children) + children) and not any(  # "X's claim to have won": a stance, no accusation
            c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in o.children)
            for o in objects):
        return []
    naming = [c for c in children if c.dep_ == "oprd" and c.pos_ != "ADV"]   # "called X late on Friday": no name
    if spec.data.get("verb_naming"):
        if objects and naming or sum(c.dep_ == "dobj" for c in children) > 1:
            return []                                # "called it an aggression", "which X calls Y Shoal"
        toks = ctx.res.tokens or ctx.doc
        def quoted_name(i):                          # a quote mark opening a noun phrase
            return i + 1 < len(toks) and toks[i].text in _OPEN_QUOTES and toks[i + 1].pos_ in ("NOUN", "ADJ", "DET")
        if any(quoted_name(o.right_edge.i + 1) or any(c.dep_ == "conj" and quoted_name(c.left_edge.i - 1)
                                                      for c in o.children) for o in objects):
            return []                                # 'called the rebels "bandits"': a name in quotes
        objects = objects or [n for n in naming if ctx.res.key_at(n.i)]
    blockers = spec.words("judgment_blockers")
    if objects and (any(_in(a, blockers) for o in objects for a in o.children if a.dep_ in ("amod", "oprd"))
                    or any(_in(c, blockers) for c in children if c.dep_ == "oprd")):
        return []                                    # "called X's plan unacceptable": a judgment
    purpose = [c for c in children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
               and any(a.lower_ == "to" for a in c.children)]
    if _in(tok, spec.words("purpose_checked_verbs")) and purpose \
            and not all(_in(c, spec.words("purpose_verbs")) for c in purpose):
        return []                                    # "called X to stop": an appeal, not a phone call
    if not objects and not _prep_only(tok, spec, children):
        # "recaptured Mosul" with the name misparsed as an adverb: a name right after the verb
        objects = [c for c in children if c.dep_ in ("advmod", "npadvmod") and c.i == tok.i + 1
                   and ctx.res.key_at(c.i)]
    if not objects and not _prep_only(tok, spec, children):
        # "rejects and condemns X": coordinated verbs share the object
        objects = [o for c in children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for o in c.children if o.dep_ == "dobj"] or args.free_relative(tok)
        if not objects and any(c.dep_ == "cc" for c in children):
            # "to condemn and reject X" with "reject" parsed as the governing verb's conjunct
            objects = [o for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
                       for o in c.children if o.dep_ == "dobj"][:1]
    passive = [c for c in children if c.dep_ == "nsubjpass"]
    if passive:
        target_toks, agent_toks = passive, args.agent_tokens(tok)
        confidence = 0.85
    else:
        target_toks = objects + ([] if objects and spec.data.get("preps_only_without_object") else
                                 [p for p in args.prep_objects(tok, spec.words("verb_target_preps"))
                                  if not _in(p, spec.words("object_exclude"))    # "hit back at X's claims"
                                  and p.ent_type_ not in ("DATE", "TIME")])      # "marched on Sunday"
        agent_toks = args.subject(tok)
        if not agent_toks and tok.tag_ == "VBG":
            agent_toks = args.prep_objects(tok, ("by",))     # "injured in shelling by X"
            prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
            if not agent_toks and prev is not None and tok.dep_ in ("advcl", "pcomp") and prev.dep_ in ("pobj", "compound") \
                    and (ctx.res.key_at(prev.i) or prev.lemma_.lower() in args.roles["government_words"]):
                agent_toks = [prev]                  # "killed in army shelling", parsed as "in army" + "shelling"
        confidence = 0.9
    if tok.dep_ == "acl" and not passive and tok.tag_ == "VBN" and not any(c.lower_ == "having" for c in children):
        # "Haftar, supported by Egypt", "camps targeted by X": the modified noun is the target
        head_key = ctx.res.key_at(tok.head.i)
        target_toks, agent_toks = [tok.head], args.agent_tokens(tok)
        if not agent_toks:
            return []
        among = tok.head.head
        if tok.head.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be":
            # "X was among the buildings hit by Y": X is one of them
            target_toks = args.subject(among.head) or target_toks
        if head_key:                                 # not the head's conjuncts
            agents = [a for t in agent_toks for a in args.actors(t, "agent")]
            return [Candidate(spec.name, tok, agents, [head_key], False, 0.85)]
    if not target_toks and spec.data.get("conditional_addressee"):
        target_toks = [t for c in children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "should", "unless") for m in c.children)
            for t in args.subject(c)]
        # "warned that any intervention by X would mean war": the actor of the action foreseen
        foreseen = [t for c in children if c.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in ("would", "will", "could", "'d") for a in c.children)
            for t in args.subject(c) if t.pos_ == "NOUN" and not ctx.res.key_at(t.i)]
        if not target_toks and foreseen:
            found = [a for t in foreseen for a in noun_agents(t, spec, ctx)]
            if found:
                return [Candidate(spec.name, tok, [a for t in args.subject(tok) for a in args.actors(t, "agent")],
                                  found, False, 0.75)]
        # "warned that it would retaliate against X": the target of the attack it foresees
        attack = load_relations()["attacked"]
        aimed = [p for c in children if c.dep_ == "ccomp" and _in(c, attack.words("verbs")) and _foretold(c)
            for p in args.prep_objects(c, attack.words("verb_target_preps")) + [o for o in c.children if o.dep_ == "dobj"]]
        if not target_toks and aimed:
            target_toks = aimed
    if not target_toks and not passive and _in(tok, spec.words("complement_threat_verbs")):
        # "threatened to turn Seoul into a sea of fire", "threatened to cut ties with X": the
        # one the threatened act is done to
        preps = ("with", "from", "against", "on")
        objs = [o for c in children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]
        target_toks = objs + [p for c in children if c.dep_ == "xcomp" for p in args.prep_objects(c, preps)] \
            + [p for o in objs for p in args.prep_objects(o, preps)]
    mode = _mode(spec)
    victim = _in(tok, spec.words("victim_verbs"))
    figures = [t for t in target_toks if group_figure(t, ctx)] if victim else []
    if figures:                                      # "killed a Hamas commander in Gaza": Gaza, not Hamas
        places = [p for t in figures + [tok] for p in args.prep_objects(t, ("in", "inside"))]
        # ... with no place said, the group: "killed a senior commander of al-Shabaab"
        groups = [] if places else [p for t in figures for p in args.prep_objects(t, ("of",))] + [
            c for t in figures for c in t.children if c.dep_ == "compound" and ctx.res.key_at(c.i)]
        target_toks = [t for t in target_toks if t not in figures] + places + groups
    targets = [a for t in target_toks for a in _resolve_object(t, spec, ctx, mode)]
    people = [t for t in target_toks if casualty_people(t, ctx)]
    if people and mode == "place" and not passive and victim:
        # "killed 20 Palestinians in Gaza": a casualty count names where, not a state attacked;
        # ", killing eight Ukrainians" after the attack adds no target of its own
        others = [a for t in target_toks if t not in people for a in _resolve_object(t, spec, ctx, mode)]
        places = args.local_first([args.actors(p, mode) for t in people + [tok]
                                   for p in args.prep_objects(t, args.roles["location_preps"])])
        if places or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj")):
            targets = others + places
    if _in(tok, spec.words("person_object_verbs")):
        # "received the envoy"; never the sender of what was received ("received a call from X")
        targets = [a for t in target_toks if ctx.res.key_at(t.i) for a in _resolve_object(t, spec, ctx, mode)
                   if ctx.res.actors[a].type == "Person"]
    if not targets and objects and not passive and mode != "place":
        # "rejected this statement by X" with "by X" parsed on the verb: X made the statement
        # (or on the coordinated verb the object came from: "denounced and rejected the drills by X")
        by = [p for o in objects if o.head.i != tok.i for p in args.prep_objects(o.head, ("by",)) if p.i > o.i]
        targets = [a for t in args.agent_tokens(tok) + args.prep_objects(tok, ("by",)) + by
                   for a in args.actors(t, "agent")]
    # "hitting targets near X": X only says where unnamed targets were
    located = mode == "place" and bool(target_toks) and all(
        not ctx.res.key_at(t.i) and t.pos_ == "NOUN" and not args.owners(t)
        and args.prep_objects(t, args.roles["location_preps"]) for t in target_toks)
    if not targets and mode == "place" and target_toks:
        # "striking nine camps across Pakistan": an unnamed target located by the verb's phrase
        located = True
        places = args.member_tokens(tok) or [p for p in args.prep_objects(tok, ctx.args.roles["location_preps"])
                                             if not _in(p, args.event_nouns) and not _in(p, args.roles["summary_nouns"])]
        # ("pounded dumps in the biggest action in the alliance's history": an event is no place)
        targets = args.local_first([args.actors(t, mode) for t in places])
    elif not targets and mode == "place" and not objects and not passive \
            and not _prep_only(tok, spec, children):
        # "shelling by X in Tripoli", "fought in Bakhmut": a city or province it happened in
        places = args.prep_objects(tok, spec.words("noun_place_preps")) or _agent_places(agent_toks, spec, args)
        targets = _located(places, args, mode, ctx)
    firing = load_relations()["attacked"].words("projectile_verbs")
    if not agent_toks and tok.dep_ in ("conj", "advcl") and _in(tok.head, firing):
        agent_toks = [c for c in tok.head.children if c.dep_ == "nsubj"]   # "Rockets fired from X hit Y"
    agents, scope = [], []
    for t in agent_toks:
        found = args.actors(t, "agent")
        if not found and _in(t, ctx.transparent):    # "a barrage of rockets fired by X slammed into Y"
            found = [a for p in args.prep_objects(t, ("of",)) for a in args.actors(p, "agent")]
        if not found and t.head.i != tok.i and t.dep_ == "nsubj" and _in(t.head, firing):
            # "Shells fired from X positions hit Y", misparsed with "fired" as the main verb
            found = [a for p in args.agent_tokens(t.head) + args.held_positions(t.head) for a in args.actors(p, "agent")]
        if _in(t, args.event_nouns):
            found = found or noun_agents(t, spec, ctx)   # "assaults targeting X": the assault's actor
            if not found and spec.name == "attacked":
                found = _prior_agents(t, spec.name, ctx)   # "X struck ... The operation targeted Y"
            scope.append(t)                      # "a suspected strike hit Y": the noun's factuality too
        elif not found and spec.name == "attacked" and _in(t, spec.words("projectiles")) and t.dep_ == "pobj" \
                and t.head.lower_ in ("in", "with"):
            # "fired missiles at X in a barrage that smashed into Y": the barrage's firer
            found = noun_agents(t, spec, ctx)
        agents += found
    if spec.name == "attacked":                      # "fired possible cruise missiles at X": hedged
        scope += [o for o in children if o.dep_ == "dobj" and _in(o, spec.words("projectiles"))]
    negated_only = _in(tok, spec.words("negated_verbs"))
    return [Candidate(spec.name, tok, agents, targets, False, confidence, scope, negated_only=negated_only,
                      located=located)]


def noun_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    if tok.pos_ not in ("NOUN", "PROPN") or not _in(tok, spec.words("nouns")):
        return []
    if _in(tok, spec.words("use_nouns")) and not any(
            w.lower_ in spec.words("used_weapons") for p in ctx.args.prep_objects(tok, ("of",)) for w in p.subtree):
        return []                                   # "the use of water cannon against X", never "the use of roads"
    if tok.dep_ in ("compound", "amod") or ctx.res.key_at(tok.i):
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and _in(tok.head.head, spec.words("verbs")) \
            and any(c.dep_ == "dobj" for c in tok.head.head.children) \
            and not ctx.args.prep_objects(tok, spec.words("noun_target_preps")):
        return []                                   # "X killed 50 fighters in an air raid": the verb's event
    args = ctx.args
    if {c.lower_ for c in tok.children if c.dep_ == "prep" and not _timed(c)} & spec.words("noun_exclude_preps"):
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
    if dep == "dobj" and _in(gov, ctx.light_verbs):
        # "held a call with X, and with Y", "expressed solidarity with X": phrases on the verb
        target_toks += args.prep_objects(gov, target_preps)
        if target_toks and spec.symmetric:
            # "held calls with X, commander of Y, and Z", the parser hanging Z on the verb
            target_toks += [c for c in gov.children if c.dep_ == "conj" and c.pos_ == "PROPN" and ctx.res.key_at(c.i)]
    # "the aggression launched by X against Y": the target on the participle that carries it out
    target_toks += [p for c in tok.children if c.dep_ == "acl" and _in(c, ctx.light_verbs)
                    for p in args.prep_objects(c, target_preps)]
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
    if _in(tok, spec.words("place_only_nouns")):
        targets = [t for t in targets if ctx.res.actors[t].type in ("Location", "Country", "Facility")]
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
                targets = _located(args.prep_objects(gov, ("in",)), args, mode, ctx, any_place)
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
        targets = [a for t in victims for a in args.actors(t, "object") if ctx.res.actors[a].type == "Person"]
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
        verb = tok.head.head if tok.dep_ == "pobj" else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and len(parties) < 2:
            others = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            targets = [a for t in others for a in args.actors(t) if ctx.res.actors[a].type == "Person"]
            return [Candidate(spec.name, tok, parties, targets, True, 0.7)]
        return [Candidate(spec.name, tok, parties, [], True, 0.75)]
    if (spec.data.get("noun_requires_target") or aimed) and not targets:
        return []
    agents = noun_agents(tok, spec, ctx)
    if not agents and targets and not (aimed or any_place):
        agents = _target_attackers(tok, targets, ctx)
        if agents is None:
            agents = _prior_agents(tok, spec.name, ctx)     # "the strikes", never "the war"
    if agents and not targets and spec.name == "attacked" and _definite(tok) and tok.dep_ == "pobj" \
            and tok.head.lower_ == "for" and _in(tok.head.head, args.roles["responsibility_words"]):
        # "... the attack in Tehran. Islamic State claimed responsibility for the attack": its target
        earlier = [t for i, t in ctx.unclaimed if tok.i - 120 < i < tok.i]
        targets = earlier[-1] if earlier else []
    return [Candidate(spec.name, tok, agents, targets, True, 0.8)]


def _target_attackers(tok, targets, ctx: Context) -> list[str] | None:
    """'the attack on Tuzla' after an attack on Tuzla was told: that attack's attacker, or
    nobody when the text named none (never the last attacker of something else); None when
    the target was not attacked before."""
    if not _definite(tok):
        return None
    wanted = set(targets)
    named = [agents for hit, agents in ctx.told if wanted & set(hit)]
    if named:
        return list(named[-1])
    if any(wanted & set(hit) for i, hit in ctx.unclaimed if tok.i - 400 < i < tok.i):
        return []
    return None


def _sources(args, toks, preps) -> list[str]:
    """Actors a "from" or "by" phrase on any of toks names: "condemnation from X", "drew
    condemnation from X", "came under attack from X"."""
    return [a for w in toks for t in args.prep_objects(w, preps) for a in args.actors(t, "agent")]


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
    weapons = spec.words("projectiles")
    if not any(_in(o, weapons) for o in objs):      # ("tanks": the list may hold the plural only)
        return []
    if any(o.lemma_.lower() in spec.words("nouns") for o in objs):
        return []                                   # the noun frame has it ("launched an attack on")
    args = ctx.args
    preps = spec.words("projectile_preps")
    target_toks = args.prep_objects(tok, preps) + [p for o in objs for p in args.prep_objects(o, preps)]
    targets = [a for t in target_toks for a in args.actors(t, _mode(spec))]
    subjects = args.agent_tokens(tok) if passive else args.subject(tok)
    if passive and not subjects:                    # "missiles were fired from US warships at Y"
        subjects = args.held_positions(tok)
    agents = [a for t in subjects for a in args.actors(t, "agent")]
    # "launched possible ballistic missiles toward Japan": a hedge on the weapon hedges the firing
    scope = [o for o in objs if _in(o, weapons)]
    return [Candidate(spec.name, tok, agents, targets, False, 0.85, scope)]


def entry_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'Ethiopian troops entered Somalia', 'Russian tanks rolled into Ukraine': armed forces
    sent into a state or region attack it (GUIDELINES, Clarification 3)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in spec.words("entry_verbs"):
        return []
    args = ctx.args
    # "police forced their way into the embassy": a way forced is forcible entry, whoever enters
    forced = _in(tok, spec.words("forcing_verbs")) and any(c.dep_ == "dobj" and c.lower_ == "way" for c in tok.children)
    if _in(tok, spec.words("forcing_verbs")) and not forced:
        return []
    forces = [t for t in args.subject(tok) if forced or _in(t, spec.words("entering_forces"))]
    if not forces:
        return []
    target_toks = args.prep_objects(tok, ("into",))
    if _in(tok, spec.words("entry_object_verbs")):
        target_toks += [c for c in tok.children if c.dep_ == "dobj"]
    targets = [a for t in target_toks for a in args.actors(t, _mode(spec))]
    agents = [a for t in forces for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.8)]


def _phone_nearby(tok, ctx: Context, window: int = 2) -> bool:
    """A phone or video call named in the trigger's sentence or the `window` sentences on
    each side ("X spoke with Y for two hours. It was their fifth call")."""
    markers, doc = ctx.args.roles["phone_markers"], ctx.doc
    start, end = tok.sent.start, tok.sent.end
    for _ in range(window):
        start = doc[start - 1].sent.start if start > 0 else start
        end = doc[end].sent.end if end < len(doc) else end
    return any(t.lower_ in markers for t in doc[start:end] if t.i != tok.i)


def _readout_lead(tok, spec: RelationSpec, ctx: Context) -> bool:
    """'President X spoke today with Prime Minister Y of Z.' opening a document: a government
    readout of a call (they say "spoke" and name no phone), unless the sentence says they met."""
    start = tok.sent.start
    if tok.lemma_.lower() not in spec.words("readout_verbs") or start > 0 and (
            ctx.doc[start - 1].sent.start > 0 or ctx.doc[start - 1].text in (".", "!", "?")
            or ctx.doc[start - 2 if start > 1 else 0].text in (".", "!", "?")):
        return False                                # (the first sentence, or the one after a title line)
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
    media = [m for m in args.prep_objects(tok, ("by", "over", "on", "via")) if _in(m, args.roles["phone_markers"])]
    targets = [a for t in args.prep_objects(tok, preps) + [p for m in media for p in args.prep_objects(m, preps)]
               for a in args.actors(t)]
    if telling:             # "X told Y by phone": a person or state, never an outlet interviewing X
        targets = [a for c in tok.children if c.dep_ in ("dobj", "dative") for a in args.actors(c)
                   if ctx.res.actors[a].type in ("Person", "Country")]
    # "spoke to Fox News by phone": an outlet interviewing X is no call (GUIDELINES: called)
    media = args.roles["media_words"]
    targets = [a for a in targets if not (ctx.res.actors[a].type == "Organization"
                                          and set(ctx.res.actors[a].name.lower().split()) & media)]
    agents = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.75)]


def adjective_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    if tok.lower_ not in spec.words("adjectives"):
        return []
    args = ctx.args
    # "X is opposed to Y", parsed as a passive with no "by": its subject holds the stance
    stative = [c for c in tok.children if c.dep_ == "nsubjpass"] \
        if any(c.dep_ == "auxpass" for c in tok.children) and not args.agent_tokens(tok) else []
    if tok.dep_ not in ("acomp", "amod", "ROOT") and not stative:
        return []
    targets = [a for t in args.prep_objects(tok, spec.words("adjective_preps"))
               for a in _resolve_object(t, spec, ctx, _mode(spec))]
    holder = tok.head if tok.dep_ == "acomp" else tok
    agents = [a for t in args.subject(holder) or stative for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.85)]


def judgment_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'called X's plan unacceptable', 'said the move was unacceptable': the judged action's
    actor is the target, the one who judges is the agent."""
    if tok.lower_ not in spec.words("judgment_adjectives"):
        return []
    args, head = ctx.args, tok.head
    if tok.dep_ == "amod" and head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ == "VERB":
        # "described the incursion as an unacceptable violation": the judged act is the verb's object
        holder = head.head.head
        judged = [c for c in holder.children if c.dep_ == "dobj"]
    elif tok.dep_ == "amod" and head.dep_ == "dobj":
        judged, holder = [head], head.head
        while holder.dep_ == "xcomp" and holder.head.pos_ == "VERB":
            holder = holder.head                    # "urged X to end its unacceptable raids": the one who urged judges
    elif tok.dep_ == "amod" and head.dep_ == "pobj" and head.head.lower_ in ("about", "over", "against") \
            and head.head.head.pos_ == "VERB":
        judged, holder = [head], head.head.head     # "complained to X about the unacceptable move by Y"
    elif tok.dep_ == "oprd":
        judged, holder = [c for c in head.children if c.dep_ == "dobj"], head
    elif tok.dep_ in ("amod", "pobj", "acomp") and head.lower_ == "as" and head.head.pos_ == "VERB":
        # "described X's decision as unacceptable", "slammed X's move as unacceptable"
        judged, holder = [c for c in head.head.children if c.dep_ == "dobj"], head.head
    elif tok.dep_ == "acomp":
        judged = args.subject(head)
        holder = head.head if head.dep_ == "ccomp" else None
        clauses = [c for c in list(head.children) + list(tok.children) if c.dep_ == "ccomp"
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if clauses and all(t.lower_ == "it" for t in judged):
            judged = [t for c in clauses for t in args.subject(c)]   # "it is unacceptable that X conducted a test"
        elif judged and all(t.pos_ == "PRON" and t.lower_ in ("it", "this") for t in judged):
            # "X slammed the decision, while NATO said it is unacceptable": an act, not an actor
            judged = [a for a in (act_antecedent(t, ctx) for t in judged) if a is not None]
    elif tok.dep_ == "ccomp" and head.pos_ == "VERB":
        # "considers the plan unacceptable" (parsed as a small clause)
        judged, holder = [c for c in tok.children if c.dep_ == "nsubj"], head
    else:
        return []
    if holder is None or not judged:
        return []
    targets = [a for t in judged for a in _resolve_object(t, spec, ctx, _mode(spec))]
    agents = [a for t in args.subject(holder) for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.8)]


def consequence_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'X said Y would pay a heavy price', 'X told Y to withdraw or face consequences': a
    foretold price for Y, told by X, is a warning to Y."""
    if tok.pos_ != "VERB" or not _in(tok, spec.words("consequence_verbs")):
        return []
    if not any(o.dep_ == "dobj" and _in(o, spec.words("consequence_objects")) for o in tok.children):
        return []
    if not (_foretold(tok) or (tok.dep_ == "conj" and any(c.lower_ == "or" for c in tok.head.children))):
        return []
    args, teller = ctx.args, tok.head
    for _ in range(4):                              # up to the verb of saying or telling
        if _in(teller, args.roles["telling_verbs"]) or teller.head.i == teller.i:
            break
        teller = teller.head
    if not _in(teller, args.roles["telling_verbs"]):
        return []
    subj = args.subject(tok)
    told = [c for c in teller.children if c.dep_ in ("dobj", "dative")]
    if told and all(t.pos_ == "PRON" for t in subj):
        subj = told                                 # "X told Finland it would face retaliation": "it" is the one told
    targets = [a for t in subj for a in args.actors(t, "object")]
    agents = [a for t in args.subject(teller) for a in args.actors(t, "agent")]
    # the price is foretold ("would"); the warning is what the text asserts
    return [Candidate(spec.name, tok, agents, targets, False, 0.7, stated=True)]


def stance_word_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'said no to X's plan', 'voted no on the US resolution', 'is against X's plan': a word
    that states the stance on a verb of saying or voting, or on "be"."""
    head = tok.head
    copula = _in(head, spec.words("stance_word_copulas"))
    if tok.lower_ not in spec.words("stance_words") or head.i == tok.i or not (
            _in(head, spec.words("stance_word_verbs")) or copula):
        return []
    args, mode, preps = ctx.args, _mode(spec), spec.words("stance_word_preps")
    if tok.pos_ == "ADP" and copula and tok.dep_ == "prep":
        judged = [c for c in tok.children if c.dep_ == "pobj"]     # "is against X's plan"
    else:
        judged = args.prep_objects(tok, preps) + args.prep_objects(head, preps)
    targets = [a for t in judged for a in _resolve_object(t, spec, ctx, mode)]
    agents = [a for t in args.subject(head) for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.8)]


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


def backed_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'the Iran-backed Houthi rebels': Iran supported the Houthis."""
    if tok.lower_ not in spec.words("backed_suffixes") or tok.dep_ != "amod":
        return []
    backers = [c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < tok.i]
    agents = [a for b in backers for a in ctx.args.actors(b, "agent")]
    backed = ctx.args.actors(tok.head, "agent")
    return [Candidate(spec.name, tok, agents, backed, False, 0.8)]


def refusal_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    """'refused to sign the agreement drafted by Y': refusing an act of acceptance rejects
    what it would accept."""
    if tok.pos_ != "VERB" or not _in(tok, spec.words("refusal_verbs")):
        return []
    args = ctx.args
    acts = [c for c in tok.children if c.dep_ == "xcomp" and _in(c, spec.words("refused_acts"))]
    targets = [a for c in acts for o in c.children if o.dep_ == "dobj" for a in _resolve_object(o, spec, ctx, "object")]
    if not targets:
        return []
    agents = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.8)]


FRAMES = (
    ("verbs", verb_frame),
    ("refusal_verbs", refusal_frame),
    ("nouns", noun_frame),
    ("projectile_verbs", projectile_frame),
    ("entry_verbs", entry_frame),
    ("talk_verbs", talk_frame),
    ("tell_verbs", talk_frame),
    ("adjectives", adjective_frame),
    ("judgment_adjectives", judgment_frame),
    ("backed_suffixes", backed_frame),
    ("reciprocal_verbs", reciprocal_frame),
    ("stance_words", stance_word_frame),
    ("consequence_verbs", consequence_frame),
)
