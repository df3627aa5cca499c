"""`kg serve`: the store behind a real SPARQL endpoint, used as clients use it.

The module starts one server on a free loopback port over a store loaded from the
examples' extraction (the README's sequence: extract, load, serve) and stops it at the end.
"""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_checks import assert_user_error
from kg.cli import app
from test_cookbook import QUERIES

ROOT = Path(__file__).resolve().parents[1]
KG = str(Path(sys.executable).parent / "kg")
TIMEOUT = 2  # seconds: the server's query time limit in these tests
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~1.4e8 rows: far past the limit


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(store: Path, port: int, *extra) -> subprocess.Popen:
    proc = subprocess.Popen([KG, "serve", "--store", str(store), "--bind", f"127.0.0.1:{port}", *extra],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"server did not start: {proc.communicate()}")


@pytest.fixture(scope="module")
def served(tmp_path_factory, nlp):
    """(endpoint URL, store) for a store loaded from `kg extract examples/ -o graph.nq`."""
    tmp = tmp_path_factory.mktemp("serve")
    graph, store = tmp / "graph.nq", tmp / "s"
    from kg import cli as cli_module

    orig = getattr(cli_module, "_load_nlp", None)
    if orig is not None:
        cli_module._load_nlp = lambda: nlp  # the session's pipeline: no second model load
    try:
        result = kg("extract", ROOT / "examples", "-o", graph)
        assert result.exit_code == 0, result.output
    finally:
        if orig is not None:
            cli_module._load_nlp = orig
    assert kg("load", graph, "--store", store).exit_code == 0
    port = free_port()
    proc = start(store, port, "--timeout", str(TIMEOUT))
    yield f"http://127.0.0.1:{port}", store
    proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert b"serving" in err and b"server stopped" in err and b"Traceback" not in err
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def http(url: str, query: str | None = None, accept: str = "*/*", method: str = "GET",
         body: bytes | None = None, content_type: str | None = None, timeout: float = 30):
    """(status, content type, body) of one request; HTTP errors are answers too."""
    if method == "GET" and query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    elif query is not None:
        body, content_type = urllib.parse.urlencode({"query": query}).encode(), "application/x-www-form-urlencoded"
    req = urllib.request.Request(url, data=body, method=method, headers={"Accept": accept})
    if content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def normal(binding: dict) -> dict:
    """A JSON results binding without the datatype xsd:string (implicit in RDF 1.1)."""
    out = {}
    for k, v in binding.items():
        v = dict(v)
        if v.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
            del v["datatype"]
        out[k] = v
    return out


def test_cookbook_over_http_equals_kg_query(served):
    url, store = served
    assert QUERIES
    for name in QUERIES:
        text = (ROOT / "queries" / f"{name}.rq").read_text("utf-8")
        status, ctype, body = http(url + "/query", text, "application/sparql-results+json")
        assert status == 200 and "sparql-results+json" in ctype, (name, body[:300])
        over_http = json.loads(body)
        local = json.loads(kg("query", "--store", store, name, "-f", "json").stdout)
        assert over_http["head"]["vars"] == local["head"]["vars"], name
        key = lambda b: json.dumps(b, sort_keys=True)  # noqa: E731
        got = sorted((normal(b) for b in over_http["results"]["bindings"]), key=key)
        want = sorted((normal(b) for b in local["results"]["bindings"]), key=key)
        assert got == want, name
    assert kg("query", "--store", store, "facts-with-sources", "-f", "json").stdout.count('"sentence"') > 0


def test_sparqlwrapper_select_ask_construct(served):
    from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

    url, _ = served
    client = SPARQLWrapper(url + "/query")
    select = "SELECT ?attacker ?target WHERE { ?attacker nkg:attacked ?target } ORDER BY ?attacker"
    client.setQuery("PREFIX nkg: <https://w3id.org/newskg/ontology#>\n" + select)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    attackers = [r["attacker"]["value"].rsplit("/", 1)[1] for r in rows]
    assert "russia" in attackers
    client.setReturnFormat(XML)
    xml = client.query().convert()
    assert len(xml.getElementsByTagName("result")) == len(rows)
    client.setReturnFormat(CSV)
    csv = client.query().convert().decode().splitlines()
    assert csv[0] == "attacker,target" and len(csv) == len(rows) + 1
    client.setQuery("PREFIX nkg: <https://w3id.org/newskg/ontology#> ASK { ?a nkg:attacked ?b }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setReturnFormat(XML)
    assert client.query().convert().getElementsByTagName("boolean")[0].firstChild.data == "true"
    client.setQuery("PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                    " CONSTRUCT { ?a nkg:attacked ?b . ?a rdfs:label ?l } WHERE { ?a nkg:attacked ?b ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    from rdflib import Graph

    g = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(g) == len(rows) * 2 and '"Russia"@en' in {o.n3() for o in g.objects()}


ACCEPT_SELECT = {"application/sparql-results+json": b'"bindings"', "application/sparql-results+xml": b"<sparql",
                 "text/csv": b"s,label", "text/tab-separated-values": b"?s\t?label"}
ACCEPT_CONSTRUCT = {"text/turtle": b"<https://w3id.org/newskg/id/entity/russia>",
                    "application/n-triples": b"<https://w3id.org/newskg/id/entity/russia>",
                    "application/rdf+xml": b"rdf:RDF"}


def test_plain_http_get_and_post_each_accept(served):
    url, _ = served
    select = ('SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label '
              'FILTER(str(?label) = "Russia") }')
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <https://w3id.org/newskg/id/entity/russia>) }"
    for query, accepts in ((select, ACCEPT_SELECT), (construct, ACCEPT_CONSTRUCT)):
        for accept, marker in accepts.items():
            for how in ("GET", "POST form", "POST direct"):
                if how == "GET":
                    status, ctype, body = http(url + "/query", query, accept)
                elif how == "POST form":
                    status, ctype, body = http(url + "/query", query, accept, method="POST")
                else:
                    status, ctype, body = http(url + "/query", None, accept, method="POST",
                                               body=query.encode(), content_type="application/sparql-query")
                assert status == 200 and ctype.startswith(accept), (how, accept, status, body[:200])
                assert marker in body, (how, accept, body[:300])


def test_update_is_refused(served):
    url, store = served
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    status, _, _ = http(url + "/update", None, method="POST", body=urllib.parse.urlencode({"update": update}).encode(),
                        content_type="application/x-www-form-urlencoded")
    assert status in (403, 404, 405)
    status, _, _ = http(url + "/query", update, method="POST")
    assert status == 400
    status, _, body = http(url + "/query", "ASK { <http://example.org/a> ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is False


def test_malformed_query_is_400_with_message(served):
    url, _ = served
    status, _, body = http(url + "/query", "SELECT WHERE {", "application/sparql-results+json")
    assert status == 400 and b"error" in body.lower()


def test_slow_query_is_cut_and_the_server_answers_afterwards(served):
    url, _ = served
    start = time.monotonic()
    status, _, body = http(url + "/query", SLOW, "application/sparql-results+json", timeout=60)
    # Oxigraph streams results: the cut shows as a 5xx or a body that stops short
    complete = status == 200
    if complete:
        try:
            json.loads(body)
        except ValueError:
            complete = False
    assert not complete, body[:300]
    assert time.monotonic() - start < 60
    status, _, body = http(url + "/query", "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_yasgui_page(served):
    url, _ = served
    status, ctype, body = http(url + "/", accept="text/html")
    assert status == 200 and "html" in ctype and b"yasgui" in body.lower()


def test_bad_input_while_serving(served, tmp_path):
    url, store = served
    port = int(url.rsplit(":", 1)[1])
    assert_user_error(kg("load", ROOT / "out" / "graph.ttl", "--store", store), "in use", "kg serve")
    result = subprocess.run([KG, "serve", "--store", str(store), "--bind", f"127.0.0.1:{port}"],
                            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0, result.stderr
    assert "port in use" in result.stderr and "Traceback" not in result.stderr
    for bind in ("nonsense", "127.0.0.1:99999", "127.0.0.1:", "[zz]:80"):
        assert_user_error(kg("serve", "--store", store, "--bind", bind), "--bind")
    assert_user_error(kg("serve", "--store", tmp_path / "missing"), "no such store")
    assert_user_error(kg("serve", "--store", store, "--timeout", "0"), "--timeout")
    # the served store is untouched by all of that
    status, _, body = http(url + "/query", "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True


def test_a_fact_two_documents_state_is_served_once(tmp_path):
    """Over HTTP, as with `kg query`: the default graph is the union of all graphs as a
    set, so a fact in two documents' graphs is one row; GRAPH tells them apart."""
    from test_store import two_reports

    store = tmp_path / "s"
    assert kg("load", two_reports(tmp_path, "nq"), "--store", store).exit_code == 0
    port = free_port()
    proc = start(store, port)
    try:
        url = f"http://127.0.0.1:{port}/query"
        json_results = "application/sparql-results+json"
        facts = "SELECT ?a ?t WHERE { ?a <https://w3id.org/newskg/ontology#attacked> ?t }"
        _, _, body = http(url, facts, json_results)
        assert len(json.loads(body)["results"]["bindings"]) == 1
        _, _, body = http(url, "SELECT ?g WHERE { GRAPH ?g { ?a <https://w3id.org/newskg/ontology#attacked> ?t } }",
                          json_results)
        assert sorted(b["g"]["value"].rsplit("/", 1)[1] for b in json.loads(body)["results"]["bindings"]) == ["d1", "d2"]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)
