# SPDX-License-Identifier: GPL-3.0-or-later
"""Non-vegetated surfaces (water, snow, bare soil / built-up) recognised from the spectrum.

The biophysical network was trained on PROSAIL canopies over soil; it has never seen water, snow or
asphalt and extrapolates there (open water used to get LAI ≈ 1.2). These surfaces are recognised from
band ratios with thresholds that sit outside what the training simulations produce for canopies with
LAI ≥ 0.5 (measured in models/training/README.md, "Non-vegetation"), and their variables are set to 0
with the quality flag :data:`FLAG_NON_VEGETATION`:

* water: NDWI = (B03 − B08) / (B03 + B08) > 0 and B08 < 0.15 (open water is darker in the NIR than
  in the green; McFeeters 1996);
* snow / ice: NDSI = (B03 − B11) / (B03 + B11) > 0.4, B03 > 0.15 and NDVI < 0.2 (Hall et al. 1995;
  needs B11; the NDVI condition keeps pale, wet dense canopies out);
* bare soil, rock, built-up: NDVI = (B08 − B04) / (B08 + B04) < :data:`NDVI_BARE` (0.15 for surface
  reflectance, 0.12 for top-of-atmosphere reflectance, whose NDVI the atmosphere lowers). In the
  training simulations only canopies with LAI < 0.5 reach NDVI < 0.15 (0.1 % quantile of NDVI at
  LAI 0.5–1: 0.20), so the rule costs at most a sparse canopy's LAI.

B8A stands in for B08 where B08 is missing. Pixels with NaN bands are left alone (they are invalid).
"""
from __future__ import annotations

from typing import Sequence, Tuple

import numpy as np

FLAG_NON_VEGETATION = 8
NDVI_BARE = {"L2A": 0.15, "L1C": 0.12}
KIND_NONE, KIND_WATER, KIND_SNOW, KIND_BARE = 0, 1, 2, 3
KIND_NAMES = {KIND_WATER: "water", KIND_SNOW: "snow/ice", KIND_BARE: "bare soil/built-up"}


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return (a - b) / (a + b)


def classify(refl: np.ndarray, band_names: Sequence[str], level: str = "L2A") -> np.ndarray:
    """Kind of non-vegetated surface per pixel (``KIND_*``, uint8) of ``refl`` (N, B) in ``band_names`` order."""
    names = list(band_names)

    def band(*choices):
        for c in choices:
            if c in names:
                return refl[:, names.index(c)].astype(np.float32)
        return None

    green, red, nir, swir = band("B03"), band("B04"), band("B08", "B8A"), band("B11")
    kind = np.zeros(refl.shape[0], np.uint8)
    if green is None or red is None or nir is None:
        return kind
    ndvi = _ratio(nir, red)
    kind[ndvi < NDVI_BARE.get(level, NDVI_BARE["L2A"])] = KIND_BARE
    if swir is not None:
        kind[(_ratio(green, swir) > 0.4) & (green > 0.15) & (ndvi < 0.2)] = KIND_SNOW
    kind[(_ratio(green, nir) > 0.0) & (nir < 0.15)] = KIND_WATER
    kind[~np.isfinite(ndvi)] = KIND_NONE
    return kind


def apply(mean: np.ndarray, flags: np.ndarray, refl: np.ndarray, band_names: Sequence[str],
          level: str = "L2A") -> Tuple[np.ndarray, np.ndarray]:
    """Set every variable to 0 where the spectrum is not vegetation and add :data:`FLAG_NON_VEGETATION`.

    ``mean`` (N, K) and ``flags`` (N,) are modified in place (and returned); the 1σ is kept (it says how
    much LAI the spectrum could hide). Returns (mean, kind) with ``kind`` from :func:`classify`.
    """
    kind = classify(refl, band_names, level)
    hit = (kind != KIND_NONE) & np.isfinite(mean).all(axis=1)
    mean[hit] = 0.0
    flags[hit] |= FLAG_NON_VEGETATION
    kind[~hit] = KIND_NONE
    return mean, kind
