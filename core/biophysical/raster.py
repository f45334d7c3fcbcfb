# SPDX-License-Identifier: GPL-3.0-or-later
"""Streamed biophysical retrieval over a Sentinel-2 raster or stack (one output band per date).

Per date, the model variant follows the bands present and the product level (core/biophysical/retrieval.py
``choose_model_id``; the level from core/inputs/product_level.py unless forced). With ``smooth`` every variable
is smoothed along each pixel's time series, weighted by its per-date 1σ (core/biophysical/temporal_smoothing.py), and
dates without a valid observation (cloud, nodata) are gap-filled with a 1σ that grows with the gap.
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from . import clumping as clump
from . import retrieval as bio
from . import run_log
from . import temporal_smoothing as ts
from . import angles as geometry
from .angles import DEFAULTS, checked_parameters
from .empty_input import CauseCounter
from .smoothing_fit import fit_smoothing, retrieve_window
from .smoothing_likelihood import SCALES
from ..inputs.dated_rasters import check_outputs, dated_spec
from ..inputs.product_level import product_level, reason_text
from ..inputs.sentinel2.plausibility import scale_doubts
from ..engine.input_checks import NoValidPixelError, first_few
from ..engine.pixelwise import range_sigma
from ..engine.tiling import Feedback, run_tiled, warn
from ..i18n import join, number, tr

_date_angles = geometry.date_angles        # here before core/biophysical/angles.py: soil moisture imports it here
DEFAULT_VIEW_ZENITH, DEFAULT_RELATIVE_AZIMUTH = geometry.DEFAULT_VIEW_ZENITH, geometry.DEFAULT_RELATIVE_AZIMUTH
UNITS = {"LAI": "m2/m2", "FAPAR": "1", "FCOVER": "1", "CCC": "g/m2", "CWC": "kg/m2"}
OUTPUT_KEYS = tuple(bio.VARIABLES) + tuple(v + "_STD" for v in bio.VARIABLES) + ("QUALITY",)
FLAG_SMOOTHED, FLAG_GAP_FILLED = 16, 32
FLAG_MEANINGS = ("1=input outside training domain;2=output clamped;4=cloud/nodata;8=non-vegetation (water, snow, "
                 "bare soil/built-up), variables set to 0;16=temporally smoothed;32=gap-filled from other dates")


class NoValidPixel(bio.BiophysicalInputError, NoValidPixelError):
    """No date of the input holds a valid pixel (all nodata, NaN or cloud): nothing is written."""


@dataclass
class BiophysicalResult:
    outputs: Dict[str, str]
    provider_used: str
    dates: List[str]
    model: str
    angles: List[dict] = field(default_factory=list)
    levels: List[str] = field(default_factory=list)


def _whole_grid(path: Optional[str]):
    """The grid of the whole raster of a block run, None outside block runs."""
    if not path:
        return None
    import rasterio

    from ..inputs.sentinel2.common import grid_of

    with rasterio.open(path) as ds:
        return grid_of(ds)


def _open_map(path: Optional[str], grid):
    """The clumping-index map on ``grid`` (a context manager), or a context yielding None without one."""
    return clump.ClumpingMap(path, grid) if path else contextlib.nullcontext()


def input_levels(input_path: str) -> List[List[str]]:
    """[level, how it was decided] of every date of ``input_path`` (core/inputs/product_level.py): a block run decides
    on the whole input and passes them to each block as ``level``."""
    from ..inputs.sentinel2 import open_s2

    with open_s2(input_path) as src:
        return [list(product_level(src, i)) for i in range(len(src.dates))]


def choose_models(src, input_path, level, band_set, contradicted: Optional[list] = None, prior: str = "wide"):
    """Per date: (level, how it was decided, model info); the models are loaded once each. ``level`` is
    "auto", "L2A", "L1C" or one of those per date (a list; an item [level, how] is a level decided from the product,
    by :func:`input_levels`, as "auto" would). The indices of the dates whose forced level the input contradicts are
    appended to ``contradicted`` when given."""
    infos, per_date = {}, []
    if not isinstance(level, str) and len(level) != len(src.dates):
        raise bio.BiophysicalInputError(tr("{count} product levels given for {dates} dates", count=len(level),
                                           dates=len(src.dates)))
    for i in range(len(src.dates)):
        lv_i = level if isinstance(level, str) else level[i]
        if lv_i == "auto" or not isinstance(lv_i, str):
            lv, how = product_level(src, i) if lv_i == "auto" else lv_i
            how = reason_text(how)
        else:
            lv, how = lv_i, tr("set by the {parameter} parameter", parameter="LEVEL")
            said, said_how = product_level(src, i)
            if not said_how.startswith("assumed") and said != lv:
                misread = (tr("top-of-atmosphere values read as surface reflectance") if said == "L1C"
                           else tr("surface reflectance read as top-of-atmosphere"))
                how += " — " + tr("the input itself says {level} ({how}): {misread} bias the retrieval; force the "
                                  "level only where the input's own is wrong", level=said,
                                  how=said_how.replace('from ', ''), misread=misread)
                if contradicted is not None:
                    contradicted.append(i)
        try:
            mid = bio.choose_model_id(src.band_names, lv, band_set, prior)
        except bio.BiophysicalInputError as exc:
            raise bio.BiophysicalInputError(tr("{file}, {date}: {error}", file=os.path.basename(input_path),
                                               date=f"{src.dates[i]:%Y-%m-%d}", error=exc)) from None
        if mid not in infos:
            infos[mid] = bio.load(model_id=mid)
        per_date.append((lv, how, infos[mid]))
    return per_date


def smoothing_lambdas(info, days, window_days: float) -> Dict[str, float]:
    """λ per variable for a ``window_days`` effective window: the model card's mean validation 1σ of the
    variable and the median revisit of the stack (fixed per run, so every tile is smoothed alike)."""
    per_var = info.card.get("metrics", {}).get("per_variable", {})
    revisit = float(np.median(np.diff(np.sort(days)))) if len(days) > 1 else 5.0
    return {v: ts.lambda_for_window(window_days, float(per_var.get(v, {}).get("mean_std", 1.0)), max(revisit, 1.0))
            for v in bio.VARIABLES}


def _fitted_lambdas(fit_input, src, cmap, clumping, per_date, angles, options, provider, threads, non_vegetation,
                    feedback):
    """({variable: λ}, details): :func:`fit_smoothing` on ``src``, or on ``fit_input`` when given (a block: the whole
    input); ({}, None) where too few pixels have three valid dates (warned: the caller takes the default window)."""
    from ..inputs.sentinel2 import open_s2

    try:
        if fit_input is None:
            return fit_smoothing(src, cmap, clumping, per_date, angles, provider, threads, non_vegetation)
        with open_s2(fit_input, detect_clouds=options["detect_clouds"]) as whole, \
                _open_map(options["clumping_map"], whole.grid) as whole_map:
            models = choose_models(whole, fit_input, options["level"], options["band_set"], prior=options["prior"])
            whole_angles = [_date_angles(whole, i, options["sun_zenith"], options["view_zenith"],
                                         options["relative_azimuth"]) for i in range(len(whole.dates))]
            return fit_smoothing(whole, whole_map, clumping, models, whole_angles, provider, threads, non_vegetation)
    except ValueError as exc:
        warn(feedback, tr("temporal smoothing cannot be fitted to this input ({error}); effective window {days:g} "
                          "days used", error=exc, days=ts.DEFAULT_WINDOW_DAYS))
        return {}, None


def smooth_tile(res: Dict[str, np.ndarray], days, lams: Dict[str, float], ranges: Dict[str, tuple],
                scales: Optional[Dict[str, float]] = None) -> None:
    """Smooth every variable of one tile along time in place (``res`` holds all means, 1σ and QUALITY); ``scales``
    (fitted, core/biophysical/smoothing_likelihood.py) multiply a variable's per-date 1σ, with λ/k² (same curve, 1σ
    times k). A 1σ is at most that of a value drawn uniformly over the variable's valid range, (hi − lo)/√12 (LAI
    0–8: 2.3): the spline's 1σ grows without bound across long gaps (LAI ± 13 in a Belgian winter), but no estimate
    knows less than the range itself."""
    flags = res["QUALITY"]
    valid = (flags & bio.FLAG_INVALID) == 0
    filled = np.zeros(flags.shape, bool)
    clamped = np.zeros(flags.shape, bool)      # the smoothed mean left the valid range: clipped, flagged 2 as per date
    for var in bio.VARIABLES:
        k = (scales or {}).get(var, 1.0)
        mean, std = ts.smooth_series(res[var], res[var + "_STD"] * np.float32(k), days, lam=lams[var] / k ** 2,
                                     valid=valid)
        lo, hi = ranges[var]
        with np.errstate(invalid="ignore"):
            clamped |= (mean < lo) | (mean > hi)
        mean = np.clip(mean, lo, hi)
        std = np.minimum(std, np.float32(range_sigma(*ranges[var])))
        ok = np.isfinite(mean) & np.isfinite(std)
        res[var][...] = np.where(ok, mean, np.nan)
        res[var + "_STD"][...] = np.where(ok, std, np.nan)
        filled |= ok & ~valid
    any_valid = valid.any(axis=0)[None]
    flags[any_valid & np.isfinite(res["LAI"])] |= FLAG_SMOOTHED
    flags[filled] = (flags[filled] & ~np.uint8(bio.FLAG_INVALID)) | FLAG_GAP_FILLED
    flags[clamped & np.isfinite(res["LAI"])] |= np.uint8(bio.FLAG_CLAMPED)


def run_biophysical_raster(input_path: str, outputs: Dict[str, str], sun_zenith: Optional[float] = None,
                           view_zenith: Optional[float] = None, relative_azimuth: Optional[float] = None,
                           provider: str = "auto", threads: Optional[int] = None, tile_size: int = 512,
                           feedback: Optional[Feedback] = None, level: str = "auto", band_set: str = "auto",
                           non_vegetation: bool = True, smooth: bool = False,
                           smooth_window_days: float = 0.0,
                           detect_clouds: bool = True, clumping: float = 1.0,
                           clumping_map: Optional[str] = None, whole_input: Optional[str] = None,
                           prior: str = "wide") -> BiophysicalResult:
    """Retrieve the variables on every date of ``input_path`` and write the requested ``outputs``.

    ``outputs`` maps keys of :data:`OUTPUT_KEYS` ("LAI", "LAI_STD", …, "QUALITY") to GeoTIFF paths;
    at least one is required. Each output has one band per date, in date order; band descriptions
    start with the date (YYYY-MM-DD) and band tags carry DATE, VARIABLE, UNITS, LEVEL and MODEL.
    ``level``: "auto" (from the product, see core/inputs/product_level.py), "L2A" or "L1C"; ``band_set``:
    "auto", "20m", "no_b8a" or "10m", ``prior`` "wide" or "codistributed" (core/biophysical/retrieval.py
    ``choose_model_id``); ``non_vegetation``: set
    water, snow, bare soil to 0 with flag 8; ``smooth``: temporal smoothing and gap filling with an
    effective window of ``smooth_window_days``, or (0, the default) with λ fitted to the input by maximum
    likelihood (:func:`fit_smoothing`; on ``whole_input`` when given);
    ``detect_clouds``: detect clouds and shadows on dates that
    carry no mask (core/inputs/sentinel2/clouds.py; flag 4 there); ``clumping`` (Ω, 0.3–1; 1 = effective LAI, the
    default) and ``clumping_map`` (a clumping-index raster, resampled onto the input grid; ``clumping`` where it has
    no value): LAI, CCC, CWC and their 1σ are divided by Ω (core/biophysical/clumping.py). ``whole_input``: the whole
    raster of which ``input_path`` is a block (a block run): the smoothing is fitted and a computed sun placed on it,
    so that blocks give what a whole run gives. ``sun_zenith``, ``view_zenith``, ``relative_azimuth`` (degrees): used
    on dates whose input carries no angles; a sun at or below the horizon is refused, a view zenith beyond
    Sentinel-2's warned, a relative azimuth outside 0–180° normalised (core/biophysical/angles.py).
    """
    from ..inputs.sentinel2 import open_s2

    feedback = feedback or Feedback()
    check_outputs(outputs, OUTPUT_KEYS)
    if smooth and not smooth_window_days >= 0:
        raise bio.BiophysicalInputError(tr("the smoothing window must be 0 (fitted to the data) or a positive "
                                           "number of days, not {value}", value=smooth_window_days))
    clumping = clump.check_omega(clumping)
    sun_zenith, view_zenith, relative_azimuth, angle_warnings = checked_parameters(sun_zenith, view_zenith,
                                                                                   relative_azimuth)
    with open_s2(input_path, detect_clouds=detect_clouds) as src, \
            _open_map(clumping_map, src.grid) as cmap:
        contradicted = []
        per_date = choose_models(src, input_path, level, band_set, contradicted, prior)
        info = per_date[0][2]
        session = info.session(provider, threads)  # fail early on a bad provider choice
        n_dates = len(src.dates)
        dates = [d.strftime("%Y-%m-%d") for d in src.dates]
        days = np.array([(d - src.dates[0]).total_seconds() / 86400.0 for d in src.dates])
        sources = []       # where the angles come from, in the user's language
        sun_grid = _whole_grid(whole_input)
        angles = [_date_angles(src, i, sun_zenith, view_zenith, relative_azimuth, sources, sun_grid)
                  for i in range(n_dates)]
        models = sorted({f"{m.id} {m.version}" for _, _, m in per_date})
        feedback.info(tr("{count} date(s): {dates}; execution provider: {provider}", count=n_dates,
                         dates=", ".join(dates), provider=session.provider_used))
        contradicted = [dates[i] for i in contradicted]
        if contradicted:
            warn(feedback, tr("the {parameter} parameter contradicts the level the input states on {count} date(s) "
                              "({dates}); see the lines above — leave {parameter} on {auto} unless the input's own "
                              "level is wrong", parameter="LEVEL", count=len(contradicted),
                              dates=first_few(contradicted, 3),
                              auto="auto"))
        cloud_masks = [src.cloud_mask_source(i) for i in range(n_dates)]
        given = dict(view_zenith=view_zenith, relative_azimuth=relative_azimuth)
        for line in run_log.input_lines(dates, angles, sources, per_date, cloud_masks, DEFAULTS, given):
            feedback.info(line)
        doubts = scale_doubts(src)
        fewer = [bio.fewer_bands_note(src.band_names, m.id) for _, _, m in per_date] if band_set == "auto" else []
        for line in src.product_problems() + list(dict.fromkeys(n for n in fewer if n)) + angle_warnings + \
                run_log.sun_beyond_training_lines(dates, angles, per_date) + run_log.no_detector_lines(dates, cloud_masks) \
                + doubts:
            warn(feedback, line)
        if smooth and n_dates < 3:
            warn(feedback, tr("temporal smoothing needs several dates; {count} date(s) are only gap-filled/averaged",
                              count=n_dates))
        lams, fitted = {}, None
        if smooth and not smooth_window_days and n_dates >= 4:     # fewer dates: too few to fit
            lams, fitted = _fitted_lambdas(whole_input, src, cmap, clumping, per_date, angles,
                                           dict(level=level, band_set=band_set, prior=prior, sun_zenith=sun_zenith,
                                                view_zenith=view_zenith, relative_azimuth=relative_azimuth,
                                                detect_clouds=detect_clouds, clumping_map=clumping_map),
                                           provider, threads, non_vegetation, feedback)
        if smooth and fitted is None:        # a window given, too few dates, or a fit that failed (warned)
            smooth_window_days = smooth_window_days or ts.DEFAULT_WINDOW_DAYS
            lams = smoothing_lambdas(info, days, smooth_window_days)
        ranges = {v: tuple(info.output(v)["valid_range"]) for v in bio.VARIABLES}
        lai_definition = clump.describe(clumping, clumping_map)     # English: the output metadata
        feedback.info(tr("LAI, CCC and CWC: {definition}", definition=clump.describe(clumping, clumping_map, tr)))
        if cmap is not None or clumping < 1.0:   # true LAI may exceed the network's range by 1 / (smallest Ω)
            low = clump.OMEGA_RANGE[0] if cmap is not None else clumping
            ranges.update({v: (ranges[v][0], ranges[v][1] / low) for v in clump.SCALED})
        if smooth and fitted is None:
            feedback.info(tr("temporal smoothing: effective window {days:g} days, λ per variable {lambdas}",
                             days=smooth_window_days, lambdas=join(f"{v} {number(lam, '.3g')}" for v, lam in lams.items())))
        elif smooth:
            feedback.info(tr("temporal smoothing fitted to the data (maximum likelihood over {count} sampled pixel "
                             "series): effective window per variable {windows}", count=fitted["LAI"]["series"],
                             windows=join(tr("{variable} {days:.0f} d (λ {lam:.3g})", variable=v,
                                                  days=d["window"], lam=lams[v]) for v, d in fitted.items())))
            feedback.info(tr("per-date 1σ fitted to the same series (factor per variable): {factors}",
                             factors=join(f"{v} × {number(d['noise_scale'], '.2f')}" for v, d in fitted.items())))
            at_end = [v for v, d in fitted.items() if d.get("scale_at_edge")]
            if at_end:
                feedback.info(tr("{variables}: the 1σ factor is at the end of the range tried ({low:g}–{high:g}): the "
                                 "networks' per-date 1σ is far from what these series show, and the smoothed 1σ may "
                                 "still be off", variables=", ".join(at_end), low=min(SCALES), high=max(SCALES)))
            edge = [v for v, d in fitted.items() if d["at_edge"]]
            if edge:
                feedback.info(tr("{variables}: the fitted window is at the end of the range tried (7–730 days): the "
                                 "series vary little beyond their noise (or too few dates), and are smoothed about "
                                 "as much as the range allows", variables=", ".join(edge)))
        ds_tags = dict(EOLATENT_MODEL=", ".join(models), EOLATENT_PROVIDER=session.provider_used,
                       EOLATENT_INPUT=os.path.basename(input_path),
                       EOLATENT_LEVEL=",".join(lv for lv, _, _ in per_date),
                       EOLATENT_BANDS=";".join(" ".join(bio.model_bands(m)) for _, _, m in per_date),
                       EOLATENT_PRIOR=prior, EOLATENT_NON_VEGETATION="on" if non_vegetation else "off",
                       EOLATENT_SMOOTHING=("off" if not smooth else f"window {smooth_window_days:g} days"
                                           if fitted is None else "maximum likelihood: " + ", ".join(
                                               f"{v} window {d['window']:.0f} days, 1-sigma x {d['noise_scale']:.2f}"
                                               for v, d in fitted.items())),
                       EOLATENT_CLOUD_MASK=";".join(cloud_masks), EOLATENT_LAI_DEFINITION=lai_definition)
        band_tags = [dict(LEVEL=lv, MODEL=f"{m.id} {m.version}", SUN_ZENITH=f"{a['sun_zenith']:.2f}",
                          VIEW_ZENITH=f"{a['view_zenith']:.2f}", RELATIVE_AZIMUTH=f"{a['relative_azimuth']:.2f}",
                          ANGLES=a["source"]) for (lv, _, m), a in zip(per_date, angles)]
        specs = {}
        for key, path in outputs.items():
            var = key.replace("_STD", "")
            if key == "QUALITY":
                specs[key] = dated_spec(path, dates, key, "quality flags", "", ds_tags, flag_meanings=FLAG_MEANINGS,
                                        band_tags=band_tags)
            else:
                label = f"{var} 1-sigma" if key.endswith("_STD") else var
                specs[key] = dated_spec(path, dates, key, label, UNITS[var], ds_tags, band_tags=band_tags)

        no_map_value = []
        n_valid = CauseCounter(src, input_path, NoValidPixel, [d for d in doubts if d.kind == "offset"])

        def read(win):
            rw = win.rasterio_window()
            omega, missing = clump.omega_for_window(cmap, clumping, win)
            no_map_value.append(missing)
            data = [src.read(i, rw, bio.model_bands(per_date[i][2])) for i in range(n_dates)]
            for i, (_, valid) in enumerate(data):
                n_valid.saw(i, rw, bio.model_bands(per_date[i][2]), valid)
            return data, omega

        scales = {v: d["noise_scale"] for v, d in (fitted or {}).items()}

        per_date_valid = np.zeros(n_dates, np.int64)

        def count(n, i):
            n_valid.add(n)
            per_date_valid[i] += n

        def compute(win, data):
            data, omega = data
            res = retrieve_window(data, omega, per_date, angles, OUTPUT_KEYS if smooth else tuple(specs),
                                  provider, threads, non_vegetation, count)
            if smooth:
                smooth_tile(res, days, lams, ranges, scales)
            return {k: res[k] for k in specs}

        grid = src.grid
        # no valid pixel on any date: raised on the last tile, so that no output is published
        run_tiled(grid, read, n_valid.wrap(compute), specs, tile_size=tile_size, overlap=0,
                  feedback=feedback)
        for line in run_log.coverage_lines(dates, per_date_valid, grid.width * grid.height, smooth):
            warn(feedback, line)      # a warning: in a block run, a block's figures are said to be that block's
        if cmap is not None and sum(no_map_value):
            warn(feedback, tr("clumping-index map: no value for {percent:.1f} % of the pixels (outside the map, "
                              "nodata or outside {low}–1); Ω = {value:g} used there",
                              percent=100.0 * sum(no_map_value) / (grid.width * grid.height),
                              low=clump.OMEGA_RANGE[0], value=clumping))
    return BiophysicalResult(dict(outputs), session.provider_used, dates, ", ".join(models), angles,
                             levels=[lv for lv, _, _ in per_date])
