"""Library API: text in, extraction records out.

    from kg.pipeline import extract_text
    ex = extract_text("Russia attacked Ukraine.", doc_id="a1")
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .ids import document_id
from .nlp import load_nlp
from .records import Document, Extraction


def make_document(text: str, doc_id: str | None = None, title: str | None = None,
                  date: str | None = None, source: str | None = None) -> Document:
    return Document(id=document_id(text, doc_id), text=text, title=title, date=date, source=source)


def extract_documents(documents: Iterable[Document], nlp=None, batch_size: int = 32) -> Iterator[Extraction]:
    """Extraction records for each document, in input order."""
    from .extract import extract_from_doc

    nlp = nlp or load_nlp()
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield extract_from_doc(doc, document)


def extract_document(document: Document, nlp=None) -> Extraction:
    return next(extract_documents([document], nlp=nlp))


def extract_text(text: str, doc_id: str | None = None, nlp=None, **meta) -> Extraction:
    return extract_document(make_document(text, doc_id, **meta), nlp=nlp)
