"""SHACL validation of a graph against shapes/newskg.shapes.ttl, as a readable report."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.namespace import RDF, SH

from .errors import InputError
from .inputs import resource_path
from .rdf.build import bindings_of, compact, prefixes, union_graph

SHAPES = "shapes/newskg.shapes.ttl"
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True, order=True)
class Result:
    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""

    def line(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        where = f"{self.focus} {self.path}" if self.path else self.focus
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    results: list[Result] = field(default_factory=list)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    def text(self, limit: int | None = None) -> str:
        if not self.results:
            return "conforms: yes (no SHACL results)"
        shown = self.results if limit is None else self.results[:limit]
        head = (f"conforms: {'yes' if self.conforms else 'no'} "
                f"({len(self.violations)} violations, {len(self.results)} results)")
        lines = [head] + ["  " + r.line() for r in shown]
        if len(shown) < len(self.results):
            lines.append(f"  … and {len(self.results) - len(shown)} more")
        return "\n".join(lines)


@lru_cache(maxsize=4)
def _load_shapes(path: str) -> Graph:
    if not Path(path).is_file():
        raise InputError(f"{path}: no such shapes file")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # a broken shapes file is our bug, but say where
        raise InputError(f"{path}: shapes file does not parse: {' '.join(str(exc).split())[:200]}") from None


def load_shapes(shapes: Graph | str | Path | None = None) -> Graph:
    if isinstance(shapes, Graph):
        return shapes
    return _load_shapes(str(Path(shapes) if shapes else resource_path(SHAPES)))


def validate(graph: Graph, shapes: Graph | str | Path | None = None) -> Report:
    """Validate the union of `graph` (a Graph or a Dataset). Only violations make a graph
    non-conforming; warnings and infos are reported but do not block writing."""
    import pyshacl

    data = union_graph(graph)
    logging.getLogger("pyshacl").setLevel(logging.ERROR)
    conforms, results_graph, _ = pyshacl.validate(
        data, shacl_graph=load_shapes(shapes), inference="none",
        allow_warnings=True, allow_infos=True, meta_shacl=False, advanced=False)
    results = sorted(_results(results_graph, data))
    return Report(conforms=bool(conforms), results=results)


def _results(results: Graph, data: Graph):
    bindings = {**prefixes(), **bindings_of(data)}

    def show(term) -> str:
        return "[]" if isinstance(term, BNode) else compact(term, bindings)

    for node in results.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
        path = results.value(node, SH.resultPath)
        component = results.value(node, SH.sourceConstraintComponent)
        message = messages[0] if messages else show(component)
        yield Result(
            focus=show(results.value(node, SH.focusNode)),
            path=show(path) if not isinstance(path, BNode) else "(path)",
            message=" ".join(message.split()),
            severity=_SEVERITY.get(results.value(node, SH.resultSeverity), "Violation"),
            value=show(results.value(node, SH.value)),
        )
