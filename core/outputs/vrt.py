# SPDX-License-Identifier: GPL-3.0-or-later
"""The project's one GDAL VRT writer: a VRT dataset as XML text, from a grid and a list of bands, each band a
list of simple sources (a window of one band of another raster placed at a window of the VRT).

Every text that goes into the XML (SRS, metadata keys and values, descriptions, units, file names) is escaped
here, so callers pass plain strings. Used for the per-date VRTs (:mod:`.band_vrts`) and for the mosaic of the
block files of a block run (:mod:`eolatent.core.scaleout.assembly`).
"""
from __future__ import annotations

import html
import math
import numbers
import os
from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence, Tuple

from ..i18n import tr

# numpy / rasterio dtype name -> VRT dataType (Int64 and UInt64 need GDAL >= 3.5)
GDAL_TYPES = {"uint8": "Byte", "int8": "Int8", "uint16": "UInt16", "int16": "Int16", "uint32": "UInt32",
              "int32": "Int32", "uint64": "UInt64", "int64": "Int64", "float32": "Float32", "float64": "Float64",
              "complex_int16": "CInt16", "complex64": "CFloat32", "complex128": "CFloat64", "complex": "CFloat64"}

Rect = Tuple[int, int, int, int]  # x offset, y offset, x size, y size (pixels)


def gdal_type(dtype) -> str:
    """The VRT dataType of a numpy / rasterio dtype (a name or a ``numpy.dtype``)."""
    try:
        return GDAL_TYPES[str(dtype)]
    except KeyError:
        raise ValueError(tr("no VRT data type for dtype {dtype}", dtype=repr(dtype))) from None


@dataclass(frozen=True)
class SourceProperties:
    """Size, type and block size of a source raster's band: lets GDAL skip opening the source until a pixel of
    it is read."""

    width: int
    height: int
    dtype: str
    block_width: int
    block_height: int


@dataclass(frozen=True)
class VrtSource:
    """Band ``band`` (from 1) of ``filename``: its window ``src_rect`` is drawn at ``dst_rect`` of the VRT band.

    ``filename`` is written as given: with ``relative`` it must be a path relative to the VRT's folder
    (``relativeToVRT="1"``), otherwise any path GDAL can open."""

    filename: str
    band: int
    src_rect: Rect
    dst_rect: Rect
    relative: bool = False
    properties: Optional[SourceProperties] = None


@dataclass(frozen=True)
class VrtBand:
    """One VRT band: ``dtype`` a numpy / rasterio dtype name (see :data:`GDAL_TYPES`); empty description,
    units and tags are left out, ``nodata`` None means no nodata value (NaN is written as ``nan``)."""

    dtype: str
    sources: Sequence[VrtSource]
    description: str = ""
    nodata: Optional[float] = None
    units: str = ""
    tags: Mapping[str, str] = field(default_factory=dict)


def _escape(text) -> str:
    """XML text and attribute escaping (&, <, >, both quotes)."""
    return html.escape(str(text), quote=True)


def _number(value) -> str:
    """A nodata value as VRT text: integers exactly, floats by repr (round-trips), NaN / infinities by name."""
    if isinstance(value, numbers.Integral):  # Python and numpy integers
        return str(int(value))
    value = float(value)
    if math.isnan(value):
        return "nan"
    return repr(value)  # 'inf' / '-inf' for the infinities


def _metadata(tags: Optional[Mapping[str, str]], indent: str) -> List[str]:
    if not tags:
        return []
    return ([f"{indent}<Metadata>\n"]
            + [f'{indent}  <MDI key="{_escape(k)}">{_escape(v)}</MDI>\n' for k, v in tags.items()]
            + [f"{indent}</Metadata>\n"])


def _rect(tag: str, rect: Rect) -> str:
    x, y, w, h = (int(v) for v in rect)
    return f'<{tag} xOff="{x}" yOff="{y}" xSize="{w}" ySize="{h}" />'


def _source(src: VrtSource) -> List[str]:
    if src.relative and os.path.isabs(src.filename):
        raise ValueError(tr("a source relative to the VRT needs a relative path, not {path}", path=src.filename))
    lines = ["    <SimpleSource>\n",
             f'      <SourceFilename relativeToVRT="{int(bool(src.relative))}">{_escape(src.filename)}'
             "</SourceFilename>\n",
             f"      <SourceBand>{int(src.band)}</SourceBand>\n"]
    p = src.properties
    if p is not None:
        lines.append(f'      <SourceProperties RasterXSize="{int(p.width)}" RasterYSize="{int(p.height)}" '
                     f'DataType="{gdal_type(p.dtype)}" BlockXSize="{int(p.block_width)}" '
                     f'BlockYSize="{int(p.block_height)}" />\n')
    lines += [f"      {_rect('SrcRect', src.src_rect)}\n", f"      {_rect('DstRect', src.dst_rect)}\n",
              "    </SimpleSource>\n"]
    return lines


def vrt_xml(width: int, height: int, crs_wkt: str, geotransform: Sequence[float], bands: Sequence[VrtBand],
            tags: Optional[Mapping[str, str]] = None) -> str:
    """The XML of a ``width`` x ``height`` VRT on ``geotransform`` (GDAL order) in ``crs_wkt`` (empty: no SRS),
    with dataset metadata ``tags`` and ``bands`` numbered from 1."""
    if len(geotransform) != 6:
        raise ValueError(tr("a geotransform has 6 numbers, not {count}", count=len(geotransform)))
    lines = [f'<VRTDataset rasterXSize="{int(width)}" rasterYSize="{int(height)}">\n']
    if crs_wkt:
        lines.append(f"  <SRS>{_escape(crs_wkt)}</SRS>\n")
    lines.append("  <GeoTransform>" + ", ".join(repr(float(v)) for v in geotransform) + "</GeoTransform>\n")
    lines += _metadata(tags, "  ")
    for number, band in enumerate(bands, start=1):
        lines.append(f'  <VRTRasterBand dataType="{gdal_type(band.dtype)}" band="{number}">\n')
        lines += _metadata(band.tags, "    ")
        if band.description:
            lines.append(f"    <Description>{_escape(band.description)}</Description>\n")
        if number == 1:      # as in the GeoTIFF outputs (photometric min-is-black: the first band gray)
            lines.append("    <ColorInterp>Gray</ColorInterp>\n")
        if band.nodata is not None:
            lines.append(f"    <NoDataValue>{_number(band.nodata)}</NoDataValue>\n")
        if band.units:
            lines.append(f"    <UnitType>{_escape(band.units)}</UnitType>\n")
        for src in band.sources:
            lines += _source(src)
        lines.append("  </VRTRasterBand>\n")
    lines.append("</VRTDataset>\n")
    return "".join(lines)


def write_vrt_file(path: str, width: int, height: int, crs_wkt: str, geotransform: Sequence[float],
                   bands: Sequence[VrtBand], tags: Optional[Mapping[str, str]] = None) -> None:
    """Write :func:`vrt_xml` to ``path`` (UTF-8); relative sources are relative to ``path``'s folder."""
    text = vrt_xml(width, height, crs_wkt, geotransform, bands, tags)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


__all__ = ["GDAL_TYPES", "SourceProperties", "VrtBand", "VrtSource", "gdal_type", "vrt_xml",
           "write_vrt_file"]
