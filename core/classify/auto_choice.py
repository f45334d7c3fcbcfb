# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:classify's ``auto``: the classifier chosen by validation over the training *samples* (each polygon or
point one row, the mean of its pixels, so that pixels of one polygon never validate each other) among LDA, logistic
regression, kNN, the random forest and the block ensemble (:mod:`.ensemble`, which must beat each simpler one)."""
from __future__ import annotations

from typing import Sequence, Tuple

import numpy as np

from ..i18n import join, number, tr


def choose_auto(X: np.ndarray, y: np.ndarray, groups: np.ndarray, sizes: Sequence[int], seed: int, n_trees: int,
                knn_max_per_class: int, info) -> Tuple[str, dict]:
    """(the chosen classifier's name, the choice report for the card); "forest" without validation when fewer
    than two classes have two samples."""
    from . import ensemble
    from .fewshot import EXPORTABLE, choose_classifier

    ids = np.unique(groups)
    Xs = np.stack([X[groups == i].mean(axis=0) for i in ids]).astype(np.float32)   # X is NaN-free (as_matrix)
    ys = np.array([np.bincount(y[groups == i]).argmax() for i in ids])
    vals, counts = np.unique(ys, return_counts=True)
    scored = vals[counts >= 2]               # a class needs two samples to be validated
    keep = np.isin(ys, scored)
    if len(scored) < 2:
        info(tr("fewer than two classes with two training samples or more: the classifier is not chosen by "
                "validation; using the random forest"))
        return "forest", {}

    def vote(Xf, yf):
        return ensemble.fit_ensemble(ensemble.make_ensemble(list(sizes), yf, seed, n_trees), Xf, yf,
                                     knn_max_per_class, seed)

    picked = choose_classifier(Xs[keep], ys[keep], seed, candidates=EXPORTABLE + ("ensemble",), max_per_class_cv=40,
                               n_trees=n_trees, factories={"ensemble": vote})
    choice = dict(chosen=picked.name, scheme=f"{picked.scheme} over {int(keep.sum())} training samples",
                  macro_f1={k: round(v, 4) for k, v in picked.scores.items()},
                  classes_validated=[int(v) for v in scored])
    info(tr("classifier chosen by validation over the training samples ({scheme}): {name} (macro-F1 {scores})",
            scheme=picked.scheme, name=picked.name,
            scores=join(f"{k} {number(v, '.2f')}" for k, v in picked.scores.items())))
    return picked.name, choice
