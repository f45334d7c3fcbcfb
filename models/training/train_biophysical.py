# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, evaluate and export the biophysical retrieval network (``models/biophysical_s2.onnx``).

    python -m eolatent.models.training.train_biophysical --variant s2|s2_nob8a|s2_10m|s2_toa \
        [--out FILE] [--n-train N] [--seed S] [--quick]

Steps (everything seeded; see models/training/README.md):

1. simulate four independent PROSAIL data sets (simulate_biophysical.py): training and validation from
   the training prior (biophysical_priors.py: a mixture of the ATBD design and a broad prior), and two
   held-out tests: the ATBD design with band noise, and the noise-free uniform-LAI "wide" test; each is
   then seen as the variant sees it (biophysical_variants.py: band set, BOA or TOA) and the training set
   gets a fresh noise draw every epoch on top of the same PROSAIL simulations;
2. train the heteroscedastic MLP (nets.HeteroscedasticMLP): 10 reflectances + cos of the 3 angles →
   mean and log-variance of each standardised variable, β-NLL loss (β = 0.5), Adam + cosine schedule;
3. calibrate σ on the validation set: one scale per variable, s = the 68.27th percentile of |z|,
   z = (truth − mean) / σ, so that ±1σ covers 68.27 % of the validation truths, then one factor per level of
   predicted LAI (knots every 0.5); then recalibrate LAI and its σ along the predicted LAI so that ±1σ covers
   60–76 % of the truths in every bin of true LAI of the two reference distributions
   (biophysical_recalibration.py, fitted on calibration simulations with their own seeds);
4. train the SL2P-design baseline (one net per variable, 5 tanh hidden neurons, MSE, the SL2P inputs:
   B03 B04 B05 B06 B07 B8A B11 B12 + cos of the angles) on the same simulations, same epochs;
5. export to ONNX (opset 17, IR 9), embed the model card, and measure every figure on the held-out test
   set *with onnxruntime on the exported file*; write ``<out>.metrics.json`` next to the model.
"""
from __future__ import annotations

import math
import sys
import time

import numpy as np

from eolatent.models.training import biophysical_priors as priors
from eolatent.models.training import biophysical_recalibration as recal
from eolatent.models.training import biophysical_variants as variants
from eolatent.models.training import cli
from eolatent.models.training import simulate_biophysical as sim
from eolatent.models.training.biophysical_export import export_onnx, features, measure, sl2p_columns
from eolatent.models.training.metrics import _r

MODEL_VERSION = "2.1.0"   # 2.1.0: LAI recalibrated per bin of true LAI (biophysical_recalibration.py)
COVERAGE_1SIGMA = 0.6826894921370859  # P(|Z| <= 1), Z standard normal
CAL_KNOTS = recal.KNOTS  # σ calibration (and LAI recalibration) knots in predicted LAI, every 0.5

DEFAULTS = dict(n_train=200_000, n_val=20_000, n_test=20_000, epochs=100, baseline_epochs=100,
                hidden=(64, 64), batch=1024, lr=3e-3, baseline_lr=1e-2, beta=0.5, recal_steps=recal.STEPS)
QUICK = dict(n_train=2_000, n_val=500, n_test=1_000, epochs=4, baseline_epochs=4,
             hidden=(16, 16), batch=256, lr=3e-3, baseline_lr=1e-2, beta=0.5, recal_steps=200)


log = cli.logger("train_biophysical")
# the LAI recalibration's calibration sets per training prior: (name, sampler of biophysical_priors.SAMPLERS, bins of
# true LAI whose ±1σ coverage is fitted, bins whose |bias| is held, RMSE held). The wide prior is fitted to the
# evaluation's two reference distributions; the co-distributed one to the realistic ATBD design and to its own prior
# (fitting it to the independent-leaf uniform test would undo the prior: it shifted LAI by up to +1 and σ by ×6)
RECALIBRATION = {"wide": (("cal_atbd", "atbd", 8, 0, False), ("cal_uniform", "uniform_wide", 7, 6, True)),
                 "codistributed": (("cal_atbd", "atbd", 8, 6, False), ("cal_codist", "codistributed", 8, 6, False))}


# ---------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------
def make_datasets(n_train: int, n_val: int, n_test: int, seed: int, variant: str = "s2", simulate=None) -> dict:
    ss = np.random.SeedSequence(seed)
    s_train, s_val, s_test, s_aug, s_uniform, s_variant = ss.spawn(6)
    out = {}
    prior = priors.PRIORS[variants.VARIANTS[variant]["prior"]]
    sets = (("train", n_train, s_train, prior), ("val", n_val, s_val, prior),
            ("test", n_test, s_test, sim.sample_parameters), ("uniform", n_test, s_uniform, priors.sample_uniform_wide))
    for name, n, s, sampler in sets:
        t0 = time.time()
        last = [0.0]

        def progress(done, total, name=name, t0=t0):
            if time.time() - last[0] > 15 or done == total:
                last[0] = time.time()
                log(f"  simulating {name}: {done}/{total} ({time.time() - t0:.0f} s)")

        out[name] = sim.simulate_dataset(n, s, noise=True, simulate=simulate, progress=progress, sampler=sampler)
        log(f"simulated {name}: {n} samples in {time.time() - t0:.1f} s")
    rng = np.random.default_rng(s_variant)
    # calibration sets of the LAI recalibration (their own seeds): the two reference distributions, or for the
    # co-distributed prior the ATBD design and that prior itself (RECALIBRATION)
    cal = RECALIBRATION[variants.VARIANTS[variant]["prior"]]
    for (name, sampler, *_), s in zip(cal, np.random.SeedSequence(seed).spawn(9)[7:9]):
        out[name] = sim.simulate_dataset(n_val, s, noise=True, simulate=simulate, sampler=priors.SAMPLERS[sampler])
    for name in ("train", "val", "test", "uniform") + tuple(c[0] for c in cal):
        out[name] = variants.prepare(out[name], variant, rng, noise=name not in ("uniform", "cal_uniform"))
    out["aug_seed"] = s_aug
    out["variant"] = variant
    return out


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
    xv_b = torch.from_numpy(features(va["bands"], va["angles"])[:, sl2p_columns(data["variant"])])

    aug_rng = np.random.default_rng(data["aug_seed"])
    n = y.shape[0]

    def epoch_inputs(epoch: int) -> torch.Tensor:
        # epoch 0 uses the stored noisy realisation, later epochs a fresh noise draw on the same spectra
        bands = tr["bands"] if epoch == 0 else sim.add_noise(tr["bands_clean"], aug_rng, band_idx)
        return torch.cat([torch.from_numpy(bands.astype(np.float32)), cos_ang], dim=1)

    net = nets.HeteroscedasticMLP(x_first.shape[1], y.shape[1], cfg["hidden"])
    cols = sl2p_columns(data["variant"])
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
    # then per level of predicted LAI: one factor per knot and variable from the validation samples near it
    lai_pred = (mu.numpy() * y_std + y_mean)[:, 0]
    z = z / sigma_scale
    cal_scale = np.ones((len(CAL_KNOTS), y.shape[1]), np.float32)
    for k, knot in enumerate(CAL_KNOTS):
        near = np.abs(lai_pred - knot) <= 0.5
        if near.sum() >= 200:
            cal_scale[k] = np.quantile(z[near], COVERAGE_1SIGMA, axis=0)
    log("sigma calibration per predicted LAI " + ", ".join(f"{k:g}: {s:.2f}" for k, s in zip(CAL_KNOTS, cal_scale[:, 0])))
    export = nets.BiophysicalExport(net, x_mean, x_std, y_mean, y_std, sigma_scale, CAL_KNOTS, cal_scale).eval()
    recalibration = recalibrate(export, data, seed, steps=cfg["recal_steps"])
    scalers = dict(x_mean=x_mean, x_std=x_std, y_mean=y_mean, y_std=y_std, x_first=x_first)
    scalers["cal_scale"] = export.cal_scale.numpy().copy()
    scalers["recalibration"] = recalibration
    return export, base, sigma_scale, scalers


def recalibrate(export, data: dict, seed: int, steps: int = recal.STEPS) -> dict:
    """Fit the LAI recalibration on the calibration sets and bake it into ``export``
    (biophysical_recalibration.py)."""
    import torch

    sets = []
    cal = RECALIBRATION[variants.VARIANTS[data["variant"]]["prior"]]
    for name, _, bins, bias_bins, rmse in cal:
        d = data[name]
        with torch.no_grad():
            mean, std = export(torch.from_numpy(d["bands"].astype(np.float32)),
                               torch.from_numpy(d["angles"].astype(np.float32)))
        sets.append({"name": name, "mean": mean[:, 0].numpy(), "std": std[:, 0].numpy(),
                     "truth": d["targets"][:, 0], "bins": bins, "bias_bins": bias_bins, "rmse": rmse})
    result = recal.fit(sets, seed, steps, log=log)
    export.set_recalibration(result["shift"], result["factor"])
    return recal.summary(result, [s["name"] for s in sets], [c[1] for c in cal])


# ---------------------------------------------------------------------------------------------------
def main(argv=None) -> dict:
    ap = cli.parser(__doc__, out=None, out_help="output ONNX path (default: the variant's file under models/)",
                    seed=20250601, threads=2, quick=cli.QUICK_MINUTE)
    ap.add_argument("--variant", default="s2", choices=sorted(variants.VARIANTS), help="band set and level")
    ap.add_argument("--n-train", type=int, default=None, help="training simulations (default 200000)")
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", default=None, help="hidden widths, e.g. 64,64 (experiments)")
    ap.add_argument("--beta", type=float, default=None, help="beta of the beta-NLL (experiments)")
    args = ap.parse_args(argv)
    spec = variants.VARIANTS[args.variant]

    t_start = time.time()
    cli.start(args)
    cfg = dict(QUICK if args.quick else DEFAULTS)
    if args.n_train:
        cfg["n_train"] = args.n_train
    if args.hidden:
        cfg["hidden"] = tuple(int(h) for h in args.hidden.split(","))
    if args.beta is not None:
        cfg["beta"] = args.beta
    if args.epochs:
        cfg["epochs"] = cfg["baseline_epochs"] = args.epochs
    log(f"variant {args.variant} ({spec['level']}, bands {' '.join(spec['bands'])}); config: {cfg} "
        f"seed={args.seed} threads={args.threads}")

    data = make_datasets(cfg["n_train"], cfg["n_val"], cfg["n_test"], args.seed, args.variant)
    t_sim = time.time() - t_start
    export, base, sigma_scale, scalers = train_models(data, cfg, args.seed)
    data["scalers"] = scalers
    t_train = time.time() - t_start - t_sim
    model = export_onnx(export, len(spec["bands"]))
    metrics = measure(export, base, model.SerializeToString(), data, args.seed)

    x_first = scalers["x_first"]
    nb = len(spec["bands"])
    lo = np.percentile(x_first[:, :nb], 0.1, axis=0)
    hi = np.percentile(x_first[:, :nb], 99.9, axis=0)
    ang = data["train"]["angles"]
    alo = np.percentile(ang, 0.1, axis=0)
    ahi = np.percentile(ang, 99.9, axis=0)
    support = sim.target_support()
    metrics.update({
        "sigma_calibration_scale": {v: _r(s) for v, s in zip(sim.VARIABLES, sigma_scale)},
        "sigma_calibration_by_predicted_lai": {"knots": CAL_KNOTS.tolist(),
                                               "LAI": [_r(v) for v in scalers["cal_scale"][:, 0]]},
        "lai_recalibration": scalers["recalibration"],
        "network": {"type": "MLP, SiLU", "hidden": list(cfg["hidden"]), "macs_per_pixel": int(export.net.macs_per_sample()),
                    "loss": f"beta-NLL (beta={cfg['beta']}) on standardised targets",
                    "epochs": int(cfg["epochs"]), "batch": int(cfg["batch"]), "lr": cfg["lr"],
                    "optimiser": "Adam, cosine schedule to 0"},
        **cli.run_record(args, t_start, stages={"simulation": t_sim, "training": t_train}),
    })
    level_text = {"BOA": "surface reflectance 0-1 (Level-2A, BOA)", "TOA": "top-of-atmosphere reflectance 0-1 (Level-1C)"}
    training = {
        "description": "simulated with PROSAIL (PROSPECT-D + 4SAIL) and the ESA S2A/S2B SRFs"
                       + ("; TOA through the atmosphere model of models/training/atmosphere.py, one atmosphere "
                          "drawn per sample" if spec["level"] == "TOA" else ""),
        "n_train": int(cfg["n_train"]), "n_validation": int(cfg["n_val"]), "n_test": int(cfg["n_test"]),
        "seed": int(args.seed),
        "seeds": "numpy SeedSequence(seed).spawn(9)[7:9]: the calibration sets of the LAI recalibration ("
                 + ("ATBD design, uniform-LAI wide" if spec["prior"] == "wide" else "ATBD design, codistributed prior")
                 + "); SeedSequence(seed).spawn(6): train, validation, ATBD test, per-epoch training noise, "
                 "uniform-LAI test, variant preparation (noise, atmospheres)",
        "augmentation": "fresh band-noise draw on the training spectra every epoch",
        "valid_range_rule": "support of the simulated distribution (LAI co-distribution bounds)",
        **sim.summary(), **priors.summary(spec["prior"]),
    }
    if spec["level"] == "TOA":
        from eolatent.models.training import atmosphere
        training["atmosphere"] = atmosphere.summary()
    card = {
        "id": spec["id"],
        "version": MODEL_VERSION,
        "task": "biophysical",
        "inputs": [
            {"name": "bands", "bands": list(spec["bands"]), "units": level_text[spec["level"]],
             "product_level": spec["level"], "variant": args.variant,
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
        "training_data": training,
        "metrics": metrics,
        "license": "GPL-3.0-or-later",
        "weights_sha256": "",
    }

    out = args.out or (cli.quick_path(spec["file"]) if args.quick else spec["file"])
    stored, metrics_path = cli.write_outputs(model, card, out, metrics)
    log(f"goals: {metrics['goals']}")
    log(f"wrote {out} and {metrics_path} in {metrics['wall_time_s']['total']:.0f} s total "
        f"(simulation {t_sim:.0f} s, training {t_train:.0f} s); onnx vs torch max diff "
        f"{metrics['onnx_vs_torch_max_abs_diff']:.2e}")
    return {"module": export, "baseline": base, "card": stored, "metrics": metrics, "path": out,
            "metrics_path": metrics_path}


if __name__ == "__main__":
    main()
    sys.exit(0)
