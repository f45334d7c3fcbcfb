# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks on what the runners read, shared so that every algorithm words them alike.

* :func:`read_window`: a rasterio read whose GDAL failure (a truncated or corrupt file: ``IReadBlock failed``)
  becomes the caller's error naming the file and the fix (download or export it again);
* :class:`ValidPixels`: counts the valid input pixels of a :func:`~.tiling.run_tiled` run tile by tile and,
  when the last tile holds none either, raises :class:`NoValidPixelError` from inside the run, so that the
  runner removes its temporary outputs and publishes nothing (an all-NaN / nodata / cloud-masked input would
  otherwise "succeed" with all-NaN outputs);
* :func:`allow_empty_input`: within it, such a run writes its all-nodata outputs instead of failing and reports
  the valid pixels it saw — for the blocks of a scaled-out run, where one block may well be all nodata (the
  block is then marked EMPTY and the run fails only when every block is).
"""
from __future__ import annotations

import contextvars
import os
import re
from contextlib import contextmanager
from typing import Callable, Iterator, Optional, Type

from ..i18n import tr


class NoValidPixelError(ValueError):
    """The whole input holds no valid pixel. Runners raise a subclass that is also their own input error, so
    callers may catch either."""


def and_list(items) -> str:
    """``items`` as "a and b" ("a and b and c"), in the user's language."""
    items = [str(i) for i in items]
    text = items[0] if items else ""
    for item in items[1:]:
        text = tr("{first} and {second}", first=text, second=item)
    return text


def first_few(items, most: int) -> str:
    """The first ``most`` of ``items``, comma-separated, "…" after them when there are more (a log line's list)."""
    items = [str(i) for i in items]
    return ", ".join(items[:most]) + (", …" if len(items) > most else "")


def no_valid_pixel_message(path) -> str:
    """The one wording of the empty-input error: the problem and what to check. ``path``: a path, or a sequence of
    paths of which the ones given are named (an S2 and an S1 stack)."""
    if not isinstance(path, (str, bytes)) and hasattr(path, "__iter__"):
        path = and_list(p for p in path if p)
    return tr("no valid pixel in {path}: every value is nodata/NaN (or masked as cloud); check the input's nodata "
              "value and extent/dates", path=path)


class EmptyInputs:
    """What the runs inside :func:`allow_empty_input` saw: ``checked`` runs, ``valid`` pixels in all, and the
    ``message`` the first empty one would have raised (what the inputs were, why a pixel counts as not valid)."""

    def __init__(self):
        self.checked = 0
        self.valid = 0
        self.message: Optional[str] = None

    @property
    def empty(self) -> bool:
        """True when a run was checked and held no valid pixel."""
        return self.checked > 0 and self.valid == 0


_ALLOWED: "contextvars.ContextVar[Optional[EmptyInputs]]" = contextvars.ContextVar("eolatent_allow_empty",
                                                                                   default=None)


@contextmanager
def allow_empty_input() -> Iterator[EmptyInputs]:
    """Within: a run without any valid pixel writes its (all-nodata) outputs instead of raising; the yielded
    :class:`EmptyInputs` tells whether it was empty (core/scaleout marks such a block EMPTY)."""
    seen = EmptyInputs()
    token = _ALLOWED.set(seen)
    try:
        yield seen
    finally:
        _ALLOWED.reset(token)


def check_valid(total: int, path, error: Type[NoValidPixelError] = NoValidPixelError) -> None:
    """Raise ``error`` (:func:`no_valid_pixel_message` of ``path``) when ``total`` is 0, unless inside
    :func:`allow_empty_input`, which only records it."""
    seen = _ALLOWED.get()
    if seen is not None:
        seen.checked += 1
        seen.valid += int(total)
        if int(total) <= 0 and seen.message is None:
            seen.message = no_valid_pixel_message(path)
        return
    if int(total) <= 0:
        raise error(no_valid_pixel_message(path))


def valid_windows_line(labels, counts) -> str:
    """The log line of a run over time windows: how many held at least one valid pixel (``counts``: valid pixels,
    or chunks, of each window), and which held none."""
    empty = [label for label, n in zip(labels, counts) if not n]
    line = tr("{valid} of {total} window(s) with at least one valid pixel", valid=len(labels) - len(empty),
              total=len(labels))
    if empty:
        line += tr("; no valid pixel (nodata, NaN or cloud) in {windows}: NaN there", windows=", ".join(empty))
    return line


def corrupt_message(path, exc) -> str:
    return tr("cannot read {path} (GDAL: {error}); the file is truncated or corrupt - download or export it again",
              path=path, error=exc)


_NO_SUCH_FILE = re.compile(r"((?:[A-Za-z]:)?[^\s:'\"`]+)'?: No such file or directory")


def missing_source(exc, path) -> Optional[str]:
    """The file GDAL says does not exist in the read failure ``exc`` of ``path`` when it is another file (the
    source of a VRT), else None."""
    missing = _NO_SUCH_FILE.search(str(exc))
    if missing and os.path.abspath(missing.group(1)) != os.path.abspath(str(path)):
        return missing.group(1)
    return None


def read_window(ds, *args, error: Type[Exception] = ValueError, path: Optional[str] = None,
                message: Callable[[str, Exception], str] = corrupt_message, **kwargs):
    """``ds.read(*args, **kwargs)``; a GDAL read failure is raised as ``error`` naming the file and the fix
    (``message(path, exc)``; by default a truncated or corrupt file)."""
    from rasterio.errors import RasterioError

    try:
        return ds.read(*args, **kwargs)
    except (RasterioError, OSError) as exc:
        raise error(message(path or ds.name, exc)) from None


def read_file_end(ds, error: Type[Exception] = ValueError, path: Optional[str] = None) -> None:
    """Read the last pixel of the last band, the end of the file: a truncated copy fails here, with ``error`` naming
    the file and the fix, before a run starts (a copy cut short also loses its tags, and passes for another kind)."""
    from rasterio.windows import Window

    read_window(ds, [ds.count], window=Window(ds.width - 1, ds.height - 1, 1, 1), error=error, path=path)


def band_has_value(ds, band: int, error: Type[Exception] = ValueError, path: Optional[str] = None,
                   max_side: int = 256) -> bool:
    """Whether ``band`` holds a value that is neither nodata nor NaN, on a decimated read (at most ``max_side``
    pixels a side): a cheap test before a run, e.g. of an LAI date or a latent window left empty by clouds."""
    import numpy as np

    h, w = min(ds.height, max_side), min(ds.width, max_side)
    arr = read_window(ds, band, out_shape=(h, w), masked=True, error=error, path=path)
    return bool(np.isfinite(np.ma.filled(arr.astype(np.float64), np.nan)).any())


class ValidPixels:
    """Valid-pixel count of a tiled run over ``grid``: ``compute`` calls :meth:`add` with the valid input pixels of
    each tile, and :meth:`wrap` checks the count on the last tile (tiles run in order), before run_tiled publishes
    any output; none at all raises ``error`` (a subclass of :class:`NoValidPixelError`) naming ``path``."""

    def __init__(self, grid, path, error: Type[NoValidPixelError] = NoValidPixelError):
        self.width, self.height = int(grid.width), int(grid.height)
        self.path, self.error = path, error
        self.total = 0

    def add(self, n) -> None:
        self.total += int(n)

    def check(self) -> None:
        """Raise ``error`` when no valid pixel has been counted (see :func:`check_valid`)."""
        check_valid(self.total, self.path, self.error)

    def is_last(self, win) -> bool:
        return win.row + win.height >= self.height and win.col + win.width >= self.width

    def wrap(self, compute: Callable) -> Callable:
        def checked(win, data):
            result = compute(win, data)
            if self.is_last(win):  # the whole input has been read
                self.check()
            return result

        return checked
