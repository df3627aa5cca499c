"""Publishing the finished output: renamed over the output file (atomic: a reader sees
the old file or the whole new one, never part of it), or copied to stdout."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from ..errors import OutputError


def publish(final: Path, output: str) -> None:
    if output == "-":
        sys.stdout.flush()
        with final.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer, 1 << 20)
        sys.stdout.buffer.flush()
        return
    mask = os.umask(0)
    os.umask(mask)
    try:
        with final.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(final, 0o666 & ~mask)
        os.replace(final, output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
