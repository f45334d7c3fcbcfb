# SPDX-License-Identifier: GPL-3.0-or-later
"""The vegetation term (LAI) of the soil-moisture retrieval, on the S1 grid: from a LAI raster (one band per date),
from a Sentinel-2 stack (retrieved on the fly with the biophysical model) or a constant (core/soilmoisture/raster.py
says which is used and how it is interpolated in time)."""
from __future__ import annotations

import math
import os
import re
from contextlib import ExitStack
from typing import List, Optional

import numpy as np

from ..i18n import english, tr
from ..biophysical import retrieval as bio
from . import retrieval as sm
from ..inputs.product_kind import product_kind
from ..inputs.dated_rasters import band_dates, day_of, describe_grid, ordinals, same_grid
from ..engine.input_checks import NoValidPixelError, band_has_value, read_file_end, read_window
from ..engine.tiling import warn
from ..biophysical.run_log import sun_beyond_training

SM_ERROR, BIO, BUILDSTACK = sm.SoilMoistureInputError, "eolatent:biophysical", "eolatent:buildstack"


class NoValidPixel(SM_ERROR, NoValidPixelError):
    """No pixel of any date has valid backscatter with a vegetation value: nothing is written."""


class LaiRaster:
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
        what = product_kind(tags, self.ds.tags(1) if self.ds.count else {}, accepted=("variable",))
        if what:        # a latent, a stack, a class / cluster / similarity / text-query map, an LST: not LAI
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
        empty = self._empty_dates()
        if self.constant_in_time and not self._has_value(self.bands[0]) or len(empty) == len(self.bands) > 0:
            raise NoValidPixel(tr("the LAI raster {file} holds no LAI value (every pixel is nodata/NaN); check its "
                                  "nodata value, or retrieve LAI again with {algorithm}", file=name, algorithm=BIO))
        # English in the output's metadata (description), in the user's language in the log (log_text)
        self.description, self.log_text = self._text(name, empty), self._text(name, empty, tr)

    def _text(self, name: str, empty: List[str], tr=english) -> str:
        """What the LAI raster gives, in English, or in the user's language with ``tr=core.i18n.tr``."""
        text = tr("LAI raster {file} ({what})", file=name, what=tr("one undated band, constant in time")
                  if self.constant_in_time else tr("{count} date(s): {dates}", count=len(self.bands),
                                                   dates=", ".join(self.dates)))
        if empty:
            text += tr("; no LAI value on {dates}: the S1 dates around them take the LAI interpolated in time from "
                       "the dates that have one", dates=", ".join(empty))
        return text

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


def _without_time(source: str) -> str:
    """An angle source without its acquisition time (" (2015-07-11 10:00 UTC)"), so that dates share one text."""
    return re.sub(r" \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)", "", source)


class S2Lai:
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
        self.angles, sources, said = [], set(), set()
        sun_grid = _whole_grid(whole_s2)       # a block run: the sun of the whole stack's centre, as a whole run
        for i in range(len(self.src.dates)):
            try:
                texts = []
                a = _date_angles(self.src, i, None, None, None, texts, sun_grid=sun_grid)
            except bio.BiophysicalInputError as exc:
                raise SM_ERROR(tr("the S2 stack {file}: {problem}; run {algorithm} on it with the angle parameters "
                                  "and pass its LAI output as {name}", file=name, algorithm=BIO, name="LAI",
                                  problem=str(exc).split(";")[0].rstrip())) from None
            self.angles.append(np.array([a["sun_zenith"], a["view_zenith"], a["relative_azimuth"]], np.float32))
            sources.add(_without_time(a["source"]))         # each date's time: once
            said.add(_without_time(texts[0]))
        self.info = self.models[0]
        self.info.session(provider, threads)
        self.constant_in_time = False
        self.days = ordinals(day_of(d) for d in self.src.dates)
        self.dates = [f"{d:%Y-%m-%d}" for d in self.src.dates]
        used = ", ".join(sorted({f"{m.id} {m.version}" for m in self.models}))
        # English in the output's metadata (description), in the user's language in the log (log_text)
        self.description, self.log_text = self._text(name, used, sources), self._text(name, used, said, tr)

    def _text(self, name: str, used: str, angles, tr=english) -> str:
        """What gives the LAI, in English, or in the user's language with ``tr=core.i18n.tr`` (``angles``: the angle
        sources in that language)."""
        return tr("LAI retrieved from the S2 stack {file} with model {models} ({count} date(s): {dates}; angles: "
                  "{angles})", file=name, models=used, count=len(self.dates), dates=", ".join(self.dates),
                  angles="; ".join(sorted(angles)))

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


def check_lai_value(value) -> float:
    """The LAI_VALUE parameter as a float, else the error that names it: the run checks it, and the command line
    before any work."""
    value = float(value)
    if not (math.isfinite(value) and 0.0 <= value <= 15.0):
        raise SM_ERROR(tr("{name} = {value} is not a leaf area index (0–15 m²/m²)", name="LAI_VALUE", value=value))
    return value


class ConstantLai:
    constant_in_time = True
    dates: List[str] = []

    def __init__(self, value):
        value = self.value = check_lai_value(value)
        # English in the output's metadata (description), in the user's language in the log (log_text)
        self.description, self.log_text = self._text(value), self._text(value, tr)

    @staticmethod
    def _text(value: float, tr=english) -> str:
        return tr("constant LAI {value:g} m²/m² ({parameter}; a fallback: vegetation changes in space and time are "
                  "ignored)", value=value, parameter="LAI_VALUE")

    def read(self, rw):
        return None

    def lai(self, data, provider, threads):
        return None


def vegetation_term(grid, lai_path, s2_path, lai_value, stack, provider, threads, feedback, detect_clouds=True,
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
        return LaiRaster(lai_path, grid, stack)
    if s2_path is not None:
        return S2Lai(s2_path, grid, stack, provider, threads, detect_clouds, whole_s2)
    return ConstantLai(lai_value)


def warn_sun_beyond_training(veg, s1_days, feedback) -> None:
    """Warn of the Sentinel-2 dates whose LAI (retrieved on the fly) comes from a sun zenith beyond the LAI model's
    training and that an S1 date takes (the nearest LAI dates before and after it): biophysical flags such dates 1,
    here their LAI went into the moisture without a word; a date no S1 date uses is not named."""
    if not isinstance(veg, S2Lai) or not veg.dates:
        return
    days = np.asarray(veg.days)
    used = set()
    for day in s1_days:
        before, after = np.flatnonzero(days <= day), np.flatnonzero(days >= day)
        used |= {int(before[np.argmax(days[before])])} if before.size else set()
        used |= {int(after[np.argmin(days[after])])} if after.size else set()
    used = sorted(used)
    beyond = sun_beyond_training([veg.dates[i] for i in used], [veg.angles[i][0] for i in used],
                                 [veg.models[i] for i in used])
    if beyond:
        warn(feedback, tr(
            "the LAI of {count} Sentinel-2 date(s) ({dates}) is retrieved under a sun zenith beyond the {trained:.1f}° "
            "the LAI model was trained on: it is extrapolated, and the soil moisture of the S1 dates that take it is "
            "less sure than its 1σ says; leave those dates out of the Sentinel-2 stack, or give a LAI raster ({lai})",
            lai="LAI", **beyond))
