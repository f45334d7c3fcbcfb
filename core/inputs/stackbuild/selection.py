# SPDX-License-Identifier: GPL-3.0-or-later
"""What goes into a stack, and what is said about it: the Sentinel-2 bands and Sentinel-1 polarisations every date
has (naming the files that limit them), the S1 calibration, the inputs without a CRS (refused), dates mosaicked from
several products, and dates that cover little of the stack's extent.

Polarisations: when one is missing on some Sentinel-1 dates only, those dates are left out (so that the stack keeps
every polarisation) if that keeps at least half of the dates; otherwise the polarisation is left out. Either way a
warning names the dates and files. A polarisation asked for explicitly must be on every date.
"""
from __future__ import annotations

import os
from typing import List, Optional, Sequence, Tuple

from ...engine.input_checks import first_few
from ...i18n import tr
from ..sentinel1.common import POLARISATIONS
from ..sentinel2.common import S2_BANDS, normalize_band_name
from .grid import StackBuildError, bounds_in, intersect

COVER_WARN = 0.5     # a date whose products cover less than this share of the stack's extent is warned about


def _names(paths: Sequence[str], most: int = 3) -> str:
    return first_few([os.path.basename(os.path.normpath(p)) for p in dict.fromkeys(paths)], most)


def _files(parts) -> List[str]:
    """The files of products: a Sentinel-1 acquisition's every file (one per polarisation), else the product's path."""
    out = []
    for p in parts:
        every = getattr(p.source, "sources", None)
        out += list(every(p.index)) if callable(every) else [p.path]
    return out


def refuse_without_crs(groups, sensor: str) -> None:
    """A product without a CRS cannot be placed on the stack's grid: refused, by name."""
    lacking = _files([p for g in groups for p in g.parts if not p.source.grid.crs])
    if lacking:
        raise StackBuildError(tr("{sensor} input {files} has no coordinate reference system, so it cannot be placed "
                                 "on the stack's grid: assign its CRS (gdal_edit.py -a_srs EPSG:<code> FILE, or "
                                 "Raster ▸ Projections ▸ Assign Projection) or leave it out", sensor=sensor,
                                 files=_names(lacking)))


def common_bands(groups, bands) -> Tuple[Tuple[str, ...], List[str]]:
    """(the S2 bands of the stack, warnings): ``bands`` checked against every product, or the bands every product
    has; a warning names the products that lack bands the others have."""
    avail, every, have_of = None, set(), []
    for g in groups:
        for p in g.parts:
            have = set(p.source.available_bands(p.index))
            have_of.append((p.path, g.date, have))
            every |= have
            avail = have if avail is None else avail & have
    if bands:
        names = []
        for b in bands:
            n = normalize_band_name(b)
            if n is None:
                raise StackBuildError(tr("{value} is not a Sentinel-2 band name; use B01..B12, B8A", value=repr(b)))
            if n not in avail:
                raise StackBuildError(tr("band {band} is not in every selected Sentinel-2 product (common bands: "
                                         "{common}; {band} is missing from {files}); choose among them, or leave "
                                         "those products out", band=n,
                                         common=",".join(x for x in S2_BANDS if x in avail),
                                         files=_names([path for path, _, have in have_of if n not in have])))
            if n in names:
                raise StackBuildError(tr("band {band} is asked twice ({bands}); give each band once",
                                         band=n, bands=",".join(str(b) for b in bands)))
            names.append(n)
        return tuple(names), []
    names = tuple(b for b in S2_BANDS if b in avail)
    if not names:
        per_band = [g for g in groups if len(g.parts) > 1 and all(len(p.source.band_names) == 1 for p in g.parts)]
        if per_band:   # one GeoTIFF per band: the usual per-band download layout
            g = per_band[0]
            files = [os.path.basename(p.path) for p in g.parts]
            raise StackBuildError(tr(
                "each file holds a single band ({count} of {date}: {files}): a date's bands must be in one file (or a "
                "product folder, SAFE or Theia); combine each date's band files first, e.g. gdalbuildvrt -separate "
                "{date}.vrt {sources}, with the band descriptions set to the band names, and give the folder of those "
                "files", count=len(files), date=g.date.date(), files=", ".join(files[:4]) + (
                    ", ..." if len(files) > 4 else ""),
                sources=" ".join(files[:3]) + (" ..." if len(files) > 3 else "")))
        raise StackBuildError(tr("the selected Sentinel-2 products share no band; build them separately"))
    lost = [b for b in S2_BANDS if b in every and b not in avail]
    if not lost:
        return names, []
    short = [(path, day) for path, day, have in have_of if not set(lost) <= have]
    return names, [tr("S2: band(s) {lost} are left out of the whole stack because {count} product(s) lack them "
                      "({files}, {dates}); the stack keeps the {n} band(s) every date has ({bands}): leave those "
                      "products out for the full band set", lost=",".join(lost), count=len(short),
                      files=_names([p for p, _ in short]),
                      dates=", ".join(dict.fromkeys(str(d.date()) for _, d in short)), n=len(names),
                      bands=",".join(names))]


def _date_pols(group) -> set:
    have = None
    for p in group.parts:
        have = set(p.source.polarisations) if have is None else have & set(p.source.polarisations)
    return have or set()


def common_pols(groups, pols) -> Tuple[Tuple[str, ...], list, List[str]]:
    """(polarisations, the date groups kept, warnings) of the Sentinel-1 stack (the module's rule)."""
    per_date = [(g, _date_pols(g)) for g in groups]
    every = set().union(*(have for _, have in per_date)) if per_date else set()      # on some date
    avail = set.intersection(*(have for _, have in per_date)) if per_date else set()  # on every date
    if pols:
        out = tuple(str(p).strip().upper() for p in pols)
        short = [(g, [q for q in out if q not in have]) for g, have in per_date if not set(out) <= have]
        if short:
            missing = sorted({q for _, qs in short for q in qs})
            raise StackBuildError(tr("polarisation {pols} is not in every selected Sentinel-1 date (missing on "
                                     "{dates}: {files}; common: {common}); choose among them, or leave those dates "
                                     "out",
                                     pols=",".join(missing), dates=", ".join(str(g.date.date()) for g, _ in short),
                                     files=_names(_files([p for g, _ in short for p in g.parts])),
                                     common=",".join(sorted(avail)) or tr("none")))
        return out, groups, []
    full = [g for g, have in per_date if every <= have]
    if full and len(full) < len(groups) and 2 * len(full) >= len(groups):
        gone = [(g, sorted(every - have)) for g, have in per_date if not every <= have]
        kept = tuple(q for q in POLARISATIONS if q in every)
        return kept, full, [tr(
            "S1: {count} of {total} date(s) lack a polarisation the others have ({dates}; files {files}); they are "
            "left out so that the stack keeps {pols} on every date: to keep them, give their missing polarisation",
            count=len(gone), total=len(groups),
            dates=", ".join("%s: %s missing" % (g.date.date(), ",".join(qs)) for g, qs in gone),
            files=_names(_files([p for g, _ in gone for p in g.parts])), pols=",".join(kept))]
    out = tuple(q for q in POLARISATIONS if q in avail)
    if not out:
        raise StackBuildError(tr("the selected Sentinel-1 dates share no polarisation; give dates with the same "
                                 "polarisations"))
    if every - avail:
        short = [g for g, have in per_date if not every <= have]
        return out, groups, [tr(
            "S1: {pols} left out of the whole stack: missing on {count} of {total} date(s) ({dates}; files {files}); "
            "the stack holds {kept} only: give the missing polarisation for those dates, or leave them out (untick "
            "them in the stack dock's list, or move their files out of the folder)",
            pols=",".join(sorted(every - avail)), count=len(short), total=len(groups),
            dates=", ".join(str(g.date.date()) for g in short),
            files=_names(_files([p for g in short for p in g.parts])),
            kept=",".join(out))]
    return out, groups, []


def quantity(groups) -> str:
    found = {}
    for g in groups:
        for p in g.parts:
            found.setdefault(p.source.quantity(p.index), p.path)
    if len(found) > 1:
        raise StackBuildError(tr(
            "the Sentinel-1 inputs mix calibrations ({found}); build one stack per calibration (sigma0 or gamma0)",
            found="; ".join("%s: %s" % (q, os.path.basename(f)) for q, f in found.items())))
    return next(iter(found))


def mosaic_lines(groups, sensor: str) -> List[str]:
    """One line per date made of several products: they are mosaicked, the first one's value kept where they
    overlap (products sorted by file path)."""
    return [tr("{sensor} {date}: {count} products mosaicked ({files}); where they overlap, the value of the first "
               "one listed is kept", sensor=sensor, date=g.date.date(), count=len(g.parts),
               files=_names(_files(g.parts), 4)) for g in groups if len(g.parts) > 1]


def _area(box: Optional[tuple]) -> float:
    return 0.0 if box is None else max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def coverage_warnings(groups, grid, sensor: str) -> List[str]:
    """A warning naming the dates whose products cover less than :data:`COVER_WARN` of the stack's extent (their
    other pixels are empty: dates over different places make a stack that is mostly no data)."""
    total = _area(grid.bounds)
    if total <= 0:
        return []
    low = []
    for g in groups:
        boxes = [intersect(bounds_in(p.source.grid, grid.crs), grid.bounds) for p in g.parts]
        share = min(1.0, sum(_area(b) for b in boxes) / total)
        if share < COVER_WARN:
            low.append("%s (%.0f %%)" % (g.date.date(), 100 * share))
    if not low:
        return []
    return [tr("{sensor} date(s) {dates} cover little of the stack's extent ({width} × {height} px): the rest of "
               "them is no data; build one stack per place, or give an extent or an area (EXTENT, AREA)",
               sensor=sensor, dates=", ".join(low), width=grid.width, height=grid.height)]


def s1_summary(groups, pols, calibration: str, with_incidence: bool, some_incidence: bool = False) -> str:
    """The log line on what the Sentinel-1 stack holds: calibration, polarisations, the units the inputs were read
    in (the stack is in dB), and whether an incidence-angle band is there (soil moisture needs the angle)."""
    units = {}
    for g in groups:
        for p in g.parts:
            for q in pols:
                units[p.source.units(p.index, q)] = units.get(p.source.units(p.index, q), 0) + 1
    read = ", ".join(tr("{units} ({count} band(s))", units=tr("linear power") if u == "linear" else u, count=n)
                     for u, n in units.items())
    inc = tr("an incidence-angle band per date") if with_incidence else tr(
        "no incidence-angle band (not on every date): give the angle to eolatent:soilmoisture (INCIDENCE, "
        "--incidence)") if some_incidence else tr(
        "no incidence-angle band (no date has one): give the angle to eolatent:soilmoisture (INCIDENCE, "
        "--incidence)")
    return tr("S1: {calibration}, {pols}, {count} date(s); inputs read as {units}, written in dB; {incidence}",
              calibration=calibration, pols=",".join(pols), count=len(groups), units=read, incidence=inc)


def empty_date_warnings(job) -> List[str]:
    """A warning naming the dates left without any valid pixel in the stack (all nodata in the area, or all masked),
    apart from the S2 dates found all cloud, which the cloud report names."""
    empty = [g for g, n, seen in zip(job.groups, job.valid_per_date, job.detected)
             if n == 0 and not (job.modality == "S2" and seen[0] > 0 and seen[1] + seen[2] >= seen[0])]
    if not empty:
        return []
    return [tr("{sensor} date(s) {dates} hold no valid pixel in the stack (all nodata/NaN over the area: {files}); "
               "they stay in it as empty bands, which every algorithm skips: leave them out for a smaller stack",
               sensor=job.modality, dates=", ".join(str(g.date.date()) for g in empty),
               files=_names(_files([p for g in empty for p in g.parts])))]


COMPRESSED_AT_BEST = 3.0     # a stack's DEFLATE ratio at best (NaN outside the data compresses to almost nothing)


def size_check(grid, bands: int, outputs, finest_input: Optional[float]) -> Tuple[str, List[str]]:
    """(log line, warnings) on the size of the stacks to write (``bands`` float32 bands in all on ``grid``, to the
    ``outputs`` paths); :class:`StackBuildError` when the output folder cannot hold them even compressed
    COMPRESSED_AT_BEST times. Warned: less free space than uncompressed, and a resolution over 10 times finer
    than the finest input pixel (``finest_input``, in the grid's units: every pixel is then interpolated)."""
    from ...engine.disk_space import free_space, size_text

    size = float(grid.width) * grid.height * bands * 4
    line = tr("output: {width} × {height} pixels × {bands} bands, {size} as float32 before compression",
              width=grid.width, height=grid.height, bands=bands, size=size_text(size))
    notes = []
    if finest_input and grid.res[0] * 10 < finest_input:
        notes.append(tr("the resolution {res:g} is over 10 times finer than the finest input pixel ({finest:g}): "
                        "every output pixel is interpolated, the stack holds no more detail and is {factor:.0f} times "
                        "larger; choose the inputs' own resolution (e.g. 10 m for Sentinel-2)", res=grid.res[0],
                        finest=finest_input, factor=(finest_input / grid.res[0]) ** 2))
    found = {free_space(p) for p in outputs if p} - {None}      # one check per output folder
    for folder, free in sorted(found):
        values = dict(folder=folder, free=size_text(free), size=size_text(size))
        if free < size / COMPRESSED_AT_BEST:
            raise StackBuildError(tr("{folder} has {free} free, but the stacks need about {need} even "
                                     "compressed ({size} before compression); choose a coarser resolution, a "
                                     "smaller area or fewer dates, or write elsewhere",
                                     need=size_text(size / COMPRESSED_AT_BEST), **values))
        if free < size:
            notes.append(tr("{folder} has {free} free, less than the stacks' {size} before "
                            "compression; the build may fail for lack of space", **values))
    return line, notes
