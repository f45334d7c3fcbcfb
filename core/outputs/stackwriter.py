# SPDX-License-Identifier: GPL-3.0-or-later
"""The writer of the project's multi-date stack GeoTIFFs (Sentinel-2 and Sentinel-1 alike).

:class:`StackWriter` is an :class:`~.geotiff.AtomicGeoTiff` with the stack layout: it writes any stack window
by window (memory bounded by the window) into a hidden temporary file beside the target, renamed only on
:meth:`commit`; :meth:`abort` (or an exception inside ``with``) removes it, leaving nothing behind. Layout
(:func:`~.geotiff.gtiff_layout`): float32, NaN = invalid (also the nodata value), band-interleaved, tiled
256 x 256 (one 16-multiple tile across a shorter side), DEFLATE with floating-point predictor; every band with
a valid pixel gets the exact STATISTICS_* tags of its values.
"""
from __future__ import annotations

from typing import Dict, Optional, Sequence

from ..i18n import tr
from .geotiff import BLOCK, AtomicGeoTiff


def per_date(values, n: int, what: str, error=ValueError) -> list:
    """``values`` as a list of one entry per date (``[None] * n`` when None); ``error`` if the count differs."""
    if values is None:
        return [None] * n
    values = list(values)
    if len(values) != n:
        raise error(tr("{name} has {count} entries but there are {dates} dates; give one per date (None when unknown)",
                       name=what, count=len(values), dates=n))
    return values


class StackWriter(AtomicGeoTiff):
    """A float32 stack GeoTIFF written window by window, atomically.

    *descriptions*, *band_tags*: one per band; *tags*: dataset tags; *units*: per-band
    GDAL unit strings (optional). ``ds`` is the open dataset until :meth:`commit`."""

    def __init__(self, path, grid, descriptions: Sequence[str], band_tags: Sequence[Dict],
                 tags: Dict[str, str], units: Optional[Sequence[str]] = None):
        super().__init__(path, grid, len(descriptions), "float32", float("nan"), descriptions, band_tags,
                         tags, units, block=BLOCK)  # fixed tiles: stacks are written in windows, not strips

    def write(self, indexes: Sequence[int], window, data) -> None:
        """Write *data* (len(indexes), h, w) into 1-based band *indexes* on *window*."""
        self.write_window(data, window, indexes)  # cast to float32 there
