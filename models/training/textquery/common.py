# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings and small helpers shared by the tower's training modules."""
from __future__ import annotations

import numpy as np

from ..cli import logger

ENCODER = "fine4"
VAL_BLOCKS = ((0, 0), (2, 3), (3, 3))  # 20 × 20 px blocks (row, col) for calibration; see realdata.HOLDOUT_BLOCKS
PURITY = 0.75
# real sub-pixel mixtures (S2 tower): reflectance α·forest + (1 − α)·grassland pixel, α 0.25–0.75 → open woodland
MIXTURE = ("forest", "grassland", "open woodland")


log = logger("textquery.train")


def _t(a, dtype=None):
    import torch

    return torch.as_tensor(np.ascontiguousarray(a), dtype=dtype)
