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
def _load_shapes(path: str, stamp: tuple = ()) -> Graph:
    """A shapes file, read as strictly as any user graph (kg.rdf.reading); cached per
    (path, size, mtime), so an edited file is read again."""
    from .inputs import load_graph

    if not Path(path).is_file():
        raise InputError(f"{path}: no such shapes file")
    try:
        shapes = union_graph(load_graph(path))
    except InputError as exc:
        raise InputError(f"shapes file: {exc.one_line()}") from None
    _check_sparql(shapes, path)
    return shapes


def _check_sparql(shapes: Graph, name: str) -> None:
    """SHACL-SPARQL in user shapes runs on rdflib, which would follow SERVICE to any URL:
    the same rule as `kg query` (kg.query_limits), and the query must parse."""
    queries = [(prop, sorted(str(t) for t in shapes.objects(None, prop)))
               for prop in (SH.select, SH.ask, SH.construct, SH.update)]
    if not any(texts for _, texts in queries):
        return  # rdflib's SPARQL parser costs 0.15 s to import: not for shapes without SPARQL
    from rdflib.plugins.sparql import prepareQuery

    from .query_limits import forbidden_clause

    namespaces = dict(shapes.namespaces())
    for decl in shapes.objects(None, SH.declare):  # sh:prefixes declarations
        prefix, ns = shapes.value(decl, SH.prefix), shapes.value(decl, SH.namespace)
        if prefix is not None and ns is not None:
            namespaces[str(prefix)] = str(ns)
    for prop, texts in queries:
        for text in texts:
            clause = forbidden_clause(text)
            if clause:
                raise InputError(f"{name}: {clause} is not allowed in the shapes' SPARQL (no network, "
                                 f"no other data)")
            if prop != SH.update:
                try:
                    prepareQuery(text.replace("$", "?"), initNs=namespaces)
                except Exception as exc:  # pyparsing and rdflib raise many types
                    msg = " ".join(str(exc).split())[:200]
                    raise InputError(f"{name}: the SPARQL of a shape ({prop.n3(shapes.namespace_manager)}) "
                                     f"does not parse: {msg}") from None


def load_shapes(shapes: Graph | str | Path | None = None) -> Graph:
    if isinstance(shapes, Graph):
        return shapes
    path = Path(shapes) if shapes else resource_path(SHAPES)
    try:
        info = path.stat()
        stamp = (info.st_size, info.st_mtime_ns)
    except OSError:
        stamp = ()
    return _load_shapes(str(path), stamp)


def validate(graph: Graph, shapes: Graph | str | Path | None = None) -> Report:
    """Validate the union of `graph` (a Graph or a Dataset). Only violations make a graph
    non-conforming; warnings and infos are reported but do not block writing."""
    import pyshacl

    data = union_graph(graph)
    logging.getLogger("pyshacl").setLevel(logging.ERROR)
    try:
        conforms, results_graph, text = pyshacl.validate(
            data, shacl_graph=load_shapes(shapes), inference="none",
            allow_warnings=True, allow_infos=True, meta_shacl=False, advanced=False)
    except InputError:
        raise
    except Exception as exc:  # a user's SHACL-SPARQL can fail in many ways inside pyshacl
        msg = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(f"the shapes cannot be applied: {msg}") from None
    if not isinstance(results_graph, Graph):  # pyshacl returns a failure, not a report
        msg = " ".join(str(text or results_graph).split())[:200]
        raise InputError(f"the shapes cannot be applied: {msg}")
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
