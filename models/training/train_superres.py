# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, evaluate and export the LST super-resolution CNNs (``models/superres_sisr.onnx``,
``models/superres_guided.onnx``) and measure every method on held-out real data.

    python -m eolatent.models.training.train_superres --out models/ [--quick]

Protocol (scale-invariance hypothesis: what maps 4 km to 1 km also maps 1 km to 250 m): each real fine
scene (lst_data.py) is aggregated by the factor as radiances (4th-power mean; a coarse pixel needs all its
fine pixels valid), sharpened back with the core code (eolatent.core.superres.methods, exactly what the
plugin runs) and compared with the original. The CNNs learn the correction of the masked bicubic field
on training pixels only (MODIS ×2 and ×4, airborne ×4, ×8, ×16) and are scored on held-out pixels
(MODIS 25 spatial blocks of 120 km², airborne a 144-row band) with onnxruntime on the exported files,
radiance conservation on (the plugin default). Seeded; a few minutes on 2 CPU cores.
"""
from __future__ import annotations

import io
import os
import sys
import time
import warnings

import numpy as np

from eolatent.core.superres import aggregate as ag
from eolatent.core.superres import methods as sr
from eolatent.core.superres import tsharp
from eolatent.core.superres.metrics import scores
from eolatent.models.training import cli, lst_data
from eolatent.models.training.onnx_eval import cpu_session

VERSION = "1.0.0"
OPSET, IR_VERSION = 17, 9
DEFAULTS = dict(steps=2500, batch=16, patch=48, lr=2e-3, width=24, depth=6)
QUICK = dict(steps=30, batch=4, patch=32, lr=2e-3, width=8, depth=3)
TRAIN_FACTORS = {"modis": (2, 4), "airborne": (4, 8, 16)}
EVAL = {"modis": (4,), "airborne": (4, 8, 16)}


log = cli.logger("train_superres")


class _Sess:
    """onnxruntime session with the interface methods.run_cnn expects."""

    def __init__(self, model_bytes):
        self.s = cpu_session(model_bytes, 1)
        self.input_names = [i.name for i in self.s.get_inputs()]

    def run(self, feeds):
        return self.s.run(None, feeds)


def prepare(scene, factor):
    """Degrade one scene and build both networks' inputs on it (whole scene, as the plugin would)."""
    truth = ag.crop_to_blocks(scene.truth, factor)
    guide = ag.crop_to_blocks(scene.guide, factor)
    coarse, cvalid = ag.radiance_mean(truth, factor)
    bic = sr.bicubic_masked(coarse, cvalid, factor)
    line = sr.fit_guide_line(coarse, cvalid, ag.block_mean(guide, factor))
    ts = sr.tsharp_field(coarse, cvalid, guide, factor, line)
    fine_ok = ag.nearest_up(cvalid, factor) & np.isfinite(truth)
    h, w = truth.shape
    return dict(name=scene.name, kind=scene.kind, factor=factor, truth=truth, guide=guide, coarse=coarse,
                cvalid=cvalid, line=line, x_sisr=sr.cnn_inputs(bic, factor),
                x_guided=sr.cnn_inputs(bic, factor, ts, line.r2),
                train=fine_ok & scene.train[:h, :w], test=fine_ok & scene.test[:h, :w])


def train_net(examples, guided, cfg, seed):
    import torch

    from eolatent.models.training.superres_net import SuperResNet

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = SuperResNet(guided, cfg["width"], cfg["depth"])
    opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
    sch = torch.optim.lr_scheduler.CosineAnnealingLR(opt, cfg["steps"])
    p = cfg["patch"]
    key = "x_guided" if guided else "x_sisr"
    pools = {}
    for k, ex in enumerate(examples):  # patch corners with at least 25 % trainable pixels
        m = ex["train"].astype(np.float64)
        c = np.cumsum(np.cumsum(np.pad(m, ((1, 0), (1, 0))), 0), 1)
        frac = (c[p:, p:] - c[:-p, p:] - c[p:, :-p] + c[:-p, :-p]) / (p * p)
        rr, cc = np.nonzero(frac >= 0.25)
        if len(rr):
            pools.setdefault(ex["kind"], []).append((k, rr, cc))
    kinds = sorted(pools)
    t0 = time.time()
    for step in range(cfg["steps"]):
        xs, ys, ms = [], [], []
        for b in range(cfg["batch"]):
            kind = kinds[b % len(kinds)]
            k, rr, cc = pools[kind][rng.integers(len(pools[kind]))]
            j = rng.integers(len(rr))
            r, c = rr[j], cc[j]
            ex = examples[k]
            x = ex[key][:, r:r + p, c:c + p]
            y = np.nan_to_num(ex["truth"][r:r + p, c:c + p])
            m = ex["train"][r:r + p, c:c + p]
            flips = rng.integers(4)
            if flips & 1:
                x, y, m = x[:, :, ::-1], y[:, ::-1], m[:, ::-1]
            if flips & 2:
                x, y, m = x[:, ::-1], y[::-1], m[::-1]
            xs.append(x.copy())
            ys.append(y.copy())
            ms.append(m.copy())
        x = torch.from_numpy(np.stack(xs))
        y = torch.from_numpy(np.stack(ys)[:, None].astype(np.float32))
        m = torch.from_numpy(np.stack(ms)[:, None].astype(np.float32))
        # error relative to bicubic's, per patch: MODIS (≈0.5 K) and airborne (≈3 K) patches weigh alike
        err = (((net(x) - y) ** 2) * m).sum(dim=(1, 2, 3))
        ref = (((x[:, :1] - y) ** 2) * m).sum(dim=(1, 2, 3))
        loss = (err / (ref + 1e-3 * m.sum(dim=(1, 2, 3)) + 1e-6)).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        sch.step()
        if step % 500 == 0 or step == cfg["steps"] - 1:
            log(f"{'guided' if guided else 'sisr'} step {step + 1}/{cfg['steps']} loss {loss.item():.4f} "
                f"({time.time() - t0:.0f} s)")
    return net.eval()


def export(net, guided):
    import onnx
    import torch

    buf = io.BytesIO()
    example = torch.full((1, 4 if guided else 2, 32, 32), 300.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(net, (example,), buf, input_names=["x"], output_names=["lst"], opset_version=OPSET,
                          dynamo=False, dynamic_axes={"x": {0: "N", 2: "H", 3: "W"},
                                                      "lst": {0: "N", 2: "H", 3: "W"}})
    model = onnx.load_from_string(buf.getvalue())
    model.ir_version = IR_VERSION
    model.producer_name = "eolatent.models.training.train_superres"
    onnx.checker.check_model(model)
    return model


def evaluate(examples, sessions):
    """{scene: {factor: {method: scores}}} on held-out pixels, conservation on (+ bicubic without)."""
    out = {}
    for ex in examples:
        if ex["kind"] == "modis" and ex["factor"] not in EVAL["modis"]:
            continue
        f = ex["factor"]
        row = {}
        for method in sr.METHODS:
            fine = sr.superresolve(ex["coarse"], ex["cvalid"], f, method, ex["guide"], ex["line"],
                                   sessions.get(method))
            row[method] = scores(fine, ex["truth"], ex["test"])
        raw_bic = sr.superresolve(ex["coarse"], ex["cvalid"], f, "bicubic", conserve=False)
        row["bicubic_not_conserved"] = scores(raw_bic, ex["truth"], ex["test"])
        row["nearest"] = scores(ag.nearest_up(ex["coarse"], f), ex["truth"], ex["test"])
        row["guide_line"] = {"a": round(ex["line"].a, 4), "b": round(ex["line"].b, 4),
                             "r2": round(ex["line"].r2, 4), "n_coarse": ex["line"].n}
        out.setdefault(ex["name"], {})[f"x{f}"] = row
    return out


def pooled_modis(results):
    """Day and night held-out MODIS ×4 pooled (RMSE over all pixels)."""
    pooled = {}
    for method in sr.METHODS + ("bicubic_not_conserved", "nearest"):
        rs = [results[s]["x4"][method] for s in ("modis_day", "modis_night") if s in results]
        n = sum(r["n"] for r in rs)
        pooled[method] = {"rmse": round(float(np.sqrt(sum(r["rmse"] ** 2 * r["n"] for r in rs) / n)), 4),
                          "n": n}
    return pooled


def linear_oracle(ex, radius=2):
    """Diagnostic ceiling for linear sharpening: per fine phase, the least-squares filter on the 5×5 coarse
    neighbourhood fitted on the *held-out truth itself* (RMSE over held-out blocks fully valid; no conservation)."""
    from eolatent.core.superres.bicubic import fill_masked

    f, c = ex["factor"], fill_masked(ex["coarse"], ex["cvalid"]).astype(np.float64)
    h, w = c.shape
    p = np.pad(c, radius, mode="edge")
    k = 2 * radius + 1
    feats = np.stack([p[i:i + h, j:j + w] for i in range(k) for j in range(k)], -1) - c[..., None]
    test = ag.blocks(ex["test"], f).all(axis=(2, 3))
    truth = ag.blocks(np.nan_to_num(ex["truth"]), f)
    sq = []
    for py in range(f):
        for px in range(f):
            y = truth[..., py, px][test] - c[test]
            coef = np.linalg.lstsq(feats[test], y, rcond=None)[0]
            sq.append((feats[test] @ coef - y) ** 2)
    return round(float(np.sqrt(np.mean(sq))), 4)


def tsharp_fc_full_image():
    """README check: TsHARP with guide = Fc over the whole Trad_pm image, block *mean* degradation."""
    import rasterio

    def rd(n):
        with rasterio.open(os.path.join(lst_data.DATA, f"pyTSEB_ExampleImage_{n}.tif")) as ds:
            return ds.read(1).astype(np.float64)

    t, fc = rd("Trad_pm"), rd("Fc")
    out = {}
    for f in (4, 8, 16):
        tt, g = ag.crop_to_blocks(t, f), ag.crop_to_blocks(fc, f)
        c = ag.block_mean(tt, f)
        ok = np.isfinite(c)
        line = tsharp.fit_line(c, ag.block_mean(g, f), ok)
        fine = tsharp.sharpen(c, ag.block_mean(g, f), g, f, line)
        out[f"x{f}"] = round(float(np.sqrt(np.mean((fine - tt) ** 2))), 4)
    return out


def card_for(kind, guided, cfg, args, metrics, net):
    mid = sr.MODEL_IDS["cnn_guided" if guided else "cnn_single"]
    bands = ["bicubic_K", "tsharp_K", "guide_r2", "log2_factor_over_4"] if guided else \
        ["bicubic_K", "log2_factor_over_4"]
    return {
        "id": mid, "version": VERSION, "task": "superresolve",
        "inputs": [{"name": "x", "bands": bands, "units": "K for the temperature planes, 1 for the others",
                    "normalisation": "none outside the graph: build with eolatent.core.superres.methods."
                                     "cnn_inputs; inside: local-anomaly of the bicubic plane, /2 K"}],
        "outputs": [{"name": "lst", "units": "K", "valid_range": [150.0, 400.0]}],
        "tiling": {"tile_size": 512, "receptive_field": int(net.receptive_radius), "scale_factor": 1,
                   "factors": [2, 4, 8], "note": "runs on the fine grid (input already upsampled)"},
        "training_data": {
            "description": "REAL thermal data, degraded-resolution protocol (radiance = 4th-power mean "
                           "aggregation; train at f×coarser, apply at native resolution)",
            "modis": "MOD11A1.A2019305.h14v09.006 day and night LST, 1 km, QC: produced with LST error <= 2 K; "
                     "factors 2 and 4 for training; guide = co-located 1 km band-31 emissivity (only co-located "
                     "field; nearly uncorrelated with LST here, r2 of the coarse line ~0)",
            "airborne": "pyTSEB example images (GRAPEX vineyard, 3.6 m), Trad_pm and Trad_am; factors 4, 8, 16; "
                        "guide = NDVI derived from fractional cover Fc by inverting Carlson & Ripley 1997 "
                        "(Fc = ((NDVI-0.15)/(0.90-0.15))^2)",
            "holdout": "MODIS: 25 of 100 blocks of 120x120 px (seeded); airborne: rows 320-463 (rows 304-319 gap)",
            "application_guide": "the user's NDVI (or NDVI of a Sentinel-2 stack) at fine resolution",
            "seed": int(args.seed), "steps": cfg["steps"], "batch": cfg["batch"], "patch": cfg["patch"],
            "licence_of_data": "MODIS: NASA, no restriction; pyTSEB images: GPL-3.0"},
        "metrics": metrics, "license": "GPL-3.0-or-later", "weights_sha256": ""}


def main(argv=None):
    ap = cli.parser(__doc__, out="models/", seed=20261121, threads=1, quick=cli.QUICK_SECONDS,
                    threads_help="torch threads (1: the shipped weights; other counts may round differently)")
    ap.add_argument("--steps", type=int, default=None)
    args = ap.parse_args(argv)
    cli.start(args)
    cfg = dict(QUICK if args.quick else DEFAULTS)
    if args.steps:
        cfg["steps"] = args.steps
    t0 = time.time()
    scenes = lst_data.load_modis(args.seed) + lst_data.load_airborne()
    examples = [prepare(s, f) for s in scenes for f in sorted(set(TRAIN_FACTORS[s.kind]) | set(EVAL[s.kind]))]
    log(f"{len(examples)} degraded scenes prepared ({time.time() - t0:.0f} s); config {cfg}")
    sessions, models, nets = {}, {}, {}
    for guided in (False, True):
        net = train_net([e for e in examples if e["factor"] in TRAIN_FACTORS[e["kind"]]], guided, cfg,
                        args.seed + int(guided))
        model = export(net, guided)
        method = "cnn_guided" if guided else "cnn_single"
        sessions[method] = _Sess(model.SerializeToString())
        models[method], nets[method] = model, net
    results = evaluate(examples, sessions)
    modis_pooled = pooled_modis(results)
    bic = modis_pooled["bicubic"]["rmse"]
    air_ok = all(results[s][f]["cnn_guided"]["rmse"] < results[s][f]["tsharp"]["rmse"]
                 for s in ("airborne_pm", "airborne_am") for f in ("x4", "x8", "x16"))
    metrics = {
        "held_out": results, "modis_x4_day_night_pooled": modis_pooled,
        "goals": {"guided_cnn_30pct_below_bicubic_on_modis": bool(modis_pooled["cnn_guided"]["rmse"] <= 0.7 * bic),
                  "guided_cnn_below_tsharp_on_airborne": bool(air_ok)},
        "reference_published_modis_4km_to_1km": {"bicubic": 0.69, "best_cnn": 0.39,
                                                 "source": "Nguyen et al., EUSIPCO 2022 (other scenes)"},
        "tsharp_fc_full_image_block_mean": tsharp_fc_full_image(),
        "modis_x4_linear_oracle_rmse": {e["name"]: linear_oracle(e) for e in examples
                                        if e["kind"] == "modis" and e["factor"] == 4},
        "protocol": "degrade by radiance (T^4) mean, upsample, radiance conservation on unless stated; "
                    "RMSE K; PSNR/SSIM with L = truth max-min over evaluated pixels (core/superres/metrics.py)",
        **cli.run_record(args, t0),
    }
    for method, fname in (("cnn_single", "superres_sisr"), ("cnn_guided", "superres_guided")):
        path = os.path.join(args.out, fname + ".onnx")
        guided = method == "cnn_guided"
        card = card_for("guided" if guided else "sisr", guided, cfg, args, metrics, nets[method])
        cli.write_outputs(models[method], card, path, metrics)
    for s, rows in results.items():
        for f, row in rows.items():
            log(f"{s} {f}: " + "  ".join(f"{m} {row[m]['rmse']:.3f}" for m in sr.METHODS + ("nearest",)))
    log("MODIS x4 pooled: " + "  ".join(f"{m} {v['rmse']:.3f}" for m, v in modis_pooled.items()))
    log(f"goals {metrics['goals']}; wrote {args.out} in {time.time() - t0:.0f} s")
    return metrics


if __name__ == "__main__":
    main()
    sys.exit(0)
