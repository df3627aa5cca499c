"""Reading what users hand us: news texts, RDF graphs, and the bundled data files.

Every problem becomes an InputError with a one-line message naming the file.
"""
from __future__ import annotations

import glob

import sys
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Iterable

from rdflib import Dataset

from .errors import InputError
from .ids import document_id
from .records import Document

MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"


def resource_path(relative: str) -> Path:
    """A data file of the project (e.g. 'shapes/newskg.shapes.ttl'). The top-level
    ontology/, shapes/ and queries/ folders are the source: an editable install reads them
    in the checkout next to the package; a wheel carries copies as kg/data/<folder>/…
    (setup.py copies them at build time)."""
    for folder in resource_dirs(str(Path(relative).parent)):
        path = folder / Path(relative).name
        if path.is_file():
            return path
    raise InputError(f"data file not found: {relative}")


def resource_dirs(folder: str) -> list[Path]:
    """Where a data folder ('queries', 'shapes', …) may be, first match wins: the checkout
    (editable install), then the copy inside the installed package."""
    import kg

    package = Path(kg.__file__).resolve().parent
    # Only a checkout (a pyproject.toml beside the package), never site-packages/<folder>.
    found = [package.parent / folder] if (package.parent / "pyproject.toml").is_file() else []
    try:
        found.append(Path(str(resources.files("kg").joinpath("data", folder))))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        pass
    return [d for d in found if d.is_dir()]


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

def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file (or '-') into a Dataset whose default graph is the union of all
    graphs: strictly, bounded, nothing fetched (kg.rdf.reading)."""
    from .oxterms import file_to_dataset

    return file_to_dataset(path, fmt)
