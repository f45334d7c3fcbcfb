# SPDX-License-Identifier: GPL-3.0-or-later
"""LAI figures of a biophysical retrieval on a test set: overall and per LAI bin.

Used by train_biophysical.py (the card's metrics) and evaluate_biophysical.py (the comparison of the
ATBD design, the shipped model and SNAP's SL2P on the same spectra).
"""
from __future__ import annotations

from typing import Optional

import numpy as np

BINS = ((0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8))


def _r(x, nd=4):
    return float(round(float(x), nd))


def lai_summary(pred: np.ndarray, truth: np.ndarray, std: Optional[np.ndarray] = None) -> dict:
    """RMSE, bias, Pearson r (and ±1σ coverage when ``std`` is given) of LAI predictions."""
    ok = np.isfinite(pred)
    p, t = pred[ok], truth[ok]
    e = p - t
    out = {"n": int(ok.sum()), "rmse": _r(np.sqrt(np.mean(e ** 2))), "bias": _r(np.mean(e)),
           "r": _r(np.corrcoef(p, t)[0, 1]) if p.size > 2 and np.std(p) > 0 else float("nan")}
    if std is not None:
        out["coverage_1sigma"] = _r(np.mean(np.abs(e) <= std[ok]))
        out["mean_std"] = _r(np.mean(std[ok]))
    return out


def lai_by_bin(pred: np.ndarray, truth: np.ndarray, std: Optional[np.ndarray] = None, min_n: int = 20) -> dict:
    """:func:`lai_summary` in each bin of true LAI (:data:`BINS`), keyed "lo-hi"."""
    out = {}
    for lo, hi in BINS:
        k = (truth >= lo) & (truth < hi)
        if k.sum() >= min_n:
            s = lai_summary(pred[k], truth[k], None if std is None else std[k])
            s.pop("r", None)
            out[f"{lo}-{hi}"] = s
    return out


RELIABILITY_LEVELS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.6827, 0.7, 0.8, 0.9, 0.95)


def reliability(pred: np.ndarray, truth: np.ndarray, std: np.ndarray) -> dict:
    """Reliability diagram data: for each nominal probability p, the fraction of truths inside the central
    Gaussian interval of probability p (mean ± z_p σ). A calibrated σ gives the diagonal."""
    from statistics import NormalDist

    ok = np.isfinite(pred) & np.isfinite(std)
    z = np.abs(pred[ok] - truth[ok]) / std[ok]
    nd = NormalDist()
    return {"nominal": list(RELIABILITY_LEVELS),
            "observed": [_r(np.mean(z <= nd.inv_cdf(0.5 + p / 2))) for p in RELIABILITY_LEVELS]}


def goals(uniform: dict, uniform_bins: dict, atbd_bins: dict) -> dict:
    """The issue's goals on the simulated tests (noise-free uniform-LAI test, per-bin coverage)."""
    bins_to_6 = [v for k, v in uniform_bins.items() if int(k.split("-")[1]) <= 6]
    coverage_ok = all(0.60 <= v["coverage_1sigma"] <= 0.76 for v in list(uniform_bins.values()) + list(atbd_bins.values()))
    return {"uniform_rmse_le_0.9": bool(uniform["rmse"] <= 0.9), "uniform_r_ge_0.9": bool(uniform["r"] >= 0.9),
            "uniform_bias_within_0.5_every_bin_to_6": bool(all(abs(v["bias"]) <= 0.5 for v in bins_to_6)),
            "coverage_1sigma_60_76_every_bin_both_tests": bool(coverage_ok)}


def markdown_bins(rows: dict, key: str = "rmse") -> str:
    """A markdown table: one row per method, one column per LAI bin, cells "rmse / bias [/ cov]"."""
    bins = [f"{lo}-{hi}" for lo, hi in BINS if any(f"{lo}-{hi}" in r for r in rows.values())]
    lines = ["| method | " + " | ".join(bins) + " |", "|---|" + "---|" * len(bins)]
    for name, r in rows.items():
        cells = []
        for b in bins:
            v = r.get(b)
            if v is None:
                cells.append("")
                continue
            c = f"{v['rmse']:.2f} / {v['bias']:+.2f}"
            if "coverage_1sigma" in v:
                c += f" / {100 * v['coverage_1sigma']:.0f} %"
            cells.append(c)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
