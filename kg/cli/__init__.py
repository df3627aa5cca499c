"""`kg`: a thin Typer layer over the library (entry point `kg.cli:app`).

core.py: the app, one-line errors (`error: …`, exit codes), output helpers. The commands,
registered in this order (the order of `kg --help`): graphs.py (extract, merge, validate),
queries.py (query, stats), reference.py (ontology, eval), serving.py (load, serve),
drawing.py (graph, map).
"""
from __future__ import annotations

from .core import INPUT_FORMAT_HELP, _emit, _err, _state, app, handle_errors, main  # noqa: F401
from . import graphs, queries, reference, serving, drawing  # noqa: F401,E402 (registers the commands)
