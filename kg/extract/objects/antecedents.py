"""What an act or event noun refers back to: the act 'it' names, the last action of a
kind ("condemned the hanging"), the last event's actor ("condemned the strikes"), who
last attacked a victim."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...ids import slug
from ...lexicon import load_relations
from ..context import Context, _definite, _in, _since_sentence_before, _stem_of, _where
from ..factuality import free_relative_namer
from .texts import _drafters, sponsors


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
    clause = tok.head
    if clause.dep_ == "ccomp":                      # '"This is unacceptable," X said of Y's plan': the plan
        spoken_of = [p for p in ctx.args.prep_objects(clause.head, ("of",)) if p.pos_ == "NOUN" and p.i > tok.i]
        if spoken_of:
            return spoken_of[0]
    kinds = roles["decision_nouns"] | roles["summary_nouns"] | roles["agreement_nouns"]
    start = _since_sentence_before(tok, ctx)
    act = lambda t: t.pos_ == "NOUN" and (_in(t, kinds) or _in(t, ctx.args.event_nouns))
    for t in reversed(ctx.doc[start:tok.i]):
        if act(t):
            # "the launch posed a grave threat ... condemns it": the act the clause is about
            subject = [c for c in t.head.children if c.dep_ == "nsubj" and act(c)] if t.dep_ in ("dobj", "attr") else []
            # "called the downing a reckless act": the act so named
            named = [c for c in t.head.children if c.dep_ == "dobj" and act(c)] if t.dep_ == "oprd" else []
            return (subject or named or [t])[0]
    return None


def act_actors(tok, ctx: Context) -> list[str]:
    """'Japan unveiled a plan. China opposed it': the actors of the act 'it' stands for (an
    action noun with a named owner or maker, in its sentence or the one before)."""
    act = act_antecedent(tok, ctx)
    if act is None:
        return []
    if ctx.actions is None:
        ctx.actions = _actions(ctx)
    n = bisect_left(ctx.actions, (act.i,))
    if n < len(ctx.actions) and ctx.actions[n][0] == act.i:
        return list(ctx.actions[n][2])
    return _action_antecedent(act, ctx)             # "the launch" itself refers back to "X's launch"


def _action_antecedent(tok, ctx: Context) -> list[str]:
    """A definite action noun with no actor named ("condemned the hanging", "rejected the
    sanctions") refers to the last action of that kind the text gave an actor for: a verb
    of the same stem ("Iran hanged two men") or the same noun with an owner ("sanctions
    imposed by ECOWAS"), within the last few sentences."""
    if not (_definite(tok) or _named_by_free_relative(tok, ctx)
            and tok.lemma_.lower() not in ctx.args.roles["summary_nouns"]) or tok.pos_ != "NOUN" \
            or tok.lemma_.lower() in ctx.args.roles["message_nouns"]:
        return []                                   # "this statement" names no action of its own
    # ("condemned what he called a cowardly murder": an act the text told, named with "a")
    if ctx.actions is None:
        ctx.actions = _actions(ctx)
    roles = ctx.args.roles
    lemma = tok.lemma_.lower()
    kin = roles["action_kin"].get(lemma, ())
    noun_kin = roles["noun_kin"].get(lemma, ())
    # "China sanctioned five firms. Washington condemned the move": the act of the sentence before
    summary = lemma in roles["summary_nouns"] and lemma not in roles["violence_nouns"]
    start = _since_sentence_before(tok, ctx) if summary else tok.sent.start
    # ctx.actions is in token order: start at the last action before tok, not at the end
    for n in range(bisect_left(ctx.actions, (tok.i,)) - 1, -1, -1):
        i, word, actors = ctx.actions[n]
        if tok.i - i > 400 or (summary and i < start):
            break
        if i == tok.head.i:
            continue                                # "X slammed the decision": the decision is not X's slamming
        verb = ctx.doc[i].pos_ == "VERB"
        if word == lemma or word in kin or (verb and _stem_of(word, lemma)) or (not verb and word in noun_kin):
            return sponsors(list(actors), ctx) if lemma in roles["drafted_nouns"] else list(actors)
        if summary and _sums_up(i, word, ctx):
            return list(actors)
    return []


def _sums_up(i: int, word: str, ctx: Context) -> bool:
    """A sentence's main act (or what a speaker said was done: "X has done Y, Z said"),
    never a verb of speaking or of being."""
    t, roles = ctx.doc[i], ctx.args.roles
    return t.pos_ == "VERB" and word not in roles["not_summed_verbs"] and (t.dep_ in ("ROOT", "conj") or (
        t.dep_ == "ccomp" and t.head.lemma_.lower() in roles["not_summed_verbs"]))


def summed_act(tok, ctx: Context) -> list[str]:
    """'X fired a missile. "It is unacceptable," Y said': the actors of the main act told
    before tok, in its sentence or the one before."""
    if ctx.actions is None:
        ctx.actions = _actions(ctx)
    start = _since_sentence_before(tok, ctx)
    for n in range(bisect_left(ctx.actions, (tok.i,)) - 1, -1, -1):
        i, word, actors = ctx.actions[n]
        if i < start:
            break
        if _sums_up(i, word, ctx):
            return list(actors)
    return []


def _actions(ctx: Context) -> list[tuple[int, str, tuple[str, ...]]]:
    """(token, lemma, actors) of every verb with a named subject and every noun with a named owner."""
    args, out = ctx.args, []
    for tok in ctx.doc:
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "aux"):
            # a passive's subject underwent the act ("Also killed was X"): its actor is the "by" phrase
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
            actors = [a for t in (args.agent_tokens(tok) if passive else args.subject(tok)) for a in args.actors(t, "agent")]
        elif tok.pos_ == "NOUN" and not ctx.res.key_at(tok.i):
            actors = _drafters(tok, args.owners(tok), ctx)   # "Y's plan", "sanctions imposed by Y"
            if tok.lemma_.lower() in args.roles["domestic_act_nouns"]:   # "the country's coup": where
                actors = [a for a in actors if ctx.res.actors[a].type != "Country"]
            if not actors and tok.dep_ == "dobj" and (_in(tok.head, ctx.light_verbs)
                                                     or _in(tok.head, args.roles["making_verbs"])):
                actors = [a for t in args.subject(tok.head) for a in args.actors(t, "agent")]  # "Y imposed sanctions"
                if _in(tok, load_relations()["attacked"].words("nouns")):
                    actors = args.commanded(tok.head, actors)   # "President X announced the strike"
        else:
            continue
        if actors:
            word = tok.lemma_.lower()
            phrasal = [f"{word} {c.lower_}" for c in tok.children if c.dep_ in ("prep", "prt")]
            word = next((p for p in phrasal if p in args.roles["phrasal_acts"]), word)
            out.append((tok.i, word, tuple(actors)))
    return out


def _number(tok) -> str | None:
    """'plural' or 'singular' for an event noun, None for a verb (no number to agree with)."""
    if tok.tag_ in ("NNS", "NNPS"):
        return "plural"
    return "singular" if tok.tag_ in ("NN", "NNP") else None


def _agent_stated(tok) -> bool:
    """'the attacks by protesters', 'attacks on troops, which it said were launched by forces
    loyal to X': the text says who acted (unnamed), so no earlier actor is borrowed (the
    relative clause may hang on the noun's own object)."""
    holders = [tok] + [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children) or any(
        d.dep_ == "agent" for h in holders for c in h.children if c.dep_ in ("relcl", "acl") for d in c.subtree)


def _named_by_free_relative(tok, ctx: Context) -> bool:
    """'condemned what the White House called a despicable act': the act named is one the
    text told already, though named with "a"."""
    verb = free_relative_namer(tok)
    return verb is not None and verb.dep_ == "ccomp"


def _prior_agents(tok, relation: str, ctx: Context, exclude: frozenset = frozenset()) -> list[str]:
    """A definite event noun with no actor ("the strikes") refers back to the last event
    (of an actor not in `exclude`: "President X condemned the attack" is not his state's)."""
    if tok.pos_ != "PRON" and _agent_stated(tok):
        return []
    if any(c.dep_ in ("amod", "compound") and ctx.res.key_at(c.i) and ctx.res.actors[ctx.res.key_at(c.i)].type == "Group"
           for c in tok.children):
        return []                                   # "the Serb assault": a people named, no earlier actor
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "such")
                   or c.dep_ in ("amod", "predet") and c.lower_ == "such"    # "any such strikes"
                   for c in tok.children) or _named_by_free_relative(tok, ctx)
    start = tok.sent.start                          # once: Token.sent walks the sentence
    prior = ctx.last_agents.get(relation, [])       # in token order: the recent ones are a tail
    if exclude:
        prior = [p for p in prior if not {ctx.res.acting_key(a) for a in p[2]} <= exclude]
    window = start - 200
    if tok.pos_ == "PRON" and tok.lower_ in ("it", "this"):
        # "Russian missiles hit Kyiv. Poland condemned it": an attack in this or the last sentence
        definite, window = True, _since_sentence_before(tok, ctx)
    recent = prior[bisect_right(prior, window - 1, key=lambda p: p[0]):]
    if not recent and definite and tok.pos_ == "NOUN" and _in(tok, ctx.args.roles["summary_nouns"]):
        # "... (a long story) ... X condemned this flagrant violation": the story's lead act
        recent = [p for p in prior if p[0] < start][:1]
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.args.roles["non_state_act_modifiers"]
           for c in tok.children):                  # "the terrorist attack in X": never a state's strikes
        recent = [p for p in recent if not any(ctx.res.actors[a].type == "Country" for a in p[2])]
    if not definite or not recent or _in(tok, ctx.args.roles["undirected_nouns"]):
        return []                                   # ("condemned the fighting": between sides, no one's attack)
    places = [ctx.res.key_at(c.i) for c in tok.children if c.dep_ in ("compound", "nmod") and ctx.res.key_at(c.i)
              and _where(ctx.res.actors[ctx.res.key_at(c.i)])]
    if places:                                      # "the Istanbul bombing": whoever the text said struck there
        return next((list(agents) for agents, targets in reversed(ctx.attacks) if set(places) & set(targets)), [])
    # ("the raid on the French base": whose the unnamed target is)
    aimed = {a for p in ctx.args.prep_objects(tok, ("on", "against"))
             for a in ([ctx.res.key_at(p.i)] if ctx.res.key_at(p.i) else ctx.args.actors(p, "place"))}
    if aimed and any(aimed & set(targets) for _, targets in ctx.attacks):
        # "X accused Y of shelling Ganja ... condemned the attack on Ganja": the attack on that
        # target the text asserted, else no one (an alleged attacker stays alleged)
        return next((list(agents) for targets, agents in reversed(ctx.told) if aimed & set(targets)), [])
    # "The US struck Sanaa. The Houthis fired at a ship. Iran condemned the strikes": the strikes' actor
    lemma = tok.lemma_.lower()                      # "shelled ... the shelling": one stem
    same = [p for p in recent if p[1] == lemma or _stem_of(p[1], lemma)]
    if not same and definite and tok.pos_ != "PRON":
        # "US and UK launch strikes ... (a long story) ... Iran condemned the strikes": the act of
        # that name told earlier in the article, before any other act of the window
        same = [p for p in prior[:len(prior) - len(recent)] if p[0] < start and (p[1] == lemma or _stem_of(p[1], lemma))]
    # "last week's car bombing ... army bombings of its camps ... condemned the bombing": the one
    # of the same number, when there is one
    number = _number(tok)
    agreeing = [p for p in same if p[3] in (None, number)] if number else same
    if agreeing or same:
        return list((agreeing or same)[-1][2])
    # else the first of the window, the story's lead event, not a later exchange or allegation:
    # "NATO jets pounded X. Y said Z had shelled ... Moscow condemned the bombing" is NATO's
    return list(recent[0][2])


def _attackers_of(victims: list[str], ctx: Context) -> list[str]:
    """Who the text last said attacked one of `victims` (or a victim's state)."""
    states = set(victims) | {slug(ctx.res.actors[v].country) for v in victims
                             if ctx.res.actors[v].type == "Person" and ctx.res.actors[v].country}
    for agents, targets in reversed(ctx.attacks):
        # (a place attacked stands for its state: "shelled Baengnyeong Island ... South Korea returned fire")
        hit = set(targets) | {slug(ctx.res.actors[t].country) for t in targets if ctx.res.actors[t].country}
        if states & hit:
            return [a for a in agents if a not in states]
    return []

