"""States a text names by a compass word alone: "the North" in a story about North Korea."""
from __future__ import annotations

from .model import Mention


class CompassStates:
    """Methods of the resolver (kg.extract.entities.builder) for "the North", "the South"."""

    def resolve_compass_states(self) -> None:
        """'North Korea shelled ... the North fired again', 'the South's navy': a capitalised
        compass word after "the", naming nothing itself, is the one state the text names
        whose name begins with it (none when two do, nor when none is named)."""
        compass = self.roles["compass_words"]
        states: dict[str, set[str]] = {}
        for a in self.res.actors.values():
            first = a.name.split(" ", 1)[0]
            if a.type == "Country" and " " in a.name and first.lower() in compass:
                states.setdefault(first, set()).add(a.key)
        if not states:
            return
        for tok in self.tokens:
            keys = states.get(tok.text)
            if not keys or len(keys) != 1 or tok.i == 0 \
                    or self.tokens[tok.i - 1].lower_ != "the" or tok.dep_ in ("compound", "amod") \
                    or (tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text[:1].isupper()):
                continue                            # (not "the North Atlantic", "the South China Sea")
            state = self.res.actors[next(iter(keys))]
            k = self.res.key_at(tok.i)
            if k is None:
                self.res.add_mention(Mention(tok.i, tok.i + 1, state.key, "description"))
            elif k != state.key and self.res.actors[k].name == tok.text:
                self.merge(self.res.actors[k], state)   # NER's "North" as a place of its own
