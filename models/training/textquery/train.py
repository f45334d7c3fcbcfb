# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, calibrate, export and evaluate a text-query satellite tower (``models/textquery_<input>.onnx``).

    python -m eolatent.models.training.textquery.train --input s2|latent_fine4 --out models/ \
        [--pairs DIR] [--quick] [--seed S] [--steps N] [--threads T]

Steps (seeded; docs/textquery_training.md):

1. captions: the TRAIN phrasings of the training classes (captions.training_captions — the held-out class
   shrubland and every EVAL phrasing are excluded there), embedded once with the shipped text model
   (core.textquery.text_encoder.TextEncoder, MiniLM, 384-d);
2. real pairs: the Slovenia sample (pivotal/realdata.load, L1C TOA, 5 dates) with its LULC labels. Spatial split
   on the 20 × 20 px blocks: TEST = the five blocks of realdata.spatial_holdout() (never trained on, never used
   for calibration), VALIDATION = :data:`VAL_BLOCKS` (calibration only), TRAIN = the other 17 blocks. Pixels of
   the held-out class are dropped from training and validation everywhere. S2 tower: one pair per pixel
   (s2_features of the 5 dates); latent tower: one pair per 4 × 4 chunk (fine4 encoder means per 10-day window,
   as eolatent:encode computes them), labelled with the chunk's majority class when ≥ 75 % pure;
3. simulated pairs (simulate.py): PROSAIL/emulator canopies, water, built-up, snow, L1C-like perturbation, noise;
   for the latent tower run through the fine4 encoder as 4 × 4 chunks;
4. optional lab pairs (pairs.py, ``--pairs DIR``);
5. training: supervised InfoNCE (CLIP-style, both directions). Each step draws a batch of real (class-weighted
   ∝ 1/√n) and simulated (class-balanced) pairs and ONE random TRAIN caption per training class (class-
   deduplicated captions): pixel→text is a softmax over the class captions, text→pixel a multi-positive softmax over
   the batch's pixels; pairs of the same or of a related class (captions.related_matrix) are never negatives.
   An alignment term (weight ``align``) pulls each image embedding towards the mean TRAIN caption embedding of its
   class, which keeps image embeddings where paraphrases land. S2 tower: real forest and grassland pixels of the
   same dates are mixed linearly (α 0.25–0.75, sub-pixel mixtures) as extra examples of *open woodland*
   (:data:`MIXTURE`). Lab pairs add a CLIP loss among themselves (same group = not negatives). Real pairs get random
   date dropout;
6. calibration on VALIDATION (real validation blocks + an independent simulated set): Platt (a, b) for a single
   prompt, softmax scale for several prompts (contract);
7. export to ONNX (opset 17, IR 9, dynamic N and D), card, and every figure measured with onnxruntime on the
   exported file (evaluate.py): per class ROC AUC on the TEST pixels with EVAL phrasings only, NDVI baseline.
"""
from __future__ import annotations

import json
import os
import sys
import time

import numpy as np

from eolatent.core.textquery.features import S2_CHANNELS

from .. import cli
from . import captions as caps
from . import evaluate as ev
from . import simulate as simu

# latent_fine4 1.1.0: trained on the latents of encoder fine4 1.1.0 (a tower reads one encoder version only)
MODEL_VERSION = {"s2": "1.0.0", "latent_fine4": "1.1.0"}
OPSET = 17
IR_VERSION = 9
INPUTS = ("s2", "latent_fine4")

DEFAULTS = dict(n_sim=6000, n_sim_val=400, n_sim_test=400, steps=3000, batch=512, real_frac=0.4, hidden=128, k=64,
                lr=2e-3, weight_decay=1e-4, date_dropout=0.3, lab_batch=128, align=3.0, mix_frac=0.2)
QUICK = dict(n_sim=300, n_sim_val=60, n_sim_test=60, steps=60, batch=256, real_frac=0.4, hidden=32, k=16,
             lr=3e-3, weight_decay=1e-4, date_dropout=0.3, lab_batch=64, align=3.0, mix_frac=0.2)


# ---------------------------------------------------------------------------------------------------
# captions
# ---------------------------------------------------------------------------------------------------
def caption_bank(text_encoder) -> dict:
    """The text side of training: training class names, their TRAIN captions and embeddings, the related mask.
    This is the only place the trainer gets text from (tests check it holds no EVAL phrasing / held-out class)."""
    tc = caps.training_captions()
    names = list(tc)
    emb = [text_encoder.encode(tc[n]) for n in names]
    return {"names": names, "captions": [tc[n] for n in names], "embeddings": emb,
            "related": caps.related_matrix(names)}


# ---------------------------------------------------------------------------------------------------
# real data
# ---------------------------------------------------------------------------------------------------

from .calibration import calibrate  # noqa: E402
from .common import VAL_BLOCKS, _t, log  # noqa: E402
from .fit import train_tower  # noqa: E402
from .realpairs import encoder_session, real_latent, real_s2, real_splits, subset  # noqa: E402


def sim_pairs(rng, emu, n_per_class, names, input_kind, session=None) -> dict:
    sim = simu.simulate(rng, emu, n_per_class)
    if input_kind == "s2":
        x, valid, doy = simu.s2_inputs(rng, sim)
    else:
        x, valid, doy = simu.latent_inputs(rng, sim, session)
    cls = np.array([names.index(sim["classes"][i]) for i in sim["label"]], np.int64)
    keep = valid.sum(1) > 0
    return {"x": x[keep], "valid": valid[keep], "doy": doy[keep], "cls": cls[keep],
            "sim_class": np.asarray(sim["classes"])[sim["label"][keep]], "toa": sim["toa"][keep],
            "mean_spectra": simu.class_mean_spectra(sim)}


# ---------------------------------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------------------------------
def export_onnx(tower):
    import torch

    from eolatent.models.training.onnx_eval import export_module

    from .tower import ExportTower

    module = ExportTower(tower).eval()
    C = tower.channels
    ex = (torch.rand(3, 4, C), torch.tensor([[1, 1, 0, 1]] * 3, dtype=torch.float32), torch.full((3, 4), 180.0))
    dyn = {"x": {0: "N", 1: "D"}, "valid": {0: "N", 1: "D"}, "doy": {0: "N", 1: "D"}, "features": {0: "N"}}
    return export_module(module, ex, ("x", "valid", "doy"), ("features", "projection"), dyn,
                         "eolatent.models.training.textquery", OPSET, IR_VERSION)


# ---------------------------------------------------------------------------------------------------
def main(argv=None) -> dict:
    ap = cli.parser(__doc__, out="models/", out_help="output folder (or a .onnx path)", seed=20250720, threads=1,
                    quick=cli.QUICK_SECONDS)
    ap.add_argument("--input", choices=INPUTS, default="s2")
    ap.add_argument("--pairs", default=None, help="folder of lab pairs (docs/textquery_training.md)")
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--cfg", default=None, help="JSON overrides of the training configuration (development)")
    args = ap.parse_args(argv)

    t_start = time.time()
    torch = cli.start(args)
    cfg = dict(QUICK if args.quick else DEFAULTS)
    if args.cfg:
        cfg.update(json.loads(args.cfg))
    if args.steps:
        cfg["steps"] = args.steps
    kind = args.input
    out = args.out if args.out.endswith(".onnx") else os.path.join(args.out, f"textquery_{kind}.onnx")
    log(f"input {kind}, config {cfg}, seed {args.seed}")
    ss = np.random.SeedSequence(args.seed).spawn(6)
    rng_sim, rng_val, rng_test, rng_cal = (np.random.default_rng(s) for s in ss[1:5])
    emu_seed = int(ss[0].generate_state(1)[0] % (2 ** 31))
    torch_seed = int(ss[5].generate_state(1)[0] % (2 ** 31))

    from eolatent.core.textquery.text_encoder import TextEncoder

    te = TextEncoder(threads=1)
    bank = caption_bank(te)
    names = bank["names"]
    emu, emu_metrics = simu.make_emulator(emu_seed, quick=args.quick, log=log)
    session = enc_card = None
    if kind == "s2":
        real = real_s2(names)
        channels = S2_CHANNELS
    else:
        session, enc_card = encoder_session()
        real = real_latent(names, session, enc_card)
        channels = int(enc_card["tiling"]["latent_size"])
    t_data = time.time()
    sim_train = sim_pairs(rng_sim, emu, cfg["n_sim"], names, kind, session)
    sim_val = sim_pairs(rng_val, emu, cfg["n_sim_val"], names, kind, session)
    sim_test = sim_pairs(rng_test, emu, cfg["n_sim_test"], names, kind, session)
    log(f"simulated {sim_train['x'].shape[0]} + {sim_val['x'].shape[0]} + {sim_test['x'].shape[0]} series in "
        f"{time.time() - t_data:.0f} s")
    tr, va = real_splits(real)
    real_train, real_val = subset(real, tr), subset(real, va)
    lab = None
    if args.pairs:
        from .pairs import load_pairs

        lab = load_pairs(args.pairs, channels=channels, text_encoder=te)
        log(f"lab pairs: {lab['x'].shape[0]} from {', '.join(lab['files'])}")
    counts = {names[c]: int((real_train["cls"] == c).sum()) for c in np.unique(real_train["cls"])}
    log(f"real training {real['unit']}s: {counts}; validation {int(va.sum())}")

    tower, info = train_tower(real_train, sim_train, lab, bank, cfg, torch_seed, channels, mixable=kind == "s2")
    t_train = time.time() - t_start

    model = export_onnx(tower)
    bare = model.SerializeToString()
    sess = ev.session(bare)
    # calibration on validation (real validation blocks + independent simulated set), with the exported graph
    zv = np.concatenate([ev.embed(sess, real_val["x"], real_val["valid"], real_val["doy"])[0],
                         ev.embed(sess, sim_val["x"], sim_val["valid"], sim_val["doy"])[0]])
    cv = np.concatenate([real_val["cls"], sim_val["cls"]])
    calib = calibrate(zv, cv, bank, rng_cal)
    text_model = {"id": te.card["id"], "version": te.card["version"], "weights_sha256": te.card["weights_sha256"]}
    calib["text_model"] = text_model
    log(f"calibration: single {calib['single']}, softmax {calib['softmax']}")

    # ONNX vs torch
    with torch.no_grad():
        k = min(2048, sim_test["x"].shape[0])
        f_t, p_t = tower(_t(sim_test["x"][:k]), _t(sim_test["valid"][:k]), _t(sim_test["doy"][:k]))
    f_o, p_o = sess.run(["features", "projection"], {"x": sim_test["x"][:k], "valid": sim_test["valid"][:k],
                                                     "doy": sim_test["doy"][:k]})
    diff = float(max(np.abs(f_o - f_t.detach().numpy()).max(), np.abs(p_o - p_t.detach().numpy()).max()))

    evaluation = ev.evaluate_all(sess, real, sim_test, te, names, calib)
    feats = ev.embed(sess, sim_train["x"][:4096], sim_train["valid"][:4096], sim_train["doy"][:4096])[1]
    f_lo, f_hi = float(np.floor(feats.min() * 2 - 1)), float(np.ceil(feats.max() * 2 + 1))
    test_counts = {caps.REAL_CODES[c]: int(n) for c, n in zip(*np.unique(
        real["code"][(real["split"] == "test") & (real["code"] > 0)], return_counts=True))}
    metrics = {
        **evaluation,
        "calibration": calib,
        "text_model": text_model,
        "onnx_vs_torch_max_abs_diff": diff,
        "training": {**info, "steps": cfg["steps"], "batch": cfg["batch"], "real_fraction_of_batch": cfg["real_frac"],
                     "hidden": cfg["hidden"], "k": cfg["k"], "lr": cfg["lr"], "optimiser": "AdamW, one-cycle",
                     "loss": "supervised InfoNCE both directions, one random TRAIN caption per training class and "
                             "step, related classes never negatives" + ("; + CLIP loss on lab pairs" if lab else ""),
                     "real_train": counts, "real_validation": int(va.sum()), "real_test_labelled": test_counts,
                     "simulated_train": int(sim_train["x"].shape[0]),
                     "simulated_validation": int(sim_val["x"].shape[0]),
                     "simulated_test": int(sim_test["x"].shape[0]),
                     "lab_pairs": int(lab["x"].shape[0]) if lab is not None else 0},
        "emulator": emu_metrics,
        **cli.run_record(args, t_start, stages={"training": t_train}), "seed": int(args.seed),
    }
    card = build_card(kind, channels, enc_card, cfg, args, metrics, sim_train, real, lab, (f_lo, f_hi),
                      float(np.abs(p_o).max()))
    stored, metrics_path = cli.write_outputs(model, card, out, metrics)
    zr = evaluation["zero_shot_real"]
    log(f"test AUC (EVAL prompts): seen mean {zr['mean_seen']} (NDVI {zr['ndvi_baseline_mean_seen']}), held-out mean "
        f"{zr['mean_held_out']} (NDVI {zr['ndvi_baseline_mean_held_out']}); met {zr['met']}")
    log(f"wrote {out} and {metrics_path} in {metrics['wall_time_s']['total']:.0f} s; onnx vs torch {diff:.1e}")
    return {"tower": tower, "card": stored, "metrics": metrics, "path": out, "metrics_path": metrics_path}


def build_card(kind, channels, enc_card, cfg, args, metrics, sim_train, real, lab, f_range, p_max) -> dict:
    from eolatent.core.textquery.features import S2_BANDS

    if kind == "s2":
        x_in = {"name": "x", "channels": channels, "bands": list(S2_BANDS) + ["NDVI"],
                "units": "reflectance 0-1 (L2A surface or L1C TOA), NDVI unitless; 0 where not valid",
                "shape": ["N", "D", channels],
                "normalisation": "none outside the graph (eolatent.core.textquery.features.s2_features); "
                                 "standardised inside"}
    else:
        x_in = {"name": "x", "channels": channels, "encoder": enc_card["id"], "encoder_version": enc_card["version"],
                "encoder_weights_sha256": enc_card["weights_sha256"],
                "units": "latent mean of each window (eolatent:encode raster, 'mean' bands); 0 where not valid",
                "shape": ["N", "D", channels],
                "normalisation": "none outside the graph (eolatent.core.textquery.features.latent_features); "
                                 "standardised inside"}
    inputs = [x_in,
              {"name": "valid", "units": "1 = valid date/window, 0 = not", "shape": ["N", "D"]},
              {"name": "doy", "units": "day of year 1-366 of the date / window centre", "shape": ["N", "D"]}]
    outputs = [{"name": "features", "units": "1", "shape": ["N", cfg["k"]], "valid_range": list(f_range),
                "note": "bottleneck features; image embedding = normalize(features @ projection)"},
               {"name": "projection", "units": "1", "shape": [cfg["k"], 384], "valid_range": [-p_max, p_max],
                "note": "constant"}]
    sim_classes = sorted(set(sim_train["sim_class"].tolist()))
    training_data = {
        "description": "contrastive (text, satellite) pairs: real labelled Slovenia pixels (LULC, spatial split) "
                       "with several TRAIN phrasings per class, physics-simulated series with class captions"
                       + (", lab pairs" if lab is not None else ""),
        "real": {"source": "tests/data/slovenia (Sentinel-2 L1C TOA, 5 dates 2015-07-11..09-09, LULC from MKGP RABA "
                           "via eo-learn)", "unit": real["unit"],
                 "split": {"test_blocks_20px": [list(b) for b in __import__(
                     "eolatent.models.training.pivotal.realdata", fromlist=["x"]).HOLDOUT_BLOCKS],
                     "validation_blocks_20px": [list(b) for b in VAL_BLOCKS], "train": "the other 17 blocks"},
                 "held_out_classes": list(caps.HELD_OUT),
                 "held_out_note": "no pixel and no phrasing of a held-out class is used in training or calibration"},
        "simulated": {"classes": sim_classes, "series_per_class": cfg["n_sim"], **simu.RECIPE_SUMMARY,
                      "mean_spectra_valid_dates": sim_train["mean_spectra"]},
        "captions": {"train": caps.training_captions(), "kinds": list(caps.KINDS),
                     "eval_never_trained": {c.name: [p for k in caps.KINDS for p in c.eval.get(k, ())]
                                            for c in caps.CLASSES}},
        "seed": int(args.seed),
        "seeds": "numpy SeedSequence(seed).spawn(6): emulator, simulated train, validation, test, calibration, torch",
    }
    if lab is not None:
        training_data["lab_pairs"] = {"n": int(lab["x"].shape[0]), "files": lab["files"]}
    return {
        "id": f"eolatent.textquery.{kind}", "version": MODEL_VERSION[kind], "task": "text_query",
        "inputs": inputs, "outputs": outputs,
        "tiling": {"tile_size": 512, "receptive_field": 0, "scale_factor": 1},
        "training_data": training_data, "metrics": metrics, "license": "GPL-3.0-or-later", "weights_sha256": "",
    }


if __name__ == "__main__":
    main()
    sys.exit(0)
