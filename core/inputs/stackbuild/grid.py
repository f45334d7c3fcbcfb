# SPDX-License-Identifier: GPL-3.0-or-later
"""Area of interest and target grid of the stack builder.

An area is a bounding box or a polygon (WKT or GeoJSON geometry), each in a CRS.
The target grid is north-up, in the target CRS, with square pixels of ``resolution``
CRS units, its edges snapped to multiples of the resolution, and covers the area
intersected with the data (every pixel whose footprint touches it).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
from rasterio.crs import CRS
from rasterio.features import geometry_mask
from rasterio.transform import Affine
from rasterio.warp import transform_bounds, transform_geom
from rasterio.windows import transform as window_transform

from ...i18n import tr
from ..sentinel2.common import Grid


#: Largest target grid accepted (pixels): about 100 Sentinel-2 tiles at 10 m.
MAX_PIXELS = 100 * 10980 * 10980


class StackBuildError(ValueError):
    """The stack cannot be built; the message names the problem and the fix."""


@dataclass
class Area:
    """An area of interest: ``bounds`` (west, south, east, north) or a polygon
    ``geometry`` (GeoJSON dict), in ``crs`` (None = the target CRS)."""

    bounds: Optional[Tuple[float, float, float, float]] = None
    geometry: Optional[dict] = None
    crs: Optional[object] = None

    @classmethod
    def from_wkt(cls, wkt: str, crs=None) -> "Area":
        return cls(geometry=parse_wkt_polygon(wkt), crs=crs)

    @classmethod
    def from_bounds(cls, bounds, crs=None) -> "Area":
        return cls(bounds=_check_bounds(bounds), crs=crs)


def _check_bounds(b) -> Tuple[float, float, float, float]:
    try:
        w, s, e, n = (float(v) for v in b)
    except (TypeError, ValueError):
        raise StackBuildError(tr("area bounds {bounds}: give (west, south, east, north) numbers",
                                 bounds=repr(b))) from None
    if not (all(math.isfinite(v) for v in (w, s, e, n)) and e > w and n > s):
        raise StackBuildError(tr("area bounds {bounds} are empty or inverted; give (west, south, east, "
                                 "north) with east > west and north > south", bounds=repr((w, s, e, n))))
    return w, s, e, n


_RING_RE = re.compile(r"\(([^()]*)\)")


def parse_wkt_polygon(wkt: str) -> dict:
    """GeoJSON geometry of a WKT POLYGON or MULTIPOLYGON (Z/M values dropped)."""
    text = str(wkt or "").strip()
    m = re.match(r"^\s*(MULTIPOLYGON|POLYGON)\s*(?:Z|M|ZM)?\s*(\(.*\))\s*$", text,
                 re.IGNORECASE | re.DOTALL)
    if not m:
        raise StackBuildError(tr("the area {area} is not a WKT POLYGON or MULTIPOLYGON; give e.g. "
                                 "POLYGON((x1 y1, x2 y2, x3 y3, x1 y1))", area=repr(text[:60])))
    body = m.group(2)
    polys: List[List[List[Tuple[float, float]]]] = []
    groups = [body[1:-1]] if m.group(1).upper() == "POLYGON" else \
        re.findall(r"\((\s*\([^()]*\)(?:\s*,\s*\([^()]*\))*\s*)\)", body)
    try:
        for g in groups:
            rings = []
            for ring in _RING_RE.findall(g):
                pts = [tuple(float(v) for v in p.split()[:2]) for p in ring.split(",") if p.strip()]
                if len(pts) < 3:
                    raise ValueError(tr("ring with {count} points", count=len(pts)))
                if pts[0] != pts[-1]:
                    pts.append(pts[0])
                rings.append(pts)
            if rings:
                polys.append(rings)
    except ValueError as exc:
        raise StackBuildError(tr("cannot read the area polygon ({error}); give a closed WKT polygon "
                                 "with at least 3 points", error=exc)) from None
    if not polys:
        raise StackBuildError(tr("the area polygon {area} has no ring; give POLYGON((x y, ...))",
                                 area=repr(text[:60])))
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def clip_to_extent(area, bounds) -> Optional[str]:
    """The area polygon cut to the rectangle ``bounds`` (west, south, east, north, in the polygon's CRS): its polygon
    parts as a 2-D WKT; None where they do not overlap. ``area``: a WKT POLYGON / MULTIPOLYGON (any Z/M spelling; an
    unreadable one raises :func:`parse_wkt_polygon`'s error) or WKB bytes (a QGIS geometry's). An invalid polygon (a
    self-intersecting ring) is made valid first. The command line and the Processing algorithm both cut an area
    given with an extent so."""
    import json

    from osgeo import gdal, ogr

    if isinstance(area, (bytes, bytearray, memoryview)):
        geom = ogr.CreateGeometryFromWkb(bytes(area))
    else:
        geom = ogr.CreateGeometryFromJson(json.dumps(parse_wkt_polygon(area)))
    if geom is None:
        raise StackBuildError(tr("the area polygon cannot be read; give a WKT POLYGON or MULTIPOLYGON"))
    geom.FlattenTo2D()
    gdal.PushErrorHandler("CPLQuietErrorHandler")     # GEOS's notice on an invalid ring: it is made valid here
    try:
        if not geom.IsValid():
            geom = geom.MakeValid() if hasattr(geom, "MakeValid") else geom.Buffer(0)
    finally:
        gdal.PopErrorHandler()
    w, s, e, n = bounds
    clipped = geom.Intersection(ogr.CreateGeometryFromWkt(f"POLYGON (({w} {s},{e} {s},{e} {n},{w} {n},{w} {s}))"))
    if clipped is None:
        return None
    # where a polygon only touches the extent, the intersection holds lines or points too: its polygons are the area
    parts = [clipped.GetGeometryRef(i) for i in range(clipped.GetGeometryCount())] \
        if ogr.GT_Flatten(clipped.GetGeometryType()) == ogr.wkbGeometryCollection else [clipped]
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts:
        kind = ogr.GT_Flatten(part.GetGeometryType())
        polygons = [part] if kind == ogr.wkbPolygon else \
            [part.GetGeometryRef(i) for i in range(part.GetGeometryCount())] if kind == ogr.wkbMultiPolygon else []
        for polygon in polygons:
            if polygon.GetArea() > 0:
                out.AddGeometry(polygon)
    if out.IsEmpty() or out.GetArea() <= 0:
        return None
    return (out.GetGeometryRef(0) if out.GetGeometryCount() == 1 else out).ExportToWkt()


def to_area(area) -> Optional[Area]:
    """Normalise the accepted spellings of an area (see ``build_stacks``)."""
    if area is None or isinstance(area, Area):
        return area
    if isinstance(area, str):
        return Area.from_wkt(area)
    if isinstance(area, dict):
        if "type" in area and "coordinates" in area:
            return Area(geometry=area)
        crs = area.get("crs")
        if area.get("wkt"):
            return Area.from_wkt(area["wkt"], crs)
        if area.get("geometry"):
            return Area(geometry=area["geometry"], crs=crs)
        if area.get("bounds"):
            return Area.from_bounds(area["bounds"], crs)
    if isinstance(area, (tuple, list)):
        if len(area) == 4 and all(isinstance(v, (int, float)) for v in area):
            return Area.from_bounds(area)
        if len(area) == 2:
            first, crs = area
            if isinstance(first, str):
                return Area.from_wkt(first, crs)
            if isinstance(first, dict):
                return Area(geometry=first, crs=crs)
            return Area.from_bounds(first, crs)
    raise StackBuildError(tr("area {area}: give (west, south, east, north), ((w, s, e, n), crs), "
                             "(polygon WKT, crs) or an Area", area=repr(area)))


def to_crs(value, what: Optional[str] = None) -> CRS:
    """The CRS ``value``; StackBuildError naming it as ``what`` (default "target CRS") when unknown."""
    try:
        return value if isinstance(value, CRS) else CRS.from_user_input(value)
    except Exception:  # noqa: BLE001 - rasterio raises several error types
        raise StackBuildError(tr("{what} {value} is not a known CRS; give e.g. EPSG:32633",
                                 what=what or tr("target CRS"), value=repr(value))) from None


def utm_crs(lon: float, lat: float) -> CRS:
    zone = int(min(max((lon + 180.0) // 6 + 1, 1), 60))
    return CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)


def bounds_in(grid: Grid, crs) -> Tuple[float, float, float, float]:
    """Bounds of *grid* in *crs*."""
    w, s, e, n = grid.bounds
    if grid.crs == crs:
        return w, s, e, n
    return transform_bounds(grid.crs, crs, w, s, e, n, densify_pts=21)


def union(boxes: Sequence) -> Optional[Tuple[float, float, float, float]]:
    boxes = [b for b in boxes if b is not None]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def intersect(a, b) -> Optional[Tuple[float, float, float, float]]:
    if a is None or b is None:
        return a if b is None else b
    w, s, e, n = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return (w, s, e, n) if e > w and n > s else None


def area_in(area: Area, crs) -> Tuple[Tuple[float, float, float, float], Optional[dict]]:
    """(bounds, polygon GeoJSON or None) of *area* in *crs*."""
    src = to_crs(area.crs, tr("area CRS")) if area.crs is not None else crs
    if area.geometry is not None:
        geom = area.geometry if src == crs else transform_geom(src, crs, area.geometry)
        pts = np.array([pt for poly in _polygons(geom) for ring in poly for pt in ring],
                       dtype=np.float64)
        return (float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()),
                float(pts[:, 1].max())), geom
    w, s, e, n = area.bounds
    if src != crs:
        w, s, e, n = transform_bounds(src, crs, w, s, e, n, densify_pts=21)
    return (w, s, e, n), None


def _polygons(geom: dict):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    raise StackBuildError(tr("the area geometry is a {kind}; give a polygon", kind=geom["type"]))


def snapped_grid(crs, bounds, resolution: float) -> Grid:
    """North-up grid of *resolution* covering *bounds*, edges on multiples of it."""
    res = float(resolution)
    if not (res > 0 and math.isfinite(res)):
        raise StackBuildError(tr("resolution {value}: give a positive pixel size in CRS units "
                                 "(metres), e.g. 10", value=repr(resolution)))
    w, s, e, n = bounds
    eps = 1e-6
    x0, x1 = math.floor(w / res + eps) * res, math.ceil(e / res - eps) * res
    y0, y1 = math.floor(s / res + eps) * res, math.ceil(n / res - eps) * res
    width, height = max(1, int(round((x1 - x0) / res))), max(1, int(round((y1 - y0) / res)))
    if width * height > MAX_PIXELS:
        raise StackBuildError(tr(
            "the target grid would be {width} x {height} pixels (bounds {bounds} at {res:g}); give a smaller area, "
            "a coarser resolution, or products of one region", width=width, height=height,
            bounds=fmt_bounds(bounds), res=res))
    return Grid(crs, Affine(res, 0.0, x0, 0.0, -res, y1), width, height)


def inside_mask(geom: Optional[dict], grid: Grid, win) -> np.ndarray:
    """Bool (h, w): True where the pixel centre lies inside the polygon (all True
    without polygon)."""
    h, w = int(win.height), int(win.width)
    if geom is None:
        return np.ones((h, w), dtype=bool)
    transform = window_transform(win, grid.transform)
    return geometry_mask([geom], out_shape=(h, w), transform=transform, invert=True)


def fmt_bounds(b) -> str:
    """Bounds with fixed decimals, so that grids a metre (or a centimetre) apart print differently: 2 decimals
    (CRS units, metres), 6 when every value is within ±360 (degrees)."""
    if not b:
        return tr("(none)")
    fmt = "%.6f" if all(abs(v) <= 360 for v in b) else "%.2f"
    return "(%s)" % ", ".join(fmt % v for v in b)


def pixel_size_text(crs, size: float) -> str:
    """A pixel size with the CRS's unit: "10 m", "0.0001°", "30 US survey foot"; the bare number where the CRS
    says no unit."""
    crs = CRS.from_user_input(crs) if crs is not None else None
    if crs is not None and crs.is_geographic:
        return tr("{size:g}°", size=size)
    unit = (crs.linear_units if crs is not None else "") or ""
    if unit.lower() in ("metre", "meter", "metres", "meters", "m"):     # PROJ says metre, ESRI WKT Meter
        return tr("{size:g} m", size=size)
    return tr("{size:g} {unit}", size=size, unit=unit) if unit and unit != "unknown" else tr("{size:g}", size=size)
