# SPDX-License-Identifier: GPL-3.0-or-later
"""Scale-out: any algorithm run as independent blocks (one process or a Dask cluster), resumable, then
assembled into the outputs a whole-raster run writes. :mod:`.plan` (the output grid and its blocks),
:mod:`.jobs` (one adapter per algorithm: crop the inputs, run the core call), :mod:`.distributed` (the run)
and :mod:`.assembly` (VRT mosaic → final GeoTIFF)."""
