# SPDX-License-Identifier: GPL-3.0-or-later
"""The rasters of a block job (:mod:`.jobs`): grids, VRT views of a block's window (no pixel copied), crops of a
block's result, and the all-nodata result of a block without any valid input pixel."""
from __future__ import annotations

import os
from typing import Dict, Optional

from ..i18n import tr
from .plan import DistributedError

RASTER_EXTS = (".tif", ".tiff", ".vrt")


def is_raster_file(path) -> bool:
    return isinstance(path, str) and os.path.isfile(path) and path.lower().endswith(RASTER_EXTS)


def file_grid(path: str) -> dict:
    import rasterio

    with rasterio.open(path) as ds:
        return dict(width=ds.width, height=ds.height, crs_wkt=ds.crs.to_wkt() if ds.crs else "",
                    transform=tuple(ds.transform.to_gdal()))


def scaled_grid(grid: dict, scale: float, width: int, height: int) -> dict:
    from affine import Affine

    t = Affine.from_gdal(*grid["transform"]) * Affine.scale(scale)
    return dict(grid, width=width, height=height, transform=tuple(t.to_gdal()))


def make_view(src: str, folder: str, col: int, row: int, width: int, height: int,
              metadata: Optional[Dict[str, str]] = None, tag: str = "in") -> str:
    """A VRT of the window (col, row, width, height) of ``src``, named like ``src`` (dates in file names)."""
    from osgeo import gdal

    out_dir = os.path.join(folder, "views", tag)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, os.path.splitext(os.path.basename(src))[0] + ".vrt")
    ds = gdal.Translate(path, os.path.abspath(src), format="VRT", srcWin=[col, row, width, height])
    if ds is None:
        raise DistributedError(tr("cannot make a view of {path}: {error}", path=src, error=gdal.GetLastErrorMsg()))
    for key, value in (metadata or {}).items():
        ds.SetMetadataItem(key, str(value))
    ds = None
    return path


def crop(src: str, dst: str, col: int, row: int, width: int, height: int) -> None:
    from osgeo import gdal

    import rasterio

    with rasterio.open(src) as ds:
        predictor = "3" if ds.dtypes[0].startswith("float") else "2"
    ds = gdal.Translate(dst, src, format="GTiff", srcWin=[col, row, width, height],
                        creationOptions=["TILED=YES", "COMPRESS=DEFLATE", f"PREDICTOR={predictor}",
                                         "BIGTIFF=IF_SAFER"])
    if ds is None:
        raise DistributedError(tr("cannot crop {path}: {error}", path=src, error=gdal.GetLastErrorMsg()))
    ds = None
    _keep_band_metadata(src, dst)


def _keep_band_metadata(src: str, dst: str) -> None:
    """gdal.Translate with a source window drops the bands' units and statistics: the crop gets the units of ``src``
    and its own exact statistics (the assembly pools the blocks' statistics into the mosaic's)."""
    import numpy as np
    import rasterio

    from ..outputs.geotiff import statistics_tags, valid_values

    with rasterio.open(src) as s, rasterio.open(dst, "r+") as d:
        d.units = s.units
        for b in range(1, d.count + 1):
            data = d.read(b)
            v = valid_values(data, d.nodata).astype(np.float64)
            st = None if not v.size else dict(minimum=float(v.min()), maximum=float(v.max()), mean=float(v.mean()),
                                              stddev=float(v.std()), valid_percent=100.0 * v.size / data.size)
            d.update_tags(b, **statistics_tags(st))


def empty_block(path: str, b: dict) -> None:
    """A block without any valid input pixel: all nodata (marked EMPTY; its metadata is not used)."""
    import numpy as np
    import rasterio

    with rasterio.open(path, "w", driver="GTiff", width=b["width"], height=b["height"], count=1, dtype="float32",
                       nodata=float("nan"), compress="deflate") as ds:
        ds.write(np.full((1, b["height"], b["width"]), np.nan, np.float32))
    open(os.path.join(os.path.dirname(path), "EMPTY"), "w").close()


def _data_window(path: str):
    """The DATA_WINDOW of a latent file (docs/latent_contract.md) as (col, row, width, height), None without one."""
    import rasterio

    from ..latent.contract import data_window_of

    with rasterio.open(path) as ds:
        return data_window_of(ds.tags().get("DATA_WINDOW"))


def data_window_tag(path: str, dcol: int, drow: int) -> str:
    """The DATA_WINDOW tag of a latent moved by (dcol, drow) stack pixels, "" when it has none."""
    box = _data_window(path)
    return "" if box is None else f"{box[0] + dcol},{box[1] + drow},{box[2]},{box[3]}"


def shift_data_window(path: str, dcol: int, drow: int) -> None:
    """Move the DATA_WINDOW tag of a block's latent from the block's stack to the whole stack (no-op without it)."""
    import rasterio

    window = data_window_tag(path, dcol, drow)
    if window:
        with rasterio.open(path, "r+") as ds:
            ds.update_tags(DATA_WINDOW=window)


def union_data_window(files) -> str:
    """The smallest window holding the DATA_WINDOW of every file that has one (whole-stack pixels), "" when none."""
    boxes = [(b[0], b[1], b[0] + b[2], b[1] + b[3]) for b in map(_data_window, files) if b is not None]
    if not boxes:
        return ""
    c0, r0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    c1, r1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return f"{c0},{r0},{c1 - c0},{r1 - r0}"

