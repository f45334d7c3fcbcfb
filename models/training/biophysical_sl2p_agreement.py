# SPDX-License-Identifier: GPL-3.0-or-later
"""Agreement with SNAP's SL2P on real scenes other than the one the issue's goal names (evaluate_biophysical.py).

The issue's goal compares the retrievals with SL2P on the Slovenia Level-1C tile of 2015-07-11. This section repeats
that comparison where no choice of this project was made: the other Slovenia dates with clear pixels (2015-07-31, mostly
cloud: 183 pixels; 08-30, 09-09; clear = s2cloudless probability below 40 % in
tests/data/slovenia/CLP_68dates_s2cloudless.tif) and every
pixel-month of the western-US composites of presto_fuel_moisture (probably Level-1C; both the top-of-atmosphere and
the surface variants are shown). Pearson r of LAI with SL2P's on the same pixels, overall and within the forest
(Slovenia LULC 2, Dynamic World 'trees'), and the forest median LAI.
"""
from __future__ import annotations

import os
from typing import Callable, Dict

import numpy as np

DATES = ("2015-07-31", "2015-08-30", "2015-09-09")
CLEAR_BELOW = 40          # s2cloudless probability, percent
CLP_FILE = "CLP_68dates_s2cloudless.tif"


def _figures(lai: np.ndarray, ref: np.ndarray, forest: np.ndarray) -> dict:
    ok = np.isfinite(lai) & np.isfinite(ref)
    f = ok & forest
    return {"n": int(ok.sum()), "r": float(np.corrcoef(lai[ok], ref[ok])[0, 1]),
            "r_forest": float(np.corrcoef(lai[f], ref[f])[0, 1]) if f.sum() > 2 else float("nan"),
            "forest_median": float(np.median(lai[f])) if f.any() else float("nan")}


def slovenia_dates(models: Dict[str, object], run: Callable, sl2p: Callable, scene: Callable, folder: str) -> dict:
    """{date: {method: figures}} on the clear pixels of the other Slovenia dates, every model read as Level-1C;
    ``scene(date)``: (reflectance, angles, LULC class, sun zenith) of a date (evaluate_biophysical.slovenia_scene)."""
    import rasterio

    with rasterio.open(os.path.join(folder, CLP_FILE)) as ds:
        clp = {d[:10]: i + 1 for i, d in enumerate(ds.descriptions) if d}
        clouds = {date: ds.read(clp[date]).ravel() for date in DATES}
    out = {}
    for date in DATES:
        refl, angles, lulc, _ = scene(date)
        forest = lulc == 2
        clear = clouds[date] < CLEAR_BELOW
        ref = sl2p(refl, angles)
        ref = np.where(clear, ref, np.nan)
        out[date] = {"clear_pixels": int(clear.sum()),
                     "methods": {label: _figures(run(info, refl, angles)[0], ref, forest)
                                 for label, info in models.items()}}
        out[date]["methods"]["SL2P (SNAP)"] = _figures(ref, ref, forest)
    return out


def composites(models: Dict[str, object], run: Callable, sl2p: Callable, refl, angles, trees) -> dict:
    """{method: figures} on every pixel-month of the western-US composites (forest = Dynamic World trees)."""
    ref = sl2p(refl, angles)
    out = {label: _figures(run(info, refl, angles)[0], ref, trees) for label, info in models.items()}
    out["SL2P (SNAP)"] = _figures(ref, ref, trees)
    return out


def markdown(res: dict) -> list:
    if not res:
        return []
    lines = ["", "## Agreement with SL2P on other real scenes", "", __doc__.split("\n\n")[1].replace("\n", " "), "",
             "r with SL2P: all pixels / within the forest; forest median LAI.", ""]
    cols = list(res.get("slovenia", {})) + (["western US composites"] if res.get("composites") else [])
    lines += ["| method | " + " | ".join(
        f"Slovenia {c} ({res['slovenia'][c]['clear_pixels']} clear px)" if c in res.get("slovenia", {}) else c
        for c in cols) + " |", "|---|" + "---|" * len(cols)]
    methods = list(next(iter(res["slovenia"].values()))["methods"]) if res.get("slovenia") else list(res["composites"])
    for m in methods:
        cells = []
        for c in cols:
            f = res["slovenia"][c]["methods"].get(m) if c in res.get("slovenia", {}) else res["composites"].get(m)
            cells.append("—" if f is None else f"{f['r']:.2f} / {f['r_forest']:.2f}; {f['forest_median']:.2f}")
        lines.append(f"| {m} | " + " | ".join(cells) + " |")
    return lines
