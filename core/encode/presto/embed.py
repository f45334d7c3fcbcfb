# SPDX-License-Identifier: GPL-3.0-or-later
"""Batched Presto embeddings with ONNX Runtime, on arrays (no raster I/O).

:class:`PrestoEncoder` wraps the exported encoder; :func:`embed_series` is the convenience used by the raster
runner, the benchmarks and the text-tower training: physical monthly composites in, 128 features out.
"""
from __future__ import annotations

from typing import Callable, Dict, Optional

import numpy as np

from ...i18n import tr
from . import inputs as pin

PRESET = "presto"
INPUTS = ("x", "mask", "dynamic_world", "latlon", "month")
REQUIRED = ("x", "mask", "latlon", "month")   # dynamic_world: Presto's; a distilled student (presto_small) has none
BATCH = 128   # pixels per ONNX Runtime call: attention holds B × 8 heads × ~110² scores (128: ~50 MB)


class PrestoError(ValueError):
    """Inputs Presto cannot take (the message names the problem and the fix)."""


def is_pixel_series(info) -> bool:
    """True for an encoder card of kind ``pixel_series`` (Presto-like: one pixel's monthly series)."""
    return (info.card.get("tiling") or {}).get("kind") == "pixel_series"


class PrestoEncoder:
    """``embed(x, mask, latlon, month, dynamic_world=None)`` → [N, 128] float32, in fixed-size batches."""

    def __init__(self, info=None, provider: str = "auto", threads: Optional[int] = None, batch: int = BATCH):
        from ...latent.contract import resolve_model

        self.info = info if info is not None else resolve_model(PRESET, "encode")
        if not is_pixel_series(self.info):
            raise PrestoError(tr("{model} is not a pixel-series encoder (its card's tiling kind is not '{kind}'); "
                                 "choose the {preset} or {other} preset", model=self.info.id, kind="pixel_series",
                                 preset="presto", other="presto_small"))
        self.session = self.info.session(provider, threads)
        self.inputs = [n for n in INPUTS if n in self.session.input_names]   # what this encoder is fed
        missing = [n for n in REQUIRED if n not in self.inputs]
        if missing or "embedding" not in self.session.output_names:
            raise PrestoError(tr("{model} lacks input(s) {missing} or the output '{output}'; re-export it with "
                                 "{script}", model=self.info.id, missing=", ".join(missing) or "-", output="embedding",
                                 script="models/training/presto/export.py"))
        tiling = self.info.card["tiling"]
        self.size = int(tiling["latent_size"])
        self.max_months = int(tiling.get("max_months", pin.MAX_MONTHS))
        self.batch = int(batch)

    @property
    def provider_used(self) -> str:
        return self.session.provider_used

    def embed(self, x: np.ndarray, mask: np.ndarray, latlon: np.ndarray, month: np.ndarray,
              dynamic_world: Optional[np.ndarray] = None, cancel: Optional[Callable[[], bool]] = None) -> np.ndarray:
        """x, mask [N, T, 17]; latlon [N, 2] degrees; month [N, T] or [T] (0–11); dynamic_world [N, T] or None.
        ``cancel()`` true between two batches raises :class:`~eolatent.core.engine.tiling.Cancelled` (a tile of a
        12-month series takes tens of seconds on a CPU: a cancel waits one batch, not one tile)."""
        from ...engine.tiling import Cancelled

        n, t = x.shape[0], x.shape[1]
        if t < 1 or t > self.max_months:
            raise PrestoError(tr("{count} monthly steps given; Presto takes 1 to {max} consecutive months — shorten "
                                 "the period ({parameters})", count=t, max=self.max_months, parameters="START/END"))
        month = np.broadcast_to(np.asarray(month, np.int64), (n, t))
        dw = (np.full((n, t), pin.DW_MISSING, np.int64) if dynamic_world is None
              else np.broadcast_to(np.asarray(dynamic_world, np.int64), (n, t)))
        out = np.empty((n, self.size), np.float32)
        for i in range(0, n, self.batch):
            if cancel is not None and cancel():
                raise Cancelled(tr("cancelled by the user; no output was written"))
            sl = slice(i, min(n, i + self.batch))
            feeds = {"x": np.ascontiguousarray(x[sl], np.float32), "mask": np.ascontiguousarray(mask[sl], np.float32),
                     "dynamic_world": np.ascontiguousarray(dw[sl]), "month": np.ascontiguousarray(month[sl]),
                     "latlon": np.ascontiguousarray(latlon[sl], np.float32)}
            feeds = {k: feeds[k] for k in self.inputs}
            out[sl] = dict(zip(self.session.output_names, self.session.run(feeds)))["embedding"]
        return out


def embed_series(encoder: PrestoEncoder, s2: Optional[np.ndarray], s1: Optional[np.ndarray], first_month: int,
                 latlon: np.ndarray, extra: Optional[Dict[str, np.ndarray]] = None,
                 cancel: Optional[Callable[[], bool]] = None) -> np.ndarray:
    """Embeddings [N, 128] of N pixels' monthly composites.

    ``s2`` [N, T, 10] reflectance 0–1 in :data:`inputs.S2_BANDS` order, NaN where missing (a band missing in every
    month, e.g. B8A of a 9-band composite, is simply masked); ``s1`` [N, T, 2] VV, VH σ⁰ dB, NaN where missing;
    ``first_month`` calendar month (1–12) of step 0; ``latlon`` [N, 2]; ``extra``: other bands by name [N, T].
    """
    ref = s2 if s2 is not None else s1
    if ref is None:
        raise PrestoError(tr("no input: give Sentinel-2 and/or Sentinel-1 series"))
    n, t = ref.shape[0], ref.shape[1]
    values: Dict[str, np.ndarray] = {}
    if s2 is not None:
        values.update({b: s2[:, :, i] for i, b in enumerate(pin.S2_BANDS)})
    if s1 is not None:
        values.update({b: s1[:, :, i] for i, b in enumerate(pin.S1_BANDS)})
    values.update(extra or {})
    x, mask = pin.normalise(values, (n, t))
    month = (np.arange(t) + int(first_month) - 1) % 12
    if cancel is None:      # any encoder with embed(x, mask, latlon, month) (the benches wrap PrestoEncoder)
        return encoder.embed(x, mask, latlon, month)
    return encoder.embed(x, mask, latlon, month, cancel=cancel)
