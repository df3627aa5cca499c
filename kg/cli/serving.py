"""`kg load`, `kg serve`."""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .core import INPUT_FORMAT_HELP, _err, app, handle_errors


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
    from ..store import NotConforming, load as load_store

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
    from ..serve import serve as run_server

    run_server(store, bind, timeout, announce=lambda line: _err(line))
