# SPDX-License-Identifier: GPL-3.0-or-later
"""Binary/score morphology of the cloud detection (:mod:`.clouds`): the s2cloudless post-processing.

A cloud probability/score is averaged over a disk (:func:`disk_mean`, the grid mirrored at its border),
thresholded and dilated by a disk (:func:`dilate`) - :func:`postprocess`, as s2cloudless's
``S2PixelCloudDetector.get_mask_from_prob`` does with OpenCV. The disks are those of ``cv2.circle``
(x^2 + y^2 <= r^2, :func:`disk`); the disk sums are done row by row with cumulative sums, in numpy.
"""
from __future__ import annotations

import math

import numpy as np


def disk(radius: int) -> np.ndarray:
    """Disk structuring element (2r+1, 2r+1) uint8, 1 where x^2 + y^2 <= r^2 (equal to OpenCV's
    ``cv2.circle(..., thickness=-1)`` that s2cloudless uses, for r = 1..29)."""
    r = int(radius)
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return (x * x + y * y <= r * r).astype(np.uint8)


def _half_widths(radius: int):
    r = int(radius)
    return [(dy, int(math.isqrt(r * r - dy * dy))) for dy in range(-r, r + 1)]


def _row_box_sum(a: np.ndarray, half: int) -> np.ndarray:
    """Sum over [c - half, c + half] along the last axis of a padded array (output narrower by 2*half)."""
    c = np.cumsum(a, axis=-1, dtype=np.float64)
    c = np.concatenate([np.zeros(c.shape[:-1] + (1,)), c], axis=-1)
    n = a.shape[-1] - 2 * half
    return c[..., 2 * half + 1: 2 * half + 1 + n] - c[..., 0:n]


def disk_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean of *values* (h, w) over a disk of *radius* pixels around each pixel, the grid mirrored at its
    border (OpenCV BORDER_REFLECT, numpy "symmetric"), as s2cloudless's ``cv2.filter2D`` with the normalised
    disk. NaN values are left out of the mean; a pixel with no finite value in its disk is NaN."""
    v = np.asarray(values, np.float64)
    r = int(radius)
    if r <= 0:
        return v.copy()
    h, w = v.shape
    ok = np.isfinite(v)
    reps_y, reps_x = -(-r // max(h, 1)), -(-r // max(w, 1))
    pad = ((r, r), (r, r))
    if reps_y > 1 or reps_x > 1:  # grid smaller than the radius: mirror repeatedly, as OpenCV does
        vv = np.where(ok, v, 0.0)
        big_v = np.pad(vv, ((h * reps_y, h * reps_y), (w * reps_x, w * reps_x)), mode="symmetric")
        big_k = np.pad(ok.astype(np.float64), ((h * reps_y, h * reps_y), (w * reps_x, w * reps_x)),
                       mode="symmetric")
        oy, ox = h * reps_y - r, w * reps_x - r
        pv = big_v[oy: oy + h + 2 * r, ox: ox + w + 2 * r]
        pk = big_k[oy: oy + h + 2 * r, ox: ox + w + 2 * r]
    else:
        pv = np.pad(np.where(ok, v, 0.0), pad, mode="symmetric")
        pk = np.pad(ok.astype(np.float64), pad, mode="symmetric")
    total = np.zeros((h, w))
    count = np.zeros((h, w))
    for dy, hw in _half_widths(r):
        rows = slice(r + dy, r + dy + h)
        cols = slice(r - hw, r + hw + w)
        total += _row_box_sum(pv[rows, cols], hw)
        count += _row_box_sum(pk[rows, cols], hw)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = total / count
    out[count < 0.5] = np.nan
    return out


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """Binary dilation of *mask* (h, w) by a disk of *radius* pixels; outside the grid counts as False
    (OpenCV's ``cv2.dilate`` default border)."""
    m = np.asarray(mask, bool)
    r = int(radius)
    if r <= 0:
        return m.copy()
    h, w = m.shape
    p = np.pad(m.astype(np.float64), ((r, r), (r, r)))
    out = np.zeros((h, w), bool)
    for dy, hw in _half_widths(r):
        out |= _row_box_sum(p[r + dy: r + dy + h, r - hw: r + hw + w], hw) > 0.5
    return out


def postprocess(score: np.ndarray, threshold: float, average_over: int, dilation_size: int) -> np.ndarray:
    """s2cloudless post-processing of a cloud probability/score (h, w): disk mean (radius *average_over*),
    ``> threshold``, dilation (radius *dilation_size*). NaN never becomes cloud by itself."""
    avg = disk_mean(score, average_over) if average_over and average_over > 0 else np.asarray(score, float)
    with np.errstate(invalid="ignore"):
        cloud = avg > threshold
    return dilate(cloud, dilation_size) if dilation_size and dilation_size > 0 else cloud
