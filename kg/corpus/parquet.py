"""Parquet inputs (the format large news dumps come in): one document per row, columns
`id` and `text` (required), optional `url`, `date`, `title`; other columns are ignored.
Needs pyarrow (pip install 'newskg[parquet]'). Rows are checked by the JSON Lines record
rules (kg.corpus.sources.parse_record), so a row and a JSON line with the same fields
give the same document or the same skip reason; a row's "line" is its 1-based number.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterator

from ..errors import InputError

PARQUET_SUFFIXES = (".parquet",)
COLUMNS = ("id", "text", "url", "date", "title")
ROWS_PER_BATCH = 1024


def is_parquet(path: Path | str) -> bool:
    return str(path).lower().endswith(PARQUET_SUFFIXES)


def _pyarrow(path: Path | str):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{path}: reading Parquet needs pyarrow: pip install 'newskg[parquet]'") from None
    return pq


def count_rows(path: Path) -> int:
    """Rows in the file, from its footer (raises InputError without pyarrow)."""
    pq = _pyarrow(path)
    try:
        return pq.ParquetFile(path).metadata.num_rows
    except (OSError, ValueError):
        return 0  # unreadable: read_parquet reports it as a skip


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def read_parquet(path: Path) -> Iterator[tuple[int | None, object]]:
    """(row number, Document or Skip) for each row, in file order."""
    from .sources import Skip, parse_record

    name = str(path)
    pq = _pyarrow(path)
    try:
        pf = pq.ParquetFile(path)
        columns = [c for c in COLUMNS if c in pf.schema_arrow.names]
        if "text" not in columns:
            yield None, Skip(name, None, "no 'text' column")
            return
        row = 0
        for batch in pf.iter_batches(batch_size=ROWS_PER_BATCH, columns=columns):
            for rec in batch.to_pylist():
                row += 1
                line = json.dumps({k: _plain(v) for k, v in rec.items() if v is not None},
                                  ensure_ascii=False, default=str).encode("utf-8")
                yield row, parse_record(line, name, row)
    except (OSError, ValueError) as exc:  # not Parquet, truncated, bad encoding (ArrowInvalid)
        yield None, Skip(name, None, f"cannot read Parquet ({' '.join(str(exc).split())[:200]})")
