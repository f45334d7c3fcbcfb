# SPDX-License-Identifier: GPL-3.0-or-later
"""Which dates eolatent:decode writes, and from which windows each chunk of a date is decoded
(:func:`chunk_selection`; the rule is in :mod:`eolatent.core.decode.raster` and docs/latent_contract.md)."""
from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta
from typing import List, Optional, Sequence

import numpy as np

from ..i18n import join, number, tr
from ..latent import contract as lt
from ..latent.quality import sensor_counts
from .hold import MAX_DT_DAYS


def date_series(start, end, step_days: float = 7) -> List[date]:
    """start, start + step, … ≤ end (dates)."""
    d0, d1 = lt.to_date(start), lt.to_date(end)
    step = int(step_days)
    if step < 1 or step != step_days:
        raise ValueError(tr("the date step must be a whole number of days ≥ 1, not {step}", step=step_days))
    if d1 < d0:
        raise ValueError(tr("the end date {end} is before the start date {start}", end=d1, start=d0))
    n = (d1 - d0).days // step + 1
    return [d0 + timedelta(days=i * step) for i in range(n)]


def parse_dates(text_or_list) -> List[date]:
    """Dates from a list or a text of ISO dates separated by commas, semicolons, spaces, tabs or line breaks (a
    pasted column). A date followed by anything but a time ("2015-07-20xyz") is refused, not cut to its first ten
    characters."""
    if isinstance(text_or_list, str):
        items = [t for t in re.split(r"[,;\s]+", text_or_list) if t]
    else:
        items = list(text_or_list)
    for x in items:
        text = x.strip() if isinstance(x, str) else ""
        if len(text) > 10:
            try:
                datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(tr("{value} is not a date; write it as {format}", value=repr(x),
                                    format="YYYY-MM-DD")) from None
    return [lt.to_date(x) for x in items]


def output_factor(lat: lt.LatentRaster, resolution: Optional[float]) -> int:
    """m such that the output pixel is m stack pixels; checks R against the allowed resolutions."""
    p = lat.chunk_px
    res = lat.stack_resolution[0]
    if resolution is None or resolution == 0:
        return 1
    m = float(resolution) / res
    mi = int(round(m))
    allowed = [k for k in range(1, p + 1) if p % k == 0]
    if mi < 1 or abs(m - mi) > 0.01 * mi or p % mi:
        listed = join(number(k * res, ".4g") for k in allowed)
        raise ValueError(tr("resolution {resolution:g} is not allowed for this latent raster: it must be a multiple "
                            "of the stack pixel size ({pixel:.4g}) that divides the chunk ({chunk} px); choose one of "
                            "{allowed}", resolution=resolution, pixel=res, chunk=p, allowed=listed))
    return mi


def plan_date(lat: lt.LatentRaster, d: date):
    """(kind, index): ("in", k) when d is inside window position k, ("gap", a) when it lies between windows
    a and a + 1. ValueError outside the period."""
    p0, p1 = lat.period
    if not p0 <= d <= p1:
        raise ValueError(tr("date {date} is outside the encoded period {start} … {end} of {file}; choose dates "
                            "inside it or encode a longer period", date=d, start=p0, end=p1,
                            file=os.path.basename(lat.path)))
    for k, w in enumerate(lat.windows):
        if w.contains(d):
            return "in", k
        if d < w.start:
            return "gap", k - 1
    raise AssertionError  # pragma: no cover - unreachable: d is inside the period


def chunk_selection(kind: str, k: int, valid: np.ndarray, centres: Sequence[float], t: float, gap_fill: bool):
    """Per chunk (ka, wa, kb, wb): window positions and weights (−1 = none) for a date at time ``t`` (days; ``kind``,
    ``k`` from :func:`plan_date`). ``valid``: bool (n_windows, n_chunks).

    A date is decoded from the two windows whose *centres* surround it, blended linearly in time (each window decoded
    at its own dt): at a window's centre that window alone, and continuous across the boundary between two windows
    (choosing the containing window alone made a daily series jump there, 0.15 LAI in a day on the Slovenia tile).
    With ``gap_fill``, a window without an observation for the chunk (cloud) is skipped: the blend is between the
    nearest valid windows before and after. Where only one side has a valid window, the window containing the date
    is used alone if valid (the first or last days of the period), else the chunk is NaN. Without ``gap_fill``, only
    the two surrounding windows are used, each where valid."""
    n_win, nc = valid.shape
    c = np.asarray(centres, np.float64)
    ka = np.full(nc, -1, np.int64)
    kb = np.full(nc, -1, np.int64)
    wa = np.zeros(nc, np.float64)
    wb = np.zeros(nc, np.float64)
    idx = np.arange(n_win)[:, None]
    left = (c <= t)[:, None]
    if gap_fill:
        prev = np.where(valid & left, idx, -1).max(axis=0)
        nxt = np.where(valid & ~left, idx, n_win).min(axis=0)
        nxt = np.where(nxt >= n_win, -1, nxt)
    else:
        a = int(np.flatnonzero(left[:, 0]).max()) if left.any() else -1
        b = a + 1 if a + 1 < n_win else -1
        prev = np.where(valid[a], a, -1) if a >= 0 else np.full(nc, -1)
        nxt = np.where(valid[b], b, -1) if b >= 0 else np.full(nc, -1)
    both = (prev >= 0) & (nxt >= 0)
    _blend(prev, nxt, centres, t, ka, wa, kb, wb, both)
    if kind == "in":    # one side only: the window holding the date, where it is valid
        alone = ~both & valid[k]
        ka[alone], wa[alone] = k, 1.0
    return ka, wa, kb, wb


def far_from_windows(ka, kb, centres, t) -> np.ndarray:
    """Chunks whose nearest window used (``ka``/``kb`` of :func:`chunk_selection`) is more than MAX_DT_DAYS from
    ``t``: their value is held, not decoded where the decoder was trained (a blend with one far window is not)."""
    c = np.asarray(centres, np.float64)
    da = np.where(ka >= 0, np.abs(t - c[np.maximum(ka, 0)]), np.inf)
    db = np.where(kb >= 0, np.abs(t - c[np.maximum(kb, 0)]), np.inf)
    return (ka >= 0) & (np.minimum(da, db) > MAX_DT_DAYS)


def _blend(prev, nxt, centres, t, ka, wa, kb, wb, sel):
    c = np.asarray(centres, np.float64)
    pa, pb = prev[sel], nxt[sel]
    w = (t - c[pa]) / (c[pb] - c[pa])
    ka[sel], kb[sel] = pa, pb
    wa[sel], wb[sel] = 1.0 - w, w


# the decode quality output (OUTPUT_QUALITY, --output-quality): per date and pixel, how its value was made
FLAG_FILLED, FLAG_HELD, FLAG_NODATA, FLAG_NO_S2, FLAG_NO_S1 = 1, 2, 4, 8, 16
QUALITY_MEANINGS = ("1=gap-filled: decoded from windows beyond the nearest one(s), which held no observation there, "
                    "or the optical variables from the nearest windows with a Sentinel-2 observation, where only the "
                    "radar saw the windows around the date;"
                    "2=held: the nearest window used is more than 15 days away, its value held;4=no data;"
                    "8=less than half the value from windows with a Sentinel-2 observation: the optical variables are "
                    "mostly the decoder's guess from radar (never with a refilled value);"
                    "16=less than half from windows with a Sentinel-1 "
                    "observation: soil moisture is mostly the decoder's guess from optical")


def modality_flags(ka, kb, quality: np.ndarray, wa=None, wb=None) -> np.ndarray:
    """uint8 FLAG_NO_S2 / FLAG_NO_S1 per chunk of a :func:`chunk_selection`, where the windows used that held an
    observation of that sensor at the chunk carry less than half the value (their blend weights ``wa``/``wb``; without
    weights: where none held one) — a date blended 87 % from a radar-only window is the decoder's guess from radar.
    ``quality`` (n_windows, n_chunks): the latent's quality bands (dates with a valid S2 observation + 100 × those
    with a valid S1 one; NaN read as none)."""
    n2, n1 = sensor_counts(quality)
    s2, s1 = n2 > 0, n1 > 0
    cols = np.arange(s2.shape[1])
    share2, share1 = np.zeros(s2.shape[1]), np.zeros(s2.shape[1])
    for k, w in ((ka, wa), (kb, wb)):
        used = k >= 0
        weight = 1.0 if w is None else np.asarray(w, np.float64)[used]
        share2[used] += np.where(s2[k[used], cols[used]], weight, 0.0)
        share1[used] += np.where(s1[k[used], cols[used]], weight, 0.0)
    least = 0.0 if wa is None else 0.5 - 1e-9
    flags = np.where(share2 > least, 0, FLAG_NO_S2) | np.where(share1 > least, 0, FLAG_NO_S1)
    return np.where(ka >= 0, flags, 0).astype(np.uint8)


def selection_flags(ka, kb, centres, t) -> np.ndarray:
    """uint8 flags per chunk of a :func:`chunk_selection`: FLAG_FILLED where a window used is not one of the two whose
    centres surround ``t`` (gap filling skipped a window without an observation there), FLAG_HELD where the nearest
    window used is more than MAX_DT_DAYS away (:func:`far_from_windows`), FLAG_NODATA where no window is used."""
    c = np.asarray(centres, np.float64)
    before = np.flatnonzero(c <= t)
    a = int(before.max()) if before.size else -1
    near = {a, a + 1 if a + 1 < c.size else -1} - {-1}
    used_a, used_b = ka >= 0, kb >= 0
    filled = (used_a & ~np.isin(ka, list(near))) | (used_b & ~np.isin(kb, list(near)))
    flags = np.where(filled, FLAG_FILLED, 0) | np.where(far_from_windows(ka, kb, centres, t), FLAG_HELD, 0)
    return np.where(used_a, flags, FLAG_NODATA).astype(np.uint8)
