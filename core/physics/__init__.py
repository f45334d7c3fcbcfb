# SPDX-License-Identifier: GPL-3.0-or-later
"""Radiative transfer physics (numpy only; no qgis, torch or scipy).

* :mod:`.prospect` -- PROSPECT-D leaf model (Féret et al. 2017)
* :mod:`.sail` -- 4SAIL canopy model (Verhoef et al. 2007), Campbell LIDF
* :mod:`.prosail` -- public API: canopy reflectance, Sentinel-2 bands,
  fAPAR, fCOVER and a batched ``simulate`` for training sets
* :mod:`.special` -- exponential integral E1
* :mod:`.wcm` -- Water Cloud Model and soil backscatter for Sentinel-1 C-band

Data files (coefficients, soil spectra, Sentinel-2 SRFs) live in ``data/``;
see ``data/README.md`` for provenance and licences.
"""
from . import prosail, prospect, sail, special, wcm

__all__ = ["prosail", "prospect", "sail", "special", "wcm"]
