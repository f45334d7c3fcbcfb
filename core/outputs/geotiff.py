# SPDX-License-Identifier: GPL-3.0-or-later
"""Output rasters: early writability checks, one GeoTIFF layout, and atomic, all-or-nothing GeoTIFFs.

:class:`AtomicGeoTiff` owns the life of every output file: written to a hidden temporary file beside its target
(same file system, so the final rename is atomic) with exact statistics, renamed only on commit(); abort()
removes it. :class:`OutputFiles` (the tiled runner's outputs) and the stack writer (:mod:`.stackwriter`) use it.
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Union

import numpy as np

from ..i18n import tr
from .files import GdalErrors, OutputError, check_writable, part_file, publish, verify_raster

BLOCK = 256  # GeoTIFF internal tile size; the runner writes strips in multiples of it
STRIP_BUDGET = 256 * 2 ** 20  # bytes of finished rows the runner may hold across all outputs


def choose_block(width: int, total_bands: int) -> int:
    """GeoTIFF block size (16…256, a power of two) such that one row of blocks of every output band fits
    in STRIP_BUDGET: many-band outputs (latent rasters) get small blocks, ordinary ones 256."""
    block = BLOCK
    while block > 16 and block * width * total_bands * 4 > STRIP_BUDGET:
        block //= 2
    return block


def gtiff_layout(width: int, height: int, count: int, dtype: str, block: Optional[int] = None) -> Dict[str, object]:
    """rasterio creation keywords of every project GeoTIFF: tiled, band-interleaved, DEFLATE (floating-point
    predictor for floats), BigTIFF when needed, grey bands (min-is-black); tiles of ``block`` (default :func:`choose_block`) pixels a side,
    or one tile across a shorter side (rounded up to a multiple of 16), so a small raster is a single tile."""
    block = choose_block(width, count) if block is None else int(block)
    # grey bands, never RGB(A): GDAL's default for 3 or 4 Byte bands is RGB, with a 4th band read as alpha (a
    # 4-date quality raster then hid every flag wherever the last date's flag was 0)
    return dict(tiled=True, blockxsize=min(block, 16 * -(-int(width) // 16)),
                blockysize=min(block, 16 * -(-int(height) // 16)), compress="deflate",
                predictor=3 if np.dtype(dtype).kind == "f" else 2, interleave="band", BIGTIFF="IF_SAFER",
                photometric="MINISBLACK")


def gtiff_creation_options(width: int, height: int, count: int, dtype: str, block: Optional[int] = None) -> List[str]:
    """:func:`gtiff_layout` as GDAL creation options (``["TILED=YES", "BLOCKXSIZE=256", ...]``), e.g. for
    ``gdal.Translate`` writing a mosaic with the layout of the runner's outputs."""
    return [f"{k.upper()}={'YES' if v is True else str(v).upper()}"
            for k, v in gtiff_layout(width, height, count, dtype, block).items()]


def valid_values(a: np.ndarray, nodata) -> np.ndarray:
    """The values of ``a`` that are finite and not ``nodata``, flattened (``a`` itself, flattened, when all are)."""
    ok = np.isfinite(a) if a.dtype.kind == "f" else np.ones(a.shape, bool)
    if nodata is not None and np.isfinite(nodata):
        ok &= a != nodata
    return a.ravel() if ok.all() else a[ok]


def statistics_tags(st: Optional[Dict[str, float]]) -> Dict[str, str]:
    """GDAL's STATISTICS_MINIMUM, _MAXIMUM, _MEAN, _STDDEV, _VALID_PERCENT band tags of exact statistics ``st``
    (minimum, maximum, mean, stddev, valid_percent; None: no valid pixel)."""
    # a band without any valid pixel (a cloudy date) says so (valid percent 0), or QGIS asks GDAL to sample it when
    # the layer loads, which prints "Failed to compute statistics, no valid pixels found" and leaves an .aux.xml
    st = st if st is not None else dict(minimum=0.0, maximum=0.0, mean=0.0, stddev=0.0, valid_percent=0.0)
    # a multi-band layer loading in QGIS asks GDAL for a histogram between these two, which GDAL refuses when they
    # are equal ("dfMax should be strictly greater than dfMin"): an empty or constant band's maximum is nudged up by
    # a millionth of its magnitude (at least 1e-6)
    if st["maximum"] <= st["minimum"]:
        st = dict(st, maximum=st["minimum"] + max(abs(st["minimum"]), 1.0) * 1e-6)
    return {"STATISTICS_" + k.upper(): repr(v) for k, v in st.items()}


def _rgba(colour) -> Optional[tuple]:
    """(r, g, b, 255) of "#rrggbb" or "#rgb"; None for anything else."""
    text = str(colour or "").strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    try:
        return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4)) + (255,) if len(text) == 6 else None
    except ValueError:
        return None


def colour_table(colours: Optional[Dict[int, str]]) -> Optional[Dict[int, tuple]]:
    """A GeoTIFF colour table {value: (r, g, b, 255)} of class ``colours``; None where one cannot hold them all:
    rasterio writes the values 0–255 only (codes such as CORINE's 311 would be left black), and a colour that is not
    "#rrggbb" is left out."""
    if not colours or any(not 0 <= int(v) <= 255 for v in colours):
        return None
    table = {int(v): _rgba(c) for v, c in colours.items()}
    return {v: c for v, c in table.items() if c is not None} or None


@dataclass
class OutputSpec:
    """One output raster."""

    path: str
    count: int
    dtype: str = "float32"
    nodata: Optional[float] = float("nan")
    descriptions: Sequence[str] = ()
    band_tags: Sequence[Dict[str, str]] = ()
    tags: Dict[str, str] = field(default_factory=dict)
    units: str = ""
    blend: bool = True  # False for flags/classes: the core tile's value is kept
    colours: Optional[Dict[int, str]] = None  # a class map's colour table, {value: "#rrggbb"} (band 1, uint8/16)


class AtomicGeoTiff:
    """One GeoTIFF written into a hidden temporary file beside ``path``, renamed onto it only by :meth:`commit`.

    ``grid``: anything with crs, transform, width and height; ``units``: one for every band or one per band;
    ``block``: see :func:`gtiff_layout`. Written window by window (:meth:`write_window`) or in full-width row
    strips (:meth:`write_rows`), each pixel of a band once. The exact statistics of the valid values (not NaN,
    not nodata) become GDAL's STATISTICS_* band tags on commit, so GDAL and QGIS never estimate them from a
    sample (which reports sparse rasters as empty); a band without a valid pixel gets STATISTICS_VALID_PERCENT 0
    beside placeholder figures (minimum and mean 0, maximum 1e-6: :func:`statistics_tags`), so that QGIS does not
    sample it; read the minimum and maximum only where the valid percent is above 0. :meth:`commit` =
    :meth:`finish` (close, check for write failures) + :meth:`rename`; :meth:`abort` (or leaving ``with``
    uncommitted) removes the temporary file. Dataset ``tags`` are written when the file is created and again by
    :meth:`finish`, so that values the caller adds to the same dict during the run (known only at its end) are kept."""

    def __init__(self, path, grid, count: int, dtype: str = "float32", nodata: Optional[float] = float("nan"),
                 descriptions: Sequence[str] = (), band_tags: Sequence[Optional[Dict[str, str]]] = (),
                 tags: Optional[Dict[str, str]] = None, units: Union[str, Sequence[Optional[str]], None] = None,
                 block: Optional[int] = None, colours: Optional[Dict[int, str]] = None):
        import rasterio

        self.path = os.fspath(path)
        check_writable(self.path)
        self.grid, self.count, self.dtype, self.nodata = grid, int(count), np.dtype(dtype).name, nodata
        self.ds, self.finished = None, False
        self._tags = tags       # the caller's dict: keys it adds during the run are written by finish()
        # per band: valid count, min, max, shift (first valid value), sum and sum of squares of (value - shift)
        self._stats = np.tile(np.array([0.0, np.inf, -np.inf, 0.0, 0.0, 0.0]), (self.count, 1))
        fd, self.tmp = part_file(self.path, ".part.tif")
        os.close(fd)
        try:
            self.ds = rasterio.open(self.tmp, "w", driver="GTiff", width=grid.width, height=grid.height,
                                    count=self.count, dtype=self.dtype, crs=grid.crs, transform=grid.transform,
                                    nodata=nodata, **gtiff_layout(grid.width, grid.height, self.count, self.dtype,
                                                                  block))
            if tags:
                self.ds.update_tags(**tags)
            per_band = [units] * self.count if units is None or isinstance(units, str) else list(units)
            for b, desc in enumerate(descriptions, start=1):
                self.ds.set_band_description(b, desc)
            for b, btags in enumerate(band_tags, start=1):
                if btags:
                    self.ds.update_tags(b, **btags)
            for b, unit in enumerate(per_band, start=1):
                if unit:
                    self.ds.set_band_unit(b, unit)
            table = colour_table(colours)
            if table:       # any GIS shows the classes in their colours, not as grey levels (QGIS: the .qml wins)
                self.ds.write_colormap(1, table)
        except BaseException:
            self.abort()
            raise

    def write_window(self, data, window=None, indexes: Optional[Sequence[int]] = None) -> None:
        """Write ``data`` (bands, h, w) on ``window`` (a rasterio Window; None = the whole grid) into the 1-based
        band ``indexes`` (None = 1…bands), cast to the file's data type."""
        arr = np.asarray(data).astype(self.dtype, copy=False)
        idx = list(range(1, arr.shape[0] + 1)) if indexes is None else [int(i) for i in indexes]
        GdalErrors.reset()
        try:
            self.ds.write(arr, indexes=idx, window=window)
        except Exception as exc:  # disk full, I/O error
            raise OutputError(tr("writing {path} failed: {error}", path=self.path, error=exc)) from exc
        GdalErrors.check(self.path)  # a block flushed by this write failed
        self._accumulate(arr, idx)

    def write_rows(self, row: int, data) -> None:
        """Write a full-width strip ``data`` (count, h, width) of every band starting at ``row``."""
        from rasterio.windows import Window

        self.write_window(data, Window(0, row, self.grid.width, np.shape(data)[1]))

    def _accumulate(self, data: np.ndarray, indexes: Sequence[int]) -> None:
        """Add to the per-band sums (shifted by the first valid value: no cancellation when the mean is large)."""
        for b, band in zip(indexes, data):
            v = valid_values(band, self.nodata)
            if not v.size:
                continue
            st = self._stats[b - 1]
            if st[0] == 0:
                st[3] = float(v[0])
            d = v.astype(np.float64) - st[3]
            st[0] += d.size
            st[1], st[2] = min(st[1], float(v.min())), max(st[2], float(v.max()))
            st[4], st[5] = st[4] + d.sum(), st[5] + np.dot(d, d)

    def statistics(self) -> List[Optional[Dict[str, float]]]:
        """Per band: minimum, maximum, mean, stddev, valid_percent of what was written; None without a valid pixel."""
        total = float(self.grid.width) * float(self.grid.height)
        return [None if n <= 0 else dict(minimum=lo, maximum=hi, mean=shift + s1 / n, valid_percent=100.0 * n / total,
                                         stddev=float(np.sqrt(max(s2 / n - (s1 / n) ** 2, 0.0))))
                for n, lo, hi, shift, s1, s2 in self._stats.tolist()]

    def finish(self) -> None:
        """Store the statistics, close the temporary file and check that every block reached the disk."""
        if self.finished:
            return
        ds, self.ds = self.ds, None
        GdalErrors.reset()
        try:
            for b, st in enumerate(self.statistics(), start=1):
                ds.update_tags(b, **statistics_tags(st))
            if self._tags:
                ds.update_tags(**self._tags)
            ds.close()
        except Exception as exc:
            with contextlib.suppress(Exception):  # cleaning up after a failure
                ds.close()
            raise OutputError(tr("finishing {path} failed: {error}", path=self.path, error=exc)) from exc
        GdalErrors.check(self.path)
        verify_raster(self.tmp, self.path)
        self.finished = True

    def rename(self) -> str:
        """Put the finished file in place (with GDAL's .aux.xml if any; a stale one is removed); returns its path."""
        self.finish()
        publish(self.tmp, self.path)
        aux, old_aux = self.tmp + ".aux.xml", self.path + ".aux.xml"
        if os.path.exists(aux):
            os.replace(aux, old_aux)
        elif os.path.isfile(old_aux):
            os.unlink(old_aux)
        self.tmp = None
        return self.path

    commit = rename  # finish, then put the file in place; returns its path

    def abort(self) -> None:
        """Close and remove the temporary file (nothing once committed)."""
        if self.ds is not None:
            with contextlib.suppress(Exception):  # cleaning up after a failure
                self.ds.close()
            self.ds = None
        if self.tmp:
            for leftover in (self.tmp, self.tmp + ".aux.xml"):
                if os.path.exists(leftover):
                    os.unlink(leftover)
            self.tmp = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.abort()  # after commit() there is nothing left to remove
        return False


class OutputFiles:
    """The outputs of one tiled run: an :class:`AtomicGeoTiff` each, written in full-width row strips and put in
    place together by commit() only when every one of them is complete."""

    def __init__(self, grid, outputs: Dict[str, OutputSpec], block: int = BLOCK):
        self.grid, self.outputs = grid, outputs
        self.files: Dict[str, AtomicGeoTiff] = {}
        try:
            for name, spec in outputs.items():
                self.files[name] = AtomicGeoTiff(spec.path, grid, spec.count, spec.dtype, spec.nodata,
                                                 spec.descriptions, spec.band_tags, spec.tags, spec.units, block,
                                                 spec.colours)
        except BaseException:
            self.abort()
            raise

    def write(self, name: str, row: int, data: np.ndarray) -> None:
        self.files[name].write_rows(row, data)

    def commit(self) -> None:
        for f in self.files.values():  # every output finished and checked before the first is renamed
            f.finish()
        for f in self.files.values():
            f.rename()

    def abort(self) -> None:
        for f in self.files.values():
            f.abort()


def finite_range(path: str, band: int = 1, max_side: int = 2048):
    """(min, max) of the finite, non-nodata values of ``band`` of the raster ``path``, or None when it has none.

    Read on a decimated grid of at most ``max_side`` pixels a side (nearest neighbour); where that sample holds
    no valid value (sparse data: a coastal MODIS tile, a narrow swath), the band is read window by window at
    full resolution. Unlike GDAL's approximate statistics this never reports an empty raster as having no
    valid pixels, and it writes nothing beside the file (no .aux.xml).
    """
    import rasterio
    from rasterio.enums import Resampling

    with rasterio.open(path) as ds:
        nodata = ds.nodatavals[band - 1]
        scale = max(1, int(np.ceil(max(ds.height, ds.width) / max_side)))

        shape = (max(1, ds.height // scale), max(1, ds.width // scale))
        sample = valid_values(ds.read(band, out_shape=shape, resampling=Resampling.nearest), nodata)
        if sample.size:
            return float(sample.min()), float(sample.max())
        lo, hi = np.inf, -np.inf
        for _, window in ds.block_windows(band):
            v = valid_values(ds.read(band, window=window), nodata)
            if v.size:
                lo, hi = min(lo, float(v.min())), max(hi, float(v.max()))
        return (lo, hi) if lo <= hi else None

