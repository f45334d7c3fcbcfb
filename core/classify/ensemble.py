# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``ensemble`` classifier: a soft vote of several classifiers on each block of features (late fusion).

With few labels no single classifier wins everywhere, and choosing one by validation on five labels per class is
noisy (bench/label_efficiency.md: the chooser picks a different model from draw to draw). Averaging the class
probabilities of shrinkage LDA, logistic regression, kNN and a random forest is steadier. With stacked rasters
(a Presto latent beside a raw Sentinel-2 stack) each raster is a *block*: every member classifier sees one block
only, so a block with many features (the raw series) does not drown a compact one (the embedding) as it does when
they are concatenated. Every block weighs the same (it holds as many members as the others).

The result is scikit-learn's soft ``VotingClassifier`` over pipelines that select a block's columns first; skl2onnx
exports it like the single classifiers (``core.classify.train.to_onnx_model``).
"""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence

import numpy as np

from ..i18n import english, tr

MEMBERS = ("lda", "logistic", "knn", "forest")     # all exportable to ONNX (skl2onnx)


def block_columns(block_sizes: Sequence[int]) -> List[List[int]]:
    """Column indexes of each block of a feature matrix made of blocks of these sizes, in order."""
    sizes = [int(s) for s in block_sizes]
    if not sizes or min(sizes) < 1:
        raise ValueError(tr("feature blocks need at least one feature each (sizes {sizes})", sizes=sizes))
    edges = np.cumsum([0] + sizes)
    return [list(range(int(a), int(b))) for a, b in zip(edges[:-1], edges[1:])]


def members_for(y: np.ndarray, members: Sequence[str] = MEMBERS) -> List[str]:
    """The members that can be fitted on labels ``y`` (LDA needs a within-class spread: ≥ 3 labels per class)."""
    from .fewshot import MIN_LABELS

    fewest = int(np.unique(np.asarray(y), return_counts=True)[1].min())
    return [m for m in members if fewest >= MIN_LABELS.get(m, 1)]


def make_ensemble(block_sizes: Sequence[int], y: np.ndarray, seed: int = 0, n_trees: int = 100, scale: bool = True,
                  members: Sequence[str] = MEMBERS):
    """An unfitted soft-vote ensemble: for each block, every member of :func:`members_for` on that block's columns
    (standardised first with ``scale``, except the forest); kNN takes k = min(5, fewest labels per class)."""
    from sklearn.compose import ColumnTransformer
    from sklearn.ensemble import VotingClassifier
    from sklearn.pipeline import Pipeline

    from .fewshot import knn_k, make_classifier

    k = knn_k(y)
    names = members_for(y, members)
    estimators = []
    for b, cols in enumerate(block_columns(block_sizes)):
        for name in names:
            clf = make_classifier(name, seed, scale, n_trees, exportable=True, k=k)
            steps = [("block", ColumnTransformer([("columns", "passthrough", cols)]))]
            steps += list(clf.steps) if hasattr(clf, "steps") else [(name, clf)]
            estimators.append((f"block{b + 1}_{name}", Pipeline(steps)))
    return VotingClassifier(estimators, voting="soft", flatten_transform=False)


def fit_ensemble(clf, X: np.ndarray, y: np.ndarray, knn_max_per_class: Optional[int] = None, seed: int = 0):
    """Fit the soft vote ``clf`` (:func:`make_ensemble`) on (X, y). With ``knn_max_per_class``, each kNN member is
    then refitted on at most that many rows per class (seeded, class-balanced): a kNN keeps its reference rows in the
    model and compares every mapped pixel with each of them, and thousands of pixels of the same polygons add cost,
    not information."""
    clf.fit(X, y)
    if knn_max_per_class:
        from .split import subsample_per_class

        codes = clf.le_.transform(np.asarray(y))
        keep = subsample_per_class(codes, int(knn_max_per_class), seed)
        if len(keep) < len(codes):
            for (name, _), member in zip(clf.estimators, clf.estimators_):
                if name.endswith("_knn"):
                    member.fit(np.asarray(X)[keep], codes[keep])
    return clf


def describe(block_sizes: Sequence[int], y: np.ndarray, n_trees: int, members: Sequence[str] = MEMBERS,
             names: Optional[Dict[int, str]] = None, knn_max_per_class: Optional[int] = None, tr=english) -> str:
    """One line for the model card, in English, and for the log in the user's language with ``tr=core.i18n.tr``
    (``names``: class code → name, for the message)."""
    from .fewshot import knn_k

    codes, counts = np.unique(np.asarray(y), return_counts=True)
    k = knn_k(y)
    capped = knn_max_per_class and counts.max() > knn_max_per_class
    label = {"lda": tr("shrinkage LDA"), "logistic": tr("logistic regression"),
             "knn": tr("kNN (k = {k}; at most {rows} rows a class)", k=k, rows=int(knn_max_per_class)) if capped
             else tr("kNN (k = {k})", k=k),
             "forest": tr("random forest ({count} trees)", count=int(n_trees))}
    sizes = [int(s) for s in block_sizes]
    blocks = (tr("each of {count} feature blocks ({sizes} features), each block weighted equally", count=len(sizes),
                 sizes=" + ".join(str(s) for s in sizes)) if len(sizes) > 1 else
              tr("all {count} features", count=sizes[0]))
    used = members_for(y, members)
    why = ""
    if len(used) < len(members) or k < 5:
        small = codes[np.argmin(counts)]
        reasons = ([tr("shrinkage LDA needs 3 a class and is left out")] if "lda" in members and "lda" not in used
                   else [])
        reasons.append(tr("kNN needs 2 a class (with 1, k = 1 and its all-or-nothing votes would outweigh the others) "
                          "and is left out") if "knn" in members and "knn" not in used else
                       tr("kNN's k is at most the smallest class"))
        why = " " + tr("(class {name} has {count} training row(s): {reasons})",
                       name=(names or {}).get(int(small), small), count=int(counts.min()), reasons="; ".join(reasons))
    return tr("ensemble: soft vote (mean class probability) of {members} on {blocks}",
              members=", ".join(label[m] for m in used), blocks=blocks) + why
