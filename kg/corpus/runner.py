"""One run of `kg extract`: inputs in, one RDF file out, in bounded memory, resumable.

    from kg.corpus import run_corpus
    summary = run_corpus(["corpus.jsonl"], "out/graph.nq", jobs=2)

Every run, one sentence on stdin or a corpus of JSON Lines, takes the same stages:
source (kg.corpus.sources: documents and skipped records, in input order) -> batches
(kg.corpus.batches) -> per-document work (kg.corpus.document: spaCy, extraction, the
document's quads, its SHACL check, its sorted N-Quads lines; in worker processes for
jobs > 1, kg.corpus.pool) -> the journal (kg.corpus.journal: lines and entity records on
disk, so nothing grows in memory and an interrupted run can --resume) -> the output file
(kg.corpus.assemble: the format decides how, external sort in kg.corpus.extsort) ->
publishing (kg.corpus.publish: atomic rename or stdout) -> the RunSummary
(kg.corpus.results).

The file is written in the work directory (`.<name>.kgrun/` beside the output, chosen by
kg.corpus.output) and renamed over the output; the work directory is then removed.
`resume=True` reads the journal, truncates docs.nq to the last journalled document (a torn
write is dropped) and processes only the remaining documents, so the final output equals
that of an uninterrupted run.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import BinaryIO, Callable, Sequence

from ..errors import FormatError, KgError
from ..records import Document
from . import document as work
from .assemble import assemble
from .batches import _batches, _nothing_to_extract
from .journal import JOURNAL_VERSION, Journal, write_small
from .output import _prepare_output
from .pool import (choose_start_method, ordered, sigterm_raises, single_threaded,  # noqa: F401 (re-exported)
                   start_pool)
from .progress import progress_bar
from .publish import publish
from .results import MAX_REPORTED_SKIPS, RunSummary
from .sources import Skip, count_lines, expand, iter_items

DEFAULT_BATCH = 32


def run_corpus(inputs: Sequence[str], output: str, fmt: str | None = None, jobs: int = 1,
               resume: bool = False, quiet: bool = False, base: str | None = None, *,
               batch_size: int = DEFAULT_BATCH, chunk_chars: int | None = None,
               validate: bool = True, shapes: str | None = None, stdin: BinaryIO | None = None,
               stop_after: int | None = None, on_skip: Callable[[Skip], None] | None = None,
               keep_workdir: bool = False, timestamp=None,
               start_method: str | None = None, require_documents: bool = False,
               engine: str | None = None, address: str | None = None, scheduler_file: str | None = None,
               partition_size: int | None = None, work_dir: str | None = None) -> RunSummary:
    """Extract documents into one RDF file. See the module docstring.

    inputs: text files, directories, globs, JSON Lines files, '-' (stdin).
    output: a file path, or '-' for stdout (then no resume).
    chunk_chars: texts longer than this are parsed in sentence-aligned chunks
        (kg.corpus.chunking; default DEFAULT_CHUNK_CHARS).
    stop_after: stop (as if interrupted) once at least this many documents are journalled;
        the summary then has completed=False and a later resume=True run finishes the job.
    on_skip: called for each skipped record as it happens (default: a line on stderr
        unless quiet).
    timestamp: None (default: a byte-stable run record) or the run's start (True = now, a
        datetime or an xsd:dateTime string): the record then has start and end times. A
        resumed run keeps the start time of the run it continues.
    start_method: for jobs > 1, "fork" or "spawn" (default: choose_start_method()).
    require_documents: when no document is left to write (all skipped, or none given),
        raise InputError (one line naming the only skipped record) and write nothing.
    engine: None (this machine: `jobs` worker processes) or "dask" (kg.corpus.dask_engine:
        a local cluster of `jobs` workers, or the cluster at `address` / `scheduler_file`;
        partitions of at most `partition_size` documents).
    work_dir: where the work directory goes (default: beside the output); with a Dask
        cluster it must be on storage every worker sees.
    """
    from ..rdf.build import DEFAULT_BASE, check_base
    from ..rdf.runrecord import model_software, tool_software, xsd_time
    from ..rdf.formats import output_format

    started = time.perf_counter()
    base = base or DEFAULT_BASE
    try:
        check_base(base)
    except ValueError as exc:
        raise FormatError(f"--base: {exc}") from None
    fmt = output_format(fmt, output)  # what the -o extension says, or refused (kg.rdf.formats)
    jobs = max(1, int(jobs or 1))
    if engine not in (None, "dask"):
        raise KgError(f"--engine: unknown engine '{engine}' (choose from: dask)")
    if engine is None and (address or scheduler_file or partition_size):
        raise KgError("--address, --scheduler-file and --partition-size need --engine dask")
    if address and scheduler_file:
        raise KgError("give either --address or --scheduler-file, not both")
    # Inputs are checked (and counted) before the work directory exists, so a missing
    # file leaves nothing behind.
    total = count_lines(inputs) if inputs and "-" not in inputs else None
    if total is None:
        expand(inputs)  # the same check, without counting
    tmp_root, workdir = _prepare_output(output, resume, work_dir)

    summary = RunSummary(output=output, format=fmt)
    timings = {"nlp": 0.0, "extract": 0.0, "rdf": 0.0, "shacl": 0.0}
    # Skip messages wait for the first document when require_documents: if none comes,
    # the one error line says it all.
    held: list[str] | None = [] if require_documents else None

    def say(text: str) -> None:
        nonlocal held
        if held is not None:
            held.append(text)
        else:
            progress.write(text, file=sys.stderr)

    def release() -> None:
        nonlocal held
        pending, held = held or [], None
        for text in pending:
            say(text)

    def skip(s: Skip) -> None:
        summary.skipped += 1
        if len(summary.skips) < MAX_REPORTED_SKIPS:
            summary.skips.append(s)
        if on_skip is not None:
            on_skip(s)
        elif not quiet:
            say(s.text())

    # The pipeline is loaded once, here: jobs=1 uses it, forked workers inherit it, and
    # the run record names it. With Dask, each worker loads it and the record names theirs.
    t = time.perf_counter()
    config = (base, chunk_chars, batch_size, validate, shapes)
    software, dask = tool_software(), None
    if engine == "dask":
        from ..rdf.runrecord import Software
        from .dask_engine import DaskEngine
        from .shards import ShardSet

        config = (base, chunk_chars, batch_size, validate, str(Path(shapes).resolve()) if shapes else None)
        dask = DaskEngine(config, jobs, address, scheduler_file, quiet)
        try:
            model = Software(*dask.start(workdir))
        except BaseException:
            if tmp_root is not None or not resume:
                shutil.rmtree(tmp_root or workdir, ignore_errors=True)
            raise
        journal = ShardSet(workdir)
    else:
        work.configure(*config)
        model = model_software(work.pipeline())
        journal = Journal(workdir)
    timings["load"] = time.perf_counter() - t
    meta = {"version": JOURNAL_VERSION, "base": base, "validate": validate, "shapes": shapes or "",
            "tool": f"{software.name} {software.version}", "model": f"{model.name} {model.version}"}
    if dask is not None:
        from .dask_engine import partition_size as choose_k

        old = journal.previous_meta() if resume else None
        meta["partition_size"] = (old or {}).get("partition_size") if old and not partition_size \
            else choose_k(partition_size, total, dask.workers)
    try:
        done, n_done = journal.start(meta, resume)
    except BaseException:
        if dask is not None:
            dask.close()
        raise
    summary.resumed = n_done
    started_file = workdir / "started"
    if not started_file.exists():  # the start of the first run, kept across --resume
        write_small(started_file, xsd_time(timestamp if timestamp not in (None, True) else None))
    if timestamp is not None:
        timestamp = started_file.read_text("utf-8")
    pool = None
    if jobs > 1 and dask is None:
        summary.start_method = choose_start_method(start_method)
        try:
            pool = start_pool(jobs, config, summary.start_method)
        except BaseException:
            journal.close()
            raise
    progress = progress_bar(total, quiet)
    if n_done:
        release()

    def resumed_one() -> None:
        progress.update(1)

    def resumed_partition(docs: list[Document], index: int) -> None:
        if [d.id for d in docs] != journal.ids(index):
            raise KgError(f"--resume: the inputs changed since the unfinished run (partition {index}); "
                          f"run without --resume to start again")
        progress.update(len(docs))

    def restart():
        return start_pool(jobs, config, choose_start_method(start_method))

    items = iter_items(inputs, stdin=stdin)
    if dask is not None:
        from .dask_engine import partitions

        stream = dask.results(partitions(items, meta["partition_size"], skip), journal, done,
                              resumed_partition)
    elif pool is None:  # jobs=1: spaCy one batch ahead in a second thread
        stream = work.process_stream(_batches(items, done, batch_size, skip, resumed_one))
    else:
        stream = ordered(_batches(items, done, batch_size, skip, resumed_one, total, 2 * jobs), pool,
                         work.process_batch, restart)
    interrupted = False
    with sigterm_raises():  # SIGTERM: the cleanup below runs, the journal stays
        try:
            for results in stream:
                ok = [r for r in results if r.status == "ok"]
                journal.add(ok)
                for r in results:
                    summary.words += r.words
                    for k, v in r.timings.items():
                        timings[k] = timings.get(k, 0.0) + v
                    if r.status != "ok":
                        skip(Skip(r.id, None, r.message))
                    elif r.note and not quiet:
                        say(f"note: {r.id}: {r.note}")
                summary.processed += len(ok)
                if ok:
                    release()
                progress.update(len(results))
                if stop_after is not None and summary.processed + n_done >= stop_after:
                    interrupted = True
                    break
        finally:
            stream.close()
            progress.close()
            journal.close()
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            if dask is not None:
                dask.close()
    summary.documents = summary.processed + n_done
    summary.timings = timings
    if interrupted:
        summary.seconds = time.perf_counter() - started
        return summary
    if require_documents and not summary.documents:
        shutil.rmtree(tmp_root or workdir, ignore_errors=True)
        raise _nothing_to_extract(summary.skips, summary.skipped)
    release()

    t = time.perf_counter()
    try:
        final = assemble(journal, summary, fmt, base, validate, shapes, workdir,
                         record=(software, model, timestamp))
        if final is not None:
            publish(final, output)
    except BaseException:
        if tmp_root is not None:
            shutil.rmtree(tmp_root, ignore_errors=True)
        raise
    timings["finish"] = time.perf_counter() - t
    if not keep_workdir:  # also when nothing was written: a resume would fail the same way
        shutil.rmtree(tmp_root or workdir, ignore_errors=True)
    summary.completed = summary.conforms
    summary.seconds = time.perf_counter() - started
    return summary
