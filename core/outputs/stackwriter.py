# SPDX-License-Identifier: GPL-3.0-or-later
"""The writer of the project's multi-date stack GeoTIFFs (Sentinel-2 and Sentinel-1 alike).

:class:`StackWriter` writes any stack window by window (memory bounded by the window) into a hidden
temporary file beside the target, renamed only on :meth:`commit`; :meth:`abort` (or an exception inside
``with``) removes it, leaving nothing behind. Layout: float32, NaN = invalid (also the nodata value),
band-interleaved, tiled 256 x 256 (smaller blocks for small grids), DEFLATE with floating-point predictor.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from typing import Dict, Optional, Sequence

import numpy as np
import rasterio
from rasterio.windows import Window

from .geotiff import GdalErrors, check_writable, publish, verify_raster


def per_date(values, n: int, what: str, error=ValueError) -> list:
    """``values`` as a list of one entry per date (``[None] * n`` when None); ``error`` if the count differs."""
    if values is None:
        return [None] * n
    values = list(values)
    if len(values) != n:
        raise error("%s has %d entries but there are %d dates; give one per date (None when unknown)"
                    % (what, len(values), n))
    return values


BLOCK = 256


def _blocks(grid) -> dict:
    if grid.width >= BLOCK and grid.height >= BLOCK:
        return dict(tiled=True, blockxsize=BLOCK, blockysize=BLOCK)
    return dict(tiled=True, blockxsize=16 * -(-min(grid.width, BLOCK) // 16),
                blockysize=16 * -(-min(grid.height, BLOCK) // 16))


class StackWriter:
    """A float32 stack GeoTIFF written window by window, atomically.

    *descriptions*, *band_tags*: one per band; *tags*: dataset tags; *units*: per-band
    GDAL unit strings (optional)."""

    def __init__(self, path, grid, descriptions: Sequence[str], band_tags: Sequence[Dict],
                 tags: Dict[str, str], units: Optional[Sequence[str]] = None):
        self.path = os.fspath(path)
        check_writable(self.path)
        self.grid = grid
        self.count = len(descriptions)
        folder = os.path.dirname(os.path.abspath(self.path))
        fd, self.tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(self.path) + ".",
                                        suffix=".part.tif")
        os.close(fd)
        self.ds = None
        try:
            profile = dict(driver="GTiff", width=grid.width, height=grid.height,
                           count=self.count, dtype="float32", crs=grid.crs,
                           transform=grid.transform, nodata=float("nan"), compress="deflate",
                           predictor=3, interleave="band", BIGTIFF="IF_SAFER", **_blocks(grid))
            self.ds = rasterio.open(self.tmp, "w", **profile)
            self.ds.update_tags(**tags)
            for b in range(self.count):
                self.ds.set_band_description(b + 1, descriptions[b])
                if band_tags[b]:
                    self.ds.update_tags(b + 1, **band_tags[b])
                if units and units[b]:
                    self.ds.set_band_unit(b + 1, units[b])
        except BaseException:
            self.abort()
            raise

    def write(self, indexes: Sequence[int], window: Window, data) -> None:
        """Write *data* (len(indexes), h, w) into 1-based band *indexes* on *window*."""
        GdalErrors.reset()
        self.ds.write(np.asarray(data, dtype=np.float32), indexes=list(indexes), window=window)
        GdalErrors.check(self.path)

    def commit(self) -> str:
        GdalErrors.reset()
        self.ds.close()
        self.ds = None
        GdalErrors.check(self.path)
        verify_raster(self.tmp, self.path)
        publish(self.tmp, self.path)
        aux = self.tmp + ".aux.xml"
        if os.path.exists(aux):
            os.replace(aux, self.path + ".aux.xml")
        return self.path

    def abort(self) -> None:
        if self.ds is not None:
            with contextlib.suppress(Exception):  # cleaning up after a failure
                self.ds.close()
            self.ds = None
        for leftover in (self.tmp, self.tmp + ".aux.xml"):
            if leftover and os.path.exists(leftover):
                os.unlink(leftover)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:
            self.abort()
        return False
