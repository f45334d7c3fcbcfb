# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled samples on a raster grid: polygons or points with a class, rasterized by pixel centre.

Geometries arrive as GeoJSON-like mappings (or WKT text) already in the raster's CRS (the Processing layer
transforms them). A pixel belongs to a polygon when its centre lies inside it (rasterio's default rule); a
point labels the pixel that contains it — each point its own row, so two points in one pixel both count (with
their own classes). Where polygons overlap, the later one wins (training counts the pixels where that decided
between two classes, for its log). Every sample keeps its identity (``sample id`` =
its index + 1) so that the split never puts pixels of one polygon on both sides.

Rasterization and reading run tile by tile, so memory does not depend on the raster size.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from ..i18n import tr
from .features import FeatureSource, as_matrix, input_name

TILE = 256  # pixels; a tile of features is the most held in memory while sampling


class SampleError(ValueError):
    """A training or reference layer that cannot be used (its message names the problem and the fix)."""


def as_geojson(geom) -> dict:
    """A GeoJSON-like mapping from a mapping, a JSON string or WKT text."""
    if isinstance(geom, dict):
        return geom
    text = str(geom).strip()
    if text.startswith("{"):
        return json.loads(text)
    from osgeo import ogr  # GDAL's bindings come with QGIS and rasterio's GDAL

    g = ogr.CreateGeometryFromWkt(text)
    if g is None:
        raise SampleError(tr("unreadable geometry {geometry}", geometry=repr(text[:60])))
    return json.loads(g.ExportToJson())


def geometry_bounds(geom: dict) -> Tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of a GeoJSON geometry."""
    xs, ys = [], []

    def walk(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            xs.append(float(c[0]))
            ys.append(float(c[1]))
        else:
            for item in c:
                walk(item)

    if geom.get("type") == "GeometryCollection":
        for g in geom.get("geometries", []):
            b = geometry_bounds(g)
            xs += [b[0], b[2]]
            ys += [b[1], b[3]]
    else:
        walk(geom.get("coordinates", []))
    if not xs:
        return (np.nan,) * 4
    return min(xs), min(ys), max(xs), max(ys)


@dataclass
class Samples:
    """Geometries (GeoJSON, raster CRS) and their class codes (positive integers)."""

    geometries: List[dict]
    codes: np.ndarray  # int64, one per geometry
    ids: np.ndarray = field(default=None)  # int32 sample ids (1-based), default 1..n

    def __post_init__(self):
        self.geometries = [as_geojson(g) for g in self.geometries]
        self.codes = np.asarray(self.codes, dtype=np.int64)
        if len(self.codes) != len(self.geometries):
            raise SampleError(tr("{codes} class code(s) for {geometries} geometries: one class code per geometry is "
                                 "needed", codes=len(self.codes), geometries=len(self.geometries)))
        if self.ids is None:
            self.ids = np.arange(1, len(self.geometries) + 1, dtype=np.int32)
        if len(self.codes) and self.codes.min() < 1:
            raise SampleError(tr("class codes must be positive integers (0 is the nodata value of class maps)"))

    def __len__(self):
        return len(self.geometries)

    def centroids(self) -> np.ndarray:
        """(n, 2) centres of the geometries' bounding boxes (used to form spatial blocks)."""
        b = np.array([geometry_bounds(g) for g in self.geometries], dtype=np.float64).reshape(-1, 4)
        return np.stack([(b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2], axis=1)

    def code_of(self, sample_id: np.ndarray) -> np.ndarray:
        lut = np.zeros(int(self.ids.max()) + 1 if len(self.ids) else 1, dtype=np.int64)
        lut[self.ids] = self.codes
        return lut[sample_id]


def rasterize_ids(geometries: Sequence[dict], ids: Sequence[int], transform, shape: Tuple[int, int],
                  all_touched: bool = False) -> np.ndarray:
    """int32 raster of sample ids (0 = none) on a grid (transform, (height, width)); later samples win."""
    from rasterio.features import rasterize

    shapes = [(g, int(i)) for g, i in zip(geometries, ids)]
    if not shapes or shape[0] < 1 or shape[1] < 1:
        return np.zeros(shape, dtype=np.int32)
    return rasterize(shapes, out_shape=shape, transform=transform, fill=0, dtype="int32",
                     all_touched=all_touched)


def tiles(height: int, width: int, size: int = TILE) -> Iterator[Tuple[int, int, int, int]]:
    """(row, col, height, width) of square tiles covering the grid."""
    for r0 in range(0, height, size):
        for c0 in range(0, width, size):
            yield r0, c0, min(size, height - r0), min(size, width - c0)


def tile_transform(transform, row: int, col: int = 0):
    from rasterio.transform import Affine

    return transform * Affine.translation(col, row)


def _bounds_array(samples: Samples) -> np.ndarray:
    return np.array([geometry_bounds(g) for g in samples.geometries], dtype=np.float64).reshape(-1, 4)


def _window_bounds(transform, row, col, h, w):
    from rasterio.transform import array_bounds

    return array_bounds(h, w, tile_transform(transform, row, col))


def grid_overlaps(grid, samples: Samples) -> np.ndarray:
    """Boolean per sample: its bounding box intersects the grid's extent."""
    return _intersects(_bounds_array(samples), _window_bounds(grid.transform, 0, 0, grid.height, grid.width))


def _intersects(b: np.ndarray, bounds) -> np.ndarray:
    """Per bounding box (rows of ``b``: xmin, ymin, xmax, ymax): it meets ``bounds`` (two opposite corners in any
    order: a south-up raster's array bounds have their "north" below their "south")."""
    x0, y0, x1, y1 = bounds
    w, e, s, n = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    with np.errstate(invalid="ignore"):
        return (b[:, 0] <= e) & (b[:, 2] >= w) & (b[:, 1] <= n) & (b[:, 3] >= s)


def _class_clash(geoms, codes, where, shape, all_touched, r, c) -> Tuple[np.ndarray, set]:
    """(per labelled pixel (r, c): covered by polygons of more than one class, the classes met there)."""
    from rasterio.features import rasterize

    count = np.zeros(len(r), np.int32)
    covers = {}
    for code in np.unique(codes):
        mine = [g for g, k in zip(geoms, codes) if k == code]
        covers[int(code)] = rasterize([(g, 1) for g in mine], out_shape=shape, transform=where, fill=0,
                                      dtype="uint8", all_touched=all_touched)[r, c] > 0
        count += covers[int(code)]
    clash = count > 1
    return clash, {code for code, cov in covers.items() if (cov & clash).any()}


def gather(grid, samples: Samples, read: Callable, all_touched: bool = False,
           size: int = TILE, clashes: bool = False) -> Dict[str, np.ndarray]:
    """Features and ids of the labelled pixels, streamed tile by tile (memory: one tile of features).

    ``read(rasterio window)`` -> (F, h, w) float32 features of that window. Returns ``X`` (n, F),
    ``ids`` (n,) sample id of each pixel, ``rows``/``cols`` (n,) pixel positions; with ``clashes``, also
    ``clash`` (n,): the pixel lies under polygons of more than one class, and ``clash_codes``: those classes.
    """
    from rasterio.windows import Window

    bounds = _bounds_array(samples)
    is_point = np.array([g.get("type") in ("Point", "MultiPoint") for g in samples.geometries], bool)
    pid, prow, pcol = point_pixels(grid, samples, is_point)
    xs, out_ids, rr, cc, clash_all, clash_codes = [], [], [], [], [], set()
    for r0, c0, h, w in tiles(grid.height, grid.width, size):
        keep = _intersects(bounds, _window_bounds(grid.transform, r0, c0, h, w)) & ~is_point
        r = c = np.zeros(0, np.int64)
        ids = np.zeros(0, np.int32)
        clash = np.zeros(0, bool)
        if keep.any():
            geoms, kept_ids = [g for g, k in zip(samples.geometries, keep) if k], samples.ids[keep]
            where = tile_transform(grid.transform, r0, c0)
            lab = rasterize_ids(geoms, kept_ids, where, (h, w), all_touched)
            r, c = np.nonzero(lab)
            ids = lab[r, c]
            clash = np.zeros(len(r), bool)
            if clashes and len(np.unique(samples.codes[keep])) > 1:
                clash, met = _class_clash(geoms, samples.codes[keep], where, (h, w), all_touched, r, c)
                clash_codes |= met
        here = (prow >= r0) & (prow < r0 + h) & (pcol >= c0) & (pcol < c0 + w)
        if here.any():
            r, c = np.concatenate([r, prow[here] - r0]), np.concatenate([c, pcol[here] - c0])
            ids = np.concatenate([ids, pid[here]]).astype(np.int32)
            clash = np.concatenate([clash, np.zeros(int(here.sum()), bool)])
        if not len(r):
            continue
        rmin, rmax, cmin, cmax = int(r.min()), int(r.max()) + 1, int(c.min()), int(c.max()) + 1
        block = read(Window(c0 + cmin, r0 + rmin, cmax - cmin, rmax - rmin))
        xs.append(block[:, r - rmin, c - cmin].T)
        out_ids.append(ids)
        clash_all.append(clash)
        rr.append(r + r0)
        cc.append(c + c0)
    if not xs:
        return dict(X=np.zeros((0, 0), np.float32), ids=np.zeros(0, np.int32), rows=np.zeros(0, np.int64),
                    cols=np.zeros(0, np.int64), clash=np.zeros(0, bool), clash_codes=())
    return dict(X=np.concatenate(xs).astype(np.float32), ids=np.concatenate(out_ids),
                rows=np.concatenate(rr), cols=np.concatenate(cc), clash=np.concatenate(clash_all),
                clash_codes=tuple(sorted(clash_codes)))


def point_pixels(grid, samples: Samples, is_point: np.ndarray):
    """(sample id, row, col) of every point of the point samples (a MultiPoint gives one per part) inside the
    grid; a point on a pixel edge goes to the pixel right of / below it, as rasterisation does."""
    ids, xs, ys = [], [], []
    for sid, geom, pt in zip(samples.ids, samples.geometries, is_point):
        if not pt:
            continue
        parts = [geom["coordinates"]] if geom["type"] == "Point" else list(geom["coordinates"])
        for xy in parts:
            ids.append(int(sid))
            xs.append(float(xy[0]))
            ys.append(float(xy[1]))
    if not ids:
        z = np.zeros(0, np.int64)
        return z.astype(np.int32), z, z
    cols, rows = ~grid.transform * (np.array(xs), np.array(ys))
    rows, cols = np.floor(rows).astype(np.int64), np.floor(cols).astype(np.int64)
    inside = (rows >= 0) & (rows < grid.height) & (cols >= 0) & (cols < grid.width)
    return np.array(ids, np.int32)[inside], rows[inside], cols[inside]


def label_raster(grid, samples: Samples) -> np.ndarray:
    """Whole-grid raster of class codes (0 = unlabelled); for tests and small rasters."""
    ids = rasterize_ids(samples.geometries, samples.ids, grid.transform, (grid.height, grid.width))
    return np.where(ids > 0, samples.code_of(ids), 0)


def describe_codes(codes: Optional[Sequence[int]], names: Dict[int, str]) -> str:
    return ", ".join(names.get(int(c), str(c)) for c in (codes or []))


# ---------------------------------------------------------------------------------------------------
# The labelled pixels of a feature raster
# ---------------------------------------------------------------------------------------------------
@dataclass
class Labelled:
    X: np.ndarray        # (n, F) float32, NaN filled
    codes: np.ndarray    # (n,) class code per pixel
    ids: np.ndarray      # (n,) sample id per pixel
    rows: np.ndarray
    cols: np.ndarray
    dropped_nodata: int = 0
    samples_without_pixels: int = 0
    empty_features: tuple = ()     # features without a value at any labelled pixel (an all-nodata extra raster)
    overlap_pixels: int = 0        # labelled pixels under overlapping polygons of different classes (last one won)
    overlap_codes: tuple = ()      # the classes of those polygons


def labelled_pixels(source: FeatureSource, samples: Samples, names: Optional[Dict[int, str]] = None) -> Labelled:
    """Features of the pixels under the samples; clear errors for no overlap and for a single class."""
    names = names or {}
    raster = input_name(getattr(source, "paths", source.path))
    if not len(samples):
        raise SampleError(tr("the training layer has no feature with a class value; fill the class field or choose "
                             "another field"))
    inside = grid_overlaps(source.grid, samples)
    if not inside.any():
        w, s, e, n = _bounds(source.grid)
        raise SampleError(tr("none of the {count} training features overlaps {file} (extent {west:.1f}, "
                             "{south:.1f} – {east:.1f}, {north:.1f} in its CRS); choose training data over the "
                             "raster's area",
                             count=len(samples), file=raster, west=w, south=s, east=e, north=n))
    got = gather(source.grid, samples, source.read, clashes=True)
    if not len(got["ids"]):
        raise SampleError(tr("the training features overlap {file} but none covers a pixel centre (polygons smaller "
                             "than a {xres:g} × {yres:g} pixel?); draw larger polygons or use points", file=raster,
                             xres=source.grid.res[0], yres=source.grid.res[1]))
    X, valid = as_matrix(got["X"].T[:, :, None])
    X, valid = X.reshape(len(got["ids"]), -1), valid.reshape(-1)
    codes = samples.code_of(got["ids"])
    keep = valid
    if not keep.any():
        raise SampleError(tr("the {count} training pixels on {file} hold no value (every feature is nodata/NaN "
                             "under every sample: cloud, or outside the encoded area); check the raster, or draw the "
                             "samples where it has values", count=len(keep), file=raster))
    present = np.unique(codes[keep])
    if len(present) < 2:
        which = ", ".join(names.get(int(c), str(c)) for c in present) or tr("none")
        hidden = [c for c in got["clash_codes"] if c not in present]
        if hidden:
            raise SampleError(tr("the training pixels on {file} hold only one class ({classes}): the polygons of "
                                 "{hidden} lie wholly under later polygons of another class, which take their "
                                 "pixels; remove the overlaps", file=raster, classes=which,
                                 hidden=describe_codes(hidden, names)))
        raise SampleError(tr("the training pixels on {file} hold only one class ({classes}); a classifier needs at "
                             "least two classes with pixels on the raster: add samples of other classes",
                             file=raster, classes=which))
    n_with = len(np.unique(got["ids"]))
    empty = tuple(int(i) for i in np.flatnonzero(~np.isfinite(np.asarray(got["X"])[keep]).any(axis=0)))
    clash = keep & got["clash"]
    return Labelled(X[keep], codes[keep], got["ids"][keep], got["rows"][keep], got["cols"][keep],
                    int((~keep).sum()), int(inside.sum()) - n_with, empty, int(clash.sum()), got["clash_codes"])


def _bounds(grid):
    """(west, south, east, north) of the grid, whichever way its rows and columns run."""
    from rasterio.transform import array_bounds

    x0, y0, x1, y1 = array_bounds(grid.height, grid.width, grid.transform)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
