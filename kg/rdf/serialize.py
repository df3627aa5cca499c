"""Byte-stable serialization and atomic writes.

Determinism (same graph -> same bytes in any process, any PYTHONHASHSEED):
- nt, nq: pyoxigraph's canonical N-Triples/N-Quads lines, sorted.
- turtle: pyoxigraph's Turtle writer fed the sorted N-Triples lines.
- trig: pyoxigraph's TriG writer fed the N-Quads lines sorted by graph (default graph
  first), then by line (trig_key).
The streaming writer of `kg extract` (kg.corpus.assemble) feeds the same writers the same
sorted lines from disk, so both give the same bytes.
- xml: pyoxigraph RDF/XML fed sorted triples (rdflib's order follows set iteration).
- json-ld: rdflib with the embedded context, then nodes and arrays sorted.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, NamespaceManager

from ..errors import OutputError
from .build import union_graph
# Format names, spellings and extensions: one table for every command (kg.rdf.formats).
from .formats import EXTENSIONS, FORMATS, QUAD_FORMATS, format_for_path, normalize_format  # noqa: F401
from .namespaces import PREFIXES


def serialize(data: Graph | Dataset, fmt: str) -> bytes:
    """`data` is never modified: rdflib binds its default prefixes into a store as a side
    effect of serializing, so every format works on a fresh copy with clean prefixes."""
    fmt = normalize_format(fmt)
    bindings = _bindings(data)
    if fmt in ("trig", "nq"):
        lines = _sorted_lines(ox.serialize(_ox_quads(data), format=ox.RdfFormat.N_QUADS))
        if fmt == "nq":
            return lines
        keyed = sorted(trig_key(line) + line for line in _split_lines(lines))
        return write_trig(b"".join(strip_trig_key(k) for k in keyed), bindings)
    graph = _copy_graph(data, bindings)
    if fmt == "turtle":
        return write_turtle(_sorted_lines(ox.serialize(_ox_triples(graph), format=ox.RdfFormat.N_TRIPLES)),
                            bindings)
    if fmt == "json-ld":
        return _jsonld(graph)
    if fmt == "nt":
        return _sorted_lines(ox.serialize(_ox_triples(graph), format=ox.RdfFormat.N_TRIPLES))
    check_xml_chars(graph)
    return ox.serialize(_ox_triples(graph), format=ox.RdfFormat.RDF_XML,
                        prefixes=_used_prefixes(graph, bindings))


# ---------------------------------------------------------------- helpers

_OURS = {*PREFIXES, "ent", "doc"}


def _bindings(data: Graph) -> dict[str, str]:
    """prefix -> namespace, one prefix per namespace, ours preferred (dct over dcterms)."""
    by_ns: dict[str, str] = {}
    for prefix, ns in sorted(data.namespaces(), key=lambda pn: (pn[0] not in _OURS, pn[0])):
        if prefix and prefix != "xml":
            by_ns.setdefault(str(ns), prefix)
    return {p: ns for ns, p in sorted(by_ns.items(), key=lambda item: item[1])}


def _bind_all(graph: Graph, bindings: dict[str, str]) -> None:
    graph.namespace_manager = NamespaceManager(graph, bind_namespaces="none")
    for prefix, ns in bindings.items():
        graph.bind(prefix, URIRef(ns), override=True, replace=True)


def _copy_graph(data: Graph, bindings: dict[str, str]) -> Graph:
    graph = Graph(bind_namespaces="none")
    _bind_all(graph, bindings)
    for s, p, o in union_graph(data) if isinstance(data, Dataset) else data:
        graph.add((s, p, o))
    return graph


def _quads(data: Graph):
    """(s, p, o, graph IRI or None for the default graph)."""
    if not isinstance(data, Dataset):
        for s, p, o in data:
            yield s, p, o, None
        return
    for s, p, o, g in data.quads((None, None, None, None)):
        gid = getattr(g, "identifier", g)
        yield s, p, o, (None if gid in (None, DATASET_DEFAULT_GRAPH_ID) else gid)


def _split_lines(data: bytes) -> list[bytes]:
    """N-Triples / N-Quads lines, each with its newline. Only LF ends a line: U+2028,
    U+2029 and U+0085 may stand raw in literals, so never str.splitlines()."""
    return [line + b"\n" for line in data.split(b"\n") if line]


def _sorted_lines(data: bytes) -> bytes:
    return b"".join(sorted(set(_split_lines(data))))


# Characters XML 1.0 cannot hold, not even as character references. kg extract replaces
# them in texts and refuses them in metadata (kg.corpus.cleaning); a graph from elsewhere
# that holds one cannot be written as RDF/XML.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def check_xml_chars(graph) -> None:
    for triple in graph:
        for t in triple:
            m = _NOT_XML.search(str(t))
            if m:
                raise OutputError(f"cannot write RDF/XML: a term holds U+{ord(m.group()):04X}, which XML "
                                  f"cannot represent (choose another format)")


def to_ox(term):
    """An rdflib term as a pyoxigraph term (also used by kg.oxterms)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):  # never in our output; kept for foreign graphs
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot serialize term {term!r}")


def _key(term) -> str:
    return term.n3() if term is not None else ""


def _ox_triples(graph: Graph) -> list:
    # rdf:type first per subject: RDF/XML then writes typed node elements.
    triples = sorted(graph, key=lambda t: (_key(t[0]), t[1] != RDF.type, _key(t[1]), _key(t[2])))
    return [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]


def _ox_quads(data: Graph) -> list:
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph() if g is None else to_ox(g))
            for s, p, o, g in _quads(data)]


def _used_prefixes(graph: Graph, bindings: dict[str, str]) -> dict[str, str]:
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    return {p: ns for p, ns in bindings.items() if any(i.startswith(ns) for i in iris)}


# ---------------------------------------------------------------- Turtle and TriG
# One writer each, for the in-memory graph and for the streamed corpus output alike.

# The subject, predicate and object of a canonical N-Triples / N-Quads line (pyoxigraph's
# output: one space between terms, IRIs without spaces, literals with escaped quotes).
# The literal as "unrolled loop" (runs of plain bytes, then an escape): matching the
# long nif:isString literals byte by byte through an alternation cost 0.05 s per 100k lines.
NQ_TRIPLE = re.compile(rb'(<[^>]*>|_:[^ ]+) (<[^>]*>) (<[^>]*>|_:[^ ]+|"[^"\\]*(?:\\.[^"\\]*)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?) ')


def trig_key(line: bytes) -> bytes:
    """Sort prefix of a canonical N-Quads line for TriG: its graph IRI and a space (the
    default graph: a space alone, which sorts first). Sorting key+line groups each graph's
    quads, in graph order."""
    m = NQ_TRIPLE.match(line)
    if m is None:
        raise ValueError(f"not a canonical N-Quads line: {line[:200]!r}")
    rest = line[m.end():]
    return rest[:rest.rindex(b" .")] + b" " if rest.startswith(b"<") else b" "


def strip_trig_key(keyed: bytes) -> bytes:
    return keyed[1:] if keyed.startswith(b" ") else keyed[keyed.index(b"> ") + 2:]


def write_turtle(nt_lines, prefixes: dict[str, str], output: str | None = None) -> bytes | None:
    """Sorted N-Triples lines (bytes, or a file path) -> Turtle (bytes, or into `output`)."""
    return _ox_write(nt_lines, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE, prefixes, output)


def write_trig(nq_lines, prefixes: dict[str, str], output: str | None = None) -> bytes | None:
    """N-Quads lines in trig_key order (bytes, or a file path) -> TriG."""
    return _ox_write(nq_lines, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, prefixes, output)


def _ox_write(lines, parser, fmt, prefixes, output):
    src = ox.parse(lines, format=parser) if isinstance(lines, bytes) else ox.parse(path=str(lines), format=parser)
    if output is None:
        return ox.serialize(src, format=fmt, prefixes=prefixes)
    ox.serialize(src, output=str(output), format=fmt, prefixes=prefixes)
    return None


@lru_cache(maxsize=1)
def _base_context() -> tuple:
    from ..inputs import resource_path

    ctx = json.loads(resource_path("ontology/context.jsonld").read_text("utf-8"))["@context"]
    return tuple(ctx.items())


def jsonld_context(graph: Graph) -> dict:
    """The file context plus the instance prefixes (ent:, doc:) bound for this base."""
    ctx = dict(_base_context())
    bound = dict(graph.namespaces())
    for prefix in ("ent", "doc"):
        if prefix in bound:
            ctx[prefix] = str(bound[prefix])
    return ctx


def _jsonld(graph: Graph) -> bytes:
    ctx = jsonld_context(graph)
    raw = json.loads(graph.serialize(format="json-ld", context=ctx, auto_compact=True))
    if isinstance(raw, dict):
        nodes = raw.get("@graph", [{k: v for k, v in raw.items() if k != "@context"}] if len(raw) > 1 else [])
    else:
        nodes = raw
    doc = {"@context": ctx, "@graph": _canon(nodes)}
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


_FIRST = ("@context", "id", "@id", "type", "@type")


def _canon(value):
    """Sort arrays by content and node keys (id, type first): rdflib emits set order."""
    if isinstance(value, dict):
        keys = [k for k in _FIRST if k in value] + sorted(k for k in value if k not in _FIRST)
        return {k: _canon(value[k]) for k in keys}
    if isinstance(value, list):
        return sorted((_canon(v) for v in value), key=_sort_key)
    return value


def _sort_key(value) -> tuple:
    if isinstance(value, dict):
        ident = value.get("id", value.get("@id"))
        if ident is not None:
            return (0, str(ident), json.dumps(value, sort_keys=True, ensure_ascii=False))
        return (1, json.dumps(value, sort_keys=True, ensure_ascii=False), "")
    if isinstance(value, str):
        return (2, value, "")
    return (3, json.dumps(value, sort_keys=True, ensure_ascii=False), "")


# ---------------------------------------------------------------- writing

def write_atomic(path: str | Path, data: bytes, make_parents: bool = True) -> None:
    """Write all of `data` or nothing: temp file in the same directory, fsync, rename.
    A symbolic link is written through (its target is replaced, the link stays)."""
    path = through_links(Path(path))
    if path.parent.exists() and not path.parent.is_dir():
        raise OutputError(f"{path}: cannot write ({path.parent} is not a directory)")
    try:
        if make_parents:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_umask())  # mkstemp makes 0600 files
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def through_links(path: Path) -> Path:
    """The file a write to `path` should replace: the target of a symbolic link (also a
    dangling one, as the shell's `>` does), else `path` itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
