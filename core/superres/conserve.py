# SPDX-License-Identifier: GPL-3.0-or-later
"""Radiance conservation: make the 4th-power mean of every f×f block of the fine result equal its
coarse pixel exactly.

The correction is additive in radiance (T⁴) space, per coarse pixel: L' = L + (L_c − mean L), T' = L'^¼.
It keeps the fine spatial pattern (a uniform shift of ≈ ΔT within the block, since T varies little
relative to its mean) and re-aggregating with :func:`aggregate.radiance_mean` returns the coarse input
up to float32 rounding (≪ 1 mK).

Bounded (:func:`conserve_bounded`, what the runs use): an unbounded shift on top of an interpolation
overshoot next to an isolated extreme coarse pixel (a cloud-contaminated 180 K pixel among 306 K ones)
made fine pixels of 0 K in its block and false values up to 332 K in the blocks around it. Each fine pixel
is now kept within the range of the valid coarse values of its 3×3 coarse neighbourhood
(:func:`neighbourhood_bounds`) ∓ ``BOUND_MARGIN``, widened for the guided methods by the pixel's own TsHARP
guide detail (the guide legitimately puts a fine pixel beyond its coarse neighbours), and within the valid
LST range (150–400 K). Where the plain shift would leave these bounds, the block's shift s is solved so
that the radiance mean of clip(L + s, bounds) equals the coarse radiance (that mean grows with s:
bisection), rather than alternating clip and shift. The coarse value lies within its own bounds, so a
solution exists and conservation stays exact. The margin (6 K) is the smallest whole number that leaves the
statistical baselines of the held-out accuracy data (bicubic, TsHARP: README and the model cards) exactly as
they were — plain-conserved bicubic leaves the neighbourhood range by up to 5.2 K on the airborne image at
×4 (cubic overshoot at sharp edges); the CNN figures move by at most 0.0001 K RMSE. The 180 K pixel's block
now stays ≥ 174 K and the blocks around it ≤ 314 K.
"""
from __future__ import annotations

from typing import Optional, Tuple

import numpy as np

from .aggregate import blocks, nearest_up
from .modis import LST_RANGE

BOUND_MARGIN = 6.0   # K beyond the neighbourhood's range (measured on the held-out data, see above)
BISECTION_STEPS = 60


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


def _window(c: np.ndarray, fill: float, fn) -> np.ndarray:
    h, w = c.shape
    p = np.pad(c, 1, constant_values=fill)
    out = p[0:h, 0:w].copy()
    for dy in range(3):
        for dx in range(3):
            out = fn(out, p[dy:dy + h, dx:dx + w])
    return out


def neighbourhood_bounds(coarse: np.ndarray, valid: np.ndarray,
                         margin: float = BOUND_MARGIN) -> Tuple[np.ndarray, np.ndarray]:
    """(low, high) K of each coarse pixel's block: the min / max of the valid coarse values of its 3×3
    neighbourhood ∓ ``margin``, within the valid LST range. ``coarse`` must be finite (filled) where no
    neighbour is valid."""
    c = np.asarray(coarse, np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(c)
    lo = _window(np.where(ok, c, np.inf), np.inf, np.minimum)
    hi = _window(np.where(ok, c, -np.inf), -np.inf, np.maximum)
    lo = np.minimum(np.where(np.isfinite(lo), lo, c), c)     # a masked pixel's filled value: within its own
    hi = np.maximum(np.where(np.isfinite(hi), hi, c), c)     # bounds (its block is NaN after)
    return np.clip(lo - margin, *LST_RANGE), np.clip(hi + margin, *LST_RANGE)


def conserve_bounded(fine: np.ndarray, coarse: np.ndarray, factor: int, low: np.ndarray, high: np.ndarray,
                     detail: Optional[np.ndarray] = None) -> np.ndarray:
    """Radiance-conserving copy of ``fine`` with every pixel within the bounds of its block (``low``, ``high``:
    coarse arrays, K, from :func:`neighbourhood_bounds`), widened by its own fine ``detail`` (signed K: the
    guide's share of the TsHARP field) and kept in the valid LST range. ``coarse`` (finite, filled) must lie
    within the bounds of its own block."""
    h, w = np.shape(coarse)
    rad = np.asarray(fine, np.float64) ** 4
    target = np.asarray(coarse, np.float64) ** 4
    out = rad + nearest_up(target - blocks(rad, factor).mean(axis=(2, 3)), factor)     # the plain conservation
    lo = np.asarray(low, np.float64)[..., None, None]       # (h, w, 1, 1): one bound per block …
    hi = np.asarray(high, np.float64)[..., None, None]
    if detail is not None:                                   # … or per pixel, widened by the guide's detail
        d = blocks(np.nan_to_num(np.asarray(detail, np.float64)), factor)
        lo, hi = np.clip(lo + np.minimum(d, 0.0), *LST_RANGE), np.clip(hi + np.maximum(d, 0.0), *LST_RANGE)
    lo4, hi4 = lo ** 4, hi ** 4
    ob = blocks(out, factor)
    outside = (ob < lo4) | (ob > hi4)
    bad = outside.any(axis=(2, 3)) if outside.any() else np.zeros((h, w), bool)
    if bad.any():
        r, tb = blocks(rad, factor)[bad], target[bad]
        lb, hb = np.broadcast_to(lo4, ob.shape)[bad], np.broadcast_to(hi4, ob.shape)[bad]
        a = (lb - r).min(axis=(1, 2))          # shift at which every pixel sits on its low bound
        b = (hb - r).max(axis=(1, 2))          # … on its high bound
        for _ in range(BISECTION_STEPS):
            mid = 0.5 * (a + b)
            below = np.clip(r + mid[:, None, None], lb, hb).mean(axis=(1, 2)) < tb
            a, b = np.where(below, mid, a), np.where(below, b, mid)
        ob[bad] = np.clip(r + (0.5 * (a + b))[:, None, None], lb, hb)
    return (np.maximum(out, 0.0) ** 0.25).astype(np.float32)
