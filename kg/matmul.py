"""thinc's matrix products through numpy's BLAS, one thread.

spaCy's CPU models multiply matrices with thinc's NumpyOps.gemm, which calls the blis
package's own kernels unless the ops are made with use_blis=False. On the machines
measured, numpy's OpenBLAS does the same products 2-3x faster (single-threaded), and gemm
is over half of spaCy's time. Rows come out
independent of the batch they are in and of BLAS threads (tests/test_fast_pipeline.py
compares every annotation with spaCy's own on real news).
"""
from __future__ import annotations

from functools import lru_cache

import numpy
from thinc.api import NumpyOps

# numpy builds whose BLAS is an optimised library; a reference BLAS would be slower than blis
FAST_BLAS = ("openblas", "mkl", "accelerate", "blis")


@lru_cache(maxsize=1)
def numpy_blas() -> str:
    """The name of the BLAS numpy was built with ('scipy-openblas', 'mkl', ...), or ''."""
    try:
        config = numpy.show_config(mode="dicts")
        return str(config["Build Dependencies"]["blas"].get("name", "")).lower()
    except Exception:   # numpy < 1.26 or an unusual build: keep thinc's default
        return ""


@lru_cache(maxsize=1)
def _controller():
    from threadpoolctl import ThreadpoolController
    return ThreadpoolController()


class BlasOps(NumpyOps):
    """thinc's NumpyOps without blis (its gemm is then numpy's), held to one BLAS thread:
    --jobs N means N cores, and no worker's products wait on another's threads."""

    name = "newskg-blas"

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        with _controller().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_blas_gemm(nlp) -> bool:
    """Give every layer of the pipeline's CPU models BlasOps when numpy's BLAS is fast."""
    if not any(name in numpy_blas() for name in FAST_BLAS):
        return False
    ops = BlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return True
