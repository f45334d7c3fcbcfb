# SPDX-License-Identifier: GPL-3.0-or-later
"""The sun and view angles of eolatent:biophysical: the product's own where it carries them, else the user's
(SUN_ZENITH, VIEW_ZENITH, RELATIVE_AZIMUTH), else the sun computed from the acquisition time and place and stated
defaults for the view; and the checks on the user's values (:func:`checked_parameters`)."""
from __future__ import annotations

import math
from typing import List, Optional, Tuple

from ..i18n import tr
from . import retrieval as bio

DEFAULT_VIEW_ZENITH = 5.0        # degrees: the middle of Sentinel-2 MSI's 0–10.3° view zenith range
DEFAULT_RELATIVE_AZIMUTH = 90.0  # degrees: sun and view azimuths unknown, the view taken across the sun plane
DEFAULTS = dict(view_zenith=DEFAULT_VIEW_ZENITH, relative_azimuth=DEFAULT_RELATIVE_AZIMUTH)
S2_VIEW_ZENITH = 11.0            # degrees: MSI views at most about 10.3° off nadir (swath edge)
TRAINED_VIEW_ZENITH = 12.0       # degrees: the networks' simulations draw the view zenith from 0–12°
PARAMETERS = {"sun_zenith": "SUN_ZENITH", "view_zenith": "VIEW_ZENITH", "relative_azimuth": "RELATIVE_AZIMUTH"}


def checked_parameters(sun_zenith: Optional[float], view_zenith: Optional[float],
                       relative_azimuth: Optional[float]) -> Tuple[Optional[float], Optional[float], Optional[float],
                                                                   List[str]]:
    """(sun zenith, view zenith, relative azimuth, warnings): the angles given as parameters (None where not given),
    checked before the run. Refused (:class:`~.retrieval.BiophysicalInputError`): a value that is not a finite
    number, a sun zenith outside 0 to under 90° (at 90° and beyond the sun is on or below the horizon: no reflected
    sunlight to retrieve from) and a view zenith outside the same range. Warned: a view zenith above Sentinel-2's
    (about 0–11°; the networks were trained on 0–12° and extrapolate beyond). A relative azimuth outside 0–180° is
    normalised, not refused: modulo 360°, then 360° minus that above 180° (400° → 40°, −30° → 30°, 200° → 160°: the
    same geometry, as the networks take its cosine and were trained on 0–180°, the range of the product's own),
    with a warning that gives the value used."""
    values = dict(sun_zenith=sun_zenith, view_zenith=view_zenith, relative_azimuth=relative_azimuth)
    warnings: List[str] = []
    for key, value in values.items():
        if value is None:
            continue
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value):
            raise bio.BiophysicalInputError(tr("{parameter} = {value} is not an angle in degrees",
                                               parameter=PARAMETERS[key], value=values[key]))
        values[key] = value
    for key in ("sun_zenith", "view_zenith"):
        value = values[key]
        if value is not None and not 0.0 <= value < 90.0:
            raise bio.BiophysicalInputError(
                tr("{parameter} = {value:g}° is not a sun zenith angle the retrieval can use: give degrees from 0 to "
                   "under 90 (at 90° and beyond the sun is on or below the horizon)", parameter=PARAMETERS[key],
                   value=value) if key == "sun_zenith" else
                tr("{parameter} = {value:g}° is not a view zenith angle: give degrees from 0 to under 90 "
                   "(Sentinel-2 views at 0–{s2:g}°)", parameter=PARAMETERS[key], value=value, s2=S2_VIEW_ZENITH))
    vza, raa = values["view_zenith"], values["relative_azimuth"]
    if vza is not None and vza > S2_VIEW_ZENITH:
        warnings.append(tr("{parameter} = {value:g}° is outside Sentinel-2's view zenith range (0–{s2:g}°): the "
                           "networks were trained on 0–{trained:g}° and extrapolate beyond it (quality flag 1); give "
                           "the product's mean view zenith, or leave {parameter} empty for the default {default:g}°",
                           parameter=PARAMETERS["view_zenith"], value=vza, s2=S2_VIEW_ZENITH,
                           trained=TRAINED_VIEW_ZENITH, default=DEFAULT_VIEW_ZENITH))
    if raa is not None and not 0.0 <= raa <= 180.0:
        used = values["relative_azimuth"] = float(bio.relative_azimuth(raa, 0.0))
        warnings.append(tr("{parameter} = {value:g}° is outside 0–360°: {used:g}° used (the same geometry: modulo "
                           "360°, and 360° minus that above 180°)", parameter=PARAMETERS["relative_azimuth"],
                           value=raa, used=used) if not 0.0 <= raa <= 360.0 else
                        tr("{parameter} = {value:g}° taken as {used:g}° (the same geometry: the networks know "
                           "relative azimuths of 0–180°, and 360° minus the angle above 180°)",
                           parameter=PARAMETERS["relative_azimuth"], value=raa, used=used))
    return values["sun_zenith"], values["view_zenith"], values["relative_azimuth"], warnings


def _source_text(how: dict, when) -> str:
    """Where each angle comes from, in the user's language (``how`` as in :func:`date_angles`)."""
    names = {"sun_zenith": tr("sun zenith"), "view_zenith": tr("view zenith"),
             "relative_azimuth": tr("relative azimuth")}
    return ", ".join(tr("{angle} from product", angle=names[k]) if h == "product" else
                     tr("{angle} from parameters", angle=names[k]) if h == "parameters" else
                     tr("{angle} default", angle=names[k]) if h == "default" else
                     tr("{angle} computed from the acquisition time ({time}) and place", angle=names[k], time=when)
                     for k, h in how.items())


def date_angles(src, i: int, sun_zenith, view_zenith, rel_azimuth, source_texts: Optional[list] = None,
                sun_grid=None) -> dict:
    """Angles of date i: the product's own where present, else the user's values (checked by
    :func:`checked_parameters`), else the sun computed from the acquisition time and the centre of ``sun_grid``
    (default: the input's grid; a block run gives the whole raster's, so every block gets the sun of a whole run) and
    the stated view-geometry defaults (the log says which). ``source`` says where each comes from in English (output
    metadata); the same in the user's language (for the log) is appended to ``source_texts`` when given. A sun at or
    below the horizon (zenith ≥ 90°) is refused."""
    from ..inputs.sentinel2.cloud_shadows import sun_for

    a = src.angles(i) or {}
    sza = a.get("sun_zenith")
    vza = a.get("view_zenith")
    raa = None
    if a.get("sun_azimuth") is not None and a.get("view_azimuth") is not None:
        raa = float(bio.relative_azimuth(a["sun_azimuth"], a["view_azimuth"]))
    chosen = {"sun_zenith": sza if sza is not None else sun_zenith,
              "view_zenith": vza if vza is not None else view_zenith,
              "relative_azimuth": raa if raa is not None else rel_azimuth}
    how = {k: ("product" if v is not None else "parameters") for k, v in
           (("sun_zenith", sza), ("view_zenith", vza), ("relative_azimuth", raa))}
    when = None
    if chosen["sun_zenith"] is None:
        z, _, where = sun_for(a, src.dates[i], sun_grid or src.grid)
        if z is None:
            raise bio.BiophysicalInputError(tr(
                "date {date} of the input carries no sun angles and no CRS to compute them from; set {parameter} "
                "(degrees)", date=f"{src.dates[i]:%Y-%m-%d}", parameter="SUN_ZENITH"))
        when = where.replace("computed for ", "", 1)      # sun_for's English "computed for <time> UTC"
        chosen["sun_zenith"], how["sun_zenith"] = z, f"computed from the acquisition time ({when}) and place"
    for key, default in (("view_zenith", DEFAULT_VIEW_ZENITH), ("relative_azimuth", DEFAULT_RELATIVE_AZIMUTH)):
        if chosen[key] is None:
            chosen[key], how[key] = default, "default"     # one line for the run says how to change it
    for key in ("sun_zenith", "view_zenith"):
        if not 0.0 <= float(chosen[key]) < 90.0:
            raise bio.BiophysicalInputError(tr(
                "date {date}: {how}: {value:.1f}°, not a zenith angle the retrieval can use (0 to under 90°)",
                date=f"{src.dates[i]:%Y-%m-%d}",
                value=float(chosen[key]), how=_source_text({key: how[key]}, when)))
    result = {k: float(v) for k, v in chosen.items()}
    result["source"] = ", ".join(f"{k.replace('_', ' ')} from {how[k]}" if how[k] in ("product", "parameters")
                                 else f"{k.replace('_', ' ')} {how[k]}" for k in chosen)
    if source_texts is not None:
        source_texts.append(_source_text(how, when))
    return result


__all__ = ["DEFAULTS", "DEFAULT_VIEW_ZENITH", "DEFAULT_RELATIVE_AZIMUTH", "checked_parameters", "date_angles"]
