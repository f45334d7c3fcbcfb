# SPDX-License-Identifier: GPL-3.0-or-later
"""Real training/validation/test pairs of the towers: the Slovenia sample, its LULC labels and the spatial split
(TEST = pivotal/realdata.spatial_holdout(), VALIDATION = train.VAL_BLOCKS, TRAIN = the rest)."""
from __future__ import annotations

import os

import numpy as np

from eolatent.core.textquery.features import latent_features, s2_features

from . import captions as caps
from . import simulate as simu
from .common import ENCODER, PURITY, VAL_BLOCKS


def load_lulc(side: int):
    import rasterio

    from eolatent.models.training.pivotal import realdata

    with rasterio.open(os.path.join(realdata.SLOVENIA, "LULC.tif")) as ds:
        return ds.read(1)[:side, :side]


def block_mask(blocks, side: int, block: int) -> np.ndarray:
    m = np.zeros((side, side), bool)
    for i, j in blocks:
        m[i * block:(i + 1) * block, j * block:(j + 1) * block] = True
    return m


def split_masks():
    """(test, val) bool [SIDE, SIDE] masks of the real sample (the rest is training)."""
    from eolatent.models.training.pivotal import realdata

    test = realdata.spatial_holdout()
    val = block_mask(VAL_BLOCKS, realdata.SIDE, realdata.HOLDOUT_BLOCK)
    assert not (test & val).any()
    return test, val


def _class_index(codes, names):
    """LULC codes → training class index (−1 for nodata, unknown and held-out classes)."""
    out = np.full(codes.shape, -1, np.int64)
    for code, name in caps.REAL_CODES.items():
        if name in names:
            out[codes == code] = names.index(name)
    return out


def real_s2(names, data=None, lulc=None) -> dict:
    """Per-pixel real pairs: x [N, 5, 11], valid, doy, code [N] (LULC), cls [N] (training class or −1), split [N]
    ('train' / 'val' / 'test'), ndvi [N] (mean NDVI over valid dates, for the baseline)."""
    from eolatent.models.training.pivotal import realdata

    data = data if data is not None else realdata.load()
    side = realdata.SIDE
    lulc = lulc if lulc is not None else load_lulc(side)
    x, valid, doy = s2_features(data["refl"], data["valid"], data["doy"])
    test, val = split_masks()
    split = np.where(test.ravel(), "test", np.where(val.ravel(), "val", "train"))
    code = lulc.ravel().astype(np.int64)
    ndvi = (x[..., -1] * valid).sum(1) / np.maximum(valid.sum(1), 1)
    return {"x": x, "valid": valid, "doy": doy, "code": code, "cls": _class_index(code, names), "split": split,
            "ndvi": ndvi.astype(np.float32), "unit": "pixel (10 m)"}


def encoder_session(path=None):
    from eolatent.core.engine import modelcard
    from eolatent.models.training.onnx_eval import cpu_session

    path = path or os.path.join(os.path.dirname(simu.__file__), "..", "..", f"encoder_{ENCODER}.onnx")
    with open(path, "rb") as fh:
        data = fh.read()
    return cpu_session(data, 1), modelcard.read_card(data)


def real_latent(names, session, card, data=None, lulc=None) -> dict:
    """Per-chunk real pairs for the latent tower, computed as eolatent:encode does (10-day lattice windows from the
    first date, per-window composite of the valid S2 observations, s2_valid = valid fraction, S1 absent, doy = window
    centre; chunks without valid pixels are NaN → invalid). Label = majority LULC when ≥ PURITY of the chunk."""
    from eolatent.core.latent import contract as lt
    from eolatent.models.training.pivotal import realdata

    data = data if data is not None else realdata.load()
    side = realdata.SIDE
    lulc = lulc if lulc is not None else load_lulc(side)
    P, W = int(card["tiling"]["chunk_px"]), int(card["tiling"]["window_days"])
    dates = [lt.to_date(d) for d in data["dates"]]
    d0 = dates[0]
    win = {}
    for i, d in enumerate(dates):
        win.setdefault(lt.window_of(d0, W, d), []).append(i)
    kept = sorted(win)
    centres = [lt.doy(lt.lattice_window(d0, W, k).centre) for k in kept]
    n = side // P
    means = np.full((len(kept), int(card["tiling"]["latent_size"]), n, n), np.nan, np.float32)
    for wi, k in enumerate(kept):
        idx = win[k]
        v = data["valid"][idx].astype(np.float32)                     # [d, H, W]
        cnt = v.sum(0)
        comp = (data["refl"][idx] * v[:, None]).sum(0) / np.maximum(cnt, 1)[None]
        frac = cnt / len(idx)
        s2 = comp.reshape(10, n, P, n, P).transpose(1, 3, 0, 2, 4).reshape(n * n, 10, P, P).astype(np.float32)
        sv = frac.reshape(n, P, n, P).transpose(0, 2, 1, 3).reshape(n * n, 1, P, P).astype(np.float32)
        has = sv.reshape(n * n, -1).max(1) > 0
        if not has.any():
            continue
        sel = np.flatnonzero(has)
        feeds = {"s2": s2[sel], "s2_valid": sv[sel], "s1": np.zeros((sel.size, 2, P, P), np.float32),
                 "s1_valid": np.zeros((sel.size, 1, P, P), np.float32),
                 "doy": np.full((sel.size, 1), centres[wi], np.float32)}
        out = session.run(["mean"], feeds)[0]
        flat = means[wi].reshape(means.shape[1], -1)
        flat[:, sel] = out.T
        means[wi] = flat.reshape(means.shape[1:])
    x, valid, doy = latent_features(means, centres)
    test, val = split_masks()
    blocks = lambda m: m.reshape(n, P, n, P).transpose(0, 2, 1, 3).reshape(n * n, P * P)  # noqa: E731
    lab = blocks(lulc.astype(np.int64))
    code = np.zeros(n * n, np.int64)
    code50 = np.zeros(n * n, np.int64)  # majority ≥ 50 %: a supplementary evaluation with more positives
    for i in range(n * n):
        vals, counts = np.unique(lab[i], return_counts=True)
        j = counts.argmax()
        if vals[j] != 0 and counts[j] >= PURITY * P * P:
            code[i] = vals[j]
        if vals[j] != 0 and counts[j] >= 0.5 * P * P:
            code50[i] = vals[j]
    t, v = blocks(test), blocks(val)
    split = np.where(t.all(1), "test", np.where(v.all(1), "val", np.where(t.any(1) | v.any(1), "edge", "train")))
    # NDVI baseline per chunk: mean NDVI of the chunk's valid pixels over the dates
    xs, vs, _ = s2_features(data["refl"], data["valid"], data["doy"])
    nd = ((xs[..., -1] * vs).sum(1) / np.maximum(vs.sum(1), 1)).reshape(side, side)
    ndvi = blocks(nd).mean(1)
    return {"x": x, "valid": valid, "doy": doy, "code": code, "cls": _class_index(code, names), "split": split,
            "code50": code50, "ndvi": ndvi.astype(np.float32),
            "unit": f"{P} x {P} px chunk ({P * 10} m), majority LULC >= {int(PURITY * 100)} %",
            "window_centres_doy": centres}


def real_splits(real: dict):
    """(train, validation) bool masks of the real pairs the trainer uses: outside the test blocks, a training class
    (held-out classes and unlabelled pairs have cls −1), at least one valid date."""
    ok = (real["cls"] >= 0) & (real["valid"].sum(1) > 0)
    return ok & (real["split"] == "train"), ok & (real["split"] == "val")


def subset(d: dict, sel) -> dict:
    return {k: (v[sel] if isinstance(v, np.ndarray) and v.shape[:1] == d["x"].shape[:1] else v) for k, v in d.items()}


# ---------------------------------------------------------------------------------------------------
# simulated data
# ---------------------------------------------------------------------------------------------------
