"""SPARQL at store speed (a benchmark, never a test): `kg query` on Oxigraph vs the rdflib
path it replaced, on the synthetic 1M-triple graph of bench/rdf_io.py.

    .venv/bin/python bench/store_query.py [--triples 1000000] [--shapes triples,quads]
                                          [--no-rdflib-graph]      # ~15-40 min, mostly rdflib

Two shapes of the same triples:
  triples  every triple in the default graph (an N-Triples file), as bench/rdf_io.py;
  quads    as `kg extract` writes them: each document's events and facts in the document's
           named graph, entity descriptions in the default graph (an N-Quads file).
Sides, each holding the graph already (parsing and loading are not timed):
  rdflib     the path `kg query` had before Oxigraph (git 0430b26^: kg.inputs.load_graph
             parsed the file into Dataset(default_union=True), kg.query ran graph.query
             with our prefixes); for `triples` also a plain rdflib Graph (--no-rdflib-graph
             skips it), the reference of the first version of this benchmark;
  oxigraph   a store as `kg load` writes it (kg.store.write_data: the default graph holds
             the union of all graphs), opened read-only under the store lock as
             `kg query --store` opens it (kg.store.reading), through kg.query.run_query
             (which also converts the rows to rdflib terms);
  layout 1   the layout before (named graphs only, Oxigraph's use_default_graph_as_union),
             for the gain of the change.
Timed: evaluating each query and materialising its rows. rdflib once (it is slow),
Oxigraph best of 3. Wall and CPU seconds (process_time: the machine is shared, CPU time
moves less with its load). Rows are compared value for value with rdflib's.
Also: `kg query --store DIR` as a user runs it (a process: start-up, open, query, print).
Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_io import BASE, JOIN, make_triples  # noqa: E402

GROUP_BY = """SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"""
QUERIES = {"group_by": GROUP_BY, "join": JOIN}


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def kg_quads(triples: list) -> list:
    """The triples laid out as kg extract lays them out: an event's triples and the direct
    fact that follows it in its document's graph, entity descriptions in the default graph."""
    out, graph = [], ox.DefaultGraph()
    for t in triples:
        s = t.subject.value
        if "/doc/" in s:
            graph = ox.NamedNode(s.split("/event/")[0])
            out.append(ox.Quad(t.subject, t.predicate, t.object, graph))
        elif s.startswith(BASE + "entity/") and t.predicate.value.startswith("https://w3id.org/newskg/ontology#"):
            out.append(ox.Quad(t.subject, t.predicate, t.object, graph))
        else:
            out.append(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
    return out


def make_store(root: Path, nquads: bytes) -> None:
    """A store directory as kg load leaves it (the snapshot is not read by queries)."""
    from kg.store import FORMAT, VERSION, write_data

    root.mkdir()
    write_data(root / "data-000001", nquads)
    (root / "data-000001.nq").write_bytes(b"")
    (root / "kg-store.json").write_text(json.dumps({"format": FORMAT, "version": VERSION, "data": "data-000001"}))


def rows_of(result) -> list:
    return [tuple(str(v) for v in row) for row in result]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--shapes", default="triples,quads")
    ap.add_argument("--no-rdflib-graph", action="store_true")
    args = ap.parse_args()
    from rdflib import Dataset, Graph

    from kg.query import run_query
    from kg.rdf.build import prefixes
    from kg.store import reading

    logging.getLogger("rdflib").setLevel(logging.ERROR)
    work = Path(tempfile.mkdtemp(prefix="kg-storeq-"))
    triples = make_triples(args.triples)
    res: dict = {"triples": args.triples, "load_average": os.getloadavg()}
    kg = str(Path(sys.executable).parent / "kg")

    for shape in args.shapes.split(","):
        quads = kg_quads(triples) if shape == "quads" else [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        fmt = ox.RdfFormat.N_QUADS if shape == "quads" else ox.RdfFormat.N_TRIPLES
        path = work / f"{shape}.{'nq' if shape == 'quads' else 'nt'}"
        ox.serialize(quads if shape == "quads" else triples, output=str(path), format=fmt)
        nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        out: dict = {"named_graphs": len({q.graph_name for q in quads} - {ox.DefaultGraph()})}

        root = work / f"store-{shape}"
        wall, cpu, _ = timed(lambda: make_store(root, nquads))
        out["store_write_s"], out["store_write_cpu_s"] = round(wall, 1), round(cpu, 1)
        old = work / f"layout1-{shape}"

        def layout1() -> None:
            w = ox.Store(str(old))
            w.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
            w.flush()
            w.optimize()

        wall, cpu, _ = timed(layout1)
        out["layout1_write_s"], out["layout1_write_cpu_s"] = round(wall, 1), round(cpu, 1)
        old_store = ox.Store.read_only(str(old))

        rdflib_sides = {}
        ds = Dataset(default_union=True)  # kg.inputs.load_graph before Oxigraph
        out["rdflib_parse_s"] = round(timed(lambda: (ds.parse(str(path), format="nquads") if shape == "quads"
                                                     else ds.default_graph.parse(str(path), format="nt")))[0], 1)
        rdflib_sides["rdflib_dataset"] = ds
        if shape == "triples" and not args.no_rdflib_graph:
            g = Graph()
            g.parse(str(path), format="nt")
            rdflib_sides["rdflib_graph"] = g
        init_ns = prefixes()

        with reading(root) as store:
            for name, q in QUERIES.items():
                r: dict = {}
                runs = [timed(lambda: run_query(store, q).bindings) for _ in range(3)]
                r["oxigraph_s"] = round(min(x[0] for x in runs), 3)
                r["oxigraph_cpu_s"] = round(min(x[1] for x in runs), 3)
                ox_rows = rows_of(run_query(store, q))
                runs = [timed(lambda: run_query(old_store, q, union_default_graph=True).bindings) for _ in range(3)]
                r["layout1_s"] = round(min(x[0] for x in runs), 3)
                r["layout1_cpu_s"] = round(min(x[1] for x in runs), 3)
                r["layout1_same_rows"] = rows_of(run_query(old_store, q, union_default_graph=True)) == ox_rows
                r["rows"] = len(ox_rows)
                for side, graph in rdflib_sides.items():
                    wall, cpu, rl_rows = timed(lambda: rows_of(graph.query(q, initNs=init_ns)))
                    r[f"{side}_s"], r[f"{side}_cpu_s"] = round(wall, 1), round(cpu, 1)
                    r[f"{side}_ratio"] = round(wall / r["oxigraph_s"], 1)
                    r[f"{side}_cpu_ratio"] = round(cpu / r["oxigraph_cpu_s"], 1)
                    r[f"{side}_same_rows"] = rl_rows == ox_rows
                r["load_average"] = os.getloadavg()
                out[name] = r
                print(shape, name, json.dumps(r), flush=True)
        del rdflib_sides, ds, old_store

        # The whole command, as a user runs it.
        for name, q in QUERIES.items():
            cli = [timed(lambda: subprocess.run([kg, "query", "--store", str(root), q, "-f", "csv"],
                                                check=True, capture_output=True))[0] for _ in range(3)]
            out[f"kg_query_store_{name}_s"] = round(min(cli), 2)
        res[shape] = out
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
