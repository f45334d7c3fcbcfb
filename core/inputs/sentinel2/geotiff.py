# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-date multiband GeoTIFFs and multi-date stack GeoTIFFs with named bands.

Band names come from the band tag BAND_NAME, the band description ("B02", "B2",
"b8a", or "<BAND> <YYYY-MM-DD>" in a stack) or the dataset tag BAND_NAMES
("B02,B03,..."). Mask bands are described VALID (nonzero = valid), CLOUD / CLM
(nonzero = cloud) or SCL (Sentinel-2 scene classification). A file is a stack when
it has the dataset tag EOLATENT_STACK=1 or its bands carry two or more dates. Dates
without a mask get clouds detected by the S2Source (``sentinel2.clouds``), except the
dates of an EO Latent stack (EOLATENT_STACK=1), whose NaN already mark clouds. A stack date's processing
level comes from its band tag LEVEL (or PROCESSING_LEVEL; "L1C" / "L2A", written by the stack builder, with
LEVEL_SOURCE saying how it was decided) into ``metadata["level"]`` / ``metadata["level_source"]``, which
core/inputs/product_level.py reads first; a date without the tag has no level there (the dataset tag
EOLATENT_LEVEL, band B10 or the file name decide it).

Radiometry (reflectance is unitless, 0-1): bands with GDAL scale/offset metadata give
``raw * scale + offset``; integer data (and float data whose 99th percentile exceeds
2) are digital numbers with ``(DN + BOA_ADD_OFFSET) / quantification`` (tags
BOA_ADD_OFFSET or RADIO_ADD_OFFSET, default 0; BOA_QUANTIFICATION_VALUE or
QUANTIFICATION_VALUE, default 10000), DN 0 = no data and 65535 = saturated in uint16;
other float data are reflectance as they are. The dataset nodata value and NaN are
invalid, and so is reflectance outside raster.REFLECTANCE_RANGE (−0.5 to 2.5: fills the file does not declare,
such as −9999).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
from rasterio.enums import Resampling

from ...i18n import tr
from .common import (S2_BANDS, Grid, S2FormatError, date_in_text, grid_of,
                     normalize_band_name, normalize_platform, to_float,
                     try_parse_datetime)
from ..product_kind import product_kind
from ..product_level import normalise_level
from .raster import SCL_INVALID_CLASSES, BandRef, MaskRef, RasterCache
from .source import DateEntry

_DATE_TAGS = ("ACQUISITION_DATE", "ACQUISITION_DATETIME", "DATE", "DATETIME",
              "SENSING_TIME", "PRODUCT_START_TIME")
_PLATFORM_TAGS = ("SENSOR", "PLATFORM", "SPACECRAFT_NAME", "SPACECRAFT", "MISSION")
_CLOUD_TAGS = ("CLOUD_COVER", "CLOUDY_PIXEL_PERCENTAGE", "CLOUD_COVERAGE_ASSESSMENT")
_ANGLE_TAGS = {"sun_zenith": "SUN_ZENITH", "sun_azimuth": "SUN_AZIMUTH",
               "view_zenith": "VIEW_ZENITH", "view_azimuth": "VIEW_AZIMUTH"}
_QUANT_TAGS = ("BOA_QUANTIFICATION_VALUE", "QUANTIFICATION_VALUE",
               "REFLECTANCE_QUANTIFICATION_VALUE")
_OFFSET_TAGS = ("BOA_ADD_OFFSET", "RADIO_ADD_OFFSET")
_MASK_RULES = {"VALID": "valid", "CLOUD": "nonzero", "CLM": "nonzero",
               "CLOUD_MASK": "nonzero", "SCL": "classes"}
_DATE = r"(?P<date>\d{4}-?\d{2}-?\d{2}(?:[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?Z?)"
_MONTH = r"(?P<year>\d{4})-(?P<month>\d{2})"
_NAME = r"(?P<name>[A-Za-z]\S*?)"
# "B04 2021-07-15" (or "B04_20210715"), "2021-07-15 B04"; monthly composites: "B04 2021-07", "2021-07 B04"
_DESC_RE = re.compile(rf"^\s*{_NAME}[\s_]+{_DATE}\s*$", re.IGNORECASE)
_DESC_DATE_FIRST_RE = re.compile(rf"^\s*{_DATE}[\s_]+{_NAME}\s*$", re.IGNORECASE)
_DESC_MONTH_RES = (re.compile(rf"^\s*{_NAME}[\s_]+{_MONTH}\s*$"), re.compile(rf"^\s*{_MONTH}[\s_]+{_NAME}\s*$"))
MONTH_DAY = 15   # a band named by its month only (a monthly composite) is dated the 15th of that month


def split_description(desc: str):
    """(band name, date text or None) of a band description: the name and date in either order, or a month only
    (``YYYY-MM``: dated the :data:`MONTH_DAY` th)."""
    m = _DESC_RE.match(desc) or _DESC_DATE_FIRST_RE.match(desc)
    if m:
        return m.group("name"), m.group("date")
    for rx in _DESC_MONTH_RES:
        m = rx.match(desc)
        if m and 1 <= int(m.group("month")) <= 12:
            return m.group("name"), f"{m.group('year')}-{m.group('month')}-{MONTH_DAY:02d}"
    return desc.strip(), None


def _tag(tags: dict, names) -> Optional[str]:
    upper = {str(k).upper(): v for k, v in tags.items()}
    for n in names:
        v = upper.get(n)
        if v is not None and str(v).strip() != "":
            return str(v).strip()
    return None


@dataclass
class _Band:
    index: int
    kind: Optional[str]  # "band", "mask" or None
    name: str
    date: object
    tags: dict
    desc: str


def _inspect(ds) -> List[_Band]:
    ds_names = _tag(ds.tags(), ("BAND_NAMES",))
    ds_names = [s.strip() for s in ds_names.split(",")] if ds_names else []
    out = []
    for i in range(1, ds.count + 1):
        tags = ds.tags(i)
        desc = ds.descriptions[i - 1] or ""
        name, date_txt = split_description(desc)
        name = _tag(tags, ("BAND_NAME",)) or name
        if not name and len(ds_names) == ds.count:
            name = ds_names[i - 1]
        date = try_parse_datetime(_tag(tags, ("DATE", "ACQUISITION_DATE"))) \
            or try_parse_datetime(date_txt)
        band = normalize_band_name(name)
        if band:
            out.append(_Band(i, "band", band, date, tags, desc))
        elif name.upper() in _MASK_RULES:
            out.append(_Band(i, "mask", name.upper(), date, tags, desc))
        else:
            out.append(_Band(i, None, name, date, tags, desc))
    return out


def _p99(ds, indexes) -> float:
    """99th percentile of a decimated sample (at most 256 x 256) of some bands."""
    h, w = min(ds.height, 256), min(ds.width, 256)
    sample = ds.read(indexes, out_shape=(len(indexes), h, w),
                     resampling=Resampling.nearest).astype(np.float64)
    good = np.isfinite(sample)
    if ds.nodata is not None and np.isfinite(ds.nodata):
        good &= sample != ds.nodata
    good &= sample != 0
    return float(np.percentile(sample[good], 99)) if good.any() else None


def _float_is_dn(ds, indexes: List[int]) -> bool:
    """Whether Float32 bands hold digital numbers (99th percentile > 2) rather than reflectance: three bands of the
    first date first, then, while those hold no valid pixel (a cloudy first date of a stack), three bands of each
    later group in turn, so that an empty first date does not decide."""
    for start in range(0, len(indexes), 3):
        p99 = _p99(ds, indexes[start:start + 3])
        if p99 is not None:
            return p99 > 2.0
    return False


def _radiometry(ds, path: str, infos: List[_Band]) -> Dict[int, BandRef]:
    dstags = ds.tags()
    quant = to_float(_tag(dstags, _QUANT_TAGS)) or 10000.0
    nodata = ds.nodata
    base_invalid = () if nodata is None else (float(nodata),)
    bands = [b for b in infos if b.kind == "band"]
    float_dn = False
    if any(ds.dtypes[b.index - 1].startswith("float") for b in bands):
        try:
            float_dn = _float_is_dn(ds, [b.index for b in bands])
        except Exception as exc:
            raise S2FormatError(tr("cannot read {path} (GDAL: {error}); the file is truncated or corrupt - "
                                   "download or export it again", path=path, error=exc)) from None
    refs = {}
    for b in bands:
        dtype = np.dtype(ds.dtypes[b.index - 1])
        if dtype.kind not in "iuf":
            raise S2FormatError(tr(
                "band {band} of {path} has data type {dtype}; Sentinel-2 bands must be integer digital numbers "
                "(UInt16/Int16) or floating-point reflectance (Float32) - export them again with one "
                "of these types", band=b.name, path=path, dtype=dtype.name))
        scale, offset = ds.scales[b.index - 1], ds.offsets[b.index - 1]
        is_int = dtype.kind in "iu"
        invalid = base_invalid + ((0.0,) if (is_int or float_dn) else ())
        if dtype == np.uint16 or float_dn:   # 65535: the fill of UInt16 products, also when exported as floats
            invalid += (65535.0,)
        if (scale not in (None, 1.0)) or (offset not in (None, 0.0)):
            refs[b.index] = BandRef(path, b.index, mul=float(scale or 1.0),
                                    add=float(offset or 0.0), div=1.0, invalid=invalid)
        elif is_int or float_dn:
            add = to_float(_tag(b.tags, _OFFSET_TAGS))
            if add is None:
                add = to_float(_tag(dstags, _OFFSET_TAGS)) or 0.0
            refs[b.index] = BandRef(path, b.index, add=add, div=quant, invalid=invalid)
        else:
            refs[b.index] = BandRef(path, b.index, invalid=invalid)
    return refs


def _meta(tagsets, name_hint: str = ""):
    """(platform, angles dict, cloud cover) from the first tag set that has each."""
    platform, cloud = None, None
    angles = {k: None for k in _ANGLE_TAGS}
    for tags in tagsets:
        platform = platform or normalize_platform(_tag(tags, _PLATFORM_TAGS))
        if cloud is None:
            cloud = to_float(_tag(tags, _CLOUD_TAGS))
        for key, tag in _ANGLE_TAGS.items():
            if angles[key] is None:
                angles[key] = to_float(_tag(tags, (tag,)))
    return platform or normalize_platform(name_hint), angles, cloud


def _mask_ref(path: str, b: _Band) -> MaskRef:
    rule = _MASK_RULES[b.name]
    classes = SCL_INVALID_CLASSES if rule == "classes" else ()
    return MaskRef(path, b.index, rule=rule, classes=classes)


def _sidecar_mask(path: str, cache: RasterCache) -> List[MaskRef]:
    p = Path(path)
    for cand in (p.with_name(p.stem + "_mask.tif"), p.with_name(p.stem + "_mask.tiff")):
        if cand.is_file():
            ds = cache.dataset(str(cand))
            desc = (ds.descriptions[0] or "").strip().upper()
            if desc not in _MASK_RULES:
                raise S2FormatError(tr(
                    "mask file {path} has band description {description}, so its meaning is unknown; "
                    "set it to VALID (1 = valid, 0 = invalid) or CLOUD (nonzero = cloud)"
                    ", or rename the file", path=cand, description=repr(ds.descriptions[0])))
            image = cache.dataset(path)
            _check_mask_overlap(str(cand), ds, path, image)
            return [_mask_ref(str(cand), _Band(1, "mask", desc, None, {}, desc))]
    return []


def _check_mask_overlap(mask_path: str, mask, image_path: str, image) -> None:
    """A sidecar mask must share the image CRS and cover (part of) it."""
    if mask.crs != image.crs:
        raise S2FormatError(tr("mask {mask} is in {crs} but the image {image} is in {image_crs}; reproject the "
                               "mask onto the image grid", mask=mask_path, crs=mask.crs, image=image_path,
                               image_crs=image.crs))
    a, b = mask.bounds, image.bounds
    if a.left >= b.right or a.right <= b.left or a.bottom >= b.top or a.top <= b.bottom:
        raise S2FormatError(tr("mask {mask} (bounds {bounds}) does not overlap the image {image} (bounds "
                               "{image_bounds}); give the mask of this image, on its grid", mask=mask_path,
                               bounds=tuple(a), image=image_path, image_bounds=tuple(b)))


def _inventory(infos: List[_Band]) -> str:
    descs = [b.desc or "<none>" for b in infos]
    more = ",..." if len(descs) > 30 else ""
    return tr("band descriptions: {names}", names=",".join(descs[:30]) + more)


def _check_complete(ds, path: str) -> None:
    """Whether a raster without band names was cut short, in which case its lost metadata is not the problem to
    report (S2FormatError "truncated or corrupt" instead): the last block of the last band must read, and opening
    the file must not hit an I/O error in a TIFF tag (GDAL then ignores the tag, e.g. its band descriptions)."""
    import logging

    import rasterio
    from rasterio.windows import Window

    from ...engine.input_checks import corrupt_message, read_window

    h, w = ds.block_shapes[-1] if ds.block_shapes else (1, 1)
    row, col = max(0, ds.height - h), max(0, ds.width - w)
    read_window(ds, ds.count, window=Window(col, row, min(w, ds.width), min(h, ds.height)), error=S2FormatError,
                path=path)
    seen = []

    class Collect(logging.Handler):
        def emit(self, record):
            seen.append(record.getMessage())

    logger, handler = logging.getLogger("rasterio._env"), Collect(logging.WARNING)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(level or logging.WARNING, logging.WARNING))
    try:
        with rasterio.open(path):
            pass
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    broken = next((m for m in seen if "IO error" in m or "Read error" in m), None)
    if broken:
        raise S2FormatError(corrupt_message(path, broken))


def open_geotiff(path: str, cache: RasterCache) -> Tuple[List[DateEntry], Grid, str]:
    """Parse a per-date or stack GeoTIFF. Returns (entries, grid, kind)."""
    path = str(path)
    ds = cache.dataset(path)
    infos = _inspect(ds)
    inventory = _inventory(infos)
    if not any(b.kind == "band" for b in infos):
        _check_complete(ds, path)   # a truncated file can lose the metadata that names its bands
        what = product_kind(ds.tags(), ds.tags(1) if ds.count else {}, accepted=("s2_stack", "stack"))
        if what:        # another EO Latent output: naming its bands B01..B12 would be the wrong fix
            raise S2FormatError(tr("{file} is {what}, not Sentinel-2 reflectance; give a Sentinel-2 stack "
                                   "({algorithm}), a single-date Sentinel-2 GeoTIFF or a SAFE/Theia product folder",
                                   file=os.path.basename(path), what=what, algorithm="eolatent:buildstack"))
        raise S2FormatError(tr(
            "no Sentinel-2 band names in {path} ({inventory}): is it a Sentinel-2 image? Build a stack from the "
            "downloaded products with eolatent:buildstack (the stack dock), pass a SAFE/Theia product "
            "folder, or name the bands B01..B12/B8A in the band descriptions (gdal_edit or rasterio's "
            "set_band_description) or in the dataset tag BAND_NAMES=B02,B03,...", path=path, inventory=inventory))
    refs = _radiometry(ds, path, infos)
    dstags = ds.tags()
    named = [b for b in infos if b.kind]
    dates = {b.date for b in named if b.date is not None}
    is_stack = (_tag(dstags, ("EOLATENT_STACK",)) or "") in ("1", "true", "TRUE", "yes")
    if is_stack or len(dates) >= 2:
        return _stack_entries(path, infos, refs, inventory, is_stack), grid_of(ds), "stack"

    date = next(iter(dates)) if dates else None
    date = date or try_parse_datetime(_tag(dstags, _DATE_TAGS))
    if date is None:
        date, _ = date_in_text(Path(path).stem)
    if date is None:
        raise S2FormatError(tr(
            "no acquisition date for {path}: no ACQUISITION_DATE or DATE tag and no "
            "YYYY-MM-DD / YYYYMMDD date in the file name; add the tag (gdal_edit.py "
            "-mo ACQUISITION_DATE=2020-07-01 {file}) or put the date in the file name "
            "(e.g. S2_2020-07-01.tif)", path=path, file=os.path.basename(path)))
    bands: Dict[str, BandRef] = {}
    masks: List[MaskRef] = []
    for b in named:
        if b.kind == "band":
            if b.name in bands:
                raise S2FormatError(tr(
                    "band {band} appears twice in {path} (bands {first} and {second}; {inventory}); give each "
                    "band a distinct description", band=b.name, path=path, first=bands[b.name].index,
                    second=b.index, inventory=inventory))
            bands[b.name] = refs[b.index]
        else:
            masks.append(_mask_ref(path, b))
    masks += _sidecar_mask(path, cache)
    platform, angles, cloud = _meta([dstags] + [b.tags for b in named],
                                    Path(path).name)
    entry = DateEntry(date=date, bands=bands, masks=masks, platform=platform,
                      angles=angles, cloud_cover=cloud, source=path,
                      inventory=inventory,
                      fix=tr("name the bands in the GeoTIFF band descriptions or pass a SAFE/Theia product folder"),
                      metadata={"format": "geotiff"})
    return [entry], grid_of(ds), "geotiff"


def _stack_entries(path, infos, refs, inventory, eolatent: bool = False) -> List[DateEntry]:
    """Entries of a stack. In an EO Latent stack (dataset tag EOLATENT_STACK=1) NaN = invalid, clouds
    included: its dates count as masked (``metadata["cloud_mask"]``: the band tag CLOUD_MASK, which the stack
    builder writes, else "stack"), so no cloud detection runs on them again — except the dates whose CLOUD_MASK
    says "none (…)": built without a mask and without detection, they are detected like any unmasked date."""
    groups: Dict[object, List[_Band]] = {}
    for b in infos:
        if not b.kind:
            continue
        if b.date is None:
            raise S2FormatError(tr(
                "band {band} of the stack {path} (description {description}) has no date; describe each "
                "band as '<BAND> <YYYY-MM-DD>' or set its DATE tag (write stacks with "
                "write_s2_stack)", band=b.index, path=path, description=repr(b.desc)))
        groups.setdefault(b.date, []).append(b)
    entries = []
    for date, members in groups.items():
        bands: Dict[str, BandRef] = {}
        masks: List[MaskRef] = []
        for b in members:
            if b.kind == "band":
                if b.name in bands:
                    raise S2FormatError(tr(
                        "band {band} of date {date} appears twice in the stack {path}; give each "
                        "(band, date) pair one band", band=b.name, date=f"{date:%Y-%m-%d}", path=path))
                bands[b.name] = refs[b.index]
            else:
                masks.append(_mask_ref(path, b))
        platform, angles, cloud = _meta([b.tags for b in members])
        metadata = {"format": "stack"}
        level_tag = next((v for v in (_tag(b.tags, ("LEVEL", "PROCESSING_LEVEL")) for b in members) if v), None)
        level = normalise_level(level_tag)
        if level:
            how = next((v for v in (_tag(b.tags, ("LEVEL_SOURCE",)) for b in members) if v), None)
            metadata["level"] = level
            metadata["level_source"] = "the stack's band tag LEVEL=%s%s" % (level_tag, "; at build: %s" % how if how else "")
        if eolatent:
            how = next((v for v in (_tag(b.tags, ("CLOUD_MASK",)) for b in members) if v), "stack")
            if how.lower().startswith("none"):      # built without a mask or detection: clouds are still in it
                metadata["cloud_mask_at_build"] = how
            else:
                metadata["cloud_mask"] = how
        entries.append(DateEntry(
            date=date, bands=bands, masks=masks, platform=platform, angles=angles,
            cloud_cover=cloud, source=path, inventory=inventory,
            fix=tr("the stack has {bands} for this date; write all bands for every date",
                   bands=",".join(n for n in S2_BANDS if n in bands)),
            metadata=metadata))
    return entries

