# SPDX-License-Identifier: GPL-3.0-or-later
"""Batched banded linear algebra for :mod:`.temporal_smoothing`: symmetric banded LDLᵀ over a pixel axis.

Many symmetric positive-definite banded systems of one size and bandwidth (one per pixel) are factorised
together, the pixel axis vectorised in numpy: :func:`_band_ldl` (A = L D Lᵀ), :func:`_band_solve`
(A x = b) and :func:`_band_inverse_diag`, the diagonal of A⁻¹ by the banded selected-inversion recursion
(Takahashi 1973; Hutchinson & de Hoog 1985) without forming A⁻¹.
"""
from __future__ import annotations

import numpy as np


def _band_ldl(a0, a):
    """LDLᵀ of symmetric banded matrices over the pixel axis.

    ``a0`` (M, C): the diagonals; ``a[i]`` (i = 1..p): the i-th super-diagonals, shape (M−i,) or (M−i, C).
    Returns d (M, C) and l[i] (M, C) with l[i][k] = L[k+i, k] (0 where k+i ≥ M)."""
    p = len(a) - 1
    m, c = a0.shape
    d = np.empty((m, c))
    l = [None] + [np.zeros((m, c)) for _ in range(p)]
    ld = [None] + [np.zeros((m, c)) for _ in range(p)]   # l[j][k] * d[k]
    tmp = np.empty(c)
    for k in range(m):
        dk = d[k]
        dk[...] = a0[k]
        for j in range(1, min(p, k) + 1):
            np.multiply(l[j][k - j], ld[j][k - j], out=tmp)
            dk -= tmp
        for i in range(1, p + 1):
            if k + i >= m:
                break
            v = ld[i][k]
            v[...] = a[i][k]
            for j in range(1, min(p - i, k) + 1):
                np.multiply(l[i + j][k - j], ld[j][k - j], out=tmp)
                v -= tmp
            np.divide(v, dk, out=l[i][k])
    return d, l


def _band_solve(d, l, b):
    """Solve L D Lᵀ x = b (b (M, C))."""
    p = len(l) - 1
    m = d.shape[0]
    u = b.copy()
    tmp = np.empty(d.shape[1])
    for k in range(1, m):
        for j in range(1, min(p, k) + 1):
            np.multiply(l[j][k - j], u[k - j], out=tmp)
            u[k] -= tmp
    u /= d
    for k in range(m - 2, -1, -1):
        for j in range(1, min(p, m - 1 - k) + 1):
            np.multiply(l[j][k], u[k + j], out=tmp)
            u[k] -= tmp
    return u


def _band_inverse_diag(d, l, rows):
    """diag(A⁻¹) at ``rows`` for A = L D Lᵀ, by the selected-inversion recursion Σ = D⁻¹L⁻¹ + (I − Lᵀ)Σ
    restricted to the band (Takahashi 1973): Σ[k, k+i] = δ_i0/d_k − Σ_j L[k+j, k] Σ[k+j, k+i]."""
    p = len(l) - 1
    m, c = d.shape
    s = [np.zeros((m, c)) for _ in range(p + 1)]   # s[i][k] = Σ[k, k+i]
    tmp = np.empty(c)
    for k in range(m - 1, -1, -1):
        jmax = min(p, m - 1 - k)
        for i in range(jmax, 0, -1):
            acc = s[i][k]   # starts at 0
            for j in range(1, jmax + 1):
                # Σ[k+j, k+i] = s[|i−j|][k + min(i, j)]
                np.multiply(l[j][k], s[abs(i - j)][k + min(i, j)], out=tmp)
                acc -= tmp
        diag = s[0][k]
        np.divide(1.0, d[k], out=diag)
        for j in range(1, jmax + 1):
            np.multiply(l[j][k], s[j][k], out=tmp)
            diag -= tmp
    return s[0][rows]
