"""`kg`: a thin Typer layer over the library.

Exit codes: 0 ok; 1 the graph does not conform to the SHACL shapes; 2 an error (one line
`error: …` on stderr, never a traceback unless --debug or KG_DEBUG=1); 3 written, but some
corpus records were skipped (each reported with its line number).
"""
from __future__ import annotations

import functools
import os
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperGroup

try:  # typer >= 0.2x carries its own copy of click
    from typer._click import exceptions as _click_errors
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import exceptions as _click_errors

from . import __version__
from .errors import FormatError, InputError, KgError


class OneLineErrors(TyperGroup):
    """Click's own usage errors (unknown option, missing argument, bad value) as one line
    `error: …` with exit 2, like ours; help and --version print as usual."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except getattr(_click_errors, "NoArgsIsHelpError", ()) as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except _click_errors.ClickException as exc:
            message = " ".join(exc.format_message().split())
            ctx = getattr(exc, "ctx", None)
            usage = isinstance(exc, _click_errors.UsageError) and ctx is not None
            hint = f" (see '{ctx.command_path} --help')" if usage else ""
            typer.echo(f"error: {message}{hint}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


# Every command that reads RDF reads any file `kg extract` writes: the format comes from
# this option, else the extension, else the content (kg.rdf.reading).
INPUT_FORMAT_HELP = ("Format of the input graph(s): turtle|nt|nq|trig|json-ld|xml "
                     "(default: from the extension, else from the content).")


app = typer.Typer(
    name="kg", cls=OneLineErrors, no_args_is_help=True, add_completion=False,
    pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Build an RDF knowledge graph of who did what to whom from English news text.")

_state = {"debug": os.environ.get("KG_DEBUG", "") not in ("", "0")}


def _err(message: str) -> None:
    typer.echo(message, err=True)


def handle_errors(fn):
    """Every command: user errors -> `error: …` + exit 2; no traceback leaks."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except KgError as exc:
            if _state["debug"]:
                raise
            _err(f"error: {exc.one_line()}")
            raise typer.Exit(exc.exit_code)
        except BrokenPipeError:  # `kg query … | head`
            _silence_stdout()
            raise typer.Exit(0)
        except KeyboardInterrupt:
            _err("error: interrupted")
            raise typer.Exit(130)
        except Exception as exc:
            if _state["debug"]:
                raise
            detail = " ".join(str(exc).split())[:300] or "no details"
            _err(f"error: unexpected {type(exc).__name__}: {detail} (run with --debug for a traceback)")
            raise typer.Exit(2)
    return wrapper


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _emit(data: bytes, output: str) -> None:
    """To stdout for '-', else an atomic write (never a partial file)."""
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from .rdf.serialize import write_atomic

    write_atomic(output, data)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg (newskg) {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks (also KG_DEBUG=1)."),
) -> None:
    """Build an RDF knowledge graph of who did what to whom from English news text."""
    if debug:
        _state["debug"] = True


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
    from .corpus import run_corpus
    from .nlp import ModelNotFound

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
    from .rdf.build import counts
    from .rdf.formats import output_format
    from .rdf.merge import MergeError, merge_graphs

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
    from .rdf.serialize import serialize
    from .validate import validate

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
    from .validate import validate

    report = validate(_graph_or_store(graph, store, input_format), shapes)
    typer.echo(report.text())
    raise typer.Exit(0 if report.conforms else 1)


def _graph_or_store(graph: Optional[str], store: Optional[str], input_format: Optional[str] = None):
    """An rdflib Dataset from GRAPH or from --store DIR (exactly one of them)."""
    if (graph is None) == (store is None):
        raise KgError("give either a GRAPH file or --store DIR")
    if store is not None:
        from .store import load_dataset

        return load_dataset(store)
    from .inputs import load_graph

    return load_graph(graph, input_format)


@app.command()
@handle_errors
def query(
    graph: Optional[str] = typer.Argument(None, metavar="[GRAPH]",
                                          help="RDF file to query, or '-' for stdin (not with --store)."),
    sparql: Optional[str] = typer.Argument(None, metavar="[QUERY]",
                                           help="SPARQL text, or the name of a queries/<name>.rq cookbook query."),
    file: Optional[str] = typer.Option(None, "--file", help="Read the query from a .rq file."),
    fmt: str = typer.Option("table", "--format", "-f",
                            help="table|csv|tsv|json (SPARQL 1.1 results); CONSTRUCT/DESCRIBE: "
                                 "turtle|nt|nq|trig|json-ld|xml."),
    store: Optional[str] = typer.Option(None, "--store", help="Query a store made by `kg load` instead of a file."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
    timeout: float = typer.Option(60.0, "--timeout", help="Time limit of the query, in seconds."),
) -> None:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query (on Oxigraph; the default graph is
    the union of all graphs). SERVICE, FROM and FROM NAMED are refused: a query reads the
    graph it is given and nothing else, within --timeout seconds."""
    from .query import check_format, format_result, resolve_query, run_query
    from .query_limits import check_query, run_with_time_limit

    fmt = check_format(fmt)
    if store is not None and sparql is None:
        graph, sparql = None, graph  # `kg query --store DIR QUERY`
    if store is not None and graph is not None:
        raise KgError("give either a GRAPH file or --store DIR, not both")
    if store is None and graph is None:
        raise KgError("give a GRAPH file or --store DIR")
    text, _ = resolve_query(sparql, file)
    check_query(text)
    if store is not None:
        from .store import reading

        def work() -> bytes:  # the store is opened in the child: RocksDB does not survive fork
            with reading(store) as data:
                return format_result(run_query(data, text), fmt, query_text=text)
    else:
        from .oxterms import file_to_store

        data = file_to_store(graph, fmt=input_format)

        def work() -> bytes:
            return format_result(run_query(data, text), fmt, query_text=text)
    _emit(run_with_time_limit(work, timeout), "-")


@app.command()
@handle_errors
def stats(
    graph: Optional[str] = typer.Argument(None, help="RDF file (not with --store)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text|json"),
    store: Optional[str] = typer.Option(None, "--store", help="Count a store made by `kg load`."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
) -> None:
    """Count documents, entities per class, events per class and direct facts."""
    import json

    from .stats import compute_stats

    if fmt not in ("text", "json"):
        raise FormatError(f"unknown format '{fmt}' (choose from: text, json)")
    if store is not None and graph is None:
        from .stats import store_stats
        from .store import reading

        with reading(store) as data:
            result = store_stats(data)
    else:
        result = compute_stats(_graph_or_store(graph, store, input_format))
    typer.echo(json.dumps(result.as_dict(), indent=2) if fmt == "json" else result.text())


@app.command()
@handle_errors
def ontology(
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="turtle|nt|nq|trig|json-ld|xml|html (default: from the -o "
                                           "extension, else turtle, the source file as is)."),
    output: str = typer.Option("-", "-o", "--output", help="Output file ('-' = stdout)."),
) -> None:
    """Print the newskg ontology (Turtle source, another RDF format, or an HTML page)."""
    from .inputs import load_graph, resource_path
    from .rdf.formats import FORMATS, normalize_format, output_format

    path = resource_path("ontology/newskg.ttl")
    if fmt:
        fmt = normalize_format(fmt, FORMATS + ("html",))
    elif output.lower().endswith((".html", ".htm")):
        fmt = "html"
    if fmt != "html":
        fmt = output_format(fmt, output)
    if fmt == "turtle":
        data = path.read_bytes()
    elif fmt == "html":
        try:
            from .rdf.ontology_html import render_html
        except ImportError:
            raise KgError("HTML rendering is not available (kg.rdf.ontology_html is missing)") from None
        html = render_html(load_graph(path).default_graph)
        data = html.encode("utf-8") if isinstance(html, str) else html
    else:
        from .rdf.serialize import serialize

        data = serialize(load_graph(path), fmt)
    _emit(data, output)


@app.command("eval")
@handle_errors
def eval_cmd(
    gold: List[Path] = typer.Argument(..., metavar="GOLD",
                                      help="Gold annotations, JSON Lines (../shared/eval/GUIDELINES.md); several files are one pool."),
    relations: str = typer.Option("", "--relations", "-r",
                                  help="Comma-separated relations to score (default: all)."),
    half: Optional[str] = typer.Option(None, "--half",
                                       help="even|odd: only the documents at even (0, 2, ...) or odd positions of the pool."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and false negative."),
) -> None:
    """Score the extractor against gold annotations: P/R/F1 per relation, core and extended micro."""
    from .evaluate import evaluate_files, format_table
    from .lexicon import load_relations

    wanted = [r.strip() for r in relations.split(",") if r.strip()] or None
    unknown = sorted(set(wanted or ()) - set(load_relations()))
    if unknown:
        raise KgError(f"unknown relation(s): {', '.join(unknown)} (known: {', '.join(load_relations())})")
    if half not in (None, "even", "odd"):
        raise KgError(f"--half: '{half}' is neither even nor odd")
    for path in gold:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    try:
        score = evaluate_files(gold, wanted, half=half)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if as_json:
        data = score.as_dict()
        if errors:
            data["errors"] = [vars(e) for e in score.errors]
        typer.echo(json.dumps(data, indent=2))
        return
    typer.echo(format_table(score))
    if errors:
        for e in score.errors:
            typer.echo(f"{e.kind}\t{e.doc}\t{e.subject} {e.relation} {e.object}\t{' '.join(e.sentence.split())}")


# ---------------------------------------------------------------- store, endpoint, pictures

@app.command()
@handle_errors
def load(
    graphs: List[str] = typer.Argument(..., metavar="GRAPH",
                                       help="Graphs written by `kg extract` or `kg merge`, any of our six formats."),
    store: str = typer.Option(..., "--store", help="Store directory (created on the first load)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
) -> None:
    """Load graphs into a persistent Oxigraph store: merged with what it holds as `kg merge`
    would, SHACL-checked first (exit 1, nothing loaded, if they do not conform)."""
    from .store import NotConforming, load as load_store

    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(graphs) + 4, unit="step", file=sys.stderr, leave=False, mininterval=0,
                   desc="kg load", bar_format="{desc:<36.36} {bar:30} {n_fmt}/{total_fmt} steps {elapsed}")

    def step(label: str) -> None:
        if bar is not None:
            bar.set_description_str(label, refresh=False)
            bar.update(1)

    try:
        n = load_store(graphs, store, progress=step, fmt=input_format)
    except NotConforming as exc:
        if bar is not None:
            bar.close()
        _err(exc.report.text(limit=50))
        _err("error: the graph does not conform to the SHACL shapes; nothing loaded")
        raise typer.Exit(1)
    finally:
        if bar is not None:
            bar.close()
    _err(f"kg: loaded {len(graphs)} graph{'s' if len(graphs) != 1 else ''} into {store}: "
         f"{n['documents']} documents, {n['entities']} entities, {n['events']} events, "
         f"{n['facts']} direct facts in the store")


@app.command()
@handle_errors
def serve(
    store: str = typer.Option(..., "--store", help="Store directory made by `kg load`."),
    bind: str = typer.Option("127.0.0.1:7878", "--bind", help="HOST:PORT to listen on (loopback by default)."),
    timeout: float = typer.Option(30, "--timeout", help="Time limit per query, in seconds."),
) -> None:
    """Serve a store read-only over the SPARQL 1.1 Protocol (/query) with a YASGUI page at /;
    the default graph is the union of all graphs. Ctrl-C stops it."""
    from .serve import serve as run_server

    run_server(store, bind, timeout, announce=lambda line: _err(line))


def _read_ox(graph: Optional[str], store: Optional[str], input_format: Optional[str], read):
    """read(an Oxigraph store) over GRAPH or --store DIR (exactly one of them)."""
    if (graph is None) == (store is None):
        raise KgError("give either a GRAPH file or --store DIR")
    if store is not None:
        from .store import reading

        with reading(store) as data:
            return read(data)
    from .oxterms import file_to_store

    return read(file_to_store(graph, fmt=input_format))


@app.command("graph")
@handle_errors
def graph_cmd(
    graph: Optional[str] = typer.Argument(None, help="RDF file (not with --store)."),
    output: str = typer.Option(..., "-o", "--output", help="Picture to write: .svg .png .pdf (Graphviz) or .html."),
    store: Optional[str] = typer.Option(None, "--store", help="Draw a store made by `kg load`."),
    relation: str = typer.Option("", "--relation", "-r", help="Comma-separated relations to draw (default: all)."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Only the neighbourhood of this actor (name, alias or key)."),
    hops: Optional[int] = typer.Option(None, "--hops", min=0, help="With --entity: how many steps out (default 1)."),
    min_reports: int = typer.Option(1, "--min-reports", min=1, help="Only relations reported by at least K events."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
) -> None:
    """Draw the who-did-what-to-whom network of the direct facts: actors as nodes (shape and
    colour by class), relations as edges (colour by relation, width by number of reports)."""
    from .draw.network import read_network, select
    from .draw.render import output_format, render

    fmt = output_format(output)
    if hops is not None and entity is None:
        raise KgError("--hops needs --entity")
    net = _read_ox(graph, store, input_format, read_network)
    wanted = [r.strip() for r in relation.split(",") if r.strip()] or None
    net = select(net, wanted, entity, 1 if hops is None else hops, min_reports)
    if not net.edges:
        raise KgError("nothing to draw: no direct facts match")
    _emit(render(net, fmt), output)
    _err(f"kg: drew {len(net.nodes)} actors and {len(net.edges)} relations -> {output}")


@app.command("map")
@handle_errors
def map_cmd(
    graph: Optional[str] = typer.Argument(None, help="RDF file (not with --store)."),
    output: str = typer.Option(..., "-o", "--output", help="HTML page to write (.html)."),
    store: Optional[str] = typer.Option(None, "--store", help="Map a store made by `kg load`."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=INPUT_FORMAT_HELP),
) -> None:
    """Put the located events on an offline map page (Leaflet and country outlines inlined,
    no tile server): one marker per event with a linked place, coloured by relation; its
    popup shows the source sentence."""
    from .draw.map import read_markers, render_map

    if not output.lower().endswith((".html", ".htm")):
        raise FormatError(f"{output}: the map is an HTML page (use .html)")
    markers = _read_ox(graph, store, input_format, read_markers)
    _emit(render_map(markers), output)
    _err(f"kg: mapped {len(markers)} located events -> {output}")
