# SPDX-License-Identifier: GPL-3.0-or-later
"""Real pixel series and their Presto embeddings, for distilling Presto into a small student (distill.py).

Every source is read from tests/data (provenance and licences in each folder's README) into Presto's own input
form (inputs.normalise: ``x``, ``mask`` [N, T, 17], ``latlon`` [N, 2], ``month`` [N, T]). ERA5, SRTM and Dynamic
World are always masked, as eolatent:encode passes them (the plugin never has them), so the teacher is asked
exactly what the plugin asks it.

Regions (one name each, so that whole regions can be held out):

* ``france`` — WorldCereal LPIS France 2022 (monthly) and 2023 (ten-daily → monthly), S2 L2A + S1, 17 months;
* ``belgium`` — the Belgian 100 × 100 px S2 L2A + S1 monthly cube 2020-11 … 2021-10 (B8A absent);
* ``slovenia`` — the 1 km² Slovenia tile, Level-1C, Jul–Sep 2015 monthly composites (clouds masked);
* ``africa`` — WorldCereal Uganda / South Sudan 2017, S2 L2A + S1, 12 months;
* ``westernus`` — Presto's fuel-moisture series (western US), S2 + S1, 3 months.

Views (what a stack gives the encoder): a run of 1–12 consecutive months cut from the series; S1 dropped from some
views and S2 from others (S1-only stacks), B8A from some (9-band composites), single months from some (clouds,
gaps); and, to reach beyond the training regions, some views are moved elsewhere on the globe, to another
season and to another brightness (:func:`_elsewhere`). Each view is padded to 12 months with masked steps: Presto ignores masked tokens, so its embedding of the
padded view equals that of the short one (checked by the tests).
"""
from __future__ import annotations

import glob
import os
from datetime import datetime
from typing import Dict, Optional

import numpy as np

from eolatent.core.encode.presto import inputs as pin

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SLOVENIA = os.path.join(ROOT, "tests", "data", "slovenia")
FUEL = os.path.join(ROOT, "tests", "data", "presto", "fuel_moisture.npz")
REGIONS = ("france", "belgium", "slovenia", "africa", "westernus")
T_MAX = 12                                   # months per view (eolatent:encode's window)
S1_IDX = [pin.IDX[b] for b in pin.S1_BANDS]
S2_IDX = [pin.IDX[b] for b in pin.S2_BANDS] + [pin.IDX["NDVI"]]
USED = sorted(S1_IDX + S2_IDX)               # what the plugin can give: S1, S2, NDVI (never ERA5, SRTM)


def _series(s2: Optional[np.ndarray], s1: Optional[np.ndarray], latlon, month) -> Dict[str, np.ndarray]:
    ref = s2 if s2 is not None else s1
    n, t = ref.shape[:2]
    values = {}
    if s2 is not None:
        values.update({b: s2[:, :, i] for i, b in enumerate(pin.S2_BANDS)})
    if s1 is not None:
        values.update({b: s1[:, :, i] for i, b in enumerate(pin.S1_BANDS)})
    x, mask = pin.normalise(values, (n, t))
    return dict(x=x, mask=mask, latlon=np.asarray(latlon, np.float32),
                month=np.broadcast_to(np.asarray(month, np.int64), (n, t)).copy())


def load_region(name: str) -> Dict[str, np.ndarray]:
    """One region's pixel series in Presto's input form."""
    if name == "france":
        from eolatent.core.encode.presto.worldcereal import pixel_series

        parts = [pixel_series(k) for k in ("france2022", "france2023")]
        out = [_series(p["s2"], p["s1"], p["latlon"], (np.arange(p["s2"].shape[1]) + p["first_month"] - 1) % 12)
               for p in parts]
        return {k: np.concatenate([o[k] for o in out]) for k in out[0]}
    if name == "africa":
        from eolatent.core.encode.presto.worldcereal import pixel_series

        p = pixel_series("africa")
        return _series(p["s2"], p["s1"], p["latlon"], (np.arange(p["s2"].shape[1]) + p["first_month"] - 1) % 12)
    if name == "belgium":
        return _belgium()
    if name == "slovenia":
        return _slovenia()
    if name == "westernus":
        d = np.load(FUEL)
        bands = [str(b) for b in d["bands"]]
        x = d["x"].astype(np.float64)
        s2 = np.stack([x[:, :, bands.index(b)] / 1e4 for b in pin.S2_BANDS], axis=2)
        s1 = x[:, :, [bands.index("S1_VV_dB"), bands.index("S1_VH_dB")]]
        return _series(s2, s1, d["latlon"], d["month"].astype(np.int64))
    raise ValueError(f"unknown region {name!r}; known: {', '.join(REGIONS)}")


def _belgium() -> Dict[str, np.ndarray]:
    from eolatent.core.encode.presto.worldcereal import BELGIUM, DATA, NODATA

    d = np.load(os.path.join(DATA, BELGIUM))
    bands = [str(b) for b in d["s2_bands"]]
    s2 = d["s2"].astype(np.float32)                                  # [12, 10, H, W] DN
    s2 = np.where(s2 == NODATA, np.nan, s2 / 1e4)
    s2 = s2[:, [bands.index(b) for b in pin.S2_BANDS]]
    t, _, h, w = s2.shape
    s2 = s2.reshape(t, 10, h * w).transpose(2, 0, 1)
    s1 = d["s1_db"].astype(np.float32).reshape(t, 2, h * w).transpose(2, 0, 1)
    first = int(str(d["dates"][0])[5:7])
    # the cube's grid → WGS84 per pixel
    from rasterio.crs import CRS

    xs, ys = np.meshgrid(d["x"], d["y"])
    lat, lon = pin.to_wgs84(CRS.from_wkt(str(d["crs_wkt"])), xs.ravel(), ys.ravel())
    return _series(s2, s1, np.stack([lat, lon], 1), (np.arange(t) + first - 1) % 12)


def _slovenia() -> Dict[str, np.ndarray]:
    import rasterio

    files = sorted(glob.glob(os.path.join(SLOVENIA, "S2L1C_TOA_13band_*.tif")))
    with rasterio.open(os.path.join(SLOVENIA, "CLP_68dates_s2cloudless.tif")) as ds:
        clp = ds.read(list(range(1, len(files) + 1))).astype(np.float32) / 100.0
    cube, slots = [], []
    for k, f in enumerate(files):
        with rasterio.open(f) as ds:
            desc = list(ds.descriptions)
            a = ds.read([desc.index(b) + 1 for b in pin.S2_BANDS]).astype(np.float32)
            crs, transform, (h, w) = ds.crs, ds.transform, ds.shape
        a[:, clp[k] >= 0.4] = np.nan
        cube.append(a)
        day = datetime.strptime(os.path.basename(f)[-14:-4], "%Y-%m-%d")
        slots.append(day.month - 7)
    stack = np.stack(cube)                                           # [5, 10, H, W]
    comp = pin.monthly_composite(stack, np.isfinite(stack).all(1), slots, 3)    # [3, 10, H, W]
    s2 = comp.reshape(3, 10, h * w).transpose(2, 0, 1)
    rows, cols = np.mgrid[0:h, 0:w]
    xs, ys = transform * (cols.ravel() + 0.5, rows.ravel() + 0.5)
    lat, lon = pin.to_wgs84(crs, np.asarray(xs), np.asarray(ys))
    return _series(s2, None, np.stack([lat, lon], 1), np.arange(6, 9))


def _has_data(mask: np.ndarray) -> np.ndarray:
    """[..., T, 17] → [..., T]: the month has at least one S1 or S2 value."""
    return (mask[..., USED] < 0.5).any(-1)


def views(src: Dict[str, np.ndarray], n_views: int, rng: np.random.Generator, natural: bool = False) -> dict:
    """``n_views`` random views per pixel (module doc), padded to :data:`T_MAX` months; ``natural``: one view per
    pixel, its whole series (its last 12 months), no band, month or modality dropped."""
    x, mask, month, latlon = src["x"], src["mask"], src["month"], src["latlon"]
    n, t = x.shape[:2]
    reps = 1 if natural else n_views
    idx = np.repeat(np.arange(n), reps)
    m = idx.size
    length = np.full(m, min(t, T_MAX)) if natural else rng.integers(1, min(t, T_MAX) + 1, m)
    start = (t - length) if natural else (rng.random(m) * (t - length + 1)).astype(int)
    ox = np.zeros((m, T_MAX, 17), np.float32)
    om = np.ones((m, T_MAX, 17), np.float32)
    omonth = np.zeros((m, T_MAX), np.int64)
    steps = np.arange(T_MAX)
    src_t = np.minimum(start[:, None] + steps[None], t - 1)
    inside = steps[None] < length[:, None]
    ox[:] = np.where(inside[..., None], x[idx[:, None], src_t], 0.0)
    om[:] = np.where(inside[..., None], mask[idx[:, None], src_t], 1.0)
    after = (month[idx, np.minimum(start + length - 1, t - 1)][:, None] + steps[None] - length[:, None] + 1) % 12
    omonth[:] = np.where(inside, month[idx[:, None], src_t], after)     # padded steps: the months that follow
    om[:, :, [i for i in range(17) if i not in USED]] = 1.0        # ERA5, SRTM: never given by the plugin
    if not natural:
        has_s1 = (om[:, :, S1_IDX] < 0.5).any((1, 2))
        has_s2 = (om[:, :, S2_IDX] < 0.5).any((1, 2))
        u = rng.random(m)
        drop_s1 = (u < 0.25) & has_s2
        drop_s2 = (u >= 0.25) & (u < 0.40) & has_s1
        om[np.ix_(np.flatnonzero(drop_s1), steps, S1_IDX)] = 1.0
        om[np.ix_(np.flatnonzero(drop_s2), steps, S2_IDX)] = 1.0
        drop_b8a = rng.random(m) < 0.3
        om[drop_b8a, :, pin.IDX["B8A"]] = 1.0
        drop_month = (rng.random((m, T_MAX)) < 0.15) & (length[:, None] > 1)
        om[drop_month] = 1.0
        ndvi = pin.IDX["NDVI"]
        no_ndvi = (om[:, :, pin.IDX["B08"]] > 0.5) | (om[:, :, pin.IDX["B04"]] > 0.5)
        om[:, :, ndvi] = np.maximum(om[:, :, ndvi], no_ndvi)
    olatlon = latlon[idx].astype(np.float32)
    if not natural:
        _elsewhere(ox, om, omonth, olatlon, rng)
    ox *= (1.0 - om)
    keep = _has_data(om).any(1)
    return dict(x=ox[keep], mask=om[keep], month=omonth[keep], latlon=olatlon[keep], pixel=idx[keep])


def _elsewhere(x, mask, month, latlon, rng: np.random.Generator) -> None:
    """In place: some views moved to other places, seasons and brightness, so that the student learns how Presto
    answers to inputs the few training regions do not hold: half of the views get a position drawn uniformly on
    the globe (latitude 55° S – 70° N), a third a calendar shifted by 1–11 months, a third S2 reflectance scaled
    by one factor in 0.8–1.25 (NDVI unchanged) and S1 shifted by one offset in ±3 dB."""
    m = len(x)
    move = rng.random(m) < 0.5
    lat = np.degrees(np.arcsin(rng.uniform(np.sin(np.radians(-55)), np.sin(np.radians(70)), m)))
    latlon[move] = np.stack([lat, rng.uniform(-180, 180, m)], 1)[move]
    shift = np.where(rng.random(m) < 1 / 3, rng.integers(1, 12, m), 0)
    month[:] = (month + shift[:, None]) % 12
    s2 = [pin.IDX[b] for b in pin.S2_BANDS]
    scale = np.where(rng.random(m) < 1 / 3, np.exp(rng.uniform(np.log(0.8), np.log(1.25), m)), 1.0)
    x[:, :, s2] *= scale[:, None, None].astype(np.float32)
    offset = np.where(rng.random(m) < 1 / 3, rng.uniform(-3, 3, m) / pin.SCALE["VV"], 0.0)
    x[:, :, S1_IDX] += offset[:, None, None].astype(np.float32)


def raw_features(v: dict) -> np.ndarray:
    """The raw-series baseline of views ``v``: their S1, S2 and NDVI values (0 where missing), flattened."""
    return v["x"][:, :, USED].reshape(len(v["x"]), -1)


def fuel_moisture_split(pixel: np.ndarray):
    """(is_test, target) of the western US views whose source rows are ``pixel`` (Presto's site split)."""
    d = np.load(FUEL)
    return d["is_test"].astype(bool)[pixel], d["target"].astype(np.float64)[pixel]


def teacher(v: dict, onnx_path: Optional[str] = None, threads: int = 2) -> np.ndarray:
    """Presto's embeddings [N, 128] of views ``v`` (Dynamic World missing, as the plugin passes it)."""
    from eolatent.core.encode.presto.embed import PrestoEncoder
    from eolatent.core.engine.registry import load_model
    from eolatent.core.latent.contract import resolve_model

    info = load_model(onnx_path) if onnx_path else resolve_model("presto", "encode")
    return PrestoEncoder(info, provider="cpu", threads=threads, batch=256).embed(v["x"], v["mask"], v["latlon"],
                                                                               v["month"])
