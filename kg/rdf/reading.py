"""Reading RDF that users hand us (`validate`, `query`, `stats`, `merge`, `load`, `graph`).

Input is untrusted, so:
- one strict parser, pyoxigraph's: a syntax error or an invalid IRI is a one-line
  InputError (exit 2); rdflib's lenient parsers never see user files;
- only regular files or stdin: a FIFO or a device would block forever;
- bounded: MAX_BYTES of input (after gunzip too) and PARSE_SECONDS of parsing;
- nothing is fetched and no XML entity is expanded: RDF/XML with a DOCTYPE (entity
  declarations, "billion laughs") is refused, JSON-LD with a remote @context is refused;
- the format: --input-format, else the file extension (x.nq.gz: N-Quads, gzipped), else
  the content (sniff), so `kg extract … -o x.out` and stdin read back too.
"""
from __future__ import annotations

import gzip
import os
import re
import stat
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

import pyoxigraph as ox

from ..errors import FormatError, InputError
from .formats import COMPRESSED, FORMATS, format_for_path, normalize_format

MAX_BYTES = int(os.environ.get("KG_MAX_RDF_MB", "200")) * 1024 * 1024
PARSE_SECONDS = float(os.environ.get("KG_PARSE_SECONDS", "300"))
STDIN = "-"
OX = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
      "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
_GZIP = b"\x1f\x8b"
_XML_ELEMENT = re.compile(rb"<[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?[\s/>]")
_TURTLE_START = re.compile(rb"\s*(@prefix|@base|prefix\s|base\s|graph\s|<|_:|\[|\(|\{|[A-Za-z_][\w.-]*:|:)",
                           re.I)
_LINE_TERM = re.compile(rb"\s*(<[^>\s]*>|_:\S+)")


@dataclass
class RdfInput:
    name: str      # for messages: the path, or <stdin>
    data: bytes    # decompressed
    format: str    # canonical name (kg.rdf.formats.FORMATS)
    prefixes: dict | None = None  # what the file declares, once parsed


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def _read_bounded(stream: BinaryIO, name: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name}: larger than the {_mb(limit)} limit")
    return data


def read_bytes(source: str | Path, stdin: BinaryIO | None = None, limit: int | None = None) -> tuple[str, bytes]:
    """(name, bytes) of a regular file or of stdin ('-'), gunzipped, at most `limit`
    (default MAX_BYTES) bytes."""
    limit = MAX_BYTES if limit is None else limit
    if str(source) == STDIN:
        name = "<stdin>"
        data = _read_bounded(stdin if stdin is not None else sys.stdin.buffer, name, limit)
    else:
        path = Path(str(source))
        name = str(path)
        try:
            info = path.stat()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise InputError(f"{path}: {kind}, expected an RDF file")
        if info.st_size > limit:
            raise InputError(f"{path}: larger than the {_mb(limit)} limit")
        try:
            with path.open("rb") as fh:
                data = _read_bounded(fh, name, limit)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data.startswith(_GZIP):
        try:
            with gzip.GzipFile(fileobj=_BytesReader(data)) as fh:
                data = _read_bounded(fh, name, limit)  # a gzip bomb stops at the limit
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{name}: broken gzip data ({exc})") from None
    elif Path(name).suffix.lower() in COMPRESSED:
        raise InputError(f"{name}: only gzip compression is read")
    return name, data


class _BytesReader:
    """A minimal file object over bytes (io.BytesIO would copy them)."""

    def __init__(self, data: bytes):
        self._view, self._pos = memoryview(data), 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._view) if n is None or n < 0 else min(len(self._view), self._pos + n)
        chunk, self._pos = bytes(self._view[self._pos:end]), end
        return chunk


def sniff(data: bytes) -> str | None:
    """The format the content looks like (for names without an RDF extension, and stdin)."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json-ld"
    if head.startswith((b"<?xml", b"<!")) or (_XML_ELEMENT.match(head) and b"xmlns" in head):
        return "xml"
    statements = [line for line in head.splitlines()[:50]
                  if line.strip() and not line.lstrip().startswith(b"#")]
    if statements and all(_LINE_TERM.match(line) for line in statements):
        return "nq"  # N-Quads reads N-Triples too
    if statements and _TURTLE_START.match(statements[0]):
        return "trig"  # TriG reads Turtle too
    return None


def read_input(source: str | Path, fmt: str | None = None, stdin: BinaryIO | None = None) -> RdfInput:
    """Bytes and format of an RDF input, checked (see the module docstring)."""
    fmt = normalize_format(fmt) if fmt else None
    name, data = read_bytes(source, stdin)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), expected RDF")
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if fmt is None and str(source) != STDIN:
        fmt = format_for_path(source, default=None)
    if fmt is None:
        fmt = sniff(data)
        if fmt is None:
            raise FormatError(f"{name}: cannot tell the RDF format (not an RDF extension, and the "
                              f"content does not look like RDF); say it with --input-format "
                              f"({', '.join(FORMATS)})")
    if fmt == "xml" and re.search(rb"<!(DOCTYPE|ENTITY)", data):
        raise InputError(f"{name}: RDF/XML with a DOCTYPE or entity declarations is not read "
                         f"(entities are never expanded)")
    return RdfInput(name, data, fmt)


def parse(inp: RdfInput, rename_blank_nodes: bool = False,
          seconds: float | None = None) -> Iterator[ox.Quad]:
    """The quads of an input, strictly parsed; errors and overlong parses are InputErrors."""
    limit = PARSE_SECONDS if seconds is None else seconds
    deadline = time.monotonic() + limit
    try:
        parser = ox.parse(inp.data, format=OX[inp.format], rename_blank_nodes=rename_blank_nodes)
        for i, quad in enumerate(parser, 1):
            if not i % 4096 and time.monotonic() > deadline:
                raise InputError(f"{inp.name}: parsing took longer than {limit:g} s; giving up")
            yield quad
        inp.prefixes = dict(parser.prefixes)
    except SyntaxError as exc:
        raise InputError(f"{inp.name}: not valid {inp.format}: {_message(exc)}") from None
    except (ValueError, OSError) as exc:  # e.g. a JSON-LD context that would need loading
        raise InputError(f"{inp.name}: not valid {inp.format}: {_message(exc)}") from None
    except MemoryError:  # Oxigraph's buffer for one token is bounded (16 MB)
        raise InputError(f"{inp.name}: a single term is larger than the parser's 16 MB buffer") from None


def _message(exc: Exception) -> str:
    msg = " ".join(str(exc).split()) or type(exc).__name__
    if "LoadDocumentCallback" in msg or "remote context" in msg.lower():
        return "a remote @context is never fetched; embed the context in the file"
    return msg if len(msg) <= 200 else msg[:200] + "…"
