"""Counts over a newskg graph: documents, entities per class, events per class, direct facts."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rdflib import Graph

from .lexicon import load_relations
from .rdf.build import union_graph
from .rdf.namespaces import NIF, NKG, RDF
from .records import ENTITY_TYPES

_FACTUAL = {NKG.Asserted, NKG.Reported}


@dataclass
class Stats:
    documents: int = 0
    sentences: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    events: dict[str, dict[str, int]] = field(default_factory=dict)  # class -> total/asserted
    relations: dict[str, int] = field(default_factory=dict)           # property -> direct triples
    triples: int = 0

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        ents, evs, rels = sum(self.entities.values()), self.events, self.relations
        ev_total = sum(v["total"] for v in evs.values())
        ev_asserted = sum(v["asserted"] for v in evs.values())
        lines = [f"{'triples':<16}{self.triples}", f"{'documents':<16}{self.documents}",
                 f"{'sentences':<16}{self.sentences}", f"{'entities':<16}{ents}"]
        lines += [f"  {k:<14}{v}" for k, v in self.entities.items() if v]
        lines.append(f"{'events':<16}{ev_total} ({ev_asserted} asserted, {ev_total - ev_asserted} not)")
        lines += [f"  {k:<14}{v['total']} ({v['asserted']} asserted, {v['total'] - v['asserted']} not)"
                  for k, v in evs.items() if v["total"]]
        lines.append(f"{'direct facts':<16}{sum(rels.values())}")
        lines += [f"  {k:<14}{v}" for k, v in rels.items() if v]
        return "\n".join(lines)


def compute_stats(graph: Graph) -> Stats:
    g = union_graph(graph)
    specs = load_relations().values()
    stats = Stats(triples=len(g))
    stats.documents = len(set(g.subjects(RDF.type, NKG.Document)))
    stats.sentences = len(set(g.subjects(RDF.type, NIF.Sentence)))
    stats.entities = {t: len(set(g.subjects(RDF.type, NKG[t]))) for t in ENTITY_TYPES}
    for spec in specs:
        nodes = set(g.subjects(RDF.type, NKG[spec.event_class]))
        asserted = sum(1 for n in nodes if (n, NKG.polarity, NKG.Positive) in g
                       and any(m in _FACTUAL for m in g.objects(n, NKG.modality)))
        stats.events[spec.event_class] = {"total": len(nodes), "asserted": asserted}
        stats.relations[spec.property] = sum(1 for _ in g.triples((None, NKG[spec.property], None)))
    return stats


def store_stats(store) -> Stats:
    """compute_stats for a pyoxigraph store, in SPARQL (a store is not re-read through rdflib)."""
    nkg = str(NKG)

    def count(where: str) -> int:
        rows = list(store.query(f"PREFIX nkg: <{nkg}> SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
        return int(rows[0]["n"].value)

    def distinct(var: str, pattern: str) -> int:
        return count(f"SELECT DISTINCT ?{var} WHERE {{ {pattern} }}")

    stats = Stats(triples=count("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"))
    stats.documents = distinct("d", f"?d a <{NKG.Document}>")
    stats.sentences = distinct("d", f"?d a <{NIF.Sentence}>")
    stats.entities = {t: distinct("e", f"?e a <{NKG[t]}>") for t in ENTITY_TYPES}
    factual = ", ".join(f"<{m}>" for m in sorted(_FACTUAL))
    for spec in load_relations().values():
        cls = f"<{NKG[spec.event_class]}>"
        total = distinct("e", f"?e a {cls}")
        asserted = distinct("e", f"?e a {cls} ; nkg:polarity nkg:Positive ; nkg:modality ?m "
                                 f"FILTER(?m IN ({factual}))")
        stats.events[spec.event_class] = {"total": total, "asserted": asserted}
        stats.relations[spec.property] = distinct("s ?o", f"?s <{NKG[spec.property]}> ?o")
    return stats
