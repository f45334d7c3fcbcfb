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
from typing import Dict, List, Sequence, Tuple

import numpy as np

BANDS = ("VV", "VH", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12",
         "temperature_2m", "total_precipitation", "elevation", "slope", "NDVI")
S1_BANDS = ("VV", "VH")
S2_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
IDX = {b: i for i, b in enumerate(BANDS)}
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
    # filled band-major (each band one contiguous plane), then moved to the last axis in one pass
    x = np.zeros((len(BANDS),) + shape, np.float32)
    mask = np.ones((len(BANDS),) + shape, np.float32)
    for name, arr in values.items():
        if name not in IDX or name == "NDVI":
            continue
        a = np.asarray(arr, np.float32)
        ok = np.isfinite(a)
        i = IDX[name]
        np.divide(a + np.float32(SHIFT.get(name, 0.0)), np.float32(SCALE.get(name, 1.0)), out=x[i], where=ok)
        np.logical_not(ok, out=mask[i], casting="unsafe")
    nir, red = x[IDX["B08"]], x[IDX["B04"]]
    ok = (mask[IDX["B08"]] == 0) & (mask[IDX["B04"]] == 0)
    total = nir + red
    k = IDX["NDVI"]
    np.divide(nir - red, total, out=x[k], where=ok & (total > 0))
    np.logical_not(ok, out=mask[k], casting="unsafe")
    x, mask = np.moveaxis(x, 0, -1), np.moveaxis(mask, 0, -1)
    x, mask = np.ascontiguousarray(x), np.ascontiguousarray(mask)
    return x, mask


def composite_dates(read_one, slots: np.ndarray, n_months: int, n_bands: int, shape: Tuple[int, ...],
                    linear_db: bool = False) -> np.ndarray:
    """Per-month, per-band mean of the valid observations [n_months, n_bands, *shape] float32, NaN where none.

    ``read_one(i)`` → (values [n_bands, ...], valid [...] bool) of date ``i`` (read one date at a time, so a raster
    tile never holds every date); ``slots[i]`` its month slot (0…n_months−1; other values: not used). A value
    counts where it is finite and its date is valid; values smaller than ``shape`` (a tile at the raster's edge)
    fill its leading corner. With ``linear_db`` the values are σ⁰ dB averaged in linear power and returned in dB.
    """
    slots = np.asarray(slots)
    total = np.zeros((n_months, n_bands) + tuple(shape), np.float32)
    count = np.zeros((n_months, n_bands) + tuple(shape), np.uint16)
    for i in np.flatnonzero((slots >= 0) & (slots < n_months)):
        vals, valid = read_one(int(i))
        v = np.asarray(vals, np.float32)
        if linear_db:
            v = np.power(np.float32(10.0), v / np.float32(10.0))
        ok = np.isfinite(v) & np.asarray(valid, bool)[None]
        corner = (int(slots[i]), slice(None)) + tuple(slice(0, n) for n in v.shape[1:])
        total[corner] += np.where(ok, v, 0.0)
        count[corner] += ok
    with np.errstate(invalid="ignore", divide="ignore"):
        total /= np.maximum(count, 1)
        total[count == 0] = np.nan
        if linear_db:
            total = np.where(total > 0, np.float32(10.0) * np.log10(np.where(total > 0, total, 1.0)), np.nan)
    return total.astype(np.float32, copy=False)


def monthly_composite(stack: np.ndarray, valid: np.ndarray, months: Sequence[int], n_months: int,
                      linear_db: bool = False) -> np.ndarray:
    """:func:`composite_dates` of an in-memory stack [D, C, ...] with validity [D, ...] and month slots [D]."""
    stack = np.asarray(stack, np.float32)
    return composite_dates(lambda i: (stack[i], valid[i]), np.asarray(months), n_months, stack.shape[1],
                           stack.shape[2:], linear_db)


def to_wgs84(crs, xs: np.ndarray, ys: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(lat, lon) degrees of projected coordinates."""
    from rasterio.warp import transform

    lon, lat = transform(crs, "EPSG:4326", np.ravel(xs).tolist(), np.ravel(ys).tolist())
    return (np.asarray(lat, np.float64).reshape(np.shape(xs)), np.asarray(lon, np.float64).reshape(np.shape(xs)))
