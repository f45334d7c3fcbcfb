# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:soilmoisture — surface soil moisture from Sentinel-1 backscatter and LAI (Water Cloud Model
inversion network): the retrieval on arrays (:mod:`.retrieval`) and the raster run (:mod:`.raster`)."""
from .retrieval import SoilMoistureInputError, retrieve

__all__ = ["retrieve", "SoilMoistureInputError"]
