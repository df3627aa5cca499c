"""Long articles: the lookups that made extraction grow with the square of an article's
length now use indexes (date entities by sentence, mentions by position, mentions by
actor, the document text read once). They must find exactly what the whole-document scans
found: the same records, for an article long enough that the windows matter."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.extract import when
from kg.records import Document

from news_synth import article

ROOT = Path(__file__).resolve().parent.parent
# Our own sentences with descriptions, pronouns, dates, regions and action nouns that look
# back in the text (no gold text).
EXTRA = [
    "The foreign minister of Kenya, Amina Wekesa, said on Friday that the talks would resume.",
    "The Kenyan foreign minister later condemned the strikes.",
    "The rebels attacked the Tana River county on Sunday. The group denied it.",
    "Iran hanged two men in Tabriz. Germany condemned the hanging on Tuesday.",
    "Russia shelled Kharkiv region overnight. Ukraine said it would respond.",
    "The prime minister of Poland, Marek Nowak, met the Kenyan foreign minister in Geneva.",
    "The Brazilian president condemned the raid. Brazilian President Lucia Ferreira spoke later.",
]


def _long_text(paragraphs: int = 60) -> str:
    rng = random.Random(5)
    own = [p.strip() for f in sorted((ROOT / "examples").glob("*.txt"))
           for p in f.read_text("utf-8").split("\n\n") if p.strip()]
    parts = []
    for i in range(paragraphs):
        parts.append(article(rng)[1] + " " + EXTRA[i % len(EXTRA)])
        if i % 7 == 0:
            parts.append(own[i % len(own)])
    return "\n\n".join(parts)


def _naive_expressions(sent, date_ents):
    spans = [(e.start, e.end) for e in sent.ents if e.label_ in ("DATE", "TIME")]
    taken = {i for s, e in spans for i in range(s, e)}
    spans += [(t.i, t.i + 1) for t in sent if t.lower_ in when.UNLABELLED and t.i not in taken]
    return sorted(spans)


def _naive_near(self, i, window):
    return [m for m in self.res.mentions if abs(m.start - i) <= window]


@pytest.mark.parametrize("window", [40, 300])
def test_indexed_lookups_find_what_whole_document_scans_found(nlp, monkeypatch, window):
    from kg.extract import entities, extract_from_doc, where
    from kg.extract.entities import descriptions

    text = _long_text()
    doc = nlp(text)
    document = Document(id="long", text=text, date="2025-03-14")
    assert len(doc) > 3000 and len(list(doc.sents)) > 150
    monkeypatch.setattr(descriptions, "_DESCRIPTION_WINDOW", window)   # small: the window matters
    indexed = extract_from_doc(doc, document)

    with monkeypatch.context() as m:
        m.setattr(when, "_expressions", _naive_expressions)
        m.setattr(entities._Builder, "_mentions_near", _naive_near)
        region, countries = where._region, where._text_countries
        m.setattr(where, "_region", lambda doc, res, e, *_: region(doc, res, e))
        m.setattr(where, "_text_countries", lambda doc, res, key, *_: countries(doc, res, key))
        scanned = extract_from_doc(doc, document)

    assert indexed == scanned
    assert sum(1 for e in indexed.events if e.date) > 20          # dates were found ...
    assert any(e.place for e in indexed.events)                    # ... and places


def test_region_names_read_once_answer_as_the_pattern_over_the_whole_text():
    """'Kharkiv region', 'Gaza Strip', 'the Luhansk and Zaporizhzhia regions': the index
    read once per document says what the pattern searched over the whole text says, for
    any name, also with the letters re.IGNORECASE matches to non-ASCII ones (ſ, K, İ)."""
    from kg.extract.where import _named_region, _RegionNames

    text = ("Russia shelled the Kharkiv region and the Luhansk and Zaporizhzhia regions.\n"
            "Israel struck the Gaza Strip; Kenya's Tana River county was flooded. NORTH  STATE")
    names = ["Kharkiv", "Luhansk", "Zaporizhzhia", "Gaza", "Tana River", "Kenya", "Russia",
             "north", "Tana", "", "the", "Israel"]
    index = _RegionNames(text)
    assert [index(n) for n in names] == [_named_region(text, n) for n in names]
    assert index("Kharkiv") and index("Luhansk") and index("north") and not index("Russia")
    rng = random.Random(3)
    alphabet = ["a", "s", "S", "\u017f", "K", "k", "\u0130", "i", " ", "\n", "'", "\u2019",
                "and ", "region", "state", "States", "-", "x1", "Gaza", "GAZA"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        index = _RegionNames(text)
        for _ in range(4):
            name = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
            assert index(name) == _named_region(text, name), (text, name)
