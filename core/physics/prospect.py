# SPDX-License-Identifier: GPL-3.0-or-later
"""PROSPECT-D leaf optical properties model (numpy, float64).

References
----------
* Féret J.-B., Gitelson A.A., Noble S.D., Jacquemoud S. (2017). PROSPECT-D:
  towards modeling leaf optical properties through a complete lifecycle.
  Remote Sensing of Environment 193:204-215.
* Jacquemoud S., Baret F. (1990). PROSPECT: a model of leaf optical properties
  spectra. Remote Sensing of Environment 34:75-91.
* Allen W.A., Gausman H.W., Richardson A.J., Thomas J.R. (1969). Interaction of
  isotropic light with a compact plant leaf. J. Opt. Soc. Am. 59:1376-1379.
* Stern F. (1964). Transmission of isotropic radiation across an interface
  between two dielectrics. Applied Optics 3:111-113.
* Stokes G.G. (1862). On the intensity of the light reflected from or
  transmitted through a pile of plates. Proc. R. Soc. Lond. 11:545-556.

The leaf is a pile of N elementary absorbing plates ("generalised plate
model"): the first plate is illuminated by light within a cone of half-angle
``alpha`` (40 degrees), the N-1 others by isotropic light; N need not be an
integer (Stokes' solution is analytic in N).

Specific absorption coefficients and the refractive index come from
``data/prospect_d_coefficients.csv`` (see ``data/README.md``).
"""
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..i18n import tr
from .special import exp1

__all__ = [
    "DATA_DIR",
    "load_coefficients",
    "tav",
    "plate_transmissivity",
    "prospect_d",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
_COEFF_FILE = DATA_DIR / "prospect_d_coefficients.csv"
#: Column names of the coefficient file, in order.
COEFF_COLUMNS = ("lambda", "nrefrac", "SAC_CHL", "SAC_CAR", "SAC_ANT",
                 "SAC_BROWN", "SAC_EWT", "SAC_LMA")


@lru_cache(maxsize=1)
def load_coefficients():
    """Read the PROSPECT-D coefficients (400-2500 nm, 1 nm; 2101 rows).

    Returns a dict of read-only float64 arrays keyed by ``COEFF_COLUMNS``:
    ``lambda`` (nm), ``nrefrac`` (refractive index, -), ``SAC_CHL`` and
    ``SAC_CAR`` and ``SAC_ANT`` (cm^2/µg), ``SAC_BROWN`` (arbitrary units per
    unit brown-pigment content), ``SAC_EWT`` (cm^-1, i.e. per g/cm^2 of water)
    and ``SAC_LMA`` (cm^2/g).
    """
    with open(_COEFF_FILE, encoding="ascii") as fh:
        header = fh.readline().strip().split(",")
        table = np.loadtxt(fh, delimiter=",", dtype=np.float64)
    if tuple(header) != COEFF_COLUMNS or table.shape != (2101, 8):
        raise ValueError(tr("unexpected layout of {file}", file=_COEFF_FILE))
    out = {}
    for i, name in enumerate(COEFF_COLUMNS):
        col = np.ascontiguousarray(table[:, i])
        col.setflags(write=False)
        out[name] = col
    return out


def tav(alpha, nr):
    """Mean transmissivity of a plane dielectric interface (Stern 1964).

    Isotropic light incident from air within a solid angle of half-aperture
    ``alpha`` (degrees, 0 < alpha <= 90) onto a medium of refractive index
    ``nr`` (> 1). Averages the Fresnel transmissivities of the two
    polarisations, weighted by sin(2 theta), analytically integrated.

    ``alpha`` and ``nr`` broadcast; returns float64.
    """
    nr = np.asarray(nr, dtype=np.float64)
    s2 = np.sin(np.deg2rad(np.asarray(alpha, dtype=np.float64))) ** 2
    n2 = nr * nr
    np1 = n2 + 1.0
    nm1 = n2 - 1.0
    a = 0.5 * (nr + 1.0) ** 2
    k = -0.25 * nm1 ** 2
    # b is sqrt((s2 - np1/2)^2 + k) - (s2 - np1/2); at alpha = 90 deg the
    # radicand is exactly 0 (rounding may make it slightly negative).
    b = np.sqrt(np.maximum((s2 - 0.5 * np1) ** 2 + k, 0.0)) - (s2 - 0.5 * np1)
    # s-polarisation
    ts = (k * k / (6.0 * b ** 3) + k / b - 0.5 * b) - (k * k / (6.0 * a ** 3) + k / a - 0.5 * a)
    # p-polarisation
    two_np1 = 2.0 * np1
    nm1_sq = nm1 * nm1
    tp = (-2.0 * n2 * (b - a) / np1 ** 2
          - 2.0 * n2 * np1 * np.log(b / a) / nm1_sq
          + 0.5 * n2 * (1.0 / b - 1.0 / a)
          + 16.0 * n2 * n2 * (n2 * n2 + 1.0)
          * np.log((two_np1 * b - nm1_sq) / (two_np1 * a - nm1_sq)) / (np1 ** 3 * nm1_sq)
          + 16.0 * n2 ** 3 * (1.0 / (two_np1 * b - nm1_sq) - 1.0 / (two_np1 * a - nm1_sq)) / np1 ** 3)
    return (ts + tp) / (2.0 * s2)


def plate_transmissivity(k):
    """Transmissivity of an elementary plate for isotropic light (-).

    For an absorption optical depth ``k`` (>= 0, -) of a plate and diffuse
    light, integrating Beer's law over the hemisphere gives
    tau = (1 - k) exp(-k) + k^2 E1(k), with tau(0) = 1.
    """
    k = np.asarray(k, dtype=np.float64)
    pos = k > 0.0
    ks = np.where(pos, k, 1.0)
    tau = (1.0 - ks) * np.exp(-ks) + ks * ks * exp1(ks)
    return np.where(pos, tau, 1.0)


def _absorption(n, cab, car, cbrown, cw, cm, ant, coeffs, idx):
    """Plate absorption optical depth k (..., W) = sum_i C_i K_i / N."""
    p = [np.asarray(v, dtype=np.float64)[..., None] for v in (n, cab, car, cbrown, cw, cm, ant)]
    n_, cab_, car_, cbrown_, cw_, cm_, ant_ = p
    kall = (cab_ * coeffs["SAC_CHL"][idx] + car_ * coeffs["SAC_CAR"][idx]
            + ant_ * coeffs["SAC_ANT"][idx] + cbrown_ * coeffs["SAC_BROWN"][idx]
            + cw_ * coeffs["SAC_EWT"][idx] + cm_ * coeffs["SAC_LMA"][idx])
    return kall / n_, n_


def prospect_d(n, cab, car, cbrown, cw, cm, ant=0.0, alpha=40.0, wl_index=None):
    """PROSPECT-D leaf directional-hemispherical reflectance and transmittance.

    Parameters (scalars or arrays, broadcast together to a batch shape ``S``)
    ----------
    n : leaf structure parameter, number of plates (-), >= 1
    cab : chlorophyll a+b content (µg/cm^2)
    car : carotenoid content (µg/cm^2)
    cbrown : brown pigment content (arbitrary units, typically 0-1)
    cw : equivalent water thickness (g/cm^2, i.e. cm)
    cm : dry matter content / leaf mass per area (g/cm^2)
    ant : anthocyanin content (µg/cm^2)
    alpha : half-aperture of the incidence cone on the leaf surface (degrees)
    wl_index : optional integer index array into the 400-2500 nm grid to
        compute only those wavelengths (default: all 2101).

    Returns
    -------
    (refl, trans) : two float64 arrays of shape ``S + (W,)`` (-).
    """
    coeffs = load_coefficients()
    idx = slice(None) if wl_index is None else np.asarray(wl_index)
    k, n_ = _absorption(n, cab, car, cbrown, cw, cm, ant, coeffs, idx)
    nr = coeffs["nrefrac"][idx]
    tau = plate_transmissivity(k)

    # Interfaces: top surface seen by the alpha cone, inner interfaces by
    # isotropic light (alpha = 90 deg); t21 from reciprocity t21 = t12 / n^2.
    talf = tav(alpha, nr)
    ralf = 1.0 - talf
    t12 = tav(90.0, nr)
    r12 = 1.0 - t12
    t21 = t12 / (nr * nr)
    r21 = 1.0 - t21

    # First plate: top face lit by the cone (Ra, Ta), and the same plate lit
    # isotropically (r, t) -- multiple reflections inside the plate.
    denom = 1.0 - (r21 * tau) ** 2
    ta = talf * tau * t21 / denom
    ra = ralf + r21 * tau * ta
    t = t12 * tau * t21 / denom
    r = r12 + r21 * tau * t

    # Remaining N-1 plates: Stokes' solution for a pile of identical plates.
    nonabs = r + t >= 1.0          # no absorption (numerically): special case
    rs = np.where(nonabs, 0.5, r)
    ts = np.where(nonabs, 0.25, t)
    d = np.sqrt((1.0 + rs + ts) * (1.0 + rs - ts) * (1.0 - rs + ts) * (1.0 - rs - ts))
    a = (1.0 + rs * rs - ts * ts + d) / (2.0 * rs)
    b = (1.0 - rs * rs + ts * ts + d) / (2.0 * ts)
    bnm1 = b ** (n_ - 1.0)
    bn2 = bnm1 * bnm1
    den = a * a * bn2 - 1.0
    rsub = a * (bn2 - 1.0) / den
    tsub = bnm1 * (a * a - 1.0) / den
    t_cons = t / (t + (1.0 - t) * (n_ - 1.0))
    tsub = np.where(nonabs, t_cons, tsub)
    rsub = np.where(nonabs, 1.0 - t_cons, rsub)

    # Combine the first plate with the sub-pile.
    den = 1.0 - rsub * r
    trans = ta * tsub / den
    refl = ra + ta * rsub * t / den
    return refl, trans
