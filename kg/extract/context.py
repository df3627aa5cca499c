"""What every relation frame shares: the candidate a frame proposes, the per-document
context, and small tests on tokens."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import RelationSpec, load_table
from .arguments import Arguments
from .entities import Resolved
from .factuality import free_relative_namer


@dataclass
class Candidate:
    relation: str
    trigger: object                  # spaCy Token
    agents: list[str]
    targets: list[str]
    nominal: bool = False
    confidence: float = 0.85
    scope: list = field(default_factory=list)   # event nouns whose factuality also applies
    stated: bool = False                        # the frame's verb is the act ("vowed revenge" is a threat)
    negated_only: bool = False                  # the trigger counts only negated ("would not accept X")
    located: bool = False                       # the targets are where unnamed targets were ("targets near X")


@dataclass
class Context:
    doc: object
    res: Resolved
    args: Arguments
    light_verbs: frozenset
    transparent: frozenset
    intent_verbs: frozenset
    last_agents: dict[str, list[tuple]] = field(default_factory=dict)  # (sentence, lemma, agents, number)
    actions: list | None = None                 # kg.extract.objects.antecedents._actions, made when first needed
    attacks: list = field(default_factory=list)  # (agents, targets) of each attack so far
    unclaimed: list = field(default_factory=list)  # (token, targets) of attacks with no attacker named
    told: list = field(default_factory=list)       # (targets, agents) of each attack asserted or reported


def _mode(spec: RelationSpec) -> str:
    return spec.data.get("target_mode", "object")


def _in(tok, words) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def hedged_agents(agent_toks) -> list:
    """The words of an agent's phrase that a hedge modifies ("suspected Tamil Tiger rebels",
    "alleged militants"), to be assessed with the event: the hedge is on the attribution."""
    hedges = load_table("factuality")["attribution_hedges"]
    out = []
    for t in agent_toks:
        for c in t.doc[max(0, t.i - 6):t.i]:        # (the few words before the head, not its subtree)
            if c.lower_ in hedges and c.dep_ in ("amod", "compound") and _under(c, t):
                out.append(c.head)
    return out


def _under(tok, head, steps: int = 4) -> bool:
    """tok hangs under head within a few steps."""
    for _ in range(steps):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == head.i:
            return True
    return False


def _foretold(verb) -> bool:
    """'would retaliate', 'will pay': a verb whose act is foretold, not reported."""
    return any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "'d") for a in verb.children)


def _timed(prep) -> bool:
    """'on Monday', 'for two hours': a preposition that only dates the event."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _governor(tok, ctx: Context):
    """(governing token, dependency) of an event noun, looking through "a series of"."""
    head, dep = tok.head, tok.dep_
    if dep == "conj" and head.pos_ == "NOUN" and head.i < tok.i:
        head, dep = head.head, head.dep_            # "expressed dissatisfaction and opposition to X"
    if dep == "pobj" and head.lower_ == "of" and _in(head.head, ctx.transparent):
        return head.head.head, head.head.dep_
    if dep == "oprd" and head.dep_ == "ccomp" and free_relative_namer(tok, ("oprd",)) is not None:
        return head.head, "dobj"                    # "launched what it called operations in X": launched them
    if dep == "dobj" and head.dep_ == "conj" and head.i == tok.i - 1 and head.head.pos_ == "VERB" \
            and head.lower_ in ctx.args.roles["weapon_modifiers"]:
        return head.head, dep                       # "launched missile and drone strikes", "drone" parsed as a verb conjunct
    return head, dep


def _since_sentence_before(tok, ctx: Context) -> int:
    """Where the sentence before tok's starts (tok's own at the start of the document):
    the window of "it", "the move", "the draft" and a vote count."""
    start = tok.sent.start
    return ctx.doc[start - 1].sent.start if start > 0 else start


def _definite(tok) -> bool:
    return any((c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "that", "such"))
               or (c.dep_ == "predet" and c.lower_ == "such") for c in tok.children)   # "such an action"


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("e") else word


def _stem_of(word: str, lemma: str) -> bool:
    """'shell' ... 'shelling', 'hang' ... 'hanging': the noun is made from the verb."""
    return len(word) >= 4 and lemma.startswith(_stem(word))


def _placelike(actor) -> bool:
    """A place the gazetteer or NER (LOC, FAC) knows, a facility or a listed city: never an attacker."""
    return actor.known_place or actor.type == "Facility" or actor.listed_as == "city"


def _where(actor) -> bool:
    """A place named on an act ("the Istanbul bombing", "the Pulwama attack") says where: a
    known place, or a town NER found, is never the one judged for it."""
    return _placelike(actor) or actor.type == "Location"
