# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, evaluate and export a pivotal-representation preset (encoder + on-demand decoder).

    python -m eolatent.models.training.pivotal.train --preset fine --out models/ [--quick] [--seed S]

Writes ``<out>/encoder_<suffix>.onnx``, ``<out>/decoder_<suffix>.onnx`` (cards embedded) and
``<out>/pivotal_<suffix>.metrics.json``. Steps (seeded):

1. fit the frozen PROSAIL → S2 emulator on PROSAIL simulations and measure it on held-out runs;
2. train encoder + decoder on batches of synthetic chunks (synth.py, fresh every step; S1 simulated)
   mixed with real Slovenia S2 chunks (realdata.py; 2015-08-30 held out). Loss = S2 reconstruction
   through the emulator + S1 reconstruction through the Water Cloud Model (Gaussian NLL, fixed σ,
   masked) + the VAE KL term (β·KL per chunk / observations per chunk) + a weak supervised term on
   the synthetic chunks (known parameters) + a teacher term on the real chunks (decoded LAI against
   eolatent:biophysical's direct retrieval, outside five held-out 20 × 20 px blocks; chunks inside them
   are never seen) + a Gaussian NLL that fits the σ heads (on detached means);
3. calibrate the decoder σ on held-out synthetic chunks, export both ONNX files, measure everything
   (evaluate.py) with onnxruntime on the exported files where it matters, write cards and metrics.
"""
from __future__ import annotations

import sys
import time

import torch

from .. import cli
from . import emulator as emu_mod
from . import nets, realdata, synth

# steps doubled with encoders 1.1.0 (6000 / 1000 → 12000 / 2000): held-out LAI RMSE 0.32 → 0.28 (fine4) and
# 0.53 → 0.43 (seed100), synthetic S2 and LAI errors lower too (models/training/README.md)
PRESETS = {
    "fine": dict(suffix="fine4", P=4, L=64, kind="mlp", enc_width=256, n_freq=2, dec_width=128, B=128, B_real=32,
                 n_query=None, steps=12000, lr=2e-3),
    "seed": dict(suffix="seed100", P=100, L=256, kind="conv", enc_width=512, n_freq=6, dec_width=128, B=6, B_real=2,
                 n_query=512, steps=2000, lr=2e-3),
}
QUICK = dict(steps=30, emu_train=3000, emu_test=500, emu_epochs=3, n_eval=16)
FULL = dict(emu_train=30000, emu_test=4000, emu_epochs=25, n_eval=None)
SIGMA_S2 = (0.005, 0.03)  # reflectance σ = a + b·R of the reconstruction likelihood (≈ the noise model)
SIGMA_S1_DB = 2.2  # speckle σ in dB for ENL 4.4
W_SUP, W_SIGMA, BETA = 10.0, 0.1, 1.0
# Teacher term on real chunks: decoded LAI at the observed date against eolatent:biophysical's retrieval on
# the same pixel (Gaussian NLL with σ = SIGMA_TEACH), outside the held-out blocks and dates only.
W_TEACH, SIGMA_TEACH = 1.0, 0.2


log = cli.logger("pivotal")


def kl_term(mu, logvar):
    return 0.5 * (mu ** 2 + logvar.exp() - 1.0 - logvar).sum(1)  # [B]


def decode_queries(dec, z, batch):
    """Decode every query date of the batch: params, logvar [B, T, Q, 8]."""
    B, T = batch["q_dt"].shape
    Q = batch["q_pos"].shape[1]
    zr = z[:, None].expand(B, T, z.shape[1]).reshape(B * T, -1)
    pos = batch["q_pos"][:, None].expand(B, T, Q, 2).reshape(B * T, Q, 2)
    p, lv = dec(zr, pos, batch["q_dt"].reshape(-1, 1), batch["q_doy"].reshape(-1, 1))
    return p.reshape(B, T, Q, -1), lv.reshape(B, T, Q, -1)


def recon_terms(emu, params, batch):
    """Per-slot reconstructions: S2 [B, D2, Q, 10] at the first D2 query dates, S1 dB [B, D1, Q, 2] next."""
    B, T, Q, _ = params.shape
    d2 = batch["o_s2"].shape[1]
    d1 = batch["o_s1"].shape[1] if "o_s1" in batch else 0
    s2p, s1p = [], []
    for t in range(d2 + d1):
        s2, s1 = nets.physics(emu, params[:, t], batch["q_doy"][:, t:t + 1], batch["o_s1_theta"])
        (s2p if t < d2 else s1p).append(s2 if t < d2 else s1)
    return torch.stack(s2p, 1), (torch.stack(s1p, 1) if s1p else None)


def masked_mean(x, ok):
    return (x * ok).sum() / ok.sum().clamp_min(1.0)


def batch_loss(enc, dec, emu, batch, supervised: bool, g=None):
    mu, logvar = enc(batch["s2"], batch["s2_valid"], batch["s1"], batch["s1_valid"], batch["doy"])
    eps = torch.randn(mu.shape, generator=g)
    z = mu + eps * torch.exp(0.5 * logvar)
    params, lv = decode_queries(dec, z, batch)
    s2p, s1p = recon_terms(emu, params, batch)
    sig = SIGMA_S2[0] + SIGMA_S2[1] * batch["o_s2"].abs()
    e2 = (((s2p - batch["o_s2"]) / sig) ** 2).mean(-1)
    rec = 0.5 * masked_mean(e2, batch["o_s2_ok"])
    n_obs = batch["o_s2_ok"].sum((1, 2)) * 10
    if s1p is not None:
        e1 = (((s1p + nets.SPECKLE_DB_BIAS - batch["o_s1"]) / SIGMA_S1_DB) ** 2).mean(-1)
        rec = rec + 0.5 * masked_mean(e1, batch["o_s1_ok"])
        n_obs = n_obs + batch["o_s1_ok"].sum((1, 2)) * 2
    kl = (kl_term(mu, logvar) / n_obs.clamp_min(10.0)).mean()
    loss = rec + BETA * kl
    stats = {"rec": rec.item(), "kl": kl.item()}
    if "r_lai" in batch:
        teach = 0.5 * masked_mean(((params[..., 0] - batch["r_lai"]) / SIGMA_TEACH) ** 2, batch["r_ok"])
        loss = loss + W_TEACH * teach
        stats["teach"] = teach.item()
    if supervised:
        truth = torch.stack([batch["t_" + k] for k in nets.PARAMS], -1)  # [B, T, Q, 8]
        err = (params - truth) / (dec.hi - dec.lo)
        sup = (err ** 2).mean()
        nll = 0.5 * (lv + err.detach() ** 2 * torch.exp(-lv)).mean()
        loss = loss + W_SUP * sup + W_SIGMA * nll
        stats.update(sup=sup.item(), lai_rmse=((params[..., 0] - truth[..., 0]) ** 2).mean().sqrt().item())
    return loss, stats


def build(cfg):
    enc = nets.Encoder(cfg["P"], cfg["L"], cfg["kind"], cfg["enc_width"])
    dec = nets.Decoder(cfg["L"], cfg["n_freq"], cfg["dec_width"])
    return enc, dec


def train(cfg, emu, real, seed: int):
    torch.manual_seed(seed)
    enc, dec = build(cfg)
    g = torch.Generator().manual_seed(seed + 1)
    P = cfg["P"]
    train_dates = [k for k, d in enumerate(realdata.DATES) if d != realdata.HELD_OUT]
    teacher = realdata.reference_lai(real) if W_TEACH > 0 else None
    pool = realdata.chunks(real, P, train_dates, teacher)
    keep = (pool["s2_valid"].flatten(1).mean(1) > 0.25) & ~pool["held_out"]
    pool = {k: v[keep] for k, v in pool.items()}
    params = list(enc.parameters()) + list(dec.parameters())
    opt = torch.optim.Adam(params, lr=cfg["lr"])
    sch = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg["lr"], total_steps=cfg["steps"], pct_start=0.05)
    t0 = time.time()
    for step in range(cfg["steps"]):
        enc.train(), dec.train()
        b = synth.generate(cfg["B"], P, g, emu, cfg["n_query"])
        loss, st = batch_loss(enc, dec, emu, b, True, g)
        if cfg["B_real"] and pool["s2"].shape[0]:
            rb = realdata.training_batch(pool, cfg["B_real"], P, g, cfg["n_query"])
            loss_r, st_r = batch_loss(enc, dec, emu, rb, False, g)
            loss = loss + loss_r * cfg["B_real"] / cfg["B"]
            st["real_rec"] = st_r["rec"]
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 5.0)
        opt.step()
        sch.step()
        if step % max(1, cfg["steps"] // 12) == 0 or step == cfg["steps"] - 1:
            log(f"step {step + 1}/{cfg['steps']} loss {loss.item():.4f} " +
                " ".join(f"{k} {v:.4f}" for k, v in st.items()) + f" ({time.time() - t0:.0f} s)")
    enc.eval(), dec.eval()
    return enc, dec, {"n_real_chunks": int(pool["s2"].shape[0]), "train_s": round(time.time() - t0, 1)}


def main(argv=None) -> dict:
    ap = cli.parser(__doc__, out="models", out_help="output folder", seed=20250701, threads=2, quick=cli.QUICK_MINUTE)
    ap.add_argument("--preset", choices=sorted(PRESETS), required=True)
    ap.add_argument("--steps", type=int, default=None)
    args = ap.parse_args(argv)
    t_start = time.time()
    cli.start(args)
    cfg = dict(PRESETS[args.preset], **(QUICK if args.quick else FULL))
    if args.quick and args.preset == "fine":
        cfg.update(B=32, B_real=8)
    if args.quick and args.preset == "seed":
        cfg.update(steps=4, B=2, B_real=1, n_query=64, n_eval=2)
    if args.steps:
        cfg["steps"] = args.steps
    log(f"preset {args.preset}: {cfg} seed={args.seed} threads={args.threads}")
    emu, emu_metrics = emu_mod.train_emulator(cfg["emu_train"], cfg["emu_test"], cfg["emu_epochs"], args.seed)
    real = realdata.load()
    enc, dec, info = train(cfg, emu, real, args.seed)
    from . import evaluate, export

    calib = evaluate.calibrate_sigma(enc, dec, emu, cfg, args.seed)
    dec_x = nets.DecoderExport(dec, emu_mod.nadir_extinction_poly(), calib).eval()
    models = export.to_onnx(enc, dec_x, cfg)
    metrics = evaluate.evaluate_all(enc, dec_x, emu, models, cfg, real, args.seed)
    metrics["emulator"] = emu_metrics
    metrics["sigma_calibration_scale"] = {k: round(float(s), 4) for k, s in zip(nets.PARAMS, calib)}
    metrics["training"] = dict(info, steps=cfg["steps"], batch_synthetic=cfg["B"], batch_real=cfg["B_real"],
                               query_pixels=cfg["n_query"] or cfg["P"] ** 2, lr=cfg["lr"], seed=args.seed,
                               threads=args.threads, quick=bool(args.quick), teacher_sigma=SIGMA_TEACH,
                               loss=f"S2 NLL (sigma {SIGMA_S2[0]} + {SIGMA_S2[1]}*R) + S1 NLL (sigma {SIGMA_S1_DB} dB) "
                                    f"+ {BETA}*KL/obs per chunk + {W_SUP}*supervised MSE (synthetic only, box-"
                                    f"normalised parameters) + {W_TEACH}*teacher NLL (real chunks: decoded LAI vs "
                                    f"eolatent:biophysical, sigma {SIGMA_TEACH}, held-out blocks excluded) + "
                                    f"{W_SIGMA}*sigma-head NLL",
                               wall_s=round(time.time() - t_start, 1))
    paths = export.write(models, cfg, metrics, args.out)
    log(f"wrote {', '.join(paths)} in {time.time() - t_start:.0f} s")
    return {"encoder": enc, "decoder": dec_x, "metrics": metrics, "paths": paths, "cfg": cfg, "emulator": emu}


if __name__ == "__main__":
    main()
    sys.exit(0)


