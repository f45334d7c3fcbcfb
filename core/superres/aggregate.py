# SPDX-License-Identifier: GPL-3.0-or-later
"""Block aggregation of temperatures as radiances (the 4th-power mean), with masks.

A coarse thermal pixel sees the mean *radiance* of its footprint; with the Stefan–Boltzmann law (and a
grey body) that is T_c = (mean T⁴)^¼, which is what the degraded-resolution protocol and the
conservation check use. A coarse pixel is valid when at least ``min_valid`` of its fine pixels are.
"""
from __future__ import annotations

from typing import Optional, Tuple

import numpy as np

from ..i18n import tr


def blocks(a: np.ndarray, factor: int) -> np.ndarray:
    """View an (H, W) array whose sides are multiples of ``factor`` as (H/f, W/f, f, f)."""
    h, w = a.shape
    if h % factor or w % factor:
        raise ValueError(tr("array {height}×{width} is not a whole number of {factor}×{factor} blocks", height=h,
                            width=w, factor=factor))
    return a.reshape(h // factor, factor, w // factor, factor).swapaxes(1, 2)


def crop_to_blocks(a: np.ndarray, factor: int) -> np.ndarray:
    h, w = a.shape[-2:]
    return a[..., : h - h % factor, : w - w % factor]


def radiance_mean(t: np.ndarray, factor: int, valid: Optional[np.ndarray] = None,
                  min_valid: float = 1.0) -> Tuple[np.ndarray, np.ndarray]:
    """(coarse T, coarse valid): the 4th-power mean of the valid fine temperatures of each block.

    ``valid`` defaults to the finite pixels; a block needs a valid fraction ≥ ``min_valid`` (1.0: every
    fine pixel). Invalid coarse pixels are NaN. Computed in float64 (T⁴ ~ 1e10).
    """
    t = np.asarray(t, np.float64)
    ok = np.isfinite(t) if valid is None else (np.asarray(valid, bool) & np.isfinite(t))
    rad = np.where(ok, t, 0.0) ** 4
    n = blocks(ok.astype(np.float64), factor).sum(axis=(2, 3))
    s = blocks(rad, factor).sum(axis=(2, 3))
    cvalid = n >= min_valid * factor * factor - 1e-9
    cvalid &= n > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(cvalid, (s / np.maximum(n, 1)) ** 0.25, np.nan)
    return out.astype(np.float32), cvalid


def block_mean(x: np.ndarray, factor: int, valid: Optional[np.ndarray] = None) -> np.ndarray:
    """Plain mean of the valid values of each block (for guides such as NDVI); NaN where none."""
    x = np.asarray(x, np.float64)
    ok = np.isfinite(x) if valid is None else (np.asarray(valid, bool) & np.isfinite(x))
    n = blocks(ok.astype(np.float64), factor).sum(axis=(2, 3))
    s = blocks(np.where(ok, x, 0.0), factor).sum(axis=(2, 3))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, s / np.maximum(n, 1), np.nan).astype(np.float32)


def nearest_up(c: np.ndarray, factor: int) -> np.ndarray:
    """Each coarse pixel repeated on its f×f fine pixels."""
    return np.repeat(np.repeat(c, factor, axis=-2), factor, axis=-1)
