# SPDX-License-Identifier: GPL-3.0-or-later
"""Uncertainty-weighted temporal smoothing and gap filling of per-pixel time series (e.g. LAI ± 1σ).

Statistical model
-----------------
For one pixel, the variable is a smooth curve ``z(t)`` of time ``t`` in days. The observations are

    y_i ~ N(z(t_i), σ_i²)        independent, σ_i the per-date 1σ given by the caller,

and the prior on the curve is the continuous-time limit of the Whittaker smoother (Eilers 2003) on a
daily grid: the curvature ``z''`` is white noise of spectral density ``1/λ``, i.e. the prior density is

    p(z) ∝ exp(-λ/2 ∫ z''(t)² dt)        (t in days; flat, improper prior on level and slope).

On a daily grid, ``∫ z''² dt`` is the sum of the squared daily second differences ``Σ (Δ²z)²``, so λ is
the Whittaker λ of a daily grid with weights ``1/σ²`` ("a daily second difference ~ N(0, 1/λ)"); on
irregular dates it needs no rescaling, which is what makes λ independent of the date spacing. λ has the
units (variable units)⁻² day³.

``(z, z')`` is then a Markov process (the integrated Wiener process): between two nodes ``t_k < t_k+1``
(h = t_k+1 − t_k) ``x = (z, z')`` evolves as ``x_k+1 = F x_k + η``, ``F = [[1, h], [0, 1]]``,
``η ~ N(0, Q/λ)``, ``Q = [[h³/3, h²/2], [h²/2, h]]``, and ``λ ηᵀQ⁻¹η`` is exactly ``λ ∫ z''²`` of the
cubic Hermite curve through the two nodes. The posterior of ``x`` at the nodes (the observation dates and the
requested output dates) is Gaussian with precision

    A = Hᵀ W H + λ Dᵀ Q⁻¹ D        (W = diag(1/σ²), H picks z out of x, D x = the increments x_k+1 − F x_k)

and mean ``A⁻¹ Hᵀ W y``. ``A`` is banded (bandwidth 3 with x ordered z_0, z'_0, z_1, z'_1, …) and depends on
the pixel only through W (and λ), so each pixel is solved with a banded LDLᵀ factorisation written over
the pixel axis (numpy, vectorised), and the posterior variances ``diag(A⁻¹)`` come from the banded
selected-inversion recursion (Takahashi 1973; Hutchinson & de Hoog 1985), both in :mod:`.banded_linalg`.
The 1σ is the square root of the diagonal of ``A⁻¹`` itself — no rescaling, because σ_i are taken as
absolute uncertainties.

The posterior mean is the weighted cubic smoothing spline minimising ``Σ (y_i − z(t_i))²/σ_i² +
λ ∫ z''²`` (Wahba 1978), whatever dates are requested: adding output dates never changes the result at the
other dates. Dates without a valid observation are interpolated (inside the observed period: cubic
spline) or extrapolated (outside it: linear), with a 1σ that grows with the distance to the nearest valid
observations (tending to ``gap^1.5`` at the centre of a long gap). Valid observations: finite value,
finite σ ≥ 0, and ``valid`` true where given; σ below ``sigma_floor`` is raised to it.

Effective window and the default λ
----------------------------------
For observations every ``Δ`` days with 1σ ``σ``, the smoother acts like a linear filter of gain
``1 / (1 + λσ²Δ ω⁴)`` (ω in rad/day): features of period ``P`` are halved at

    P_half = 2π (λ σ² Δ)^(1/4),

which is also (to 6 %) the full width of the main lobe of its equivalent kernel (Silverman 1984). We call
``P_half`` the effective window. :func:`lambda_for_window` inverts it; the default λ (``lam=None``) gives
an effective window of ``DEFAULT_WINDOW_DAYS`` (30 days: keeps a crop's green-up, ~3–6 weeks, while
averaging out the scatter of single dates) for the scene's median σ and median revisit interval of valid
observations (:func:`default_lambda`). Deriving λ from the data keeps the default meaningful for any
variable (λ has units: LAI and FAPAR need very different λ). As a guide, for LAI with σ = 1 and Δ = 5 days
a 30-day window is λ ≈ 104. :func:`choose_lambda` picks λ by generalised cross-validation instead.

Pixels without a valid date give NaN. Pixels with valid data on a single date only give that value (the
weighted mean of its observations) at every date, with its 1σ on that date and +inf elsewhere (the slope
is undetermined). The mean is clipped to ``value_range`` after smoothing; the 1σ is not changed.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple, Union

import numpy as np

from .banded_linalg import _band_inverse_diag, _band_ldl, _band_solve
from ..i18n import tr

__all__ = ["DEFAULT_WINDOW_DAYS", "smooth_series", "lambda_for_window", "effective_window",
           "default_lambda", "gcv", "choose_lambda"]

DEFAULT_WINDOW_DAYS = 30.0
_BANDWIDTH = 3            # of A with x ordered z_0, z'_0, z_1, z'_1, ...
_TYPICAL_SAMPLE = 1 << 16  # pixels used for the medians of default_lambda
_CHUNK_ELEMENTS = 1 << 20  # nodes × pixels per vectorised block (about 8 MiB per float64 work array)

ArrayLike = Union[np.ndarray, Sequence[float], float]


# ----------------------------------------------------------------------------------------------- λ helpers

def lambda_for_window(window_days: float = DEFAULT_WINDOW_DAYS, sigma: float = 1.0,
                      revisit_days: float = 5.0) -> float:
    """λ whose effective window (half-gain period) is ``window_days`` for data with 1σ ``sigma`` every
    ``revisit_days`` days: ``λ = (window / 2π)⁴ / (σ² Δ)``."""
    if not (window_days > 0 and sigma > 0 and revisit_days > 0):
        raise ValueError(tr("{a}, {b} and {c} must be positive", a="window_days", b="sigma", c="revisit_days"))
    return float((window_days / (2.0 * np.pi)) ** 4 / (sigma ** 2 * revisit_days))


def effective_window(lam: float, sigma: float = 1.0, revisit_days: float = 5.0) -> float:
    """Effective window in days (half-gain period ``2π (λσ²Δ)^¼``) of λ for data with 1σ ``sigma`` every
    ``revisit_days`` days; the inverse of :func:`lambda_for_window`."""
    return float(2.0 * np.pi * (lam * sigma ** 2 * revisit_days) ** 0.25)


def _typical_sigma_revisit(values, sigma, days, valid, sigma_floor=1e-6) -> Tuple[float, float]:
    """Median σ of the valid observations and median (over pixels) mean interval between valid dates
    (on at most 65 536 evenly strided pixels)."""
    _, s, t, ok, _ = _prepare(values, sigma, days, valid)
    npix = ok[0].size
    if npix > _TYPICAL_SAMPLE:   # medians of an evenly strided sample of pixels are enough
        step = -(-npix // _TYPICAL_SAMPLE)
        s = np.broadcast_to(s, ok.shape).reshape(ok.shape[0], npix)[:, ::step]
        ok = ok.reshape(ok.shape[0], npix)[:, ::step]
    if not ok.any():
        raise ValueError(tr("no valid observation to derive λ from (every value NaN or masked); give a window in "
                            "days instead"))
    sig = float(np.median(np.maximum(s[ok], sigma_floor)))
    tt = t.reshape((-1,) + (1,) * (ok.ndim - 1))
    n = ok.sum(axis=0)
    first = np.where(ok, tt, np.inf).min(axis=0)
    last = np.where(ok, tt, -np.inf).max(axis=0)
    span = (last - first)[n >= 2]
    steps = (n[n >= 2] - 1)
    good = span > 0
    if not good.any():
        revisit = 1.0
    else:
        revisit = float(np.median(span[good] / steps[good]))
    return max(sig, 1e-12), max(revisit, 1e-6)


def default_lambda(values: ArrayLike, sigma: ArrayLike, days: ArrayLike, valid=None,
                   window_days: float = DEFAULT_WINDOW_DAYS, *, sigma_floor: float = 1e-6) -> float:
    """λ giving an effective window of ``window_days`` for the median σ of the valid observations and the
    median (over pixels) mean interval between valid dates — the default of :func:`smooth_series`."""
    sig, revisit = _typical_sigma_revisit(values, sigma, days, valid, sigma_floor)
    return lambda_for_window(window_days, sig, revisit)


# ------------------------------------------------------------------------------------------ input handling

def _floating(a):
    a = np.asarray(a)
    return a if a.dtype in (np.float32, np.float64) else a.astype(np.float64)


def _prepare(values, sigma, days, valid):
    """y, σ (float arrays, not copied when already float), t (float64), the validity mask (all (T, ...))
    and the pixel shape. σ is floored where the weights are made (:func:`_weights`)."""
    y = _floating(values)
    if y.ndim < 1:
        raise ValueError(tr("{name} must have a leading time axis", name="values"))
    s = np.broadcast_to(_floating(sigma), y.shape)
    t = np.asarray(days, dtype=np.float64).reshape(-1)
    if t.shape[0] != y.shape[0]:
        raise ValueError(tr("{a} has {n} dates, {b} {m}", a="days", n=t.shape[0], b="values", m=y.shape[0]))
    if not np.isfinite(t).all():
        raise ValueError(tr("{name} must be finite", name="days"))
    ok = np.isfinite(y) & np.isfinite(s) & (s >= 0)
    if valid is not None:
        ok &= np.broadcast_to(np.asarray(valid, dtype=bool), y.shape)
    return y, s, t, ok, y.shape[1:]


def _weights(s, ok, sigma_floor):
    """1/σ² (float64) with σ raised to ``sigma_floor``; 0 where not ok."""
    w = np.maximum(np.where(ok, s, 1.0), sigma_floor).astype(np.float64) ** -2
    w[~ok] = 0.0
    return w


def _lam_per_pixel(lam, pix_shape) -> np.ndarray:
    lam = np.asarray(lam, dtype=np.float64)
    if lam.ndim == 0:
        if not (np.isfinite(lam) and lam > 0):
            raise ValueError(tr("{name} must be positive and finite", name="lam"))
        return lam
    lam = np.broadcast_to(lam, pix_shape).reshape(-1)
    if not (np.isfinite(lam).all() and (lam > 0).all()):
        raise ValueError(tr("{name} must be positive and finite", name="lam"))
    return lam


# -------------------------------------------------------------------------------- prior precision bands

def _prior_bands(t: np.ndarray):
    """Bands a_0..a_3 (a_i[k] = P[k, k+i]) of the prior precision P = Dᵀ Q⁻¹ D for λ = 1, x ordered
    z_0, z'_0, z_1, z'_1, … on the sorted distinct nodes ``t`` (at least two)."""
    n = t.shape[0]
    m = 2 * n
    h = np.diff(t)
    c3, c2, c1 = 12.0 / h ** 3, 6.0 / h ** 2, 2.0 / h
    a = [np.zeros(m - i) for i in range(_BANDWIDTH + 1)]
    # interval k couples (z_k, z'_k, z_k+1, z'_k+1) = indices 2k .. 2k+3 with the Hermite energy matrix
    # [[12/h³, 6/h², -12/h³, 6/h²], [., 4/h, -6/h², 2/h], [., ., 12/h³, -6/h²], [., ., ., 4/h]]
    a[0][0:m - 2:2] += c3
    a[0][2:m:2] += c3
    a[0][1:m - 2:2] += 2.0 * c1
    a[0][3:m:2] += 2.0 * c1
    a[1][0:m - 2:2] += c2
    a[1][1:m - 2:2] -= c2
    a[1][2:m - 1:2] -= c2
    a[2][0:m - 2:2] -= c3
    a[2][1:m - 2:2] += c1
    a[3][0:m - 3:2] += c2
    return a


# ------------------------------------------------------------------------------------------------ the core

def _node_index(t, extra=None):
    """Sorted distinct nodes of ``t`` ∪ ``extra`` and the index of every date of each in them."""
    allt = t if extra is None else np.concatenate([t, extra])
    nodes, inv = np.unique(allt, return_inverse=True)
    return nodes, inv[:t.shape[0]], (None if extra is None else inv[t.shape[0]:])


def _fit_nodes(y, s, ok, obs_idx, nodes, lam, sigma_floor, rows, want_var=True, want_edf=False, chunk=None):
    """Posterior mean and variance of z at the nodes ``rows`` for all pixels.

    y, s, ok: (T, P); obs_idx (T,): node of each date; lam: scalar or (P,); rows: (R,) node indices.
    Returns mean, var (R, P) (var None unless want_var), edf (P,) = Σ_nodes W (A⁻¹)_zz (None unless
    want_edf) and the number of valid distinct nodes per pixel (P,)."""
    t_count, npix = y.shape
    n = nodes.shape[0]
    mean = np.full((rows.shape[0], npix), np.nan)
    var = np.full((rows.shape[0], npix), np.nan) if want_var else None
    edf = np.full(npix, np.nan) if want_edf else None
    nval = np.zeros(npix, dtype=np.int64)
    bands = _prior_bands(nodes) if n >= 2 else None
    if chunk is None:
        chunk = max(256, _CHUNK_ELEMENTS // max(2 * n, 1))
    zrows = np.arange(0, 2 * n, 2)
    unique_dates = np.unique(obs_idx).shape[0] == t_count
    need_var = want_var or want_edf
    for c0 in range(0, npix, chunk):
        sl = slice(c0, min(npix, c0 + chunk))
        okc = ok[:, sl]
        w = _weights(s[:, sl], okc, sigma_floor)
        wy = w * np.where(okc, y[:, sl], 0.0)
        wn = np.zeros((n, w.shape[1]))
        wyn = np.zeros((n, w.shape[1]))
        if unique_dates:
            wn[obs_idx] = w
            wyn[obs_idx] = wy
        else:
            for i in range(t_count):   # merges repeated dates: their likelihoods multiply
                wn[obs_idx[i]] += w[i]
                wyn[obs_idx[i]] += wy[i]
        nv = (wn > 0).sum(axis=0)
        nval[sl] = nv
        singular = nv < 2
        mc = np.full((n, w.shape[1]), np.nan)
        vc = np.full((n, w.shape[1]), np.nan) if need_var else None
        if n >= 2 and not singular.all():
            lamc = lam if np.ndim(lam) == 0 else lam[sl]
            a0 = bands[0][:, None] * (lamc if np.ndim(lamc) else np.full(w.shape[1], lamc))
            a0[0::2] += wn
            if singular.any():   # placeholder weights keep the batch solvable; overwritten below
                a0[0::2, singular] += 1.0
            a = [a0] + [(bands[i][:, None] * lamc) if np.ndim(lamc) else bands[i] * lamc
                        for i in range(1, _BANDWIDTH + 1)]
            dd, ll = _band_ldl(a0, a)
            rhs = np.zeros_like(a0)
            rhs[0::2] = wyn
            mc = _band_solve(dd, ll, rhs)[0::2]
            if need_var:
                vc = _band_inverse_diag(dd, ll, zrows)
        if singular.any():
            mc[:, singular] = np.nan
            if need_var:
                vc[:, singular] = np.nan
            one = np.nonzero(nv == 1)[0]
            if one.size:   # a single valid date: its weighted mean everywhere, σ known only on that date
                k1 = np.argmax(wn[:, one] > 0, axis=0)
                w1 = wn[k1, one]
                mc[:, one] = (wyn[k1, one] / w1)[None, :]
                if need_var:
                    v = np.full((n, one.size), np.inf)
                    v[k1, np.arange(one.size)] = 1.0 / w1
                    vc[:, one] = v
        mean[:, sl] = mc[rows]
        if want_var:
            var[:, sl] = vc[rows]
        if want_edf:
            e = np.where(wn > 0, wn * vc, 0.0).sum(axis=0)
            e[singular] = np.nan
            edf[sl] = e
    return mean, var, edf, nval


def smooth_series(values: ArrayLike, sigma: ArrayLike, days: ArrayLike, lam: Optional[ArrayLike] = None,
                  valid: Optional[np.ndarray] = None, out_days: Optional[ArrayLike] = None,
                  value_range: Optional[Tuple[float, float]] = None, *, sigma_floor: float = 1e-6,
                  chunk: Optional[int] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Smooth and gap-fill per-pixel time series; return the posterior mean and 1σ (see the module doc).

    values, sigma: (T, ...) the observations and their 1σ (sigma broadcasts to values); NaN in either (or
    σ < 0) marks an invalid date. days: (T,) days since any epoch (any order; repeated dates are merged).
    lam: λ (daily-grid units), a float or an array of the pixel shape; None: :func:`default_lambda`.
    valid: optional bool (T, ...), False = cloudy/invalid. out_days: (T2,) output dates (default: ``days``,
    in the same order). value_range: (lo, hi) to clip the mean to after smoothing (the 1σ is kept).

    Returns mean, std of shape (T2, ...) in the dtype of ``values`` (float32 stays float32, else float64);
    NaN for pixels with no valid date.
    """
    y, s, t, ok, pix_shape = _prepare(values, sigma, days, valid)
    out_t = t if out_days is None else np.asarray(out_days, dtype=np.float64).reshape(-1)
    if not np.isfinite(out_t).all():
        raise ValueError(tr("{name} must be finite", name="out_days"))
    if lam is None:
        lam = default_lambda(y, s, t, ok, sigma_floor=sigma_floor) if ok.any() else 1.0
    npix = int(np.prod(pix_shape, dtype=np.int64))
    lam_p = _lam_per_pixel(lam, pix_shape)
    nodes, obs_idx, out_idx = _node_index(t, out_t)
    m, var, _, _ = _fit_nodes(y.reshape(t.shape[0], npix), s.reshape(t.shape[0], npix),
                              ok.reshape(t.shape[0], npix), obs_idx, nodes, lam_p, sigma_floor, out_idx,
                              chunk=chunk)
    sd = np.sqrt(np.maximum(var, 0.0, out=var), out=var)
    if value_range is not None:
        lo, hi = value_range
        m = np.clip(m, lo, hi)
    dtype = np.float32 if np.asarray(values).dtype == np.float32 else np.float64
    shape = (out_t.shape[0],) + tuple(pix_shape)
    return m.reshape(shape).astype(dtype, copy=False), sd.reshape(shape).astype(dtype, copy=False)


# ------------------------------------------------------------------------------------ cross-validation

def _gcv_parts(y, s, ok, obs_idx, nodes, lam, sigma_floor, chunk=None):
    """Per pixel: number of valid observations, weighted residual sum of squares and trace of the hat
    matrix (the effective degrees of freedom). Pixels with < 2 valid distinct dates get NaN."""
    fit, _, edf, nval = _fit_nodes(y, s, ok, obs_idx, nodes, lam, sigma_floor, obs_idx, want_var=False,
                                   want_edf=True, chunk=chunk)   # edf = Σ_i w_i (A⁻¹)_ii
    w = _weights(s, ok, sigma_floor)
    rss = (w * np.where(ok, y - fit, 0.0) ** 2).sum(axis=0)
    n = ok.sum(axis=0).astype(np.float64)
    bad = nval < 2
    rss[bad] = np.nan
    edf[bad] = np.nan
    return n, rss, edf


def gcv(values: ArrayLike, sigma: ArrayLike, days: ArrayLike, lam: ArrayLike, valid=None,
        *, sigma_floor: float = 1e-6) -> Tuple[np.ndarray, np.ndarray]:
    """Generalised cross-validation score per pixel, ``n · RSS_w / (n − edf)²`` with RSS_w the residual sum
    of squares weighted by 1/σ² and edf = tr(hat matrix) = Σ_i (A⁻¹)_ii / σ_i², and edf itself.

    GCV only uses the relative weights, so it still works when the σ are off by a common factor. Pixels
    with < 2 valid dates, or no residual degree of freedom (n ≤ edf), get NaN."""
    y, s, t, ok, pix_shape = _prepare(values, sigma, days, valid)
    npix = int(np.prod(pix_shape, dtype=np.int64))
    nodes, obs_idx, _ = _node_index(t)
    lam_p = _lam_per_pixel(lam, pix_shape)
    n, rss, edf = _gcv_parts(y.reshape(t.shape[0], npix), s.reshape(t.shape[0], npix),
                             ok.reshape(t.shape[0], npix), obs_idx, nodes, lam_p, sigma_floor)
    dof = n - edf
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(dof > 1e-9, n * rss / dof ** 2, np.nan)
    return score.reshape(pix_shape), edf.reshape(pix_shape)


def choose_lambda(values: ArrayLike, sigma: ArrayLike, days: ArrayLike, valid=None,
                  candidates: Optional[ArrayLike] = None, per_pixel: bool = False,
                  *, sigma_floor: float = 1e-6):
    """λ minimising generalised cross-validation over ``candidates``.

    candidates: default, the λ of effective windows from 7 to 180 days (13 steps, geometric) for the
    data's median σ and revisit interval (:func:`default_lambda`). per_pixel=False: one λ for the whole
    array, minimising the pooled score ``N · ΣRSS_w / (N − Σedf)²`` over all pixels with ≥ 2 valid dates;
    per_pixel=True: an array (pixel shape) of the λ minimising each pixel's score (the pooled choice where
    a pixel has no score), which :func:`smooth_series` accepts as ``lam``. Per-pixel GCV on 10–70 dates is
    noisy; the pooled choice is the steadier one."""
    y, s, t, ok, pix_shape = _prepare(values, sigma, days, valid)
    if candidates is None:
        sig, revisit = _typical_sigma_revisit(y, s, t, ok, sigma_floor)
        candidates = [lambda_for_window(w, sig, revisit) for w in np.geomspace(7.0, 180.0, 13)]
    cand = np.asarray(candidates, dtype=np.float64).reshape(-1)
    npix = int(np.prod(pix_shape, dtype=np.int64))
    nodes, obs_idx, _ = _node_index(t)
    y2, s2, ok2 = (a.reshape(t.shape[0], npix) for a in (y, s, ok))
    scores = np.full((cand.shape[0], npix), np.nan)
    pooled = np.full(cand.shape[0], np.nan)
    for j, lam in enumerate(cand):
        n, rss, edf = _gcv_parts(y2, s2, ok2, obs_idx, nodes, float(lam), sigma_floor)
        use = np.isfinite(rss)
        dof = n - edf
        with np.errstate(invalid="ignore", divide="ignore"):
            scores[j] = np.where(dof > 1e-9, n * rss / dof ** 2, np.nan)
        ntot, dtot = n[use].sum(), dof[use].sum()
        if dtot > 1e-9:
            pooled[j] = ntot * rss[use].sum() / dtot ** 2
    if not per_pixel:
        if not np.isfinite(pooled).any():
            raise ValueError(tr("no pixel with enough valid dates for cross-validation"))
        return float(cand[np.nanargmin(pooled)])
    best = np.full(npix, np.nan)
    have = np.isfinite(scores).any(axis=0)
    best[have] = cand[np.nanargmin(scores[:, have], axis=0)]
    fallback = cand[np.nanargmin(pooled)] if np.isfinite(pooled).any() else float(np.median(cand))
    best[~have] = fallback
    return best.reshape(pix_shape)
