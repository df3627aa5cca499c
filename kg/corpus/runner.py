"""Corpus runs: many documents in, one RDF file out, in bounded memory, resumable.

    from kg.corpus import run_corpus
    summary = run_corpus(["corpus.jsonl"], "out/graph.nq", jobs=2)

The spaCy pipeline is loaded once, in the main process. With jobs > 1 the workers are
forked from it on Linux when the process has no other thread (choose_start_method; the CLI
sets OMP/OPENBLAS/MKL_NUM_THREADS=1 before numpy is imported so BLAS starts no pool), so
they start at once and share the model copy-on-write; elsewhere, or when a thread exists,
they are spawned and each loads its own.

Flow per batch of documents (in the main process for jobs=1, else in worker processes):
spaCy `nlp.pipe` (long texts in sentence-aligned chunks, kg.corpus.chunking) -> extraction
records -> the document's quads (kg.rdf.build.document_quads) -> SHACL check of the
document's own graph (kg.corpus.shacl) -> sorted canonical N-Quads lines. `process_batch`
is a pure function of the documents (and the base IRI): the same text always gives the
same bytes, in any process.

The main process appends each finished document's lines to `docs.nq` in a sidecar work
directory next to the output (`.<name>.kgrun/`) and then a line to `journal.jsonl` (the
document id, the end offset of its lines in docs.nq, the SHA-256 of its text and its
entity records). Nothing is
kept in memory per document except its id (to skip duplicates and resumed documents).
At the end: entity descriptions are merged from the journal in input order (first name
and type win, as in kg.rdf.build), checked once as the cross-document part of the SHACL
shapes, and the output is assembled:
- the run record (kg.rdf.runrecord): its counts are taken from the sorted data lines as
  the external sort writes them (TripleCounter), its input hashes from the journal; its
  lines are sorted on disk and merged into the sorted data;
- nt / nq: all lines, externally sorted and de-duplicated -> byte-identical to
  kg.rdf.serialize.serialize() of the same graph with its run record (`kg extract` on the
  same documents);
- turtle: the sorted N-Triples streamed through pyoxigraph's Turtle serializer;
- trig: the default graph, then one block per document in input order, through pyoxigraph;
- json-ld, xml: through kg.rdf.serialize (in memory: not for large corpora).
The file is written in the work directory and renamed over the output (atomic); the work
directory is then removed. `resume=True` reads the journal, truncates docs.nq to the last
journalled document (a torn write is dropped) and processes only the remaining
documents, so the final output equals that of an uninterrupted run.
"""
from __future__ import annotations

import heapq
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence

from ..errors import FormatError, KgError, OutputError
from ..records import Document, Entity
from .sources import Skip, count_lines, iter_items

JOURNAL_VERSION = 2           # 2: journal entries carry the text's SHA-256 (run record)
DEFAULT_BATCH = 32
SORT_RUN_LINES = 100_000       # lines per in-memory run of the external sort (~30 MB)
MAX_REPORTED_SKIPS = 1000      # skips kept in RunSummary.skips (all are counted)

EXIT_OK, EXIT_NONCONFORMING, EXIT_SKIPPED = 0, 1, 3


# ---------------------------------------------------------------- results

@dataclass
class DocResult:
    """What a worker sends back for one document (picklable, small)."""
    id: str
    status: str                     # "ok" | "invalid" | "error"
    nquads: bytes = b""             # sorted, unique canonical N-Quads lines
    entities: tuple = ()            # ((key, name, type, (aliases...)), ...)
    message: str = ""
    words: int = 0
    timings: dict = field(default_factory=dict)
    sha256: str = ""                # of the text, for the run record


@dataclass
class RunSummary:
    output: str
    format: str
    documents: int = 0              # documents in the output (this run + resumed)
    processed: int = 0              # documents processed by this run
    resumed: int = 0                # documents taken from the journal of an earlier run
    skipped: int = 0                # records / documents not in the output
    skips: list = field(default_factory=list)   # the first MAX_REPORTED_SKIPS Skip records
    lines: int = 0                  # triples (nt) or quads (nq, trig) written
    words: int = 0                  # words processed by this run
    conforms: bool = True           # cross-document SHACL verdict (documents are checked one by one)
    report: object = None           # kg.validate.Report of the cross-document check
    completed: bool = False         # False: interrupted (stop_after); resume to finish
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)   # seconds per stage, summed over workers
    start_method: str = ""          # how workers started for jobs > 1: "fork" or "spawn"

    @property
    def exit_code(self) -> int:
        """0 all written; 1 the graph does not conform (nothing written); 3 written, but
        some records were skipped (bad JSON, missing text, a document that failed)."""
        if not self.conforms:
            return EXIT_NONCONFORMING
        return EXIT_SKIPPED if self.skipped else EXIT_OK

    def text(self) -> str:
        where = "stdout" if self.output == "-" else self.output
        extra = f", {self.resumed} resumed" if self.resumed else ""
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"kg: {self.documents} documents{extra}{skipped}, {self.lines} "
                f"{'quads' if self.format in ('nq', 'trig') else 'triples'} -> {where} ({self.format}) "
                f"in {self.seconds:.1f}s")


# ---------------------------------------------------------------- per-document work

_STATE: dict = {}


def _configure(base: str, chunk_chars: int | None, batch_size: int, validate: bool,
               shapes: str | None) -> None:
    from ..nlp import load_nlp
    from ..rdf.build import Iris, check_base

    _STATE.update(nlp=load_nlp(), iris=Iris(check_base(base)), chunk_chars=chunk_chars,
                  batch_size=batch_size, validate=validate, shapes=shapes)


def _init_worker(*config) -> None:
    _configure(*config)


def _entity_records(entities: Sequence[Entity]) -> tuple:
    return tuple((e.key, e.name, e.type, tuple(e.aliases)) for e in entities)


def document_result(document: Document, doc, iris, validate: bool = True,
                    shapes: str | None = None) -> DocResult:
    """spaCy Doc -> DocResult: records, quads, per-document SHACL, N-Quads lines."""
    import pyoxigraph as ox

    from ..extract import extract_from_doc
    from ..rdf.build import _MergedEntity, document_quads, entity_quads
    from ..rdf.runrecord import sha256_text
    from ..rdf.serialize import _ox
    from .shacl import validate_triples

    timings = {}
    t0 = time.perf_counter()
    try:
        ex = extract_from_doc(doc, document)
        t1 = time.perf_counter()
        quads = list(document_quads(ex, iris))
        local = {}
        for e in ex.entities:
            local.setdefault(e.key, _MergedEntity(e.key, e.name, e.type)).add(e)
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
    data = ox.serialize([ox.Quad(_ox(s), _ox(p), _ox(o), _ox(g)) for s, p, o, g in quads],
                        format=ox.RdfFormat.N_QUADS)
    lines = sorted(set(data.split(b"\n")) - {b""})
    nquads = b"".join(line + b"\n" for line in lines)
    timings["rdf"] = (t2 - t1) + (time.perf_counter() - t3)
    return DocResult(document.id, "ok", nquads, _entity_records(ex.entities),
                     words=len(document.text.split()), timings=timings,
                     sha256=sha256_text(document.text))


def process_batch(documents: Sequence[Document]) -> list[DocResult]:
    """Text in, N-Quads out, for a batch: a pure function of the documents (and the
    configuration set by _configure / the worker initializer)."""
    from .chunking import parse_chunked

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
        results.append(r)
    return results


# ---------------------------------------------------------------- journal

class Journal:
    """The work directory of one output: docs.nq + journal.jsonl + meta.json."""

    def __init__(self, workdir: Path):
        self.dir = workdir
        self.docs = workdir / "docs.nq"
        self.path = workdir / "journal.jsonl"
        self.meta = workdir / "meta.json"

    def start(self, meta: dict, resume: bool) -> tuple[set[str], int]:
        """Open for appending; returns (finished ids, finished count)."""
        done: list[str] = []
        end = 0
        if resume and self.meta.exists():
            old = json.loads(self.meta.read_text("utf-8"))
            if old != meta:
                diff = ", ".join(k for k in sorted(set(old) | set(meta)) if old.get(k) != meta.get(k))
                raise KgError(f"--resume: the unfinished run used different settings ({diff}); "
                              f"run without --resume to start again")
            good = 0
            with self.path.open("rb") as fh:
                for raw in fh:
                    try:
                        rec = json.loads(raw)
                    except ValueError:
                        break  # a torn last line: everything after it is redone
                    if not raw.endswith(b"\n"):
                        break
                    done.append(rec["id"])
                    end = rec["end"]
                    good += len(raw)
            with self.path.open("r+b") as fh:
                fh.truncate(good)
            with self.docs.open("r+b") if self.docs.exists() else self.docs.open("w+b") as fh:
                fh.truncate(end)
        else:
            if self.dir.exists():
                shutil.rmtree(self.dir)
            self.dir.mkdir(parents=True)
            self.meta.write_text(json.dumps(meta, sort_keys=True), "utf-8")
            self.docs.touch()
            self.path.touch()
        self._docs = self.docs.open("ab")
        self._journal = self.path.open("ab")
        self.end = end
        return set(done), len(done)

    def add(self, results: Iterable[DocResult]) -> None:
        """Document lines first, then their journal entries, both flushed to disk: after a
        crash the journal never names a document whose lines are not complete."""
        entries = []
        for r in results:
            self._docs.write(r.nquads)
            self.end += len(r.nquads)
            entries.append(json.dumps({"id": r.id, "end": self.end, "h": r.sha256, "e": r.entities},
                                      ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
        self._docs.flush()
        os.fsync(self._docs.fileno())
        self._journal.write(b"".join(entries))
        self._journal.flush()
        os.fsync(self._journal.fileno())

    def close(self) -> None:
        for fh in (getattr(self, "_docs", None), getattr(self, "_journal", None)):
            if fh is not None:
                fh.close()

    def records(self) -> Iterator[dict]:
        with self.path.open("rb") as fh:
            for raw in fh:
                yield json.loads(raw)


# ---------------------------------------------------------------- external sort

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
                fh.writelines(sorted(set(buf)))
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
                lines = sorted(set(buf))
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


# The subject, predicate and object of a canonical N-Triples / N-Quads line (pyoxigraph's
# output: one space between terms, IRIs without spaces, literals with escaped quotes).
_TRIPLE_RE = re.compile(rb'(<[^>]*>|_:[^ ]+) (<[^>]*>) (<[^>]*>|_:[^ ]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?) ')
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


# ---------------------------------------------------------------- the run

def _workdir_for(output: str) -> Path:
    path = Path(output)
    return path.parent / f".{path.name}.kgrun"


def _progress(total: int | None, quiet: bool, initial: int):
    stream = sys.stderr
    disable = quiet or not (hasattr(stream, "isatty") and stream.isatty())
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0   # no monitor thread: workers may be forked while it runs

    return Bar(total=total, initial=initial, unit="doc", file=stream, disable=disable,
               dynamic_ncols=True, smoothing=0.1, desc="kg")


_BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded() -> bool:
    """True when this process has one thread, native threads included (Linux: /proc)."""
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def choose_start_method(requested: str | None = None) -> str:
    """'fork' on Linux when the process has no other thread (the loaded pipeline is then
    shared copy-on-write and workers start at once), else 'spawn' (each worker imports
    spaCy and loads the model, 3-4 s). A thread at fork time (e.g. an OpenBLAS pool,
    created when numpy is imported without OPENBLAS_NUM_THREADS=1; `kg extract --jobs N`
    sets it before anything imports numpy) would make fork unsafe, so spawn is used then."""
    import multiprocessing as mp

    if requested:
        return requested
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods() and single_threaded():
        return "fork"
    return "spawn"


def _noop() -> None:
    return None


def _start_pool(jobs: int, config: tuple, method: str):
    """A started process pool (all workers exist when this returns), or None for jobs=1.
    The pipeline is already loaded in this process (_configure): forked workers inherit
    it; spawned ones load their own in the initializer."""
    if jobs <= 1:
        return None
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context(method)
    if method == "fork":
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)
    else:
        # One BLAS thread per worker: jobs processes already fill the cores.
        saved = {k: os.environ.get(k) for k in _BLAS_VARS}
        for k in saved:
            os.environ[k] = "1"
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx,
                                       initializer=_init_worker, initargs=config)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    # Start the workers now (with fork: all of them, before any thread of ours exists).
    pool.submit(_noop).result()
    return pool


def _ordered(batches: Iterator[list[Document]], pool) -> Iterator[list[DocResult]]:
    """Results of process_batch for each batch, in input order; at most 2*jobs batches
    in flight, so memory does not depend on the corpus size."""
    if pool is None:
        for batch in batches:
            yield process_batch(batch)
        return
    jobs = pool._max_workers
    pending: deque = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(process_batch, batch))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _batches(items: Iterator, done: set[str], size: int, on_skip: Callable[[Skip], None],
             resumed: Callable[[], None]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Skip):
            on_skip(item)
            continue
        if item.id in done:
            resumed()
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_corpus(inputs: Sequence[str], output: str, fmt: str | None = None, jobs: int = 1,
               resume: bool = False, quiet: bool = False, base: str | None = None, *,
               batch_size: int = DEFAULT_BATCH, chunk_chars: int | None = None,
               validate: bool = True, shapes: str | None = None, stdin: BinaryIO | None = None,
               stop_after: int | None = None, on_skip: Callable[[Skip], None] | None = None,
               keep_workdir: bool = False, timestamp=None,
               start_method: str | None = None) -> RunSummary:
    """Extract a corpus into one RDF file. See the module docstring.

    inputs: text files, directories, globs, JSON Lines files, '-' (stdin).
    output: a file path, or '-' for stdout (then no resume).
    stop_after: stop (as if interrupted) once at least this many documents are journalled;
        the summary then has completed=False and a later resume=True run finishes the job.
    on_skip: called for each skipped record as it happens (default: a line on stderr
        unless quiet).
    timestamp: None (default: a byte-stable run record) or the run's start (True = now, a
        datetime or an xsd:dateTime string): the record then has start and end times. A
        resumed run keeps the start time of the run it continues.
    start_method: for jobs > 1, "fork" or "spawn" (default: choose_start_method()).
    """
    from ..rdf.build import DEFAULT_BASE, check_base
    from ..rdf.serialize import format_for_path, normalize_format

    started = time.perf_counter()
    base = base or DEFAULT_BASE
    try:
        check_base(base)
    except ValueError as exc:
        raise FormatError(f"--base: {exc}") from None
    fmt = normalize_format(fmt) if fmt else (format_for_path(output) if output != "-" else "turtle")
    jobs = max(1, int(jobs or 1))
    if output == "-":
        if resume:
            raise KgError("--resume needs an output file (-o FILE), not stdout")
        tmp_root = Path(tempfile.mkdtemp(prefix="kg-corpus-"))
        workdir = tmp_root / "run"
    else:
        out_path = Path(output)
        if out_path.exists() and out_path.is_dir():
            raise OutputError(f"{output}: is a directory")
        try:
            out_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
        tmp_root = None
        workdir = _workdir_for(output)

    summary = RunSummary(output=output, format=fmt)
    timings = {"nlp": 0.0, "extract": 0.0, "rdf": 0.0, "shacl": 0.0}

    def skip(s: Skip) -> None:
        summary.skipped += 1
        if len(summary.skips) < MAX_REPORTED_SKIPS:
            summary.skips.append(s)
        if on_skip is not None:
            on_skip(s)
        elif not quiet:
            progress.write(s.text(), file=sys.stderr)

    # Inputs are checked (and counted) before the work directory exists, so a missing
    # file leaves nothing behind.
    total = count_lines(inputs) if inputs and "-" not in inputs else None
    # The pipeline is loaded once, here: jobs=1 uses it, forked workers inherit it, and
    # the run record names it.
    from ..rdf.runrecord import model_software, tool_software

    t = time.perf_counter()
    config = (base, chunk_chars, batch_size, validate, shapes)
    _configure(*config)
    software, model = tool_software(), model_software(_STATE["nlp"])
    timings["load"] = time.perf_counter() - t
    journal = Journal(workdir)
    meta = {"version": JOURNAL_VERSION, "base": base, "validate": validate, "shapes": shapes or "",
            "tool": f"{software.name} {software.version}", "model": f"{model.name} {model.version}"}
    done, n_done = journal.start(meta, resume)
    summary.resumed = n_done
    started_file = workdir / "started"
    if not started_file.exists():  # the start of the first run, kept across --resume
        started_file.write_text(_xsd_time(timestamp if timestamp not in (None, True) else None), "utf-8")
    if timestamp is not None:
        timestamp = started_file.read_text("utf-8")
    pool = None
    if jobs > 1:
        summary.start_method = choose_start_method(start_method)
        try:
            pool = _start_pool(jobs, config, summary.start_method)
        except BaseException:
            journal.close()
            raise
    progress = _progress(total, quiet, initial=0)

    def resumed_one() -> None:
        progress.update(1)

    items = iter_items(inputs, stdin=stdin)
    interrupted = False
    try:
        for results in _ordered(_batches(items, done, batch_size, skip, resumed_one), pool):
            ok = [r for r in results if r.status == "ok"]
            journal.add(ok)
            for r in results:
                summary.words += r.words
                for k, v in r.timings.items():
                    timings[k] = timings.get(k, 0.0) + v
                if r.status != "ok":
                    skip(Skip(r.id, None, r.message))
            summary.processed += len(ok)
            progress.update(len(results))
            if stop_after is not None and summary.processed + n_done >= stop_after:
                interrupted = True
                break
    finally:
        progress.close()
        journal.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    summary.documents = summary.processed + n_done
    summary.timings = timings
    if interrupted:
        summary.seconds = time.perf_counter() - started
        return summary

    t = time.perf_counter()
    try:
        _finish(journal, summary, fmt, base, validate, shapes, output, workdir,
                record=(software, model, timestamp))
    except BaseException:
        if tmp_root is not None:
            shutil.rmtree(tmp_root, ignore_errors=True)
        raise
    timings["finish"] = time.perf_counter() - t
    if summary.conforms and not keep_workdir:
        shutil.rmtree(tmp_root or workdir, ignore_errors=True)
    summary.completed = summary.conforms
    summary.seconds = time.perf_counter() - started
    return summary


def _xsd_time(value=None) -> str:
    from ..rdf.runrecord import _timestamp

    return str(_timestamp(value if value is not None else True))


def _finish(journal: Journal, summary: RunSummary, fmt: str, base: str, validate: bool,
            shapes: str | None, output: str, workdir: Path, record: tuple) -> None:
    import pyoxigraph as ox
    from rdflib import Literal

    from ..rdf.build import Iris, _MergedEntity, entity_quads, prefixes
    from ..rdf.namespaces import DCTERMS, NIF, NKG, RDF
    from ..rdf.runrecord import SPDX
    from ..rdf.serialize import _ox
    from .shacl import validate_triples

    iris = Iris(base)
    merged: dict[str, _MergedEntity] = {}
    first_doc: dict[str, str] = {}
    for rec in journal.records():
        for key, name, etype, aliases in rec["e"]:
            m = merged.get(key)
            if m is None:
                m = merged[key] = _MergedEntity(key, name, etype)
                first_doc[key] = rec["id"]
            m.add(Entity(key, name, etype, tuple(aliases)))
    ent_quads = list(entity_quads(merged.values(), iris))

    t = time.perf_counter()
    if validate:
        # Cross-document part: the merged entity descriptions, each with one document it
        # is mentioned in (every mention was checked with its own document).
        triples = [q[:3] for q in ent_quads]
        for key, doc_id in first_doc.items():
            doc = iris.doc(doc_id)
            triples += [(iris.entity(key), NKG.mentionedIn, doc), (doc, RDF.type, NKG.Document),
                        (doc, RDF.type, NIF.Context), (doc, DCTERMS.identifier, Literal(doc_id))]
        report = validate_triples(triples, shapes)
        summary.report = report
        summary.conforms = report.conforms
        summary.timings["shacl_cross"] = time.perf_counter() - t
        if not report.conforms:
            return

    entities_nq = workdir / "entities.nq"
    ox.serialize([ox.Quad(_ox(s), _ox(p), _ox(o), ox.DefaultGraph()) for s, p, o, _ in ent_quads],
                 output=str(entities_nq), format=ox.RdfFormat.N_QUADS)
    final = workdir / ("final" + {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig",
                                  "json-ld": ".jsonld", "xml": ".rdf"}[fmt])
    pfx = dict(sorted({**prefixes(base), "spdx": str(SPDX)}.items()))
    counter = TripleCounter()
    if fmt in ("nt", "turtle", "xml", "json-ld"):
        triples_nt = workdir / "all.nt"
        ox.serialize((q.triple for src in (journal.docs, entities_nq)
                      for q in ox.parse(path=str(src), format=ox.RdfFormat.N_QUADS)),
                     output=str(triples_nt), format=ox.RdfFormat.N_TRIPLES)
        data_nt = workdir / "data.nt"
        sort_unique([triples_nt], data_nt, observe=counter)
        triples_nt.unlink()
        run_nt = _run_record_lines(journal, counter.counts(), iris, base, record, workdir)
        sorted_nt = workdir / "sorted.nt"
        summary.lines = merge_sorted([data_nt, run_nt], sorted_nt)
        data_nt.unlink()
        if fmt == "nt":
            sorted_nt.replace(final)
        elif fmt == "turtle":
            ox.serialize(ox.parse(path=str(sorted_nt), format=ox.RdfFormat.N_TRIPLES),
                         output=str(final), format=ox.RdfFormat.TURTLE, prefixes=pfx)
        else:
            _small_format(sorted_nt, final, fmt, base, "nt")
    elif fmt == "nq":
        data_nq = workdir / "data.nq"
        sort_unique([journal.docs, entities_nq], data_nq, observe=counter)
        run_nq = _run_record_lines(journal, counter.counts(), iris, base, record, workdir)
        summary.lines = merge_sorted([data_nq, run_nq], final)
        data_nq.unlink()
    elif fmt == "trig":
        data_nq = workdir / "data.nq"  # sorted only to count distinct triples
        sort_unique([journal.docs, entities_nq], data_nq, observe=counter)
        data_nq.unlink()
        run_nq = _run_record_lines(journal, counter.counts(), iris, base, record, workdir)

        def quads():
            yield from ox.parse(path=str(entities_nq), format=ox.RdfFormat.N_QUADS)
            yield from ox.parse(path=str(run_nq), format=ox.RdfFormat.N_QUADS)
            yield from ox.parse(path=str(journal.docs), format=ox.RdfFormat.N_QUADS)
        count = [0]

        def counted():
            for q in quads():
                count[0] += 1
                yield q
        ox.serialize(counted(), output=str(final), format=ox.RdfFormat.TRIG, prefixes=pfx)
        summary.lines = count[0]
    _publish(final, output)


def _run_record_lines(journal: Journal, counts, iris, base: str, record: tuple,
                      workdir: Path) -> Path:
    """The run record (kg.rdf.runrecord) as sorted canonical N-Quads lines in the default
    graph (= N-Triples lines), built from the counts and the journal in bounded memory:
    the input hashes are sorted on disk for the activity IRI, then the per-input triples
    are written and sorted on disk."""
    import pyoxigraph as ox

    from ..rdf.runrecord import (InputRecord, activity_iri_from_parts, input_part, input_triples,
                                 record_head)
    from ..rdf.serialize import _ox

    software, model, timestamp = record
    parts, parts_sorted = workdir / "inputs.txt", workdir / "inputs.sorted.txt"
    with parts.open("wb") as fh:
        for rec in journal.records():
            fh.write(input_part(InputRecord(iris.doc(rec["id"]), rec.get("h") or None)).encode("utf-8") + b"\n")
    sort_unique([parts], parts_sorted)
    with parts_sorted.open("rb") as fh:
        run = activity_iri_from_parts(base, (line[:-1].decode("utf-8") for line in fh),
                                      [software], [model])
    parts.unlink()
    parts_sorted.unlink()
    ended = _xsd_time() if timestamp is not None else None

    def triples():
        yield from record_head(counts, run, [software], [model], base, timestamp, ended)
        for rec in journal.records():
            yield from input_triples(run, InputRecord(iris.doc(rec["id"]), rec.get("h") or None))
    raw, out = workdir / "record.raw.nq", workdir / "record.nq"
    ox.serialize((ox.Quad(_ox(s), _ox(p), _ox(o), ox.DefaultGraph()) for s, p, o in triples()),
                 output=str(raw), format=ox.RdfFormat.N_QUADS)
    sort_unique([raw], out)
    raw.unlink()
    return out


def _small_format(src: Path, final: Path, fmt: str, base: str, parser: str) -> None:
    """json-ld and RDF/XML: through kg.rdf.serialize, in memory."""
    from rdflib import Graph

    from ..rdf.build import bind_prefixes
    from ..rdf.serialize import serialize

    g = bind_prefixes(Graph(), base)
    g.parse(str(src), format=parser)
    final.write_bytes(serialize(g, fmt))


def _publish(final: Path, output: str) -> None:
    if output == "-":
        sys.stdout.flush()
        with final.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer, 1 << 20)
        sys.stdout.buffer.flush()
        return
    mask = os.umask(0)
    os.umask(mask)
    try:
        with final.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(final, 0o666 & ~mask)
        os.replace(final, output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
