# SPDX-License-Identifier: GPL-3.0-or-later
"""Observation model of the simulated text-query series (used by simulate.py): the L1C-TOA-like perturbation,
the band noise, and the tower inputs (S2 features; fine4 latents of simulated chunks).

Observation model, per date (in this order):

1. optional **L1C-TOA-like perturbation** (p = :data:`P_TOA` per series, fresh atmosphere per date), so that the real
   Slovenia L1C sample (top-of-atmosphere reflectance, not L2A) is not out of distribution:
   ρ_TOA = T(λ) · ρ_surface + ρ_path(λ), single-scattering approximation with the Rayleigh optical depth of Hansen &
   Travis 1974 (τ_R = 0.008569 λ⁻⁴ (1 + 0.0113 λ⁻² + 0.00013 λ⁻⁴), λ in µm) and an aerosol optical depth
   τ_a(550 nm) 0.03–0.35 with Ångström exponent 0.5–1.8: ρ_path = (τ_R · 1.0–1.3 + τ_a · 0.1–0.3) / (4 μs μv)
   (Rayleigh phase near backscatter; aerosol ω·P small), T = exp(−(τ_R / 2 + 0.3 τ_a)(1/μs + 1/μv)) × gas
   transmission per band (:data:`GAS_LO` … :data:`GAS_HI`: ozone, O2, water vapour — 0.84–0.93 in the wide B08,
   whose response holds water-vapour bands, 0.95–1 in B8A), then × (1 ± 2 %). The path term is mostly blue (≈ 0.05
   in B02 against ≈ 0.01 in B04 and < 0.002 in B11/B12 at 30° sun zenith); the spherical-albedo coupling is
   neglected (small over dark surfaces).
2. **band noise** of ``simulate_biophysical.NOISE`` (the L2A-like model of the biophysical training: per band and
   band-common, additive and multiplicative), drawn per pixel.

:func:`s2_inputs` turns series into tower inputs with ``eolatent.core.textquery.features.s2_features`` (the runtime
function); :func:`latent_inputs` turns each valid date into a 4 × 4 chunk of the same series (independent noise per
pixel, 15 % of the chunks partly cloudy) and runs the fine4 encoder ONNX on it (window centre = the date ± 5 days,
one date per window), then ``latent_features``.
"""
from __future__ import annotations

from typing import Dict

import numpy as np

from eolatent.core.textquery.features import latent_features, s2_features
from eolatent.models.training import simulate_biophysical as sbio
from eolatent.models.training.pivotal import emulator as emul

from .sim_surfaces import BANDS, MAX_DATES, WAVELENGTH_UM, _logu, _u

P_TOA = 0.6
_BIDX = [sbio.S2_BANDS.index(b) for b in BANDS]
NOISE_AD, NOISE_MD = sbio.NOISE["AD"][_BIDX], sbio.NOISE["MD"][_BIDX]
# two-way gas transmission per band (ozone in B03/B04, O2-A near B07, water vapour 1-3 cm in B08 (its 820 and 905 nm
# absorption bands lie inside the wide B08 response), B12 and a little in B05, B8A, B11); typical mid-latitude
# summer values. The real L1C sample has B08/B8A ≈ 0.88 over vegetation where the surface ratio is ≈ 1.
GAS_LO = np.array([0.98, 0.94, 0.95, 0.96, 0.97, 0.95, 0.84, 0.95, 0.95, 0.90])
GAS_HI = np.array([1.00, 0.98, 0.99, 0.99, 1.00, 0.99, 0.93, 1.00, 0.99, 0.97])


def rayleigh_od(wl_um):
    """Rayleigh optical depth at sea level (Hansen & Travis 1974)."""
    w = np.asarray(wl_um, np.float64)
    return 0.008569 * w ** -4 * (1.0 + 0.0113 * w ** -2 + 0.00013 * w ** -4)


def toa_perturbation(rng, shape, doy):
    """(T, path) [*shape, 10]: ρ_TOA = T · ρ + path (module docstring)."""
    tau_r = rayleigh_od(WAVELENGTH_UM)
    tau_a550 = _logu(rng, 0.03, 0.35, shape)[..., None]
    alpha = _u(rng, 0.5, 1.8, shape)[..., None]
    tau_a = tau_a550 * (WAVELENGTH_UM / 0.55) ** -alpha
    mus = np.cos(np.radians(np.clip(emul.sun_zenith_doy(doy), 10.0, 75.0)))[..., None]
    muv = np.cos(np.radians(_u(rng, 0.0, 10.0, shape)))[..., None]
    path = (tau_r * _u(rng, 1.0, 1.3, shape)[..., None] + tau_a * _u(rng, 0.1, 0.3, shape)[..., None]) \
        / (4.0 * mus * muv)
    gas = GAS_LO + (GAS_HI - GAS_LO) * rng.random(shape + (10,))
    trans = np.exp(-(tau_r / 2.0 + 0.3 * tau_a) * (1.0 / mus + 1.0 / muv)) * gas
    trans = trans * _u(rng, 0.98, 1.02, shape)[..., None]
    return trans, path


def add_noise(rng, refl):
    """simulate_biophysical.NOISE on reflectance [..., 10] (one band-common draw per leading index)."""
    shape = refl.shape[:-1] + (1,)
    mi, ai = rng.normal(0, sbio.NOISE["MI"], shape), rng.normal(0, sbio.NOISE["AI"], shape)
    noisy = refl * (1.0 + mi + rng.normal(0, 1, refl.shape) * NOISE_MD) + ai + rng.normal(0, 1, refl.shape) * NOISE_AD
    return np.clip(noisy, 0.0, 1.0).astype(np.float32)


def s2_inputs(rng, sim: Dict):
    """Noisy series → tower inputs x [N, D, 11], valid [N, D], doy [N, D] via the runtime's s2_features."""
    refl = add_noise(rng, sim["refl"])                       # [N, D, 10]
    x, ok, _ = s2_features(refl.transpose(1, 2, 0), sim["valid"].T, np.zeros(MAX_DATES))
    return x, ok, sim["doy"].astype(np.float32)


def latent_inputs(rng, sim: Dict, session, P: int = 4, batch: int = 4096):
    """Each valid date → a P × P chunk (independent pixel noise, 15 % partly cloudy) → encoder ``mean``; windows
    without a valid date are NaN → invalid. Returns latent_features' x [N, D, L], valid, doy (window centres)."""
    N, D = sim["valid"].shape
    idx = np.argwhere(sim["valid"])                          # [M, 2] (series, date)
    M = idx.shape[0]
    clean = sim["refl"][idx[:, 0], idx[:, 1]]                # [M, 10]
    pix = add_noise(rng, np.repeat(clean[:, None], P * P, 1))  # [M, P*P, 10]
    ok = np.ones((M, P * P), bool)
    cloudy = rng.random(M) < 0.15
    frac = _u(rng, 0.1, 0.6, M)
    ok &= ~(cloudy[:, None] & (rng.random((M, P * P)) < frac[:, None]))
    ok[np.arange(M), rng.integers(0, P * P, M)] = True
    centre = (sim["doy"][idx[:, 0], idx[:, 1]] + _u(rng, -5.0, 5.0, M) - 1.0) % 365.0 + 1.0
    s2 = np.where(ok[..., None], pix, 0.0).transpose(0, 2, 1).reshape(M, 10, P, P).astype(np.float32)
    feeds = {"s2": s2, "s2_valid": ok.reshape(M, 1, P, P).astype(np.float32),
             "s1": np.zeros((M, 2, P, P), np.float32), "s1_valid": np.zeros((M, 1, P, P), np.float32),
             "doy": centre.reshape(M, 1).astype(np.float32)}
    lat = []
    for i in range(0, M, batch):
        lat.append(session.run(["mean"], {k: v[i:i + batch] for k, v in feeds.items()})[0])
    lat = np.concatenate(lat) if lat else np.zeros((0, 64), np.float32)
    L = lat.shape[1]
    means = np.full((N, D, L), np.nan, np.float32)
    means[idx[:, 0], idx[:, 1]] = lat
    doys = np.zeros((N, D), np.float32)
    doys[idx[:, 0], idx[:, 1]] = centre
    x, valid, _ = latent_features(means.transpose(1, 2, 0), np.zeros(D))
    return x, valid, doys
