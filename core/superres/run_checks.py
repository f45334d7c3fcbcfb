# SPDX-License-Identifier: GPL-3.0-or-later
"""What a superresolve run checks and says before its tiles: the first streamed pass over the input
(:func:`survey`) and the output's size against the free disk space (:func:`check_output_size`).

The survey counts the valid coarse pixels, the pixels made nodata only because they lie outside the valid LST
range (a fire, an undeclared fill such as 9999, wrong units), the isolated coarse pixels far from the median of
their valid 3×3 neighbours (``OUTLIER_K``: more than any real 1 km MODIS pixel of the test tile, 12.7 K, or coarse
airborne pixel, 29 K; a cloud-contaminated 260 K pixel among 306 K ones is 46 K off), and, for the guided
methods, where the guide has no value or holds exact zeros under valid LST pixels; it fits the coarse
temperature–guide line. :func:`report` turns it into log lines and warnings that say what to check.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from . import methods as sr
from .aggregate import block_mean, blocks, nearest_up
from .errors import LstInputError
from .modis import LST_RANGE
from ..engine.disk_space import free_space, size_text
from ..engine.tiling import warn
from ..i18n import tr

PREPASS_FINE_ROWS = 256
OUTLIER_K = 30.0         # K from the median of the valid 3×3 neighbours (see the module docstring)
OUTLIER_MIN_NEIGHBOURS = 3
FEW_LINE_PIXELS = 30     # fewer coarse pixels: the line's slope is a guess, said with its r²
GUIDE_GAP_SHARE = 0.05   # share of fine pixels under valid LST without a guide value that is warned about
GUIDE_ZERO_SHARE = 0.01  # share of exact zeros in the guide under valid LST (a real NDVI is hardly ever exactly 0)
BEST_COMPRESSION = 3.0   # deflate on LST floats: 1.7–2.1× measured; a folder below 1/3 of the valid bytes is refused
_OFFSETS = [(dy, dx) for dy in range(3) for dx in range(3) if (dy, dx) != (1, 1)]


@dataclass
class Survey:
    n_valid: int = 0
    n_total: int = 0
    out_of_range: int = 0
    coldest: float = float("inf")
    hottest: float = float("-inf")
    outliers: int = 0
    outlier_examples: List[tuple] = field(default_factory=list)   # (row, col, K, neighbours' median K)
    under_valid: int = 0     # fine guide pixels under valid LST pixels
    no_guide: int = 0        # … without a guide value
    zero_guide: int = 0      # … whose guide value is exactly 0
    line: Optional[sr.GuideLine] = None
    line_without_zeros: Optional[sr.GuideLine] = None

    @property
    def valid_fraction(self) -> float:
        return self.n_valid / float(max(self.n_total, 1))


def _neighbour_median(tp: np.ndarray):
    """(median, count) of the valid (finite) 8 neighbours of each inner pixel of the padded ``tp``."""
    h, w = tp.shape[0] - 2, tp.shape[1] - 2
    nb = np.sort(np.stack([tp[dy:dy + h, dx:dx + w] for dy, dx in _OFFSETS]), axis=0)   # NaN last
    n = np.isfinite(nb).sum(axis=0)
    lo = np.take_along_axis(nb, np.clip((n - 1) // 2, 0, 7)[None], 0)[0]
    hi = np.take_along_axis(nb, np.clip(n // 2, 0, 7)[None], 0)[0]
    return 0.5 * (lo + hi), n


def survey(src, guide, factor: int, need_line: bool) -> Survey:
    """One streamed pass over ``src`` (and ``guide``), by strips of coarse rows read with one row around."""
    g = src.grid
    rows = max(1, PREPASS_FINE_ROWS // factor)
    s = Survey(n_total=g.width * g.height)
    t_all, g_all, nz_all = [], [], []
    for r in range(0, g.height, rows):
        h = min(rows, g.height - r)
        tp, vp, oor = src.read_counted(r - 1, -1, h + 2, g.width + 2)
        t, valid, oor = tp[1:-1, 1:-1], vp[1:-1, 1:-1], oor[1:-1, 1:-1]
        s.n_valid += int(valid.sum())
        bad = np.isfinite(oor)
        if bad.any():
            s.out_of_range += int(bad.sum())
            s.coldest, s.hottest = min(s.coldest, float(oor[bad].min())), max(s.hottest, float(oor[bad].max()))
        med, n = _neighbour_median(np.where(vp, tp, np.nan))
        with np.errstate(invalid="ignore"):
            odd = valid & (n >= OUTLIER_MIN_NEIGHBOURS) & (np.abs(t - med) > OUTLIER_K)
        if odd.any():
            s.outliers += int(odd.sum())
            for i, j in zip(*np.nonzero(odd)):
                if len(s.outlier_examples) < 3:
                    s.outlier_examples.append((r + int(i), int(j), float(t[i, j]), float(med[i, j])))
        if need_line:
            gf = guide.read(r * factor, 0, h * factor, g.width * factor)
            under = nearest_up(valid, factor)
            s.under_valid += int(under.sum())
            s.no_guide += int((under & ~np.isfinite(gf)).sum())
            zero = gf == 0
            s.zero_guide += int((under & zero).sum())
            gc = block_mean(gf, factor)
            keep = valid & np.isfinite(gc)
            t_all.append(t[keep])
            g_all.append(gc[keep])
            nz_all.append(~blocks(zero, factor).any(axis=(2, 3))[keep])
    if need_line and s.n_valid:       # none valid: the caller says so ("holds no valid LST pixel"), no line advice
        s.line, s.line_without_zeros = _fit(s, np.concatenate(t_all), np.concatenate(g_all), np.concatenate(nz_all))
    return s


def _fit(s: Survey, t1, g1, no_zero):
    if t1.size < 3:
        if s.n_valid < 3:
            raise LstInputError(tr("too few valid LST pixels ({count}) to fit the temperature–guide line (3 at least); "
                                   "choose the single-image CNN (cnn_single) or bicubic", count=s.n_valid))
        raise LstInputError(tr("the guide has no value under the valid LST pixels: check that it covers the "
                               "cloud-free part of the input"))
    line = sr.fit_guide_line(t1, np.ones(t1.size, bool), g1)
    clean = None
    if s.zero_guide and no_zero.sum() >= 3:
        clean = sr.fit_guide_line(t1[no_zero], np.ones(int(no_zero.sum()), bool), g1[no_zero])
    return line, clean


def report(s: Survey, feedback, guide_said: Optional[str] = None) -> None:
    """The survey's log lines and warnings (after the run's input line)."""
    if s.out_of_range:
        warn(feedback, tr("{count} pixel(s) of the input lie outside the valid LST range {low:g}–{high:g} K (from "
                          "{coldest:.1f} to {hottest:.1f} K) and were made nodata; check them: a fire, a fill value "
                          "not declared as nodata, or wrong units", count=s.out_of_range, low=LST_RANGE[0],
                          high=LST_RANGE[1], coldest=s.coldest, hottest=s.hottest))
    if s.outliers:
        where = "; ".join(tr("row {row}, column {col}: {value:.1f} K against {median:.1f} K", row=r, col=c, value=v,
                             median=m) for r, c, v, m in s.outlier_examples)
        warn(feedback, tr("{count} isolated coarse pixel(s) differ from the median of their valid neighbours by more "
                          "than {limit:g} K ({where}): likely cloud contamination or a bad retrieval; check the "
                          "input's QC and cloud mask. The output keeps each coarse value (conservation), so such a "
                          "pixel's block and the blocks around it inherit the anomaly", count=s.outliers,
                          limit=OUTLIER_K, where=where + ("; …" if s.outliers > len(s.outlier_examples) else "")))
    line = s.line
    if line is None:
        return
    feedback.info(tr("guide: {guide}; coarse line T = {a:.2f} + {b:.2f}·G K, r² = {r2:.2f} over {count} "
                     "coarse pixels", guide=guide_said, a=line.a, b=line.b, r2=line.r2, count=line.n))
    if line.n < FEW_LINE_PIXELS:
        warn(feedback, tr("the temperature–guide line is fitted on only {count} coarse pixels (r² = {r2:.2f}), fewer "
                          "than {minimum}: its slope is unreliable, yet it sharpens the whole image; check the result, "
                          "or choose the single-image CNN (cnn_single) or bicubic", count=line.n, r2=line.r2,
                          minimum=FEW_LINE_PIXELS))
    if line.r2 < 0.1:
        feedback.info(tr("WARNING: the guide explains less than 10 % of the coarse temperature variance; "
                         "guided sharpening adds little (the guided CNN then stays close to the single-image "
                         "one)"))
    if s.under_valid and s.no_guide >= GUIDE_GAP_SHARE * s.under_valid:
        warn(feedback, tr("the guide has no value under {percent:.1f} % of the valid LST pixels' fine pixels; there a "
                          "fine pixel takes the mean guide value of its coarse pixel, or the guide mean of the fit "
                          "(G = {mean:.3f}) where its coarse pixel has none, so those areas get no guide detail (TsHARP "
                          "gives the coarse temperature there); give a guide that covers the input's valid pixels",
                          percent=100.0 * s.no_guide / s.under_valid, mean=line.guide_mean))
    with_value = s.under_valid - s.no_guide
    if with_value and s.zero_guide >= GUIDE_ZERO_SHARE * with_value:
        text = tr("{percent:.1f} % of the guide values under valid LST pixels are exactly 0, read as a guide value: "
                  "if 0 is a fill value not declared as nodata (the edge of a Sentinel-2 tile, an empty export), "
                  "declare it ({command}); if it is a real value of the guide (a cover fraction of 0), ignore this",
                  percent=100.0 * s.zero_guide / with_value, command="gdal_edit.py -a_nodata 0")
        if s.line_without_zeros is not None:
            text += tr(" (the line over the coarse pixels without any 0 has r² = {clean:.2f}, against {r2:.2f})",
                       clean=s.line_without_zeros.r2, r2=line.r2)
        warn(feedback, text)


def output_bytes(width: int, height: int) -> int:
    return int(width) * int(height) * 4   # one float32 band


def check_output_size(output_path: str, width: int, height: int, feedback, valid_fraction: Optional[float] = None):
    """Before the survey (``valid_fraction`` None): log the output's size, warn when the output folder has less
    free space than it uncompressed. After it: refuse when the folder cannot hold even its valid pixels
    compressed ``BEST_COMPRESSION`` times (NaN compresses to almost nothing)."""
    size = output_bytes(width, height)
    found = free_space(output_path)
    if found is None:
        return
    folder, free = found
    values = dict(folder=folder, free=size_text(free), size=size_text(size))
    if valid_fraction is None:
        feedback.info(tr("output: {width} × {height} pixels ({mpx:.1f} Mpx), {size} as float32 before compression",
                         width=width, height=height, mpx=width * height / 1e6, size=size_text(size)))
        if free < size:
            warn(feedback, tr("{folder} has {free} free, less than the output's {size} before "
                              "compression; the run may fail for lack of space", **values))
        return
    need = size * valid_fraction / BEST_COMPRESSION
    if free < need:
        raise LstInputError(tr("{folder} has {free} free, but the output needs about {need} even "
                               "compressed ({size} before compression); free some space, write elsewhere, or "
                               "clip the input", need=size_text(need), **values))
