# SPDX-License-Identifier: GPL-3.0-or-later
"""Unsupervised clusters of a latent raster (or any raster): k-means fitted on a pixel sample, applied tiled.

1. A seeded random sample of valid pixels (at most ``sample_size``) is read tile by tile.
2. k is the user's, or chosen automatically by the **silhouette** criterion (the mean silhouette width,
   computed on a sub-sample of at most 3000 pixels) among k = 2 … ``k_max``: the k whose clusters are the
   most compact and separated.
3. scikit-learn's MiniBatchKMeans (seeded, several initialisations) gives the centroids; clusters are
   numbered 1 … k by decreasing size in the sample.
4. Every pixel is assigned to its nearest centroid (Euclidean) in numpy, tile by tile (no scikit-learn
   needed for this step). Pixels with no finite feature are nodata (0).

Several rasters (a list of paths: INPUT then EXTRA_INPUTS) are stacked (:func:`.stacked.open_features`). As
k-means compares raw distances, the features of a stack are standardised first (mean 0, standard deviation 1
over the sampled pixels, missing values left out; a missing value then counts as the mean), so that no raster
outweighs the others by its units (reflectance beside latents, LAI beside soil moisture). A single raster is
clustered on its values as they are.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Dict, Optional

import numpy as np

from ..i18n import join, number, tr
from ..outputs.geotiff import OutputSpec, check_writable
from ..engine.tiling import Feedback, run_tiled, warn
from .classes import palette_colour
from .features import (NAN_FILL, NO_NETWORK, FeatureSource, PartialPixels, as_matrix, empty_members,
                       input_name, named_features)
from .stacked import open_features
from .samples import tiles

K_MAX = 10
SILHOUETTE_SAMPLE = 3000


class ClusterError(ValueError):
    """Clustering cannot proceed (the message names the problem and the fix)."""


def chunk_coverage(source) -> Optional[np.ndarray]:
    """Fraction (height, width) of each chunk of a chunk latent that the stack's data cover (DATA_WINDOW,
    docs/latent_contract.md): 1 inside, less on the half-empty edge of a grid snapped outwards and on the raster's
    last partial row or column. None where the source is not a single chunk latent with a data window."""
    lat = getattr(source, "latent", None)
    if lat is None or lat.data_window is None or lat.chunk_px <= 1:
        return None
    p, (dc, dr, dw, dh) = lat.chunk_px, lat.data_window
    h, w = source.grid.height, source.grid.width
    r, c = np.arange(h) * p, np.arange(w) * p
    rows = np.clip(np.minimum(r + p, dr + dh) - np.maximum(r, dr), 0, p) / p
    cols = np.clip(np.minimum(c + p, dc + dw) - np.maximum(c, dc), 0, p) / p
    return rows[:, None] * cols[None, :]


def partial_chunks(source) -> Optional[np.ndarray]:
    """Bool (height, width) of a chunk latent's pixels whose chunk is only partly covered by the stack's data
    (:func:`chunk_coverage` below 1): their latents describe part of a chunk, unlike every other one, and k-means
    gave them a cluster of their own. None where there is no coverage, or where such chunks are more than half of
    the raster (a tiny raster: keep them all)."""
    cover = chunk_coverage(source)
    if cover is None:
        return None
    partial = cover < 1.0
    return partial if 0 < partial.sum() <= 0.5 * partial.size else None


def sample_pixels(source: FeatureSource, n: int, seed: int = 0, size: int = 256, fill: bool = True) -> np.ndarray:
    """Features (m ≤ n, F) of a seeded random sample of the raster's valid pixels, read tile by tile; with
    ``fill=False`` missing values stay NaN."""
    grid = source.grid
    total = grid.width * grid.height
    rng = np.random.default_rng(seed)
    k = min(total, 2 * n)
    flat = np.sort(rng.choice(total, size=k, replace=False)) if k < total else np.arange(total)
    rows, cols = flat // grid.width, flat % grid.width
    out = []
    from rasterio.windows import Window

    partial = partial_chunks(source)
    if partial is not None:     # chunks only partly covered by data: assigned later, but not fitted on
        keep = ~partial[rows, cols]
        rows, cols = rows[keep], cols[keep]
    for r0, c0, h, w in tiles(grid.height, grid.width, size):
        sel = (rows >= r0) & (rows < r0 + h) & (cols >= c0) & (cols < c0 + w)
        if not sel.any():
            continue
        block = source.read(Window(c0, r0, w, h))
        out.append(block[:, rows[sel] - r0, cols[sel] - c0].T)
    X = np.concatenate(out) if out else np.zeros((0, source.n_features), np.float32)
    valid = np.isfinite(X).any(axis=1)
    X = X[valid]
    if len(X) > n:
        X = X[np.sort(rng.choice(len(X), n, replace=False))]
    return np.where(np.isfinite(X), X, np.float32(NAN_FILL)).astype(np.float32) if fill else X


def feature_scale(X: np.ndarray):
    """(mean, standard deviation) per feature of the sample ``X`` (n, F), NaN left out; a feature without
    spread (or without value) gets mean 0 / deviation 1 where undefined."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=RuntimeWarning)  # all-NaN features
        mu, sd = np.nanmean(X, axis=0), np.nanstd(X, axis=0)
    mu = np.where(np.isfinite(mu), mu, 0.0)
    sd = np.where(np.isfinite(sd) & (sd > 0), sd, 1.0)
    return mu.astype(np.float32), sd.astype(np.float32)


def _kmeans(X: np.ndarray, k: int, seed: int):
    from sklearn.cluster import MiniBatchKMeans

    return MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=5, batch_size=2048).fit(X)


def choose_k(X: np.ndarray, k_max: int = K_MAX, seed: int = 0) -> Dict[int, float]:
    """Mean silhouette width for k = 2 … k_max (on a sub-sample of at most SILHOUETTE_SAMPLE pixels)."""
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(seed)
    sub = X if len(X) <= SILHOUETTE_SAMPLE else X[rng.choice(len(X), SILHOUETTE_SAMPLE, replace=False)]
    scores = {}
    for k in range(2, min(k_max, len(sub) - 1) + 1):
        labels = _kmeans(X, k, seed).predict(sub)
        if len(np.unique(labels)) < 2:
            continue
        scores[k] = float(silhouette_score(sub, labels))
    return scores


def fit_centroids(X: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """k centroids (k, F), ordered by decreasing cluster size in ``X``."""
    km = _kmeans(X, k, seed)
    sizes = np.bincount(assign(X, km.cluster_centers_), minlength=k)
    return np.asarray(km.cluster_centers_, dtype=np.float32)[np.argsort(-sizes, kind="stable")]


def assign(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Index (0-based) of the nearest centroid of every row (numpy only)."""
    X = np.asarray(X, np.float64)
    c = np.asarray(centroids, np.float64)
    d = (X * X).sum(1)[:, None] - 2.0 * X @ c.T + (c * c).sum(1)[None, :]
    return np.argmin(d, axis=1)


@dataclass
class ClusterResult:
    output: str
    k: int
    auto: bool
    scores: Dict[int, float] = field(default_factory=dict)   # silhouette per k (automatic k)
    centroids: Optional[np.ndarray] = None
    sizes: Optional[np.ndarray] = None                       # pixels per cluster in the sample
    sample_size: int = 0
    scale: Optional[tuple] = None                            # (mean, std) per feature: stacks (standardised)


def run_cluster(raster, output: str, k: int = 0, k_max: int = K_MAX, sample_size: int = 20000,
                seed: int = 0, tile_size: int = 512, feedback: Optional[Feedback] = None) -> ClusterResult:
    """Cluster ``raster`` (a path, or a list of paths stacked and standardised) into ``k`` clusters (0: chosen
    by the silhouette criterion among 2 … k_max); with a stack, ``centroids`` are in standardised units."""
    try:
        importlib.import_module("sklearn")
    except ImportError as exc:
        raise ClusterError(tr("clustering needs scikit-learn ({error}); install it (see the plugin's dependency "
                              "message)", error=exc)) from None
    feedback = feedback or Feedback()
    check_writable(output)
    if k < 0 or k == 1:
        raise ClusterError(tr("k = {k}: give at least 2 clusters, or 0 to choose k automatically", k=k))
    if k_max < 2:
        raise ClusterError(tr("the largest k tried ({k_max}) must be at least 2", k_max=k_max))
    with open_features(raster, feedback.info) as source:
        lat, partial = getattr(source, "latent", None), partial_chunks(source)
        if lat is not None and lat.chunk_px > 1 and lat.data_window is None:
            feedback.info(tr("this latent records no {tag} (encoded by an earlier version): its edge chunks only "
                             "partly covered by data, if any, are fitted like the others and may form a cluster of "
                             "their own; encode the stack again to leave them out of the fit", tag="DATA_WINDOW"))
        sparse = None
        if partial is not None:      # at most half covered: described more by the empty edge than by data
            cover = chunk_coverage(source)
            sparse = partial & (cover <= 0.5)
            partial = partial & (cover > 0)      # chunks without data are empty anyway
            feedback.info(tr("{count} edge chunk(s) only partly covered by the stack's data are left out of the fit "
                             "(their latents describe part of a chunk); {empty} of them, at most half covered, are "
                             "left empty in the map, the others are assigned to their nearest cluster; to map the "
                             "edge, build the stack over a slightly larger extent",
                             count=int(partial.sum()), empty=int((sparse & partial).sum())))
        X = sample_pixels(source, sample_size, seed, fill=False)
        scale = feature_scale(X) if source.kind == "stack" else None
        if scale is not None:
            X = (X - scale[0]) / scale[1]
            feedback.info(tr("{count} stacked features standardised (mean 0, standard deviation 1 over {pixels} "
                             "sampled pixels) so that no raster outweighs the others by its units",
                             count=source.n_features, pixels=len(X)))
        empty = np.flatnonzero(~np.isfinite(X).any(axis=0)) if len(X) else np.zeros(0, np.int64)
        if len(empty):
            feedback.info(tr("{count} of {total} features hold no value in the sampled pixels ({names}: nodata or NaN "
                             "everywhere): constant, they do not weigh in the clusters", count=len(empty),
                             total=X.shape[1], names=named_features(source.spec, empty)))
        for name in empty_members(source, empty):
            warn(feedback, tr("{file} holds no value in any sampled pixel (nodata or NaN everywhere): it adds "
                              "nothing to the clusters; check it, or leave it out", file=name))
        X = np.where(np.isfinite(X), X, np.float32(NAN_FILL)).astype(np.float32)
        if not len(X):
            raise ClusterError(tr("{file} has no valid pixel (nodata or NaN everywhere): nothing to cluster; check the "
                                  "input", file=input_name(raster)))
        if len(X) < max(k, 2) + 1:
            raise ClusterError(tr("{file} has only {count} valid pixel(s); clustering needs more than k = {k}",
                                  file=input_name(raster), count=len(X), k=max(k, 2))
                               + (" " + tr("(the smallest k the automatic choice tries)") if k == 0 else ""))
        scores = {}
        auto = k == 0
        if auto:
            scores = choose_k(X, k_max, seed)
            if not scores:
                raise ClusterError(tr("no k gave two or more distinct clusters; the raster is (nearly) uniform"))
            k = max(scores, key=scores.get)
            feedback.info(tr("silhouette by k: {scores} → k = {k}", k=k,
                             scores=join(f"{kk}: {number(v, '.3f')}" for kk, v in scores.items())))
        centroids = fit_centroids(X, k, seed)
        sizes = np.bincount(assign(X, centroids), minlength=k)
        if (sizes == 0).any():      # centroids no sampled pixel is nearest to (last: ordered by size) map nothing
            centroids, sizes = centroids[sizes > 0], sizes[sizes > 0]
            feedback.info(tr("k-means found {count} distinct cluster(s) of the {k} asked for (the raster has fewer "
                             "kinds of pixels): the map has clusters 1 … {count}", count=len(sizes), k=k))
            k = len(sizes)
        out = {"cluster": OutputSpec(output, 1, "uint8" if k < 255 else "uint16", 0, ["cluster"],
                                     tags=dict(K=str(k), CRITERION="silhouette" if auto else "user",
                                               FEATURES="standardised" if scale is not None else "as they are",
                                               INPUTS=input_name(raster), SEED=str(seed),
                                               EOLATENT_INPUT=input_name(raster), EOLATENT_PROVIDER=NO_NETWORK,
                                               SAMPLE_SIZE=str(len(X)),
                                               SILHOUETTE=", ".join(f"{kk}: {v:.3f}" for kk, v in scores.items())
                                               if auto else "not computed (k given)"),
                                     units="cluster", blend=False,
                                     colours={i + 1: palette_colour(i) for i in range(k)})}

        def read(win):
            return source.read(win.rasterio_window())

        def compute(win, block):
            h, w = block.shape[1:]
            if scale is not None:
                block = (block - scale[0][:, None, None]) / scale[1][:, None, None]
            Xb, valid = as_matrix(block, NAN_FILL)
            lab = np.zeros(h * w, dtype=np.int64)
            if sparse is not None:
                valid &= ~sparse[win.row:win.row + h, win.col:win.col + w].ravel()
            partial.add(block, valid)
            if valid.any():
                lab[valid] = assign(Xb[valid], centroids) + 1
            return {"cluster": lab.reshape(1, h, w)}

        partial = PartialPixels()
        paths = run_tiled(source.grid, read, compute, out, tile_size=tile_size, overlap=0, feedback=feedback)
        line = partial.line()
        if line:
            feedback.info(line)
    return ClusterResult(paths["cluster"], int(k), auto, scores, centroids, sizes, len(X), scale)
