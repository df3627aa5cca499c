"""Per-document work: text -> spaCy Doc -> extraction records -> the document's quads ->
SHACL check of the document's own graph -> sorted canonical N-Quads lines.

`process_batch` is a pure function of the documents and the settings given to `configure`
(base IRI, chunk size, batch size, shapes): the same text always gives the same bytes, in
any process. It runs in the main process for jobs=1 and in the workers (kg.corpus.pool)
otherwise.
"""
from __future__ import annotations

import time
from typing import Sequence

from ..records import Document, Entity
from .results import DocResult

_STATE: dict = {}


def configure(base: str, chunk_chars: int | None, batch_size: int, validate: bool,
              shapes: str | None, nlp=None) -> None:
    """The settings process_batch uses in this process, and the pipeline (`nlp`, or
    loaded here)."""
    from ..nlp import load_nlp
    from ..rdf.naming import Iris, check_base

    _STATE.update(nlp=nlp or load_nlp(), iris=Iris(check_base(base)), chunk_chars=chunk_chars,
                  batch_size=batch_size, validate=validate, shapes=shapes)


def init_worker(*config) -> None:
    configure(*config)


def pipeline():
    """The spaCy pipeline configure() loaded."""
    return _STATE["nlp"]


def _entity_records(entities: Sequence[Entity]) -> tuple:
    return tuple((e.key, e.name, e.type, tuple(e.aliases)) for e in entities)


def document_result(document: Document, doc, iris, validate: bool = True,
                    shapes: str | None = None) -> DocResult:
    """spaCy Doc -> DocResult: records, quads, per-document SHACL, N-Quads lines."""
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
        ex = extract_from_doc(doc, document)
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


def process_batch(documents: Sequence[Document]) -> list[DocResult]:
    """Text in, N-Quads out, for a batch: a pure function of the documents (and the
    settings given to configure, here or in the worker initializer)."""
    from .chunking import RUNAWAY_TOKENS, parse_chunked, unparsed_pieces

    nlp = _STATE["nlp"]
    t0 = time.perf_counter()
    results: list[DocResult] = []
    try:
        docs = list(parse_chunked(nlp, [d.text for d in documents], _STATE["chunk_chars"],
                                  _STATE["batch_size"]))
    except Exception:
        docs = None  # one text broke the batch: retry one by one below
    t_nlp = time.perf_counter() - t0
    for i, document in enumerate(documents):
        if docs is None:
            t = time.perf_counter()
            try:
                doc = next(parse_chunked(nlp, [document.text], _STATE["chunk_chars"], 1))
            except Exception as exc:
                results.append(DocResult(document.id, "error", message=f"spaCy: {type(exc).__name__}: {exc}"[:300]))
                continue
            nlp_share = time.perf_counter() - t
        else:
            doc, nlp_share = docs[i], t_nlp / len(documents)
        r = document_result(document, doc, _STATE["iris"], _STATE["validate"], _STATE["shapes"])
        r.timings["nlp"] = nlp_share
        flat = unparsed_pieces(document.text, _STATE["chunk_chars"])
        if flat:
            r.note = (f"{flat} piece{'s' if flat > 1 else ''} of runaway text (no sentence end in over "
                      f"{RUNAWAY_TOKENS} tokens, mostly punctuation or symbols) tokenized but not parsed")
        results.append(r)
    return results
