# SPDX-License-Identifier: GPL-3.0-or-later
"""Tiled streaming runner: bounded memory, blended overlaps, incremental atomic outputs.

The raster is cut into *core* tiles of ``tile_size`` pixels; each tile is read and computed on its core
extended by ``overlap`` pixels on every side (clipped at the raster edge). Where extended tiles overlap,
their results are blended with weights that are 1 in a tile's core and fall linearly to ~0 across its
halo, so there are no seams; outputs that cannot be averaged (flags, classes) take the value of the tile
whose core holds the pixel.

Tiles are processed strip by strip (one row of tiles). The only rows kept in memory are those of the
current strip plus its halo: memory is O((tile_size + 2·overlap) × width × bands) and does not depend on
the raster height. Reading the next tile runs in a background thread while the current one is computed,
and finished rows are written by a writer thread, so I/O overlaps inference.

Outputs are tiled, DEFLATE-compressed GeoTIFFs written to a hidden temporary file beside the target and
renamed only when every output is complete. A failure or a cancel removes the temporary files and leaves
any pre-existing file at the target path untouched.
"""
from __future__ import annotations

import math
import os
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Optional

import numpy as np

from ..i18n import tr
from ..outputs.geotiff import OutputFiles, OutputSpec, choose_block



class Cancelled(Exception):
    """The user cancelled the run; no output was left behind."""


class Feedback:
    """Minimal progress/cancel interface (the QGIS feedback object is adapted to it)."""

    def progress(self, percent: float) -> None:  # pragma: no cover - trivial
        pass

    def is_canceled(self) -> bool:
        return False

    def info(self, message: str) -> None:  # pragma: no cover - trivial
        pass


def warn(feedback, message: str) -> None:
    """A warning on any feedback object: its ``warning`` where it has one, else ``info`` prefixed "warning:"."""
    if hasattr(feedback, "warning"):
        feedback.warning(message)
    else:
        feedback.info(tr("warning: {message}", message=message))


@dataclass
class Window:
    """Core and extended (read/compute) windows of a tile, in pixel coordinates of the grid."""

    row: int
    col: int
    height: int
    width: int
    ext_row: int
    ext_col: int
    ext_height: int
    ext_width: int

    @property
    def core_in_ext(self):
        """Slices selecting the core inside an extended-window array."""
        r0, c0 = self.row - self.ext_row, self.col - self.ext_col
        return slice(r0, r0 + self.height), slice(c0, c0 + self.width)

    def rasterio_window(self, extended: bool = True):
        from rasterio.windows import Window as RioWindow

        if extended:
            return RioWindow(self.ext_col, self.ext_row, self.ext_width, self.ext_height)
        return RioWindow(self.col, self.row, self.width, self.height)


def iter_tiles(width: int, height: int, tile_size: int, overlap: int) -> Iterator[List[Window]]:
    """Yield strips (lists of windows), top to bottom, left to right."""
    if tile_size < 1 or overlap < 0:
        raise ValueError(tr("tile size {size} and overlap {overlap}: the tile size must be ≥ 1 and the overlap ≥ 0",
                            size=tile_size, overlap=overlap))
    for row in range(0, height, tile_size):
        h = min(tile_size, height - row)
        er0, er1 = max(0, row - overlap), min(height, row + h + overlap)
        strip = []
        for col in range(0, width, tile_size):
            w = min(tile_size, width - col)
            ec0, ec1 = max(0, col - overlap), min(width, col + w + overlap)
            strip.append(Window(row, col, h, w, er0, ec0, er1 - er0, ec1 - ec0))
        yield strip


def _ramp(n_ext: int, before: int, core: int, margin: int) -> np.ndarray:
    """1-D blend weights: 0 on the ``margin`` outermost halo pixels (contaminated by the model's
    padding), then a linear rise across the rest of the halo, 1 in the core, and the mirror after it."""
    after = n_ext - before - core
    w = np.ones(n_ext, dtype=np.float32)

    def rise(halo: int) -> np.ndarray:
        d = np.arange(halo, dtype=np.float32)
        usable = max(halo - margin, 0)
        return np.clip((d - margin + 1.0) / (usable + 1.0), 0.0, 1.0)

    if before:
        w[:before] = rise(before)
    if after:
        w[before + core:] = rise(after)[::-1]
    return w


def tile_weights(win: Window, margin: int = 0) -> np.ndarray:
    wy = _ramp(win.ext_height, win.row - win.ext_row, win.height, margin)
    wx = _ramp(win.ext_width, win.col - win.ext_col, win.width, margin)
    return wy[:, None] * wx[None, :]


@contextmanager
def bounded_gdal_cache(limit_mb: int = 128):
    """Cap GDAL's block cache during a run, then restore it.

    GDAL's default cache (5 % of RAM) fills with the dirty blocks of every output and would dominate the
    runner's memory. A GDAL_CACHEMAX set by the user is respected.
    """
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL's Python bindings ship with QGIS
        gdal = None
    if gdal is None or "GDAL_CACHEMAX" in os.environ or gdal.GetCacheMax() <= limit_mb * 2 ** 20:
        yield
        return
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(limit_mb * 2 ** 20)
    try:
        yield
    finally:
        gdal.SetCacheMax(previous)


# ---------------------------------------------------------------------------------------------------
# The runner
# ---------------------------------------------------------------------------------------------------
_DONE = object()


def _background(items: Iterator, fn: Callable, depth: int = 2):
    """Run ``fn`` over ``items`` in a thread, yielding (item, result) in order; errors re-raised."""
    q: "queue.Queue" = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def worker():
        try:
            for item in items:
                if stop.is_set():
                    return
                q.put((item, fn(item), None))
        except BaseException as exc:  # noqa: BLE001 - forwarded to the consumer
            q.put((None, None, exc))
        q.put(_DONE)

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    try:
        while True:
            got = q.get()
            if got is _DONE:
                break
            item, result, exc = got
            if exc is not None:
                raise exc
            yield item, result
    finally:
        stop.set()
        while thread.is_alive():  # drain so the worker can finish
            try:
                q.get(timeout=0.05)
            except queue.Empty:
                pass
        thread.join()


class _Writer:
    """A thread that writes finished row blocks while the next strip is computed."""

    def __init__(self, files: OutputFiles):
        self.files, self.q, self.error = files, queue.Queue(maxsize=2), None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            job = self.q.get()
            if job is _DONE:
                return
            if self.error is None:
                try:
                    for name, (row, data) in job.items():
                        self.files.write(name, row, data)
                except BaseException as exc:  # noqa: BLE001
                    self.error = exc

    def put(self, job):
        if self.error is not None:
            raise self.error
        self.q.put(job)

    def close(self):
        self.q.put(_DONE)
        self.thread.join()
        if self.error is not None:
            raise self.error


def run_tiled(grid, read: Callable[[Window], Any], compute: Callable[[Window, Any], Dict[str, np.ndarray]],
              outputs: Dict[str, OutputSpec], tile_size: int = 512, overlap: int = 0,
              feedback: Optional[Feedback] = None, margin: int = 0) -> Dict[str, str]:
    """Stream ``compute(read(window))`` over the grid and write ``outputs``.

    ``grid`` is any object with ``crs``, ``transform``, ``width`` and ``height`` (e.g. the
    :class:`eolatent.core.inputs.sentinel2.Grid` of an input).

    ``read(window)`` loads the inputs of the *extended* window (it runs in a background thread);
    ``compute(window, data)`` returns ``{output name: array (count, ext_height, ext_width)}``.
    ``margin`` is the model's receptive-field radius: that many pixels at the rim of every extended
    tile get no weight (use ``overlap > margin`` for blending). Returns ``{name: path}``.
    """
    feedback = feedback or Feedback()
    if grid.width < 1 or grid.height < 1:
        raise ValueError(tr("empty raster: width and height must be at least 1 pixel"))
    tile_size, overlap, margin = int(tile_size), int(overlap), int(margin)
    if overlap and margin >= overlap:
        raise ValueError(tr("overlap ({overlap}) must exceed the receptive-field margin ({margin})", overlap=overlap,
                            margin=margin))
    n_tiles = math.ceil(grid.width / tile_size) * math.ceil(grid.height / tile_size)
    with bounded_gdal_cache():
        return _run(grid, read, compute, outputs, tile_size, overlap, margin, feedback, n_tiles)


def _run(grid, read, compute, outputs, tile_size, overlap, margin, feedback, n_tiles):
    block = choose_block(grid.width, sum(spec.count for spec in outputs.values()))
    files = OutputFiles(grid, outputs, block)
    writer = None
    try:
        writer = _Writer(files)
        _stream(grid, read, compute, outputs, tile_size, overlap, margin, feedback, writer, n_tiles, block)
        writer.close()
        writer = None
        if feedback.is_canceled():
            raise Cancelled(tr("cancelled by the user; no output was written"))
        files.commit()
    except BaseException:
        if writer is not None:
            try:
                writer.close()
            except BaseException:
                pass
        files.abort()
        raise
    feedback.progress(100.0)
    return {name: spec.path for name, spec in outputs.items()}


def _stream(grid, read, compute, outputs, tile_size, overlap, margin, feedback, writer, n_tiles, row_block):
    width, height = grid.width, grid.height
    # accumulation buffer covers rows [buf_row, buf_row + buf_rows)
    buf_row = 0
    acc: Dict[str, np.ndarray] = {}
    wsum = np.zeros((0, width), np.float32)
    written = 0
    done = 0
    strips = list(iter_tiles(width, height, tile_size, overlap))

    def tiles():
        for strip in strips:
            for win in strip:
                if feedback.is_canceled():
                    return
                yield win

    def grow(upto: int):
        nonlocal wsum
        extra = upto - (buf_row + wsum.shape[0])
        if extra <= 0:
            return
        wsum = np.concatenate([wsum, np.zeros((extra, width), np.float32)])
        for name, spec in outputs.items():
            fill = np.zeros((spec.count, extra, width), np.float32 if spec.blend else spec.dtype)
            acc[name] = np.concatenate([acc[name], fill], axis=1) if name in acc else fill

    for win, data in _background(tiles(), read):
        if feedback.is_canceled():
            raise Cancelled(tr("cancelled by the user; no output was written"))
        result = compute(win, data)
        grow(win.ext_row + win.ext_height)
        weights = tile_weights(win, margin)
        r0 = win.ext_row - buf_row
        rows = slice(r0, r0 + win.ext_height)
        cols = slice(win.ext_col, win.ext_col + win.ext_width)
        wsum[rows, cols] += weights
        core_r, core_c = win.core_in_ext
        for name, spec in outputs.items():
            arr = np.asarray(result[name])
            if arr.shape != (spec.count, win.ext_height, win.ext_width):
                raise ValueError(tr("output {name}: compute returned shape {shape}, expected {expected}", name=name,
                                    shape=arr.shape, expected=(spec.count, win.ext_height, win.ext_width)))
            if spec.blend:
                acc[name][:, rows, cols] += arr.astype(np.float32, copy=False) * weights
            else:
                acc[name][:, win.row - buf_row: win.row - buf_row + win.height,
                          win.col: win.col + win.width] = arr[:, core_r, core_c]
        done += 1
        feedback.progress(100.0 * done / n_tiles)
        if win.col + win.width < width:
            continue
        # end of a strip: rows above the next strip's extended top are final
        last = win.row + win.height >= height
        final = height if last else win.row + win.height - overlap
        if not last:
            final = max(written, (final // row_block) * row_block)
        if final > written:
            n = final - written
            job = {}
            w = wsum[:n]
            for name, spec in outputs.items():
                block = acc[name][:, :n]
                if spec.blend:
                    with np.errstate(invalid="ignore", divide="ignore"):
                        block = block / w
                job[name] = (written, np.ascontiguousarray(block))
            writer.put(job)
            written = final
            buf_row = final
            wsum = wsum[n:].copy()
            for name in outputs:
                acc[name] = acc[name][:, n:].copy()
    if written < height and not feedback.is_canceled():
        raise RuntimeError(tr("internal error: tiled run ended before the last row was written"))
