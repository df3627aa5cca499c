"""SPARQL on Oxigraph over a graph or a store, the `queries/` cookbook (a bare name runs
queries/<name>.rq), and the result formats.

Rows come back as rdflib terms (kg.oxterms.to_rdflib) so callers and the table writer see
what they always saw; the evaluation itself is Oxigraph's. The default graph of a query is
the union of all graphs (a set: a triple several documents state is one triple), as `kg
serve` offers it: the stores kg.oxterms and kg.store make hold that union as their default
graph, and queries read it as it is.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import ResultRow

from .errors import FormatError, QueryError
from .inputs import read_text_file
from .oxterms import graph_to_store, to_rdflib
from .rdf.build import DEFAULT_BASE, bindings_of, compact, prefixes

QUERY_FORMATS = ("table", "csv", "tsv", "json")
# CONSTRUCT/DESCRIBE give a graph: the default (table) prints Turtle, json is JSON-LD;
# csv and tsv are tables of solutions, so they are refused for a graph.
_GRAPH_FORMATS = {"table": "turtle", "json": "json-ld"}
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_ORDER_BY = re.compile(r"\border\s+by\b", re.I)
MAX_CELL = 80
_SELECT_STAR = re.compile(r"\bselect\s+(distinct\s+|reduced\s+)?\*", re.I)
_BARE = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.nonNegativeInteger,
         XSD.int, XSD.long}
_VOID_SPACE = "SELECT DISTINCT ?s WHERE { ?d <http://rdfs.org/ns/void#uriSpace> ?s } ORDER BY ?s LIMIT 1"


def check_format(fmt: str) -> str:
    """A result format (table csv tsv json) or an RDF format in any spelling of
    kg.rdf.formats (for CONSTRUCT/DESCRIBE), as its canonical name."""
    from .rdf.formats import FORMATS, normalize_format

    name = fmt.strip().lower()
    if name in QUERY_FORMATS:
        return name
    try:
        return normalize_format(fmt)
    except FormatError:
        raise FormatError(f"unknown format '{fmt}' (choose from: {', '.join(QUERY_FORMATS)}; "
                          f"CONSTRUCT/DESCRIBE also {', '.join(FORMATS)})") from None


@dataclass
class Result:
    """What rdflib's Result offered the callers: type, vars, rows, askAnswer, graph."""
    type: str
    vars: list = field(default_factory=list)
    bindings: list = field(default_factory=list)
    askAnswer: bool | None = None
    graph: Graph | None = None
    prefixes: dict = field(default_factory=dict)

    def __iter__(self):
        return (ResultRow(b, self.vars) for b in self.bindings)

    def __len__(self):
        return len(self.bindings)


def cookbook() -> dict[str, Path]:
    """Cookbook queries by name: queries/ of the checkout, or the copy in the installed
    package (kg.inputs.resource_dirs)."""
    from .inputs import resource_dirs

    folders = resource_dirs("queries")
    return {p.stem: p for p in sorted(folders[0].glob("*.rq"))} if folders else {}


def resolve_query(query: str | None, file: str | None = None) -> tuple[str, str]:
    """(SPARQL text, where it came from). A bare word is a cookbook name: SPARQL text
    always has spaces or braces, so the two never clash."""
    if file and query:
        raise QueryError("give either a QUERY or --file, not both")
    if file:
        if Path(file).exists() and not Path(file).is_file():  # a FIFO would block forever
            raise QueryError(f"{file}: not a regular file, expected a .rq query file")
        return read_text_file(Path(file)), file
    if not query or not query.strip():
        raise QueryError("no query given (a SPARQL string, a cookbook name, or --file Q.rq)")
    if query.endswith(".rq") and Path(query).is_file():
        return read_text_file(Path(query)), query
    if _NAME.match(query):
        book = cookbook()
        name = query.removesuffix(".rq")
        if name in book:
            return read_text_file(book[name]), str(book[name])
        known = ", ".join(book) or "none yet"
        raise QueryError(f"unknown cookbook query '{query}' (available: {known})")
    return query, "<argument>"


def store_prefixes(store: ox.Store) -> dict[str, str]:
    """Our prefixes, ent: and doc: under the base IRI the run record names."""
    try:
        found = [row["s"].value for row in store.query(_VOID_SPACE)]
    except (SyntaxError, OSError):  # pragma: no cover - the query is ours
        found = []
    return prefixes(found[0] if found else DEFAULT_BASE)


def run_query(data, text: str, union_default_graph: bool = False) -> Result:
    """Evaluate SPARQL on Oxigraph over `data`: a pyoxigraph Store, or an rdflib Graph or
    Dataset (copied into an in-memory store). Our prefixes (nkg:, ent:, …) are predeclared.
    Any parse or evaluation failure is a QueryError; SERVICE and FROM are refused
    (kg.query_limits).

    The query's default graph is the store's default graph, which in the stores kg makes
    (kg.store, kg.oxterms) is the union of all graphs. For another store that keeps its
    triples in named graphs only, union_default_graph=True reads them all (Oxigraph's own
    union: a triple held by two graphs then matches twice)."""
    from .query_limits import check_query

    check_query(text)
    if isinstance(data, ox.Store):
        store, bindings = data, store_prefixes(data)
    else:
        store, bindings = graph_to_store(data), {**prefixes(), **bindings_of(data)}
    try:
        raw = store.query(text, prefixes=bindings, use_default_graph_as_union=union_default_graph)
        if isinstance(raw, ox.QueryBoolean):
            return Result("ASK", askAnswer=bool(raw), prefixes=bindings)
        if isinstance(raw, ox.QuerySolutions):
            names = [v.value for v in raw.variables]
            variables = [Variable(n) for n in names]
            rows = []
            for sol in raw:
                row = {}
                for n, v in zip(names, variables):
                    term = sol[n]
                    if term is not None:
                        row[v] = to_rdflib(term)
                rows.append(row)
            return Result("SELECT", vars=variables, bindings=rows, prefixes=bindings)
        out = Graph(bind_namespaces="none")
        for prefix, ns in bindings.items():
            out.bind(prefix, ns, override=True, replace=True)
        for t in raw:
            out.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        kind = "DESCRIBE" if re.search(r"\bdescribe\b", _strip_comments(text), re.I) else "CONSTRUCT"
        return Result(kind, graph=out, prefixes=bindings)
    except (SyntaxError, OSError, ValueError, TypeError) as exc:
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"bad SPARQL: {msg[:300]}") from None


def _strip_comments(text: str) -> str:
    return re.sub(r"#[^\n]*", "", text)


def format_result(result: Result, fmt: str, graph: Graph | None = None, query_text: str = "") -> bytes:
    fmt = check_format(fmt)
    if result.type == "ASK":
        value = bool(result.askAnswer)
        if fmt == "json":
            return (json.dumps({"head": {}, "boolean": value}) + "\n").encode()
        return b"true\n" if value else b"false\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from .rdf.serialize import serialize

        if fmt in ("csv", "tsv"):
            raise QueryError(f"a {result.type} query gives a graph, not a table: use -f turtle, nt, "
                             f"nq, trig, json-ld or xml, not {fmt}")
        return serialize(result.graph, _GRAPH_FORMATS.get(fmt, fmt))
    if fmt not in QUERY_FORMATS:
        raise QueryError(f"format '{fmt}' is for CONSTRUCT/DESCRIBE results; "
                         f"a SELECT gives {', '.join(QUERY_FORMATS)}")

    order = _ordered_vars(list(result.vars), query_text)
    variables = [str(v) for v in order]
    rows = [[row.get(v) for v in order] for row in result.bindings]
    if not _ORDER_BY.search(query_text):
        # No ORDER BY: sort, so the output does not depend on the engine's row order.
        rows.sort(key=lambda r: [("" if t is None else t.n3()) for t in r])
    if fmt == "json":
        return _json(variables, rows)
    if fmt == "csv":
        return _csv(variables, rows)
    if fmt == "tsv":
        return _tsv(variables, rows)
    bindings = result.prefixes or prefixes()
    return _table(variables, [[_display(t, bindings) for t in r] for r in rows])


def _ordered_vars(variables: list, text: str) -> list:
    """SELECT *: the engine lists variables alphabetically; use first appearance in the query."""
    if not _SELECT_STAR.search(text):
        return variables
    first: dict[str, int] = {}
    for m in re.finditer(r"[?$]([A-Za-z0-9_]+)", text):
        first.setdefault(m.group(1), m.start())
    return sorted(variables, key=lambda v: (first.get(str(v), len(text)), str(v)))


def _display(term, bindings: dict[str, str]) -> str:
    # Numbers and booleans read better bare in a table.
    if isinstance(term, Literal) and term.datatype in _BARE:
        return str(term)
    return compact(term, bindings)


def _table(headers: list[str], rows: list[list[str]]) -> bytes:
    def cut(cell: str) -> str:
        cell = " ".join(cell.split())
        return cell if len(cell) <= MAX_CELL else cell[: MAX_CELL - 1] + "…"

    cells = [[cut(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    out = [line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells]
    if not rows:
        out.append("(no results)")
    return ("\n".join(out) + "\n").encode("utf-8")


def _csv(headers: list[str], rows: list[list]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # SPARQL 1.1 CSV results: CRLF
    writer.writerow(headers)
    for r in rows:
        writer.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in r])
    return buf.getvalue().encode("utf-8")


_INTEGER = re.compile(r"^[+-]?[0-9]+$")


def _tsv_term(t) -> str:
    """SPARQL 1.1 TSV results: terms in Turtle syntax, tabs and newlines escaped."""
    if t is None:
        return ""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    if t.datatype == XSD.integer and _INTEGER.match(str(t)):
        return str(t)
    if t.datatype == XSD.boolean and str(t) in ("true", "false"):
        return str(t)
    text = str(t).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\r", "\\r").replace("\t", "\\t")
    if t.language:
        return f'"{text}"@{t.language}'
    if t.datatype and t.datatype != XSD.string:
        return f'"{text}"^^<{t.datatype}>'
    return f'"{text}"'


def _tsv(headers: list[str], rows: list[list]) -> bytes:
    lines = ["\t".join("?" + h for h in headers)] + ["\t".join(_tsv_term(t) for t in r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json_term(t) -> dict:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if isinstance(t, Literal) and t.language:
        out["xml:lang"] = t.language
    elif isinstance(t, Literal) and t.datatype:
        out["datatype"] = str(t.datatype)
    return out


def _json(headers: list[str], rows: list[list]) -> bytes:
    """SPARQL 1.1 Query Results JSON."""
    data = {"head": {"vars": headers},
            "results": {"bindings": [{h: _json_term(t) for h, t in zip(headers, r) if t is not None}
                                     for r in rows]}}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
