"""`--engine dask`: the per-document work of kg.corpus.runner on a Dask cluster.

    run_corpus(["corpus.jsonl"], "graph.nq", engine="dask", jobs=4)            # local cluster
    run_corpus([...], "graph.nq", engine="dask", address="tcp://head:8786")    # a cluster

The driver (this process) reads the inputs and cuts the documents into partitions by
input position (at least 4 per worker when the input size is known); each partition is
one task, kg.corpus.dask_worker.run_partition, which writes its own sorted, SHACL-checked
shard and journal (kg.corpus.shards) and returns small summaries. At most a few
partitions per worker are in flight, so the driver's memory does not grow with the
corpus. The runner then merges the shards in partition order and assembles the output as
for any run. A worker that dies is replaced (local cluster) and Dask runs its task
again; a partition that kills its worker every time (Dask's allowed-failures) is
reported as skipped documents, like a lost batch of --jobs.

Without an address the engine starts a local cluster on loopback with `jobs`
single-threaded worker processes, started without Dask's MALLOC_TRIM_THRESHOLD_ (it made
spaCy workers take 1.5x the CPU). The work directory must be on storage every worker
sees; each worker proves it can read and write there before any work is sent.
"""
from __future__ import annotations

import logging
import math
import multiprocessing as mp
import uuid
import warnings
from collections import deque
from pathlib import Path
from typing import Callable, Iterator

from ..errors import KgError
from ..records import Document
from .pool import lost_batch
from .results import DocResult
from .shards import ShardSet
from .sources import Skip

DEFAULT_PARTITION = 256        # documents per partition (at most; see partition_size)
PARTITIONS_PER_WORKER = 4
IN_FLIGHT_PER_WORKER = 3
CONNECT_TIMEOUT = 30           # seconds to reach a scheduler and see a worker


_SPAWN_GUARD = ("a script that calls run_corpus(engine='dask') without an address must keep its code "
                "under `if __name__ == '__main__':` (the workers are spawned and import it again)")


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


def partition_size(requested: int | None, total: int | None, workers: int) -> int:
    """Documents per partition: `requested` (default DEFAULT_PARTITION), made smaller
    when the input count is known so there are >= PARTITIONS_PER_WORKER per worker."""
    k = max(1, requested or DEFAULT_PARTITION)
    if total:
        k = min(k, max(1, math.ceil(total / (PARTITIONS_PER_WORKER * max(1, workers)))))
    return k


def partitions(items: Iterator, k: int, on_skip: Callable[[Skip], None]) -> Iterator[tuple[int, list[Document]]]:
    """(index, documents) with documents at input positions [index*k, (index+1)*k);
    skipped records take no position."""
    index, part = 0, []
    for item in items:
        if isinstance(item, Skip):
            on_skip(item)
            continue
        part.append(item)
        if len(part) >= k:
            yield index, part
            index, part = index + 1, []
    if part:
        yield index, part


class DaskEngine:
    def __init__(self, config: tuple, jobs: int, address: str | None = None,
                 scheduler_file: str | None = None, quiet: bool = False):
        self.config, self.jobs = config, jobs
        self.address, self.scheduler_file = address, scheduler_file
        self.quiet = quiet
        self.client = self.cluster = self._logs = None
        self.workers = 0

    # ------------------------------------------------------------ start and stop
    def start(self, workdir: Path) -> tuple[str, str]:
        """Start (or reach) the cluster, load the pipeline on every worker, check the
        work directory; returns the (name, version) of the workers' spaCy model."""
        if getattr(mp.current_process(), "_inheriting", False):
            # A spawned worker re-ran the unguarded script: end it with one line.
            raise SystemExit(f"error: {_SPAWN_GUARD}")
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise KgError("--engine dask needs Dask: pip install 'newskg[dask]'") from None
        from .dask_worker import PipelinePlugin, route_logs

        self._logs = route_logs("dask", logging.ERROR if self.quiet else logging.WARNING)
        warnings.filterwarnings("ignore", module="distributed")
        try:
            if self.address or self.scheduler_file:
                where = self.address or self.scheduler_file
                try:
                    self.client = Client(self.address, scheduler_file=self.scheduler_file,
                                         timeout=CONNECT_TIMEOUT)
                    self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
                except (OSError, TimeoutError, ValueError) as exc:
                    raise KgError(f"cannot use the Dask cluster at {where}: {_one_line(exc)}") from None
            else:
                # The nanny would set MALLOC_TRIM_THRESHOLD_ before starting each worker.
                try:
                    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
                        self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                                    host="127.0.0.1", dashboard_address=None,
                                                    silence_logs=logging.ERROR)
                except (RuntimeError, OSError, TimeoutError) as exc:
                    raise KgError(f"the local Dask cluster did not start ({_one_line(exc)}); "
                                  f"{_SPAWN_GUARD}") from None
                self.client = Client(self.cluster)
            try:
                self.client.register_plugin(PipelinePlugin(self.config))
            except ModuleNotFoundError as exc:
                raise KgError(f"newskg is not installed on the Dask workers ({exc}): install it there "
                              f"(pip install 'newskg[dask]')") from None
            except Exception as exc:
                raise KgError(f"the Dask workers cannot load the newskg pipeline: {_one_line(exc)}") from None
            return self._check_workers(workdir)
        except BaseException:
            self.close()
            raise

    def _check_workers(self, workdir: Path) -> tuple[str, str]:
        from .dask_worker import MALLOC_VAR, worker_info

        workdir.mkdir(parents=True, exist_ok=True)
        token = uuid.uuid4().hex
        probe = workdir / f"probe-{token}"
        probe.write_bytes(b"")
        try:
            infos = self.client.run(worker_info, str(workdir.resolve()), token)
        finally:
            probe.unlink(missing_ok=True)
        from .. import __version__

        models = set()
        for address, info in sorted(infos.items()):
            if info["version"] != __version__:
                raise KgError(f"Dask worker {address} runs newskg {info['version']}, this driver {__version__}: "
                              f"install the same newskg on the workers")
            if info["error"]:
                raise KgError(f"Dask worker {address}: {info['error']}")
            if info["model"] is None:
                raise KgError(f"Dask worker {address}: the newskg pipeline is not loaded")
            models.add(tuple(info["model"]))
            if info["malloc"] is not None:
                logging.getLogger("kg").warning(
                    "dask worker %s runs with %s=%s, which makes spaCy slower: start the workers with "
                    "the Dask configuration in docs/dask-workers.yaml", address, MALLOC_VAR, info["malloc"])
        if len(models) != 1:
            raise KgError(f"the Dask workers run different spaCy models: {sorted(models)}")
        self.workers = len(infos)
        return models.pop()

    def close(self) -> None:
        from .dask_worker import restore_logs

        for thing in (self.client, self.cluster):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # already gone: nothing left to release
                    pass
        self.client = self.cluster = None
        if self._logs is not None:
            restore_logs(self._logs)
            self._logs = None

    # ------------------------------------------------------------ the work
    def results(self, parts: Iterator[tuple[int, list[Document]]], shards: ShardSet, done: set[int],
                on_resumed: Callable[[list[Document], int], None]) -> Iterator[list[DocResult]]:
        """The summaries of each partition, in partition order; partitions in `done` (a
        resumed run) are passed to on_resumed instead of being sent; a lost partition is
        dropped from `shards` and its documents come back as failed."""
        from distributed import KilledWorker

        from .dask_worker import run_partition

        run = uuid.uuid4().hex[:8]
        window = max(2, IN_FLIGHT_PER_WORKER * max(1, self.workers))
        pending: deque = deque()
        where = str(shards.shards.resolve())
        source = iter(parts)
        more = True
        try:
            while True:
                while more and len(pending) < window:
                    got = next(source, None)
                    if got is None:
                        more = False
                        break
                    index, docs = got
                    if index in done:
                        on_resumed(docs, index)
                        continue
                    future = self.client.submit(run_partition, index, docs, where, self.config,
                                                key=f"kg-partition-{run}-{index:08d}", pure=False)
                    pending.append((index, docs, future))
                if not pending:
                    return
                index, docs, future = pending[0]
                try:
                    result = future.result()
                except KilledWorker:  # it killed its worker on every try
                    shards.drop(index)
                    result = lost_batch(docs, "its Dask worker died on every try (killed or out of memory)")
                except OSError as exc:
                    raise KgError(f"a Dask worker cannot write the shards in {where}: "
                                  f"{exc.strerror or exc}") from None
                pending.popleft()
                yield result
        finally:
            for _, _, future in pending:
                future.cancel()
