# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the benchmark scripts: bench/results.md (each script owns one '## ' section and replaces it,
keeping the others) and the benchmark inputs made by tiling real data."""
from __future__ import annotations

import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def replace_section(path: str, header: str, lines) -> None:
    """Replace the section starting with ``header`` (up to the next '## ') by ``lines``, where it stands; append it
    when the file has no such section. The other sections are kept as they are."""
    old = open(path).read().split("\n") if os.path.exists(path) else ["# EO Latent benchmarks", ""]
    before, after, found, skipping = [], [], False, False
    for line in old:
        if line.startswith(header) and not found:
            found = skipping = True
            continue
        if skipping and line.startswith("## "):
            skipping = False
        if not skipping:
            (after if found else before).append(line)
    _write_blocks(path, before, lines, after)


def replace_preamble(path: str, lines) -> None:
    """Replace what comes before the first '## ' section (the title and the run line) by ``lines``."""
    old = open(path).read().split("\n") if os.path.exists(path) else []
    first = next((i for i, line in enumerate(old) if line.startswith("## ")), len(old))
    _write_blocks(path, lines, old[first:])


def _write_blocks(path: str, *blocks) -> None:
    """Write the blocks of lines that are not empty, each without its trailing blank lines, one blank line
    between two, the file ending with a newline."""
    kept = []
    for block in blocks:
        block = list(block)
        while block and block[-1] == "":
            block.pop()
        if block:
            kept.append("\n".join(block))
    with open(path, "w") as fh:
        fh.write("\n\n".join(kept) + "\n")


def own_peak_rss_mb() -> float:
    """Peak resident memory of this process image in MB: the kernel's VmHWM, which starts afresh at exec.
    (getrusage's ru_maxrss, RUSAGE_SELF or RUSAGE_CHILDREN, keeps the resident size a forked child inherited
    from its parent across the exec, so a child of a large parent reads as large.)"""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024.0


def tiled_modis_lst(n: int):
    """An n × n coarse LST field (K) tiling a clear 192 × 192 px window of the real MODIS tile (gaps filled with
    its mean), with the window's CRS and transform."""
    import rasterio

    from eolatent.core.superres import modis

    src = os.path.join(ROOT, "tests", "data", "lst", "MOD11A1.A2019305.h14v09.006_LST.tif")
    with rasterio.open(src) as ds:
        win = rasterio.windows.Window(128, 576, 192, 192)
        t, _ = modis.decode_raw(ds.read(1, window=win), ds.read(3, window=win))
        crs, tr = ds.crs, ds.window_transform(win)
    reps = -(-n // 192)
    return np.tile(np.nan_to_num(t, nan=float(np.nanmean(t))), (reps, reps))[:n, :n], crs, tr
