"""`kg graph`, `kg map`."""
from __future__ import annotations

from typing import Optional

import typer

from ..errors import FormatError, KgError
from .core import INPUT_FORMAT_HELP, _emit, _err, app, handle_errors


def _read_ox(graph: Optional[str], store: Optional[str], input_format: Optional[str], read):
    """read(an Oxigraph store) over GRAPH or --store DIR (exactly one of them)."""
    if (graph is None) == (store is None):
        raise KgError("give either a GRAPH file or --store DIR")
    if store is not None:
        from ..store import reading

        with reading(store) as data:
            return read(data)
    from ..oxterms import file_to_store

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
    from ..draw.network import read_network, select
    from ..draw.render import output_format, render

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
    from ..draw.map import read_markers, render_map

    if not output.lower().endswith((".html", ".htm")):
        raise FormatError(f"{output}: the map is an HTML page (use .html)")
    markers = _read_ox(graph, store, input_format, read_markers)
    _emit(render_map(markers), output)
    _err(f"kg: mapped {len(markers)} located events -> {output}")
