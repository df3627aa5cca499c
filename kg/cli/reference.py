"""`kg ontology`, `kg eval`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError, KgError
from .core import _emit, app, handle_errors


@app.command()
@handle_errors
def ontology(
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="turtle|nt|nq|trig|json-ld|xml|html (default: from the -o "
                                           "extension, else turtle, the source file as is)."),
    output: str = typer.Option("-", "-o", "--output", help="Output file ('-' = stdout)."),
) -> None:
    """Print the newskg ontology (Turtle source, another RDF format, or an HTML page)."""
    from ..inputs import load_graph, resource_path
    from ..rdf.formats import FORMATS, normalize_format, output_format

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
            from ..rdf.ontology_html import render_html
        except ImportError:
            raise KgError("HTML rendering is not available (kg.rdf.ontology_html is missing)") from None
        html = render_html(load_graph(path).default_graph)
        data = html.encode("utf-8") if isinstance(html, str) else html
    else:
        from ..rdf.serialize import serialize

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
    from ..evaluate import evaluate_files, format_table
    from ..lexicon import load_relations

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
