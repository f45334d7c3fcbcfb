# SPDX-License-Identifier: GPL-3.0-or-later
"""What every encoder run shares (the fine4 window encoders of :mod:`.raster` and Presto of :mod:`.presto`):
the input error, the result, the common grid and period of the S2/S1 stacks, the stack window under a
latent tile."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta
from typing import List

import numpy as np

from ..i18n import tr
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
        raise EncodeInputError(tr(
            "the Sentinel-2 stack ({grid}) and the Sentinel-1 stack ({other}) are not on the same grid; build both "
            "with {algorithm} in one run (same target grid)", grid=describe_grid(s2.grid),
            other=describe_grid(s1.grid), algorithm="eolatent:buildstack"))
    for src in (s2, s1):
        if src is not None and not src.grid.crs:
            raise EncodeInputError(tr(
                "{file} has no coordinate reference system: georeference it (e.g. gdal_edit.py -a_srs EPSG:32633 "
                "{file}, with its own CRS); a latent is a map, and Presto reads each pixel's latitude and longitude",
                file=os.path.basename(os.path.normpath(str(src.path)))))
    all_dates = (list(s2.dates) if s2 is not None else []) + (list(s1.dates) if s1 is not None else [])
    days = [lt.to_date(d) for d in all_dates]
    d0 = lt.to_date(start) if start else min(days)
    d1 = lt.to_date(end) if end else max(days)
    if d1 < d0:
        if start and end:
            raise EncodeInputError(tr("the end date {end} is before the start date {start}", end=d1, start=d0))
        raise EncodeInputError(no_acquisition_message(d0, d1, start, end, days))
    return (s2 or s1).grid, d0, d1


def no_acquisition_message(d0, d1, start, end, days) -> str:
    """The refusal of a period START…END without any of the stacks' acquisition ``days``, naming the stacks' own
    period; a START after the last acquisition without an END (or an END before the first one without a START)
    says which of the two dates leaves nothing."""
    first, last = (min(days), max(days)) if days else (None, None)
    if first is None:
        return tr("no acquisition between {start} and {end}; widen the period or check the stacks' dates",
                  start=d0, end=d1)
    if start and not end:
        return tr("no acquisition from the start date {start} on: the stacks' dates run from {first} to {last}; "
                  "give a start date on or before {last}, or leave it out", start=d0, first=first, last=last)
    if end and not start:
        return tr("no acquisition up to the end date {end}: the stacks' dates run from {first} to {last}; give an "
                  "end date on or after {first}, or leave it out", end=d1, first=first, last=last)
    return tr("no acquisition between {start} and {end} (the stacks' dates run from {first} to {last}); widen the "
              "period or check the stacks' dates", start=d0, end=d1, first=first, last=last)


def period_lines(s2, s1, d0, d1, start, end) -> List[str]:
    """Warnings on the period: Sentinel-2 and Sentinel-1 dates that do not overlap within it, over a month apart (no
    window then holds both sensors), a stack without any date in it, and a START / END given over a month before /
    after the stacks' first / last acquisition (nothing is observed there). A month: the dates of one window, or of
    neighbouring ones."""
    month = timedelta(days=31)
    spans = {}
    for name, src in (("Sentinel-2", s2), ("Sentinel-1", s1)):
        days = [day for day in (lt.to_date(d) for d in (src.dates if src is not None else [])) if d0 <= day <= d1]
        if days:
            spans[name] = (min(days), max(days))
    out = []
    if len(spans) == 2 and (spans["Sentinel-2"][1] + month < spans["Sentinel-1"][0]
                            or spans["Sentinel-1"][1] + month < spans["Sentinel-2"][0]):
        out.append(tr("the Sentinel-2 dates ({s2_first}…{s2_last}) and the Sentinel-1 dates ({s1_first}…{s1_last}) do "
                      "not overlap (over a month apart): each window's latent comes from one sensor alone; build both "
                      "stacks over the same period", s2_first=spans["Sentinel-2"][0], s2_last=spans["Sentinel-2"][1],
                      s1_first=spans["Sentinel-1"][0], s1_last=spans["Sentinel-1"][1]))
    for name, src in (("Sentinel-2", s2), ("Sentinel-1", s1)):
        if src is not None and name not in spans and spans:
            out.append(tr("the {sensor} stack has no date in the period {start}…{end}: the latent comes from {other} "
                          "alone", sensor=name, start=d0, end=d1, other=next(iter(spans))))
    if spans:
        first, last = min(v[0] for v in spans.values()), max(v[1] for v in spans.values())
        if (start and d0 + month < first) or (end and d1 > last + month):
            out.append(tr("the period asked for ({start}…{end}) reaches over a month beyond the acquisitions in it "
                          "({first}…{last}): nothing is observed there, so the latent says nothing of those months",
                          start=d0, end=d1, first=first, last=last))
    return out


def stack_window(win, p: int, grid):
    """(rasterio window on the stack, padded shape (h, w)) of the P × P-pixel chunks under the latent tile ``win``
    (its extended window; the window stops at the stack's edge, the shape is whole chunks)."""
    from rasterio.windows import Window

    th, tw = win.ext_height, win.ext_width
    r0, c0 = win.ext_row * p, win.ext_col * p
    return Window(c0, r0, min(tw * p, grid.width - c0), min(th * p, grid.height - r0)), (th * p, tw * p)


class DataWindow:
    """The smallest stack window holding every pixel with a valid observation, grown tile by tile (encode) and
    written as the latent's DATA_WINDOW tag (docs/latent_contract.md); decode leaves output pixels outside it empty:
    a chunk that overlaps the data decodes to values over all its pixels, also those beyond the data (the empty
    edge of a grid snapped outwards)."""

    def __init__(self, tags: dict):
        self.tags, self.box = tags, None     # box: [row0, col0, row1, col1), stack pixels

    def add(self, any_valid: np.ndarray, row_off: int, col_off: int) -> None:
        rows, cols = np.flatnonzero(any_valid.any(axis=1)), np.flatnonzero(any_valid.any(axis=0))
        if not rows.size:
            return
        box = [row_off + rows[0], col_off + cols[0], row_off + rows[-1] + 1, col_off + cols[-1] + 1]
        if self.box is not None:
            box = [min(box[0], self.box[0]), min(box[1], self.box[1]), max(box[2], self.box[2]),
                   max(box[3], self.box[3])]
        self.box = [int(v) for v in box]
        r0, c0, r1, c1 = self.box
        self.tags["DATA_WINDOW"] = f"{c0},{r0},{c1 - c0},{r1 - r0}"

