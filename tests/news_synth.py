"""Short synthetic news articles for engine and fault tests: our own template sentences
with fictional officials, deterministic for a seed (no article text from anywhere)."""
from __future__ import annotations

import json
import random
from pathlib import Path

STATES = ["Russia", "Ukraine", "China", "Germany", "France", "Iran", "Israel", "Turkey",
          "India", "Pakistan", "Japan", "Brazil", "Egypt", "Kenya", "Canada", "Poland"]
PEOPLE = ["President Anna Kovac", "Prime Minister Lars Holm", "Foreign Minister Ravi Menon",
          "General Omar Haddad", "Chancellor Petra Lind", "Minister Tomas Varga"]
CITIES = ["Geneva", "Vienna", "Doha", "Oslo", "Nairobi", "Ankara"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{a} accused {b} of shelling border villages on {day}.",
    "{a} condemned the missile strike carried out by {b}.",
    "{p} met {q} in {city} to discuss grain exports.",
    "{a} imposed new sanctions on {b} after the talks collapsed.",
    "{a} threatened to expel diplomats from {b}.",
    "Officials in {city} said {a} had agreed to send food aid to {b}.",
    "{a} did not attack {b}, a spokesman insisted on {day}.",
    "{p} warned that {b} might retaliate against {a}.",
    "Troops from {a} attacked positions held by {b} near the river.",
    "{a} praised {b} for releasing the detained sailors.",
]


def article(rng: random.Random) -> tuple[str, str]:
    """(title, text)"""
    sentences = []
    for _ in range(rng.randint(2, 4)):
        a, b = rng.sample(STATES, 2)
        p, q = rng.sample(PEOPLE, 2)
        sentences.append(rng.choice(TEMPLATES).format(a=a, b=b, p=p, q=q, city=rng.choice(CITIES),
                                                      day=rng.choice(DAYS)))
    title = sentences[0].split(",")[0].rstrip(".")
    return title, " ".join(sentences)


def records(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        title, text = article(rng)
        rec = {"id": f"n{i:04d}", "text": text, "date": f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}"}
        if i % 3 == 0:
            rec.update(title=title, url=f"https://news.example.org/{i}")
        out.append(rec)
    return out


def write_corpus(path: Path, n: int, seed: int = 11, bad_lines: tuple[int, ...] = (),
                 skip_ids: tuple[str, ...] = ()) -> Path:
    """JSON Lines of `n` articles; `bad_lines`: positions where a broken record is put."""
    lines = [json.dumps(r) for r in records(n, seed) if r["id"] not in skip_ids]
    for pos in sorted(bad_lines, reverse=True):
        lines.insert(pos, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path
