# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the coarse LST input of eolatent:superresolve, with its checks (the guide: :mod:`guide_input`).

Input: a single-band LST raster in Kelvin (float; its nodata and NaN masked), or MODIS MOD11A1-style
raw integers (K = DN · 0.02, 0 = fill), detected from the integer type and the values or the band name,
or forced by the caller (:mod:`units`). A multi-band MOD11A1 GeoTIFF (bands named LST_Day_1km, QC_Day, …) is
read as its LST_Day_1km band (or the band asked for, numbered from 1) with the matching QC band applied
(modis.qc_ok). Values outside 150–400 K are masked (fill, sea, corrupt pixels); :meth:`LstSource.read_counted`
also says which valid-looking pixels were masked for that alone, so the run can count them in its log.

A failed read (a truncated or corrupt file, a VRT whose source file is gone) is refused naming the file, its
role (LST input or guide) and the fix, or the missing source file (:func:`read_failed`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import numpy as np
from rasterio.transform import Affine

from . import modis
from .errors import LstInputError
from .units import detect_kind
from ..engine.input_checks import corrupt_message, missing_source, read_window
from ..i18n import tr
from ..inputs.product_kind import product_kind

KINDS = ("auto", "kelvin", "modis_raw")
__all__ = ["KINDS", "LstInputError", "Grid", "fine_grid", "read_failed", "read_checked", "read_boundless",
           "LstSource"]


@dataclass
class Grid:
    crs: object
    transform: Affine
    width: int
    height: int


def fine_grid(grid, factor: int) -> Grid:
    """Same origin and CRS, pixel / factor, exactly factor× the pixels on each axis."""
    return Grid(grid.crs, grid.transform * Affine.scale(1.0 / factor), grid.width * factor, grid.height * factor)


def read_failed(exc, path, guide: bool = False) -> LstInputError:
    """The refusal of a failed GDAL read of the LST input (or the ``guide``): the missing source file of a VRT
    when GDAL says "No such file", else a truncated or corrupt file."""
    return LstInputError(_read_failure(path, exc, guide))


def _read_failure(path, exc, guide: bool = False) -> str:
    source = missing_source(exc, path)
    if source:
        if guide:
            return tr("cannot read the guide {path}: its source file {source} does not exist (GDAL: {error}); restore "
                      "that file or rebuild the guide (e.g. {command})", path=path, source=source, error=exc,
                      command="gdalbuildvrt")
        return tr("cannot read the LST input {path}: its source file {source} does not exist (GDAL: {error}); restore "
                  "that file or rebuild the input (e.g. {command})", path=path, source=source, error=exc,
                  command="gdalbuildvrt")
    if guide:
        return tr("cannot read the guide {path} (GDAL: {error}); the file is truncated or corrupt - download or export "
                  "it again", path=path, error=exc)
    return corrupt_message(path, exc)


def read_checked(ds, *args, guide: bool = False, **kwargs):
    """``ds.read(*args, **kwargs)``, a GDAL failure refused by :func:`read_failed` (the engine's read_window)."""
    return read_window(ds, *args, error=LstInputError, message=lambda path, exc: _read_failure(path, exc, guide),
                       **kwargs)


def read_boundless(ds, band, row, col, h, w, fill, guide: bool = False):
    """Window read where pixels outside the raster take ``fill``."""
    from rasterio.windows import Window

    out = np.full((h, w), fill, dtype=ds.dtypes[band - 1])
    r0, c0 = max(row, 0), max(col, 0)
    r1, c1 = min(row + h, ds.height), min(col + w, ds.width)
    if r1 > r0 and c1 > c0:
        out[r0 - row:r1 - row, c0 - col:c1 - col] = read_checked(ds, band, window=Window(c0, r0, c1 - c0, r1 - r0),
                                                                 guide=guide)
    return out


class LstSource:
    """The coarse LST raster: ``grid``, ``kind`` ("kelvin"/"modis_raw"), ``description``, ``read``."""

    def __init__(self, path: str, kind: str = "auto", band: Optional[int] = None):
        import rasterio

        if kind not in KINDS:
            raise LstInputError(tr("unknown input kind {kind}; one of {kinds}", kind=repr(kind),
                                   kinds=", ".join(KINDS)))
        name = os.path.basename(path)
        try:
            self.ds = rasterio.open(path)
        except Exception as exc:  # noqa: BLE001 - GDAL errors of all kinds
            raise LstInputError(tr("cannot open the LST input {path} (GDAL: {error}); the file is missing, truncated or "
                                   "not a raster: give a land-surface temperature GeoTIFF (e.g. MODIS MOD11A1)",
                                   path=path, error=exc)) from None
        ds = self.ds
        desc = [(d or "").strip().upper() for d in ds.descriptions]
        self.qc_band = None
        if band is not None:        # 0 is not "automatic" here (Processing passes None for its 0)
            if not 1 <= band <= ds.count:
                raise LstInputError(tr("{parameter} {band} does not exist: {file} has {count} band(s), numbered from 1",
                                       parameter="BAND", band=band, file=name, count=ds.count))
            self.band = int(band)
        elif ds.count == 1:
            self.band = 1
        elif "LST_DAY_1KM" in desc:
            self.band = desc.index("LST_DAY_1KM") + 1
        else:
            raise LstInputError(tr(
                "{file} has {count} bands and none is named {band}: say which band holds the land-surface "
                "temperature ({parameter}), or give a single-band LST raster", file=name, count=ds.count,
                band="LST_Day_1km", parameter="BAND"))
        from ..inputs.sentinel2.common import normalize_band_name

        tags = ds.tags()
        s2_name = normalize_band_name(desc[self.band - 1].split()[0]) if desc[self.band - 1].split() else None
        product = product_kind(tags, ds.tags(self.band), accepted=("lst",))   # another EO Latent output
        if product or s2_name:
            what = product or tr("Sentinel-2 band {band} (reflectance)", band=s2_name)
            raise LstInputError(tr("{file} is {what}, not a land-surface temperature; give a coarse LST raster (MODIS "
                                   "MOD11A1 {band} or a single-band LST in Kelvin)", file=name, what=what,
                                   band="LST_Day_1km"))
        if desc[self.band - 1] in modis.NOT_LST:
            lst = [ds.descriptions[i] for i, d in enumerate(desc) if d in modis.LST_NAMES]
            raise LstInputError(
                tr("{parameter} {band} of {file} is {layer}, a MODIS layer that is not a temperature; choose the "
                   "land-surface temperature band", parameter="BAND", band=self.band, file=name,
                   layer=ds.descriptions[self.band - 1])
                + (" (" + ", ".join(tr("{layer}: band {band}", layer=n, band=desc.index(n.upper()) + 1) for n in lst)
                   + ")" if lst else ""))
        qc_name = modis.LST_NAMES.get(desc[self.band - 1])
        if qc_name and qc_name in desc:
            self.qc_band = desc.index(qc_name) + 1
            qc_name = ds.descriptions[self.qc_band - 1]
        self.grid = Grid(ds.crs, ds.transform, ds.width, ds.height)
        from rasterio.windows import Window

        # the last pixel, the end of the file, before the georeferencing checks: a truncated copy or a VRT whose
        # source is gone was refused as "no coordinate reference system" (its SRS was lost with the source)
        read_checked(ds, self.band, window=Window(ds.width - 1, ds.height - 1, 1, 1))
        if ds.crs is None:
            raise LstInputError(tr("{file} has no coordinate reference system; assign one ({command})", file=name,
                                   command="gdal_edit.py -a_srs"))
        if abs(ds.transform.b) > 1e-12 or abs(ds.transform.d) > 1e-12:
            raise LstInputError(tr("{file} is rotated; warp it to a north-up grid first ({command})", file=name,
                                   command="gdalwarp"))
        self.dtype = ds.dtypes[self.band - 1]
        self.nodata = ds.nodatavals[self.band - 1]
        self.scale = ds.scales[self.band - 1] or 1.0
        self.offset = ds.offsets[self.band - 1] or 0.0
        self.kind = detect_kind(self._sample(), self.dtype, self.nodata, self.scale, self.offset, kind,
                                desc[self.band - 1], name)
        described = (ds.descriptions[self.band - 1] or "").strip()
        label = described or f"band {self.band}"   # English: output metadata
        self.description = (f"{name} {label} ({'MODIS raw DN × 0.02, fill 0' if self.kind == 'modis_raw' else 'Kelvin'}"
                            + (f", QC from {qc_name}" if self.qc_band else "") + ")")
        said = described or tr("band {number}", number=self.band)  # the log's
        units = tr("MODIS raw DN × 0.02, fill 0") if self.kind == "modis_raw" else tr("Kelvin")
        self.said = f"{name} {said} ({units}" + (tr(", QC from {band}", band=qc_name) if self.qc_band else "") + ")"

    def _sample(self):
        from rasterio.enums import Resampling

        ds = self.ds
        step = max(1, max(ds.width, ds.height) // 512)
        return read_checked(ds, self.band, out_shape=(max(1, ds.height // step), max(1, ds.width // step)),
                            resampling=Resampling.nearest)

    def read(self, row: int, col: int, h: int, w: int):
        """(K float32 NaN-masked, valid) of a coarse window; pixels outside the raster are invalid."""
        return self.read_counted(row, col, h, w)[:2]

    def read_counted(self, row: int, col: int, h: int, w: int):
        """(K float32 NaN-masked, valid, out_of_range): ``out_of_range`` (K, NaN elsewhere) holds the values of the
        pixels that are neither fill, nodata nor bad QC but lie outside the valid LST range, masked for that alone."""
        integer = np.dtype(self.dtype).kind in "ui"
        fill = self.nodata if self.nodata is not None else (0 if integer else np.nan)
        raw = read_boundless(self.ds, self.band, row, col, h, w, fill)
        qc = None
        if self.qc_band:
            qc = read_boundless(self.ds, self.qc_band, row, col, h, w, 3)
        if self.kind == "modis_raw":
            scale = modis.SCALE if self.scale == 1.0 else self.scale
            t = raw.astype(np.float64) * scale + self.offset
            kept = raw != modis.FILL
        else:
            t = raw.astype(np.float64) * self.scale + self.offset
            kept = np.isfinite(t)
        if self.nodata is not None and not np.isnan(self.nodata):
            kept &= raw != self.nodata
        if qc is not None:
            kept &= modis.qc_ok(qc)
        in_range = (t >= modis.LST_RANGE[0]) & (t <= modis.LST_RANGE[1])
        valid = kept & in_range
        return (np.where(valid, t, np.nan).astype(np.float32), valid,
                np.where(kept & ~in_range, t, np.nan).astype(np.float32))

    def close(self):
        self.ds.close()
