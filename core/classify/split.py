# SPDX-License-Identifier: GPL-3.0-or-later
"""Spatially separated training / validation split and label budgets.

The unit is the sample (a polygon or a point), never the pixel: all pixels of a polygon fall on the same
side. Samples are grouped into square spatial blocks (by the centre of their bounding box) and whole blocks go
to the validation side, so validation polygons are not the immediate neighbours of training polygons of the
same block. Blocks are drawn in a seeded random order. A first pass accepts a block only where it brings a class
still short of its validation quota closer to it without taking any class past its quota, so that few samples are
not halved (the quota is the fraction asked for); where blocks hold too many samples for that, the block that helps
a class still short with the smallest excess over the quotas is taken, again and again, as long as training keeps
at least half of every class (or all but the quota, where the fraction asked for is over one half); a class that no
block can serve so stays short, or unvalidated, and the split says so. No block ever takes the last training sample
of a class. With ``exact_first=False`` (the benchmarks' test sides) one pass in the seeded
order accepts any block that helps a class still short. A class with fewer than two samples cannot be validated:
all its samples train, and the split says so.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np

from ..i18n import tr


@dataclass
class Split:
    train: np.ndarray       # sample ids
    validation: np.ndarray  # sample ids
    block_size: float
    unvalidated: List[int] = field(default_factory=list)  # class codes with no validation sample
    n_blocks: int = 0

    def side_of(self, ids: np.ndarray) -> np.ndarray:
        """Per pixel/sample id: 0 training, 1 validation, -1 neither."""
        out = np.full(len(ids), -1, dtype=np.int8)
        out[np.isin(ids, self.train)] = 0
        out[np.isin(ids, self.validation)] = 1
        return out


def auto_block_size(centroids: np.ndarray, least: float = 1.0) -> float:
    """A fifth of the shorter side of the samples' extent (about 25 blocks), at least ``least`` CRS units (a pixel
    where it is smaller than 1: in a geographic CRS the samples span a fraction of a degree)."""
    if len(centroids) < 2:
        return float(least)
    span = centroids.max(axis=0) - centroids.min(axis=0)
    return max(float(min(span[0], span[1]) if min(span) > 0 else max(span)) / 5.0, float(least))


def ground_centroids(centroids: np.ndarray, geographic: bool) -> np.ndarray:
    """``centroids`` (n, 2) for the spatial blocks: in a geographic CRS (``geographic``) the longitudes scaled by the
    cosine of the samples' mean latitude, so that a block (its side in degrees of latitude) is square on the
    ground; unchanged otherwise."""
    c = np.array(centroids, dtype=np.float64).reshape(-1, 2)
    if geographic and len(c):
        c[:, 0] *= math.cos(math.radians(float(np.clip(np.nanmean(c[:, 1]), -89.0, 89.0))))
    return c


def block_keys(centroids: np.ndarray, block_size: float) -> np.ndarray:
    """Integer block index of every sample (0 block size: one block per sample)."""
    n = len(centroids)
    if block_size <= 0:
        return np.arange(n)
    origin = centroids.min(axis=0)
    cell = np.floor((centroids - origin) / block_size).astype(np.int64)
    _, keys = np.unique(cell, axis=0, return_inverse=True)
    return keys.reshape(-1)


def spatial_split(ids, codes, centroids, validation_fraction: float = 0.3, block_size: float = -1.0,
                  seed: int = 0, exact_first: bool = True, least_block: float = 1.0) -> Split:
    """Split samples (``ids``, class ``codes``, ``centroids`` (n, 2)) into training and validation.

    ``block_size`` in CRS units; negative: automatic (:func:`auto_block_size`, at least ``least_block``); 0: each
    sample its own block.
    ``exact_first``: the first pass (no class past its quota, see the module docstring); False: the second pass
    alone (at least the quota of every class, possibly much more: the benchmarks' test sides).
    """
    ids, codes = np.asarray(ids), np.asarray(codes)
    centroids = np.asarray(centroids, dtype=np.float64).reshape(-1, 2)
    if block_size < 0:
        block_size = auto_block_size(centroids, least_block)
    classes, totals = np.unique(codes, return_counts=True)
    unvalidated = [int(c) for c, n in zip(classes, totals) if n < 2]
    if validation_fraction <= 0 or len(ids) < 2:
        return Split(ids.copy(), ids[:0].copy(), block_size, [int(c) for c in classes], 0)
    target: Dict[int, int] = {int(c): (min(max(int(round(validation_fraction * n)), 1), n - 1) if n >= 2 else 0)
                              for c, n in zip(classes, totals)}
    total = dict(zip((int(c) for c in classes), (int(n) for n in totals)))
    keys = block_keys(centroids, block_size)
    rng = np.random.default_rng(seed)
    order = rng.permutation(int(keys.max()) + 1)
    val = np.zeros(len(ids), dtype=bool)
    taken = {c: 0 for c in total}
    if exact_first:
        _fill_closest(keys, codes, order, target, total, taken, val)
    for limit in () if exact_first else ("last sample",):
        for b in order:
            if all(taken[c] >= target[c] for c in total):
                break
            members = np.nonzero(keys == b)[0]
            if val[members].any():
                continue
            cls, cnt = np.unique(codes[members], return_counts=True)
            counts = {int(c): int(k) for c, k in zip(cls, cnt)}
            helps = any(taken[c] < target[c] for c in counts)
            cap = {c: (target[c] if limit == "quota" else total[c] - 1) for c in counts}
            if helps and all(taken[c] + k <= cap[c] for c, k in counts.items()):
                val[members] = True
                for c, k in counts.items():
                    taken[c] += k
    unvalidated = sorted(set(unvalidated) | {c for c in total if taken[c] == 0})
    return Split(ids[~val].copy(), ids[val].copy(), float(block_size), unvalidated, int(keys.max()) + 1)


def split_messages(split: Split, names: Dict[int, str], validation_fraction: float, n_samples: int) -> List[str]:
    """Warnings on a split: one block holding every sample (a block size too large: nothing could be validated),
    else each class left without validation."""
    if validation_fraction <= 0:
        return []
    if split.n_blocks == 1 and n_samples > 1 and not len(split.validation):
        return [tr("the spatial block size {size:g} (in the raster's CRS units) puts all {count} samples in one block, "
                   "so none can be set aside for validation and nothing is validated; give a smaller block size (0: "
                   "automatic)", size=split.block_size, count=n_samples)]
    return [tr("class {name}: too few samples with pixels for a validation sample; it is trained but not validated",
               name=names.get(c, c)) for c in split.unvalidated]


def _fill_closest(keys, codes, order, target, total, taken, val) -> None:
    """The split of ``exact_first``: blocks in the seeded ``order`` that take no class past its quota, then, while a
    class is short, the block that helps it with the smallest excess over the quotas (never the last training
    sample of a class); ``taken`` and ``val`` are updated in place."""
    cls = sorted(total)
    col = {c: j for j, c in enumerate(cls)}
    counts = np.zeros((int(keys.max()) + 1, len(cls)), np.int64)       # samples of each class in each block
    np.add.at(counts, (keys, np.array([col[int(c)] for c in codes])), 1)
    tgt = np.array([target[c] for c in cls])
    cap = np.array([max(target[c], total[c] // 2) for c in cls])      # training keeps at least half of a class
    free = np.ones(len(counts), bool)

    def take(b):
        free[b] = False
        val[keys == b] = True
        for j, c in enumerate(cls):
            taken[c] += int(counts[b, j])

    for b in order:                                                     # first: nothing past a quota
        have = np.array([taken[c] for c in cls])
        if (have >= tgt).all():
            return
        if (counts[b] > 0).any() and ((have < tgt) & (counts[b] > 0)).any() and (have + counts[b] <= tgt).all():
            take(b)
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    while True:                                                         # then: the least excess
        have = np.array([taken[c] for c in cls])
        short = have < tgt
        if not short.any():
            return
        after = have[None, :] + counts
        ok = free & (counts[:, short] > 0).any(axis=1) & (after <= cap[None, :]).all(axis=1)
        if not ok.any():
            return
        excess = np.maximum(after - tgt[None, :], 0).sum(axis=1)
        cand = np.flatnonzero(ok)
        take(int(cand[np.lexsort((rank[cand], excess[cand]))[0]]))


def draw_budget(ids, codes, per_class: int, seed: int = 0) -> np.ndarray:
    """At most ``per_class`` sample ids of every class, drawn at random (seeded); ``per_class`` ≤ 0: all."""
    ids, codes = np.asarray(ids), np.asarray(codes)
    if per_class <= 0:
        return ids.copy()
    rng = np.random.default_rng(seed)
    chosen = []
    for c in np.unique(codes):
        members = ids[codes == c]
        k = min(per_class, len(members))
        chosen.append(rng.choice(members, size=k, replace=False))
    return np.sort(np.concatenate(chosen)) if chosen else ids[:0].copy()


def pixel_weighted_fraction(pixel_ids: np.ndarray, split: Split) -> float:
    side = split.side_of(pixel_ids)
    n = int((side >= 0).sum())
    return float((side == 1).sum() / n) if n else math.nan


def subsample_per_class(codes: np.ndarray, limit: int, seed: int) -> np.ndarray:
    """Indexes keeping at most ``limit`` pixels per class (seeded)."""
    rng = np.random.default_rng(seed)
    keep = []
    for c in np.unique(codes):
        idx = np.nonzero(codes == c)[0]
        keep.append(idx if len(idx) <= limit else np.sort(rng.choice(idx, limit, replace=False)))
    return np.sort(np.concatenate(keep)) if keep else np.zeros(0, np.int64)
