# SPDX-License-Identifier: GPL-3.0-or-later
"""Distil Presto into a small CPU student: ``models/encoder_presto_small.onnx`` (preset ``presto_small``).

    python -m eolatent.models.training.presto.distill [--out FILE] [--held-out africa,westernus] [--quick]

1. Real pixel series of the training regions (distill_data.py; by default every region except the two held out:
   Uganda / South Sudan and the western US), cut into random views as stacks give them (1–12 months, S1 or S2
   dropped, B8A dropped, months missing); the shipped Presto ONNX encoder embeds every view (the teacher);
2. the student (student.py) learns the teacher's embedding: mean squared error on standardised features plus
   (1 − cosine), Adam with a cosine schedule, seeded;
3. export to ONNX (opset 17) with its card;
4. measure on the held-out regions only, with ONNX Runtime on the exported file, beside the teacher in the same
   run: cosine similarity to Presto's embedding, the fuel-moisture regression of Presto's paper (random forest,
   test sites), few-shot macro-F1 (logistic regression; western US land cover, Uganda / South Sudan crop types;
   5 and 20 labels a class, ten draws) and pixels per second (2 threads, 12 months).
"""
from __future__ import annotations

import collections
import os
import time

import numpy as np

from .. import cli
from . import distill_data as dd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CACHE = os.path.join(ROOT, "bench", "_work", "distill")
MODEL_ID, VERSION = "eolatent.encoder.presto_small", "1.0.0"
VIEWS = {"france": 32, "belgium": 8, "slovenia": 4, "africa": 32, "westernus": 8}   # views per pixel
VIEWS_VERSION = 2   # of distill_data.views (part of the cache's file names)
DEFAULTS = dict(epochs=100, batch=512, lr=2e-3, width=192, hidden=384)
QUICK = dict(epochs=2, batch=256, lr=2e-3, width=16, hidden=32)
BUDGETS, DRAWS, MIN_SAMPLES = (5, 20), 10, 25
log = cli.logger("distill_presto")


def training_views(regions, seed: int, quick: bool) -> dict:
    """Views of ``regions`` with the teacher's embeddings (cached by region, seed and size)."""
    parts = []
    for k, name in enumerate(regions):
        n_views = 1 if quick else VIEWS[name]
        path = os.path.join(CACHE, f"{name}_{seed}_{n_views}_v{VIEWS_VERSION}{'_quick' if quick else ''}.npz")
        if os.path.exists(path):
            parts.append(dict(np.load(path)))
            continue
        src = dd.load_region(name)
        if quick:
            src = {key: v[:64] for key, v in src.items()}
        v = dd.views(src, n_views, np.random.default_rng([seed, k]))
        t0 = time.time()
        v["target"] = dd.teacher(v)
        log(f"{name}: {len(v['x'])} views of {len(src['x'])} pixels embedded by Presto in {time.time() - t0:.0f} s")
        os.makedirs(CACHE, exist_ok=True)
        np.savez(path, **v)
        parts.append(v)
    return {key: np.concatenate([p[key] for p in parts]) for key in ("x", "mask", "latlon", "month", "target")}


def train(data: dict, cfg: dict, seed: int):
    import torch

    from .student import Student

    torch.manual_seed(seed)
    net = Student(cfg["width"], cfg["hidden"], data["target"].shape[1])
    mean, std = data["target"].mean(0), data["target"].std(0) + 1e-6
    net.mean.copy_(torch.from_numpy(mean))
    net.std.copy_(torch.from_numpy(std))
    t = {k: torch.from_numpy(np.ascontiguousarray(data[k])) for k in ("x", "mask", "latlon", "month")}
    y = torch.from_numpy((data["target"] - mean) / std)
    opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
    n = len(y)
    steps = cfg["epochs"] * -(-n // cfg["batch"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(cfg["epochs"]):
        perm = torch.randperm(n, generator=g)
        total = 0.0
        for i in range(0, n, cfg["batch"]):
            b = perm[i:i + cfg["batch"]]
            pred = net.standardised(t["x"][b], t["mask"][b], t["latlon"][b], t["month"][b])
            loss = torch.mean((pred - y[b]) ** 2) + torch.mean(1 - torch.cosine_similarity(pred, y[b], dim=1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(b)
        if epoch % 10 == 0 or epoch == cfg["epochs"] - 1:
            log(f"epoch {epoch + 1}/{cfg['epochs']}: loss {total / n:.4f}")
    return net.eval()


def export(net):
    import torch

    from eolatent.models.training.onnx_eval import export_module

    b, t = 3, dd.T_MAX
    ex = (torch.rand(b, t, 17), torch.zeros(b, t, 17), torch.tensor([[50.0, 4.0]] * b),
          torch.arange(t).remainder(12).expand(b, t).clone())
    dyn = {"x": {0: "B", 1: "T"}, "mask": {0: "B", 1: "T"}, "latlon": {0: "B"}, "month": {0: "B", 1: "T"},
           "embedding": {0: "B"}}
    return export_module(net, ex, ("x", "mask", "latlon", "month"), ("embedding",), dyn,
                         "eolatent.models.training.presto.distill")


def cosine(a, b):
    return np.sum(a * b, 1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-12)


def _r2(student, teacher) -> float:
    """Share of the teacher's between-pixel variance (all features) the student reproduces: 1 − SSE / SST."""
    return float(1.0 - np.sum((student - teacher) ** 2) / np.sum((teacher - teacher.mean(0)) ** 2))


def _few_shot(features: dict, label: np.ndarray, seed: int) -> dict:
    """Macro-F1 (mean ± sd over draws) of a logistic regression with b labels a class, per feature set."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import StandardScaler

    counts = collections.Counter(label)
    classes = sorted(c for c, k in counts.items() if k >= MIN_SAMPLES and c)
    keep = np.isin(label, classes)
    out = {name: {b: [] for b in BUDGETS} for name in features}
    for d in range(DRAWS):
        rng = np.random.default_rng([seed, d])
        test = np.zeros(len(label), bool)
        train_pool = {}
        for c in classes:
            idx = rng.permutation(np.flatnonzero(keep & (label == c)))
            test[idx[: len(idx) // 2]] = True
            train_pool[c] = idx[len(idx) // 2:]
        for b in BUDGETS:
            tr = np.concatenate([train_pool[c][:b] for c in classes])
            for name, f in features.items():
                sc = StandardScaler().fit(f[keep & ~test])    # unlabelled training side
                clf = LogisticRegression(max_iter=3000).fit(sc.transform(f[tr]), label[tr])
                out[name][b].append(f1_score(label[test], clf.predict(sc.transform(f[test])), average="macro"))
    return {name: {f"{b}_labels": [round(float(np.mean(v)), 3), round(float(np.std(v)), 3)]
                   for b, v in res.items()} for name, res in out.items()} | {"classes": classes}


def _labels(region: str) -> np.ndarray:
    if region == "africa":
        from eolatent.core.encode.presto.worldcereal import pixel_series

        return pixel_series("africa")["label"]
    from .evaluate import dominant_dynamic_world

    d = np.load(dd.FUEL)
    return dominant_dynamic_world(d["dynamic_world"], d["dynamic_world_legend"])


def evaluate(model_bytes: bytes, regions, seed: int, threads: int = 2) -> dict:
    """Held-out figures of the exported student beside Presto (module doc, step 4)."""
    from eolatent.models.training.onnx_eval import cpu_session

    sess = cpu_session(model_bytes, threads)
    student = lambda v: np.concatenate([sess.run(["embedding"], {"x": v["x"][i:i + 1024], "mask": v["mask"][i:i + 1024],
                                                                   "latlon": v["latlon"][i:i + 1024],
                                                                   "month": v["month"][i:i + 1024]})[0]
                                        for i in range(0, len(v["x"]), 1024)])
    res = {}
    for k, region in enumerate(regions):
        src = dd.load_region(region)
        nat = dd.views(src, 1, None, natural=True)
        rnd = dd.views(src, 2, np.random.default_rng([seed, 99, k]))
        e_t, e_s = dd.teacher(nat), student(nat)
        cos_nat, cos_rnd = cosine(e_t, e_s), cosine(dd.teacher(rnd), student(rnd))
        r = {"pixels": int(len(src["x"])),
             "cosine_natural_views": [round(float(np.median(cos_nat)), 4), round(float(np.percentile(cos_nat, 5)), 4)],
             "cosine_random_views": [round(float(np.median(cos_rnd)), 4), round(float(np.percentile(cos_rnd, 5)), 4)],
             "r2_natural_views": round(_r2(e_s, e_t), 4)}
        label = _labels(region)[nat["pixel"]]
        raw = dd.raw_features(nat)
        r["few_shot_macro_f1"] = _few_shot({"presto": e_t, "presto_small": e_s, "raw": raw}, label, seed)
        if region == "westernus":
            from .evaluate import regressions

            test, target = dd.fuel_moisture_split(nat["pixel"])
            r["fuel_moisture_rf_rmse"] = {name: regressions(f, target, test)
                                          for name, f in (("presto", e_t), ("presto_small", e_s), ("raw", raw))}
        res[region] = r
        log(f"held-out {region}: {r}")
    res["speed"] = speed(sess, threads)
    return res


def speed(sess, threads: int, n: int = 2048) -> dict:
    """Pixels per second of the student and of Presto (ONNX Runtime, ``threads``), 12-month series, same run."""
    from eolatent.core.encode.presto.embed import PrestoEncoder
    from eolatent.core.latent.contract import resolve_model

    src = dd.load_region("belgium")
    v = dd.views({k: a[:n] for k, a in src.items()}, 1, None, natural=True)
    teacher = PrestoEncoder(resolve_model("presto", "encode"), provider="cpu", threads=threads)
    out = {}
    for name, fn in (("presto", lambda: teacher.embed(v["x"], v["mask"], v["latlon"], v["month"])),
                     ("presto_small", lambda: sess.run(["embedding"], {k: v[k] for k in ("x", "mask", "latlon",
                                                                                          "month")}))):
        fn()
        t0 = time.perf_counter()
        fn()
        out[name] = round(n / (time.perf_counter() - t0), 1)
    out["speed_up"] = round(out["presto_small"] / out["presto"], 1)
    out["threads"], out["months"] = threads, dd.T_MAX
    return out


def card(cfg: dict, regions, held_out, metrics: dict, teacher_sha: tuple, teacher_version: str, macs: int) -> dict:
    """``teacher_sha``: (the teacher file's sha256, its weights' sha256)."""
    from eolatent.core.encode.presto import inputs as pin

    from .export import LATLON_INPUT, MONTH_INPUT, pixel_series_tiling

    bands = list(pin.BANDS)
    return {
        "id": MODEL_ID, "version": VERSION, "task": "encode",
        "inputs": [
            {"name": "x", "units": "normalised", "bands": bands, "shape": f"[B, T<={dd.T_MAX}, 17]",
             "normalisation": pin.NORMALISATION + "; ERA5 and SRTM channels are not read",
             "time_step": "one calendar month per step, consecutive (as Presto)"},
            {"name": "mask", "units": "1", "bands": bands, "shape": "[B, T, 17]", "normalisation": "1 = missing"},
            LATLON_INPUT, MONTH_INPUT,
        ],
        "outputs": [{"name": "embedding", "units": "1", "valid_range": [-50.0, 50.0],
                     "description": "an approximation of Presto's pooled embedding (128 features, same space)"}],
        "tiling": pixel_series_tiling(dd.T_MAX, embedding_space="eolatent.encoder.presto",
                                      embedding_space_version=teacher_version),
        "training_data": {
            "method": "knowledge distillation: the student learns the embedding the shipped Presto encoder "
                      "(eolatent.encoder.presto) gives to random views of real pixel series; no label is used",
            "teacher": "models/encoder_presto.onnx", "teacher_sha256": teacher_sha[0],
            # the file's hash changes when its card is rewritten; its weights' hash does not
            "teacher_weights_sha256": teacher_sha[1],
            "regions": list(regions), "held_out_regions": list(held_out),
            "views_per_pixel": {r: VIEWS[r] for r in regions},
            "views": "1-12 consecutive months; S1 dropped (25 %), S2 dropped where S1 exists (15 %), B8A dropped "
                     "(30 %), single months dropped (15 % each); ERA5, SRTM, Dynamic World always missing",
            "data": "tests/data/worldcereal (France LPIS 2022/2023, Belgium cube; WorldCereal, MIT), "
                    "tests/data/slovenia (eo-learn, MIT; Copernicus data), tests/data/presto (Presto, MIT); "
                    "provenance in each folder's README",
            "network": {"type": "per-month MLP tokens, mean + max pooling, MLP head", "width": cfg["width"],
                        "hidden": cfg["hidden"], "macs_per_pixel_12_months": macs},
            "loss": "MSE on standardised features + (1 - cosine)", "epochs": cfg["epochs"],
            "batch": cfg["batch"], "lr": cfg["lr"], "optimiser": "Adam, cosine schedule to 0",
        },
        "metrics": metrics,
        "license": "GPL-3.0-or-later",
    }


def main(argv=None) -> dict:
    ap = cli.parser(__doc__, paragraph=True, out=os.path.join(ROOT, "models", "encoder_presto_small.onnx"),
                    seed=20261206, threads=2,
                    quick="small run for tests (2 to 3 minutes on 2 cores: the held-out regions are still embedded "
                          "by Presto for the evaluation)")
    ap.add_argument("--held-out", default="africa,westernus", help="regions never used for training")
    args = ap.parse_args(argv)
    t_start = time.time()
    cli.start(args)
    import torch

    from eolatent.models.training.onnx_eval import sha256_file

    torch.set_num_threads(args.threads)
    cfg = dict(QUICK if args.quick else DEFAULTS)
    held_out = [r for r in args.held_out.split(",") if r]
    regions = [r for r in dd.REGIONS if r not in held_out]
    data = training_views(regions, args.seed, args.quick)
    log(f"training on {len(data['x'])} views of {', '.join(regions)}; held out: {', '.join(held_out)}; {cfg}")
    t_data = time.time() - t_start
    net = train(data, cfg, args.seed)
    t_train = time.time() - t_start - t_data
    model = export(net)
    metrics = {"held_out": evaluate(model.SerializeToString(), held_out, args.seed, args.threads)}
    metrics.update(cli.run_record(args, t_start, stages={"teacher_embeddings": t_data, "training": t_train}))
    from eolatent.core.latent.contract import resolve_model

    teacher_sha = sha256_file(os.path.join(ROOT, "models", "encoder_presto.onnx"))
    teacher = resolve_model("presto", "encode")
    teacher_version = teacher.version
    teacher_sha = (teacher_sha, teacher.card.get("weights_sha256", ""))
    stored, metrics_path = cli.write_outputs(model, card(cfg, regions, held_out, metrics, teacher_sha, teacher_version,
                                                         net.macs_per_pixel()), args.out, metrics)
    log(f"wrote {args.out} ({stored['weights_sha256'][:12]}) and {metrics_path}")
    return {"card": stored, "metrics": metrics, "path": args.out}


if __name__ == "__main__":
    main()
