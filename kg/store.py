"""A persistent Oxigraph store of newskg graphs: `kg load`, and `--store DIR` elsewhere.

Layout of DIR:

    kg-store.json   {"format": "newskg-store", "version": 2, "data": "data-000002"}
    lock            flock(2): shared while read or served, exclusive while loading
    data-000002/    the Oxigraph (RocksDB) store that kg-store.json points to: queries
    data-000002.nq  the same quads as sorted N-Quads: merging and SHACL read these

The Oxigraph store holds every quad as loaded (each document's named graph, entity
descriptions and run record in the default graph) and, in its default graph, every
triple of the named graphs as well: the default graph is the RDF merge (a set) of all
graphs, and queries read it as it is (Oxigraph's `use_default_graph_as_union` would
return a triple once per graph holding it, and costs every lookup a second index scan).
`GRAPH` patterns still see each document's graph. Version 1 stores (named graphs only,
queried as a union) are rewritten by the next `kg load`; until then readers refuse them.

Why the snapshot: Oxigraph stores integers of derived types (xsd:nonNegativeInteger,
our offsets) as xsd:integer, so quads read back from it are not quite the quads loaded.
Queries do not mind (same values); merging and the shapes do, so they read the snapshot.

A load never writes into the store that readers see. It builds the merged graph, checks
it against the shapes, bulk-loads it into a new data-N directory, and only then replaces
kg-store.json (os.replace is atomic) and removes the old directory. A load that fails
or is killed halfway leaves the store as it was; a stray data-N is removed next time.

Merging is `kg merge`'s (kg.rdf.merge.merge_datasets): the store's content and the new
graphs are merged as files would be, so loading Monday then Tuesday gives the quads of
`kg merge monday tuesday`, loading a file twice changes nothing, each entity keeps one
rdfs:label and one class by the canonical rules, and one run record lists the inputs of
all loads. The price: each load re-reads the store through rdflib (see README).
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, KgError

MARKER = "kg-store.json"
LOCK = "lock"
FORMAT = "newskg-store"
VERSION = 2
OLD_VERSIONS = (1,)  # layouts `kg load` rewrites; readers refuse them


class StoreError(KgError):
    """A missing, corrupt or busy store (exit 2)."""


class NotConforming(Exception):
    """The merged graph violates the shapes; `report` says how. Nothing was loaded."""

    def __init__(self, report):
        super().__init__("the graph does not conform to the SHACL shapes")
        self.report = report


def _marker(root: Path, old_ok: bool = False) -> dict | None:
    path = root / MARKER
    if not path.exists():
        return None
    try:
        info = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{root}: corrupt store ({MARKER} is unreadable)") from None
    if not isinstance(info, dict) or info.get("format") != FORMAT or not isinstance(info.get("data"), str):
        raise StoreError(f"{root}: corrupt store ({MARKER} is not a newskg store description)")
    if info.get("version") in OLD_VERSIONS:
        if old_ok:
            return info
        raise StoreError(f"{root}: store version {info['version']} was written by an earlier newskg; "
                         f"load a graph into it again to rewrite it (`kg load GRAPH --store {root}`: "
                         f"a graph it already holds changes nothing)")
    if info.get("version") != VERSION:
        raise StoreError(f"{root}: store version {info.get('version')} is not supported (expected {VERSION})")
    return info


def check_store(root: str | Path, old_ok: bool = False) -> Path:
    """The data directory of an existing store, or a StoreError saying what is wrong.
    old_ok: accept a store of an earlier version (its snapshot is read, by `kg load`)."""
    root = Path(root)
    if not root.exists():
        raise StoreError(f"{root}: no such store (create one with `kg load GRAPH --store {root}`)")
    if not root.is_dir():
        raise StoreError(f"{root}: not a store directory")
    info = _marker(root, old_ok)
    if info is None:
        raise StoreError(f"{root}: not a newskg store (no {MARKER}; create one with `kg load`)")
    data = root / info["data"]
    if not data.is_dir() or not (data / "CURRENT").is_file() or not snapshot_of(data).is_file():
        raise StoreError(f"{root}: corrupt store ({info['data']} is missing or incomplete)")
    return data


def snapshot_of(data: Path) -> Path:
    return data.with_name(data.name + ".nq")


@contextmanager
def locked(root: Path, exclusive: bool):
    """Shared for readers and `kg serve`, exclusive for `kg load`; never waits."""
    try:
        fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{root}: cannot open the store lock ({exc.strerror or exc})") from None
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise
            what = "being served or read" if exclusive else "being loaded"
            hint = "; stop `kg serve` first" if exclusive else ""
            raise StoreError(f"{root}: store is in use ({what} by another kg process{hint})") from None
        yield
    finally:
        os.close(fd)


def open_read_only(root: str | Path) -> ox.Store:
    data = check_store(root)
    try:
        return ox.Store.read_only(str(data))
    except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
        msg = " ".join(str(exc).split())[:200]
        raise StoreError(f"{root}: corrupt store (Oxigraph cannot open it: {msg})") from None


@contextmanager
def reading(root: str | Path):
    """A read-only Oxigraph store, held under a shared lock while in use."""
    root = Path(root)
    check_store(root)
    with locked(root, exclusive=False):
        yield open_read_only(root)


def load_dataset(root: str | Path):
    """The store's exact content as an rdflib Dataset (for SHACL)."""
    root = Path(root)
    check_store(root)
    with locked(root, exclusive=False):
        return _read_snapshot(root, check_store(root))


def _read_snapshot(root: Path, data: Path):
    from rdflib import Dataset

    try:
        return Dataset().parse(data=snapshot_of(data).read_bytes(), format="nquads")
    except Exception as exc:  # rdflib raises many types
        msg = " ".join(str(exc).split())[:200]
        raise StoreError(f"{root}: corrupt store ({snapshot_of(data).name} does not parse: {msg})") from None


def load(paths: list[str], root: str | Path, progress=None, fmt: str | None = None) -> dict:
    """Merge `paths` into the store at `root` (created if missing). Raises NotConforming
    (nothing loaded) or a KgError; the store is unchanged in both cases."""
    root = Path(root)
    step = progress or (lambda label: None)
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root}: not a store directory")
    if root.is_dir() and _marker(root, old_ok=True) is None and any(root.iterdir()):
        raise StoreError(f"{root}: not a newskg store and not empty; choose another directory")
    created = not root.exists()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{root}: cannot create the store ({exc.strerror or exc})") from None
    try:
        return _load_locked(paths, root, step, fmt)
    except BaseException:
        if created:  # a first load that failed leaves no directory behind
            shutil.rmtree(root, ignore_errors=True)
        raise


def _load_locked(paths, root: Path, step, fmt: str | None = None) -> dict:
    from .inputs import load_graph
    from .rdf.build import counts
    from .rdf.merge import MergeError, merge_datasets
    from .rdf.serialize import serialize
    from .validate import validate

    with locked(root, exclusive=True):
        info = _marker(root, old_ok=True)
        graphs = []
        if info is not None:
            step("reading the store")
            graphs.append(_read_snapshot(root, check_store(root, old_ok=True)))
        for path in paths:
            step(f"parsing {path}")
            graphs.append(load_graph(path, fmt))
        step("merging")
        try:
            merged = merge_datasets(graphs, names=([str(root)] if info is not None else []) + [str(p) for p in paths])
        except MergeError as exc:
            raise InputError(str(exc)) from None
        step("checking the shapes")
        report = validate(merged)
        if not report.conforms:
            raise NotConforming(report)
        step("writing the store")
        _clean_strays(root, keep=info["data"] if info else None)
        number = int(info["data"].rsplit("-", 1)[1]) + 1 if info else 1
        name = f"data-{number:06d}"
        _write_store(root / name, serialize(merged, "nq"))
        _write_marker(root, {"format": FORMAT, "version": VERSION, "data": name})
        if info is not None:
            _remove(root / info["data"])
        return counts(merged)


def _write_store(target: Path, nquads: bytes) -> None:
    try:
        snapshot_of(target).write_bytes(nquads)
        write_data(target, nquads)
    except OSError as exc:
        _remove(target)
        raise StoreError(f"{target}: cannot write the store ({' '.join(str(exc).split())[:200]})") from None


def write_data(target: str | Path, nquads: bytes) -> None:
    """A new Oxigraph store at `target` with the quads of `nquads` and, in its default
    graph, the triples of all its named graphs too (the layout described above)."""
    from .oxterms import with_union

    store = ox.Store(str(target))
    try:
        # One parse feeds both copies: a blank node keeps one label in every graph (the
        # bulk loader would relabel blank nodes its own way).
        store.bulk_extend(with_union(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))
        store.flush()
        store.optimize()
    finally:
        del store


def _write_marker(root: Path, info: dict) -> None:
    tmp = root / (MARKER + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(info, fh, indent=2)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / MARKER)
    dir_fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _clean_strays(root: Path, keep: str | None) -> None:
    """data-N directories of loads that died before their swap."""
    for child in root.iterdir():
        if child.name.startswith("data-") and child.name not in (keep, f"{keep}.nq"):
            _remove(child)


def _remove(data: Path) -> None:
    """A data directory and its snapshot."""
    if data.is_dir():
        shutil.rmtree(data, ignore_errors=True)
    elif data.exists():
        data.unlink()
    if data.suffix != ".nq" and snapshot_of(data).exists():
        snapshot_of(data).unlink()
