"""Naming rules below kg.rdf.build, kg.rdf.merge and kg.rdf.runrecord (all three import
this module, none of them each other for these): instance IRIs, the base IRI check, the
prefixes of our output, and the order-independent rules that pick an entity's canonical
name and type (one run over all inputs and `kg merge` of separate runs agree)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable
from urllib.parse import quote

from rdflib import URIRef

from ..ids import digest
from ..records import Entity
from .namespaces import DEFAULT_BASE, PREFIXES

# An absolute IRI: scheme, then no characters that IRIs forbid.
_ABS_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`]+$')


def is_absolute_iri(text: str) -> bool:
    return bool(_ABS_IRI.match(text))


def check_base(base: str) -> str:
    """A base IRI ending in '/' or '#' that a strict parser (Oxigraph) accepts; below a
    '#' base every IRI we mint is a fragment, so none may hold a second '#'."""
    import pyoxigraph as ox

    if not (is_absolute_iri(base) and base[-1] in "/#"):
        raise ValueError(f"base must be an absolute IRI ending in '/' or '#': {base!r}")
    try:
        ox.NamedNode(base)
    except ValueError:
        raise ValueError(f"base is not a valid IRI: {base!r}") from None
    if "#" in base[:-1]:
        raise ValueError(f"base may hold one '#', at its end: {base!r}")
    return base


@lru_cache(maxsize=1 << 16)   # the same document ids and keys, many times a document
def segment(text: str) -> str:
    """A path segment: slugs pass unchanged; anything else is percent-encoded, so
    hand-made keys with quotes, spaces or other scripts still give valid IRIs."""
    return quote(text, safe="-._~")


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    out = {k: str(v) for k, v in PREFIXES.items()}
    out["ent"] = f"{base}entity/"
    out["doc"] = f"{base}doc/"
    return out


@dataclass
class Iris:
    base: str = DEFAULT_BASE

    def doc(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{segment(doc_id)}")

    def sentence(self, doc_id: str, start: int, end: int) -> URIRef:
        # RFC 5147 fragment (#char=) after a document IRI; a '#' base already made the
        # document IRI a fragment, so there it is a path step (/char=).
        sep = "/" if self.base.endswith("#") else "#"
        return URIRef(f"{self.doc(doc_id)}{sep}char={start},{end}")

    def entity(self, key: str) -> URIRef:
        return _entity_iri(self.base, key)

    def event(self, doc_id: str, ev) -> URIRef:
        return URIRef(f"{self.doc(doc_id)}/event/{event_hash(ev)}")


@lru_cache(maxsize=1 << 16)
def _entity_iri(base: str, key: str) -> URIRef:
    """One object per entity IRI: an entity named by several events and described in the
    default graph is then the same term everywhere, which the SHACL check's dict lookups
    find by identity instead of by rdflib's (Python) __eq__."""
    return URIRef(f"{base}entity/{segment(key)}")


def event_hash(ev) -> str:
    return digest(f"{ev.relation}|{ev.trigger_start}|{ev.trigger_end}|{ev.agent}|{ev.target}", 12)


# ---------------------------------------------------------------- canonical entities

def name_order(name: str) -> tuple:
    """Total order for canonical names: not ALL-CAPS first, then case-folded, then as is."""
    return (name.isupper(), name.casefold(), name)


def canonical_name(names: Iterable[str]) -> str:
    """The canonical name among the names that runs chose for one entity key."""
    return min(names, key=name_order)


# Most specific first: a country is also a location, an organization also a group.
TYPE_PRIORITY = ("Country", "Organization", "Person", "Facility", "Group", "Location")


def canonical_type(types: Iterable[str]) -> str:
    """The entity type among those that runs chose for one key: first in TYPE_PRIORITY."""
    return min(types, key=lambda t: (TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else len(TYPE_PRIORITY), t))


@dataclass
class MergedEntity:
    """Entities sharing a key across documents. The name and type are chosen by
    canonical_name / canonical_type (a minimum under a fixed total order), so they do not
    depend on document order and one run over all inputs gives the same entity
    description as `kg merge` of separate runs; every other name form becomes an altLabel."""
    key: str
    name: str
    type: str
    names: set[str] = field(default_factory=set)

    def add(self, e: Entity) -> None:
        self.name = canonical_name((self.name, e.name))
        self.type = canonical_type((self.type, e.type))
        self.names.add(e.name)
        self.names.update(e.aliases)
