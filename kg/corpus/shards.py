"""The work directory of a partitioned run (`--engine dask`): one shard per partition.

A partition is the documents at input positions [i*K, (i+1)*K). Its worker writes
`shards/part-<i>.nq` (the partition's N-Quads lines, sorted and unique) and
`shards/part-<i>.jsonl` (one journal line per document that made it, in input order, the
format of kg.corpus.journal), each under a temporary name, fsynced, then renamed; the
.jsonl last, so its presence means the shard is complete. Writing a partition again
(a task Dask recomputed after losing a worker) gives the same bytes under the same names.

On the driver, ShardSet stands in for kg.corpus.journal.Journal: `records()` reads the
shard journals in partition order (= input order) and `doc_files()` gives the shards in
partition order, each sorted (`sorted_docs`), so kg.corpus.assemble makes the output
exactly as for one journal, with one k-way merge of the shards (merge_many) instead of a
sort.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .extsort import merge_sorted
from .journal import check_same_settings, entry_line
from .results import DocResult

MERGE_FAN_IN = 256             # shard files open at once in one merge pass


def shard_paths(shards: Path, index: int) -> tuple[Path, Path]:
    stem = shards / f"part-{index:08d}"
    return stem.with_suffix(".nq"), stem.with_suffix(".jsonl")


def _write_synced(path: Path, chunks) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with tmp.open("wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_shard(shards: Path, index: int, results: Sequence[DocResult]) -> None:
    """Partition `index`'s shard from its documents' results (runs on a worker)."""
    ok = [r for r in results if r.status == "ok"]
    lines = sorted({line for r in ok for line in r.nquads.splitlines(keepends=True)})
    entries, end = [], 0
    for r in ok:
        end += len(r.nquads)
        entries.append(entry_line(r, end))
    nq, jl = shard_paths(shards, index)
    _write_synced(nq, lines)
    _write_synced(jl, entries)


def merge_many(sources: Sequence[Path], out: Path, fan_in: int = MERGE_FAN_IN,
               observe: Callable[[bytes], None] | None = None) -> int:
    """merge_sorted for any number of files: passes of at most `fan_in` open files;
    `observe` sees every line of the final pass."""
    sources = list(sources)
    level = 0
    while len(sources) > fan_in:
        merged = []
        for i in range(0, len(sources), fan_in):
            part = out.with_name(f".{out.name}.m{level}.{i // fan_in}")
            merge_sorted(sources[i:i + fan_in], part)
            merged.append(part)
        if level:
            for p in sources:
                p.unlink()
        sources, level = merged, level + 1
    n = merge_sorted(sources, out, observe)
    if level:
        for p in sources:
            p.unlink()
    return n


class ShardSet:
    """The work directory of a partitioned run; see the module docstring."""

    def __init__(self, workdir: Path):
        self.dir = workdir
        self.shards = workdir / "shards"
        self.meta = workdir / "meta.json"
        self.dropped: set[int] = set()

    sorted_docs = True

    def previous_meta(self) -> dict | None:
        try:
            return json.loads(self.meta.read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def start(self, meta: dict, resume: bool) -> tuple[set[int], int]:
        """(indices of complete shards, documents in them); without resume, or when
        there is nothing to resume, the work directory starts empty."""
        old = self.previous_meta() if resume else None
        if old is not None:
            check_same_settings(old, meta)
            done, n = set(), 0
            for jl in sorted(self.shards.glob("part-*.jsonl")):
                done.add(int(jl.stem.removeprefix("part-")))
                with jl.open("rb") as fh:
                    n += sum(1 for _ in fh)
            return done, n
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.shards.mkdir(parents=True)
        self.meta.write_text(json.dumps(meta, sort_keys=True), "utf-8")
        return set(), 0

    def ids(self, index: int) -> list[str]:
        with shard_paths(self.shards, index)[1].open("rb") as fh:
            return [json.loads(raw)["id"] for raw in fh]

    def drop(self, index: int) -> None:
        """Partition `index` is reported as skipped: its shard, should a worker the
        scheduler gave up on have written it anyway, is left out of the output."""
        self.dropped.add(index)
        for path in shard_paths(self.shards, index):
            path.unlink(missing_ok=True)

    def add(self, results) -> None:
        """Nothing to do: the workers wrote the shards."""

    def close(self) -> None:
        pass

    def _indices(self) -> list[int]:
        found = (int(p.stem.removeprefix("part-")) for p in self.shards.glob("part-*.jsonl"))
        return sorted(i for i in found if i not in self.dropped)

    def doc_files(self) -> list[Path]:
        """The shards' N-Quads files in partition order (each sorted and unique)."""
        return [shard_paths(self.shards, i)[0] for i in self._indices()]

    def records(self) -> Iterator[dict]:
        for i in self._indices():
            with shard_paths(self.shards, i)[1].open("rb") as fh:
                for raw in fh:
                    yield json.loads(raw)
