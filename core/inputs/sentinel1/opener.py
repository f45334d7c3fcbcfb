# SPDX-License-Identifier: GPL-3.0-or-later
"""open_s1: find the acquisitions of Sentinel-1 inputs and build an :class:`S1Source`."""
from __future__ import annotations

import math
import os

from rasterio.transform import Affine

from ...i18n import tr
from . import common as c
from .common import S1FormatError
from ..product_kind import raster_product_kind
from .scan import DatasetCache, scan
from .source import S1Source

def accepted() -> str:
    """What open_s1 accepts, in words (the end of its errors)."""
    return tr("Sentinel-1 backscatter GeoTIFFs (S1Tiling s1a_<tile>_vv_DES_022_<stamp>.tif, pyroSAR "
              "S1A__IW___A_<stamp>_VV_..._db.tif, or any per-date GeoTIFF with the polarisation and "
              "the date in its name or tags), a multi-date stack written by write_s1_stack, a "
              "folder of these, or a list of them")


def common_grid(acqs) -> c.Grid:
    """The grid of the first acquisition, widened to the union of all when they share
    its CRS and pixel lattice. S1FormatError when the CRSs differ."""
    first = acqs[0].grid
    t = first.transform
    left, top = t.c, t.f
    right, bottom = t * (first.width, first.height)
    union = True
    for a in acqs[1:]:
        g = a.grid
        if g.crs != first.crs:
            raise S1FormatError(tr(
                "{file} is in {crs} but {first} is in {first_crs}; open one CRS at a time, reproject the files "
                "(gdalwarp -t_srs), or build a stack on one grid with build_stacks / the "
                "eolatent:buildstack algorithm", file=a.sources[0], crs=g.crs, first=acqs[0].sources[0],
                first_crs=first.crs))
        u = g.transform
        fx, fy = (u.c - t.c) / t.a, (u.f - t.f) / t.e
        if (abs(u.a - t.a) > 1e-9 * abs(t.a) or abs(u.e - t.e) > 1e-9 * abs(t.e) or u.b or u.d
                or abs(fx - round(fx)) > 1e-6 or abs(fy - round(fy)) > 1e-6):
            union = False
            continue
        r, b = u * (g.width, g.height)
        left, right = min(left, u.c), max(right, r)
        top, bottom = (max(top, u.f), min(bottom, b)) if t.e < 0 else (min(top, u.f),
                                                                       max(bottom, b))
    if not union:
        return first
    width = int(round((right - left) / t.a))
    height = int(round((bottom - top) / t.e))
    if width == first.width and height == first.height:
        return first
    return c.Grid(first.crs, Affine(t.a, 0.0, left, 0.0, t.e, top), width, height)


def _kind(acqs, path) -> str:
    kinds = {a.fmt for a in acqs}
    if isinstance(path, (list, tuple)) or len(kinds) > 1:
        return "multi" if len(kinds) > 1 else kinds.pop()
    return kinds.pop()


def _refuse_other_products(path) -> None:
    """A single file that is another EO Latent output (a latent raster, an S2 stack, an LAI…) is named for what it
    is: the S1 reader's own diagnosis (no polarisation, name the file S1_VV_<date>.tif) would be the wrong fix."""
    if isinstance(path, (list, tuple)) or not os.path.isfile(path):
        return
    what = raster_product_kind(path, accepted=("s1_stack", "stack"))      # a stack without MODALITY: S1 reads it
    if what:
        raise S1FormatError(tr("{file} is {what}, not Sentinel-1 backscatter; give a Sentinel-1 stack ({algorithm}) "
                               "or Sentinel-1 backscatter GeoTIFFs", file=os.path.basename(path), what=what,
                               algorithm="eolatent:buildstack"))


def open_s1(path) -> S1Source:
    """Open Sentinel-1 backscatter as an :class:`S1Source` (see the package docstring).

    *path*: a GeoTIFF (one polarisation, several polarisation bands, or a stack), a
    folder (searched recursively; rasters that are not Sentinel-1 are skipped and listed
    in ``S1Source.skipped``), or a list of these, all in one CRS. Raises
    :class:`S1FormatError` naming the problem and the fix.
    """
    cache = DatasetCache()
    try:
        if isinstance(path, (list, tuple)) and not path:
            raise S1FormatError(tr("open_s1 got an empty list; pass {accepted}", accepted=accepted()))
        _refuse_other_products(path)
        acqs, skipped = scan(path, cache)
        if not acqs:
            where = path if not isinstance(path, (list, tuple)) else c.describe_paths(path)
            why = "; ".join("%s: %s" % (os.path.basename(p), r) for p, r in skipped[:6])
            raise S1FormatError(tr("no Sentinel-1 backscatter raster found in {where} ({why}); pass {accepted}",
                                   where=where, why=why or tr("no .tif file"), accepted=accepted()))
        for a in acqs:
            if not (math.isfinite(a.grid.transform.a) and a.grid.width and a.grid.height):
                raise S1FormatError(tr("{file} has no usable georeferencing; georeference it first",
                                       file=a.sources[0]))
        grid = common_grid(acqs)
        norm = [os.fspath(p) for p in path] if isinstance(path, (list, tuple)) else os.fspath(path)
        return S1Source(acqs, grid, cache, _kind(acqs, path), norm, skipped)
    except BaseException:
        cache.close()
        raise
