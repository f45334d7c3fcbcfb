# SPDX-License-Identifier: GPL-3.0-or-later
"""Is this reflectance on the scale the readers assume? Warnings for the log, from a small sample of the input.

The readers take integer (and large float) values as digital numbers / 10 000 and small floats as reflectance, so a
stack exported on another scale is read without an error but wrong: percent (0–100) or 8-bit (0–255) data come out
100 times too dark; products of processing baseline 04.00 (from 2022-01-25) exported without their −1000 offset
(BOA_ADD_OFFSET) come out 0.1 too bright. A real scene has dark pixels (water, shadow, dense vegetation in the
blue) and bright ones (vegetation in the near infrared, soil, cloud); these tests look for neither being there, on
clear pixels of four windows. The offset test is for surface reflectance only: Level-1C top-of-atmosphere blue is
rarely darker than 0.07, and hazy scenes exceed 0.1.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import List

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ..product_level import product_level

SAMPLE = 128                          # pixels a side of each of the four windows read per date
DATES = 3                             # dates sampled (the first ones with valid pixels)
DARK_BLUE = 0.1                       # the 1st percentile of B02 of a real scene lies below this
TOO_DARK = 0.03                       # the 99th percentile of every band of a real scene lies above this
BASELINE_04 = datetime(2022, 1, 25, tzinfo=timezone.utc)


def _sample(src, i: int) -> np.ndarray:
    """Reflectance (bands, pixels) of date ``i`` in four windows of at most SAMPLE × SAMPLE pixels around the quarter
    points of the grid (one water body or cloud does not fill them all), NaN where masked (clouds included)."""
    g = src.grid
    h, w = max(1, min(g.height // 2, SAMPLE)), max(1, min(g.width // 2, SAMPLE))
    parts = []
    for fr, fc in ((0.25, 0.25), (0.25, 0.75), (0.75, 0.25), (0.75, 0.75)):
        r0 = min(max(0, int(g.height * fr) - h // 2), g.height - h)
        c0 = min(max(0, int(g.width * fc) - w // 2), g.width - w)
        refl, _ = src.read(i, Window(c0, r0, w, h), list(src.band_names))
        parts.append(refl.reshape(refl.shape[0], -1))
    return np.concatenate(parts, axis=1)


def _digital_numbers_without_offset(src, i: int) -> bool:
    refs = src._entry(i).bands              # noqa: SLF001 - same package
    return all(refs[b].div != 1.0 and refs[b].add == 0.0 and refs[b].mul == 1.0 for b in src.band_names)


def scale_doubts(src) -> List[str]:
    """Warnings (possibly none) on the radiometric scale of an open S2Source ``src``, from the first DATES dates with
    valid pixels in a central sample."""
    lines: List[str] = []
    seen = 0
    dark, offset_dates = [], []
    for i in range(len(src.dates)):
        x = _sample(src, i)
        ok = np.isfinite(x).all(axis=0)
        if ok.sum() < 100:
            continue
        x = x[:, ok]
        seen += 1
        if np.percentile(x, 99, axis=1).max() < TOO_DARK:
            dark.append(i)
        if "B02" in src.band_names and src.dates[i] >= BASELINE_04 and _digital_numbers_without_offset(src, i) \
                and product_level(src, i)[0] != "L1C" \
                and np.percentile(x[list(src.band_names).index("B02")], 1) >= DARK_BLUE:
            offset_dates.append(i)
        if seen >= DATES:
            break
    if dark and len(dark) == seen:
        lines.append(tr("the reflectance read is implausibly dark on {dates} (no band's 99th percentile reaches "
                        "{level}): is the input in percent (0–100) or 8-bit (0–255) instead of reflectance 0–1 or "
                        "digital numbers × 10 000? Rescale it (or set the GDAL scale of its bands), else the results "
                        "are wrong (unless the scene is all water or shadow)",
                        dates=", ".join(f"{src.dates[i]:%Y-%m-%d}" for i in dark), level=TOO_DARK))
    if offset_dates and len(offset_dates) == seen:
        lines.append(tr("no pixel is darker than {level} in B02 on {dates}: products of processing baseline 04.00 "
                        "(from 2022-01-25) add 1000 to every digital number, and this input declares no offset; if "
                        "it was exported without it, set the dataset tag {tag}=-1000 (else this is a bright scene: "
                        "ignore this)", level=DARK_BLUE, dates=", ".join(f"{src.dates[i]:%Y-%m-%d}"
                                                                           for i in offset_dates),
                        tag="BOA_ADD_OFFSET"))
    return lines


__all__ = ["scale_doubts"]
