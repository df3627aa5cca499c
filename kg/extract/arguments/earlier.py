"""Names an unnamed noun refers back to: "the base" after "a small African Union base",
"the capital" after the capital named, "the ministry" after "Yemen's foreign ministry"."""
from __future__ import annotations


class EarlierNames:
    """Methods of Arguments (kg.extract.arguments) that look back for what a bare noun names."""

    @staticmethod
    def _bare_definite(tok) -> bool:
        """'the base': definite, with no modifier of its own."""
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children)

    def _owner_named_before(self, tok) -> list[str]:
        """The owners of the last thing of the same kind named with an owner, within ~two sentences."""
        toks = self.res.tokens or tok.doc
        lemma = tok.lemma_.lower()
        for i in range(tok.i - 1, max(-1, tok.i - 80), -1):
            if toks[i].lemma_.lower() == lemma and toks[i].pos_ == "NOUN":
                return self.owners(toks[i])
        return []

    def _capital_named_before(self, tok) -> list[str]:
        """The capital city last named within ~two sentences before "the capital"."""
        for i in range(tok.i - 1, max(-1, tok.i - 80), -1):
            k = self.res.key_at(i)
            if k and self.res.actors[k].type == "Location" and self.res.actors[k].capital_of:
                return [k]
        return []

    def _body_named_before(self, tok) -> str | None:
        toks = self.res.tokens or tok.doc
        lemma = tok.lemma_.lower()
        for i in range(tok.i - 1, max(-1, tok.i - 80), -1):
            t = toks[i]
            if t.lemma_.lower() != lemma:
                continue
            for c in t.children:
                k = self._key(c)
                if k and c.dep_ in ("poss", "amod", "compound") and self.res.actors[k].type == "Country":
                    return k
        return None
