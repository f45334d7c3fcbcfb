# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-pixel features of several rasters stacked: INPUT, then the EXTRA_INPUTS, in that order.

Each member is read as a :class:`~.features.FeatureSource` (a latent raster: its latent means; any other
raster, e.g. a Sentinel-2 stack or an LAI / FCOVER / soil-moisture raster from eolatent:biophysical,
eolatent:decode or eolatent:soilmoisture: its bands), and the features are concatenated member by member.
Values are kept as they are (no standardisation).

Grid rule: the output grid is the **finest** grid among the members (the first of them on a tie). Every member
must

* be in the same CRS, north-up;
* have a pixel size that is a whole multiple f of the output's (f = 1: the same pixel size), with its corner on
  the output's pixel lattice — a fine4 latent (40 m) or a Presto latent with a grid factor beside the 10 m
  stack it was encoded from, a decoded variable at 20 m, …; a coarse member is repeated f × f (nearest);
* cover the same area: its extent may differ from the output's by less than one pixel of the coarsest member
  (encode rounds the stack up to whole chunks). Output pixels a member does not cover have NaN features
  for that member.

Anything else is refused with a message naming both rasters and the fix. The spec of a stack is
``dict(kind="stack", members=[spec of each member], member_features=[F of each member], …)``; a classifier
trained on a stack is applied only to a stack of the same kinds of rasters in the same order (checked member by
member, :func:`~.features.check_spec`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Union

import numpy as np

from ..engine.closable import Closable
from ..i18n import tr
from ..inputs.dated_rasters import crs_label
from ..inputs.stackbuild.grid import pixel_size_text
from .features import NAN_FILL, FeatureSource, describe_spec, input_paths

TOL = 1e-6  # relative tolerance on pixel sizes and lattice offsets


class GridMismatch(ValueError):
    """Rasters that cannot be stacked pixel by pixel (the message names both and the fix)."""


@dataclass
class _Member:
    source: FeatureSource
    factor: int    # member pixel = factor × output pixel
    row_off: int   # output row r lies in member row (r + row_off) // factor
    col_off: int


def _name(source) -> str:
    return os.path.basename(source.path)


def _extent(grid) -> str:
    w, s, e, n = grid.bounds
    return f"{w:.1f}, {s:.1f} – {e:.1f}, {n:.1f}"


def _whole(value: float) -> Optional[int]:
    """The integer ``value`` is (within TOL), else None."""
    r = round(value)
    return int(r) if abs(value - r) <= TOL * max(1.0, abs(value)) else None


class StackedFeatures(Closable):
    """Several rasters seen as one source of per-pixel features (same interface as FeatureSource):
    ``grid`` (the finest member grid), ``spec``, ``n_features``, ``read(window)``, ``describe()``;
    ``members`` are the member FeatureSources in order, ``path`` the first member's (INPUT) file."""

    kind = "stack"
    latent = None

    def __init__(self, paths: Sequence, info: Optional[Callable[[str], None]] = None):
        self.paths = [os.fspath(p) for p in paths]
        if len(self.paths) < 2:
            raise ValueError(tr("a stack needs at least two rasters; open a single raster with {cls}",
                                cls="FeatureSource"))
        self.members: List[FeatureSource] = []
        try:
            for p in self.paths:
                self.members.append(FeatureSource(p))
            self._layout(info or (lambda m: None))
        except BaseException:
            self.close()
            raise
        self.path = self.members[0].path
        counts = [m.n_features for m in self.members]
        self.spec = dict(kind="stack", members=[dict(m.spec) for m in self.members], member_features=counts,
                         n_features=int(sum(counts)), nan_fill=NAN_FILL)

    # ---- grid ------------------------------------------------------------------------------------
    def _layout(self, info):
        for m in self.members:
            t = m.grid.transform
            if t.b != 0 or t.d != 0 or t.a <= 0 or t.e >= 0:
                raise GridMismatch(tr("{file} is not a north-up raster; warp it to a north-up grid ({tool}) before "
                                      "stacking it", file=_name(m), tool="gdalwarp"))
        first = self.members[0]
        for m in self.members[1:]:
            if m.grid.crs != first.grid.crs:
                raise GridMismatch(tr(
                    "{file} (CRS {crs}) is not in the CRS of {other} ({other_crs}); stack rasters made from the same "
                    "stack (e.g. re-run eolatent:encode or eolatent:biophysical on the same stack), or warp it to "
                    "that CRS", file=_name(m), crs=crs_label(m.grid.crs), other=_name(first),
                    other_crs=crs_label(first.grid.crs)))
        area = [m.grid.res[0] * m.grid.res[1] for m in self.members]
        ref = self.members[int(np.argmin(area))]  # first of the finest
        self.grid = ref.grid
        coarsest = max(max(m.grid.res) for m in self.members)
        rx, ry = ref.grid.res
        layout = []
        for m in self.members:
            fx, fy = _whole(m.grid.res[0] / rx), _whole(m.grid.res[1] / ry)
            if not fx or fx != fy:
                raise GridMismatch(tr(
                    "the pixel size of {file} ({xres:g} × {yres:g}) is not a whole multiple of that of {other} "
                    "({other_xres:g} × {other_yres:g}); stack rasters made from the same stack (e.g. re-run "
                    "eolatent:encode on the same stack), or resample one onto the other's grid", file=_name(m),
                    xres=m.grid.res[0], yres=m.grid.res[1], other=_name(ref), other_xres=rx, other_yres=ry))
            col = _whole((ref.grid.transform.c - m.grid.transform.c) / rx)
            row = _whole((m.grid.transform.f - ref.grid.transform.f) / ry)
            if col is None or row is None:
                raise GridMismatch(tr(
                    "the pixels of {file} are not aligned with those of {other} (corners {x:.2f}, {y:.2f} and "
                    "{other_x:.2f}, {other_y:.2f}); stack rasters made from the same stack (e.g. re-run "
                    "eolatent:encode on the same stack)", file=_name(m), other=_name(ref), x=m.grid.transform.c,
                    y=m.grid.transform.f, other_x=ref.grid.transform.c, other_y=ref.grid.transform.f))
            off = np.abs(np.subtract(m.grid.bounds, ref.grid.bounds))
            if (off >= coarsest * (1 - TOL)).any():
                raise GridMismatch(tr(
                    "{file} (extent {extent}) and {other} (extent {other_extent}) do not cover the same area; stack "
                    "rasters of the same area (e.g. re-run eolatent:encode on the same stack)", file=_name(m),
                    extent=_extent(m.grid), other=_name(ref), other_extent=_extent(ref.grid)))
            layout.append(_Member(m, fx, row, col))
        self._layout_members = layout
        info(tr("stacked features of {count} rasters on the grid of {file} ({width} × {height} pixels of {res}, "
                "the finest input)", count=len(self.members), file=_name(ref), width=ref.grid.width,
                height=ref.grid.height, res=pixel_size_text(ref.grid.crs, rx))
             + "".join(tr("; {file} ({res}) repeated {factor} × {factor}", file=_name(x.source),
                          res=pixel_size_text(x.source.grid.crs, x.source.grid.res[0]), factor=x.factor)
                       for x in layout if x.factor > 1))

    # ---- interface -------------------------------------------------------------------------------
    @property
    def n_features(self) -> int:
        return int(sum(m.n_features for m in self.members))

    def describe(self) -> str:
        return describe_spec(self.spec)

    def read(self, window=None) -> np.ndarray:
        """Features float32 (F, h, w) of a rasterio window of the output grid, NaN where missing."""
        if window is None:
            r0, c0, h, w = 0, 0, self.grid.height, self.grid.width
        else:
            r0, c0 = int(round(window.row_off)), int(round(window.col_off))
            h, w = int(round(window.height)), int(round(window.width))
        return np.concatenate([_read_member(x, r0, c0, h, w) for x in self._layout_members], axis=0)

    def close(self):
        for m in self.members:
            m.close()



def _read_member(x: _Member, r0: int, c0: int, h: int, w: int) -> np.ndarray:
    """A member's features on output rows r0…r0+h, cols c0…c0+w: the member pixel holding each output pixel's
    centre, NaN outside the member."""
    from rasterio.windows import Window

    f, g, nf = x.factor, x.source.grid, x.source.n_features
    if h < 1 or w < 1:
        return np.zeros((nf, max(h, 0), max(w, 0)), np.float32)
    rows = (np.arange(r0, r0 + h) + x.row_off) // f
    cols = (np.arange(c0, c0 + w) + x.col_off) // f
    lo_r, hi_r, lo_c, hi_c = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    a_r, b_r, a_c, b_c = max(lo_r, 0), min(hi_r, g.height), max(lo_c, 0), min(hi_c, g.width)
    if f == 1 and (a_r, b_r, a_c, b_c) == (lo_r, hi_r, lo_c, hi_c):
        return x.source.read(Window(lo_c, lo_r, w, h))
    block = np.full((nf, hi_r - lo_r, hi_c - lo_c), np.nan, np.float32)
    if a_r < b_r and a_c < b_c:
        block[:, a_r - lo_r:b_r - lo_r, a_c - lo_c:b_c - lo_c] = x.source.read(Window(a_c, a_r, b_c - a_c, b_r - a_r))
    return block[:, (rows - lo_r)[:, None], (cols - lo_c)[None, :]]


def open_features(rasters: Union[str, os.PathLike, Sequence], info=None):
    """The features of one raster (:class:`FeatureSource`), or of several stacked in order
    (:class:`StackedFeatures`, on the finest of their grids; ``info`` gets a note on the grid)."""
    paths = input_paths(rasters)
    if not paths:
        raise ValueError(tr("no input raster; choose a latent raster from eolatent:encode or a Sentinel-2 stack"))
    if len(paths) == 1:
        return FeatureSource(paths[0])
    return StackedFeatures(paths, info)
