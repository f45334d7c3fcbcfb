# SPDX-License-Identifier: GPL-3.0-or-later
"""One single-band VRT per date of a dated multi-band GeoTIFF.

QGIS before 3.38 cannot map the bands of one raster to dates, but it can give each *layer* a fixed time
range. A VRT per band (a few hundred bytes, no pixel copied) turns a dated output into one layer per date
that the temporal controller can animate. The VRTs sit in ``<stem>_dates/`` beside the GeoTIFF and point
to it by a relative path, so the folder can be moved together with it.
"""
from __future__ import annotations

import os
import shutil
from typing import List, Sequence

from ..i18n import tr
from .vrt import SourceProperties, VrtBand, VrtSource, write_vrt_file


def dates_folder(path: str) -> str:
    stem = os.path.splitext(os.path.abspath(path))[0]
    return stem + "_dates"


def write_date_vrts(path: str, dates: Sequence[str]) -> List[str]:
    """Write ``<stem>_dates/<stem>_<date>.vrt`` for band k of ``path`` (k = 1 … len(dates)); returns the paths.

    The raster must have one band per date. An existing ``_dates`` folder is replaced; on failure nothing
    is left behind."""
    import rasterio

    with rasterio.open(path) as ds:
        if ds.count != len(dates):
            raise ValueError(tr("{file} has {bands} band(s) for {dates} date(s): one band per date is needed to "
                                "write one layer per date", file=os.path.basename(path), bands=ds.count,
                                dates=len(dates)))
        width, height, crs = ds.width, ds.height, ds.crs.to_wkt() if ds.crs else ""
        gt = ds.transform.to_gdal()
        dtypes, nodata, descr = ds.dtypes, ds.nodatavals, ds.descriptions
        blockx, blocky = ds.block_shapes[0][1], ds.block_shapes[0][0]
    folder = dates_folder(path)
    tmp = folder + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    stem = os.path.basename(os.path.splitext(path)[0])
    source = os.path.relpath(os.path.abspath(path), folder)
    out = []
    try:
        for k, day in enumerate(dates, start=1):
            name = f"{stem}_{day}.vrt"
            whole = (0, 0, width, height)
            src = VrtSource(source, k, whole, whole, relative=True,
                            properties=SourceProperties(width, height, dtypes[k - 1], blockx, blocky))
            band = VrtBand(dtypes[k - 1], [src], description=descr[k - 1] or day, nodata=nodata[k - 1],
                           tags={"DATE": day})
            write_vrt_file(os.path.join(tmp, name), width, height, crs, gt, [band], tags={"DATE": day})
            out.append(os.path.join(folder, name))
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


__all__ = ["write_date_vrts", "dates_folder"]
