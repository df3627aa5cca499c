"""The work directory of one output (`.<name>.kgrun/` beside it): docs.nq holds each
finished document's N-Quads lines, journal.jsonl one line per document (its id, the end
offset of its lines in docs.nq, the SHA-256 of its text, its entity records), meta.json the
settings. A run appends; `--resume` truncates both files to the last complete entry."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import KgError
from .results import DocResult

JOURNAL_VERSION = 2           # 2: journal entries carry the text's SHA-256 (run record)


def workdir_for(output: str) -> Path:
    path = Path(output)
    return path.parent / f".{path.name}.kgrun"


def entry_line(r: DocResult, end: int) -> bytes:
    """One journal line: the document's id, the end offset of its lines, the SHA-256 of its
    text, its entity records (also the line format of kg.corpus.shards)."""
    return json.dumps({"id": r.id, "end": end, "h": r.sha256, "e": r.entities},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


class Journal:
    """The work directory of one output: docs.nq + journal.jsonl + meta.json."""

    sorted_docs = False        # docs.nq holds each document's lines, not one sorted run

    def __init__(self, workdir: Path):
        self.dir = workdir
        self.docs = workdir / "docs.nq"
        self.path = workdir / "journal.jsonl"
        self.meta = workdir / "meta.json"

    def start(self, meta: dict, resume: bool) -> tuple[set[str], int]:
        """Open for appending; returns (finished ids, finished count)."""
        done: list[str] = []
        end = 0
        old = self._old_meta() if resume else None
        if old is not None:
            check_same_settings(old, meta)
            # A kill can come at any point, also while the previous run's end removed
            # the directory: a missing file is empty, an entry is kept only if complete
            # and its lines are all in docs.nq.
            good = 0
            self.path.touch()
            self.docs.touch()
            have = self.docs.stat().st_size
            with self.path.open("rb") as fh:
                for raw in fh:
                    try:
                        rec = json.loads(raw)
                    except ValueError:
                        break  # a torn last line: everything after it is redone
                    if not raw.endswith(b"\n") or rec["end"] > have:
                        break
                    done.append(rec["id"])
                    end = rec["end"]
                    good += len(raw)
            with self.path.open("r+b") as fh:
                fh.truncate(good)
            with self.docs.open("r+b") as fh:
                fh.truncate(end)
        else:
            if self.dir.exists():
                shutil.rmtree(self.dir)
            self.dir.mkdir(parents=True)
            self.docs.touch()
            self.path.touch()
            write_small(self.meta, json.dumps(meta, sort_keys=True))  # last: the directory is usable
        self._docs = self.docs.open("ab")
        self._journal = self.path.open("ab")
        self.end = end
        return set(done), len(done)

    def _old_meta(self) -> dict | None:
        """The settings of the unfinished run, or None (none, or killed before they were
        written: then there is nothing to resume)."""
        try:
            return json.loads(self.meta.read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def add(self, results: Iterable[DocResult]) -> None:
        """Document lines first, then their journal entries, both flushed to disk: after a
        crash the journal never names a document whose lines are not complete."""
        entries = []
        for r in results:
            self._docs.write(r.nquads)
            self.end += len(r.nquads)
            entries.append(entry_line(r, self.end))
        self._docs.flush()
        os.fsync(self._docs.fileno())
        self._journal.write(b"".join(entries))
        self._journal.flush()
        os.fsync(self._journal.fileno())

    def close(self) -> None:
        for fh in (getattr(self, "_docs", None), getattr(self, "_journal", None)):
            if fh is not None:
                fh.close()

    def doc_files(self) -> list[Path]:
        """The files of the documents' N-Quads lines (kg.corpus.assemble reads them)."""
        return [self.docs]

    def records(self) -> Iterator[dict]:
        with self.path.open("rb") as fh:
            for raw in fh:
                yield json.loads(raw)


def write_small(path: Path, text: str) -> None:
    """A small file written whole or not at all (temp file, fsync, rename)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def check_same_settings(old: dict, meta: dict) -> None:
    """--resume only continues a run made with the same settings (journal or shards)."""
    if old != meta:
        diff = ", ".join(k for k in sorted(set(old) | set(meta)) if old.get(k) != meta.get(k))
        raise KgError(f"--resume: the unfinished run used different settings ({diff}); "
                      f"run without --resume to start again")
