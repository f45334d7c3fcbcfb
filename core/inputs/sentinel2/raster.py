# SPDX-License-Identifier: GPL-3.0-or-later
"""Window reads of band and mask rasters onto a reference grid.

A band raster may have another pixel size or extent than the reference grid (the
same CRS, north-up). Each reference pixel centre is mapped into the source raster:
reflectance bands are interpolated bilinearly between the four nearest source pixel
centres (a sample whose interpolation touches an invalid source pixel is invalid;
within half a source pixel of the raster edge the edge value is repeated), masks
take the source pixel that contains the centre (nearest). Reference pixels outside
the source raster are invalid. When the source pixels coincide with the reference
pixels the values are read as they are.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ..datasets import DatasetCache
from ...engine.input_checks import read_window
from .common import Grid, S2FormatError

#: Reflectance no surface or cloud gives (unitless; L2A's dark pixels reach about −0.1 with the baseline 04.00 offset,
#: bright clouds and snow TOA about 1.6): outside this, a value is a fill (−9999, −1, an Int16 32767 read as 3.28)
#: that the file did not declare as nodata, and is invalid.
REFLECTANCE_RANGE = (-0.5, 2.5)

#: SCL classes that make a pixel invalid: 0 no data, 1 saturated/defective,
#: 3 cloud shadow, 8 cloud medium probability, 9 cloud high probability, 10 thin cirrus.
SCL_INVALID_CLASSES = (0, 1, 3, 8, 9, 10)


@dataclass(frozen=True)
class BandRef:
    """One band of one date: ``reflectance = (raw * mul + add) / div`` (unitless, 0-1).

    ``invalid`` lists raw values that mark no data or saturation; NaN raw values are
    always invalid. ``index`` is the 1-based band index in the file at ``path``.
    """

    path: str
    index: int = 1
    mul: float = 1.0
    add: float = 0.0
    div: float = 1.0
    invalid: Tuple[float, ...] = ()


@dataclass(frozen=True)
class MaskRef:
    """A mask raster band. ``rule``: "valid" (nonzero = valid), "nonzero" (nonzero =
    invalid, e.g. cloud) or "classes" (raw value in ``classes`` = invalid, e.g. SCL).
    ``only_for``: apply only when one of these bands is requested (None = always)."""

    path: str
    index: int = 1
    rule: str = "nonzero"
    classes: Tuple[int, ...] = ()
    only_for: Optional[frozenset] = None


def _axis(off: int, n: int, ref_origin: float, ref_step: float,
          src_origin: float, src_step: float) -> np.ndarray:
    """Source pixel coordinates (pixel centre = integer) of n reference pixel centres."""
    centres = ref_origin + (off + np.arange(n, dtype=np.float64) + 0.5) * ref_step
    return (centres - src_origin) / src_step - 0.5


def _is_integral(u: np.ndarray) -> bool:
    return bool(np.all(np.abs(u - np.round(u)) < 1e-6))


class RasterCache(DatasetCache):
    """Open rasterio datasets by path, and window reads onto a reference grid.

    Not thread-safe by itself (S2Source serialises reads with a lock)."""

    error = S2FormatError

    def __init__(self):
        super().__init__()
        self._checked: Dict[str, Grid] = {}

    def _check(self, path: str, ds, grid: Grid):
        if self._checked.get(path) == grid:
            return
        t, g = ds.transform, grid.transform
        if t.b != 0 or t.d != 0 or g.b != 0 or g.d != 0:
            raise S2FormatError(tr("{path} has a rotated geotransform; warp it to a north-up grid first "
                                   "(gdalwarp)", path=path))
        if ds.crs is not None and grid.crs is not None and ds.crs != grid.crs:
            raise S2FormatError(tr(
                "{path} is in {crs} but the reference grid is in {grid_crs}; reproject it to the "
                "reference CRS (gdalwarp -t_srs) or open the files separately",
                path=path, crs=ds.crs, grid_crs=grid.crs))
        self._checked[path] = grid

    def _read(self, ds, path, indexes, r0, r1, c0, c1) -> np.ndarray:
        win = Window(c0, r0, c1 - c0 + 1, r1 - r0 + 1)
        return read_window(ds, indexes, window=win, error=S2FormatError, path=path)

    def _coords(self, path, grid: Grid, win: Window):
        ds = self.dataset(path)
        self._check(path, ds, grid)
        g, t = grid.transform, ds.transform
        u = _axis(int(win.col_off), int(win.width), g.c, g.a, t.c, t.a)
        v = _axis(int(win.row_off), int(win.height), g.f, g.e, t.f, t.e)
        return ds, u, v

    # ------------------------------------------------------------------ bands
    def read_bands(self, refs: Sequence[BandRef], win: Window, grid: Grid) -> np.ndarray:
        """Reflectance (len(refs), h, w) float32 on *win* of *grid*; NaN where invalid."""
        h, w = int(win.height), int(win.width)
        groups: Dict[str, List[int]] = {}
        for k, ref in enumerate(refs):
            groups.setdefault(ref.path, []).append(k)
        if len(groups) == 1:  # one file holds every band: no extra copy
            path = next(iter(groups))
            return self._read_group(path, list(refs), win, grid)
        out = np.full((len(refs), h, w), np.nan, dtype=np.float32)
        for path, ks in groups.items():
            out[ks] = self._read_group(path, [refs[k] for k in ks], win, grid)
        return out

    def _read_group(self, path, refs, win, grid) -> np.ndarray:
        h, w = int(win.height), int(win.width)
        res = np.full((len(refs), h, w), np.nan, dtype=np.float32)
        if h == 0 or w == 0:
            return res
        ds, u, v = self._coords(path, grid, win)
        nx, ny = ds.width, ds.height
        indexes = [r.index for r in refs]
        if _is_integral(u) and _is_integral(v):
            ci, ri = np.round(u).astype(np.int64), np.round(v).astype(np.int64)
            inx, iny = (ci >= 0) & (ci < nx), (ri >= 0) & (ri < ny)
            if not inx.any() or not iny.any():
                return res
            ci, ri = ci[inx], ri[iny]
            c0, c1, r0, r1 = ci.min(), ci.max(), ri.min(), ri.max()
            blk = _to_reflectance(self._read(ds, path, indexes, r0, r1, c0, c1), refs)
            if inx.all() and iny.all() and c1 - c0 + 1 == w and r1 - r0 + 1 == h:
                return blk  # same grid, window inside the raster: the block is the answer
            sub = blk[:, (ri - r0)[:, None], (ci - c0)[None, :]]
            res[:, np.flatnonzero(iny)[:, None], np.flatnonzero(inx)[None, :]] = sub
            return res
        # bilinear between the 4 nearest source pixel centres
        inx = (u >= -0.5) & (u <= nx - 0.5)
        iny = (v >= -0.5) & (v <= ny - 0.5)
        if not inx.any() or not iny.any():
            return res
        i0 = np.floor(u).astype(np.int64)
        j0 = np.floor(v).astype(np.int64)
        fx, fy = u - i0, v - j0
        i1, j1 = np.clip(i0 + 1, 0, nx - 1), np.clip(j0 + 1, 0, ny - 1)
        i0, j0 = np.clip(i0, 0, nx - 1), np.clip(j0, 0, ny - 1)
        sel_i = np.concatenate([i0[inx], i1[inx]])
        sel_j = np.concatenate([j0[iny], j1[iny]])
        c0, c1, r0, r1 = sel_i.min(), sel_i.max(), sel_j.min(), sel_j.max()
        blk = _to_reflectance(self._read(ds, path, indexes, r0, r1, c0, c1), refs)
        i0, i1 = np.clip(i0 - c0, 0, c1 - c0), np.clip(i1 - c0, 0, c1 - c0)
        j0, j1 = np.clip(j0 - r0, 0, r1 - r0), np.clip(j1 - r0, 0, r1 - r0)

        def gather(jj, ii):
            return blk[:, jj[:, None], ii[None, :]]

        wx = fx[None, None, :]
        wy = fy[None, :, None]
        top = _lerp(gather(j0, i0), gather(j0, i1), wx)
        bottom = _lerp(gather(j1, i0), gather(j1, i1), wx)
        val = _lerp(top, bottom, wy).astype(np.float32)
        val[:, ~iny, :] = np.nan
        val[:, :, ~inx] = np.nan
        return val

    # ------------------------------------------------------------------ masks
    def read_mask_invalid(self, mref: MaskRef, win: Window, grid: Grid) -> np.ndarray:
        """Bool (h, w): True where the mask marks the pixel invalid (nearest sampling;
        outside the mask raster = invalid)."""
        h, w = int(win.height), int(win.width)
        bad = np.ones((h, w), dtype=bool)
        if h == 0 or w == 0:
            return bad
        ds, u, v = self._coords(mref.path, grid, win)
        ci = np.floor(u + 0.5 + 1e-9).astype(np.int64)
        ri = np.floor(v + 0.5 + 1e-9).astype(np.int64)
        inx, iny = (ci >= 0) & (ci < ds.width), (ri >= 0) & (ri < ds.height)
        if not inx.any() or not iny.any():
            return bad
        ci, ri = ci[inx], ri[iny]
        c0, c1, r0, r1 = ci.min(), ci.max(), ri.min(), ri.max()
        raw = self._read(ds, mref.path, mref.index, r0, r1, c0, c1)
        raw = raw[(ri - r0)[:, None], (ci - c0)[None, :]]
        nan = np.isnan(raw) if raw.dtype.kind == "f" else np.zeros(raw.shape, bool)
        if nan.any():
            raw = np.where(nan, 0, raw)
        if mref.rule == "valid":
            sub = raw == 0
        elif mref.rule == "classes":
            sub = np.isin(raw, np.asarray(mref.classes))
        else:
            sub = raw != 0
        bad[np.flatnonzero(iny)[:, None], np.flatnonzero(inx)[None, :]] = sub | nan
        return bad


def _lerp(p: np.ndarray, q: np.ndarray, t: np.ndarray) -> np.ndarray:
    """p*(1-t) + q*t where a zero weight never lets a NaN through."""
    mix = p * (1.0 - t) + q * t
    mix = np.where(t <= 0.0, p, mix)
    return np.where(t >= 1.0, q, mix)


def _to_reflectance(raw: np.ndarray, refs: Sequence[BandRef]) -> np.ndarray:
    """Raw block (n, h, w) -> float32 reflectance with NaN where invalid (in-place arithmetic)."""
    out = raw.astype(np.float32)
    for k, ref in enumerate(refs):
        r, x = raw[k], out[k]
        bad = None
        for nd in ref.invalid:
            if nd is None or (isinstance(nd, float) and math.isnan(nd)):
                continue
            hit = r == nd
            bad = hit if bad is None else (bad | hit)
        if ref.mul != 1.0:
            x *= np.float32(ref.mul)
        if ref.add != 0.0:
            x += np.float32(ref.add)
        if ref.div != 1.0:
            x /= np.float32(ref.div)
        impossible = (x < np.float32(REFLECTANCE_RANGE[0])) | (x > np.float32(REFLECTANCE_RANGE[1]))
        bad = impossible if bad is None else (bad | impossible)
        x[bad] = np.nan
    return out