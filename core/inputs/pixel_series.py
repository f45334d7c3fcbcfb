# SPDX-License-Identifier: GPL-3.0-or-later
"""The time series of one pixel of a per-date raster (outputs of decode, biophysical, soilmoisture).

Those rasters have one band per date; each band has the tags DATE, VARIABLE, UNITS and the description
"<YYYY-MM-DD> <label> [<units>]"; the dataset tag EOLATENT_VARIABLE names the variable (``LAI``, ``LAI_STD``,
``QUALITY``). The 1σ of a variable is the raster whose variable is ``<VAR>_STD``. No QGIS here: the pixel
plot dock (plugin/pixel_plot_dock.py) calls these functions.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from typing import List, Optional, Sequence

import numpy as np

from ..i18n import tr

_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\b")
_UNITS_RE = re.compile(r"\[([^\]]*)\]\s*$")


class OutsideRaster(ValueError):
    """The point falls outside the raster."""


@dataclass
class DatedRaster:
    path: str
    variable: str            # "LAI", "LAI_STD", "SM", "QUALITY", ... (upper case)
    units: str
    dates: List[date]
    shape: tuple             # (rows, columns)

    @property
    def is_std(self) -> bool:
        return self.variable.endswith("_STD")

    @property
    def is_flags(self) -> bool:
        return self.variable == "QUALITY" or self.units == "flags"

    @property
    def base_variable(self) -> str:
        return self.variable[:-4] if self.is_std else self.variable


@dataclass
class PixelSeries:
    variable: str
    units: str
    dates: List[date]
    values: np.ndarray                 # float64, NaN = no data
    std: Optional[np.ndarray] = None   # 1σ per date, NaN = no data
    row: int = 0
    col: int = 0

    @property
    def has_data(self) -> bool:
        return bool(np.isfinite(self.values).any())


def _band_date(description: str, tags: dict) -> Optional[date]:
    text = tags.get("DATE") or ""
    m = _DATE_RE.match(text) or _DATE_RE.match(description or "")
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def describe(path: str) -> Optional[DatedRaster]:
    """The per-date layout of ``path``, or None when it is not one variable's per-date raster: a band has no date,
    a date has several bands (a stack), or it is a latent raster."""
    import rasterio
    from rasterio.errors import RasterioError

    try:
        ds = rasterio.open(path)
    except (RasterioError, OSError):
        return None
    with ds:
        if ds.tags().get("EOLATENT_LATENT") == "1":     # a latent raster: features per window, not one quantity
            return None
        dates, units = [], ""
        for i in range(1, ds.count + 1):
            tags = ds.tags(i)
            d = _band_date(ds.descriptions[i - 1] or "", tags)
            if d is None:
                return None
            dates.append(d)
            if i == 1:
                m = _UNITS_RE.search(ds.descriptions[0] or "")
                units = tags.get("UNITS") or (m.group(1) if m else "")
        if len(set(dates)) < len(dates):      # several bands a date (a stack, a latent): not one variable's series
            return None
        first = ds.descriptions[0] or ""
        variable = ds.tags().get("EOLATENT_VARIABLE") or ds.tags(1).get("VARIABLE") or \
            (first.split(" ")[1] if len(first.split(" ")) > 1 else os.path.splitext(os.path.basename(path))[0])
        if "1-sigma" in first and not variable.upper().endswith("_STD"):
            variable += "_STD"
        return DatedRaster(path, variable.upper(), units, dates, (ds.height, ds.width))


def find_std(raster: DatedRaster, candidates: Sequence[DatedRaster]) -> Optional[DatedRaster]:
    """The 1σ raster of ``raster`` among ``candidates``: variable ``<VAR>_STD``, same dates and shape;
    one in the same folder first."""
    if raster.is_std or raster.is_flags:
        return None
    hits = [c for c in candidates if c.variable == raster.variable + "_STD" and c.dates == raster.dates
            and c.shape == raster.shape]
    hits.sort(key=lambda c: os.path.dirname(os.path.abspath(c.path)) != os.path.dirname(os.path.abspath(raster.path)))
    return hits[0] if hits else None


def pixel_of(ds, x: float, y: float):
    """(row, col) of the point (x, y) in the raster CRS; OutsideRaster outside."""
    col, row = ~ds.transform * (x, y)
    r, c = int(np.floor(row)), int(np.floor(col))
    if not (0 <= r < ds.height and 0 <= c < ds.width):
        raise OutsideRaster(tr("the point {x:.2f}, {y:.2f} is outside {file}", x=x, y=y,
                               file=os.path.basename(ds.name)))
    return r, c


def _read_pixel(path: str, x: float, y: float):
    import rasterio
    from rasterio.windows import Window

    with rasterio.open(path) as ds:
        r, c = pixel_of(ds, x, y)
        v = ds.read(window=Window(c, r, 1, 1)).astype(np.float64)[:, 0, 0]
        nodata = ds.nodatavals
        for i, nd in enumerate(nodata):
            if nd is not None and not np.isnan(nd) and v[i] == nd:
                v[i] = np.nan
        return v, r, c


def read_series(raster: DatedRaster, x: float, y: float, std: Optional[DatedRaster] = None) -> PixelSeries:
    """The series of the pixel holding (x, y) (raster CRS) and its 1σ when ``std`` is given."""
    values, r, c = _read_pixel(raster.path, x, y)
    sigma = _read_pixel(std.path, x, y)[0] if std is not None else None
    return PixelSeries(raster.base_variable if not raster.is_std else raster.variable, raster.units,
                       list(raster.dates), values, sigma, r, c)
