# SPDX-License-Identifier: GPL-3.0-or-later
"""The image side of a text query: the tower's features of every pixel, row strip by row strip, for image_cache.

Besides the features, it counts per date (or latent window) the pixels with a valid observation, into the cache
entry's meta (``valid_per_date``), so the log can name the dates a query had nothing from — on a cache hit too.
"""
from __future__ import annotations

import numpy as np

from .features import latent_features, s2_features
from .input_report import optical_months

STRIP_PIXELS = 1 << 18


def compute_features(kind, src, tower, grid, feedback, unit, shift=0, meta=None):
    """The image_cache compute callback: tower features row strip by row strip (days of the year + ``shift``); the
    valid pixels per date (window) go into ``meta["valid_per_date"]`` when ``meta`` is given."""
    from rasterio.windows import Window

    rows = max(1, STRIP_PIXELS // max(1, grid.width))

    def compute(put):
        if kind == "s2":
            doys = [float(d.timetuple().tm_yday) for d in src.dates]
        else:
            from ..latent.contract import doy
            doys = [doy(w.centre) for w in src.windows]
        doys = [(d - 1.0 + shift) % 365.0 + 1.0 for d in doys]
        per_date = np.zeros(len(doys), np.int64)
        for r0 in range(0, grid.height, rows):
            h = min(rows, grid.height - r0)
            win = Window(0, r0, grid.width, h)
            if kind == "s2":
                reads = [src.read(i, win, tower.s2_bands) for i in range(len(src.dates))]
                x, ok, d = s2_features(np.stack([r for r, _ in reads]), np.stack([v for _, v in reads]), doys,
                                       tower.s2_bands)
            else:
                x, ok, d = latent_features(src.read_means(win), doys)
            per_date += (np.asarray(ok) > 0).sum(axis=0)
            feats = tower.features(x, ok, d).astype(np.float16).astype(np.float32)  # as cached
            norm = np.linalg.norm(feats @ tower.projection, axis=1).astype(np.float32)
            count = optical_months(src.read_quality(win), ok) if unit in ("months", "latent_dates") \
                else (ok > 0).sum(axis=1)
            put(r0 * grid.width, feats, np.maximum(norm, 1e-12), count)
            feedback.progress(80.0 * (r0 + h) / grid.height)
        if meta is not None:
            meta["valid_per_date"] = [int(v) for v in per_date]

    return compute


__all__ = ["compute_features", "STRIP_PIXELS"]
