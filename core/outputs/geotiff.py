# SPDX-License-Identifier: GPL-3.0-or-later
"""Output rasters of the tiled runner: early writability checks and atomic, all-or-nothing GeoTIFFs.

Each output is written to a hidden temporary file beside its target (same file system, so the final
rename is atomic) and renamed only when every output of the run is complete; abort() removes them.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence

import numpy as np

BLOCK = 256  # GeoTIFF internal tile size; the runner writes strips in multiples of it
STRIP_BUDGET = 256 * 2 ** 20  # bytes of finished rows the runner may hold across all outputs


def choose_block(width: int, total_bands: int) -> int:
    """GeoTIFF block size (16…256, a power of two) such that one row of blocks of every output band fits
    in STRIP_BUDGET: many-band outputs (latent rasters) get small blocks, ordinary ones 256."""
    block = BLOCK
    while block > 16 and block * width * total_bands * 4 > STRIP_BUDGET:
        block //= 2
    return block


def write_atomic(path: str, data: bytes) -> None:
    """Write a small file (a model, a report) through a temporary file beside it, renamed when complete."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        publish(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def publish(tmp: str, path: str) -> None:
    """Atomically move a finished temporary file (mode 0600 from mkstemp) to ``path`` with the normal
    permissions a new file gets (0666 minus the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


class OutputError(OSError):
    """An output cannot be created or written."""


class GdalErrors:
    """GDAL's last-error slot, seen from Python through ``osgeo.gdal`` when it shares rasterio's libgdal.

    GDAL reports a write that fails at flush time (disk full, quota, file-size limit) only through its
    error slot and closes the file "successfully" with blocks missing: without a check a full disk would
    publish a file that opens and looks complete. The check works where both run on one library (a
    single libgdal mapped in the process); where it does not (e.g. a rasterio wheel with its own libgdal,
    or not Linux), :func:`verify_raster` reads the file back instead."""

    _shared = None
    _gdal = None

    @classmethod
    def gdal(cls):
        if cls._shared is None:
            cls._shared = False
            try:
                import rasterio
                from osgeo import gdal

                _ = rasterio.__gdal_version__  # rasterio (and its libgdal) loaded before the comparison

                cls._shared = _one_libgdal_loaded()
                cls._gdal = gdal
            except Exception:  # noqa: BLE001 - no osgeo: fall back to reading back
                cls._shared = False
        return cls._gdal if cls._shared else None

    @classmethod
    def reset(cls) -> None:
        g = cls.gdal()
        if g is not None:
            g.ErrorReset()

    @classmethod
    def check(cls, path: str) -> None:
        """Raise OutputError if GDAL recorded a failure in this thread since reset()."""
        g = cls.gdal()
        if g is not None and g.GetLastErrorType() >= g.CE_Failure:
            msg = g.GetLastErrorMsg()
            g.ErrorReset()
            raise OutputError(f"writing {path} failed ({msg}); the disk is probably full - free some space or "
                              "choose another output folder")


def _one_libgdal_loaded() -> bool:
    """True when rasterio and osgeo.gdal run on the same libgdal (one libgdal mapped in this process)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            libs = {line.split()[-1] for line in fh if "libgdal" in line and line.split()[-1].startswith("/")}
    except OSError:  # not Linux: cannot tell, read the files back instead
        return False
    return len({os.path.realpath(p) for p in libs}) == 1


def verify_raster(tmp: str, path: str) -> None:
    """After closing a finished temporary GeoTIFF: read every block back when GDAL's error slot cannot be
    checked from Python (see :class:`GdalErrors`); a no-op where it can (the check ran at each write)."""
    if GdalErrors.gdal() is not None:
        return
    import rasterio
    from rasterio.errors import RasterioError

    try:
        with rasterio.open(tmp) as ds:
            for _ij, win in ds.block_windows(1):
                ds.read(window=win)
    except (RasterioError, OSError) as exc:
        raise OutputError(f"writing {path} failed: the file is incomplete ({exc}); the disk is probably full - "
                          "free some space or choose another output folder") from None


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


def folder_problem(path: str) -> Optional[str]:
    """Why the folder of ``path`` cannot receive a file, in words ("…; choose …"), or None when it can: a parent
    that is a file, a folder that does not exist, a folder that is not writable."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if os.path.isdir(folder):
        if not os.access(folder, os.W_OK):
            return f"folder {folder} is not writable; choose another output folder"
        return None
    parent = folder
    while parent and not os.path.exists(parent):
        up = os.path.dirname(parent)
        if up == parent:
            break
        parent = up
    if parent and os.path.exists(parent) and not os.path.isdir(parent):
        return f"{parent} is a file, not a folder; choose an output path inside a folder"
    return f"folder {folder} does not exist; create it or choose another output"


def check_writable(path: str) -> None:
    """Fail early, before any computation, if ``path`` cannot be written."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    ext = os.path.splitext(path)[1].lower()
    if ext not in (".tif", ".tiff"):
        raise OutputError(f"output {path}: only GeoTIFF outputs are written; use a .tif file name")
    problem = folder_problem(path)
    if problem and not os.path.isdir(folder):
        raise OutputError(f"cannot write {path}: {problem}")
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".eolatent-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}; choose a writable output folder") from None
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a folder; give a file name ending in .tif")


class OutputFiles:
    """Temporary GeoTIFFs that become the outputs only on commit()."""

    def __init__(self, grid, outputs: Dict[str, OutputSpec], block: int = BLOCK):
        import rasterio

        self.grid, self.outputs, self.handles, self.tmp = grid, outputs, {}, {}
        self.stats: Dict[str, np.ndarray] = {}  # per output, per band: count, min, max, sum, sum of squares
        try:
            for name, spec in outputs.items():
                check_writable(spec.path)
                folder = os.path.dirname(os.path.abspath(spec.path))
                fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(spec.path) + ".",
                                           suffix=".part.tif")
                os.close(fd)
                self.tmp[name] = tmp
                profile = dict(driver="GTiff", width=grid.width, height=grid.height, count=spec.count,
                               dtype=spec.dtype, crs=grid.crs, transform=grid.transform, nodata=spec.nodata,
                               tiled=True, blockxsize=block, blockysize=block, compress="deflate",
                               predictor=3 if spec.dtype.startswith("float") else 2, BIGTIFF="IF_SAFER",
                               interleave="band")
                if grid.width < block or grid.height < block:
                    profile.update(tiled=False, blockysize=min(grid.height, 16))
                    profile.pop("blockxsize")
                ds = rasterio.open(tmp, "w", **profile)
                self.handles[name] = ds
                for b, desc in enumerate(spec.descriptions, start=1):
                    ds.set_band_description(b, desc)
                for b, tags in enumerate(spec.band_tags, start=1):
                    if tags:
                        ds.update_tags(b, **tags)
                    if spec.units:
                        ds.set_band_unit(b, spec.units)
                if spec.units and not spec.band_tags:
                    for b in range(1, spec.count + 1):
                        ds.set_band_unit(b, spec.units)
                if spec.tags:
                    ds.update_tags(**spec.tags)
        except BaseException:
            self.abort()
            raise

    def write(self, name: str, row: int, data: np.ndarray) -> None:
        from rasterio.windows import Window as RioWindow

        spec = self.outputs[name]
        ds = self.handles[name]
        win = RioWindow(0, row, self.grid.width, data.shape[1])
        GdalErrors.reset()
        try:
            ds.write(data.astype(spec.dtype, copy=False), window=win)
        except Exception as exc:  # disk full, I/O error
            raise OutputError(f"writing {spec.path} failed: {exc}") from exc
        GdalErrors.check(spec.path)  # a block flushed by this write failed
        self._accumulate(name, data, spec.nodata)

    def _accumulate(self, name: str, data: np.ndarray, nodata) -> None:
        """Exact band statistics of everything written, stored in the file on commit (STATISTICS_* tags), so
        GDAL and QGIS never estimate them from a sample (which reports sparse rasters as empty)."""
        st = self.stats.setdefault(name, np.tile(np.array([0.0, np.inf, -np.inf, 0.0, 0.0]), (data.shape[0], 1)))
        for b in range(data.shape[0]):
            band = data[b]
            ok = np.isfinite(band) if band.dtype.kind == "f" else np.ones(band.shape, bool)
            if nodata is not None and np.isfinite(nodata):
                ok &= band != nodata
            v = band[ok].astype(np.float64) if not ok.all() else band.astype(np.float64).ravel()
            if v.size:
                st[b] += [v.size, 0.0, 0.0, v.sum(), np.square(v).sum()]
                st[b, 1], st[b, 2] = min(st[b, 1], v.min()), max(st[b, 2], v.max())

    def _store_statistics(self, name: str, ds) -> None:
        total = float(self.grid.width) * float(self.grid.height)
        for b, (n, lo, hi, s1, s2) in enumerate(self.stats.get(name, []), start=1):
            if n <= 0:
                continue
            mean = s1 / n
            ds.update_tags(b, STATISTICS_MINIMUM=repr(float(lo)), STATISTICS_MAXIMUM=repr(float(hi)),
                           STATISTICS_MEAN=repr(float(mean)),
                           STATISTICS_STDDEV=repr(float(np.sqrt(max(s2 / n - mean * mean, 0.0)))),
                           STATISTICS_VALID_PERCENT=f"{100.0 * n / total:.4g}")

    def commit(self) -> None:
        for name, ds in list(self.handles.items()):
            GdalErrors.reset()
            try:
                self._store_statistics(name, ds)
                ds.close()
            except Exception as exc:
                raise OutputError(f"finishing {self.outputs[name].path} failed: {exc}") from exc
            finally:
                del self.handles[name]
            GdalErrors.check(self.outputs[name].path)
        for name, tmp in self.tmp.items():
            verify_raster(tmp, self.outputs[name].path)
        for name, tmp in self.tmp.items():
            publish(tmp, self.outputs[name].path)
        self.tmp = {}

    def abort(self) -> None:
        for ds in self.handles.values():
            with contextlib.suppress(Exception):  # cleaning up after a failure
                ds.close()
        self.handles = {}
        for tmp in self.tmp.values():
            for leftover in (tmp, tmp + ".aux.xml"):
                if os.path.exists(leftover):
                    os.unlink(leftover)
        self.tmp = {}


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

        def valid(a):
            a = a.astype(np.float64, copy=False)
            ok = np.isfinite(a)
            if nodata is not None and np.isfinite(nodata):
                ok &= a != nodata
            return a[ok]

        sample = valid(ds.read(band, out_shape=(max(1, ds.height // scale), max(1, ds.width // scale)),
                               resampling=Resampling.nearest))
        if sample.size:
            return float(sample.min()), float(sample.max())
        lo, hi = np.inf, -np.inf
        for _, window in ds.block_windows(band):
            v = valid(ds.read(band, window=window))
            if v.size:
                lo, hi = min(lo, float(v.min())), max(hi, float(v.max()))
        return (lo, hi) if lo <= hi else None

