"""Human-readable reference pages (HTML, Markdown) of the newskg ontology.

`render_html(graph)` and `render_markdown(graph)` take the parsed ontology
(ontology/newskg.ttl, read into a page model by kg.rdf.ontology_page) and return one self-contained document: header (title, version,
license, namespace), then classes, object properties, datatype properties, annotation
properties, individuals and the code lists (CAMEO, PLOVER) the event classes map to.
Every term has an anchor (its local name), label, IRI, comment, and where present its
superclasses, subclasses, domain/range, characteristics and SKOS mappings.

Output is deterministic: everything is sorted, nothing depends on dict or set order,
and no timestamp is written. All text from the graph is escaped.
"""
from __future__ import annotations

import html

from rdflib import Graph

from .ontology_page import Page, Ref, build_page, default_ontology_path, load_ontology  # noqa: F401 (re-exported)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#1f2328}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}
h3{margin:1.6rem 0 .2rem}code{font-size:.9em;background:#f6f8fa;padding:.1em .3em;border-radius:4px}
a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}
dl.meta dd{margin:0}.term{border-left:3px solid #d0d7de;padding-left:1rem;margin-bottom:1.5rem}
.term table{border-collapse:collapse}.term th{text-align:left;font-weight:600;padding:.1rem 1rem .1rem 0;
vertical-align:top;white-space:nowrap}.term td{padding:.1rem 0}.iri{color:#57606a;font-size:.9em}
nav ul{columns:2}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _ref_html(r: Ref) -> str:
    inner = f"<code>{_e(r.text)}</code>" if r.code else _e(r.text)
    out = f'<a href="{_e(r.href)}">{inner}</a>' if r.href else inner
    return out + (f" ({_e(r.note)})" if r.note else "")


def render_html(ontology: Graph) -> str:
    page = build_page(ontology)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(page.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           "<header>", f"<h1>{_e(page.title)}</h1>"]
    if page.description:
        out.append(f"<p>{_e(page.description)}</p>")
    out.append('<dl class="meta">')
    for name, refs in page.meta:
        out.append(f"<dt>{_e(name)}</dt><dd>{', '.join(_ref_html(r) for r in refs)}</dd>")
    out.append("</dl>")
    out.append("</header>")
    out.append('<nav><h2 id="contents">Contents</h2><ul>')
    for s in page.sections:
        out.append(f'<li><a href="#{_e(s.anchor)}">{_e(s.title)}</a> ({len(s.terms)})</li>')
    out.append("</ul></nav>")
    for s in page.sections:
        out.append(f'<section id="{_e(s.anchor)}">')
        out.append(f"<h2>{_e(s.title)}</h2>")
        out.append("<p>" + " · ".join(f'<a href="#{_e(t.anchor)}">{_e(t.label)}</a>' for t in s.terms) + "</p>")
        for t in s.terms:
            out.append(f'<div class="term" id="{_e(t.anchor)}">')
            out.append(f'<h3>{_e(t.label)} <a class="iri" href="#{_e(t.anchor)}"><code>{_e(t.curie)}</code></a></h3>')
            out.append(f'<div class="iri">{_e(t.iri)}</div>')
            if t.comment:
                out.append(f"<p>{_e(t.comment)}</p>")
            if t.fields:
                out.append("<table>")
                for name, refs in t.fields:
                    out.append(f"<tr><th>{_e(name)}</th><td>{', '.join(_ref_html(r) for r in refs)}</td></tr>")
                out.append("</table>")
            out.append("</div>")
        out.append("</section>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------

def _md_escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


def _ref_md(r: Ref) -> str:
    inner = f"`{r.text.replace('`', '')}`" if r.code else _md_escape(r.text)
    out = f"[{inner}]({r.href.replace(' ', '%20').replace(')', '%29')})" if r.href else inner
    return out + (f" ({_md_escape(r.note)})" if r.note else "")


def render_markdown(ontology: Graph) -> str:
    page = build_page(ontology)
    out = [f"# {_md_escape(page.title)}", ""]
    if page.description:
        out += [_md_escape(page.description), ""]
    for name, refs in page.meta:
        out.append(f"- **{_md_escape(name)}**: {', '.join(_ref_md(r) for r in refs)}")
    out.append("")
    out.append("## Contents")
    out.append("")
    for s in page.sections:
        out.append(f"- [{_md_escape(s.title)}](#{s.anchor}) ({len(s.terms)})")
    for s in page.sections:
        out += ["", f'<a id="{_e(s.anchor)}"></a>', "", f"## {_md_escape(s.title)}"]
        for t in s.terms:
            out += ["", f'<a id="{_e(t.anchor)}"></a>', "", f"### {_md_escape(t.label)} (`{t.curie}`)", "",
                    f"IRI: `{t.iri}`"]
            if t.comment:
                out += ["", _md_escape(t.comment)]
            if t.fields:
                out.append("")
                for name, refs in t.fields:
                    out.append(f"- {_md_escape(name)}: {', '.join(_ref_md(r) for r in refs)}")
    return "\n".join(out) + "\n"


__all__ = ["render_html", "render_markdown", "build_page", "load_ontology", "default_ontology_path"]
