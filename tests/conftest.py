"""Shared fixtures: hand-made extraction records (no spaCy) and a session-wide spaCy pipeline."""
from __future__ import annotations

import pytest

from kg.records import Document, Entity, Event, Extraction, Sentence

TEXT_A = ('Russia attacked Ukraine on Monday. China did not condemn "the" attack. '
          "Officials said Ukraine might strike Russia.")
TEXT_B = "Vladimir Putin met Xi Jinping. Кремль warned O'Brien Group."


def _sentence(text: str, fragment: str) -> Sentence:
    start = text.index(fragment)
    return Sentence(start, start + len(fragment), fragment)


def _event(text, sentence, relation, agent, target, trigger, **kw) -> Event:
    start = text.index(trigger, sentence.start)
    return Event(relation=relation, agent=agent, target=target, trigger=trigger,
                 trigger_start=start, trigger_end=start + len(trigger), sentence=sentence, **kw)


def make_sample_extractions() -> list[Extraction]:
    """Two documents: asserted, negated and hypothetical events; an entity (russia) in
    both with different aliases; a key and names with quotes, spaces and Cyrillic."""
    a1 = _sentence(TEXT_A, "Russia attacked Ukraine on Monday.")
    a2 = _sentence(TEXT_A, 'China did not condemn "the" attack.')
    a3 = _sentence(TEXT_A, "Officials said Ukraine might strike Russia.")
    doc_a = Extraction(
        document=Document("a1", TEXT_A, title='Russia strikes "again"', date="2024-02-03",
                          source="https://example.org/news/a1"),
        entities=(Entity("russia", "Russia", "Country", ("Russian",)),
                  Entity("ukraine", "Ukraine", "Country"),
                  Entity("china", "China", "Country", ("Beijing",))),
        events=(_event(TEXT_A, a1, "attacked", "russia", "ukraine", "attacked", confidence=0.9),
                _event(TEXT_A, a2, "condemned", "china", "russia", "condemn", polarity="negative"),
                _event(TEXT_A, a3, "attacked", "ukraine", "russia", "strike",
                       modality="hypothetical", confidence=0.456)),
        sentences=(a1, a2, a3))
    b1 = _sentence(TEXT_B, "Vladimir Putin met Xi Jinping.")
    b2 = _sentence(TEXT_B, "Кремль warned O'Brien Group.")
    doc_b = Extraction(
        document=Document("b2", TEXT_B, date="last Tuesday", source="wire service"),
        entities=(Entity("vladimir-putin", "Vladimir Putin", "Person", ("Putin",)),
                  Entity("xi-jinping", "Xi Jinping", "Person"),
                  Entity("russia", "Russian Federation", "Country", ("Moscow",)),
                  Entity("кремль \"k\"", "Кремль", "Organization"),
                  Entity("o-brien group", "O'Brien \"Group\"", "Group")),
        events=(_event(TEXT_B, b1, "met", "vladimir-putin", "xi-jinping", "met", modality="reported"),
                _event(TEXT_B, b2, "warned", "кремль \"k\"", "o-brien group", "warned")),
        sentences=(b1, b2))
    return [doc_a, doc_b]


@pytest.fixture
def extractions() -> list[Extraction]:
    return make_sample_extractions()


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


def pytest_configure(config):
    # rdflib 7 warns about its own deprecated internals (ConjunctiveGraph, default_context).
    config.addinivalue_line("filterwarnings", "ignore::DeprecationWarning:rdflib.*")
