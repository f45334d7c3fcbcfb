# SPDX-License-Identifier: GPL-3.0-or-later
"""Physics-simulated Sentinel-2 time series of the simulated text-query classes (captions.CLASSES, ``simulated``):
the entry point. :func:`make_emulator` trains the frozen PROSAIL emulator, :func:`simulate` draws the clean series
of each class, :func:`class_mean_spectra` and :data:`RECIPE_SUMMARY` describe them for the card.

The pieces live in two modules, whose public names are re-exported here (callers use ``simu.<name>``):

* sim_surfaces.py — dates, validity and the surface reflectance recipe of each class (recipes and sources in its
  docstring);
* sim_observation.py — the L1C-TOA-like perturbation, the band noise and the tower inputs (:func:`s2_inputs`,
  :func:`latent_inputs`).
"""
from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np
import torch

from eolatent.models.training.pivotal import emulator as emul

from .sim_observation import (GAS_HI, GAS_LO, NOISE_AD, NOISE_MD, P_TOA, add_noise, latent_inputs, rayleigh_od,
                              s2_inputs, toa_perturbation)
from .sim_surfaces import (A_PH_STAR, A_WATER, BANDS, CANOPY, EVERGREEN_FRACTION, MAX_DATES, P_INVALID, SNOW, URBAN,
                           WATER, WAVELENGTH_UM, _validity, surface, water_reflectance)

SIM_CLASSES = ("bare soil", "sparse vegetation", "grassland", "forest", "open woodland", "dense crops",
               "cultivated land", "clear water", "turbid water", "artificial surface", "snow")


def make_emulator(seed: int, quick: bool = False, log=print):
    """The frozen PROSAIL → S2 emulator (pivotal/emulator.py), trained here, seeded."""
    if quick:
        return emul.train_emulator(3000, 500, 4, seed, log=log)
    return emul.train_emulator(20000, 2000, 20, seed, log=log)


def simulate(rng: np.random.Generator, emu, n_per_class: int, classes: Sequence[str] = SIM_CLASSES) -> Dict:
    """Clean (noise-free) series of each class: ``refl`` [N, D, 10] (TOA-perturbed for the ``toa`` series),
    ``valid`` [N, D] bool, ``doy`` [N, D], ``label`` [N] (index into ``classes``), ``toa`` [N] bool."""
    out = {k: [] for k in ("refl", "valid", "doy", "label", "toa")}
    for ci, name in enumerate(classes):
        refl, nd, doy = surface(rng, emu, name, n_per_class)
        ok, present = _validity(rng, nd)
        toa = rng.random(n_per_class) < P_TOA
        T, path = toa_perturbation(rng, (n_per_class, MAX_DATES), doy)
        refl = np.where(toa[:, None, None], refl * T + path, refl)
        refl = np.where(present[..., None], refl, 0.0)
        out["refl"].append(refl.astype(np.float32))
        out["valid"].append(ok)
        out["doy"].append(np.where(present, doy, 0.0).astype(np.float32))
        out["label"].append(np.full(n_per_class, ci))
        out["toa"].append(toa)
    res = {k: np.concatenate(v) for k, v in out.items()}
    res["classes"] = list(classes)
    return res


def class_mean_spectra(sim: Dict) -> Dict[str, List[float]]:
    """Mean clean reflectance per class over valid dates (for the card)."""
    out = {}
    for ci, name in enumerate(sim["classes"]):
        sel = sim["label"] == ci
        v = sim["valid"][sel]
        out[name] = [round(float(x), 4) for x in sim["refl"][sel][v].mean(0)]
    return out


RECIPE_SUMMARY = {
    "canopies": "PROSAIL (PROSPECT-D + 4SAIL, S2A) via the frozen MLP emulator of pivotal/emulator.py; double-logistic "
                "LAI phenology per series; ranges in simulate.CANOPY; meadows mown 1-3 times; forest crown shading "
                "x0.6-0.95; 40 % of forests evergreen (LAI 3-5)",
    "open_woodland": "linear mixture of a forest and a meadow series on the same dates, tree cover 20-80 %",
    "water": "semi-analytic Rrs (Gordon 1988 / Lee 2002) with pure water (Pope & Fry 1997, Kou 1993), CDOM, "
             "phytoplankton and particle IOPs; clear: SPM 0.1-3 g/m3; turbid: SPM 10-150 g/m3; glint 0-0.015",
    "built_up": "linear mixture of 5 urban material spectra (approx. Herold 2004 / ECOSTRESS) x0.8-1.2, shadow, 0-45 % "
                "grass (emulator), 0-15 % soil",
    "snow": "fresh/old snow spectra (after Wiscombe & Warren 1980) mixed by age, impurity darkening 0-15 % (visible), "
            "cover 50-100 % over soil or leafless canopy; winter dates only",
    "dates": f"1-{MAX_DATES} dates per series at random days of year over a 10-365 day span; each date cloudy with "
             f"p={P_INVALID} (at least one valid)",
    "l1c_toa_perturbation": f"p={P_TOA} of the series: rho_TOA = T rho + path, Rayleigh (Hansen & Travis 1974) + "
                            "aerosol (tau550 0.03-0.35, Angstrom 0.5-1.8) single scattering, gas transmission "
                            "per band (simulate.GAS_LO-GAS_HI; B08 0.84-0.93 for water vapour), x(1 +- 2 %); "
                            "fresh atmosphere per date",
    "noise": "simulate_biophysical.NOISE (L2A-like, additive and multiplicative, band-common and per band)",
}

__all__ = ["simulate", "s2_inputs", "latent_inputs", "make_emulator", "SIM_CLASSES", "RECIPE_SUMMARY",
           "water_reflectance", "toa_perturbation", "rayleigh_od", "add_noise", "class_mean_spectra"]
# re-exported from sim_surfaces / sim_observation (same public names as before the split)
__all__ += ["BANDS", "WAVELENGTH_UM", "MAX_DATES", "P_INVALID", "P_TOA", "NOISE_AD", "NOISE_MD", "CANOPY",
            "EVERGREEN_FRACTION", "URBAN", "SNOW", "A_WATER", "A_PH_STAR", "GAS_LO", "GAS_HI", "WATER", "surface"]


def _main():  # pragma: no cover - a look at the simulated spectra
    torch.set_num_threads(1)
    emu, _ = make_emulator(1, quick=False)
    sim = simulate(np.random.default_rng(0), emu, 500)
    for k, v in class_mean_spectra(sim).items():
        print(f"{k:>20s}", np.round(v, 3))
    sel = ~sim["toa"]
    sim2 = {k: (v[sel] if isinstance(v, np.ndarray) else v) for k, v in sim.items()}
    print("surface (no TOA):")
    for k, v in class_mean_spectra(sim2).items():
        print(f"{k:>20s}", np.round(v, 3))


if __name__ == "__main__":  # pragma: no cover
    _main()
