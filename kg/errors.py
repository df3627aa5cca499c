"""Errors a user can cause. The CLI prints them as one line `error: …` and exits 2."""
from __future__ import annotations


class KgError(Exception):
    """Base class: the message is shown to the user as is (first line only)."""

    exit_code = 2

    def one_line(self) -> str:
        text = str(self).strip()
        return text.splitlines()[0] if text else self.__class__.__name__


class InputError(KgError):
    """Unusable input: missing, empty, binary, badly encoded, too large, unparsable."""


class OutputError(KgError):
    """The output cannot be written."""


class FormatError(KgError):
    """Unknown or unsupported format name."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""
