"""When an event happened: the date expression attached to its trigger (spaCy's DATE and
TIME entities, and a few adverbs spaCy leaves unlabelled: "overnight", "yesterday"),
normalized against the document's date by our own rules.

Why not dateparser: it would be a new dependency with its own locale data, and it parses
one string at a time with no notion of news conventions ("on Saturday" in a report means
the last Saturday up to the publication day, never the next one; "overnight" is the night
that ended on the publication day). The rules below are those conventions, and nothing
else: an expression they do not cover stays a string. No document date means relative
expressions stay unresolved (string only); only absolute ones ("April 13, 2024",
"in 2008") get a value.

Values are ISO lexical forms: yyyy-mm-dd (xsd:date), yyyy-mm (xsd:gYearMonth), yyyy (xsd:gYear).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from ..records import Document, Event

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
# day offsets from the document date; "overnight": the night that ended on the publication day
DAYS = {"today": 0, "tonight": 0, "overnight": 0, "this morning": 0, "this afternoon": 0,
        "this evening": 0, "earlier today": 0, "yesterday": -1, "last night": -1,
        "the day before yesterday": -2, "tomorrow": 1}
UNLABELLED = ("overnight", "yesterday", "today", "tonight", "tomorrow")  # adverbs spaCy may not tag
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MON = r"([A-Za-z]{3,9})\.?"
_YEAR = r"((?:19|20)\d\d)"


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower())


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _near_year(base: date, month: int, day: int | None = None) -> int:
    """A year-less month (and day): news reports look back, so the year that puts it in
    the 300 days up to the document date or the 65 days after it."""
    for y in (base.year, base.year - 1, base.year + 1):
        try:
            d = date(y, month, day or 1)
        except ValueError:
            continue
        if -300 < (d - base).days <= 65:
            return y
    return base.year


def normalize(expr: str, base: date | None) -> str | None:
    """The ISO value of a date expression ("on Saturday", "last April", "in 2008") given
    the document date, or None when the rules cannot tell (or need a date and have none)."""
    text = " ".join(expr.replace("\u2019", "'").split()).strip(" ,.")
    low = re.sub(r"^(?:on|in|at|during|since|by|from|early|late|earlier|later)\s+", "", text.lower())
    low = re.sub(r"'s$", "", low)
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", low):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    # absolute: "April 13, 2024", "13 April 2024", "April 2024", "2008"
    if (m := re.fullmatch(_MON + r"\s+" + _ORD + r",?\s+" + _YEAR, low)) and _month(m[1]):
        return _valid(int(m[3]), _month(m[1]), int(m[2]))
    if (m := re.fullmatch(_ORD + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR, low)) and _month(m[2]):
        return _valid(int(m[3]), _month(m[2]), int(m[1]))
    if (m := re.fullmatch(r"(?:the\s+)?(?:month\s+of\s+)?" + _MON + r",?\s+(?:of\s+)?" + _YEAR, low)) and _month(m[1]):
        return f"{int(m[2]):04d}-{_month(m[1]):02d}"
    if m := re.fullmatch(r"(?:the\s+year\s+)?" + _YEAR, low):
        return m[1]
    if base is None:
        return None
    # relative to the document date
    if low in DAYS:
        return (base + timedelta(days=DAYS[low])).isoformat()
    if (m := re.fullmatch(r"(?:(last|this|next|past)\s+)?([a-z]+day)" + _PARTS, low)) and m[2] in WEEKDAYS:
        back = (base.weekday() - WEEKDAYS[m[2]]) % 7
        if m[1] == "next":
            return (base + timedelta(days=(WEEKDAYS[m[2]] - base.weekday()) % 7 or 7)).isoformat()
        if m[1] in ("last", "past") and back == 0:
            back = 7
        return (base - timedelta(days=back)).isoformat()
    if (m := re.fullmatch(_MON + r"\s+" + _ORD, low)) and _month(m[1]):
        mon, day = _month(m[1]), int(m[2])
        return _valid(_near_year(base, mon, day), mon, day)
    if (m := re.fullmatch(r"(?:the\s+)?" + _ORD + r"\s+(?:of\s+)?" + _MON, low)) and _month(m[2]):
        mon, day = _month(m[2]), int(m[1])
        return _valid(_near_year(base, mon, day), mon, day)
    if (m := re.fullmatch(r"(?:(last|this|next)\s+)?" + _MON, low)) and _month(m[2]):
        mon = _month(m[2])
        year = _near_year(base, mon)
        if m[1] == "last":
            year = base.year if mon < base.month else base.year - 1
        return f"{year:04d}-{mon:02d}"
    if low in ("this month", "earlier this month"):
        return f"{base.year:04d}-{base.month:02d}"
    if low == "last month":
        prev = base.replace(day=1) - timedelta(days=1)
        return f"{prev.year:04d}-{prev.month:02d}"
    if low in ("this year", "earlier this year"):
        return f"{base.year:04d}"
    if low == "last year":
        return f"{base.year - 1:04d}"
    return None


def _base(document: Document) -> date | None:
    try:
        return date.fromisoformat(document.date) if document.date else None
    except ValueError:
        return None


def _date_ents(doc) -> tuple[list[int], list[tuple[int, int]]]:
    """The document's DATE and TIME entities (start, end), in order, and their starts: read
    once, since `sent.ents` reads all of doc.ents each time (quadratic in a long article)."""
    spans = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    return [s for s, _ in spans], spans


def _expressions(sent, date_ents):
    """(first token, last token + 1) of each date expression of a sentence; `date_ents`
    from _date_ents: those inside the sentence are its DATE and TIME entities (sent.ents)."""
    starts, ents = date_ents
    spans = [(s, e) for s, e in ents[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
             if e <= sent.end]
    taken = {i for s, e in spans for i in range(s, e)}
    spans += [(t.i, t.i + 1) for t in sent if t.lower_ in UNLABELLED and t.i not in taken]
    return sorted(spans)


def _distance(doc, start: int, end: int, anchors: set[int]) -> int | None:
    """Steps up the dependency tree from the expression's root to an anchor token."""
    span = doc[start:end]
    tok, steps = span.root, 0
    while steps <= 3:
        if tok.i in anchors:
            return steps
        if tok.head.i == tok.i:
            return None
        tok, steps = tok.head, steps + 1
    return None


def date_events(doc, document: Document, events: list[Event], light_verbs=(), tokens=None) -> list[Event]:
    """Each event with the date expression attached to its trigger (or to the light verb
    of a nominal trigger: "launched an attack on Saturday"), and its normalized value."""
    base = _base(document)
    by_char = {t.idx: t for t in tokens or doc}     # tokens: list(doc), when the caller has it
    date_ents = _date_ents(doc)
    out = []
    for ev in events:
        tok = by_char.get(ev.trigger_start)
        if tok is None:
            out.append(ev)
            continue
        anchors = {tok.i}
        if tok.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() in light_verbs:
            anchors.add(tok.head.i)
        best = None
        for start, end in _expressions(tok.sent, date_ents):
            steps = _distance(doc, start, end, anchors)
            if steps is not None and (best is None or (steps, abs(start - tok.i)) < best[0]):
                best = ((steps, abs(start - tok.i)), start, end)
        if best is None:
            out.append(ev)
            continue
        _, start, end = best
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.lower_ in ("on", "in", "at", "during", "since", "by") and prev.dep_ == "prep":
            start -= 1
        text = doc[start:end].text
        out.append(replace(ev, date_text=text, date=normalize(text, base)))
    return out
