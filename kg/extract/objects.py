"""What an object or an event noun stands for: an action's actor ("condemned Iran's
attack" -> Iran), the actor of an event noun ("an attack by X", "X's raid"), or the actor
the text last gave that kind of act ("condemned the attack")."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..ids import slug
from ..lexicon import RelationSpec, load_relations
from .context import Context, _definite, _governor, _in, _placelike, _stem_of


def _resolve_object(tok, spec: RelationSpec, ctx: Context, mode: str) -> list[str]:
    """An object; an action as object stands for its actor, named or from an earlier event."""
    args = ctx.args
    if _named_an_act(tok, ctx):                     # "condemned it as a terrorist attack": an act, no actor
        return _prior_agents(tok, "attacked", ctx)
    text = _text_antecedent(tok, ctx) if spec.data.get("stance") else None
    if text is not None:                            # "failed to adopt a draft ... as X voted against it"
        return _text_drafters(text, ctx)
    found = args.actors(tok, mode)
    if found and spec.name != "attacked" and _in(tok, args.event_nouns):
        found = [a for a in found if not _placelike(ctx.res.actors[a])]   # "the Istanbul bombing": where, not who
    if found and tok.pos_ == "PRON" and tok.lower_ in ("it", "this") and set(found) & {
            a for t in args.subject(args.clause_verb(tok)) for a in args.actors(t, "agent")}:
        found = []                                  # "Poland condemned it": not Poland itself, the act before
    found = _drafters(tok, found, ctx)
    if found or spec.name == "attacked":
        return found
    found = [ctx.res.key_at(x.i) for c in tok.children if c.dep_ == "amod" and _in(c, args.roles["author_suffixes"])
             for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod") and ctx.res.key_at(x.i)]
    if found:                                       # "the US-drafted resolution", "a Qatari-brokered truce"
        return found
    if tok.dep_ == "appos" and (_in(tok, args.roles["summary_nouns"]) or _in(tok, args.event_nouns)):
        # "X struck Y, a move Z condemned": the move is the clause's act, its actor the clause's subject
        found = [a for t in args.subject(args.clause_verb(tok)) for a in args.actors(t, "agent")]
        if found:
            return found
    named = [n for c in tok.children if c.dep_ == "relcl" for n in args.named_as(c) if n.i != tok.i]
    if named:                                       # "the raid, which it termed a Ruritanian provocation"
        found = [a for n in named for a in _resolve_object(n, spec, ctx, mode)]
        if found:
            return found
    if _in(tok, args.roles["request_nouns"]):       # "rejected calls from Seoul for talks", "the ultimatum of X"
        found = [a for p in args.prep_objects(tok, ("from", "of")) for a in args.actors(p, "agent")]
        if found:
            return found
    if _in(tok, args.roles["decision_nouns"]):       # "rejects the decision of the Israeli government"
        found = [a for p in args.prep_objects(tok, ("of",)) for a in args.actors(p, "agent")]
        if found:
            return found
    holders = [p for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and _in(c, args.roles["content_participles"])
               for p in args.prep_objects(c, ("in",))]
    if holders:                                     # "the terms contained in the declaration of X"
        found = [a for p in holders for a in _resolve_object(p, spec, ctx, mode)]
        if found:
            return found
    pact = _in(tok, args.roles["agreement_nouns"])
    for c in tok.children:
        # "the steps Y took", "a resolution drafted by Y", "sanctions imposed by Y"
        if c.dep_ == "relcl" and not any(x.dep_ == "nsubjpass" for x in c.children) \
                and not _in(c, spec.words("verbs")):    # (not "a campaign the U.S. condemns": the judge)
            found += [a for t in args.subject(c) if t.i != tok.i for a in args.actors(t, "agent")]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            found += [a for t in args.agent_tokens(c) for a in args.actors(t, "agent")]
        if pact and c.dep_ in ("relcl", "acl"):     # "a pact X signed with Y": Y is a party too
            found += [a for t in args.prep_objects(c, ("with",)) for a in args.actors(t, "agent")]
    if pact and not found:                          # "the deal between X and Y"
        found = [a for t in args.prep_objects(tok, ("between", "with")) for a in args.actors(t, "agent")]
    if found:
        return found
    lemma = tok.lemma_.lower()
    if lemma in args.roles["theme_nouns"]:
        # "the sale of US weapons", "the deployment of Russian troops": the owner of what is moved
        found = [a for p in args.prep_objects(tok, ("of",)) for a in args.owners(p)]
        if found:
            return found
    if lemma in ctx.transparent:                    # "condemned a wave of Russian strikes"
        found = [a for p in args.prep_objects(tok, ("of",)) for a in _resolve_object(p, spec, ctx, mode)]
        if found or args.prep_objects(tok, ("of",)):
            return found                            # (a campaign with no "of" is an attack of its own, below)
    attack = load_relations()["attacked"]
    attacks = [p for p in args.prep_objects(tok, ("in", "by")) if _in(p, attack.words("nouns"))]
    if not attacks and tok.dep_ == "dobj" and _in(tok, attack.words("victim_nouns")):
        attacks = [p for p in args.prep_objects(tok.head, ("in",)) if _in(p, attack.words("nouns"))]
    if attacks:                                     # "the killing of its general in a US drone strike"
        return [a for p in attacks for a in noun_agents(p, attack, ctx)]
    if lemma in args.roles["state_action_nouns"]:   # "condemned the hanging in Iran": only a state hangs
        found = [a for p in args.prep_objects(tok, ("in",)) for a in args.actors(p)
                 if ctx.res.actors[a].type == "Country"]
        if found:
            return found
    if _in(tok, attack.words("nouns")):
        # "condemned the assault of M23", "the attack on the bridge organized by X": its actor
        found = [a for a in noun_agents(tok, attack, ctx) if not _placelike(ctx.res.actors[a])]
        if found:
            return found
    if lemma in args.event_nouns or lemma in args.roles["incident_nouns"] or (
            tok.pos_ == "PRON" and tok.lower_ in ("it", "this")):
        found = _prior_agents(tok, "attacked", ctx)   # "condemned the attack", "denounced the incident", "condemned it"
    found = found or _action_antecedent(tok, ctx)
    if not found and lemma in args.roles["summary_nouns"]:
        # "... called the strikes outrageous. China also condemned the action": the last attack
        found = _prior_agents(tok, "attacked", ctx)
    return found


def _named_an_act(tok, ctx: Context) -> bool:
    """'it' or 'this' that the verb names as an act ("condemned it as a terrorist attack")."""
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "this") or tok.dep_ != "dobj":
        return False
    return any(_in(p, ctx.args.event_nouns) or _in(p, ctx.args.roles["summary_nouns"])
               for p in ctx.args.prep_objects(tok.head, ("as",)))


def act_antecedent(tok, ctx: Context):
    """The act 'it' or 'this' stands for when it is judged ("NATO said it is unacceptable"):
    the last action noun of this sentence or the one before, else None (never an actor)."""
    roles = ctx.args.roles
    kinds = roles["decision_nouns"] | roles["summary_nouns"]
    start = ctx.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for t in reversed(ctx.doc[start:tok.i]):
        if t.pos_ == "NOUN" and (_in(t, kinds) or _in(t, ctx.args.event_nouns)):
            return t
    return None


def _drafters(tok, actors: list[str], ctx: Context) -> list[str]:
    """Of a drafted text's actors, not the body that votes on it ("vetoed a UN Security
    Council resolution"); a state named on it is its drafter ("the U.S. resolution")."""
    if not _in(tok, ctx.args.roles["drafted_nouns"]):
        return actors
    return [a for a in actors if ctx.res.actors[a].type == "Country" or not any(
        c.dep_ == "compound" and ctx.res.key_at(c.i) == a for c in tok.children)]


def _text_antecedent(tok, ctx: Context):
    """'it' after a text put to a vote in its sentence or the one before ("a draft resolution
    ... voted against it"): the text, not an actor named near it."""
    if tok.pos_ != "PRON" or tok.lower_ != "it":
        return None
    start = ctx.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for i in range(tok.i - 1, start - 1, -1):
        t = ctx.doc[i]
        if t.pos_ == "NOUN" and t.dep_ != "compound" and _in(t, ctx.args.roles["drafted_nouns"]):
            return t
    return None


def _text_drafters(text, ctx: Context) -> list[str]:
    """Who drafted a text: named on it, else on the same text named again in the next
    sentence ("... the text, which had been submitted by X")."""
    found = _drafters(text, ctx.args.owners(text), ctx)
    if found:
        return found
    end = ctx.doc[text.sent.end].sent.end if text.sent.end < len(ctx.doc) else text.sent.end
    for t in ctx.doc[text.i + 1:end]:
        if t.pos_ == "NOUN" and _in(t, ctx.args.roles["drafted_nouns"]):
            found = _drafters(t, ctx.args.owners(t), ctx)
            if found:
                return found
    return []


def _action_antecedent(tok, ctx: Context) -> list[str]:
    """A definite action noun with no actor named ("condemned the hanging", "rejected the
    sanctions") refers to the last action of that kind the text gave an actor for: a verb
    of the same stem ("Iran hanged two men") or the same noun with an owner ("sanctions
    imposed by ECOWAS"), within the last few sentences."""
    if not _definite(tok) or tok.pos_ != "NOUN" or tok.lemma_.lower() in ctx.args.roles["message_nouns"]:
        return []                                   # "this statement" names no action of its own
    if ctx.actions is None:
        ctx.actions = _actions(ctx)
    roles = ctx.args.roles
    lemma = tok.lemma_.lower()
    kin = roles["action_kin"].get(lemma, ())
    noun_kin = roles["noun_kin"].get(lemma, ())
    # "China sanctioned five firms. Washington condemned the move": the act of the sentence before
    summary = lemma in roles["summary_nouns"]
    start = ctx.doc[tok.sent.start - 1].sent.start if summary and tok.sent.start > 0 else tok.sent.start
    # ctx.actions is in token order: start at the last action before tok, not at the end
    for n in range(bisect_left(ctx.actions, (tok.i,)) - 1, -1, -1):
        i, word, actors = ctx.actions[n]
        if tok.i - i > 400 or (summary and i < start):
            break
        if i == tok.head.i:
            continue                                # "X slammed the decision": the decision is not X's slamming
        verb = ctx.doc[i].pos_ == "VERB"
        if word == lemma or word in kin or (verb and _stem_of(word, lemma)) or (not verb and word in noun_kin):
            return list(actors)
        if summary and verb and word not in roles["not_summed_verbs"] and (ctx.doc[i].dep_ in ("ROOT", "conj") or (
                ctx.doc[i].dep_ == "ccomp" and ctx.doc[i].head.lemma_.lower() in roles["not_summed_verbs"])):
            return list(actors)                     # (or what a speaker said it did: "X has done Y, Z said")
    return []


def _actions(ctx: Context) -> list[tuple[int, str, tuple[str, ...]]]:
    """(token, lemma, actors) of every verb with a named subject and every noun with a named owner."""
    args, out = ctx.args, []
    for tok in ctx.doc:
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "aux"):
            actors = [a for t in args.subject(tok) for a in args.actors(t, "agent")]
        elif tok.pos_ == "NOUN" and not ctx.res.key_at(tok.i):
            actors = _drafters(tok, args.owners(tok), ctx)   # "Y's plan", "sanctions imposed by Y"
            if not actors and tok.dep_ == "dobj" and (_in(tok.head, ctx.light_verbs)
                                                     or _in(tok.head, args.roles["making_verbs"])):
                actors = [a for t in args.subject(tok.head) for a in args.actors(t, "agent")]  # "Y imposed sanctions"
        else:
            continue
        if actors:
            out.append((tok.i, tok.lemma_.lower(), tuple(actors)))
    return out


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
            if _in(c, args.roles["attribution_verbs"]):
                agent_toks += args.prep_objects(c, ("to", "on"))
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
                and not _in(gov, args.roles["others_act_verbs"]):
            # "X launched an attack"; "X is planning an attack" (kept, marked intended)
            return [a for t in args.subject(gov) for a in args.actors(t, "agent")]
        if dep == "nsubjpass" and (_in(gov, ctx.light_verbs) or _in(gov, args.roles["attribution_verbs"])):
            # "the attack was carried out by X"; never "the attack was condemned by X"
            return [a for t in args.agent_tokens(gov) for a in args.actors(t, "agent")]
    if spec.symmetric and dep == "dobj" and gov.pos_ == "VERB" and _in(gov, args.roles["addressing_verbs"]):
        # "X told a news conference with Y": X was there with Y
        return [a for t in args.subject(gov) for a in args.actors(t, "agent")]
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX") and (tok.head.lower_ in (
            "in", "during", "through") or (spec.symmetric and tok.head.lower_ in ("for", "at")) or (
            spec.symmetric and not spec.data.get("in_person") and tok.head.lower_ in ("after", "following")
            and args.prep_objects(tok, ("with",))) or (
            tok.head.lower_ == "with" and not any(c.dep_ == "nsubjpass" for c in tok.head.head.children))):
        # "X ... in its attack"; "X flew to Y's capital for talks with Y"; "X retaliated with an attack"
        verb = tok.head.head
        if _in(verb, args.roles["helping_verbs"]) and tok.head.lower_ == "in":
            # "X backed Y in the fight against Z": Y fights
            return [a for o in verb.children if o.dep_ == "dobj" for a in args.actors(o, "agent")]
        return [a for t in args.subject(verb) for a in args.actors(t, "agent")]
    if spec.symmetric and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
            and tok.head.head.pos_ in ("NOUN", "PROPN"):
        # "X, in a call with Y, stressed ...": the actor the phrase hangs on;
        # "X called for a ceasefire in a call with Y": the clause's subject
        if ctx.res.key_at(tok.head.head.i):
            return args.actors(tok.head.head, "agent")
        return [a for t in args.subject(args.clause_verb(tok)) for a in args.actors(t, "agent")]
    return []


def _agent_places(agent_toks, spec: RelationSpec, args) -> list:
    """'shelling by forces of X in Tripoli': the parser hangs the event's place on its agent."""
    return [p for t in agent_toks for x in [t] + args.prep_objects(t, ("of",))
            for p in args.prep_objects(x, spec.words("noun_place_preps"))]


def _located(toks, args, mode: str, ctx: Context, any_place: bool = False) -> list[str]:
    """Places an attack happened in: a city or province is the target; a whole country is
    only where it happened ("attacks in northern Iraq" on the PKK are no attack on Iraq),
    except for a war or insurgency, which is waged on the country it is in."""
    toks = args.innermost(toks)                     # "in Nablus in the West Bank": Nablus
    found = [a for t in toks for a in args.actors(t, mode)]
    return [a for a in found if any_place or ctx.res.actors[a].type != "Country"]


def group_figure(tok, ctx: Context) -> bool:
    """'a top Hamas commander', 'three Islamic Jihad officials': unnamed figures of a group."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.args.roles["figure_nouns"] and not ctx.res.key_at(tok.i)


def casualty_people(tok, ctx: Context) -> bool:
    """'20 Palestinians', 'five Ukrainians': people counted by nationality, victims rather
    than a state attacked (unlike 'Ukrainian soldiers', who are its forces)."""
    return tok.tag_ in ("NNS", "NNPS") and ctx.res.kind_at(tok.i) == "demonym"


def _harmed(verb, mode: str, ctx: Context, located: bool) -> list[str]:
    """What an attack's harm verb names: its object's actors ("killed four Israeli soldiers"),
    else, for unnamed victims, where they were ("killed 20 people in Mogadishu"); people counted
    by nationality only where no place is named ("killed 20 Palestinians in Gaza" is Gaza)."""
    args = ctx.args
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    people = [t for t in objs if mode == "place" and (casualty_people(t, ctx) or group_figure(t, ctx))]
    found = [a for t in objs if t not in people for a in args.actors(t, mode)]
    counted = [t for t in people if not group_figure(t, ctx)]   # a group's figure is never the group
    if found or mode != "place" or not located:
        return found or [a for t in counted for a in args.actors(t, mode)]
    return _located(args.prep_objects(verb, ("in",)) + [p for o in objs for p in args.prep_objects(o, ("in",))],
                    args, mode, ctx) or [a for t in counted for a in args.actors(t, mode)]


def _prior_agents(tok, relation: str, ctx: Context) -> list[str]:
    """A definite event noun with no actor ("the strikes") refers back to the last event."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "such")
                   for c in tok.children)
    start = tok.sent.start                          # once: Token.sent walks the sentence
    prior = ctx.last_agents.get(relation, [])       # in token order: the recent ones are a tail
    window = start - 200
    if tok.pos_ == "PRON" and tok.lower_ in ("it", "this"):
        # "Russian missiles hit Kyiv. Poland condemned it": an attack in this or the last sentence
        definite, window = True, ctx.doc[start - 1].sent.start if start > 0 else start
    recent = prior[bisect_right(prior, window - 1, key=lambda p: p[0]):]
    if not definite or not recent:
        return []
    places = [ctx.res.key_at(c.i) for c in tok.children if c.dep_ in ("compound", "nmod") and ctx.res.key_at(c.i)
              and _placelike(ctx.res.actors[ctx.res.key_at(c.i)])]
    if places:                                      # "the Istanbul bombing": whoever the text said struck there
        return next((list(agents) for agents, targets in reversed(ctx.attacks) if set(places) & set(targets)), [])
    # "The US struck Sanaa. The Houthis fired at a ship. Iran condemned the strikes": the strikes' actor
    lemma = tok.lemma_.lower()                      # "shelled ... the shelling": one stem
    same = [p for p in recent if p[1] == lemma or _stem_of(p[1], lemma)]
    if same:
        return list(same[-1][2])
    # else the first of the window, the story's lead event, not a later exchange or allegation:
    # "NATO jets pounded X. Y said Z had shelled ... Moscow condemned the bombing" is NATO's
    return list(recent[0][2])


def _attackers_of(victims: list[str], ctx: Context) -> list[str]:
    """Who the text last said attacked one of `victims` (or a victim's state)."""
    states = set(victims) | {slug(ctx.res.actors[v].country) for v in victims
                             if ctx.res.actors[v].type == "Person" and ctx.res.actors[v].country}
    for agents, targets in reversed(ctx.attacks):
        if states & set(targets):
            return [a for a in agents if a not in states]
    return []
