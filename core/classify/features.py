# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-pixel feature vectors of a raster and the *input spec* a classifier records about them.

* A latent raster (eolatent:encode): the latent means of every window, window-major (n_windows × L
  features); the logvar bands are not used. NaN where a window had no valid observation.
* Any other raster (a raw Sentinel-2 stack from eolatent:buildstack, a single date, …): every band as it
  is, nodata → NaN.

A classifier stores the spec of the raster it was trained on; applying it to a raster with another spec
(another encoder, another number of windows or a different season, other bands) is refused with a message
naming both. Missing values (NaN) are replaced by ``NAN_FILL`` before the classifier sees them; a pixel
with no finite feature at all is nodata in every output.
"""
from __future__ import annotations

import os
from typing import List, Optional

import numpy as np

NAN_FILL = 0.0


class InputMismatch(ValueError):
    """A classifier (or other model) applied to a raster it was not made for."""


class FeatureSource:
    """An open raster seen as per-pixel feature vectors: ``grid``, ``spec``, ``n_features``, ``read(window)``."""

    def __init__(self, path: str):
        import rasterio
        from rasterio.errors import RasterioError

        from ..latent import LATENT_TAG, open_latent
        from ..sentinel2 import Grid

        self.path = os.fspath(path)
        if not os.path.exists(self.path):
            raise FileNotFoundError(f"input raster {self.path} does not exist; choose a latent raster from "
                                    "eolatent:encode or a Sentinel-2 stack")
        try:
            with rasterio.open(self.path) as ds:
                is_latent = ds.tags().get(LATENT_TAG) == "1"
        except (RasterioError, OSError) as exc:
            raise ValueError(f"cannot open {self.path} as a raster ({exc})") from None
        self.latent = open_latent(self.path) if is_latent else None
        self.ds = self.latent.ds if self.latent else rasterio.open(self.path)
        self.grid = Grid(self.ds.crs, self.ds.transform, int(self.ds.width), int(self.ds.height))
        if self.latent is not None:
            lt = self.latent
            self.kind = "latent"
            self._bands = [b for k in range(len(lt.windows)) for b in lt.bands(k, "mean")]
            self.spec = dict(kind="latent", encoder=lt.encoder_id, encoder_version=lt.encoder_version,
                             latent_size=lt.latent_size, window_days=lt.window_days, chunk_px=lt.chunk_px,
                             windows=[w.label for w in lt.windows], n_features=len(self._bands),
                             nan_fill=NAN_FILL)
        else:
            self.kind = "raw"
            self._bands = list(range(1, self.ds.count + 1))
            names = [band_name(d, i) for i, d in enumerate(self.ds.descriptions)]
            self.spec = dict(kind="raw", bands=names, descriptions=[d or "" for d in self.ds.descriptions],
                             n_features=len(self._bands), nan_fill=NAN_FILL)
        self._nodata = [self.ds.nodatavals[b - 1] for b in self._bands]

    @property
    def n_features(self) -> int:
        return len(self._bands)

    def describe(self) -> str:
        return describe_spec(self.spec)

    def read(self, window=None) -> np.ndarray:
        """Features float32 (F, h, w), NaN where missing."""
        data = self.ds.read(self._bands, window=window).astype(np.float32)
        for i, nd in enumerate(self._nodata):
            if nd is not None and not np.isnan(nd):
                data[i][data[i] == nd] = np.nan
        return data

    def close(self):
        if self.latent is not None:
            self.latent.close()
        else:
            self.ds.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def open_features(path) -> FeatureSource:
    return FeatureSource(path)


def band_name(description: Optional[str], index: int) -> str:
    """"B04" of "B04 2015-07-11"; "band 3" for an undescribed band."""
    text = (description or "").strip()
    return text.split(" ")[0] if text else f"band {index + 1}"


def as_matrix(block: np.ndarray, fill: float = NAN_FILL):
    """(F, h, w) → (X (h·w, F) with NaN filled, valid (h·w,) = any finite feature)."""
    f = block.shape[0]
    x = block.reshape(f, -1).T
    valid = np.isfinite(x).any(axis=1)
    return np.where(np.isfinite(x), x, np.float32(fill)).astype(np.float32), valid


def describe_spec(spec: dict) -> str:
    if spec.get("kind") == "latent":
        w = spec.get("windows") or []
        span = f"{w[0].split('/')[0]}…{w[-1].split('/')[-1]}" if w else "?"
        return (f"latent raster of encoder {spec.get('encoder')} ({len(w)} window(s) {span}, "
                f"{spec.get('latent_size')} features each)")
    bands = spec.get("bands") or []
    shown = ", ".join(bands[:6]) + (", …" if len(bands) > 6 else "")
    return f"raster of {len(bands)} band(s) ({shown})"


def _day_of_year(label: str) -> int:
    from datetime import date

    return date.fromisoformat(label.split("/")[0]).timetuple().tm_yday


def check_spec(model_spec: dict, raster_spec: dict, model_name: str, raster_name: str) -> None:
    """Raise :class:`InputMismatch` unless a classifier made for ``model_spec`` can read ``raster_spec``.

    Latent: same encoder, latent size and number of windows, and every window starting within half a window
    of the same day of the year (another year or place in the same season is fine). Raw: the same band names
    in the same order (dates may differ).
    """
    problems: List[str] = []
    if model_spec.get("kind") != raster_spec.get("kind"):
        problems.append("a latent raster and a raw raster are not interchangeable")
    elif model_spec["kind"] == "latent":
        for key in ("encoder", "latent_size"):
            if model_spec.get(key) != raster_spec.get(key):
                problems.append(f"{key} {model_spec.get(key)} ≠ {raster_spec.get(key)}")
        mw, rw = model_spec.get("windows") or [], raster_spec.get("windows") or []
        if len(mw) != len(rw):
            problems.append(f"{len(mw)} window(s) ≠ {len(rw)}")
        elif not problems:
            half = max(int(model_spec.get("window_days") or 10) // 2, 1)
            for a, b in zip(mw, rw):
                d = abs(_day_of_year(a) - _day_of_year(b))
                if min(d, 366 - d) > half:
                    problems.append(f"window {a} is not in the season of {b}")
                    break
    else:
        if list(model_spec.get("bands") or []) != list(raster_spec.get("bands") or []):
            problems.append("the band names differ")
    if problems:
        raise InputMismatch(
            f"classifier {model_name} was made for a {describe_spec(model_spec)}, but {raster_name} is a "
            f"{describe_spec(raster_spec)} ({'; '.join(problems)}); apply it to a raster made the same way "
            "(same encoder and season, or the same bands), or train a classifier on this raster")
