# SPDX-License-Identifier: GPL-3.0-or-later
"""The value range of a classifier's training features, and its check when the classifier is applied.

Training records, in the card's ``training_data``, the 2nd and 98th percentiles of every feature over the labelled
pixels (:func:`feature_range`). Applying the classifier samples the valid pixels it maps (a few hundred a tile,
:class:`RangeSample`) and warns when most features are on another scale than at training — by more than a factor
:data:`FACTOR` (:func:`scale_message`): the same band names on another product or scale (reflectance 0–1 against
×10000 integers) give a map that is wrong without any error. A card without the record (a classifier trained by
an earlier version) is not checked.
"""
from __future__ import annotations

import warnings
from typing import List, Optional

import numpy as np

from ..i18n import tr
from .features import feature_labels

PERCENTILES = (2.0, 98.0)
FACTOR = 10.0          # a feature whose typical magnitude differs more than this from training is on another scale
PER_TILE = 256         # pixels sampled from each mapped tile
MOST = 20000           # pixels sampled in all


def feature_range(X: np.ndarray) -> Optional[dict]:
    """{percentiles, low, high}: the 2nd and 98th percentiles of every column of ``X`` (n, F) (NaN left out;
    6 significant digits) over at most MOST evenly spaced rows, in float32 (a million labelled pixels cost no more
    than 20 000), None without rows."""
    X = np.asarray(X)
    if not len(X):
        return None
    X = np.asarray(X[::max(1, -(-len(X) // MOST))], np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)     # all-NaN features
        low, high = np.nanpercentile(X, PERCENTILES, axis=0)
    return dict(percentiles=list(PERCENTILES), low=[_round(v) for v in low], high=[_round(v) for v in high])


def _round(v: float) -> Optional[float]:
    return float(f"{v:.6g}") if np.isfinite(v) else None


class RangeSample:
    """Rows of the pixels a classifier maps: at most PER_TILE a tile (evenly spaced), MOST in all."""

    def __init__(self):
        self.rows: List[np.ndarray] = []
        self.n = 0

    def add(self, X: np.ndarray, valid: np.ndarray) -> None:
        """Rows of ``X`` (n, F) where ``valid`` (n,)."""
        rows = np.flatnonzero(valid)
        if self.n >= MOST or not len(rows):
            return
        take = np.asarray(X[rows[::max(1, len(rows) // PER_TILE)][:MOST - self.n]], np.float32)
        self.rows.append(take)
        self.n += len(take)

    def range(self) -> Optional[dict]:
        return feature_range(np.concatenate(self.rows)) if self.rows else None


def scale_message(recorded: Optional[dict], sampled: Optional[dict], spec: dict) -> str:
    """A warning where at least half of the features compared have a typical magnitude (the larger of |2nd| and
    |98th percentile|) more than FACTOR times larger or smaller than at training; "" otherwise, and where the card
    has no record (``recorded`` None) or the feature counts differ."""
    if not recorded or not sampled or len(recorded.get("low") or []) != len(sampled["low"]):
        return ""

    def arr(values):
        return np.array([np.nan if v is None else v for v in values], np.float64)

    lo, hi, qlo, qhi = arr(recorded["low"]), arr(recorded["high"]), arr(sampled["low"]), arr(sampled["high"])
    train, now = np.maximum(np.abs(lo), np.abs(hi)), np.maximum(np.abs(qlo), np.abs(qhi))
    ok = np.isfinite(train) & np.isfinite(now) & (train > 0) & (now > 0)
    if not ok.any():
        return ""
    ratio = np.where(ok, now / np.where(ok, train, 1.0), 1.0)
    off = np.flatnonzero(ok & ((ratio > FACTOR) | (ratio < 1.0 / FACTOR)))
    if 2 * len(off) < int(ok.sum()):
        return ""
    labels = feature_labels(spec)
    details = "; ".join(tr("{name}: training {low:.4g} … {high:.4g}, this input {in_low:.4g} … {in_high:.4g}",
                           name=labels[i] if i < len(labels) else tr("feature {n}", n=i + 1), low=lo[i], high=hi[i],
                           in_low=qlo[i], in_high=qhi[i]) for i in off[:3])
    return tr("{count} of {total} features of this input differ in scale from the classifier's training data by more "
              "than a factor {factor:g} ({details}{more}): another scale or product? (e.g. reflectance 0–1 vs ×10000); "
              "the map is likely wrong: give the raster on the scale the classifier was trained on",
              count=len(off), total=int(ok.sum()), factor=FACTOR, details=details, more=", …" if len(off) > 3 else "")
