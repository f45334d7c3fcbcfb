# SPDX-License-Identifier: GPL-3.0-or-later
"""Export the published Presto weights to ``models/encoder_presto.onnx`` with its card.

    python -m eolatent.models.training.presto.export --out models/encoder_presto.onnx

1. loads ``data_sources/presto/default_model.pt`` (MIT, nasaharvest/presto @ 13173d02, sha256 checked) into
   :mod:`.model` with ``strict=True`` (encoder and pre-training decoder: no missing, no unexpected key);
2. checks the module against embeddings the published code computed (``tests/data/presto/
   reference_embeddings.npz``: 256 real western-US fuel-moisture series with random masks, 64 real 12-month
   WorldCereal Uganda/South Sudan S2 L2A + S1 series);
3. exports the pooled encoder (dynamic batch and number of months) at opset 17, checks ONNX Runtime against
   torch, and embeds the card (paper, licence, source sha256, input spec, normalisation, metrics).
"""
from __future__ import annotations

import json
import os

import numpy as np
import torch

from eolatent.core.encode.presto import inputs as pin
from eolatent.models.training.onnx_eval import cpu_session, export_module, sha256_file

from .. import cli
from .model import PooledEncoder, load_presto

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
WEIGHTS = os.path.join(HERE, "..", "data_sources", "presto", "default_model.pt")
WEIGHTS_SHA256 = "559c9d76f525bdf2dd3774da8b1e7f1510769b73baacac12e9e4d8d5c67fbe65"
REFERENCE = os.path.join(ROOT, "tests", "data", "presto", "reference_embeddings.npz")
INPUTS = ("x", "mask", "dynamic_world", "latlon", "month")
OPSET, IR_VERSION, VERSION = 17, 9, "1.0.0"
MODEL_ID = "eolatent.encoder.presto"


def load_checked(path: str = WEIGHTS):
    actual = sha256_file(path)
    if actual != WEIGHTS_SHA256:
        raise SystemExit(f"{path}: sha256 {actual} is not the published Presto weights ({WEIGHTS_SHA256})")
    return load_presto(path)


def reference_parity(encoder, ref_path: str = REFERENCE) -> dict:
    """Max |ours − published| over the stored reference embeddings (torch module or an ORT session)."""
    ref = np.load(ref_path)
    out = {}
    for suffix, key in (("", "embedding"), ("12", "embedding12")):
        feeds = {"x": ref["x" + suffix], "mask": ref["mask" + suffix],
                 "dynamic_world": ref["dynamic_world" + suffix].astype(np.int64),
                 "latlon": ref["latlon" + suffix].astype(np.float32), "month": ref["month" + suffix].astype(np.int64)}
        if isinstance(encoder, torch.nn.Module):
            with torch.no_grad():
                got = encoder(*(torch.from_numpy(np.ascontiguousarray(feeds[n])) for n in INPUTS)).numpy()
        else:
            got = encoder.run(["embedding"], feeds)[0]
        out[key] = float(np.abs(got - ref[key]).max())
    return out


def export(model):
    pooled = PooledEncoder(model.encoder).eval()
    b, t = 3, 12
    ex = (torch.rand(b, t, 17), torch.zeros(b, t, 17), torch.full((b, t), 9, dtype=torch.long),
          torch.tensor([[50.0, 4.0]] * b), torch.arange(t).remainder(12).expand(b, t).clone())
    dyn = {"x": {0: "B", 1: "T"}, "mask": {0: "B", 1: "T"}, "dynamic_world": {0: "B", 1: "T"},
           "latlon": {0: "B"}, "month": {0: "B", 1: "T"}, "embedding": {0: "B"}}
    return export_module(pooled, ex, INPUTS, ("embedding",), dyn, "eolatent.models.training.presto", OPSET,
                         IR_VERSION)


# card pieces every pixel-series encoder shares (Presto here, its distilled student in distill.py)
LATLON_INPUT = {"name": "latlon", "units": "degree", "shape": "[B, 2]", "normalisation": "WGS84 latitude, longitude"}
MONTH_INPUT = {"name": "month", "units": "month", "shape": "[B, T] int64", "normalisation": "calendar month 0-11"}


def pixel_series_tiling(max_months: int, **extra) -> dict:
    """The card's ``tiling`` of a pixel-series encoder (docs/latent_contract.md, "Pixel-series encoders")."""
    return {"kind": "pixel_series", "chunk_px": 1, "window_days": 365, "window_months": 12, "max_months": max_months,
            "latent_size": 128, "tile_size": 1, "receptive_field": 1, "scale_factor": 1, "logvar": False, **extra}


def card(metrics: dict) -> dict:
    bands = list(pin.BANDS)
    return {
        "id": MODEL_ID, "version": VERSION, "task": "encode",
        "inputs": [
            {"name": "x", "units": "normalised", "bands": bands, "shape": "[B, T<=24, 17]",
             "normalisation": pin.NORMALISATION,
             "time_step": "one calendar month per step, consecutive; mean of the month's valid observations "
                          "(S1 averaged in linear power)"},
            {"name": "mask", "units": "1", "bands": bands, "shape": "[B, T, 17]",
             "normalisation": "1 = missing; a token (channel group x month) with any missing band is masked"},
            {"name": "dynamic_world", "units": "class", "shape": "[B, T] int64",
             "normalisation": "Dynamic World class 0-8; 9 = missing (masked). EO Latent always passes 9"},
            LATLON_INPUT, MONTH_INPUT,
        ],
        "outputs": [{"name": "embedding", "units": "1", "valid_range": [-50.0, 50.0],
                     "description": "mean of the unmasked output tokens, layer-normalised (128 features)"}],
        "tiling": pixel_series_tiling(pin.MAX_MONTHS),
        "training_data": {
            "model": "Presto (Pretrained Remote Sensing Transformer), encoder of the published pre-trained "
                     "checkpoint; this file re-implements the architecture (models/training/presto/model.py) "
                     "and loads the weights unchanged",
            "paper": "Tseng, Cartuyvels, Zvonkov, Purohit, Rolnick, Kerner (2023), Lightweight, Pre-trained "
                     "Transformers for Remote Sensing Timeseries, arXiv:2304.14065",
            "source_weights": "nasaharvest/presto @ 13173d02, data/default_model.pt (MIT, (c) 2024 Presto Authors)",
            "source_weights_sha256": WEIGHTS_SHA256,
            "pretraining": "masked auto-encoding on 21.5 M real pixel time series (12 months; Sentinel-1, "
                           "Sentinel-2, ERA5, SRTM, Dynamic World), sampled globally, 2020-2021 (paper)",
            "no_training_here": "no weight was changed by EO Latent",
        },
        "metrics": metrics,
        "license": "MIT",
    }


def main(argv=None):
    ap = cli.parser(__doc__, paragraph=True, out=os.path.join(ROOT, "models", "encoder_presto.onnx"))
    ap.add_argument("--metrics", help="JSON of evaluation figures to embed (from evaluate.py)")
    ns = ap.parse_args(argv)
    from eolatent.models.training.provenance import write_onnx_with_card

    cli.start(ns, seed=0)
    model = load_checked()
    pooled = PooledEncoder(model.encoder).eval()
    parity_torch = reference_parity(pooled)
    proto = export(model)
    sess = cpu_session(proto.SerializeToString(), 1)
    parity_onnx = reference_parity(sess)
    worst = max(list(parity_torch.values()) + list(parity_onnx.values()))
    if worst > 1e-4:
        raise SystemExit(f"parity with the published Presto failed: torch {parity_torch}, onnx {parity_onnx}")
    metrics = {"parity_with_published_code_max_abs": {"torch": parity_torch, "onnxruntime": parity_onnx}}
    if ns.metrics:
        with open(ns.metrics) as fh:
            metrics.update(json.load(fh))
    stored = write_onnx_with_card(proto, card(metrics), ns.out)
    print(json.dumps({"out": ns.out, "weights_sha256": stored["weights_sha256"], "metrics": metrics}, indent=1))


if __name__ == "__main__":
    main()
