"""Rules for what a record may hold, applied as records are read (kg.corpus.sources), so
that every byte written later is valid in every output format.

- Text: characters that XML 1.0 cannot hold at all (C0 controls other than tab, LF and
  CR; U+FFFE, U+FFFF; lone surrogates, which only JSON escapes can make) become a space
  when they are whitespace (VT, FF, the separators U+001C-U+001F) and U+FFFD otherwise.
  One character becomes one character, so every offset stays an offset into the text
  as read. A NUL still makes the record a bad one (binary data, not text).
- Metadata (`title`, `date`, `url`): a field holding such a character, or a `url` that
  has a scheme (`http:`, `urn:` …) but is not a valid IRI (`%zz`, spaces, `<>`), makes
  the record a bad one: it is skipped with the reason, and the run exits 3. A `url`
  without a scheme ("wire service") is kept as a plain literal, as before.
- A text longer than MAX_DOC_CHARS characters is a bad record (bounded time per
  document; split such a file into articles). Texts over 1,000,000 characters are
  extracted section by section in flat memory (kg.corpus.sections); the limit bounds the
  time: about 80 CPU seconds a million characters (measured up to 10 MB), so at most
  ~14 CPU minutes.
"""
from __future__ import annotations

import re

MAX_DOC_CHARS = 10_000_000     # 10 M characters: see the module docstring

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACE_LIKE = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def _replace(m: re.Match) -> str:
    return " " if m.group() in _SPACE_LIKE else "\ufffd"


def clean_text(text: str) -> str:
    """The text with every character XML cannot hold replaced (see the module docstring)."""
    return _NOT_XML.sub(_replace, text) if _NOT_XML.search(text) else text


def bad_character(value: str) -> str | None:
    """'U+0001' for the first character XML cannot hold, else None."""
    m = _NOT_XML.search(value)
    return f"U+{ord(m.group()):04X}" if m else None


def check_url(url: str) -> str | None:
    """Why `url` cannot be written, or None."""
    import pyoxigraph as ox

    if not _SCHEME.match(url):
        return None  # not an IRI: written as a plain literal
    try:
        ox.NamedNode(url)
    except ValueError:
        return "url is not a valid IRI"
    from ..rdf.naming import is_absolute_iri

    return None if is_absolute_iri(url) else "url is not a valid IRI"


def check_metadata(fields: dict[str, str | None]) -> str | None:
    """Why a record's metadata is unusable (the record is then skipped), or None."""
    for name, value in fields.items():
        if value is None:
            continue
        bad = bad_character(value)
        if bad:
            return f"{name} holds a character no RDF/XML output can hold ({bad})"
        if name == "url":
            reason = check_url(value)
            if reason:
                return f"{reason}: {value[:80]!r}"
    return None
