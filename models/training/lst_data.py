# SPDX-License-Identifier: GPL-3.0-or-later
"""Real thermal scenes for the super-resolution models (training side): tests/data/lst.

* MODIS MOD11A1 h14v09, 2019-11-01, day and night LST at 1 km (QC-filtered: produced, error ≤ 2 K). The
  fine guide is the co-located 1 km band-31 emissivity of the same granule (the only co-located field; it
  is fine relative to the 4 km degraded input). It is nearly uncorrelated with LST here (r ≈ −0.01), so on
  MODIS the guided methods have no real guide: that is measured, not hidden.
* pyTSEB airborne radiometric temperature (3.6 m, about 11:00 and near sunrise) with fractional cover Fc.
  There is no NDVI: the guide is an NDVI derived from Fc by inverting Carlson & Ripley (1997),
  Fc = ((NDVI − NDVIsoil)/(NDVIveg − NDVIsoil))^k with k = 2, NDVIsoil = 0.15, NDVIveg = 0.90, i.e.
  NDVI = 0.15 + 0.75·√Fc.

Hold-out: MODIS 120×120 px blocks (25 of the 100, seeded); airborne rows 320–463 (a 144-row band, 9
coarse rows at ×16), with rows 304–319 left out of training as a gap.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from eolatent.core.superres import modis

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                    "tests", "data", "lst")
MODIS_FILE = "MOD11A1.A2019305.h14v09.006_LST.tif"
NDVI_SOIL, NDVI_VEG, FC_EXPONENT = 0.15, 0.90, 2.0
MODIS_BLOCK, MODIS_HOLDOUT = 120, 25
AIR_TRAIN_ROWS, AIR_TEST_ROWS = (0, 304), (320, 464)
AIR_CROP = (464, 160)  # multiples of 16


@dataclass
class Scene:
    name: str
    truth: np.ndarray  # K, NaN where invalid
    guide: np.ndarray  # fine guide, NaN where missing
    train: np.ndarray  # bool: pixels whose truth may be used for training
    test: np.ndarray  # bool: held-out pixels
    factors: tuple
    kind: str  # "modis" or "airborne"


def ndvi_from_fc(fc: np.ndarray) -> np.ndarray:
    return (NDVI_SOIL + (NDVI_VEG - NDVI_SOIL) * np.clip(fc, 0, 1) ** (1 / FC_EXPONENT)).astype(np.float32)


def modis_holdout(seed: int, shape=(1200, 1200)) -> np.ndarray:
    nb = (shape[0] // MODIS_BLOCK) * (shape[1] // MODIS_BLOCK)
    chosen = np.random.default_rng(seed).choice(nb, MODIS_HOLDOUT, replace=False)
    test = np.zeros(shape, bool)
    per_row = shape[1] // MODIS_BLOCK
    for k in chosen:
        r, c = divmod(int(k), per_row)
        test[r * MODIS_BLOCK:(r + 1) * MODIS_BLOCK, c * MODIS_BLOCK:(c + 1) * MODIS_BLOCK] = True
    return test


def load_modis(seed: int, factors=(4,)):
    import rasterio

    with rasterio.open(os.path.join(DATA, MODIS_FILE)) as ds:
        raw = ds.read()
    e = raw[6]
    emis = np.where(e > 0, e * 0.002 + 0.49, np.nan).astype(np.float32)
    test = modis_holdout(seed, raw.shape[1:])
    scenes = []
    for name, b, q in (("modis_day", 0, 2), ("modis_night", 1, 3)):
        t, _ = modis.decode_raw(raw[b], raw[q])
        scenes.append(Scene(name, t, emis, ~test, test, tuple(factors), "modis"))
    return scenes


def load_airborne(factors=(4, 8, 16)):
    import rasterio

    def rd(n):
        with rasterio.open(os.path.join(DATA, f"pyTSEB_ExampleImage_{n}.tif")) as ds:
            return ds.read(1).astype(np.float32)[:AIR_CROP[0], :AIR_CROP[1]]

    ndvi = ndvi_from_fc(rd("Fc"))
    rows = np.arange(AIR_CROP[0])[:, None] * np.ones((1, AIR_CROP[1]), bool)
    train = (rows >= AIR_TRAIN_ROWS[0]) & (rows < AIR_TRAIN_ROWS[1])
    test = (rows >= AIR_TEST_ROWS[0]) & (rows < AIR_TEST_ROWS[1])
    return [Scene(f"airborne_{k}", rd(f"Trad_{k}"), ndvi, train, test, tuple(factors), "airborne")
            for k in ("pm", "am")]
