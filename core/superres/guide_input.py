# SPDX-License-Identifier: GPL-3.0-or-later
"""The fine guide of eolatent:superresolve (TsHARP and the guided CNN): opening, grid checks and reading.

A single-band vegetation index (NDVI), or a Sentinel-2 stack whose NDVI is computed from B04/B08 (per-pixel
median over its cloud-free dates). It must be in the input's CRS, with a pixel equal to the input pixel / factor
(1 % tolerance), aligned on the fine grid, and cover the input. A read failure (a truncated or corrupt file, a VRT
whose source is gone) is named as the guide's, with the fix.
"""
from __future__ import annotations

import os

import numpy as np
from rasterio.transform import Affine

from ..i18n import join, number, tr
from ..inputs.dated_rasters import crs_label
from .lst_input import LstInputError, fine_grid, read_boundless, read_checked, read_failed


def open_guide(path: str, grid, factor: int):
    """A fine guide reader on the fine grid of ``grid`` (see the module docstring for the checks)."""
    import rasterio

    name = os.path.basename(path)
    try:
        with rasterio.open(path) as ds:
            count, crs, transform, width, height = ds.count, ds.crs, ds.transform, ds.width, ds.height
    except Exception as exc:  # noqa: BLE001
        raise LstInputError(tr("cannot open the guide {path} (GDAL: {error}); the file is missing, truncated or not a "
                               "raster: give a single-band NDVI GeoTIFF or a Sentinel-2 stack", path=path,
                               error=exc)) from None
    if count == 1:
        reader = _NdviBand(path)
    else:
        reader = _S2Ndvi(path, count)
        crs, transform, width, height = reader.crs, reader.transform, reader.width, reader.height
    try:
        check_guide_grid(name, crs, transform, width, height, grid, factor)
    except LstInputError:
        reader.close()
        raise
    fine = fine_grid(grid, factor)
    reader.row0 = int(round((fine.transform.f - transform.f) / transform.e))
    reader.col0 = int(round((fine.transform.c - transform.c) / transform.a))
    return reader


def same_crs(crs, grid) -> bool:
    """True for equal CRSs, or equivalent definitions (e.g. two WKT spellings of the MODIS sinusoidal
    sphere): the input's corners and centre map onto themselves within a millionth of a pixel."""
    if crs == grid.crs:
        return True
    from rasterio.transform import array_bounds
    from rasterio.warp import transform as warp_points

    w, s, e, n = array_bounds(grid.height, grid.width, grid.transform)
    xs, ys = [w, e, w, e, (w + e) / 2], [s, s, n, n, (s + n) / 2]
    try:
        tx, ty = warp_points(grid.crs, crs, xs, ys)
    except Exception:  # noqa: BLE001 - an impossible transformation means different CRSs
        return False
    tol = 1e-6 * abs(grid.transform.a)
    return max(max(abs(a - b) for a, b in zip(tx, xs)), max(abs(a - b) for a, b in zip(ty, ys))) <= tol


def check_guide_grid(name, crs, transform, width, height, grid, factor):
    from rasterio.transform import array_bounds

    if crs is None or grid.crs is None or not same_crs(crs, grid):
        raise LstInputError(tr(
            "the guide {file} is in another CRS ({crs}) than the LST input ({input_crs}); warp it onto the fine grid "
            "first ({command})", file=name, crs=crs_label(crs), input_crs=crs_label(grid.crs),
            command="gdalwarp -t_srs {} -tr <input pixel / FACTOR> -te <input extent>".format(
                f"'{crs_label(grid.crs)}'" if grid.crs is not None else "<input CRS>")))
    cres = (abs(grid.transform.a), abs(grid.transform.e))
    gres = (abs(transform.a), abs(transform.e))
    want = (cres[0] / factor, cres[1] / factor)
    if any(abs(g - w) > 0.01 * w for g, w in zip(gres, want)):
        ratio = cres[0] / gres[0]
        hint = f"FACTOR {round(ratio)}" if round(ratio) in (2, 4, 8) and abs(ratio - round(ratio)) < 0.01 else \
            tr("a guide resampled to that pixel ({command})", command="gdalwarp -tr")
        raise LstInputError(tr(
            "the {parameter} does not match the guide: with {parameter} {factor} the fine pixel is {width:.6g} × "
            "{height:.6g}, but the guide {file} has {guide_width:.6g} × {guide_height:.6g} pixels (input pixel / "
            "{ratio:.3g}); choose {hint}", parameter="FACTOR", factor=factor, width=want[0], height=want[1],
            file=name, guide_width=gres[0], guide_height=gres[1], ratio=ratio, hint=hint))
    if transform.b or transform.d or transform.e > 0:
        raise LstInputError(tr("the guide {file} is not a north-up raster; warp it ({command})", file=name,
                               command="gdalwarp"))
    gw, gs, ge, gn = array_bounds(height, width, transform)
    w, s, e, n = array_bounds(grid.height, grid.width, grid.transform)
    extents = dict(file=name, guide_extent=join(number(v, ".1f") for v in (gw, gs, ge, gn)),
                   input_extent=join(number(v, ".1f") for v in (w, s, e, n)))
    if gw >= e or ge <= w or gs >= n or gn <= s:
        raise LstInputError(tr("the guide {file} does not overlap the LST input at all (guide extent {guide_extent}; "
                               "input {input_extent}); give a guide of the same area", **extents))
    fine_t = grid.transform * Affine.scale(1.0 / factor)
    dx = (fine_t.c - transform.c) / transform.a
    dy = (fine_t.f - transform.f) / transform.e
    if abs(dx - round(dx)) > 0.01 or abs(dy - round(dy)) > 0.01:
        raise LstInputError(tr(
            "the guide {file} is not aligned with the fine grid (offset {dx:+.2f}, {dy:+.2f} fine pixels); warp it "
            "with {command}", file=name, dx=dx - round(dx), dy=dy - round(dy),
            command="gdalwarp -tr <input pixel / FACTOR> -te <input extent>"))
    tol = 0.5 * want[0]
    if gw > w + tol or ge < e - tol or gs > s + tol or gn < n - tol:
        raise LstInputError(tr("the guide {file} does not cover the LST input (guide extent {guide_extent}; input "
                               "{input_extent}); give a guide over the whole input, or clip the input", **extents))


class _NdviBand:
    def __init__(self, path):
        import rasterio

        self.ds = rasterio.open(path)
        self.nodata = self.ds.nodata
        self.scale = self.ds.scales[0] or 1.0
        self.offset = self.ds.offsets[0] or 0.0
        self.description = f"{os.path.basename(path)} (single band, used as the vegetation index)"  # output metadata
        self.said = tr("{file} (single band, used as the vegetation index)", file=os.path.basename(path))  # the log's
        self._check_values(os.path.basename(path))

    def _check_values(self, name):
        """Refuse a band that is not a vegetation index (an LST in kelvin was used as one, r² 1.00): NDVI lies in
        −1 … 1, so the 1st–99th percentiles of a decimated read must too (after the band's scale and offset)."""
        from rasterio.windows import Window

        try:        # the end of the file, then a decimated read: a truncated guide is named as the guide
            read_checked(self.ds, 1, window=Window(self.ds.width - 1, self.ds.height - 1, 1, 1), guide=True)
            g = self._values(read_checked(self.ds, 1, out_shape=(min(self.ds.height, 512), min(self.ds.width, 512)),
                                          guide=True))
        except LstInputError:
            self.ds.close()
            raise
        ok = np.isfinite(g)
        if not ok.any():
            return                      # no value: the run's own no-valid-pixel check says so
        lo, hi = np.percentile(g[ok], [1, 99])
        if lo < -1.05 or hi > 1.05:
            self.ds.close()
            raise LstInputError(tr(
                "the guide {file} holds values {low:.4g} … {high:.4g} (1st–99th percentile), not a vegetation index "
                "(NDVI lies in −1 … 1); give an NDVI raster (a scaled one with its scale factor in its metadata, e.g. "
                "{example}; a fill value such as −9999 declared as nodata, e.g. {nodata_example}), or a Sentinel-2 "
                "stack with {red} and {nir}", file=name, low=lo, high=hi, example="gdal_edit.py -scale 0.0001",
                nodata_example="gdal_edit.py -a_nodata -9999", red="B04", nir="B08"))

    def read(self, row, col, h, w):
        """Fine guide window (float32, NaN where missing) in fine-grid pixel coordinates."""
        r0, c0 = row + self.row0, col + self.col0
        kind = np.dtype(self.ds.dtypes[0]).kind
        g = self._values(read_boundless(self.ds, 1, r0, c0, h, w, np.nan if kind == "f" else 0, guide=True))
        rows = np.arange(r0, r0 + h)
        cols = np.arange(c0, c0 + w)
        outside = ~(((rows >= 0) & (rows < self.ds.height))[:, None] & ((cols >= 0) & (cols < self.ds.width))[None, :])
        return np.where(outside, np.float32(np.nan), g)

    def _values(self, raw):
        """The band's values (float32, its scale and offset applied), NaN where nodata or not finite."""
        g = raw.astype(np.float32) * np.float32(self.scale) + np.float32(self.offset)
        bad = ~np.isfinite(g)
        if self.nodata is not None and not np.isnan(self.nodata):
            bad |= raw == self.nodata
        return np.where(bad, np.float32(np.nan), g).astype(np.float32)

    def close(self):
        self.ds.close()


class _S2Ndvi:
    def __init__(self, path, count):
        from ..inputs.sentinel2 import S2FormatError, open_s2

        name = os.path.basename(path)
        self.path = path
        try:
            self.src = open_s2(path)
        except S2FormatError as exc:
            raise LstInputError(tr(
                "the guide {file} has {count} bands but is not a Sentinel-2 stack ({error}); give a single-band NDVI "
                "raster, or a Sentinel-2 stack with {red} and {nir}", file=name, count=count,
                error=str(exc).split(';')[0], red="B04", nir="B08")) from None
        missing = [b for b in ("B04", "B08") if b not in self.src.band_names]
        if missing:
            self.src.close()
            raise LstInputError(tr("the Sentinel-2 guide {file} lacks {missing}; NDVI needs {red} and {nir}",
                                   file=name, missing=", ".join(missing), red="B04", nir="B08"))
        g = self.src.grid
        self.crs, self.transform, self.width, self.height = g.crs, g.transform, g.width, g.height
        dates = ", ".join(f"{d:%Y-%m-%d}" for d in self.src.dates)
        self.description = (f"NDVI of the Sentinel-2 stack {name} (B08, B04; median of {len(self.src.dates)} "
                            f"date(s): {dates})")   # English: output metadata
        self.said = tr("NDVI of the Sentinel-2 stack {file} ({nir}, {red}; median of {count} date(s): {dates})",
                       file=name, nir="B08", red="B04", count=len(self.src.dates), dates=dates)   # the log's

    def read(self, row, col, h, w):
        from rasterio.windows import Window

        r0, c0 = row + self.row0, col + self.col0
        rr0, cc0 = max(r0, 0), max(c0, 0)
        rr1, cc1 = min(r0 + h, self.height), min(c0 + w, self.width)
        out = np.full((h, w), np.nan, np.float32)
        if rr1 <= rr0 or cc1 <= cc0:
            return out
        win = Window(cc0, rr0, cc1 - cc0, rr1 - rr0)
        stack = []
        from rasterio.errors import RasterioError

        for i in range(len(self.src.dates)):
            try:
                refl, valid = self.src.read(i, win, ["B04", "B08"])
            except (RasterioError, OSError) as exc:
                raise read_failed(exc, self.path, guide=True) from None
            with np.errstate(invalid="ignore", divide="ignore"):
                ndvi = (refl[1] - refl[0]) / (refl[1] + refl[0])
            stack.append(np.where(valid & np.isfinite(ndvi), ndvi, np.nan))
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN pixels stay NaN
            out[rr0 - r0:rr1 - r0, cc0 - c0:cc1 - c0] = np.nanmedian(np.stack(stack), axis=0)
        return out

    def close(self):
        self.src.close()
