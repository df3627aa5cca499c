"""Names NER left unlabelled: capitalised words before a group noun, proper nouns in an
argument slot."""
from __future__ import annotations

from functools import cached_property

from ...lexicon import load_relations
from .model import _ARGUMENT_DEPS


class UnlabelledNames:
    """Methods of NameSpans that find names NER missed."""

    def _group_names(self, covered: set[int]) -> list[tuple[int, int, str]]:
        """Capitalised words NER left unlabelled before a group noun: "the Jaish al-Adl militant
        group", "the Ansaru militia", "the Viv Ansanm gang alliance" (the noun and its lower-case
        modifiers are no part of it)."""
        out, toks, roles = [], self.tokens, self.roles
        for t in toks:
            if not t.is_lower or t.pos_ != "NOUN" or (t.lemma_ not in roles["group_nouns"]
                                                      and t.lemma_ not in roles["unlabelled_group_heads"]):
                continue
            end = t.i
            while end > t.i - 3 and end > 0 and toks[end - 1].is_lower and toks[end - 1].head.i == t.i \
                    and toks[end - 1].dep_ in ("amod", "compound"):
                end -= 1                            # "militant", "armed", "rebel"
            start = end
            while start > 0 and end - start < 6 and start - 1 not in covered and (
                    toks[start - 1].is_title and (toks[start - 1].pos_ == "PROPN" or start > 1 and not toks[start - 2].whitespace_)
                    or not toks[start - 1].whitespace_ and (
                    toks[start - 1].text in ("-", "–") or toks[start - 1].lower_ in roles["hyphen_particles"])):
                start -= 1
            while start < end and not toks[start].is_title:
                start += 1
            if start == end or toks[end - 1].text in ("-", "–") or not toks[end - 1].is_title \
                    or any(k in covered for k in range(start, end)) \
                    or any(x.lower_ in roles["titles"] for x in toks[start:end]):
                continue
            out.append((start, end, "ORG"))
            covered.update(range(start, end))
        return out

    @cached_property
    def _common_nouns(self) -> frozenset[str]:
        """Nouns NER may take for a name when they open a sentence ("Rockets fired from X struck
        Y"): weapons and the forces that use them, and fires and blasts ("Fire ripped through X")."""
        return frozenset(load_relations()["attacked"].words("projectiles")) | frozenset(self.roles["agent_nouns"]) \
            | frozenset(self.roles["disaster_words"])

    def _common_noun(self, t) -> bool:
        low = t.lower_                              # (the tagger calls "Rockets" a name: its lemma is no help)
        return low in self._common_nouns or (low.endswith("s") and low[:-1] in self._common_nouns)

    def _unlabelled_names(self, covered: set[int]) -> list[tuple[int, int, str]]:
        """Proper nouns NER left unlabelled in an argument slot ("Scholz called Zelensky"),
        outside headlines (title case throughout) and sentence openings."""
        out, toks, titles = [], self.tokens, self.roles["titles"]
        # surnames of full names NER found: "Pashinyan also met ..." opening a sentence is him
        # (and given names: "Abiy" after "Abiy Ahmed")
        surnames = {t.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in (e[0], e[-1])}
        for sent in self.sents:
            span = toks[sent.start:sent.end]
            if not any(t.pos_ == "PROPN" and t.i not in covered for t in span):
                continue
            if self._title_case(self.sent_of[sent.start]):
                continue                            # a headline (not "The Arakan Army seized Paletwa in January")
            for t in span:
                if t.i in covered or (t.pos_ != "PROPN" and not (t.pos_ == "NOUN" and t.text in surnames)) \
                        or not t.is_title or t.ent_type_ \
                        or t.dep_ not in _ARGUMENT_DEPS or (t.lower_ in titles and not self._named_title(t)) \
                        or t.lower_ in self.roles["non_state_agents"] or t.lower_ in self.roles["state_form_words"] \
                        or t.lower_ in self.roles["government_words"] or self._common_noun(t) \
                        or self._hardware(t.i) or (t.i > sent.start and self._hardware(t.i - 1)) \
                        or (t.i == sent.start and t.text not in surnames and not (t.dep_ == "nsubj" and t.tag_ != "NNPS" and (
                            t.head.i == t.i + 1 or any(c.dep_ == "conj" and c.ent_type_ in ("PERSON", "GPE", "ORG")
                                                       for c in t.children)))):   # "Rockets launched from"; "Modi and Putin held"
                    continue
                start = t.i
                # ("the Government Girls Secondary School": a facility's name may hold a common noun)
                facility = t.lower_ in self.roles["facility_nouns"]
                while start - 1 >= sent.start and toks[start - 1].dep_ == "compound" \
                        and (toks[start - 1].pos_ == "PROPN" or facility and toks[start - 1].pos_ == "NOUN"
                             and start - 1 > sent.start) and toks[start - 1].is_title \
                        and start - 1 not in covered and toks[start - 1].lower_ not in titles:
                    start -= 1
                start, end, _, _ = self._whole_word(start, t.i + 1, "UNLABELLED", None)   # "Jaish-e-Mohammed"
                if any(i in covered for i in range(start, end)) or self._text(start, end) in self.roles["not_actors"]:
                    continue
                out.append((start, end, "UNLABELLED"))
                covered.update(range(start, end))
        return out

    def _title_case(self, n: int) -> bool:
        """Sentence n is a headline in title case: most words capitalised, no lower-case verb."""
        words = [t for t in self.sents[n] if t.is_alpha]
        return not words or sum(t.text[:1].isupper() for t in words) > 0.6 * len(words) and not any(
            t.is_lower and t.pos_ == "VERB" for t in words)

    def _named_title(self, t) -> bool:
        """'the Galaxy Leader': a title word heading a proper name of its own (not 'Supreme Leader')."""
        mods = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1]
        return bool(mods) and mods[0].lower_ not in self.roles["titles"] \
            and f"{mods[0].lower_} {t.lower_}" not in self.roles["titles"] and not mods[0].ent_type_
