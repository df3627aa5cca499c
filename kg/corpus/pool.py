"""Worker processes for jobs > 1, and the ordered stream of batch results.

The spaCy pipeline is loaded once, in the main process. The workers are forked from it on
Linux when the process has no other thread (choose_start_method; the CLI sets
OMP/OPENBLAS/MKL_NUM_THREADS=1 before numpy is imported so BLAS starts no pool), so they
start at once and share the model copy-on-write; elsewhere, or when a thread exists, they
are spawned and each loads its own.
"""
from __future__ import annotations

import os
import sys
import threading
from collections import deque
from typing import Callable, Iterator

from ..records import Document
from .document import init_worker
from .results import DocResult

_BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded() -> bool:
    """True when this process has one thread, native threads included (Linux: /proc)."""
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def choose_start_method(requested: str | None = None) -> str:
    """'fork' on Linux when the process has no other thread (the loaded pipeline is then
    shared copy-on-write and workers start at once), else 'spawn' (each worker imports
    spaCy and loads the model, 3-4 s). A thread at fork time (e.g. an OpenBLAS pool,
    created when numpy is imported without OPENBLAS_NUM_THREADS=1; `kg extract --jobs N`
    sets it before anything imports numpy) would make fork unsafe, so spawn is used then."""
    import multiprocessing as mp

    if requested:
        return requested
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods() and single_threaded():
        return "fork"
    return "spawn"


def _noop() -> None:
    return None


def start_pool(jobs: int, config: tuple, method: str):
    """A started process pool (all workers exist when this returns), or None for jobs=1.
    The pipeline is already loaded in this process (kg.corpus.document.configure): forked workers inherit
    it; spawned ones load their own in the initializer."""
    if jobs <= 1:
        return None
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context(method)
    if method == "fork":
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)
    else:
        # One BLAS thread per worker: jobs processes already fill the cores.
        saved = {k: os.environ.get(k) for k in _BLAS_VARS}
        for k in saved:
            os.environ[k] = "1"
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx,
                                       initializer=init_worker, initargs=config)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    # Start the workers now (with fork: all of them, before any thread of ours exists).
    pool.submit(_noop).result()
    return pool


def ordered(batches: Iterator[list[Document]], pool,
            work: Callable[[list[Document]], list[DocResult]]) -> Iterator[list[DocResult]]:
    """`work(batch)` for each batch (kg.corpus.document.process_batch), results in input
    order; at most 2*jobs batches in flight, so memory does not depend on the corpus size."""
    if pool is None:
        for batch in batches:
            yield work(batch)
        return
    jobs = pool._max_workers
    pending: deque = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(work, batch))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
