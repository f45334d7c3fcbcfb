# SPDX-License-Identifier: GPL-3.0-or-later
"""Bicubic upsampling by an integer factor that respects masks (fill, then interpolate, then mask).

Masked coarse pixels (cloud, fill, sea) are first filled from their valid neighbours only — a few
rounds of 3×3 normalised averaging, then the mean of the valid pixels — so their original values never
enter the interpolation: a masked pixel cannot bleed into valid ones, whatever it held. The upsampling is
Keys' cubic convolution (a = −0.5, the usual "bicubic") evaluated at the fine pixel centres of an
area-aligned grid (fine pixel i of coarse pixel j has centre u = (i + ½)/f − ½ in coarse pixels), with
the edges replicated.
"""
from __future__ import annotations

import numpy as np

FILL_ROUNDS = 4  # a cubic kernel reaches 2 coarse pixels; the CNN's receptive field < 2 coarse pixels


def fill_masked(c: np.ndarray, valid: np.ndarray, rounds: int = FILL_ROUNDS) -> np.ndarray:
    """``c`` with its invalid pixels replaced by values derived from valid pixels only."""
    out = np.where(valid, c, 0.0).astype(np.float64)
    known = valid.astype(bool).copy()
    if not known.any():
        return np.full(c.shape, np.nan, np.float32)
    for _ in range(rounds):
        if known.all():
            break
        w = np.pad(known.astype(np.float64), 1)
        v = np.pad(np.where(known, out, 0.0), 1)
        s = np.zeros_like(out)
        n = np.zeros_like(out)
        h, wd = out.shape
        for dy in range(3):
            for dx in range(3):
                s += v[dy:dy + h, dx:dx + wd]
                n += w[dy:dy + h, dx:dx + wd]
        new = (~known) & (n > 0)
        out[new] = s[new] / n[new]
        known |= new
    if not known.all():
        out[~known] = out[valid.astype(bool)].mean()
    return out.astype(np.float32)


def _keys(t: np.ndarray, a: float = -0.5) -> np.ndarray:
    t = np.abs(t)
    return np.where(t <= 1, (a + 2) * t ** 3 - (a + 3) * t ** 2 + 1,
                    np.where(t < 2, a * t ** 3 - 5 * a * t ** 2 + 8 * a * t - 4 * a, 0.0))


def _phases(factor: int):
    """For each fine phase p: (integer offset of the first of 4 taps, 4 weights)."""
    out = []
    for p in range(factor):
        u = (p + 0.5) / factor - 0.5
        k0 = int(np.floor(u))
        frac = u - k0
        w = _keys(np.array([1 + frac, frac, 1 - frac, 2 - frac]))
        out.append((k0 - 1, w / w.sum()))
    return out


def _up_axis(x: np.ndarray, factor: int, axis: int) -> np.ndarray:
    x = np.moveaxis(x, axis, -1)
    n = x.shape[-1]
    pad = [(0, 0)] * (x.ndim - 1) + [(2, 2)]
    xp = np.pad(x, pad, mode="edge")
    out = np.empty(x.shape[:-1] + (n * factor,), np.float64)
    for p, (off, w) in enumerate(_phases(factor)):
        acc = np.zeros(x.shape[:-1] + (n,), np.float64)
        for k in range(4):
            start = 2 + off + k
            acc += w[k] * xp[..., start:start + n]
        out[..., p::factor] = acc
    return np.moveaxis(out, -1, axis)


def bicubic_up(c: np.ndarray, factor: int) -> np.ndarray:
    """Bicubic upsampling of a finite (H, W) array to (H·f, W·f)."""
    x = np.asarray(c, np.float64)
    return _up_axis(_up_axis(x, factor, 0), factor, 1).astype(np.float32)


def bicubic_masked(c: np.ndarray, valid: np.ndarray, factor: int) -> np.ndarray:
    """Bicubic upsampling of ``c`` with invalid pixels filled first (no bleeding); not masked after."""
    return bicubic_up(fill_masked(c, valid), factor)
