# SPDX-License-Identifier: GPL-3.0-or-later
"""The real Slovenia Sentinel-2 sample (tests/data/slovenia) as pivotal-representation windows.

Five dates × 10 bands (L1C top-of-atmosphere reflectance, not L2A: see the sample's README), 101 × 100
pixels cropped to 100 × 100. Pixels are invalid where the s2cloudless probability (CLP, same folder)
is ≥ 50 %, where the cloud and shadow detection of ``open_s2`` flags them (it leaves no clear pixel on 2015-07-31
and 2015-08-20), or where a band is not finite. Each date is the only S2 date of a 10-day window centred on it
(the dates are ≥ 10 days apart). No Sentinel-1 here: s1 and s1_valid are 0.
"""
from __future__ import annotations

import datetime as dt
import os

import numpy as np
import torch

from .emulator import INPUT_BANDS

HERE = os.path.dirname(os.path.abspath(__file__))
SLOVENIA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "tests", "data", "slovenia"))
DATES = ("2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09")
CLEAR = ("2015-07-11", "2015-08-30", "2015-09-09")
HELD_OUT = "2015-08-30"  # never used in training (the temporal-interpolation and unseen-date target)
LAT, LON, UTC_HOUR, VIEW_ZENITH, REL_AZIMUTH = 45.86, 14.55, 10.0, 5.0, 90.0
SIDE = 100
# Spatial hold-out: five 20 × 20 px blocks (one per block row and column, 20 % of the sample) are never
# used as teacher targets, and (for chunks that fit inside them) never seen by training at all.
HOLDOUT_BLOCK = 20
HOLDOUT_BLOCKS = ((0, 3), (1, 1), (2, 4), (3, 0), (4, 2))
TEACHER_LEVEL = "L1C"  # the sample's product level: eolatent:biophysical reads it with its top-of-atmosphere variant


def doy(date: str) -> float:
    return float(dt.date.fromisoformat(date).timetuple().tm_yday)


def load(folder: str = SLOVENIA) -> dict:
    """refl [D, 10, 100, 100] float32 (0 where invalid), valid [D, 100, 100] bool, dates, doy [D]."""
    import rasterio

    from eolatent.core.inputs.sentinel2 import open_s2

    with rasterio.open(os.path.join(folder, "CLP_68dates_s2cloudless.tif")) as ds:
        clp_dates = [d[:10] for d in ds.descriptions]
        clp = {d: ds.read(clp_dates.index(d) + 1)[:SIDE, :SIDE] for d in DATES}
    refl, valid = [], []
    for d in DATES:
        with open_s2(os.path.join(folder, f"S2L1C_TOA_13band_{d}.tif")) as src:
            r, ok = src.read(0, None, INPUT_BANDS)
        r, ok = r[:, :SIDE, :SIDE], ok[:SIDE, :SIDE] & (clp[d] < 50)
        refl.append(np.where(ok[None], np.nan_to_num(r), 0.0).astype(np.float32))
        valid.append(ok)
    return {"refl": np.stack(refl), "valid": np.stack(valid), "dates": DATES,
            "doy": np.array([doy(d) for d in DATES], np.float32)}


def teacher_model():
    """The biophysical model (ModelInfo) eolatent:biophysical chooses for this sample: the teacher and the reference."""
    from eolatent.core.biophysical import retrieval as biophysical

    return biophysical.load(model_id=biophysical.choose_model_id(INPUT_BANDS, TEACHER_LEVEL))


def teacher_name(version: bool = True) -> str:
    """How cards and metrics name the teacher, e.g. "level L1C: models/biophysical_s2_toa.onnx, 2.1.0"."""
    info = teacher_model()
    return f"level {TEACHER_LEVEL}: models/{os.path.basename(info.path)}" + (f", {info.version}" if version else "")


def reference_lai(data: dict) -> np.ndarray:
    """LAI [D, 100, 100] from eolatent:biophysical (core.biophysical.retrieval.retrieve) with :func:`teacher_model`,
    NaN where invalid."""
    from eolatent.core.biophysical import retrieval as biophysical
    from eolatent.core.inputs.solar import sun_angles

    model = teacher_model()
    out = []
    for k, d in enumerate(data["dates"]):
        when = dt.datetime.fromisoformat(d).replace(hour=int(UTC_HOUR), tzinfo=dt.timezone.utc)
        tts, _ = sun_angles(when, LAT, LON)
        bands = {b: np.where(data["valid"][k], data["refl"][k, i], np.nan) for i, b in enumerate(INPUT_BANDS)}
        res = biophysical.retrieve(bands, tts, VIEW_ZENITH, REL_AZIMUTH, model=model, provider="cpu", threads=1,
                                   level=TEACHER_LEVEL)
        out.append(np.where(data["valid"][k], res["LAI"], np.nan))
    return np.stack(out)


def spatial_holdout() -> np.ndarray:
    """bool [SIDE, SIDE]: True in the held-out blocks."""
    mask = np.zeros((SIDE, SIDE), bool)
    for i, j in HOLDOUT_BLOCKS:
        mask[i * HOLDOUT_BLOCK:(i + 1) * HOLDOUT_BLOCK, j * HOLDOUT_BLOCK:(j + 1) * HOLDOUT_BLOCK] = True
    return mask


def chunks(data: dict, P: int, date_idx, teacher=None) -> dict:
    """Encoder inputs of every P × P chunk of the given dates (window centred on the date).

    Returns s2 [M,10,P,P], s2_valid [M,1,P,P], s1, s1_valid (zeros), doy [M,1], plus ``date`` [M] (index),
    ``row``/``col`` [M] (chunk origin in pixels) and ``held_out`` [M] (chunk entirely inside the held-out
    blocks). With ``teacher`` (LAI [D, SIDE, SIDE], NaN where invalid): ``r_lai`` [M,1,P,P] and ``r_ok``
    [M,1,P,P] (finite and outside the held-out blocks)."""
    n = SIDE // P
    hold = spatial_holdout()
    out = {k: [] for k in ("s2", "s2_valid", "doy", "date", "row", "col", "held_out", "r_lai", "r_ok")}
    for d in date_idx:
        for i in range(n):
            for j in range(n):
                sl = (slice(i * P, (i + 1) * P), slice(j * P, (j + 1) * P))
                out["s2"].append(data["refl"][d][(slice(None),) + sl])
                out["s2_valid"].append(data["valid"][d][sl][None].astype(np.float32))
                out["doy"].append([data["doy"][d]])
                out["date"].append(d)
                out["row"].append(i * P)
                out["col"].append(j * P)
                out["held_out"].append(bool(hold[sl].all()))
                if teacher is not None:
                    t = teacher[d][sl]
                    out["r_lai"].append(np.nan_to_num(t)[None].astype(np.float32))
                    out["r_ok"].append((np.isfinite(t) & ~hold[sl])[None].astype(np.float32))
    if teacher is None:
        del out["r_lai"], out["r_ok"]
    res = {k: torch.as_tensor(np.asarray(v)) for k, v in out.items()}
    res["s2"], res["s2_valid"], res["doy"] = res["s2"].float(), res["s2_valid"].float(), res["doy"].float()
    res["s1"] = torch.zeros(res["s2"].shape[0], 2, P, P)
    res["s1_valid"] = torch.zeros(res["s2"].shape[0], 1, P, P)
    return res


def training_batch(pool: dict, B: int, P: int, g: torch.Generator, n_query=None) -> dict:
    """A batch from a pool of real chunks: S2 reconstruction at dt = 0 only, plus the teacher LAI at the
    query pixels (``r_lai``, ``r_ok`` [B, 1, Q]) when the pool has it.

    Random flips / transposes (the dihedral group) of the chunk; chunks without valid pixels are skipped
    by the caller's pool."""
    idx = torch.randint(0, pool["s2"].shape[0], (B,), generator=g)
    names = [k for k in ("s2", "s2_valid", "r_lai", "r_ok") if k in pool]
    arr = {k: pool[k][idx] for k in names}
    for op in (lambda a: a.flip(-1), lambda a: a.flip(-2), lambda a: a.transpose(-1, -2)):
        if torch.rand(1, generator=g) < 0.5:
            arr = {k: op(v) for k, v in arr.items()}
    s2, ok = arr["s2"], arr["s2_valid"]
    N = P * P
    from .synth import pixel_positions

    pos = pixel_positions(P)
    q = torch.arange(N)[None].expand(B, N) if n_query is None or n_query >= N else \
        torch.argsort(torch.rand(B, N, generator=g), 1)[:, :n_query]
    obs = s2.reshape(B, 10, N).transpose(1, 2).gather(1, q[..., None].expand(B, q.shape[1], 10))
    okq = ok.reshape(B, N).gather(1, q)
    teach = {f"{k}": arr[k].reshape(B, N).gather(1, q)[:, None] for k in ("r_lai", "r_ok") if k in arr}
    return {**teach, "s2": s2, "s2_valid": ok, "s1": torch.zeros(B, 2, P, P), "s1_valid": torch.zeros(B, 1, P, P),
            "doy": pool["doy"][idx], "q_pos": pos[q], "q_dt": torch.zeros(B, 1), "q_doy": pool["doy"][idx],
            "o_s2": obs[:, None], "o_s2_ok": okq[:, None], "o_s1_theta": torch.full((B, 1), 38.0)}
