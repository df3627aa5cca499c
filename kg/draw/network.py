"""The who-did-what-to-whom network of a graph: actors and the direct facts between them,
each edge with the events (sentences, documents) that report it. Read with SPARQL on
Oxigraph from a file or a store; filtered by relation, neighbourhood and report count.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from ..errors import KgError
from ..lexicon import load_relations
from ..records import ENTITY_TYPES

NKG = "https://w3id.org/newskg/ontology#"
PREFIXES = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
"""
# The direct facts, and the events behind them (positive, asserted or reported), with
# their sentences and documents.
FACTS = PREFIXES + "SELECT DISTINCT ?a ?rel ?b WHERE { VALUES ?rel { %s } ?a ?rel ?b }"
EVIDENCE = PREFIXES + """SELECT ?a ?rel ?b ?event ?sentence ?doc ?docid ?begin WHERE {
  VALUES ?rel { %s }
  ?event nkg:relation ?rel ; nkg:agent ?a ; nkg:target ?b ; nkg:polarity nkg:Positive ;
         nkg:modality ?m ; nkg:inDocument ?doc ; prov:wasDerivedFrom ?s .
  FILTER (?m IN (nkg:Asserted, nkg:Reported))
  ?s nif:anchorOf ?sentence ; nif:beginIndex ?begin .
  OPTIONAL { ?doc dct:identifier ?docid }
}"""
ENTITIES = PREFIXES + """SELECT ?e ?label ?class ?alt WHERE {
  VALUES ?class { %s }
  ?e a ?class .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alt }
}"""


@dataclass(frozen=True, order=True)
class Evidence:
    doc: str
    begin: int
    sentence: str


@dataclass
class Node:
    iri: str
    label: str
    cls: str
    aliases: set = field(default_factory=set)


@dataclass
class Edge:
    source: str
    target: str
    relation: str          # relation name, e.g. "attacked"
    symmetric: bool
    events: set = field(default_factory=set)
    evidence: set = field(default_factory=set)

    @property
    def reports(self) -> int:
        return max(1, len(self.events))


@dataclass
class Network:
    nodes: dict[str, Node]
    edges: list[Edge]


def _value(term) -> str:
    return "" if term is None else term.value


def read_network(store) -> Network:
    """All actors and direct facts of a pyoxigraph store (default graph = union)."""
    specs = list(load_relations().values())
    by_property = {NKG + s.property: s for s in specs}
    rels = " ".join(f"<{p}>" for p in by_property)
    classes = " ".join(f"nkg:{t}" for t in ENTITY_TYPES)
    q = lambda text: store.query(text)  # noqa: E731

    edges: dict[tuple, Edge] = {}

    def edge(a: str, rel: str, b: str) -> Edge:
        spec = by_property[rel]
        if spec.symmetric and b < a:
            a, b = b, a
        key = (a, spec.name, b)
        if key not in edges:
            edges[key] = Edge(a, b, spec.name, spec.symmetric)
        return edges[key]

    for row in q(FACTS % rels):
        edge(row["a"].value, row["rel"].value, row["b"].value)
    for row in q(EVIDENCE % rels):
        key = (row["a"].value, row["rel"].value, row["b"].value)
        e = edge(*key)
        e.events.add(row["event"].value)
        doc = _value(row["docid"]) or row["doc"].value.rsplit("/", 1)[-1]
        e.evidence.add(Evidence(doc, int(row["begin"].value), " ".join(row["sentence"].value.split())))
    used = {e.source for e in edges.values()} | {e.target for e in edges.values()}
    nodes: dict[str, Node] = {}
    for row in q(ENTITIES % classes):
        iri = row["e"].value
        if iri not in used:
            continue
        cls = row["class"].value[len(NKG):]
        node = nodes.setdefault(iri, Node(iri, _value(row["label"]) or iri.rsplit("/", 1)[-1], cls))
        if row["alt"] is not None:
            node.aliases.add(row["alt"].value)
    for iri in sorted(used - nodes.keys()):  # a fact whose end has no entity class
        nodes[iri] = Node(iri, iri.rsplit("/", 1)[-1], "Other")
    return Network(nodes, sorted(edges.values(), key=lambda e: (e.source, e.relation, e.target)))


def select(net: Network, relations: list[str] | None = None, entity: str | None = None,
           hops: int = 1, min_reports: int = 1) -> Network:
    """The part of the network to draw; a KgError names a relation or entity not found."""
    edges = net.edges
    if relations:
        known = list(load_relations())
        unknown = [r for r in relations if r not in known]
        if unknown:
            raise KgError(f"--relation: unknown relation(s) {', '.join(unknown)} (known: {', '.join(known)})")
        edges = [e for e in edges if e.relation in relations]
    edges = [e for e in edges if e.reports >= min_reports]
    if entity is not None:
        wanted = entity.casefold().strip()
        starts = {iri for iri, n in net.nodes.items()
                  if wanted in {n.label.casefold(), iri.rsplit("/", 1)[-1].casefold()}
                  | {a.casefold() for a in n.aliases}}
        if not starts:
            raise KgError(f"--entity: no actor named '{entity}' in the graph")
        neighbours: dict[str, set] = {}
        for e in edges:
            neighbours.setdefault(e.source, set()).add(e.target)
            neighbours.setdefault(e.target, set()).add(e.source)
        reach = {s: 0 for s in starts}
        todo = deque(sorted(starts))
        while todo:
            here = todo.popleft()
            if reach[here] >= hops:
                continue
            for there in sorted(neighbours.get(here, ())):
                if there not in reach:
                    reach[there] = reach[here] + 1
                    todo.append(there)
        edges = [e for e in edges if e.source in reach and e.target in reach]
        keep = set(reach)
    else:
        keep = set()
    keep |= {e.source for e in edges} | {e.target for e in edges}
    return Network({k: v for k, v in sorted(net.nodes.items()) if k in keep}, edges)
