# SPDX-License-Identifier: GPL-3.0-or-later
"""open_s2: detect the kind of Sentinel-2 input and build an :class:`S2Source`."""
from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional, Tuple

from ...i18n import tr
from .clouds import CloudOptions
from .common import Grid, S2FormatError
from .geotiff import open_geotiff
from .raster import RasterCache
from .safe import S2_SAFE_NAME, SAFE_MTD_NAMES, find_safe_mtd, open_safe
from .source import DateEntry, S2Source
from .theia import find_theia_mtd, open_theia

def _accepted() -> str:
    return tr("a per-date multiband GeoTIFF with bands described B02, B03, ..., a "
              "multi-date stack GeoTIFF ({algorithm}), an ESA SAFE L1C or L2A folder "
              "(*.SAFE or its MTD_MSIL1C.xml / MTD_MSIL2A.xml) or a Theia/MAJA L2A folder (*_MTD_ALL.xml "
              "and *_FRE_B*.tif)", algorithm="eolatent:buildstack")


def _is_product_dir(p: Path) -> bool:
    return find_safe_mtd(p) is not None or find_theia_mtd(p) is not None


def _open_one(path, cache: RasterCache) -> Tuple[List[DateEntry], Grid, str]:
    p = Path(os.fspath(path))
    if not p.exists():
        raise S2FormatError(tr("{path} does not exist; pass {accepted}", path=p, accepted=_accepted()))
    if p.is_dir():
        mtd = find_safe_mtd(p)
        if mtd is not None:
            return open_safe(mtd, cache)
        mtd = find_theia_mtd(p)
        if mtd is not None:
            return open_theia(mtd, cache)
        children = sorted(c.name for c in p.iterdir())
        if not children:
            raise S2FormatError(tr("the folder {path} is empty; pass {accepted}", path=p, accepted=_accepted()))
        products = [c for c in children if (p / c).is_dir() and _is_product_dir(p / c)]
        if products:
            raise S2FormatError(tr(
                "{path} is not a product but contains {count} product folder(s) ({names}); pass one "
                "of them, or stack them into a time series with {algorithm} ({command})",
                path=p, count=len(products), names=", ".join(products[:5]), algorithm="eolatent:buildstack",
                command=f"python -m eolatent buildstack --s2-folders {p} --output-s2 stack.tif"))
        shown = ", ".join(children[:8]) + (", ..." if len(children) > 8 else "")
        hint = ""
        if S2_SAFE_NAME.match(p.name):
            hint = "; " + tr("a .SAFE folder without its MTD file is an incomplete download or unzip: get the "
                             "complete product again")
        elif any(c.lower().endswith((".tif", ".tiff")) for c in children):
            hint = "; " + tr("to use a folder of per-date GeoTIFFs, stack them first with {algorithm} ({command}) and "
                             "pass the stack", algorithm="eolatent:buildstack",
                             command=f"python -m eolatent buildstack --s2-folders {p} --output-s2 stack.tif")
        raise S2FormatError(tr(
            "{path} is not a Sentinel-2 product folder: no MTD_MSIL1C.xml or MTD_MSIL2A.xml (SAFE) and no "
            "*_MTD_ALL.xml with *_FRE_B*.tif (Theia) in it (it holds: {names}); pass {accepted}",
            path=p, names=shown, accepted=_accepted()) + hint)
    name = p.name
    if name in SAFE_MTD_NAMES:
        return open_safe(p, cache)
    if name.endswith("_MTD_ALL.xml"):
        return open_theia(p, cache)
    if name.lower().endswith(".zip"):
        raise S2FormatError(tr("{path} is a zip archive; unzip it and pass the product folder "
                               "(*.SAFE or the Theia folder)", path=p))
    if name.lower().endswith((".xml", ".jp2")):
        raise S2FormatError(tr("{path} is a single file of a product; pass the product folder "
                               "(*.SAFE or the Theia folder) instead", path=p))
    return open_geotiff(str(p), cache)


def open_s2(path, detect_clouds: bool = True, cloud_options: Optional[CloudOptions] = None) -> S2Source:
    """Open a Sentinel-2 input as an :class:`S2Source` (see the package docstring).

    *path*: a GeoTIFF (per-date or stack), a SAFE folder or its MTD_MSIL2A.xml, a
    Theia folder or its *_MTD_ALL.xml; or a list/tuple of these (all in the same
    CRS), merged into one time series on the grid of the first item.
    *detect_clouds*: detect clouds and shadows in the dates that carry no mask
    (:mod:`.clouds`; False keeps every pixel such a date has); *cloud_options*: its
    settings (:class:`~.clouds.CloudOptions`).
    Raises :class:`S2FormatError` with the problem and the fix.
    """
    cache = RasterCache()
    try:
        if isinstance(path, (list, tuple)):
            if not path:
                raise S2FormatError(tr("open_s2 got an empty list; pass {accepted}", accepted=_accepted()))
            entries: List[DateEntry] = []
            grid = None
            for item in path:
                ents, g, _ = _open_one(item, cache)
                if grid is None:
                    grid = g
                elif g.crs != grid.crs:
                    raise S2FormatError(tr(
                        "{path} is in {crs} but {first} is in {first_crs}; reproject the inputs to one CRS "
                        "(gdalwarp -t_srs) before opening them together",
                        path=item, crs=g.crs, first=path[0], first_crs=grid.crs))
                entries += ents
            return S2Source(entries, grid, cache, "multi", [os.fspath(x) for x in path],
                            detect_clouds, cloud_options)
        entries, grid, kind = _open_one(path, cache)
        return S2Source(entries, grid, cache, kind, os.fspath(path), detect_clouds, cloud_options)
    except BaseException:
        cache.close()
        raise
