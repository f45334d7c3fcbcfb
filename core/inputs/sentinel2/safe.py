# SPDX-License-Identifier: GPL-3.0-or-later
"""ESA SAFE products: Level-2A (MTD_MSIL2A.xml) and, as a bonus, Level-1C (MTD_MSIL1C.xml).

Product metadata (MTD_MSIL2A.xml): PRODUCT_START_TIME (acquisition time, UTC),
SPACECRAFT_NAME, PROCESSING_BASELINE, BOA_QUANTIFICATION_VALUE (10000),
BOA_ADD_OFFSET per band_id (0..12 = B01..B08, B8A, B09..B12; -1000 from processing
baseline 04.00, absent before, i.e. 0), Special_Values (NODATA 0, SATURATED 65535)
and Cloud_Coverage_Assessment (percent). Reflectance = (DN + BOA_ADD_OFFSET) /
BOA_QUANTIFICATION_VALUE. Level-1C uses QUANTIFICATION_VALUE and RADIO_ADD_OFFSET.

Tile metadata (GRANULE/*/MTD_TL.xml): Mean_Sun_Angle (ZENITH_ANGLE, AZIMUTH_ANGLE,
degrees) and Mean_Viewing_Incidence_Angle_List (one per bandId; averaged, azimuth
circularly).

Images: GRANULE/*/IMG_DATA/R10m|R20m|R60m/*_B??_<res>m.jp2 (L2A; each band taken at
its finest resolution) or GRANULE/*/IMG_DATA/*_B??.jp2 (L1C). The L2A scene
classification *_SCL_20m.jp2 masks classes 0, 1, 3, 8, 9 and 10 (snow, 11, stays
valid), sampled nearest-neighbour onto the 10 m grid.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from ...i18n import tr
from .common import (NATIVE_RESOLUTION_M, S2_BANDS, Grid, S2FormatError,
                     date_in_text, grid_of, local_name, mean_angles,
                     normalize_platform, parse_xml, to_float, try_parse_datetime,
                     xml_child_float, xml_iter, xml_text)
from .raster import SCL_INVALID_CLASSES, BandRef, MaskRef, RasterCache
from .source import DateEntry

SAFE_MTD_NAMES = ("MTD_MSIL2A.xml", "MTD_MSIL1C.xml")
_IMG_RE = re.compile(r"_(B\d{2}|B8A|SCL)(?:_(\d{2})m)?\.jp2$", re.IGNORECASE)
_BASELINE_RE = re.compile(r"_N(\d{2})(\d{2})_")


# a Sentinel-2 SAFE folder by its name, for a folder that lacks its MTD file (a Sentinel-1 GRD .SAFE is not one)
S2_SAFE_NAME = re.compile(r"S2[A-D]_MSIL(1C|2A)_.*\.SAFE$", re.IGNORECASE)


def find_safe_mtd(folder: Path) -> Optional[Path]:
    """The product metadata file of a SAFE folder, or None."""
    for name in SAFE_MTD_NAMES:
        p = Path(folder) / name
        if p.is_file():
            return p
    return None


def _baseline_number(text: Optional[str]) -> Optional[float]:
    return to_float(text) if text else None


def _offsets(root, level: str, baseline: Optional[float]) -> Dict[str, float]:
    tag = "BOA_ADD_OFFSET" if level == "L2A" else "RADIO_ADD_OFFSET"
    out = {}
    for el in xml_iter(root, tag):
        band_id = el.get("band_id", el.get("bandId"))
        value = to_float(el.text)
        if band_id is None or value is None:
            continue
        k = int(band_id)
        if 0 <= k < len(S2_BANDS):
            out[S2_BANDS[k]] = value
    if not out and baseline is not None and baseline >= 4.0:
        # ESA: from baseline 04.00 every band carries a -1000 offset.
        out = {b: -1000.0 for b in S2_BANDS}
    return out


def _special_values(root) -> Tuple[float, float]:
    nodata, saturated = 0.0, 65535.0
    for el in xml_iter(root, "Special_Values"):
        text, index = None, None
        for child in el:
            if local_name(child.tag) == "SPECIAL_VALUE_TEXT":
                text = (child.text or "").strip().upper()
            elif local_name(child.tag) == "SPECIAL_VALUE_INDEX":
                index = to_float(child.text)
        if index is None:
            continue
        if text == "NODATA":
            nodata = index
        elif text == "SATURATED":
            saturated = index
    return nodata, saturated


def tile_angles(tl_path: Path) -> dict:
    """Mean sun and viewing angles (degrees) from a granule MTD_TL.xml."""
    angles = {"sun_zenith": None, "sun_azimuth": None,
              "view_zenith": None, "view_azimuth": None}
    if not tl_path.is_file():
        return angles
    root = parse_xml(tl_path)
    for el in xml_iter(root, "Mean_Sun_Angle"):
        angles["sun_zenith"] = xml_child_float(el, "ZENITH_ANGLE")
        angles["sun_azimuth"] = xml_child_float(el, "AZIMUTH_ANGLE")
        break
    zen, azi = [], []
    for el in xml_iter(root, "Mean_Viewing_Incidence_Angle"):
        zen.append(xml_child_float(el, "ZENITH_ANGLE"))
        azi.append(xml_child_float(el, "AZIMUTH_ANGLE"))
    angles["view_zenith"], angles["view_azimuth"] = mean_angles(zen, azi)
    return angles


def _images(granule: Path, level: str) -> Dict[str, Tuple[int, Path]]:
    """Band (and SCL) -> (resolution m, path), finest resolution kept."""
    found: Dict[str, Tuple[int, Path]] = {}
    for p in sorted((granule / "IMG_DATA").rglob("*.jp2")):
        m = _IMG_RE.search(p.name)
        if not m:
            continue
        name = m.group(1).upper()
        if m.group(2):
            res = int(m.group(2))
        elif level == "L1C" and name in NATIVE_RESOLUTION_M:
            res = NATIVE_RESOLUTION_M[name]
        else:
            continue
        if name not in found or res < found[name][0]:
            found[name] = (res, p)
    return found


def open_safe(mtd: Path, cache: RasterCache) -> Tuple[List[DateEntry], Grid, str]:
    """Parse a SAFE product from its MTD_MSIL2A.xml / MTD_MSIL1C.xml."""
    mtd = Path(mtd)
    folder = mtd.parent
    level = "L2A" if "MSIL2A" in mtd.name.upper() else "L1C"
    root = parse_xml(mtd)
    baseline_txt = xml_text(root, "PROCESSING_BASELINE")
    if baseline_txt is None:
        m = _BASELINE_RE.search(folder.name)
        baseline_txt = "%s.%s" % m.groups() if m else None
    baseline = _baseline_number(baseline_txt)
    date = try_parse_datetime(xml_text(root, "PRODUCT_START_TIME",
                                       "DATATAKE_SENSING_START"))
    if date is None:
        date, _ = date_in_text(folder.name)
    platform = normalize_platform(xml_text(root, "SPACECRAFT_NAME")) \
        or normalize_platform(folder.name)
    qnames = (("BOA_QUANTIFICATION_VALUE", "L2A_BOA_QUANTIFICATION_VALUE")
              if level == "L2A" else ("QUANTIFICATION_VALUE",))
    quant = to_float(xml_text(root, *qnames)) or 10000.0
    offsets = _offsets(root, level, baseline)
    nodata, saturated = _special_values(root)
    cloud = to_float(xml_text(root, "Cloud_Coverage_Assessment",
                              "CLOUDY_PIXEL_PERCENTAGE"))

    gdir = folder / "GRANULE"
    granules = sorted(p for p in gdir.iterdir() if p.is_dir()) if gdir.is_dir() else []
    if not granules:
        raise S2FormatError(tr(
            "the SAFE product {path} has no GRANULE/<tile> folder; the download or unzip is "
            "incomplete - get the complete product", path=folder))
    if len(granules) > 1:
        raise S2FormatError(tr(
            "the SAFE product {path} holds {count} granules ({names}); only single-tile products are "
            "supported - use a product per tile", path=folder, count=len(granules),
            names=",".join(g.name for g in granules)))
    granule = granules[0]
    tl = granule / "MTD_TL.xml"
    angles = tile_angles(tl)
    if date is None and tl.is_file():
        date = try_parse_datetime(xml_text(parse_xml(tl), "SENSING_TIME"))
    if date is None:
        raise S2FormatError(tr(
            "no acquisition time in {path} (PRODUCT_START_TIME) nor in the folder name; "
            "the metadata is damaged - download the product again", path=mtd))

    images = _images(granule, level)
    band_imgs = {b: images[b] for b in S2_BANDS if b in images}
    inventory = tr("band images found: {names}", names=",".join(
        "%s(%dm)" % (b, r) for b, (r, _) in band_imgs.items()) or tr("none"))
    if not band_imgs:
        raise S2FormatError(tr(
            "no band images (*_B??_10m.jp2 / *_B??.jp2) under {path}; the product is "
            "incomplete - download or unzip it again", path=granule / "IMG_DATA"))
    finest = min(r for r, _ in band_imgs.values())
    ref_band = next((b for b in ("B02", "B03", "B04", "B08", *S2_BANDS)
                     if b in band_imgs and band_imgs[b][0] == finest))
    grid = grid_of(cache.dataset(str(band_imgs[ref_band][1])))

    bands = {}
    for b, (_, p) in band_imgs.items():
        bands[b] = BandRef(str(p), 1, add=offsets.get(b, 0.0), div=quant,
                           invalid=(nodata, saturated))
    masks = []
    if "SCL" in images:
        scl = [p for p in (granule / "IMG_DATA").rglob("*_SCL_20m.jp2")]
        path = scl[0] if scl else images["SCL"][1]
        masks.append(MaskRef(str(path), 1, rule="classes", classes=SCL_INVALID_CLASSES))
    entry = DateEntry(
        date=date, bands=bands, masks=masks, platform=platform, angles=angles,
        cloud_cover=cloud, source=str(folder), inventory=inventory,
        fix=tr("Level-2A products carry no B10; request bands from src.band_names or "
               "download the complete product"),
        metadata={"format": "safe", "level": level, "product": folder.name,
                  "processing_baseline": baseline_txt, "quantification": quant,
                  "offsets": dict(offsets),
                  # said by buildstack and biophysical: the angles then fell back to defaults without a word why
                  "product_problem": "" if tl.is_file() else tr(
                      "{product} has no {file}: its tile metadata (sun and view angles) is missing, the product is "
                      "incomplete - download it again; until then the angles are the run's parameters or defaults",
                      product=folder.name, file="GRANULE/" + granule.name + "/MTD_TL.xml")})
    return [entry], grid, "safe"
