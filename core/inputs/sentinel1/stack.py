# SPDX-License-Identifier: GPL-3.0-or-later
"""Writer of the project's multi-date Sentinel-1 stack GeoTIFF.

It is written by :class:`StackWriter` (``core.outputs.stackwriter``, re-exported here):
window by window into a hidden temporary file beside the target, renamed only on
commit, nothing left behind on failure. Layout: float32, NaN = invalid (also the
nodata value), band-interleaved, tiled 256 x 256 (one tile across a shorter side),
DEFLATE with floating-point predictor; each band with a valid pixel has the exact
STATISTICS_MINIMUM/MAXIMUM/MEAN/STDDEV/VALID_PERCENT tags of its values.

Sentinel-1 stack contract (:func:`write_s1_stack`, read back by ``open_s1``): bands
date-major (date 0: every polarisation, then date 1, ...), band description
"<POL> <YYYY-MM-DD>" (e.g. "VV 2020-01-08"), band tags BAND_NAME (VV/VH/HH/HV),
POLARISATION, DATE (ISO UTC), SENSOR ("S1A", or "S1" when unknown), UNITS ("dB" or
"linear"), QUANTITY ("sigma0", "gamma0" or "beta0") and, when known, ORBIT_DIRECTION
(ASCENDING/DESCENDING) and RELATIVE_ORBIT; optionally one more band per date
"INCIDENCE <YYYY-MM-DD>" (BAND_NAME=INCIDENCE, UNITS=deg). Dataset tags
EOLATENT_STACK=1, MODALITY=S1, N_DATES, BAND_LIST (e.g. "VV,VH"), UNITS, QUANTITY.
"""
from __future__ import annotations

from functools import partial
from typing import Sequence

import numpy as np
from rasterio.windows import Window

from ...i18n import tr
from ...outputs.stackwriter import StackWriter, per_date
from . import common as c
from .common import POLARISATIONS, S1FormatError

_per_date = partial(per_date, error=S1FormatError)


def s1_stack_layout(dates, pols, units="dB", quantity="sigma0", platforms=None,
                    orbit_directions=None, relative_orbits=None, with_incidence=False):
    """(descriptions, band_tags, dataset_tags, band_units) of an S1 stack."""
    if units not in ("dB", "linear"):
        raise S1FormatError(tr("units {value}: use 'dB' or 'linear'", value=repr(units)))
    if quantity not in c.QUANTITIES:
        raise S1FormatError(tr("quantity {value}: use one of {choices}", value=repr(quantity),
                               choices=", ".join(c.QUANTITIES)))
    names = []
    for p in pols:
        q = str(p).strip().upper()
        if q not in POLARISATIONS:
            raise S1FormatError(tr("{value} is not a polarisation; use {pols}", value=repr(p),
                                   pols=", ".join(POLARISATIONS)))
        names.append(q)
    if not names or len(set(names)) != len(names):
        raise S1FormatError(tr("polarisations {pols}: give each of VV, VH, HH, HV at most once, and at "
                               "least one", pols=list(pols)))
    try:
        dts = [c.parse_datetime(d) for d in dates]
    except ValueError as exc:
        raise S1FormatError(tr("bad date ({error}); pass datetimes or ISO strings like "
                               "2020-01-08T05:23:08Z", error=exc)) from None
    if not dts:
        raise S1FormatError(tr("nothing to write: no date; pass at least one"))
    n = len(dts)
    platforms = _per_date(platforms, n, "platforms")
    dirs = _per_date(orbit_directions, n, "orbit_directions")
    rels = _per_date(relative_orbits, n, "relative_orbits")
    descs, btags, bunits = [], [], []
    for k, dt in enumerate(dts):
        day = dt.strftime("%Y-%m-%d")
        common = {"DATE": c.iso_utc(dt), "SENSOR": c.normalize_platform(platforms[k]) or "S1"}
        d = c.normalize_direction(dirs[k]) or (str(dirs[k]).upper() if dirs[k] else None)
        if d:
            common["ORBIT_DIRECTION"] = d
        if rels[k] is not None:
            common["RELATIVE_ORBIT"] = str(int(rels[k]))
        for p in names:
            descs.append("%s %s" % (p, day))
            btags.append(dict(common, BAND_NAME=p, POLARISATION=p, UNITS=units,
                              QUANTITY=quantity))
            bunits.append(units)
        if with_incidence:
            descs.append("INCIDENCE %s" % day)
            btags.append(dict(common, BAND_NAME="INCIDENCE", UNITS="deg"))
            bunits.append("deg")
    band_list = names + (["INCIDENCE"] if with_incidence else [])
    tags = dict(EOLATENT_STACK="1", MODALITY="S1", N_DATES=str(n), BAND_LIST=",".join(band_list),
                UNITS=units, QUANTITY=quantity)
    return descs, btags, tags, bunits


def write_s1_stack(path, grid, dates: Sequence, pols: Sequence[str], data, units: str = "dB",
                   quantity: str = "sigma0", platforms=None, orbit_directions=None,
                   relative_orbits=None, incidence=None) -> str:
    """Write a multi-date Sentinel-1 stack GeoTIFF and return its path.

    grid: :class:`Grid` of the data; dates: T datetimes/ISO strings (naive = UTC); pols:
    P polarisations ("VV", "VH"); data: array (T, P, H, W) in *units* ("dB" or "linear"
    power; NaN = invalid); quantity: "sigma0", "gamma0" or "beta0"; platforms ("S1A"...),
    orbit_directions ("ASCENDING"/"DESCENDING"), relative_orbits: per date, None when
    unknown; incidence: optional (T, H, W) incidence angle in degrees.
    """
    data = np.asarray(data)
    descs, btags, tags, bunits = s1_stack_layout(dates, pols, units, quantity, platforms,
                                                 orbit_directions, relative_orbits,
                                                 incidence is not None)
    t, p = int(tags["N_DATES"]), len(pols)
    expected = (t, p, grid.height, grid.width)
    if data.ndim != 4 or data.shape != expected:
        raise S1FormatError(tr("data has shape {shape} but (dates, polarisations, height, width) = {expected} is "
                               "expected; reshape it or fix grid/dates/pols", shape=data.shape, expected=expected))
    if incidence is not None:
        incidence = np.asarray(incidence)
        if incidence.shape != (t, grid.height, grid.width):
            raise S1FormatError(tr("incidence has shape {shape} but (dates, height, width) = {expected} is "
                                   "expected", shape=incidence.shape, expected=(t, grid.height, grid.width)))
    per = p + (1 if incidence is not None else 0)
    win = Window(0, 0, grid.width, grid.height)
    with StackWriter(path, grid, descs, btags, tags, bunits) as w:
        for k in range(t):
            w.write(range(k * per + 1, k * per + p + 1), win, data[k])
            if incidence is not None:
                w.write([k * per + per], win, incidence[k][None])
        return w.commit()
