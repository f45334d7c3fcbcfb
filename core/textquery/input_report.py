# SPDX-License-Identifier: GPL-3.0-or-later
"""What a text query read and what it missed, for the log and the quality output.

* :func:`tower_reason` — why this text-query model (tower) answers this input;
* :func:`input_lines` — the bands of a Sentinel-2 input that the tower does not read (Sentinel-1 bands in the same
  file, B8A for a nine-band tower) and the bands it lacks but does not need;
* :func:`lacking_bands_message` — the refusal of an input without a band the tower reads (naming the dates);
* :func:`date_lines` — the dates without a valid pixel, or with fewer than half;
* :func:`coverage_lines` — how many valid dates (or latent windows) each pixel had: a pixel with one clear date gets
  a probability as confident-looking as one with twelve, so the log says how many pixels rest on few dates, and the
  quality output (:data:`QUALITY_BAND`) holds the count of every pixel.
"""
from __future__ import annotations

import os
from typing import List, Optional

import numpy as np

from ..i18n import tr
from ..inputs.sentinel1.common import POLARISATIONS, is_incidence_name, is_mask_name, tokens
from ..inputs.sentinel2.common import normalize_band_name
from ..latent.quality import sensor_counts

QUALITY_BAND = {"s2": "valid dates (clear Sentinel-2 observations read)",
                "latent": "valid latent windows",
                "months": "months with a clear Sentinel-2 observation behind the latent",
                "latent_dates": "clear Sentinel-2 dates behind the latent"}
FEW = 3          # fewer valid dates than this: reported as a thin basis for the probability
MASK_NAMES = ("VALID", "CLOUD", "CLM", "CLOUD_MASK", "SCL")     # the S2 reader's mask bands
SOUTH_LATITUDE, SOUTH_SHIFT_DAYS = -10.0, 182     # south of this, dates are read half a year on (season_shift)


def tower_reason(kind: str, tower, model_given: bool) -> str:
    """One log line: which tower and why."""
    if model_given:
        return tr("text-query model {model}: the model file given ({file})", model=tower.id,
                  file=os.path.basename(tower.path))
    if kind == "latent":
        return tr("text-query model {model}: the one trained on latents of {encoder} (the latent's embedding space)",
                  model=tower.id, encoder=tower.encoder)
    reads = ", ".join(tower.s2_bands) + " + NDVI"
    if "multiregion" in tower.id:
        return tr("text-query model {model}: the multi-region Sentinel-2 model (trained on labelled series of several "
                  "regions; the best held-out score of the installed models); it reads {bands} at each date and the "
                  "day of the year", model=tower.id, bands=reads)
    return tr("text-query model {model}: the Slovenia-trained Sentinel-2 model (the multi-region one is not "
              "installed); it reads {bands} at each date and the day of the year", model=tower.id, bands=reads)


def described_bands(path: str) -> List[str]:
    """The band names of a raster's band descriptions ('B04 2021-07-15' → 'B04'), upper case, in order, once
    each; [] where the file has none or cannot be read."""
    try:
        import rasterio
        from ..inputs.sentinel2.geotiff import split_description

        with rasterio.open(path) as ds:       # the BAND_NAME tag first, as the Sentinel-2 reader reads it
            names = [((ds.tags(b + 1) or {}).get("BAND_NAME") or split_description(d or "")[0]).upper()
                     for b, d in enumerate(ds.descriptions)]
    except Exception:  # noqa: BLE001 - a product folder, a VRT of odd sources: nothing to add to the log
        return []
    return list(dict.fromkeys(n for n in names if n))


def _sentinel1_name(name: str) -> bool:
    """A band the Sentinel-1 reader takes (a polarisation, VV_DB, Sigma0_VH, an incidence angle, a border mask)."""
    return bool(set(tokens(name.lower())) & {p.lower() for p in POLARISATIONS}) or is_incidence_name(name) \
        or is_mask_name(name)


def input_lines(src, tower, path: str) -> List[str]:
    """Log lines on the bands of a Sentinel-2 input (``src`` from open_s2) against what ``tower`` reads."""
    lines = []
    have = list(src.band_names)
    unused = [b for b in have if b not in tower.s2_bands]
    named = [b for b in described_bands(path) if b not in MASK_NAMES and normalize_band_name(b) is None]
    s1 = [b for b in named if _sentinel1_name(b)]
    if unused:
        lines.append(tr("not read by this model: {unused} (it reads {bands})", unused=", ".join(unused),
                        bands=", ".join(tower.s2_bands)))
    if s1:
        lines.append(tr("Sentinel-1 bands {bands} in the input are not used: the Sentinel-2 model reads Sentinel-2 "
                        "only. To use them, encode the Sentinel-2 and Sentinel-1 stacks with {command} and query the "
                        "latent raster", bands=", ".join(s1), command="eolatent:encode MODEL=presto"))
    other = [b for b in named if not _sentinel1_name(b)]
    if other:
        lines.append(tr("band(s) not recognised, not read: {bands} (Sentinel-2 bands are named B01 … B12, cloud masks "
                        "VALID, CLOUD, CLM or SCL)", bands=", ".join(other)) + ("; " + tr(
                            "{band} (Earth Engine's cloud bits) is not used as a cloud mask: export the mask as a band "
                            "named CLOUD (nonzero = cloud)", band="QA60") if "QA60" in other else ""))
    if "B8A" not in have and "B8A" not in tower.s2_bands:
        lines.append(tr("{band}: not in the input, and not needed by this model", band="B8A"))
    d = src.dates
    lines.append(tr("{count} date(s) read, {first} … {last}", count=len(d), first=f"{d[0]:%Y-%m-%d}",
                    last=f"{d[-1]:%Y-%m-%d}") if d else tr("no date read"))
    if d:
        lines.append(src.clouds_line())
    return lines


def date_lines(kind: str, src, meta: dict, n_pixels: int) -> List[str]:
    """After the image side: the dates of a Sentinel-2 input without a valid pixel, and with fewer than half of the
    ``n_pixels`` that have any valid date (outside an area a stack was cut to, none has: not counted)
    (``meta["valid_per_date"]``, counted by image_side; an entry cached before it was counted says nothing)."""
    per = (meta or {}).get("valid_per_date")
    if kind != "s2" or not per or len(per) != len(src.dates) or not n_pixels:
        return []
    labels = [f"{d:%Y-%m-%d}" for d in src.dates]
    empty = [lb for lb, v in zip(labels, per) if v == 0]
    thin = [f"{lb} ({100.0 * v / n_pixels:.0f} %)" for lb, v in zip(labels, per) if 0 < v < 0.5 * n_pixels]
    lines = []
    if empty:
        lines.append(tr("no valid pixel on {count} of {total} date(s): {dates} (nodata, NaN or cloud everywhere)",
                        count=len(empty), total=len(labels), dates=", ".join(empty)))
    if thin:
        lines.append(tr("fewer than half the pixels valid on {count} date(s): {dates} (the others nodata, NaN or "
                        "cloud)", count=len(thin), dates=", ".join(thin)))
    return lines


def lacking_bands_message(src, tower) -> Optional[str]:
    """The refusal of a Sentinel-2 input without a band ``tower`` reads, naming the dates that lack it where others
    have it (a stack with one incomplete date); None when every date has every band."""
    lacking = [b for b in tower.s2_bands if b not in src.band_names]
    if not lacking:
        return None
    short = [i for i in range(len(src.dates)) if any(b not in src.available_bands(i) for b in tower.s2_bands)]
    fix = tr("build the stack with them ({algorithm}), or encode it with {encoder} (it masks missing bands) and query "
             "that latent", algorithm="eolatent:buildstack", encoder="eolatent:encode MODEL=presto")
    if 0 < len(short) < len(src.dates):
        return tr("{file}: {count} of {total} date(s) lack band(s) the text-query model {model} needs ({needed}): "
                  "{dates}; the other dates have them", file=os.path.basename(str(src.path)), count=len(short),
                  total=len(src.dates), model=tower.id, needed=", ".join(tower.s2_bands), dates="; ".join(
                      tr("{date} lacks {missing}", date=f"{src.dates[i]:%Y-%m-%d}", missing=", ".join(
                          b for b in tower.s2_bands if b not in src.available_bands(i))) for i in short[:10])
                  + (" …" if len(short) > 10 else "")) + "; " + _without_dates_fix(src.dates, short)
    return tr("{file} lacks band(s) {missing} (it has {bands}); the text-query model {model} needs {needed}",
              file=os.path.basename(str(src.path)), missing=", ".join(lacking), bands=", ".join(src.band_names),
              model=tower.id, needed=", ".join(tower.s2_bands)) + "; " + fix


def _without_dates_fix(dates, short) -> str:
    """How to leave the dates ``short`` (indexes into ``dates``) out: build the stack again with eolatent:buildstack
    over the period of the other dates where they lie at its start or end, without their files otherwise; or encode
    the stack with Presto, which masks missing bands."""
    kept = [dates[i] for i in range(len(dates)) if i not in set(short)]
    values = dict(algorithm="eolatent:buildstack", encoder="eolatent:encode MODEL=presto")
    # by date, not by band position (a stack need not be in date order): the short dates before and/or after the others
    if kept and not any(min(kept) <= dates[i] <= max(kept) for i in short):
        return tr("build the stack again with {algorithm} {start}={first} {end}={last}, which leaves them out, or "
                  "encode it with {encoder} (it masks missing bands) and query that latent", start="START_DATE",
                  end="END_DATE", first=f"{min(kept):%Y-%m-%d}", last=f"{max(kept):%Y-%m-%d}", **values)
    return tr("build the stack again with {algorithm} after moving the files of those dates out of the Sentinel-2 "
              "folder, or encode it with {encoder} (it masks missing bands) and query that latent", **values)


def season_shift(grid):
    """(days, log line or None): the days added to each date's day of the year for the towers. They learnt seasons
    north of about 10° S (France, Slovenia, the western US, Uganda / South Sudan); further south the seasons — the
    temperate ones and the tropical rains alike — come half a year later, so a scene whose centre lies south of
    SOUTH_LATITUDE is read half a year on (182 days). Without a CRS the hemisphere is unknown: the dates are read as
    they are, and the line says so (the caller warns when no days are added)."""
    unplaced = tr("the input has no CRS, so its hemisphere is unknown: its dates are read with the northern seasons; "
                  "if it lies south of {south:g}° S, assign its CRS (Raster ▸ Projections ▸ Assign Projection, or "
                  "gdal_edit.py -a_srs) and run again", south=-SOUTH_LATITUDE)
    if not getattr(grid, "crs", None):
        return 0, unplaced
    try:
        from rasterio.warp import transform

        x, y = grid.transform * (grid.width / 2.0, grid.height / 2.0)
        _, lat = transform(grid.crs, "EPSG:4326", [x], [y])
        lat = float(lat[0])
    except Exception:  # noqa: BLE001 - a CRS PROJ cannot place: the dates as they are
        return 0, tr("the input's CRS cannot be placed on the globe, so its hemisphere is unknown: its dates are read "
                     "with the northern seasons; if it lies south of {south:g}° S, give it a standard CRS (an EPSG "
                     "code) and run again", south=-SOUTH_LATITUDE)
    if not lat < SOUTH_LATITUDE:
        return 0, None
    return SOUTH_SHIFT_DAYS, tr("the scene lies in the southern hemisphere (centre latitude {lat:.1f}°): its dates are "
                                "read half a year on ({days} days), as the seasons of the regions the text-query "
                                "models learnt from (north of {south:g}° S)", lat=lat, days=SOUTH_SHIFT_DAYS,
                                south=-SOUTH_LATITUDE)


def count_unit(kind: str, src) -> str:
    """What the per-pixel count of a text query counts: "s2" (the dates of a Sentinel-2 input); for a latent encoded
    with S2 that records its sensors (quality bands), "months" (a monthly encoder's months with an S2 observation)
    or "latent_dates" (the S2 dates behind a fine4 latent's windows) — a pixel without any is NaN; else "latent"
    (latent windows)."""
    if kind == "s2":
        return "s2"
    if getattr(src, "quality_bands", 0) and "S2" in src.modalities:
        return "months" if src.window_months else "latent_dates"
    return "latent"


def optical_months(quality: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Per pixel [N], the months (dates, for fine4) with a valid S2 observation behind its valid windows: the quality
    bands (n_windows, h, w) hold S2 + 100 × S1 counts; ``ok`` [N, n_windows] says which windows hold a latent."""
    s2 = sensor_counts(quality)[0].reshape(quality.shape[0], -1).T
    return np.where(np.asarray(ok) > 0, s2, 0).sum(axis=1).astype(np.uint16)


def months_covered(windows) -> int:
    """The calendar months the latent ``windows`` span, each counted once per window."""
    return sum((w.end.year - w.start.year) * 12 + w.end.month - w.start.month + 1 for w in windows)


def coverage_lines(count: np.ndarray, n_steps: Optional[int], unit: str,
                   span_months: Optional[int] = None) -> List[str]:
    """Log lines on the valid dates, months or latent windows (``unit``: "s2", "months", "latent_dates", "latent")
    per pixel: ``count`` [N] of ``n_steps`` (None: not known, for "latent_dates"). ``span_months``: for "latent"
    windows of several months each (a monthly encoder's latent without Sentinel-2 counts), the months they span:
    a series is thin when it spans fewer than :data:`FEW` months, not when it holds fewer windows."""
    count = np.asarray(count)
    some = count > 0
    if not some.any():
        return []
    if n_steps is None:
        n_steps = int(count.max())
    n = count.size
    values = dict(steps=n_steps, median=np.median(count[some]), min=count[some].min(), max=count.max(),
                  pixels=int(some.sum()))
    lines = [{"s2": lambda: tr("valid date(s) per pixel (clear, not nodata), out of {steps}: median {median:.0f}, min "
                               "{min}, max {max} over the {pixels} pixel(s) with any", **values),
              "months": lambda: tr("month(s) with a clear Sentinel-2 observation per pixel, out of {steps}: median "
                                   "{median:.0f}, min {min}, max {max} over the {pixels} pixel(s) with any", **values),
              "latent_dates": lambda: tr("clear Sentinel-2 date(s) behind each pixel's latent: median {median:.0f}, "
                                         "min {min}, max {max} over the {pixels} pixel(s) with any", **values),
              "latent": lambda: tr("valid latent window(s) per pixel (clear, not nodata), out of {steps}: median "
                                   "{median:.0f}, min {min}, max {max} over the {pixels} pixel(s) with any",
                                   **values)}[unit]()]
    none = n - int(some.sum())
    few = int((some & (count < FEW)).sum())
    if none:
        values = dict(count=none, total=n, percent=100.0 * none / n)
        lines.append({"s2": lambda: tr("{count} of {total} pixel(s) ({percent:.1f} %) have no valid date: NaN in the "
                                       "map", **values),
                      "months": lambda: tr("{count} of {total} pixel(s) ({percent:.1f} %) have no month with a clear "
                                           "Sentinel-2 observation: NaN in the map (the text-query models learnt from "
                                           "optical observations)", **values),
                      "latent_dates": lambda: tr("{count} of {total} pixel(s) ({percent:.1f} %) have no clear "
                                                 "Sentinel-2 date behind their latent: NaN in the map (the text-query "
                                                 "models learnt from optical observations)", **values),
                      "latent": lambda: tr("{count} of {total} pixel(s) ({percent:.1f} %) have no valid latent window: "
                                           "NaN in the map", **values)}[unit]())
    monthly = unit == "latent" and span_months is not None
    if monthly:                 # one window already spans months: a pixel with one valid window is not thin
        few = 0
    if (span_months if monthly else n_steps) < FEW:     # every pixel rests on few: said once for the input
        values = dict(steps=span_months if monthly else n_steps, few=FEW)
        unit = "months" if monthly else unit
        thin_input = {"s2": lambda: tr("the input holds {steps} date(s) only: every probability rests on fewer than "
                                       "{few} dates (the text-query models learnt from series of several months)",
                                       **values),
                      "months": lambda: tr("the latent covers {steps} month(s) only: every probability rests on fewer "
                                           "than {few} months (the text-query models learnt from series of several "
                                           "months)", **values),
                      "latent": lambda: tr("the latent holds {steps} window(s) only: every probability rests on fewer "
                                           "than {few} windows (the text-query models learnt from series of several "
                                           "months)", **values)}.get(unit)   # latent_dates: n_steps is the max seen
        if thin_input:
            lines.append(thin_input())
    elif few:
        values = dict(count=few, total=n, percent=100.0 * few / n, few=FEW)
        def few_dates():
            return tr("{count} of {total} pixel(s) ({percent:.1f} %) rest on fewer than {few} valid date(s): their "
                      "probabilities come from little data (the quality output counts them per pixel)", **values)
        lines.append({"s2": few_dates, "latent_dates": few_dates,
                      "months": lambda: tr("{count} of {total} pixel(s) ({percent:.1f} %) rest on fewer than {few} "
                                           "month(s) with a clear Sentinel-2 observation: their probabilities come "
                                           "from little data (the quality output counts them per pixel)", **values),
                      "latent": lambda: tr("{count} of {total} pixel(s) ({percent:.1f} %) rest on fewer than {few} "
                                           "valid latent window(s): their probabilities come from little data (the "
                                           "quality output counts them per pixel)", **values)}[unit]())
    return lines


__all__ = ["tower_reason", "input_lines", "date_lines", "lacking_bands_message", "season_shift", "coverage_lines",
           "months_covered", "count_unit", "optical_months", "described_bands", "QUALITY_BAND", "FEW"]
