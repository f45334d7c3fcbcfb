# SPDX-License-Identifier: GPL-3.0-or-later
"""Special functions needed by PROSPECT, in plain numpy (no scipy).

QGIS ships its own Python, which may lack scipy, so the exponential integral
used by the PROSPECT plate model is implemented here.

``exp1(x)`` is the exponential integral E1(x) = int_x^inf exp(-t)/t dt, x > 0.

* x <= ``SERIES_MAX``: convergent power series
  E1(x) = -gamma - ln(x) - sum_{k>=1} (-x)^k / (k k!),
  summed with a fixed number of terms by Horner's rule.
* x > ``SERIES_MAX``: the (even) continued fraction
  E1(x) = exp(-x) / (x + 1 - 1^2/(x + 3 - 2^2/(x + 5 - 3^2/(x + 7 - ...)))),
  evaluated bottom-up with a fixed depth (bottom-up evaluation of a fixed
  depth is stable and needs no convergence test, so it vectorises).

Relative accuracy is better than 1e-13 on [1e-10, 700] (checked against
``scipy.special.exp1`` in the tests); the PROSPECT absorption optical depth
lies in roughly [1e-4, 50].
"""
from math import factorial

import numpy as np

__all__ = ["exp1", "EULER_GAMMA", "SERIES_MAX", "SERIES_TERMS", "CF_DEPTH"]

EULER_GAMMA = 0.57721566490153286060651209008240243
SERIES_MAX = 2.0       # series below/at this x, continued fraction above
SERIES_TERMS = 30      # 2^30/(30*30!) ~ 1.4e-25: far below double precision
CF_DEPTH = 48          # depth of the continued fraction (error < 1e-15 at x = 2)

# Coefficients c_k = (-1)^(k+1) / (k k!) of  sum_k c_k x^k = -(sum (-x)^k/(k k!))
SERIES_COEFFS = tuple((-1.0) ** (k + 1) / (k * factorial(k)) for k in range(1, SERIES_TERMS + 1))


def _series(x):
    """E1 by its power series; accurate for 0 < x <= ~2."""
    acc = np.full_like(x, SERIES_COEFFS[-1])
    for c in SERIES_COEFFS[-2::-1]:
        acc = acc * x + c
    return acc * x - EULER_GAMMA - np.log(x)


def _continued_fraction(x):
    """E1 by its continued fraction; accurate for x >= ~2."""
    f = x + (2.0 * CF_DEPTH + 1.0)
    for k in range(CF_DEPTH, 0, -1):
        f = (x + (2.0 * k - 1.0)) - (k * k) / f
    return np.exp(-x) / f


def exp1(x):
    """Exponential integral E1(x) for real x > 0 (float64, any shape).

    Returns +inf at x == 0 and nan for x < 0 or nan input (E1 is complex
    there), mirroring ``scipy.special.exp1`` for the real domain used here.
    """
    x = np.asarray(x, dtype=np.float64)
    out = np.empty_like(x)
    small = (x > 0) & (x <= SERIES_MAX)
    large = x > SERIES_MAX
    out[small] = _series(x[small])
    out[large] = _continued_fraction(x[large])
    out[x == 0] = np.inf
    out[~(small | large | (x == 0))] = np.nan
    return out if out.ndim else out[()]
