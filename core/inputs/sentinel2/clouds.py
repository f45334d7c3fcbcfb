# SPDX-License-Identifier: GPL-3.0-or-later
"""Cloud and cloud-shadow detection for Sentinel-2 dates that carry no mask.

Two cloud detectors, chosen per date from the bands it has:

* ``s2cloudless`` (dates with B01, B02, B04, B05, B08, B8A, B09, B10, B11, B12: Level-1C, since Level-2A has
  no B10): Sinergise's pixel classifier (LightGBM, CC BY-SA 4.0), run with onnxruntime from
  ``models/cloud_s2cloudless.onnx`` (converted and checked by models/training/cloud/export_s2cloudless.py).
  Input: top-of-atmosphere reflectance 0-1; output: cloud probability 0-1.
* ``rules`` (other dates with B02, B03, B04, B08, B11, e.g. Level-2A stacks, and L1C dates where onnxruntime is
  not installed - said in the date's label, so algorithms without a neural network keep running without it):
  a cloud score from a fixed rule
  set, after the Sentinel-2 "cloudScore" of Housman et al. (USDA Forest Service GTAC) without its B01 and B10
  terms: ``min(r(B02; 0.1, 0.5), r(B02+B03+B04; 0.2, 0.8), r(NDMI; -0.1, 0.1), r(NDSI; 0.8, 0.6))`` with
  ``r(x; a, b) = clip((x - a) / (b - a), 0, 1)``, NDMI = (B08 - B11) / (B08 + B11), NDSI = (B03 - B11) /
  (B03 + B11). Bright, white, not snow-like and not vegetation-moist: a score in 0-1. No parameter of it was
  fitted here; its accuracy is measured in models/training/cloud/README.md.

Both run on a *processing grid* coarser than the reference grid (``processing_resolution``, 60 m by default:
the resolution of B01/B09/B10; each processing pixel is the mean of the k x k reference pixels it covers, k =
round(processing resolution / pixel size)). The score is post-processed as s2cloudless does
(``S2PixelCloudDetector.get_mask_from_prob``): averaged over a disk of radius ``average_over`` processing pixels
(reflected at the grid border), thresholded (cloud where the average is *above* the threshold: 0.4 for
s2cloudless, 0.2 for the rules), and dilated by a disk of radius ``dilation_size`` (the disks are those of
OpenCV's ``cv2.circle``, i.e. x^2 + y^2 <= r^2). Defaults: average_over 4, dilation_size 2 (the values
s2cloudless documents; at 60 m: 240 m and 120 m).

Shadows: the cloud mask is projected away from the sun, ``h * tan(sun zenith)`` along the sun azimuth + 180
degrees, for every cloud height h in ``cloud_heights`` (metres; sampled every half processing pixel), and a
projected pixel is a shadow where it is dark (B08 < ``dark_nir``), not water-like (B08 > B04) and not cloud.
Sun angles come from the product; where it has none they are computed (:mod:`eolatent.core.inputs.solar`) at the grid
centre for the acquisition time, at 10:30 local mean solar time (Sentinel-2's overpass) when only the day is
known. View parallax is ignored.

Everything is computed per tile of the processing grid (256 x 256 processing pixels, at most 2048 reference
pixels a side; score and dark flag cached, least recently used first out beyond ``cache_mb``) and assembled
for a window with the margin its result depends on (the averaging and dilation radii on every side, the
longest shadow projection on the sun side), so a window's result equals the whole-grid result cut to it, and
memory stays bounded for 10980 x 10980 tiles.
Classes: 0 clear, 1 cloud, 2 shadow, 255 not assessed (no data).

The per-pixel scores (rules, s2cloudless) are in :mod:`.cloud_scores`, the post-processing (disk averaging,
dilation) in :mod:`.cloud_morphology`, the sun angles and the shadow projection in :mod:`.cloud_shadows`; all
are importable from here too.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Dict, Optional, Sequence, Tuple

import numpy as np

from .cloud_morphology import dilate, disk, disk_mean, postprocess
from .cloud_scores import (DEFAULT_THRESHOLD, NO_ONNXRUNTIME, RULES_BANDS, RULES_ID, RULES_VERSION, S2CLOUDLESS_BANDS,
                           S2CLOUDLESS_ID,
                           SHADOW_BANDS, S2Cloudless, bands_for, block_mean, method_for, onnxruntime_available, rules_score,
                           s2cloudless_missing, s2cloudless_model, score_block)
from .cloud_shadows import dark_pixels, grid_lonlat, overpass_time, project, shadow_offsets, sun_for

__all__ = ["CLEAR", "CLOUD", "SHADOW", "NODATA", "S2CLOUDLESS_ID", "S2CLOUDLESS_BANDS", "RULES_BANDS",
           "RULES_ID", "RULES_VERSION", "SHADOW_BANDS", "TILE", "MAX_TILE_READ", "CloudOptions",
           "DEFAULT_THRESHOLD", "disk", "disk_mean", "dilate", "postprocess", "shadow_offsets", "project",
           "dark_pixels", "rules_score", "S2Cloudless", "s2cloudless_model", "onnxruntime_available",
           "method_for", "bands_for", "block_mean", "score_block", "s2cloudless_missing", "overpass_time",
           "grid_lonlat", "sun_for", "DateInfo", "CloudDetector"]

CLEAR, CLOUD, SHADOW, NODATA = 0, 1, 2, 255

#: processing-grid tile side (processing pixels), at most MAX_TILE_READ reference pixels per side
TILE = 256
MAX_TILE_READ = 2048


@dataclass(frozen=True)
class CloudOptions:
    """Settings of the cloud and shadow detection (see the module docstring)."""

    processing_resolution: float = 60.0
    average_over: int = 4
    dilation_size: int = 2
    threshold: Optional[float] = None      # None: 0.4 (s2cloudless), 0.2 (rules)
    shadows: bool = True
    cloud_heights: Tuple[float, float] = (200.0, 3000.0)
    dark_nir: float = 0.15
    provider: str = "cpu"
    threads: Optional[int] = None
    cache_mb: float = 512.0
    model_path: Optional[str] = None       # None: the shipped model (registry id eolatent.cloud.s2cloudless)


@dataclass
class DateInfo:
    """How date *i* is assessed: ``method`` ("s2cloudless", "rules" or None), ``label`` (model id and
    version), the sun angles used and the shadow offsets on the processing grid."""

    method: Optional[str]
    label: str = ""
    sun_zenith: Optional[float] = None
    sun_azimuth: Optional[float] = None
    sun_from: str = ""
    offsets: Optional[np.ndarray] = None
    threshold: float = 0.0
    note: str = ""


class CloudDetector:
    """Cloud/shadow classes of the dates of one source on its reference grid (see the module docstring).

    *read(i, bands, window)* returns reflectance (len(bands), h, w) float32 with NaN where invalid on
    *window* of *grid* (not serialised here: the caller holds its lock)."""

    def __init__(self, grid, read: Callable, options: Optional[CloudOptions] = None):
        self.grid = grid
        self.read = read
        self.options = options or CloudOptions()
        metres = grid.res_metres        # a grid in degrees is sized on the ground (shadows are cast in metres)
        res = min(metres)
        self.k = max(1, int(round(self.options.processing_resolution / res))) if res > 0 else 1
        self.ch, self.cw = -(-grid.height // self.k), -(-grid.width // self.k)
        self.tile = max(8, min(TILE, MAX_TILE_READ // self.k))
        self.cpix = (metres[0] * self.k, metres[1] * self.k)
        self._tiles: "OrderedDict[tuple, tuple]" = OrderedDict()
        self._bytes = 0
        self._info: Dict[int, DateInfo] = {}
        self._last: Dict[int, tuple] = {}  # date -> (window key, classes): a window is often asked twice

    def _model(self) -> S2Cloudless:
        o = self.options
        return s2cloudless_model(o.provider, o.threads, o.model_path)

    # -------------------------------------------------------------- per date
    def setup(self, i: int, bands: Sequence[str], angles: dict, when: datetime,
              level: Optional[str] = None) -> DateInfo:
        """Register date *i* (its available bands, angles, time); returns how it is assessed."""
        info = self._info.get(i)
        if info is not None:
            return info
        method = method_for(bands, level)
        note = ""
        if method == "s2cloudless" and not onnxruntime_available():
            method = "rules" if method_for([b for b in bands if b != "B10"], "L2A") == "rules" else None
            note = f" ({NO_ONNXRUNTIME}, which this Python lacks: install it with " \
                   "plugin/dependencies.py --install)"
        elif method == "s2cloudless" and s2cloudless_missing(self.options.model_path):
            note = s2cloudless_missing(self.options.model_path)
            method = "rules" if method_for([b for b in bands if b != "B10"], "L2A") == "rules" else None
        info = DateInfo(method, note=note)
        if method is None and note:
            info.label = "none" + note
        if method is not None:
            o = self.options
            info.threshold = o.threshold if o.threshold is not None else DEFAULT_THRESHOLD[method]
            info.label = (self._model().label if method == "s2cloudless"
                          else "%s %s" % (RULES_ID, RULES_VERSION)) + note
            if o.shadows:
                info.sun_zenith, info.sun_azimuth, info.sun_from = sun_for(angles, when, self.grid)
                info.offsets = shadow_offsets(info.sun_zenith, info.sun_azimuth, o.cloud_heights, self.cpix)
            else:
                info.offsets = np.zeros((0, 2), np.int64)
        self._info[i] = info
        return info

    def info(self, i: int) -> Optional[DateInfo]:
        return self._info.get(i)

    # -------------------------------------------------------------- tiles
    def _tile(self, i: int, tr: int, tc: int):
        key = (i, tr, tc)
        hit = self._tiles.get(key)
        if hit is not None:
            self._tiles.move_to_end(key)
            return hit
        info = self._info[i]
        from rasterio.windows import Window

        k, t = self.k, self.tile
        r0, c0 = tr * t * k, tc * t * k
        h = min(t * k, self.grid.height - r0)
        w = min(t * k, self.grid.width - c0)
        names = bands_for(info.method)
        refl = self.read(i, names, Window(c0, r0, w, h))
        coarse = block_mean(refl, k)
        model = self._model() if info.method == "s2cloudless" else None
        score = score_block(info.method, coarse, model)
        b = {n: coarse[j] for j, n in enumerate(names)}
        dark = dark_pixels(b["B04"], b["B08"], self.options.dark_nir)
        value = (score, dark)
        self._tiles[key] = value
        self._bytes += score.nbytes + dark.nbytes
        limit = self.options.cache_mb * 1e6
        while self._bytes > limit and len(self._tiles) > 1:
            _, (s, d) = self._tiles.popitem(last=False)
            self._bytes -= s.nbytes + d.nbytes
        return value

    def _assemble(self, i: int, r0: int, r1: int, c0: int, c1: int):
        """(score, dark) on processing rows r0:r1, cols c0:c1 (inside the processing grid)."""
        score = np.full((r1 - r0, c1 - c0), np.nan, np.float32)
        dark = np.zeros((r1 - r0, c1 - c0), bool)
        t = self.tile
        for tr in range(r0 // t, (r1 - 1) // t + 1):
            for tc in range(c0 // t, (c1 - 1) // t + 1):
                s, d = self._tile(i, tr, tc)
                ta, tb = tr * t, tc * t
                ra, rb = max(r0, ta), min(r1, ta + s.shape[0])
                ca, cb = max(c0, tb), min(c1, tb + s.shape[1])
                score[ra - r0: rb - r0, ca - c0: cb - c0] = s[ra - ta: rb - ta, ca - tb: cb - tb]
                dark[ra - r0: rb - r0, ca - c0: cb - c0] = d[ra - ta: rb - ta, ca - tb: cb - tb]
        return score, dark

    def coarse_classes(self, i: int, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        """Classes (uint8) on processing rows r0:r1, cols c0:c1 of date *i* (after :meth:`setup`)."""
        info = self._info[i]
        o = self.options
        out = np.full((max(0, r1 - r0), max(0, c1 - c0)), NODATA, np.uint8)
        if info.method is None or out.size == 0:
            return out
        offs = info.offsets if info.offsets is not None else np.zeros((0, 2), np.int64)
        # the region the window depends on: the post-processing radii on every side, and the clouds at
        # (r, c) - offset that cast the shadows seen on the window; the mirrored border of the post-processing
        # is then the grid's own where the region reaches it, and never reaches the window elsewhere
        m = int(o.average_over or 0) + int(o.dilation_size or 0)
        back = -np.vstack([offs, np.zeros((1, 2), np.int64)])
        er0, er1 = max(0, r0 + int(back[:, 0].min()) - m), min(self.ch, r1 + int(back[:, 0].max()) + m)
        ec0, ec1 = max(0, c0 + int(back[:, 1].min()) - m), min(self.cw, c1 + int(back[:, 1].max()) + m)
        score, dark = self._assemble(i, er0, er1, ec0, ec1)
        cloud = postprocess(score, info.threshold, o.average_over, o.dilation_size)
        shadow = project(cloud, offs) & dark & ~cloud if len(offs) else np.zeros_like(cloud)
        sl = (slice(r0 - er0, r1 - er0), slice(c0 - ec0, c1 - ec0))
        cls = np.where(cloud[sl], CLOUD, np.where(shadow[sl], SHADOW, CLEAR)).astype(np.uint8)
        cls[~np.isfinite(score[sl])] = NODATA
        return cls

    def classes(self, i: int, window) -> np.ndarray:
        """Classes (uint8, h, w) of date *i* on *window* (a rasterio Window of the reference grid)."""
        k = self.k
        r0, c0 = int(window.row_off), int(window.col_off)
        h, w = int(window.height), int(window.width)
        key = (r0, c0, h, w)
        last = self._last.get(i)
        if last is not None and last[0] == key:
            return last[1].copy()
        out = np.full((h, w), NODATA, np.uint8)
        if h <= 0 or w <= 0:
            return out
        rr0, rr1 = max(0, r0), min(self.grid.height, r0 + h)
        cc0, cc1 = max(0, c0), min(self.grid.width, c0 + w)
        if rr1 <= rr0 or cc1 <= cc0:
            return out
        pr0, pr1 = rr0 // k, (rr1 - 1) // k + 1
        pc0, pc1 = cc0 // k, (cc1 - 1) // k + 1
        coarse = self.coarse_classes(i, pr0, pr1, pc0, pc1)
        rows = np.arange(rr0, rr1) // k - pr0
        cols = np.arange(cc0, cc1) // k - pc0
        out[rr0 - r0: rr1 - r0, cc0 - c0: cc1 - c0] = coarse[rows[:, None], cols[None, :]]
        self._last[i] = (key, out.copy())
        return out
