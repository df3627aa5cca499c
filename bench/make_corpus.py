#!/usr/bin/env python3
"""Make an N-article news corpus from our own demo articles (examples/*.txt).

    python bench/make_corpus.py 50 /tmp/corpus50      # -> /tmp/corpus50/article-001.txt …
    kg extract /tmp/corpus50 -o /tmp/corpus50.ttl

Every sentence below is one of the sentences of examples/border-clash.txt or
examples/gulf-tensions.txt with its actors turned into slots ({A}, {B_adj}, …). An article
is a headline plus paragraphs recombined from both examples, with the slots filled from
pools of countries, cities and people, so the corpus exercises the same constructions
(attacks, condemnations, calls, support, opposition, meetings, negation, hypotheticals)
with many different actors, and the same actor appears across many articles (entities
merge by IRI). Output is a function of N and --seed only: byte-identical on every run.
Nothing is taken from ../shared/eval.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

# (country, adjective, capital, city, leader title, leader name)
COUNTRIES = [
    ("Russia", "Russian", "Moscow", "Belgorod", "President", "Vladimir Putin"),
    ("Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "President", "Volodymyr Zelenskyy"),
    ("Germany", "German", "Berlin", "Hamburg", "Chancellor", "Olaf Scholz"),
    ("Poland", "Polish", "Warsaw", "Krakow", "Prime Minister", "Donald Tusk"),
    ("France", "French", "Paris", "Marseille", "President", "Emmanuel Macron"),
    ("Iran", "Iranian", "Tehran", "Isfahan", "President", "Masoud Pezeshkian"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "Crown Prince", "Mohammed bin Salman"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria", "President", "Abdel Fattah el-Sisi"),
    ("Qatar", "Qatari", "Doha", "Al Wakrah", "Emir", "Tamim bin Hamad Al Thani"),
    ("Turkey", "Turkish", "Ankara", "Istanbul", "President", "Recep Tayyip Erdogan"),
    ("Japan", "Japanese", "Tokyo", "Osaka", "Prime Minister", "Fumio Kishida"),
    ("India", "Indian", "New Delhi", "Mumbai", "Prime Minister", "Narendra Modi"),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo", "President", "Luiz Inacio Lula da Silva"),
    ("Canada", "Canadian", "Ottawa", "Toronto", "Prime Minister", "Justin Trudeau"),
    ("Israel", "Israeli", "Jerusalem", "Haifa", "Prime Minister", "Benjamin Netanyahu"),
    ("Jordan", "Jordanian", "Amman", "Aqaba", "King", "Abdullah II"),
]
GROUPS = ["Houthi rebels", "Hezbollah fighters", "Wagner mercenaries", "Taliban fighters",
          "al-Shabaab militants"]
GROUP_SHORT = {"Houthi rebels": "the Houthis", "Hezbollah fighters": "Hezbollah",
               "Wagner mercenaries": "Wagner", "Taliban fighters": "the Taliban",
               "al-Shabaab militants": "al-Shabaab"}
ORGS = ["The United Nations Security Council", "The European Union", "NATO",
        "The African Union", "The Arab League"]
SHIPS = ["Sea Falcon", "Ocean Pearl", "Northern Star", "Blue Heron", "Gulf Trader"]
SEAS = ["Red Sea", "Black Sea", "Gulf of Aden", "Mediterranean", "Baltic Sea"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

HEADLINES = [
    "Rival capitals trade blame after overnight strikes",
    "{G_short_cap} attack on tanker raises tensions in the {sea}",
    "{A} and {B} trade accusations after strikes",
    "Diplomats scramble after attack on {B_city}",
]
# Paragraph templates, each from a paragraph of examples/*.txt with the actors as slots.
PARAGRAPHS = [
    # border-clash.txt, paragraph 1
    "{A_adj} forces struck {B_city} overnight with drones and missiles, {B_adj} officials said "
    "on {day}. {B}'s foreign ministry condemned the strikes and said the attack on the city had "
    "damaged a hospital.",
    # border-clash.txt, paragraph 2
    "{C_adj} {C_title} {C_leader} called {B_adj} {B_title} {B_leader} on {day} afternoon. "
    "During the call, {C_leader_last} reiterated {C}'s support for {B}. The {C_title_low} said "
    "{C_cap} opposed any attempt to freeze the conflict on {A_cap}'s terms.",
    # border-clash.txt, paragraph 3
    "{D} denounced the {A_adj} attack. {A}'s government denied that its troops had attacked "
    "civilian targets, and {A_cap} said it would not attack {B_cap} during the talks.",
    # gulf-tensions.txt, paragraph 1
    "{G} fired missiles at the tanker {ship} in the {sea} on {day}, the ship's operator said. "
    "{O} condemned the attack by {G_short}.",
    # gulf-tensions.txt, paragraph 2
    "{E} rejected a proposal by {G_short} for a ceasefire, calling it a stalling tactic. {F}, "
    "which backs the group, said it opposed new sanctions on {G_short}.",
    # gulf-tensions.txt, paragraph 3
    "{C_adj} {C_title} {C_leader} held a phone call with {E_adj} {E_title} {E_leader} on {day}. "
    "The {C_adj} leader later met with {D_adj} {D_title} {D_leader} in {D_cap}. If {G_short} "
    "strike again, {C_cap} could attack their bases, a senior official warned.",
]


def _slots(rng: random.Random) -> dict[str, str]:
    roles = rng.sample(COUNTRIES, 6)
    out: dict[str, str] = {}
    for letter, (name, adj, cap, city, title, leader) in zip("ABCDEF", roles):
        out.update({letter: name, f"{letter}_adj": adj, f"{letter}_cap": cap,
                    f"{letter}_city": city, f"{letter}_title": title,
                    f"{letter}_title_low": title.lower(), f"{letter}_leader": leader,
                    f"{letter}_leader_last": leader.split()[-1]})
    group = rng.choice(GROUPS)
    out.update({"G": group, "G_short": GROUP_SHORT[group],
                "G_short_cap": GROUP_SHORT[group][0].upper() + GROUP_SHORT[group][1:],
                "O": rng.choice(ORGS), "ship": rng.choice(SHIPS), "sea": rng.choice(SEAS),
                "day": rng.choice(DAYS)})
    return out


def make_article(i: int, seed: int = 0) -> str:
    rng = random.Random(f"{seed}:{i}")
    slots = _slots(rng)
    paragraphs = rng.sample(PARAGRAPHS, rng.randint(2, 4))
    headline = rng.choice(HEADLINES).format(**slots)
    return headline + "\n\n" + "\n\n".join(p.format(**slots) for p in paragraphs) + "\n"


def make_corpus(n: int, out_dir: str | Path, seed: int = 0) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    width = max(3, len(str(n)))
    paths = []
    for i in range(1, n + 1):
        path = out / f"article-{i:0{width}d}.txt"
        path.write_text(make_article(i, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out_dir", help="directory to write article-NNN.txt files into")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    paths = make_corpus(args.n, args.out_dir, args.seed)
    print(f"{len(paths)} articles -> {args.out_dir}")


if __name__ == "__main__":
    main()
