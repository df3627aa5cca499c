"""Relation lexicon: trigger words, argument prepositions and codes per relation, as data."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class RelationSpec:
    name: str
    property: str
    event_class: str
    label: str
    comment: str
    core: bool
    symmetric: bool
    cameo: tuple[str, ...]
    plover: str
    data: dict = field(default_factory=dict, compare=False, hash=False)
    _words: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self):
        for key, value in self.data.items():
            if isinstance(value, list):
                self._words[key] = frozenset(value)

    def words(self, key: str) -> frozenset[str]:
        return self._words.get(key, frozenset())


def _read(name: str) -> dict:
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=None)
def load_relations() -> dict[str, RelationSpec]:
    """relations.toml, each relation's verbs joined with those derived from CAMEO
    (cameo_triggers.toml, tools/build_triggers.py, whose policy decides what is kept)."""
    raw = _read("relations.toml")
    cameo = _read("cameo_triggers.toml")
    specs = {}
    for name, entry in raw["relations"].items():
        derived = set(cameo.get(name, {}).get("verbs", ()))
        if derived:
            entry = {**entry, "verbs": sorted(set(entry.get("verbs", ())) | derived)}
        specs[name] = RelationSpec(
            name=name, property=entry["property"], event_class=entry["event_class"],
            label=entry["label"], comment=entry["comment"], core=bool(entry["core"]),
            symmetric=bool(entry["symmetric"]), cameo=tuple(entry.get("cameo", ())),
            plover=entry.get("plover", ""), data=entry)
    return specs


def core_relations() -> tuple[str, ...]:
    return tuple(n for n, s in load_relations().items() if s.core)


def extended_relations() -> tuple[str, ...]:
    return tuple(n for n, s in load_relations().items() if not s.core)


@lru_cache(maxsize=None)
def load_table(name: str) -> dict:
    """Another data file of this package (roles.toml, factuality.toml), word lists as frozensets."""
    raw = _read(f"{name}.toml")
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in raw.items()}
