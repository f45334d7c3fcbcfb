# SPDX-License-Identifier: GPL-3.0-or-later
"""Find Sentinel-1 rasters in files/folders and group them into acquisitions.

Files of one acquisition share their name once the polarisation token is removed
(``s1a_33TWM_vv_DES_022_20200108t052308`` and ``..._vh_...``; pyroSAR
``S1A__IW___A_20150309T173017_VV_...`` and ``..._VH_...``) or, without a polarisation in
the name, their date, platform, orbit and folder. A multi-band file (VV, VH, angle
bands) is one acquisition; a stack (EOLATENT_STACK=1, MODALITY=S1) is one acquisition
per date. Sidecars are attached: S1Tiling ``*_BorderMask.tif`` (to the file it names),
S1Tiling ``LIA_``/``sin_LIA_``/``IA_`` maps (same tile and relative orbit) and pyroSAR
``<id>_inc_geo.tif`` / ``<id>_localIncidenceAngle.tif`` (same scene identifier).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, List, Optional, Tuple


from ...i18n import tr
from . import common as c
from ..datasets import DatasetCache as _DatasetCache
from .common import S1FormatError
from .detect import AngleRef, BandRef, FileInfo, MaskRef, inspect_file

RASTER_EXTS = (".tif", ".tiff", ".vrt")


@dataclass
class Acquisition:
    """One Sentinel-1 acquisition (one date, one or more polarisations)."""

    date: datetime
    pols: Dict[str, BandRef]
    quantity: Optional[str] = None
    platform: Optional[str] = None
    direction: Optional[str] = None
    relative_orbit: Optional[int] = None
    tile: Optional[str] = None
    incidence: Optional[AngleRef] = None
    masks: List[MaskRef] = field(default_factory=list)
    sources: List[str] = field(default_factory=list)
    grid: Optional[c.Grid] = None
    fmt: str = "geotiff"
    key: str = ""
    inventory: str = ""


class DatasetCache(_DatasetCache):
    """Open rasterio datasets by path (S1FormatError when a file cannot be opened)."""

    error = S1FormatError


def list_rasters(folder) -> List[str]:
    """Raster files (.tif/.tiff/.vrt) under *folder*, recursively, sorted; hidden files
    and folders (temporary outputs) are ignored."""
    found = []
    for root, dirs, files in os.walk(str(folder)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and f.lower().endswith(RASTER_EXTS):
                found.append(os.path.join(root, f))
    return found


_POL_TOKEN = re.compile(r"(?<![A-Za-z0-9])(vv|vh|hh|hv)(?![A-Za-z0-9])", re.IGNORECASE)


def _key(info: FileInfo, date) -> str:
    if len({b.pol for b in info.bands}) > 1:
        return info.path
    stem, n = _POL_TOKEN.subn("{pol}", info.stem)
    folder = os.path.dirname(info.path)
    if n:
        return os.path.join(folder, stem)
    return "|".join(str(x) for x in (folder, date.isoformat(), info.platform, info.direction,
                                     info.relative_orbit, info.tile))


def _new_acq(info: FileInfo, date, key: str) -> Acquisition:
    return Acquisition(date=date, pols={}, platform=info.platform, direction=info.direction,
                       relative_orbit=info.relative_orbit, tile=info.tile, grid=info.grid,
                       fmt=info.fmt, key=key, inventory=info.inventory)


def _add_band(acq: Acquisition, info: FileInfo, band) -> None:
    if band.pol in acq.pols:
        raise S1FormatError(tr(
            "polarisation {pol} of the acquisition {date} appears twice ({file} band {band} and {other} band "
            "{other_band}); keep one file per polarisation and date", pol=band.pol, date=acq.date.isoformat(),
            file=acq.pols[band.pol].path, band=acq.pols[band.pol].index, other=band.ref.path,
            other_band=band.ref.index))
    if acq.quantity and band.quantity and acq.quantity != band.quantity:
        raise S1FormatError(tr(
            "the acquisition {date} mixes {quantity} ({file}) and {other} ({other_file}); give every polarisation "
            "the same calibration", date=acq.date.isoformat(), quantity=acq.quantity, file=acq.sources[0],
            other=band.quantity, other_file=band.ref.path))
    acq.pols[band.pol] = band.ref
    acq.quantity = acq.quantity or band.quantity
    if info.path not in acq.sources:
        acq.sources.append(info.path)
    for attr in ("platform", "direction", "relative_orbit", "tile"):
        if getattr(acq, attr) is None:
            setattr(acq, attr, getattr(info, attr))


def _no_date(path: str) -> S1FormatError:
    return S1FormatError(tr(
        "no acquisition date for {path}: no ACQUISITION_DATETIME or DATE tag and no date "
        "(YYYYMMDDtHHMMSS, YYYY-MM-DD or YYYYMMDD) in the file name; add the tag "
        "(gdal_edit.py -mo ACQUISITION_DATETIME=2020-01-08T05:23:08Z {file}) or put the date in "
        "the name", path=path, file=os.path.basename(path)))


def _group(infos: List[FileInfo]) -> Dict[str, Acquisition]:
    acqs: Dict[str, Acquisition] = {}
    for info in infos:
        dates = {b.date for b in info.bands if b.date is not None}
        if info.is_stack or len(dates) >= 2:
            for b in info.bands:
                if b.date is None:
                    raise S1FormatError(tr(
                        "band {band} of the stack {path} has no date; describe each band as "
                        "'<POL> <YYYY-MM-DD>' or set its DATE tag (write stacks with "
                        "write_s1_stack)", band=b.ref.index, path=info.path))
                key = "%s|%s" % (info.path, b.date.isoformat())
                if key not in acqs:
                    acqs[key] = _new_acq(info, b.date, key)
                    acqs[key].fmt = "stack"
                acq = acqs[key]
                tags = b.tags
                acq.platform = acq.platform or c.normalize_platform(c.tag(tags, ("SENSOR",)))
                acq.direction = acq.direction or c.normalize_direction(
                    c.tag(tags, ("ORBIT_DIRECTION",)))
                rel = c.to_float(c.tag(tags, ("RELATIVE_ORBIT",)))
                acq.relative_orbit = acq.relative_orbit or (int(rel) if rel else None)
                _add_band(acq, info, b)
            for ref, d in info.angles:
                for acq in acqs.values():
                    if acq.key.startswith(info.path + "|") and (d is None or d == acq.date):
                        acq.incidence = acq.incidence or ref
            continue
        date = next(iter(dates)) if dates else info.date
        if date is None:
            raise _no_date(info.path)
        key = _key(info, date)
        acq = acqs.setdefault(key, _new_acq(info, date, key))
        if (date.hour, date.minute, date.second) != (0, 0, 0) and acq.date != date \
                and (acq.date.hour, acq.date.minute, acq.date.second) == (0, 0, 0):
            acq.date = date  # keep the full time when one file of the pair has it
        for b in info.bands:
            _add_band(acq, info, b)
        for ref, _ in info.angles:
            acq.incidence = acq.incidence or ref
        for ref, _ in info.masks:
            acq.masks.append(ref)
    return acqs


def _attach_sidecars(acqs: Dict[str, Acquisition], sidecars: List[FileInfo],
                     skipped: List[Tuple[str, str]]) -> None:
    by_stem = {}
    for acq in acqs.values():
        for src in acq.sources:
            stem = os.path.splitext(os.path.basename(src))[0].lower()
            by_stem[(os.path.dirname(src), stem)] = acq
    angle_rank = {"deg100": 0, "deg": 0, "sin": 1, "cos": 2, "tan": 3}
    for info in sidecars:
        used = False
        if info.masks:
            stem = info.stem.lower()
            base = re.sub(r"_(bordermask|mask|validmask|datamask)$", "", stem)
            acq = by_stem.get((os.path.dirname(info.path), base))
            if acq is not None:
                acq.masks.extend(ref for ref, _ in info.masks)
                used = True
        for ref, _ in info.angles:
            for acq in acqs.values():
                if info.fmt == "s1tiling":
                    match = (acq.tile == info.tile and acq.relative_orbit == info.relative_orbit
                             and acq.tile is not None)
                else:
                    ident = c.PYROSAR_RE.match(info.stem)
                    match = bool(ident) and os.path.basename(acq.key).lower().startswith(
                        ident.group(0).lower())
                if match:
                    old = acq.incidence
                    if old is None or angle_rank.get(ref.kind, 9) < angle_rank.get(old.kind, 9):
                        acq.incidence = ref
                    used = True
        if not used:
            skipped.append((info.path, tr("incidence or mask file that matches no acquisition")))


def expand(paths) -> Tuple[List[str], List[str]]:
    """(files, folders given) from a path, a folder or a list of them."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files, folders = [], []
    for p in paths:
        p = os.fspath(p)
        if not os.path.exists(p):
            raise S1FormatError(tr("{path} does not exist; pass Sentinel-1 backscatter GeoTIFFs (VV/VH, "
                                   "sigma0 or gamma0, dB or linear) or a folder of them", path=p))
        if os.path.isdir(p):
            folders.append(p)
            files.extend(list_rasters(p))
        else:
            files.append(p)
    return files, folders


def _under(path: str, folder: str) -> bool:
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    return os.path.commonpath([path, folder]) == folder


def scan(paths, cache: DatasetCache):
    """Acquisitions (sorted by date) of *paths*; returns (acquisitions, skipped) where
    skipped lists (path, reason) of rasters in the folders that are not Sentinel-1.

    Explicitly named files that are not Sentinel-1 backscatter raise S1FormatError."""
    files, folders = expand(paths)
    infos, sidecars, skipped = [], [], []
    for f in files:
        info = inspect_file(f, cache.dataset(f))
        named = not any(_under(f, d) for d in folders)
        if info.bands:
            infos.append(info)
        elif info.angles or info.masks:
            sidecars.append(info)
        elif named:
            raise S1FormatError(tr(
                "{path} is not a Sentinel-1 backscatter raster: no polarisation (VV, VH, HH, HV) in "
                "its name, band descriptions or POLARISATION tag ({inventory}); name the file like "
                "S1_VV_2020-01-08.tif or set the tag (gdal_edit.py -mo POLARISATION=VV {file})",
                path=f, inventory=info.inventory or tr("no band"), file=os.path.basename(f)))
        else:
            skipped.append((f, tr("no polarisation VV/VH/HH/HV in the name, band descriptions or tags")))
    acqs = _group(infos)
    grids = {i.path: i.grid for i in infos}
    for a in acqs.values():  # the grid of the first polarisation in VV, VH, HH, HV order
        first = next(p for p in c.POLARISATIONS if p in a.pols)
        a.grid = grids[a.pols[first].path]
    _attach_sidecars(acqs, sidecars, skipped)
    out = sorted(acqs.values(), key=lambda a: (a.date, a.key))
    return out, skipped
