# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, evaluate and export the biophysical retrieval network (``models/biophysical_s2.onnx``).

    python -m eolatent.models.training.train_biophysical --out models/biophysical_s2.onnx \
        [--n-train N] [--seed S] [--quick]

Steps (everything seeded; see models/training/README.md):

1. simulate three independent PROSAIL data sets (simulate_biophysical.py): training, validation and
   held-out test, all with band noise (the training set gets a fresh noise draw every epoch on top of
   the same PROSAIL simulations);
2. train the heteroscedastic MLP (nets.HeteroscedasticMLP): 10 reflectances + cos of the 3 angles →
   mean and log-variance of each standardised variable, β-NLL loss (β = 0.5), Adam + cosine schedule;
3. calibrate σ on the validation set: one scale per variable, s = the 68.27th percentile of |z|,
   z = (truth − mean) / σ, so that ±1σ covers 68.27 % of the validation truths;
4. train the SL2P-design baseline (one net per variable, 5 tanh hidden neurons, MSE, the SL2P inputs:
   B03 B04 B05 B06 B07 B8A B11 B12 + cos of the angles) on the same simulations, same epochs;
5. export to ONNX (opset 17, IR 9), embed the model card, and measure every figure on the held-out test
   set *with onnxruntime on the exported file*; write ``<out>.metrics.json`` next to the model.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform as _platform
import sys
import time
import warnings

import numpy as np

from eolatent.models.training import simulate_biophysical as sim
from eolatent.models.training.metrics import _r, evaluate
from eolatent.models.training.onnx_eval import cpu_session

MODEL_ID = "eolatent.biophysical.s2"
MODEL_VERSION = "1.0.0"
OPSET = 17
IR_VERSION = 9
SL2P_BANDS = ("B03", "B04", "B05", "B06", "B07", "B8A", "B11", "B12")
COVERAGE_1SIGMA = 0.6826894921370859  # P(|Z| <= 1), Z standard normal

DEFAULTS = dict(n_train=80_000, n_val=10_000, n_test=20_000, epochs=300, baseline_epochs=300,
                hidden=(64, 64), batch=1024, lr=3e-3, baseline_lr=1e-2, beta=0.5)
QUICK = dict(n_train=2_000, n_val=500, n_test=1_000, epochs=4, baseline_epochs=4,
             hidden=(16, 16), batch=256, lr=3e-3, baseline_lr=1e-2, beta=0.5)


def log(msg: str) -> None:
    print(f"[train_biophysical {time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------
def make_datasets(n_train: int, n_val: int, n_test: int, seed: int, simulate=None) -> dict:
    ss = np.random.SeedSequence(seed)
    s_train, s_val, s_test, s_aug = ss.spawn(4)
    out = {}
    for name, n, s in (("train", n_train, s_train), ("val", n_val, s_val), ("test", n_test, s_test)):
        t0 = time.time()
        last = [0.0]

        def progress(done, total, name=name, t0=t0):
            if time.time() - last[0] > 15 or done == total:
                last[0] = time.time()
                log(f"  simulating {name}: {done}/{total} ({time.time() - t0:.0f} s)")

        out[name] = sim.simulate_dataset(n, s, noise=True, simulate=simulate, progress=progress)
        log(f"simulated {name}: {n} samples in {time.time() - t0:.1f} s")
    out["aug_seed"] = s_aug
    return out


def features(bands: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """Same features as nets.BiophysicalExport.features, in numpy: bands + cos(angles)."""
    return np.concatenate([bands, np.cos(np.deg2rad(angles))], axis=1).astype(np.float32)


def sl2p_columns() -> list:
    """Columns of ``features`` that the SL2P design uses (its 8 bands + the 3 cosines)."""
    return [sim.INPUT_BANDS.index(b) for b in SL2P_BANDS] + [len(sim.INPUT_BANDS) + i for i in range(3)]


# ---------------------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------------------
def _batches(n: int, batch: int, rng: np.random.Generator):
    perm = rng.permutation(n)
    for i in range(0, n, batch):
        yield perm[i:i + batch]


def train_models(data: dict, cfg: dict, seed: int):
    import torch
    from eolatent.models.training import nets

    torch.manual_seed(seed)
    tr, va = data["train"], data["val"]
    band_idx = tr["band_idx"]
    x_first = features(tr["bands"], tr["angles"])  # the first noisy realisation (card domain, scalers)
    x_mean = x_first.mean(0)
    x_std = x_first.std(0) + 1e-6
    y = tr["targets"].astype(np.float32)
    y_mean = y.mean(0)
    y_std = y.std(0)
    ys = torch.from_numpy((y - y_mean) / y_std)
    cos_ang = torch.from_numpy(np.cos(np.deg2rad(tr["angles"])).astype(np.float32))
    xv = torch.from_numpy((features(va["bands"], va["angles"]) - x_mean) / x_std)
    yv = torch.from_numpy(((va["targets"] - y_mean) / y_std).astype(np.float32))
    xv_b = torch.from_numpy(features(va["bands"], va["angles"])[:, sl2p_columns()])

    aug_rng = np.random.default_rng(data["aug_seed"])
    n = y.shape[0]

    def epoch_inputs(epoch: int) -> torch.Tensor:
        # epoch 0 uses the stored noisy realisation, later epochs a fresh noise draw on the same spectra
        bands = tr["bands"] if epoch == 0 else sim.add_noise(tr["bands_clean"], aug_rng, band_idx)
        return torch.cat([torch.from_numpy(bands.astype(np.float32)), cos_ang], dim=1)

    net = nets.HeteroscedasticMLP(x_first.shape[1], y.shape[1], cfg["hidden"])
    cols = sl2p_columns()
    base = nets.SL2PBaseline(len(cols), y.shape[1], 5, x_min=x_first[:, cols].min(0), x_max=x_first[:, cols].max(0))
    opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
    opt_b = torch.optim.Adam(base.parameters(), lr=cfg["baseline_lr"])
    sch = torch.optim.lr_scheduler.CosineAnnealingLR(opt, cfg["epochs"] * math.ceil(n / cfg["batch"]))
    sch_b = torch.optim.lr_scheduler.CosineAnnealingLR(opt_b, cfg["baseline_epochs"] * math.ceil(n / cfg["batch"]))
    xm, xs = torch.from_numpy(x_mean), torch.from_numpy(x_std)
    batch_rng = np.random.default_rng(seed)
    t0 = time.time()
    n_epochs = max(cfg["epochs"], cfg["baseline_epochs"])
    for epoch in range(n_epochs):
        x_raw = epoch_inputs(epoch)
        x_std_t = (x_raw - xm) / xs
        x_b = x_raw[:, cols]
        do_net, do_base = epoch < cfg["epochs"], epoch < cfg["baseline_epochs"]
        net.train()
        tot = tot_b = 0.0
        for idx in _batches(n, cfg["batch"], batch_rng):
            idx = torch.from_numpy(idx)
            if do_net:
                mu, logvar = net(x_std_t[idx])
                loss = nets.beta_nll(mu, logvar, ys[idx], cfg["beta"])
                opt.zero_grad()
                loss.backward()
                opt.step()
                sch.step()
                tot += loss.item() * len(idx)
            if do_base:
                loss_b = ((base(x_b[idx]) - ys[idx]) ** 2).mean()
                opt_b.zero_grad()
                loss_b.backward()
                opt_b.step()
                sch_b.step()
                tot_b += loss_b.item() * len(idx)
        if epoch % 25 == 0 or epoch == n_epochs - 1:
            net.eval()
            with torch.no_grad():
                mu, logvar = net(xv)
                rmse = torch.sqrt(((mu - yv) ** 2).mean(0)) * torch.from_numpy(y_std)
                nll = float(nets.beta_nll(mu, logvar, yv, 0.0))
                rmse_b = torch.sqrt(((base(xv_b) - yv) ** 2).mean(0)) * torch.from_numpy(y_std)
            log(f"epoch {epoch + 1}/{n_epochs}  loss {tot / n:.4f}  base MSE {tot_b / n:.4f}  val NLL {nll:.3f}  "
                f"val RMSE " + " ".join(f"{v}={r:.3f}" for v, r in zip(sim.VARIABLES, rmse.tolist()))
                + "  baseline " + " ".join(f"{r:.3f}" for r in rmse_b.tolist())
                + f"  ({time.time() - t0:.0f} s)")
    net.eval()
    base.eval()

    # σ calibration on the validation set: per-variable scale so that ±1σ covers 68.27 %
    with torch.no_grad():
        mu, logvar = net(xv)
    z = np.abs((yv - mu).numpy()) / np.exp(0.5 * logvar.numpy())
    sigma_scale = np.quantile(z, COVERAGE_1SIGMA, axis=0).astype(np.float32)
    log("sigma calibration scales: " + " ".join(f"{v}={s:.3f}" for v, s in zip(sim.VARIABLES, sigma_scale)))
    export = nets.BiophysicalExport(net, x_mean, x_std, y_mean, y_std, sigma_scale).eval()
    scalers = dict(x_mean=x_mean, x_std=x_std, y_mean=y_mean, y_std=y_std, x_first=x_first)
    return export, base, sigma_scale, scalers


# ---------------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------------
def export_onnx(module):
    import io

    import onnx
    import torch

    bands = torch.rand(4, len(sim.INPUT_BANDS))
    angles = torch.rand(4, 3) * 40.0
    buf = io.BytesIO()
    with warnings.catch_warnings():  # dynamo=False: the TorchScript exporter (no onnxscript needed)
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.onnx.export(module, (bands, angles), buf, input_names=["bands", "angles"], output_names=["mean", "std"],
                          dynamic_axes={"bands": {0: "N"}, "angles": {0: "N"}, "mean": {0: "N"}, "std": {0: "N"}},
                          opset_version=OPSET, dynamo=False, do_constant_folding=True)
    model = onnx.load_from_string(buf.getvalue())
    model.ir_version = IR_VERSION
    model.producer_name = "eolatent.models.training.train_biophysical"
    onnx.checker.check_model(model)
    return model


def run_onnx(model_bytes: bytes, bands: np.ndarray, angles: np.ndarray):
    sess = cpu_session(model_bytes, 2)
    mean, std = sess.run(["mean", "std"], {"bands": bands.astype(np.float32), "angles": angles.astype(np.float32)})
    return mean, std


# ---------------------------------------------------------------------------------------------------
def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="models/biophysical_s2.onnx", help="output ONNX path")
    ap.add_argument("--n-train", type=int, default=None, help="training simulations (default 80000)")
    ap.add_argument("--seed", type=int, default=20250601)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--hidden", default=None, help="hidden widths, e.g. 64,64 (experiments)")
    ap.add_argument("--beta", type=float, default=None, help="beta of the beta-NLL (experiments)")
    ap.add_argument("--quick", action="store_true", help="tiny run for tests (< 1 min)")
    args = ap.parse_args(argv)

    t_start = time.time()
    import torch

    torch.set_num_threads(max(1, args.threads))
    cfg = dict(QUICK if args.quick else DEFAULTS)
    if args.n_train:
        cfg["n_train"] = args.n_train
    if args.hidden:
        cfg["hidden"] = tuple(int(h) for h in args.hidden.split(","))
    if args.beta is not None:
        cfg["beta"] = args.beta
    if args.epochs:
        cfg["epochs"] = cfg["baseline_epochs"] = args.epochs
    log(f"config: {cfg} seed={args.seed} threads={args.threads}")

    data = make_datasets(cfg["n_train"], cfg["n_val"], cfg["n_test"], args.seed)
    t_sim = time.time() - t_start
    export, base, sigma_scale, scalers = train_models(data, cfg, args.seed)
    t_train = time.time() - t_start - t_sim
    model = export_onnx(export)

    te = data["test"]
    bare = model.SerializeToString()
    mean, std = run_onnx(bare, te["bands"], te["angles"])
    with torch.no_grad():
        base_pred = base(torch.from_numpy(features(te["bands"], te["angles"])[:, sl2p_columns()])).numpy()
        t_mean, t_std = export(torch.from_numpy(te["bands"].astype(np.float32)),
                               torch.from_numpy(te["angles"].astype(np.float32)))
    onnx_vs_torch = float(max(np.abs(mean - t_mean.numpy()).max(), np.abs(std - t_std.numpy()).max()))
    base_pred = base_pred * scalers["y_std"] + scalers["y_mean"]
    per_var = evaluate(mean, std, base_pred, te["targets"])
    for v, m in per_var.items():
        log(f"test {v:6s} RMSE {m['rmse']:.4f} (SL2P design {m['baseline_rmse']:.4f})  bias {m['bias']:+.4f}  "
            f"R2 {m['r2']:.3f}  ±1σ coverage {100 * m['coverage_1sigma']:.1f} %  ±2σ {100 * m['coverage_2sigma']:.1f} %")

    # robustness: the same clean test spectra under the harsher, band-independent NOISE_STRESS model
    stress_rng = np.random.default_rng(np.random.SeedSequence(args.seed).spawn(5)[4])
    stressed = sim.add_noise(te["bands_clean"], stress_rng, te["band_idx"], sim.NOISE_STRESS)
    s_mean, s_std = run_onnx(bare, stressed, te["angles"])
    with torch.no_grad():
        s_base = base(torch.from_numpy(features(stressed, te["angles"])[:, sl2p_columns()])).numpy()
    s_base = s_base * scalers["y_std"] + scalers["y_mean"]
    stress = evaluate(s_mean, s_std, s_base, te["targets"])
    log("stress noise: LAI RMSE %.4f (SL2P design %.4f), ±1σ coverage %.1f %%" % (
        stress["LAI"]["rmse"], stress["LAI"]["baseline_rmse"], 100 * stress["LAI"]["coverage_1sigma"]))

    x_first = scalers["x_first"]
    nb = len(sim.INPUT_BANDS)
    lo = np.percentile(x_first[:, :nb], 0.1, axis=0)
    hi = np.percentile(x_first[:, :nb], 99.9, axis=0)
    ang = data["train"]["angles"]
    alo = np.percentile(ang, 0.1, axis=0)
    ahi = np.percentile(ang, 99.9, axis=0)
    support = sim.target_support()
    macs = export.net.macs_per_sample()
    wall = time.time() - t_start

    lai_true, lai_err = te["targets"][:, 0], mean[:, 0] - te["targets"][:, 0]
    lai_err_b = base_pred[:, 0] - te["targets"][:, 0]
    by_class = {}
    for lo_, hi_ in ((0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8)):
        k = (lai_true >= lo_) & (lai_true < hi_)
        if k.any():
            by_class[f"{lo_}-{hi_}"] = {"n": int(k.sum()), "rmse": _r(np.sqrt(np.mean(lai_err[k] ** 2))),
                                        "bias": _r(np.mean(lai_err[k])),
                                        "baseline_rmse": _r(np.sqrt(np.mean(lai_err_b[k] ** 2))),
                                        "coverage_1sigma": _r(np.mean(np.abs(lai_err[k]) <= std[k, 0]))}
    targets_met = {
        "LAI_rmse_le_0.6": bool(per_var["LAI"]["rmse"] <= 0.6),
        "beats_sl2p_design_all_variables": bool(all(m["rmse"] < m["baseline_rmse"] for m in per_var.values())),
        "coverage_1sigma_in_60_76_all_variables": bool(all(0.60 <= m["coverage_1sigma"] <= 0.76
                                                           for m in per_var.values())),
    }
    metrics = {
        "test_set": {"n": int(cfg["n_test"]), "noise": "same band-noise model as training, independent draw",
                     "seed": f"SeedSequence({args.seed}).spawn(4)[2]"},
        "per_variable": {v: {k: _r(x) for k, x in m.items()} for v, m in per_var.items()},
        "lai_by_class": by_class,
        "stress_noise": {
            "noise": "NOISE_STRESS of simulate_biophysical (band-independent 2-3 % + 0.004-0.010), not seen in "
                     "training, same clean test spectra",
            "per_variable": {v: {"rmse": _r(m["rmse"]), "baseline_rmse": _r(m["baseline_rmse"]),
                                 "coverage_1sigma": _r(m["coverage_1sigma"])} for v, m in stress.items()},
        },
        "targets_met": targets_met,
        "sigma_calibration_scale": {v: _r(s) for v, s in zip(sim.VARIABLES, sigma_scale)},
        "baseline_sl2p": {
            "design": "SL2P design: one network per variable, 1 hidden layer of 5 tanh neurons, linear output, "
                      "MSE; inputs B03 B04 B05 B06 B07 B8A B11 B12 + cos(sun zenith, view zenith, relative "
                      "azimuth) min-max scaled to [-1, 1]; Adam instead of Levenberg-Marquardt; same simulations "
                      "and epochs",
            "per_variable": {v: {"rmse": _r(m["baseline_rmse"]), "bias": _r(m["baseline_bias"]),
                                 "r2": _r(m["baseline_r2"])} for v, m in per_var.items()},
        },
        "network": {"type": "MLP, SiLU", "hidden": list(cfg["hidden"]), "macs_per_pixel": int(macs),
                    "loss": f"beta-NLL (beta={cfg['beta']}) on standardised targets",
                    "epochs": int(cfg["epochs"]), "batch": int(cfg["batch"]), "lr": cfg["lr"],
                    "optimiser": "Adam, cosine schedule to 0"},
        "onnx_vs_torch_max_abs_diff": onnx_vs_torch,
        "wall_time_s": {"total": _r(wall, 1), "simulation": _r(t_sim, 1), "training": _r(t_train, 1)},
        "threads": int(args.threads),
        "quick": bool(args.quick),
        "software": {"python": _platform.python_version(), "numpy": np.__version__, "torch": torch.__version__,
                     "onnx": __import__("onnx").__version__, "onnxruntime": __import__("onnxruntime").__version__},
    }
    card = {
        "id": MODEL_ID,
        "version": MODEL_VERSION,
        "task": "biophysical",
        "inputs": [
            {"name": "bands", "bands": list(sim.INPUT_BANDS), "units": "reflectance 0-1 (BOA)",
             "normalisation": "none outside the graph; inside: standardisation with the training mean/std",
             "domain": {"min": [_r(v, 5) for v in lo], "max": [_r(v, 5) for v in hi]}},
            {"name": "angles", "bands": list(sim.ANGLES), "units": "degree",
             "normalisation": "none outside the graph; inside: cosine, then standardisation",
             "domain": {"min": [_r(v, 3) for v in alo], "max": [_r(v, 3) for v in ahi]}},
        ],
        "outputs": [
            {"name": v, "units": sim.UNITS[v], "valid_range": support[v],
             "std_output": "std column %d, same units, ±1σ calibrated on validation" % k}
            for k, v in enumerate(sim.VARIABLES)
        ],
        "tiling": {"tile_size": 512, "receptive_field": 1, "scale_factor": 1},
        "training_data": {
            "description": "simulated with PROSAIL (PROSPECT-D + 4SAIL) and the ESA S2A/S2B SRFs",
            "n_train": int(cfg["n_train"]), "n_validation": int(cfg["n_val"]), "n_test": int(cfg["n_test"]),
            "seed": int(args.seed),
            "seeds": "numpy SeedSequence(seed).spawn(4): train, validation, test, per-epoch training noise",
            "augmentation": "fresh band-noise draw on the training spectra every epoch",
            "valid_range_rule": "support of the simulated distribution (LAI co-distribution bounds)",
            **sim.summary(),
        },
        "metrics": metrics,
        "license": "GPL-3.0-or-later",
        "weights_sha256": "",
    }

    from eolatent.core.modelcard import write_onnx_with_card

    out = args.out
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    stored = write_onnx_with_card(model, card, out)
    metrics_path = os.path.splitext(out)[0] + ".metrics.json"
    with open(metrics_path, "w", encoding="utf-8") as fh:
        json.dump({"id": MODEL_ID, "version": MODEL_VERSION, "weights_sha256": stored["weights_sha256"],
                   **metrics}, fh, indent=2, sort_keys=True)
        fh.write("\n")
    log(f"targets: {targets_met}")
    log(f"wrote {out} and {metrics_path} in {wall:.0f} s total "
        f"(simulation {t_sim:.0f} s, training {t_train:.0f} s); onnx vs torch max diff {onnx_vs_torch:.2e}")
    return {"module": export, "baseline": base, "card": stored, "metrics": metrics, "path": out,
            "metrics_path": metrics_path}


if __name__ == "__main__":
    main()
    sys.exit(0)
