# SPDX-License-Identifier: GPL-3.0-or-later
"""Decoding a window further from its centre than the decoders are trained for: hold the value, grow its σ.

The pivotal decoders are trained for dates at most :data:`MAX_DT_DAYS` (15) days from their window's centre
(models/training/pivotal/synth.py, SUP_DT). A window decoded further away (a long gap, gap filling across cloudy
windows) is decoded at ±15 days instead, with the day of year moved by the same amount (:func:`held_dt`): its value
is held (persistence) instead of extrapolated by the network, which diverges there.

A held value is a value of another date, so its uncertainty must grow with the distance. The true variable drifts
away from it: over e days the mean squared change of a variable is about ``c + q·e`` (the temporal structure
function of real Sentinel-2 retrievals is close to linear up to two months; ``c`` is retrieval noise, already in the
decoder's own σ). :func:`held_std` adds that drift variance, σ_held² = σ² + q·e with e = |dt| − 15 days.
:data:`HOLD_VARIANCE_PER_DAY` holds q, measured by ``models/training/pivotal/hold_drift.py`` as the median slope
over four real regions (France 2022 monthly, France 2023 ten-daily, Uganda / South Sudan 2017 monthly, the
Belgium cube 2020–21 monthly; lags up to 61 days) of the biophysical retrieval's series; a test recomputes it from
tests/data. Only the variables with a real series here get a q: LAI and FCOVER. The other decoder outputs (leaf
parameters, soil moisture) have no real multi-date retrieval in the project's data; their σ is not grown.
"""
from __future__ import annotations

from typing import Sequence, Tuple

import numpy as np

# the dt range the decoders are trained on (models/training/pivotal/synth.py SUP_DT); beyond it the value is held
MAX_DT_DAYS = 15.0
# q of each variable: variance (its units², per day) a held value gains per day beyond MAX_DT_DAYS
HOLD_VARIANCE_PER_DAY = {"LAI": 0.024, "FCOVER": 0.00094}


def held_dt(dt: float, day: float) -> Tuple[float, float]:
    """(dt, day of year) to feed the decoder for a date ``dt`` days from the window centre, on day of year ``day``:
    dt limited to ±MAX_DT_DAYS, the day of year moved by the same amount (wrapped into 1–366)."""
    held = float(np.clip(dt, -MAX_DT_DAYS, MAX_DT_DAYS))
    if held == dt:
        return held, float(day)
    return held, float((day - (dt - held) - 1.0) % 365.25 + 1.0)


def hold_rates(variables: Sequence[str]) -> np.ndarray:
    """q per variable, in the order of ``variables`` (0 where no drift was measured)."""
    return np.array([HOLD_VARIANCE_PER_DAY.get(str(v).upper(), 0.0) for v in variables], np.float64)


def held_std(std: np.ndarray, rates: np.ndarray, dt: float) -> np.ndarray:
    """``std`` [..., V] of a window decoded ``dt`` days from its centre, grown by the drift beyond ±MAX_DT_DAYS:
    sqrt(σ² + q·(|dt| − MAX_DT_DAYS)) per variable (``rates`` = :func:`hold_rates`); unchanged within the range."""
    excess = abs(float(dt)) - MAX_DT_DAYS
    if excess <= 0:
        return std
    return np.sqrt(np.square(std, dtype=np.float64) + rates * excess).astype(std.dtype)
