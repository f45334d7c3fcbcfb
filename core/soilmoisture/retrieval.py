# SPDX-License-Identifier: GPL-3.0-or-later
"""Surface soil moisture (m³/m³) from Sentinel-1 VV/VH backscatter, incidence angle and LAI.

The retrieval network was trained on Water Cloud Model simulations (models/training/train_soilmoisture.py;
physics in core/physics/wcm.py). Its card gives the inputs, the training domain of every input and the
valid range of the output. Each pixel gets a 1σ uncertainty and a quality flag (bit values, combine with
OR), as the biophysical retrieval:

* ``FLAG_OUT_OF_DOMAIN`` (1): an input lies outside the training domain;
* ``FLAG_CLAMPED`` (2): the output was clamped to its valid range;
* ``FLAG_INVALID`` (4): nodata, NaN, or non-positive linear σ⁰ — outputs are NaN.

Single-date C-band retrieval carries little information under dense vegetation (LAI above ~3) or at
unknown surface roughness: there the estimate falls back towards the prior mean and σ is large (see
the card's metrics by LAI class). Inputs are σ⁰ (not γ⁰), ideally speckle-filtered (the training
assumed ~30 equivalent looks).
"""
from __future__ import annotations

from typing import Dict, Optional

import numpy as np

from ..i18n import tr
from ..engine.pixelwise import FLAG_CLAMPED, FLAG_INVALID, FLAG_OUT_OF_DOMAIN, load_checked, run_pixelwise
from ..engine.registry import ModelInfo

MODEL_ID = "eolatent.soilmoisture.s1"
FEATURES = ("VV_dB", "VH_dB", "incidence_deg", "LAI")
OUTPUT = "SM"

__all__ = ["MODEL_ID", "FEATURES", "FLAG_OUT_OF_DOMAIN", "FLAG_CLAMPED", "FLAG_INVALID", "SoilMoistureInputError",
           "load", "retrieve_arrays", "retrieve"]


class SoilMoistureInputError(ValueError):
    """Inputs that cannot be retrieved from (dB/linear mix-up, angles in radians, ...)."""


def load(model: Optional[ModelInfo] = None) -> ModelInfo:
    return load_checked(model, MODEL_ID, "soilmoisture", "features", FEATURES, SoilMoistureInputError)


def retrieve_arrays(features: np.ndarray, info: ModelInfo, provider: str = "auto", threads: Optional[int] = None,
                    valid: Optional[np.ndarray] = None):
    """Core retrieval on flat arrays: ``features`` (N, 4) = VV dB, VH dB, incidence (deg), LAI.

    Returns (SM (N,), SM_std (N,), flags (N,) uint8, provider_used).
    """
    mean, std, flags, used = run_pixelwise(info, {"features": features}, [OUTPUT], provider, threads, valid)
    return mean[:, 0], std[:, 0], flags, used


def looks_linear(values: np.ndarray) -> bool:
    """True when finite σ⁰ ``values`` said to be dB look like linear power: (nearly) all between 0 and 2."""
    return bool(values.size) and np.percentile(values, 1) >= 0.0 and np.percentile(values, 99) <= 2.0


def _check_units(vv: np.ndarray, vh: np.ndarray, db: bool) -> None:
    values = np.concatenate([vv[np.isfinite(vv)], vh[np.isfinite(vh)]])
    if not values.size:
        return
    if db and looks_linear(values):
        raise SoilMoistureInputError(tr(
            "{bands} look like linear sigma0 (all values between 0 and 2), but {given}; pass {fix}, or convert with "
            "{formula}", bands="VV/VH", given="db=True", fix="db=False", formula="10*log10"))
    if not db and np.percentile(values, 50) < 0.0:
        raise SoilMoistureInputError(tr(
            "{bands} have negative values, which linear sigma0 cannot have: they look like dB; pass {fix}",
            bands="VV/VH", fix="db=True"))


def retrieve(vv, vh, incidence, lai, db: bool = True, model: Optional[ModelInfo] = None, provider: str = "auto",
             threads: Optional[int] = None, valid=None) -> Dict[str, np.ndarray]:
    """Retrieve soil moisture and its 1σ uncertainty.

    ``vv``, ``vh``: Sentinel-1 σ⁰ in dB (``db=True``) or linear (``db=False``; values ≤ 0 are invalid);
    ``incidence``: incidence angle in degrees; ``lai``: leaf area index (m²/m², e.g. from the S2
    biophysical retrieval). Arrays of any shape, broadcast together; NaN marks nodata, as does a False
    in the optional ``valid`` mask. Returns ``"SM"`` (m³/m³), ``"SM_std"``, ``"QUALITY"`` (uint8 flags,
    see module doc) and ``"provider"`` (the execution provider that ran).
    """
    arrays = np.broadcast_arrays(*(np.asarray(a, np.float64) for a in (vv, vh, incidence, lai)))
    shape = arrays[0].shape
    vv_, vh_, inc, lai_ = (a.reshape(-1) for a in arrays)
    _check_units(vv_, vh_, db)
    if not db:
        with np.errstate(divide="ignore", invalid="ignore"):
            vv_ = np.where(vv_ > 0, 10.0 * np.log10(np.where(vv_ > 0, vv_, 1.0)), np.nan)
            vh_ = np.where(vh_ > 0, 10.0 * np.log10(np.where(vh_ > 0, vh_, 1.0)), np.nan)
    fin = inc[np.isfinite(inc)]
    if fin.size and (fin.min() < 0.0 or fin.max() >= 90.0):
        raise SoilMoistureInputError(tr("incidence angles must be in degrees, between 0 and 90"))
    if fin.size and fin.max() <= np.pi / 2:
        raise SoilMoistureInputError(tr("incidence angles are all below {limit:.2f}: they look like radians; pass "
                                        "degrees", limit=np.pi / 2))
    feats = np.stack([vv_, vh_, inc, lai_], axis=1)
    mask = None if valid is None else np.broadcast_to(np.asarray(valid, bool), shape).reshape(-1)
    info = load(model)
    mean, std, flags, used = retrieve_arrays(feats, info, provider, threads, mask)
    return {"SM": mean.reshape(shape), "SM_std": std.reshape(shape), "QUALITY": flags.reshape(shape),
            "provider": used}
