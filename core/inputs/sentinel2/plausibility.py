# SPDX-License-Identifier: GPL-3.0-or-later
"""Is this reflectance on the scale the readers assume? Warnings for the log, from a small sample of the input.

The readers take integer (and large float) values as digital numbers / 10 000 and small floats as reflectance, so a
stack exported on another scale is read without an error but wrong: percent (0–100) or 8-bit (0–255) data come out
100 times too dark; products of processing baseline 04.00 (from 2022-01-25) exported without their −1000 offset
(BOA_ADD_OFFSET, RADIO_ADD_OFFSET) come out 0.1 too bright. A real scene has dark pixels (water, shadow, dense
vegetation in the blue and red) and bright ones (vegetation in the near infrared, soil, cloud); these tests look for
neither being there, on clear pixels of four windows.

The offset test differs by level. Surface reflectance (L2A): no B02 pixel darker than 0.1, on dates from 2022-01-25
only (hazy scenes come close). Top-of-atmosphere reflectance (L1C), brighter in the blue (Rayleigh scattering; blue
rarely below 0.07, hazy scenes above 0.1): no pixel darker than 0.1 in any of red B04, cirrus B10 and SWIR B12 that
the input has — clear air keeps B10 near 0, dense vegetation B04 and water B12 below 0.05 even through haze — on
any date (the reprocessed Collection-1 archive carries the offset back to 2015). Either way the darkest pixels must
sit just above 0.1 (below 0.15 in those TOA bands, 0.18 in B02): an offset lifts them by 0.1 exactly, haze and cloud
further (the thin-cloud Slovenia 2015-08-20 date: B02 above 0.19). Where the cloud detection masks
every pixel of the sample (an offset brightens every pixel: s2cloudless takes the whole scene for cloud), the test
reads the values without the detection's mask, leaves out pixels that are 0 in every band (fill), and suspects an
offset only where removing it (−0.1) makes the detector call a fifth of the sample clear: an undeclared offset is
what made it cloud, whereas a real overcast date stays cloud.
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
DARK_TOA = 0.1                        # ... and that of the darkest of TOA_DARK_BANDS of a real L1C scene
TOA_DARK_BANDS = ("B04", "B10", "B12")
TOO_DARK = 0.03                       # the 99th percentile of every band of a real scene lies above this
OFFSET_BAND_TOA = 0.05                # offset: the darkest pixels sit just above 0.1 (B10: 0.100–0.105) ...
OFFSET_BAND_BLUE = 0.08               # ... (B02 of dense vegetation or water, 0.01–0.08 even top of atmosphere);
#                                       haze and cloud lift them further
CLEARED_SHARE = 0.2                   # the detector finds this share of an all-cloud sample clear once −0.1 is removed
BASELINE_04 = datetime(2022, 1, 25, tzinfo=timezone.utc)


class Doubt(str):
    """A warning of :func:`scale_doubts` (a str); ``kind`` "scale" or "offset", ``tag`` the offset tag it names."""

    kind = "scale"
    tag = ""


def _doubt(text: str, kind: str, tag: str = "") -> Doubt:
    d = Doubt(text)
    d.kind, d.tag = kind, tag
    return d


def _sample(src, i: int, masked: bool = True) -> np.ndarray:
    """Reflectance (bands, pixels) of date ``i`` in four windows of at most SAMPLE × SAMPLE pixels around the quarter
    points of the grid (one water body or cloud does not fill them all), NaN where masked (clouds included; with
    ``masked`` False only where nodata)."""
    g = src.grid
    h, w = max(1, min(g.height // 2, SAMPLE)), max(1, min(g.width // 2, SAMPLE))
    parts = []
    for fr, fc in ((0.25, 0.25), (0.25, 0.75), (0.75, 0.25), (0.75, 0.75)):
        r0 = min(max(0, int(g.height * fr) - h // 2), g.height - h)
        c0 = min(max(0, int(g.width * fc) - w // 2), g.width - w)
        win = Window(c0, r0, w, h)
        refl = src.read(i, win, list(src.band_names))[0] if masked else \
            src.read_on(i, g, win, list(src.band_names))
        parts.append(refl.reshape(refl.shape[0], -1))
    x = np.concatenate(parts, axis=1)
    return x[:, np.isfinite(x).all(axis=0)]


def _digital_numbers_without_offset(src, i: int) -> bool:
    refs = src._entry(i).bands              # noqa: SLF001 - same package
    return all(refs[b].div != 1.0 and refs[b].add == 0.0 and refs[b].mul == 1.0 for b in src.band_names)


def _offset_suspected(src, i: int, x: np.ndarray, unmasked: bool = False) -> str:
    """The offset tag of date ``i`` (sample ``x``) when its values look offset by +1000 digital numbers without a
    declared offset (see the module), else "". ``unmasked``: the sample was read without the cloud detection's mask
    (it masked all of it), so removing the offset must also make the detector find clear pixels."""
    if not _digital_numbers_without_offset(src, i):
        return ""
    names = list(src.band_names)
    if unmasked and not _offset_explains_clouds(src, i, x):
        return ""
    if product_level(src, i)[0] == "L1C":
        dark = [names.index(b) for b in TOA_DARK_BANDS if b in names]
        if dark and DARK_TOA <= min(np.percentile(x[k], 1) for k in dark) < DARK_TOA + OFFSET_BAND_TOA:
            return "RADIO_ADD_OFFSET"
        return ""
    if "B02" in names and src.dates[i] >= BASELINE_04 and \
            DARK_BLUE <= np.percentile(x[names.index("B02")], 1) < DARK_BLUE + OFFSET_BAND_BLUE:
        return "BOA_ADD_OFFSET"
    return ""


def _offset_explains_clouds(src, i: int, x: np.ndarray) -> bool:
    """Date ``i``'s cloud detector, on the unmasked sample ``x`` less 0.1, finds at least CLEARED_SHARE of it clear."""
    from .cloud_scores import bands_for, score_block

    info = src.cloud_detection(i)
    names = list(src.band_names)
    if info is None or info.method is None or any(b not in names for b in bands_for(info.method)):
        return False
    block = np.stack([x[names.index(b)] for b in bands_for(info.method)])[:, None, :] - 0.1
    score = score_block(info.method, block)[0]
    return bool(np.mean(score < info.threshold) >= CLEARED_SHARE)


def scale_doubts(src) -> List[Doubt]:
    """Warnings (possibly none) on the radiometric scale of an open S2Source ``src``, from the first DATES dates with
    valid pixels in a central sample (without the detection's cloud mask where it masks the whole sample); each a
    :class:`Doubt` whose ``kind`` says which test gave it."""
    lines: List[Doubt] = []
    seen = 0
    dark, offset_dates, tags = [], [], set()
    for i in range(len(src.dates)):
        x, unmasked = _sample(src, i), False
        if x.shape[1] < 100 and src.cloud_detection(i) is not None:
            x, unmasked = _sample(src, i, masked=False), True    # all cloud, or values the detector takes for cloud
            x = x[:, (x != 0).any(axis=0)]                        # 0 in every band: fill, not a dark pixel
        if x.shape[1] < 100:
            continue
        seen += 1
        if np.percentile(x, 99, axis=1).max() < TOO_DARK:
            dark.append(i)
        tag = _offset_suspected(src, i, x, unmasked)
        if tag:
            offset_dates.append(i)
            tags.add(tag)
        if seen >= DATES:
            break
    if dark and len(dark) == seen:
        lines.append(_doubt(tr(
            "the reflectance read is implausibly dark on {dates} (no band's 99th percentile reaches {level}): is the "
            "input in percent (0–100) or 8-bit (0–255) instead of reflectance 0–1 or digital numbers × 10 000? "
            "Rescale it (or set the GDAL scale of its bands), else the results are wrong (unless the scene is all "
            "water or shadow)", dates=", ".join(f"{src.dates[i]:%Y-%m-%d}" for i in dark), level=TOO_DARK), "scale"))
    if offset_dates and len(offset_dates) == seen:
        dates = ", ".join(f"{src.dates[i]:%Y-%m-%d}" for i in offset_dates)
        if tags == {"BOA_ADD_OFFSET"}:
            lines.append(_doubt(tr(
                "no pixel is darker than {level} in B02 on {dates}: products of processing baseline 04.00 (from "
                "2022-01-25) add 1000 to every digital number, and this input declares no offset; if it was exported "
                "without it, set the dataset tag {tag}=-1000 (else this is a bright scene: ignore this)",
                level=DARK_BLUE, dates=dates, tag="BOA_ADD_OFFSET"), "offset", "BOA_ADD_OFFSET"))
        else:
            lines.append(_doubt(tr(
                "no pixel is darker than {level} in {bands} on {dates}: Level-1C products of processing baseline "
                "04.00 or later (from 2022-01-25, and the reprocessed archive back to 2015) add 1000 to every digital "
                "number, and this input declares no offset; if it was exported without it, set the dataset tag "
                "{tag}=-1000, else the results are wrong (unless the scene is cloud or snow everywhere: then ignore "
                "this)", level=DARK_TOA, bands=", ".join(b for b in TOA_DARK_BANDS if b in src.band_names),
                dates=dates, tag="RADIO_ADD_OFFSET"), "offset", "RADIO_ADD_OFFSET"))
    return lines


__all__ = ["scale_doubts", "Doubt"]
