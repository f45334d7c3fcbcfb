# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-pixel time-series features of the satellite towers (docs/textquery_contract.md).

Shared by training (models/training/textquery) and the runtime, so both see exactly the same numbers.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..i18n import tr

S2_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
S2_CHANNELS = len(S2_BANDS) + 1  # + NDVI
S2_BANDS_NO_B8A = tuple(b for b in S2_BANDS if b != "B8A")  # the multi-region tower: 9-band composites work


def s2_features(refl: np.ndarray, valid: np.ndarray, doy: Sequence[float], bands: Sequence[str] = S2_BANDS):
    """Sentinel-2 series → tower inputs.

    ``refl`` [D, len(bands), ...] reflectance 0–1 in ``bands`` order (default :data:`S2_BANDS`; a tower's card
    names its own, e.g. the nine bands without B8A), NaN allowed, ``valid`` [D, ...] bool, ``doy`` [D] day of year of
    each date. Returns ``x`` [N, D, len(bands) + 1] (the bands, then NDVI from B04 and B08), ``valid`` [N, D],
    ``doy`` [N, D] (float32), N = the number of pixels (the trailing dimensions flattened, C order)."""
    bands = tuple(bands)
    refl = np.asarray(refl, np.float32)
    if refl.ndim < 2 or refl.shape[1] != len(bands):
        raise ValueError(tr("expected reflectance [dates, {count} bands, ...], got shape {shape}", count=len(bands),
                            shape=refl.shape))
    D = refl.shape[0]
    r = refl.reshape(D, len(bands), -1)
    ok = np.asarray(valid, bool).reshape(D, -1) & np.isfinite(r).all(1)
    r = np.where(ok[:, None], r, 0.0)
    red, nir = r[:, bands.index("B04")], r[:, bands.index("B08")]
    den = nir + red
    ndvi = np.where(ok & (den > 1e-6), (nir - red) / np.where(den > 1e-6, den, 1.0), 0.0)
    x = np.concatenate([r, ndvi[:, None]], 1).transpose(2, 0, 1)  # [N, D, C]
    n = x.shape[0]
    days = np.broadcast_to(np.asarray(doy, np.float32)[None, :], (n, D))
    return np.ascontiguousarray(x, np.float32), ok.T.astype(np.float32), np.ascontiguousarray(days, np.float32)


def latent_features(means: np.ndarray, doy: Sequence[float]):
    """Latent windows → tower inputs. ``means`` [W, L, ...] (NaN where a window has no valid observation), ``doy``
    [W] of the window centres. Returns ``x`` [N, W, L], ``valid`` [N, W], ``doy`` [N, W]."""
    m = np.asarray(means, np.float32)
    W, L = m.shape[:2]
    m = m.reshape(W, L, -1)
    ok = np.isfinite(m).all(1)
    x = np.where(ok[:, None], m, 0.0).transpose(2, 0, 1)
    n = x.shape[0]
    days = np.broadcast_to(np.asarray(doy, np.float32)[None, :], (n, W))
    return np.ascontiguousarray(x, np.float32), ok.T.astype(np.float32), np.ascontiguousarray(days, np.float32)


__all__ = ["s2_features", "latent_features", "S2_BANDS", "S2_BANDS_NO_B8A", "S2_CHANNELS"]
