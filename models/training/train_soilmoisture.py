# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, evaluate and export the Sentinel-1 soil-moisture retrieval (``models/soilmoisture_s1.onnx``).

    python -m eolatent.models.training.train_soilmoisture --out models/soilmoisture_s1.onnx [--quick]

Steps (everything seeded; see models/training/README.md, section "Soil moisture"):

1. simulate (simulate_soilmoisture.py, Water Cloud Model over Oh 2004): a fresh noisy training set every
   epoch (the forward model is analytic, so data are unlimited), plus fixed validation and held-out
   test sets drawn from independent seeds;
2. train a heteroscedastic MLP (nets.HeteroscedasticMLP): [VV_dB, VH_dB, VH_dB − VV_dB, incidence, LAI]
   standardised → mean and log-variance of the standardised soil moisture, β-NLL (β = 0.5), Adam +
   cosine schedule;
3. calibrate σ on the validation set (one scale: ±1σ covers 68.27 % of the validation truths);
4. export to ONNX (opset 17, IR 9, input "features" [N, 4] = VV_dB, VH_dB, incidence_deg, LAI; outputs
   "mean", "std" [N, 1] in m³/m³), embed the card and measure every figure with onnxruntime on the
   exported file: held-out simulations (model, trivial mean predictor, closed-form WCM inversion) and the
   40 real SMAPVEX16 soybean samples; write ``<out>.metrics.json``.
"""
from __future__ import annotations

import math
import sys
import time

import numpy as np

from eolatent.core.physics import wcm
from eolatent.models.training import cli
from eolatent.models.training import simulate_soilmoisture as sim
from eolatent.models.training.onnx_eval import cpu_session, export_module
from eolatent.models.training.onnx_fold import fold_standardisation

MODEL_ID = "eolatent.soilmoisture.s1"
MODEL_VERSION = "1.0.0"
OPSET = 17
IR_VERSION = 9
COVERAGE_1SIGMA = 0.6826894921370859
VALID_RANGE = [0.0, 0.6]
CLOSED_FORM_SET = "eolatent_s1_lineardb"

DEFAULTS = dict(n_epoch=100_000, n_val=20_000, n_test=20_000, epochs=60, hidden=(64, 64), batch=1024,
                lr=3e-3, beta=0.5)
QUICK = dict(n_epoch=4_000, n_val=1_000, n_test=2_000, epochs=4, hidden=(16, 16), batch=256, lr=3e-3, beta=0.5)


log = cli.logger("train_soilmoisture")


def build_export(net, x_mean, x_std, y_mean, y_std, sigma_scale):
    """Raw features [N, 4] → (mean, std) [N, 1] in m³/m³; every normalisation step inside the graph."""
    import torch
    from torch import nn

    class SoilMoistureExport(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = net
            f32 = dict(dtype=torch.float32)
            self.register_buffer("x_mean", torch.as_tensor(x_mean, **f32).reshape(1, -1))
            self.register_buffer("x_std", torch.as_tensor(x_std, **f32).reshape(1, -1))
            self.register_buffer("y_mean", torch.as_tensor(y_mean, **f32).reshape(1, 1))
            self.register_buffer("y_std", torch.as_tensor(y_std, **f32).reshape(1, 1))
            self.register_buffer("sigma_scale", torch.as_tensor(sigma_scale, **f32).reshape(1, 1))

        @staticmethod
        def derived(f):
            return torch.cat([f[:, 0:2], f[:, 1:2] - f[:, 0:1], f[:, 2:4]], dim=1)

        def forward(self, features):
            mu, logvar = self.net((self.derived(features) - self.x_mean) / self.x_std)
            return mu * self.y_std + self.y_mean, torch.exp(0.5 * logvar) * (self.y_std * self.sigma_scale)

    return SoilMoistureExport().eval()


def derived_np(f: np.ndarray) -> np.ndarray:
    return np.concatenate([f[:, 0:2], f[:, 1:2] - f[:, 0:1], f[:, 2:4]], axis=1).astype(np.float32)


def train(cfg: dict, seed: int, val: dict):
    import torch
    from eolatent.models.training import nets

    torch.manual_seed(seed)
    ss = np.random.SeedSequence(seed).spawn(4)
    epoch_seeds = ss[0].spawn(cfg["epochs"])
    first = sim.simulate_dataset(cfg["n_epoch"], epoch_seeds[0])
    x0 = derived_np(first["features"])
    x_mean, x_std = x0.mean(0), x0.std(0) + 1e-6
    y_mean, y_std = np.float32(first["mv"].mean()), np.float32(first["mv"].std())
    xm, xs = torch.from_numpy(x_mean), torch.from_numpy(x_std)
    xv = (torch.from_numpy(derived_np(val["features"])) - xm) / xs
    yv = torch.from_numpy(((val["mv"] - y_mean) / y_std).astype(np.float32)).reshape(-1, 1)

    net = nets.HeteroscedasticMLP(x0.shape[1], 1, cfg["hidden"])
    opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
    n = cfg["n_epoch"]
    steps = cfg["epochs"] * math.ceil(n / cfg["batch"])
    sch = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    batch_rng = np.random.default_rng(seed)
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        data = first if epoch == 0 else sim.simulate_dataset(n, epoch_seeds[epoch])
        x = (torch.from_numpy(derived_np(data["features"])) - xm) / xs
        y = torch.from_numpy(((data["mv"] - y_mean) / y_std).astype(np.float32)).reshape(-1, 1)
        net.train()
        tot = 0.0
        perm = batch_rng.permutation(n)
        for i in range(0, n, cfg["batch"]):
            idx = torch.from_numpy(perm[i:i + cfg["batch"]])
            mu, logvar = net(x[idx])
            loss = nets.beta_nll(mu, logvar, y[idx], cfg["beta"])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sch.step()
            tot += loss.item() * len(idx)
        if epoch % 10 == 0 or epoch == cfg["epochs"] - 1:
            net.eval()
            with torch.no_grad():
                mu, logvar = net(xv)
            rmse = float(torch.sqrt(((mu - yv) ** 2).mean())) * float(y_std)
            log(f"epoch {epoch + 1}/{cfg['epochs']}  loss {tot / n:.4f}  val RMSE {rmse:.4f} m3/m3  "
                f"({time.time() - t0:.0f} s)")
    net.eval()
    with torch.no_grad():
        mu, logvar = net(xv)
    z = np.abs((yv - mu).numpy()) / np.exp(0.5 * logvar.numpy())
    sigma_scale = np.float32(np.quantile(z, COVERAGE_1SIGMA))
    log(f"sigma calibration scale: {sigma_scale:.3f}")
    export = build_export(net, x_mean, x_std, y_mean, y_std, sigma_scale)
    return export, dict(sigma_scale=float(sigma_scale), x_first=first["features"], y_mean=float(y_mean))


def export_onnx(module):
    """The export wrapper traced on a small batch → a checked ONNX model (onnx_eval.export_module), its input and
    output standardisation folded into the first and last layers (onnx_fold.py)."""
    import torch

    example = torch.tensor([[-10.0, -17.0, 37.0, 2.0]] * 4)
    return fold_standardisation(export_module(module, (example,), ["features"], ["mean", "std"],
                                              {"features": {0: "N"}, "mean": {0: "N"}, "std": {0: "N"}},
                                              "eolatent.models.training.train_soilmoisture", OPSET, IR_VERSION))


def run_onnx(model_bytes: bytes, features: np.ndarray):
    sess = cpu_session(model_bytes, 1)
    mean, std = sess.run(["mean", "std"], {"features": features.astype(np.float32)})
    return mean[:, 0], std[:, 0]


def closed_form(features: np.ndarray, pol: str) -> np.ndarray:
    """WCM inversion of one polarisation with the linear-dB set, clipped to the training range."""
    col = 0 if pol == "VV" else 1
    return wcm.invert_mv(features[:, col], features[:, 3], features[:, 2], pol, CLOSED_FORM_SET, db=True,
                         clip=sim.MV_RANGE)


def _r(x, nd=4):
    return float(round(float(x), nd))


def scores(pred, truth, std=None) -> dict:
    err = pred - truth
    ss_tot = float(np.sum((truth - truth.mean()) ** 2))
    out = {"rmse": _r(np.sqrt(np.mean(err ** 2))), "bias": _r(np.mean(err)),
           "r2": _r(1.0 - np.sum(err ** 2) / ss_tot) if ss_tot > 0 else None,
           "r": _r(np.corrcoef(pred, truth)[0, 1]) if np.std(pred) > 0 else None}
    if std is not None:
        z = np.abs(err) / std
        out.update(coverage_1sigma=_r(np.mean(z <= 1)), coverage_2sigma=_r(np.mean(z <= 2)), mean_std=_r(np.mean(std)))
    return out


def evaluate(mean, std, feats, truth, prior_mean, lai_true=None) -> dict:
    cf = {pol: closed_form(feats, pol) for pol in ("VV", "VH")}
    out = {"model": scores(mean, truth, std),
           "trivial_mean": scores(np.full_like(truth, prior_mean), truth),
           "closed_form_VV": scores(cf["VV"], truth), "closed_form_VH": scores(cf["VH"], truth),
           "closed_form_mean_VV_VH": scores(0.5 * (cf["VV"] + cf["VH"]), truth)}
    if lai_true is not None:
        by = {}
        for lo, hi in ((0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 7)):
            k = (lai_true >= lo) & (lai_true < hi)
            if k.sum() > 10:
                s = scores(mean[k], truth[k], std[k])
                by[f"{lo}-{hi}"] = {"n": int(k.sum()), "rmse": s["rmse"], "bias": s["bias"],
                                    "coverage_1sigma": s["coverage_1sigma"], "mean_std": s["mean_std"],
                                    "closed_form_VV_rmse": scores(cf["VV"][k], truth[k])["rmse"],
                                    "trivial_rmse": scores(np.full(k.sum(), prior_mean), truth[k])["rmse"]}
        out["by_true_lai"] = by
    return out


def main(argv=None) -> dict:
    ap = cli.parser(__doc__, out="models/soilmoisture_s1.onnx", seed=20250611, threads=1, quick=cli.QUICK_SECONDS)
    ap.add_argument("--epochs", type=int, default=None)
    args = ap.parse_args(argv)

    t_start = time.time()
    torch = cli.start(args)
    cfg = dict(QUICK if args.quick else DEFAULTS)
    if args.epochs:
        cfg["epochs"] = args.epochs
    log(f"config: {cfg} seed={args.seed} threads={args.threads}")
    ss = np.random.SeedSequence(args.seed).spawn(4)
    val = sim.simulate_dataset(cfg["n_val"], ss[1])
    test = sim.simulate_dataset(cfg["n_test"], ss[2])
    export, info = train(cfg, args.seed, val)
    t_train = time.time() - t_start
    model = export_onnx(export)
    bare = model.SerializeToString()

    mean, std = run_onnx(bare, test["features"])
    with torch.no_grad():
        t_mean, t_std = export(torch.from_numpy(test["features"].astype(np.float32)))
    onnx_vs_torch = float(max(np.abs(mean - t_mean.numpy()[:, 0]).max(), np.abs(std - t_std.numpy()[:, 0]).max()))
    mean_c = np.clip(mean, *VALID_RANGE)  # as the runtime delivers it
    prior_mean = float(np.mean(sim.MV_RANGE))
    held = evaluate(mean_c, std, test["features"], test["mv"], prior_mean, test["params"]["lai"])
    real = sim.load_smapvex16()
    r_mean, r_std = run_onnx(bare, real["features"])
    real_eval = evaluate(np.clip(r_mean, *VALID_RANGE), r_std, real["features"], real["mv"], prior_mean)
    real_eval["sample_mean_oracle"] = scores(np.full_like(real["mv"], real["mv"].mean()), real["mv"])
    m, b = held["model"], held["trivial_mean"]
    log(f"held-out: RMSE {m['rmse']:.4f} (trivial {b['rmse']:.4f}, closed-form VV "
        f"{held['closed_form_VV']['rmse']:.4f})  bias {m['bias']:+.4f}  ±1σ {100 * m['coverage_1sigma']:.1f} %")
    log(f"SMAPVEX16 (40 real): RMSE {real_eval['model']['rmse']:.4f} (trivial {real_eval['trivial_mean']['rmse']:.4f}, "
        f"sample-mean oracle {real_eval['sample_mean_oracle']['rmse']:.4f})  ±1σ "
        f"{100 * real_eval['model']['coverage_1sigma']:.1f} %")

    x = info["x_first"]
    lo = [_r(np.percentile(x[:, 0], 0.1), 2), _r(np.percentile(x[:, 1], 0.1), 2), sim.THETA_RANGE[0], 0.0]
    hi = [_r(np.percentile(x[:, 0], 99.9), 2), _r(np.percentile(x[:, 1], 99.9), 2), sim.THETA_RANGE[1],
          _r(np.percentile(x[:, 3], 99.9), 2)]
    metrics = {
        "held_out_simulations": {"n": int(cfg["n_test"]), "seed": f"SeedSequence({args.seed}).spawn(4)[2]",
                                 "noise": "same noise model as training, independent draw", **held},
        "smapvex16_real_40": {
            "n": 40, "inputs": "in-situ PAI as LAI, S1 VV/VH dB at 30°", **real_eval,
            "caveat": "in these 40 points VV does not respond to soil moisture (r(VV_dB, SM) = 0.04, the WCM fit "
                      "drives D to 0; data/wcm README); SM spans only 0.11-0.48 with std 0.08, so this checks "
                      "plausibility, not accuracy"},
        "targets_met": {"coverage_1sigma_in_60_76": bool(0.60 <= m["coverage_1sigma"] <= 0.76),
                        "beats_trivial_mean": bool(m["rmse"] < b["rmse"]),
                        "beats_closed_form": bool(m["rmse"] < held["closed_form_VV"]["rmse"])},
        "trivial_baseline": "predict %g m3/m3 (mean of the training prior) everywhere" % prior_mean,
        "closed_form_baseline": f"WCM inversion with parameter set {CLOSED_FORM_SET} (mean vegetation, linear-dB "
                                "soil fitted to Oh 2004), observed LAI, clipped to [0.02, 0.5]",
        "sigma_calibration_scale": _r(info["sigma_scale"]),
        "network": {"type": "MLP, SiLU", "hidden": list(cfg["hidden"]), "inputs_in_graph":
                    "VV_dB, VH_dB, VH_dB-VV_dB, incidence_deg, LAI (standardised)",
                    "loss": f"beta-NLL (beta={cfg['beta']})", "epochs": int(cfg["epochs"]),
                    "samples_per_epoch": int(cfg["n_epoch"]), "batch": int(cfg["batch"]), "lr": cfg["lr"],
                    "optimiser": "Adam, cosine schedule to 0"},
        "onnx_vs_torch_max_abs_diff": onnx_vs_torch,
        **cli.run_record(args, t_start, stages={"training": t_train}),
    }
    card = {
        "id": MODEL_ID, "version": MODEL_VERSION, "task": "soilmoisture",
        "inputs": [{"name": "features", "bands": list(sim.FEATURES), "band_units": list(sim.FEATURE_UNITS),
                    "units": "VV_dB, VH_dB: sigma0 in dB (10 log10 of linear sigma0, not gamma0); incidence_deg: "
                             "local incidence angle, degree; LAI: m2/m2",
                    "normalisation": "none outside the graph; inside: VH-VV added, then standardisation",
                    "domain": {"min": lo, "max": hi}}],
        "outputs": [{"name": "SM", "units": "m3/m3", "valid_range": VALID_RANGE,
                     "std_output": "std, same units, ±1σ calibrated on validation simulations"}],
        "tiling": {"tile_size": 512, "receptive_field": 1, "scale_factor": 1},
        "training_data": {
            "description": "SIMULATED only (no real data used in training): Water Cloud Model (vegetation, V = LAI) "
                           "over the Oh (2004) bare-soil model at C band (Sentinel-1, 5.405 GHz), VV and VH",
            "why": "A from the Sentinel-1 SMAPVEX16 soybean WCM fit (the only S1 VV/VH set available); B spans "
                   "Prevot et al. 1993 (C-band wheat) to that soybean fit, whose B is inflated by its D = 0; Oh "
                   "2004 gives VV and VH from mv and roughness with published coefficients, no site calibration; "
                   "Baghdadi et al. 2017 (the reference S1 WCM calibration) could not be obtained offline",
            "parameter_sets": {k: wcm.PARAMETER_SETS[k]["source"] for k in ("eolatent_s1_oh2004", CLOSED_FORM_SET)},
            "samples_per_epoch": int(cfg["n_epoch"]), "epochs": int(cfg["epochs"]),
            "n_validation": int(cfg["n_val"]), "n_test": int(cfg["n_test"]), "seed": int(args.seed),
            "seeds": "numpy SeedSequence(seed).spawn(4): training (one child per epoch), validation, test, unused",
            **sim.summary()},
        "metrics": metrics, "license": "GPL-3.0-or-later", "weights_sha256": "",
    }
    out = args.out
    stored, metrics_path = cli.write_outputs(model, card, out, metrics)
    log(f"targets: {metrics['targets_met']}")
    log(f"wrote {out} and {metrics_path} in {metrics['wall_time_s']['total']:.0f} s; onnx vs torch max diff "
        f"{onnx_vs_torch:.2e}")
    return {"module": export, "card": stored, "metrics": metrics, "path": out, "metrics_path": metrics_path}


if __name__ == "__main__":
    main()
    sys.exit(0)
