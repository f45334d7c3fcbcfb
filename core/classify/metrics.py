# SPDX-License-Identifier: GPL-3.0-or-later
"""Accuracy of a classification: confusion matrix, overall accuracy, Cohen's kappa, per-class precision,
recall and F1, macro F1. Plain numpy (tested against sklearn.metrics)."""
from __future__ import annotations

from typing import Dict, Sequence

import numpy as np


def confusion_matrix(y_true, y_pred, labels: Sequence) -> np.ndarray:
    """Counts ``C[i, j]`` of samples of true class ``labels[i]`` predicted as ``labels[j]`` (int64).
    Samples whose true or predicted label is not in ``labels`` are ignored."""
    labels = list(labels)
    index = {v: i for i, v in enumerate(labels)}
    t = np.array([index.get(v, -1) for v in np.asarray(y_true).tolist()], dtype=np.int64)
    p = np.array([index.get(v, -1) for v in np.asarray(y_pred).tolist()], dtype=np.int64)
    keep = (t >= 0) & (p >= 0)
    n = len(labels)
    return np.bincount(t[keep] * n + p[keep], minlength=n * n).reshape(n, n).astype(np.int64)


def overall_accuracy(cm: np.ndarray) -> float:
    total = cm.sum()
    return float(np.trace(cm) / total) if total else float("nan")


def kappa(cm: np.ndarray) -> float:
    """Cohen's kappa: (p_o − p_e) / (1 − p_e), p_e from the row and column marginals."""
    total = float(cm.sum())
    if not total:
        return float("nan")
    po = np.trace(cm) / total
    pe = float((cm.sum(axis=0) * cm.sum(axis=1)).sum()) / total ** 2
    return float((po - pe) / (1.0 - pe)) if pe < 1.0 else (1.0 if po == 1.0 else 0.0)


def per_class(cm: np.ndarray) -> Dict[str, np.ndarray]:
    """Precision, recall, F1 and support per class; 0 where undefined (as sklearn's zero_division=0)."""
    tp = np.diag(cm).astype(np.float64)
    pred = cm.sum(axis=0).astype(np.float64)
    true = cm.sum(axis=1).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(pred > 0, tp / pred, 0.0)
        recall = np.where(true > 0, tp / true, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    return dict(precision=precision, recall=recall, f1=f1, support=true.astype(np.int64))


def report(y_true, y_pred, labels: Sequence, names: Sequence[str] = ()) -> dict:
    """All figures as a JSON-ready dict. Macro F1 averages the classes present in ``y_true``."""
    labels = list(labels)
    names = list(names) or [str(v) for v in labels]
    cm = confusion_matrix(y_true, y_pred, labels)
    pc = per_class(cm)
    present = pc["support"] > 0
    return dict(
        labels=[_plain(v) for v in labels], names=names, confusion_matrix=cm.tolist(),
        overall_accuracy=overall_accuracy(cm), kappa=kappa(cm),
        macro_f1=float(pc["f1"][present].mean()) if present.any() else float("nan"),
        n_samples=int(cm.sum()),
        per_class=[dict(value=_plain(v), name=n, precision=float(p), recall=float(r), f1=float(f), support=int(s))
                   for v, n, p, r, f, s in zip(labels, names, pc["precision"], pc["recall"], pc["f1"],
                                               pc["support"])])


def _plain(v):
    return v.item() if isinstance(v, np.generic) else v
