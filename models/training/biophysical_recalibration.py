# SPDX-License-Identifier: GPL-3.0-or-later
"""Recalibration of the LAI mean and 1σ so that ±1σ means what it says in every bin of *true* LAI.

The network's σ, calibrated along the *predicted* LAI on the training mixture (train_biophysical.py step 3),
covers 68 % of the truths at every level of prediction. Per bin of the true LAI it does not: where the spectrum
saturates (LAI ≳ 5) one prediction (≈ 5.5–6) and one σ serve truths from 4.5 to 8, so ±1σ covered 90–94 % of the
truths in 5–6 and 25–28 % of those in 7–8. A posterior mean and width under one prior cannot be calibrated per
true bin of other distributions; an estimator whose point and width are remapped along its own prediction can be
made to:

    LAI' = LAI + f(LAI),     σ'_LAI = σ_LAI · g(LAI)

with f and g piecewise linear on :data:`KNOTS` (f(0) = 0 so that bare soil stays at 0; LAI' increasing in LAI),
fitted by gradient descent on a smooth count of coverage (a sigmoid of 1 − |LAI' − truth| / σ') in every bin of
true LAI — goal 60–76 %, fitted to :data:`TARGET` for a margin — plus the bias goal (|bias| ≤ 0.5 up to LAI 6 on
the uniform test) and the RMSE goal (≤ 0.9), on *calibration* simulations of the two reference distributions of
the evaluation (the ATBD design with band noise, and the noise-free uniform-LAI wide test) drawn with their own
seeds, never the test sets'. Only LAI is remapped; f and g are baked into the exported graph
(nets.BiophysicalExport ``lai_shift`` and ``cal_scale``).
"""
from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np

KNOTS = np.arange(0.0, 8.0 + 0.25, 0.5, dtype=np.float32)   # predicted LAI
TARGET = (0.64, 0.72)          # coverage band fitted (goal: 0.60–0.76 in every bin of true LAI)
BIAS_LIMIT = 0.4               # |bias| fitted in the bins the bias goal names (goal: 0.5)
RMSE_LIMIT = 0.85              # goal: 0.9
STEPS = 1500
TAU = 0.05                     # sigmoid width of the smooth coverage count (in units of |z|)


def fit(sets: Sequence[dict], seed: int = 0, steps: int = STEPS, log=None) -> Dict[str, object]:
    """f (shift) and g (σ factor) on :data:`KNOTS` from calibration sets.

    ``sets``: dicts with ``mean`` [N] predicted LAI, ``std`` [N] its 1σ, ``truth`` [N], ``bins`` (number of unit
    bins of true LAI scored, from 0), ``bias_bins`` (bins whose |bias| is held within :data:`BIAS_LIMIT`, 0 for
    none) and ``rmse`` (hold the RMSE within :data:`RMSE_LIMIT`). Returns ``shift`` [K], ``factor`` [K] (float32)
    and ``coverage`` (per set, per bin, with the fitted f and g: the hard count)."""
    import torch

    from .nets import piecewise_linear

    torch.manual_seed(seed)
    knots = torch.as_tensor(KNOTS, dtype=torch.float64).reshape(1, -1)
    data = [dict(s, mean=torch.as_tensor(np.asarray(s["mean"], np.float64)),
                 std=torch.as_tensor(np.asarray(s["std"], np.float64)),
                 truth=torch.as_tensor(np.asarray(s["truth"], np.float64))) for s in sets]
    free = torch.zeros(len(KNOTS) - 1, dtype=torch.float64, requires_grad=True)   # f at knots 1…K-1 (f(0) = 0)
    log_g = torch.zeros(len(KNOTS), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.Adam([free, log_g], lr=0.02)

    def remap(d):           # the same interpolation as the exported graph (nets.BiophysicalExport)
        f = torch.cat([torch.zeros(1, dtype=torch.float64), free])
        fg = piecewise_linear(d["mean"][:, None], knots, torch.stack([f, log_g], dim=1))
        return d["mean"] + fg[:, 0], d["std"] * torch.exp(fg[:, 1])

    def per_bin(d, mu, sg, hard):
        z = (mu - d["truth"]).abs() / sg
        hit = (z <= 1.0).double() if hard else torch.sigmoid((1.0 - z) / TAU)
        cov, bias = [], []
        for b in range(d["bins"]):
            sel = (d["truth"] >= b) & (d["truth"] < b + 1)
            cov.append(hit[sel].mean())
            bias.append((mu - d["truth"])[sel].mean())
        return cov, bias

    for _ in range(steps):
        loss = torch.zeros((), dtype=torch.float64)
        for d in data:
            mu, sg = remap(d)
            cov, bias = per_bin(d, mu, sg, hard=False)
            for c in cov:
                loss = loss + torch.relu(TARGET[0] - c) ** 2 + torch.relu(c - TARGET[1]) ** 2
            for b in bias[:d["bias_bins"]]:
                loss = loss + 0.3 * torch.relu(b.abs() - BIAS_LIMIT) ** 2
            if d["rmse"]:
                loss = loss + torch.relu(((mu - d["truth"]) ** 2).mean().sqrt() - RMSE_LIMIT) ** 2
        f = torch.cat([torch.zeros(1, dtype=torch.float64), free])
        step = float(KNOTS[1] - KNOTS[0])
        loss = loss + 1e-3 * ((f[1:] - f[:-1]) ** 2).sum() + 1e-3 * ((log_g[1:] - log_g[:-1]) ** 2).sum()
        loss = loss + 10.0 * torch.relu(-(f[1:] - f[:-1]) - 0.8 * step).pow(2).sum()   # LAI' stays increasing
        opt.zero_grad()
        loss.backward()
        opt.step()
    coverage: List[List[float]] = []
    with torch.no_grad():
        for d in data:
            mu, sg = remap(d)
            cov, _ = per_bin(d, mu, sg, hard=True)
            coverage.append([round(float(c), 4) for c in cov])
        shift = torch.cat([torch.zeros(1, dtype=torch.float64), free]).numpy().astype(np.float32)
        factor = torch.exp(log_g).numpy().astype(np.float32)
    if log:
        log("LAI recalibration (knots of predicted LAI " + " ".join(f"{k:g}" for k in KNOTS) + "): shift "
            + " ".join(f"{v:+.2f}" for v in shift) + "; σ factor " + " ".join(f"{v:.2f}" for v in factor))
        for s, c in zip(sets, coverage):
            log(f"  calibration set {s.get('name', '?')}: ±1σ coverage per bin " + " ".join(f"{100 * v:.0f}" for v in c))
    return {"shift": shift, "factor": factor, "coverage": coverage}


def summary(result: dict, names: Sequence[str], drawn_from: Sequence[str]) -> dict:
    """The card's record of the recalibration; ``names`` the calibration sets, ``drawn_from`` the distribution each was
    drawn from (biophysical_priors.SAMPLERS)."""
    sets = ", ".join(f"{n} ({d})" for n, d in zip(names, drawn_from))
    return {"method": "LAI' = LAI + f(LAI), sigma'_LAI = sigma_LAI * g(LAI), f and g piecewise linear in the "
                      f"predicted LAI, fitted on calibration simulations (seeds of their own) of: {sets} "
                      "(models/training/biophysical_recalibration.py; the sets per prior: "
                      "train_biophysical.RECALIBRATION)",
            "knots": [float(k) for k in KNOTS], "shift": [round(float(v), 4) for v in result["shift"]],
            "sigma_factor": [round(float(v), 4) for v in result["factor"]],
            "target_coverage": list(TARGET),
            "calibration_coverage": {n: c for n, c in zip(names, result["coverage"])}}
