# SPDX-License-Identifier: GPL-3.0-or-later
"""What eolatent:biophysical says about its input in the log: per date, the angles, the product level with the model
and bands, the cloud mask (one line for every date where they all say the same), and after the run the dates on
which no pixel, or few, could be retrieved (all nodata, cloud or shadow there)."""
from __future__ import annotations

from typing import List, Optional, Sequence

import numpy as np

from ..engine.input_checks import first_few
from ..i18n import tr
from . import retrieval as bio

FEW_VALID = 0.5          # a date with fewer valid pixels than this share is named in the log
NO_DETECTOR = "none (no cloud mask, and no detector"   # the start of S2Source.cloud_mask_source's tag for such dates


def _grouped(dates: Sequence[str], texts: Sequence[str], line) -> List[str]:
    """``line(date_label, text)`` per date, or once for every date where they all share one text."""
    if len(dates) > 1 and len(set(texts)) == 1:
        return [line(tr("all {count} dates", count=len(dates)), texts[0])]
    return [line(d, t) for d, t in zip(dates, texts)]


def _view_lines(angles: Sequence[dict], defaults: dict, given: dict) -> List[str]:
    """The view angles of the run that are stated defaults (the input carries none, none given), and those given
    that the input's own angles replace on some dates."""
    def used(key, how):        # the English ``source`` of the angles: language-independent
        return [a for a in angles if f"{key.replace('_', ' ')} {how}" in a["source"]]

    params = dict(view_zenith="VIEW_ZENITH", relative_azimuth="RELATIVE_AZIMUTH")
    names = dict(view_zenith=tr("view zenith"), relative_azimuth=tr("relative azimuth"))
    default = [k for k in params if used(k, "default")]
    lines = []
    if len(default) == 2:
        lines.append(tr("view zenith {view_zenith:g}° and relative azimuth {relative_azimuth:g}° are stated defaults "
                        "where the input carries no view angles (set {view_parameter} / {azimuth_parameter} to change "
                        "it)", view_zenith=defaults["view_zenith"], relative_azimuth=defaults["relative_azimuth"],
                        view_parameter="VIEW_ZENITH", azimuth_parameter="RELATIVE_AZIMUTH"))
    elif default:
        key = default[0]
        lines.append(tr("{angle} {value:g}° is a stated default where the input carries no view angles (set "
                        "{parameter} to change it)", angle=names[key], value=defaults[key], parameter=params[key]))
    for key, parameter in params.items():
        replaced = used(key, "from product")
        if given.get(key) is not None and replaced:
            lines.append(tr("{parameter} = {value:g}° given, but the input carries its own {angle} on {count} of "
                            "{total} date(s): the input's is used there", parameter=parameter, value=given[key],
                            angle=names[key], count=len(replaced), total=len(angles)))
    return lines


def input_lines(dates: Sequence[str], angles: Sequence[dict], sources: Sequence[str], per_date,
                cloud_masks: Sequence[str], defaults: dict, given: Optional[dict] = None) -> List[str]:
    """The log lines on the input: angles per date (each saying where it comes from), the view angles that are
    stated defaults or whose given value the input's own replace (``given``: the VIEW_ZENITH and RELATIVE_AZIMUTH
    given, as view_zenith / relative_azimuth, None where not), level + model + bands, clouds."""
    lines = [tr("{date}: sun zenith {sun_zenith:.1f}°, view zenith {view_zenith:.1f}°, relative azimuth "
                "{relative_azimuth:.1f}° ({source})", date=d, sun_zenith=a["sun_zenith"], view_zenith=a["view_zenith"],
                relative_azimuth=a["relative_azimuth"], source=source)
             for d, a, source in zip(dates, angles, sources)]
    lines += _view_lines(angles, defaults, given or {})
    priors = {"wide": tr("(wide prior)"), "codistributed": tr("(co-distributed prior)")}
    levels = [(lv, how, f"{m.id} {m.version} {priors[bio.prior_of(m.id)]}", " ".join(bio.model_bands(m)))
              for lv, how, m in per_date]

    def level_line(date, key):
        lv, how, model, bands = key
        values = dict(date=date, level=lv, how=how, model=model, bands=bands)
        return (tr("{date}: top-of-atmosphere reflectance ({level}, {how}); model {model}, bands {bands}", **values)
                if lv == "L1C" else
                tr("{date}: surface reflectance ({level}, {how}); model {model}, bands {bands}", **values))

    lines += _grouped(dates, levels, level_line)
    lines += _grouped(dates, list(cloud_masks), lambda d, how: tr("{date}: clouds and shadows: {how}", date=d,
                                                                   how=how))
    return lines


def no_detector_lines(dates: Sequence[str], cloud_masks: Sequence[str]) -> List[str]:
    """Warnings for the dates whose clouds cannot be detected (``cloud_masks``: S2Source.cloud_mask_source per date,
    "none (no cloud mask, and no detector for bands …)" there): clouds are retrieved as if they were vegetation."""
    from ..inputs.sentinel2.clouds import RULES_BANDS

    undetected = [d for d, how in zip(dates, cloud_masks) if how.startswith(NO_DETECTOR)]
    if not undetected:
        return []
    return [tr("no cloud detection on {count} date(s) ({dates}): the input carries no cloud mask and lacks bands the "
               "detectors need (at least {bands}); clouds and their shadows are retrieved as if they were vegetation, "
               "without quality flag 4 — give the 20 m bands (B11 at least) or a cloud mask band (described SCL, CLM, "
               "CLOUD or VALID) with the input, or mask the clouds beforehand", count=len(undetected),
               dates=first_few(undetected, 3),
               bands=", ".join(RULES_BANDS))]


def trained_max(model, angle: str) -> Optional[float]:
    """The largest ``angle`` (degrees) among the model's training inputs (its card's input domain), None if unknown."""
    for spec in model.card.get("inputs", []):
        names, top = spec.get("bands", []), (spec.get("domain") or {}).get("max")
        if angle in names and top and len(top) == len(names):
            return float(top[names.index(angle)])
    return None


def sun_beyond_training(dates: Sequence[str], zeniths, models) -> dict:
    """Of the dates whose sun zenith is beyond the largest their model was trained on (the low winter sun of high
    latitudes: 71° at 50° N in mid-November, against 70°): ``count``, ``trained`` (the smallest such largest) and
    ``dates`` (the first few, each with its sun, for a message); {} when there is none. Biophysical flags every pixel
    of such a date 1; soil moisture takes its LAI."""
    beyond = [(d, float(z), top) for d, z, m in zip(dates, zeniths, models)
              if (top := trained_max(m, "sun_zenith")) is not None and z > top]
    if not beyond:
        return {}
    return dict(count=len(beyond), trained=min(t for _, _, t in beyond),
                dates=first_few([tr("{date}: {zenith:.1f}°", date=d, zenith=z) for d, z, _ in beyond], 3))


def sun_beyond_training_lines(dates: Sequence[str], angles: Sequence[dict], per_date) -> List[str]:
    """Warnings for the dates whose sun zenith is beyond the largest the date's model was trained on
    (:func:`sun_beyond_training`): every pixel of those dates falls outside the training domain (quality flag 1),
    and the values are the networks' extrapolation."""
    beyond = sun_beyond_training(dates, [a["sun_zenith"] for a in angles], [m for _, _, m in per_date])
    if not beyond:
        return []
    return [tr("sun zenith beyond the {trained:.1f}° the model was trained on, on {count} date(s) ({dates}): every "
               "pixel of those dates is flagged 1 (input outside the training domain) and its values are the "
               "networks' extrapolation; read them with care, or build the stack without them (eolatent:buildstack "
               "START_DATE / END_DATE, or untick them in the stack dock)", **beyond)]


def coverage_lines(dates: Sequence[str], valid: Sequence[int], n_pixels: int, smoothed: bool = False) -> List[str]:
    """After the run: the dates without any retrieved pixel, and those with fewer than FEW_VALID of them
    (``smoothed``: the temporal smoother gap-fills them)."""
    share = np.asarray(valid, np.float64) / max(1, int(n_pixels))
    empty = [d for d, s in zip(dates, share) if s == 0]
    few = [f"{d} ({100 * s:.0f} %)" for d, s in zip(dates, share) if 0 < s < FEW_VALID]
    lines = []
    if empty and len(empty) < len(dates):
        values = dict(count=len(empty), dates=", ".join(empty))
        lines.append(tr("no pixel retrieved on {count} date(s): {dates} (nodata, cloud or shadow everywhere): the "
                        "smoother gap-fills them from the other dates (quality flag 32)", **values) if smoothed else
                     tr("no pixel retrieved on {count} date(s): {dates} (nodata, cloud or shadow everywhere): their "
                        "bands are nodata (quality flag 4)", **values))
    if few:
        lines.append(tr("fewer than half the pixels retrieved on {count} date(s): {dates} (the others nodata, cloud "
                        "or shadow)", count=len(few), dates=", ".join(few)))
    return lines


__all__ = ["input_lines", "coverage_lines", "no_detector_lines", "FEW_VALID"]
