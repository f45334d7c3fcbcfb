# SPDX-License-Identifier: GPL-3.0-or-later
"""TsHARP / DisTrad thermal sharpening (Kustas et al. 2003; Agam et al. 2007).

A least-squares line T = a + b·G is fitted between the coarse temperatures and the guide aggregated to
the coarse grid (block mean of the fine guide) over the valid coarse pixels; it is applied to the fine
guide and the coarse residual T_c − (a + b·G_c) is added back on each coarse pixel's footprint (nearest),
so the block mean of the result is the coarse temperature. ``G`` is the vegetation index as given
(NDVI, or a cover fraction): the fit is linear in it.
"""
from __future__ import annotations

from typing import Tuple

import numpy as np

from .aggregate import nearest_up
from ..i18n import tr


class TsharpError(ValueError):
    pass


def fit_line(t_coarse: np.ndarray, g_coarse: np.ndarray, valid: np.ndarray) -> Tuple[float, float]:
    """(a, b) of T = a + b·G by least squares over the valid coarse pixels with a finite guide."""
    ok = valid & np.isfinite(t_coarse) & np.isfinite(g_coarse)
    if ok.sum() < 3:
        raise TsharpError(tr("fewer than 3 valid coarse pixels with a guide value: TsHARP cannot fit its "
                             "temperature–vegetation line; use bicubic or a larger input"))
    g = g_coarse[ok].astype(np.float64)
    t = t_coarse[ok].astype(np.float64)
    gm, tm = g.mean(), t.mean()
    var = ((g - gm) ** 2).sum()
    b = float(((g - gm) * (t - tm)).sum() / var) if var > 0 else 0.0
    return float(tm - b * gm), b


def sharpen(t_coarse: np.ndarray, g_coarse: np.ndarray, g_fine: np.ndarray, factor: int,
            line: Tuple[float, float]) -> np.ndarray:
    """TsHARP fine temperatures; ``t_coarse``/``g_coarse`` must be finite where the result is wanted."""
    a, b = line
    residual = t_coarse.astype(np.float64) - (a + b * g_coarse.astype(np.float64))
    return (a + b * g_fine.astype(np.float64) + nearest_up(residual, factor)).astype(np.float32)
