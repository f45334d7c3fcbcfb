# SPDX-License-Identifier: GPL-3.0-or-later
"""Streamed encoding of Sentinel-2 / Sentinel-1 stacks into a latent raster (docs/latent_contract.md).

The stacks' period is cut into consecutive windows of W days (W from the encoder card); windows without
any acquisition are skipped. For every chunk of P × P stack pixels and every kept window the encoder
gets the composites of the contract:

* ``s2``: per pixel and band, the mean of the window's valid S2 observations (reflectance 0–1), 0 where
  none; ``s2_valid``: valid observations / S2 dates of the window (0 when the window has no S2 date or
  the run has no S2 stack);
* ``s1``: VV, VH σ⁰ in dB of the mean *linear* power of the valid S1 observations, 0 where none;
  ``s1_valid`` likewise;
* ``doy``: day of year of the window centre.

A missing modality (S2 only or S1 only) is fed as zeros with zero validity. A raster whose size is not a
multiple of P ends with partial chunks: their pixels beyond the raster are fed as invalid (zeros, validity 0).
A chunk with no valid observation in a window (all cloudy / nodata) is not run through the encoder: its
latent is NaN in that window.

The run is streamed by :func:`run_tiled` on the latent grid (one pixel per chunk); each tile reads the
P·tile stack pixels below it. The tile is bounded so that its composites stay within ``memory_mb``.
"""
from __future__ import annotations

import math
import os
from typing import Dict, List, Optional

import numpy as np

from ..i18n import tr
from ..latent import contract as lt
from ..latent.quality import quality_value
from .common import (DataWindow, EncodeInputError, EncodeResult, grid_and_period, no_acquisition_message, period_lines,
                     stack_window)
from ..outputs.geotiff import OutputSpec, check_writable
from ..engine.input_checks import NoValidPixelError, ValidPixels, valid_windows_line
from ..engine.tiling import Feedback, run_tiled, warn
from ..inputs.sentinel2.cloud_shadows import grid_lonlat
from ..inputs.sentinel2.plausibility import scale_doubts

S2_INPUT_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
S1_INPUT_POLS = ("VV", "VH")
ENCODER_INPUTS = ("s2", "s2_valid", "s1", "s1_valid", "doy")
CHANNELS = 14  # 10 S2 bands + 1 + 2 S1 polarisations + 1


class NoValidPixel(EncodeInputError, NoValidPixelError):
    """No window of the stacks holds a valid pixel (all nodata, NaN or cloud): nothing is written."""


def _assign(dates, d0, d1, window_days) -> Dict[int, List[int]]:
    """Lattice window index -> indexes of the dates (within [d0, d1]) it holds."""
    out: Dict[int, List[int]] = {}
    for i, d in enumerate(dates):
        day = lt.to_date(d)
        if d0 <= day <= d1:
            out.setdefault(lt.window_of(d0, window_days, day), []).append(i)
    return out


def _composite(reads, shape, n_channels, to_db=False):
    """Mean of the valid observations (0 where none) and the valid fraction, padded to ``shape``."""
    h, w = shape
    mean = np.zeros((n_channels, h, w), np.float32)
    frac = np.zeros((1, h, w), np.float32)
    if not reads:
        return mean, frac
    total = count = None
    for values, valid in reads:
        v = np.where(valid[None], values, np.float32(0)).astype(np.float32)
        total = v if total is None else total + v
        count = valid.astype(np.float32) if count is None else count + valid
    rh, rw = count.shape
    with np.errstate(invalid="ignore", divide="ignore"):
        m = np.where(count > 0, total / np.maximum(count, 1), np.float32(0))
        if to_db:
            m = np.where(m > 0, np.float32(10.0) * np.log10(np.where(m > 0, m, 1)), np.float32(0))
    mean[:, :rh, :rw] = m
    frac[0, :rh, :rw] = count / np.float32(len(reads))
    return mean, frac


def _dates_per_chunk(reads, shape, p: int) -> np.ndarray:
    """Per chunk of the padded ``shape`` (row-major), the dates of ``reads`` [(values, valid)] with a valid pixel in
    it: the window's quality band counts them (core/latent/quality.py)."""
    h, w = shape
    n = np.zeros((h // p) * (w // p), np.int64)
    for _, valid in reads:
        v = np.zeros((h, w), bool)
        v[:valid.shape[0], :valid.shape[1]] = valid
        n += _chunks(v[None], h // p, w // p, p).any(axis=(1, 2, 3))
    return n


def _chunks(arr: np.ndarray, th: int, tw: int, p: int) -> np.ndarray:
    """(C, th·P, tw·P) -> (th·tw, C, P, P), chunks in row-major order."""
    c = arr.shape[0]
    return arr.reshape(c, th, p, tw, p).transpose(1, 3, 0, 2, 4).reshape(th * tw, c, p, p)


def run_encode(out_path: str, s2_path: Optional[str] = None, s1_path: Optional[str] = None, preset="fine4",
               start=None, end=None, provider: str = "auto", threads: Optional[int] = None,
               tile_size: int = 512, memory_mb: int = 256, feedback: Optional[Feedback] = None,
               grid_factor: int = 1, detect_clouds: bool = True) -> EncodeResult:
    """Encode the S2 and/or S1 stack into the latent raster ``out_path``.

    ``preset``: "fine4", "seed100", "presto", an encoder card id or the path of an encoder ONNX file.
    ``start``/``end``: first/last day encoded (ISO dates; default: the first/last acquisition). ``tile_size``:
    tile side in stack pixels (rounded to whole chunks; reduced further to stay within ``memory_mb`` of
    composites). ``grid_factor`` (pixel-series encoders only): encode blocks of f × f pixels (their mean series)
    instead of every pixel — f² times faster. ``detect_clouds``: detect clouds and shadows on S2 dates that carry
    no mask (core/inputs/sentinel2/clouds.py); they are left out of the encoding.
    """
    from ..inputs.sentinel1 import open_s1
    from ..inputs.sentinel2 import open_s2

    feedback = feedback or Feedback()
    if not s2_path and not s1_path:
        raise EncodeInputError(tr("no input stack: give a Sentinel-2 stack, a Sentinel-1 stack or both"))
    check_writable(out_path)
    info = lt.resolve_model(preset, "encode")
    from .presto.embed import is_pixel_series

    if is_pixel_series(info):
        return _encode_pixel_series(out_path, s2_path, s1_path, info, provider, threads, start, end, tile_size,
                                    grid_factor, memory_mb, feedback, detect_clouds)
    if int(grid_factor) != 1:
        raise EncodeInputError(tr("a grid factor ({factor}) applies to pixel-series encoders ({encoders}) only; "
                                  "{model} encodes chunks of its own size", factor=grid_factor,
                                  encoders="presto, presto_small", model=info.id))
    p, window_days, latent_size = lt.encoder_tiling(info)
    session = info.session(provider, threads)
    missing = [n for n in ENCODER_INPUTS if n not in session.input_names]
    if missing or not {"mean", "logvar"} <= set(session.output_names):
        raise EncodeInputError(tr("encoder {model} lacks input(s) {missing} or outputs {outputs} of {document}; "
                                  "re-export it", model=info.id, missing=", ".join(missing) or "-",
                                  outputs="mean/logvar", document="docs/latent_contract.md"))
    s2 = open_s2(s2_path, detect_clouds=detect_clouds) if s2_path else None
    s1 = None
    try:
        s1 = open_s1(s1_path) if s1_path else None
        return _encode(out_path, s2, s1, s2_path, s1_path, info, session, p, window_days, latent_size,
                       start, end, tile_size, memory_mb, feedback)
    finally:
        for src in (s2, s1):
            if src is not None:
                src.close()


TRAINED_PIXEL_M = 10.0     # the chunk encoders (fine4, seed100) learnt from 10 m Sentinel-2 pixels
SOUTH_LATITUDE = -10.0     # ... and the seasons of a northern tile: south of this, they are half a year off


def grid_warnings(grid, p: int, model_id: str) -> List[str]:
    """What about the stack's grid makes a chunk encoder's latent unlike its training: pixels far from 10 m (a chunk
    then covers another area on the ground), a place south of 10° S (seasons half a year off), and chunks made
    mostly of padding (a stack smaller than a chunk, or edge chunks of a stack that is not a multiple of it)."""
    out = []
    rx, ry = (abs(float(v)) for v in grid.res_metres)
    if not all(0.75 * TRAINED_PIXEL_M <= r <= 1.25 * TRAINED_PIXEL_M for r in (rx, ry)):
        out.append(tr("the stack's pixels are {x:.3g} × {y:.3g} m; {model} learnt from {trained:g} m pixels, so a "
                      "chunk of {size} × {size} px covers {here:.0f} m here against {then:.0f} m in training and its "
                      "latent is not comparable: resample the stacks to {trained:g} m ({command}), or use {option} "
                      "(one latent per pixel, any pixel size)", x=rx, y=ry, model=model_id, trained=TRAINED_PIXEL_M,
                      size=p, here=p * rx, then=p * TRAINED_PIXEL_M, command="gdalwarp -tr 10 10 -r average",
                      option="--model presto / presto_small"))
    where = grid_lonlat(grid)
    if where is not None and where[1] < SOUTH_LATITUDE:
        out.append(tr("the stack lies in the southern hemisphere (centre latitude {lat:.1f}°): {model} learnt the "
                      "seasons from its day-of-year inputs on a northern tile (Slovenia, 46° N), so here they are half "
                      "a year off and its latent is not comparable; use {option} (trained worldwide, it reads each "
                      "pixel's latitude)", lat=where[1], model=model_id, option="--model presto"))
    n_chunks = math.ceil(grid.width / p) * math.ceil(grid.height / p)
    filled = grid.width * grid.height / float(n_chunks * p * p)
    if filled < 0.5:
        out.append(padding_warning(grid.width, grid.height, p, n_chunks, filled, model_id))
    return out


SMALLER_CHUNKS = (("fine4", 4), ("presto", 1))      # the presets a stack too small for a model's chunks can use


def padding_warning(width: int, height: int, p: int, n_chunks: int, filled: float, model_id: str) -> str:
    """The warning on a stack whose P × P chunks are mostly padding: a stack at least one chunk wide and high is
    to be cropped to a multiple of P (its edge chunks are the padded ones), a smaller one to be given larger; the
    presets with smaller chunks than this model's are named (never the model in use)."""
    models = [m for m, size in SMALLER_CHUNKS if size < p and m != model_id.rsplit(".", 1)[-1]]
    alternative = tr("; or use a model with smaller chunks ({models})", models=", ".join(models)) if models else ""
    values = dict(width=width, height=height, percent=100 * filled, count=n_chunks, size=p)
    if width >= p and height >= p:
        cw, ch = width // p * p, height // p * p
        return tr("the stack ({width} × {height} px) fills {percent:.0f} % of the encoder's {count} chunk(s) of "
                  "{size} × {size} px: its width or height is not a multiple of {size} px, so the chunks along its "
                  "edges are mostly padding, and a chunk that is mostly padding gets a latent close to the prior; crop "
                  "the stacks to {crop_width} × {crop_height} px, a multiple of {size} (e.g. {command})",
                  crop_width=cw, crop_height=ch, command=f"gdal_translate -srcwin 0 0 {cw} {ch} stack.tif "
                  "stack_cropped.tif", **values) + alternative
    return tr("the stack ({width} × {height} px) fills {percent:.0f} % of the encoder's {count} chunk(s) of {size} × "
              "{size} px: it is smaller than one chunk, so its chunks are mostly padding, and a chunk that is mostly "
              "padding gets a latent close to the prior; give a stack at least {size} × {size} px", **values) \
        + alternative


def input_lines(s2, s1, s2_win: dict, s1_win: dict) -> List[str]:
    """What the encoder read, as textquery says it: the Sentinel-2 bands read and left, the dates in the encoded
    windows, how clouds were masked; the Sentinel-1 dates (the log said the encoder and the period only)."""
    lines = []
    if s2 is not None:
        unused = [b for b in s2.band_names if b not in S2_INPUT_BANDS]
        lines.append(tr("Sentinel-2 bands read: {bands}", bands=", ".join(S2_INPUT_BANDS))
                     + ("; " + tr("not read by this model: {unused}", unused=", ".join(unused)) if unused else ""))
        used = sorted({i for ids in s2_win.values() for i in ids})
        clouds = s2.clouds_line(used)
        lines.append(tr("{count} Sentinel-2 date(s) in the encoded windows", count=len(used))
                     + ("; " + clouds if clouds else ""))
    if s1 is not None:
        lines.append(tr("{count} Sentinel-1 date(s) in the encoded windows ({polarisations})",
                        count=len({i for ids in s1_win.values() for i in ids}), polarisations=", ".join(S1_INPUT_POLS)))
    return lines


def _encode(out_path, s2, s1, s2_path, s1_path, info, session, p, window_days, latent_size, start, end,
            tile_size, memory_mb, feedback):
    from affine import Affine

    from ..inputs.sentinel2 import Grid

    if s2 is not None:
        lacking = [b for b in S2_INPUT_BANDS if b not in s2.band_names]
        if lacking:
            msg = tr("{file} lacks band(s) {missing} (it has {bands}); the encoder needs {needed}",
                     file=os.path.basename(str(s2_path)), missing=", ".join(lacking), bands=", ".join(s2.band_names),
                     needed=", ".join(S2_INPUT_BANDS))
            if "B8A" in lacking:
                msg += tr("; a stack without {band} (as many 9-band composites are) is encoded by the Presto presets, "
                          "which mask missing bands: {option} or {other} ({parameter} in Processing)", band="B8A",
                          option="--model presto", other="presto_small", parameter="MODEL=presto")
            raise EncodeInputError(msg)
    if s1 is not None:
        lacking = [q for q in S1_INPUT_POLS if q not in s1.polarisations]
        if lacking:
            raise EncodeInputError(tr("{file} lacks polarisation(s) {missing} (it has {polarisations}); the encoder "
                                      "needs {first} and {second}", file=os.path.basename(str(s1_path)),
                                      missing=", ".join(lacking), polarisations=", ".join(s1.polarisations),
                                      first=S1_INPUT_POLS[0], second=S1_INPUT_POLS[1])
                                   + tr("; a single-polarisation stack is encoded by the {model} preset, which masks "
                                        "what is missing: {option} ({parameter} in Processing)", model="presto",
                                        option="--model presto", parameter="MODEL=presto"))
    grid, d0, d1 = grid_and_period(s2, s1, start, end)
    s2_win = _assign(s2.dates, d0, d1, window_days) if s2 is not None else {}
    s1_win = _assign(s1.dates, d0, d1, window_days) if s1 is not None else {}
    kept = sorted(set(s2_win) | set(s1_win))
    if not kept:
        raise EncodeInputError(no_acquisition_message(d0, d1, start, end, [lt.to_date(d) for src in (s2, s1)
                                                                           if src is not None for d in src.dates]))
    windows = [lt.lattice_window(d0, window_days, k) for k in kept]
    n_lattice = lt.window_of(d0, window_days, d1) + 1
    modalities = [m for m, src in (("S2", s2), ("S1", s1)) if src is not None]
    hashes = {os.path.basename(os.path.normpath(str(pth))): lt.input_hash(str(pth))
              for pth in (s2_path, s1_path) if pth}
    feedback.info(tr("encoder {model} {version} (chunk {size} px, {days}-day windows, {features} features); "
                     "execution provider: {provider}; encoded period {start}…{end}: {windows} window(s) with "
                     "acquisitions, {skipped} empty window(s) skipped; modalities {modalities}", model=info.id,
                     version=info.version, size=p, days=window_days, features=latent_size,
                     provider=session.provider_used, start=windows[0].start, end=windows[-1].end,
                     windows=len(windows), skipped=n_lattice - len(windows), modalities=", ".join(modalities)))
    for line in input_lines(s2, s1, s2_win, s1_win):
        feedback.info(line)

    for line in (grid_warnings(grid, p, info.id) + (scale_doubts(s2) if s2 is not None else [])
                 + period_lines(s2, s1, d0, d1, start, end)):
        warn(feedback, line)

    lgrid = Grid(grid.crs, grid.transform * Affine.scale(p), math.ceil(grid.width / p), math.ceil(grid.height / p))
    descr, btags = lt.band_layout(windows, latent_size)
    descr += [f"{w.label} valid dates (S2 + 100 x S1)" for w in windows]       # one quality band per window
    btags += [dict(WINDOW_START=w.start.isoformat(), WINDOW_END=w.end.isoformat(), KIND="quality") for w in windows]
    tags = lt.dataset_tags(info, p, window_days, latent_size, windows, modalities, hashes, grid.width, grid.height,
                           d0, d1)
    tags.update(EOLATENT_PROVIDER=session.provider_used, QUALITY_BANDS="1")
    spec = OutputSpec(out_path, len(descr), "float32", float("nan"), descr, btags, tags)

    # tile side in chunks: the user's tile size, bounded so that one tile's composites fit in memory_mb
    per_chunk = CHANNELS * p * p * 4 * len(windows)
    budget = max(1, int(math.sqrt(memory_mb * 2 ** 20 / per_chunk)))
    tile = max(1, min(max(1, int(tile_size) // p), budget))
    batch = int(max(1, min(4096, (32 * 2 ** 20) // (CHANNELS * p * p * 4))))
    centres_doy = [lt.doy(w.centre) for w in windows]
    per_window = [0] * len(windows)  # chunks with a valid observation, per window
    n_valid = ValidPixels(lgrid, (s2_path, s1_path), NoValidPixel)
    data_window = DataWindow(spec.tags)       # the DATA_WINDOW tag, written when the file is finished

    def read(win):
        rw, shape = stack_window(win, p, grid)
        comps, quality = [], []
        for w in windows:
            s2r = [s2.read(i, rw, S2_INPUT_BANDS) for i in s2_win.get(w.index, [])]
            s1r = [s1.read(i, rw, S1_INPUT_POLS, db=False) for i in s1_win.get(w.index, [])]
            comps.append(_composite(s2r, shape, 10) + _composite(s1r, shape, 2, to_db=True))
            quality.append(quality_value(_dates_per_chunk(s2r, shape, p), _dates_per_chunk(s1r, shape, p)))
        data_window.add(np.logical_or.reduce([(c[1][0] > 0) | (c[3][0] > 0) for c in comps]),
                        int(rw.row_off), int(rw.col_off))
        return comps, quality

    def compute(win, data):
        comps, quality = data
        th, tw = win.ext_height, win.ext_width
        out = np.full((len(windows) * (2 * latent_size + 1), th, tw), np.nan, np.float32)
        out[len(windows) * 2 * latent_size:] = np.stack(quality).reshape(len(windows), th, tw)
        for k, (s2m, s2v, s1m, s1v) in enumerate(comps):
            feeds_all = {n: _chunks(a, th, tw, p) for n, a in
                         (("s2", s2m), ("s2_valid", s2v), ("s1", s1m), ("s1_valid", s1v))}
            has = (feeds_all["s2_valid"].reshape(th * tw, -1).max(axis=1) > 0) | \
                  (feeds_all["s1_valid"].reshape(th * tw, -1).max(axis=1) > 0)
            idx = np.flatnonzero(has)
            per_window[k] += idx.size
            n_valid.add(idx.size)
            if idx.size == 0:
                continue
            mean = np.empty((idx.size, latent_size), np.float32)
            logvar = np.empty_like(mean)
            for b0 in range(0, idx.size, batch):
                sel = idx[b0:b0 + batch]
                feeds = {n: np.ascontiguousarray(a[sel]) for n, a in feeds_all.items()}
                feeds["doy"] = np.full((sel.size, 1), centres_doy[k], np.float32)
                res = dict(zip(session.output_names, session.run(feeds)))
                mean[b0:b0 + sel.size] = res["mean"]
                logvar[b0:b0 + sel.size] = res["logvar"]
            base = k * 2 * latent_size
            rows, cols = np.unravel_index(idx, (th, tw))
            out[base:base + latent_size, rows, cols] = mean.T
            out[base + latent_size:base + 2 * latent_size, rows, cols] = logvar.T
        return {"latent": out}

    # no valid pixel in any window: raised on the last tile, so that no output is published
    run_tiled(lgrid, read, n_valid.wrap(compute), {"latent": spec}, tile_size=tile, overlap=0, feedback=feedback)
    feedback.info(valid_windows_line([w.label for w in windows], per_window))
    return EncodeResult(out_path, session.provider_used, f"{info.id} {info.version}", windows, modalities,
                        n_lattice - len(windows))


def _encode_pixel_series(out_path, s2_path, s1_path, info, provider, threads, start, end, tile_size, grid_factor,
                         memory_mb, feedback, detect_clouds=True):
    from .presto.encode_raster import PrestoInputError, encode_presto
    from ..inputs.sentinel1 import open_s1
    from ..inputs.sentinel2 import open_s2

    s2 = open_s2(s2_path, detect_clouds=detect_clouds) if s2_path else None
    s1 = None
    try:
        s1 = open_s1(s1_path) if s1_path else None
        return encode_presto(out_path, s2, s1, s2_path, s1_path, info, provider, threads, start, end, tile_size,
                             grid_factor, memory_mb, feedback)
    except NoValidPixelError as exc:
        raise NoValidPixel(str(exc)) from None
    except PrestoInputError as exc:
        raise EncodeInputError(str(exc)) from None
    finally:
        for src in (s2, s1):
            if src is not None:
                src.close()
