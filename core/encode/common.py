# SPDX-License-Identifier: GPL-3.0-or-later
"""What every encoder run shares (the fine4 window encoders of :mod:`.raster` and Presto of :mod:`.presto`):
the input error, the result, the common grid and period of the S2/S1 stacks, the stack window under a
latent tile."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from ..inputs.dated_rasters import describe_grid, same_grid
from ..latent import contract as lt


class EncodeInputError(ValueError):
    """The stacks cannot be encoded together; the message names the problem and the fix."""


@dataclass
class EncodeResult:
    output: str
    provider_used: str
    encoder: str
    windows: List[lt.TimeWindow]
    modalities: List[str]
    skipped_windows: int = 0
    notes: List[str] = field(default_factory=list)


def grid_and_period(s2, s1, start, end):
    """(grid, first day, last day) of the S2 and/or S1 stacks: one grid for both (else an error naming both), the
    period START…END, by default the first…last acquisition."""
    if s2 is not None and s1 is not None and not same_grid(s2.grid, s1.grid):
        raise EncodeInputError(
            f"the Sentinel-2 stack ({describe_grid(s2.grid)}) and the Sentinel-1 stack ({describe_grid(s1.grid)}) "
            "are not on the same grid; build both with eolatent:buildstack in one run (same target grid)")
    all_dates = (list(s2.dates) if s2 is not None else []) + (list(s1.dates) if s1 is not None else [])
    d0 = lt.to_date(start) if start else min(lt.to_date(d) for d in all_dates)
    d1 = lt.to_date(end) if end else max(lt.to_date(d) for d in all_dates)
    if d1 < d0:
        raise EncodeInputError(f"the end date {d1} is before the start date {d0}")
    return (s2 or s1).grid, d0, d1


def stack_window(win, p: int, grid):
    """(rasterio window on the stack, padded shape (h, w)) of the P × P-pixel chunks under the latent tile ``win``
    (its extended window; the window stops at the stack's edge, the shape is whole chunks)."""
    from rasterio.windows import Window

    th, tw = win.ext_height, win.ext_width
    r0, c0 = win.ext_row * p, win.ext_col * p
    return Window(c0, r0, min(tw * p, grid.width - c0), min(th * p, grid.height - r0)), (th * p, tw * p)
