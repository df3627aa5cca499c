"""Worker processes for jobs > 1, and the ordered stream of batch results.

The spaCy pipeline is loaded once, in the main process. The workers are forked from it on
Linux when the process has no other thread (choose_start_method; the CLI sets
OMP/OPENBLAS/MKL_NUM_THREADS=1 before numpy is imported so BLAS starts no pool), so they
start at once and share the model copy-on-write; elsewhere, or when a thread exists, they
are spawned and each loads its own.

Workers die with the main process (PR_SET_PDEATHSIG on Linux, else a thread watching the
parent), so a `kill -9` of a run leaves no orphan holding the work files. A worker that
dies (killed, out of memory) breaks the pool: `ordered` starts a new one and retries the
batches that were in flight, each alone; a batch whose worker dies again is given back as
failed documents (reported as skipped, exit code 3) and the run goes on.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterator

from ..errors import KgError
from ..records import Document
from .document import GC_THRESHOLD, init_worker, warm_up
from .results import DocResult

_BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_PR_SET_PDEATHSIG = 1


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


def die_with_parent(parent: int) -> None:
    """Make this process end when process `parent` ends: the kernel sends SIGKILL (Linux
    prctl PR_SET_PDEATHSIG), or elsewhere a daemon thread polls the parent id."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
        watched = True
    except (OSError, AttributeError):
        watched = False
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    if not watched:
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)
        threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


class Terminated(KgError):
    """SIGTERM during a run: the workers are ended, the journal is kept for --resume."""

    exit_code = 128 + signal.SIGTERM


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """While inside: SIGTERM raises Terminated in the main thread, so the run's cleanup
    (stop the workers, close the journal) happens; elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise Terminated("terminated (SIGTERM); the finished documents are kept: run again with --resume")
    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _worker_start(parent: int, config: tuple | None) -> None:
    """Pool initializer: die with the main process; leave SIGINT (Ctrl-C reaches the whole
    process group) and SIGTERM to it, which then ends the workers; load the pipeline when
    spawned (forked workers inherit it)."""
    die_with_parent(parent)
    gc.set_threshold(*GC_THRESHOLD)             # this process is the run's (kg.corpus.document)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if config is not None:
        init_worker(*config)


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
        warm_up()
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx,
                                   initializer=_worker_start, initargs=(os.getpid(), None))
    else:
        # One BLAS thread per worker: jobs processes already fill the cores.
        saved = {k: os.environ.get(k) for k in _BLAS_VARS}
        for k in saved:
            os.environ[k] = "1"
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx,
                                       initializer=_worker_start, initargs=(os.getpid(), config))
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    # Start the workers now (with fork: all of them, before any thread of ours exists).
    pool.submit(_noop).result()
    return pool


def stop_pool(pool, now: bool = False) -> None:
    """Shut the pool down; now=True (an interrupt, SIGTERM) ends the workers at once
    instead of letting them finish their batches."""
    if pool is None:
        return
    if now:
        for p in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                p.kill()
            except (OSError, ValueError, AttributeError):
                pass
    pool.shutdown(wait=True, cancel_futures=True)


def lost_batch(batch: list[Document],
               why: str = "its worker process died twice (killed or out of memory)") -> list[DocResult]:
    """The results of a batch whose worker process died on every try."""
    return [DocResult(d.id, "error", message=why, words=len(d.text.split())) for d in batch]


class _Done:
    """A finished result in the queue of batches in flight."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value

    def cancel(self) -> bool:
        return False


def ordered(batches: Iterator[list[Document]], pool,
            work: Callable[[list[Document]], list[DocResult]],
            restart: Callable[[], object] | None = None) -> Iterator[list[DocResult]]:
    """`work(batch)` for each batch (kg.corpus.document.process_batch), results in input
    order; at most 2*jobs batches in flight, so memory does not depend on the corpus size.

    When a worker dies, `restart()` gives a new pool and the batches that were in flight
    are tried again, one at a time, so a batch that kills its worker is known: it becomes
    lost_batch() results and the run goes on. Without `restart` the BrokenProcessPool
    error is raised."""
    if pool is None:
        for batch in batches:
            yield work(batch)
        return
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    jobs = pool._max_workers
    pending: deque = deque()   # (batch, future or _Done)
    source = iter(batches)
    more = True

    def retry_alone() -> None:
        """After a break: every batch in flight without a result runs again on its own."""
        nonlocal pool
        stop_pool(pool)
        pool = restart()
        for i, (batch, future) in enumerate(pending):
            try:
                pending[i] = (batch, _Done(future.result()))
                continue
            except (BrokenProcessPool, CancelledError):
                pass
            try:
                pending[i] = (batch, _Done(pool.submit(work, batch).result()))
            except BrokenProcessPool:
                pending[i] = (batch, _Done(lost_batch(batch)))
                stop_pool(pool)
                pool = restart()

    try:
        while True:
            while more and len(pending) < 2 * jobs:
                batch = next(source, None)
                if batch is None:
                    more = False
                else:
                    pending.append((batch, pool.submit(work, batch)))
            if not pending:
                return
            try:
                result = pending[0][1].result()
            except BrokenProcessPool:
                if restart is None:
                    raise
                retry_alone()
                continue
            pending.popleft()
            yield result
    except BaseException:
        stop_pool(pool, now=True)  # an interrupt or SIGTERM: the workers end now
        raise
    finally:
        for _, future in pending:
            future.cancel()
        stop_pool(pool)
