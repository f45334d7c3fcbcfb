# SPDX-License-Identifier: GPL-3.0-or-later
"""Presto's inputs: monthly tokens, band layout, normalisation and masks (numpy only).

The exported encoder (``models/encoder_presto.onnx``) takes, per pixel, T ≤ 24 consecutive calendar months:

* ``x`` float32 [B, T, 17]: bands :data:`BANDS`, normalised as Presto was pre-trained: S1 σ⁰ dB → (dB + 25) / 25;
  S2 reflectance 0–1 as it is (Presto divides ×10⁴ digital numbers by 10⁴); ERA5 2 m temperature K → (K − 272.15)
  / 35; total precipitation m → m / 0.03; SRTM elevation m / 2000, slope ° / 50; NDVI = (B08 − B04) / (B08 + B04)
  (0 where the sum is not positive);
* ``mask`` float32 [B, T, 17]: 1 where the value is missing (its value is then 0 and is never read: a token whose
  group has any missing band takes no part in attention nor in the pooled embedding);
* ``dynamic_world`` int64 [B, T]: Dynamic World class 0–8, 9 = missing;
* ``latlon`` float32 [B, 2]: WGS84 latitude, longitude in degrees;
* ``month`` int64 [B, T]: calendar month 0–11 of each step.

Nothing missing is invented: a band, a month or a whole modality that the user's data lack is masked.
"""
from __future__ import annotations

from datetime import date
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

BANDS = ("VV", "VH", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12",
         "temperature_2m", "total_precipitation", "elevation", "slope", "NDVI")
S1_BANDS = ("VV", "VH")
S2_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
IDX = {b: i for i, b in enumerate(BANDS)}
# channel groups (a token per group and month; SRTM: one token)
GROUPS = {"S1": ("VV", "VH"), "S2_RGB": ("B02", "B03", "B04"), "S2_Red_Edge": ("B05", "B06", "B07"),
          "S2_NIR_10m": ("B08",), "S2_NIR_20m": ("B8A",), "S2_SWIR": ("B11", "B12"),
          "ERA5": ("temperature_2m", "total_precipitation"), "SRTM": ("elevation", "slope"), "NDVI": ("NDVI",)}
SHIFT = {"VV": 25.0, "VH": 25.0, "temperature_2m": -272.15}
SCALE = {"VV": 25.0, "VH": 25.0, "temperature_2m": 35.0, "total_precipitation": 0.03, "elevation": 2000.0,
         "slope": 50.0}
DW_MISSING = 9
MAX_MONTHS = 24
NORMALISATION = ("S1 dB: (dB + 25) / 25; S2 reflectance 0-1 unchanged (= DN / 1e4); ERA5 temperature_2m K: "
                 "(K - 272.15) / 35; total_precipitation m: m / 0.03; SRTM elevation m / 2000, slope deg / 50; "
                 "NDVI (B08 - B04) / (B08 + B04), 0 where the sum <= 0")


def month_index(d: date) -> int:
    """Months since year 0 (for consecutive-month arithmetic)."""
    return d.year * 12 + d.month - 1


def months_between(first: date, last: date) -> List[Tuple[int, int]]:
    """[(year, month)] of every calendar month from ``first``'s to ``last``'s, inclusive."""
    a, b = month_index(first), month_index(last)
    return [(m // 12, m % 12 + 1) for m in range(a, b + 1)]


def normalise(values: Dict[str, np.ndarray], shape: Tuple[int, ...]) -> Tuple[np.ndarray, np.ndarray]:
    """(x [..., 17] float32, mask [..., 17] float32) from physical values.

    ``values``: band name → array of ``shape`` in physical units (S2 reflectance 0–1, S1 σ⁰ dB, K, m, °), NaN
    where missing. A band absent from ``values`` is masked everywhere. NDVI is computed here from B08 and B04.
    """
    x = np.zeros(shape + (len(BANDS),), np.float32)
    mask = np.ones(shape + (len(BANDS),), np.float32)
    for name, arr in values.items():
        if name not in IDX or name == "NDVI":
            continue
        a = np.asarray(arr, np.float32)
        ok = np.isfinite(a)
        i = IDX[name]
        x[..., i] = np.where(ok, (a + SHIFT.get(name, 0.0)) / SCALE.get(name, 1.0), 0.0)
        mask[..., i] = ~ok
    nir, red = x[..., IDX["B08"]], x[..., IDX["B04"]]
    ok = (mask[..., IDX["B08"]] == 0) & (mask[..., IDX["B04"]] == 0)
    total = nir + red
    with np.errstate(invalid="ignore", divide="ignore"):
        ndvi = np.where(total > 0, (nir - red) / np.where(total > 0, total, 1), 0.0)
    x[..., IDX["NDVI"]] = np.where(ok, ndvi, 0.0)
    mask[..., IDX["NDVI"]] = ~ok
    return x, mask


def monthly_composite(stack: np.ndarray, valid: np.ndarray, months: Sequence[int], n_months: int,
                      linear_db: bool = False) -> np.ndarray:
    """Per-month mean of the valid observations, NaN where a month has none.

    ``stack`` [D, C, ...] values of D dates, ``valid`` [D, ...] bool, ``months`` [D] month slot (0…n_months−1,
    −1 = outside). With ``linear_db`` the values are σ⁰ dB averaged in linear power and returned in dB.
    Returns [n_months, C, ...] float32.
    """
    stack = np.asarray(stack, np.float32)
    out = np.full((n_months,) + stack.shape[1:], np.nan, np.float32)
    months = np.asarray(months)
    for m in range(n_months):
        sel = np.flatnonzero(months == m)
        if sel.size == 0:
            continue
        v = stack[sel]
        ok = np.asarray(valid[sel], bool)[:, None]
        if linear_db:
            v = np.power(np.float32(10.0), v / np.float32(10.0))
        v = np.where(ok, v, 0.0)
        n = ok.sum(0)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(n > 0, v.sum(0) / np.maximum(n, 1), np.nan)
            if linear_db:
                mean = np.where(mean > 0, 10.0 * np.log10(np.where(mean > 0, mean, 1)), np.nan)
        out[m] = mean
    return out


def to_wgs84(crs, xs: np.ndarray, ys: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(lat, lon) degrees of projected coordinates."""
    from rasterio.warp import transform

    lon, lat = transform(crs, "EPSG:4326", np.ravel(xs).tolist(), np.ravel(ys).tolist())
    return (np.asarray(lat, np.float64).reshape(np.shape(xs)), np.asarray(lon, np.float64).reshape(np.shape(xs)))


def assemble(s2: Optional[np.ndarray], s1: Optional[np.ndarray], shape: Tuple[int, ...],
             extra: Optional[Dict[str, np.ndarray]] = None) -> Tuple[np.ndarray, np.ndarray]:
    """(x, mask) [T, ..., 17] from monthly composites: ``s2`` [T, 10, ...] reflectance in :data:`S2_BANDS` order
    (NaN = missing, a band of all NaN = absent), ``s1`` [T, 2, ...] dB VV, VH; ``extra``: other bands by name
    ([T, ...] or [...] for the static SRTM bands)."""
    values: Dict[str, np.ndarray] = {}
    if s2 is not None:
        for i, b in enumerate(S2_BANDS):
            values[b] = s2[:, i]
    if s1 is not None:
        for i, b in enumerate(S1_BANDS):
            values[b] = s1[:, i]
    for name, arr in (extra or {}).items():
        arr = np.asarray(arr, np.float32)
        values[name] = np.broadcast_to(arr, shape) if arr.shape != shape else arr
    return normalise(values, shape)
