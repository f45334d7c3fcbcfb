# SPDX-License-Identifier: GPL-3.0-or-later
"""Radiative-transfer building blocks of the analytic atmosphere (:mod:`.atmosphere`).

Rayleigh optical depth and phase function, (two-term) Henyey-Greenstein aerosol phase functions, and the
δ-Eddington two-stream solution of a homogeneous layer over a black surface with its spherical albedo
(see the docstring of :mod:`.atmosphere`, items 1-4).
"""
from __future__ import annotations

import numpy as np

from eolatent.models.training.atmosphere_coefficients import P0, RAYLEIGH_DEPOLARISATION

# Rayleigh phase-function constant derived from the depolarisation factor of air.
_GAMMA_R = RAYLEIGH_DEPOLARISATION / (2.0 - RAYLEIGH_DEPOLARISATION)
_OMEGA_MAX = 1.0 - 1e-9  # conservative scattering is taken at this albedo (two-stream k -> 0)


# ---------------------------------------------------------------------------------------------------
# Spectral building blocks
# ---------------------------------------------------------------------------------------------------
def rayleigh_optical_depth(wavelength_nm, pressure=P0):
    """Rayleigh optical depth at ``wavelength_nm`` (Bodhaine et al. 1999, eq. 30), scaled by
    ``pressure``/1013.25 hPa.  Broadcasts."""
    lam = np.asarray(wavelength_nm, dtype=np.float64) / 1000.0  # µm
    l2 = lam * lam
    tau = 0.0021520 * (1.0455996 - 341.29061 / l2 - 0.90230850 * l2) / (1.0 + 0.0027059889 / l2 - 85.968563 * l2)
    return tau * np.asarray(pressure, dtype=np.float64) / P0


def rayleigh_phase(cos_theta):
    """Rayleigh phase function with depolarisation (normalised: mean over the sphere = 1)."""
    c = np.asarray(cos_theta, dtype=np.float64)
    return 3.0 / (4.0 * (1.0 + 2.0 * _GAMMA_R)) * ((1.0 + 3.0 * _GAMMA_R) + (1.0 - _GAMMA_R) * c * c)


def henyey_greenstein(g, cos_theta):
    """Henyey-Greenstein phase function (mean over the sphere = 1)."""
    g = np.asarray(g, dtype=np.float64)
    return (1.0 - g * g) / (1.0 + g * g - 2.0 * g * cos_theta) ** 1.5


def aerosol_phase(cos_theta, f, g1, g2):
    """Two-term Henyey-Greenstein phase function f·HG(g1) + (1−f)·HG(−g2)."""
    return f * henyey_greenstein(g1, cos_theta) + (1.0 - f) * henyey_greenstein(-np.asarray(g2), cos_theta)


# ---------------------------------------------------------------------------------------------------
# Two-stream (δ-Eddington) layer solution
# ---------------------------------------------------------------------------------------------------
def _delta_eddington(tau, omega, g, mu0):
    """δ-Eddington solution for a homogeneous layer over a black surface, collimated beam at ``mu0``.

    Returns (R, R1, T): plane albedo, its first scattering order, total (direct + diffuse)
    transmittance, all normalised by the incident flux on the horizontal.  Arrays broadcast."""
    f = g * g
    tau_p = (1.0 - omega * f) * tau
    om = np.minimum((1.0 - f) * omega / np.maximum(1.0 - omega * f, 1e-300), _OMEGA_MAX)
    gp = g / (1.0 + g)
    g1 = (7.0 - om * (4.0 + 3.0 * gp)) / 4.0
    g2 = -(1.0 - om * (4.0 - 3.0 * gp)) / 4.0
    g3 = (2.0 - 3.0 * gp * mu0) / 4.0
    g4 = 1.0 - g3
    k = np.sqrt(np.maximum((g1 - g2) * (g1 + g2), 0.0))
    # avoid the particular-solution resonance k = 1/mu0
    mu = np.where(np.abs(k * mu0 - 1.0) < 1e-6, mu0 * (1.0 + 1e-5), mu0)
    inv = 1.0 / mu
    det_p = k * k - inv * inv
    a_p = om * (g3 * (g1 - inv) + g2 * g4) / det_p
    b_p = om * ((g1 + inv) * g4 + g2 * g3) / det_p
    e = np.exp(k * tau_p)
    ed = np.exp(-tau_p * inv)
    gk = g1 + k
    # homogeneous solutions: (F↑, F↓) = C1 (gk, g2) e^{kτ} + C2 (g2, gk) e^{−kτ}
    a11, a12, b1 = g2, gk, -b_p                      # F↓(0) = 0
    a21, a22, b2 = gk * e, g2 / e, -a_p * ed         # F↑(τ*) = 0
    det = a11 * a22 - a12 * a21
    c1 = (b1 * a22 - a12 * b2) / det
    c2 = (a11 * b2 - b1 * a21) / det
    refl = (c1 * gk + c2 * g2 + a_p) / mu
    t_dif = (c1 * g2 * e + c2 * gk / e + b_p * ed) / mu
    g1_0 = 7.0 / 4.0  # pure-extinction attenuation of the diffuse streams (first order)
    r1 = om * g3 * (1.0 - np.exp(-tau_p * (inv + g1_0))) / (1.0 + g1_0 * mu)
    return refl, r1, ed + t_dif


_GAUSS_X, _GAUSS_W = np.polynomial.legendre.leggauss(8)
_GAUSS_MU = 0.5 * (_GAUSS_X + 1.0)  # nodes on (0, 1)
_GAUSS_W = 0.5 * _GAUSS_W


def _spherical_albedo(tau, omega, g):
    """Spherical albedo S = 2 ∫ R(μ) μ dμ of the layer (δ-Eddington plane albedo, 8-point Gauss).

    By reciprocity the albedo for isotropic illumination from below equals the one from above for a
    homogeneous layer."""
    s = 0.0
    for mu, w in zip(_GAUSS_MU, _GAUSS_W):
        s = s + 2.0 * w * mu * _delta_eddington(tau, omega, g, mu)[0]
    return s
