# SPDX-License-Identifier: GPL-3.0-or-later
"""The units of the coarse LST input: Kelvin or MODIS raw integers (K = DN · 0.02), detected from a decimated
sample of the band or set by the caller, and checked against what a land-surface temperature can be.

A refusal names what the values look like and the fix: °C (+273.15; the explicit setting acknowledged when the
units were set to Kelvin), a reflectance or index (0–1.5), a class map (a few distinct small whole numbers, e.g.
a land-cover map, which used to be called °C), or integers whose median is not a temperature but would be with
an undeclared scale (Kelvin × 100 stored as integers: declare the scale in the file, as for a scaled guide).
"""
from __future__ import annotations

import numpy as np

from . import modis
from .errors import LstInputError
from ..i18n import tr

CLASS_MAP_MAX_VALUES = 16    # distinct whole numbers in the sample: more is a field, not a class map
CLASS_MAP_MIN_PIXELS = 64    # fewer sampled pixels say nothing (a 2×2 raster has 4 distinct values)
SCALES = (0.01, 0.1, 0.001)  # undeclared scales suggested when they turn the median into a plausible LST
PLAUSIBLE = (180.0, 350.0)   # K: a median suggested after such a scale must lie here


def _class_map(vals, integer) -> bool:
    if not integer or vals.size < CLASS_MAP_MIN_PIXELS:
        return False
    distinct = np.unique(vals)
    return distinct.size <= CLASS_MAP_MAX_VALUES and float(np.median(vals)) < modis.LST_RANGE[0]


def _scale_hint(raw_median: float, declared_scale: float) -> str:
    """'; … declare the scale …' when an undeclared scale would make the raw median a plausible temperature."""
    if declared_scale != 1.0:
        return ""
    for s in SCALES:
        k = raw_median * s
        if PLAUSIBLE[0] <= k <= PLAUSIBLE[1]:
            return tr("; its raw values (median {raw:.6g}) × {scale:g} give {kelvin:.1f} K: if the file holds Kelvin × "
                      "{inverse:g} as whole numbers, declare that scale in its metadata (e.g. {command})",
                      raw=raw_median, scale=s, kelvin=k, inverse=round(1 / s), command=f"gdal_edit.py -scale {s:g}")
    return ""


def detect_kind(sample, dtype, nodata, scale, offset, kind, band_name, name) -> str:
    """"kelvin" or "modis_raw" for ``kind`` "auto" (else ``kind`` itself), after checking the sample's values;
    raises :class:`LstInputError` naming what the values look like and the fix."""
    forced = kind != "auto"
    integer = np.dtype(dtype).kind in "ui"
    sample = np.asarray(sample, np.float64)
    use = np.isfinite(sample) & (sample != (nodata if nodata is not None else np.nan))
    if integer:
        use &= sample != modis.FILL
    raw = sample[use]
    vals = raw * scale + offset
    if kind == "auto":
        if integer and (band_name.startswith("LST") or (vals.size and np.median(vals) > 1000)):
            kind = "modis_raw"
        else:
            kind = "kelvin"
    if not vals.size:  # nothing valid in the overview: the full pass decides (and names the problem)
        return kind
    med = float(np.median(vals) * (modis.SCALE if kind == "modis_raw" and scale == 1.0 else 1.0))
    if _class_map(vals, integer):
        values = ", ".join(f"{v:g}" for v in np.unique(vals))
        raise LstInputError(tr("{file} holds only {count} distinct whole numbers ({values}): it looks like a class map "
                               "(e.g. land cover), not a land-surface temperature; give a coarse LST raster in Kelvin "
                               "(or MODIS MOD11A1 {band})", file=name, count=np.unique(vals).size, values=values,
                               band="LST_Day_1km"))
    if kind == "kelvin" and 0.0 <= np.percentile(vals, 1) and np.percentile(vals, 99) <= 1.5:
        raise LstInputError(tr("{file}: its values lie in 0–1.5 (median {median:.3g}): a reflectance, an index "
                               "or a fraction, not a land-surface temperature; give a coarse LST raster in Kelvin "
                               "(or MODIS MOD11A1 {band})", file=name, median=med, band="LST_Day_1km"))
    if kind == "kelvin" and -80.0 < med < 80.0:
        if forced:
            raise LstInputError(tr("{file} looks like °C (median {median:.1f}) although its units are set to Kelvin; "
                                   "the setting does not convert: convert the raster to Kelvin (+273.15)", file=name,
                                   median=med))
        raise LstInputError(tr("{file} looks like °C (median {median:.1f}); convert it to Kelvin (+273.15)",
                               file=name, median=med))
    if not modis.LST_RANGE[0] <= med <= modis.LST_RANGE[1]:
        hint = _scale_hint(float(np.median(raw)), scale) if integer else ""
        raise LstInputError(tr(
            "{file}: median value {median:.4g} is not a temperature in Kelvin as read ({kind}); set the input "
            "units (Kelvin, or MODIS raw DN × 0.02 with fill 0)", file=name, median=med,
            kind=tr("MODIS raw DN × 0.02, fill 0") if kind == "modis_raw" else tr("Kelvin")) + hint)
    return kind
