"""Before a run: the output checked writable, the work directory chosen."""
from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import KgError, OutputError
from .journal import workdir_for


def _prepare_output(output: str, resume: bool, work_dir: str | None = None) -> tuple[Path | None, Path]:
    """(temporary root to remove at the end or None, work directory). `work_dir`: the
    directory to hold the work directory instead of the output's own."""
    if work_dir is not None and not Path(work_dir).is_dir():
        raise OutputError(f"--work-dir {work_dir}: not a directory")
    if output == "-":
        if resume:
            raise KgError("--resume needs an output file (-o FILE), not stdout")
        tmp_root = Path(tempfile.mkdtemp(prefix="kg-corpus-", dir=work_dir))
        return tmp_root, tmp_root / "run"
    out_path = Path(output)
    if out_path.exists() and out_path.is_dir():
        raise OutputError(f"{output}: is a directory")
    for parent in out_path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{output}: cannot write ({parent} is not a directory)")
            break
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    if work_dir is None:
        return None, workdir_for(output)
    # Runs of several outputs may share one --work-dir: the name says which output.
    import hashlib

    tag = hashlib.sha256(str(out_path.resolve()).encode("utf-8")).hexdigest()[:12]
    return None, Path(work_dir) / f".{out_path.name}.{tag}.kgrun"
