# SPDX-License-Identifier: GPL-3.0-or-later
"""Image-quality figures over masked rasters: RMSE (K), PSNR (dB) and SSIM.

PSNR and SSIM use one data range L = max − min of the truth over the evaluated pixels (the usual choice for
temperature fields, which have no fixed peak value). SSIM (Wang et al. 2004, K1 = 0.01, K2 = 0.03) uses
7×7 uniform windows whose statistics are taken over evaluated pixels only, averaged over the evaluated
pixels whose window is at least half evaluated.
"""
from __future__ import annotations

import numpy as np

from ..i18n import tr

WIN = 7


def _box(x: np.ndarray, r: int) -> np.ndarray:
    """Sum over (2r+1)² windows (zero outside), same shape."""
    p = np.pad(x, r)
    c = np.cumsum(np.cumsum(p, 0), 1)
    c = np.pad(c, ((1, 0), (1, 0)))
    k = 2 * r + 1
    return c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]


def scores(pred: np.ndarray, truth: np.ndarray, mask: np.ndarray) -> dict:
    """{'rmse', 'bias', 'psnr', 'ssim', 'n'} of ``pred`` against ``truth`` over ``mask``."""
    m = mask & np.isfinite(pred) & np.isfinite(truth)
    n = int(m.sum())
    if n == 0:
        raise ValueError(tr("no pixel to evaluate"))
    p = np.where(m, pred, 0.0).astype(np.float64)
    t = np.where(m, truth, 0.0).astype(np.float64)
    err = (p - t)[m]
    rmse = float(np.sqrt(np.mean(err ** 2)))
    rng = float(t[m].max() - t[m].min())
    psnr = float(20 * np.log10(rng / rmse)) if rmse > 0 and rng > 0 else float("inf")
    r = WIN // 2
    w = m.astype(np.float64)
    cnt = _box(w, r)
    safe = np.maximum(cnt, 1)
    mp, mt = _box(p * w, r) / safe, _box(t * w, r) / safe
    vp = _box(p * p * w, r) / safe - mp ** 2
    vt = _box(t * t * w, r) / safe - mt ** 2
    cov = _box(p * t * w, r) / safe - mp * mt
    c1, c2 = (0.01 * rng) ** 2, (0.03 * rng) ** 2
    ssim_map = ((2 * mp * mt + c1) * (2 * cov + c2)) / ((mp ** 2 + mt ** 2 + c1) * (vp + vt + c2))
    use = m & (cnt >= 0.5 * WIN * WIN)
    ssim = float(ssim_map[use].mean()) if use.any() else float("nan")
    return {"rmse": round(rmse, 4), "bias": round(float(err.mean()), 4), "psnr": round(psnr, 3),
            "ssim": round(ssim, 4), "n": n}
