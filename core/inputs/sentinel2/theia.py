# SPDX-License-Identifier: GPL-3.0-or-later
"""Theia / MAJA Level-2A products (folder SENTINEL2X_YYYYMMDD-HHMMSS-mmm_L2A_T..._V*).

Images: *_FRE_B2.tif ... *_FRE_B12.tif (flat reflectance, int16, reflectance x 10000,
no data -10000; B2, B3, B4, B8 at 10 m = R1, B5, B6, B7, B8A, B11, B12 at 20 m = R2).
Metadata (*_MTD_ALL.xml): ACQUISITION_DATE, PLATFORM, REFLECTANCE_QUANTIFICATION_VALUE,
SPECIAL_VALUE name="nodata", Mean_Value_List/Sun_Angles (ZENITH_ANGLE, AZIMUTH_ANGLE,
degrees), Mean_Value_List/Mean_Viewing_Incidence_Angle_List (averaged over bands) and
QUALITY_INDEX name="CloudPercent". Masks (MASKS/): *_CLM_R1/_R2.tif (nonzero = cloud or
shadow) and *_EDG_R1/_R2.tif (nonzero = edge / no data). R1 masks always apply; R2
masks apply when a 20 m band is requested (or when the R1 mask is missing).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import List, Optional, Tuple

from ...i18n import tr
from .common import (BANDS_20M, S2_BANDS, Grid, S2FormatError, date_in_text,
                     grid_of, local_name, mean_angles, normalize_band_name,
                     normalize_platform, parse_xml, to_float, try_parse_datetime,
                     xml_child_float, xml_iter, xml_text)
from .raster import BandRef, MaskRef, RasterCache
from .source import DateEntry

_FRE_RE = re.compile(r"_FRE_(B\d{1,2}A?)\.tif$", re.IGNORECASE)
_NAME_TIME_RE = re.compile(r"_(\d{8})-(\d{6})-(\d{3})_")


def find_theia_mtd(folder: Path) -> Optional[Path]:
    """The *_MTD_ALL.xml of a Theia product folder that has *_FRE_B*.tif, or None."""
    folder = Path(folder)
    mtds = sorted(folder.glob("*_MTD_ALL.xml"))
    if mtds and any(folder.glob("*_FRE_B*.tif")):
        return mtds[0]
    return None


def _name_time(name: str):
    m = _NAME_TIME_RE.search(name)
    if m:
        dt = try_parse_datetime("%sT%s.%s" % m.groups())
        if dt is not None:
            return dt
    return date_in_text(name)[0]


def _angles(root) -> dict:
    angles = {"sun_zenith": None, "sun_azimuth": None,
              "view_zenith": None, "view_azimuth": None}
    for mvl in xml_iter(root, "Mean_Value_List"):
        for el in mvl.iter():
            name = local_name(el.tag)
            if name == "Sun_Angles" and angles["sun_zenith"] is None:
                angles["sun_zenith"] = xml_child_float(el, "ZENITH_ANGLE")
                angles["sun_azimuth"] = xml_child_float(el, "AZIMUTH_ANGLE")
        zen, azi = [], []
        for el in mvl.iter():
            if local_name(el.tag) in ("Mean_Viewing_Incidence_Angle", "Incidence_Angles"):
                zen.append(xml_child_float(el, "ZENITH_ANGLE"))
                azi.append(xml_child_float(el, "AZIMUTH_ANGLE"))
        if zen:
            angles["view_zenith"], angles["view_azimuth"] = mean_angles(zen, azi)
        break
    return angles


def _special(root, name: str) -> Optional[float]:
    for el in xml_iter(root, "SPECIAL_VALUE"):
        if (el.get("name") or "").lower() == name:
            return to_float(el.text)
    return None


def _cloud(root) -> Optional[float]:
    for el in xml_iter(root, "QUALITY_INDEX"):
        if (el.get("name") or "").lower() == "cloudpercent":
            return to_float(el.text)
    return None


def open_theia(mtd: Path, cache: RasterCache) -> Tuple[List[DateEntry], Grid, str]:
    """Parse a Theia/MAJA L2A folder from its *_MTD_ALL.xml."""
    mtd = Path(mtd)
    folder = mtd.parent
    root = parse_xml(mtd)
    date = try_parse_datetime(xml_text(root, "ACQUISITION_DATE")) \
        or _name_time(folder.name) or _name_time(mtd.name)
    if date is None:
        raise S2FormatError(tr(
            "no ACQUISITION_DATE in {path} and no date in the folder name; the metadata is "
            "damaged - download the product again", path=mtd))
    platform = normalize_platform(xml_text(root, "PLATFORM")) \
        or normalize_platform(folder.name)
    quant = to_float(xml_text(root, "REFLECTANCE_QUANTIFICATION_VALUE")) or 10000.0
    nodata = _special(root, "nodata")
    nodata = -10000.0 if nodata is None else nodata

    files = {}
    for p in sorted(folder.glob("*_FRE_B*.tif")):
        m = _FRE_RE.search(p.name)
        band = normalize_band_name(m.group(1)) if m else None
        if band:
            files[band] = p
    if not files:
        raise S2FormatError(tr(
            "no *_FRE_B<n>.tif band files in the Theia product {path}; the product is "
            "incomplete - download or unzip it again", path=folder))
    ref = next((files[b] for b in ("B02", "B03", "B04", "B08") if b in files), None)
    if ref is None:
        ref = files[next(b for b in S2_BANDS if b in files)]
    grid = grid_of(cache.dataset(str(ref)))
    bands = {b: BandRef(str(p), 1, div=quant, invalid=(nodata,))
             for b, p in files.items()}

    masks: List[MaskRef] = []
    mdir = folder / "MASKS"
    for kind in ("CLM", "EDG"):
        r1 = sorted(mdir.glob("*_%s_R1.tif" % kind))
        r2 = sorted(mdir.glob("*_%s_R2.tif" % kind))
        if r1:
            masks.append(MaskRef(str(r1[0]), 1, rule="nonzero"))
        if r2:
            masks.append(MaskRef(str(r2[0]), 1, rule="nonzero",
                                 only_for=None if not r1 else BANDS_20M))
    inventory = tr("FRE band files found: {names}", names=",".join(b for b in S2_BANDS if b in files))
    entry = DateEntry(
        date=date, bands=bands, masks=masks, platform=platform, angles=_angles(root),
        cloud_cover=_cloud(root), source=str(folder), inventory=inventory,
        fix=tr("Theia products carry no B01, B09 or B10; request bands from src.band_names"),
        metadata={"format": "theia", "level": "L2A", "product": folder.name,
                  "quantification": quant, "masks": [m.path for m in masks]})
    return [entry], grid, "theia"
