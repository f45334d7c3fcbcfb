# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-2 biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC) with uncertainty and quality flags.

The retrieval network was trained on PROSAIL simulations (models/training/train_biophysical.py); its
card gives the input bands, the training domain of every input and the valid range of every output.
Each pixel gets a quality flag (bit values, combine with OR):

* ``FLAG_OUT_OF_DOMAIN`` (1): an input band or angle lies outside the training domain;
* ``FLAG_CLAMPED`` (2): an output was clamped to its valid range;
* ``FLAG_INVALID`` (4): cloud, shadow, nodata or NaN input — outputs are nodata (NaN).
"""
from __future__ import annotations

from typing import Dict, Mapping, Optional

import numpy as np

from .pixelwise import FLAG_CLAMPED, FLAG_INVALID, FLAG_OUT_OF_DOMAIN, load_checked, run_pixelwise
from .registry import ModelInfo

MODEL_ID = "eolatent.biophysical.s2"
VARIABLES = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC")
INPUT_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
__all__ = ["MODEL_ID", "VARIABLES", "INPUT_BANDS", "FLAG_OUT_OF_DOMAIN", "FLAG_CLAMPED", "FLAG_INVALID",
           "BiophysicalInputError", "load", "relative_azimuth", "retrieve_arrays", "retrieve"]


class BiophysicalInputError(ValueError):
    """Inputs that cannot be retrieved from (missing bands, DN instead of reflectance, bad angles)."""


def load(model: Optional[ModelInfo] = None) -> ModelInfo:
    return load_checked(model, MODEL_ID, "biophysical", "bands", INPUT_BANDS, BiophysicalInputError)


def relative_azimuth(sun_azimuth, view_azimuth):
    """Relative azimuth in [0, 180] degrees from sun and view azimuths."""
    d = np.abs(np.asarray(sun_azimuth, np.float64) - np.asarray(view_azimuth, np.float64)) % 360.0
    return np.where(d > 180.0, 360.0 - d, d)


def retrieve_arrays(refl: np.ndarray, angles: np.ndarray, info: ModelInfo, provider: str = "auto",
                    threads: Optional[int] = None, valid: Optional[np.ndarray] = None):
    """Core retrieval on flat arrays.

    ``refl`` (N, 10) reflectance in INPUT_BANDS order, ``angles`` (N, 3) [sun zenith, view zenith,
    relative azimuth] in degrees. Returns (mean (N, 5), std (N, 5), flags (N,) uint8, provider_used).
    """
    return run_pixelwise(info, {"bands": refl, "angles": angles}, VARIABLES, provider, threads, valid)


def retrieve(bands: Mapping[str, np.ndarray], tts, tto, psi, model: Optional[ModelInfo] = None,
             provider: str = "auto", threads: Optional[int] = None) -> Dict[str, np.ndarray]:
    """Retrieve LAI, FAPAR, FCOVER, CCC, CWC and their 1σ uncertainties from S2 reflectances.

    ``bands`` maps band names ("B02" … "B12", "B8A") to reflectance arrays in 0–1 (any shape, broadcast
    together); ``tts``, ``tto``, ``psi`` are sun zenith, view zenith and relative azimuth in degrees
    (scalars or arrays broadcastable to the band shape). Returns a dict with the five variables,
    ``"<VAR>_std"`` for each, ``"QUALITY"`` (uint8 flags, see module doc) and ``"provider"``.
    """
    missing = [b for b in INPUT_BANDS if b not in bands]
    if missing:
        raise BiophysicalInputError(
            f"missing Sentinel-2 band(s) {', '.join(missing)}; the retrieval needs {', '.join(INPUT_BANDS)}")
    arrays = np.broadcast_arrays(*[np.asarray(bands[b], np.float32) for b in INPUT_BANDS],
                                 np.asarray(tts, np.float32), np.asarray(tto, np.float32),
                                 np.asarray(psi, np.float32))
    shape = arrays[0].shape
    refl = np.stack([a.reshape(-1) for a in arrays[:10]], axis=1)
    finite = refl[np.isfinite(refl)]
    if finite.size and np.nanpercentile(finite, 99) > 2.0:
        raise BiophysicalInputError(
            "band values look like digital numbers, not reflectance 0–1 (99th percentile "
            f"{np.nanpercentile(finite, 99):.0f}); divide by the quantification value (10000) and apply "
            "the BOA_ADD_OFFSET of processing baseline 04.00+")
    angles = np.stack([a.reshape(-1) for a in arrays[10:]], axis=1)
    if np.any(np.abs(angles[:, :2][np.isfinite(angles[:, :2])]) > 90):
        raise BiophysicalInputError("zenith angles must be in degrees between 0 and 90")
    info = load(model)
    mean, std, flags, used = retrieve_arrays(refl, angles, info, provider, threads)
    result: Dict[str, np.ndarray] = {}
    for k, var in enumerate(VARIABLES):
        result[var] = mean[:, k].reshape(shape)
        result[var + "_std"] = std[:, k].reshape(shape)
    result["QUALITY"] = flags.reshape(shape)
    result["provider"] = used
    return result
