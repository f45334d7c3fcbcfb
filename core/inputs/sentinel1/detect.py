# SPDX-License-Identifier: GPL-3.0-or-later
"""Inspect one raster file: which bands are backscatter (and of which polarisation,
date, units), incidence angles or validity masks, and the acquisition metadata.

Units (dB or linear power) are decided per band from, in order: the band tags / GDAL
band unit / band description, the dataset tags, the file name (``_db``, ``_lin``), and
finally the value distribution of a decimated sample (the median of dB backscatter is
negative; linear power is >= 0 with a median below 1). S1Tiling products are linear.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import numpy as np
from rasterio.enums import Resampling

from ...i18n import tr
from . import common as c
from .common import S1FormatError


@dataclass(frozen=True)
class BandRef:
    """One backscatter band: ``value = raw * scale + offset`` in ``units`` ("dB" or
    "linear"); raw ``nodata`` and NaN are invalid."""

    path: str
    index: int
    units: str
    nodata: Optional[float] = None
    scale: float = 1.0
    offset: float = 0.0


@dataclass(frozen=True)
class AngleRef:
    """An incidence-angle band: ``kind`` "deg", "deg100" (100 x degrees), "sin", "cos",
    "tan"; or a constant ``value`` in degrees (path None)."""

    path: Optional[str]
    index: int = 1
    kind: str = "deg"
    nodata: Optional[float] = None
    value: Optional[float] = None


@dataclass(frozen=True)
class MaskRef:
    """A validity band: nonzero = valid."""

    path: str
    index: int = 1


@dataclass
class BandInfo:
    """A backscatter band found in a file."""

    pol: str
    ref: BandRef
    date: Optional[object]
    tags: dict
    quantity: Optional[str]


@dataclass
class FileInfo:
    """What a raster file holds, for grouping into acquisitions."""

    path: str
    stem: str
    grid: c.Grid
    tags: dict
    bands: List[BandInfo] = field(default_factory=list)
    angles: List[tuple] = field(default_factory=list)  # (AngleRef, date or None)
    masks: List[tuple] = field(default_factory=list)   # (MaskRef, date or None)
    is_stack: bool = False
    date: Optional[object] = None
    platform: Optional[str] = None
    direction: Optional[str] = None
    relative_orbit: Optional[int] = None
    tile: Optional[str] = None
    fmt: str = "geotiff"
    inventory: str = ""


_DESC_DATE_RE = re.compile(r"^\s*(?P<name>\S+?)[\s_]+(?P<date>\d{4}-?\d{2}-?\d{2}"
                           r"(?:[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?Z?)\s*$")
_INCIDENCE_TAGS = ("INCIDENCE_ANGLE", "INCIDENCE", "MEAN_INCIDENCE_ANGLE", "INCIDENCE_ANGLE_MID",
                   "INCIDENCE_ANGLE_MEAN", "THETA")


LINEAR_MEDIAN_MAX = 10.0     # a linear-power band whose median exceeds this (+10 dB) holds something else
COMMON_FILLS = (-9999.0, -32768.0, -999.0, -99.0)    # left out of the dB scale check (a file mostly gaps)


def units_from_values(sample: np.ndarray) -> Optional[str]:
    """"dB" / "linear" from the value distribution; None when ambiguous or empty."""
    v = sample[np.isfinite(sample)]
    if v.size == 0:
        return None
    med = float(np.median(v))
    if med < 0 or np.mean(v < 0) > 0.05:
        return "dB"
    if float(v.min()) >= 0 and med < 1.0:
        return "linear"
    return None


def _sample(ds, index: int, nodata, scale: float, offset: float) -> np.ndarray:
    h, w = min(ds.height, 256), min(ds.width, 256)
    try:
        raw = ds.read(index, out_shape=(h, w), resampling=Resampling.nearest).astype(np.float64)
    except Exception as exc:  # noqa: BLE001 - GDAL errors of all kinds
        raise S1FormatError(tr("cannot read {path} (GDAL: {error}); the file is truncated or corrupt - "
                               "download or export it again", path=ds.name, error=exc)) from None
    if nodata is not None:
        raw[raw == nodata] = np.nan
    return raw * scale + offset


def _angle_kind(stem: str, dtype: str, desc: str) -> str:
    m = c.S1TILING_ANGLE_RE.match(stem)
    if m:
        kind = m.group("kind").lower()
        if kind.startswith(("sin", "cos", "tan")):
            return kind[:3]
        return "deg100"  # S1Tiling writes 100 x degrees
    return "deg100" if dtype in ("uint16", "int16") else "deg"


def inspect_file(path: str, ds) -> FileInfo:
    """Classify the bands of the open dataset *ds* (opened from *path*)."""
    stem = Path(path).name
    for ext in (".tiff", ".tif", ".vrt", ".img"):
        if stem.lower().endswith(ext):
            stem = stem[: -len(ext)]
            break
    dstags = ds.tags()
    toks = c.tokens(stem)
    info = FileInfo(path=path, stem=stem, grid=c.grid_of(ds), tags=dstags)
    m_tiling = c.S1TILING_RE.match(stem)
    m_angle = c.S1TILING_ANGLE_RE.match(stem)
    info.fmt = ("s1tiling" if (m_tiling or m_angle) else
                "pyrosar" if c.PYROSAR_RE.match(stem) else "geotiff")
    info.is_stack = (c.tag(dstags, ("EOLATENT_STACK",)) or "").lower() in ("1", "true", "yes") \
        and (c.tag(dstags, ("MODALITY",)) or "S1").upper() == "S1"
    info.date = c.date_from_tags(dstags) or c.date_from_name(stem)
    info.platform = c.platform_from(dstags, stem)
    info.direction = c.direction_from(dstags, toks) or c.pyrosar_direction(stem)
    info.relative_orbit = c.relative_orbit_from(dstags, stem)
    if m_tiling or m_angle:
        info.tile = (m_tiling or m_angle).group("tile").upper()
    if m_angle:  # S1Tiling LIA / IA sidecar: angles only
        info.relative_orbit = int(m_angle.group("orbit"))
        info.angles.append((AngleRef(path, 1, _angle_kind(stem, ds.dtypes[0], ""), ds.nodata),
                            None))
        return info
    if c.is_mask_name(stem) and ds.count == 1:
        info.masks.append((MaskRef(path, 1), None))
        return info
    if ds.count == 1 and c.is_incidence_name(stem):
        info.angles.append((AngleRef(path, 1, _angle_kind(stem, ds.dtypes[0], ""), ds.nodata),
                            None))
        return info

    file_units = c.units_from(dstags, None, toks)
    file_quantity = c.quantity_from(dstags, stem, toks)
    file_pol = c.pol_from_tags(dstags) or c.pol_in_tokens(toks)
    descs, inventory = ds.descriptions, []
    db_checked = False          # the scale of a dB file is checked once, on its first backscatter band
    for i in range(1, ds.count + 1):
        btags = ds.tags(i)
        desc = (descs[i - 1] or "").strip()
        inventory.append(desc or "<none>")
        name, date_txt = desc, None
        m = _DESC_DATE_RE.match(desc)
        if m:
            name, date_txt = m.group("name"), m.group("date")
        name = c.tag(btags, ("BAND_NAME",)) or name
        bdate = c.try_parse_datetime(c.tag(btags, ("DATE", "ACQUISITION_DATETIME"))) \
            or c.try_parse_datetime(date_txt)
        btoks = c.tokens(name)
        pol = c.pol_from_tags(btags) or c.pol_in_tokens(btoks)
        if pol is None and (name.upper() in ("INCIDENCE", "INC", "LIA", "ANGLE", "THETA")
                            or c.is_incidence_name(name)):
            unit = (ds.units[i - 1] or "") if ds.units else ""
            kind = "deg100" if "100" in unit or ds.dtypes[i - 1] in ("uint16", "int16") else "deg"
            info.angles.append((AngleRef(path, i, kind, ds.nodata), bdate))
            continue
        if pol is None and c.is_mask_name(name):
            info.masks.append((MaskRef(path, i), bdate))
            continue
        if pol is None and ds.count == 1:
            pol = file_pol
        if pol is None:
            continue
        dtype = np.dtype(ds.dtypes[i - 1])
        if dtype.kind not in "iuf":
            raise S1FormatError(tr("band {band} of {path} has data type {dtype}; backscatter must be real "
                                   "numbers (Float32) - export it again as Float32",
                                   band=i, path=path, dtype=dtype.name))
        scale = float(ds.scales[i - 1] or 1.0) if ds.scales else 1.0
        offset = float(ds.offsets[i - 1] or 0.0) if ds.offsets else 0.0
        nodata = ds.nodata if ds.nodata is not None and np.isfinite(ds.nodata) else None
        units = c.units_from(btags, ds.units[i - 1] if ds.units else None, btoks) or file_units
        sample = None
        if units is None or units == "linear" or not db_checked:
            sample = _sample(ds, i, nodata, scale, offset)
        if units == "dB" and sample is not None:
            db_checked = True
            vals = sample[np.isfinite(sample) & ~np.isin(sample, COMMON_FILLS)]
            db_median = float(np.median(vals)) if vals.size else None
            if db_median is not None and not -60.0 < db_median < 40.0:
                raise S1FormatError(tr(
                    "band {band} ({pol}) of {path} is declared in dB but its median is {median:.4g}, outside any "
                    "scene's (about −25 … −5 dB): the values are scaled (dB × 100?) or another quantity; set the "
                    "band's scale (gdal_edit.py -scale) or fix the UNITS tag or the file name", band=i, pol=pol,
                    path=path, median=db_median))
        by_values = units_from_values(sample) if sample is not None else None
        if units == "dB" and by_values == "linear" and not info.is_stack:   # a stack: its readers say what to do
            raise S1FormatError(tr(
                "band {band} ({pol}) of {path} is declared in dB but none of its values is negative (median "
                "{median:.3g}), as in linear power (dB backscatter is about −25 … −5); fix the UNITS tag or the file "
                "name (_lin for linear power)", band=i, pol=pol, path=path, median=float(np.nanmedian(sample))))
        if units is None:
            units = by_values or ("linear" if info.fmt == "s1tiling" else None)
        if units is None:
            raise S1FormatError(tr(
                "cannot tell whether band {band} ({pol}) of {path} is in dB or linear power (median {median:.3g}); "
                "set the tag UNITS=dB or UNITS=linear (gdal_edit.py -mo UNITS=dB {file}) or end "
                "the file name with _db / _lin", band=i, pol=pol, path=path,
                median=float(np.nanmedian(sample)) if np.isfinite(sample).any() else float("nan"),
                file=os.path.basename(path)))
        med = float(np.nanmedian(sample)) if units == "linear" and np.isfinite(sample).any() else None
        if med is not None and med > LINEAR_MEDIAN_MAX:
            raise S1FormatError(tr(
                "band {band} ({pol}) of {path} is declared linear power but its median is {median:.3g} ({db:+.0f} dB), "
                "far above any scene's (about −25 … −5 dB): the values are scaled (× 10 000?) or another quantity; "
                "set the band's scale (gdal_edit.py -scale) or fix the UNITS tag or the file name",
                band=i, pol=pol, path=path, median=med, db=10.0 * np.log10(med)))
        if units == "linear" and by_values == "dB":
            raise S1FormatError(tr(
                "band {band} ({pol}) of {path} is declared linear power but most of its values are "
                "negative (median {median:.3g}), as in dB; fix the UNITS tag or the file name",
                band=i, pol=pol, path=path, median=float(np.nanmedian(sample))))
        quantity = c.quantity_from(btags, name, btoks) or file_quantity
        info.bands.append(BandInfo(pol, BandRef(path, i, units, nodata, scale, offset),
                                   bdate, btags, quantity))
    info.inventory = tr("band descriptions: {names}", names=",".join(inventory[:20]))
    const = c.to_float(c.tag(dstags, _INCIDENCE_TAGS))
    if const is not None and not info.angles and 0 < const < 90:
        info.angles.append((AngleRef(None, value=const), None))
    return info
