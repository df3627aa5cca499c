"""Long articles extracted section by section (kg.corpus.sections): with small chunk and
section sizes, so an article of a few thousand characters takes the path a 5 MB one takes.
Built from our own template sentences (tests/news_synth.py), never gold text."""
from __future__ import annotations

import random

import pytest

from kg.corpus import document as work
from kg.corpus import sections
from kg.records import Document

from news_synth import article

BASE = "http://example.org/kg/"
CHUNK, SECTION = 400, 1500


def _text(paragraphs: int = 40, seed: int = 3) -> str:
    # Each paragraph names its actors in full: nothing to resolve across a section boundary.
    rng = random.Random(seed)
    return "\n\n".join(article(rng)[1] for _ in range(paragraphs))


def _result(nlp, document, section_chars=None):
    work.configure(BASE, CHUNK, 32, True, None, nlp=nlp, section_chars=section_chars)
    try:
        return work.process_batch([document])[0]
    finally:
        work.configure(BASE, None, 32, True, None, nlp=nlp)


def test_section_plans_cover_the_article_in_whole_chunks():
    from kg.corpus.chunking import plan

    text = _text()
    secs = list(sections.section_plans(text, CHUNK, SECTION))
    assert len(secs) > 3
    assert [p for _, parts in secs for p in parts] == plan(text, CHUNK)
    for start, parts in secs:
        piece = "".join(p for p, _ in parts)
        assert text[start:start + len(piece)] == piece and len(piece) <= SECTION
        assert start == 0 or text[start - 2:start] == "\n\n"    # cut after a paragraph break


def test_sectioned_extraction_equals_the_whole_document(nlp):
    text = _text()
    document = Document(id="long", text=text, title="Talks", date="2025-03-14")
    whole = _result(nlp, document, section_chars=len(text))
    cut = _result(nlp, document, section_chars=SECTION)
    assert whole.status == cut.status == "ok", cut.message
    assert cut.nquads.count(b"/event/") > 20
    assert (cut.nquads, cut.entities, cut.sha256, cut.words) == \
        (whole.nquads, whole.entities, whole.sha256, whole.words)


def test_a_long_document_beside_short_ones_keeps_its_place(nlp):
    short = Document(id="a", text="Russia attacked Ukraine on Monday.")
    long = Document(id="b", text=_text(12, seed=4))
    work.configure(BASE, CHUNK, 32, True, None, nlp=nlp, section_chars=SECTION)
    try:
        got = work.process_batch([short, long, short.__class__(id="c", text=short.text)])
    finally:
        work.configure(BASE, None, 32, True, None, nlp=nlp)
    assert [r.id for r in got] == ["a", "b", "c"] and all(r.status == "ok" for r in got)
    assert got[1].nquads == _result(nlp, long, section_chars=len(long.text)).nquads


def test_section_offsets_point_into_the_article(nlp):
    import re

    text = _text(12, seed=5)
    r = _result(nlp, Document(id="off", text=text), section_chars=600)
    anchors = re.findall(rb'char=(\d+),(\d+)> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/'
                         rb'nif-core#anchorOf> "([^"]*)"', r.nquads)
    assert len(anchors) > 10
    for a, b, s in anchors:
        assert text[int(a):int(b)] == s.decode("utf-8")


@pytest.mark.parametrize("fmt,jobs", [("nq", 1), ("ttl", 1), ("nq", 2)])
def test_kg_extract_of_a_sectioned_txt_is_byte_identical(tmp_path, monkeypatch, capsys, fmt, jobs):
    # Batches of one: the long article's batch comes between two others (kg.corpus.document:
    # nothing is parsed in spaCy's thread while its sections are).
    from kg.corpus import run_corpus

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Russia attacked Ukraine on Monday.", "utf-8")
    (src / "b.txt").write_text(_text(20, seed=6), "utf-8")
    (src / "c.txt").write_text("China condemned the attack on Tuesday.", "utf-8")
    notes = []
    run_corpus([str(src)], str(tmp_path / f"whole.{fmt}"), quiet=True, chunk_chars=CHUNK, batch_size=1)
    monkeypatch.setattr(sections, "SECTION_CHARS", SECTION)
    s = run_corpus([str(src)], str(tmp_path / f"cut.{fmt}"), chunk_chars=CHUNK, batch_size=1,
                   on_skip=notes.append, jobs=jobs, start_method="fork")   # workers see the patched size
    assert s.documents == 3 and not notes
    assert "note: b: 3,883 characters, extracted in sections of at most 1,500" in capsys.readouterr().err
    assert (tmp_path / f"cut.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes()


def test_merge_lines_gives_sorted_unique_lines_of_compressed_blocks():
    import zlib

    blocks = [b"a .\nc .\nx .\n", b"b .\nc .\n", b"".join(b"l%05d .\n" % i for i in range(30_000))]
    got = sections.merge_lines([zlib.compress(b, 1) for b in blocks])
    want = sorted(set(b"".join(blocks).splitlines(keepends=True)))
    assert got == b"".join(want)


def test_the_articles_state_is_carried_from_section_to_section(nlp):
    # "The foreign ministry" with no state named is the state of the article's dateline,
    # also in a later section (whose own lead names another state).
    text = ("NAIROBI, Kenya (Reuters) - Kenya's president met Uganda's envoy on Monday.\n\n"
            + _text(12, seed=8) + "\n\nThe foreign ministry condemned the attack by Uganda on Friday.")
    document = Document(id="home", text=text)
    assert len(list(sections.section_plans(text, CHUNK, SECTION))) > 1
    whole = _result(nlp, document, section_chars=len(text))
    cut = _result(nlp, document, section_chars=SECTION)
    assert cut.nquads == whole.nquads and cut.entities == whole.entities
