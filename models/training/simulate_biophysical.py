# SPDX-License-Identifier: GPL-3.0-or-later
"""Simulated training data for the biophysical retrieval network (PROSAIL → Sentinel-2).

The parameter sampler follows the *idea* of the S2 Toolbox Level-2B ATBD (M. Weiss & F. Baret,
"S2ToolBox Level 2 products: LAI, FAPAR, FCOVER", INRA, v1.1, 2016 — the design behind SNAP's
biophysical processor, "SL2P"):

* each canopy/leaf/soil variable follows a truncated Gaussian (or a uniform) law given by
  [min, max, mode, std];
* the *co-distribution* with LAI: leaf and soil variables converge to "typical" values when the
  canopy closes, because the signal of a dense canopy cannot carry information on them and unrealistic
  combinations (e.g. a very dense canopy of very pale leaves) would only add ambiguity.  For a
  variable V with bounds [min0, max0] at LAI = 0 and [minL, maxL] at LAI = LAI_MAX, the bounds at a
  given LAI are interpolated linearly:

      min(LAI) = min0 + LAI · (minL − min0) / LAI_MAX,   max(LAI) = max0 + LAI · (maxL − max0) / LAI_MAX

  and V is drawn from the LAI = 0 law (same mode and std) truncated to [min(LAI), max(LAI)]
  (exact rejection sampling).
* leaf water is drawn as the relative water content Cw_rel = Cw / (Cw + Cm) and converted, so Cw and
  Cm stay physically consistent.

Most numbers in :data:`DISTRIBUTIONS` are the ATBD's (marked "ATBD"; values as transcribed in the
R package ``prosail`` of J.-B. Féret & F. de Boissieu, ``get_atbd_lut_input``); the others are ours.
Departures, on purpose:

* LAI is truncated to [0, 8] instead of [0, 15]: the plugin's valid range for LAI is [0, 8], and the
  Sentinel-2 signal is essentially saturated well before 8.  The co-distribution therefore reaches its
  "dense canopy" ranges at LAI 8 (ATBD: at LAI 15).
* Soil: PROSAIL's soil model (``rsoil`` brightness × (``psoil``·dry + (1 − ``psoil``)·wet)) is used
  instead of the ATBD's soil database; brightness is kept within [0.5, 1.5] (ATBD: 0.5–3.5 on its own
  soils) so the dry PROSAIL soil (0.23–0.51 reflectance) stays below ~0.76; moisture ``psoil`` follows
  the ATBD law.
* Carotenoids are tied to chlorophyll (Car = Cab × ratio around 0.25, the ATBD's fixed ratio),
  anthocyanins are small (PROSPECT-D; the ATBD used PROSPECT-5 without them).
* Geometry: sun zenith U(0°, 70°), view zenith U(0°, 12°) (Sentinel-2 MSI swath is ±10.3° off nadir,
  a little more on the Earth's curvature), relative azimuth U(0°, 180°); S2A and S2B spectral response
  functions mixed half and half.

Band noise (:data:`NOISE`) is applied to the simulated reflectances, additive and multiplicative,
each with a band-correlated and a band-independent part::

    R* = R · (1 + MD(λ) + MI) + AD(λ) + AI

with the naming of the ATBD / SL2P code (D: wavelength-dependent, one Gaussian draw per band and
sample; I: wavelength-independent, one draw per sample common to all bands).  Values (1σ) are in
:data:`NOISE`.  Their split follows where Sentinel-2 L2A errors come from: the band-independent part is
the MSI radiometric noise and per-band calibration scatter (≈ 1 %, SNR 100–170 at reference radiance,
plus 0.002 additive; twice that in the coastal/blue and atmospheric bands), while the larger errors —
absolute calibration (≈ 3 %) and the residual of the atmospheric correction (≈ 0.004) — are common to
all bands of a pixel.  Together they are of the order of the L2A accuracy requirement (0.005 + 5 %).
:data:`NOISE_STRESS`, the first, harsher design with mostly band-independent noise (2–3 % + 0.004–0.010
per band), is not used for training; the training script reports the model under it as a robustness
figure.  Both are smaller than the ATBD's noise as transcribed in the R package ``prosail``
(``apply_noise_atbd``: additive 0.01 and multiplicative 2 % per band, more in B02 and B03).
"""
from __future__ import annotations

from typing import Dict, Optional

import numpy as np

S2_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
INPUT_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")  # network input
ANGLES = ("sun_zenith", "view_zenith", "relative_azimuth")
VARIABLES = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC")
UNITS = {"LAI": "m2/m2", "FAPAR": "1", "FCOVER": "1", "CCC": "g/m2", "CWC": "kg/m2"}

LAI_MAX = 8.0

# ---------------------------------------------------------------------------------------------------
# Parameter distributions (idea: Weiss & Baret, S2 Toolbox L2B ATBD, Table of PROSAIL input
# distributions and LAI co-distribution; the "ATBD" values below are those of that table as transcribed
# in the GPL-3 R package ``prosail`` by J.-B. Féret & F. de Boissieu, function get_atbd_lut_input).  "at_lai_max": [min, max] the range converges to at
# LAI = LAI_MAX (omitted = no convergence).  Units: those of the PROSAIL API (cab µg/cm², cm and cw
# g/cm², lidfa = mean leaf angle in degrees, angles in degrees).
# ---------------------------------------------------------------------------------------------------
DISTRIBUTIONS: Dict[str, dict] = {
    # canopy
    "lai": dict(law="gauss", min=0.0, max=LAI_MAX, mode=2.0, std=3.0),                          # ATBD, max 15 → 8
    "lidfa": dict(law="gauss", min=30.0, max=80.0, mode=60.0, std=30.0, at_lai_max=(55.0, 65.0)),  # ATBD (ALA)
    "hspot": dict(law="gauss", min=0.1, max=0.5, mode=0.2, std=0.5),                            # ATBD
    # leaf (PROSPECT-D)
    "n": dict(law="gauss", min=1.2, max=1.8, mode=1.5, std=0.3, at_lai_max=(1.3, 1.8)),         # ATBD
    "cab": dict(law="gauss", min=20.0, max=90.0, mode=45.0, std=30.0, at_lai_max=(45.0, 90.0)),  # ATBD
    "car_ratio": dict(law="gauss", min=0.15, max=0.35, mode=0.25, std=0.05),  # Car/Cab; ATBD fixes 0.25
    "ant": dict(law="gauss", min=0.0, max=2.0, mode=0.0, std=1.0),            # ours (ATBD: PROSPECT-5, none)
    "cm": dict(law="gauss", min=0.003, max=0.011, mode=0.005, std=0.005, at_lai_max=(0.005, 0.011)),  # ATBD
    "cw_rel": dict(law="gauss", min=0.60, max=0.85, mode=0.75, std=0.08, at_lai_max=(0.70, 0.80)),    # ATBD
    "cbrown": dict(law="gauss", min=0.0, max=2.0, mode=0.0, std=0.3, at_lai_max=(0.0, 0.2)),          # ATBD
    # soil (PROSAIL dry/wet mixture): rsoil = brightness, psoil = 1 dry ... 0 wet
    "rsoil": dict(law="gauss", min=0.5, max=1.5, mode=1.0, std=0.4, at_lai_max=(0.5, 1.2)),  # ATBD Bs idea, ours
    "psoil": dict(law="gauss", min=0.0, max=1.0, mode=0.5, std=0.6, at_lai_max=(0.0, 0.4)),  # ATBD
    # geometry (degrees)
    "tts": dict(law="uniform", min=0.0, max=70.0),
    "tto": dict(law="uniform", min=0.0, max=12.0),
    "psi": dict(law="uniform", min=0.0, max=180.0),
}
PLATFORMS = ("S2A", "S2B")  # mixed 50/50

# Band noise, 1σ.  AD, MD: per band in S2_BANDS order (independent draw per band); AI, MI: one draw per
# sample shared by all bands.  Reflectance units for the additive terms, fractions for the multiplicative
# ones.  Blue/coastal/water-vapour/cirrus bands carry more (atmospheric correction).
NOISE = {
    "AD": np.array([0.005, 0.004, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.005, 0.005, 0.002, 0.002]),
    "AI": 0.004,
    "MD": np.array([0.02, 0.015, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.02, 0.01, 0.01]),
    "MI": 0.03,
}
# The harsher, band-independent noise of the first design (kept to report robustness in the card).
NOISE_STRESS = {
    "AD": np.array([0.010, 0.008, 0.005, 0.005, 0.004, 0.004, 0.004, 0.004, 0.004, 0.010, 0.010, 0.004, 0.004]),
    "AI": 0.003,
    "MD": np.array([0.03, 0.03, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.03, 0.03, 0.02, 0.02]),
    "MI": 0.02,
}

CHUNK = 4096  # samples per PROSAIL call (memory: PROSAIL works on 2101 wavelengths per sample)


# ---------------------------------------------------------------------------------------------------
def _draw(rng: np.random.Generator, spec: dict, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Draw one value per (lo, hi) pair from ``spec``'s law truncated to [lo, hi] (exact rejection)."""
    n = lo.shape[0]
    if spec["law"] == "uniform":
        return lo + (hi - lo) * rng.random(n)
    out = np.empty(n)
    todo = np.arange(n)
    while todo.size:
        x = rng.normal(spec["mode"], spec["std"], todo.size)
        ok = (x >= lo[todo]) & (x <= hi[todo])
        out[todo[ok]] = x[ok]
        todo = todo[~ok]
    return out


def bounds(name: str, lai: np.ndarray):
    """[min, max] of variable ``name`` at each LAI (the LAI co-distribution)."""
    spec = DISTRIBUTIONS[name]
    lo0, hi0 = spec["min"], spec["max"]
    loL, hiL = spec.get("at_lai_max", (lo0, hi0))
    f = np.clip(lai / LAI_MAX, 0.0, 1.0)
    return lo0 + f * (loL - lo0), hi0 + f * (hiL - hi0)


def sample_parameters(n: int, rng: np.random.Generator) -> Dict[str, np.ndarray]:
    """Draw ``n`` PROSAIL parameter sets (dict of arrays, the ``prosail.simulate`` keys + extras)."""
    full = lambda name: (np.full(n, DISTRIBUTIONS[name]["min"]), np.full(n, DISTRIBUTIONS[name]["max"]))
    return sample_given_lai(_draw(rng, DISTRIBUTIONS["lai"], *full("lai")), rng)


def sample_given_lai(lai: np.ndarray, rng: np.random.Generator) -> Dict[str, np.ndarray]:
    """Every other PROSAIL parameter drawn from its ATBD law given ``lai`` (:func:`bounds`, the co-distribution)."""
    p = {"lai": lai}
    for name in ("lidfa", "hspot", "n", "cab", "car_ratio", "ant", "cm", "cw_rel", "cbrown",
                 "rsoil", "psoil", "tts", "tto", "psi"):
        p[name] = _draw(rng, DISTRIBUTIONS[name], *bounds(name, lai))
    p["car"] = p["cab"] * p["car_ratio"]
    p["cw"] = p["cm"] * p["cw_rel"] / (1.0 - p["cw_rel"])
    return p


def add_noise(refl: np.ndarray, rng: np.random.Generator, band_idx=None, model: Optional[dict] = None) -> np.ndarray:
    """Apply a noise model (default :data:`NOISE`) to reflectances [N, B] (B = 13, or ``band_idx``)."""
    model = NOISE if model is None else model
    ad, md = model["AD"], model["MD"]
    if band_idx is not None:
        ad, md = ad[band_idx], md[band_idx]
    n, b = refl.shape
    mi = rng.normal(0.0, model["MI"], (n, 1))
    ai = rng.normal(0.0, model["AI"], (n, 1))
    return refl * (1.0 + mi + rng.normal(0.0, 1.0, (n, b)) * md) + ai + rng.normal(0.0, 1.0, (n, b)) * ad


def targets(params: Dict[str, np.ndarray], fapar: np.ndarray, fcover: np.ndarray) -> np.ndarray:
    """[N, 5] LAI (m²/m²), FAPAR, FCOVER, CCC (g/m² = LAI·Cab[µg/cm²]·0.01), CWC (kg/m² = LAI·Cw[g/cm²]·10)."""
    lai = params["lai"]
    return np.stack([lai, fapar, fcover, lai * params["cab"] * 0.01, lai * params["cw"] * 10.0], axis=1)


def simulate_dataset(n: int, seed, noise: bool = True, simulate=None, progress: Optional[callable] = None,
                     sampler: Optional[callable] = None) -> dict:
    """Sample, run PROSAIL (S2A/S2B mixed) and add noise.

    Returns a dict: ``bands`` [N, 10] (noisy if ``noise``) and ``bands_clean`` [N, 10] reflectances of
    :data:`INPUT_BANDS`, ``angles`` [N, 3] (sun zenith, view zenith, relative azimuth, degrees),
    ``targets`` [N, 5] (:data:`VARIABLES`), ``params`` (dict of arrays), ``platform`` [N] (0 = S2A,
    1 = S2B).  ``seed`` seeds one numpy Generator for everything (int or SeedSequence).
    ``simulate`` defaults to ``eolatent.core.physics.prosail.simulate``; ``sampler(n, rng)`` draws the
    parameters (default :func:`sample_parameters`, the ATBD design; see biophysical_priors.py).
    """
    if simulate is None:
        from eolatent.core.physics import prosail
        simulate = prosail.simulate
    rng = np.random.default_rng(seed)
    p = (sampler or sample_parameters)(n, rng)
    platform = (rng.random(n) < 0.5).astype(np.int8)
    keys = ("n", "cab", "car", "cbrown", "cw", "cm", "lai", "lidfa", "hspot", "tts", "tto", "psi", "ant",
            "rsoil", "psoil")
    bands = np.empty((n, len(S2_BANDS)))
    fapar = np.empty(n)
    fcover = np.empty(n)
    for k, name in enumerate(PLATFORMS):
        idx = np.flatnonzero(platform == k)
        for start in range(0, idx.size, CHUNK):
            sel = idx[start:start + CHUNK]
            out = simulate({key: p[key][sel] for key in keys}, platform=name)
            bands[sel] = out["bands"]
            fapar[sel] = out["fapar"]
            fcover[sel] = out["fcover"]
            if progress is not None:
                progress(min(start + CHUNK, idx.size) + (0 if k == 0 else int((platform == 0).sum())), n)
    band_idx = [S2_BANDS.index(b) for b in INPUT_BANDS]
    clean = bands[:, band_idx]
    noisy = add_noise(clean, rng, band_idx) if noise else clean.copy()
    return {
        "bands": noisy,
        "bands_clean": clean,
        "band_idx": band_idx,
        "angles": np.stack([p["tts"], p["tto"], p["psi"]], axis=1),
        "targets": targets(p, fapar, fcover),
        "params": p,
        "platform": platform,
    }


def target_support() -> Dict[str, list]:
    """Upper/lower bounds of each target over the support of :data:`DISTRIBUTIONS` (used as valid_range)."""
    lai = np.linspace(0.0, LAI_MAX, 8001)
    cab_hi = bounds("cab", lai)[1]
    cm_hi = bounds("cm", lai)[1]
    rel_hi = bounds("cw_rel", lai)[1]
    ccc_max = float(np.max(lai * cab_hi * 0.01))
    cwc_max = float(np.max(lai * cm_hi * rel_hi / (1.0 - rel_hi) * 10.0))
    return {"LAI": [0.0, LAI_MAX], "FAPAR": [0.0, 1.0], "FCOVER": [0.0, 1.0],
            "CCC": [0.0, round(ccc_max, 2)], "CWC": [0.0, round(cwc_max, 2)]}


def summary() -> dict:
    """JSON-serialisable description of the distributions and of the noise model (for the card)."""
    dist = {}
    for k, v in DISTRIBUTIONS.items():
        dist[k] = {kk: (list(vv) if isinstance(vv, tuple) else vv) for kk, vv in v.items()}
    return {
        "distributions": dist,
        "lai_codistribution": "bounds of lidfa, n, cab, cm, cw_rel, cbrown, rsoil, psoil converge linearly with LAI "
                              "from [min, max] at LAI 0 to at_lai_max at LAI %g (S2 Toolbox ATBD idea)" % LAI_MAX,
        "derived": "car = cab * car_ratio; cw = cm * cw_rel / (1 - cw_rel)",
        "platforms": "S2A and S2B spectral responses, 50/50",
        "noise": {
            "model": "R* = R * (1 + MD[band] + MI) + AD[band] + AI, Gaussian 1-sigma; AD, MD drawn per band, "
                     "AI, MI one draw per sample shared by all bands",
            "bands": list(S2_BANDS),
            "AD": NOISE["AD"].tolist(), "AI": NOISE["AI"], "MD": NOISE["MD"].tolist(), "MI": NOISE["MI"],
        },
    }
