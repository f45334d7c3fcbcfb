# SPDX-License-Identifier: GPL-3.0-or-later
"""ONNX export and model cards of the pivotal encoder/decoder (contract: docs/latent_contract.md)."""
from __future__ import annotations

import json
import os

import numpy as np
import torch

from eolatent.models.training.onnx_eval import cpu_session, export_module

from . import nets, realdata
from .emulator import INPUT_BANDS

OPSET, IR_VERSION, VERSION = 17, 9, "1.1.0"   # 1.1.0: teacher = the L1C (TOA) biophysical variant 2.1.0
ENC_INPUTS = ("s2", "s2_valid", "s1", "s1_valid", "doy")
DEC_INPUTS = ("latent", "position", "dt", "doy")


def _export(module, args, names, outputs, dynamic, producer):
    return export_module(module, args, names, outputs, dynamic, producer, OPSET, IR_VERSION)


def to_onnx(enc, dec_x, cfg) -> dict:
    """Both ONNX ModelProtos (no card yet) and their bare bytes."""
    P, L = cfg["P"], cfg["L"]
    ex = (torch.rand(2, 10, P, P) * 0.3, torch.ones(2, 1, P, P), torch.full((2, 2, P, P), -12.0),
          torch.ones(2, 1, P, P), torch.full((2, 1), 180.0))
    dyn = {n: {0: "B"} for n in ENC_INPUTS + ("mean", "logvar")}
    e = _export(enc, ex, ENC_INPUTS, ("mean", "logvar"), dyn, "eolatent.models.training.pivotal")
    dx = (torch.randn(2, L), torch.rand(2, 5, 2), torch.zeros(2, 1), torch.full((2, 1), 180.0))
    dyn = {"latent": {0: "B"}, "position": {0: "B", 1: "Q"}, "dt": {0: "B"}, "doy": {0: "B"},
           "mean": {0: "B", 1: "Q"}, "std": {0: "B", 1: "Q"}}
    d = _export(dec_x, dx, DEC_INPUTS, ("mean", "std"), dyn, "eolatent.models.training.pivotal")
    return {"encoder": e, "decoder": d, "encoder_bytes": e.SerializeToString(), "decoder_bytes": d.SerializeToString()}


def session(model_bytes: bytes):
    return cpu_session(model_bytes, 1)


def _r(x, nd=4):
    return None if x is None or not np.isfinite(x) else float(round(float(x), nd))


def cards(cfg: dict, metrics: dict) -> tuple:
    P, L, suffix = cfg["P"], cfg["L"], cfg["suffix"]
    enc_id, dec_id = f"eolatent.encoder.{suffix}", f"eolatent.decoder.{suffix}"
    tiling = {"chunk_px": P, "window_days": 10, "latent_size": L, "tile_size": P, "receptive_field": P,
              "scale_factor": P}
    training = {
        "synthetic": "chunks generated on the fly (models/training/pivotal/synth.py): Voronoi parcels with "
                     "double-logistic LAI phenologies (crop, grassland, forest, bare), leaf/soil parameters, "
                     "soil-moisture series; S2 reflectance from a PROSAIL emulator (PROSAIL S2A SRF) + L2A-like "
                     "band noise + cloud masks",
        "sentinel1": "SIMULATED ONLY: VV/VH from the Water Cloud Model (wcm_torch, set eolatent_s1_oh2004, "
                     "vegetation descriptor LAI, Oh 2004 soil) at 33-43 deg incidence + gamma speckle ENL 4.4; "
                     "no real S1 time series was available for training",
        "real": "Slovenia Sentinel-2 sample (tests/data/slovenia, eo-learn TestEOPatch, 100 x 100 px at 10 m): "
                "L1C top-of-atmosphere reflectance (not L2A), dates 2015-07-11, 07-31, 08-20, 09-09, "
                "S2 reconstruction through the physics + teacher LAI from eolatent:biophysical (no field labels); "
                "2015-08-30 held out, and five 20 x 20 px blocks held out in space (HOLDOUT_BLOCKS in "
                "realdata.py); s2cloudless CLP >= 50 % masked",
        "physics": "decoded parameters -> S2 via the frozen PROSAIL emulator at a reference geometry (sun zenith "
                   "at 46 N, 10:30 solar time, view zenith 5, relative azimuth 90), S1 via the Water Cloud Model "
                   "at 38 deg (synthetic batches: the chunk's incidence angle)",
        "supervision": "weak supervised term on synthetic chunks (their known parameters); on real chunks a "
                       "teacher term: decoded LAI at the observed date against eolatent:biophysical's direct "
                       f"retrieval ({realdata.teacher_name()}) on the same pixels, Gaussian "
                       f"NLL sigma {metrics['training'].get('teacher_sigma')}, never on the held-out blocks or date",
        "seed": metrics["training"]["seed"],
    }
    enc_card = {
        "id": enc_id, "version": VERSION, "task": "encode",
        "inputs": [
            {"name": "s2", "bands": list(INPUT_BANDS), "units": "surface reflectance 0-1",
             "normalisation": "mean of the valid observations of the window, 0 where none; inside: x*8-1"},
            {"name": "s2_valid", "units": "fraction 0-1", "normalisation": "fraction of the window's S2 dates valid"},
            {"name": "s1", "bands": ["VV", "VH"], "units": "dB (sigma0)",
             "normalisation": "mean of the valid observations in linear power, then dB; 0 where none"},
            {"name": "s1_valid", "units": "fraction 0-1", "normalisation": "fraction of the window's S1 dates valid"},
            {"name": "doy", "units": "day of year 1-366", "normalisation": "window centre"},
        ],
        "outputs": [{"name": "mean", "units": "latent", "valid_range": [-50.0, 50.0], "size": L},
                    {"name": "logvar", "units": "log variance of the latent", "valid_range": [-10.0, 4.0],
                     "size": L}],
        "tiling": tiling, "training_data": training, "metrics": metrics, "license": "GPL-3.0-or-later",
        "weights_sha256": "",
    }
    rng = {"LAI": [0.0, 8.0], "FCOVER": [0.0, 1.0]}
    box = {"CAB": "cab", "CW": "cw", "CM": "cm", "SOIL_BRIGHTNESS": "rsoil", "SM": "sm", "N": "n", "ALA": "ala"}
    rng.update({k: list(map(float, nets.BOX[v])) for k, v in box.items()})
    dec_card = {
        "id": dec_id, "version": VERSION, "task": "decode",
        "inputs": [
            {"name": "latent", "units": "latent", "encoder": enc_id, "encoder_version": VERSION, "size": L,
             "normalisation": "the encoder's mean"},
            {"name": "position", "units": "chunk units 0-1 (row, col) of output pixel centres"},
            {"name": "dt", "units": "days from the window centre to the requested date"},
            {"name": "doy", "units": "day of year of the requested date"},
        ],
        "outputs": [{"name": v, "units": nets.UNITS[v], "valid_range": rng[v],
                     "std_output": f"std[..., {k}], same units, 1 sigma calibrated on held-out synthetic chunks"}
                    for k, v in enumerate(nets.OUTPUTS)],
        "tiling": tiling, "training_data": training, "metrics": metrics, "license": "GPL-3.0-or-later",
        "weights_sha256": "",
    }
    return enc_card, dec_card


def write(models: dict, cfg: dict, metrics: dict, out: str) -> list:
    from eolatent.models.training.provenance import write_onnx_with_card

    os.makedirs(out, exist_ok=True)
    enc_card, dec_card = cards(cfg, metrics)
    s = cfg["suffix"]
    pe, pd = os.path.join(out, f"encoder_{s}.onnx"), os.path.join(out, f"decoder_{s}.onnx")
    ce = write_onnx_with_card(models["encoder"], enc_card, pe)
    cd = write_onnx_with_card(models["decoder"], dec_card, pd)
    pm = os.path.join(out, f"pivotal_{s}.metrics.json")
    with open(pm, "w", encoding="utf-8") as fh:
        json.dump({"encoder_id": ce["id"], "decoder_id": cd["id"], "version": VERSION,
                   "encoder_weights_sha256": ce["weights_sha256"], "decoder_weights_sha256": cd["weights_sha256"],
                   **metrics}, fh, indent=2, sort_keys=True)
        fh.write("\n")
    return [pe, pd, pm]


__all__ = ["to_onnx", "write", "cards", "session", "_r"]
