"""External sort: sorted, de-duplicated lines of files of any size in bounded memory, and
the run record's counts taken from the sorted stream as it is written."""
from __future__ import annotations

import heapq
import os
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from ..rdf.serialize import NQ_TRIPLE as _TRIPLE_RE

SORT_RUN_LINES = 100_000       # lines per in-memory run of the external sort (~30 MB)


def sort_unique(sources: Sequence[Path], out: Path, run_lines: int = SORT_RUN_LINES,
                observe: Callable[[bytes], None] | None = None) -> int:
    """Sorted, de-duplicated lines of all `sources` into `out`, in bounded memory (sorted
    runs on disk, then a k-way merge). Bytes order = code point order for UTF-8, the
    order of kg.rdf.serialize. `observe` sees every line written, in order. Returns the
    number of lines written."""
    runs: list[Path] = []
    buf: list[bytes] = []

    def spill() -> None:
        if buf:
            fd, name = tempfile.mkstemp(dir=out.parent, prefix=".run.", suffix=".nq")
            with os.fdopen(fd, "wb") as fh:
                fh.writelines(_sorted_unique(buf))
            runs.append(Path(name))
            buf.clear()

    for src in sources:
        with open(src, "rb") as fh:
            for line in fh:
                if line.strip():
                    buf.append(line if line.endswith(b"\n") else line + b"\n")
                    if len(buf) >= run_lines:
                        spill()
    try:
        if not runs:  # everything fit in memory
            with open(out, "wb") as fh:
                lines = _sorted_unique(buf)
                fh.writelines(lines)
                if observe is not None:
                    for line in lines:
                        observe(line)
                return len(lines)
        spill()
        return merge_sorted(runs, out, observe)
    finally:
        for r in runs:
            r.unlink(missing_ok=True)


def _sorted_unique(buf: list[bytes]) -> list[bytes]:
    """The lines sorted, duplicates dropped. Sorting first keeps the runs the lines come in
    (each document's lines are sorted), which timsort merges in C; a set would shuffle them
    (0.09 -> 0.04 s per 100k lines)."""
    buf.sort()
    return list(dict.fromkeys(buf))


def merge_sorted(sources: Sequence[Path], out: Path,
                 observe: Callable[[bytes], None] | None = None) -> int:
    """Merge files of sorted unique lines into `out` (sorted, unique); returns the count.
    `observe` sees every line written, in order."""
    handles = [open(p, "rb", buffering=1 << 20) for p in sources]
    n = 0
    try:
        with open(out, "wb", buffering=1 << 20) as fh:
            last = None
            for line in heapq.merge(*handles):
                if line != last:
                    fh.write(line)
                    n += 1
                    last = line
                    if observe is not None:
                        observe(line)
    finally:
        for h in handles:
            h.close()
    return n


_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


class TripleCounter:
    """The run record's counts (kg.rdf.runrecord.DataCounts) from the lines of a sorted
    N-Triples or N-Quads file, one line at a time. In sorted N-Quads the quads of one
    triple are adjacent (the line starts with the triple's terms, each self-delimiting and
    followed by a space), so distinct triples are counted without remembering them."""

    def __init__(self):
        from ..rdf.namespaces import NKG

        self._doc_class = f"<{NKG.Document}>".encode()
        self._last = None
        self.triples = self.documents = 0
        self.classes: dict[bytes, int] = {}
        self.properties: dict[bytes, int] = {}

    def __call__(self, line: bytes) -> None:
        m = _TRIPLE_RE.match(line)
        if m is None:
            raise ValueError(f"not a canonical N-Quads line: {line[:200]!r}")
        key = m.group(0)
        if key == self._last:
            return
        self._last = key
        self.triples += 1
        p = m.group(2)
        self.properties[p] = self.properties.get(p, 0) + 1
        if p == _RDF_TYPE:
            o = m.group(3)
            if o[:1] == b"<":
                self.classes[o] = self.classes.get(o, 0) + 1
                if o == self._doc_class:
                    self.documents += 1

    def counts(self):
        from rdflib import URIRef

        from ..rdf.runrecord import DataCounts

        def iri(term: bytes) -> URIRef:
            return URIRef(term[1:-1].decode("utf-8"))
        return DataCounts(self.triples, self.documents,
                          {iri(k): v for k, v in self.classes.items()},
                          {iri(k): v for k, v in self.properties.items()})
