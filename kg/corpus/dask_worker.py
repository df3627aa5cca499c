"""What runs on a Dask worker for `--engine dask` (kg.corpus.dask_engine drives it).

PipelinePlugin loads the spaCy pipeline once per worker process (kg.corpus.document's
configure, as for --jobs), also on a worker Dask restarts or adds later. run_partition
takes the documents of one partition, runs the same per-document function as every
other run (kg.corpus.document.process_batch), writes the partition's shard
(kg.corpus.shards) and returns only the small per-document summaries. Tasks name
module-level functions, so the model is never pickled with a task: it lives in the
worker's kg.corpus.document state.
"""
from __future__ import annotations

import logging
import os
import sys
import uuid
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from .. import __version__
from ..records import Document
from .results import DocResult

MALLOC_VAR = "MALLOC_TRIM_THRESHOLD_"


class OneLine(logging.Handler):
    """Dask's log records as one line each (no traceback) on our `kg` logger."""

    def __init__(self, prefix: str = "dask"):
        super().__init__()
        self.prefix = prefix

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = " ".join(record.getMessage().split())
        except Exception:  # a record whose arguments do not format
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            text += f" ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        if text.endswith("CancelledError"):  # our own cancelling at an interrupt: no news
            return
        logging.getLogger("kg").log(record.levelno, "%s: %s", self.prefix, text[:400])


def route_logs(prefix: str, level: int) -> list:
    """Send the `distributed` loggers' records through OneLine; returns what to restore."""
    log = logging.getLogger("distributed")
    saved = [log.handlers[:], log.level, log.propagate]
    log.handlers = [OneLine(prefix)]
    log.setLevel(level)
    log.propagate = False
    kg_log = logging.getLogger("kg")
    if not kg_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("kg: %(message)s"))
        kg_log.addHandler(handler)
        kg_log.propagate = False
    return saved


def restore_logs(saved: list) -> None:
    log = logging.getLogger("distributed")
    log.handlers, level, log.propagate = saved[0], saved[1], saved[2]
    log.setLevel(level)


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline into each worker process, once: a later run on the same cluster
    finds it registered (idempotent) and its tasks bring their own settings."""

    name = "newskg-pipeline"
    idempotent = True

    def __init__(self, config: tuple, version: str = __version__):
        self.config = config
        self.version = version

    def setup(self, worker) -> None:
        if self.version != __version__:
            raise RuntimeError(f"newskg {__version__} is installed on worker {worker.address}, the driver "
                               f"runs {self.version}: install the same newskg on the workers")
        route_logs(f"dask worker {worker.address}", logging.WARNING)
        from .document import configure

        configure(*self.config)


def worker_info(workdir: str, token: str) -> dict:
    """Run on every worker before the work starts: can it see and write the work
    directory, which pipeline did it load, is glibc's trim threshold set."""
    from ..nlp import model_info
    from .document import _STATE

    info = {"version": __version__, "malloc": os.environ.get(MALLOC_VAR), "error": None,
            "model": model_info(_STATE["nlp"]) if "nlp" in _STATE else None}
    probe = Path(workdir) / f"probe-{token}"
    if not probe.exists():
        info["error"] = f"cannot see the work directory {workdir} (it must be on storage every worker sees)"
        return info
    mine = Path(workdir) / f"probe-{token}-{uuid.uuid4().hex}"
    try:
        mine.write_bytes(b"ok")
        os.replace(mine, mine.with_suffix(".done"))
        mine.with_suffix(".done").unlink()
    except OSError as exc:
        info["error"] = f"cannot write the work directory {workdir} ({exc.strerror or exc})"
    return info


def run_partition(index: int, documents: list[Document], shards: str, config: tuple) -> list[DocResult]:
    """One partition: its documents through process_batch with the run's settings
    (`config`: several runs may share a cluster), its shard written; the summaries (no
    quads, no entities) go back to the driver."""
    from .document import _STATE, configure, process_batch
    from .shards import write_shard

    if "nlp" not in _STATE:
        raise RuntimeError("the newskg pipeline is not loaded on this worker (PipelinePlugin missing)")
    if _STATE.get("config") != config:
        configure(*config, nlp=_STATE["nlp"])
        _STATE["config"] = config
    results = process_batch(documents)
    write_shard(Path(shards), index, results)
    return [DocResult(r.id, r.status, message=r.message, words=r.words, timings=r.timings)
            for r in results]
