# SPDX-License-Identifier: GPL-3.0-or-later
"""Streamed decoding of a latent raster into physical variables at chosen dates and resolution.

For a requested date d (standing for d 12:00 UTC, see :mod:`eolatent.core.latent.contract`):

* d between the centres of two encoded windows a < b (neighbours, or with a gap between them: windows without
  data are not encoded): both are decoded with their own dt = d − centre and blended linearly in time,
  w_b = (d − centre_a) / (centre_b − centre_a); the uncertainty (std) is blended with the same weights. At a window's
  centre that window alone; the series is continuous across window boundaries;
* d before the first centre or after the last (inside the first or last window): that window alone, dt = d − centre;
* d outside [first window start, last window end]: refused, naming the period (a START_DATE / END_DATE series is
  cut to the period instead, and the log says so).

The decoders are trained for dates at most 15 days from their window's centre: a window decoded further away (a long
gap, gap filling across cloudy windows) is decoded at ±15 days instead, i.e. its value is held (persistence)
instead of extrapolated by the network, which diverges there (bench/decode_far_dates.py: fine4 1.1.0 on held-out
synthetic chunks, LAI RMSE at 25–35 days 3.12 extrapolated, 0.95 held), and its σ grows with the distance by the
drift of the variable measured on real series (:mod:`eolatent.core.decode.hold`). The log says how many chunk-dates
were held.

With ``gap_fill`` (default), a chunk whose latent is NaN in a window (no valid observation there: cloud, nodata)
is decoded from its nearest valid windows before and after; where it has none on one side, the window holding the
date is used alone if valid, else the output is NaN. Without ``gap_fill`` only the two surrounding windows are used,
each where valid (:func:`chunk_selection`). In an S2 + S1 latent, gap filling skips likewise, for the optical variables,
the windows where only the radar saw a chunk (the decoder's guess from radar: implausible on real data) and fills them
from the chunk's nearest windows with Sentinel-2 (:mod:`eolatent.core.decode.optical`).

The output resolution R must be m × the stack pixel size with m dividing the chunk size P; an output
pixel's position is its centre in chunk units. Outputs: one GeoTIFF per variable (and per ``<VAR>_STD``),
one band per date in date order; band descriptions start with the ISO date; band tags DATE, VARIABLE,
UNITS; dataset tags EOLATENT_DATES (the ISO dates, comma-separated), EOLATENT_VARIABLE, EOLATENT_MODEL,
EOLATENT_ENCODER, EOLATENT_RESOLUTION. (GeoTIFF has no standard per-band time; the Processing algorithm sets
QGIS's per-band temporal ranges where QGIS supports them, 3.38+.)
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..i18n import tr
from ..latent import contract as lt
from ..engine.pixelwise import range_sigma
from ..inputs.dated_rasters import check_outputs, dated_spec
from ..latent.quality import sensor_counts
from ..engine.input_checks import NoValidPixelError, ValidPixels, first_few
from ..engine.tiling import Feedback, run_tiled, warn
from .dates import (FLAG_HELD, FLAG_NO_S1, FLAG_NO_S2, FLAG_NODATA, QUALITY_MEANINGS, chunk_selection,  # noqa: F401
                    date_series, far_from_windows, modality_flags, output_factor, parse_dates, plan_date,
                    selection_flags)
from .blend import decode_blend
from .hold import MAX_DT_DAYS, held_dt, held_std, hold_rates  # noqa: F401
from .optical import optical_flags, optical_indices, optical_selection
from .report import report_held, report_sensors
from .decoder_choice import resolve_decoder

DECODER_INPUTS = ("latent", "position", "dt", "doy")


class NoValidPixel(NoValidPixelError):
    """No chunk of the latent holds a value in any window (all NaN): nothing is written."""


@dataclass
class DecodeResult:
    outputs: Dict[str, str]
    provider_used: str
    dates: List[str]
    decoder: str
    encoder: str
    resolution: Tuple[float, float]


def run_decode(latent_path: str, outputs: Dict[str, str], dates=None, start=None, end=None, step_days: float = 7,
               resolution: Optional[float] = None, decoder=None, provider: str = "auto",
               threads: Optional[int] = None, tile_size: int = 512, gap_fill: bool = True, memory_mb: int = 256,
               feedback: Optional[Feedback] = None, radar_only_optical: bool = False) -> DecodeResult:
    """Decode ``latent_path`` into ``outputs`` ({"LAI": path, "LAI_STD": path, …}; variable names of the
    decoder card, case-insensitive) at ``dates`` (a list, an ISO text list, or a (start, end, step_days)
    tuple) — else the series ``start``…``end`` every ``step_days`` (defaults: the encoded period) — at
    ``resolution`` (metres; default the stack's). ``decoder``: preset, card id or ONNX path (default: the
    decoder of the raster's encoder). ``radar_only_optical``: decode the optical variables of windows without Sentinel-2
    from radar (as before) instead of filling them from the windows with it (:mod:`eolatent.core.decode.optical`)."""
    feedback = feedback or Feedback()
    check_outputs(outputs, list(outputs))
    with lt.open_latent(latent_path) as lat:
        return _decode(lat, outputs, dates, start, end, step_days, resolution, decoder, provider, threads,
                       tile_size, gap_fill, memory_mb, feedback, radar_only_optical)


def _decode(lat, outputs, dates, start, end, step_days, resolution, decoder, provider, threads, tile_size,
            gap_fill, memory_mb, feedback, radar_only_optical=False):
    from affine import Affine

    from ..inputs.sentinel2 import Grid

    info = resolve_decoder(lat, decoder)
    variables = [o["name"] for o in info.card["outputs"]]
    upper = {v.upper(): i for i, v in enumerate(variables)}
    units = {v.upper(): info.card["outputs"][i].get("units", "") for v, i in upper.items()}
    keys = {}
    for key in outputs:
        if key.upper() == "QUALITY":        # how each value was made (core/decode/dates.py selection_flags)
            continue
        base = key.upper()[:-4] if key.upper().endswith("_STD") else key.upper()
        if base not in upper:
            raise ValueError(tr("unknown output {key}; decoder {model} gives {variables} (and {std})", key=key,
                                model=info.id, variables=", ".join(variables), std="<VARIABLE>_STD"))
        keys[key] = (upper[base], key.upper().endswith("_STD"), base)

    if isinstance(dates, tuple) and len(dates) == 3 and isinstance(dates[2], (int, float)):
        start, end, step_days = dates
        dates = None
    p0, p1 = lat.period
    if dates is None or (isinstance(dates, str) and not dates.strip()):
        series = date_series(start or p0, end or p1, step_days)
        req = [d for d in series if p0 <= d <= p1]      # a start/end series is cut to the encoded period
        if series and not req:
            raise ValueError(tr("the series {first} … {last} lies outside the encoded period {start} … {end} of "
                                "{file}; choose dates inside it or encode a longer period", first=series[0],
                                last=series[-1], start=p0, end=p1, file=os.path.basename(lat.path)))
        if len(req) < len(series):
            feedback.info(tr("{count} date(s) of the series {first} … {last} lie outside the encoded period {start} … "
                             "{end} and are left out", count=len(series) - len(req), first=series[0], last=series[-1],
                             start=p0, end=p1))
    else:
        req = parse_dates(dates)
    req = sorted(set(req))
    if not req:
        raise ValueError(tr("no date to decode; give dates or a start/end/step"))
    outside = [d for d in req if not p0 <= d <= p1]
    if outside:
        raise ValueError(tr("date(s) {dates} outside the encoded period {start} … {end} of {file}; choose dates "
                            "inside it or encode a longer period", dates=", ".join(map(str, outside[:5])), start=p0,
                            end=p1, file=os.path.basename(lat.path)))
    plans = [plan_date(lat, d) for d in req]
    times = [lt.noon(d) for d in req]
    t_ref = lat.windows[0].centre
    centres = [lt.days_between(t_ref, w.centre) for w in lat.windows]
    tdays = [lt.days_between(t_ref, t) for t in times]

    session = info.session(provider, threads)
    missing = [n for n in DECODER_INPUTS if n not in session.input_names]
    if missing or not {"mean", "std"} <= set(session.output_names):
        raise ValueError(tr("decoder {model} lacks input(s) {inputs} or outputs {outputs} of {doc}; re-export it",
                            model=info.id, inputs=", ".join(missing) or "-", outputs="mean/std",
                            doc="docs/latent_contract.md"))
    p = lat.chunk_px
    m = output_factor(lat, resolution)
    n = p // m
    out_grid = Grid(lat.grid.crs, lat.stack_transform * Affine.scale(m), math.ceil(lat.stack_width / m),
                    math.ceil(lat.stack_height / m))
    res = (abs(out_grid.transform.a), abs(out_grid.transform.e))
    iso = [d.isoformat() for d in req]
    feedback.info(tr("decoder {model} {version} for encoder {encoder} {encoder_version}; execution provider: "
                     "{provider}; {count} date(s) {first} … {last}; resolution {xres:g} × {yres:g} ({n} × {n} pixels "
                     "per chunk)", model=info.id, version=info.version, encoder=lat.encoder_id,
                     encoder_version=lat.encoder_version, provider=session.provider_used, count=len(req), first=iso[0],
                     last=iso[-1], xres=res[0], yres=res[1], n=n))

    if "S1" not in lat.modalities and any(base == "SM" for _, _, base in keys.values()):
        warn(feedback, tr("{file} holds no Sentinel-1 (modalities: {modalities}): its decoded soil moisture is the "
                          "decoder's guess from the optical features, not a radar measurement; for soil moisture "
                          "encode an S1 stack too, or run eolatent:soilmoisture on it", file=os.path.basename(lat.path),
                          modalities=",".join(lat.modalities) or tr("none")))
    optical = sorted({base for _, _, base in keys.values() if base != "SM"})
    if "S2" not in lat.modalities and optical:
        warn(feedback, tr("{file} holds no Sentinel-2 (modalities: {modalities}): its decoded variables ({variables}) are the "
                          "decoder's guess from the radar features, not an optical retrieval; for them encode an S2 "
                          "stack too, or run eolatent:biophysical on one", file=os.path.basename(lat.path),
                          modalities=",".join(lat.modalities) or tr("none"), variables=", ".join(optical)))
    ds_tags = dict(EOLATENT_MODEL=f"{info.id} {info.version}", EOLATENT_ENCODER=f"{lat.encoder_id} "
                   f"{lat.encoder_version}", EOLATENT_PROVIDER=session.provider_used,
                   EOLATENT_INPUT=os.path.basename(lat.path), EOLATENT_DATES=",".join(iso),
                   EOLATENT_RESOLUTION=f"{res[0]:g}", EOLATENT_GAP_FILL=str(bool(gap_fill)).lower(),
                   EOLATENT_MODALITIES=",".join(lat.modalities))
    if not keys:
        raise ValueError(tr("no variable to decode: the quality output describes decoded variables; name one too"))
    quality = next((k for k in outputs if k.upper() == "QUALITY"), None)
    specs = {}
    for key, path in outputs.items():
        if key == quality:
            specs[key] = dated_spec(path, iso, "QUALITY", "quality flags", "", ds_tags, flag_meanings=QUALITY_MEANINGS)
            continue
        _, is_std, var = keys[key]
        specs[key] = dated_spec(path, iso, key.upper(), f"{var} 1-sigma" if is_std else var, units[var], ds_tags)

    q = n * n
    ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    positions = np.stack([(ii.ravel() + 0.5) / n, (jj.ravel() + 0.5) / n], axis=1).astype(np.float32)
    batch = int(max(1, min(4096, 65536 // q)))
    n_win, n_var = len(lat.windows), len(variables)
    # tile (output px, multiple of n): the user's size, bounded so the latents and results fit in memory_mb
    per_chunk = 4 * (n_win * lat.latent_size + 2 * q * n_var * (1 + len(req)))
    budget_chunks = max(1, int(math.sqrt(memory_mb * 2 ** 20 / per_chunk)))
    tile = n * max(1, min(max(1, int(tile_size) // n), budget_chunks))

    def read(win):
        from rasterio.windows import Window

        lr, lc = win.ext_row // n, win.ext_col // n
        lh = -(-(win.ext_row + win.ext_height) // n) - lr
        lw = -(-(win.ext_col + win.ext_width) // n) - lc
        return lat.read_means(Window(lc, lr, lw, lh)), lat.read_quality(Window(lc, lr, lw, lh))

    def decode(latents, dt, day):
        b_all = latents.shape[0]
        mean = np.empty((b_all, q, n_var), np.float32)
        std = np.empty_like(mean)
        for b0 in range(0, b_all, batch):
            lat_b = np.ascontiguousarray(latents[b0:b0 + batch], np.float32)
            bsz = lat_b.shape[0]
            feeds = dict(latent=lat_b, position=np.ascontiguousarray(np.broadcast_to(positions, (bsz, q, 2))),
                         dt=np.full((bsz, 1), dt, np.float32), doy=np.full((bsz, 1), day, np.float32))
            res = dict(zip(session.output_names, session.run(feeds)))
            mean[b0:b0 + bsz], std[b0:b0 + bsz] = res["mean"], res["std"]
        return mean, std

    held_count = []
    rates = hold_rates(variables)
    # a 1σ above that of knowing only the variable's valid range, (hi − lo)/√12, says nothing more: capped there (the
    # decoder's σ, uncalibrated on real data, reached LAI ± 16.6), as for the per-pixel networks
    caps = np.array([range_sigma(*o["valid_range"]) if o.get("valid_range") else np.inf for o in info.card["outputs"]],
                    np.float64)
    capped = np.zeros(len(variables), np.int64)
    dated = np.zeros(len(req), bool)          # dates with a value somewhere
    n_valid = ValidPixels(out_grid, lat.path, NoValidPixel)
    window_values = [False]     # some chunk holds a value in some window (decodable with gap filling)
    no_sensor = np.zeros(3, np.int64)       # decoded chunk-dates, of which without S2 (left so), without S1
    # with gap filling, the optical variables of the windows without S2 are filled from those with S2 (.optical)
    opt = optical_indices(variables)
    fill_optical = gap_fill and not radar_only_optical and {"S1", "S2"} <= set(lat.modalities) and \
        bool({v for v, _, _ in keys.values()} & set(opt.tolist()))     # only where an optical output is asked for
    n_filled = np.zeros(1, np.int64)        # pixel-dates whose optical variables were so filled

    def compute(win, data):
        means, qual = data      # qual: per window, the sensors' dates behind each chunk (None in older latents)
        _, L, lh, lw = means.shape
        chunks = means.reshape(n_win, L, lh * lw).transpose(0, 2, 1)
        valid = np.isfinite(chunks).all(axis=2)
        window_values[0] |= bool(valid.any())
        nc = lh * lw
        res = {key: np.empty((len(req), win.ext_height, win.ext_width), np.float32) for key in keys}
        r0, c0 = win.ext_row - (win.ext_row // n) * n, win.ext_col - (win.ext_col // n) * n
        flags = np.empty((len(req), win.ext_height, win.ext_width), np.uint8) if quality else None
        filled = np.zeros((len(req), win.ext_height, win.ext_width), bool)

        def pixels(per_chunk):
            img = np.repeat(np.repeat(per_chunk.reshape(lh, lw), n, 0), n, 1)
            return img[r0:r0 + win.ext_height, c0:c0 + win.ext_width]

        s2 = sensor_counts(qual.reshape(n_win, nc))[0] > 0 if fill_optical and qual is not None else None
        for j, ((kind, k), t) in enumerate(zip(plans, tdays)):
            sel = chunk_selection(kind, k, valid, centres, t, gap_fill)
            ka, wa, kb, wb = sel
            held = far_from_windows(ka, kb, centres, t)
            sensors = modality_flags(ka, kb, qual.reshape(n_win, nc), wa, wb) if qual is not None else \
                np.zeros(nc, np.uint8)
            chunk_flags = selection_flags(ka, kb, centres, t) | sensors
            acc_m, acc_s = decode_blend(chunks, sel, centres, t, times[j], decode, rates, q, n_var)
            refill = np.zeros(nc, bool)
            if s2 is not None:      # the optical variables of windows where only the radar saw the chunk: filled
                osel, refill, _ = optical_selection(kind, k, valid, s2, centres, t, sel)
                o_flags = optical_flags(osel, refill, centres, t)
                # refilled: its optical values come from Sentinel-2 windows only, no longer a radar guess (flag 8)
                chunk_flags = np.where(refill, chunk_flags & ~np.uint8(FLAG_NO_S2), chunk_flags) | o_flags
                held |= (o_flags & FLAG_HELD) > 0
                if refill.any():
                    om, o_s = decode_blend(chunks, osel, centres, t, times[j], decode, rates, q, n_var)
                    for v in opt:
                        acc_m[refill, :, v], acc_s[refill, :, v] = om[refill, :, v], o_s[refill, :, v]
                filled[j] = pixels(refill)
            held_count.append(int(held.sum()))
            no_sensor[:] += [int((ka >= 0).sum()), int((((sensors & FLAG_NO_S2) > 0) & ~refill).sum()),
                             int(((sensors & FLAG_NO_S1) > 0).sum())]
            if flags is not None:
                flags[j] = pixels(chunk_flags)
            for key, (v, is_std, _) in keys.items():
                arr = (acc_s if is_std else acc_m)[:, :, v].reshape(lh, lw, n, n)
                img = arr.transpose(0, 2, 1, 3).reshape(lh * n, lw * n)
                res[key][j] = img[r0:r0 + win.ext_height, c0:c0 + win.ext_width]
        if lat.data_window is not None:     # output pixels wholly outside the stack's data stay empty
            dc, dr, dw, dh = lat.data_window
            rows = (win.ext_row + np.arange(win.ext_height)) * m
            cols = (win.ext_col + np.arange(win.ext_width)) * m
            outside = ~(((rows + m > dr) & (rows < dr + dh))[:, None] & ((cols + m > dc) & (cols < dc + dw))[None])
            for arr in res.values():
                arr[:, outside] = np.nan
        for key, (v, is_std, _) in keys.items():
            if is_std:
                over = res[key] > caps[v]
                capped[v] += int(over.sum())
                res[key][over] = caps[v]
        first = np.isfinite(res[next(iter(res))])
        dated[:] |= first.reshape(len(req), -1).any(axis=1)
        n_valid.add(int(first.any(axis=0).sum()))
        n_filled[0] += int((filled & first).sum())
        if flags is not None:   # no value (outside the data, no window): no data, whatever the selection said
            res[quality] = np.where(first, flags, FLAG_NODATA).astype(np.uint8)
        return res

    def checked(win, data):
        """No value at any date: raised on the last tile, so that no output is published; without gap filling, while
        some window holds values, the refusal says that the dates asked lie in gaps."""
        result = compute(win, data)
        if n_valid.is_last(win) and not n_valid.total and not gap_fill and window_values[0]:
            raise NoValidPixel(tr("no value at the dates asked in {file}: gap filling is off and each date lies between "
                                  "windows without an observation (cloud, nodata); turn gap filling back on — "
                                  "{parameter}, the default — or ask for dates next to valid windows", file=lat.path,
                                  parameter="FILL_GAPS"))
        return result

    run_tiled(out_grid, read, n_valid.wrap(checked), specs, tile_size=tile, overlap=0, feedback=feedback)
    if not dated.all():
        empty = [d for d, ok in zip(iso, dated) if not ok]
        warn(feedback, tr("{count} of the {total} date(s) have no value anywhere ({dates}): the windows around them "
                          "hold no observation (cloud)", count=len(empty), total=len(iso),
                          dates=first_few(empty, 4))
             + (tr("; gap filling (the default) decodes them from the nearest windows") if not gap_fill else ""))
    if capped.any():                          # counted on the 1-sigma outputs only
        feedback.info(tr("1-sigma capped at that of knowing only the valid range, (max − min)/√12: {caps} (the "
                         "decoder's 1-sigma is not calibrated on real data)", caps=", ".join(
                             tr("{variable} {cap:.3g} on {count} pixel-date(s)", variable=variables[v], cap=caps[v],
                                count=int(capped[v])) for v in np.flatnonzero(capped))))
    report_sensors(feedback, lat.modalities, no_sensor, int(n_filled[0]), fill_optical, optical, bool(lat.quality_bands))
    report_held(feedback, sum(held_count), rates, variables)
    return DecodeResult(dict(outputs), session.provider_used, iso, f"{info.id} {info.version}",
                        f"{lat.encoder_id} {lat.encoder_version}", res)
