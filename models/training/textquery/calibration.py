# SPDX-License-Identifier: GPL-3.0-or-later
"""Calibration of the tower's cosines (contract: Platt a, b for one prompt; softmax scale for several)."""
from __future__ import annotations

import numpy as np


def calibrate(z, cls, bank: dict, rng) -> dict:
    """Platt (a, b) and softmax scale from validation embeddings z [N, 384] of known training classes cls [N]."""
    names, related = bank["names"], bank["related"]
    cos_all = [z @ e.T for e in bank["embeddings"]]                     # per class: [N, n_captions]
    # Platt: every (pixel, TRAIN caption) pair; positive = the pixel's class, negative = an unrelated class
    s, y, w = [], [], []
    n_per = np.bincount(cls, minlength=len(names)).astype(np.float64)
    pix_w = 1.0 / n_per[cls]                                             # each class of pixels weighs the same
    for c in range(len(names)):
        cos = cos_all[c]
        pos = cls == c
        neg = ~related[cls, c]
        for mask, lab in ((pos, 1.0), (neg, 0.0)):
            if mask.any():
                s.append(cos[mask].ravel())
                y.append(np.full(cos[mask].size, lab))
                w.append(np.repeat(pix_w[mask], cos.shape[1]) / cos.shape[1])
    s, y, w = np.concatenate(s), np.concatenate(y), np.concatenate(w)
    w = np.where(y > 0, w / w[y > 0].sum(), w / w[y == 0].sum())      # positives and negatives weigh the same
    a, b = _platt(s, y, w)
    # softmax: for each pixel, one random TRAIN caption per unrelated class (+ its own); fit s by 1-D search
    draws = 8
    logits, target = [], []
    for _ in range(draws):
        pick = [rng.integers(0, e.shape[0]) for e in bank["embeddings"]]
        cos = np.stack([cos_all[c][:, pick[c]] for c in range(len(names))], 1)   # [N, n]
        logits.append(cos)
        target.append(cls)
    cos, tgt = np.concatenate(logits), np.concatenate(target)
    excl = related[tgt] & ~np.eye(len(names), dtype=bool)[tgt]
    ww = np.tile(pix_w, draws)

    def nll(scale):
        lg = np.where(excl, -np.inf, scale * cos)
        m = lg.max(1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(lg - m).sum(1))
        return float((ww * (lse - lg[np.arange(len(tgt)), tgt])).sum() / ww.sum())

    grid = np.exp(np.linspace(np.log(1.0), np.log(200.0), 121))
    vals = [nll(x) for x in grid]
    i = int(np.argmin(vals))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    for _ in range(40):  # golden-section refinement
        m1, m2 = lo + 0.382 * (hi - lo), lo + 0.618 * (hi - lo)
        if nll(m1) < nll(m2):
            hi = m2
        else:
            lo = m1
    scale = 0.5 * (lo + hi)
    return {"single": {"a": round(float(a), 4), "b": round(float(b), 4)},
            "softmax": {"scale": round(float(scale), 4)},
            "fit": {"platt_pairs": int(s.size), "softmax_pixels": int(len(cls)), "softmax_nll": round(nll(scale), 4),
                    "weighting": "each validation class weighs the same; positives and negatives weigh the same "
                                 "(probability 0.5 at the equal-evidence point, no class prior)"}}


def _platt(s, y, w, iters=100):
    """Weighted logistic regression of y on s (Newton with backtracking, on the standardised score)."""
    mu, sd = float((w * s).sum() / w.sum()), float(np.sqrt((w * (s - (w * s).sum() / w.sum()) ** 2).sum() / w.sum()))
    sd = max(sd, 1e-6)
    u = (s - mu) / sd

    def loss(th):
        t = th[0] * u + th[1]
        return float((w * (np.logaddexp(0.0, t) - y * t)).sum())

    th = np.zeros(2)
    f = loss(th)
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(th[0] * u + th[1], -50, 50)))
        g = np.array([(w * (p - y) * u).sum(), (w * (p - y)).sum()])
        r = w * p * (1 - p)
        H = np.array([[(r * u * u).sum(), (r * u).sum()], [(r * u).sum(), r.sum()]]) + 1e-12 * np.eye(2)
        step = np.linalg.solve(H, g)
        t = 1.0
        while t > 1e-6:
            cand = th - t * step
            fc = loss(cand)
            if fc <= f:
                break
            t *= 0.5
        th, done = cand, abs(f - fc) < 1e-12
        f = fc
        if done:
            break
    a = th[0] / sd
    return a, th[1] - a * mu


# ---------------------------------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------------------------------
