# SPDX-License-Identifier: GPL-3.0-or-later
"""The four super-resolution methods on in-memory arrays (one window of the raster, or a whole image).

``METHODS`` is in the order of the Processing enum (scripts rely on it): 0 CNN single-image, 1 CNN guided,
2 TsHARP, 3 bicubic. Every method starts from the masked coarse field (invalid coarse pixels are filled
from valid ones only, see :mod:`bicubic`), produces a finite fine field, is optionally made
radiance-conserving (:mod:`conserve`, each fine pixel bounded by its coarse neighbourhood; without
conservation it is only kept within the valid LST range, 150–400 K) and is masked: fine pixels of invalid coarse pixels are NaN.

The CNNs take what :func:`cnn_inputs` builds — the same function serves training and inference — and
predict a correction of the bicubic field; the guided one also sees the TsHARP field of the guide and the
r² of the coarse temperature–guide line, so it can learn how far to trust the guide.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .aggregate import block_mean, nearest_up
from .bicubic import bicubic_masked, fill_masked
from .conserve import conserve_bounded, neighbourhood_bounds
from .modis import LST_RANGE
from .tsharp import fit_line, sharpen
from ..i18n import tr

METHODS = ("cnn_single", "cnn_guided", "tsharp", "bicubic")
GUIDED = ("cnn_guided", "tsharp")
MODEL_IDS = {"cnn_single": "eolatent.superres.sisr", "cnn_guided": "eolatent.superres.guided"}
FACTOR_CODE_SCALE = 4.0  # factor channel = log2(factor) / 4


@dataclass
class GuideLine:
    """The coarse-scale temperature–guide regression of the whole input (TsHARP and the guided CNN)."""

    a: float
    b: float
    r2: float
    guide_mean: float
    n: int


def fit_guide_line(t_coarse: np.ndarray, valid: np.ndarray, g_coarse: np.ndarray) -> GuideLine:
    a, b = fit_line(t_coarse, g_coarse, valid)
    ok = valid & np.isfinite(t_coarse) & np.isfinite(g_coarse)
    t, g = t_coarse[ok].astype(np.float64), g_coarse[ok].astype(np.float64)
    r = np.corrcoef(t, g)[0, 1] if t.std() > 0 and g.std() > 0 else 0.0
    return GuideLine(a, b, float(r * r), float(g.mean()), int(ok.sum()))


def fill_guide(g_fine: np.ndarray, factor: int, fallback: float) -> Tuple[np.ndarray, np.ndarray]:
    """(fine guide, coarse guide), both finite: a missing fine value takes the mean of its coarse pixel's
    valid guide values, else ``fallback`` (the guide mean of the fit)."""
    g_coarse = block_mean(g_fine, factor)
    g_coarse = np.where(np.isfinite(g_coarse), g_coarse, fallback).astype(np.float32)
    g_fine = np.where(np.isfinite(g_fine), g_fine, nearest_up(g_coarse, factor)).astype(np.float32)
    return g_fine, block_mean(g_fine, factor)


def tsharp_field(coarse: np.ndarray, valid: np.ndarray, g_fine: np.ndarray, factor: int,
                 line: GuideLine) -> np.ndarray:
    """TsHARP on a window; the coarse field is filled where invalid (the result is masked later)."""
    filled = fill_masked(coarse, valid)
    gf, gc = fill_guide(g_fine, factor, line.guide_mean)
    return sharpen(filled, gc, gf, factor, (line.a, line.b))


def cnn_inputs(bicubic: np.ndarray, factor: int, tsharp: Optional[np.ndarray] = None,
               r2: Optional[float] = None) -> np.ndarray:
    """(C, H, W) float32 network input: bicubic K, [TsHARP K, r²], log2(factor)/4."""
    planes = [bicubic]
    if tsharp is not None:
        planes += [tsharp, np.full_like(bicubic, r2 if r2 is not None else 0.0)]
    planes.append(np.full_like(bicubic, math.log2(factor) / FACTOR_CODE_SCALE))
    return np.stack(planes).astype(np.float32)


def run_cnn(session, x: np.ndarray) -> np.ndarray:
    """Run an exported super-resolution network on one (C, H, W) input; returns (H, W) K."""
    name = session.input_names[0]
    out = session.run({name: x[None].astype(np.float32)})[0]
    return out[0, 0]


def superresolve(coarse: np.ndarray, valid: np.ndarray, factor: int, method: str,
                 g_fine: Optional[np.ndarray] = None, line: Optional[GuideLine] = None, session=None,
                 conserve: bool = True) -> np.ndarray:
    """Fine temperatures (H·f, W·f) of the coarse window ``coarse`` (K, NaN/any value where not ``valid``).

    ``g_fine`` (fine guide, NaN where missing) and ``line`` are needed by the guided methods, ``session``
    (a :class:`runtime.Session` or anything with ``run``/``input_names``) by the CNNs.
    """
    if method not in METHODS:
        raise ValueError(tr("unknown method {method}; one of {methods}", method=repr(method),
                            methods=", ".join(METHODS)))
    valid = valid & np.isfinite(coarse)
    if not valid.any():
        return np.full((coarse.shape[0] * factor, coarse.shape[1] * factor), np.nan, np.float32)
    bic = bicubic_masked(coarse, valid, factor)
    ts = None
    if method == "bicubic":
        fine = bic
    elif method == "tsharp":
        fine = ts = tsharp_field(coarse, valid, g_fine, factor, line)
    elif method == "cnn_single":
        fine = run_cnn(session, cnn_inputs(bic, factor))
    else:
        ts = tsharp_field(coarse, valid, g_fine, factor, line)
        fine = run_cnn(session, cnn_inputs(bic, factor, ts, line.r2))
    if conserve:
        filled = fill_masked(coarse, valid)
        detail = None if ts is None else ts - nearest_up(block_mean(ts, factor), factor)   # the guide's share
        low, high = neighbourhood_bounds(filled, valid)
        fine = conserve_bounded(fine, filled, factor, low, high, detail)
    else:
        fine = np.clip(fine, *LST_RANGE)
    return np.where(nearest_up(valid, factor), fine, np.nan).astype(np.float32)
