# SPDX-License-Identifier: GPL-3.0-or-later
"""S1Source: a Sentinel-1 backscatter time series read window by window on one grid."""
from __future__ import annotations

import threading
from typing import List, Optional, Sequence

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ..datasets import ClosingSource
from . import common as c
from .common import POLARISATIONS, S1FormatError, db_to_linear, linear_to_db
from .detect import AngleRef, BandRef
from .resample import aligned_offset, as_window, resample_window
from .scan import Acquisition, DatasetCache


#: Backscatter no surface gives, in dB (calm water after noise removal about −40, S1Tiling's floor 1e-7 = −70; corner
#: reflectors about +30): outside it a value is a fill the file did not declare (−9999, −32768, −999) and is invalid.
SIGMA0_DB_RANGE = (-100.0, 40.0)


def _raw_to(raw: np.ndarray, ref: BandRef, units: str) -> np.ndarray:
    """Raw band values -> float32 in *units* ("dB" or "linear"), NaN where invalid
    (nodata, NaN, linear power <= 0, backscatter outside SIGMA0_DB_RANGE: an undeclared fill such as −9999 dB).
    Values already in *units* are returned as stored."""
    x = raw.astype(np.float32)
    bad = ~np.isfinite(x)
    if ref.nodata is not None:
        bad |= raw == ref.nodata
    if ref.scale != 1.0 or ref.offset != 0.0:
        x = x * np.float32(ref.scale) + np.float32(ref.offset)
    lo, hi = SIGMA0_DB_RANGE
    if ref.units == "linear":
        bad |= ~(x > 0) | (x > np.float32(10.0 ** (hi / 10.0)))
    else:
        bad |= (x < np.float32(lo)) | (x > np.float32(hi))
    if ref.units != units:
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            x = db_to_linear(np.where(bad, np.float32(0), x)) if units == "linear" else \
                linear_to_db(np.where(bad, np.float32(1), x))
    x[bad] = np.nan
    return x


def _raw_to_linear(raw: np.ndarray, ref: BandRef) -> np.ndarray:
    return _raw_to(raw, ref, "linear")


def _raw_to_db(raw: np.ndarray, ref: BandRef) -> np.ndarray:
    return _raw_to(raw, ref, "dB")


def _raw_to_degrees(raw: np.ndarray, ref: AngleRef) -> np.ndarray:
    x = raw.astype(np.float64)
    bad = ~np.isfinite(x)
    if ref.nodata is not None:
        bad |= raw == ref.nodata
    with np.errstate(invalid="ignore"):
        if ref.kind == "deg100":
            x = x / 100.0
        elif ref.kind == "sin":
            x = np.degrees(np.arcsin(np.clip(x, -1, 1)))
        elif ref.kind == "cos":
            x = np.degrees(np.arccos(np.clip(x, -1, 1)))
        elif ref.kind == "tan":
            x = np.degrees(np.arctan(x))
    bad |= ~((x >= 0) & (x <= 90))
    x[bad] = np.nan
    return x.astype(np.float32)


class S1Source(ClosingSource):
    """A Sentinel-1 time series on a common grid.

    Attributes: ``grid`` (:class:`Grid`), ``dates`` (aware UTC datetimes, ascending),
    ``polarisations`` (those present in every date, in VV, VH, HH, HV order), ``kind``
    ("s1tiling", "pyrosar", "geotiff", "stack" or "multi"), ``path``, ``skipped``
    ((path, reason) of rasters of the folder that were not used). Use :func:`open_s1`.
    """

    def __init__(self, acquisitions: Sequence[Acquisition], grid: c.Grid, cache: DatasetCache,
                 kind: str, path, skipped=()):
        self._acqs: List[Acquisition] = list(acquisitions)
        self._cache = cache
        self._lock = threading.Lock()
        self.grid = grid
        self.kind = kind
        self.path = path
        self.skipped = list(skipped)
        self.dates = [a.date for a in self._acqs]
        self.polarisations = tuple(p for p in POLARISATIONS
                                   if all(p in a.pols for a in self._acqs))
        if not self.polarisations:
            per = "; ".join("%s: %s" % (a.date.date(), ",".join(a.pols)) for a in self._acqs[:6])
            raise S1FormatError(tr("no polarisation is available in every date of {path} ({per_date}); open "
                                   "dates with the same polarisations together", path=path, per_date=per))

    # ------------------------------------------------------------------ metadata
    def __len__(self) -> int:
        return len(self._acqs)

    def __repr__(self) -> str:
        return "S1Source(kind=%r, dates=%d, pols=%s, grid=%dx%d)" % (
            self.kind, len(self), ",".join(self.polarisations), self.grid.width, self.grid.height)

    def acquisition(self, i: int) -> Acquisition:
        """The :class:`Acquisition` record of date *i* (files, refs, metadata)."""
        return self._acqs[i]

    def platform(self, i: int) -> Optional[str]:
        """"S1A", "S1B", "S1C" (or "S1D") for date *i*, None when unknown."""
        return self._acqs[i].platform

    def orbit_direction(self, i: int) -> Optional[str]:
        """"ASCENDING" or "DESCENDING" for date *i*, None when unknown."""
        return self._acqs[i].direction

    def relative_orbit(self, i: int) -> Optional[int]:
        """Relative orbit number (1-175) of date *i*, None when unknown."""
        return self._acqs[i].relative_orbit

    def quantity(self, i: int) -> str:
        """"sigma0", "gamma0" or "beta0" ("sigma0" when the input does not say)."""
        return self._acqs[i].quantity or "sigma0"

    def units(self, i: int, pol: Optional[str] = None) -> str:
        """Units of the stored values of date *i* ("dB" or "linear")."""
        a = self._acqs[i]
        return a.pols[pol or next(iter(a.pols))].units

    def sources(self, i: int) -> List[str]:
        """Files read for date *i*."""
        return list(self._acqs[i].sources)

    def has_incidence(self, i: int) -> bool:
        return self._acqs[i].incidence is not None

    # ------------------------------------------------------------------ reading
    def _pols(self, a: Acquisition, pols) -> List[str]:
        if pols is None:
            return list(self.polarisations)
        if isinstance(pols, str):
            pols = [pols]
        out = []
        for p in pols:
            q = str(p).strip().upper()
            if q not in POLARISATIONS:
                raise S1FormatError(tr("{value} is not a polarisation; use {pols}", value=repr(p),
                                       pols=", ".join(POLARISATIONS)))
            if q not in a.pols:
                raise S1FormatError(tr("polarisation {pol} is missing on {date} ({files} has {have}); ask for "
                                       "{have}", pol=q, date=a.date.date(), files=", ".join(a.sources),
                                       have=",".join(a.pols)))
            out.append(q)
        return out

    def _read_ref(self, ref, win: Window, convert, resampling="bilinear") -> np.ndarray:
        ds = self._cache.dataset(ref.path)
        src_grid = c.grid_of(ds)
        if src_grid.crs is not None and self.grid.crs is not None and src_grid.crs != self.grid.crs:
            raise S1FormatError(tr("{path} is in {crs} but the grid is in {grid_crs}; reproject it (gdalwarp "
                                   "-t_srs) or build a stack with the eolatent:buildstack algorithm",
                                   path=ref.path, crs=src_grid.crs, grid_crs=self.grid.crs))

        def read(w):
            try:
                raw = ds.read(ref.index, window=w)
            except Exception as exc:  # noqa: BLE001 - GDAL errors of all kinds
                raise S1FormatError(tr("cannot read {path} (GDAL: {error}); the file is truncated or corrupt - "
                                       "download or export it again", path=ref.path, error=exc)) from None
            return convert(raw, ref)[None]

        return resample_window(read, 1, src_grid, self.grid, win, resampling)[0]

    def read(self, i: int, window=None, pols=None, db: bool = True):
        """Read date *i* on *window* of ``grid`` (None = whole grid).

        *pols*: polarisations (default ``polarisations``). Returns ``(values, valid)``:
        values float32 (len(pols), h, w) in dB (``db=True``) or linear power, NaN where
        not valid; valid bool (h, w), False where any requested polarisation is nodata,
        NaN, <= 0 in linear power, masked by a border mask, or outside the acquisition.
        Files on another pixel grid of the same CRS are resampled bilinearly in linear
        power.
        """
        a = self._acqs[i]
        names = self._pols(a, pols)
        win = as_window(window, self.grid)
        want = "dB" if db else "linear"
        with self._lock:
            vals = np.zeros((len(names), int(win.height), int(win.width)), np.float32)
            for k, p in enumerate(names):
                ref = a.pols[p]
                if aligned_offset(c.grid_of(self._cache.dataset(ref.path)), self.grid) is not None:
                    vals[k] = self._read_ref(ref, win, _raw_to_db if db else _raw_to_linear)
                else:  # resampled in linear power, then converted
                    lin = self._read_ref(ref, win, _raw_to_linear)
                    vals[k] = linear_to_db(lin) if want == "dB" else lin
            valid = np.isfinite(vals).all(axis=0)
            for m in a.masks:
                mv = self._read_ref(m, win, lambda raw, ref: np.where(
                    raw != 0, np.float32(1), np.float32(np.nan)), "nearest")
                valid &= np.isfinite(mv)
        vals[:, ~valid] = np.nan
        return vals.astype(np.float32, copy=False), valid

    def incidence(self, i: int, window=None) -> Optional[np.ndarray]:
        """Incidence angle of date *i* in degrees, float32 (h, w) on *window* (NaN where
        unknown), from an incidence/LIA band or sidecar file (a constant from the tag
        INCIDENCE_ANGLE is broadcast); None when the input carries no incidence angle."""
        ref = self._acqs[i].incidence
        if ref is None:
            return None
        win = as_window(window, self.grid)
        if ref.path is None:
            return np.full((int(win.height), int(win.width)), ref.value, dtype=np.float32)
        with self._lock:
            return self._read_ref(ref, win, _raw_to_degrees)
