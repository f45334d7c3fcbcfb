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

Several rasters (INPUT then EXTRA_INPUTS, e.g. a fine4 and a Presto latent, or a latent beside LAI / FCOVER /
soil-moisture rasters) are stacked by :func:`.stacked.open_features`: their features concatenated
on the finest grid; the spec of a stack lists its members' specs, checked member by member.
"""
from __future__ import annotations

import os
import re
from typing import List, Optional

import numpy as np

from ..engine.closable import Closable
from ..i18n import number, tr
from ..engine.input_checks import first_few, read_file_end, read_window

NAN_FILL = 0.0
NO_NETWORK = "cpu"   # EOLATENT_PROVIDER of cluster and similarity, which run no model (cpu or cuda, as elsewhere)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class InputMismatch(ValueError):
    """A classifier (or other model) applied to a raster it was not made for."""


class FeatureSource(Closable):
    """An open raster seen as per-pixel feature vectors: ``grid``, ``spec``, ``n_features``, ``read(window)``."""

    def __init__(self, path: str):
        import rasterio
        from rasterio.errors import RasterioError

        from ..latent.contract import LATENT_TAG, open_latent
        from ..inputs.sentinel2 import Grid

        self.path = os.fspath(path)
        if not os.path.exists(self.path):
            raise FileNotFoundError(tr("input raster {file} does not exist; choose a latent raster from "
                                       "eolatent:encode or a Sentinel-2 stack", file=self.path))
        try:
            with rasterio.open(self.path) as ds:
                is_latent = ds.tags().get(LATENT_TAG) == "1"
        except (RasterioError, OSError) as exc:
            raise ValueError(tr("cannot open {file} as a raster ({error}); if it is one, the file is truncated or "
                                "corrupt (an interrupted copy or a full disk?): copy or export it again",
                                file=self.path, error=exc)) from None
        self.latent = open_latent(self.path) if is_latent else None
        self.ds = self.latent.ds if self.latent else rasterio.open(self.path)
        if self.latent is None:     # a cut copy loses its tags too, and would pass for a raw raster
            read_file_end(self.ds, ValueError, self.path)
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
        if self.latent is not None:      # its message says how to get the latent again
            data = self.latent._read(self._bands, window)
        else:
            data = read_window(self.ds, self._bands, window=window, error=ValueError,
                               path=self.path).astype(np.float32, copy=False)
        for i, nd in enumerate(self._nodata):
            if nd is not None and not np.isnan(nd):
                data[i][data[i] == nd] = np.nan
        return data

    def close(self):
        if self.latent is not None:
            self.latent.close()
        else:
            self.ds.close()



def input_paths(rasters) -> List[str]:
    """The raster paths of one path or of a sequence of paths (INPUT then EXTRA_INPUTS)."""
    if isinstance(rasters, (str, bytes, os.PathLike)):
        return [os.fspath(rasters)]
    return [os.fspath(p) for p in rasters]


def input_name(rasters) -> str:
    """"latent.tif", or "latent.tif + lai.tif" for a stack."""
    return " + ".join(os.path.basename(p) for p in input_paths(rasters))


def band_name(description: Optional[str], index: int) -> str:
    """"B04" of "B04 2015-07-11"; "LAI" of "2015-07-11 LAI [m2/m2]" (the dated outputs of eolatent:biophysical,
    eolatent:decode, eolatent:soilmoisture); "band 3" for an undescribed band."""
    words = (description or "").split()
    if len(words) > 1 and _ISO_DATE.match(words[0]):
        words = words[1:]
    return words[0] if words else f"band {index + 1}"


def _band_names(spec: dict) -> List[str]:
    """Band names of a raw spec, from its descriptions where it has them (specs written before dated
    rasters were named by their variable keep working)."""
    if "descriptions" in spec:
        return [band_name(d, i) for i, d in enumerate(spec["descriptions"])]
    return list(spec.get("bands") or [])


def as_matrix(block: np.ndarray, fill: float = NAN_FILL):
    """(F, h, w) → (X (h·w, F) with NaN filled, valid (h·w,) = any finite feature)."""
    f = block.shape[0]
    x = np.array(block.reshape(f, -1).T, dtype=np.float32, order="C", copy=True)   # the one copy (a tile can be large)
    finite = np.isfinite(x)
    valid = finite.any(axis=1)
    x[~finite] = np.float32(fill)
    return x, valid


class PartialPixels:
    """Counts the mapped pixels that lack features other pixels of their tile have (a latent window without an
    observation there, an extra input without data there): the model sees :data:`NAN_FILL` for those, so their
    result rests on fewer features, and the log says how many (the gaps audit: filled silently)."""

    def __init__(self):
        self.partial = self.valid = 0

    def add(self, block: np.ndarray, valid: np.ndarray) -> None:
        finite = np.isfinite(block.reshape(block.shape[0], -1))
        present = finite.any(axis=1)                    # features some pixel of the tile has
        lacking = (~finite[present]).any(axis=0) & valid
        self.partial += int(lacking.sum())
        self.valid += int(valid.sum())

    def line(self, fill: float = NAN_FILL) -> Optional[str]:
        if not self.partial:
            return None
        return tr("{count} of the {total} mapped pixels ({percent:.1f} %) lack some of the features other pixels have "
                  "(a latent window without an observation there, or an extra input without data there): they count "
                  "as {fill} for those pixels, whose result rests on the features they have", count=self.partial,
                  total=self.valid, percent=100.0 * self.partial / max(self.valid, 1), fill=number(fill, "g"))


def feature_labels(spec: dict) -> list:
    """A name per feature of a feature spec, for messages: the band descriptions of a raw raster ("2020-12-15 LAI
    [m2/m2]"), "latent feature i" for a latent, the members' names in order for a stack."""
    if spec.get("kind") == "stack":
        return [lab for m in spec.get("members", []) for lab in feature_labels(m)]
    n = int(spec.get("n_features", 0))
    if spec.get("kind") == "raw":
        desc = list(spec.get("descriptions") or spec.get("bands") or [])
        return [d or tr("band {n}", n=i + 1) for i, d in enumerate(desc)] + [tr("band {n}", n=i + 1)
                                                                           for i in range(len(desc), n)]
    windows, size = list(spec.get("windows") or []), int(spec.get("latent_size") or 0)
    if size and len(windows) * size == n:      # a cloudy window's features are named by its dates
        return [tr("feature {n} of window {window}", n=i % size + 1, window=windows[i // size]) for i in range(n)]
    return [tr("latent feature {n}", n=i + 1) for i in range(n)]


def empty_members(source, empty) -> List[str]:
    """The file names of the stacked rasters (INPUT, EXTRA_INPUTS) every feature of which is among the feature
    indexes ``empty`` (no value where the run looked): an extra input that adds nothing, said by its name."""
    counts = (getattr(source, "spec", None) or {}).get("member_features") or []
    paths = getattr(source, "paths", None) or []
    gone, out, start = {int(i) for i in empty}, [], 0
    for path, n in zip(paths, counts):
        if n and all(i in gone for i in range(start, start + n)):
            out.append(os.path.basename(path))
        start += n
    return out


def named_features(spec: dict, indexes, most: int = 6) -> str:
    """The names of the features ``indexes`` of ``spec`` (:func:`feature_labels`), the first ``most`` of them."""
    labels = feature_labels(spec)
    indexes = [int(i) for i in indexes]
    parts, windows, size = [], list(spec.get("windows") or []), int(spec.get("latent_size") or 0)
    if spec.get("kind") == "latent" and size and len(windows) * size == len(labels):
        gone = set(indexes)
        whole = [k for k in range(len(windows)) if all(k * size + j in gone for j in range(size))]
        parts = [tr("every feature of window {window}", window=windows[k]) for k in whole]
        indexes = [i for i in indexes if i // size not in whole]      # "128 of 320 features": two cloudy windows
    parts += [labels[i] if i < len(labels) else tr("feature {n}", n=i + 1) for i in indexes]
    return ", ".join(parts[:most]) + (", …" if len(parts) > most else "")


def describe_spec(spec: dict) -> str:
    if spec.get("kind") == "stack":
        members = spec.get("members") or []
        return tr("stack of {count} rasters ({members})", count=len(members), members="; ".join(
            f"{i + 1}: {describe_spec(m)}" for i, m in enumerate(members)))
    if spec.get("kind") == "latent":
        w = spec.get("windows") or []
        span = f"{w[0].split('/')[0]}…{w[-1].split('/')[-1]}" if w else "?"
        return tr("latent raster of encoder {encoder} ({count} window(s) {span}, {size} features each)",
                  encoder=spec.get("encoder"), count=len(w), span=span, size=spec.get("latent_size"))
    bands = _band_names(spec)
    if len(bands) > 1 and len(set(bands)) == 1:
        shown = f"{bands[0]} × {len(bands)}"
    else:
        shown = first_few(bands, 6)
    return tr("raster of {count} band(s) ({bands})", count=len(bands), bands=shown)


def _day_of_year(label: str) -> int:
    from datetime import date

    return date.fromisoformat(label.split("/")[0]).timetuple().tm_yday


def spec_problems(model_spec: dict, raster_spec: dict) -> List[str]:
    """Why a classifier made for ``model_spec`` cannot read ``raster_spec`` (empty: it can)."""
    problems: List[str] = []
    kinds = (model_spec.get("kind"), raster_spec.get("kind"))
    if "stack" in kinds and kinds[0] != kinds[1]:
        n = len((model_spec if kinds[0] == "stack" else raster_spec).get("members") or [])
        problems.append(tr("a single raster and a stack of {count} rasters are not interchangeable", count=n))
    elif kinds[0] == "stack":
        mm, rm = model_spec.get("members") or [], raster_spec.get("members") or []
        if len(mm) != len(rm):
            problems.append(tr("{count} stacked raster(s) ≠ {other}", count=len(mm), other=len(rm)))
        else:
            for i, (a, b) in enumerate(zip(mm, rm)):
                problems += [tr("raster {n}: {problem}", n=i + 1, problem=p) for p in spec_problems(a, b)]
    elif kinds[0] != kinds[1]:
        problems.append(tr("a latent raster and a raw raster are not interchangeable"))
    elif model_spec["kind"] == "latent":
        for key in ("encoder", "latent_size"):
            if model_spec.get(key) != raster_spec.get(key):
                problems.append(f"{key} {model_spec.get(key)} ≠ {raster_spec.get(key)}")
        if not problems:
            from ..latent.contract import encoder_version_problem

            version = encoder_version_problem(model_spec.get("encoder_version"), raster_spec.get("encoder_version"),
                                                 str(model_spec.get("encoder")))
            if version:
                problems.append(version)
        mw, rw = model_spec.get("windows") or [], raster_spec.get("windows") or []
        if len(mw) != len(rw):
            problems.append(tr("{count} window(s) ≠ {other}", count=len(mw), other=len(rw)))
        elif not problems:
            half = max(int(model_spec.get("window_days") or 10) // 2, 1)
            for a, b in zip(mw, rw):
                d = abs(_day_of_year(a) - _day_of_year(b))
                if min(d, 366 - d) > half:
                    problems.append(tr("window {window} is not in the season of {other}", window=a, other=b))
                    break
    elif len(_band_names(model_spec)) != len(_band_names(raster_spec)):
        problems.append(tr("{count} band(s) ≠ {other}", count=len(_band_names(model_spec)),
                           other=len(_band_names(raster_spec))))
    elif _band_names(model_spec) != _band_names(raster_spec):
        problems.append(tr("the band names differ"))
    return problems


def check_spec(model_spec: dict, raster_spec: dict, model_name: str, raster_name: str) -> None:
    """Raise :class:`InputMismatch` unless a classifier made for ``model_spec`` can read ``raster_spec``.

    Latent: same encoder, latent size and number of windows, and every window starting within half a window
    of the same day of the year (another year or place in the same season is fine). Raw: the same band names
    in the same order (dates may differ). Stack: as many rasters, each one passing these rules against the
    raster at the same position.
    """
    problems = spec_problems(model_spec, raster_spec)
    if problems:
        stacked = "stack" in (model_spec.get("kind"), raster_spec.get("kind"))
        if stacked:
            fix = tr("apply it to the same kinds of rasters in the same order ({param}, then the additional feature "
                     "rasters), each made the same way, or train a classifier on these rasters", param="INPUT")
        else:
            fix = tr("apply it to a raster made the same way (same encoder and season, or the same bands), or train "
                     "a classifier on this raster")
        raise InputMismatch(tr("classifier {model} was made for a {expected}, but {file} is a {found} ({problems}); "
                               "{fix}", model=model_name, expected=describe_spec(model_spec), file=raster_name,
                               found=describe_spec(raster_spec), problems="; ".join(problems), fix=fix))
