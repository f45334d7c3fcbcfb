# SPDX-License-Identifier: GPL-3.0-or-later
"""Inputs: readers of Sentinel-2 (:mod:`.sentinel2`) and Sentinel-1 (:mod:`.sentinel1`) products and stacks,
the stack builder (:mod:`.stackbuild`), the product level of a Sentinel-2 input (:mod:`.product_level`), sun
angles from date and place (:mod:`.solar`), GDAL dataset helpers (:mod:`.datasets`), the conventions of per-date rasters
(:mod:`.dated_rasters`: band dates, output specs, grids, interpolation in time) and the pixel time series of
per-date outputs (:mod:`.pixel_series`)."""
