# SPDX-License-Identifier: GPL-3.0-or-later
"""The latent raster contract (docs/latent_contract.md): time windows, writer layout, reader, model lookup.

A latent raster holds one pixel per chunk of P × P stack pixels. Its bands are window-major: for each
encoded time window k, L bands of latent ``mean`` then L bands of ``logvar``. Band descriptions read
``"<start>/<end> z<NNN> mean"`` (ISO dates, ``end`` inclusive); band tags WINDOW_START, WINDOW_END,
WINDOW_CENTER, FEATURE, KIND; dataset tags EOLATENT_LATENT=1, ENCODER_ID, ENCODER_VERSION, CHUNK_PX,
WINDOW_DAYS, LATENT_SIZE, N_WINDOWS, MODALITIES, INPUT_HASHES, STACK_WIDTH, STACK_HEIGHT (plus PERIOD_START,
PERIOD_END and WINDOW_INDEXES, informative).

Time windows: the encoded period starts on day D0 (the START date, else the first acquisition). Window k
covers the W days [D0 + kW, D0 + (k+1)W − 1]; its centre is D0 + kW + W/2 days at 00:00 UTC (the middle of
its span). Only windows holding at least one acquisition of any modality are written (an empty window would
be NaN everywhere); a date falling in such a gap is decoded by blending the neighbouring windows. A
requested date d stands for d 12:00 UTC; ``dt`` = that instant − the window centre, in days; ``doy`` is the
calendar day of the year (1–366) of the instant.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..engine import modelcard
from ..engine.closable import Closable
from ..engine.registry import MODELS_DIR, ModelInfo, check_task, find_model, load_model
from ..engine.model_manifest import load_manifest
from ..i18n import tr

LATENT_TAG = "EOLATENT_LATENT"
# id suffixes of the shipped encoders (contract, "Presets"); presto, presto_small: no decoder
PRESETS = ("fine4", "seed100", "presto", "presto_small")
DEFAULT_PRESET = "fine4"
KINDS = ("mean", "logvar")


class LatentFormatError(ValueError):
    """A file that is not a latent raster written by eolatent:encode (or a damaged one)."""


class NotLatentRaster(LatentFormatError):
    """A readable raster without the latent tag: some other kind of raster (callers may try it as another input)."""


# ---------------------------------------------------------------------------------------------------
# Dates and windows
# ---------------------------------------------------------------------------------------------------
def to_date(value) -> date:
    """A calendar date from a date, datetime (UTC day) or ISO text ("2015-07-11", "2015-07-11T10:00Z")."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(tr("{value} is not a date; write it as {format}", value=repr(value),
                            format="YYYY-MM-DD")) from None


def noon(d: date) -> datetime:
    """The instant a requested date stands for: 12:00 UTC."""
    return datetime(d.year, d.month, d.day, 12, tzinfo=timezone.utc)


def doy(instant: datetime) -> float:
    """Day of year (1–366) of the calendar day holding ``instant``."""
    return float(instant.timetuple().tm_yday)


def days_between(a: datetime, b: datetime) -> float:
    """b − a in days."""
    return (b - a).total_seconds() / 86400.0


def iso_instant(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class TimeWindow:
    """One encoded window: ``index`` on the W-day lattice of the period, ``start``/``end`` dates (inclusive)."""

    index: int
    start: date
    end: date

    @property
    def centre(self) -> datetime:
        days = (self.end - self.start).days + 1
        t0 = datetime(self.start.year, self.start.month, self.start.day, tzinfo=timezone.utc)
        return t0 + timedelta(days=days / 2.0)

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


def lattice_window(d0: date, window_days: int, k: int) -> TimeWindow:
    start = d0 + timedelta(days=k * window_days)
    return TimeWindow(k, start, start + timedelta(days=window_days - 1))


def window_of(d0: date, window_days: int, d: date) -> int:
    """Lattice index of the window holding day ``d``."""
    return (d - d0).days // window_days


# ---------------------------------------------------------------------------------------------------
# Writer layout
# ---------------------------------------------------------------------------------------------------
def band_layout(windows: Sequence[TimeWindow], latent_size: int,
                kinds: Sequence[str] = KINDS) -> Tuple[List[str], List[Dict[str, str]]]:
    """(band descriptions, band tags) of a latent raster, window-major, mean then logvar (``kinds``: only
    ("mean",) for an encoder without uncertainty, e.g. Presto)."""
    descr, tags = [], []
    for w in windows:
        common = dict(WINDOW_START=w.start.isoformat(), WINDOW_END=w.end.isoformat(),
                      WINDOW_CENTER=iso_instant(w.centre))
        for kind in kinds:
            for z in range(latent_size):
                descr.append(f"{w.label} z{z:03d} {kind}")
                tags.append(dict(common, FEATURE=str(z), KIND=kind))
    return descr, tags


def dataset_tags(encoder: ModelInfo, chunk_px: int, window_days: int, latent_size: int,
                 windows: Sequence[TimeWindow], modalities: Sequence[str], input_hashes: Dict[str, str],
                 stack_width: int, stack_height: int, d0: date, d1: date) -> Dict[str, str]:
    return dict(EOLATENT_LATENT="1", ENCODER_ID=encoder.id, ENCODER_VERSION=encoder.version,
                CHUNK_PX=str(chunk_px), WINDOW_DAYS=str(window_days), LATENT_SIZE=str(latent_size),
                N_WINDOWS=str(len(windows)), MODALITIES=",".join(modalities),
                INPUT_HASHES=json.dumps(input_hashes, sort_keys=True), STACK_WIDTH=str(stack_width),
                STACK_HEIGHT=str(stack_height), PERIOD_START=d0.isoformat(), PERIOD_END=d1.isoformat(),
                WINDOW_INDEXES=",".join(str(w.index) for w in windows), **embedding_space_tags(encoder))


def embedding_space_tags(encoder: ModelInfo) -> Dict[str, str]:
    """EMBEDDING_SPACE(_VERSION) of an encoder that approximates another one's features (a distilled student:
    its card's tiling names the teacher); none for an encoder whose features are its own."""
    tiling = encoder.card.get("tiling") or {}
    space = tiling.get("embedding_space")
    if not space:
        return {}
    return dict(EMBEDDING_SPACE=str(space), EMBEDDING_SPACE_VERSION=str(tiling.get("embedding_space_version", "")))


def data_window_of(text: Optional[str]) -> Optional[Tuple[int, int, int, int]]:
    """The DATA_WINDOW tag (``"col_off,row_off,width,height"``, stack pixels: the smallest window holding every pixel
    with a valid observation) as a tuple; None when the latent has none (older files, Presto latents) or it is not
    four whole numbers."""
    try:
        c, r, w, h = (int(v) for v in str(text).split(","))
    except (TypeError, ValueError):
        return None
    return (c, r, w, h) if w > 0 and h > 0 else None


def input_hash(path: str) -> str:
    """16 hex digits naming an input file or folder by its sampled content (core.engine.content_hash): as cheap
    for a 10 GB stack as for a small one."""
    from ..engine.content_hash import content_key

    return content_key(path)[:16]


# ---------------------------------------------------------------------------------------------------
# Reader
# ---------------------------------------------------------------------------------------------------
class LatentRaster(Closable):
    """An open latent raster. ``windows`` (kept windows, in band order), ``grid`` (one pixel per chunk),
    ``stack_transform`` (the stack's pixel grid), ``read(k, window)`` -> (mean, logvar) (L, h, w)."""

    def __init__(self, path: str):
        import rasterio
        from rasterio.errors import RasterioError

        self.path = path
        try:
            self.ds = rasterio.open(path)
        except (RasterioError, OSError) as exc:
            raise LatentFormatError(tr("cannot open {file} as a raster ({error}); choose a latent raster written by "
                                       "eolatent:encode", file=path, error=exc)) from None
        try:
            self._parse()
        except BaseException:
            self.ds.close()
            raise

    def _parse(self):
        from affine import Affine

        from ..inputs.sentinel2 import Grid

        ds, name = self.ds, os.path.basename(self.path)
        tags = ds.tags()
        if tags.get(LATENT_TAG) != "1":
            self._check_readable()      # a cut file loses its tags too: say it is cut, not of another kind
            raise NotLatentRaster(tr("{file} is not a latent raster (no {tag} tag); create one with eolatent:encode",
                                     file=name, tag=LATENT_TAG))
        try:
            self.encoder_id = tags["ENCODER_ID"]
            self.encoder_version = tags.get("ENCODER_VERSION", "")
            # the encoder whose feature space the latent is in: itself, or the teacher of a distilled student
            self.embedding_space = tags.get("EMBEDDING_SPACE", self.encoder_id)
            self.embedding_space_version = tags.get("EMBEDDING_SPACE_VERSION", self.encoder_version)
            self.chunk_px = int(tags["CHUNK_PX"])
            self.window_days = int(tags["WINDOW_DAYS"])
            self.latent_size = int(tags["LATENT_SIZE"])
            n_windows = int(tags["N_WINDOWS"])
            self.modalities = tuple(m for m in tags.get("MODALITIES", "").split(",") if m)
            self.input_hashes = json.loads(tags.get("INPUT_HASHES", "{}"))
            self.stack_width = int(tags["STACK_WIDTH"])
            self.stack_height = int(tags["STACK_HEIGHT"])
            self.kinds = tuple(k for k in tags.get("KINDS", ",".join(KINDS)).split(",") if k)
            self.quality_bands = int(tags.get("QUALITY_BANDS", "0"))
            self.window_months = int(tags.get("WINDOW_MONTHS", "0")) or None    # a monthly encoder's window
            self.data_window = data_window_of(tags.get("DATA_WINDOW"))
        except (KeyError, ValueError) as exc:
            raise LatentFormatError(tr("{file}: latent raster tag missing or malformed ({error}); re-create it with "
                                       "eolatent:encode", file=name, error=exc)) from None
        if "mean" not in self.kinds or not set(self.kinds) <= set(KINDS):
            raise LatentFormatError(tr("{file}: {tag} {kinds} is not {expected}; re-create it with eolatent:encode",
                                       file=name, tag="KINDS", kinds=",".join(self.kinds), expected="mean[,logvar]"))
        per = len(self.kinds) * self.latent_size
        if ds.count != n_windows * (per + self.quality_bands) or n_windows < 1:
            raise LatentFormatError(tr("{file} has {count} bands but {windows} window(s) × {kinds} × {size} features "
                                       "are expected; re-create it with eolatent:encode", file=name, count=ds.count,
                                       windows=n_windows, kinds=len(self.kinds), size=self.latent_size))
        windows = []
        for k in range(n_windows):
            t = ds.tags(k * per + 1)
            try:
                start, end = to_date(t["WINDOW_START"]), to_date(t["WINDOW_END"])
            except (KeyError, ValueError):
                raise LatentFormatError(tr("{file}: band {band} lacks {tags}; re-create it with eolatent:encode",
                                           file=name, band=k * per + 1, tags="WINDOW_START/WINDOW_END")) from None
            windows.append(TimeWindow(k, start, end))
        self.windows: List[TimeWindow] = windows
        self.grid = Grid(ds.crs, ds.transform, int(ds.width), int(ds.height))
        self.stack_transform = ds.transform * Affine.scale(1.0 / self.chunk_px)

    @property
    def stack_resolution(self) -> Tuple[float, float]:
        return abs(self.stack_transform.a), abs(self.stack_transform.e)

    @property
    def period(self) -> Tuple[date, date]:
        return self.windows[0].start, self.windows[-1].end

    @property
    def has_logvar(self) -> bool:
        return "logvar" in self.kinds

    def bands(self, k: int, kind: str) -> List[int]:
        """1-based band indexes of window position ``k`` and ``kind`` ("mean" or "logvar")."""
        if kind not in self.kinds:
            raise LatentFormatError(tr("{file} has no {kind} bands (encoder {encoder} gives no uncertainty)",
                                       file=os.path.basename(self.path), kind=kind, encoder=self.encoder_id))
        base = k * len(self.kinds) * self.latent_size + self.kinds.index(kind) * self.latent_size
        return list(range(base + 1, base + self.latent_size + 1))

    def valid_percent(self, k: int) -> Optional[float]:
        """Share (%) of window ``k``'s latent pixels that hold a value, from the exact statistics of its first
        feature band (None where the file carries none)."""
        try:
            return float(self.ds.tags(self.bands(k, "mean")[0])["STATISTICS_VALID_PERCENT"])
        except (KeyError, ValueError, IndexError):
            return None

    def quality_band(self, k: int) -> Optional[int]:
        """1-based index of window ``k``'s quality band (months with a valid observation), None if absent."""
        if not self.quality_bands:
            return None
        return len(self.windows) * len(self.kinds) * self.latent_size + k + 1

    def _read(self, indexes, window=None, redo: Optional[str] = None) -> np.ndarray:
        from rasterio.errors import RasterioError

        try:
            return self.ds.read(indexes, window=window).astype(np.float32)
        except (RasterioError, OSError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise LatentFormatError(tr(
                "cannot read {file} (GDAL: {error}): the file is truncated or corrupt (an interrupted copy or a full "
                "disk?); copy it again or {redo}", file=os.path.basename(self.path), error=first[:200],
                redo=redo or tr("encode it again with eolatent:encode"))) from None

    def _check_readable(self) -> None:
        """Read the last block of the last band (the end of the file), naming a truncated file as such (of a file
        without the latent tag, which may have been a latent or anything else)."""
        from rasterio.windows import Window

        ds = self.ds
        self._read([ds.count], Window(max(0, ds.width - 1), max(0, ds.height - 1), 1, 1),
                   redo=tr("write it again (a latent: eolatent:encode; a stack: eolatent:buildstack)"))

    def read(self, k: int, window=None) -> Tuple[np.ndarray, Optional[np.ndarray]]:
        """(mean, logvar) float32 (L, h, w) of window position ``k`` on a rasterio ``window``; logvar is None
        for an encoder without uncertainty."""
        if not self.has_logvar:
            return self._read(self.bands(k, "mean"), window=window), None
        data = self._read(self.bands(k, "mean") + self.bands(k, "logvar"), window=window)
        return data[:self.latent_size], data[self.latent_size:]

    def read_means(self, window=None) -> np.ndarray:
        """Latent means of every window, float32 (n_windows, L, h, w)."""
        idx = [b for k in range(len(self.windows)) for b in self.bands(k, "mean")]
        data = self._read(idx, window=window)
        return data.reshape(len(self.windows), self.latent_size, data.shape[1], data.shape[2])

    def read_quality(self, window=None) -> Optional[np.ndarray]:
        """Every window's quality band (n_windows, h, w; docs/latent_contract.md), None without quality bands."""
        return self._read([self.quality_band(k) for k in range(len(self.windows))], window) if self.quality_bands \
            else None

    def close(self):
        self.ds.close()


def open_latent(path) -> LatentRaster:
    """Open a latent raster; :class:`LatentFormatError` for a file that is not one."""
    path = os.fspath(path)
    if not os.path.exists(path):
        raise LatentFormatError(tr("latent raster {file} does not exist; create it with eolatent:encode", file=path))
    return LatentRaster(path)


# ---------------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------------
def resolve_model(model, task: str, folder: str = MODELS_DIR) -> ModelInfo:
    """An encoder/decoder from a preset ("fine4"), a card id ("eolatent.encoder.fine4") or an ONNX path."""
    text = os.fspath(model) if model is not None else DEFAULT_PRESET
    kind = "encoder" if task == "encode" else "decoder"
    if text.lower().endswith(".onnx") or os.sep in text or os.path.isfile(text):
        info = load_model(text)
    elif text.startswith("eolatent."):
        info = find_model(text, folder)
    else:
        try:
            info = find_model(f"eolatent.{kind}.{text}", folder)
        except modelcard.ModelCardError:
            if text in PRESETS and load_manifest().by_id(f"eolatent.{kind}.{text}"):
                raise       # the model manager's own words: not installed, or a file refused and why
            if text in PRESETS:     # presto, presto_small: encoders without a decoder
                raise modelcard.ModelCardError(tr(
                    "the preset '{preset}' has no decoder (its latents are read by classify, cluster, similarity and "
                    "textquery); decode a latent of fine4 or seed100", preset=text)) from None
            values = dict(preset=text, presets=", ".join(PRESETS))
            raise modelcard.ModelCardError(tr(
                "'{preset}' is not an encoder preset (the presets are {presets}); choose one of them or give the "
                "path of an ONNX model", **values) if kind == "encoder" else tr(
                "'{preset}' is not a decoder preset (the presets are {presets}); choose one of them or give the "
                "path of an ONNX model", **values)) from None
    check_task(info, task)
    return info


def encoder_tiling(info: ModelInfo) -> Tuple[int, int, int]:
    """(chunk_px, window_days, latent_size) from an encoder card."""
    t = info.card.get("tiling") or {}
    try:
        return int(t["chunk_px"]), int(t["window_days"]), int(t["latent_size"])
    except (KeyError, TypeError, ValueError):
        raise modelcard.ModelCardError(tr(
            "encoder {model} {version}: its card's tiling lacks {keys} ({doc}); re-export it", model=info.id,
            version=info.version, keys="chunk_px/window_days/latent_size", doc="docs/latent_contract.md")) from None


def decoder_encoder_id(info: ModelInfo) -> Tuple[Optional[str], Optional[int]]:
    """(encoder id, latent size) a decoder card declares on its ``latent`` input."""
    try:
        item = info.input("latent")
    except KeyError:
        return None, None
    size = item.get("size")
    return item.get("encoder"), (int(size) if size is not None else None)


def encoder_version_problem(declared: Optional[str], latent_version: Optional[str], encoder_id: str) -> Optional[str]:
    """Why a model that reads latents of ``encoder_id`` version ``declared`` cannot read a latent raster written by
    version ``latent_version`` (a retrained encoder puts different numbers in the same bands), or None. Nothing is
    compared where either side does not state its version (files made before versions were recorded)."""
    if not declared or not latent_version or str(declared) == str(latent_version):
        return None
    return tr("it reads latents of {encoder} {declared}, the raster was written by {encoder} {version}: encode the "
              "input again with the installed encoder, or use the models made for {encoder} {version}",
              encoder=encoder_id, declared=declared, version=latent_version)

