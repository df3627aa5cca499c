"""SPARQL at store speed (a benchmark, never a test): `kg query` on Oxigraph vs the rdflib
path it replaced, on the synthetic 1M-triple graph of bench/rdf_io.py.

    .venv/bin/python bench/store_query.py [--triples 1000000]     # ~4 min, mostly rdflib

Both sides hold the graph already (rdflib: a parsed Graph; Oxigraph: an on-disk store
opened read-only, as `kg query --store` opens it). Timed: evaluating each query and
materialising its rows; for Oxigraph through kg.query.run_query, which also converts the
rows to rdflib terms as `kg query` does. rdflib runs once (it is slow), Oxigraph best of 3.
Also: `kg query --store DIR` as a user runs it (a process: start-up, open, query, print).
Prints seconds and rdflib/Oxigraph ratios as JSON.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_io import JOIN, make_triples, timed  # noqa: E402

GROUP_BY = """SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"""
QUERIES = {"group_by": GROUP_BY, "join": JOIN}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    args = ap.parse_args()
    from rdflib import Graph

    from kg.query import run_query

    work = Path(tempfile.mkdtemp(prefix="kg-storeq-"))
    nt = work / "g.nt"
    ox.serialize(make_triples(args.triples), output=str(nt), format=ox.RdfFormat.N_TRIPLES)
    res: dict = {"triples": args.triples}

    data = work / "store"
    w = ox.Store(str(data))
    res["oxigraph_bulk_load_s"] = round(timed(lambda: w.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES))[0], 2)
    w.flush()
    w.optimize()
    del w
    store = ox.Store.read_only(str(data))
    g = Graph()
    res["rdflib_parse_s"] = round(timed(lambda: g.parse(str(nt), format="nt"))[0], 2)

    for name, q in QUERIES.items():
        ox_s = min(timed(lambda: run_query(store, q).bindings)[0] for _ in range(3))
        rl_s, rl_rows = timed(lambda: list(g.query(q)))
        ox_rows = run_query(store, q).bindings
        res[name] = {"rdflib_s": round(rl_s, 3), "oxigraph_s": round(ox_s, 3), "ratio": round(rl_s / ox_s, 1),
                     "rows": len(ox_rows), "same_row_count": len(ox_rows) == len(rl_rows)}
        print(name, json.dumps(res[name]), flush=True)

    # The whole command, as a user runs it against a store laid out by kg.store.
    del store
    root = work / "kgstore"
    root.mkdir()
    data.rename(root / "data-000001")
    (root / "data-000001.nq").write_bytes(b"")  # the snapshot: not read by queries
    (root / "kg-store.json").write_text(json.dumps({"format": "newskg-store", "version": 1, "data": "data-000001"}))
    kg = str(Path(sys.executable).parent / "kg")
    cli_s = min(timed(lambda: subprocess.run([kg, "query", "--store", str(root), GROUP_BY, "-f", "csv"],
                                             check=True, capture_output=True))[0] for _ in range(3))
    res["kg_query_store_group_by_s"] = round(cli_s, 2)
    res["rdflib_parse_plus_group_by_s"] = round(res["rdflib_parse_s"] + res["group_by"]["rdflib_s"], 2)
    res["end_to_end_ratio"] = round(res["rdflib_parse_plus_group_by_s"] / cli_s, 1)
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
