"""Canonical N-Quads lines straight from rdflib terms, without going through pyoxigraph
terms: the per-document hot path of `kg extract`. The bytes are pyoxigraph's (tested on
every character class): ECHAR for \\b \\t \\n \\f \\r \\" \\\\, \\uXXXX (upper case) for the
other C0 controls and DEL, everything else as is; language tags in lower case."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

_ESCAPES = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
                 0x22: '\\"', 0x5C: "\\\\"})
_XSD_STRING = str(XSD.string)


def term(t) -> str:
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        lexical = f'"{str(t).translate(_ESCAPES)}"'
        if t.language:
            return f"{lexical}@{t.language.lower()}"
        if t.datatype is not None and str(t.datatype) != _XSD_STRING:
            return f"{lexical}^^<{t.datatype}>"
        return lexical
    raise TypeError(f"cannot write term {t!r}")


def line(s, p, o, g=None) -> str:
    """One N-Quads line (g None: the default graph), newline included."""
    if g is None:
        return f"{term(s)} {term(p)} {term(o)} .\n"
    return f"{term(s)} {term(p)} {term(o)} {term(g)} .\n"


def sorted_lines(quads) -> bytes:
    """Sorted, de-duplicated N-Quads lines of (s, p, o, g) quads, UTF-8."""
    return "".join(sorted({line(*q) for q in quads})).encode("utf-8")
