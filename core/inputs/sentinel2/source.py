# SPDX-License-Identifier: GPL-3.0-or-later
"""S2Source: a Sentinel-2 time series on one 10 m reference grid."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, List, Optional, Sequence

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ..datasets import ClosingSource
from .clouds import CLOUD, SHADOW, CloudDetector, CloudOptions, DateInfo
from .common import (ANGLE_KEYS, S2_BANDS, Grid, S2FormatError, band_list_text,
                     empty_angles, normalize_band_name)
from .raster import BandRef, MaskRef, RasterCache


@dataclass
class DateEntry:
    """Everything known about one acquisition.

    ``source``: the file/folder for messages; ``inventory``: what was found there
    (e.g. "band descriptions: B02,B03"); ``fix``: how to provide a missing band."""

    date: datetime
    bands: Dict[str, BandRef]
    masks: List[MaskRef] = field(default_factory=list)
    platform: Optional[str] = None
    angles: dict = field(default_factory=empty_angles)
    cloud_cover: Optional[float] = None
    source: str = ""
    inventory: str = ""
    fix: str = ""
    metadata: dict = field(default_factory=dict)

    @property
    def masked(self) -> bool:
        """True when the input says which pixels are cloudy: a mask band/file (SCL, CLM, CLOUD, VALID), or an
        EO Latent stack (NaN = invalid, clouds included; ``metadata["cloud_mask"]`` says how)."""
        return bool(self.masks) or bool(self.metadata.get("cloud_mask"))


class S2Source(ClosingSource):
    """A Sentinel-2 time series read window by window on a common reference grid.

    Attributes: ``grid`` (:class:`Grid`, the 10 m reference grid), ``dates`` (aware
    UTC datetimes, ascending), ``band_names`` (bands present in every date, in
    ``S2_BANDS`` order), ``kind`` ("geotiff", "stack", "safe", "theia" or "multi"),
    ``path``. Use :func:`open_s2` to create one. Reads are serialised by a lock.

    Dates without a cloud mask (see ``DateEntry.masked``) get clouds and shadows detected
    (:mod:`.clouds`) unless *detect_clouds* is False; ``cloud_detection(i)`` says how date *i* is assessed and
    ``cloud_classes(i, window)`` gives the classes (0 clear, 1 cloud, 2 shadow, 255 not assessed).
    """

    def __init__(self, entries: Sequence[DateEntry], grid: Grid, cache: RasterCache,
                 kind: str, path, detect_clouds: bool = True,
                 cloud_options: Optional[CloudOptions] = None):
        if not entries:
            raise S2FormatError(tr("{path} holds no acquisition; pass a Sentinel-2 product or "
                                   "GeoTIFF with named bands", path=path))
        order = sorted(range(len(entries)), key=lambda k: entries[k].date)
        self._entries = [entries[k] for k in order]
        self._cache = cache
        self._lock = threading.Lock()
        self.grid = grid
        self.kind = kind
        self.path = path
        self.dates = [e.date for e in self._entries]
        self.detect_clouds = bool(detect_clouds)
        self.cloud_options = cloud_options or CloudOptions()
        self._clouds: Optional[CloudDetector] = None
        self.band_names = tuple(b for b in S2_BANDS
                                if all(b in e.bands for e in self._entries))
        if not self.band_names:
            per_date = "; ".join("%s: %s" % (e.date.date(), band_list_text(e.bands))
                                 for e in self._entries[:6])
            raise S2FormatError(tr(
                "no band is available in every date of {path} ({per_date}); open dates with the "
                "same bands together", path=path, per_date=per_date))

    # ------------------------------------------------------------------ metadata
    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return "S2Source(kind=%r, dates=%d, bands=%s, grid=%dx%d)" % (
            self.kind, len(self), ",".join(self.band_names), self.grid.width,
            self.grid.height)

    def _entry(self, i: int) -> DateEntry:
        return self._entries[i]

    def platform(self, i: int) -> Optional[str]:
        """"S2A", "S2B", "S2C" (or "S2D") for date *i*, None when unknown."""
        return self._entry(i).platform

    def angles(self, i: int) -> dict:
        """Mean angles of date *i* in degrees: sun_zenith, sun_azimuth, view_zenith,
        view_azimuth (values None when the product does not carry them)."""
        a = self._entry(i).angles
        return {k: a.get(k) for k in ANGLE_KEYS}

    def cloud_cover(self, i: int) -> Optional[float]:
        """Cloud cover of date *i* in percent (0-100), None when unknown."""
        return self._entry(i).cloud_cover

    def metadata(self, i: int) -> dict:
        """Extra product metadata of date *i* (e.g. processing_baseline, level, product)."""
        return dict(self._entry(i).metadata)

    def available_bands(self, i: int) -> tuple:
        """Band names present in date *i* (may exceed ``band_names``)."""
        e = self._entry(i)
        return tuple(b for b in S2_BANDS if b in e.bands)

    # ------------------------------------------------------------------ clouds
    def _detector(self) -> CloudDetector:
        if self._clouds is None:
            def read(i, names, win):
                e = self._entry(i)
                return self._cache.read_bands([e.bands[n] for n in names], win, self.grid)
            self._clouds = CloudDetector(self.grid, read, self.cloud_options)
        return self._clouds

    def _date_clouds(self, i: int) -> Optional[DateInfo]:
        """How date *i* is assessed, None when it is not (masked input, detection off, or no detector
        for its bands). Call with the lock held."""
        e = self._entry(i)
        if not self.detect_clouds or e.masked:
            return None
        info = self._detector().setup(i, self.available_bands(i), e.angles, e.date, e.metadata.get("level"))
        return info if info.method is not None else None

    def cloud_detection(self, i: int) -> Optional[DateInfo]:
        """How the clouds of date *i* are detected: a :class:`~.clouds.DateInfo` (``method`` "s2cloudless"
        or "rules", ``label`` the model id and version, the sun angles used), or None when they are not (the
        date has a mask, detection is off, or the date lacks the bands of both detectors)."""
        with self._lock:
            return self._date_clouds(i)

    def product_problems(self) -> List[str]:
        """What the products' metadata lack (a SAFE without its tile metadata), once each, for the run's warnings."""
        found = (self._entry(i).metadata.get("product_problem") for i in range(len(self.dates)))
        return list(dict.fromkeys(p for p in found if p))

    def clouds_line(self, dates: Optional[Sequence[int]] = None) -> str:
        """"clouds and shadows: <how> (<n> date(s)); …" over ``dates`` (indexes; all by default), the most common way
        first, for the algorithms' logs; "" without a date."""
        from collections import Counter

        how = Counter(self.cloud_mask_source(i) for i in (range(len(self.dates)) if dates is None else dates))
        if not how:
            return ""
        return tr("clouds and shadows: {how}", how="; ".join(tr("{mask} ({count} date(s))", mask=m, count=n)
                                                            for m, n in how.most_common()))

    def cloud_mask_source(self, i: int) -> str:
        """How the clouds of date *i* are masked, in words (the CLOUD_MASK tag of the stack builder):
        "input mask" (SCL, CLM, CLOUD, VALID), the stack's own tag, the detector's id and version, or "none"
        with the reason."""
        e = self._entry(i)
        if e.masks:
            return "input mask"
        if e.metadata.get("cloud_mask"):
            return str(e.metadata["cloud_mask"])
        if not self.detect_clouds:
            return "none (cloud detection turned off)"
        info = self.cloud_detection(i)
        if info is None:
            from .clouds import RULES_BANDS
            return "none (no cloud mask, and no detector for bands %s: needs at least %s)" % (   # a tag: not translated
                ",".join(self.available_bands(i)) or "none", ",".join(RULES_BANDS))
        return info.label

    def cloud_classes(self, i: int, window=None) -> Optional[np.ndarray]:
        """Detected classes (h, w) uint8 of date *i* on *window*: 0 clear, 1 cloud, 2 shadow, 255 not
        assessed (no data); None when the date is not assessed (see :meth:`cloud_detection`)."""
        win = self._window(window)
        with self._lock:
            if self._date_clouds(i) is None:
                return None
            return self._detector().classes(i, win)

    # ------------------------------------------------------------------ reading
    def _resolve(self, e: DateEntry, bands) -> List[str]:
        if bands is None:
            return list(self.band_names)
        if isinstance(bands, str):
            bands = [bands]
        names = []
        for b in bands:
            n = normalize_band_name(b)
            if n is None:
                raise S2FormatError(tr("{value} is not a Sentinel-2 band name; use names like {bands}",
                                       value=repr(b), bands=band_list_text(S2_BANDS)))
            if n not in e.bands:
                raise S2FormatError(tr("band {band} missing in {source} ({inventory}); {fix}",
                                       band=n, source=e.source, inventory=e.inventory, fix=e.fix))
            names.append(n)
        return names

    def _window(self, window) -> Window:
        if window is None:
            return Window(0, 0, self.grid.width, self.grid.height)
        if not isinstance(window, Window):
            window = Window(*window)
        return Window(int(round(window.col_off)), int(round(window.row_off)),
                      max(0, int(round(window.width))), max(0, int(round(window.height))))

    def native_bands(self, i: int, grid: Grid, bands=None) -> tuple:
        """The bands of date *i* (of *bands*, default ``band_names``) whose raster's pixels coincide with those of
        another *grid* (same CRS and pixel size, whole-pixel offset): :meth:`read_on` reads them there as they are
        stored, e.g. a SAFE product's 20 m bands on a 20 m target grid, instead of through the 10 m ``grid``."""
        from ..sentinel1.resample import aligned_offset
        from .common import grid_of

        e = self._entry(i)
        names = self._resolve(e, bands)
        with self._lock:
            return tuple(n for n in names
                         if aligned_offset(grid_of(self._cache.dataset(e.bands[n].path)), grid) is not None)

    def read_on(self, i: int, grid: Grid, window, bands) -> np.ndarray:
        """Reflectance (len(bands), h, w) of date *i* on *window* of another *grid* in the same CRS, NaN where a band
        is nodata or outside its raster; no mask or cloud detection is applied (take validity from :meth:`read`)."""
        e = self._entry(i)
        names = self._resolve(e, bands)
        if window is None:
            window = Window(0, 0, grid.width, grid.height)
        with self._lock:
            return self._cache.read_bands([e.bands[n] for n in names], window, grid)

    def read(self, i: int, window=None, bands=None, partial: bool = False):
        """Read date *i* on *window* of ``grid`` (None = whole grid).

        *bands*: band names (default ``band_names``). Returns ``(refl, valid)``:
        refl float32 (len(bands), h, w) surface reflectance 0-1 (bands coarser than
        the grid resampled bilinearly), NaN where not valid; valid bool (h, w), False
        where any requested band is nodata/saturated/NaN or outside the reflectance any surface gives
        (``raster.REFLECTANCE_RANGE``: an undeclared fill such as −9999), where three or more requested bands are
        all exactly 0 (a float export's unmasked gap), the product mask flags
        cloud/shadow/edge, the cloud detection flags cloud or shadow (dates without a
        mask, see :meth:`cloud_detection`), or the pixel lies outside the product. With *partial*, a pixel
        is valid where *any* requested band is (and no mask flags it), and each band keeps
        its own NaN where it is nodata (e.g. a B8A that a composite lacks).
        """
        e = self._entry(i)
        names = self._resolve(e, bands)
        win = self._window(window)
        with self._lock:
            refl = self._cache.read_bands([e.bands[n] for n in names], win, self.grid)
            valid = np.isfinite(refl).any(axis=0) if partial else np.isfinite(refl).all(axis=0)
            if len(names) >= 3:     # every band exactly 0: a fill (a float export's unmasked gap), not a surface
                valid &= (refl != 0).any(axis=0)
            wanted = set(names)
            for m in e.masks:
                if m.only_for is None or (m.only_for & wanted):
                    valid &= ~self._cache.read_mask_invalid(m, win, self.grid)
            if self._date_clouds(i) is not None and valid.any():
                cls = self._detector().classes(i, win)
                valid &= (cls != CLOUD) & (cls != SHADOW)
        refl[:, ~valid] = np.nan
        return refl, valid
