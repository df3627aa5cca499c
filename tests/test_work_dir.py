"""--work-dir: the run's work files go there (not beside the output), one directory per
output, and --resume finds them again."""
from __future__ import annotations

from kg.corpus import run_corpus
from kg.corpus.journal import workdir_for
from news_synth import write_corpus


def test_work_files_in_work_dir_and_resume_from_there(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 8, seed=2)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    ref = tmp_path / "ref.nq"
    run_corpus([str(corpus)], str(ref), quiet=True)
    outs = [tmp_path / "a" / "g.nq", tmp_path / "b" / "g.nq"]  # same name, two outputs
    for out in outs:
        first = run_corpus([str(corpus)], str(out), quiet=True, batch_size=2, stop_after=3,
                           work_dir=str(scratch))
        assert not first.completed and not out.exists()
        assert not workdir_for(str(out)).exists()
    assert len(list(scratch.glob(".g.nq.*.kgrun"))) == 2
    for out in outs:
        s = run_corpus([str(corpus)], str(out), quiet=True, resume=True, work_dir=str(scratch))
        assert s.resumed == 4 and s.documents == 8
        assert out.read_bytes() == ref.read_bytes()
    assert list(scratch.iterdir()) == []
