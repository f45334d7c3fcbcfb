# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-pixel inference shared by the retrieval models (biophysical, soil moisture, …).

Runs a model whose card gives, per input, the training domain (``domain`` min/max per feature) and, per
output, a valid range; returns the outputs, their 1σ and a quality flag per pixel (bit values, OR-ed):

* ``FLAG_OUT_OF_DOMAIN`` (1): an input lies outside the training domain;
* ``FLAG_CLAMPED`` (2): an output was clamped to its valid range;
* ``FLAG_INVALID`` (4): cloud, nodata or NaN input — outputs are NaN.
"""
from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from .registry import ModelInfo

FLAG_OUT_OF_DOMAIN, FLAG_CLAMPED, FLAG_INVALID = 1, 2, 4


def input_domain(info: ModelInfo, name: str):
    """(min, max) arrays of the training domain of input ``name``, or (None, None)."""
    dom = info.input(name).get("domain") or {}
    lo = np.asarray(dom.get("min", []), np.float32)
    hi = np.asarray(dom.get("max", []), np.float32)
    return (lo, hi) if lo.size else (None, None)


def run_pixelwise(info: ModelInfo, feeds: Dict[str, np.ndarray], outputs: Sequence[str], provider: str = "auto",
                  threads: Optional[int] = None, valid: Optional[np.ndarray] = None
                  ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Run ``info``'s model on flat feeds ``{input name: (N, k)}`` whose outputs are "mean" and "std".

    Only pixels with finite inputs (and ``valid`` True, if given) are computed. Returns
    (mean (N, K), std (N, K), flags (N,) uint8, provider_used) for the K ``outputs`` of the card.
    """
    feeds = {k: np.asarray(v, np.float32) for k, v in feeds.items()}
    n = next(iter(feeds.values())).shape[0]
    ok = np.ones(n, bool)
    for arr in feeds.values():
        ok &= np.all(np.isfinite(arr), axis=1)
    if valid is not None:
        ok &= np.asarray(valid, bool).reshape(-1)
    flags = np.where(ok, 0, FLAG_INVALID).astype(np.uint8)
    mean = np.full((n, len(outputs)), np.nan, np.float32)
    std = np.full((n, len(outputs)), np.nan, np.float32)
    session = info.session(provider, threads)
    if ok.any():
        subset = {k: v[ok] for k, v in feeds.items()}
        m, s = session.run(subset)
        out_flags = np.zeros(int(ok.sum()), np.uint8)
        for name, arr in subset.items():
            lo, hi = input_domain(info, name)
            if lo is not None:
                out_flags |= np.where(np.any((arr < lo) | (arr > hi), axis=1), FLAG_OUT_OF_DOMAIN, 0).astype(np.uint8)
        ranges = np.array([info.output(v)["valid_range"] for v in outputs], np.float32)
        clamped = np.clip(m, ranges[:, 0], ranges[:, 1])
        out_flags |= np.where(np.any(clamped != m, axis=1), FLAG_CLAMPED, 0).astype(np.uint8)
        mean[ok], std[ok] = clamped, s
        flags[ok] = out_flags
    return mean, std, flags, session.provider_used
