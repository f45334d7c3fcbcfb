# SPDX-License-Identifier: GPL-3.0-or-later
"""Simulated training data for the Sentinel-1 soil-moisture retrieval (Water Cloud Model, C band).

Forward model: :mod:`eolatent.core.physics.wcm` — WCM vegetation (A, B, E = 1, descriptor LAI) over
the Oh (2004) bare-soil model (VV and VH from mv, incidence and the rms height s). Every sample draws
its own soil and vegetation parameters (the network never sees them), so the retrieval learns the
ambiguity they create and reports it as σ.

Priors (:data:`PRIORS`, "logu" = log-uniform):

* mv U(0.02, 0.50) m³/m³ (the brief's range; Oh 2004 was calibrated up to 0.29, above is extrapolation);
  LAI U(0, 7) m²/m²; incidence U(29°, 46°) (Sentinel-1 IW swath).
* s (rms height) logU(0.5, 2.5) cm → ks 0.57–2.83 at 5.405 GHz, inside Oh's 0.13–6.98. Ours: smooth
  to ploughed agricultural surfaces, weighted towards smooth (crop fields are smoothed by rain).
* B (attenuation per unit LAI): logU(0.089, 0.5785) for VV, logU(0.089, 0.3536) for VH. The lower
  bound is Prevot et al. (1993, C band HH, wheat), the upper bounds the WCM fit on the Sentinel-1
  SMAPVEX16 soybean samples (data/wcm). Those two are the only C-band LAI-descriptor sets at hand; the
  soybean fit compensates its D = 0 with a large B, so it is taken as the strong-attenuation end.
* A (vegetation backscatter per unit LAI): logU(0.0406/1.6, 0.0406·1.6) for VV and
  logU(0.0105/1.6, 0.0105·1.6) for VH around the soybean S1 fit (ours: ×/÷ 1.6).
* One uniform quantile per sample is shared by the two polarisations for A and for B (a crop that
  attenuates VV strongly also attenuates VH), with an independent N(0, 0.15) jitter on each
  polarisation's quantile (clipped to [0, 1]).

Noise (:data:`NOISE`):

* speckle: multiplicative Gamma(L, 1/L) per channel with L = 30 equivalent looks (≈ 0.8 dB 1σ in dB:
  about a 5 × 5 average of 10 m S1 IW GRD-HD pixels, ENL ≈ 4.4 each on a ~20 m resolution cell, or a
  field average); single raw pixels are noisier (≈ 2 dB) and would get too small a σ;
* calibration / model error: a dB offset N(0, 0.4 dB) common to VV and VH (S1 absolute calibration
  is specified within 1 dB, 3σ) plus N(0, 0.5 dB) per channel for the structural error of the
  semi-empirical forward model;
* LAI input: N(0, 0.2 + 0.1·LAI) m²/m², clipped at 0 (the order of the S2 biophysical retrieval error
  by LAI class, models/biophysical_s2.metrics.json).
"""
from __future__ import annotations

from typing import Dict

import numpy as np

from eolatent.core.physics import wcm

FEATURES = ("VV_dB", "VH_dB", "incidence_deg", "LAI")
FEATURE_UNITS = ("dB", "dB", "degree", "m2/m2")
TARGET = "SM"
MV_RANGE = (0.02, 0.50)
LAI_RANGE = (0.0, 7.0)
THETA_RANGE = (29.0, 46.0)

PRIORS: Dict[str, dict] = {
    "mv": dict(law="uniform", min=MV_RANGE[0], max=MV_RANGE[1], units="m3/m3"),
    "lai": dict(law="uniform", min=LAI_RANGE[0], max=LAI_RANGE[1], units="m2/m2"),
    "theta": dict(law="uniform", min=THETA_RANGE[0], max=THETA_RANGE[1], units="degree"),
    "s_cm": dict(law="logu", min=0.5, max=2.5, units="cm", source="ours (agricultural surfaces)"),
    "B_VV": dict(law="logu", min=0.089, max=0.5785, units="1/LAI",
                 source="Prevot et al. 1993 (C-HH wheat) to S1 SMAPVEX16 soybean fit"),
    "B_VH": dict(law="logu", min=0.089, max=0.3536, units="1/LAI",
                 source="Prevot et al. 1993 (C-HH wheat) to S1 SMAPVEX16 soybean fit"),
    "A_VV": dict(law="logu", min=0.0406 / 1.6, max=0.0406 * 1.6, units="m2/m2 per LAI",
                 source="S1 SMAPVEX16 soybean fit x/÷ 1.6"),
    "A_VH": dict(law="logu", min=0.0105 / 1.6, max=0.0105 * 1.6, units="m2/m2 per LAI",
                 source="S1 SMAPVEX16 soybean fit x/÷ 1.6"),
}
QUANTILE_JITTER = 0.15  # 1σ of the per-polarisation jitter on the shared A / B quantile
NOISE = {"enl": 30.0, "calibration_db": 0.4, "model_error_db": 0.5, "lai_abs": 0.2, "lai_rel": 0.1}


def _from_quantile(spec: dict, u: np.ndarray) -> np.ndarray:
    if spec["law"] == "logu":
        lo, hi = np.log(spec["min"]), np.log(spec["max"])
        return np.exp(lo + u * (hi - lo))
    return spec["min"] + u * (spec["max"] - spec["min"])


def sample_parameters(n: int, rng: np.random.Generator) -> Dict[str, np.ndarray]:
    """Draw ``n`` (mv, LAI, θ, s, A, B per polarisation) sets."""
    p = {k: _from_quantile(PRIORS[k], rng.random(n)) for k in ("mv", "lai", "theta", "s_cm")}
    for name in ("A", "B"):
        u = rng.random(n)
        for pol in ("VV", "VH"):
            uj = np.clip(u + rng.normal(0.0, QUANTILE_JITTER, n), 0.0, 1.0)
            p[f"{name}_{pol}"] = _from_quantile(PRIORS[f"{name}_{pol}"], uj)
    return p


def forward(p: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """Noise-free σ⁰ (linear) for VV and VH."""
    out = {}
    for pol in ("VV", "VH"):
        out[pol] = wcm.backscatter(p["mv"], p["lai"], p["theta"], pol, wcm.DEFAULT_SET,
                                   A=p[f"A_{pol}"], B=p[f"B_{pol}"], E=1.0, s_cm=p["s_cm"])
    return out


def add_noise(vv_lin: np.ndarray, vh_lin: np.ndarray, lai: np.ndarray, rng: np.random.Generator):
    """Speckle, calibration and model error on σ⁰; error on LAI. Returns (VV dB, VH dB, LAI observed)."""
    n = vv_lin.shape[0]
    L = NOISE["enl"]
    common = rng.normal(0.0, NOISE["calibration_db"], n)
    noisy = []
    for s0 in (vv_lin, vh_lin):
        speckle = rng.gamma(L, 1.0 / L, n)
        noisy.append(wcm.to_db(s0 * speckle) + common + rng.normal(0.0, NOISE["model_error_db"], n))
    lai_obs = np.maximum(lai + rng.normal(0.0, 1.0, n) * (NOISE["lai_abs"] + NOISE["lai_rel"] * lai), 0.0)
    return noisy[0], noisy[1], lai_obs


def simulate_dataset(n: int, seed, noise: bool = True) -> dict:
    """``features`` [N, 4] (:data:`FEATURES`), ``mv`` [N] (m³/m³), ``clean`` {VV, VH} linear, ``params``."""
    rng = np.random.default_rng(seed)
    p = sample_parameters(n, rng)
    clean = forward(p)
    if noise:
        vv, vh, lai = add_noise(clean["VV"], clean["VH"], p["lai"], rng)
    else:
        vv, vh, lai = wcm.to_db(clean["VV"]), wcm.to_db(clean["VH"]), p["lai"].copy()
    feats = np.stack([vv, vh, p["theta"], lai], axis=1)
    return {"features": feats, "mv": p["mv"].copy(), "clean": clean, "params": p}


def load_smapvex16() -> dict:
    """The 40 real SMAPVEX16 soybean samples as ``features`` [40, 4] (PAI as LAI) and ``mv``."""
    d = wcm.load_smapvex16()
    feats = np.stack([d["VV_dB"], d["VH_dB"], d["INC_deg"], d["PAI"]], axis=1)
    return {"features": feats, "mv": d["SM_m3m3"]}


def summary() -> dict:
    """JSON-serialisable description of the simulation (for the model card)."""
    return {
        "forward_model": "Water Cloud Model (Attema & Ulaby 1978), V = LAI, E = 1, over the Oh (2004) bare-soil "
                         "model; eolatent.core.physics.wcm",
        "frequency_GHz": wcm.FREQ_S1_GHZ,
        "priors": {k: dict(v) for k, v in PRIORS.items()},
        "prior_correlation": "A and B: one uniform quantile per sample shared by VV and VH, plus N(0, %g) jitter per "
                             "polarisation, clipped to [0, 1]" % QUANTILE_JITTER,
        "noise": {
            "speckle": "multiplicative Gamma(L, 1/L) per channel, L = %g equivalent looks" % NOISE["enl"],
            "calibration_db": "N(0, %g dB) offset common to VV and VH" % NOISE["calibration_db"],
            "model_error_db": "N(0, %g dB) per channel" % NOISE["model_error_db"],
            "lai": "N(0, %g + %g*LAI) m2/m2, clipped at 0" % (NOISE["lai_abs"], NOISE["lai_rel"]),
        },
    }
