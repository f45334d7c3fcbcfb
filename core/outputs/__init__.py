# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs: the one atomic, all-or-nothing GeoTIFF writer with exact statistics and the one GeoTIFF layout
(:mod:`.geotiff`; multi-date stacks: :mod:`.stackwriter`), writability checks, GDAL error capture and atomic
publication (:mod:`.files`), the one VRT XML writer (:mod:`.vrt`) and one VRT per date of a dated raster
(:mod:`.band_vrts`)."""
