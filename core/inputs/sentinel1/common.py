# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared definitions of the Sentinel-1 readers: the error type, dB <-> linear power,
and parsers of file names and metadata tags (polarisation, acquisition time, platform,
orbit, units, calibration quantity).

File names understood (case-insensitive):

* S1Tiling: ``s1a_33TWM_vv_DES_022_20200108t052308.tif`` (``...txxxxxx`` when several
  images of the day were concatenated; ``_NormLim`` = sigma0 normalised by the local
  incidence angle, ``_GammaNaughtRTC`` = terrain-flattened gamma0; ``_filtered`` =
  speckle-filtered), linear power, with the sidecars ``*_BorderMask.tif`` (1 = valid),
  ``LIA_s1a_<tile>_<orbit>.tif`` (100 x degrees) and ``sin_LIA_...`` (sine);
* pyroSAR: ``S1A__IW___A_20150309T173017_VV_grd_mli_geo_norm_db.tif`` (sensor, mode,
  A/D orbit, start time, polarisation, processing steps; ``_db`` = decibels, ``norm``
  / ``gamma0`` / ``rtc`` = terrain-normalised gamma0, ``sigma0`` = sigma0);
* anything else with a polarisation token (``VV``/``VH``/``HH``/``HV``) and a date in the
  name or in the tags (POLARISATION/POLARIZATION, ACQUISITION_DATETIME / DATE, UNITS,
  QUANTITY / CALIBRATION, ORBIT_DIRECTION, PLATFORM / FLYING_UNIT_CODE, ...).
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Iterable, Optional

import numpy as np

from ..sentinel2.common import Grid, grid_of, iso_utc, parse_datetime, to_float, try_parse_datetime

__all__ = ["S1FormatError", "POLARISATIONS", "Grid", "grid_of", "iso_utc", "parse_datetime",
           "to_float", "try_parse_datetime", "db_to_linear", "linear_to_db"]


class S1FormatError(ValueError):
    """A Sentinel-1 input cannot be read; the message names the problem and the fix."""


#: Canonical order of the polarisations.
POLARISATIONS = ("VV", "VH", "HH", "HV")
#: Calibration quantities (radar backscatter coefficients).
QUANTITIES = ("sigma0", "gamma0", "beta0")

_TOKEN_SPLIT = re.compile(r"[_\-.\s]+")


def db_to_linear(db):
    """Decibels -> linear power (float32 array or float)."""
    return np.power(np.float32(10.0), np.asarray(db, dtype=np.float32) / np.float32(10.0))


def linear_to_db(lin):
    """Linear power -> decibels; values <= 0 give NaN."""
    lin = np.asarray(lin, dtype=np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.float32(10.0) * np.log10(lin)
    return np.where(lin > 0, out, np.float32(np.nan)).astype(np.float32)


def tokens(text: str) -> list:
    """Lower-case tokens of a file stem / description split at _ - . and blanks."""
    return [t for t in _TOKEN_SPLIT.split(str(text or "").lower()) if t]


def tag(tags: dict, names: Iterable[str]) -> Optional[str]:
    """First non-empty value among tag *names* (case-insensitive keys)."""
    upper = {str(k).upper(): v for k, v in (tags or {}).items()}
    for n in names:
        v = upper.get(n)
        if v is not None and str(v).strip():
            return str(v).strip()
    return None


# --------------------------------------------------------------------------- polarisation

_POL_TAGS = ("POLARISATION", "POLARIZATION", "POL", "POLARISATIONS", "POLARIZATIONS")


def pol_in_tokens(toks) -> Optional[str]:
    """The polarisation named by one token (vv, vh, sigma0 forms like 'sigma0_vv' split)."""
    found = [t.upper() for t in toks if t.upper() in POLARISATIONS]
    return found[0] if len(set(found)) == 1 else None


def pol_from_tags(tags: dict) -> Optional[str]:
    """Polarisation from a POLARISATION/POLARIZATION tag holding exactly one of VV..HV."""
    v = tag(tags, _POL_TAGS)
    if v and v.strip().upper() in POLARISATIONS:
        return v.strip().upper()
    return None


# --------------------------------------------------------------------------- dates

_DATE_TAGS = ("ACQUISITION_DATETIME", "ACQUISITION_DATETIME_1", "ACQUISITION_DATE", "DATE",
              "DATETIME_ACQUISITION", "SENSING_TIME", "START_TIME", "FIRST_LINE_TIME")
_STAMP_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})[tT](\d{2})(\d{2})(\d{2})(?!\d)")
_STAMP_X_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})[tT]x{6}", re.IGNORECASE)
_DAY_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)")


def date_from_name(name: str) -> Optional[datetime]:
    """Acquisition time from a file name: YYYYMMDDtHHMMSS (S1Tiling, pyroSAR),
    YYYYMMDDtxxxxxx (S1Tiling concatenations: date only), YYYY-MM-DD or YYYYMMDD."""
    for rx in (_STAMP_RE, _STAMP_X_RE, _DAY_RE):
        for m in rx.finditer(name or ""):
            g = [int(x) for x in m.groups()]
            try:
                return datetime(*g).replace(tzinfo=timezone.utc)
            except ValueError:
                continue
    return None


def date_from_tags(tags: dict) -> Optional[datetime]:
    """Acquisition time from the usual tags (ISO text), None when absent or unparsable."""
    return try_parse_datetime(tag(tags, _DATE_TAGS))


# --------------------------------------------------------------------------- platform, orbit

_PLATFORM_TAGS = ("FLYING_UNIT_CODE", "PLATFORM", "SPACECRAFT", "SPACECRAFT_NAME", "MISSION",
                  "SENSOR", "MISSION_ID", "SATELLITE")
_PLATFORM_RE = re.compile(r"(?<![A-Za-z0-9])S(?:ENTINEL)?[-_ ]?1([A-D])(?![A-Za-z0-9])",
                          re.IGNORECASE)


def normalize_platform(text) -> Optional[str]:
    """"S1A".."S1D" from "s1a", "Sentinel-1B", "S1A__IW___A_..." ; None otherwise."""
    if not text:
        return None
    m = _PLATFORM_RE.search(str(text))
    return "S1" + m.group(1).upper() if m else None


def platform_from(tags: dict, name: str) -> Optional[str]:
    return normalize_platform(tag(tags, _PLATFORM_TAGS)) or normalize_platform(name)


def normalize_direction(text) -> Optional[str]:
    """"ASCENDING"/"DESCENDING" from ASC/DES/A/D/ASCENDING/... ; None otherwise."""
    t = str(text or "").strip().upper()
    if t in ("A", "ASC", "ASCENDING"):
        return "ASCENDING"
    if t in ("D", "DES", "DESC", "DESCENDING"):
        return "DESCENDING"
    return None


def direction_from(tags: dict, toks) -> Optional[str]:
    d = normalize_direction(tag(tags, ("ORBIT_DIRECTION", "ORBITDIRECTION", "PASS",
                                       "FLIGHT_DIRECTION")))
    if d:
        return d
    for t in toks:  # S1Tiling: ASC / DES ; pyroSAR: the single letter slot A / D
        if t in ("asc", "des", "ascending", "descending"):
            return normalize_direction(t)
    return None


def pyrosar_direction(stem: str) -> Optional[str]:
    """The A/D slot of a pyroSAR identifier S1A__IW___A_YYYYMMDDTHHMMSS."""
    m = re.match(r"^S1[A-D]_{1,2}[A-Z0-9]{2,4}_{1,3}([AD])_\d{8}T\d{6}", stem, re.IGNORECASE)
    return normalize_direction(m.group(1)) if m else None


def relative_orbit_from(tags: dict, stem: str) -> Optional[int]:
    v = to_float(tag(tags, ("RELATIVE_ORBIT_NUMBER", "RELATIVE_ORBIT", "RELORBIT",
                            "TRACK", "ORBIT")))
    if v is not None and 1 <= v <= 175:
        return int(v)
    m = S1TILING_RE.match(stem)
    return int(m.group("orbit")) if m else None


# --------------------------------------------------------------------------- units, quantity

_UNIT_TAGS = ("UNITS", "UNIT", "BACKSCATTER_UNITS", "SCALING", "SCALE", "VALUE_UNITS")
_DB_WORDS = ("db", "decibel", "decibels", "log", "logarithmic")
_LIN_WORDS = ("linear", "lin", "power", "intensity", "natural", "amplitude_squared")


def units_from_text(text) -> Optional[str]:
    """"dB" / "linear" from a unit string, None when it says neither."""
    t = str(text or "").strip().lower()
    if not t:
        return None
    if t in _DB_WORDS or t.endswith("db") and len(t) <= 4:
        return "dB"
    if t in _LIN_WORDS or t in ("1", "m2/m2", "m^2/m^2", "unitless"):
        return "linear"
    return None


def units_from(tags: dict, unit: Optional[str], toks) -> Optional[str]:
    """Units from tags, the GDAL band unit, then name tokens ("db" / "lin")."""
    u = units_from_text(tag(tags, _UNIT_TAGS)) or units_from_text(unit)
    if u:
        return u
    if any(t in ("db", "decibel") for t in toks) or any(t.endswith("db") and t[:-2] in
                                                         ("sigma0", "gamma0", "beta0")
                                                         for t in toks):
        return "dB"
    if any(t in ("lin", "linear") for t in toks):
        return "linear"
    return None


_QUANTITY_TAGS = ("QUANTITY", "CALIBRATION", "CALIBRATION_TYPE", "BACKSCATTER_COEFFICIENT",
                  "RADIOMETRY", "MEASUREMENT")


def quantity_from_text(text) -> Optional[str]:
    """"sigma0" / "gamma0" / "beta0" from a calibration name (S1Tiling CALIBRATION values
    sigma / gamma / beta / normlim, "Sigma0_VV", "gamma0-rtc", "σ⁰", ...)."""
    t = str(text or "").lower().replace("σ", "sigma").replace("γ", "gamma").replace("β", "beta")
    t = t.replace("⁰", "0").replace("°", "0")
    if "normlim" in t:
        return "sigma0"  # S1Tiling: sigma0 normalised with the local incidence angle
    if "gammanaught" in t or "gamma" in t or "rtc" in t:
        return "gamma0"
    if "sigma" in t:
        return "sigma0"
    if "beta" in t:
        return "beta0"
    return None


def quantity_from(tags: dict, stem: str, toks) -> Optional[str]:
    q = quantity_from_text(tag(tags, _QUANTITY_TAGS))
    if q:
        return q
    q = quantity_from_text(stem)
    if q:
        return q
    if "norm" in toks:  # pyroSAR/GAMMA pixel-area normalisation: terrain-flattened gamma0
        return "gamma0"
    return None


# --------------------------------------------------------------------------- file kinds

#: S1Tiling product name (final product or its filtered / NormLim / gamma variants).
S1TILING_RE = re.compile(
    r"^(?P<unit>s1[a-d])_(?P<tile>\d{2}[a-z]{3})_(?P<pol>vv|vh|hh|hv)_(?P<dir>asc|des)_"
    r"(?P<orbit>\d{3})_(?P<stamp>\d{8}t(?:\d{6}|x{6}))(?P<rest>(?:_[a-z0-9]+)*)$", re.IGNORECASE)
#: S1Tiling incidence-angle sidecars: LIA_/sin_LIA_/IA_/sin_IA_/cos_IA_/tan_IA_ s1x_<tile>_<orbit>.
S1TILING_ANGLE_RE = re.compile(
    r"^(?P<kind>lia|sin_lia|ia|sin_ia|cos_ia|tan_ia)_(?P<unit>s1[a-d])_(?P<tile>\d{2}[a-z]{3})_"
    r"(?:(?:asc|des)_)?(?P<orbit>\d{3})$", re.IGNORECASE)
#: pyroSAR scene identifier at the start of a name.
PYROSAR_RE = re.compile(r"^S1[A-D]_{1,2}[A-Z0-9]{2,4}_{1,3}[AD]_\d{8}T\d{6}", re.IGNORECASE)

_INCIDENCE_WORDS = ("incidence", "inc", "lia", "angle", "theta", "incidenceangle",
                    "localincidenceangle", "incidence_angle", "local_incidence_angle",
                    "incidenceanglefromellipsoid", "inc_geo", "projectedlocalincidenceangle")
_MASK_WORDS = ("bordermask", "mask", "valid", "validity", "datamask", "ls", "layover")


def is_incidence_name(text) -> bool:
    """True for a band description / file stem naming an incidence angle."""
    t = str(text or "").strip().lower().replace(" ", "_")
    if t in _INCIDENCE_WORDS:
        return True
    toks = tokens(t)
    return bool(toks) and (toks[-1] in ("inc", "lia", "incidence", "incidenceangle",
                                        "localincidenceangle", "incidenceanglefromellipsoid")
                           or (len(toks) >= 2 and toks[-2:] == ["inc", "geo"]))


def is_mask_name(text) -> bool:
    toks = tokens(text)
    return bool(toks) and toks[-1] in ("bordermask", "mask", "validmask", "datamask")


def describe_paths(paths, limit: int = 6) -> str:
    paths = [str(p) for p in paths]
    return ", ".join(paths[:limit]) + (", ..." if len(paths) > limit else "")
