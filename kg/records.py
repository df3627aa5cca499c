"""Extraction records: plain data passed from the extractor to the RDF layer.

No spaCy and no RDF here; every offset is a character offset into Document.text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Organization", "Country", "Location", "Facility", "Group")
POLARITIES = ("positive", "negative")
# asserted/reported are facts; the rest are kept as events but give no direct triple.
MODALITIES = ("asserted", "reported", "hypothetical", "future", "intended",
              "hedged", "denied", "question")
FACTUAL_MODALITIES = ("asserted", "reported")


@dataclass(frozen=True)
class Document:
    id: str                      # stable: given by the caller or a hash of the text
    text: str
    title: str | None = None
    date: str | None = None      # ISO 8601 date, yyyy-mm-dd
    source: str | None = None    # URL of the article


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    key: str                     # kg.ids.slug(name): the same actor gets the same key everywhere
    name: str                    # canonical name, no title ("Joe Biden")
    type: str                    # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()  # other name forms seen (sorted, without name; no pronouns)


@dataclass(frozen=True)
class Event:
    relation: str                # a key of kg.lexicon relations ("attacked", ...)
    agent: str                   # Entity.key
    target: str                  # Entity.key
    trigger: str                 # trigger word as written
    trigger_start: int
    trigger_end: int
    sentence: Sentence
    polarity: str = "positive"   # one of POLARITIES
    modality: str = "asserted"   # one of MODALITIES
    confidence: float = 0.8      # in [0, 1]
    # Where and when (kg.extract.where, kg.extract.when); None when the text does not say.
    place: str | None = None     # Entity.key of the place it happened ("strikes in Z"), never the target
    place_text: str | None = None  # the phrase as written ("near Kharkiv")
    date: str | None = None      # yyyy-mm-dd, yyyy-mm or yyyy, normalized against Document.date
    date_text: str | None = None   # the date expression as written ("on Saturday"); kept unresolved too

    @property
    def asserted(self) -> bool:
        """True when the text states the event happened: only then a direct triple."""
        return self.polarity == "positive" and self.modality in FACTUAL_MODALITIES


@dataclass(frozen=True)
class Link:
    """An entity's GeoNames link as decided in one document (kg.gazetteer.geonames)."""
    key: str                     # Entity.key
    geonames: int                # GeoNames feature id (https://sws.geonames.org/<id>/)
    iso2: str | None = None      # states: ISO 3166-1 alpha-2, alpha-3, CAMEO actor code
    iso3: str | None = None
    cameo: str | None = None
    lon: str | None = None       # places: WGS84 decimal degrees as the table writes them
    lat: str | None = None


@dataclass(frozen=True)
class Extraction:
    document: Document
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), compare=False)
    links: tuple[Link, ...] = ()   # sorted by key
