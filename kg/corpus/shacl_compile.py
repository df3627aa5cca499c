"""Compiling a SHACL shapes graph into plain Shape objects for kg.corpus.shacl (the
supported components are listed there); anything else raises Unsupported."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH


class Unsupported(Exception):
    pass


_KNOWN_SHAPE_KEYS = {
    RDF.type, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
    SH.property, SH.path, SH.message, SH.name, SH.description, SH.severity, SH.deactivated,
    SH.order, SH.group, RDFS.label, RDFS.comment, SH.flags, SH.defaultValue,
}
_COMPONENTS = {
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive,
    SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength, SH.pattern,
    SH.languageIn, SH["in"], SH.hasValue, SH.equals, SH.disjoint, SH.lessThan,
    SH.lessThanOrEquals, SH.node, SH["and"], SH["or"], SH.xone, SH["not"],
}


@dataclass
class Shape:
    node: object
    path: object = None            # predicate IRI, ('inv', IRI) or None for node shapes
    targets: list = field(default_factory=list)
    checks: list = field(default_factory=list)  # (component, parameter)
    properties: list = field(default_factory=list)
    message: str | None = None
    severity: str = "Violation"
    deactivated: bool = False


def compile_shapes(shapes: Graph) -> list[Shape]:
    """The root shapes (node shapes, property shapes, anything with a target), sorted."""
    compiler = _Compiler(shapes)
    roots = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    for pred in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        roots |= set(shapes.subjects(pred, None))
    return [compiler.compile(r) for r in sorted(roots, key=str)]


class _Compiler:
    def __init__(self, shapes: Graph):
        self.g = shapes
        self.shapes: dict = {}

    def _list(self, node) -> list:
        return list(Collection(self.g, node))

    def compile(self, node) -> Shape:
        if node in self.shapes:
            return self.shapes[node]
        g = self.g
        shape = Shape(node)
        self.shapes[node] = shape
        path = g.value(node, SH.path)
        if path is not None:
            inverse = g.value(path, SH.inversePath) if isinstance(path, BNode) else None
            if isinstance(path, URIRef):
                shape.path = path
            elif isinstance(inverse, URIRef):
                shape.path = ("inv", inverse)
            else:
                raise Unsupported(f"complex path on {node}")
        for p, o in g.predicate_objects(node):
            if p in _COMPONENTS or p in _KNOWN_SHAPE_KEYS:
                continue
            if str(p).startswith(str(SH)):
                raise Unsupported(f"{p} on {node}")
        if (node, RDF.type, RDFS.Class) in g and (node, RDF.type, SH.NodeShape) in g:
            shape.targets.append(("class", node))
        for o in g.objects(node, SH.targetClass):
            shape.targets.append(("class", o))
        for o in g.objects(node, SH.targetNode):
            shape.targets.append(("node", o))
        for o in g.objects(node, SH.targetSubjectsOf):
            shape.targets.append(("subjectsOf", o))
        for o in g.objects(node, SH.targetObjectsOf):
            shape.targets.append(("objectsOf", o))
        msg = sorted(str(m) for m in g.objects(node, SH.message))
        shape.message = msg[0] if msg else None
        sev = g.value(node, SH.severity)
        shape.severity = {SH.Warning: "Warning", SH.Info: "Info"}.get(sev, "Violation")
        shape.deactivated = bool(g.value(node, SH.deactivated) is not None and g.value(node, SH.deactivated).toPython() is True)
        if g.value(node, SH.flags) is not None and g.value(node, SH.pattern) is None:
            raise Unsupported("sh:flags without sh:pattern")
        for comp in sorted(_COMPONENTS, key=str):
            name = str(comp)[len(str(SH)):]
            for param in g.objects(node, comp):
                if name in ("in", "languageIn"):
                    items = self._list(param)
                    param = [str(x).lower() for x in items] if name == "languageIn" else set(items)
                elif name in ("and", "or", "xone"):
                    param = [self.compile(x) for x in self._list(param)]
                elif name in ("node", "not"):
                    param = self.compile(param)
                elif name == "pattern":
                    flags = str(g.value(node, SH.flags) or "")
                    re_flags = 0
                    for ch in flags:
                        re_flags |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}.get(ch, 0)
                    param = re.compile(str(param), re_flags)
                elif name in ("minCount", "maxCount", "minLength", "maxLength"):
                    param = int(param)
                elif name == "nodeKind":
                    param = str(param)[len(str(SH)):]
                shape.checks.append((name, param))
        for p in g.objects(node, SH.property):
            shape.properties.append(self.compile(p))
        return shape
