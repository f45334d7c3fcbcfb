# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:biophysical — LAI, FAPAR, FCOVER, CCC and CWC from Sentinel-2 with a calibrated 1σ: the
retrieval on arrays (:mod:`.retrieval`), the non-vegetation rules (:mod:`.nonvegetation`), temporal
smoothing (:mod:`.temporal_smoothing`, :mod:`.banded_linalg`) and the raster run (:mod:`.raster`).

``from eolatent.core.biophysical import retrieve`` is the public array API (README).
"""
from .retrieval import BiophysicalInputError, VARIABLES, choose_model_id, load, retrieve, retrieve_arrays

__all__ = ["retrieve", "retrieve_arrays", "load", "choose_model_id", "VARIABLES", "BiophysicalInputError"]
