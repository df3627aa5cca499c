"""Relation extraction (stub, being replaced)."""
from __future__ import annotations


def extract_events(doc, resolved):
    return []
