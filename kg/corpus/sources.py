"""Corpus inputs: text files, directories (recursive), globs, '-' (stdin) and JSON Lines.

`iter_items(args)` yields, lazily and in a deterministic order, either a
`kg.records.Document` or a `Skip` (a bad record: where it is and why). Nothing here
raises for a bad record; only an input that names nothing at all (no such file, a glob
that matches nothing) raises InputError, because then the command line itself is wrong.

JSON Lines: one object per line with `id` and `text` (required: a non-empty string),
optional `url`, `date`, `title` (strings; anything else is ignored). Blank lines are
skipped silently. `.jsonl`, `.ndjson` and their `.gz` forms are read as JSON Lines;
`.parquet` files (the same fields as columns) through kg.corpus.parquet.
Stdin is JSON Lines when its first non-blank line starts with `{` (a news text does
not), else one text; so a broken first record is reported, not read as prose.
What a text or a metadata field may hold: kg.corpus.cleaning. An input that holds no
text (an empty `.txt`, a `.jsonl` without records) is a Skip like any bad record.
Only regular files are read: a FIFO, device or socket (named, or found in a directory)
and a broken link are Skips, never a read that could block.
"""
from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Union

from ..errors import InputError
from ..ids import document_id
from ..inputs import MAX_BYTES, STDIN, _decode, expand_inputs
from ..records import Document
from .cleaning import MAX_DOC_CHARS, check_metadata, clean_text
from .parquet import PARQUET_SUFFIXES, count_rows, is_parquet, read_parquet

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Skip:
    """A record that was not processed."""
    source: str          # file name or '<stdin>'
    line: int | None     # 1-based line for JSON Lines, None for whole files
    reason: str

    def text(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"skipped {where}: {self.reason}"


Item = Union[Document, Skip]


def is_jsonl(path: Path | str) -> bool:
    return str(path).lower().endswith(JSONL_SUFFIXES)


def expand(args: Iterable[str]) -> list[str | Path]:
    """Inputs as a flat list of files (and '-'): directories give their .txt and JSON Lines
    files recursively, globs their matches (both sorted); a file named twice is read once."""
    return expand_inputs(args, suffixes=TEXT_SUFFIXES + JSONL_SUFFIXES + PARQUET_SUFFIXES, globs=True)


def _opt(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_record(line: bytes, source: str, lineno: int) -> Item | None:
    """One JSON Lines record -> Document, Skip, or None for a blank line."""
    if not line.strip():
        return None
    try:
        text_line = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Skip(source, lineno, f"not valid UTF-8 at byte {exc.start}")
    try:
        obj = json.loads(text_line)
    except json.JSONDecodeError as exc:
        return Skip(source, lineno, f"bad JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return Skip(source, lineno, "bad JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return Skip(source, lineno, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skip(source, lineno, "missing text" if text is None else "text is not a non-empty string")
    if "\x00" in text:
        return Skip(source, lineno, "text contains a NUL character")
    if len(text) > MAX_DOC_CHARS:
        return Skip(source, lineno, _too_long(text))
    given = obj.get("id")
    if given is not None and not isinstance(given, (str, int)):
        return Skip(source, lineno, "id is not a string")
    meta = {"title": _opt(obj.get("title")), "date": _opt(obj.get("date")), "url": _opt(obj.get("url"))}
    reason = check_metadata(meta)
    if reason:
        return Skip(source, lineno, reason)
    # Ids are hashed and slugged from the cleaned strings: a lone surrogate cannot be hashed.
    text = clean_text(text.removeprefix("\ufeff"))
    doc_id = document_id(text, clean_text(str(given)) if given not in (None, "") else None)
    return Document(id=doc_id, text=text, title=meta["title"], date=meta["date"], source=meta["url"])


def _too_long(text: str) -> str:
    return f"text of {len(text):,} characters, longer than the {MAX_DOC_CHARS:,}-character limit per document"


def read_jsonl(stream: BinaryIO, source: str, first: bytes = b"") -> Iterator[tuple[int | None, Item]]:
    """(line number, item) for each non-blank line; a Skip when there is none."""
    lineno = 0
    records = 0
    for line in _chain_lines(first, stream):
        lineno += 1
        if len(line) > MAX_BYTES:
            records += 1
            yield lineno, Skip(source, lineno, f"record larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
            continue
        item = parse_record(line, source, lineno)
        if item is not None:
            records += 1
            yield lineno, item
    if not records:
        yield None, Skip(source, None, "empty input (no records)")


def not_regular(path: Path) -> str | None:
    """Why `path` is not a file we read (without opening it: a FIFO would block), or None."""
    import stat

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file"
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a directory" if stat.S_ISDIR(mode)
            else "a special file")
    return f"not a regular file ({kind}); pipe it to '-' instead"


def _chain_lines(first: bytes, stream: BinaryIO) -> Iterator[bytes]:
    if first:
        rest = stream.readline() if not first.endswith(b"\n") else b""
        yield first + rest
    yield from stream


def _open(path: Path) -> BinaryIO:
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb", buffering=1024 * 1024)


def read_file(path: Path) -> Iterator[tuple[int | None, Item]]:
    name = str(path)
    why = not_regular(path)
    if why:
        yield None, Skip(name, None, why)
        return
    if is_parquet(path):
        yield from read_parquet(path)
        return
    if is_jsonl(path):
        try:
            with _open(path) as fh:
                yield from read_jsonl(fh, name)
        except (OSError, EOFError) as exc:  # unreadable, or a truncated .gz
            yield None, Skip(name, None, f"cannot read ({getattr(exc, 'strerror', None) or exc})")
        return
    try:
        if path.stat().st_size > MAX_BYTES:
            yield None, Skip(name, None, f"larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield None, Skip(name, None, f"cannot read ({exc.strerror or exc})")
        return
    try:
        text = _decode(data, name)
    except InputError as exc:
        yield None, Skip(name, None, str(exc).removeprefix(f"{name}: "))
        return
    yield None, _text_document(text, name, document_id(text, path.stem))


def _text_document(text: str, name: str, doc_id: str) -> Item:
    if len(text) > MAX_DOC_CHARS:
        return Skip(name, None, _too_long(text))
    return Document(id=doc_id, text=clean_text(text))


def read_stdin(stream: BinaryIO) -> Iterator[tuple[int | None, Item]]:
    first = b""
    for line in stream:  # skip leading blank lines, keep the first real one
        if line.strip():
            first = line
            break
    if not first:
        yield None, Skip("<stdin>", None, "empty input (no text)")
        return
    if first.lstrip().removeprefix(b"\xef\xbb\xbf").startswith(b"{"):
        yield from read_jsonl(stream, "<stdin>", first)
        return
    data = first + stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield None, Skip("<stdin>", None, f"larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
        return
    try:
        text = _decode(data, "<stdin>")
    except InputError as exc:
        yield None, Skip("<stdin>", None, str(exc).removeprefix("<stdin>: "))
        return
    yield None, _text_document(text, "<stdin>", document_id(text))


def iter_items(args: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Documents and skips from all inputs, in order; a document id seen before is a Skip
    (the same id is the same IRI: two articles would silently merge)."""
    seen: dict[str, str] = {}
    for entry in expand(args):
        if entry == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            items = read_stdin(stream)
            name = "<stdin>"
        else:
            items = read_file(entry)
            name = str(entry)
        for line, item in items:
            if isinstance(item, Document):
                if item.id in seen:
                    yield Skip(name, line, f"document id '{item.id}' already used by {seen[item.id]}")
                    continue
                seen[item.id] = f"{name}:{line}" if line else name
            yield item


def count_lines(args: Iterable[str]) -> int | None:
    """A cheap upper bound on the number of documents (for the progress bar), or None
    when an input cannot be counted without reading it (stdin, .gz)."""
    total = 0
    for entry in expand(args):
        if entry == STDIN or str(entry).lower().endswith(".gz"):
            return None
        if not_regular(entry):
            total += 1
        elif is_parquet(entry):
            total += count_rows(entry)
        elif is_jsonl(entry):
            try:
                with open(entry, "rb") as fh:
                    n = 0
                    last = b""
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        n += block.count(b"\n")
                        last = block
            except OSError:  # reported as a Skip when read
                n, last = 1, b""
            total += n + (1 if last and not last.endswith(b"\n") else 0)
        else:
            total += 1
    return total
