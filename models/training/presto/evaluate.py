# SPDX-License-Identifier: GPL-3.0-or-later
"""Presto on one of its own evaluation sets: live fuel moisture, western US (tests/data/presto/fuel_moisture.npz).

Protocol of the paper's "Presto_R / Presto_RF" rows: the frozen encoder's pooled embedding → a linear regression
or a random forest trained on the training sites (``is_test == 0``), RMSE (% moisture) on the test sites
(``is_test == 1``, sites never seen). Baselines in the same table: the same regressors on the raw normalised
inputs (3 months × 17 bands, flattened), and the training mean. Random forests are run with 5 seeds (mean ± std).
Also reported: the pre-training decoder's reconstruction of masked S2 bands (checks the whole model, not only
the pooled embedding) against a per-band mean baseline.

    python -m eolatent.models.training.presto.evaluate --onnx models/encoder_presto.onnx --out metrics.json
"""
from __future__ import annotations

import json
import os

import numpy as np

from .. import cli

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.join(ROOT, "tests", "data", "presto", "fuel_moisture.npz")
B09 = 10   # index of B09 in the 18-band file (VV VH B02..B8A B09 B11 B12 ...)


def load_fuel_moisture(path: str = DATA):
    """(x [N, 3, 17] normalised, mask, dynamic_world, latlon, month, target, is_test)."""
    from eolatent.core.encode.presto import inputs as pin

    d = np.load(path)
    raw = np.delete(d["x"].astype(np.float64), B09, axis=2)    # 17 physical bands, NDVI last
    names = list(pin.BANDS)
    values = {}
    for i, b in enumerate(names[:-1]):
        v = raw[:, :, i]
        values[b] = v / 1e4 if b.startswith("B") else v       # S2 DN → reflectance 0–1
    x, mask = pin.normalise(values, raw.shape[:2])
    return (x, mask, d["dynamic_world"].astype(np.int64), d["latlon"].astype(np.float32),
            d["month"].astype(np.int64), d["target"].astype(np.float64), d["is_test"].astype(bool))


def dominant_dynamic_world(dw: np.ndarray, legend) -> np.ndarray:
    """Per sample of the fuel-moisture file, the name of its most frequent non-missing monthly Dynamic World class
    (a model output, used as a land-cover label); '' where every month is missing."""
    import collections

    from eolatent.core.encode.presto import inputs as pin

    out = []
    for row in dw:
        seen = [int(c) for c in row if c != pin.DW_MISSING]
        out.append(str(legend[collections.Counter(seen).most_common(1)[0][0]]) if seen else "")
    return np.array(out)


def _rmse(a, b):
    return float(np.sqrt(np.mean((np.asarray(a) - np.asarray(b)) ** 2)))


def regressions(feat, target, test, seeds=(0, 1, 2, 3, 4)):
    from sklearn.ensemble import RandomForestRegressor
    from sklearn.linear_model import LinearRegression

    tr = ~test
    lin = LinearRegression().fit(feat[tr], target[tr])
    rf = [_rmse(RandomForestRegressor(n_estimators=100, random_state=s, n_jobs=1).fit(feat[tr], target[tr])
                .predict(feat[test]), target[test]) for s in seeds]
    return {"linear": round(_rmse(lin.predict(feat[test]), target[test]), 2),
            "rf_mean": round(float(np.mean(rf)), 2), "rf_std": round(float(np.std(rf)), 2)}


def embeddings(onnx_path: str, x, mask, dw, latlon, month):
    from eolatent.core.encode.presto.embed import PrestoEncoder
    from eolatent.core.engine.registry import load_model

    enc = PrestoEncoder(load_model(onnx_path), provider="cpu", threads=1)
    return enc.embed(x, mask, latlon, month, dynamic_world=dw)


def reconstruction(x, mask, dw, latlon, month, test, n=400, seed=0):
    """RMSE of the published decoder on S2 bands hidden from the encoder, vs. the train-set band means."""
    import torch

    from .export import load_checked

    model = load_checked()
    rng = np.random.default_rng(seed)
    idx = rng.choice(np.flatnonzero(test), min(n, int(test.sum())), replace=False)
    s2 = list(range(2, 12))
    hide = mask[idx].copy()
    step = rng.integers(0, x.shape[1], idx.size)
    hide[np.arange(idx.size)[:, None], step[:, None], np.array(s2)[None]] = 1
    hide[np.arange(idx.size), step, 16] = 1                  # NDVI would leak the red and NIR bands
    with torch.no_grad():
        tok, masked = model.encoder(torch.tensor(x[idx]), torch.tensor(hide), torch.tensor(dw[idx]),
                                    torch.tensor(latlon[idx]), torch.tensor(month[idx]), pooled=False)
        rec, _ = model.decoder(tok, masked, torch.tensor(month[idx]))
    rec = rec.numpy()[np.arange(idx.size), step][:, s2]
    truth = x[idx][np.arange(idx.size), step][:, s2]
    base = x[~test][:, :, s2].reshape(-1, len(s2)).mean(0)
    return {"presto_decoder": round(_rmse(rec, truth), 4), "band_mean_baseline": round(_rmse(base[None], truth), 4),
            "n": int(idx.size), "units": "reflectance"}


def main(argv=None):
    ap = cli.parser(__doc__, paragraph=True, out=None)
    ap.add_argument("--onnx", default=os.path.join(ROOT, "models", "encoder_presto.onnx"))
    ns = ap.parse_args(argv)
    x, mask, dw, latlon, month, target, test = load_fuel_moisture()
    emb = embeddings(ns.onnx, x, mask, dw, latlon, month)
    raw = x.reshape(len(x), -1)
    res = {"fuel_moisture_rmse_percent": {
        "n_train": int((~test).sum()), "n_test": int(test.sum()),
        "presto_embedding": regressions(emb, target, test),
        "raw_inputs": regressions(raw, target, test),
        "train_mean": round(_rmse(np.full(test.sum(), target[~test].mean()), target[test]), 2)},
        "masked_s2_reconstruction_rmse": reconstruction(x, mask, dw, latlon, month, test)}
    print(json.dumps(res, indent=1))
    if ns.out:
        with open(ns.out, "w") as fh:
            json.dump(res, fh, indent=1)


if __name__ == "__main__":
    main()
