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
from html import escape  # XML text and attribute escaping (&, <, >, quotes)

GDAL_TYPES = {"uint8": "Byte", "int8": "Int8", "uint16": "UInt16", "int16": "Int16",  # numpy dtype -> VRT type
              "uint32": "UInt32", "int32": "Int32", "float32": "Float32", "float64": "Float64"}


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
            raise ValueError(f"{os.path.basename(path)} has {ds.count} band(s) for {len(dates)} date(s): "
                             "one band per date is needed to write one layer per date")
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
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as fh:
                fh.write(_vrt_xml(width, height, crs, gt, GDAL_TYPES.get(dtypes[k - 1], "Float32"), nodata[k - 1],
                                  descr[k - 1] or day, day, source, k, blockx, blocky))
            out.append(os.path.join(folder, name))
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def _vrt_xml(width, height, crs, gt, dtype, nodata, description, day, source, band, blockx, blocky) -> str:
    nd = "" if nodata is None else f"    <NoDataValue>{nodata!r}</NoDataValue>\n"
    return (
        f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}">\n'
        f"  <SRS>{escape(crs)}</SRS>\n"
        f"  <GeoTransform>{', '.join(repr(float(v)) for v in gt)}</GeoTransform>\n"
        f'  <Metadata><MDI key="DATE">{escape(day)}</MDI></Metadata>\n'
        f'  <VRTRasterBand dataType="{dtype}" band="1">\n'
        f"    <Description>{escape(description)}</Description>\n{nd}"
        f'    <Metadata><MDI key="DATE">{escape(day)}</MDI></Metadata>\n'
        f"    <SimpleSource>\n"
        f'      <SourceFilename relativeToVRT="1">{escape(source)}</SourceFilename>\n'
        f"      <SourceBand>{band}</SourceBand>\n"
        f'      <SourceProperties RasterXSize="{width}" RasterYSize="{height}" DataType="{dtype}" '
        f'BlockXSize="{blockx}" BlockYSize="{blocky}"/>\n'
        f'      <SrcRect xOff="0" yOff="0" xSize="{width}" ySize="{height}"/>\n'
        f'      <DstRect xOff="0" yOff="0" xSize="{width}" ySize="{height}"/>\n'
        f"    </SimpleSource>\n"
        f"  </VRTRasterBand>\n"
        f"</VRTDataset>\n")


__all__ = ["write_date_vrts", "dates_folder", "GDAL_TYPES"]
