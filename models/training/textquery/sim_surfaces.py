# SPDX-License-Identifier: GPL-3.0-or-later
"""Surface reflectance of the simulated text-query classes (used by simulate.py): dates and validity of a series,
and the recipe of each class (canopies and soils, open woodland, water, built-up, snow), before the observation
model of sim_observation.py.

One *series* = one pixel observed on 1–5 dates (:data:`MAX_DATES`) at random days of year, some dates invalid
(cloud, p = :data:`P_INVALID`, at least one valid). Reflectance of the 10 bands B02 … B12 per date, from:

* **Canopies and soils** (bare soil, sparse vegetation, grassland/meadow, forest, dense crops, cultivated land) —
  PROSAIL (PROSPECT-D + 4SAIL, S2A responses) through the frozen MLP emulator of
  ``models/training/pivotal/emulator.py`` (held-out RMSE ≈ 0.003–0.005 reflectance, in the card), driven by a
  double-logistic LAI phenology per series (``pivotal.synth.lai_curve``), leaf/soil parameters per series, soil
  moisture per date, sun zenith from the day of year (``emulator.sun_zenith_doy``, 46° N, 10:30 solar time ± 3°).
  Recipes per class in :data:`CANOPY` (LAI base / amplitude / start and length of season). Meadows get 1–3 mowing
  events (LAI drops by 50–80 % and recovers with a 25-day e-folding time). Forest gets a per-series crown-shading
  factor 0.6–0.95 on all bands: the turbid-medium SAIL canopy has no crown shadows, and real forest is darker
  (Slovenia sample: forest NIR TOA ≈ 0.26 against ≈ 0.32 for grassland). Dense crops are observed only between
  20 days after the start and 15 days before the end of their season; cultivated land over the whole year
  (including the bare-soil dates).
* **Open woodland** — a forest series and a meadow series on the same dates mixed linearly (tree cover 20–80 %,
  the linear mixture of sub-pixel covers).
* **Water** (clear, turbid) — semi-analytic water-leaving reflectance: u = bb / (a + bb), rrs = 0.089 u + 0.125 u²
  (Gordon et al. 1988, coefficients of Lee et al. 2002), Rrs = 0.52 rrs / (1 − 1.7 rrs) (Lee et al. 2002),
  ρ = π Rrs; a = pure water (Pope & Fry 1997 up to 705 nm; Kou et al. 1993 beyond; SWIR from the imaginary
  refractive index of Hale & Querry 1973, i.e. no water-leaving signal) + CDOM (a_g(440) e^(−0.0145 (λ − 440)))
  + phytoplankton (Chl-specific values of the Bricaud et al. 1995 shape, Chl^0.65) + non-algal particles
  (0.04 SPM e^(−0.011 (λ − 440))); bb = pure water (Morel 1974, half of b_w = 0.00288 (λ/500)^−4.32)
  + particles (0.015 SPM (555/λ)^η, η 0–1.2). Clear: SPM 0.1–3 g/m³, Chl 0.3–10 mg/m³, a_g(440) 0.01–0.3 m⁻¹;
  turbid: SPM 10–150 g/m³, Chl 1–40, a_g(440) 0.1–1. Plus a spectrally flat sun/sky glint 0–0.015.
* **Built-up** — linear mixture, fractions per series (Dirichlet), of five urban material spectra
  (:data:`URBAN`: light concrete, aged asphalt, red clay tiles, dark bitumen/slate roofs, galvanised metal; values
  approximate, read from published urban spectral libraries: Herold et al. 2004 (Santa Barbara), the ECOSTRESS
  library) each scaled × 0.8–1.2, a shadow fraction (× 0.3), and 0–45 % vegetation (grass phenology, emulator)
  + 0–15 % bare soil.
* **Snow** — linear mixture of fine-grained fresh and coarse old snow spectra (:data:`SNOW`, values after Wiscombe
  & Warren 1980 / Warren 1982: visible 0.85–0.97, falling in the NIR with grain size, 0.01–0.1 in B11/B12) with a
  visible darkening by impurities 0–15 %, snow cover fraction 0.5–1 over a soil or leafless-canopy background
  (emulator). Dates in winter only (day of year −30 … 80).
"""
from __future__ import annotations

import math

import numpy as np
import torch

from eolatent.models.training.pivotal import emulator as emul

BANDS = emul.INPUT_BANDS
WAVELENGTH_UM = np.array([0.492, 0.560, 0.665, 0.704, 0.740, 0.783, 0.833, 0.865, 1.614, 2.202])
MAX_DATES = 5
P_INVALID = 0.25

# phenology recipes (uniform ranges): LAI = base + amp · (rise − fall), double logistic (pivotal.synth.lai_curve)
CANOPY = {
    "bare soil": dict(base=(0.0, 0.15), amp=(0.0, 0.0), sos=(100, 200), length=(60, 100), cab=(20, 40),
                      psoil=(0.0, 1.0)),
    "sparse vegetation": dict(base=(0.2, 0.8), amp=(0.0, 0.6), sos=(80, 140), length=(60, 150), cab=(20, 45),
                              psoil=(0.4, 1.0)),
    "grassland": dict(base=(0.5, 1.8), amp=(0.8, 3.0), sos=(70, 110), length=(150, 210), cab=(30, 65),
                      psoil=(0.0, 0.7)),
    "forest": dict(base=(0.8, 2.0), amp=(2.5, 4.5), sos=(95, 135), length=(150, 190), cab=(35, 70),
                   psoil=(0.0, 0.5)),
    "dense crops": dict(base=(0.05, 0.4), amp=(3.5, 6.5), sos=(70, 190), length=(80, 130), cab=(40, 75),
                        psoil=(0.0, 0.6)),
    "cultivated land": dict(base=(0.05, 0.5), amp=(1.5, 6.5), sos=(70, 190), length=(60, 130), cab=(25, 75),
                            psoil=(0.0, 1.0)),
}
EVERGREEN_FRACTION = 0.4  # of forest series: base LAI 3–5, amplitude 0–1

# urban materials, reflectance at B02 B03 B04 B05 B06 B07 B08 B8A B11 B12 (approximate library values)
URBAN = np.array([
    [0.20, 0.23, 0.25, 0.26, 0.27, 0.28, 0.29, 0.30, 0.33, 0.30],  # light concrete
    [0.07, 0.08, 0.09, 0.10, 0.10, 0.11, 0.11, 0.12, 0.15, 0.14],  # aged asphalt
    [0.07, 0.09, 0.20, 0.26, 0.29, 0.31, 0.33, 0.35, 0.42, 0.38],  # red clay roof tiles
    [0.05, 0.05, 0.05, 0.05, 0.05, 0.06, 0.06, 0.06, 0.07, 0.07],  # dark bitumen / slate roofs
    [0.30, 0.30, 0.29, 0.29, 0.28, 0.28, 0.27, 0.27, 0.24, 0.22],  # galvanised metal roofs
])
SNOW = np.array([
    [0.97, 0.96, 0.94, 0.92, 0.90, 0.87, 0.82, 0.79, 0.08, 0.06],  # fresh fine-grained snow
    [0.85, 0.84, 0.82, 0.79, 0.75, 0.70, 0.62, 0.58, 0.02, 0.01],  # old coarse-grained snow
])
# water: inherent optical properties at the band centres
A_WATER = np.array([0.016, 0.062, 0.43, 0.70, 2.7, 2.45, 3.3, 4.6, 670.0, 6300.0])  # m^-1
A_PH_STAR = np.array([0.030, 0.010, 0.016, 0.004, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])    # m^2/mg at Chl = 1
WATER = {"clear water": dict(spm=(0.1, 3.0), chl=(0.3, 10.0), ag=(0.01, 0.3)),
         "turbid water": dict(spm=(10.0, 150.0), chl=(1.0, 40.0), ag=(0.1, 1.0))}


def _u(rng, lo, hi, n=None):
    return rng.uniform(lo, hi, n)


def _logu(rng, lo, hi, n=None):
    return np.exp(rng.uniform(math.log(lo), math.log(hi), n))



# ---------------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------------
def _dates(rng, n):
    """Number of dates 1..MAX_DATES, DOYs [n, MAX_DATES] (sorted within the span; wrap over the year)."""
    nd = rng.integers(1, MAX_DATES + 1, n)
    start = _u(rng, 1, 366, n)
    span = _u(rng, 10, 365, n)
    off = np.sort(rng.random((n, MAX_DATES)), 1) * span[:, None]
    doy = (start[:, None] + off - 1.0) % 365.0 + 1.0
    return nd, doy


def _validity(rng, nd):
    n = nd.shape[0]
    present = np.arange(MAX_DATES)[None] < nd[:, None]
    ok = present & (rng.random((n, MAX_DATES)) > P_INVALID)
    none = ~ok.any(1)
    first = rng.integers(0, nd)  # force one valid date where all were cloudy
    ok[np.flatnonzero(none), first[none]] = True
    return ok, present


# ---------------------------------------------------------------------------------------------------
# surfaces
# ---------------------------------------------------------------------------------------------------
def _lai(p, doy):
    rise = 1.0 / (1.0 + np.exp(-(doy - p["sos"][:, None]) / p["rs"][:, None]))
    fall = 1.0 / (1.0 + np.exp(-(doy - p["eos"][:, None]) / p["rf"][:, None]))
    return np.clip(p["base"][:, None] + p["amp"][:, None] * (rise - fall), 0.0, 7.9)


def _canopy_params(rng, name, n):
    r = CANOPY[name]
    p = {k: _u(rng, *r[k], n) for k in ("base", "amp", "sos", "length")}
    if name == "forest":
        ever = rng.random(n) < EVERGREEN_FRACTION
        p["base"] = np.where(ever, _u(rng, 3.0, 5.0, n), p["base"])
        p["amp"] = np.where(ever, _u(rng, 0.0, 1.0, n), p["amp"])
    p["eos"] = p["sos"] + p["length"]
    p["rs"], p["rf"] = _u(rng, 5, 12, n), _u(rng, 6, 15, n)
    p["cab"] = _u(rng, *r["cab"], n)
    p["cm"] = _u(rng, 0.004, 0.010, n)
    rel = _u(rng, 0.65, 0.82, n)
    p["cw"] = np.clip(p["cm"] * rel / (1 - rel), 0.004, 0.058)
    p["n"] = _u(rng, 1.3, 1.75, n)
    p["ala"] = _u(rng, 50, 70, n) if name == "forest" else _u(rng, 40, 70, n)
    p["rsoil"] = _u(rng, 0.55, 1.45, n)
    p["psoil_range"] = r["psoil"]
    return p


def _emulate(emu, p, lai, doy, rng, psoil=None):
    """Emulator reflectance [n, D, 10] for per-series params p, LAI and DOY [n, D]."""
    n, D = lai.shape
    if psoil is None:
        psoil = _u(rng, *p["psoil_range"], (n, D))
    tts = np.clip(emul.sun_zenith_doy(doy) + _u(rng, -3, 3, (n, D)), 10.0, 75.0)
    tto = _u(rng, 0.0, 10.0, (n, 1)) * np.ones((1, D))
    psi = _u(rng, 0.0, 180.0, (n, 1)) * np.ones((1, D))
    rep = lambda a: np.repeat(a[:, None], D, 1)  # noqa: E731
    prm = np.stack([lai, rep(p["cab"]), rep(p["cw"]), rep(p["cm"]), rep(p["n"]), rep(p["ala"]), rep(p["rsoil"]),
                    psoil, tts, tto, psi], -1).astype(np.float32)
    with torch.no_grad():
        out = emu(torch.from_numpy(prm.reshape(-1, 11))).numpy().reshape(n, D, 10)
    return np.clip(out, 0.0, 1.0)


def _canopy(rng, emu, name, n, dates=None):
    nd, doy = _dates(rng, n) if dates is None else dates
    p = _canopy_params(rng, name, n)
    if name == "dense crops":  # observed in the dense part of the season only
        lo, hi = p["sos"] + 20.0, np.maximum(p["eos"] - 15.0, p["sos"] + 25.0)
        doy = np.sort(lo[:, None] + rng.random((n, MAX_DATES)) * (hi - lo)[:, None], 1)
        doy = (doy - 1.0) % 365.0 + 1.0
    lai = _lai(p, doy)
    if name == "grassland":  # mowing
        for _ in range(3):
            cut = _u(rng, 140, 260, n)
            use = rng.random(n) < 0.6
            drop = _u(rng, 0.5, 0.8, n) * use
            since = doy - cut[:, None]
            lai = lai * (1.0 - np.where(since >= 0, drop[:, None] * np.exp(-np.maximum(since, 0) / 25.0), 0.0))
    if name == "sparse vegetation":
        lai = lai * _u(rng, 0.8, 1.2, lai.shape)
    refl = _emulate(emu, p, lai, doy, rng)
    if name == "forest":
        refl = refl * _u(rng, 0.6, 0.95, n)[:, None, None]
    return refl, nd, doy


def _woodland(rng, emu, n):
    """Open woodland: a forest series and a meadow series on the same dates, mixed linearly (tree cover 20-80 %)."""
    dates = _dates(rng, n)
    trees, nd, doy = _canopy(rng, emu, "forest", n, dates)
    grass, _, _ = _canopy(rng, emu, "grassland", n, dates)
    f = _u(rng, 0.2, 0.8, n)[:, None, None]
    return f * trees + (1.0 - f) * grass, nd, doy


def water_reflectance(rng, name, n, D):
    """Semi-analytic water-leaving reflectance [n, D, 10] (see module docstring)."""
    r = WATER[name]
    spm = _logu(rng, *r["spm"], n)[:, None] * _u(rng, 0.8, 1.25, (n, D))
    chl = _logu(rng, *r["chl"], n)[:, None]
    ag = _logu(rng, *r["ag"], n)[:, None]
    eta = _u(rng, 0.0, 1.2, n)[:, None]
    wl = WAVELENGTH_UM * 1000.0  # nm
    a = (A_WATER + ag[..., None] * np.exp(-0.0145 * (wl - 440.0)) + A_PH_STAR * chl[..., None] ** 0.65
         + 0.04 * spm[..., None] * np.exp(-0.011 * (wl - 440.0)))
    bbw = 0.5 * 0.00288 * (wl / 500.0) ** -4.32
    bb = bbw + 0.015 * spm[..., None] * (555.0 / wl) ** eta[..., None]
    u = bb / (a + bb)
    rrs = 0.089 * u + 0.125 * u ** 2
    Rrs = 0.52 * rrs / (1.0 - 1.7 * rrs)
    glint = _u(rng, 0.0, 0.015, (n, D))[..., None]
    return math.pi * Rrs + glint


def _water(rng, name, n):
    nd, doy = _dates(rng, n)
    return water_reflectance(rng, name, n, MAX_DATES), nd, doy


def _builtup(rng, emu, n):
    nd, doy = _dates(rng, n)
    D = MAX_DATES
    frac = rng.dirichlet(np.full(len(URBAN), 0.7), n)  # [n, 5]
    scale = _u(rng, 0.8, 1.2, (n, len(URBAN)))
    mat = np.einsum("nm,nm,mb->nb", frac, scale, URBAN)
    f_veg = _u(rng, 0.0, 0.45, n)
    f_soil = _u(rng, 0.0, 0.15, n)
    f_shadow = _u(rng, 0.0, 0.25, n)
    p = _canopy_params(rng, "grassland", n)
    veg = _emulate(emu, p, _lai(p, doy), doy, rng)
    p0 = _canopy_params(rng, "bare soil", n)
    soil = _emulate(emu, p0, np.zeros((n, D)), doy, rng)
    f_mat = 1.0 - f_veg - f_soil
    surf = (f_mat[:, None, None] * mat[:, None, :] * (1.0 - 0.7 * f_shadow)[:, None, None]
            + f_veg[:, None, None] * veg + f_soil[:, None, None] * soil)
    surf = surf * _u(rng, 0.95, 1.05, (n, D))[..., None]
    return surf, nd, doy


def _snow(rng, emu, n):
    nd, _ = _dates(rng, n)
    t = np.sort(_u(rng, -30.0, 80.0, (n, MAX_DATES)), 1)
    doy = np.where(t > 0, t, t + 365.0)
    D = MAX_DATES
    age = _u(rng, 0.0, 1.0, (n, D))
    spec = (1.0 - age)[..., None] * SNOW[0] + age[..., None] * SNOW[1]
    dark = _u(rng, 0.0, 0.15, (n, 1))[..., None] * (0.49 / WAVELENGTH_UM) * (WAVELENGTH_UM < 1.0)
    spec = spec * (1.0 - dark)
    fsc = _u(rng, 0.5, 1.0, (n, D))
    kind = rng.random(n) < 0.5
    pb = _canopy_params(rng, "forest", n)
    lai_bg = np.where(kind[:, None], _u(rng, 0.5, 3.0, (n, 1)), _u(rng, 0.0, 0.3, (n, 1))) * np.ones((1, D))
    bg = _emulate(emu, pb, lai_bg, doy, rng)
    return fsc[..., None] * spec + (1.0 - fsc[..., None]) * bg, nd, doy


def surface(rng, emu, name: str, n: int):
    if name in CANOPY:
        return _canopy(rng, emu, name, n)
    if name == "open woodland":
        return _woodland(rng, emu, n)
    if name in WATER:
        return _water(rng, name, n)
    if name == "artificial surface":
        return _builtup(rng, emu, n)
    if name == "snow":
        return _snow(rng, emu, n)
    raise KeyError(f"no simulation recipe for class {name!r}")
