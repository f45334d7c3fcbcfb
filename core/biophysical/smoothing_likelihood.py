# SPDX-License-Identifier: GPL-3.0-or-later
"""λ of the temporal smoother chosen by maximum likelihood, so that its gap-filling 1σ means what it says.

The smoother of :mod:`.temporal_smoothing` is the posterior of a Gaussian model: observations
``y_i ~ N(z(t_i), σ_i²)`` of a curve whose slope is a Wiener process of intensity ``1/λ`` (the integrated
Wiener process, i.e. the cubic smoothing spline). Its posterior 1σ between observations is only as right as λ:
an effective window picked for the look of the curve (30 days on monthly data) gave a 1σ of 2.3 LAI for
predictions that missed by 0.4 (held-out dates covered 97–100 % of the time instead of 68 %).

Here λ is the value under which the observed series are most probable: the *restricted* (diffuse-start)
likelihood ``Σ_pixels log p(y_3 … y_n | y_1, y_2; λ)`` of each pixel's valid observations, computed by a Kalman
filter over the dates (exact for this model; the level and slope, on which the prior is flat, are learnt from a
pixel's first two observations), pooled over pixels and maximised over a grid of λ.

The per-date 1σ the networks give is itself only a model's: on real series the fitted λ alone left held-out dates
covered 55–71 % of the time (ten-daily composites: 55 %). So a factor k on every per-date 1σ is then fitted the same
way, the smoothed curve held fixed (:func:`fit_noise_scale`: σ → kσ with λ → λ/k² leaves the smoother's mean as it
is and multiplies its 1σ by k). Measured on held-out dates of real series from four regions
(bench/smoothing_calibration.md), the ±1σ then covers 68–76 % of them, with the same errors.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

import numpy as np

from ..i18n import tr
from .temporal_smoothing import _prepare, _typical_sigma_revisit, effective_window, lambda_for_window

DIFFUSE = 1e8            # variance of the level and slope before the first observation (flat prior)
WINDOWS = tuple(float(w) for w in np.geomspace(7.0, 730.0, 25))   # effective windows tried, days
MIN_SERIES = 20          # pixels with at least three valid dates needed to fit λ
SCALES = tuple(float(k) for k in 2.0 ** (np.arange(-4, 9) / 4.0))   # factors on the per-date 1σ tried: 0.5 … 4


def restricted_loglik(values, sigma, days, lam: float, valid=None) -> Tuple[np.ndarray, np.ndarray]:
    """(log-likelihood, number of terms) per pixel (pixel shape) of the observations after each pixel's first two
    valid ones, given those two, under λ (variable units⁻² day³). values, sigma, valid as for
    :func:`.temporal_smoothing.smooth_series`; repeated dates are taken one after the other."""
    if not (np.isfinite(lam) and lam > 0):
        raise ValueError(tr("{name} must be positive and finite", name="lam"))
    y, s, t, ok, pix_shape = _prepare(values, sigma, days, valid)
    order = np.argsort(t, kind="stable")
    n_dates, npix = t.shape[0], int(np.prod(pix_shape, dtype=np.int64))
    y, ok = y.reshape(n_dates, npix), ok.reshape(n_dates, npix)
    s = np.broadcast_to(s, (n_dates,) + tuple(pix_shape)).reshape(n_dates, npix)
    level, slope = np.zeros(npix), np.zeros(npix)
    p00, p01, p11 = np.full(npix, DIFFUSE), np.zeros(npix), np.full(npix, DIFFUSE)
    seen, terms, ll = np.zeros(npix, np.int64), np.zeros(npix, np.int64), np.zeros(npix)
    previous = t[order[0]]
    for k in order:
        h = t[k] - previous
        previous = t[k]
        if h > 0:     # x ← F x, P ← F P Fᵀ + Q/λ with F = [[1, h], [0, 1]], Q = [[h³/3, h²/2], [h²/2, h]]
            level = level + h * slope
            p00, p01 = p00 + 2 * h * p01 + h * h * p11 + h ** 3 / (3 * lam), p01 + h * p11 + h * h / (2 * lam)
            p11 = p11 + h / lam
        use = ok[k]
        if not use.any():
            continue
        yk = np.where(use, y[k], 0.0).astype(np.float64)
        var = p00 + np.where(use, s[k], 1.0).astype(np.float64) ** 2
        innov = yk - level
        count = use & (seen >= 2)
        ll += np.where(count, -0.5 * (np.log(2 * np.pi * var) + innov * innov / var), 0.0)
        terms += count
        k0, k1 = p00 / var, p01 / var
        level = np.where(use, level + k0 * innov, level)
        slope = np.where(use, slope + k1 * innov, slope)
        p00, p01, p11 = (np.where(use, p00 - k0 * p00, p00), np.where(use, p01 - k0 * p01, p01),
                         np.where(use, p11 - k1 * p01, p11))
        seen += use
    return ll.reshape(pix_shape), terms.reshape(pix_shape)


def _fitting_series(values, sigma, days, valid, sigma_floor: float, needed: int):
    """(y, σ floored, days, valid, pixel shape, the pixels with three or more valid dates, their count) of series
    prepared as :func:`.temporal_smoothing.smooth_series` prepares them; ValueError with fewer than ``needed``
    such pixels."""
    y, s, t, ok, pix_shape = _prepare(values, sigma, days, valid)
    s = np.maximum(np.broadcast_to(s, y.shape), sigma_floor)
    keep = (ok.reshape(t.shape[0], -1).sum(axis=0) >= 3).reshape(pix_shape)
    series = int(keep.sum())
    if series < needed:
        raise ValueError(tr("{count} pixel(s) with three or more valid dates; fitting the smoothing to the data "
                            "needs {needed}: give a smoothing window instead", count=series, needed=MIN_SERIES))
    return y, s, t, ok, keep, series


def _best(grid: np.ndarray, scores: np.ndarray) -> Tuple[float, bool]:
    """(the grid value of the highest score, whether it is the grid's first or last)."""
    best = int(np.argmax(scores))
    return float(grid[best]), best in (0, len(grid) - 1)


def choose_lambda_ml(values, sigma, days, valid=None, candidates: Optional[Sequence[float]] = None,
                     *, sigma_floor: float = 1e-6) -> Tuple[float, dict]:
    """(λ, details): the λ of ``candidates`` (default: those of effective windows :data:`WINDOWS` for the data's
    median σ and revisit) maximising the pooled restricted log-likelihood of every pixel with three or more valid
    dates. ``details``: ``series`` (pixels used), ``window`` (the effective window of λ, days), ``at_edge`` (λ is
    the smallest or largest candidate: the best may lie beyond). Raises ValueError with fewer than
    :data:`MIN_SERIES` such pixels."""
    y, s, t, ok, keep, series = _fitting_series(values, sigma, days, valid, sigma_floor, MIN_SERIES)
    sig, revisit = _typical_sigma_revisit(y, s, t, ok, sigma_floor)
    if candidates is None:
        candidates = [lambda_for_window(w, sig, revisit) for w in WINDOWS]
    cand = np.asarray(candidates, np.float64).reshape(-1)
    yk, sk, okk = y[:, keep], s[:, keep], ok[:, keep]
    scores = np.array([restricted_loglik(yk, sk, t, float(lam), okk)[0].sum() for lam in cand])
    lam, at_edge = _best(cand, scores)
    return lam, dict(series=series, window=effective_window(lam, sig, revisit), at_edge=at_edge, scores=scores,
                     candidates=cand)


def fit_noise_scale(values, sigma, days, lam: float, valid=None, scales: Sequence[float] = SCALES,
                    *, sigma_floor: float = 1e-6) -> Tuple[float, bool]:
    """(k, at_edge): the factor of ``scales`` on every per-date 1σ under which the observations are most probable,
    the smoothed curve of ``lam`` held fixed — σ → kσ together with λ → λ/k², which leaves the smoother's mean
    unchanged and multiplies its 1σ by k (pooled restricted likelihood of the pixels with three or more valid
    dates, as in :func:`choose_lambda_ml`). ``at_edge``: k is the smallest or largest factor tried."""
    y, s, t, ok, keep, _ = _fitting_series(values, sigma, days, valid, sigma_floor, 1)
    yk, sk, okk = y[:, keep], s[:, keep], ok[:, keep]
    ks = np.asarray(scales, np.float64).reshape(-1)
    scores = np.array([restricted_loglik(yk, sk * k, t, float(lam) / k ** 2, okk)[0].sum() for k in ks])
    return _best(ks, scores)
