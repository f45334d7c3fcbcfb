# SPDX-License-Identifier: GPL-3.0-or-later
"""The per-window quality bands of a latent raster (docs/latent_contract.md): per pixel or chunk, the dates (the
months, for a monthly encoder such as Presto) with a valid Sentinel-2 observation + S1_WEIGHT × those with a valid
Sentinel-1 one; 0 = no observation. Encoders write them with :func:`quality_value`; decode and text query read them
with :func:`sensor_counts`."""
from __future__ import annotations

from typing import Tuple

import numpy as np

S1_WEIGHT = 100


def quality_value(s2_count, s1_count) -> np.ndarray:
    """The quality band's value of ``s2_count`` Sentinel-2 and ``s1_count`` Sentinel-1 observations."""
    return np.asarray(s2_count) + S1_WEIGHT * np.asarray(s1_count)


def sensor_counts(quality) -> Tuple[np.ndarray, np.ndarray]:
    """(Sentinel-2 count, Sentinel-1 count) of quality band values (NaN read as no observation)."""
    q = np.nan_to_num(np.asarray(quality, np.float64))
    return q % S1_WEIGHT, q // S1_WEIGHT
