# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the streamed per-date raster jobs: output checks, per-date output specs, dated input
rasters (one band per date, a DATE band tag) and per-pixel interpolation in time.

Dates are compared as calendar days (UTC): a Sentinel-1 acquisition at 17:30 and a Sentinel-2 one
at 10:00 of the same day are the same date.
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from typing import Dict, Iterable, List, Optional, Sequence

import numpy as np

from ..i18n import number, tr
from ..outputs.geotiff import OutputSpec, check_writable

_DATE_PREFIX = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def check_outputs(outputs: Dict[str, str], allowed: Sequence[str]) -> None:
    """Fail early on unknown output keys, no output, two outputs on one file or an unwritable path."""
    unknown = [k for k in outputs if k not in allowed]
    if unknown:
        raise ValueError(tr("unknown output(s) {unknown}; choose from {allowed}",
                            unknown=", ".join(unknown), allowed=", ".join(allowed)))
    if not outputs:
        raise ValueError(tr("no output requested; give at least one of {allowed}", allowed=", ".join(allowed)))
    paths = [os.path.abspath(p) for p in outputs.values()]
    if len(set(paths)) != len(paths):
        raise ValueError(tr("two outputs point to the same file; give each output its own path"))
    for path in outputs.values():
        check_writable(path)


_ASCII_UNITS = str.maketrans({"²": "2", "³": "3", "µ": "u", "μ": "u", "°": "deg "})


_SAME_UNITS = {"fraction 0-1": "1", "fraction": "1", "0-1": "1", "-": "1", "unitless": "1"}   # a dimensionless 0–1


def ascii_units(units: str) -> str:
    """Units in ASCII ("m²/m²" → "m2/m2", "µg/cm²" → "ug/cm2"), so every dated output (biophysical, decode,
    soil moisture) names the same unit the same way and GIS tools without UTF-8 metadata read it; the spellings of
    a dimensionless fraction ("fraction 0-1", as the decoders' cards write it) become "1", as the biophysical ones."""
    text = " ".join((units or "").translate(_ASCII_UNITS).split())
    return _SAME_UNITS.get(text.lower(), text)


def dated_spec(path: str, dates: Sequence[str], key: str, label: str, units: str, ds_tags: Dict[str, str],
               flag_meanings: Optional[str] = None, band_tags: Optional[Sequence[Dict[str, str]]] = None
               ) -> OutputSpec:
    """An output with one band per date: description "<YYYY-MM-DD> <label> [<units>]", band tags DATE,
    VARIABLE, UNITS (plus ``band_tags``); units in ASCII (:func:`ascii_units`). With ``flag_meanings`` the output
    is uint8 flags (no blend)."""
    is_flag = flag_meanings is not None
    units = ascii_units(units)
    descr = [f"{d} {label}" + (f" [{units}]" if units and not is_flag else "") for d in dates]
    tags = [dict(DATE=d, VARIABLE=key, UNITS="flags" if is_flag else (units or "1")) for d in dates]
    if band_tags:
        tags = [dict(t, **extra) for t, extra in zip(tags, band_tags)]
    ds_tags = dict(ds_tags, EOLATENT_VARIABLE=key)
    if is_flag:
        ds_tags["FLAG_MEANINGS"] = flag_meanings
        return OutputSpec(path, len(dates), "uint8", None, descr, tags, ds_tags, blend=False)
    return OutputSpec(path, len(dates), "float32", float("nan"), descr, tags, ds_tags, units)


def day_of(value) -> date:
    """Calendar day (UTC) of a datetime (aware = converted to UTC), a date or an ISO text."""
    from .sentinel2.common import parse_datetime

    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return parse_datetime(value).date()


def band_dates(ds) -> List[Optional[date]]:
    """Date of every band of an open rasterio dataset: the DATE (or ACQUISITION_DATETIME) band tag,
    else a YYYY-MM-DD at the start of the band description; None where neither is present."""
    found = []
    for b in range(1, ds.count + 1):
        tags = {k.upper(): v for k, v in ds.tags(b).items()}
        text = tags.get("DATE") or tags.get("ACQUISITION_DATETIME")
        if not text:
            m = _DATE_PREFIX.match(ds.descriptions[b - 1] or "")
            text = m.group(1) if m else None
        try:
            found.append(day_of(text) if text else None)
        except ValueError:
            found.append(None)
    return found


def same_grid(a, b) -> bool:
    """True when two grids (crs, transform, width, height) are the same pixel lattice."""
    if (a.width, a.height) != (b.width, b.height) or a.crs != b.crs:
        return False
    tol = 1e-3 * min(abs(a.transform.a), abs(a.transform.e))
    return all(abs(x - y) <= tol for x, y in zip(tuple(a.transform)[:6], tuple(b.transform)[:6]))


def crs_label(crs) -> str:
    """A CRS as a message names it: "EPSG:32633", else its PROJ string (short, and what gdalwarp -t_srs takes: the
    MODIS sinusoidal's WKT filled 600 characters of an error), else its WKT; "none" without one."""
    if crs is None:
        return tr("none")
    try:
        epsg = crs.to_epsg()
    except Exception:  # noqa: BLE001 - a CRS rasterio cannot match to a code
        epsg = None
    if epsg:
        return f"EPSG:{epsg}"
    try:
        proj = crs.to_proj4()
    except Exception:  # noqa: BLE001 - not expressible as PROJ: the WKT
        proj = ""
    return proj.replace("=True", "") or crs.to_string()        # rasterio writes flags as "+no_defs=True"


def describe_grid(g) -> str:
    """Size, pixel size, origin and CRS of a grid; the origin with fixed decimals (2 in metres, 7 in degrees), so
    that grids a metre apart print differently."""
    t = g.transform
    nd = 7 if getattr(g.crs, "is_geographic", False) else 2
    return tr("{width}×{height} px of {xres:g}×{yres:g} at ({x}, {y}) in {crs}", width=g.width, height=g.height,
              xres=abs(t.a), yres=abs(t.e), x=number(t.c, f".{nd}f"), y=number(t.f, f".{nd}f"), crs=crs_label(g.crs))


def ordinals(days: Iterable[date]) -> np.ndarray:
    return np.array([d.toordinal() for d in days], np.float64)


def nearest_valid_gap(values: np.ndarray, days: np.ndarray, day: float) -> np.ndarray:
    """Per pixel, the number of days from ``day`` to the nearest date of ``days`` at which ``values`` (n, h, w) is
    finite (NaN = missing): how far :func:`interpolate_in_time` reaches there; inf where no date is valid."""
    dist = np.abs(np.asarray(days, np.float64) - float(day))[:, None, None]
    return np.where(np.isfinite(values), dist, np.inf).min(axis=0)


def interpolate_in_time(values: np.ndarray, days: np.ndarray, day: float) -> np.ndarray:
    """Per-pixel linear interpolation in time of ``values`` (n, h, w), NaN = missing, known on ``days``
    (n,) ascending day numbers, at ``day``: between the nearest valid dates before and after; the
    nearest valid date beyond the ends; NaN where no date is valid."""
    n = values.shape[0]
    valid = np.isfinite(values)
    idx = np.arange(n)[:, None, None]
    days = np.asarray(days, np.float64)
    before = np.where(valid & (days <= day)[:, None, None], idx, -1).max(axis=0)
    after = np.where(valid & (days >= day)[:, None, None], idx, n).min(axis=0)
    has_b, has_a = before >= 0, after < n
    b, a = np.clip(before, 0, n - 1), np.clip(after, 0, n - 1)
    vb = np.take_along_axis(values, b[None], 0)[0].astype(np.float64)
    va = np.take_along_axis(values, a[None], 0)[0].astype(np.float64)
    span = days[a] - days[b]
    w = np.where(span > 0, (day - days[b]) / np.where(span > 0, span, 1.0), 0.0)
    out = np.where(has_b & has_a, vb + w * (va - vb), np.where(has_b, vb, np.where(has_a, va, np.nan)))
    return out.astype(np.float32)
