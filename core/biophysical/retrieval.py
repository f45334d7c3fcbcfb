# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-2 biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC) with uncertainty and quality flags.

The retrieval network was trained on PROSAIL simulations (models/training/train_biophysical.py); its
card gives the input bands, the training domain of every input and the valid range of every output.
Each pixel gets a quality flag (bit values, combine with OR):

* ``FLAG_OUT_OF_DOMAIN`` (1): an input band or angle lies outside the training domain;
* ``FLAG_CLAMPED`` (2): an output was clamped to its valid range;
* ``FLAG_INVALID`` (4): cloud, shadow, nodata or NaN input — outputs are nodata (NaN);
* ``FLAG_NON_VEGETATION`` (8): water, snow or bare soil/built-up recognised from the spectrum
  (core/biophysical/nonvegetation.py) — every variable is 0 there.

Four networks share the outputs and differ in what they read (:data:`VARIANTS`): the 10 bands, the 9
without B8A (composites), the four 10 m bands, and the 10 bands as top-of-atmosphere reflectance
(Level-1C), each trained on either of two priors (:data:`PRIORS`). :func:`choose_model_id` picks one from the bands
present, the product level and the prior asked for.
"""
from __future__ import annotations

from typing import Dict, Mapping, Optional

import numpy as np

from . import clumping as _clumping
from . import nonvegetation
from .errors import BiophysicalInputError
from ..i18n import tr
from .nonvegetation import FLAG_NON_VEGETATION
from ..engine.pixelwise import FLAG_CLAMPED, FLAG_INVALID, FLAG_OUT_OF_DOMAIN, load_checked, run_pixelwise
from ..engine.registry import ModelInfo

MODEL_ID = "eolatent.biophysical.s2"
VARIABLES = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC")
INPUT_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
BANDS_NO_B8A = tuple(b for b in INPUT_BANDS if b != "B8A")
BANDS_10M = ("B02", "B03", "B04", "B08")
LEVELS = ("L2A", "L1C")
BAND_SETS = ("auto", "20m", "no_b8a", "10m")
# model id -> (bands, product level, band set)
VARIANTS = {
    MODEL_ID: (INPUT_BANDS, "L2A", "20m"),
    MODEL_ID + ".nob8a": (BANDS_NO_B8A, "L2A", "no_b8a"),
    MODEL_ID + ".10m": (BANDS_10M, "L2A", "10m"),
    MODEL_ID + ".toa": (INPUT_BANDS, "L1C", "20m"),
}
# training priors (models/training/biophysical_priors.py): "wide" (the variants above) and "codistributed" (each variant
# again, id + CODIST_SUFFIX): the ATBD co-distribution of leaf and soil parameters with a flat LAI
PRIORS = ("wide", "codistributed")
CODIST_SUFFIX = ".codist"
__all__ = ["MODEL_ID", "VARIABLES", "INPUT_BANDS", "VARIANTS", "LEVELS", "BAND_SETS", "PRIORS", "FLAG_OUT_OF_DOMAIN",
           "FLAG_CLAMPED", "FLAG_INVALID", "FLAG_NON_VEGETATION", "BiophysicalInputError", "choose_model_id",
           "load", "relative_azimuth", "retrieve_arrays", "retrieve"]


def variant(model_id: str) -> tuple:
    """(bands, level, band set) of a variant's model id, either prior (INPUT_BANDS, L2A, 20m for another model)."""
    base = model_id[:-len(CODIST_SUFFIX)] if model_id.endswith(CODIST_SUFFIX) else model_id
    return VARIANTS.get(base, (INPUT_BANDS, "L2A", "20m"))


def prior_of(model_id: str) -> str:
    """The training prior of a variant's model id (:data:`PRIORS`)."""
    return "codistributed" if model_id.endswith(CODIST_SUFFIX) else "wide"


def choose_model_id(available, level: str = "L2A", band_set: str = "auto", prior: str = "wide") -> str:
    """The variant for the bands in ``available``, the product ``level`` ("L2A" surface or "L1C"
    top-of-atmosphere reflectance), the requested ``band_set`` ("auto": the richest set present;
    "20m": the 10 bands; "no_b8a": 9 bands; "10m": B02 B03 B04 B08) and the training ``prior`` ("wide": the
    default, for leaves of any kind; "codistributed": leaves typical of their LAI, as SL2P's training)."""
    if prior not in PRIORS:
        raise BiophysicalInputError(tr("prior {prior} is not one of {priors}", prior=repr(prior),
                                       priors=", ".join(PRIORS)))
    mid = _choose_variant(available, level, band_set)
    return mid + CODIST_SUFFIX if prior == "codistributed" else mid


def _choose_variant(available, level: str, band_set: str) -> str:
    if level not in LEVELS:
        raise BiophysicalInputError(tr("product level {level} is not one of {levels}", level=repr(level),
                                       levels=", ".join(LEVELS)))
    if band_set not in BAND_SETS:
        raise BiophysicalInputError(tr("band set {band_set} is not one of {band_sets}", band_set=repr(band_set),
                                       band_sets=", ".join(BAND_SETS)))
    have = set(available)
    candidates = [(mid, bands, bs) for mid, (bands, lv, bs) in VARIANTS.items() if lv == level
                  and (band_set == "auto" or bs == band_set)]
    for mid, bands, _ in candidates:  # VARIANTS is ordered richest first
        if set(bands) <= have:
            return mid
    has = ", ".join(b for b in INPUT_BANDS if b in have) or tr("none of the needed bands")
    if not candidates:      # e.g. Level-1C with band set no_b8a or 10m: no such variant exists
        offered = ", ".join(bs for _, (_, lv, bs) in VARIANTS.items() if lv == level)
        raise BiophysicalInputError(
            tr("there is no {level} model with band set {band_set} (the {level} models read: {offered}); choose band "
               "set {auto} or {offered}", level=level, band_set=band_set, offered=offered, auto="auto")
            + (" — " + tr("top-of-atmosphere (Level-1C) reflectance needs all 10 bands, {band} included", band="B8A")
               if level == "L1C" else ""))
    need = ""
    for _, bands, _ in candidates:
        need = tr("{bands}; or {other}", bands=need, other=" ".join(bands)) if need else " ".join(bands)
    extra = (". " + tr("Top-of-atmosphere (Level-1C) reflectance is retrieved from all 10 bands only: give a stack "
                       "with {band}, or use an atmospherically corrected (Level-2A) product, for which 9-band and "
                       "10 m models exist — do not just set the level to {level}: top-of-atmosphere values read as "
                       "surface reflectance give a biased LAI (about 1 lower over forest)", band="B8A", level="L2A")
             ) if level == "L1C" else ""
    fits = [bs for _, (bands, lv, bs) in VARIANTS.items() if lv == level and set(bands) <= have]
    if fits and band_set != "auto":     # another band set reads this input: say so
        extra += "; " + tr("band set {fit} fits this input: choose it, or {auto} (the richest band set the input has)",
                           fit=fits[0], auto="auto")
    raise BiophysicalInputError(
        tr("missing Sentinel-2 band(s) for a {level} retrieval with band set {band_set}: the input has {has}; it needs "
           "{need}", level=level, band_set=band_set, has=has, need=need) + extra)


def fewer_bands_note(available, model_id: str) -> str:
    """Where band set auto fell back to a model that reads fewer bands than the richest of its level because the
    input lacks some (a product missing B05 got the 10 m model without a word): which bands, and the cost."""
    bands, level, band_set = variant(model_id)
    richest = next(b for b, lv, _ in VARIANTS.values() if lv == level)
    missing = [b for b in richest if b not in set(available)]
    if len(bands) >= len(richest) or not missing or band_set == "no_b8a":   # 9 bands: as accurate (its card)
        return ""
    return tr("the input lacks {missing}, so the model used reads {n} bands ({bands}) instead of the {count} of the "
              "full model, and its LAI is less accurate (README, BAND_SET); give a product or stack with all {count} "
              "bands", missing=", ".join(missing), n=len(bands), bands=" ".join(bands), count=len(richest))


def load(model: Optional[ModelInfo] = None, model_id: str = MODEL_ID) -> ModelInfo:
    """The given model, or the installed ``model_id`` variant, checked against the variant's bands."""
    mid = model.id if model is not None else model_id
    bands = variant(mid)[0]
    return load_checked(model, mid, "biophysical", "bands", bands, BiophysicalInputError)


def model_bands(info: ModelInfo) -> tuple:
    """The band names the model ``info`` reads, in order."""
    return tuple(info.input("bands")["bands"])


def relative_azimuth(sun_azimuth, view_azimuth):
    """Relative azimuth in [0, 180] degrees from sun and view azimuths."""
    d = np.abs(np.asarray(sun_azimuth, np.float64) - np.asarray(view_azimuth, np.float64)) % 360.0
    return np.where(d > 180.0, 360.0 - d, d)


def retrieve_arrays(refl: np.ndarray, angles: np.ndarray, info: ModelInfo, provider: str = "auto",
                    threads: Optional[int] = None, valid: Optional[np.ndarray] = None, non_vegetation: bool = True):
    """Core retrieval on flat arrays.

    ``refl`` (N, B) reflectance in the model's band order (:func:`model_bands`; INPUT_BANDS for the
    default model), ``angles`` (N, 3) [sun zenith, view zenith, relative azimuth] in degrees. Returns
    (mean (N, 5), std (N, 5), flags (N,) uint8, provider_used). Non-vegetated spectra get 0 and
    FLAG_NON_VEGETATION unless ``non_vegetation`` is False.
    """
    mean, std, flags, used = run_pixelwise(info, {"bands": refl, "angles": angles}, VARIABLES, provider, threads,
                                           valid)
    if non_vegetation:
        nonvegetation.apply(mean, flags, refl, model_bands(info), variant(info.id)[1])
    return mean, std, flags, used


def retrieve(bands: Mapping[str, np.ndarray], tts, tto, psi, model: Optional[ModelInfo] = None,
             provider: str = "auto", threads: Optional[int] = None, level: str = "L2A", band_set: str = "auto",
             non_vegetation: bool = True, clumping=None, prior: str = "wide") -> Dict[str, np.ndarray]:
    """Retrieve LAI, FAPAR, FCOVER, CCC, CWC and their 1σ uncertainties from S2 reflectances.

    ``bands`` maps band names ("B02" … "B12", "B8A") to reflectance arrays in 0–1 (any shape, broadcast
    together); ``tts``, ``tto``, ``psi`` are sun zenith, view zenith and relative azimuth in degrees
    (scalars or arrays broadcastable to the band shape). ``level`` says whether the reflectances are
    surface ("L2A") or top-of-atmosphere ("L1C"); ``band_set`` forces a variant (see
    :func:`choose_model_id`), ``prior`` the training prior ("wide" or "codistributed", see there). Returns a dict
    with the five variables, ``"<VAR>_std"`` for each, ``"QUALITY"`` (uint8 flags, see module doc), ``"provider"``
    and ``"model"`` (id and version).
    ``clumping``: the clumping index Ω (a number or an array broadcast to the bands, 0.3–1; None or 1 = effective
    LAI): LAI, CCC and CWC and their 1σ are divided by Ω (true LAI; :mod:`.clumping`).
    """
    if clumping is not None:
        try:
            clumping = np.asarray(clumping, np.float32)
        except (TypeError, ValueError):
            _clumping.check_omega(clumping)        # raises the error that names the value
        finite = clumping[np.isfinite(clumping)]
        for v in (finite.min(), finite.max()) if finite.size else (tr("without a finite value"),):
            _clumping.check_omega(v)
    for name, value in (("tts", tts), ("tto", tto), ("psi", psi)):
        if value is None:        # np.asarray(None, float32) is NaN: every pixel came back nodata, without a word
            raise BiophysicalInputError(tr("{name} is missing: give the angle in degrees (tts sun zenith, tto view "
                                           "zenith, psi relative azimuth)", name=name))
    if isinstance(level, str):       # the Python API takes "l2a" as "L2A" (the raster runs name it as given)
        if level.upper() not in LEVELS:      # named as given ('auto' was echoed as 'AUTO')
            raise BiophysicalInputError(tr("product level {level} is not one of {levels}: arrays do not say whether "
                                           "they are surface ({l2a}) or top-of-atmosphere ({l1c}) reflectance, so "
                                           "give {name}={l2a} or {l1c}", level=repr(level), levels=", ".join(LEVELS),
                                           l2a="'L2A'", l1c="'L1C'", name="level"))
        level = level.upper()
    if model is None:
        model = load(model_id=choose_model_id(bands.keys(), level, band_set, prior))
    used_bands = model_bands(model)
    arrays = np.broadcast_arrays(*[np.asarray(bands[b], np.float32) for b in used_bands],
                                 np.asarray(tts, np.float32), np.asarray(tto, np.float32),
                                 np.asarray(psi, np.float32))
    shape = arrays[0].shape
    nb = len(used_bands)
    refl = np.stack([a.reshape(-1) for a in arrays[:nb]], axis=1)
    finite = refl[np.isfinite(refl)]
    top = float(np.nanpercentile(finite, 99)) if finite.size else 0.0
    if 2.0 < top <= 500.0:      # percent or 8-bit, not digital numbers: dividing by 10000 made it 100× too dark
        raise BiophysicalInputError(tr(
            "band values look like reflectance in percent (0–100) or 8-bit values (0–255), not 0–1 (99th percentile "
            "{value:.0f}); divide them by 100 or by 255", value=top))
    if top > 500.0:             # Sentinel-2 digital numbers: even water pools above 500 over the visible bands
        raise BiophysicalInputError(tr(
            "band values look like digital numbers, not reflectance 0–1 (99th percentile {value:.0f}); divide by the "
            "quantification value (10000) and apply the {offset} of processing baseline 04.00+",
            value=top, offset="BOA_ADD_OFFSET"))
    angles = np.stack([a.reshape(-1) for a in arrays[nb:]], axis=1)
    zeniths = angles[:, :2][np.isfinite(angles[:, :2])]
    if np.any((zeniths < 0) | (zeniths > 90)):      # a negative zenith was folded by abs() and ran
        column = angles[:, :2]
        name, value = next((n, float(v)) for n, col in (("tts", column[:, 0]), ("tto", column[:, 1]))
                           for v in col[np.isfinite(col) & ((col < 0) | (col > 90))][:1])
        raise BiophysicalInputError(tr("{name} = {value:g}: zenith angles must be in degrees between 0 and 90",
                                       name=name, value=value))
    info = load(model)
    mean, std, flags, used = retrieve_arrays(refl, angles, info, provider, threads, non_vegetation=non_vegetation)
    result: Dict[str, np.ndarray] = {}
    for k, var in enumerate(VARIABLES):
        result[var] = mean[:, k].reshape(shape)
        result[var + "_std"] = std[:, k].reshape(shape)
    if clumping is not None:
        try:
            omega = np.broadcast_to(clumping, shape)
        except ValueError:
            raise BiophysicalInputError(tr("the clumping index has shape {shape}, the bands {bands_shape}; give one "
                                           "number or an array of the bands' shape",
                                           shape=clumping.shape, bands_shape=shape)) from None
        _clumping.apply(result, omega)
    result["QUALITY"] = flags.reshape(shape)
    result["provider"] = used
    result["model"] = f"{info.id} {info.version}"
    return result
