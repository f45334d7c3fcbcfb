# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing level of a Sentinel-2 date: surface (Level-2A, BOA) or top-of-atmosphere (Level-1C, TOA)
reflectance, decided from what the product says, in this order:

1. the product metadata (SAFE ``MTD_MSIL1C/L2A.xml``, Theia: always L2A) as read by core/inputs/sentinel2;
2. a ``PROCESSING_LEVEL`` / ``EOLATENT_LEVEL`` tag of the GeoTIFF or stack;
3. band B10 (cirrus, 1375 nm): only Level-1C products carry it, Sen2Cor drops it from Level-2A;
4. the file name: ``MSIL1C``, ``L1C`` or ``TOA`` mean Level-1C, ``MSIL2A``, ``L2A`` or ``BOA`` Level-2A;
5. otherwise Level-2A is assumed, and the log says so (a parameter forces either level).
"""
from __future__ import annotations

import os
import re
from typing import Optional, Tuple

from ..i18n import tr

_L1C = re.compile(r"(^|[^A-Za-z0-9])(MSIL1C|L1C|TOA)([^A-Za-z0-9]|$)", re.I)
_L2A = re.compile(r"(^|[^A-Za-z0-9])(MSIL2A|L2A|BOA)([^A-Za-z0-9]|$)", re.I)


def normalise_level(text) -> Optional[str]:
    """"L1C" or "L2A" from a free-form level ("Level-1C", "MSIL2A", "l1c", …), None when unknown."""
    t = str(text or "").upper().replace("-", "").replace("_", "").replace("LEVEL", "L")
    if "1C" in t or "TOA" in t:
        return "L1C"
    if "2A" in t or "BOA" in t:
        return "L2A"
    return None


def _file_tag_level(path) -> Optional[str]:
    try:
        import rasterio
        with rasterio.open(path) as ds:
            tags = ds.tags()
    except Exception:  # not a single raster file (SAFE/Theia folder, VRT of folders): no tag to read
        return None
    for key in ("EOLATENT_LEVEL", "PROCESSING_LEVEL", "LEVEL"):
        lv = normalise_level(tags.get(key)) if key in tags else None
        if lv:
            return lv
    return None


def product_level(src, i: int) -> Tuple[str, str]:
    """(level, how it was decided) of date ``i`` of an S2Source."""
    meta = src.metadata(i)
    lv = normalise_level(meta.get("level"))
    if lv:
        source = meta.get("level_source")
        return lv, (f"from {source}" if source else "from the product metadata")
    path = str(getattr(src, "path", "") or "")
    if path and os.path.isfile(path):
        lv = _file_tag_level(path)
        if lv:
            return lv, "from the raster's level tag"
    if "B10" in src.available_bands(i):
        return "L1C", "band B10 present, which only Level-1C products carry"
    name = os.path.basename(path.rstrip("/\\"))
    if _L1C.search(name):
        return "L1C", "from the file name"
    if _L2A.search(name):
        return "L2A", "from the file name"
    return "L2A", "assumed: the input says nothing about its level (set LEVEL to force it)"


def reason_text(how: str) -> str:
    """``how`` of :func:`product_level` (English: it goes into the LEVEL_SOURCE tag) in the user's language, for
    the log; a reason it does not know is returned as it is."""
    fixed = {"from the product metadata": tr("from the product metadata"),
             "from the raster's level tag": tr("from the raster's level tag"),
             "band B10 present, which only Level-1C products carry":
                 tr("band {band} present, which only Level-1C products carry", band="B10"),
             "from the file name": tr("from the file name"),
             "assumed: the input says nothing about its level (set LEVEL to force it)":
                 tr("assumed: the input says nothing about its level (set {parameter} to force it)",
                    parameter="LEVEL")}
    if how in fixed:
        return fixed[how]
    reason, sep, product = how.rpartition(", in ")    # date_level's "<reason>, in <file>" (stackbuild), any reason
    if sep and reason and "; at build: " not in product:
        return tr("{reason}, in {file}", reason=reason_text(reason), file=product)
    stack = _STACK_TAG.match(how)
    if stack:       # a stack's date: its LEVEL band tag, and how buildstack decided it (one of the reasons above)
        text = tr("from the stack's band tag LEVEL={level}", level=stack.group(1))
        return text + (tr("; at build: {reason}", reason=reason_text(stack.group(2))) if stack.group(2) else "")
    return tr("from {source}", source=how[5:]) if how.startswith("from ") else how


# the reason core/inputs/sentinel2/geotiff.py gives a stack's date (English, as in the LEVEL_SOURCE tag)
_STACK_TAG = re.compile(r"from the stack's band tag LEVEL=([^;,]*)(?:; at build: (.*))?$", re.S)
