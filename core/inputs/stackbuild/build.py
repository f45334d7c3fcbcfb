# SPDX-License-Identifier: GPL-3.0-or-later
"""Build co-registered multi-modal stacks (Sentinel-2 and/or Sentinel-1) on one grid.

Example::

    from eolatent.core.inputs.stackbuild.build import build_stacks
    res = build_stacks(["/data/S2"], ["/data/S1Tiling/33TWM"], "2020-04-01", "2020-09-30",
                       max_cloud=50, area=((14.50, 45.85, 14.56, 45.87), "EPSG:4326"),
                       out_s2="s2_stack.tif", out_s1="s1_stack.tif")
    res.s2_dates, res.s1_dates, res.grid

Steps: scan the folders (see :mod:`.stackbuild_scan`), keep the dates in
[start, end] (whole days, inclusive), drop Sentinel-2 dates cloudier than
``max_cloud`` percent (dates without a known cloud cover are kept and reported),
compute the target grid (:mod:`.stackbuild_grid`: the CRS of the first Sentinel-2
date unless ``target_crs`` is given - a geographic CRS is replaced by the UTM zone of
the area - ``resolution`` CRS units, snapped to multiples of it, covering the area
intersected with the data), then resample every date window by window and write one
stack per modality (:mod:`.stackbuild_write`). Both outputs are written to temporary
files and appear only when everything succeeded; an error or a cancel leaves nothing.

Sentinel-2 dates whose products carry no cloud mask get clouds and shadows detected
(``detect_clouds``, :mod:`.sentinel2.clouds`: s2cloudless for L1C, a rule set for
L2A-like band sets); the detected pixels are NaN in the stack, and the percentage found
per date is reported through ``feedback.info``, in :attr:`BuildResult.s2_detected` and
in the band tags CLOUD_DETECTED / SHADOW_DETECTED (CLOUD_MASK says how each date was
masked).
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import List, Optional, Sequence, Tuple

from ...engine.tiling import warn
from ...i18n import tr
from ...outputs.geotiff import check_writable
from ..product_level import reason_text
from ..sentinel2.common import Grid, parse_datetime
from .grid import (Area, StackBuildError, area_in, bounds_in, fmt_bounds, intersect, pixel_size_text,
                              snapped_grid, to_area, to_crs, union, utm_crs)
from .scan import (filter_clouds, filter_dates, group_dates, merge_unknown_platform, s1_key, s2_key,
                              scan_s1, scan_s2)
from .band_notes import log_native_bands, warn_few_bands, warn_l1c_without_b8a
from .selection import (common_bands, common_pols, coverage_warnings, empty_date_warnings, mosaic_lines, quantity,
                        refuse_without_crs, s1_summary, size_check)
from .write import Job, cloud_mask_text, date_level, s1_writer, s2_writer, stream

__all__ = ["build_stacks", "BuildResult", "Area", "StackBuildError"]


@dataclass
class BuildResult:
    """What :func:`build_stacks` wrote."""

    grid: Grid
    s2_path: Optional[str] = None
    s1_path: Optional[str] = None
    s2_dates: List[datetime] = field(default_factory=list)
    s1_dates: List[datetime] = field(default_factory=list)
    s2_bands: Tuple[str, ...] = ()
    s1_pols: Tuple[str, ...] = ()
    s2_cloud_cover: List[Optional[float]] = field(default_factory=list)
    s1_quantity: Optional[str] = None
    # per S2 date: (cloud %, shadow %) of the assessed pixels inside the area, None when not detected
    s2_detected: List[Optional[Tuple[float, float]]] = field(default_factory=list)
    # per S2 date: its processing level "L1C" / "L2A" (band tag LEVEL), None when only assumed (no tag written)
    s2_levels: List[Optional[str]] = field(default_factory=list)
    skipped: List[Tuple[str, str]] = field(default_factory=list)
    messages: List[str] = field(default_factory=list)


def _folders(value) -> List[str]:
    if value is None:
        return []
    if isinstance(value, (str, os.PathLike)):
        value = [value]
    return [os.fspath(v) for v in value if v is not None and os.fspath(v).strip()]


def _day(value, what: str) -> Optional[date]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return parse_datetime(value).date()
    except ValueError:
        raise StackBuildError(tr("{what} {value} is not a date; give YYYY-MM-DD", what=what, value=repr(value))
                              ) from None


def _default_crs(groups, area: Optional[Area]):
    """The CRS of the first date (of the first product over the area when one is given)."""
    grids = [p.source.grid for g in groups for p in g.parts]
    if area is not None:
        for grid in grids:
            with contextlib.suppress(Exception):  # an area outside this CRS's domain: try the next grid
                if intersect(area_in(area, grid.crs)[0], grid.bounds) is not None:
                    return grid.crs
    return grids[0].crs


def _target(groups2, groups1, area: Optional[Area], target_crs, resolution, messages):
    crs = to_crs(target_crs) if target_crs is not None else _default_crs(groups2 or groups1, area)
    if target_crs is None:     # several CRSs among the products (two UTM zones): say which one was taken, and why
        found = list(dict.fromkeys(str(p.source.grid.crs) for g in (groups2 or groups1) for p in g.parts))
        if len(found) > 1:
            kw = dict(crs=crs, crss=", ".join(found))
            messages.append(tr("target CRS: {crs}, that of the first date's first product over the area, among "
                               "{crss}; choose another with the target CRS (TARGET_CRS, --target-crs)", **kw)
                            if area is not None
                            else tr("target CRS: {crs}, that of the first date's first product, among {crss}; choose "
                                    "another with the target CRS (TARGET_CRS, --target-crs)", **kw))
    extents = []
    for groups in (groups2, groups1):
        if groups:
            extents.append(union([bounds_in(p.source.grid, crs) for g in groups for p in g.parts]))
    data = extents[0] if len(extents) == 1 else intersect(extents[0], extents[1])
    if crs.is_geographic:
        if target_crs is not None:
            raise StackBuildError(tr("the target CRS {crs} is geographic (degrees); choose a projected "
                                     "CRS in metres, e.g. the UTM zone of the area", crs=crs))
        ref = area_in(area, crs)[0] if area is not None else data
        crs = utm_crs((ref[0] + ref[2]) / 2, (ref[1] + ref[3]) / 2)
        messages.append(tr("target CRS: {crs} (the data are in degrees)", crs=crs))
        return _target(groups2, groups1, area, crs, resolution, messages)
    if data is None:
        raise StackBuildError(tr("the Sentinel-2 data {s2} and the Sentinel-1 data {s1} do not overlap ({crs}); "
                                 "choose inputs over the same place", s2=fmt_bounds(extents[0]),
                                 s1=fmt_bounds(extents[1]), crs=crs))
    polygon = None
    extent = data
    if area is not None:
        abox, polygon = area_in(area, crs)
        extent = intersect(abox, data)
        if extent is None:
            raise StackBuildError(tr("the area {area} does not overlap the data {data} (both in {crs}); choose "
                                     "an area over the products or other products", area=fmt_bounds(abox),
                                     data=fmt_bounds(data), crs=crs))
    return snapped_grid(crs, extent, resolution), polygon


def _in_grid(groups, grid, what: str, messages):
    """Date groups restricted to the parts that overlap *grid*; empty groups left out."""
    kept = []
    for g in groups:
        g.parts = [p for p in g.parts
                   if intersect(bounds_in(p.source.grid, grid.crs), grid.bounds) is not None]
        if g.parts:
            kept.append(g)
        else:
            messages.append(tr("{sensor} {date}: outside the area, left out", sensor=what, date=g.date.date()))
    if groups and not kept:  # pragma: no cover - the grid is built from the data extent
        raise StackBuildError(tr("no {sensor} date covers the area; choose another area", sensor=what))
    return kept


def _report_detection(job: Job, info, feedback=None) -> List[Optional[Tuple[float, float]]]:
    """Per S2 date (cloud %, shadow %) of the detected pixels; logged and written to the band tags. A date found
    (almost) all cloud is warned about: it stays in the stack, as no data."""
    out, cloudy = [], []
    for k, (g, counts) in enumerate(zip(job.groups, job.detected)):
        assessed, cloud, shadow = (int(v) for v in counts)
        if assessed == 0:
            out.append(None)
            continue
        pc, ps = 100.0 * cloud / assessed, 100.0 * shadow / assessed
        out.append((pc, ps))
        if cloud == 0 and shadow == 0:
            info(tr("S2 {date}: no cloud or shadow detected (of {count} assessed pixels)", date=g.date.date(),
                    count=assessed))
        else:
            info(tr("S2 {date}: {cloud:.1f} % cloud, {shadow:.1f} % shadow detected (of {count} assessed pixels), "
                    "set to no data", date=g.date.date(), cloud=pc, shadow=ps, count=assessed))
        for b in range(k * job.per_date + 1, (k + 1) * job.per_date + 1):
            job.writer.ds.update_tags(b, CLOUD_DETECTED="%.3f" % pc, SHADOW_DETECTED="%.3f" % ps)
        if pc + ps >= 99.5:
            cloudy.append("%s (%.1f %%)" % (g.date.date(), pc + ps))
    if cloudy and feedback is not None:
        warn(feedback, tr("S2 date(s) {dates}: cloud or shadow almost everywhere; they stay in the stack as no data "
                          "(every algorithm skips them) - for a smaller stack, leave them out: untick them in the "
                          "stack dock's list, or narrow {start} / {end}, or move their files out of the folder",
                          dates=", ".join(cloudy), start="START_DATE", end="END_DATE"))
    return out


def _rules_instead_of_s2cloudless(groups2, levels2, feedback) -> None:
    """One warning for the Level-1C dates whose clouds the spectral rules found because the s2cloudless model is
    not installed (the rules miss thick cloud on Level-1C: the Slovenia 2015-07-31 date, 98 % cloud, passed)."""
    from ..sentinel2.cloud_scores import DAMAGED, NOT_INSTALLED, s2cloudless_advice

    dates = [str(g.date.date()) for g, (lv, _) in zip(groups2, levels2)
             if lv == "L1C" and (NOT_INSTALLED in cloud_mask_text(g) or DAMAGED in cloud_mask_text(g))]
    if dates and feedback is not None:
        warn(feedback, tr("Level-1C date(s) {dates}: clouds found by the spectral rules, which miss thick cloud on "
                          "Level-1C; {advice}", dates=", ".join(dates), advice=s2cloudless_advice()))


def build_stacks(s2_folders, s1_folders, start, end, max_cloud, area, target_crs=None,
                 resolution: float = 10.0, out_s2=None, out_s1=None, feedback=None,
                 bands: Optional[Sequence[str]] = None, pols: Optional[Sequence[str]] = None,
                 window_size: int = 512, detect_clouds: bool = True, cloud_options=None) -> BuildResult:
    """Build a Sentinel-2 and/or a Sentinel-1 stack on one target grid.

    s2_folders / s1_folders: a folder or a list of folders (searched recursively), empty
    for a single-modality build; start / end: first and last day kept (YYYY-MM-DD, date
    or datetime; None = open); max_cloud: percent (None = no filter); area: None (all
    the data), (west, south, east, north) in the target CRS, ((w, s, e, n), crs),
    (polygon WKT, crs) or an :class:`Area` - outside a polygon the pixels are NaN;
    target_crs: e.g. "EPSG:32633" (default: the CRS of the first Sentinel-2 date over
    the area, else of the first Sentinel-1 date; a geographic CRS becomes the UTM zone);
    resolution: pixel size in CRS units; out_s2 / out_s1: GeoTIFF paths, one per built
    modality; feedback: object with progress(percent), is_canceled(), info(text);
    bands / pols: subsets (default: those present in every date); detect_clouds: detect
    clouds and shadows in the S2 dates without a mask (False: keep their pixels);
    cloud_options: :class:`~.sentinel2.clouds.CloudOptions` of the detection.
    Raises :class:`StackBuildError`, ``S2FormatError`` or ``S1FormatError`` (all
    ValueError) with the problem and the fix; ``tiling.Cancelled`` when cancelled.
    """
    s2f, s1f = _folders(s2_folders), _folders(s1_folders)
    if not s2f and not s1f:
        raise StackBuildError(tr("no input folder; give a Sentinel-2 folder, a Sentinel-1 folder or both"))
    for what, folders, out, name in (("Sentinel-2", s2f, out_s2, "S2"),
                                     ("Sentinel-1", s1f, out_s1, "S1")):
        if folders and not out:
            raise StackBuildError(tr("{sensor} folder(s) given but no output path for the {name} stack; give one",
                                     sensor=what, name=name))
        if out and not folders:
            raise StackBuildError(tr("an output for the {name} stack is given but no {sensor} folder; give the "
                                     "folder or drop the output", name=name, sensor=what))
        if out:
            check_writable(os.fspath(out))
    if out_s2 and out_s1 and os.path.abspath(out_s2) == os.path.abspath(out_s1):
        raise StackBuildError(tr("the S2 and S1 outputs are the same file {path}; give two paths", path=out_s2))
    d0, d1 = _day(start, tr("start date")), _day(end, tr("end date"))
    if d0 and d1 and d1 < d0:
        raise StackBuildError(tr("the end date {end} is before the start date {start}; swap them", end=d1, start=d0))
    area = to_area(area)
    res = BuildResult(grid=None)
    info = feedback.info if feedback is not None and hasattr(feedback, "info") else (lambda m: None)
    s2_sources, s1_cache, writers, warnings = [], None, [], []
    try:
        groups2, groups1 = [], []
        if s2f:
            parts = scan_s2(s2f, s2_sources, res.skipped, detect_clouds, cloud_options, res.messages)
            warnings += [p for src in s2_sources for p in getattr(src, "product_problems", list)()]
            groups2 = merge_unknown_platform(group_dates(filter_dates(parts, d0, d1, "Sentinel-2", s2f,
                                                                      res.skipped), s2_key))
            groups2 = filter_clouds(groups2, max_cloud, res.messages)
            refuse_without_crs(groups2, "Sentinel-2")
            res.s2_bands, notes = common_bands(groups2, bands)
            warnings += notes
            if bands is None:
                warn_few_bands(res.s2_bands, feedback)
        if s1f:
            parts, s1_cache = scan_s1(s1f, res.skipped)
            groups1 = group_dates(filter_dates(parts, d0, d1, "Sentinel-1", s1f, res.skipped), s1_key)
            refuse_without_crs(groups1, "Sentinel-1")
            res.s1_pols, groups1, notes = common_pols(groups1, pols)
            warnings += notes
            res.s1_quantity = quantity(groups1)
        for path, why in res.skipped:
            res.messages.append(tr("skipped {path}: {reason}", path=path, reason=why))
        grid, polygon = _target(groups2, groups1, area, target_crs, resolution, res.messages)
        res.grid = grid
        groups2 = _in_grid(groups2, grid, "S2", res.messages)
        groups1 = _in_grid(groups1, grid, "S1", res.messages)
        res.messages += mosaic_lines(groups2, "S2") + mosaic_lines(groups1, "S1")
        warnings += coverage_warnings(groups2, grid, "S2") + coverage_warnings(groups1, grid, "S1")
        levels2 = [date_level(g) for g in groups2]  # refuses a date whose products mix L1C and L2A
        for g, (lv, lv_how) in zip(groups2, levels2):
            how = cloud_mask_text(g)
            if how != "input mask":
                res.messages.append(tr("S2 {date}: clouds masked by {how}", date=g.date.date(), how=how))
            what = {"L1C": tr("Level-1C (top-of-atmosphere)"), "L2A": tr("Level-2A (surface)")}.get(lv) \
                or tr("processing level")
            tag = tr("band tag LEVEL={level} written", level=lv) if lv else tr("no LEVEL tag")
            res.messages.append(tr("S2 {date}: {level}, {how}; {tag}", date=g.date.date(), level=what,
                                   how=reason_text(lv_how),
                                   tag=tag))
        res.s2_levels = [lv for lv, _ in levels2]
        inc = bool(groups1) and all(p.source.has_incidence(p.index) for g in groups1 for p in g.parts)
        if groups1:
            res.messages.append(s1_summary(groups1, res.s1_pols, res.s1_quantity, inc, any(
                p.source.has_incidence(p.index) for g in groups1 for p in g.parts)))
        for m in res.messages:
            info(m)
        for line in warnings if feedback is not None else []:
            warn(feedback, line)
        _rules_instead_of_s2cloudless(groups2, levels2, feedback)
        if feedback is not None and groups2:
            warn_l1c_without_b8a(res.s2_bands, res.s2_levels, feedback)
        info(tr("target grid: {crs}, {width} x {height} pixels of {res}, bounds {bounds}", crs=grid.crs,
                width=grid.width, height=grid.height, res=pixel_size_text(grid.crs, grid.res[0]),
                bounds=fmt_bounds(grid.bounds)))
        n_bands = len(groups2) * len(res.s2_bands) + len(groups1) * (len(res.s1_pols) + int(inc))
        finest = min((abs(p.source.grid.res[0]) for g in groups2 + groups1 for p in g.parts
                      if p.source.grid.crs == grid.crs), default=None)
        line, notes = size_check(grid, n_bands, (out_s2 if groups2 else None, out_s1 if groups1 else None), finest)
        info(line)
        for note in notes if feedback is not None else []:
            warn(feedback, note)
        jobs = []
        if groups2:
            w = s2_writer(out_s2, grid, groups2, res.s2_bands, levels2)
            writers.append(w)
            jobs.append(Job("S2", groups2, res.s2_bands, w))
            log_native_bands(jobs[-1], grid, info)
        if groups1:
            w = s1_writer(out_s1, grid, groups1, res.s1_pols, res.s1_quantity, inc)
            writers.append(w)
            jobs.append(Job("S1", groups1, res.s1_pols, w, inc))
        stream(jobs, grid, polygon, feedback, window_size)
        for job in jobs:
            if not job.valid:
                kw = dict(sensor=job.modality, count=len(job.groups),
                          folders="; ".join(s2f if job.modality == "S2" else s1f))
                raise StackBuildError(tr(
                    "no valid pixel in the {sensor} stack: every value of its {count} date(s) in the area is "
                    "nodata/NaN or masked as cloud ({folders}); check the products' nodata value, the area and the "
                    "dates; nothing was written", **kw) if job.modality == "S2" else tr(
                    "no valid pixel in the {sensor} stack: every value of its {count} date(s) in the area is "
                    "nodata/NaN ({folders}); check the products' nodata value, the area and the dates; nothing was "
                    "written", **kw))
        for line in [w for job in jobs for w in empty_date_warnings(job)] if feedback is not None else []:
            warn(feedback, line)
        if groups2:
            res.s2_detected = _report_detection(jobs[0], info, feedback)
        for w in writers:
            w.commit()
        writers = []
    finally:
        for w in writers:
            w.abort()
        for s in s2_sources:
            s.close()
        if s1_cache is not None:
            s1_cache.close()
    if groups2:
        res.s2_path, res.s2_dates = os.fspath(out_s2), [g.date for g in groups2]
        res.s2_cloud_cover = [g.cloud for g in groups2]
    if groups1:
        res.s1_path, res.s1_dates = os.fspath(out_s1), [g.date for g in groups1]
    if feedback is not None:
        feedback.progress(100.0)
    return res
