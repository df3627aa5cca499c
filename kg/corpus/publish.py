"""Publishing the finished output: renamed over the output file (atomic: a reader sees
the old file or the whole new one, never part of it), or copied to stdout."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from ..errors import OutputError


def publish(final: Path, output: str) -> None:
    if output == "-":
        sys.stdout.flush()
        with final.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer, 1 << 20)
        sys.stdout.buffer.flush()
        return
    from ..rdf.serialize import through_links

    mask = os.umask(0)
    os.umask(mask)
    target = through_links(Path(output))
    try:
        if target != Path(output):
            # Write through a symbolic link: copy next to its target, then rename there
            # (still atomic; the target may be on another file system).
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out, final.open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())
                os.chmod(tmp, 0o666 & ~mask)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            final.unlink()
            return
        with final.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(final, 0o666 & ~mask)
        os.replace(final, output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
