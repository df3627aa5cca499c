"""The documents of a run in batches: skipped records reported, documents a resumed run
already has passed over; the error when no document is left."""
from __future__ import annotations

from typing import Callable, Iterator

from ..errors import InputError
from ..records import Document
from .sources import Skip


def _batches(items: Iterator, done: set[str], size: int, on_skip: Callable[[Skip], None],
             resumed: Callable[[], None]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Skip):
            on_skip(item)
            continue
        if item.id in done:
            resumed()
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _nothing_to_extract(skips: list[Skip], skipped: int) -> InputError:
    if skipped == 1 and skips:
        s = skips[0]
        return InputError(f"{s.source}:{s.line}: {s.reason}" if s.line else f"{s.source}: {s.reason}")
    if skipped:
        return InputError(f"no document to extract: {skipped} records skipped "
                          f"(first: {skips[0].text().removeprefix('skipped ')})")
    return InputError("no document to extract: the inputs hold no text")
