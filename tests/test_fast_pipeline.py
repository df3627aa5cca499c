"""The speed work changes no output: on the shared gold pool (seed + dev + train: real
news) our pipeline gives spaCy's own tags, POS, morphology, lemmas, parse and entities."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.nlp import load_model, news_tokenizer
from kg.quotes import read_single_quotes_as_double

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
needs_gold = pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval not present")


def pool_texts() -> list[str]:
    return [json.loads(line)["text"] for name in ("seed", "dev", "train")
            for line in (EVAL / f"{name}.jsonl").open(encoding="utf-8") if line.strip()]


def _features(doc):
    return ([(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents])


@needs_gold
def test_fast_components_give_spacys_annotations_and_the_same_extractions_on_the_shared_pool(nlp):
    """spaCy's own attribute_ruler and lemmatizer against ours: every annotation, and the
    extraction records (entities and events, i.e. the triples kg.evaluate scores)."""
    from kg.extract import extract_from_doc
    from kg.pipeline import make_document

    original = load_model()
    news_tokenizer(original)            # tokenizer choices of ours, not speed components
    original.add_pipe("newskg_paragraphs", before="parser")
    read_single_quotes_as_double(original)
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Cached")
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRules"
    from kg.matmul import BlasOps, FAST_BLAS, numpy_blas
    if any(name in numpy_blas() for name in FAST_BLAS):   # PyPI's numpy: OpenBLAS
        for component in ("tok2vec", "ner", "parser", "tagger"):
            assert all(isinstance(node.ops, BlasOps) for node in nlp.get_pipe(component).model.walk())
    texts = pool_texts()
    events = 0
    for i, (text, ours, theirs) in enumerate(zip(texts, nlp.pipe(texts), original.pipe(texts))):
        assert _features(ours) == _features(theirs)
        document = make_document(text, f"d{i}")
        mine, spacys = extract_from_doc(ours, document), extract_from_doc(theirs, document)
        assert (mine.entities, mine.events) == (spacys.entities, spacys.events)
        events += len(mine.events)
    assert events > 50  # the pool is conflict news: the comparison covers real events


@pytest.mark.skipif((__import__("os").cpu_count() or 1) < 2, reason="one core: BLAS runs one thread anyway")
def test_spacys_matrix_products_use_one_blas_thread(nlp, monkeypatch):
    """--jobs N means N busy cores: a BLAS spreading each product over every core would
    make N workers fight for them (and one process's benchmark figures a multi-core one)."""
    import numpy
    from threadpoolctl import threadpool_info

    from kg.matmul import BlasOps

    seen, dot = [], numpy.dot

    def counting_dot(*args, **kwargs):
        seen.append(max((i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"), default=1))
        return dot(*args, **kwargs)

    monkeypatch.setattr(numpy, "dot", counting_dot)
    x = numpy.ones((64, 32), dtype="float32")
    assert (BlasOps().gemm(x, x, trans2=True) == 32).all()
    assert seen == [1]


def _threads() -> set:
    import threading
    return {t.ident for t in threading.enumerate()}


def test_spacy_one_batch_ahead_in_a_thread_gives_the_same_results_and_leaves_no_thread():
    """jobs=1 parses the next batch in a second thread (kg.corpus.document.process_stream):
    the results are process_batch's, in order; the thread is gone when the stream ends,
    is stopped early, or a batch fails (a leftover thread would make --jobs spawn
    instead of fork, and keep the process alive), and the interpreter's switch interval
    and garbage collector settings (thresholds, frozen objects) are back to what they were."""
    import gc

    from kg.corpus import document as work
    from kg.records import Document
    from kg.rdf.build import DEFAULT_BASE

    work.configure(DEFAULT_BASE, None, 2, True, None)
    texts = [p.read_text("utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))]
    docs = [Document(f"d{i}", text) for i, text in enumerate(texts + ["Russia attacked Ukraine.", "Kyiv is calm."])]
    batches = [docs[0:2], docs[2:3], docs[3:4]]
    before, interval = _threads(), sys.getswitchinterval()
    collector = (gc.get_threshold(), gc.get_freeze_count())
    expected = [[(r.id, r.status, r.nquads) for r in work.process_batch(b)] for b in batches]
    got = [[(r.id, r.status, r.nquads) for r in results] for results in work.process_stream(iter(batches))]
    assert got == expected and _threads() == before
    assert (gc.get_threshold(), gc.get_freeze_count()) == collector
    stream = work.process_stream(iter(batches))
    next(stream)
    assert gc.get_threshold() == work.GC_THRESHOLD and gc.get_threshold() != collector[0]
    stream.close()  # a run stopped after its first batch (stop_after, an error downstream)
    assert _threads() == before and (gc.get_threshold(), gc.get_freeze_count()) == collector

    def failing():
        yield batches[0]
        raise OSError("input went away")
    with pytest.raises(OSError, match="went away"):
        list(work.process_stream(failing()))
    assert _threads() == before and sys.getswitchinterval() == interval
    assert (gc.get_threshold(), gc.get_freeze_count()) == collector
