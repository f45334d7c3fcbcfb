# SPDX-License-Identifier: GPL-3.0-or-later
"""S2 and/or S1 stacks → Presto latent raster (docs/latent_contract.md, "Pixel-series encoders").

The period (START…END, default first…last acquisition) is cut into calendar months; consecutive runs of up to
``window_months`` (12) months form the windows, each encoded into 128 features per pixel (or per block of
``grid_factor`` × ``grid_factor`` pixels when a coarser grid is asked for: the block's valid observations are
averaged first). Each month's token is the mean of that month's valid observations (S2 reflectance; S1 σ⁰
averaged in linear power). A month without a valid observation, a band the stack lacks (e.g. B8A in 9-band
composites), a missing modality, and the ERA5, SRTM and Dynamic World inputs Presto also knows are *masked*:
never filled. A pixel with no valid observation in a window is NaN there. After the latent bands, one quality
band per window counts the months with a valid S2 observation plus 100 × those with a valid S1 one.
"""
from __future__ import annotations

import calendar
import math
import os
from datetime import date
from typing import List, Optional

import numpy as np

from ...i18n import tr
from ...latent import contract as lt
from ...latent.quality import quality_value
from ...outputs.geotiff import OutputSpec
from ...engine.input_checks import NoValidPixelError, ValidPixels, valid_windows_line
from ...engine.tiling import Feedback, run_tiled, warn
from ...inputs.sentinel2.plausibility import scale_doubts
from . import inputs as pin
from .embed import PrestoEncoder, embed_series


class PrestoInputError(ValueError):
    """Stacks the Presto encoder cannot take; the message names the problem and the fix."""


class NoValidPixel(PrestoInputError, NoValidPixelError):
    """No window of the stacks holds a valid pixel (all nodata, NaN or cloud): nothing is written."""


def month_windows(d0: date, d1: date, window_months: int) -> List[lt.TimeWindow]:
    """Consecutive windows of ``window_months`` calendar months from d0's month to d1's (the last may be shorter)."""
    months = pin.months_between(d0, d1)
    out = []
    for k in range(0, len(months), window_months):
        (y0, m0), (y1, m1) = months[k], months[min(len(months), k + window_months) - 1]
        out.append(lt.TimeWindow(k // window_months, date(y0, m0, 1), date(y1, m1, calendar.monthrange(y1, m1)[1])))
    return out


def kept_windows(dates, d0: date, d1: date, window_months: int) -> List[lt.TimeWindow]:
    """The :func:`month_windows` of d0…d1 holding at least one of ``dates``, numbered 0, 1, … in order."""
    windows = [w for w in month_windows(d0, d1, window_months) if (_slots(dates, w, d0, d1) >= 0).any()]
    return [lt.TimeWindow(i, w.start, w.end) for i, w in enumerate(windows)]


def tile_side(tile_size: int, grid_factor: int, windows, memory_mb: int) -> int:
    """Tile side in latent pixels: ``tile_size`` stack pixels, bounded so that the monthly composites of one tile
    stay within ``memory_mb`` (per stack pixel and month: 12 channels × float32 × ~8 live buffers — sums, counts,
    means, expanded, block means — × 2 tiles, as the reader prepares the next tile while one is encoded)."""
    f = int(grid_factor)
    n_months = max(len(pin.months_between(w.start, w.end)) for w in windows)
    per_px = n_months * 12 * 4 * 8 * 2 * f * f * len(windows)
    return max(1, min(max(1, int(tile_size) // f), int(math.sqrt(memory_mb * 2 ** 20 / per_px))))


def _slots(dates, window: lt.TimeWindow, d0: Optional[date] = None, d1: Optional[date] = None) -> np.ndarray:
    """Month slot (0…) of each date inside ``window`` and the period d0…d1, −1 outside: the monthly tokens cover
    whole months, but a date outside the period asked for is not read (the gaps audit: a period of two cloudy dates
    was encoded from the clear dates of the same months outside it)."""
    base = pin.month_index(window.start)
    out = []
    for d in dates:
        day = lt.to_date(d)
        inside = window.contains(day) and (d0 is None or day >= d0) and (d1 is None or day <= d1)
        out.append(pin.month_index(day) - base if inside else -1)
    return np.asarray(out, int)


def _block_mean(a: np.ndarray, f: int) -> np.ndarray:
    """[..., H, W] → [..., H/f, W/f] mean of the finite values (NaN where none)."""
    if f == 1:
        return a
    h, w = a.shape[-2] // f, a.shape[-1] // f
    r = a[..., :h * f, :w * f].reshape(a.shape[:-2] + (h, f, w, f))
    ok = np.isfinite(r)
    n = ok.sum(axis=(-3, -1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, np.where(ok, r, 0).sum(axis=(-3, -1)) / np.maximum(n, 1), np.nan).astype(np.float32)


def _refuse_unseen_views(info, s2_bands, s1_pols) -> None:
    """The distilled student learnt Presto's features from whole inputs, with B8A, one modality or months missing
    (models/training/presto/distill.py); other band subsets give features far from Presto's (median cosine 0.47 with
    the 10 m bands only or VV only, held-out pixels), which its latent would still claim as Presto's embedding
    space: those inputs go to Presto itself, which masks any subset."""
    if not str(info.id).endswith("presto_small"):
        return
    lacking = ([b for b in pin.S2_BANDS if b != "B8A" and b not in s2_bands] if s2_bands is not None else []) + \
        ([p for p in pin.S1_BANDS if p not in s1_pols] if s1_pols is not None else [])
    if lacking:
        raise PrestoInputError(tr(
            "{model} learnt Presto's features from whole inputs (every Sentinel-2 band, B8A aside, and both VV and "
            "VH, or a modality left out altogether); without {missing} its features would be far from Presto's "
            "(median cosine 0.47 measured with the 10 m bands only or VV only): encode with {option} instead "
            "(Presto masks any missing band), or leave out the incomplete modality", model=info.id,
            missing=", ".join(lacking),
            option="MODEL=presto / --model presto"))


def encode_presto(out_path: str, s2, s1, s2_path, s1_path, info, provider: str = "auto",
                  threads: Optional[int] = None, start=None, end=None, tile_size: int = 512, grid_factor: int = 1,
                  memory_mb: int = 256, feedback: Optional[Feedback] = None):
    """Write the latent raster; returns :class:`eolatent.core.encode.common.EncodeResult`."""
    from affine import Affine

    from ..common import EncodeResult, grid_and_period, no_acquisition_message, period_lines, stack_window
    from ...inputs.sentinel2 import Grid

    feedback = feedback or Feedback()
    enc = PrestoEncoder(info, provider, threads)
    tiling = info.card["tiling"]
    window_months = int(tiling.get("window_months", 12))
    f = int(grid_factor)
    if f < 1:
        raise PrestoInputError(tr("grid factor {factor}: give 1 (every pixel) or a coarser factor such as 2, 4 or 10",
                                  factor=f))
    s2_bands = [b for b in pin.S2_BANDS if s2 is not None and b in s2.band_names]
    s1_pols = [p for p in pin.S1_BANDS if s1 is not None and p in s1.polarisations]
    if s2 is not None and not s2_bands:
        raise PrestoInputError(tr("{file} has none of the bands Presto reads ({bands})",
                                  file=os.path.basename(str(s2_path)), bands=", ".join(pin.S2_BANDS)))
    if s1 is not None and not s1_pols:
        raise PrestoInputError(tr("{file} has neither {first} nor {second}", file=os.path.basename(str(s1_path)),
                                  first="VV", second="VH"))
    grid, d0, d1 = grid_and_period(s2, s1, start, end)
    all_dates = (list(s2.dates) if s2 is not None else []) + (list(s1.dates) if s1 is not None else [])
    windows = kept_windows(all_dates, d0, d1, window_months)
    if not windows:
        raise PrestoInputError(no_acquisition_message(d0, d1, start, end, [lt.to_date(d) for d in all_dates]))
    s2_slots = [_slots(s2.dates, w, d0, d1) for w in windows] if s2 is not None else None
    s1_slots = [_slots(s1.dates, w, d0, d1) for w in windows] if s1 is not None else None
    modalities = [m for m, src in (("S2", s2), ("S1", s1)) if src is not None]
    masked = [b for b in pin.S2_BANDS if b not in s2_bands] + [p for p in pin.S1_BANDS if p not in s1_pols]
    _refuse_unseen_views(info, s2_bands if s2 is not None else None, s1_pols if s1 is not None else None)
    space = lt.embedding_space_tags(info).get("EMBEDDING_SPACE")
    kind = tr("approximates the features of {space}", space=space) if space else "Presto"
    feedback.info(tr(
        "encoder {model} {version} ({kind}, monthly tokens, {months}-month windows, {features} features, grid "
        "{factor} x {factor} px); execution provider: {provider}; period {start}…{end}: {windows} window(s); "
        "modalities {modalities}; masked (not in the input): {masked}, {others}", model=info.id,
        version=info.version, kind=kind, months=window_months, features=enc.size, factor=f,
        provider=enc.provider_used, start=d0, end=d1, windows=len(windows), modalities=", ".join(modalities),
        masked=", ".join(masked) or tr("none"), others="ERA5, SRTM, Dynamic World"))
    feedback.info(location_line(grid))
    for line in (scale_doubts(s2) if s2 is not None else []) + period_lines(s2, s1, d0, d1, start, end):
        warn(feedback, line)

    lgrid = Grid(grid.crs, grid.transform * Affine.scale(f), math.ceil(grid.width / f), math.ceil(grid.height / f))
    descr, btags = lt.band_layout(windows, enc.size, kinds=("mean",))
    for w in windows:
        descr.append(f"{w.label} valid months (S2 + 100 x S1)")
        btags.append(dict(WINDOW_START=w.start.isoformat(), WINDOW_END=w.end.isoformat(), KIND="quality"))
    hashes = {os.path.basename(os.path.normpath(str(p))): lt.input_hash(str(p)) for p in (s2_path, s1_path) if p}
    days = max((w.end - w.start).days + 1 for w in windows)
    tags = lt.dataset_tags(info, f, days, enc.size, windows, modalities, hashes, grid.width, grid.height, d0, d1)
    tags.update(KINDS="mean", QUALITY_BANDS="1", WINDOW_MONTHS=str(window_months),
                EOLATENT_PROVIDER=enc.provider_used,
                MASKED_INPUTS=",".join(masked + ["ERA5", "SRTM", "DynamicWorld"]))
    spec = OutputSpec(out_path, len(descr), "float32", float("nan"), descr, btags, tags, blend=False)

    tile = tile_side(tile_size, f, windows, memory_mb)
    transform = lgrid.transform
    per_window = [0] * len(windows)  # pixels with a valid observation, per window
    months = [pin.months_between(w.start, w.end) for w in windows]
    seen = {(k, m): np.zeros(len(months[k]), np.int64) for k in range(len(windows)) for m in modalities}
    n_pixels = [0]
    n_valid = ValidPixels(lgrid, (s2_path, s1_path), NoValidPixel)

    def read(win):
        rw, shape = stack_window(win, f, grid)
        comps = []
        for k, w in enumerate(windows):
            nm = len(pin.months_between(w.start, w.end))
            s2c = s1c = None
            if s2 is not None:
                s2c = pin.composite_dates(lambda i: s2.read(i, rw, s2_bands, partial=True), s2_slots[k], nm,
                                          len(s2_bands), shape)
                s2c = _expand(s2c, s2_bands, pin.S2_BANDS)
            if s1 is not None:
                s1c = pin.composite_dates(lambda i: s1.read(i, rw, s1_pols), s1_slots[k], nm, len(s1_pols), shape,
                                          linear_db=True)
                s1c = _expand(s1c, s1_pols, pin.S1_BANDS)
            if s1c is not None and f > 1:     # average σ⁰ over the block in linear power
                with np.errstate(invalid="ignore", divide="ignore"):
                    lin = _block_mean(np.power(np.float32(10.0), s1c / np.float32(10.0)), f)
                    s1c = np.where(lin > 0, 10.0 * np.log10(np.where(lin > 0, lin, 1)), np.nan).astype(np.float32)
            comps.append((_block_mean(s2c, f) if s2c is not None else None, s1c, w))
        return comps

    def compute(win, comps):
        th, tw = win.ext_height, win.ext_width
        rows, cols = np.mgrid[win.ext_row:win.ext_row + th, win.ext_col:win.ext_col + tw]
        xs, ys = transform * (cols + 0.5, rows + 0.5)
        lat, lon = pin.to_wgs84(lgrid.crs, xs, ys)
        latlon = np.stack([lat.ravel(), lon.ravel()], 1).astype(np.float32)
        out = np.full((len(descr), th, tw), np.nan, np.float32)
        nq = len(windows) * enc.size
        for k, (s2c, s1c, w) in enumerate(comps):
            s2f = s2c[:, :, :th, :tw].reshape(s2c.shape[0], 10, -1).transpose(2, 0, 1) if s2c is not None else None
            s1f = s1c[:, :, :th, :tw].reshape(s1c.shape[0], 2, -1).transpose(2, 0, 1) if s1c is not None else None
            n2 = np.isfinite(s2f).any(-1).sum(1) if s2f is not None else 0
            n1 = np.isfinite(s1f).any(-1).sum(1) if s1f is not None else 0
            for m, feats in (("S2", s2f), ("S1", s1f)):
                if feats is not None:        # pixels observed in each month of the window
                    seen[(k, m)] += np.isfinite(feats).any(-1).sum(0)
            if k == 0:
                n_pixels[0] += th * tw
            quality = quality_value(n2, n1).astype(np.float32)
            has = np.flatnonzero(np.broadcast_to(quality > 0, (th * tw,)))
            out[nq + k] = np.broadcast_to(quality, (th * tw,)).reshape(th, tw)
            per_window[k] += has.size
            n_valid.add(has.size)
            if has.size == 0:
                continue
            emb = embed_series(enc, s2f[has] if s2f is not None else None, s1f[has] if s1f is not None else None,
                               w.start.month, latlon[has], cancel=feedback.is_canceled)
            r, c = np.unravel_index(has, (th, tw))
            out[k * enc.size:(k + 1) * enc.size, r, c] = emb.T
        return {"latent": out}

    # no valid pixel in any window: raised on the last tile, so that no output is published
    run_tiled(lgrid, read, n_valid.wrap(compute), {"latent": spec}, tile_size=tile, overlap=0, feedback=feedback)
    feedback.info(valid_windows_line([w.label for w in windows], per_window))
    for line in month_gap_lines(months, seen, n_pixels[0]):
        feedback.info(line)
    return EncodeResult(out_path, enc.provider_used, f"{info.id} {info.version}", windows, modalities, 0,
                        [tr("masked: {bands}", bands=", ".join(masked) or tr("none"))])


def month_gap_lines(months, seen, n_pixels: int) -> List[str]:
    """Log lines naming, per modality, the months no pixel observed (masked everywhere) and those fewer than half
    the pixels observed (``seen[(window, modality)]``: pixels observed in each month of the window)."""
    out = []
    for m in ("S2", "S1"):
        empty, thin = [], []
        for k, mons in enumerate(months):
            if (k, m) not in seen:
                continue
            for (y, mo), n in zip(mons, seen[(k, m)]):
                label = f"{y}-{mo:02d}"
                if n == 0:
                    empty.append(label)
                elif n < 0.5 * n_pixels:
                    thin.append(f"{label} ({100.0 * n / max(n_pixels, 1):.0f} %)")
        if empty or thin:
            out.append(tr("{modality} months masked (no valid observation) in every pixel: {empty}; observed in "
                          "fewer than half the pixels: {thin} — the quality band counts each pixel's observed months",
                          modality=m, empty=", ".join(empty) or tr("none"), thin=", ".join(thin) or tr("none")))
    return out


def location_line(grid) -> str:
    """The log line on the position Presto is given: the latitude / longitude span of the grid, from the
    raster's georeferencing (Presto takes the place as an input)."""
    w, h = grid.width, grid.height
    cols, rows = np.array([0, w, 0, w, w / 2]), np.array([0, 0, h, h, h / 2])
    xs, ys = grid.transform * (cols, rows)
    lat, lon = pin.to_wgs84(grid.crs, np.asarray(xs, float), np.asarray(ys, float))
    return tr("location given to the encoder (from the raster's georeferencing): latitude {lat0:.4f} … {lat1:.4f}, "
              "longitude {lon0:.4f} … {lon1:.4f}; Presto reads the place as an input, so pixels from far-apart "
              "places laid side by side in one raster get the wrong one", lat0=np.min(lat), lat1=np.max(lat),
              lon0=np.min(lon), lon1=np.max(lon))


def _expand(arr, names, all_names):
    """[T, len(names), h, w] → [T, len(all_names), h, w] with NaN for the absent bands."""
    out = np.full((arr.shape[0], len(all_names)) + arr.shape[2:], np.nan, np.float32)
    for i, n in enumerate(names):
        out[:, all_names.index(n)] = arr[:, i]
    return out
