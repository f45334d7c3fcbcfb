# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-1 backscatter readers: one API over S1Tiling, pyroSAR and plain GeoTIFFs.

Example::

    from eolatent.core.inputs.sentinel1 import open_s1
    with open_s1("S1Tiling/33TWM") as src:              # a folder, a file or a list
        db, valid = src.read(0, window, ["VV", "VH"])    # dB; db=False for linear power

``open_s1(path)`` accepts per-date GeoTIFFs of one polarisation (S1Tiling
``s1a_33TWM_vv_DES_022_20200108t052308.tif`` and its ``_NormLim`` /
``_GammaNaughtRTC`` variants, pyroSAR ``S1A__IW___A_20150309T173017_VV_..._db.tif``,
or any file with VV/VH/HH/HV and a date in its name or tags), multi-band files with
bands described VV, VH (and an incidence band), stacks written by
:func:`write_s1_stack`, folders of these (searched recursively) or a list. The
:class:`S1Source` gives ``grid``, ``dates`` (aware UTC datetimes, ascending),
``polarisations``, ``platform(i)``, ``orbit_direction(i)``, ``relative_orbit(i)``,
``quantity(i)`` ("sigma0"/"gamma0"/"beta0"), ``incidence(i, window)`` (degrees or None)
and ``read(i, window, pols, db=True)`` -> ``(values float32 (P, h, w) in dB or linear
power with NaN where invalid, valid bool (h, w))``. dB vs linear is taken from tags,
then the name (``_db``), then the value distribution. Errors are
:class:`S1FormatError` (a ValueError) naming the problem and the fix.
"""
from .common import POLARISATIONS, Grid, S1FormatError, db_to_linear, linear_to_db
from .opener import open_s1
from .scan import Acquisition
from .source import S1Source
from .stack import StackWriter, write_s1_stack

__all__ = ["open_s1", "S1Source", "S1FormatError", "Grid", "write_s1_stack", "StackWriter",
           "POLARISATIONS", "db_to_linear", "linear_to_db", "Acquisition"]
