"""Reading run records back (kg merge): found by their structure, not by IRI patterns,
and removed so that one record can be computed for a union of graphs."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal

from .namespaces import NKG, PROV, RDF, SDO, VOID
from .runrecord import DCAT3, SPDX, InputRecord, Software, _triples


@dataclass
class RunInfo:
    """What a graph's run record(s) say; several records (e.g. from a naive union) merge."""
    bases: set
    inputs: set
    software: set
    models: set
    nodes: set          # subjects wholly owned by the run record
    foreign: set        # (s, p, o) triples it put on other nodes


def read_run_records(graph: Graph) -> RunInfo:
    """Find every run record in `graph` by its structure (not by IRI patterns)."""
    triples = list(_triples(graph))
    by_s: dict = {}
    for s, p, o in triples:
        by_s.setdefault(s, []).append((p, o))

    def values(s, p):
        return [o for pp, o in by_s.get(s, ()) if pp == p]

    info = RunInfo(set(), set(), set(), set(), set(), set())
    datasets = {s for s, p, o in triples
                if p == PROV.wasGeneratedBy and VOID.Dataset in values(s, RDF.type)}
    for d in sorted(datasets):
        info.nodes.add(d)
        info.bases.update(str(b) for b in values(d, VOID.uriSpace))
        for part in values(d, VOID.classPartition) + values(d, VOID.propertyPartition):
            info.nodes.add(part)
        for run in values(d, PROV.wasGeneratedBy):
            info.nodes.add(run)
            for agent in values(run, PROV.wasAssociatedWith):
                info.nodes.add(agent)
                for name in values(agent, SDO.name):
                    for version in values(agent, SDO.softwareVersion) or [Literal("?")]:
                        info.software.add(Software(str(name), str(version)))
            for used in values(run, PROV.used):
                if (PROV.Entity in values(used, RDF.type) and values(used, SDO.softwareVersion)
                        and NKG.Document not in values(used, RDF.type)):
                    info.nodes.add(used)
                    for name in values(used, SDO.name):
                        for version in values(used, SDO.softwareVersion):
                            info.models.add(Software(str(name), str(version)))
                    continue
                sha = None
                for ck in values(used, DCAT3.checksum):
                    info.nodes.add(ck)
                    info.foreign.add((used, DCAT3.checksum, ck))
                    for value in values(ck, SPDX.checksumValue):
                        sha = str(value)
                info.inputs.add(InputRecord(used, sha))
    return info


def remove_run_records(graph: Graph, info: RunInfo | None = None) -> RunInfo:
    """Delete every run record from `graph` (in every named graph); returns what they said."""
    info = info or read_run_records(graph)
    doomed = [(s, p, o) for s, p, o in set(_triples(graph))
              if s in info.nodes or (s, p, o) in info.foreign]
    for s, p, o in doomed:
        if isinstance(graph, Dataset):
            for ctx in list(graph.graphs((s, p, o))):
                ctx.remove((s, p, o))
        else:
            graph.remove((s, p, o))
    return info
