"""A small, fast SHACL Core validator for per-document graphs.

pyshacl costs ~30 ms per news document (about as much as spaCy itself), which would make
validation the bulk of a corpus run. The shapes file uses a handful of SHACL Core
components on simple paths, so this module compiles the shapes graph once into plain
Python checks and evaluates them over a dict index of one document's triples.

Supported: targets sh:targetClass (with rdfs:subClassOf in the data), sh:targetNode,
sh:targetSubjectsOf, sh:targetObjectsOf, implicit class targets; sh:property with a
predicate path (or sh:inversePath of one); sh:class, sh:datatype, sh:nodeKind,
sh:minCount, sh:maxCount, sh:minInclusive, sh:maxInclusive, sh:minExclusive,
sh:maxExclusive, sh:minLength, sh:maxLength, sh:pattern (+ sh:flags), sh:languageIn,
sh:in, sh:hasValue, sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals,
sh:node, sh:and, sh:or, sh:xone, sh:not, sh:deactivated, sh:severity, sh:message.
Anything else (sh:closed, SPARQL constraints, complex paths, qualified shapes, ...)
raises Unsupported at compile time, and the caller falls back to pyshacl
(kg.validate.validate). tests/test_corpus.py checks this validator against pyshacl on
conforming and broken graphs.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..validate import Report, Result, load_shapes
from ..rdf.build import compact, prefixes
from .shacl_compile import Shape, Unsupported, compile_shapes  # noqa: F401 (Unsupported re-exported)


_LANGSTRING = RDF.langString
_XSD_STRING = XSD.string
_TYPE = RDF.type
_SUBCLASS = RDFS.subClassOf


class Data:
    """Forward and backward index of one graph's triples."""

    def __init__(self, triples: Iterable[tuple]):
        self.out: dict = {}
        self.inv: dict = {}
        for s, p, o in triples:
            self.out.setdefault(s, {}).setdefault(p, []).append(o)
            self.inv.setdefault(o, {}).setdefault(p, []).append(s)
        self._super: dict = {}
        self._instances: dict | None = None

    def values(self, node, path) -> list:
        if isinstance(path, tuple):
            found = self.inv.get(node, {}).get(path[1], ())
        else:
            found = self.out.get(node, {}).get(path, ())
        # most lists hold one value: no de-duplication (rdflib's Literal hash is Python code)
        return list(found) if len(found) < 2 else list(dict.fromkeys(found))

    def superclasses(self, cls) -> set:
        got = self._super.get(cls)
        if got is None:
            got, todo = {cls}, [cls]
            while todo:
                for sup in self.out.get(todo.pop(), {}).get(_SUBCLASS, ()):
                    if sup not in got:
                        got.add(sup)
                        todo.append(sup)
            self._super[cls] = got
        return got

    def is_instance(self, node, cls) -> bool:
        return any(cls in self.superclasses(t) for t in self.out.get(node, {}).get(_TYPE, ()))

    def instances(self, cls) -> list:
        if self._instances is None:  # one pass over the typed nodes for every class target
            index: dict = {}
            for t, nodes in self.inv.items():
                if _TYPE in nodes:
                    for c in self.superclasses(t):
                        index.setdefault(c, []).extend(nodes[_TYPE])
            self._instances = index
        return list(dict.fromkeys(self._instances.get(cls, ())))


class Validator:
    def __init__(self, shapes: Graph):
        self.roots = compile_shapes(shapes)
        self.bindings = prefixes()

    # ------------------------------------------------------------ evaluation

    def focus_nodes(self, shape: Shape, data: Data) -> list:
        nodes: list = []
        for kind, arg in shape.targets:
            if kind == "class":
                nodes += data.instances(arg)
            elif kind == "node":
                nodes.append(arg)
            elif kind == "subjectsOf":
                nodes += [s for s, ps in data.out.items() if arg in ps]
            else:
                nodes += [o for o, ps in data.inv.items() if arg in ps]
        return list(dict.fromkeys(nodes))

    def validate(self, data: Data) -> list[Result]:
        results: list[Result] = []
        for shape in self.roots:
            for focus in self.focus_nodes(shape, data):
                self.check(shape, focus, data, results)
        return sorted(set(results))

    def conforms(self, shape: Shape, focus, data: Data) -> bool:
        """Does `focus` conform to `shape` (sh:node, sh:or, ...)? Any failure counts,
        whatever its severity (SHACL: nested results are not reported)."""
        if shape.deactivated:
            return True
        values = [focus] if shape.path is None else data.values(focus, shape.path)
        for comp, param in shape.checks:
            for _ in self._failures(comp, param, focus, values, data):
                return False
        for prop in shape.properties:
            for f in [focus] if shape.path is None else values:
                if not self.conforms(prop, f, data):
                    return False
        return True

    def check(self, shape: Shape, focus, data: Data, out: list) -> None:
        if shape.deactivated:
            return
        values = [focus] if shape.path is None else data.values(focus, shape.path)
        for comp, param in shape.checks:
            for value in self._failures(comp, param, focus, values, data):
                out.append(self._result(shape, comp, focus, value))
        for prop in shape.properties:
            for focus_value in [focus] if shape.path is None else values:
                self.check(prop, focus_value, data, out)

    def _failures(self, comp, param, focus, values, data: Data):
        """Value nodes that violate one component (None = the focus node as a whole)."""
        if comp == "minCount":
            if len(values) < param:
                yield None
            return
        if comp == "maxCount":
            if len(values) > param:
                yield None
            return
        if comp == "hasValue":
            if param not in values:
                yield None
            return
        if comp in ("equals", "disjoint", "lessThan", "lessThanOrEquals"):
            others = data.values(focus, param)
            if comp == "equals":
                yield from (v for v in set(values) ^ set(others))
                return
            for v in values:
                if comp == "disjoint":
                    if v in others:
                        yield v
                    continue
                for w in others:
                    if not _compare(v, w, strict=comp == "lessThan"):
                        yield v
                        break
            return
        for v in values:
            if not self._value_ok(comp, param, v, data):
                yield v

    def _value_ok(self, comp, param, v, data: Data) -> bool:
        if comp == "class":
            return not isinstance(v, Literal) and data.is_instance(v, param)
        if comp == "datatype":
            if not isinstance(v, Literal):
                return False
            if param == _LANGSTRING:
                return bool(v.language)
            dt = v.datatype or (None if v.language else _XSD_STRING)
            return dt == param and not getattr(v, "ill_typed", False)
        if comp == "nodeKind":
            kind = "IRI" if isinstance(v, URIRef) else "BlankNode" if isinstance(v, BNode) else "Literal"
            return kind in param
        if comp in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
            if not isinstance(v, Literal):
                return False
            if comp == "minInclusive":
                return _compare(param, v, strict=False)
            if comp == "maxInclusive":
                return _compare(v, param, strict=False)
            if comp == "minExclusive":
                return _compare(param, v, strict=True)
            return _compare(v, param, strict=True)
        if comp in ("minLength", "maxLength"):
            if isinstance(v, BNode):
                return False
            return len(str(v)) >= param if comp == "minLength" else len(str(v)) <= param
        if comp == "pattern":
            return not isinstance(v, BNode) and bool(param.search(str(v)))
        if comp == "languageIn":
            lang = (v.language or "").lower() if isinstance(v, Literal) else ""
            return bool(lang) and any(lang == r or lang.startswith(r + "-") or r == "*" for r in param)
        if comp == "in":
            return v in param
        if comp == "node":
            return self.conforms(param, v, data)
        if comp == "not":
            return not self.conforms(param, v, data)
        if comp == "and":
            return all(self.conforms(s, v, data) for s in param)
        if comp == "or":
            return any(self.conforms(s, v, data) for s in param)
        if comp == "xone":
            return sum(1 for s in param if self.conforms(s, v, data)) == 1
        raise Unsupported(str(comp))  # pragma: no cover

    def _result(self, shape: Shape, comp, focus, value) -> Result:
        show = lambda t: "" if t is None else "[]" if isinstance(t, BNode) else compact(t, self.bindings)  # noqa: E731
        path = shape.path
        if isinstance(path, tuple):
            path_text = "(path)"
        else:
            path_text = show(path) if path is not None else ""
        message = shape.message or f"sh:{comp} constraint not met"
        return Result(focus=show(focus), path=path_text, message=" ".join(message.split()),
                      severity=shape.severity, value=show(value))


def _compare(a, b, strict: bool) -> bool:
    """a < b (strict) or a <= b on literal values; incomparable values fail."""
    if not (isinstance(a, Literal) and isinstance(b, Literal)):
        return False
    x, y = a.toPython(), b.toPython()
    if isinstance(x, Literal) or isinstance(y, Literal) or isinstance(x, str) != isinstance(y, str):
        return False
    try:
        return x < y if strict else x <= y
    except TypeError:
        return False


@lru_cache(maxsize=4)
def _validator(key: str) -> Validator:
    return Validator(load_shapes(key or None))


def get_validator(shapes: str | None = None) -> Validator:
    """Compiled validator for a shapes file (default: the project shapes); raises Unsupported."""
    return _validator(str(shapes or ""))


def validate_triples(triples: Iterable[tuple], shapes: str | None = None) -> Report:
    """SHACL report for a set of (s, p, o) rdflib terms; falls back to pyshacl for shapes
    this module cannot compile."""
    triples = list(triples)
    try:
        validator = get_validator(shapes)
    except Unsupported:
        from ..validate import validate

        g = Graph()
        for t in triples:
            g.add(t)
        return validate(g, shapes)
    results = validator.validate(Data(triples))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)
