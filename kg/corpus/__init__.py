"""Corpus scale: many inputs (directories, globs, stdin, JSON Lines), batched and
parallel spaCy, per-document SHACL, streaming resumable output (kg.corpus.runner)."""
from __future__ import annotations

from .results import EXIT_NONCONFORMING, EXIT_OK, EXIT_SKIPPED, RunSummary
from .runner import run_corpus
from .sources import Skip, iter_items

__all__ = ["run_corpus", "RunSummary", "Skip", "iter_items",
           "EXIT_OK", "EXIT_NONCONFORMING", "EXIT_SKIPPED"]
