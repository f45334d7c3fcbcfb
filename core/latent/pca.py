# SPDX-License-Identifier: GPL-3.0-or-later
"""Principal components of a latent raster window, as an 8-bit false-colour composite.

The latent means of one time window (L features per pixel) are reduced to their first three principal
components: the components are fitted on a deterministic sample of the valid pixels (every feature finite),
every valid pixel is projected on them, and each component is stretched linearly between its 2nd and 98th
percentile over the valid pixels to the byte values 1–255 (0 is kept for no data). The sign of each
component is fixed (its largest loading is positive) so the same raster always gives the same colours.
No QGIS here: the desktop viewer (plugin/latent_viewer.py) calls :func:`write_pca_composite`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from ..i18n import tr

N_COMPONENTS = 3
NODATA = 0


@dataclass
class PcaFit:
    """Centre ``mean`` (L,), ``components`` (3, L) unit rows, ``explained`` (3,) fractions of the variance."""

    mean: np.ndarray
    components: np.ndarray
    explained: np.ndarray
    n_sample: int


@dataclass
class PcaComposite:
    """``rgb`` uint8 (3, h, w) (0 = no data), ``scores`` float32 (3, h, w) (NaN = no data), the fit, and the
    stretch limits ``low``/``high`` (3,) of each component."""

    rgb: np.ndarray
    scores: np.ndarray
    fit: PcaFit
    low: np.ndarray
    high: np.ndarray


def valid_pixels(means: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(pixel matrix (n, L) of the valid pixels, valid mask (h, w)) of a (L, h, w) array; NaN-aware."""
    if means.ndim != 3:
        raise ValueError(tr("expected latent means of shape (features, rows, columns), got {shape}",
                            shape=means.shape))
    valid = np.all(np.isfinite(means), axis=0)
    return means[:, valid].T.astype(np.float64), valid


def sample_rows(n: int, max_sample: int, seed: int = 0) -> np.ndarray:
    """Sorted indexes of a deterministic sample of at most ``max_sample`` of ``n`` rows."""
    if n <= max_sample:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=max_sample, replace=False))


def fit_pca(x: np.ndarray, n_components: int = N_COMPONENTS) -> PcaFit:
    """Principal axes of the rows of ``x`` (n, L) by SVD of the centred matrix. Components beyond the rank
    (fewer features or pixels than asked) are zero rows with zero explained variance."""
    n, n_feat = x.shape
    if n < 2:
        raise ValueError(tr("fewer than two valid pixels in this window: nothing to compute principal components "
                            "on; choose another window"))
    mean = x.mean(axis=0)
    _, s, vt = np.linalg.svd(x - mean, full_matrices=False)
    var = s ** 2
    total = float(var.sum())
    k = min(n_components, vt.shape[0])
    comps = np.zeros((n_components, n_feat))
    explained = np.zeros(n_components)
    comps[:k] = vt[:k]
    if total > 0:
        explained[:k] = var[:k] / total
    for i in range(k):  # deterministic sign: the largest loading is positive
        j = int(np.argmax(np.abs(comps[i])))
        if comps[i, j] < 0:
            comps[i] = -comps[i]
    return PcaFit(mean, comps, explained, n)


def stretch(scores: np.ndarray, low: float, high: float) -> np.ndarray:
    """Scores to bytes 1–255 (linear between ``low`` and ``high``, clipped); NaN to 0."""
    out = np.zeros(scores.shape, np.uint8)
    ok = np.isfinite(scores)
    span = high - low
    t = (scores[ok] - low) / span if span > 0 else np.full(int(ok.sum()), 0.5)
    out[ok] = (1 + np.round(254 * np.clip(t, 0.0, 1.0))).astype(np.uint8)
    return out


def pca_composite(means: np.ndarray, max_sample: int = 20000, seed: int = 0,
                  percentiles: Tuple[float, float] = (2.0, 98.0)) -> PcaComposite:
    """False-colour composite of latent means (L, h, w): PC1, PC2, PC3 as red, green, blue."""
    x, valid = valid_pixels(means)
    fit = fit_pca(x[sample_rows(len(x), max_sample, seed)])
    proj = (x - fit.mean) @ fit.components.T  # (n, 3)
    h, w = valid.shape
    scores = np.full((N_COMPONENTS, h, w), np.nan, np.float32)
    rgb = np.zeros((N_COMPONENTS, h, w), np.uint8)
    low, high = np.zeros(N_COMPONENTS), np.zeros(N_COMPONENTS)
    for i in range(N_COMPONENTS):
        low[i], high[i] = np.percentile(proj[:, i], percentiles)
        scores[i][valid] = proj[:, i]
        rgb[i] = stretch(scores[i], low[i], high[i])
    return PcaComposite(rgb, scores, fit, low, high)


def write_pca_composite(latent_path: str, window_index: int, out_path: str, max_sample: int = 20000,
                        seed: int = 0, is_canceled=None) -> Tuple[PcaComposite, object]:
    """Compute the composite of window position ``window_index`` of a latent raster and write it as a
    3-band uint8 GeoTIFF (no data 0) on the latent grid. Returns (composite, TimeWindow)."""
    import rasterio

    from .contract import open_latent

    with open_latent(latent_path) as lat:
        if not 0 <= window_index < len(lat.windows):
            raise ValueError(tr("window {index} does not exist; {file} has {count} window(s)", index=window_index,
                                file=os.path.basename(latent_path), count=len(lat.windows)))
        win = lat.windows[window_index]
        means, _ = lat.read(window_index)
        crs, transform = lat.ds.crs, lat.ds.transform
    if is_canceled is not None and is_canceled():
        return None, win
    comp = pca_composite(means, max_sample=max_sample, seed=seed)
    if is_canceled is not None and is_canceled():
        return None, win
    _, h, w = comp.rgb.shape
    tmp = out_path + ".part.tif"
    profile = dict(driver="GTiff", width=w, height=h, count=N_COMPONENTS, dtype="uint8", crs=crs,
                   transform=transform, nodata=NODATA, photometric="RGB", compress="deflate")
    with rasterio.open(tmp, "w", **profile) as ds:
        ds.write(comp.rgb)
        ev = comp.fit.explained
        for i in range(N_COMPONENTS):
            ds.set_band_description(i + 1, f"PC{i + 1} ({100 * ev[i]:.1f} % of variance)")
            ds.update_tags(i + 1, EXPLAINED_VARIANCE=f"{ev[i]:.6f}", STRETCH_LOW=f"{comp.low[i]:.6g}",
                           STRETCH_HIGH=f"{comp.high[i]:.6g}")
        ds.update_tags(EOLATENT_PCA_OF=os.path.basename(latent_path), WINDOW_START=win.start.isoformat(),
                       WINDOW_END=win.end.isoformat(), PCA_SAMPLE=str(comp.fit.n_sample), PCA_SEED=str(seed))
    os.replace(tmp, out_path)
    return comp, win


def explained_percent(fit: Optional[PcaFit]) -> Tuple[float, ...]:
    return tuple(float(100 * v) for v in fit.explained) if fit is not None else ()
