# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared definitions of the Sentinel-2 readers.

Band names, the error type, the reference :class:`Grid`, and small helpers to
parse dates (always returned as timezone-aware UTC ``datetime``), platform names,
angles (degrees) and product XML files (namespace-agnostic).
"""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET  # nosec B405 - see parse_xml: DTDs and entities are refused
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Iterator, NamedTuple, Optional

from rasterio.transform import array_bounds

from ...i18n import tr


class S2FormatError(ValueError):
    """A Sentinel-2 input cannot be read; the message names the problem and the fix."""


#: Canonical band order (ESA band_id order 0..12: B8A follows B08).
S2_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07",
            "B08", "B8A", "B09", "B10", "B11", "B12")

#: Native ground sampling distance of each band, metres.
NATIVE_RESOLUTION_M = {
    "B01": 60, "B02": 10, "B03": 10, "B04": 10, "B05": 20, "B06": 20, "B07": 20,
    "B08": 10, "B8A": 20, "B09": 60, "B10": 60, "B11": 20, "B12": 20,
}

#: Bands at 20 m (used to decide when 20 m masks apply).
BANDS_20M = frozenset(b for b, r in NATIVE_RESOLUTION_M.items() if r == 20)

#: Angle keys returned by ``S2Source.angles`` (all in degrees).
ANGLE_KEYS = ("sun_zenith", "sun_azimuth", "view_zenith", "view_azimuth")

_BAND_RE = re.compile(r"B(?:AND)?[_ ]?0*([1-9]|1[0-2]|8A)", re.IGNORECASE)


def normalize_band_name(name) -> Optional[str]:
    """Canonical band name ("B02", "B8A", ...) for spellings like "B2", "b02", "B8a";
    None when *name* is not a Sentinel-2 band name."""
    if name is None:
        return None
    m = _BAND_RE.fullmatch(str(name).strip())
    if not m:
        return None
    token = m.group(1).upper()
    return "B8A" if token == "8A" else "B%02d" % int(token)  # nosec B105 - a band name, not a password


def band_list_text(names: Iterable[str]) -> str:
    """Comma-separated band names for messages."""
    names = [str(n) for n in names]
    return ",".join(names) if names else tr("none")


class Grid(NamedTuple):
    """A north-up raster grid: CRS, affine transform (pixel corner), size in pixels."""

    crs: object
    transform: object
    width: int
    height: int

    @property
    def shape(self):
        """(height, width) in pixels."""
        return (self.height, self.width)

    @property
    def res(self):
        """Pixel size (x, y) in CRS units (metres for UTM), positive."""
        return (abs(self.transform.a), abs(self.transform.e))

    @property
    def bounds(self):
        """(west, south, east, north) in CRS units."""
        return array_bounds(self.height, self.width, self.transform)

    @property
    def res_metres(self):
        """Pixel size (x, y) in metres: :attr:`res` for a projected CRS; for a geographic one (degrees), the size
        on the ground at the grid's central latitude (1° of latitude ≈ 111 320 m, of longitude that × cos φ)."""
        rx, ry = self.res
        if not getattr(self.crs, "is_geographic", False):
            return (rx, ry)
        west, south, east, north = self.bounds
        lat = math.radians(min(89.0, max(-89.0, (south + north) / 2.0)))
        return (rx * 111320.0 * math.cos(lat), ry * 111320.0)


def grid_of(ds) -> Grid:
    """The :class:`Grid` of an open rasterio dataset."""
    return Grid(ds.crs, ds.transform, int(ds.width), int(ds.height))


# --------------------------------------------------------------------------- dates

_ISO_RE = re.compile(
    r"\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)

_NAME_DATE_RE = re.compile(
    r"(?<!\d)(?:((?:19|20)\d{2})-(\d{2})-(\d{2})"
    r"|((?:19|20)\d{2})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?)(?!\d)")


def parse_datetime(value) -> datetime:
    """Parse an ISO date/datetime (str, date or datetime) into an aware UTC datetime.

    Accepts "2015-07-11", "20150711", "2015-07-11T10:00:08.123Z", "+hh:mm" offsets.
    Naive values are taken as UTC. Raises ValueError when it cannot be parsed.
    """
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        m = _ISO_RE.match(str(value))
        if not m:
            raise ValueError(tr("not an ISO date: {value}", value=repr(value)))
        y, mo, d, hh, mi, ss, frac, tz = m.groups()
        micro = int((frac or "0")[:6].ljust(6, "0"))
        dt = datetime(int(y), int(mo), int(d), int(hh or 0), int(mi or 0),
                      int(ss or 0), micro)
        if tz and tz.upper() != "Z":
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            dt = dt.replace(tzinfo=timezone(sign * off))
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def try_parse_datetime(value) -> Optional[datetime]:
    """:func:`parse_datetime` or None."""
    if value is None or str(value).strip() == "":
        return None
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return None


def date_in_text(text: str):
    """First valid date (YYYY-MM-DD, YYYYMMDD or YYYYMMDDTHHMMSS) in *text*.

    Returns (datetime UTC, match) or (None, None)."""
    for m in _NAME_DATE_RE.finditer(text or ""):
        g = m.groups()
        try:
            if g[0]:
                dt = datetime(int(g[0]), int(g[1]), int(g[2]))
            else:
                dt = datetime(int(g[3]), int(g[4]), int(g[5]),
                              int(g[6] or 0), int(g[7] or 0), int(g[8] or 0))
        except ValueError:
            continue
        return dt.replace(tzinfo=timezone.utc), m
    return None, None


def iso_utc(dt: datetime) -> str:
    """ISO text of a UTC datetime, e.g. "2015-07-11T10:00:08Z"."""
    dt = parse_datetime(dt)
    text = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if dt.microsecond:
        text += ".%06d" % dt.microsecond
    return text + "Z"


# --------------------------------------------------------------------------- misc

_PLATFORM_RE = re.compile(r"S(?:ENTINEL)?[-_ ]?2([A-D])(?![A-Za-z])", re.IGNORECASE)


def normalize_platform(text) -> Optional[str]:
    """"S2A"/"S2B"/"S2C"/"S2D" from "Sentinel-2A", "SENTINEL2B", "S2A_MSIL2A...", else None."""
    if not text:
        return None
    m = _PLATFORM_RE.search(str(text))
    return "S2" + m.group(1).upper() if m else None


def to_float(value) -> Optional[float]:
    """Finite float or None."""
    try:
        f = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def mean_angles(zeniths, azimuths):
    """(mean zenith, circular mean azimuth) in degrees, ignoring None; None when empty."""
    zs = [z for z in zeniths if z is not None]
    az = [a for a in azimuths if a is not None]
    zen = sum(zs) / len(zs) if zs else None
    azi = None
    if az:
        s = sum(math.sin(math.radians(a)) for a in az)
        c = sum(math.cos(math.radians(a)) for a in az)
        azi = math.degrees(math.atan2(s, c)) % 360.0
    return zen, azi


def empty_angles() -> dict:
    """Angle dict with every value None."""
    return {k: None for k in ANGLE_KEYS}


# --------------------------------------------------------------------------- XML

def parse_xml(path) -> ET.Element:
    """Root element of an XML metadata file; S2FormatError when unreadable.

    Product metadata never needs a DTD: a file declaring one (DOCTYPE/ENTITY: entity-expansion bombs,
    external entities) is refused before parsing, which makes the standard parser safe here."""
    try:
        with open(str(path), "rb") as fh:
            data = fh.read()
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise S2FormatError(tr("the metadata file {path} declares a DTD or entities, which Sentinel-2 metadata "
                                   "never does; it is refused for safety - download the product again", path=path))
        return ET.fromstring(data)  # nosec B314 - DTDs and entities refused above
    except (ET.ParseError, OSError) as exc:
        raise S2FormatError(tr(
            "cannot parse the metadata file {path} ({error}); the product is incomplete or "
            "corrupt - download or unzip it again", path=path, error=exc)) from None


def local_name(tag) -> str:
    """Tag without its XML namespace."""
    return str(tag).rsplit("}", 1)[-1]


def xml_iter(root: ET.Element, name: str) -> Iterator[ET.Element]:
    """All descendants (and *root*) whose local tag name is *name*."""
    for el in root.iter():
        if local_name(el.tag) == name:
            yield el


def xml_text(root: ET.Element, *names: str) -> Optional[str]:
    """Stripped text of the first element named one of *names* (in order of names)."""
    for name in names:
        for el in xml_iter(root, name):
            if el.text and el.text.strip():
                return el.text.strip()
    return None


def xml_child_float(el: ET.Element, name: str) -> Optional[float]:
    """Float value of the direct child *name* of *el*, or None."""
    for child in el:
        if local_name(child.tag) == name:
            return to_float(child.text)
    return None
