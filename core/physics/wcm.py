# SPDX-License-Identifier: GPL-3.0-or-later
"""Water Cloud Model (WCM) for C-band backscatter (Sentinel-1, 5.405 GHz), numpy only.

Forward model (Attema & Ulaby 1978, Radio Science 13(2):357-364), σ⁰ linear (m²/m²)::

    σ⁰       = σ⁰_veg + τ² · σ⁰_soil
    σ⁰_veg   = A · V^E · cosθ · (1 − τ²)
    τ²       = exp(−2 · B · V / cosθ)              (two-way canopy transmissivity)

V is the vegetation descriptor of the parameter set: LAI (m²/m², the default; PAI for the
SMAPVEX16 soybean fit) or NDVI (Baghdadi et al. 2017 style; no verified NDVI parameters are shipped,
pass your own set with ``descriptor="NDVI"``). V < 0 (e.g. negative NDVI over water) is treated as 0.

Soil backscatter σ⁰_soil(mv, θ), mv the volumetric soil moisture (m³/m³), two models:

* ``"linear_db"`` (Prevot et al. 1993 form, with an incidence-angle term added here)::

      σ⁰_soil[dB] = C + C_theta · (θ − theta_ref) + D · mv

  C in dB, C_theta in dB/degree, D in dB per m³/m³. Closed-form invertible (:func:`invert_mv`).
* ``"oh2004"``: the semi-empirical bare-soil model of Oh (2004), IEEE TGRS 42(3):596-601, with
  k the free-space wavenumber and s the rms height of the surface (ks)::

      σ⁰_VH = 0.11 · mv^0.7 · cos^2.2 θ · (1 − exp(−0.32 · (ks)^1.8))
      q     = σ⁰_VH / σ⁰_VV = 0.095 · (0.13 + sin 1.5θ)^1.4 · (1 − exp(−1.3 · (ks)^0.9))
      p     = σ⁰_HH / σ⁰_VV = 1 − (θ / 90°)^(0.35 · mv^−0.65) · exp(−0.4 · (ks)^1.4)

  Calibrated by Oh on 0.13 ≤ ks ≤ 6.98, 0.04 ≤ mv ≤ 0.291, 10° ≤ θ ≤ 70° (L-, C- and X-band);
  outside (mv up to 0.5 here) it is an extrapolation. mv is floored at :data:`MV_FLOOR` inside the
  power laws. VV and VH are closed-form invertible for a known ks (q does not depend on mv).

Parameter sets are data (:data:`PARAMETER_SETS`, sources and reasons in ``data/README.md``, section
"Water Cloud Model"); the literature table they come from is ``data/wcm/wcm_parameters.csv``.
"""
from __future__ import annotations

import csv
import math
import os
from typing import Dict, List, Mapping, Optional, Union

import numpy as np

from ..i18n import tr

FREQ_S1_GHZ = 5.405
C_LIGHT = 299_792_458.0  # m/s
MV_FLOOR = 1e-4  # m³/m³, floor of mv inside the Oh (2004) power laws (mv^0.7, mv^-0.65)
POLS = ("VV", "VH", "HH")
SOIL_MODELS = ("linear_db", "oh2004")
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "wcm")
PARAMETER_CSV = os.path.join(DATA_DIR, "wcm_parameters.csv")
SMAPVEX16_CSV = os.path.join(DATA_DIR, "s1_soybean_smapvex16_carman_mandal2021.csv")

_SOYBEAN = "Carman MB soybean (SMAPVEX16-MB, 2016), S1 VV/VH at 30°, PAI; WCM fit in data/wcm/wcm_parameters.csv"
_OH = "Oh Y. (2004) IEEE TGRS 42(3):596-601, doi:10.1109/TGRS.2003.821065"

# Vegetation (A, B, E) of the EO Latent default: A = the Sentinel-1 soybean fit (the only S1 VV/VH
# fit available); B = geometric centre of the range used in training, [0.089, B_soybean]: from Prevot
# et al. 1993 (C-band, wheat) to the S1 soybean fit. See simulate_soilmoisture.PRIORS and data/README.md.
_VEG_VV = dict(A=0.0406, B=0.2269, E=1.0)
_VEG_VH = dict(A=0.0105, B=0.1774, E=1.0)
S_REF_CM = 1.118  # geometric centre of the rms-height range used in training, [0.5, 2.5] cm

PARAMETER_SETS: Dict[str, dict] = {
    # the default: vegetation centre values over Oh (2004) soil at the centre roughness
    "eolatent_s1_oh2004": {
        "descriptor": "LAI",
        "source": f"vegetation: A {_SOYBEAN}; B centre of [Prevot 1993 C-band, S1 soybean]; soil: {_OH}, "
                  f"s = {S_REF_CM} cm",
        "VV": dict(_VEG_VV, soil="oh2004", s_cm=S_REF_CM, freq_ghz=FREQ_S1_GHZ),
        "VH": dict(_VEG_VH, soil="oh2004", s_cm=S_REF_CM, freq_ghz=FREQ_S1_GHZ),
    },
    # same vegetation; soil = least-squares linear-in-dB fit of Oh (2004) at s = S_REF_CM over
    # mv 0.05-0.45 and θ 29-46° (reproduced by fit_linear_db_to_oh2004(); checked by the tests)
    "eolatent_s1_lineardb": {
        "descriptor": "LAI",
        "source": "as eolatent_s1_oh2004; soil linearised in dB from Oh (2004) at s = %g cm" % S_REF_CM,
        "VV": dict(_VEG_VV, soil="linear_db", C=-12.2341, D=14.5826, C_theta=-0.2220, theta_ref=35.0),
        "VH": dict(_VEG_VH, soil="linear_db", C=-23.9635, D=14.5826, C_theta=-0.1289, theta_ref=35.0),
    },
    # the fit of data/wcm (least squares in dB on the 40 SMAPVEX16 points): D = 0, no soil-moisture signal
    "smapvex16_soybean_s1": {
        "descriptor": "PAI",
        "source": _SOYBEAN + " (rows thiswork_soybean_S1_VV / _VH)",
        "VV": dict(A=0.0406, B=0.5785, E=1.0, soil="linear_db", C=-7.66, D=0.0, C_theta=0.0, theta_ref=30.0),
        "VH": dict(A=0.0105, B=0.3536, E=1.0, soil="linear_db", C=-17.22, D=0.0, C_theta=0.0, theta_ref=30.0),
    },
    # Prevot, Champion & Guyot (1993) RSE 46(3):331-339, winter wheat, ground scatterometer, HH, as
    # transcribed in the MIT-licensed springer-cropradar code (not checked against the paper)
    "prevot1993_wheat_C_HH": {
        "descriptor": "LAI",
        "source": "Prevot et al. 1993, C band (5.3 GHz), HH, 20°; row prevot1993_wheat_C_HH",
        "HH": dict(A=0.0, B=0.089, E=0.0, soil="linear_db", C=-6.5, D=19.2, C_theta=0.0, theta_ref=20.0),
    },
}
DEFAULT_SET = "eolatent_s1_oh2004"


# ---------------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------------
def to_db(x):
    """10·log10(x); 0 → −inf, negative → NaN (no warnings)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return 10.0 * np.log10(np.asarray(x, np.float64))


def from_db(x):
    """10^(x/10)."""
    return np.power(10.0, np.asarray(x, np.float64) / 10.0)


def wavenumber_per_cm(freq_ghz: float = FREQ_S1_GHZ) -> float:
    """Free-space wavenumber k = 2π/λ in cm⁻¹ (1.1327 cm⁻¹ at 5.405 GHz)."""
    return 2.0 * math.pi * freq_ghz * 1e9 / C_LIGHT / 100.0


# ---------------------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------------------
ParamsLike = Union[str, Mapping]


def get_params(params: ParamsLike, pol: str, **overrides) -> dict:
    """Per-polarisation parameters (a flat dict) from a set name, a set, or a flat dict.

    ``params`` is a key of :data:`PARAMETER_SETS`, a set ({"VV": {...}, "VH": {...}, "descriptor": ...})
    or already one polarisation's dict (keys A, B, E, soil, ...). ``overrides`` replace single values
    (scalars or arrays, e.g. per-sample A or s_cm in a simulation).
    """
    pol = pol.upper()
    if pol == "HV":
        pol = "VH"
    if isinstance(params, str):
        if params not in PARAMETER_SETS:
            raise KeyError(tr("unknown WCM parameter set {name}; known: {names}", name=repr(params),
                              names=", ".join(PARAMETER_SETS)))
        params = PARAMETER_SETS[params]
    if "A" in params:  # flat
        out = dict(params)
    else:
        if pol not in params:
            raise KeyError(tr("parameter set has no {pol} parameters (has {pols})", pol=pol,
                              pols=", ".join(k for k in params if k in POLS)))
        out = dict(params[pol])
        out.setdefault("descriptor", params.get("descriptor", "LAI"))
    out.setdefault("E", 1.0)
    out.setdefault("descriptor", "LAI")
    out.update(overrides)
    if out.get("soil") not in SOIL_MODELS:
        raise ValueError(tr("soil model must be one of {models}, got {model}", models=SOIL_MODELS,
                            model=repr(out.get("soil"))))
    out["pol"] = pol
    return out


def load_parameter_table(path: str = PARAMETER_CSV) -> List[dict]:
    """The literature table ``data/wcm/wcm_parameters.csv`` as a list of row dicts (strings)."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_smapvex16(path: str = SMAPVEX16_CSV) -> Dict[str, np.ndarray]:
    """The 40 real SMAPVEX16 soybean samples as float arrays keyed by column name."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {k: np.array([float(r[k]) for r in rows]) for k in rows[0]}


# ---------------------------------------------------------------------------------------------------
# Model terms
# ---------------------------------------------------------------------------------------------------
def vegetation(veg, theta_deg, A, B, E=1.0):
    """(σ⁰_veg, τ²) of the water cloud; veg < 0 is treated as 0."""
    v = np.maximum(np.asarray(veg, np.float64), 0.0)
    cos_t = np.cos(np.deg2rad(np.asarray(theta_deg, np.float64)))
    tau2 = np.exp(-2.0 * B * v / cos_t)
    return A * np.power(v, E) * cos_t * (1.0 - tau2), tau2


def soil_linear_db(mv, theta_deg, C, D, C_theta=0.0, theta_ref=35.0):
    """Linear σ⁰_soil from σ⁰_soil[dB] = C + C_theta·(θ − theta_ref) + D·mv."""
    return from_db(C + C_theta * (np.asarray(theta_deg, np.float64) - theta_ref) + D * np.asarray(mv, np.float64))


def _oh_terms(theta_deg, ks):
    t = np.deg2rad(np.asarray(theta_deg, np.float64))
    ks = np.asarray(ks, np.float64)
    rough_vh = 1.0 - np.exp(-0.32 * ks ** 1.8)
    q = 0.095 * (0.13 + np.sin(1.5 * t)) ** 1.4 * (1.0 - np.exp(-1.3 * ks ** 0.9))
    return t, ks, rough_vh, q


def soil_oh2004(mv, theta_deg, pol, ks):
    """Oh (2004) bare-soil σ⁰ (linear) for pol VV, VH (= HV) or HH; ks = k · rms height."""
    t, ks, rough_vh, q = _oh_terms(theta_deg, ks)
    m = np.maximum(np.asarray(mv, np.float64), MV_FLOOR)
    vh = 0.11 * m ** 0.7 * np.cos(t) ** 2.2 * rough_vh
    pol = pol.upper()
    if pol in ("VH", "HV"):
        return vh
    vv = vh / q
    if pol == "VV":
        return vv
    if pol == "HH":
        p = 1.0 - (t / (0.5 * math.pi)) ** (0.35 * m ** -0.65) * np.exp(-0.4 * ks ** 1.4)
        return p * vv
    raise ValueError(tr("polarisation must be {vv}, {vh} or {hh}, got {pol}", vv="VV", vh="VH", hh="HH", pol=repr(pol)))


def _ks(p: dict):
    if "ks" in p:
        return np.asarray(p["ks"], np.float64)
    return np.asarray(p["s_cm"], np.float64) * wavenumber_per_cm(p.get("freq_ghz", FREQ_S1_GHZ))


def soil_backscatter(mv, theta_deg, pol: str, params: ParamsLike = DEFAULT_SET, **overrides):
    """σ⁰_soil (linear) of the parameter set's soil model."""
    p = get_params(params, pol, **overrides)
    if p["soil"] == "linear_db":
        return soil_linear_db(mv, theta_deg, p["C"], p["D"], p.get("C_theta", 0.0), p.get("theta_ref", 35.0))
    return soil_oh2004(mv, theta_deg, p["pol"], _ks(p))


def components(mv, veg, theta_deg, pol: str, params: ParamsLike = DEFAULT_SET, **overrides) -> dict:
    """All WCM terms (linear): ``veg`` (σ⁰_veg), ``tau2``, ``soil`` (bare σ⁰_soil), ``total``."""
    p = get_params(params, pol, **overrides)
    s_veg, tau2 = vegetation(veg, theta_deg, p["A"], p["B"], p["E"])
    s_soil = soil_backscatter(mv, theta_deg, pol, p)
    return {"veg": s_veg, "tau2": tau2, "soil": s_soil, "total": s_veg + tau2 * s_soil}


def backscatter(mv, veg, theta_deg, pol: str, params: ParamsLike = DEFAULT_SET, **overrides):
    """Total σ⁰ (linear, m²/m²) of the WCM; inputs broadcast (mv m³/m³, veg descriptor, θ degrees)."""
    return components(mv, veg, theta_deg, pol, params, **overrides)["total"]


# ---------------------------------------------------------------------------------------------------
# Inversion
# ---------------------------------------------------------------------------------------------------
def invert_mv(sigma0, veg, theta_deg, pol: str, params: ParamsLike = DEFAULT_SET, db: bool = False,
              clip: Optional[tuple] = None, **overrides):
    """Closed-form soil moisture from one polarisation's σ⁰ (linear, or dB with ``db=True``).

    σ⁰_soil = (σ⁰ − σ⁰_veg) / τ², then the soil model is inverted:

    * linear_db: mv = (σ⁰_soil[dB] − C − C_theta·(θ − theta_ref)) / D;
    * oh2004 (VV, VH): mv = (σ⁰_VH / (0.11 cos^2.2θ (1 − e^{−0.32 ks^1.8})))^(1/0.7), with
      σ⁰_VH = q·σ⁰_VV for VV.

    Where σ⁰ ≤ σ⁰_veg (no soil signal left) the result is −inf for linear_db (D > 0) and 0 for oh2004;
    ``clip=(lo, hi)`` clips it. NaN input gives NaN.
    """
    p = get_params(params, pol, **overrides)
    s0 = from_db(sigma0) if db else np.asarray(sigma0, np.float64)
    s_veg, tau2 = vegetation(veg, theta_deg, p["A"], p["B"], p["E"])
    soil = (s0 - s_veg) / tau2
    with np.errstate(divide="ignore", invalid="ignore"):
        if p["soil"] == "linear_db":
            if np.any(np.asarray(p["D"]) == 0):
                raise ValueError(tr("{param} = 0: this parameter set carries no soil-moisture signal, it cannot be "
                                    "inverted", param="D"))
            base = p["C"] + p.get("C_theta", 0.0) * (np.asarray(theta_deg, np.float64) - p.get("theta_ref", 35.0))
            mv = np.where(soil > 0, (to_db(np.where(soil > 0, soil, 1.0)) - base) / p["D"], -np.inf)
        else:
            pol_ = p["pol"]
            if pol_ not in ("VV", "VH"):
                raise ValueError(tr("the Oh (2004) soil model is closed-form invertible for {vv} and {vh} only",
                                    vv="VV", vh="VH"))
            t, ks, rough_vh, q = _oh_terms(theta_deg, _ks(p))
            vh = soil * q if pol_ == "VV" else soil
            mv = np.power(np.maximum(vh, 0.0) / (0.11 * np.cos(t) ** 2.2 * rough_vh), 1.0 / 0.7)
    mv = np.where(np.isnan(s0), np.nan, mv)
    if clip is not None:
        mv = np.clip(mv, clip[0], clip[1])
    return mv


def fit_linear_db_to_oh2004(s_cm: float = S_REF_CM, mv_range=(0.05, 0.45), theta_range=(29.0, 46.0),
                            theta_ref: float = 35.0, freq_ghz: float = FREQ_S1_GHZ) -> dict:
    """Least-squares linear-in-dB soil model (C, C_theta, D per pol) fitted to Oh (2004) on a regular grid.

    VV and VH get the same D: in Oh (2004) q = σ⁰_VH/σ⁰_VV does not depend on mv. ``rmse_db`` is the
    fit residual (about 0.5 dB at the reference roughness: mv^0.7 is concave in dB).
    """
    mv, th = np.meshgrid(np.linspace(*mv_range, 41), np.linspace(*theta_range, 35), indexing="ij")
    mv, th = mv.ravel(), th.ravel()
    ks = s_cm * wavenumber_per_cm(freq_ghz)
    out = {}
    for pol in ("VV", "VH"):
        y = to_db(soil_oh2004(mv, th, pol, ks))
        X = np.stack([np.ones_like(mv), th - theta_ref, mv], axis=1)
        coef, *_ = np.linalg.lstsq(X, y, rcond=None)
        rmse = float(np.sqrt(np.mean((X @ coef - y) ** 2)))
        out[pol] = {"C": float(coef[0]), "C_theta": float(coef[1]), "D": float(coef[2]), "theta_ref": theta_ref,
                    "rmse_db": rmse}
    return out
