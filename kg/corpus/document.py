"""Per-document work: text -> spaCy Doc -> extraction records -> the document's quads ->
SHACL check of the document's own graph -> sorted canonical N-Quads lines.

`process_batch` is a pure function of the documents and the settings given to `configure`
(base IRI, chunk size, batch size, shapes): the same text always gives the same bytes, in
any process. It runs in the main process for jobs=1 and in the workers (kg.corpus.pool)
otherwise.
"""
from __future__ import annotations

import gc
import sys
import time
from typing import Iterator, Sequence

from ..records import Document, Entity
from .results import DocResult

_STATE: dict = {}
SWITCH_INTERVAL = 0.0005  # seconds: the GIL hand-over while spaCy runs in its own thread
# Young garbage collections every 10,000 net allocations instead of 700 during a run:
# spaCy and extraction allocate many short-lived objects, and each collection also
# walks what survived (on the gold texts: 1.1 -> 0.5 CPU s of collections per 60k words).
GC_THRESHOLD = (10_000, 10, 10)


def configure(base: str, chunk_chars: int | None, batch_size: int, validate: bool,
              shapes: str | None, nlp=None, section_chars: int | None = None) -> None:
    """The settings process_batch uses in this process, and the pipeline (`nlp`, or
    loaded here). Texts over `section_chars` (default SECTION_CHARS) are extracted section
    by section (kg.corpus.sections)."""
    from ..nlp import load_nlp
    from ..rdf.naming import Iris, check_base
    from .sections import SECTION_CHARS

    _STATE.update(nlp=nlp or load_nlp(), iris=Iris(check_base(base)), chunk_chars=chunk_chars,
                  batch_size=batch_size, validate=validate, shapes=shapes,
                  section_chars=section_chars or SECTION_CHARS)


def init_worker(*config) -> None:
    configure(*config)


WARM_UP_TEXT = "Armenian forces shelled the Azerbaijani city of Ganja, and Baku condemned the attack."


def warm_up() -> None:
    """One short text through process_batch: what extraction and SHACL load on first use
    (gazetteer, GeoNames, lexicons, the compiled shapes) is then loaded in this process,
    and workers forked from it inherit it instead of each loading its own (about 0.6 CPU s
    a worker; the parent's own end-of-run SHACL check needs the shapes too)."""
    try:
        process_batch([Document("warm-up", WARM_UP_TEXT)])
    except Exception:  # e.g. a bad shapes file: the run's own first document reports it
        pass


def pipeline():
    """The spaCy pipeline configure() loaded."""
    return _STATE["nlp"]


def _entity_records(entities: Sequence[Entity]) -> tuple:
    return tuple((e.key, e.name, e.type, tuple(e.aliases)) for e in entities)


def document_result(document: Document, doc, iris, validate: bool = True,
                    shapes: str | None = None, adjust=None, carry: dict | None = None) -> DocResult:
    """spaCy Doc -> DocResult: records, quads, per-document SHACL, N-Quads lines.
    `adjust`: applied to the records first (a section's offsets), `carry`: state kept
    from section to section (kg.corpus.sections)."""
    import pyoxigraph as ox

    from ..extract import extract_from_doc
    from ..rdf.build import document_quads, entity_quads
    from ..rdf.naming import MergedEntity
    from ..rdf.runrecord import sha256_text
    from ..rdf.nquads import sorted_lines
    from .shacl import validate_triples

    timings = {}
    t0 = time.perf_counter()
    try:
        ex = extract_from_doc(doc, document, carry)
        if adjust is not None:
            ex = adjust(ex)
        t1 = time.perf_counter()
        quads = list(document_quads(ex, iris))
        local = {}
        for e in ex.entities:
            local.setdefault(e.key, MergedEntity(e.key, e.name, e.type)).add(e)
        ent_quads = list(entity_quads(local.values(), iris))
    except Exception as exc:  # one bad document never stops the run
        return DocResult(document.id, "error", message=f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}",
                         words=len(document.text.split()))
    t2 = time.perf_counter()
    timings["extract"] = t1 - t0
    if validate:
        report = validate_triples([q[:3] for q in quads] + [q[:3] for q in ent_quads], shapes)
        timings["shacl"] = time.perf_counter() - t2
        if not report.conforms:
            first = report.violations[0].line() if report.violations else "does not conform"
            return DocResult(document.id, "invalid", message=f"SHACL: {first} ({len(report.violations)} violations)",
                             words=len(document.text.split()), timings=timings)
    t3 = time.perf_counter()
    try:
        nquads = sorted_lines(quads)
        # Every line as a strict parser reads it (IRIs, escapes): what is written must
        # read back, in every format (the lines are also the input of the other formats).
        for _ in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            pass
    except (ValueError, SyntaxError, UnicodeError) as exc:
        return DocResult(document.id, "error", message=f"bad term: {' '.join(str(exc).split())[:300]}",
                         words=len(document.text.split()), timings=timings)
    timings["rdf"] = (t2 - t1) + (time.perf_counter() - t3)
    return DocResult(document.id, "ok", nquads, _entity_records(ex.entities),
                     words=len(document.text.split()), timings=timings,
                     sha256=sha256_text(document.text))


SECTIONED = "sectioned"      # parse_batch leaves a long text to finish_batch, section by section


def parse_batch(documents: Sequence[Document]) -> list:
    """spaCy over a batch: [(Doc or None or SECTIONED, seconds, error message)] per
    document. One text that breaks the batch makes the batch parse again one text at a
    time. Texts over section_chars are not parsed here (SECTIONED)."""
    from .chunking import parse_chunked

    nlp = _STATE["nlp"]
    whole = [d for d in documents if len(d.text) <= _STATE["section_chars"]]
    if len(whole) < len(documents):
        it = iter(parse_batch(whole) if whole else [])
        return [next(it) if len(d.text) <= _STATE["section_chars"] else (SECTIONED, 0.0, "")
                for d in documents]
    t0 = time.perf_counter()
    try:
        docs = list(parse_chunked(nlp, [d.text for d in documents], _STATE["chunk_chars"],
                                  _STATE["batch_size"]))
    except Exception:
        docs = None  # one text broke the batch: retry one by one below
    if docs is not None:
        share = (time.perf_counter() - t0) / max(1, len(documents))
        return [(doc, share, "") for doc in docs]
    parsed = []
    for document in documents:
        t = time.perf_counter()
        try:
            doc = next(parse_chunked(nlp, [document.text], _STATE["chunk_chars"], 1))
        except Exception as exc:
            parsed.append((None, 0.0, f"spaCy: {type(exc).__name__}: {exc}"[:300]))
            continue
        parsed.append((doc, time.perf_counter() - t, ""))
    return parsed


def finish_batch(documents: Sequence[Document], parsed: list) -> list[DocResult]:
    """Everything after spaCy, for a batch parse_batch parsed."""
    from .chunking import RUNAWAY_TOKENS, unparsed_pieces

    results: list[DocResult] = []
    for document, (doc, nlp_share, error) in zip(documents, parsed):
        if doc is None:
            results.append(DocResult(document.id, "error", message=error))
            continue
        if doc is SECTIONED:
            r = _sectioned(document)
            if r.status == "ok":
                r.note = (f"{len(document.text):,} characters, extracted in sections of at most "
                          f"{_STATE['section_chars']:,} (pronouns, descriptions and short names "
                          f"are resolved within their section)")
        else:
            r = document_result(document, doc, _STATE["iris"], _STATE["validate"], _STATE["shapes"])
            r.timings["nlp"] = nlp_share
        flat = unparsed_pieces(document.text, _STATE["chunk_chars"])
        if flat:
            runaway = (f"{flat} piece{'s' if flat > 1 else ''} of runaway text (no sentence end in over "
                       f"{RUNAWAY_TOKENS} tokens, mostly punctuation or symbols) tokenized but not parsed")
            r.note = f"{r.note}; {runaway}" if r.note else runaway
        results.append(r)
    return results


def _sectioned(document: Document) -> DocResult:
    from .chunking import limit_for
    from .sections import sectioned_result

    nlp = _STATE["nlp"]
    try:
        return sectioned_result(document, nlp, _STATE["iris"], _STATE["validate"], _STATE["shapes"],
                                limit_for(nlp, _STATE["chunk_chars"]), _STATE["batch_size"],
                                _STATE["section_chars"])
    except Exception as exc:  # one bad document never stops the run
        return DocResult(document.id, "error", message=f"{type(exc).__name__}: {exc}"[:300],
                         words=len(document.text.split()))


def process_batch(documents: Sequence[Document]) -> list[DocResult]:
    """Text in, N-Quads out, for a batch: a pure function of the documents (and the
    settings given to configure, here or in the worker initializer)."""
    return finish_batch(documents, parse_batch(documents))


def process_stream(batches: Iterator[list[Document]]) -> Iterator[list[DocResult]]:
    """process_batch for each batch, in order, in this process (jobs=1), with spaCy one
    batch ahead in a second thread: while this thread extracts, checks and writes batch k
    (pure Python), the other parses batch k+1, mostly in code that releases the GIL
    (thinc's matrix products, the parser's and NER's transition loops), so two cores
    share one process. Batches are taken from `batches` in this thread only (its
    callbacks never run in the other); at most two batches are in flight. The same
    results as process_batch, in the same order; the thread is gone when this ends."""
    import queue
    import threading

    todo: queue.Queue = queue.Queue()
    done: queue.Queue = queue.Queue()

    def parser() -> None:
        while True:
            batch = todo.get()
            if batch is None:
                return
            try:
                done.put((parse_batch(batch), None))
            except BaseException as exc:  # re-raised in the consuming thread
                done.put((None, exc))
                return

    # When spaCy's thread leaves a GIL-free section it waits for this thread to yield
    # the GIL: up to the switch interval (5 ms by default), hundreds of times a batch,
    # which made spaCy ~1.5x slower next to a busy extractor; 0.5 ms, for this run only.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
    # The loaded pipeline (and everything else alive now) stays out of the collections
    # until the run ends; the thresholds are this run's only, like the switch interval.
    thresholds, freeze = gc.get_threshold(), gc.get_freeze_count() == 0   # (a caller's own freeze: left alone)
    if freeze:
        gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    thread = threading.Thread(target=parser, name="kg-spacy", daemon=True)
    thread.start()
    try:
        pending = next(batches, None)
        if pending is None:
            return
        todo.put(pending)
        while pending is not None:
            upcoming = next(batches, None)
            parsed, exc = done.get()
            if exc is not None:
                raise exc
            # A long article's sections are parsed in this thread: then nothing else is
            # parsed beside them (one pipeline in one thread; one parse's memory at a time).
            alone = any(doc is SECTIONED for doc, _, _ in parsed)
            if upcoming is not None and not alone:
                todo.put(upcoming)  # parsed while this thread finishes `pending`
            results = finish_batch(pending, parsed)
            if upcoming is not None and alone:
                todo.put(upcoming)
            yield results
            pending = upcoming
    finally:
        while not todo.empty():  # stopped early: parse no further batch
            todo.get_nowait()
        todo.put(None)
        thread.join()
        sys.setswitchinterval(interval)
        gc.set_threshold(*thresholds)
        if freeze:
            gc.unfreeze()
