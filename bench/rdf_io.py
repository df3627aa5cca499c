"""RDF input/output at scale (a benchmark, never a test).

    .venv/bin/python bench/rdf_io.py [--triples 1000000] [--no-rdflib-sparql]

A synthetic graph shaped like ours (entities with labels; events with agent, target,
trigger, offsets, polarity, modality, confidence, relation, provenance; direct facts) of
--triples triples. Times, for Turtle and N-Triples:
  write: pyoxigraph.serialize (the path kg.corpus.assemble uses) vs rdflib Graph.serialize;
  read:  pyoxigraph.parse vs rdflib Graph.parse;
and a SPARQL join (events x agent label x target label, grouped) on a pyoxigraph Store vs
rdflib's SPARQL engine. Prints seconds and the rdflib/pyoxigraph ratios as JSON.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

NKG = "https://w3id.org/newskg/ontology#"
BASE = "https://w3id.org/newskg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"nkg": NKG, "ent": BASE + "entity/", "doc": BASE + "doc/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "prov": "http://www.w3.org/ns/prov#", "xsd": XSD}
RELATIONS = [("attacked", "Attack"), ("condemned", "Condemnation"), ("called", "Call"),
             ("opposed", "Opposition"), ("supported", "Support"), ("warned", "Warning"),
             ("met", "Meeting")]
TYPES = ["Person", "Organization", "Country", "Location", "Facility", "Group"]


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(NKG + local)


def make_triples(target: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    n_entities = max(100, target // 200)
    out = []
    for i in range(n_entities):
        e = ox.NamedNode(f"{BASE}entity/actor-{i}")
        out += [ox.Triple(e, RDF_TYPE, n(rng.choice(TYPES))),
                ox.Triple(e, LABEL, ox.Literal(f"Actor {i}", language="en")),
                ox.Triple(e, ALT, ox.Literal(f"A{i}", language="en"))]
    nni = ox.NamedNode(XSD + "nonNegativeInteger")
    dec = ox.NamedNode(XSD + "decimal")
    k = 0
    while len(out) < target:
        doc = f"{BASE}doc/d{k // 20}"
        ev = ox.NamedNode(f"{doc}/event/{k:012x}")
        sent = ox.NamedNode(f"{doc}#char={k % 900},{k % 900 + 80}")
        rel, cls = rng.choice(RELATIONS)
        a = ox.NamedNode(f"{BASE}entity/actor-{rng.randrange(n_entities)}")
        t = ox.NamedNode(f"{BASE}entity/actor-{rng.randrange(n_entities)}")
        start = rng.randrange(5000)
        out += [ox.Triple(ev, RDF_TYPE, n(cls)), ox.Triple(ev, n("agent"), a),
                ox.Triple(ev, n("target"), t), ox.Triple(ev, n("trigger"), ox.Literal(rel[:-2])),
                ox.Triple(ev, n("triggerBegin"), ox.Literal(str(start), datatype=nni)),
                ox.Triple(ev, n("triggerEnd"), ox.Literal(str(start + 6), datatype=nni)),
                ox.Triple(ev, n("polarity"), n("Positive")), ox.Triple(ev, n("modality"), n("Asserted")),
                ox.Triple(ev, n("confidence"), ox.Literal(f"0.{rng.randrange(50, 99)}", datatype=dec)),
                ox.Triple(ev, n("relation"), n(rel)), ox.Triple(ev, DERIVED, sent),
                ox.Triple(ev, n("inDocument"), ox.NamedNode(doc)), ox.Triple(a, n(rel), t)]
        k += 1
    return out[:target]


JOIN = f"""PREFIX nkg: <{NKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agent ?target (COUNT(?e) AS ?n) WHERE {{
  ?e nkg:agent ?a ; nkg:target ?t ; nkg:polarity nkg:Positive .
  ?a rdfs:label ?agent . ?t rdfs:label ?target .
}} GROUP BY ?agent ?target ORDER BY DESC(?n) ?agent ?target LIMIT 10"""


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--no-rdflib-sparql", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-rdfio-"))
    triples = make_triples(args.triples)
    res: dict = {"triples": len(triples)}

    from rdflib import Graph
    from rdflib.namespace import NamespaceManager

    for fmt, oxfmt, rdflib_fmt, ext in (("turtle", ox.RdfFormat.TURTLE, "turtle", "ttl"),
                                         ("nt", ox.RdfFormat.N_TRIPLES, "nt", "nt")):
        ox_path, rl_path = work / f"ox.{ext}", work / f"rl.{ext}"
        w_ox, _ = timed(lambda: ox.serialize(triples, output=str(ox_path), format=oxfmt,
                                              prefixes=PREFIXES if fmt == "turtle" else None))
        r_ox, got = timed(lambda: sum(1 for _ in ox.parse(path=str(ox_path), format=oxfmt)))
        assert got == len(triples)
        # rdflib's default path: a Graph built from the file, serialize() with default options.
        g = Graph()
        g.namespace_manager = NamespaceManager(g)
        r_rl, _ = timed(lambda: g.parse(str(ox_path), format=rdflib_fmt))
        for p, ns in PREFIXES.items():
            g.bind(p, ns, override=True)
        w_rl, _ = timed(lambda: g.serialize(destination=str(rl_path), format=rdflib_fmt))
        res[fmt] = {"write_pyoxigraph_s": round(w_ox, 2), "write_rdflib_s": round(w_rl, 2),
                    "write_ratio": round(w_rl / w_ox, 1),
                    "read_pyoxigraph_s": round(r_ox, 2), "read_rdflib_s": round(r_rl, 2),
                    "read_ratio": round(r_rl / r_ox, 1), "rdflib_triples": len(g)}
        print(fmt, json.dumps(res[fmt]), flush=True)
        if fmt == "nt":
            store = ox.Store()
            load_s, _ = timed(lambda: store.bulk_load(path=str(ox_path), format=oxfmt))
            q_ox, rows = timed(lambda: [tuple(str(v) for v in r) for r in store.query(JOIN)])
            res["sparql"] = {"pyoxigraph_load_s": round(load_s, 2), "pyoxigraph_join_s": round(q_ox, 2),
                             "rows": len(rows)}
            if not args.no_rdflib_sparql:
                q_rl, rl_rows = timed(lambda: list(g.query(JOIN)))
                res["sparql"].update(rdflib_join_s=round(q_rl, 2), ratio=round(q_rl / q_ox, 1),
                                     same_rows=len(rl_rows) == len(rows))
            print("sparql", json.dumps(res["sparql"]), flush=True)
        del g
        for p in (ox_path, rl_path):
            p.unlink(missing_ok=True)
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
