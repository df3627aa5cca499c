"""What an attack hit: the places it happened in, the victims a harm verb names."""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import RelationSpec, load_relations
from ..context import Context, _in


def _agent_places(agent_toks, spec: RelationSpec, args) -> list:
    """'shelling by forces of X in Tripoli': the parser hangs the event's place on its agent."""
    return [p for t in agent_toks for x in [t] + args.prep_objects(t, ("of",))
            for p in args.prep_objects(x, spec.words("noun_place_preps"))]


def _located(toks, args, mode: str, ctx: Context, any_place: bool = False) -> list[str]:
    """Places an attack happened in: a city or province is the target; a whole country is
    only where it happened ("attacks in northern Iraq" on the PKK are no attack on Iraq),
    except for a war or insurgency, which is waged on the country it is in, and an attack
    across a border ("rocket attacks inside Israel")."""
    any_place = any_place or any(t.head.lower_ in _country_preps() for t in toks)
    toks = args.innermost(toks)                     # "in Nablus in the West Bank": Nablus
    found = [a for t in toks for a in args.actors(t, mode)]
    return [a for a in found if any_place or ctx.res.actors[a].type != "Country"]


@lru_cache(maxsize=1)
def _country_preps() -> frozenset[str]:
    return frozenset(load_relations()["attacked"].words("noun_country_preps"))


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


def victim_targets(victims, ctx: Context) -> list[str]:
    """Who was attacked, by those an attack killed: a named person, else state forces' state
    ("two Turkish soldiers were killed in a PKK attack": Turkey, Clarification 2)."""
    args = ctx.args
    found = [a for t in victims for a in args.actors(t, "object") if ctx.res.actors[a].type == "Person"]
    return found or [a for t in victims if _in(t, args.roles["state_force_nouns"])
                     for a in args.actors(t, "object") if ctx.res.actors[a].type == "Country"]
