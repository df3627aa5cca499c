"""Did the text assert the event? Polarity and modality of a trigger from its clause."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import load_relations, load_table
from .coordination import has_own_tense, partner

# Dependencies through which a verb's clause is governed by another verb.
_CLIMB = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "acomp", "dobj", "pobj", "oprd"}


def _cues():
    return load_table("factuality")


@lru_cache(maxsize=1)
def _presupposing() -> frozenset[str]:
    cues, relations = _cues(), load_relations()
    return cues["presupposing_verbs"] | {w for r in cues["presupposing_relations"] for w in relations[r].words("verbs")}


def _under_way(noun) -> bool:
    """A definite event noun subject of a verb that does not deny or stage it: "the army's
    offensive would push on", but not "the attack did not happen", "the strike will take place"."""
    verb = noun.head
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that"))
               for c in noun.children) and not any(c.dep_ == "neg" for c in verb.children) \
        and verb.lemma_.lower() not in load_table("roles")["occurrence_verbs"] \
        and not (verb.lemma_.lower() == "take" and any(c.lower_ == "place" for c in verb.children))


def _governing_chain(tok, nominal: bool):
    """The trigger, then the verbs whose clause contains it, up to the first report verb."""
    cues = _cues()
    chain = [tok]
    cur = tok
    if nominal:
        # An event noun presupposes its event unless it is the object of a verb
        # ("vowed an attack", "would not launch attacks"); "retaliate for the attack" does not.
        if cur.dep_ == "nsubj" and cur.head.pos_ == "VERB" and _under_way(cur):
            cur = cur.head                          # "the army's offensive would now push on": it is under way;
            #                                         only what governs that verb (a report) applies
        elif cur.dep_ == "dobj" and cur.head.lemma_.lower() in _presupposing():
            # "refused to condemn the invasion", "the text would have condemned the attack": it happened
            return chain
        elif cur.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            chain.append(cur)
        elif cur.dep_ == "pobj" and cur.head.lower_ in ("in", "into", "with") and cur.head.head.pos_ == "VERB":
            cur = cur.head.head                     # "would not participate in operations against X",
            chain.append(cur)                       # "accused X of acting with the backing of Y"
        elif cur.dep_ == "pobj" and cur.head.lower_ in ("of", "for") and cur.head.head.lemma_.lower() in {
                "threat", "plan", "prospect", "possibility", "risk", "fear", "call", "warning"} | cues["hedge_nouns"]:
            chain.append(cur.head.head)
            return chain
        elif cur.dep_ == "pobj" and cur.head.lower_ in ("of", "for") and \
                cur.head.head.lemma_.lower() in cues["hedge_verbs"] | cues["denial_verbs"]:
            chain.append(cur.head.head)              # "accused X of a drone attack on Y"
            return chain
        else:
            return chain
    while cur.dep_ in _CLIMB and cur.head.i != cur.i:
        if cur.lemma_.lower() in cues["report_verbs"] and cur.i != tok.i:
            break
        if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and has_own_tense(cur):
            # coordinated, not governed: the partner's own negation, auxiliaries and
            # report verb are not this verb's; what governs the partner governs it
            cur = partner(cur)
            if cur.dep_ == "relcl":
                break
            continue
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues["factive_marks"] for c in cur.children):
            break                                   # "accused X of crimes after its forces shelled Y": a fact
        if cur.dep_ in ("ccomp", "conj", "advcl") and cur.i < cur.head.i and any(
                t.text == ";" and t.head.i == cur.head.i for t in cur.doc[cur.i:cur.head.i]):
            break                                   # "X voted to condemn Y; Z did not take part": two clauses
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX", "NOUN") and cur.dep_ != "prep":
            chain.append(cur)
        if cur.dep_ == "relcl":
            break
    return chain


def _adjunct(tok, verb) -> bool:
    """The trigger qualifies the verb's act rather than being what is intended: "in a call
    with Y, X urged ...", "X called the plan unacceptable" (naming, not an appeal)."""
    if tok.dep_ in ("oprd", "advcl") or tok.pos_ == "ADJ":
        return True           # a judgment ("considers the plan unacceptable"), a purpose ("called X to express")
    if tok.dep_ == "dobj" and any(c.dep_ == "oprd" for c in verb.children):
        return True           # what is named: "called the strikes a war crime"
    return tok.dep_ == "pobj" and tok.head.head.i == verb.i and tok.head.lower_ in _cues()["adjunct_preps"]


def _reporting_name(noun) -> bool:
    """'..., Trend reports citing Daily Sabah': an outlet's name and "reports" parsed as a noun
    at the root is the verb of attribution, not a hedge."""
    return noun.dep_ == "ROOT" and any(c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN" for c in noun.children)


def _unadopted_text(tok, cues) -> bool:
    """What a draft says is no stance anyone holds yet: "a draft resolution condemning X",
    "vetoed a resolution deploring X", "the Kuwaiti text deplores X"."""
    texts = cues["text_nouns"]

    def draft(noun) -> bool:
        return noun.lemma_.lower() in cues["draft_words"] or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues["draft_words"] for c in noun.children) or (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues["rejection_verbs"])

    head = tok.head
    if tok.dep_ in ("acl", "relcl") and head.lemma_.lower() in texts and draft(head):
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.lemma_.lower() in cues["rejection_verbs"]:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in texts for c in head.children)
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in texts and draft(c) for c in tok.children)


def free_relative_namer(tok, deps=("oprd", "attr", "xcomp")):
    """The naming verb when tok is what a free relative names ("what it called a flagrant
    aggression"; with "pobj" in deps also "what it described as an aggression"), else None."""
    verb = tok.head.head if "pobj" in deps and tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ not in deps or verb.lemma_.lower() not in load_table("roles")["naming_verbs"]:
        return None
    return verb if any(w.lower_ == "what" and w.tag_ == "WP" for w in verb.children) else None


def _characterised(tok, cues) -> bool:
    """"condemned what it called a flagrant aggression by X": the act is the speaker's name for
    it, which the text does not adopt ("responded with (launched) what it calls clearance
    operations" does)."""
    verb = free_relative_namer(tok, ("oprd", "dobj", "pobj"))
    return verb is not None and verb.dep_ not in ("pobj", "pcomp") and not (
        verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues["light_verbs"])   # "launched what it called operations"


def assess(tok, stance: bool = False, nominal: bool = False) -> tuple[str, str]:
    """(polarity, modality) of the event triggered by tok."""
    cues = _cues()
    chain = _governing_chain(tok, nominal)
    polarity, modality = "positive", "asserted"
    for n, v in enumerate(chain):
        lemma = v.lemma_.lower()
        if n > 0 and v.pos_ == "NOUN" and lemma in cues["hedge_nouns"]:
            if any(c.dep_ == "nsubj" for c in v.children):
                modality = "reported" if modality == "asserted" else modality   # "Trend reports", tagged a noun
                break
            modality = stronger(modality, "hedged")   # "reports of shelling by X": not confirmed
            break
        if n > 0 and lemma in cues["report_verbs"]:
            # "claimed without (providing) proof", "did not confirm that ...": not asserted
            unfounded = any(c.dep_ == "prep" and c.lower_ == "without" and any(
                p.lemma_.lower() in cues["proof_nouns"] for p in c.subtree) for c in v.children) \
                or any(c.dep_ == "neg" for c in v.children)
            modality = stronger(modality, "hedged") if unfounded else (   # "claimed without proof"
                "reported" if modality == "asserted" else modality)
            break
        for c in v.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "det" and low == "no" and n == 0) \
                    or (c.dep_ == "advmod" and low in ("never",)):
                polarity = "negative"
            elif c.dep_ == "aux" and low in cues["future_aux"] and not stance:
                modality = stronger(modality, "future")
            elif c.dep_ == "aux" and low in cues["hypothetical_aux"] and not stance:
                modality = stronger(modality, "hypothetical")
            elif c.dep_ == "mark" and low in cues["conditional_marks"]:
                modality = stronger(modality, "hypothetical")
            elif n == 0 and c.dep_ in ("amod", "compound", "acl") and low in cues["hedge_modifiers"]:
                modality = stronger(modality, "hedged")
            elif n == 0 and nominal and c.dep_ == "det" and low in cues["generic_determiners"]:
                modality = stronger(modality, "hypothetical")     # "any attack on Taiwan"
            elif c.dep_ == "advmod" and low in cues["hedge_adverbs"]:
                modality = stronger(modality, "hedged")          # "allegedly attacked"
        if n > 0 and not (chain[n - 1].dep_ == "conj" and chain[n - 1].head.i == v.i):
            # "accused X ... and promised Y": a clause of its own
            if lemma in cues["prevention_verbs"]:
                polarity = "negative"                # "foiled an attack": it did not happen
            elif lemma in cues["denial_verbs"]:
                modality = stronger(modality, "denied")
            elif lemma in cues["hedge_verbs"] or (lemma in cues["passive_hedge_verbs"] and any(
                    c.dep_ == "auxpass" for c in v.children) and chain[n - 1].dep_ in ("xcomp", "ccomp")):
                # (what is believed is the complement: "an airstrike is believed to have killed 100" happened)
                modality = stronger(modality, "hedged")
            elif lemma in cues["intent_verbs"] and not (stance and lemma in cues["stance_pledges"]) \
                    and not _adjunct(chain[n - 1], v):
                modality = stronger(modality, "intended")   # "pledged support" states the stance now
    if not nominal and tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        modality = stronger(modality, "intended")    # "the plan to seize X", "a decision to strike Y"
    if not nominal and tok.dep_ == "advcl" and tok.lemma_.lower() not in cues["performed_purposes"] \
            and tok.head.lemma_.lower() not in cues["performing_heads"] \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        modality = stronger(modality, "intended")    # "sent arms to target X": an aim; "summoned X to condemn Y" is done
    if any(v.dep_ == "acl" and v.head.lemma_.lower() in cues["proof_nouns"] for v in chain):
        modality = stronger(modality, "hedged")      # "claimed without proof that X attacked" (parsed as the noun's clause)
    if any(v.dep_ in ("acl", "ccomp") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in cues["hedge_nouns"]
           and not _reporting_name(v.head) for v in chain):
        modality = stronger(modality, "hedged")      # "reports that Israel struck Y", "the claim that X attacked"
    if nominal and _characterised(tok, cues):
        modality = stronger(modality, "hedged")
    if (not nominal and _unadopted_text(tok, cues)) or (nominal and any(_unadopted_text(v, cues) for v in chain[1:])):
        modality = stronger(modality, "hypothetical")   # "vetoed a resolution deploring X('s attack)": the text's words
    sent = tok.sent
    if sent.text.rstrip().endswith("?") and modality in ("asserted",):
        modality = "question"
    return polarity, modality


_RANK = {"asserted": 0, "reported": 1, "question": 2, "future": 3, "intended": 3,
         "hypothetical": 4, "hedged": 5, "denied": 6}


def stronger(a: str, b: str) -> str:
    return b if _RANK[b] > _RANK[a] else a
