# SPDX-License-Identifier: GPL-3.0-or-later
"""Why a biophysical run found no valid pixel, for its error: the input holds no value at all (every pixel of every
date nodata or NaN, which the engine's own wording says, core/engine/input_checks.py; or 0 in every band), the cloud
detection masked every pixel that holds one (and, when the reflectance looks offset by +1000, that this is the
likely reason), or the input's own cloud mask did. A valid-pixel counter (:class:`~..engine.input_checks.ValidPixels`)
whose error names that cause."""
from __future__ import annotations

from typing import List, Optional

import numpy as np

from ..engine.input_checks import ValidPixels
from ..i18n import tr


class CauseCounter(ValidPixels):
    """Valid pixels of a run over ``src`` (an open S2Source) read from ``input_path``; :meth:`saw` is told what each
    date read on each window, and the error of a run without any valid pixel names the cause (see the module).
    ``offset_doubts``: the warnings of core/inputs/sentinel2/plausibility.py that suspect an undeclared offset."""

    def __init__(self, src, input_path: str, error, offset_doubts: Optional[List[str]] = None):
        super().__init__(src.grid, input_path, error)
        self.src, self.input_path = src, input_path
        self.offset_doubts = list(offset_doubts or [])
        self.detected = sorted({d.label for d in (src.cloud_detection(i) for i in range(len(src.dates)))
                                if d is not None})
        self.had_value = False           # some pixel held a value before any mask (cloud, shadow) was applied
        self.had_zero = False            # some pixel held 0 in every band (a float export's unmasked fill)

    def saw(self, i: int, window, bands, valid: np.ndarray) -> None:
        """Date ``i`` read ``bands`` on ``window`` (a rasterio window) with ``valid`` pixels after the masks: where
        none is valid, the values are read again without any mask, until one pixel holding a value is found."""
        if self.had_value:
            return
        if valid.any():
            self.had_value = True
            return
        raw = self.src.read_on(i, self.src.grid, window, bands)
        finite = np.isfinite(raw).all(axis=0)
        self.had_value = bool((finite & (raw != 0).any(axis=0)).any())
        self.had_zero = self.had_zero or bool(finite.any())

    def cause(self) -> str:
        """The input and why none of its pixels is valid, in the user's language."""
        if not self.had_value:          # the engine's wording says it: every value is nodata/NaN
            return tr("{file} (every pixel is 0 in every band on every date: an empty export without a nodata "
                      "value, not clouds)", file=self.input_path) if self.had_zero else self.input_path
        if not self.detected:
            return tr("{file} (its own cloud mask masks every pixel that holds a value)", file=self.input_path)
        if self.offset_doubts:
            return tr("{file} (its clouds detected by {detectors}, but its reflectance looks offset by +0.1: digital "
                      "numbers of processing baseline 04.00 or later without their declared offset (see the warning "
                      "above), which the detector takes for cloud everywhere; set the dataset tag {tag}=-1000 and run "
                      "again rather than turning {parameter} off)", file=self.input_path,
                      detectors=", ".join(self.detected), parameter="DETECT_CLOUDS",
                      tag=getattr(self.offset_doubts[0], "tag", "") or "RADIO_ADD_OFFSET")
        return tr("{file} (its clouds detected by {detectors}: a date can be cloud everywhere; {parameter} off keeps "
                  "every pixel)", file=self.input_path, detectors=", ".join(self.detected), parameter="DETECT_CLOUDS")

    def check(self) -> None:
        self.path = self.cause()
        super().check()


__all__ = ["CauseCounter"]
