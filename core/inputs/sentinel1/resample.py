# SPDX-License-Identifier: GPL-3.0-or-later
"""Window-by-window resampling of a source raster onto a target grid.

:func:`resample_window` fills one window of a target grid from a source grid through
a read callback that returns float data with NaN where invalid (reflectance, or
backscatter in *linear power*: averaging is done on what the callback returns, so
callers convert dB to linear before). When the source pixels coincide with the target
pixels (same CRS and pixel size, whole-pixel offset) the values are copied as they
are; otherwise the source block covering the window (plus a margin for the kernel) is
read and warped with ``rasterio.warp.reproject``: values with the requested kernel
(bilinear by default), and validity with nearest neighbour (a target pixel is valid
when the source pixel that holds its centre is valid). Target pixels outside the
source are NaN. Memory is bounded by the window size, never by the raster size.
"""
from __future__ import annotations

import math
from typing import Callable, Optional

import numpy as np
from rasterio.enums import Resampling
from rasterio.warp import reproject, transform, transform_bounds
from rasterio.windows import Window
from rasterio.windows import transform as window_transform

_RESAMPLING = {"bilinear": Resampling.bilinear, "nearest": Resampling.nearest,
               "cubic": Resampling.cubic, "average": Resampling.average}


def _same_crs(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b


def aligned_offset(src_grid, dst_grid):
    """(dcol, drow) such that target pixel (c, r) is source pixel (c + dcol, r + drow),
    or None when the grids are not on the same pixel lattice."""
    s, d = src_grid.transform, dst_grid.transform
    if s.b or s.d or d.b or d.d or not _same_crs(src_grid.crs, dst_grid.crs):
        return None
    if abs(s.a - d.a) > 1e-9 * abs(d.a) or abs(s.e - d.e) > 1e-9 * abs(d.e):
        return None
    fx, fy = (d.c - s.c) / s.a, (d.f - s.f) / s.e
    if abs(fx - round(fx)) > 1e-6 or abs(fy - round(fy)) > 1e-6:
        return None
    return int(round(fx)), int(round(fy))


def as_window(window, grid) -> Window:
    """A whole-pixel rasterio Window (None = the whole grid)."""
    if window is None:
        return Window(0, 0, grid.width, grid.height)
    if not isinstance(window, Window):
        window = Window(*window)
    return Window(int(round(window.col_off)), int(round(window.row_off)),
                  max(0, int(round(window.width))), max(0, int(round(window.height))))


def source_window(src_grid, dst_grid, dst_win: Window, pad: int) -> Optional[Window]:
    """Window of the source grid that covers *dst_win* of the target grid, widened by
    *pad* source pixels and clipped to the source; None when they do not intersect."""
    left, top = dst_grid.transform * (dst_win.col_off, dst_win.row_off)
    right, bottom = dst_grid.transform * (dst_win.col_off + dst_win.width,
                                          dst_win.row_off + dst_win.height)
    w, s, e, n = min(left, right), min(top, bottom), max(left, right), max(top, bottom)
    if not _same_crs(src_grid.crs, dst_grid.crs):
        try:
            w, s, e, n = transform_bounds(dst_grid.crs, src_grid.crs, w, s, e, n,
                                          densify_pts=21)
        except Exception:  # noqa: BLE001 - outside the projection domain
            return None
        if not all(math.isfinite(v) for v in (w, s, e, n)):
            return None
    inv = ~src_grid.transform
    cols, rows = [], []
    for x, y in ((w, s), (w, n), (e, s), (e, n)):
        c, r = inv * (x, y)
        cols.append(c)
        rows.append(r)
    c0 = max(0, int(math.floor(min(cols))) - pad)
    r0 = max(0, int(math.floor(min(rows))) - pad)
    c1 = min(src_grid.width, int(math.ceil(max(cols))) + pad)
    r1 = min(src_grid.height, int(math.ceil(max(rows))) + pad)
    if c1 <= c0 or r1 <= r0:
        return None
    return Window(c0, r0, c1 - c0, r1 - r0)


def kernel_pad(src_grid, dst_grid) -> int:
    """Source pixels of margin a bilinear kernel needs (wider when downsampling)."""
    scales = warp_scales(src_grid, dst_grid)
    if not scales or min(scales) <= 0:
        return 4
    return int(math.ceil(2 * max(1.0, 1.0 / min(scales)))) + 2


def warp_scales(src_grid, dst_grid):
    """(XSCALE, YSCALE): target pixels per source pixel along the target axes, measured
    once at the centre of the source grid. Passed to GDAL's warper so that the kernel
    width (widened when downsampling) is the same in every window: otherwise GDAL derives
    it from each window's source/target extents and results depend on the windowing."""
    s, d = src_grid.transform, dst_grid.transform
    if _same_crs(src_grid.crs, dst_grid.crs):
        return abs(s.a / d.a), abs(s.e / d.e)
    cx, cy = s * (src_grid.width / 2.0, src_grid.height / 2.0)
    px, py = s * (src_grid.width / 2.0 + 1.0, src_grid.height / 2.0 + 1.0)
    try:
        xs, ys = transform(src_grid.crs, dst_grid.crs, [cx, px, cx], [cy, cy, py])
    except Exception:  # noqa: BLE001 - outside the projection domain: let GDAL decide
        return None
    if not all(math.isfinite(v) for v in list(xs) + list(ys)):
        return None
    step_x = math.hypot(xs[1] - xs[0], ys[1] - ys[0])  # one source column, target units
    step_y = math.hypot(xs[2] - xs[0], ys[2] - ys[0])  # one source row
    return step_x / abs(d.a), step_y / abs(d.e)


def resample_window(read: Callable[[Window], np.ndarray], count: int, src_grid, dst_grid,
                    dst_win, resampling: str = "bilinear") -> np.ndarray:
    """Values (count, h, w) float32 of *dst_win* of *dst_grid*, NaN where invalid.

    *read(window)* returns the source block (count, h, w), float, NaN where invalid, for a
    window of *src_grid* (always inside the source raster)."""
    dst_win = as_window(dst_win, dst_grid)
    h, w = int(dst_win.height), int(dst_win.width)
    out = np.full((count, h, w), np.nan, dtype=np.float32)
    if h == 0 or w == 0:
        return out
    off = aligned_offset(src_grid, dst_grid)
    if off is not None:
        c0, r0 = int(dst_win.col_off) + off[0], int(dst_win.row_off) + off[1]
        sc0, sr0 = max(c0, 0), max(r0, 0)
        sc1, sr1 = min(c0 + w, src_grid.width), min(r0 + h, src_grid.height)
        if sc1 > sc0 and sr1 > sr0:
            block = read(Window(sc0, sr0, sc1 - sc0, sr1 - sr0))
            out[:, sr0 - r0:sr1 - r0, sc0 - c0:sc1 - c0] = block
        return out
    src_win = source_window(src_grid, dst_grid, dst_win, kernel_pad(src_grid, dst_grid))
    if src_win is None:
        return out
    block = np.asarray(read(src_win), dtype=np.float32)
    if not np.isfinite(block).any():
        return out
    src_tr = window_transform(src_win, src_grid.transform)
    dst_tr = window_transform(dst_win, dst_grid.transform)
    kw = dict(src_transform=src_tr, src_crs=src_grid.crs, dst_transform=dst_tr,
              dst_crs=dst_grid.crs)
    valid_src = np.isfinite(block).all(axis=0).astype(np.uint8)
    valid = np.zeros((h, w), dtype=np.uint8)
    reproject(valid_src, valid, resampling=Resampling.nearest, src_nodata=None,
              dst_nodata=None, init_dest_nodata=False, **kw)
    # a source pixel outside the block must not count as valid: the block is padded,
    # so nearest sampling only reaches outside for target pixels outside the source
    scales = warp_scales(src_grid, dst_grid)
    if scales is not None and resampling != "nearest":
        kw.update(XSCALE=repr(scales[0]), YSCALE=repr(scales[1]))
    reproject(block, out, resampling=_RESAMPLING[resampling], src_nodata=np.nan,
              dst_nodata=np.nan, **kw)
    out[:, valid == 0] = np.nan
    return out
