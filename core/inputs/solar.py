# SPDX-License-Identifier: GPL-3.0-or-later
"""Sun position from time and place (NOAA/Spencer-style low-precision formulas, ~0.1° accuracy).

Used where an image carries its acquisition time but no angle metadata (e.g. plain per-date GeoTIFFs).
"""
from __future__ import annotations

import datetime as _dt
import math
from typing import Tuple


def sun_angles(when: _dt.datetime, lat: float, lon: float) -> Tuple[float, float]:
    """Return (sun zenith, sun azimuth clockwise from north) in degrees for a UTC datetime."""
    if when.tzinfo is not None:
        when = when.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    day = when.timetuple().tm_yday
    hours = when.hour + when.minute / 60.0 + when.second / 3600.0
    g = 2.0 * math.pi / 365.0 * (day - 1 + (hours - 12.0) / 24.0)  # fractional year (rad)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g)
                       - 0.014615 * math.cos(2 * g) - 0.040849 * math.sin(2 * g))  # minutes
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g) - 0.006758 * math.cos(2 * g)
            + 0.000907 * math.sin(2 * g) - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    true_solar_minutes = hours * 60.0 + eqtime + 4.0 * lon
    hour_angle = math.radians(true_solar_minutes / 4.0 - 180.0)
    phi = math.radians(lat)
    cos_z = math.sin(phi) * math.sin(decl) + math.cos(phi) * math.cos(decl) * math.cos(hour_angle)
    zenith = math.acos(max(-1.0, min(1.0, cos_z)))
    sin_z = math.sin(zenith)
    if sin_z < 1e-9:
        return math.degrees(zenith), 180.0
    cos_az = (math.sin(decl) - math.sin(phi) * cos_z) / (math.cos(phi) * sin_z)
    azimuth = math.degrees(math.acos(max(-1.0, min(1.0, cos_az))))
    if hour_angle > 0:  # afternoon: sun west of the meridian
        azimuth = 360.0 - azimuth
    return math.degrees(zenith), azimuth
