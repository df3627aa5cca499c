"""Small tests the frames share: word lists, a verb's particle, a phone named nearby."""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import RelationSpec, load_relations, load_table
from ..context import _definite, Context, _in



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
                                 if c.dep_ in ("prt", "dobj") or (c.dep_ in ("advmod", "prep") and c.i == tok.i + 1
                                                                 and not (c.dep_ == "prep" and c.n_rights)))


def _prep_only(tok, spec: RelationSpec, children) -> bool:
    """'fired on X' but never 'fired the minister'; 'shot down a jet' is a phrase of its own."""
    lemma = tok.lemma_.lower()
    return _in(tok, spec.words("prep_only_verbs")) and not any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in spec.words("verbs") for c in children)


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


def _phone_nearby(tok, ctx: Context, window: int = 2) -> bool:
    """A phone or video call named in the trigger's sentence or the `window` sentences on
    each side ("X spoke with Y for two hours. It was their fifth call")."""
    markers, doc = ctx.args.roles["phone_markers"], ctx.doc
    start, end = tok.sent.start, tok.sent.end
    for _ in range(window):
        start = doc[start - 1].sent.start if start > 0 else start
        end = doc[end].sent.end if end < len(doc) else end
    return any(t.lower_ in markers for t in doc[start:end] if t.i != tok.i)
