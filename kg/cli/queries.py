"""`kg query`, `kg stats`."""
from __future__ import annotations

from typing import Optional

import typer

from ..errors import FormatError, KgError
from .core import INPUT_FORMAT_HELP, _emit, app, handle_errors
from .graphs import _graph_or_store


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
    from ..query import check_format, format_result, resolve_query, run_query
    from ..query_limits import check_query, run_with_time_limit

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
        from ..store import reading

        def work() -> bytes:  # the store is opened in the child: RocksDB does not survive fork
            with reading(store) as data:
                return format_result(run_query(data, text), fmt, query_text=text)
    else:
        from ..oxterms import file_to_store

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

    from ..stats import compute_stats

    if fmt not in ("text", "json"):
        raise FormatError(f"unknown format '{fmt}' (choose from: text, json)")
    if store is not None and graph is None:
        from ..stats import store_stats
        from ..store import reading

        with reading(store) as data:
            result = store_stats(data)
    else:
        result = compute_stats(_graph_or_store(graph, store, input_format))
    typer.echo(json.dumps(result.as_dict(), indent=2) if fmt == "json" else result.text())
