# SPDX-License-Identifier: GPL-3.0-or-later
"""Real multi-region pairs for the Presto text tower: Presto embeddings of labelled pixel series + caption classes.

Regions (provenance: tests/data/worldcereal/README.md, tests/data/presto/README.md, tests/data/slovenia/README.md):

* ``france2022``, ``france2023`` — WorldCereal French LPIS parcels (S2 L2A + S1 monthly; 2023 ten-daily → monthly);
* ``africa`` — WorldCereal Uganda / South Sudan 2017 survey points;
* ``westernus`` — Presto's fuel-moisture pixels (S1 + S2, 3 months), labelled by their Dynamic World class (a model
  output, used where at least 2 of the 3 months agree); ERA5, SRTM and Dynamic World are *not* given to the
  encoder (users' stacks have none of them, and the class would leak);
* ``slovenia`` — the 1 km² L1C tile (5 dates, July–September 2015) and its LULC map.

Label names map to the caption classes of :data:`CLASS_OF` (permanent crops, fallow and ambiguous mixtures are left
out). Every embedding is computed with the shipped ONNX encoder, exactly as ``eolatent:encode MODEL=presto`` does
(S2 and S1 monthly composites, everything else masked).
"""
from __future__ import annotations

import os
from typing import Dict, List

import numpy as np

from eolatent.core.encode.presto.embed import PrestoEncoder, embed_series
from eolatent.core.encode.presto.worldcereal import pixel_series

REGIONS = ("france2022", "france2023", "africa", "westernus", "slovenia")
FOREST = {"trees_mixed", "trees_unspecified", "oak", "sweet_chestnuts"}
GRASS = {"longterm_meadows", "temporary_meadows", "managed_grasslands", "non_cropland_herbaceous"}
LEFT_OUT = {"grassland_with_tree_shrub", "not_cultivated_fallow", "vineyards_wine_vine_rebland_grapes",
            "citrus_fruit", "fruit_nuts", "olive", "hazelnuts_hazel", "nuts", "pears", "plums", "cherry_cherries",
            "avocado", "permanent_tree_shrub_flowers", "nurseries", "greenhouse_foil_film_indoor", "reed",
            "flower_crops", "alfalfa_lucerne", "fodder_mixtures", "clover", "lolium_ryegrass"}
BUILT = {"built_up"}
DW_CLASS = {0: "clear water", 1: "forest", 2: "grassland", 4: "cultivated land", 5: "shrubland",
            6: "artificial surface", 7: "bare soil", 8: "snow"}
LULC_CLASS = {1: "cultivated land", 2: "forest", 3: "grassland", 4: "shrubland", 8: "artificial surface"}


def worldcereal_class(name: str):
    if name in FOREST:
        return "forest"
    if name in GRASS:
        return "grassland"
    if name in BUILT:
        return "artificial surface"
    if name in LEFT_OUT:
        return None
    return "cultivated land"            # annual crops: cereals, maize, oilseeds, pulses, vegetables, ...


def _ndvi_stats(s2):
    """Per-pixel monthly-NDVI features (the NDVI baseline): mean, max, min, std, amplitude."""
    red, nir = s2[..., 2], s2[..., 6]
    with np.errstate(invalid="ignore", divide="ignore"):
        nd = (nir - red) / (nir + red)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        f = np.stack([np.nanmean(nd, 1), np.nanmax(nd, 1), np.nanmin(nd, 1), np.nanstd(nd, 1),
                      np.nanmax(nd, 1) - np.nanmin(nd, 1)], 1)
    return np.nan_to_num(f, nan=0.0).astype(np.float32)


def _pack(region, emb, cls_names, s2, first_month=None, months=None):
    """A region's labelled pairs (unlabelled samples dropped): embeddings, class names, the NDVI baseline
    features and ``s2`` [N, T, 10] monthly reflectance (for the S2 tower), dated by ``first_month`` (1–12, of
    step 0) or per sample by ``months`` [N, T] (0–11)."""
    keep = np.array([c is not None for c in cls_names])
    out = {"region": region, "emb": emb[keep], "cls_name": np.asarray([c for c in cls_names if c is not None]),
           "ndvi": _ndvi_stats(s2)[keep], "s2": s2[keep]}
    if months is not None:
        out["months"] = months[keep]
    else:
        out["first_month"] = int(first_month)
    return out


def worldcereal(enc, name: str) -> dict:
    d = pixel_series(name)
    # one window of at most 12 months, as eolatent:encode MODEL=presto writes it (France files hold 17 months)
    d["s2"], d["s1"] = d["s2"][:, :12], d["s1"][:, :12]
    emb = embed_series(enc, d["s2"], d["s1"], d["first_month"], d["latlon"])
    return _pack(name, emb, [worldcereal_class(v) for v in d["label"]], d["s2"], first_month=d["first_month"])


def western_us(enc) -> dict:
    from eolatent.core.encode.presto import inputs as pin

    here = os.path.dirname(os.path.abspath(__file__))
    d = np.load(os.path.join(here, "..", "..", "..", "tests", "data", "presto", "fuel_moisture.npz"))
    raw = np.delete(d["x"].astype(np.float32), 10, axis=2)      # drop B09 → VV VH B02..B12 ...
    s1 = raw[:, :, 0:2]
    s2 = raw[:, :, 2:12] / 1e4
    x, mask = pin.normalise({**{b: s2[:, :, i] for i, b in enumerate(pin.S2_BANDS)},
                             **{b: s1[:, :, i] for i, b in enumerate(pin.S1_BANDS)}}, raw.shape[:2])
    emb = enc.embed(x, mask, d["latlon"].astype(np.float32), d["month"].astype(np.int64))
    dw = d["dynamic_world"]
    names = []
    for row in dw:
        vals, counts = np.unique(row[row < 9], return_counts=True)
        names.append(DW_CLASS.get(int(vals[counts.argmax()])) if counts.size and counts.max() >= 2 else None)
    return _pack("westernus", emb, names, s2, months=d["month"])


def slovenia(enc) -> dict:
    import rasterio

    from eolatent.core.encode.presto import inputs as pin
    from eolatent.models.training.pivotal import realdata

    data = realdata.load()
    refl, valid = data["refl"], data["valid"]               # [D, 10, H, W], [D, H, W]
    months = np.array([7, 7, 8, 8, 9])[:refl.shape[0]] - 7  # 2015-07-11, 07-31, 08-20, 08-30, 09-09
    comp = pin.monthly_composite(refl, valid, months, 3)    # [3, 10, H, W]
    side = comp.shape[-1]
    s2 = comp.reshape(3, 10, -1).transpose(2, 0, 1)
    with rasterio.open(os.path.join(realdata.SLOVENIA, "LULC.tif")) as ds:
        lulc = ds.read(1)[:side, :side].ravel()
    latlon = np.tile(np.array([[45.86, 14.55]], np.float32), (s2.shape[0], 1))
    ok = np.isfinite(s2).any((1, 2))
    emb = np.zeros((s2.shape[0], 128), np.float32)
    emb[ok] = embed_series(enc, s2[ok], None, 7, latlon[ok])
    names = [LULC_CLASS.get(int(c)) if o else None for c, o in zip(lulc, ok)]
    return _pack("slovenia", emb, names, s2, first_month=7)


def load_regions(enc=None, regions=REGIONS) -> Dict[str, dict]:
    enc = enc or PrestoEncoder(provider="cpu", threads=1)
    out = {}
    for r in regions:
        if r in ("france2022", "france2023", "africa"):
            out[r] = worldcereal(enc, r)
        elif r == "westernus":
            out[r] = western_us(enc)
        else:
            out[r] = slovenia(enc)
    return out


def simulated(enc, n_per_class: int, classes: List[str], seed: int, quick: bool = False) -> dict:
    """Physics-simulated series (simulate.py) as monthly composites → Presto embeddings (mid-latitude location)."""
    from . import simulate as simu

    rng = np.random.default_rng(seed)
    emu, _ = simu.make_emulator(seed, quick=quick, log=lambda *_: None)
    sim = simu.simulate(rng, emu, n_per_class, classes)
    refl = simu.add_noise(rng, sim["refl"])                  # [N, D, 10]
    n, D = refl.shape[:2]
    month = np.clip(((sim["doy"] - 1) // 30.44).astype(int), 0, 11)
    s2 = np.full((n, 12, 10), np.nan, np.float32)
    for m in range(12):
        sel = (month == m) & sim["valid"]
        cnt = sel.sum(1)
        tot = (refl * sel[..., None]).sum(1)
        s2[cnt > 0, m] = tot[cnt > 0] / cnt[cnt > 0, None]
    latlon = np.stack([rng.uniform(40, 52, n), rng.uniform(-2, 20, n)], 1).astype(np.float32)
    emb = embed_series(enc, s2, None, 1, latlon)
    names = [classes[i] for i in sim["label"]]
    # the S2 tower reads the dates themselves (1–5 per series), not monthly composites
    dates = np.where(sim["valid"][..., None], refl, np.nan).astype(np.float32)
    return {"region": "simulated", "emb": emb, "cls_name": np.asarray(names), "ndvi": _ndvi_stats(s2), "s2": dates,
            "doy_dates": sim["doy"].astype(np.float32)}
