# SPDX-License-Identifier: GPL-3.0-or-later
"""Decoding one date of a tile's chunks from a window selection (:func:`eolatent.core.decode.dates.chunk_selection`):
each window used is decoded once for all the chunks that use it, at its own dt (held beyond ±15 days,
:mod:`eolatent.core.decode.hold`), and the results are blended with the selection's weights."""
from __future__ import annotations

from typing import Callable, Sequence, Tuple

import numpy as np

from ..latent import contract as lt
from .hold import held_dt, held_std


def decode_blend(chunks: np.ndarray, selection, centres: Sequence[float], t: float, when, decode: Callable,
                 rates: np.ndarray, q: int, n_var: int) -> Tuple[np.ndarray, np.ndarray]:
    """(mean, std) float64 (n_chunks, q, n_var) of the date at ``t`` days (``when``: its instant, for the day of year)
    from ``chunks`` (n_windows, n_chunks, L) and ``selection`` (ka, wa, kb, wb); NaN where ``ka`` < 0 (no window).
    ``decode(latents, dt, doy)`` → (mean, std) (B, q, n_var); ``rates``: the drift of each variable
    (:func:`eolatent.core.decode.hold.hold_rates`)."""
    ka, wa, kb, wb = selection
    nc = ka.shape[0]
    acc_m = np.zeros((nc, q, n_var), np.float64)
    acc_s = np.zeros_like(acc_m)
    used = sorted(set(ka[ka >= 0].tolist()) | set(kb[kb >= 0].tolist()))
    for kk in used:
        ia, ib = np.flatnonzero(ka == kk), np.flatnonzero(kb == kk)
        idx = np.concatenate([ia, ib])
        w = np.concatenate([wa[ia], wb[ib]])[:, None, None]
        raw_dt = t - centres[kk]
        dt, day = held_dt(raw_dt, lt.doy(when))
        mu, sd = decode(chunks[kk, idx], dt, day)
        if dt != raw_dt:
            sd = held_std(sd, rates, raw_dt)
        acc_m[idx] += w * mu
        acc_s[idx] += w * sd
    acc_m[ka < 0] = np.nan
    acc_s[ka < 0] = np.nan
    return acc_m, acc_s
