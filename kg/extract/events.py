"""Events of a document: each token that can trigger a relation goes through the frames
(kg/extract/frames/) that its word starts; their candidates become Event records with
polarity and modality (kg/extract/factuality.py)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..lexicon import RelationSpec, load_relations, load_table
from ..records import Event
from .arguments import Arguments
from .context import Candidate, Context, _in, _mode
from .entities import Resolved
from .factuality import assess, stronger
from .frames import FRAMES
from .objects.antecedents import _attackers_of, _number


@lru_cache(maxsize=1)
def _dispatch() -> dict[str, tuple]:
    """Trigger word -> the (relation, frame) pairs it may start, in lexicon and frame order,
    so that only tokens that can trigger something reach a frame."""
    index: dict[str, list] = {}
    for r, spec in enumerate(load_relations().values()):
        for f, (key, frame) in enumerate(FRAMES):
            for word in spec.words(key):
                entries = index.setdefault(word.split()[0] if key in ("verbs", "blast_verbs") else word, [])
                if (r, f, spec, frame) not in entries:
                    entries.append((r, f, spec, frame))
    return {w: tuple(v) for w, v in index.items()}


@lru_cache(maxsize=1)
def trigger_verbs() -> frozenset[str]:
    """The single-word verbs of every relation ("veto", "condemn", "attack")."""
    return frozenset(w for spec in load_relations().values() for w in spec.words("verbs") if " " not in w)


def trigger_words() -> frozenset[str]:
    """Every lemma or lower-cased form that can start a frame: a sentence with none of
    them yields no event (its tokens may still name actors that other sentences use)."""
    return frozenset(_dispatch())


def extract_events(doc, res: Resolved) -> list[Event]:
    dispatch = _dispatch()
    cues = load_table("factuality")
    ctx = Context(doc=doc, res=res, args=Arguments(doc, res), light_verbs=cues["light_verbs"],
                  transparent=cues["transparent_nouns"], intent_verbs=cues["intent_verbs"])
    sentences = {s.start: s for s in res.sentences}
    events: dict[tuple, Event] = {}
    located: set[tuple] = set()
    for tok in res.tokens or doc:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        pairs = dispatch.get(lemma, ())
        if lower != lemma and lower in dispatch:
            pairs = sorted(set(pairs) | set(dispatch[lower]), key=lambda p: p[:2])
        for _, _, spec, frame in pairs:
            for cand in frame(tok, spec, ctx):
                _remember_attacker(cand, spec, ctx)
                for ev in _events(cand, spec, ctx, sentences):
                    ident = (ev.relation, ev.agent, ev.target, ev.trigger_start)
                    events.setdefault(ident, ev)
                    if cand.located:
                        located.add(ident)
    kept = _named_over_location(_person_over_place(_state_over_located(events, located, res), res, doc), res)
    kept = _disputed(kept, ctx)
    return sorted(kept, key=lambda e: (e.trigger_start, e.relation, e.agent, e.target))


def _disputed(events: list[Event], ctx: Context) -> list[Event]:
    """'Laos said Vietnamese troops shelled Phongsali, a charge Hanoi denied', '... Baku said.
    Yerevan rejected the claim': a reported act that its own agent denies, in its sentence or
    the next, is an accusation the text does not assert (GUIDELINES, Factuality): denied. So is
    one its own sentence calls "a claim Z rejected"; one called unverified is hedged."""
    if not any(e.modality == "reported" for e in events):
        return events
    roles, args, res = ctx.args.roles, ctx.args, ctx.res
    order = {s.start: i for i, s in enumerate(res.sentences)}
    denials = []                                    # (sentence number, character offset, deniers)
    disputed = []                                   # (sentence number, acts' offsets or None for all, modality)
    for tok in res.tokens or ctx.doc:
        claim = _unverified(tok, roles)
        if claim is not None:                       # "..., claims that could not be independently verified"
            n = order.get(tok.sent.start_char)      # ("Reuters could not verify the report": the sentence before)
            disputed.append((n, _claimed_acts(claim), "hedged") if claim.i != tok.i else (n - 1, None, "hedged"))
            continue
        if tok.pos_ != "VERB" or not _in(tok, roles["dispute_verbs"]) or any(c.dep_ == "neg" for c in tok.children):
            continue                                # (never "a claim Kyiv did not deny")
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "relcl":
            objects.append(tok.head)                # "a charge Hanoi denied"
        if not any(_in(o, roles["disputed_objects"]) for o in objects):
            continue
        deniers = {res.acting(a) for t in args.subject(tok) + args.agent_tokens(tok) for a in args.actors(t, "agent")}
        if deniers:
            denials.append((order.get(tok.sent.start_char), tok.idx, deniers))
        if deniers and tok.dep_ == "relcl" and _in(tok.head, roles["claim_nouns"]):
            # "X said it retook Y, a claim Z rejected as false": the claim's act, disputed by anyone
            disputed.append((order.get(tok.sent.start_char), _claimed_acts(tok.head), "denied"))
    out = []
    for e in events:
        n = order.get(e.sentence.start)
        if e.modality == "reported" and n is not None and any(
                res.acting(e.agent) in who and (m == n + 1 or (m == n and at > e.trigger_start))
                for m, at, who in denials):
            e = replace(e, modality="denied")
        else:
            hit = next((how for m, acts, how in disputed if m == n and (acts is None or e.trigger_start in acts)), None)
            if e.modality == "reported" and hit:
                e = replace(e, modality=hit)
        out.append(e)
    return out


def _claimed_acts(claim) -> set[int]:
    """Offsets of the acts a claim noun set after them sums up: the words it hangs under
    ("X said its troops had retaken Y, a claim ...", parsed as a second object), or what the
    report verb it hangs on says; never an earlier clause's ("X said it fired at Y, accusing
    Z of W, a charge Z dismissed": W only)."""
    cues = load_table("factuality")
    heads = list(claim.ancestors)
    accusing = [t for t in claim.doc[claim.sent.start:claim.i] if t.lemma_ in cues["hedge_verbs"]]
    if accusing:                                    # "..., accusing Z of W, a charge Z dismissed": W
        return {t.idx for t in accusing[-1].subtree}
    if heads and heads[0].lemma_ in cues["report_verbs"]:
        return {t.idx for t in heads[0].subtree}    # "X said ..., a claim ...": all it said
    return {a.idx for a in heads}


def _unverified(tok, roles):
    """The claim a negated verifying verb leaves open: the claim noun it describes ("claims
    that could not be independently verified"), the verb itself for "X could not verify the
    report" (which leaves the sentence before open); else None."""
    if tok.pos_ != "VERB" or not _in(tok, roles["verifying_verbs"]) or not any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.dep_ == "relcl" and _in(tok.head, roles["claim_nouns"]) or (
            tok.dep_ == "ccomp" and _in(tok.head, roles["claim_nouns"]) and tok.doc[tok.head.i - 1].text == ","):
        return tok.head                             # (", claims that ...", the noun parsed as a verb)
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return tok if any(_in(o, roles["disputed_objects"]) for o in objects) and tok.dep_ == "ROOT" else None


def _state_over_located(events: dict, located: set, res: Resolved) -> list[Event]:
    """'NATO launched strikes against Yugoslavia, hitting targets near Belgrade and Pristina':
    places that only say where the targets of an attack on a named state were are no targets
    (GUIDELINES, Clarification 5), for the same attacker in the same sentence."""
    struck = {(e.sentence.start, e.agent) for k, e in events.items() if k not in located
              and e.relation == "attacked" and res.actors[e.target].type == "Country"}
    return [e for k, e in events.items() if k not in located or (e.sentence.start, e.agent) not in struck
            or res.actors[e.target].type == "Country"]


def _named_over_location(events, res: Resolved) -> list[Event]:
    """'bombed the airport at the Eritrean port of Assab': the Assab airport, not also Assab or
    Eritrea (GUIDELINES, Clarification 5: a named target wins over its location), for the
    same attacker and trigger."""
    by_trigger: dict[tuple, list[str]] = {}
    for e in events:
        if e.relation == "attacked":
            by_trigger.setdefault((e.trigger_start, e.agent), []).append(e.target)

    def located(target: str, others: list[str]) -> bool:
        a = res.actors[target]
        name = a.name.lower()
        for o in others:
            b = res.actors[o]
            if o == target or b.type not in ("Facility", "Location"):
                continue
            if a.type == "Location" and b.type == "Facility" and b.name.lower().startswith(name + " "):
                return True                         # "Assab" in "Assab airport"
            if a.type == "Country" and b.country == a.name:
                return True                         # Eritrea around Assab
        return False

    return [e for e in events if not (e.relation == "attacked" and located(e.target, by_trigger[(e.trigger_start, e.agent)]))]


def _person_over_place(events, res: Resolved, doc) -> list[Event]:
    """'killed commander X in a strike on Beirut's suburbs': a named person killed is the
    target, the place only where (GUIDELINES, Clarification 5), for the same attacker in one sentence."""
    events = list(events)
    attack = load_relations()["attacked"]
    victim = attack.words("victim_verbs") | attack.words("victim_nouns")
    def kills(e) -> bool:
        span = doc.char_span(e.trigger_start, e.trigger_end)
        return span is not None and _in(span[0], victim)

    entering = attack.words("entry_verbs")

    def entered(e) -> bool:                         # "crossed into Ecuador and killed X": the crossing is its own act
        span = doc.char_span(e.trigger_start, e.trigger_end)
        return span is not None and _in(span[0], entering)

    killed = {(e.sentence.start, e.agent) for e in events
              if e.relation == "attacked" and res.actors[e.target].type == "Person" and kills(e)}
    return [e for e in events if not (e.relation == "attacked" and (e.sentence.start, e.agent) in killed
                                      and res.actors[e.target].type in ("Country", "Location") and not entered(e))]


def _own_negation(tok) -> bool:
    """A negation the actor's own stance carries: on the verb, or on the verbs it
    completes or shares a subject with ("would not accept", "does not intend to
    recognise", "will not sign or accept"); never one on a verb whose clause holds it
    ("the trip did not mean it recognised X" states no refusal)."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in cur.children):
            return True
        if cur.head.i == cur.i or not (cur.dep_ == "xcomp" or cur.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)):
            return False
        cur = cur.head
    return False


def _threatened(tok, ctx: Context) -> bool:
    """An attack governed by a threat or vow of its agent ("vowed to retaliate against X")."""
    threats = ctx.args.roles["threat_verbs"]
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in threats:
            return True
    return False


def _events(cand: Candidate, spec: RelationSpec, ctx: Context, sentences) -> list[Event]:
    if spec.data.get("threat_as") and cand.agents and not cand.targets and _in(cand.trigger, spec.words("retaliation_verbs")):
        # "Israel struck Iran. Tehran vowed to retaliate": a threat to whoever attacked it
        cand.targets = _attackers_of([ctx.res.acting_key(a) for a in cand.agents], ctx)
    if spec.symmetric and not cand.targets and len(cand.agents) >= 2:
        cand.agents, cand.targets = cand.agents[:1], cand.agents[1:]     # "X and Y spoke"
    elif spec.symmetric and not cand.agents and len(cand.targets) >= 2 and cand.trigger.pos_ in ("NOUN", "PROPN"):
        # "a call between X and Y" (never "the minister met X and Y": they met him, not each other)
        cand.agents, cand.targets = cand.targets[:1], cand.targets[1:]
    if not cand.agents or not cand.targets:
        return []
    tok = cand.trigger
    stance = bool(spec.data.get("stance"))
    polarity, modality = assess(tok, stance=stance, nominal=cand.nominal)
    if cand.stated:
        polarity, modality = assess(tok.head, stance=True, nominal=False)
    if cand.negated_only:
        # "would not accept X's plan", "refused to recognize X": opposition; an acceptance is none
        refused = tok.dep_ == "xcomp" and _in(tok.head, ctx.args.roles["refusal_verbs"])
        if not (polarity == "negative" and _own_negation(tok)) and not refused:
            return []
        polarity, modality = "positive", "asserted"
    for t in cand.scope:
        p2, m2 = assess(t, stance=stance, nominal=True)
        polarity = "negative" if "negative" in (polarity, p2) else polarity
        modality = stronger(modality, m2)
    relation = spec.name
    if polarity == "negative" and spec.data.get("negated_as"):
        relation, polarity = spec.data["negated_as"], "positive"
    s = tok.sent
    sentence = sentences[s.start_char]
    water = _water()                                 # never warned, met or attacked
    if _mode(spec) != "place":                       # "condemned Tehran": the state; only attacks hit cities
        cand.targets = [ctx.res.acting(t) for t in cand.targets]
    out = []
    # "a call from Washington", "Washington and London condemned": a capital that acts is its state
    for agent in dict.fromkeys(ctx.res.acting(a, in_person=spec.symmetric) for a in cand.agents):
        for target in dict.fromkeys(cand.targets):
            if agent == target or _is_water(ctx.res.actors[target].name, water) \
                    or ctx.res.actors[agent].type == "Facility" or ctx.res.actors[agent].known_place:
                continue                             # a place acts only as its state (kg.extract.entities)
            out.append(Event(relation=relation, agent=agent, target=target, trigger=tok.text,
                             trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
                             sentence=sentence, polarity=polarity, modality=modality,
                             confidence=cand.confidence))
    threat = spec.data.get("threat_as")
    if threat and polarity == "positive" and modality in ("intended", "future") and _threatened(tok, ctx):
        # "vowed to strike X", "threatened an attack on X": a threat to X
        out += [replace(e, relation=threat, modality="asserted", confidence=0.7) for e in out]
    return out


@lru_cache(maxsize=1)
def _water() -> frozenset[str]:
    roles = load_table("roles")
    return frozenset(roles["water_words"] | roles["water_names"] | roles["boundary_words"])


@lru_cache(maxsize=1)
def _water_prefixes() -> frozenset[str]:
    return frozenset(load_table("roles")["water_prefixes"])


def _is_water(name: str, water) -> bool:
    """'Red Sea', 'Strait of Hormuz', 'Gulf of Aden', 'Lake Chad'; a boundary line ('Line of Control')."""
    words = name.lower().removeprefix("the ").split()
    return words[-1] in water or " ".join(words) in water or (len(words) > 2 and words[1] == "of" and words[0] in water) \
        or (len(words) > 1 and words[0] in _water_prefixes())


def _remember_attacker(cand: Candidate, spec: RelationSpec, ctx: Context) -> None:
    """The last attacker the text asserts, target named or not ("an airstrike carried out
    by Myanmar's military killed 100 people"), for a later "the attack"; and every attack
    not denied, by target, for a later vow of retaliation."""
    if spec.name == "attacked" and cand.targets and not cand.agents:
        ctx.unclaimed.append((cand.trigger.i, list(cand.targets)))   # "the attack in Tehran": whose, said later
    if spec.name != "attacked" or not cand.agents:
        return
    if not cand.targets and (_in(cand.trigger, spec.words("deployment_verbs"))
                             or _in(cand.trigger, spec.words("procession_verbs"))):
        return                                      # "sent troops to the border", "marched through the capital": no attack
    polarity, modality = assess(cand.trigger, nominal=cand.nominal)
    agents = [a for a in cand.agents if not ctx.res.actors[a].known_place]
    if agents and cand.targets and polarity == "positive" and modality in ("asserted", "reported", "hedged"):
        ctx.attacks.append((agents, [ctx.res.acting_key(t) for t in cand.targets]))
    if agents and polarity == "positive" and modality in ("asserted", "reported"):
        ctx.told.append((cand.targets, agents))
        ctx.last_agents.setdefault("attacked", []).append(
            (cand.trigger.sent.start, cand.trigger.lemma_.lower(), list(dict.fromkeys(agents)), _number(cand.trigger)))
