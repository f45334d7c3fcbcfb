# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-2 readers: one API over GeoTIFFs, stacks, ESA SAFE and Theia/MAJA products.

Example::

    from eolatent.core.inputs.sentinel2 import open_s2
    with open_s2("S2B_MSIL2A_20210703T102029_N0301_R065_T32TQM_20210703T130009.SAFE") as src:
        refl, valid = src.read(0, window, ["B04", "B08"])

``open_s2(path)`` accepts a per-date multiband GeoTIFF (bands named in the band
descriptions), a multi-date stack GeoTIFF written by :func:`write_s2_stack`, a SAFE
L2A folder (or its MTD_MSIL2A.xml; L1C works too), a Theia/MAJA L2A folder, or a list
of these. The :class:`S2Source` gives ``grid`` (the 10 m reference :class:`Grid`),
``dates`` (aware UTC datetimes, ascending), ``band_names``, ``platform(i)``,
``angles(i)`` (degrees), ``cloud_cover(i)`` (percent) and ``read(i, window, bands)``
-> ``(reflectance float32 (B, h, w) 0-1 with NaN where invalid, valid bool (h, w))``.
Dates without a cloud mask get clouds and shadows detected (:mod:`.clouds`;
``open_s2(path, detect_clouds=False)`` keeps their pixels).
Errors are :class:`S2FormatError` (a ValueError) naming the problem and the fix.
"""
from .clouds import CloudOptions
from .common import S2_BANDS, Grid, S2FormatError
from .opener import open_s2
from .source import S2Source
from .stack import write_s2_stack

__all__ = ["open_s2", "S2Source", "S2FormatError", "Grid", "write_s2_stack", "S2_BANDS", "CloudOptions"]
