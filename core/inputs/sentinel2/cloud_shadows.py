# SPDX-License-Identifier: GPL-3.0-or-later
"""Where cloud shadows fall, for the cloud detection (:mod:`.clouds`).

The sun angles of a date (the product's, else computed at the grid centre for the acquisition time, at
10:30 local mean solar time when only the day is known: :func:`sun_for`), the displacements from a cloud
to its shadow for a range of cloud heights (:func:`shadow_offsets`), the projection of a cloud mask along
them (:func:`project`) and the shadow candidates, dark and not water-like pixels (:func:`dark_pixels`).
View parallax is ignored.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Optional, Tuple

import numpy as np


# --------------------------------------------------------------------------- shadows

def shadow_offsets(sun_zenith: float, sun_azimuth: float, heights: Tuple[float, float],
                   pixel_size: Tuple[float, float]) -> np.ndarray:
    """Integer (row, col) displacements (n, 2) from a cloud to its shadow for cloud heights in
    [heights[0], heights[1]] metres, sampled every half pixel of ground distance.

    The shadow lies ``h * tan(zenith)`` from the cloud, away from the sun (azimuth clockwise from north);
    rows grow southwards: d_row = +d cos(az) / pixel_y, d_col = -d sin(az) / pixel_x."""
    if sun_zenith is None or sun_azimuth is None or not (0.0 <= sun_zenith < 89.0):
        return np.zeros((0, 2), np.int64)
    t = math.tan(math.radians(sun_zenith))
    az = math.radians(sun_azimuth)
    px, py = float(pixel_size[0]), float(pixel_size[1])
    d0, d1 = heights[0] * t, heights[1] * t
    step = 0.5 * min(px, py)
    n = max(1, int(math.ceil((d1 - d0) / step)) + 1)
    d = np.linspace(d0, d1, n)
    rows = np.round(d * math.cos(az) / py).astype(np.int64)
    cols = np.round(-d * math.sin(az) / px).astype(np.int64)
    return np.unique(np.stack([rows, cols], axis=1), axis=0)


def project(mask: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """OR of *mask* (h, w) shifted by every (row, col) offset: a True pixel at (r, c) marks (r + dr, c + dc)."""
    m = np.asarray(mask, bool)
    h, w = m.shape
    out = np.zeros((h, w), bool)
    for dr, dc in np.asarray(offsets).reshape(-1, 2):
        dr, dc = int(dr), int(dc)
        if abs(dr) >= h or abs(dc) >= w:
            continue
        src = m[max(0, -dr): h - max(0, dr), max(0, -dc): w - max(0, dc)]
        out[max(0, dr): h - max(0, -dr), max(0, dc): w - max(0, -dc)] |= src
    return out


def dark_pixels(b04: np.ndarray, b08: np.ndarray, dark_nir: float) -> np.ndarray:
    """Shadow candidates: dark in the near infrared and not water-like (B08 > B04)."""
    with np.errstate(invalid="ignore"):
        return (b08 < dark_nir) & (b08 > b04)


# --------------------------------------------------------------------------- sun angles

def overpass_time(when: datetime, lon: float) -> datetime:
    """*when* itself, or 10:30 local mean solar time of its day when it carries no time of day (00:00:00)."""
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    when = when.astimezone(timezone.utc)
    if (when.hour, when.minute, when.second, when.microsecond) != (0, 0, 0, 0):
        return when
    return when.replace(hour=0) + timedelta(hours=10.5 - lon / 15.0)


def grid_lonlat(grid) -> Optional[Tuple[float, float]]:
    """(lon, lat) of the grid centre, None without a CRS."""
    if grid.crs is None:
        return None
    from rasterio.warp import transform as warp_transform

    x, y = grid.transform * (grid.width / 2.0, grid.height / 2.0)
    try:
        lon, lat = warp_transform(grid.crs, "EPSG:4326", [x], [y])
    except Exception:  # noqa: BLE001 - outside the CRS's domain
        return None
    if not (math.isfinite(lon[0]) and math.isfinite(lat[0])):
        return None
    return float(lon[0]), float(lat[0])


def sun_for(angles: dict, when: datetime, grid) -> Tuple[Optional[float], Optional[float], str]:
    """(sun zenith, sun azimuth, where from) in degrees: the product's, else computed."""
    z, a = (angles or {}).get("sun_zenith"), (angles or {}).get("sun_azimuth")
    if z is not None and a is not None:
        return float(z), float(a), "product"
    ll = grid_lonlat(grid)
    if ll is None:
        return None, None, "unknown (no CRS)"
    from ..solar import sun_angles

    t = overpass_time(when, ll[0])
    z2, a2 = sun_angles(t, ll[1], ll[0])
    return (float(z) if z is not None else z2), (float(a) if a is not None else a2), \
        "computed for %s UTC" % t.strftime("%Y-%m-%d %H:%M")
