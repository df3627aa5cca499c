"""SPARQL over a loaded graph, and the `queries/` cookbook (a bare name runs queries/<name>.rq)."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .errors import QueryError
from .inputs import read_text_file
from .rdf.build import bindings_of, compact, prefixes

QUERY_FORMATS = ("table", "csv", "json")
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_ORDER_BY = re.compile(r"\border\s+by\b", re.I)
MAX_CELL = 80
_SELECT_STAR = re.compile(r"\bselect\s+(distinct\s+|reduced\s+)?\*", re.I)
_BARE = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.nonNegativeInteger,
         XSD.int, XSD.long}


def cookbook() -> dict[str, Path]:
    """Cookbook queries by name, from queries/ next to the package (editable install)."""
    import kg

    folder = Path(kg.__file__).resolve().parent.parent / "queries"
    return {p.stem: p for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def resolve_query(query: str | None, file: str | None = None) -> tuple[str, str]:
    """(SPARQL text, where it came from). A bare word is a cookbook name: SPARQL text
    always has spaces or braces, so the two never clash."""
    if file and query:
        raise QueryError("give either a QUERY or --file, not both")
    if file:
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


def run_query(graph: Graph, text: str):
    """An evaluated rdflib Result; any parse or evaluation failure is a QueryError."""
    init_ns = {**prefixes(), **bindings_of(graph)}
    try:
        result = graph.query(text, initNs=init_ns)
        if result.type == "SELECT":
            result.bindings  # force evaluation inside the try
        elif result.type in ("CONSTRUCT", "DESCRIBE"):
            result.graph
    except Exception as exc:
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"bad SPARQL: {msg[:300]}") from None
    return result


def format_result(result, fmt: str, graph: Graph, query_text: str = "") -> bytes:
    if fmt not in QUERY_FORMATS:
        raise QueryError(f"unknown query output format '{fmt}' (choose from: {', '.join(QUERY_FORMATS)})")
    if result.type == "ASK":
        value = bool(result.askAnswer)
        if fmt == "json":
            return (json.dumps({"head": {}, "boolean": value}) + "\n").encode()
        return b"true\n" if value else b"false\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from .rdf.serialize import serialize

        out = result.graph
        for prefix, ns in {**prefixes(), **bindings_of(graph)}.items():
            out.bind(prefix, ns, override=True, replace=True)
        return serialize(out, {"table": "turtle", "csv": "nt", "json": "json-ld"}[fmt])

    order = _ordered_vars(list(result.vars), query_text)
    variables = [str(v) for v in order]
    rows = [[row.get(v) for v in order] for row in result]
    if not _ORDER_BY.search(query_text):
        # No ORDER BY: rdflib's row order follows hash order; sort for stable output.
        rows.sort(key=lambda r: [("" if t is None else t.n3()) for t in r])
    if fmt == "json":
        return _json(variables, rows)
    if fmt == "csv":
        return _csv(variables, rows)
    bindings = {**prefixes(), **bindings_of(graph)}
    return _table(variables, [[_display(t, bindings) for t in r] for r in rows])


def _ordered_vars(variables: list, text: str) -> list:
    """SELECT *: rdflib lists variables in hash order; use first appearance in the query."""
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
