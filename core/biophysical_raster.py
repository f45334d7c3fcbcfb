# SPDX-License-Identifier: GPL-3.0-or-later
"""Streamed biophysical retrieval over a Sentinel-2 raster or stack (one output band per date)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from . import biophysical as bio
from .dated_rasters import check_outputs, dated_spec
from .tiling import Feedback, run_tiled

UNITS = {"LAI": "m2/m2", "FAPAR": "1", "FCOVER": "1", "CCC": "g/m2", "CWC": "kg/m2"}
OUTPUT_KEYS = tuple(bio.VARIABLES) + tuple(v + "_STD" for v in bio.VARIABLES) + ("QUALITY",)
FLAG_MEANINGS = "1=input outside training domain;2=output clamped;4=cloud/nodata"


@dataclass
class BiophysicalResult:
    outputs: Dict[str, str]
    provider_used: str
    dates: List[str]
    model: str
    angles: List[dict] = field(default_factory=list)


def _date_angles(src, i: int, sun_zenith, view_zenith, rel_azimuth) -> dict:
    """Angles of date i: the product's own where present, else the user's values."""
    a = src.angles(i) or {}
    sza = a.get("sun_zenith")
    vza = a.get("view_zenith")
    raa = None
    if a.get("sun_azimuth") is not None and a.get("view_azimuth") is not None:
        raa = float(bio.relative_azimuth(a["sun_azimuth"], a["view_azimuth"]))
    chosen = {"sun_zenith": sza if sza is not None else sun_zenith,
              "view_zenith": vza if vza is not None else view_zenith,
              "relative_azimuth": raa if raa is not None else rel_azimuth}
    missing = [k for k, v in chosen.items() if v is None]
    if missing:
        names = {"sun_zenith": "SUN_ZENITH", "view_zenith": "VIEW_ZENITH", "relative_azimuth": "RELATIVE_AZIMUTH"}
        raise bio.BiophysicalInputError(
            f"date {src.dates[i]:%Y-%m-%d} of the input carries no {', '.join(missing)}; set "
            f"{', '.join(names[m] for m in missing)} (degrees) for inputs without angle metadata")
    for key in ("sun_zenith", "view_zenith"):
        if not 0.0 <= float(chosen[key]) <= 90.0:
            raise bio.BiophysicalInputError(f"{key} = {chosen[key]} is not a zenith angle in degrees (0–90)")
    from_product = {"sun_zenith": sza is not None, "view_zenith": vza is not None, "relative_azimuth": raa is not None}
    result = {k: float(v) for k, v in chosen.items()}
    result["source"] = ", ".join(f"{k.replace('_', ' ')} from {'product' if p else 'parameters'}"
                                 for k, p in from_product.items())
    return result


def run_biophysical_raster(input_path: str, outputs: Dict[str, str], sun_zenith: Optional[float] = None,
                           view_zenith: Optional[float] = None, relative_azimuth: Optional[float] = None,
                           provider: str = "auto", threads: Optional[int] = None, tile_size: int = 512,
                           feedback: Optional[Feedback] = None) -> BiophysicalResult:
    """Retrieve the variables on every date of ``input_path`` and write the requested ``outputs``.

    ``outputs`` maps keys of :data:`OUTPUT_KEYS` ("LAI", "LAI_STD", …, "QUALITY") to GeoTIFF paths;
    at least one is required. Each output has one band per date, in date order; band descriptions
    start with the date (YYYY-MM-DD) and band tags carry DATE, VARIABLE and UNITS.
    """
    from .sentinel2 import open_s2

    feedback = feedback or Feedback()
    check_outputs(outputs, OUTPUT_KEYS)
    info = bio.load()
    session = info.session(provider, threads)  # fail early on a bad provider choice
    with open_s2(input_path) as src:
        missing = [b for b in bio.INPUT_BANDS if b not in src.band_names]
        if missing:
            raise bio.BiophysicalInputError(
                f"{os.path.basename(input_path)} lacks band(s) {', '.join(missing)} (it has "
                f"{', '.join(src.band_names)}); the retrieval needs {', '.join(bio.INPUT_BANDS)}")
        n_dates = len(src.dates)
        dates = [d.strftime("%Y-%m-%d") for d in src.dates]
        angles = [_date_angles(src, i, sun_zenith, view_zenith, relative_azimuth) for i in range(n_dates)]
        feedback.info(f"{n_dates} date(s): {', '.join(dates)}; model {info.id} {info.version}; "
                      f"execution provider: {session.provider_used}")
        ds_tags = dict(EOLATENT_MODEL=f"{info.id} {info.version}", EOLATENT_PROVIDER=session.provider_used,
                       EOLATENT_INPUT=os.path.basename(input_path))
        specs = {}
        for key, path in outputs.items():
            var = key.replace("_STD", "")
            if key == "QUALITY":
                specs[key] = dated_spec(path, dates, key, "quality flags", "", ds_tags, flag_meanings=FLAG_MEANINGS)
            else:
                label = f"{var} 1-sigma" if key.endswith("_STD") else var
                specs[key] = dated_spec(path, dates, key, label, UNITS[var], ds_tags)

        def read(win):
            rw = win.rasterio_window()
            return [src.read(i, rw, bio.INPUT_BANDS) for i in range(n_dates)]

        def compute(win, data):
            h, w = win.ext_height, win.ext_width
            res = {k: np.empty((n_dates, h, w), np.uint8 if k == "QUALITY" else np.float32) for k in specs}
            for i, (refl, valid) in enumerate(data):
                flat = refl.reshape(len(bio.INPUT_BANDS), -1).T
                a = angles[i]
                ang = np.broadcast_to(np.array([a["sun_zenith"], a["view_zenith"], a["relative_azimuth"]],
                                               np.float32), (flat.shape[0], 3))
                mean, std, flags, _ = bio.retrieve_arrays(flat, ang, info, provider, threads, valid)
                for k, var in enumerate(bio.VARIABLES):
                    if var in res:
                        res[var][i] = mean[:, k].reshape(h, w)
                    if var + "_STD" in res:
                        res[var + "_STD"][i] = std[:, k].reshape(h, w)
                if "QUALITY" in res:
                    res["QUALITY"][i] = flags.reshape(h, w)
            return res

        grid = src.grid
        run_tiled(grid, read, compute, specs, tile_size=tile_size, overlap=0, feedback=feedback)
    return BiophysicalResult(dict(outputs), session.provider_used, dates, f"{info.id} {info.version}", angles)
