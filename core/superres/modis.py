# SPDX-License-Identifier: GPL-3.0-or-later
"""MODIS MOD11A1/MYD11A1 LST conventions: raw integers, scale, fill value and the QC bit flags.

LST_Day_1km / LST_Night_1km: K = DN · 0.02, DN 0 = fill (no retrieval: cloud, sea, not produced).
QC (MOD11 user guide, collection 6): bits 0–1 mandatory QA (0 good, 1 other quality, 2 not produced —
cloud, 3 not produced — other); bits 6–7 average LST error (0 ≤ 1 K, 1 ≤ 2 K, 2 ≤ 3 K, 3 > 3 K).
A pixel is kept when it was produced (QA 0 or 1) with an LST error of at most 2 K.
"""
from __future__ import annotations

import numpy as np

SCALE = 0.02
FILL = 0
LST_RANGE = (150.0, 400.0)  # K: anything outside is not a land-surface temperature
MAX_ERROR_CODE = 1  # bits 6-7: 0 (≤1 K) or 1 (≤2 K)
LST_NAMES = {"LST_DAY_1KM": "QC_DAY", "LST_NIGHT_1KM": "QC_NIGHT"}
# MOD11A1/MYD11A1 layers beside the two LSTs (upper case): quality, view time and angle, emissivity, coverage
NOT_LST = frozenset({"QC_DAY", "QC_NIGHT", "DAY_VIEW_TIME", "DAY_VIEW_ANGL", "NIGHT_VIEW_TIME", "NIGHT_VIEW_ANGL",
                     "EMIS_31", "EMIS_32", "CLEAR_DAY_COV", "CLEAR_NIGHT_COV"})


def qc_ok(qc: np.ndarray) -> np.ndarray:
    """True where the QC word says produced with an LST error ≤ 2 K."""
    q = np.asarray(qc).astype(np.int64)
    return ((q & 3) < 2) & (((q >> 6) & 3) <= MAX_ERROR_CODE)


def decode_raw(dn: np.ndarray, qc=None, scale: float = SCALE, offset: float = 0.0, fill=FILL):
    """(Kelvin float32 with NaN, valid) from raw MODIS integers and the optional QC word."""
    dn = np.asarray(dn)
    t = dn.astype(np.float64) * scale + offset
    valid = (dn != fill) & (t >= LST_RANGE[0]) & (t <= LST_RANGE[1])
    if qc is not None:
        valid &= qc_ok(qc)
    return np.where(valid, t, np.nan).astype(np.float32), valid
