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

from ..i18n import tr
from ..biophysical import retrieval as bio
from . import retrieval as sm
from ..inputs.dated_rasters import (band_dates, check_outputs, dated_spec, day_of, describe_grid, interpolate_in_time,
                            ordinals, same_grid)
from ..engine.input_checks import NoValidPixelError, ValidPixels, and_list, band_has_value, read_file_end, read_window
from ..engine.pixelwise import FLAG_INVALID
from ..engine.tiling import Feedback, run_tiled, warn

OUTPUT_KEYS = ("SM", "SM_STD", "QUALITY")
UNITS = "m3/m3"
FLAG_MEANINGS = "1=input outside training domain;2=output clamped;4=nodata (S1, incidence or LAI missing)"
FAR_LAI_DAYS = 30  # an S1 date further than this from every LAI date takes another season's LAI: warned
DENSE_LAI = 3.0  # above it single-date C-band retrieval stays close to the prior mean (card metrics)
SM_ERROR, BIO, BUILDSTACK = sm.SoilMoistureInputError, "eolatent:biophysical", "eolatent:buildstack"


class NoValidPixel(SM_ERROR, NoValidPixelError):
    """No pixel of any date has valid backscatter with a vegetation value: nothing is written."""


@dataclass
class SoilMoistureResult:
    outputs: Dict[str, str]
    provider_used: str
    dates: List[str]
    model: str
    vegetation: str
    lai_dates: List[str] = field(default_factory=list)
    incidence: List[str] = field(default_factory=list)
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


def _incidence_sources(src, incidence: Optional[float]) -> List[str]:
    if incidence is not None:
        incidence = float(incidence)
        given = dict(name="INCIDENCE", value=incidence)
        if not (math.isfinite(incidence) and 0.0 < incidence < 90.0):
            raise SM_ERROR(tr("{name} = {value} is not an incidence angle in degrees (0–90)", **given))
        if incidence <= math.pi / 2:
            raise SM_ERROR(tr("{name} = {value} looks like radians; give degrees (e.g. 38)", **given))
    sources, missing = [], []
    for i, d in enumerate(src.dates):
        if src.has_incidence(i):
            sources.append("stack incidence band")
        elif incidence is not None:
            sources.append(f"INCIDENCE parameter ({incidence:g}°)")
        else:
            missing.append(f"{d:%Y-%m-%d}")
    if missing:
        raise SM_ERROR(tr("no incidence angle for S1 date(s) {dates}: the input has no incidence band; set {name} "
                          "(local incidence angle in degrees; the model was trained on 29–46°) or use a stack with an "
                          "incidence band per date", dates=", ".join(missing), name="INCIDENCE"))
    return sources


class _LaiRaster:
    """LAI from a raster with one band per date (band tags DATE), on the S1 grid."""

    def __init__(self, path, grid, stack: ExitStack):
        import rasterio

        try:
            self.ds = stack.enter_context(rasterio.open(path))
        except Exception as exc:  # noqa: BLE001 - GDAL errors of all kinds
            raise SM_ERROR(tr("cannot open the LAI raster {path} (GDAL: {error})", path=path, error=exc)) from None
        name = os.path.basename(path)
        read_file_end(self.ds, SM_ERROR, path)              # truncated or corrupt
        tags = self.ds.tags()
        if tags.get("EOLATENT_LATENT") or tags.get("EOLATENT_STACK"):
            what = tr("a latent raster ({algorithm})", algorithm="eolatent:encode") if tags.get("EOLATENT_LATENT") \
                else tr("an {modality} stack ({algorithm})", modality=tags.get("MODALITY", tr("S1 or S2")),
                        algorithm=BUILDSTACK)
            raise SM_ERROR(tr("the LAI raster {file} is {what}, not LAI; pass the LAI output of {algorithm} or {other}",
                              file=name, what=what, algorithm=BIO, other="eolatent:decode") + (tr(
                ", or give this stack as {name} ({option})", name="S2_STACK", option="--s2-stack")
                if tags.get("MODALITY") == "S2" else ""))
        if not same_grid(self.ds, grid):
            raise SM_ERROR(tr("the LAI raster {file} is not on the S1 grid (LAI: {grid}; S1: {s1_grid}); resample it "
                              "to the S1 grid ({command}) or run {algorithm} on an S2 stack on that grid", file=name,
                              algorithm=BIO, grid=describe_grid(self.ds), s1_grid=describe_grid(grid),
                              command="gdalwarp -te -tr -t_srs"))
        variables = {self.ds.tags(b).get("VARIABLE") for b in range(1, self.ds.count + 1)}
        variables |= {self.ds.tags().get("EOLATENT_VARIABLE")}
        wrong = sorted(v for v in variables if v and v != "LAI")
        if wrong:
            raise SM_ERROR(tr("the LAI raster {file} holds {variables}, not LAI; pass the LAI output of {algorithm}",
                              file=name, variables=", ".join(wrong), algorithm=BIO))
        dates = band_dates(self.ds)
        if None in dates and self.ds.count > 1:
            undated = [str(b + 1) for b, d in enumerate(dates) if d is None]
            raise SM_ERROR(tr("band(s) {bands} of the LAI raster {file} carry no date: give each band a {tag} tag "
                              "(YYYY-MM-DD; {command}) or a description starting with the date, as {algorithm} "
                              "writes them, or use a single-band LAI", bands=", ".join(undated), file=name,
                              tag="DATE", command="gdal_edit.py -mo DATE=… -b N", algorithm=BIO))
        self.constant_in_time = dates == [None]
        order = [0] if self.constant_in_time else sorted(range(len(dates)), key=lambda b: dates[b])
        self.bands = [b + 1 for b in order]
        self.days = None if self.constant_in_time else ordinals(dates[b] for b in order)
        self.dates = [] if self.constant_in_time else [f"{dates[b]:%Y-%m-%d}" for b in order]
        self.nodata = self.ds.nodata
        self.scales = [self.ds.scales[b - 1] for b in self.bands]
        self.offsets = [self.ds.offsets[b - 1] for b in self.bands]
        self.description = (f"LAI raster {name} (" + ("one undated band, constant in time" if
                            self.constant_in_time else f"{len(self.bands)} date(s): {', '.join(self.dates)}") + ")")
        empty = self._empty_dates()
        if self.constant_in_time and not self._has_value(self.bands[0]) or len(empty) == len(self.bands) > 0:
            raise NoValidPixel(tr("the LAI raster {file} holds no LAI value (every pixel is nodata/NaN); check its "
                                  "nodata value, or retrieve LAI again with {algorithm}", file=name, algorithm=BIO))
        if empty:
            self.description += (f"; no LAI value on {', '.join(empty)}: the S1 dates around them take the LAI "
                                 "interpolated in time from the dates that have one")

    def _nan_nodata(self, raw: np.ndarray) -> np.ndarray:
        """``raw`` as float32 with the raster's nodata value as NaN."""
        out = raw.astype(np.float32)
        if self.nodata is not None and not np.isnan(self.nodata):
            out[raw == self.nodata] = np.nan
        return out

    def _has_value(self, band: int) -> bool:
        """Whether ``band`` holds an LAI value (on a decimated read)."""
        return band_has_value(self.ds, band, SM_ERROR, self.ds.name)

    def _empty_dates(self):
        """The dates whose band holds no value (on a decimated read)."""
        if self.constant_in_time:
            return []
        return [self.dates[k] for k, b in enumerate(self.bands) if not self._has_value(b)]

    def read(self, rw):
        lai = self._nan_nodata(read_window(self.ds, self.bands, window=rw, error=SM_ERROR, path=self.ds.name))
        for k, (s, o) in enumerate(zip(self.scales, self.offsets)):
            if (s, o) != (1.0, 0.0):
                lai[k] = lai[k] * np.float32(s) + np.float32(o)
        return lai

    def lai(self, data, provider, threads):
        return data


class _S2Lai:
    """LAI retrieved on the fly from a Sentinel-2 stack on the S1 grid (biophysical model)."""

    def __init__(self, path, grid, stack: ExitStack, provider, threads, detect_clouds: bool = True,
                 whole_s2: Optional[str] = None):
        from ..biophysical.raster import _date_angles, _whole_grid, choose_models
        from ..inputs.sentinel2 import open_s2

        self.src = stack.enter_context(open_s2(path, detect_clouds=detect_clouds))
        name = os.path.basename(path)
        if not same_grid(self.src.grid, grid):
            raise SM_ERROR(tr("the S2 stack {file} is not on the S1 grid (S2: {grid}; S1: {s1_grid}); build both "
                              "stacks on one grid ({algorithm}) or resample one of them", file=name,
                              algorithm=BUILDSTACK, grid=describe_grid(self.src.grid), s1_grid=describe_grid(grid)))
        try:  # per date, the variant of the biophysical model for its bands and product level
            self.models = [m for _, _, m in choose_models(self.src, path, "auto", "auto")]
        except bio.BiophysicalInputError as exc:
            raise SM_ERROR(tr("the S2 stack {file} cannot give LAI: {error}", file=name, error=exc)) from None
        self.angles, sources = [], set()
        sun_grid = _whole_grid(whole_s2)       # a block run: the sun of the whole stack's centre, as a whole run
        for i in range(len(self.src.dates)):
            try:
                a = _date_angles(self.src, i, None, None, None, sun_grid=sun_grid)
            except bio.BiophysicalInputError as exc:
                raise SM_ERROR(tr("the S2 stack {file}: {problem}; run {algorithm} on it with the angle parameters "
                                  "and pass its LAI output as {name}", file=name, algorithm=BIO, name="LAI",
                                  problem=str(exc).split(";")[0].rstrip())) from None
            self.angles.append(np.array([a["sun_zenith"], a["view_zenith"], a["relative_azimuth"]], np.float32))
            sources.add(a["source"])
        self.info = self.models[0]
        self.info.session(provider, threads)
        self.constant_in_time = False
        self.days = ordinals(day_of(d) for d in self.src.dates)
        self.dates = [f"{d:%Y-%m-%d}" for d in self.src.dates]
        used = sorted({f"{m.id} {m.version}" for m in self.models})
        self.description = (f"LAI retrieved from the S2 stack {name} with model {', '.join(used)} "
                            f"({len(self.dates)} date(s): {', '.join(self.dates)}; angles: {'; '.join(sorted(sources))})")

    def read(self, rw):
        return [self.src.read(i, rw, bio.model_bands(self.models[i])) for i in range(len(self.dates))]

    def lai(self, data, provider, threads):
        h, w = data[0][1].shape
        out = np.empty((len(data), h, w), np.float32)
        for i, (refl, valid) in enumerate(data):
            flat = refl.reshape(refl.shape[0], -1).T
            ang = np.broadcast_to(self.angles[i], (flat.shape[0], 3))
            mean, _, _, _ = bio.retrieve_arrays(flat, ang, self.models[i], provider, threads, valid)
            out[i] = mean[:, bio.VARIABLES.index("LAI")].reshape(h, w)
        return out


class _ConstantLai:
    constant_in_time = True
    dates: List[str] = []

    def __init__(self, value):
        value = float(value)
        if not (math.isfinite(value) and 0.0 <= value <= 15.0):
            raise SM_ERROR(tr("{name} = {value} is not a leaf area index (0–15 m²/m²)", name="LAI_VALUE", value=value))
        self.value = value
        self.description = (f"constant LAI {value:g} m²/m² (LAI_VALUE; a fallback: vegetation changes in space "
                            "and time are ignored)")

    def read(self, rw):
        return None

    def lai(self, data, provider, threads):
        return None


def _vegetation(grid, lai_path, s2_path, lai_value, stack, provider, threads, feedback, detect_clouds=True,
                whole_s2=None):
    given = [n for n, v in (("LAI", lai_path), ("S2_STACK", s2_path), ("LAI_VALUE", lai_value)) if v is not None]
    if not given:
        raise SM_ERROR(tr("no vegetation term: give a LAI raster ({lai}, e.g. the output of {algorithm}), a "
                          "Sentinel-2 stack ({s2}) or, as a fallback, a constant LAI ({value})", lai="LAI",
                          algorithm=BIO, s2="S2_STACK", value="LAI_VALUE"))
    if len(given) > 1:
        feedback.info(tr("{used} is used; {ignored} ignored (order of preference: {order})", used=given[0],
                         ignored=", ".join(given[1:]), order="LAI, S2_STACK, LAI_VALUE"))
    if lai_path is not None:
        return _LaiRaster(lai_path, grid, stack)
    if s2_path is not None:
        return _S2Lai(s2_path, grid, stack, provider, threads, detect_clouds, whole_s2)
    return _ConstantLai(lai_value)


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
                any(s.startswith("INCIDENCE") for s in inc_sources):
            feedback.warning(tr("{name} = {value:g}° is outside the 29–46° the model was trained on: the "
                                "moisture there is an extrapolation (quality flag 1)", name="INCIDENCE",
                                value=float(incidence)))
        veg = _vegetation(src.grid, lai_path, s2_path, lai_value, stack, provider, threads, feedback, detect_clouds,
                          whole_s2)
        n, model = len(src.dates), f"{info.id} {info.version}"
        dates = [f"{d:%Y-%m-%d}" for d in src.dates]
        s1_days = ordinals(day_of(d) for d in src.dates)
        if veg.dates:
            if s1_days.min() < veg.days.min() or s1_days.max() > veg.days.max():
                feedback.info(tr("S1 dates outside the LAI dates take the LAI of the nearest LAI date"))
            gap = np.abs(s1_days[:, None] - np.asarray(veg.days)[None, :]).min(axis=1)   # to the nearest LAI date
            far = [dates[i] for i in np.flatnonzero(gap > FAR_LAI_DAYS)]
            if far:
                warn(feedback, tr("{count} S1 date(s) ({dates}) lie more than {days} days from every LAI date, up to "
                                  "{gap} days: their LAI is held or interpolated across that gap, perhaps from another "
                                  "season; give LAI dates covering the S1 period", count=len(far),
                                  dates=", ".join(far[:4]) + (", …" if len(far) > 4 else ""), days=FAR_LAI_DAYS,
                                  gap=int(gap.max())))
        incidence_text = "; ".join(f"{k} date(s): {v}" for v, k in Counter(inc_sources).items())  # first-seen order
        feedback.info(tr("{count} S1 date(s): {dates}; model {model}; execution provider: {provider}; vegetation: "
                         "{vegetation}; incidence: {incidence}", count=n, dates=", ".join(dates), model=model,
                         provider=session.provider_used, vegetation=veg.description, incidence=incidence_text))
        ds_tags = dict(EOLATENT_MODEL=model, EOLATENT_PROVIDER=session.provider_used,
                       EOLATENT_INPUT=os.path.basename(os.fspath(s1_path)), EOLATENT_VEGETATION=veg.description,
                       EOLATENT_INCIDENCE=incidence_text, EOLATENT_S1_QUANTITY=quantity)
        extra = [dict(ACQUISITION_DATETIME=d.strftime("%Y-%m-%dT%H:%M:%SZ")) for d in src.dates]
        labels = {"SM": ("SM", UNITS), "SM_STD": ("SM 1-sigma", UNITS),      # as decode names them
                  "QUALITY": ("quality flags", "")}
        specs = {k: dated_spec(p, dates, k, labels[k][0], labels[k][1], ds_tags,
                               FLAG_MEANINGS if k == "QUALITY" else None, extra) for k, p in outputs.items()}
        use_band = [src.has_incidence(i) for i in range(n)]
        counts = np.zeros(2, np.int64)  # retrieved pixels, of which LAI > DENSE_LAI
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
                if isinstance(veg, _ConstantLai):
                    lai = np.full((h, w), veg.value, np.float32)
                elif veg.constant_in_time:
                    lai = cube[0]
                else:
                    lai = interpolate_in_time(cube, veg.days, s1_days[i])
                theta = angle if angle is not None else np.full((h, w), incidence, np.float32)
                feats = np.stack([vals[0].ravel(), vals[1].ravel(), theta.ravel(), lai.ravel()], axis=1)
                mean, std, flags, _ = sm.retrieve_arrays(feats, info, provider, threads, valid.ravel())
                ok = (flags & FLAG_INVALID) == 0
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
    dense = float(counts[1] / counts[0]) if counts[0] else None
    return SoilMoistureResult(dict(outputs), session.provider_used, dates, model,
                              veg.description, list(veg.dates), inc_sources, dense)
