# SPDX-License-Identifier: GPL-3.0-or-later
"""Readers for the real WorldCereal samples shipped in tests/data/worldcereal (provenance in its README).

* :func:`belgium_stacks` writes the Belgian 100 × 100 px S2 L2A + S1 monthly cube as two EO Latent stacks
  (B8A, absent from the source, is left out: a 9-band stack, as users' composites often are);
* :func:`pixel_series` reads a pixel-series file (France 2022 / 2023, Uganda / South Sudan) as monthly S2
  reflectance and S1 dB arrays (ten-daily composites are averaged into calendar months).
"""
from __future__ import annotations

import os
import warnings
from typing import Dict, Tuple

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.abspath(os.path.join(HERE, "..", "..", "..", "tests", "data", "worldcereal"))
BELGIUM = "belgium_31UFS_2020-11_2021-10_monthly_100x100.npz"
FILES = {"africa": "africa_public_extractions_500.npz", "france2022": "france_lpis_2022_monthly_500.npz",
         "france2023": "france_lpis_2023_dekadal_500.npz"}
NODATA = 65535


def belgium_stacks(folder: str, repeat: int = 1, data_dir: str = DATA) -> Tuple[str, str]:
    """(S2 stack, S1 stack) GeoTIFF paths of the Belgian cube, tiled ``repeat`` × ``repeat`` times (for speed
    figures at larger sizes; the grid is extended eastwards and southwards)."""
    from affine import Affine
    from rasterio.crs import CRS

    from ...inputs.sentinel1.stack import write_s1_stack
    from ...inputs.sentinel2 import Grid
    from ...inputs.sentinel2.stack import write_s2_stack

    d = np.load(os.path.join(data_dir, BELGIUM))
    bands = [str(b) for b in d["s2_bands"]] if "s2_bands" in d.files else \
        ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    s2 = d["s2"].astype(np.float32)
    keep = [i for i, b in enumerate(bands) if not (s2[:, i] == NODATA).all()]
    s2 = np.where(s2[:, keep] == NODATA, np.nan, s2[:, keep] / 1e4).astype(np.float32)
    s1 = d["s1_db"].astype(np.float32)
    if repeat > 1:
        s2, s1 = np.tile(s2, (1, 1, repeat, repeat)), np.tile(s1, (1, 1, repeat, repeat))
    x, y = d["x"], d["y"]
    res = float(abs(x[1] - x[0]))
    transform = Affine(res, 0, float(x[0]) - res / 2, 0, -res, float(y[0]) + res / 2)
    grid = Grid(CRS.from_wkt(str(d["crs_wkt"])), transform, s2.shape[-1], s2.shape[-2])
    dates = [str(t)[:10] for t in d["dates"]]
    # monthly composites: date each at mid-month so that every composite falls in its own calendar month
    mid = [f"{t[:8]}15" for t in dates]
    os.makedirs(folder, exist_ok=True)
    p2 = write_s2_stack(os.path.join(folder, "belgium_s2.tif"), grid, mid, [bands[i] for i in keep], s2)
    p1 = write_s1_stack(os.path.join(folder, "belgium_s1.tif"), grid, mid, ["VV", "VH"], s1)
    return p2, p1


def pixel_series(name: str, data_dir: str = DATA) -> Dict[str, np.ndarray]:
    """Monthly series of a pixel file: ``s2`` [N, T, 10] reflectance (NaN missing), ``s1`` [N, T, 2] dB,
    ``first_month`` (1–12, of step 0), ``latlon`` [N, 2], ``label`` [N] (readable crop / land name),
    ``months`` (ISO first day of each step)."""
    d = np.load(os.path.join(data_dir, FILES.get(name, name)), allow_pickle=False)
    s2 = d["s2"].astype(np.float32)
    s2 = np.where(s2 == NODATA, np.nan, s2 / 1e4).astype(np.float32)
    s1 = d["s1_db"].astype(np.float32)
    keys = np.array([[str(t)[:7] for t in row] for row in d["dates"]])     # '' pads shorter series
    months = sorted(set(keys.ravel()) - {""})
    if len(months) != keys.shape[1] or not (keys == keys[0]).all():
        # ten-daily composites (or per-sample calendars): the mean of each calendar month's composites
        s2m = np.full((len(s2), len(months), s2.shape[2]), np.nan, np.float32)
        s1m = np.full((len(s1), len(months), 2), np.nan, np.float32)
        for j, m in enumerate(months):
            sel = (keys == m)[:, :, None]
            with warnings.catch_warnings():     # months without any composite: all-NaN means are expected
                warnings.simplefilter("ignore", RuntimeWarning)
                s2m[:, j] = np.nanmean(np.where(sel, s2, np.nan), axis=1)
                lin = np.nanmean(np.where(sel, np.power(10.0, s1 / 10.0), np.nan), axis=1)
                s1m[:, j] = 10 * np.log10(lin)
        s2, s1 = s2m, s1m
    label = d["croptype_name"] if "croptype_name" in d.files else d["label"]
    return dict(s2=s2, s1=s1, first_month=int(months[0][5:7]), latlon=np.stack([d["lat"], d["lon"]], 1),
                label=np.asarray([str(v) for v in label]), months=np.array([m + "-01" for m in months]))
