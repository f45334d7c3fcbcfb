# SPDX-License-Identifier: GPL-3.0-or-later
"""The optical variables of a chunk-date that rests on windows without a Sentinel-2 observation.

A window of an S2 + S1 latent holds a latent where only the radar saw the chunk (a cloudy month). Decoded there, the
optical variables (LAI, FCOVER, CAB, CW, CM, soil brightness: all but soil moisture) are the decoder's guess from radar,
which real data showed implausible: on the Belgium cube (2020–21, fine4) the median LAI of the two cloudy winter months
decoded 2.8 and 3.5 between 0.6 in November and 0.9 in February (an S1-only latent decodes January at 3.5 as well),
though the no-S2 decode was fine on the synthetic chunks of bench/decode_missing_sensor.md.

With gap filling (the default), a window without Sentinel-2 at a chunk is therefore skipped for its optical variables,
as a window without any observation is skipped for all of them (:func:`eolatent.core.decode.dates.chunk_selection`):
wherever a chunk-date's selection gives weight to such a window, its optical variables are the blend in time of the
chunk's nearest windows with a Sentinel-2 observation before and after (each decoded at its own dt, held beyond
±15 days with a 1σ that grows with the distance: :mod:`eolatent.core.decode.hold`), or, where those lie on one side
only, the nearest one alone (held). Quality flag 1 (gap-filled) says so, 2 where held; flag 8 is dropped there (the value
is no radar guess any more: raster.py). A chunk without a Sentinel-2 observation in any window keeps the
decoder's guess from radar (flag 8): no date to fill it from. Soil moisture (from Sentinel-1) keeps its selection;
so does soil moisture where Sentinel-1 is missing (flag 16): the radar gap is left as it was.
"""
from __future__ import annotations

from typing import Sequence, Tuple

import numpy as np

from .dates import FLAG_FILLED, FLAG_HELD, chunk_selection, far_from_windows

RADAR_VARIABLES = frozenset({"SM"})     # decoded from Sentinel-1; the decoder's other outputs are optical


def optical_indices(variables: Sequence[str]) -> np.ndarray:
    """Positions of the optical variables (all but :data:`RADAR_VARIABLES`) in the decoder's ``variables``."""
    return np.array([i for i, v in enumerate(variables) if str(v).upper() not in RADAR_VARIABLES], np.int64)


def optical_selection(kind: str, k: int, valid: np.ndarray, s2: np.ndarray, centres: Sequence[float], t: float,
                      selection) -> Tuple[tuple, np.ndarray, np.ndarray]:
    """(optical selection (ka, wa, kb, wb), refilled, unfillable), per chunk, of a date at ``t`` days (``kind``, ``k``
    from :func:`eolatent.core.decode.dates.plan_date`).

    ``valid``, ``s2``: bool (n_windows, n_chunks), the window holds a latent / a Sentinel-2 observation at the chunk;
    ``selection``: the (ka, wa, kb, wb) of :func:`~eolatent.core.decode.dates.chunk_selection` with gap filling.
    *refilled*: chunks whose selection gives weight to a window without Sentinel-2 and that have a window with one;
    their optical selection is chunk_selection over the windows with Sentinel-2, or, where those lie on one side of
    the date only (and the date's own window has none), the nearest of them alone. The optical selection is −1 (no
    window) on the other chunks. *unfillable*: chunks whose selection uses a window without Sentinel-2 and that have
    no window with one (their optical variables stay the decoder's guess from radar)."""
    ka, wa, kb, wb = selection
    cols = np.arange(ka.shape[0])
    seen = valid & s2
    radar = ((ka >= 0) & (wa > 0) & ~s2[np.maximum(ka, 0), cols]) | \
        ((kb >= 0) & (wb > 0) & ~s2[np.maximum(kb, 0), cols])
    ever = seen.any(axis=0)
    refill, unfillable = radar & ever, radar & ~ever
    oka, owa, okb, owb = chunk_selection(kind, k, seen, centres, t, True)
    lone = refill & (oka < 0)
    if lone.any():          # S2 on one side only: the nearest window with S2, alone
        dist = np.where(seen[:, lone], np.abs(t - np.asarray(centres, np.float64))[:, None], np.inf)
        oka[lone], owa[lone] = dist.argmin(axis=0), 1.0
    oka[~refill], okb[~refill] = -1, -1
    owa[~refill], owb[~refill] = 0.0, 0.0
    return (oka, owa, okb, owb), refill, unfillable


def optical_flags(selection, refill: np.ndarray, centres: Sequence[float], t: float) -> np.ndarray:
    """uint8 quality flags of an :func:`optical_selection`: FLAG_FILLED on the refilled chunks, FLAG_HELD where the
    nearest window with Sentinel-2 used is more than 15 days away."""
    ka, _, kb, _ = selection
    return (np.where(refill, FLAG_FILLED, 0) | np.where(far_from_windows(ka, kb, centres, t), FLAG_HELD, 0)
            ).astype(np.uint8)
