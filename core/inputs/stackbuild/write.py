# SPDX-License-Identifier: GPL-3.0-or-later
"""Streaming of the stack builder: every date resampled onto the target grid window by
window and written into its stack; memory is bounded by the window, not the area.

Sentinel-2 reflectance is resampled bilinearly, except bands whose own raster lies on the target grid (a product's
20 m bands on a 20 m target), which are copied as they are stored; Sentinel-1 backscatter bilinearly in
*linear power* (then written in dB), so averaging is done on sigma0/gamma0, not on its
logarithm; validity follows the source pixel under each target pixel centre (nearest).
Pixels outside the area polygon are NaN. The Sentinel-2 stack follows the contract of
``write_s2_stack`` and the Sentinel-1 stack that of ``write_s1_stack``.

Sentinel-2 clouds: a date whose product has a mask (SCL, CLM, CLOUD, VALID) is masked with it; a date without
one gets its clouds and shadows detected by the reader (``sentinel2.clouds``, unless turned off), and its
detected pixels become NaN like any invalid pixel. The band tag CLOUD_MASK records which (so reading the stack
back runs no detection again), and after the build CLOUD_DETECTED / SHADOW_DETECTED the percentage of the
assessed pixels (inside the area) found cloudy / in shadow; :attr:`Job.detected` holds the counts.

Sentinel-2 processing level (surface L2A or top-of-atmosphere L1C reflectance): decided per date by
``core/inputs/product_level.py`` on each product of the date, exactly as for a single product (metadata, level tag, band
B10, file name), and carried into the stack, since the stack itself no longer shows it (B10 left out, no product
metadata, another file name): every band of a date whose level is known gets the band tags LEVEL ("L1C" / "L2A") and
LEVEL_SOURCE (how it was decided, and on which product); the dataset tag EOLATENT_LEVEL is written only when every
date has the same known level. Dates of different levels may share a stack (the reader takes each date's level from
its band tags: ``sentinel2.geotiff``, ``metadata["level"]``), but the products of one date must agree, since TOA and
surface reflectance cannot be mosaicked (:func:`date_level` refuses them). A date whose level is only assumed (L2A by
default) gets no LEVEL tag, so a reader still says it is assumed.
"""
from __future__ import annotations

import re

import os
from typing import List, Optional, Sequence, Tuple

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ..sentinel1.common import linear_to_db
from ..sentinel1.resample import aligned_offset, resample_window
from ..sentinel1.stack import s1_stack_layout
from ...outputs.stackwriter import StackWriter
from ..sentinel2.clouds import CLOUD, NODATA, SHADOW
from ..sentinel2.common import ANGLE_KEYS, iso_utc, normalize_platform, to_float
from ..product_level import product_level
from .grid import StackBuildError, inside_mask
from .scan import DateGroup
from ...engine.tiling import Cancelled

_ANGLE_TAGS = {"sun_zenith": "SUN_ZENITH", "sun_azimuth": "SUN_AZIMUTH",
               "view_zenith": "VIEW_ZENITH", "view_azimuth": "VIEW_AZIMUTH"}


def date_level(group: DateGroup) -> Tuple[Optional[str], str]:
    """(level, how it was decided) of a date group: "L1C" or "L2A" as ``product_level`` decides it for each product of
    the date; None (with the reason) when every product's level is only assumed. Products of one date that state
    different levels are refused (:class:`StackBuildError`): their reflectances cannot be mosaicked."""
    known, assumed = {}, None
    for p in group.parts:
        lv, how = product_level(p.source, p.index)
        if how.startswith("assumed"):
            assumed = assumed or how
            continue
        known.setdefault(lv, "%s, in %s" % (how, os.path.basename(str(p.path).rstrip("/\\"))))
    if len(known) > 1:
        raise StackBuildError(tr(
            "S2 {date}: the products of this date mix processing levels ({levels}); top-of-atmosphere (L1C) and "
            "surface (L2A) reflectance cannot be mosaicked into one date: keep the products of one level in the "
            "folders",
            date=group.date.date(), levels="; ".join("%s: %s" % kv for kv in sorted(known.items()))))
    if known:
        return next(iter(known.items()))
    return None, assumed or "unknown"


def s2_layout(groups: Sequence[DateGroup], bands: Sequence[str], levels=None):
    """(descriptions, band tags, dataset tags) of the S2 stack (write_s2_stack contract, plus the level tags of the
    module docstring); ``levels``: :func:`date_level` of every group, computed when not given."""
    descs, btags = [], []
    levels = [date_level(g) for g in groups] if levels is None else list(levels)
    for g, (level, level_how) in zip(groups, levels):
        p0 = g.parts[0]
        src, i = p0.source, p0.index
        sensor = normalize_platform(src.platform(i)) or "S2"
        ang = src.angles(i) or {}
        cc = g.cloud
        mask = cloud_mask_text(g)
        for b in bands:
            descs.append("%s %s" % (b, g.date.strftime("%Y-%m-%d")))
            tags = {"BAND_NAME": b, "DATE": iso_utc(g.date), "SENSOR": sensor}
            for key in ANGLE_KEYS:
                v = to_float(ang.get(key)) if ang.get(key) is not None else None
                if v is not None:
                    tags[_ANGLE_TAGS[key]] = repr(v)
            if cc is not None:
                tags["CLOUD_COVER"] = repr(float(cc))
            tags["CLOUD_MASK"] = tag_text(mask)
            if level is not None:
                tags["LEVEL"], tags["LEVEL_SOURCE"] = level, level_how
            btags.append(tags)
    tags = dict(EOLATENT_STACK="1", MODALITY="S2", N_DATES=str(len(groups)),
                BAND_LIST=",".join(bands))
    found = {lv for lv, _ in levels}
    if len(found) == 1 and None not in found:
        tags["EOLATENT_LEVEL"] = found.pop()
    return descs, btags, tags


def tag_text(how: str) -> str:
    """``how`` without its parenthesised advice (e.g. how to install the s2cloudless model, with a local path):
    the tag records what masked the clouds; the log gives the advice."""
    from ..sentinel2.cloud_scores import DAMAGED, NO_ONNXRUNTIME, NOT_INSTALLED

    return re.sub(r"\s*\((?:%s|%s|%s)(?:[^()]|\([^()]*\))*\)" % (re.escape(NOT_INSTALLED), re.escape(DAMAGED),
                                                            re.escape(NO_ONNXRUNTIME)), "", how)


def cloud_mask_text(group: DateGroup) -> str:
    """How the clouds of a date group are masked (its parts' ``cloud_mask_source``, distinct, ';'-joined)."""
    texts = [p.source.cloud_mask_source(p.index) for p in group.parts]
    return "; ".join(dict.fromkeys(texts))


def s1_writer(path, grid, groups: Sequence[DateGroup], pols, quantity, with_incidence):
    dates = [g.date for g in groups]
    first = [g.parts[0].source for g in groups]
    descs, btags, tags, units = s1_stack_layout(
        dates, pols, "dB", quantity, [s.platform(0) for s in first],
        [s.orbit_direction(0) for s in first], [s.relative_orbit(0) for s in first],
        with_incidence)
    return StackWriter(path, grid, descs, btags, tags, units)


def s2_writer(path, grid, groups, bands, levels=None):
    descs, btags, tags = s2_layout(groups, bands, levels)
    return StackWriter(path, grid, descs, btags, tags)


class Job:
    """One stack to build: its date groups, what to read, and its writer."""

    def __init__(self, modality: str, groups: List[DateGroup], names: Sequence[str],
                 writer: StackWriter, with_incidence: bool = False):
        self.modality, self.groups, self.names = modality, groups, list(names)
        self.writer, self.with_incidence = writer, with_incidence
        self.per_date = len(self.names) + (1 if with_incidence else 0)
        # S2 cloud detection per date: [assessed pixels, cloud, shadow] inside the area
        self.detected = [np.zeros(3, np.int64) for _ in groups]
        self.valid = 0          # pixel-dates with a value, over the whole stack
        self.valid_per_date = [0] * len(groups)
        self._native = {}

    def native(self, part, grid) -> Tuple[str, ...]:
        """The S2 bands of *part* read on the target *grid* as they are stored: those whose raster's pixels are the
        target's while the source's reference grid is not (a SAFE product's 20 m bands on a 20 m target); the
        others are resampled from the reference grid. Empty when the reference grid is the target's."""
        key = (id(part.source), part.index)
        if key not in self._native:
            src = part.source
            same = aligned_offset(src.grid, grid) is not None
            self._native[key] = () if same else src.native_bands(part.index, grid, self.names)
        return self._native[key]


def _read_part(job: Job, part, grid, win) -> np.ndarray:
    src, i = part.source, part.index
    n = len(job.names)
    if job.modality == "S2":
        vals = resample_window(lambda w: src.read(i, w, job.names)[0], n, src.grid, grid, win)
        native = job.native(part, grid)
        if native:      # bands stored on the target grid itself: their own values, validity from the read above
            ks = [job.names.index(b) for b in native]
            vals[ks] = np.where(np.isfinite(vals[ks]), src.read_on(i, grid, win, native), np.nan)
    else:
        vals = resample_window(lambda w: src.read(i, w, job.names, db=False)[0], n,
                               src.grid, grid, win)
    if job.with_incidence:
        inc = resample_window(lambda w: src.incidence(i, w)[None], 1, src.grid, grid, win)
        vals = np.concatenate([vals, inc])
    return vals


def _part_classes(part, grid, win) -> Optional[np.ndarray]:
    """Detected cloud classes of an S2 part on *win* of the target grid (nearest), None when not assessed."""
    src, i = part.source, part.index
    if src.cloud_detection(i) is None:
        return None

    def read(w):
        cls = src.cloud_classes(i, w)
        return cls[None].astype(np.float32)
    return resample_window(read, 1, src.grid, grid, win, resampling="nearest")[0]


def _date_block(job: Job, group: DateGroup, grid, win, inside, counts=None) -> np.ndarray:
    h, w = int(win.height), int(win.width)
    out = np.full((job.per_date, h, w), np.nan, dtype=np.float32)
    todo = inside.copy()
    counted = ~inside
    n = len(job.names)
    for part in group.parts:
        if not todo.any():
            break
        vals = _read_part(job, part, grid, win)
        if counts is not None and job.modality == "S2":
            cls = _part_classes(part, grid, win)
            if cls is not None:
                seen = todo & ~counted & np.isfinite(cls) & (cls != NODATA)
                counts += [int(seen.sum()), int((seen & (cls == CLOUD)).sum()),
                           int((seen & (cls == SHADOW)).sum())]
                counted |= seen
        take = todo & np.isfinite(vals[:n]).all(axis=0)
        out[:, take] = vals[:, take]
        todo &= ~take
    if job.modality == "S1":
        out[:n] = linear_to_db(out[:n])
    out[:, ~inside] = np.nan
    return out


def windows(grid, size: int):
    for row in range(0, grid.height, size):
        for col in range(0, grid.width, size):
            yield Window(col, row, min(size, grid.width - col), min(size, grid.height - row))


def stream(jobs: List[Job], grid, polygon: Optional[dict], feedback, window_size: int = 512):
    """Fill every job's writer window by window; progress and cancel per window."""
    wins = list(windows(grid, window_size))
    total = max(1, len(wins) * sum(len(j.groups) for j in jobs))
    done = 0
    for win in wins:
        inside = inside_mask(polygon, grid, win)
        for job in jobs:
            for k, group in enumerate(job.groups):
                if feedback is not None and feedback.is_canceled():
                    raise Cancelled(tr("cancelled by the user; no output was written"))
                if inside.any():
                    block = _date_block(job, group, grid, win, inside, job.detected[k])
                else:
                    block = np.full((job.per_date, int(win.height), int(win.width)), np.nan,
                                    dtype=np.float32)
                first = k * job.per_date + 1
                job.writer.write(range(first, first + job.per_date), win, block)
                n_valid = int(np.isfinite(block[0]).sum())
                job.valid += n_valid
                job.valid_per_date[k] += n_valid
                done += 1
                if feedback is not None:
                    feedback.progress(100.0 * done / total)
