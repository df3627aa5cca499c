"""Stances said without a stance verb: "is opposed to", "unacceptable", "said no to", "X-backed",
"refused to sign", a price foretold."""
from __future__ import annotations

from ...lexicon import RelationSpec
from ..context import Candidate, Context, _foretold, _in, _mode
from ..objects import _resolve_object
from ..objects.antecedents import act_antecedent, summed_act
from ..objects.texts import voted_text_drafters




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
    word = tok
    while tok.dep_ == "conj" and tok.head.pos_ == "ADJ" and tok.head.i < tok.i:
        tok = tok.head                              # 'called X "inappropriate and unacceptable"': the first
    if tok is not word and tok.dep_ not in ("oprd", "amod"):   # adjective's place, after a verb of calling
        return []
    args, head, summed = ctx.args, tok.head, []
    # "X's plan was unacceptable to Australia": the one it is unacceptable to judges
    judges = args.prep_objects(tok, ("to",)) if tok.dep_ == "acomp" else []
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
            # "X slammed the decision, while NATO said it is unacceptable": an act, not an actor;
            # with no act named, the act told before ("X fired a missile. 'It is unacceptable'")
            acts = [a for a in (act_antecedent(t, ctx) for t in judged) if a is not None]
            summed = [] if acts else summed_act(judged[0], ctx)
            judged = acts
    elif tok.dep_ == "ccomp" and head.pos_ == "VERB":
        # "considers the plan unacceptable" (parsed as a small clause)
        judged, holder = [c for c in tok.children if c.dep_ == "nsubj"], head
    else:
        return []
    if (holder is None and not judges) or not (judged or summed):
        return []
    targets = [a for t in judged for a in _resolve_object(t, spec, ctx, _mode(spec))] or summed
    agents = [a for t in (judges or args.subject(holder)) for a in args.actors(t, "agent")]
    own = ctx.res.own_sides(agents)                 # (a leader never judges his own state's act so)
    return [Candidate(spec.name, word, agents, [t for t in targets if t not in own], False, 0.8)]


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
    if not judged and _in(head, spec.words("text_vote_verbs")) and tok.n_lefts + tok.n_rights == 0:
        targets = voted_text_drafters(tok, ctx) or []   # "with Bolivia voting against": the text told before
    agents = [a for t in args.subject(head) for a in args.actors(t, "agent")]
    return [Candidate(spec.name, tok, agents, targets, False, 0.8)]


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
