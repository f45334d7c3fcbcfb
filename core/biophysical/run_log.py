# SPDX-License-Identifier: GPL-3.0-or-later
"""What eolatent:biophysical says about its input in the log: per date, the angles, the product level with the model
and bands, the cloud mask (one line for every date where they all say the same), and after the run the dates on
which no pixel, or few, could be retrieved (all nodata, cloud or shadow there)."""
from __future__ import annotations

from typing import List, Sequence

import numpy as np

from ..i18n import tr
from . import retrieval as bio

FEW_VALID = 0.5          # a date with fewer valid pixels than this share is named in the log


def _grouped(dates: Sequence[str], texts: Sequence[str], line) -> List[str]:
    """``line(date_label, text)`` per date, or once for every date where they all share one text."""
    if len(dates) > 1 and len(set(texts)) == 1:
        return [line(tr("all {count} dates", count=len(dates)), texts[0])]
    return [line(d, t) for d, t in zip(dates, texts)]


def input_lines(dates: Sequence[str], angles: Sequence[dict], sources: Sequence[str], per_date,
                cloud_masks: Sequence[str], defaults: dict) -> List[str]:
    """The log lines on the input: angles per date, the stated defaults, level + model + bands, clouds."""
    lines = [tr("{date}: sun zenith {sun_zenith:.1f}°, view zenith {view_zenith:.1f}°, relative azimuth "
                "{relative_azimuth:.1f}° ({source})", date=d, sun_zenith=a["sun_zenith"], view_zenith=a["view_zenith"],
                relative_azimuth=a["relative_azimuth"], source=source)
             for d, a, source in zip(dates, angles, sources)]
    if any(" default" in a["source"] for a in angles):     # the English ``source``: language-independent
        lines.append(tr("view zenith {view_zenith:g}° and relative azimuth {relative_azimuth:g}° are stated defaults "
                        "where the input carries no view angles (set {view_parameter} / {azimuth_parameter} to change "
                        "it)", view_zenith=defaults["view_zenith"], relative_azimuth=defaults["relative_azimuth"],
                        view_parameter="VIEW_ZENITH", azimuth_parameter="RELATIVE_AZIMUTH"))
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


__all__ = ["input_lines", "coverage_lines", "FEW_VALID"]
