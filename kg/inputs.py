"""Reading what users hand us: news texts, RDF graphs, and the bundled data files.

Every problem becomes an InputError with a one-line message naming the file.
"""
from __future__ import annotations

import glob

import logging
import sys
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Iterable

from rdflib import Dataset, Graph

from .errors import FormatError, InputError
from .ids import document_id
from .records import Document

MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"

# Extension -> rdflib parser name; also used to guess output formats.
RDF_EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
    ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
}
# Our format names (kg.rdf.serialize.FORMATS) -> rdflib parser names.
PARSER_NAMES = {"turtle": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig",
                "json-ld": "json-ld", "xml": "xml"}


def resource_path(relative: str) -> Path:
    """A data file of the project (e.g. 'shapes/newskg.shapes.ttl'): the checkout next
    to the package (editable install), else a copy shipped as package data in kg/data/."""
    import kg

    candidates = [Path(kg.__file__).resolve().parent.parent / relative]
    try:
        candidates.append(Path(str(resources.files("kg").joinpath("data", Path(relative).name))))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        pass
    for path in candidates:
        if path.is_file():
            return path
    raise InputError(f"data file not found: {relative}")


# ---------------------------------------------------------------- texts

def _decode(data: bytes, name: str) -> str:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 at byte offset {exc.start}") from None
    text = text.removeprefix("\ufeff")  # a BOM is not part of the article
    if not text.strip():
        raise InputError(f"{name}: empty input (no text)")
    return text


def _read_limited(stream: BinaryIO, name: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name}: larger than the {limit // (1024 * 1024)} MB limit")
    return data


def read_text_file(path: Path, limit: int = MAX_BYTES) -> str:
    if path.exists() and not path.is_file():  # a FIFO would block the read
        raise InputError(f"{path}: not a regular file")
    try:
        if path.stat().st_size > limit:
            raise InputError(f"{path}: larger than the {limit // (1024 * 1024)} MB limit")
        with path.open("rb") as fh:
            return _decode(_read_limited(fh, str(path), limit), str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def expand_inputs(args: Iterable[str], suffixes: tuple[str, ...] = (".txt",),
                  globs: bool = False) -> list[str | Path]:
    """Files as given, directories as their files with one of `suffixes` (recursive,
    sorted), glob patterns as their matches when `globs`, '-' kept; a file named twice is
    read once."""
    out: list[str | Path] = []
    seen: set[Path] = set()
    for arg in args:
        if arg == STDIN:
            if STDIN in out:
                raise InputError("'-' (stdin) given more than once")
            out.append(STDIN)
            continue
        path = Path(arg)
        if path.is_dir():
            # Not only regular files: a FIFO or a broken link is then reported, not skipped silently.
            files = sorted(p for p in path.rglob("*") if not p.is_dir() and p.name.lower().endswith(suffixes))
            if not files:
                kinds = " or ".join(dict.fromkeys("." + x.split(".")[1] for x in suffixes))
                raise InputError(f"{path}: directory has no {kinds} files")
        elif path.exists():
            files = [path]
        elif globs and set("*?[") & set(arg):
            files = sorted(Path(p) for p in glob.glob(arg, recursive=True) if not Path(p).is_dir())
            if not files:
                raise InputError(f"{arg}: no files match")
        else:
            raise InputError(f"{path}: no such file or directory")
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def read_documents(args: Iterable[str], stdin: BinaryIO | None = None,
                   limit: int = MAX_BYTES) -> list[Document]:
    """Documents for `kg extract` inputs. Id: the slugged file stem; for stdin a text hash."""
    docs: list[Document] = []
    origin: dict[str, str] = {}
    for item in expand_inputs(args):
        if item == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            text = _decode(_read_limited(stream, "<stdin>", limit), "<stdin>")
            name, doc_id = "<stdin>", document_id(text)
        else:
            text = read_text_file(item, limit)
            name, doc_id = str(item), document_id(text, item.stem)
        if doc_id in origin:
            # Same id = same IRI: the graph would silently merge two articles.
            raise InputError(f"{name}: document id '{doc_id}' already used by {origin[doc_id]}; rename one file")
        origin[doc_id] = name
        docs.append(Document(id=doc_id, text=text))
    return docs


# ---------------------------------------------------------------- graphs

def guess_rdf_format(path: str | Path, default: str | None = None) -> str:
    """rdflib parser name from a file extension."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in RDF_EXTENSIONS:
        return RDF_EXTENSIONS[suffix]
    if default:
        return default
    known = " ".join(sorted(RDF_EXTENSIONS))
    raise FormatError(f"{path}: cannot tell the RDF format from the extension (known: {known})")


def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file into a Dataset whose default graph is the union of all graphs."""
    path = Path(str(path))
    parser = PARSER_NAMES.get(fmt, fmt) if fmt else guess_rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    try:
        if path.stat().st_size > MAX_BYTES * 4:
            raise InputError(f"{path}: larger than the {MAX_BYTES * 4 // (1024 * 1024)} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, expected RDF ({parser})")
    ds = Dataset(default_union=True)
    logging.getLogger("rdflib").setLevel(logging.ERROR)  # ill-typed literal chatter
    try:
        if not data.strip():
            raise InputError(f"{path}: empty file")
        if parser in ("nquads", "trig"):
            ds.parse(data=data, format=parser)
        else:
            # Triple formats go to the default graph.
            ds.default_graph.parse(data=data, format=parser)
    except InputError:
        raise
    except Exception as exc:  # parsers raise many types (BadSyntax, SAX, JSON, ...)
        msg = _oxigraph_message(data, parser) or " ".join(str(exc).split()) or type(exc).__name__
        if len(msg) > 200:
            msg = msg[:200] + "…"
        raise InputError(f"{path}: not valid {parser}: {msg}") from None
    return ds


def _oxigraph_message(data: bytes, parser: str) -> str | None:
    """rdflib's syntax errors can be cryptic ('string index out of range'); pyoxigraph
    names the line and column, so ask it for the message once parsing has failed."""
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
               "xml": ox.RdfFormat.RDF_XML}
    if parser not in formats:
        return None
    try:
        for _ in ox.parse(data, format=formats[parser]):
            pass
    except SyntaxError as exc:
        return " ".join(str(exc).split())
    except Exception:
        return None
    return None
