# SPDX-License-Identifier: GPL-3.0-or-later
"""Coefficient tables of the analytic atmosphere (:mod:`.atmosphere`), with where each comes from.

The Sentinel-2 band names and reference pressure, the air depolarisation factor, the continental aerosol
optical properties from an offline Mie calculation (:data:`AEROSOL_MIE`), the Leckner ozone absorption
coefficients (:data:`LECKNER_OZONE`), the SMAC Sentinel-2A gaseous absorption coefficients
(:data:`GAS_COEFFICIENTS`) and the laws atmospheres are drawn from (:data:`ATMOSPHERE_DISTRIBUTIONS`).
The sources and uncertainties are detailed in the docstring of :mod:`.atmosphere` (items 1, 2 and 5) and
in that of :func:`.atmosphere.sample_atmospheres`.
"""
from __future__ import annotations

from typing import Dict

import numpy as np

S2_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
P0 = 1013.25  # hPa, reference surface pressure of the Rayleigh optical depth

# Depolarisation factor of air (Young 1980).
RAYLEIGH_DEPOLARISATION = 0.0279

# Default aerosol single-scattering albedo at 550 nm.
DEFAULT_SSA = 0.92

# ---------------------------------------------------------------------------------------------------
# Continental aerosol, Mie calculation (see module docstring, item 2).  Columns: wavelength (nm),
# single-scattering albedo, asymmetry parameter g, and the two-term Henyey-Greenstein fit
# P = f·HG(g1) + (1 − f)·HG(−g2) over 90-180°.  (Relative extinction, for reference: 1.305, 1.158, 1,
# 0.771, 0.520, 0.453, 0.196, 0.130.)
# ---------------------------------------------------------------------------------------------------
AEROSOL_MIE = np.array([
    # nm     ssa     g       f       g1      g2
    [443.0, 0.9169, 0.7064, 0.9712, 0.7854, 0.4645],
    [490.0, 0.9151, 0.6997, 0.9716, 0.7771, 0.4680],
    [550.0, 0.9123, 0.6912, 0.9717, 0.7668, 0.4729],
    [665.0, 0.9059, 0.6757, 0.9712, 0.7486, 0.4820],
    [865.0, 0.8930, 0.6514, 0.9687, 0.7216, 0.4956],
    [945.0, 0.8876, 0.6429, 0.9673, 0.7125, 0.5004],
    [1610.0, 0.8467, 0.6020, 0.9548, 0.6699, 0.5314],
    [2190.0, 0.8273, 0.6013, 0.9486, 0.6696, 0.5497],
])

# ---------------------------------------------------------------------------------------------------
# Ozone absorption coefficient k (per cm-atm, T = exp(−k·u·m)) in the Chappuis band, Leckner (1978) as
# tabulated by Bird & Riordan (1986) (0 outside 450-770 nm in the Sentinel-2 range).
# ---------------------------------------------------------------------------------------------------
LECKNER_OZONE = np.array([
    (440.0, 0.0), (450.0, 0.003), (460.0, 0.006), (470.0, 0.009), (480.0, 0.014), (490.0, 0.021),
    (500.0, 0.030), (510.0, 0.040), (520.0, 0.048), (530.0, 0.063), (540.0, 0.075), (550.0, 0.085),
    (570.0, 0.120), (593.0, 0.119), (610.0, 0.120), (630.0, 0.090), (656.0, 0.065), (667.6, 0.051),
    (690.0, 0.028), (710.0, 0.018), (718.0, 0.015), (724.4, 0.012), (740.0, 0.010), (752.5, 0.008),
    (757.5, 0.007), (762.5, 0.006), (767.5, 0.005), (780.0, 0.0),
])

# ---------------------------------------------------------------------------------------------------
# Gaseous absorption other than ozone: T = exp(a · (u·m)^n), u = water vapour (g/cm²) for "h2o" and
# u = (P/1013.25)^p for the uniformly mixed gases.  SMAC Sentinel-2A continental coefficient set
# (CESBIO / O. Hagolle, fitted to 6S; see module docstring, item 5).  Bands without an entry: T = 1.
# "n2o" is the sixth gas slot of the SMAC files (6S's N2O; labelled NO2 in the SMAC code).
# ---------------------------------------------------------------------------------------------------
GAS_COEFFICIENTS: Dict[str, Dict[str, tuple]] = {
    "h2o": {  # (a, n)
        "B03": (-0.000718, 0.908826), "B04": (-0.003459, 0.777729), "B05": (-0.013718, 0.772725),
        "B06": (-0.013071, 0.783733), "B07": (-0.004071, 0.765951), "B08": (-0.028518, 0.593166),
        "B8A": (-0.000388, 0.917095), "B09": (-0.677286, 0.477175), "B10": (-2.999870, 0.424365),
        "B11": (-0.000626, 0.953631), "B12": (-0.017274, 0.667268),
    },
    "o2": {  # (a, n, p)
        "B05": (-0.000011, 0.729437, 3.219574), "B07": (-0.000130, 0.951291, 2.854805),
        "B08": (-0.000017, 0.547788, 2.359085), "B8A": (-0.000030, 1.010658, 2.725621),
    },
    "co2": {
        "B10": (-0.000006, 1.113397, 0.870661), "B11": (-0.016177, 0.743964, 1.348859),
        "B12": (-0.000138, 0.941886, 1.716091),
    },
    "ch4": {"B11": (-0.003867, 0.876877, 1.127294), "B12": (-0.020589, 0.814293, 1.205236)},
    "n2o": {"B12": (-0.001718, 0.947160, 1.029752)},
}
MIXED_GASES = ("o2", "co2", "ch4", "n2o")

# ---------------------------------------------------------------------------------------------------
# Atmosphere sampler (see sample_atmospheres for the sources).
# ---------------------------------------------------------------------------------------------------
ATMOSPHERE_DISTRIBUTIONS = {
    "aot550": dict(law="lognormal", median=0.12, sigma_ln=0.6, min=0.01, max=1.2),
    "angstrom": dict(law="gauss", mode=1.3, std=0.3, min=0.8, max=1.8),
    "water_vapour": dict(law="lognormal", median=1.8, sigma_ln=0.45, min=0.3, max=5.0),
    "ozone": dict(law="gauss", mode=0.33, std=0.045, min=0.25, max=0.45),
    "pressure": dict(law="uniform", min=950.0, max=1030.0),
    "ssa": dict(law="uniform", min=0.88, max=0.96),
}
ATMOSPHERE_KEYS = tuple(ATMOSPHERE_DISTRIBUTIONS)
