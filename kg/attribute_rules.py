"""A drop-in for spaCy's `attribute_ruler`, compiled from the loaded model's own patterns.

spaCy runs those ~180 token patterns through its general Matcher, which costs about a
tenth of en_core_web_sm's time. Here the patterns are indexed by the first token's TAG
and LOWER, tested on the document's attribute arrays, and POS/MORPH/LEMMA are written
back in bulk. Rules apply in spaCy's order (later rules win); tests check that the
output is identical to the original component's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.parts_of_speech import IDS as UPOS_IDS

_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_BULK = ("POS", "MORPH", "LEMMA")          # written through from_array
_SINGLE = ("TAG", "DEP")                   # rare: written through the Token setters


@dataclass
class _Rule:
    order: int
    tokens: list                 # per pattern token: list of (feature index, test on the value)
    attrs: dict
    index: int
    rest: list = None            # tests left once the index has matched the first token

    def test(self, feats, i: int) -> bool:
        if len(self.tokens) == 1:
            row = feats[i]
            for idx, test in self.rest:
                if not test(row[idx]):
                    return False
            return True
        if i + len(self.tokens) > len(feats):
            return False
        return all(test(feats[i + k][idx]) for k, preds in enumerate(self.tokens) for idx, test in preds)


class AttributeRules:
    def __init__(self, patterns: list[dict], strings):
        self.strings = strings
        self.by_pair: dict[tuple[int, int], list[_Rule]] = {}
        self.by_tag: dict[int, list[_Rule]] = {}
        self.by_dep: dict[int, list[_Rule]] = {}
        self.by_space: dict[int, list[_Rule]] = {}
        self.by_lower: dict[int, list[_Rule]] = {}
        self.always: list[_Rule] = []
        for order, (entry, pattern) in enumerate((e, p) for e in patterns for p in e["patterns"]):
            rule = _Rule(order, [[self._predicate(k, v) for k, v in tok.items()] for tok in pattern],
                         dict(entry["attrs"]), entry.get("index", 0))
            self._index(rule, pattern[0])

    def _hash(self, value: str) -> int:
        return self.strings.add(value)

    def _predicate(self, key: str, value):
        if key not in _FEATURES:
            raise ValueError(f"unsupported attribute rule key {key!r}")
        idx = _FEATURES.index(key)
        if key == "IS_SPACE":
            return idx, (lambda v, want=int(bool(value)): int(v) == want)
        if isinstance(value, dict):
            (op, arg), = value.items()
            if op == "IN":
                return idx, frozenset(self._hash(a) for a in arg).__contains__
            if op == "NOT_IN":
                banned = frozenset(self._hash(a) for a in arg)
                return idx, lambda v: v not in banned
            if op == "REGEX":
                return idx, _regex_test(re.compile(arg), self.strings)
            raise ValueError(f"unsupported operator {op!r} in attribute rule")
        return idx, (lambda v, want=self._hash(value): v == want)

    def _values(self, spec) -> list[int] | None:
        """Hashes an equality or IN constraint allows; None if it is another kind."""
        if isinstance(spec, str):
            return [self._hash(spec)]
        if isinstance(spec, dict) and "IN" in spec:
            return [self._hash(v) for v in spec["IN"]]
        return None

    def _index(self, rule: _Rule, first: dict) -> None:
        """Under the most specific key the first token allows: (TAG, LOWER), TAG, LOWER."""
        tags, lowers = self._values(first.get("TAG")), self._values(first.get("LOWER"))
        deps = None if tags or lowers else self._values(first.get("DEP"))
        spaces = None if tags or lowers or deps else first.get("IS_SPACE")
        indexed = {_FEATURES.index(k) for k, v in (("TAG", tags), ("LOWER", lowers), ("DEP", deps),
                                                   ("IS_SPACE", spaces)) if v is not None}
        rule.rest = [(idx, test) for idx, test in rule.tokens[0] if idx not in indexed]
        if deps:
            for d in deps:
                self.by_dep.setdefault(d, []).append(rule)
            return
        if spaces is not None:
            self.by_space.setdefault(int(bool(spaces)), []).append(rule)
            return
        if tags and lowers:
            for t in tags:
                for w in lowers:
                    self.by_pair.setdefault((t, w), []).append(rule)
        elif tags:
            for t in tags:
                self.by_tag.setdefault(t, []).append(rule)
        elif lowers:
            for w in lowers:
                self.by_lower.setdefault(w, []).append(rule)
        else:
            self.always.append(rule)

    def _candidates(self, feats, i: int) -> tuple[list, list]:
        """(one-token rules that match token i, longer rules to test at i): the first
        depend on the token's own four features only, so they are the same for every
        token with the same features."""
        tag, lower, dep, space = feats[i]
        empty = ()
        matched, longer = [], []
        for rules in (self.by_pair.get((tag, lower), empty), self.by_tag.get(tag, empty),
                      self.by_lower.get(lower, empty), self.by_dep.get(dep, empty),
                      self.by_space.get(space, empty), self.always):
            for rule in rules:
                if len(rule.tokens) > 1:
                    longer.append(rule)
                elif rule.test(feats, i):
                    matched.append(rule)
        return matched, longer

    def matches(self, feats) -> list[tuple[int, int, _Rule]]:
        hits = []
        cache = self.__dict__.setdefault("_by_features", {})
        if len(cache) > 200_000:  # distinct (TAG, LOWER, DEP, IS_SPACE): bounded memory
            cache.clear()
        for i, row in enumerate(feats):
            key = tuple(row)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._candidates(feats, i)
            for rule in found[0]:
                hits.append((rule.order, i, rule))
            for rule in found[1]:
                if rule.test(feats, i):
                    hits.append((rule.order, i, rule))
        hits.sort(key=lambda h: (h[0], h[1]))
        return hits

    def __call__(self, doc):
        if not len(doc):
            return doc
        feats = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        bulk = doc.to_array([POS, MORPH, LEMMA])
        singles = []
        writes = self._writes(doc.vocab)
        for _, i, rule in self.matches(feats):
            j = i + rule.index
            found = writes.get(rule.order)
            if found is None:
                found = writes[rule.order] = self._compile_writes(rule, doc.vocab)
            for col, value in found[0]:
                bulk[j, col] = value
            for key, value in found[1]:
                singles.append((j, key, value))
        doc.from_array([POS, MORPH, LEMMA], bulk)
        for j, key, value in singles:           # in rule order, like spaCy
            setattr(doc[j], key.lower() + "_", value)
        return doc


    def _writes(self, vocab) -> dict:
        """Each rule's writes as (column, id) pairs, made once per vocab: a morphology
        string is parsed and hashed only the first time (morphology.add, per hit before)."""
        if self.__dict__.get("_writes_vocab") is not vocab:
            self._writes_vocab, self._writes_by_rule = vocab, {}
        return self._writes_by_rule

    def _compile_writes(self, rule: _Rule, vocab) -> tuple[list, list]:
        bulk, singles = [], []
        for key, value in rule.attrs.items():
            if key == "POS":
                bulk.append((0, _pos_id(value)))
            elif key == "MORPH":
                bulk.append((1, vocab.morphology.add(value)))
            elif key == "LEMMA":
                bulk.append((2, self._hash(value)))
            elif key in _SINGLE:
                singles.append((key, value))
            else:
                raise ValueError(f"unsupported attribute {key!r}")
        return bulk, singles


def _regex_test(rx, strings):
    """rx.search on the string of a hash, the answer kept per hash (a REGEX rule is tried
    on most tokens, and the same words recur)."""
    seen: dict[int, bool] = {}

    def test(v) -> bool:
        found = seen.get(v)
        if found is None:
            if len(seen) > 200_000:             # bounded, like the feature cache
                seen.clear()
            found = seen[v] = rx.search(strings[v]) is not None
        return found
    return test


def _pos_id(name: str) -> int:
    return UPOS_IDS[name]
