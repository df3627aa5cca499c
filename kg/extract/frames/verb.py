"""The verb frame: a trigger verb, its subject and its object or prepositional target."""
from __future__ import annotations

from ...lexicon import RelationSpec, load_relations
from ..context import Candidate, Context, _foretold, _in, _mode, _placelike, hedged_agents
from ..objects import _resolve_object
from ..objects.agents import noun_agents
from ..objects.antecedents import _prior_agents
from ..objects.targets import _agent_places, _harmed, casualty_people, group_figure, _located, victim_targets
from .common import _OPEN_QUOTES, _in_noun, _verb_matches, _prep_only


def verb_frame(tok, spec: RelationSpec, ctx: Context) -> list[Candidate]:
    children = list(tok.children)
    if tok.pos_ != "VERB" or not _verb_matches(tok, spec.words("verbs"), children):
        return []
    args = ctx.args
    deps = {c.dep_ for c in children}
    # "called for calm", "called on X to": the preposition follows the verb ("called X on Friday" is a
    # call), perhaps after adverbs ("calling instead for dialogue")
    toks = ctx.res.tokens or ctx.doc
    preps = {c.lower_ for c in children if c.dep_ == "prep" and c.i > tok.i
             and all(toks[k].pos_ == "ADV" for k in range(tok.i + 1, c.i))}
    if preps & spec.words("verb_exclude_preps") or deps & spec.words("verb_exclude_deps") or any(
            c.dep_ == "prt" and c.lower_ in spec.words("excluded_particles") for c in children):
        return []                                    # "hit out at X": criticism
    verbal = spec.words("verbal_settings")
    if verbal and any(_in(p, verbal) or p.text in ctx.args.roles["not_actors"]
                      for p in ctx.args.prep_objects(tok, ("on", "in", "at", "via"))):
        return []                                    # "attacked the SEC on Twitter (in a speech)": words
    if _in(tok, spec.words("judging_verbs")) and any(not _in(p, spec.words("judging_exempt")) for p in ctx.args.prep_objects(tok, ("as",))) \
            and any(c.dep_ == "dobj" and ctx.res.key_at(c.i) and ctx.res.actors[ctx.res.key_at(c.i)].type == "Person"
                    for c in children):
        return []                                    # "had attacked Odinga as a project of the dynasties": words
    if _in(tok, spec.words("judging_verbs")) and _for_a_reason(tok, children, ctx) and any(
            ctx.res.actors[k].type in ("Person", "Organization") for c in children if c.dep_ == "dobj"
            for k in [ctx.res.key_at(x.i) for x in [c, *c.children] if x is c or x.dep_ in ("compound", "poss")] if k):
        return []                                    # "attacked the BJP government over the failure": words
    cyber = spec.words("cyber_words")
    if cyber and (any(_in(x, cyber) for s in args.subject(tok) for x in [s, *s.children] if x is s or x.dep_ in ("compound", "amod"))
                  or any(_in_noun(o, cyber) for o in children if o.dep_ == "dobj")
                  or any(_in_noun(p, cyber) for p in args.prep_objects(tok, ("into", "on", "at", "against")))):
        return []                                    # "hackers attacked Sony", "attacked the bank's website": no force
    prep_only = _prep_only(tok, spec, children)
    objects = [] if prep_only else [c for c in children if c.dep_ == "dobj"
                                    and not _in(c, spec.words("intercepted_objects"))]   # "destroyed 12 drones"
    phrase_preps = spec.words("phrase_target_preps")
    own = [o for o in objects if f"{tok.lemma_.lower()} {o.lower_}" in spec.words("verbs")] if phrase_preps else []
    if own:                                          # "set fire to X": the noun is the verb's own,
        objects = [o for o in objects if o not in own] + args.prep_objects(tok, phrase_preps)   # the target after "to"
    misparsed = _subjects_on_aux(tok, children)      # "jets had on Sunday bombed camps"
    if not objects and not prep_only:
        objects = _shifted_object(children) or ([tok.head] if misparsed else [])
    # "captured the village of X, a claim Y denied": a second object after a comma is an apposition
    objects = [o for o in objects if not (_in(o, ctx.args.roles["claim_nouns"]) and any(p.i < o.i for p in objects)
                                          and o.doc[o.left_edge.i - 1].text == ",")]
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
    lifting, place_lifting = spec.words("exclude_lifting_preps"), spec.words("exclude_lifting_place_preps")

    def claim_on_place(c) -> bool:                  # "X's claims in the South China Sea"
        return c.lower_ in place_lifting and any(
            p.dep_ == "pobj" and ctx.res.key_at(p.i) and ctx.res.actors[ctx.res.key_at(p.i)].type != "Country"
            and _placelike(ctx.res.actors[ctx.res.key_at(p.i)]) for p in c.children)
    if any(_in_noun(o, spec.words("object_exclude")) and not any(   # (the parser may hang "to" on the verb)
            c.dep_ == "prep" and (c.lower_ in lifting or claim_on_place(c)) and (c.head.i == o.i or c.i == o.right_edge.i + 1)
            for c in list(o.children) + children) and not any(  # "X's claim to have won": a stance, no accusation
            c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in o.children)
            for o in objects):
        return []
    naming = [c for c in children if c.dep_ == "oprd" and c.pos_ != "ADV"]   # "called X late on Friday": no name
    if spec.data.get("verb_naming"):
        # (a second object after a comma is the first's apposition: "phoned the commander, Colonel X")
        dobjs = [c for c in children if c.dep_ == "dobj"]
        if objects and naming or any(toks[c.left_edge.i - 1].text != "," for c in dobjs[1:]):
            return []                                # "called it an aggression", "which X calls Y Shoal"
        def quoted_name(i):                          # a quote mark opening a noun phrase
            if i + 1 < len(toks) and toks[i].pos_ == "DET" and toks[i + 1].text in _OPEN_QUOTES:
                i += 1                               # ('called X a "dotard"')
            return i + 1 < len(toks) and toks[i].text in _OPEN_QUOTES and (
                toks[i + 1].pos_ in ("NOUN", "ADJ", "DET", "ADV") or toks[i + 1].tag_ in ("VBN", "VBG"))
        if any(quoted_name(o.right_edge.i + 1) or quoted_name(o.i + 1) or any(c.dep_ == "conj" and quoted_name(c.left_edge.i - 1)
                                                      for c in o.children) for o in objects + naming):
            return []                                # 'called the rebels "bandits"': a name in quotes
            # (the parser may make the person named the predicate: 'called X "a criminal"')
        if any(o.pos_ == "PRON" and _in(o, spec.words("naming_objects")) for o in objects):
            return []                                # "calling it cowardly" (an adverb to the parser)
        objects = objects or [n for n in naming if ctx.res.key_at(n.i)]
        if objects and not any(o.pos_ in ("PROPN", "PRON") or ctx.res.key_at(o.i) or _in(o, args.roles["titles"])
                               or _in(o, args.roles["person_roles"]) or _named_beside(o, ctx) for o in objects):
            return []                                # "called the attack unacceptable": no one is phoned
    blockers = spec.words("judgment_blockers")
    if objects and (any(_in(a, blockers) for o in objects for a in o.children if a.dep_ in ("amod", "oprd"))
                    or any(_in(c, blockers) for c in children if c.dep_ == "oprd")):
        return []                                    # "called X's plan unacceptable": a judgment
    purpose = [c for c in children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
               and any(a.lower_ == "to" for a in c.children)]
    if _in(tok, spec.words("purpose_checked_verbs")) and purpose \
            and not all(_in(c, spec.words("purpose_verbs")) for c in purpose):
        return []                                    # "called X to stop": an appeal, not a phone call
    stray = set()
    if not objects and _in(tok, spec.words("clauseless_verbs")):
        # "condemned the attack, and Britain sent advisers": the object made a clause's subject
        # (and the next clause's subjects its conjuncts)
        objects = [n for c in children if c.dep_ == "ccomp" and c.i > tok.i
                   for n in c.children if n.dep_ == "nsubj" and n.pos_ == "NOUN"][:1]
        stray = {ctx.res.key_at(c.i) for o in objects for c in o.conjuncts} - {None}
    if not objects and spec.data.get("stance"):
        # "opposed the United States using its treaty": the named doer of the gerund's act
        objects = [n for c in children if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG" and c.left_edge.i > tok.i
                   for n in c.children if n.dep_ == "nsubj" and n.left_edge.i == c.left_edge.i and ctx.res.key_at(n.i)][:1]
    if not objects and not _prep_only(tok, spec, children):
        # "recaptured Mosul" with the name misparsed as an adverb: a name right after the verb
        objects = [c for c in children if c.dep_ in ("advmod", "npadvmod") and c.i == tok.i + 1
                   and ctx.res.key_at(c.i)]
    if not objects and not _prep_only(tok, spec, children):
        # "rejects and condemns X": coordinated verbs share the object
        # (its own free relative first: "condemned what he called a fraud and recalled X")
        # (never past a phrase of its own: "was fighting for its survival and accused Moscow")
        # (never a verb with a subject of its own: "refused to answer, and police searched his home")
        objects = args.free_relative(tok) or [o for c in children if c.dep_ == "conj" and c.pos_ == "VERB"
                                              and not any(p.dep_ == "prep" and tok.i < p.i < c.i for p in children)
                                              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                                              for o in c.children if o.dep_ == "dobj"]
        if not objects and tok.head.i != tok.i and any(c.dep_ == "cc" for c in children):
            # "to condemn and reject X" with "reject" parsed as the governing verb's conjunct
            objects = [o for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
                       for o in c.children if o.dep_ == "dobj"][:1]
    passive = [c for c in children if c.dep_ == "nsubjpass"]
    if not passive and tok.dep_ == "conj" and (any(c.dep_ == "auxpass" for c in children) or (
            tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in children)
            and any(c.dep_ == "auxpass" for c in tok.head.children))):
        # "the text received 12 votes but was vetoed by X": a passive conjunct shares the subject
        # (and its "was": "a plan accepted by X but rejected by Y")
        passive = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if passive:
        target_toks, agent_toks = passive, args.agent_tokens(tok)
        confidence = 0.85
    else:
        target_toks = objects + ([] if objects and spec.data.get("preps_only_without_object") else
                                 [p for p in args.prep_objects(tok, spec.words("verb_target_preps"))
                                  if not _in(p, spec.words("object_exclude"))    # "hit back at X's claims"
                                  and p.ent_type_ not in ("DATE", "TIME")])      # "marched on Sunday"
        agent_toks = args.subject(tok) or misparsed
        if not agent_toks and tok.tag_ == "VBG":
            agent_toks = args.prep_objects(tok, ("by",)) or args.agent_tokens(tok)   # "injured in shelling by X"
            prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
            if not agent_toks and prev is not None and tok.dep_ in ("advcl", "pcomp") and prev.dep_ in ("pobj", "compound") \
                    and (ctx.res.key_at(prev.i) or prev.lemma_.lower() in args.roles["government_words"]):
                agent_toks = [prev]                  # "killed in army shelling", parsed as "in army" + "shelling"
        confidence = 0.9
    # (a participle with an object and no "by" is an active verb the parser hung on its subject:
    # "Saudi-led coalition aircraft bombed Houthi-held Sanaa")
    if tok.dep_ == "acl" and not passive and tok.tag_ == "VBN" \
            and not (any(c.dep_ == "dobj" for c in children) and not args.agent_tokens(tok)) \
            and not any(c.lower_ == "having" for c in children):
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
    targets = [a for t in target_toks for a in _resolve_object(t, spec, ctx, mode) if a not in stray]
    if not target_toks and tok.tag_ == "VBG" and tok.dep_ in ("csubj", "nsubj", "advcl") and spec.words("harm_verbs") \
            and _in(tok.head, spec.words("harm_verbs")) and all(t.i == tok.i for t in args.subject(tok.head)):
        targets = _harmed(tok.head, mode, ctx, located=True)   # "Shelling by X damaged a school in Y"
    if not targets and not target_toks and tok.tag_ == "VBG" and tok.dep_ == "advcl" and agent_toks \
            and _in(tok.head, spec.words("victim_verbs")):
        # "three soldiers were killed in Pakistani shelling", parsed as "in Pakistani" + "shelling"
        targets = victim_targets([c for c in tok.head.children if c.dep_ == "nsubjpass"], ctx)
    if stray and not targets:                       # ... "the attack" alone: the attack told before
        targets = [a for t in objects for a in _prior_agents(t, "attacked", ctx)]
    people = [t for t in target_toks if casualty_people(t, ctx)]
    if people and mode == "place" and not passive and victim:
        # "killed 20 Palestinians in Gaza": a casualty count names where, not a state attacked;
        # ", killing eight Ukrainians" after the attack adds no target of its own
        others = [a for t in target_toks if t not in people for a in _resolve_object(t, spec, ctx, mode)]
        places = args.local_first([args.actors(p, mode) for t in people + [tok]
                                   for p in args.prep_objects(t, args.roles["location_preps"])])
        if places or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj")):
            targets = others + places
    if _in(tok, spec.words("no_person_verbs")):
        targets = [a for a in targets if ctx.res.actors[a].type != "Person" or not any(
            ctx.res.key_at(t.i) == a for t in target_toks)]  # ("dismissed X's plan" still opposes X)
    if _in(tok, spec.words("place_only_verbs")):
        # (a one-word "person" is often a place NER mislabelled: "seized the town of Konna")
        targets = [a for a in targets if ctx.res.actors[a].type != "Person" or " " not in ctx.res.actors[a].name]
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
        not ctx.res.key_at(t.i) and t.pos_ == "NOUN" and args.prep_objects(t, args.roles["location_preps"])
        and not args.owners(t) and not (t.lemma_.lower() in args.roles["place_nouns"] and args.prep_objects(t, ("of",)))
        for t in target_toks)                       # ("hitting the town of Nahariya": the town is the target)
    if not targets and mode == "place" and target_toks:
        # "striking nine camps across Pakistan": an unnamed target located by the verb's phrase
        located = True
        places = args.member_tokens(tok) or [p for p in args.prep_objects(tok, ctx.args.roles["location_preps"])
                                             if not _in(p, args.event_nouns) and not _in(p, args.roles["summary_nouns"])] \
            or ([tok.head] if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in children) else [])
        # ("drove to the X mosque, where he attacked worshippers": the place the clause describes)
        # ("pounded dumps in the biggest action in the alliance's history": an event is no place)
        targets = args.local_first([args.actors(t, mode) for t in args.innermost(places)])
        if any(args.insurgent(t) for t in target_toks):   # "struck Kurdish militants in northern Iraq"
            targets = [a for a in targets if ctx.res.actors[a].type != "Country"]
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
    scope += hedged_agents(agent_toks)              # "suspected Tamil Tiger rebels attacked"
    if spec.name == "condemned" and agents and targets and objects:
        own = ctx.res.own_sides(agents)
        if all(ctx.res.acting_key(t) in own for t in targets):
            # "President Gul condemned the attack" after his army's raids: the last attack by others
            # (an act whose actor the text states stays his, as _prior_agents gives it none:
            # "denounced the bombing by Russian planes")
            targets = [a for o in objects if _in(o, args.event_nouns)
                       for a in _prior_agents(o, "attacked", ctx, exclude=own)] or targets
    negated_only = _in(tok, spec.words("negated_verbs"))
    return [Candidate(spec.name, tok, agents, targets, False, confidence, scope, negated_only=negated_only,
                      located=located)]


def _named_beside(o, ctx) -> bool:
    """'phoned the mother of a dead soldier, X': a noun with a named actor in apposition."""
    return any(c.dep_ == "appos" and c.i > o.i and ctx.res.key_at(c.i) for c in o.children)


def _for_a_reason(tok, children, ctx) -> bool:
    """'attacked X over the budget', 'attacked X for failing to act': a reason given, not a
    time or a place ("over the weekend", "over the border")."""
    for c in children:
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        if c.lower_ == "for" and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children):
            return True
        if c.lower_ == "over" and any(p.dep_ in ("pobj", "pcomp") for p in c.children) and not any(
                t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in ctx.args.roles["place_nouns"]
                or (ctx.res.key_at(t.i) and ctx.res.actors[ctx.res.key_at(t.i)].type in ("Location", "Facility", "Country"))
                for p in c.children if p.dep_ == "pobj" for t in p.subtree):
            return True
    return False


def _subjects_on_aux(tok, children) -> list:
    """'Kenyan jets had on Sunday bombed rebel camps': with a phrase between "had" and the
    participle, the parser may make the participle an adjective of its object and hang the
    subject on "had"; that subject (and the noun the participle modifies is the object)."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or tok.head.i < tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    have = [a for a in children if a.dep_ == "aux" and a.lemma_ == "have" and a.i < tok.i - 1]
    owner = tok.head.head                           # ... or "had" the main verb, the noun its object
    if not have and tok.head.dep_ == "dobj" and owner.lemma_ == "have" and owner.i < tok.i - 1 \
            and tok.head.left_edge.i == tok.i:
        have = [owner]
    return [s for a in have for s in a.children if s.dep_ == "nsubj"]


def _shifted_object(children) -> list:
    """'rejected as "unacceptable" a plan proposed by X': the object after the judgment, which
    the parser takes for the judgment's own noun (its adjective before its article)."""
    return [p for c in children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and any(
                a.dep_ == "amod" and d.dep_ == "det" and a.i < d.i for a in p.children for d in p.children)]
