# SPDX-License-Identifier: GPL-3.0-or-later
"""Streamed soil-moisture retrieval over a Sentinel-1 stack (one output band per S1 date).

The vegetation term (LAI) comes, in this order of preference, from

1. a LAI raster on the S1 grid with one band per date (e.g. the LAI output of eolatent:biophysical,
   whose bands carry DATE tags), interpolated in time to every S1 date;
2. a Sentinel-2 stack on the S1 grid: LAI is retrieved on the fly with the biophysical model at the S2
   dates (angles from the stack), then interpolated the same way;
3. a constant LAI given by the user: a fallback that ignores the vegetation's changes in space and time.

Interpolation is per pixel and per calendar day: linear between the nearest valid (not cloudy, not
nodata) LAI dates before and after the S1 date, the nearest valid date beyond the ends. The incidence
angle comes from the stack's incidence band, else from the user's value. Inputs must be σ⁰ (not γ⁰).
"""
from __future__ import annotations

import math
import os
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..i18n import english, tr
from . import retrieval as sm
from ..inputs.dated_rasters import (check_outputs, dated_spec, day_of, interpolate_in_time, nearest_valid_gap,
                                    ordinals)
from ..engine.input_checks import ValidPixels, and_list, first_few
from ..engine.pixelwise import FLAG_INVALID
from ..engine.tiling import Feedback, run_tiled, warn
from .vegetation import SM_ERROR, ConstantLai, NoValidPixel, vegetation_term, warn_sun_beyond_training

OUTPUT_KEYS = ("SM", "SM_STD", "QUALITY")
UNITS = "m3/m3"
FLAG_LAI_GAP = 8      # the pixel's LAI comes from more than LAI_GAP_DAYS away (its nearer LAI dates cloudy or missing)
LAI_GAP_DAYS = 15
FLAG_MEANINGS = ("1=input outside training domain;2=output clamped;4=nodata (S1, incidence or LAI missing);"
                 f"8=LAI from more than {LAI_GAP_DAYS} days away (nearer LAI dates cloudy or missing at the pixel)")
FAR_LAI_DAYS = 30  # an S1 date further than this from every LAI date takes another season's LAI: warned
DENSE_LAI = 3.0  # above it single-date C-band retrieval stays close to the prior mean (card metrics)


@dataclass
class SoilMoistureResult:
    outputs: Dict[str, str]
    provider_used: str
    dates: List[str]
    model: str
    vegetation: str
    lai_dates: List[str] = field(default_factory=list)
    incidence: List[str] = field(default_factory=list)          # per date, in English (as the metadata)
    incidence_said: List[str] = field(default_factory=list)     # the same in the user's language
    dense_fraction: Optional[float] = None  # share of retrieved pixels with LAI > DENSE_LAI


def _check_quantity(src, force_gamma0: bool, feedback) -> str:
    """The quantity of the input for the output tags: "sigma0", or e.g. "gamma0 (forced: biased)"."""
    bad = [(src.dates[i], src.quantity(i)) for i in range(len(src.dates)) if src.quantity(i) != "sigma0"]
    if not bad:
        return "sigma0"
    what = ", ".join(sorted({q for _, q in bad}))
    days = ", ".join(f"{d:%Y-%m-%d}" for d, _ in bad[:5]) + (" …" if len(bad) > 5 else "")
    if force_gamma0:
        feedback.info(tr("WARNING: {what} input ({dates}) used as if it were sigma0, as requested: soil moisture "
                         "will be biased (overestimated for gamma0)", what=what, dates=days))
        return f"{what} on {len(bad)} of {len(src.dates)} date(s), used as sigma0 (FORCE_GAMMA0: biased)"
    raise SM_ERROR(tr("the S1 input is {what}, not sigma0 ({dates}). The network was trained on sigma0 (backscatter "
                      "per unit ground area). gamma0 = sigma0 / cos(incidence) is normalised by the incidence angle "
                      "(terrain-flattened gamma0 also by the local illuminated area): at 29–46° it reads 0.6–1.6 dB "
                      "higher than sigma0, which the retrieval would turn into wetter soil. Calibrate to sigma0 "
                      "(S1Tiling's default 'sigma' calibration, SNAP Calibrate with sigma0 output), or set {name} to "
                      "run anyway (biased)", what=what, dates=days, name="FORCE_GAMMA0"))


TRAINED_INCIDENCE = (29.0, 46.0)   # degrees: the Sentinel-1 IW range of the training simulations


def _check_db_values(src, s1_path) -> None:
    """σ⁰ that the stack calls dB but whose values look linear (all in 0–2, as the API's retrieve refuses): a
    clear error before anything is written. Checked on the first date with data, on at most 512 × 512 pixels."""
    from rasterio.windows import Window

    g = src.grid
    w, h = min(g.width, 512), min(g.height, 512)
    win = Window((g.width - w) // 2, (g.height - h) // 2, w, h)
    for i in range(len(src.dates)):
        vals, valid = src.read(i, win, ("VV", "VH"), db=True)
        v = np.asarray(vals)[:, np.asarray(valid, bool)]
        v = v[np.isfinite(v)]
        if v.size:
            if sm.looks_linear(v):
                raise SM_ERROR(tr("the {bands} values of {file} look like linear sigma0 (all between 0 and 2) "
                                  "although the input says dB; convert them with 10·log10 (or fix the stack's {tag} "
                                  "tag)", bands="VV/VH", file=os.path.basename(os.fspath(s1_path)), tag="UNITS"))
            return


def check_incidence(incidence: Optional[float]) -> Optional[float]:
    """The INCIDENCE parameter as a float in degrees (None where not given), else the error that names the value: the
    run checks it, and the command line before any work."""
    if incidence is None:
        return None
    incidence = float(incidence)
    given = dict(name="INCIDENCE", value=incidence)
    if not (math.isfinite(incidence) and 0.0 < incidence < 90.0):
        raise SM_ERROR(tr("{name} = {value} is not an incidence angle in degrees (0–90)", **given))
    if incidence <= math.pi / 2:
        raise SM_ERROR(tr("{name} = {value} looks like radians; give degrees (e.g. 38)", **given))
    return incidence


def _incidence_sources(src, incidence: Optional[float]) -> List[str]:
    """Per date, where its incidence angle comes from: "band" (the stack's) or "parameter" (INCIDENCE)."""
    incidence = check_incidence(incidence)
    sources, missing = [], []
    for i, d in enumerate(src.dates):
        if src.has_incidence(i):
            sources.append("band")
        elif incidence is not None:
            sources.append("parameter")
        else:
            missing.append(f"{d:%Y-%m-%d}")
    if missing:
        raise SM_ERROR(tr("no incidence angle for S1 date(s) {dates}: the input has no incidence band; set {name} "
                          "(local incidence angle in degrees; the model was trained on 29–46°) or use a stack with an "
                          "incidence band per date", dates=", ".join(missing), name="INCIDENCE"))
    return sources


def _incidence_words(source: str, incidence: Optional[float], tr=english) -> str:
    """An incidence source of :func:`_incidence_sources` in words: in English for the metadata, in the user's
    language for the log with ``tr=core.i18n.tr``."""
    if source == "parameter":
        return tr("{parameter} parameter ({value:g}°)", parameter="INCIDENCE", value=incidence)
    return tr("stack incidence band")


def _incidence_summary(sources: List[str], incidence: Optional[float], tr=english) -> str:
    """"2 date(s): stack incidence band; 1 date(s): INCIDENCE parameter (38°)", first-seen order."""
    return "; ".join(tr("{count} date(s): {source}", count=k, source=_incidence_words(v, incidence, tr))
                     for v, k in Counter(sources).items())


def run_soilmoisture_raster(s1_path, outputs: Dict[str, str], lai_path: Optional[str] = None,
                            s2_path: Optional[str] = None, lai_value: Optional[float] = None,
                            incidence: Optional[float] = None, force_gamma0: bool = False, provider: str = "auto",
                            threads: Optional[int] = None, tile_size: int = 512,
                            feedback: Optional[Feedback] = None, detect_clouds: bool = True,
                            whole_s2: Optional[str] = None) -> SoilMoistureResult:
    """Retrieve soil moisture on every date of the S1 input ``s1_path`` and write the requested ``outputs``.

    ``outputs`` maps "SM", "SM_STD", "QUALITY" to GeoTIFF paths (at least one). Each output has one band
    per S1 date in date order; descriptions start with the date, band tags carry DATE, VARIABLE, UNITS
    and ACQUISITION_DATETIME. Vegetation: ``lai_path`` (LAI raster, one band per date), else ``s2_path``
    (S2 stack), else ``lai_value`` (constant). ``incidence`` (degrees) is used for dates without an
    incidence band. γ⁰/β⁰ input is refused unless ``force_gamma0``. ``whole_s2``: in a block run, the whole S2 stack
    of which ``s2_path`` is a block (a computed sun is placed at its centre, as in a whole run).
    """
    from ..inputs.sentinel1 import open_s1

    feedback = feedback or Feedback()
    check_outputs(outputs, OUTPUT_KEYS)
    info = sm.load()
    session = info.session(provider, threads)  # fail early on a bad provider choice
    with ExitStack() as stack:
        src = stack.enter_context(open_s1(s1_path))
        if not src.dates:
            raise SM_ERROR(tr("{path} holds no Sentinel-1 date; pass a stack or dated S1 files", path=s1_path))
        missing = [p for p in ("VV", "VH") if p not in src.polarisations]
        if missing:
            raise SM_ERROR(tr("the S1 input lacks {missing} (it has {polarisations}); the retrieval needs {first} and "
                              "{second} (dual-polarisation IW)", missing=and_list(missing),
                              polarisations=", ".join(src.polarisations), first="VV", second="VH"))
        quantity = _check_quantity(src, force_gamma0, feedback)
        _check_db_values(src, s1_path)
        inc_sources = _incidence_sources(src, incidence)
        if incidence is not None and not TRAINED_INCIDENCE[0] <= float(incidence) <= TRAINED_INCIDENCE[1] and \
                "parameter" in inc_sources:
            warn(feedback, tr("{name} = {value:g}° is outside the 29–46° the model was trained on: the "
                              "moisture there is an extrapolation (quality flag 1)", name="INCIDENCE",
                              value=float(incidence)))
        veg = vegetation_term(src.grid, lai_path, s2_path, lai_value, stack, provider, threads, feedback,
                              detect_clouds, whole_s2)
        n, model = len(src.dates), f"{info.id} {info.version}"
        dates = [f"{d:%Y-%m-%d}" for d in src.dates]
        s1_days = ordinals(day_of(d) for d in src.dates)
        warn_sun_beyond_training(veg, s1_days, feedback)
        if veg.dates:
            if s1_days.min() < veg.days.min() or s1_days.max() > veg.days.max():
                feedback.info(tr("S1 dates outside the LAI dates take the LAI of the nearest LAI date"))
            gap = np.abs(s1_days[:, None] - np.asarray(veg.days)[None, :]).min(axis=1)   # to the nearest LAI date
            far = [dates[i] for i in np.flatnonzero(gap > FAR_LAI_DAYS)]
            if far:
                warn(feedback, tr("{count} S1 date(s) ({dates}) lie more than {days} days from every LAI date, up to "
                                "{gap} days: their LAI is held or interpolated across that gap, perhaps from another "
                                "season; give LAI dates covering the S1 period", count=len(far),
                                dates=first_few(far, 4), days=FAR_LAI_DAYS,
                                gap=int(gap.max())))
        incidence_text = _incidence_summary(inc_sources, incidence)
        incidence_said = _incidence_summary(inc_sources, incidence, tr)
        feedback.info(tr("{count} S1 date(s): {dates}; model {model}; execution provider: {provider}; vegetation: "
                         "{vegetation}; incidence: {incidence}", count=n, dates=", ".join(dates), model=model,
                         provider=session.provider_used, vegetation=veg.log_text, incidence=incidence_said))
        ds_tags = dict(EOLATENT_MODEL=model, EOLATENT_PROVIDER=session.provider_used,
                       EOLATENT_INPUT=os.path.basename(os.fspath(s1_path)), EOLATENT_VEGETATION=veg.description,
                       EOLATENT_INCIDENCE=incidence_text, EOLATENT_S1_QUANTITY=quantity)
        extra = [dict(ACQUISITION_DATETIME=d.strftime("%Y-%m-%dT%H:%M:%SZ")) for d in src.dates]
        labels = {"SM": ("SM", UNITS), "SM_STD": ("SM 1-sigma", UNITS),      # as decode names them
                  "QUALITY": ("quality flags", "")}
        specs = {k: dated_spec(p, dates, k, labels[k][0], labels[k][1], ds_tags,
                               FLAG_MEANINGS if k == "QUALITY" else None, extra) for k, p in outputs.items()}
        use_band = [src.has_incidence(i) for i in range(n)]
        counts = np.zeros(3, np.int64)  # retrieved pixels, of which LAI > DENSE_LAI, of which LAI from far away
        n_valid = ValidPixels(src.grid, s1_path if lai_path is None else tr(
            "{path} where {file} has an LAI value", path=s1_path, file=os.path.basename(lai_path)), NoValidPixel)

        def read(win):
            rw = win.rasterio_window()
            s1 = [src.read(i, rw, ("VV", "VH"), db=True) for i in range(n)]
            inc = [src.incidence(i, rw) if use_band[i] else None for i in range(n)]
            return s1, inc, veg.read(rw)

        def compute(win, data):
            s1, inc, veg_data = data
            h, w = win.ext_height, win.ext_width
            cube = veg.lai(veg_data, provider, threads)
            res = {k: np.empty((n, h, w), np.uint8 if k == "QUALITY" else np.float32) for k in specs}
            for i, ((vals, valid), angle) in enumerate(zip(s1, inc)):
                if isinstance(veg, ConstantLai):
                    lai = np.full((h, w), veg.value, np.float32)
                elif veg.constant_in_time:
                    lai = cube[0]
                else:
                    lai = interpolate_in_time(cube, veg.days, s1_days[i])
                far = None if veg.constant_in_time else nearest_valid_gap(cube, veg.days, s1_days[i]) > LAI_GAP_DAYS
                theta = angle if angle is not None else np.full((h, w), incidence, np.float32)
                feats = np.stack([vals[0].ravel(), vals[1].ravel(), theta.ravel(), lai.ravel()], axis=1)
                mean, std, flags, _ = sm.retrieve_arrays(feats, info, provider, threads, valid.ravel())
                ok = (flags & FLAG_INVALID) == 0
                if far is not None:
                    far = far.ravel() & ok
                    flags[far] |= FLAG_LAI_GAP
                    counts[2] += int(far.sum())
                counts[0] += int(ok.sum())
                n_valid.add(int(ok.sum()))
                counts[1] += int((lai.ravel()[ok] > DENSE_LAI).sum())
                if "SM" in res:
                    res["SM"][i] = mean.reshape(h, w)
                if "SM_STD" in res:
                    res["SM_STD"][i] = std.reshape(h, w)
                if "QUALITY" in res:
                    res["QUALITY"][i] = flags.reshape(h, w)
            return res

        # no retrieved pixel at all: raised on the last tile, so that no output is published
        run_tiled(src.grid, read, n_valid.wrap(compute), specs, tile_size=tile_size, overlap=0, feedback=feedback)
        if counts[2]:
            warn(feedback, tr("{percent:.1f} % of the retrieved pixel-dates take their LAI from more than {days} days "
                            "away (the LAI dates nearer to them are cloudy or missing there): quality flag {flag}; "
                            "their moisture is less sure than its 1σ says", percent=100.0 * counts[2] / counts[0],
                            days=LAI_GAP_DAYS, flag=FLAG_LAI_GAP))
    dense = float(counts[1] / counts[0]) if counts[0] else None
    return SoilMoistureResult(dict(outputs), session.provider_used, dates, model,
                              veg.description, list(veg.dates), [_incidence_words(s, incidence) for s in inc_sources],
                              [_incidence_words(s, incidence, tr) for s in inc_sources], dense)
