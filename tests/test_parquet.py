"""Parquet inputs (`id`, `text`, optional `url`, `date`, `title` columns) give the graph of
the same records as JSON Lines; bad rows and files are reported, not fatal."""
from __future__ import annotations

import datetime as dt
import json

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from kg.corpus import run_corpus  # noqa: E402
from kg.errors import InputError  # noqa: E402
from news_synth import records  # noqa: E402


def test_parquet_rows_give_the_bytes_of_the_same_json_lines(tmp_path):
    recs = records(12, seed=4)
    with (tmp_path / "c.jsonl").open("w") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
    table = pa.table({
        "id": [r["id"] for r in recs],
        "text": [r["text"] for r in recs],
        "date": [dt.date.fromisoformat(r["date"]) for r in recs],   # a date column, not a string
        "title": [r.get("title") for r in recs],
        "url": [r.get("url") for r in recs],
        "words": [len(r["text"].split()) for r in recs],            # ignored
    })
    pq.write_table(table, tmp_path / "c.parquet", row_group_size=5)
    a = run_corpus([str(tmp_path / "c.jsonl")], str(tmp_path / "a.nq"), quiet=True)
    b = run_corpus([str(tmp_path / "c.parquet")], str(tmp_path / "b.nq"), quiet=True)
    assert a.exit_code == b.exit_code == 0 and b.documents == 12
    assert (tmp_path / "b.nq").read_bytes() == (tmp_path / "a.nq").read_bytes()


def test_bad_rows_and_bad_files_are_skipped_with_their_place(tmp_path):
    recs = records(3, seed=4)
    table = pa.table({"id": [r["id"] for r in recs] + ["empty"],
                      "text": [r["text"] for r in recs] + [None]})
    pq.write_table(table, tmp_path / "c.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    pq.write_table(pa.table({"body": ["no text column"]}), tmp_path / "notext.parquet")
    skips = []
    s = run_corpus([str(tmp_path)], str(tmp_path / "g.nq"), quiet=True, on_skip=skips.append)
    assert s.documents == 3 and s.exit_code == 3
    texts = sorted(k.text() for k in skips)
    assert any("broken.parquet: cannot read Parquet (" in t for t in texts)
    assert any("c.parquet:4: missing text" in t for t in texts)
    assert any("notext.parquet: no 'text' column" in t for t in texts)
    with pytest.raises(InputError, match="broken.parquet: cannot read Parquet"):
        run_corpus([str(tmp_path / "broken.parquet")], str(tmp_path / "h.nq"), quiet=True,
                   require_documents=True)
