"""What an object or an event noun stands for: an action's actor ("condemned Iran's
attack" -> Iran), the actor of an event noun ("an attack by X", "X's raid"), or the actor
the text last gave that kind of act ("condemned the attack")."""
from __future__ import annotations

from ...lexicon import RelationSpec, load_relations
from ..context import Context, _in, _placelike, _since_sentence_before, _where
from .agents import noun_agents
from .antecedents import _action_antecedent, _named_an_act, _prior_agents, act_actors
from .texts import _drafters, _text_antecedent, _text_drafters


def _clause_agents(tok, args) -> set[str]:
    """The actors of the subject of tok's clause: what "it" there never stands for."""
    return {a for t in args.subject(args.clause_verb(tok)) for a in args.actors(t, "agent")}


def _resolve_object(tok, spec: RelationSpec, ctx: Context, mode: str) -> list[str]:
    """An object; an action as object stands for its actor, named or from an earlier event."""
    args = ctx.args
    if _named_an_act(tok, ctx):                     # "condemned it as a terrorist attack": an act, no actor
        # (else the act a noun in the sentence before names: "X called the downing ... Y denounced it as")
        return _prior_agents(tok, "attacked", ctx) or act_actors(tok, ctx)
    held = args.prep_objects(tok, ("of",)) if _in(tok, args.roles["container_nouns"]) else []
    if held:                                        # "a list of demands drawn up by X": the demands
        return [a for p in held for a in _resolve_object(p, spec, ctx, mode)]
    text = _text_antecedent(tok, ctx) if spec.data.get("stance") else None
    if text is not None:                            # "failed to adopt a draft ... as X voted against it"
        return _text_drafters(text, ctx)
    asked = _asked_antecedent(tok, ctx) if spec.data.get("stance") or spec.data.get("reaction") else None
    if asked is not None:                           # "received X's demands and rejected them": the demands
        return _resolve_object(asked, spec, ctx, mode)
    found = args.actors(tok, mode)
    if found and spec.name != "attacked" and _in(tok, args.event_nouns):
        # "the Istanbul bombing", "the Pulwama attack": where, not who (a town NER found is no attacker)
        found = [a for a in found if not _where(ctx.res.actors[a])]
    if found and tok.pos_ == "PRON" and tok.lower_ in ("it", "this", "them") and set(found) & _clause_agents(tok, args):
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
    if _in(tok, args.roles["request_nouns"]) or _in(tok, args.roles["message_nouns"]):
        # "rejected calls from Seoul for talks", "the ultimatum of X", "a message from the X embassy"
        froms = args.prep_objects(tok, ("from", "of", "by")) or ([p for p in args.prep_objects(tok.head, ("from",)) if p.i > tok.i]
                                                         if tok.dep_ == "dobj" else [])   # (hung on the verb)
        found = [a for p in froms for a in args.actors(p, "agent")] or [
            a for c in tok.children if c.dep_ == "poss" for a in args.actors(c, "agent")]   # "the government's offer"
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
        if c.dep_ == "relcl" and not any(x.dep_ in ("nsubjpass", "ccomp") for x in c.children) \
                and not _in(c, spec.words("verbs")) and not _in(c, args.roles["naming_verbs"]):
            # (not "a campaign the U.S. condemns": the judge; not "findings, which he called a lie": the namer;
            # not "the strikes, which he said had killed civilians": the speaker, "which" is the inner clause's)
            found += [a for t in args.subject(c) if t.i != tok.i for a in args.actors(t, "agent")]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            found += [a for t in args.agent_tokens(c) for a in args.actors(t, "agent")]
        if pact and c.dep_ in ("relcl", "acl"):     # "a pact X signed with Y": Y is a party too
            found += [a for t in args.prep_objects(c, ("with", "between")) for a in args.actors(t, "agent")]
    if pact and not found:                          # "the deal between X and Y"
        found = [a for t in args.prep_objects(tok, ("between", "with")) for a in args.actors(t, "agent")]
    if pact and not found:                          # "the memorandum of understanding signed between X and Y"
        found = [a for o in args.prep_objects(tok, ("of",)) for c in o.children if c.dep_ in ("relcl", "acl")
                 for t in args.agent_tokens(c) + args.prep_objects(c, ("with", "between")) for a in args.actors(t, "agent")]
    if found:
        return found
    lemma = tok.lemma_.lower()
    if lemma in args.roles["theme_nouns"]:
        # "the sale of US weapons", "the deployment of Russian troops": the owner of what is moved
        # ("the deployment in South Korea of the US system": "of" hung on the place)
        moved = args.prep_objects(tok, ("of",)) or [q for p in args.prep_objects(tok, ("in", "to"))
                                                    for q in args.prep_objects(p, ("of",))]
        found = [a for p in moved for a in args.owners(p)]
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
        found = [a for a in noun_agents(tok, attack, ctx) if not _where(ctx.res.actors[a])]
        if found:
            return found
    if lemma in args.event_nouns or lemma in args.roles["incident_nouns"] or (
            tok.pos_ == "PRON" and tok.lower_ in ("it", "this")):
        found = _prior_agents(tok, "attacked", ctx)   # "condemned the attack", "denounced the incident", "condemned it"
    found = found or _action_antecedent(tok, ctx)
    if not found and tok.pos_ == "PRON" and tok.lower_ in ("it", "this") and tok.dep_ == "dobj":
        own = _clause_agents(tok, args)
        found = [a for a in act_actors(tok, ctx) if a not in own]    # "X unveiled a plan. Y rejected it"
    if not found and lemma in args.roles["summary_nouns"]:
        # "... called the strikes outrageous. China also condemned the action": the last attack
        found = _prior_agents(tok, "attacked", ctx)
    return found


def _asked_antecedent(tok, ctx: Context):
    """'them' after plural demands, proposals, decisions or attacks in its sentence or the one
    before: the last such noun, not an actor named near it ("X's strikes on Y's fighters ...
    condemned them": the strikes)."""
    if tok.pos_ != "PRON" or tok.lower_ != "them":
        return None
    roles = ctx.args.roles
    asked = roles["request_nouns"] | roles["decision_nouns"] | load_relations()["attacked"].words("nouns")
    prior = [t for t in ctx.doc[_since_sentence_before(tok, ctx):tok.i] if t.tag_ == "NNS" and _in(t, asked)]
    return prior[-1] if prior else None
