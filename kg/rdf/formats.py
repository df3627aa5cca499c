"""One table of RDF format names and file extensions, used by every command.

A format has one canonical name (FORMATS) and the spellings users type (ALIASES): the
same words work for `extract -f`, `merge -f`, `query -f` (CONSTRUCT/DESCRIBE),
`ontology -f` and every `--input-format`. Extensions map to formats for writing (what
`-o x.owl` writes) and for reading (what `kg validate x.owl` expects); a name that says
nothing (`x.out`, stdin) is read by looking at the content (kg.rdf.reading.sniff).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import FormatError

FORMATS = ("turtle", "nt", "nq", "trig", "json-ld", "xml")
QUAD_FORMATS = ("nq", "trig")
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig",
              "json-ld": ".jsonld", "xml": ".rdf"}
ALIASES = {
    "turtle": "turtle", "ttl": "turtle", "n3": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "nq": "nq", "nquads": "nq", "n-quads": "nq",
    "trig": "trig",
    "json-ld": "json-ld", "jsonld": "json-ld",
    "xml": "xml", "rdf": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf-xml": "xml", "owl": "xml",
    "html": "html",  # only `kg ontology` writes it
}
# .n3: we write Turtle, which is N3 too, and read the Turtle part of N3 back.
BY_EXTENSION = {
    ".ttl": "turtle", ".turtle": "turtle", ".n3": "turtle",
    ".nt": "nt", ".ntriples": "nt", ".nq": "nq", ".nquads": "nq", ".trig": "trig",
    ".jsonld": "json-ld", ".json-ld": "json-ld", ".json": "json-ld",
    ".rdf": "xml", ".xml": "xml", ".owl": "xml",
}
COMPRESSED = (".gz", ".bz2", ".xz", ".zst", ".zip")
# Extensions of files that are not RDF: an output named so is a mistake, not a choice.
NOT_RDF = (".txt", ".text", ".html", ".htm", ".csv", ".tsv", ".svg", ".png", ".pdf",
           ".jsonl", ".ndjson", ".md", ".rq", ".sparql")


def choices(allowed=FORMATS) -> str:
    return ", ".join(allowed)


def normalize_format(fmt: str, allowed=FORMATS) -> str:
    """The canonical name of a format spelling, if `allowed`; else a FormatError."""
    name = ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in allowed:
        raise FormatError(f"unknown format '{fmt}' (choose from: {choices(allowed)})")
    return name


def _suffixes(path: str | Path) -> tuple[str, str]:
    """(suffix, suffix before it) of a file name, lower case: 'x.nq.gz' -> ('.gz', '.nq')."""
    name = Path(str(path)).name.lower()
    parts = Path(name).suffixes
    return (parts[-1] if parts else "", parts[-2] if len(parts) > 1 else "")


def format_for_path(path: str | Path, default: str | None = "turtle") -> str | None:
    """The format an extension names (a compressed file: the extension inside), else `default`."""
    last, inner = _suffixes(path)
    if last in COMPRESSED:
        last = inner
    return BY_EXTENSION.get(last, default)


def output_format(fmt: str | None, output: str) -> str:
    """What `-o OUTPUT [-f FMT]` writes. The file is written as its extension says, so
    every reading command can read it back: an extension of another format, of a
    compressed file or of a file that is not RDF is refused; an unknown one (x.out) gets
    Turtle, or --format."""
    name = normalize_format(fmt) if fmt else None
    if output == "-":
        return name or "turtle"
    last, _ = _suffixes(output)
    if last in COMPRESSED:
        raise FormatError(f"{output}: compressed output is not written; write the file "
                          f"without {last} and compress it")
    by_ext = BY_EXTENSION.get(last)
    if by_ext and name and by_ext != name:
        raise FormatError(f"{output}: the extension {last} says {by_ext}, --format says {name}; "
                          f"use {EXTENSIONS[name]} or drop --format")
    if last in NOT_RDF and not name:
        known = " ".join(sorted(set(EXTENSIONS.values())))
        raise FormatError(f"{output}: {last} is not an RDF file extension (use {known}, or --format)")
    return by_ext or name or "turtle"
