# SPDX-License-Identifier: GPL-3.0-or-later
"""Radiance conservation: make the 4th-power mean of every f×f block of the fine result equal its
coarse pixel exactly.

The correction is additive in radiance (T⁴) space, per coarse pixel: L' = L + (L_c − mean L), T' = L'^¼.
It keeps the fine spatial pattern (a uniform shift of ≈ ΔT within the block, since T varies little
relative to its mean) and re-aggregating with :func:`aggregate.radiance_mean` returns the coarse input
up to float32 rounding (≪ 1 mK).
"""
from __future__ import annotations

import numpy as np

from .aggregate import blocks, nearest_up


def conserve(fine: np.ndarray, coarse: np.ndarray, factor: int) -> np.ndarray:
    """Corrected copy of ``fine`` (H·f, W·f); NaN coarse pixels give NaN fine blocks. ``fine`` must be
    finite wherever ``coarse`` is (the callers fill it first)."""
    f64 = np.asarray(fine, np.float64)
    rad = f64 ** 4
    mean = blocks(rad, factor).mean(axis=(2, 3))
    target = np.asarray(coarse, np.float64) ** 4
    shift = nearest_up(target - mean, factor)
    with np.errstate(invalid="ignore"):
        out = np.maximum(rad + shift, 0.0) ** 0.25
    return out.astype(np.float32)
