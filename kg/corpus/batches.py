"""The documents of a run in batches: skipped records reported, documents a resumed run
already has passed over; the error when no document is left."""
from __future__ import annotations

from typing import Callable, Iterator

from ..errors import InputError
from ..records import Document
from .sources import Skip


MIN_TAIL_BATCH = 4


def tail_size(size: int, remaining: int | None, parts: int) -> int:
    """The size of the next batch: `size`, but near the end of a run with `parts` batches in
    flight (2 per worker), about remaining / parts but not under MIN_TAIL_BATCH, so the
    workers finish together instead of one idling through the other's last full batch.
    `remaining` is an upper bound of the items still to come (None: unknown)."""
    if remaining is None or parts <= 1:
        return size
    return min(size, max(MIN_TAIL_BATCH, -(-remaining // parts)))


def _batches(items: Iterator, done: set[str], size: int, on_skip: Callable[[Skip], None],
             resumed: Callable[[], None], total: int | None = None,
             parts: int = 1) -> Iterator[list[Document]]:
    batch: list[Document] = []
    seen = 0
    limit = tail_size(size, total, parts)
    for item in items:
        seen += 1
        if isinstance(item, Skip):
            on_skip(item)
            continue
        if item.id in done:
            resumed()
            continue
        batch.append(item)
        if len(batch) >= limit:
            yield batch
            batch = []
            limit = tail_size(size, None if total is None else max(0, total - seen), parts)
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
