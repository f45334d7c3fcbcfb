# SPDX-License-Identifier: GPL-3.0-or-later
"""The retrieval of one window of a stack, every date (:func:`retrieve_window`, which the streamed raster run uses
per tile), and the temporal smoother's λ fitted on nine such windows spread over the input
(:func:`fit_smoothing`, core/biophysical/smoothing_likelihood.py)."""
from __future__ import annotations

import numpy as np

from . import clumping as clump
from . import retrieval as bio
from ..engine.tiling import Window as TileWindow


def retrieve_window(data, omega, per_date, angles, keys, provider, threads, non_vegetation, count=None):
    """{key: (dates, h, w)} of one window: ``data`` [(reflectance (bands, h, w), valid (h, w))] per date, ``omega``
    the clumping index (a number or (h, w)); ``count(n, i)`` is told the valid pixels ``n`` of each date ``i``."""
    h, w = data[0][1].shape
    res = {k: np.empty((len(data), h, w), np.uint8 if k == "QUALITY" else np.float32) for k in keys}
    for i, (refl, valid) in enumerate(data):
        flat = refl.reshape(refl.shape[0], -1).T
        a = angles[i]
        ang = np.broadcast_to(np.array([a["sun_zenith"], a["view_zenith"], a["relative_azimuth"]], np.float32),
                              (flat.shape[0], 3))
        mean, std, flags, _ = bio.retrieve_arrays(flat, ang, per_date[i][2], provider, threads, valid,
                                                  non_vegetation)
        if count is not None:
            count(np.count_nonzero((flags & bio.FLAG_INVALID) == 0), i)
        for k, var in enumerate(bio.VARIABLES):
            if var in res:
                res[var][i] = mean[:, k].reshape(h, w)
            if var + "_STD" in res:
                res[var + "_STD"][i] = std[:, k].reshape(h, w)
        if "QUALITY" in res:
            res["QUALITY"][i] = flags.reshape(h, w)
    if omega.ndim or omega != 1.0:
        clump.apply(res, omega)
    return res


def fit_smoothing(src, cmap, clumping, per_date, angles, provider, threads, non_vegetation):
    """({variable: λ}, details) fitted by maximum likelihood (core/biophysical/smoothing_likelihood.py) on the
    variables retrieved in nine windows of up to 32 × 32 pixels spread over ``src`` (the centres of its ninths):
    fixed per input, so every tile and every block of a block run is smoothed alike. Each variable's details also
    hold ``noise_scale``, the factor k on its per-date 1σ fitted after λ (``fit_noise_scale``; smooth with kσ and
    λ/k²), and ``scale_at_edge``."""
    from rasterio.windows import Window as RioWindow

    from .smoothing_likelihood import choose_lambda_ml, fit_noise_scale

    grid, keys = src.grid, tuple(bio.VARIABLES) + tuple(v + "_STD" for v in bio.VARIABLES) + ("QUALITY",)
    hs, ws = max(1, min(32, grid.height // 3)), max(1, min(32, grid.width // 3))
    parts = []
    for r in range(3):
        for c in range(3):
            row, col = (2 * r + 1) * grid.height // 6 - hs // 2, (2 * c + 1) * grid.width // 6 - ws // 2
            win = TileWindow(max(row, 0), max(col, 0), hs, ws, max(row, 0), max(col, 0), hs, ws)
            data = [src.read(i, RioWindow(win.col, win.row, ws, hs), bio.model_bands(per_date[i][2]))
                    for i in range(len(per_date))]
            omega = clump.omega_for_window(cmap, clumping, win)[0]
            parts.append(retrieve_window(data, omega, per_date, angles, keys, provider, threads, non_vegetation))
    days = np.array([(d - src.dates[0]).total_seconds() / 86400.0 for d in src.dates])
    joined = {k: np.concatenate([p[k].reshape(len(days), -1) for p in parts], axis=1) for k in keys}
    valid = (joined["QUALITY"] & bio.FLAG_INVALID) == 0
    fitted = {v: choose_lambda_ml(joined[v], joined[v + "_STD"], days, valid) for v in bio.VARIABLES}
    for v, (lam, details) in fitted.items():
        details["noise_scale"], details["scale_at_edge"] = fit_noise_scale(joined[v], joined[v + "_STD"], days, lam,
                                                                           valid)
    return {v: lam for v, (lam, _) in fitted.items()}, {v: d for v, (_, d) in fitted.items()}
