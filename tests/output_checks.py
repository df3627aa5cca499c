"""What every byte `kg extract` writes must satisfy (pytest puts this folder on sys.path):
it parses with pyoxigraph's strict parsers, RDF/XML is well-formed XML, and the graph
passes `kg validate`."""
from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

import pyoxigraph as ox

OX = {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
      ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}
SUFFIXES = tuple(OX)


def strict_problem(path: Path) -> str | None:
    """Why the file is not valid output, or None."""
    data = path.read_bytes()
    try:
        for _ in ox.parse(data, format=OX[path.suffix]):
            pass
    except (SyntaxError, ValueError) as exc:
        return f"strict parser: {exc}"
    if path.suffix == ".rdf":
        try:
            xml.dom.minidom.parseString(data)
        except Exception as exc:  # expat's ExpatError
            return f"not XML: {exc}"
    return None


def validate_problem(path: Path) -> str | None:
    from kg.inputs import load_graph
    from kg.validate import validate

    report = validate(load_graph(path))
    return None if report.conforms else report.text(limit=3)


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Files in `folder` (recursively) other than `keep`: work folders, temp files."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.relative_to(folder).parts[0] not in keep)
