"""`kg extract`, `kg merge`, `kg validate` (and reading a graph or a store)."""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from ..errors import KgError
from .core import INPUT_FORMAT_HELP, _emit, _err, app, handle_errors


@app.command()
@handle_errors
def extract(
    inputs: List[str] = typer.Argument(..., metavar="INPUT",
                                       help="Text files, JSON Lines files, directories, globs, or '-' for stdin."),
    output: str = typer.Option("-", "-o", "--output", help="Output file ('-' = stdout). Parent directories are created."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="turtle|nt|nq|trig|json-ld|xml (default: from the -o extension, else turtle)."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI for instances (default https://w3id.org/newskg/id/)."),
    timestamp: bool = typer.Option(False, "--timestamp",
                                   help="Record start/end times in the run record (the output then differs between runs)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for spaCy and extraction."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same -o file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-record skip messages."),
    engine: Optional[str] = typer.Option(None, "--engine",
                                         help="dask: run on a Dask cluster (pip install 'newskg[dask]'); "
                                              "without --address a local one with --jobs workers."),
    address: Optional[str] = typer.Option(None, "--address", help="With --engine dask: the scheduler, tcp://HOST:8786."),
    scheduler_file: Optional[str] = typer.Option(None, "--scheduler-file",
                                                 help="With --engine dask: the scheduler's JSON file (dask-scheduler --scheduler-file)."),
    partition_size: Optional[int] = typer.Option(None, "--partition-size", min=1,
                                                 help="With --engine dask: at most K documents per partition (default 256)."),
    work_dir: Optional[str] = typer.Option(None, "--work-dir",
                                           help="Directory for the run's work files (default: beside the output); "
                                                "with a Dask cluster, on storage every worker sees."),
) -> None:
    """Extract a knowledge graph from news texts, with its run record; SHACL-check it before writing.

    Every run streams: documents go through spaCy and extraction (in --jobs worker
    processes), each document's graph is SHACL-checked as it is made, a bad record or
    document is reported and skipped (exit code 3), long texts are parsed in chunks, the
    output appears whole or not at all, and an interrupted run can --resume."""
    if jobs > 1 and "numpy" not in sys.modules:
        # No BLAS/OpenMP thread pools: the workers are forked from this process (kg.corpus
        # loads the pipeline once, here), which must have no threads then; each worker
        # uses one core anyway.
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = "1"
    from ..corpus import run_corpus
    from ..nlp import ModelNotFound

    try:
        summary = run_corpus(inputs, output, fmt, jobs=jobs, resume=resume, quiet=quiet, base=base,
                             timestamp=_now() if timestamp else None, require_documents=True,
                             engine=engine, address=address, scheduler_file=scheduler_file,
                             partition_size=partition_size, work_dir=work_dir)
    except ModelNotFound as exc:
        raise KgError(str(exc)) from None
    if not summary.conforms:
        _err(summary.report.text(limit=50))
        _err("error: the graph does not conform to the SHACL shapes; nothing written")
        raise typer.Exit(1)
    _err(summary.text())
    if summary.skipped:
        _err(f"kg: {summary.skipped} records skipped; exit code {summary.exit_code}")
    raise typer.Exit(summary.exit_code)


@app.command()
@handle_errors
def merge(
    graphs: List[str] = typer.Argument(..., metavar="GRAPH",
                                       help="Graphs written by `kg extract` (or `kg merge`), any RDF format."),
    output: str = typer.Option("-", "-o", "--output", help="Output file ('-' = stdout). Parent directories are created."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="turtle|nt|nq|trig|json-ld|xml (default: from the -o extension, else turtle)."),
    timestamp: bool = typer.Option(False, "--timestamp",
                                   help="Record the merge time in the run record (the output then differs between runs)."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
) -> None:
    """Merge graphs extracted separately into the graph one run over all their inputs gives."""
    from ..rdf.build import counts
    from ..rdf.formats import output_format
    from ..rdf.merge import MergeError, merge_graphs

    fmt = output_format(fmt, output)
    try:
        dataset = merge_graphs(graphs, timestamp=_now() if timestamp else None, fmt=input_format)
    except MergeError as exc:
        raise KgError(str(exc)) from None
    _check_and_emit(dataset, fmt, output)
    n = counts(dataset)
    _err(f"kg: merged {len(graphs)} graphs: {n['documents']} documents, {n['entities']} entities, "
         f"{n['events']} events, {n['facts']} direct facts -> {_where(output)} ({fmt})")


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def _where(output: str) -> str:
    return "stdout" if output == "-" else output


def _check_and_emit(dataset, fmt: str, output: str) -> None:
    """SHACL-check, then write; a non-conforming graph is never written (exit 1)."""
    from ..rdf.serialize import serialize
    from ..validate import validate

    report = validate(dataset)
    if not report.conforms:
        _err(report.text(limit=50))
        _err("error: the graph does not conform to the SHACL shapes; nothing written")
        raise typer.Exit(1)
    _emit(serialize(dataset, fmt), output)


@app.command("validate")
@handle_errors
def validate_cmd(
    graph: Optional[str] = typer.Argument(None, help="RDF file in any format `kg extract` writes, or '-' for stdin."),
    shapes: Optional[str] = typer.Option(None, "--shapes", help="Shapes file (default: shapes/newskg.shapes.ttl)."),
    store: Optional[str] = typer.Option(None, "--store", help="Check a store made by `kg load` instead of a file."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
) -> None:
    """Check a graph against the SHACL shapes. Exit 0 conforms, 1 violations, 2 unusable input
    (including RDF that a strict parser rejects, such as an invalid IRI)."""
    from ..validate import validate

    report = validate(_graph_or_store(graph, store, input_format), shapes)
    typer.echo(report.text())
    raise typer.Exit(0 if report.conforms else 1)


def _graph_or_store(graph: Optional[str], store: Optional[str], input_format: Optional[str] = None):
    """An rdflib Dataset from GRAPH or from --store DIR (exactly one of them)."""
    if (graph is None) == (store is None):
        raise KgError("give either a GRAPH file or --store DIR")
    if store is not None:
        from ..store import load_dataset

        return load_dataset(store)
    from ..inputs import load_graph

    return load_graph(graph, input_format)
