"""A synthetic corpus for benchmarks and tests, made only from our own demo articles
(examples/*.txt): paragraphs recombined, country actors renamed consistently per
document. Deterministic for a given seed. Not for evaluation (the texts repeat)."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

# (country, demonym, capital): whole-word swaps applied to a document as one permutation.
ACTORS = [
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Germany", "German", "Berlin"), ("Poland", "Polish", "Warsaw"),
    ("Iran", "Iranian", "Tehran"), ("Egypt", "Egyptian", "Cairo"),
    ("France", "French", "Paris"), ("Turkey", "Turkish", "Ankara"),
    ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Kenya", "Kenyan", "Nairobi"), ("Canada", "Canadian", "Ottawa"),
]


def _examples_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "examples"


def load_paragraphs(directory: Path | None = None) -> tuple[list[str], list[str]]:
    """(titles, body paragraphs) of examples/*.txt."""
    titles, paragraphs = [], []
    for path in sorted((directory or _examples_dir()).glob("*.txt")):
        parts = [p.strip() for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p.strip()]
        titles.append(parts[0])
        paragraphs.extend(parts[1:])
    return titles, paragraphs


def make_article(rng: random.Random, titles: list[str], paragraphs: list[str]) -> str:
    k = rng.randint(3, min(6, len(paragraphs)))
    body = rng.sample(paragraphs, k)
    text = "\n\n".join([rng.choice(titles)] + body) + "\n"
    countries = [a for a in ACTORS if re.search(rf"\b({a[0]}|{a[1]}|{a[2]})\b", text)]
    if countries:
        targets = rng.sample(ACTORS, len(countries))
        table = {}
        for src, dst in zip(countries, targets):
            table.update(zip(src, dst))
        text = re.sub(r"\b(" + "|".join(map(re.escape, table)) + r")\b", lambda m: table[m.group(1)], text)
    return text


def make_corpus(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    titles, paragraphs = load_paragraphs()
    return [{"id": f"synth-{i:06d}", "text": make_article(rng, titles, paragraphs),
             "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"} for i in range(n)]


def write_jsonl(path: str | Path, n: int, seed: int = 7) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in make_corpus(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
