"""The gazetteer as the extractor sees it (kg.gazetteer.Gazetteer's lookup API)."""
from __future__ import annotations

from typing import Protocol


class Gaz(Protocol):
    def lookup(self, surface: str): ...
    def country_of(self, person_name: str) -> str | None: ...
    def canonical(self, name: str) -> str: ...


class _Empty:
    def lookup(self, surface):
        return None

    def country_of(self, person_name):
        return None

    def canonical(self, name):
        return name


def load_gaz() -> Gaz:
    try:
        from ..gazetteer import load_gazetteer
    except ImportError:      # while the gazetteer package is being built
        return _Empty()
    return load_gazetteer()
