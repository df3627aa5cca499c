"""The progress bar on stderr (documents, docs/s, ETA); off with --quiet or when stderr
is not a terminal."""
from __future__ import annotations

import sys


def progress_bar(total: int | None, quiet: bool, initial: int = 0):
    stream = sys.stderr
    disable = quiet or not (hasattr(stream, "isatty") and stream.isatty())
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0   # no monitor thread: workers may be forked while it runs

    return Bar(total=total, initial=initial, unit="doc", file=stream, disable=disable,
               dynamic_ncols=True, smoothing=0.1, desc="kg")
