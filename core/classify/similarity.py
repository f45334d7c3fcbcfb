# SPDX-License-Identifier: GPL-3.0-or-later
""""Find places like this one": cosine similarity in latent space to reference points or polygons.

The reference vector is the mean latent (window by window) of the reference features: each feature's pixels
are averaged first (pixel centres inside a polygon; the pixel holding a point; a polygon smaller than a pixel
takes the pixels it touches), then the features are averaged with equal weight, so one large polygon does not
outweigh a point. Windows where a pixel (or the reference) has no valid observation are left out.

* ``per_window=False`` (default): one band, the cosine between the pixel's and the reference's latent means
  concatenated over the windows both have.
* ``per_window=True``: one band per window, the cosine within that window.

Values lie in −1 … 1 (1 = same direction in latent space); NaN where there is nothing to compare.
Needs only numpy (and rasterio); applied tile by tile.

Several latent rasters (a list of paths: INPUT then EXTRA_INPUTS, e.g. a fine4 and a Presto latent of the same
stack) are stacked (:func:`.stacked.open_features`): the windows of every member, in order, each with its own
latent size; ``per_window=False`` compares them all at once (latent means concatenated), ``per_window=True``
gives one band per window of every member. Every member must be a latent raster.
"""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np

from ..i18n import tr
from ..outputs.geotiff import OutputSpec, check_writable
from ..engine.input_checks import band_has_value
from ..engine.tiling import Feedback, run_tiled, warn
from .features import NO_NETWORK, FeatureSource, empty_members, input_name
from .stacked import open_features
from .samples import SampleError, Samples, gather, grid_overlaps


class SimilarityError(ValueError):
    """Similarity cannot be computed (the message names the problem and the fix)."""


def latent_windows(source) -> List[Tuple[str, str, int]]:
    """(member label, window label, latent size) of every window of a latent raster or of a stack of them, in
    feature order; :class:`SimilarityError` naming a member that is not a latent raster."""
    members = getattr(source, "members", None) or [source]
    encoders = [m.latent.encoder_id.split(".")[-1] if m.latent is not None else "" for m in members]
    out = []
    for i, m in enumerate(members):
        if m.latent is None:
            extra = tr(" (every raster stacked for similarity must be a latent raster; use biophysical or raw "
                       "rasters in classify or cluster)") if len(members) > 1 else ""
            raise SimilarityError(tr("{file} is not a latent raster; similarity is measured in latent space: encode "
                                     "the stack first with eolatent:encode{extra}",
                                     file=os.path.basename(m.path), extra=extra))
        label = "" if len(members) == 1 else (
            encoders[i] if encoders.count(encoders[i]) == 1 else f"{i + 1}:{encoders[i]}")
        out += [(label, w.label, m.latent.latent_size) for w in m.latent.windows]
    return out


def reference_vector(source: FeatureSource, refs: Samples) -> Tuple[np.ndarray, int]:
    """(mean latent (n_windows, L) of the reference features, NaN where no reference pixel is valid — for a stack
    whose windows differ in latent size, the flat concatenation (F,) —, the number of features it averages: those
    with a pixel holding a valid value; features outside the raster or only on nodata do not count)."""
    sizes = [n for _, _, n in latent_windows(source)]
    name = input_name(getattr(source, "paths", source.path))
    if not len(refs):
        raise SampleError(tr("the reference layer has no feature; add a point or a polygon"))
    if not grid_overlaps(source.grid, refs).any():
        raise SampleError(tr("no reference feature overlaps {file}; choose references inside the raster's area",
                             file=name))
    got = gather(source.grid, refs, source.read)
    parts = [got] if len(got["ids"]) else []
    found = set(np.unique(got["ids"]).tolist())
    missing = [i for i in refs.ids.tolist() if i not in found]
    if missing:  # polygons smaller than a pixel: the pixels they touch
        pos = {int(i): k for k, i in enumerate(refs.ids)}
        sub = Samples([refs.geometries[pos[i]] for i in missing], np.ones(len(missing)),
                      np.array(missing, dtype=np.int32))
        extra = gather(source.grid, sub, source.read, all_touched=True)
        if len(extra["ids"]):
            parts.append(extra)
    if not parts:
        raise SampleError(tr("the reference features cover no pixel of {file}; choose references inside the raster",
                             file=name))
    X = np.concatenate([p["X"] for p in parts])
    ids = np.concatenate([p["ids"] for p in parts])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=RuntimeWarning)  # all-NaN windows stay NaN
        per_feature = np.stack([np.nanmean(X[ids == i], axis=0) for i in np.unique(ids)])
        ref = np.nanmean(per_feature, axis=0)
    used = int(np.isfinite(per_feature).any(axis=1).sum())
    complete = [np.isfinite(part).all() for part in np.split(ref, np.cumsum(sizes)[:-1])]
    if len(set(sizes)) == 1:
        ref = ref.reshape(len(sizes), sizes[0])
    if not any(complete):
        if not _has_values(source):
            raise SampleError(tr("{file} holds no value at all (every pixel is nodata/NaN): encode the stack again "
                                 "(eolatent:encode), checking its nodata value and dates", file=name))
        raise SampleError(tr("the reference pixels have no valid observation in any window of {file} (cloud or "
                             "nodata); choose other references", file=name))
    return ref.astype(np.float32), used


def _has_values(source) -> bool:
    """Whether any member of ``source`` holds a value, on a decimated read (≤ 256 × 256) of each one's first feature
    band of every window."""
    for m in getattr(source, "members", None) or [source]:
        bands = [m.latent.bands(k, "mean")[0] for k in range(len(m.latent.windows))] if m.latent is not None else [1]
        if any(band_has_value(m.ds, b, SampleError, m.path) for b in bands):
            return True
    return False


def cosine(x: np.ndarray, ref: np.ndarray, per_window: bool = False) -> np.ndarray:
    """Cosine similarity of pixels ``x`` (nw, L, n) to ``ref`` (nw, L): (1, n) over the windows both have
    valid, or (nw, n) per window. NaN where nothing can be compared or a vector is zero."""
    nw, size = ref.shape
    return cosine_groups(x.reshape(nw * size, -1), ref.reshape(-1), [size] * nw, per_window)


def cosine_groups(x: np.ndarray, ref: np.ndarray, sizes, per_window: bool = False) -> np.ndarray:
    """:func:`cosine` for windows of different latent sizes: pixels ``x`` (F, n), ``ref`` (F,), ``sizes`` the
    features of each window in order (summing to F); (1, n) or (len(sizes), n)."""
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    x = x.astype(np.float64)
    r = np.asarray(ref, np.float64).reshape(-1, 1)
    ok = (np.add.reduceat(~np.isfinite(x), starts, axis=0) == 0) & (np.add.reduceat(~np.isfinite(r), starts,
                                                                                    axis=0) == 0)
    xz = np.where(np.isfinite(x), x, 0.0)
    rz = np.where(np.isfinite(r), r, 0.0)
    dot = np.add.reduceat(xz * rz, starts, axis=0) * ok
    nx = np.add.reduceat(xz * xz, starts, axis=0) * ok
    nr = np.broadcast_to(np.add.reduceat(rz * rz, starts, axis=0), ok.shape) * ok
    if not per_window:
        dot, nx, nr = dot.sum(0, keepdims=True), nx.sum(0, keepdims=True), nr.sum(0, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = dot / np.sqrt(nx * nr)
    out[(nx == 0) | (nr == 0)] = np.nan
    return np.clip(out, -1.0, 1.0).astype(np.float32)


@dataclass
class SimilarityResult:
    output: str
    reference: np.ndarray       # (n_windows, L); (F,) for a stack of latents of different sizes
    bands: List[str]
    n_references: int


def run_similarity(raster, refs: Samples, output: str, per_window: bool = False, tile_size: int = 512,
                   feedback: Optional[Feedback] = None) -> SimilarityResult:
    """Similarity map of a latent raster (or of a list of latent rasters, stacked) to the reference features
    ``refs`` (codes ignored)."""
    feedback = feedback or Feedback()
    check_writable(output)
    with open_features(raster, feedback.info) as source:
        windows = latent_windows(source)
        ref, used = reference_vector(source, refs)
        for name in empty_members(source, np.flatnonzero(~np.isfinite(np.ravel(ref)))):
            warn(feedback, tr("{file} holds no value at any reference pixel (nodata or NaN there): it adds "
                              "nothing to the similarity; check it, or leave it out", file=name))
        if used < len(refs):
            feedback.info(tr("{count} of the {total} reference feature(s) lie outside the raster or on nodata pixels "
                             "only, and are not used", count=len(refs) - used, total=len(refs)))
        sizes = [n for _, _, n in windows]
        bands = ([" ".join(filter(None, ("similarity", m, w))) for m, w, _ in windows] if per_window
                 else ["similarity (all windows)"])
        spec = OutputSpec(output, len(bands), "float32", float("nan"), bands, units="cosine", blend=False,
                          tags=dict(REFERENCES=str(used), MODE="per window" if per_window else "all windows",
                                    INPUTS=input_name(raster), EOLATENT_INPUT=input_name(raster),
                                    EOLATENT_PROVIDER=NO_NETWORK))

        def read(win):
            return source.read(win.rasterio_window())

        def compute(win, block):
            h, w = block.shape[1:]
            sim = cosine_groups(block.reshape(len(block), h * w), ref.reshape(-1), sizes, per_window)
            return {"similarity": sim.reshape(len(bands), h, w)}

        paths = run_tiled(source.grid, read, compute, {"similarity": spec}, tile_size=tile_size, overlap=0,
                          feedback=feedback)
    return SimilarityResult(paths["similarity"], ref, bands, used)
