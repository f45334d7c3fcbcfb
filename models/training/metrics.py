# SPDX-License-Identifier: GPL-3.0-or-later
"""Held-out metrics of the retrieval models: RMSE, bias, R², ±1σ/±2σ coverage, against a baseline."""
from __future__ import annotations

import numpy as np

from eolatent.models.training import simulate_biophysical as sim


def regression_metrics(pred: np.ndarray, truth: np.ndarray) -> dict:
    err = pred - truth
    ss_res = float(np.sum(err ** 2))
    ss_tot = float(np.sum((truth - truth.mean()) ** 2))
    return {"rmse": float(np.sqrt(np.mean(err ** 2))), "bias": float(np.mean(err)),
            "r2": 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")}


def evaluate(mean, std, base_pred, truth) -> dict:
    out = {}
    for k, v in enumerate(sim.VARIABLES):
        m = regression_metrics(mean[:, k], truth[:, k])
        z = np.abs(mean[:, k] - truth[:, k]) / std[:, k]
        m["coverage_1sigma"] = float(np.mean(z <= 1.0))
        m["coverage_2sigma"] = float(np.mean(z <= 2.0))
        m["mean_std"] = float(np.mean(std[:, k]))
        b = regression_metrics(base_pred[:, k], truth[:, k])
        m.update({"baseline_rmse": b["rmse"], "baseline_bias": b["bias"], "baseline_r2": b["r2"]})
        out[v] = m
    return out


def _r(x, nd=4):
    """A float rounded for the metrics files."""
    return float(round(float(x), nd))
