# SPDX-License-Identifier: GPL-3.0-or-later
"""Writer of the project's multi-date Sentinel-2 stack GeoTIFF.

Contract: float32 reflectance (0-1; surface unless the LEVEL tags below say L1C), NaN = invalid (also the nodata value);
bands ordered date-major (date 0: all bands, date 1: all bands, ...); each band has
the description "<BAND> <YYYY-MM-DD>" (e.g. "B04 2015-07-11") and the band tags
BAND_NAME, DATE (ISO datetime, UTC, e.g. 2015-07-11T10:00:08Z), SENSOR ("S2A", or
"S2" when unknown) and, when known, SUN_ZENITH, SUN_AZIMUTH, VIEW_ZENITH, VIEW_AZIMUTH
(degrees), CLOUD_COVER (percent) and CLOUD_MASK (how the clouds were masked, e.g.
"eolatent.cloud.s2cloudless 1.0.0" or "input"); dataset tags EOLATENT_STACK=1, MODALITY=S2,
N_DATES, BAND_LIST. The stack builder (core/inputs/stackbuild/write.py) adds the processing level of every
date whose level it knows: band tags LEVEL ("L1C" top-of-atmosphere / "L2A" surface reflectance) and
LEVEL_SOURCE (how it was decided, on which product), and the dataset tag EOLATENT_LEVEL when all dates share
one known level; the reader gives a date's LEVEL tag as its ``metadata["level"]``. Each band with a
valid pixel also has the exact STATISTICS_* tags (minimum, maximum, mean, stddev, valid percent) of
its values. Written by
:class:`StackWriter`: tiled (256 x 256), DEFLATE with floating-point predictor,
band-interleaved, atomically. It is read back by :func:`open_s2`, which takes its NaN as the whole
mask (clouds included) and runs no cloud detection on it.
"""
from __future__ import annotations

import os
from functools import partial
from typing import Optional, Sequence

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ...outputs.stackwriter import StackWriter, per_date

from .common import (ANGLE_KEYS, Grid, S2FormatError, iso_utc, normalize_band_name,
                     normalize_platform, parse_datetime, to_float)

_ANGLE_TAGS = {"sun_zenith": "SUN_ZENITH", "sun_azimuth": "SUN_AZIMUTH",
               "view_zenith": "VIEW_ZENITH", "view_azimuth": "VIEW_AZIMUTH"}


_per_date = partial(per_date, error=S2FormatError)


def write_s2_stack(path, grid: Grid, dates: Sequence, band_names: Sequence[str], data,
                   angles: Optional[Sequence[Optional[dict]]] = None,
                   platforms: Optional[Sequence[Optional[str]]] = None,
                   cloud_cover: Optional[Sequence[Optional[float]]] = None,
                   cloud_mask: Optional[Sequence[Optional[str]]] = None) -> str:
    """Write a multi-date stack GeoTIFF and return its path.

    grid: :class:`Grid` of the data; dates: T datetimes/dates/ISO strings (naive =
    UTC); band_names: B names ("B04" or "B4"); data: array (T, B, H, W), reflectance
    0-1 (written as float32, NaN = invalid); angles: per date a dict with sun_zenith,
    sun_azimuth, view_zenith, view_azimuth in degrees (None values skipped);
    platforms: per date "S2A"/"S2B"/...; cloud_cover: per date percent; cloud_mask: per date
    how its clouds were masked (text of the CLOUD_MASK band tag; None = not written).
    """
    path = os.fspath(path)
    data = np.asarray(data)
    names = []
    for b in band_names:
        n = normalize_band_name(b)
        if n is None:
            raise S2FormatError(tr("{value} is not a Sentinel-2 band name; use B01..B12 or B8A", value=repr(b)))
        names.append(n)
    if len(set(names)) != len(names):
        raise S2FormatError(tr("duplicate band names {names}; give each band once", names=names))
    try:
        dts = [parse_datetime(d) for d in dates]
    except ValueError as exc:
        raise S2FormatError(tr("bad date ({error}); pass datetimes or ISO strings like "
                               "2015-07-11T10:00:08Z", error=exc)) from None
    t, nb = len(dts), len(names)
    expected = (t, nb, grid.height, grid.width)
    if data.ndim != 4 or data.shape != expected:
        raise S2FormatError(tr("data has shape {shape} but (dates, bands, height, width) = {expected} "
                               "is expected; reshape it or fix grid/dates/band_names",
                               shape=data.shape, expected=expected))
    if t == 0 or nb == 0:
        raise S2FormatError(tr("nothing to write ({dates} dates, {bands} bands); pass at least one "
                               "of each", dates=t, bands=nb))
    angles = _per_date(angles, t, "angles")
    platforms = _per_date(platforms, t, "platforms")
    cloud_cover = _per_date(cloud_cover, t, "cloud_cover")
    cloud_mask = _per_date(cloud_mask, t, "cloud_mask")

    descs, btags = [], []
    for k, dt in enumerate(dts):
        sensor = normalize_platform(platforms[k]) or "S2"
        ang = angles[k] or {}
        cc = to_float(cloud_cover[k]) if cloud_cover[k] is not None else None
        for name in names:
            descs.append("%s %s" % (name, dt.strftime("%Y-%m-%d")))
            tags = {"BAND_NAME": name, "DATE": iso_utc(dt), "SENSOR": sensor}
            for key in ANGLE_KEYS:
                v = to_float(ang.get(key)) if ang.get(key) is not None else None
                if v is not None:
                    tags[_ANGLE_TAGS[key]] = repr(v)
            if cc is not None:
                tags["CLOUD_COVER"] = repr(cc)
            if cloud_mask[k]:
                tags["CLOUD_MASK"] = str(cloud_mask[k])
            btags.append(tags)
    dataset_tags = dict(EOLATENT_STACK="1", MODALITY="S2", N_DATES=str(t), BAND_LIST=",".join(names))
    whole = Window(0, 0, grid.width, grid.height)
    with StackWriter(path, grid, descs, btags, dataset_tags) as writer:
        for k in range(t):
            writer.write(range(k * nb + 1, k * nb + nb + 1), whole, data[k])
        return writer.commit()
