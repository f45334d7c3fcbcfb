# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the benchmark scripts: bench/results.md (each script owns one '## ' section and replaces it,
keeping the others) and the benchmark inputs made by tiling real data."""
from __future__ import annotations

import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def replace_section(path: str, header: str, lines) -> None:
    """Replace the section starting with ``header`` (up to the next '## ') by ``lines``; keep the rest."""
    old = open(path).read().split("\n") if os.path.exists(path) else ["# EO Latent benchmarks", ""]
    keep, skipping = [], False
    for line in old:
        if line.startswith(header):
            skipping = True
            continue
        if skipping and line.startswith("## "):
            skipping = False
        if not skipping:
            keep.append(line)
    while keep and keep[-1] == "":
        keep.pop()
    with open(path, "w") as fh:
        fh.write("\n".join(keep + list(lines)))


def tiled_modis_lst(n: int):
    """An n × n coarse LST field (K) tiling a clear 192 × 192 px window of the real MODIS tile (gaps filled with
    its mean), with the window's CRS and transform."""
    import rasterio

    from eolatent.core.superres import modis

    src = os.path.join(ROOT, "tests", "data", "lst", "MOD11A1.A2019305.h14v09.006_LST.tif")
    with rasterio.open(src) as ds:
        win = rasterio.windows.Window(128, 576, 192, 192)
        t, _ = modis.decode_raw(ds.read(1, window=win), ds.read(3, window=win))
        crs, tr = ds.crs, ds.window_transform(win)
    reps = -(-n // 192)
    return np.tile(np.nan_to_num(t, nan=float(np.nanmean(t))), (reps, reps))[:n, :n], crs, tr
