"""Deterministic, IRI-safe identifiers minted from content."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['\u2019\u2018`]")


def digest(text: str, length: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def strip_accents(text: str) -> str:
    """'Zürich' -> 'Zurich', 'Frontières' -> 'Frontieres' (compatibility forms too)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(name: str) -> str:
    """'Joe Biden' -> 'joe-biden', 'Zürich' -> 'zurich'. Letters with no ASCII
    form (other scripts) add a hash suffix, so distinct names never collide."""
    text = strip_accents(_APOSTROPHES.sub("", name))
    folded = text.encode("ascii", "ignore").decode("ascii")
    base = _NON_ALNUM.sub("-", folded.lower()).strip("-")
    lossy = any(c.isalnum() and not c.isascii() for c in text)
    if not base:
        return "x-" + digest(name, 12)
    return f"{base}-{digest(name, 8)}" if lossy else base


def document_id(text: str, given: str | None = None) -> str:
    """A given id is slugged; otherwise a hash of the text."""
    if given:
        return slug(str(given))
    return digest(text)
