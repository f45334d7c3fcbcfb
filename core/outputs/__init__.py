# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs: atomic, all-or-nothing GeoTIFFs with exact statistics and early writability checks
(:mod:`.geotiff`), the multi-date stack writer (:mod:`.stackwriter`), VRTs (:mod:`.band_vrts`) and the
conventions of per-date rasters (:mod:`.dated_rasters`)."""
