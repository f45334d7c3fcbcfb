# SPDX-License-Identifier: GPL-3.0-or-later
"""The smoothing audit: a smoothed series whose mean left the valid range (LAI over 8 near a date observed at 7.95)
was clipped without quality flag 2 "clamped", which the per-date retrieval sets for the same clipping."""
import numpy as np

from eolatent.core.biophysical import retrieval as bio
from eolatent.core.biophysical.raster import FLAG_GAP_FILLED, FLAG_SMOOTHED, smooth_tile


def test_a_smoothed_mean_clipped_to_the_range_is_flagged_clamped():
    days = np.array([0.0, 10.0, 20.0, 30.0])
    lai = np.array([6.0, 7.2, 7.95, np.nan], np.float32)[:, None, None]       # rising into the ceiling, then a gap
    res = {v: np.full((4, 1, 1), 0.5, np.float32) for v in bio.VARIABLES}
    res.update({v + "_STD": np.full((4, 1, 1), 0.05, np.float32) for v in bio.VARIABLES})
    res["LAI"] = lai.copy()
    res["QUALITY"] = np.array([0, 0, 0, bio.FLAG_INVALID], np.uint8)[:, None, None]
    ranges = {v: (0.0, 8.0) if v == "LAI" else (0.0, 1.0e3) for v in bio.VARIABLES}
    smooth_tile(res, days, {v: 1.0 for v in bio.VARIABLES}, ranges)
    q = res["QUALITY"][:, 0, 0]
    assert res["LAI"][3, 0, 0] == 8.0                                   # extrapolated past 8 on the filled date: clipped
    assert q[3] & bio.FLAG_CLAMPED and q[3] & FLAG_GAP_FILLED and not q[3] & bio.FLAG_INVALID
    assert not q[0] & bio.FLAG_CLAMPED and q[0] & FLAG_SMOOTHED             # inside the range: not flagged
    assert np.all(res["LAI"][:, 0, 0] <= 8.0)
