# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped variants of the biophysical retrieval network: band set and product level.

Every variant is trained by train_biophysical.py on PROSAIL simulations of its training prior (biophysical_priors.py);
what the network sees differs:

* ``s2`` — the 10 bands B02…B12 (with B8A), surface reflectance (Level-2A, BOA);
* ``s2_nob8a`` — the 9 bands without B8A (composites such as WorldCereal's), BOA;
* ``s2_10m`` — the four 10 m bands B02 B03 B04 B08, BOA, for 10 m output on request;
* ``s2_toa`` — the 10 bands as top-of-atmosphere reflectance (Level-1C): the BOA simulations pass
  through the atmosphere model (atmosphere.py) with one realistic atmosphere drawn per sample;

and each again as ``<name>_codist``, trained on the ``codistributed`` prior instead of the ``wide`` one
(biophysical_priors.PRIORS; the retrieval's PRIOR parameter).
"""
from __future__ import annotations

from typing import Dict, Optional

import numpy as np

from eolatent.models.training import simulate_biophysical as sim

ALL = sim.INPUT_BANDS
VARIANTS: Dict[str, dict] = {
    "s2": dict(id="eolatent.biophysical.s2", bands=ALL, level="BOA", file="models/biophysical_s2.onnx"),
    "s2_nob8a": dict(id="eolatent.biophysical.s2.nob8a", bands=tuple(b for b in ALL if b != "B8A"), level="BOA",
                     file="models/biophysical_s2_nob8a.onnx"),
    "s2_10m": dict(id="eolatent.biophysical.s2.10m", bands=("B02", "B03", "B04", "B08"), level="BOA",
                   file="models/biophysical_s2_10m.onnx"),
    "s2_toa": dict(id="eolatent.biophysical.s2.toa", bands=ALL, level="TOA", file="models/biophysical_s2_toa.onnx"),
}
for _name, _spec in list(VARIANTS.items()):      # each band set and level with the co-distributed prior too
    _spec["prior"] = "wide"
    VARIANTS[_name + "_codist"] = dict(_spec, id=_spec["id"] + ".codist", prior="codistributed",
                                       file=_spec["file"].replace(".onnx", "_codist.onnx"))
# The SL2P-design baseline's bands within each variant (SL2P 20 m: 8 bands; SL2P 10 m: B03 B04 B08)
SL2P_BANDS = ("B03", "B04", "B05", "B06", "B07", "B8A", "B11", "B12")
SL2P_10M_BANDS = ("B03", "B04", "B08")


def sl2p_bands(variant: str) -> tuple:
    bands = VARIANTS[variant]["bands"]
    wanted = SL2P_10M_BANDS if variant == "s2_10m" else SL2P_BANDS
    got = tuple(b for b in wanted if b in bands)
    return got if len(got) >= 3 else tuple(b for b in SL2P_10M_BANDS)


def prepare(ds: dict, variant: str, rng: Optional[np.random.Generator] = None, noise: bool = True) -> dict:
    """A simulated data set (simulate_biophysical.simulate_dataset) as the ``variant`` sees it.

    Returns a copy whose ``bands`` (noisy when ``noise``), ``bands_clean`` and ``band_idx`` hold only the
    variant's bands; for a TOA variant the clean spectra first go through one atmosphere per sample
    (drawn with ``rng``), and ``atmosphere`` holds the drawn conditions.
    """
    spec = VARIANTS[variant]
    cols = [ALL.index(b) for b in spec["bands"]]
    clean = ds["bands_clean"]
    out = {k: v for k, v in ds.items() if k not in ("bands", "bands_clean", "band_idx")}
    if spec["level"] == "TOA":
        from eolatent.models.training import atmosphere
        if rng is None:
            raise ValueError("a TOA variant needs a random generator for the atmospheres")
        atm = atmosphere.sample_atmospheres(clean.shape[0], rng)
        ang = ds["angles"]
        clean = atmosphere.toa_from_boa(clean, list(ALL), ang[:, 0], ang[:, 1], ang[:, 2], **atm)
        out["atmosphere"] = atm
    band_idx = [ds["band_idx"][c] for c in cols]
    out["bands_clean"] = clean[:, cols]
    out["band_idx"] = band_idx
    if noise:
        noise_rng = rng if rng is not None else np.random.default_rng(0)
        out["bands"] = sim.add_noise(out["bands_clean"], noise_rng, band_idx)
    else:
        out["bands"] = out["bands_clean"].copy()
    return out
