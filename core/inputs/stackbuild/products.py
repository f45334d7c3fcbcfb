# SPDX-License-Identifier: GPL-3.0-or-later
"""The product list of the stack dock: what the stack builder would find in its folders (one row per date of
each product, with sensor and cloud cover), and a selection folder holding only the chosen products.

:func:`scan_products` uses the stack builder's own scanners (core/inputs/stackbuild/scan.py), so the dock lists
exactly what eolatent:buildstack will read. :func:`selection_folder` links the chosen product files (and
their sidecars) into a new folder, for when the user unticks single dates in the middle of a range: the
builder then reads that folder instead of the original. No QGIS here.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
import datetime as dt
from typing import List, Optional, Sequence, Tuple

from .scan import scan_s1, scan_s2


@dataclass
class Product:
    sensor: str                 # "S2" or "S1"
    date: dt.date
    cloud: Optional[float]      # percent, None when unknown (always None for S1)
    path: str                   # the product file or folder (one path may hold several dates: a stack)
    platform: str = ""
    files: List[str] = field(default_factory=list)  # every file/folder to link to keep this product
    bands: Tuple[str, ...] = ()                      # S2: the bands the product has

    @property
    def key(self) -> Tuple[str, str, str]:
        return self.sensor, self.date.isoformat(), self.path


def scan_products(s2_folders: Sequence[str], s1_folders: Sequence[str]):
    """(products sorted by date then sensor, skipped [(path, why)]). Raises the builder's errors (mixed
    sensors in a folder, unreadable files) with their message."""
    products, skipped = [], []
    if s2_folders:
        sources = []
        try:
            for p in scan_s2(list(s2_folders), sources, skipped):
                stem = os.path.splitext(p.path)[0]
                sidecars = [stem + "_mask" + e for e in (".tif", ".tiff") if os.path.exists(stem + "_mask" + e)]
                products.append(Product("S2", p.date.date(), p.cloud, p.path,
                                        p.source.platform(p.index) or "", [p.path] + sidecars,
                                        tuple(p.source.available_bands(p.index))))
        finally:
            for s in sources:
                s.close()
    if s1_folders:
        parts, cache = scan_s1(list(s1_folders), skipped)
        try:
            for p in parts:
                src = p.source
                files = []
                for acq in getattr(src, "acquisitions", None) or getattr(src, "_acqs", None) or []:
                    files += list(acq.sources)
                    if acq.incidence is not None and acq.incidence.path:
                        files.append(acq.incidence.path)
                    files += [m.path for m in acq.masks]
                files = list(dict.fromkeys(files or [p.path]))
                orbit = " ".join(str(v) for v in (src.orbit_direction(0), src.relative_orbit(0)) if v)
                platform = " ".join(v for v in (src.platform(0) or "", orbit) if v)
                products.append(Product("S1", p.date.date(), None, p.path, platform, files))
        finally:
            cache.close()
    products.sort(key=lambda p: (p.date, p.sensor != "S2", p.path))
    return products, skipped


def needs_selection(products: Sequence[Product], chosen: Sequence[Product], max_cloud: Optional[float] = None
                    ) -> bool:
    """True when some products inside the date range of ``chosen`` (same sensor) are not chosen and would
    not be left out by the builder's maximum cloud cover ``max_cloud`` either."""
    chosen_keys = {c.key for c in chosen}

    def dropped_anyway(p):
        return max_cloud is not None and p.cloud is not None and p.cloud > max_cloud

    for sensor in ("S2", "S1"):
        days = [c.date for c in chosen if c.sensor == sensor]
        if not days:
            continue
        lo, hi = min(days), max(days)
        if any(p.sensor == sensor and lo <= p.date <= hi and p.key not in chosen_keys
               and not dropped_anyway(p) for p in products):
            return True
    return False


def _link(src: str, dst: str) -> None:
    try:
        os.symlink(src, dst, target_is_directory=os.path.isdir(src))
    except (OSError, NotImplementedError):
        if os.path.isdir(src):
            raise
        try:
            os.link(src, dst)  # Windows without the symlink privilege: a hard link (same volume)
        except OSError:
            shutil.copy2(src, dst)


def selection_folder(chosen: Sequence[Product], sensor: str, parent: Optional[str] = None) -> str:
    """A new folder linking the files of the ``chosen`` products of ``sensor`` (names made unique)."""
    folder = tempfile.mkdtemp(prefix=f"eolatent-{sensor.lower()}-selection-", dir=parent)
    done = set()
    for p in chosen:
        if p.sensor != sensor:
            continue
        for f in p.files:
            src = os.path.abspath(f)
            if src in done:
                continue
            done.add(src)
            name = os.path.basename(src.rstrip(os.sep))
            dst = os.path.join(folder, name)
            n = 1
            while os.path.lexists(dst):
                stem, ext = os.path.splitext(name)
                dst = os.path.join(folder, f"{stem}_{n}{ext}")
                n += 1
            _link(src, dst)
    return folder
