# SPDX-License-Identifier: GPL-3.0-or-later
"""Scanning of the stack builder's input folders.

Sentinel-2 folders are searched recursively for SAFE and Theia/MAJA product folders and
GeoTIFFs with Sentinel-2 band names (per-date or stacks); Sentinel-1 folders for
backscatter GeoTIFFs (see :mod:`eolatent.core.inputs.sentinel1`). Other rasters (a land-cover
map, a DEM, cloud probabilities) are skipped and reported; a raster GDAL cannot open is
an error; Sentinel-1 files in a Sentinel-2 folder, or Sentinel-2 products in a
Sentinel-1 folder, are an error (the two modalities go to separate folders). Every
product is opened on its own grid; products of the same day (and for Sentinel-1 the same
platform, pass and relative orbit) are mosaicked into one date.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import List, Optional, Tuple

import rasterio
from rasterio.errors import RasterioError

from ...i18n import tr
from ..sentinel1 import S1Source
from ..sentinel1.common import S1TILING_ANGLE_RE, S1TILING_RE, PYROSAR_RE, pol_from_tags, tokens
from ..sentinel1.common import pol_in_tokens
from ..sentinel1.scan import DatasetCache, scan as scan_s1_files
from ..sentinel2 import open_s2
from ..sentinel2.common import normalize_band_name
from ..sentinel2.safe import S2_SAFE_NAME, find_safe_mtd
from ..sentinel2.theia import find_theia_mtd
from .grid import StackBuildError

_RASTER_EXTS = (".tif", ".tiff", ".vrt", ".jp2")


@dataclass
class Part:
    """One product of one date: ``source`` read with index ``index`` on ``source.grid``."""

    source: object
    index: int
    date: datetime
    path: str
    cloud: Optional[float] = None


@dataclass
class DateGroup:
    """The products of one date (mosaicked: the first valid value wins)."""

    date: datetime
    parts: List[Part] = field(default_factory=list)

    @property
    def cloud(self) -> Optional[float]:
        known = [p.cloud for p in self.parts if p.cloud is not None]
        return sum(known) / len(known) if known else None


def _is_product_dir(p: Path) -> bool:
    """A SAFE or Theia product folder; a folder named *.SAFE without its MTD file too, so that opening it names what
    it lacks (searched inside, its image files were refused one by one, "no band named B01..B12")."""
    return find_safe_mtd(p) is not None or find_theia_mtd(p) is not None or bool(S2_SAFE_NAME.match(p.name))


def _walk(folder: str) -> Tuple[List[str], List[str]]:
    """(product folders, raster files outside them) under *folder*."""
    if not os.path.isdir(folder):
        raise StackBuildError(tr("{path} is not a folder; give folders that hold the products", path=folder))
    products, files = [], []
    if _is_product_dir(Path(folder)):
        return [folder], []
    for root, dirs, names in os.walk(folder):
        keep = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            full = os.path.join(root, d)
            if _is_product_dir(Path(full)):
                products.append(full)
            else:
                keep.append(d)
        dirs[:] = keep
        files += [os.path.join(root, n) for n in sorted(names)
                  if not n.startswith(".") and (n.lower().endswith(_RASTER_EXTS) or n.lower().endswith(".zip"))]
    return products, files


def _open(path: str):
    try:
        return rasterio.open(path)
    except (RasterioError, OSError) as exc:
        raise StackBuildError(tr("cannot open {path} as a raster (GDAL: {error}); the file is truncated or "
                                 "corrupt - download it again or remove it from the folder",
                                 path=path, error=exc)) from None


def _looks_s2(ds) -> bool:
    tags = {k.upper(): v for k, v in ds.tags().items()}
    if tags.get("MODALITY", "").upper() == "S2":
        return True
    if tags.get("BAND_NAMES") and any(normalize_band_name(s) for s in tags["BAND_NAMES"].split(",")):
        return True
    for i, d in enumerate(ds.descriptions, start=1):
        name = (ds.tags(i).get("BAND_NAME") or (d or "").split(" ")[0]).strip()
        if normalize_band_name(name):
            return True
    return False


def _looks_s1(path: str, ds) -> bool:
    stem = os.path.splitext(os.path.basename(path))[0]
    if S1TILING_RE.match(stem) or S1TILING_ANGLE_RE.match(stem) or PYROSAR_RE.match(stem):
        return True
    tags = ds.tags()
    if (tags.get("MODALITY") or "").upper() == "S1" or pol_from_tags(tags):
        return True
    if pol_in_tokens(tokens(stem)):
        return True
    return any(pol_in_tokens(tokens((ds.tags(i).get("BAND_NAME") or d or "")))
               for i, d in enumerate(ds.descriptions, start=1))


def _mixed(folder: str, found: List[str], what: str, other: str) -> StackBuildError:
    shown = ", ".join(os.path.basename(f) for f in found[:4]) + (", ..." if len(found) > 4 else "")
    return StackBuildError(tr(
        "the {sensor} folder {path} holds {other} data ({files}); keep Sentinel-2 and Sentinel-1 in separate "
        "folders and pass each in its own parameter", sensor=what, path=folder, other=other, files=shown))


def _date_ok(d: datetime, start: Optional[date], end: Optional[date]) -> bool:
    day = d.date()
    return (start is None or day >= start) and (end is None or day <= end)


def scan_s2(folders, sources: list, skipped: List[Tuple[str, str]], detect_clouds: bool = True,
            cloud_options=None, notes: Optional[List[str]] = None) -> List[Part]:
    """All S2 parts in *folders* (every date, unfiltered); the opened S2Sources are
    appended to *sources* (for the caller to close, also after an error). *detect_clouds*,
    *cloud_options*: passed to ``open_s2`` (cloud detection in dates without a mask). *notes* gets a line for
    each EO Latent stack found among the inputs (an earlier output written into the folder is read again)."""
    parts = []
    for folder in folders:
        products, files = _walk(folder)
        candidates = list(products)
        s1_found = []
        for f in files:
            if f.lower().endswith(".zip"):     # a zipped SAFE or Theia product: not read (and not silently)
                skipped.append((f, tr("a zipped product: unzip it (unzip {file} -d {folder}) and scan again",
                                      file=os.path.basename(f), folder=os.path.dirname(f) or ".")))
                continue
            stem = os.path.splitext(f)[0]
            if stem.lower().endswith("_mask") and any(
                    os.path.exists(stem[:-5] + e) for e in (".tif", ".tiff")):
                continue  # sidecar mask of a per-date GeoTIFF
            with _open(f) as ds:
                if _looks_s2(ds):
                    candidates.append(f)
                    if notes is not None and (ds.tags().get("EOLATENT_STACK") or "") == "1":
                        notes.append(tr("used {path}: an EO Latent stack ({count} dates), read like any product; move "
                                        "it out of the folder if it is an earlier output",
                                        path=f, count=ds.tags().get("N_DATES", "?")))
                elif _looks_s1(f, ds):
                    s1_found.append(f)
                else:
                    skipped.append((f, tr("not a Sentinel-2 product (no band named B01..B12)")))
        if s1_found:
            raise _mixed(folder, s1_found, "Sentinel-2", "Sentinel-1")
        opened = []
        for c in candidates:
            src = open_s2(c, detect_clouds=detect_clouds, cloud_options=cloud_options)
            sources.append(src)
            opened.append((c, src))
        opened = _join_band_files(opened, sources, detect_clouds, cloud_options, notes)
        for c, src in opened:
            for i, d in enumerate(src.dates):
                parts.append(Part(src, i, d, c, src.cloud_cover(i)))
    return parts


class _TempFolder:
    """A folder removed when the scan's sources are closed (the per-date VRTs of per-band files)."""

    def __init__(self):
        import tempfile

        self.path = tempfile.mkdtemp(prefix="eolatent-bands-")

    def close(self):
        import shutil

        shutil.rmtree(self.path, ignore_errors=True)


def _join_band_files(opened, sources: list, detect_clouds, cloud_options, notes):
    """Files of one band each (the per-band download layout: ..._B04.tif, ..._B08.tif of one date, one folder) are
    joined into one per-date VRT (gdalbuildvrt -separate, no pixel copied; at the finest resolution of the files,
    coarser bands repeated) that is then read like a per-date GeoTIFF. Other products are returned as they are."""
    from osgeo import gdal

    singles, out = {}, []
    for c, src in opened:
        if len(src.dates) == 1 and len(src.band_names) == 1 and os.path.isfile(c):
            singles.setdefault((os.path.dirname(c), src.dates[0].date()), []).append((c, src))
        else:
            out.append((c, src))
    folder = None
    for (where, day), files in sorted(singles.items()):
        names = [src.band_names[0] for _, src in files]
        if len(files) < 2 or len(set(names)) < len(names):
            out.extend(files)       # one band alone, or the same band twice (two tiles): not a band set
            continue
        if folder is None:
            folder = _TempFolder()
            sources.append(folder)
        vrt = os.path.join(folder.path, "%s_%s.vrt" % (day.isoformat(), len(out)))
        ds = gdal.BuildVRT(vrt, [c for c, _ in files], separate=True, resolution="highest")
        if ds is None:
            out.extend(files)
            continue
        first = files[0][1]
        for b, name in enumerate(names, start=1):
            ds.GetRasterBand(b).SetDescription(name)
        ds.SetMetadataItem("DATE", first.dates[0].isoformat())
        if first.platform(0):
            ds.SetMetadataItem("SENSOR", first.platform(0))
        ds = None
        src = open_s2(vrt, detect_clouds=detect_clouds, cloud_options=cloud_options)
        sources.append(src)
        out.append((os.path.join(where, "%s (%d band files)" % (day.isoformat(), len(files))), src))
        if notes is not None:
            notes.append(tr("S2 {date}: {count} files of one band each in {folder} ({bands}) read as one date",
                            date=day.isoformat(), count=len(files), folder=where, bands=",".join(names)))
    return out


def scan_s1(folders, skipped: List[Tuple[str, str]]):
    """All S1 parts in *folders* (one S1Source per acquisition, on its own grid)."""
    cache = DatasetCache()
    parts = []
    try:
        for folder in folders:
            products, files = _walk(folder)
            if products:
                raise _mixed(folder, products, "Sentinel-1", "Sentinel-2")
            s2_found = []
            for f in files:
                if f.lower().endswith(".zip"):
                    skipped.append((f, tr("a zipped file: unzip it and scan again")))
                    continue
                with _open(f) as ds:
                    if _looks_s2(ds) and not _looks_s1(f, ds):
                        s2_found.append(f)
            if s2_found:
                raise _mixed(folder, s2_found, "Sentinel-1", "Sentinel-2")
            acqs, skip = scan_s1_files(folder, cache)
            skipped.extend(skip)
            for a in acqs:
                src = S1Source([a], a.grid, cache, a.fmt, a.sources[0])
                parts.append(Part(src, 0, a.date, a.sources[0]))
    except BaseException:
        cache.close()
        raise
    return parts, cache


def group_dates(parts: List[Part], key) -> List[DateGroup]:
    """Mosaic parts that share ``key(part)``; groups sorted by date."""
    groups = {}
    for p in sorted(parts, key=lambda p: (p.date, p.path)):
        k = key(p)
        if k not in groups:
            groups[k] = DateGroup(p.date)
        groups[k].parts.append(p)
    out = sorted(groups.values(), key=lambda g: g.date)
    merged: List[DateGroup] = []
    for g in out:  # identical timestamps cannot be told apart in a stack: mosaic them
        if merged and merged[-1].date == g.date:
            merged[-1].parts.extend(g.parts)
        else:
            merged.append(g)
    return merged


def s2_key(p: Part):
    return (p.date.date(), p.source.platform(p.index))


def merge_unknown_platform(groups: List[DateGroup]) -> List[DateGroup]:
    """A product whose platform is unknown (a plain GeoTIFF) joins the one product group of the same day with a
    known platform, instead of making a second date of that day; with S2A and S2B both that day it stays apart."""
    def known(g):
        return {p.source.platform(p.index) for p in g.parts} - {None}

    out: List[DateGroup] = []
    for g in groups:
        same_day = [h for h in out if h.date.date() == g.date.date()]
        unknown_g = not known(g)
        if same_day and len(same_day) == 1 and (unknown_g or not known(same_day[0])):
            if not known(same_day[0]) and not unknown_g:
                same_day[0].date = g.date       # the known product's time
            same_day[0].parts.extend(g.parts)
            continue
        out.append(g)
    return out


def s1_key(p: Part):
    s = p.source
    return (p.date.date(), s.platform(0), s.orbit_direction(0), s.relative_orbit(0))


def filter_dates(parts: List[Part], start, end, what: str, folders=(), skipped=()) -> List[Part]:
    """The parts inside [start, end]; none found at all names the folders and what was skipped there (zips)."""
    kept = [p for p in parts if _date_ok(p.date, start, end)]
    if not kept:
        if not parts:
            why = "; ".join("%s: %s" % (os.path.basename(f), r) for f, r in list(skipped)[:3])
            where = ", ".join(map(str, folders)) or tr("the {sensor} folder(s)", sensor=what)
            msg = tr("no {sensor} product found in {where}; check the folder or the file names",
                     sensor=what, where=where)
            raise StackBuildError(msg + (" (%s)" % tr("skipped: {files}", files=why) if why else ""))
        days = sorted({p.date.date().isoformat() for p in parts})
        shown = ", ".join(days[:12]) + (", ..." if len(days) > 12 else "")
        raise StackBuildError(tr(
            "no {sensor} product in the date range {start} to {end} ({count} date(s) found: {dates}); widen the "
            "date range", sensor=what, start=start or "-", end=end or "-", count=len(days), dates=shown))
    return kept


def filter_clouds(groups: List[DateGroup], max_cloud, messages: List[str]) -> List[DateGroup]:
    if max_cloud is None:
        return groups
    kept, dropped = [], []
    for g in groups:
        cc = g.cloud
        if cc is None:
            messages.append(tr("S2 {date}: cloud cover unknown, kept", date=g.date.date()))
            kept.append(g)
        elif cc <= max_cloud:
            kept.append(g)
        else:
            dropped.append(g)
            messages.append(tr("S2 {date}: cloud cover {cloud:.1f}% > {max:.1f}%, left out",
                               date=g.date.date(), cloud=cc, max=max_cloud))
    if not kept:
        shown = ", ".join("%s (%.0f%%)" % (g.date.date(), g.cloud) for g in dropped[:12])
        raise StackBuildError(tr(
            "all {count} Sentinel-2 date(s) in the range are cloudier than the maximum cloud cover "
            "{max:.1f}%: {dates}; raise the maximum cloud cover or widen the date range",
            count=len(dropped), max=max_cloud, dates=shown))
    return kept
