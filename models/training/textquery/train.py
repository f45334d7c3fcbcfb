# SPDX-License-Identifier: GPL-3.0-or-later
"""Train, calibrate, export and evaluate a text-query satellite tower (``models/textquery_<input>.onnx``).

    python -m eolatent.models.training.textquery.train --input s2|latent_fine4 --out models/ \
        [--pairs DIR] [--quick] [--seed S] [--steps N] [--threads T]

Steps (seeded; docs/textquery_training.md):

1. captions: the TRAIN phrasings of the training classes (captions.training_captions — the held-out class
   shrubland and every EVAL phrasing are excluded there), embedded once with the shipped text model
   (core.text_encoder.TextEncoder, MiniLM, 384-d);
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

import argparse
import io
import json
import math
import os
import platform as _platform
import sys
import time
import warnings

import numpy as np

from eolatent.core.textquery.features import S2_CHANNELS, latent_features, s2_features

from . import captions as caps
from . import evaluate as ev
from . import simulate as simu

MODEL_VERSION = "1.0.0"
OPSET = 17
IR_VERSION = 9
ENCODER = "fine4"
VAL_BLOCKS = ((0, 0), (2, 3), (3, 3))  # 20 × 20 px blocks (row, col) for calibration; see realdata.HOLDOUT_BLOCKS
PURITY = 0.75
INPUTS = ("s2", "latent_fine4")
# real sub-pixel mixtures (S2 tower): reflectance α·forest + (1 − α)·grassland pixel, α 0.25–0.75 → open woodland
MIXTURE = ("forest", "grassland", "open woodland")

DEFAULTS = dict(n_sim=6000, n_sim_val=400, n_sim_test=400, steps=3000, batch=512, real_frac=0.4, hidden=128, k=64,
                lr=2e-3, weight_decay=1e-4, date_dropout=0.3, lab_batch=128, align=3.0, mix_frac=0.2)
QUICK = dict(n_sim=300, n_sim_val=60, n_sim_test=60, steps=60, batch=256, real_frac=0.4, hidden=32, k=16,
             lr=3e-3, weight_decay=1e-4, date_dropout=0.3, lab_batch=64, align=3.0, mix_frac=0.2)


def log(msg: str) -> None:
    print(f"[textquery.train {time.strftime('%H:%M:%S')}] {msg}", flush=True)


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
def load_lulc(side: int):
    import rasterio

    from eolatent.models.training.pivotal import realdata

    with rasterio.open(os.path.join(realdata.SLOVENIA, "LULC.tif")) as ds:
        return ds.read(1)[:side, :side]


def block_mask(blocks, side: int, block: int) -> np.ndarray:
    m = np.zeros((side, side), bool)
    for i, j in blocks:
        m[i * block:(i + 1) * block, j * block:(j + 1) * block] = True
    return m


def split_masks():
    """(test, val) bool [SIDE, SIDE] masks of the real sample (the rest is training)."""
    from eolatent.models.training.pivotal import realdata

    test = realdata.spatial_holdout()
    val = block_mask(VAL_BLOCKS, realdata.SIDE, realdata.HOLDOUT_BLOCK)
    assert not (test & val).any()
    return test, val


def _class_index(codes, names):
    """LULC codes → training class index (−1 for nodata, unknown and held-out classes)."""
    out = np.full(codes.shape, -1, np.int64)
    for code, name in caps.REAL_CODES.items():
        if name in names:
            out[codes == code] = names.index(name)
    return out


def real_s2(names, data=None, lulc=None) -> dict:
    """Per-pixel real pairs: x [N, 5, 11], valid, doy, code [N] (LULC), cls [N] (training class or −1), split [N]
    ('train' / 'val' / 'test'), ndvi [N] (mean NDVI over valid dates, for the baseline)."""
    from eolatent.models.training.pivotal import realdata

    data = data if data is not None else realdata.load()
    side = realdata.SIDE
    lulc = lulc if lulc is not None else load_lulc(side)
    x, valid, doy = s2_features(data["refl"], data["valid"], data["doy"])
    test, val = split_masks()
    split = np.where(test.ravel(), "test", np.where(val.ravel(), "val", "train"))
    code = lulc.ravel().astype(np.int64)
    ndvi = (x[..., -1] * valid).sum(1) / np.maximum(valid.sum(1), 1)
    return {"x": x, "valid": valid, "doy": doy, "code": code, "cls": _class_index(code, names), "split": split,
            "ndvi": ndvi.astype(np.float32), "unit": "pixel (10 m)"}


def encoder_session(path=None):
    from eolatent.core import modelcard
    from eolatent.models.training.onnx_eval import cpu_session

    path = path or os.path.join(os.path.dirname(simu.__file__), "..", "..", f"encoder_{ENCODER}.onnx")
    with open(path, "rb") as fh:
        data = fh.read()
    return cpu_session(data, 1), modelcard.read_card(data)


def real_latent(names, session, card, data=None, lulc=None) -> dict:
    """Per-chunk real pairs for the latent tower, computed as eolatent:encode does (10-day lattice windows from the
    first date, per-window composite of the valid S2 observations, s2_valid = valid fraction, S1 absent, doy = window
    centre; chunks without valid pixels are NaN → invalid). Label = majority LULC when ≥ PURITY of the chunk."""
    from eolatent.core import latent as lt
    from eolatent.models.training.pivotal import realdata

    data = data if data is not None else realdata.load()
    side = realdata.SIDE
    lulc = lulc if lulc is not None else load_lulc(side)
    P, W = int(card["tiling"]["chunk_px"]), int(card["tiling"]["window_days"])
    dates = [lt.to_date(d) for d in data["dates"]]
    d0 = dates[0]
    win = {}
    for i, d in enumerate(dates):
        win.setdefault(lt.window_of(d0, W, d), []).append(i)
    kept = sorted(win)
    centres = [lt.doy(lt.lattice_window(d0, W, k).centre) for k in kept]
    n = side // P
    means = np.full((len(kept), int(card["tiling"]["latent_size"]), n, n), np.nan, np.float32)
    for wi, k in enumerate(kept):
        idx = win[k]
        v = data["valid"][idx].astype(np.float32)                     # [d, H, W]
        cnt = v.sum(0)
        comp = (data["refl"][idx] * v[:, None]).sum(0) / np.maximum(cnt, 1)[None]
        frac = cnt / len(idx)
        s2 = comp.reshape(10, n, P, n, P).transpose(1, 3, 0, 2, 4).reshape(n * n, 10, P, P).astype(np.float32)
        sv = frac.reshape(n, P, n, P).transpose(0, 2, 1, 3).reshape(n * n, 1, P, P).astype(np.float32)
        has = sv.reshape(n * n, -1).max(1) > 0
        if not has.any():
            continue
        sel = np.flatnonzero(has)
        feeds = {"s2": s2[sel], "s2_valid": sv[sel], "s1": np.zeros((sel.size, 2, P, P), np.float32),
                 "s1_valid": np.zeros((sel.size, 1, P, P), np.float32),
                 "doy": np.full((sel.size, 1), centres[wi], np.float32)}
        out = session.run(["mean"], feeds)[0]
        flat = means[wi].reshape(means.shape[1], -1)
        flat[:, sel] = out.T
        means[wi] = flat.reshape(means.shape[1:])
    x, valid, doy = latent_features(means, centres)
    test, val = split_masks()
    blocks = lambda m: m.reshape(n, P, n, P).transpose(0, 2, 1, 3).reshape(n * n, P * P)  # noqa: E731
    lab = blocks(lulc.astype(np.int64))
    code = np.zeros(n * n, np.int64)
    code50 = np.zeros(n * n, np.int64)  # majority ≥ 50 %: a supplementary evaluation with more positives
    for i in range(n * n):
        vals, counts = np.unique(lab[i], return_counts=True)
        j = counts.argmax()
        if vals[j] != 0 and counts[j] >= PURITY * P * P:
            code[i] = vals[j]
        if vals[j] != 0 and counts[j] >= 0.5 * P * P:
            code50[i] = vals[j]
    t, v = blocks(test), blocks(val)
    split = np.where(t.all(1), "test", np.where(v.all(1), "val", np.where(t.any(1) | v.any(1), "edge", "train")))
    # NDVI baseline per chunk: mean NDVI of the chunk's valid pixels over the dates
    xs, vs, _ = s2_features(data["refl"], data["valid"], data["doy"])
    nd = ((xs[..., -1] * vs).sum(1) / np.maximum(vs.sum(1), 1)).reshape(side, side)
    ndvi = blocks(nd).mean(1)
    return {"x": x, "valid": valid, "doy": doy, "code": code, "cls": _class_index(code, names), "split": split,
            "code50": code50, "ndvi": ndvi.astype(np.float32),
            "unit": f"{P} x {P} px chunk ({P * 10} m), majority LULC >= {int(PURITY * 100)} %",
            "window_centres_doy": centres}


def real_splits(real: dict):
    """(train, validation) bool masks of the real pairs the trainer uses: outside the test blocks, a training class
    (held-out classes and unlabelled pairs have cls −1), at least one valid date."""
    ok = (real["cls"] >= 0) & (real["valid"].sum(1) > 0)
    return ok & (real["split"] == "train"), ok & (real["split"] == "val")


def subset(d: dict, sel) -> dict:
    return {k: (v[sel] if isinstance(v, np.ndarray) and v.shape[:1] == d["x"].shape[:1] else v) for k, v in d.items()}


# ---------------------------------------------------------------------------------------------------
# simulated data
# ---------------------------------------------------------------------------------------------------
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
def _t(a, dtype=None):
    import torch

    return torch.as_tensor(np.ascontiguousarray(a), dtype=dtype)


def normalisation(*sets):
    xs = np.concatenate([s["x"][s["valid"] > 0] for s in sets])
    return xs.mean(0), xs.std(0) + 1e-4


def supcon_loss(z, cls, T, related, scale):
    """Supervised InfoNCE both ways between pixel embeddings z [B, 384] (classes cls [B]) and one caption
    embedding per training class T [n, 384]; related[c] (bool [n, n]) pairs are not negatives."""
    import torch
    import torch.nn.functional as F

    logits = scale * z @ T.t()                                           # [B, n]
    rel = related[cls]                                                   # [B, n]
    own = torch.nn.functional.one_hot(cls, T.shape[0]).bool()
    masked = logits.masked_fill(rel & ~own, float("-inf"))
    l_i2t = F.cross_entropy(masked, cls)
    lt = logits.t()                                                      # [n, B]
    pos = own.t()                                                        # [n, B]
    present = pos.any(1)
    lt = lt.masked_fill(rel.t() & ~pos, float("-inf"))
    logp = lt - torch.logsumexp(lt, 1, keepdim=True)
    l_t2i = -(logp.masked_fill(~pos, 0.0).sum(1)[present] / pos.sum(1)[present]).mean()
    return 0.5 * (l_i2t + l_t2i)


def clip_loss(z, E, group, scale):
    """CLIP loss between lab pixel embeddings z [B, 384] and their text embeddings E [B, 384]; same group = positive."""
    import torch

    logits = scale * z @ E.t()
    pos = group[:, None] == group[None, :]
    out = 0.0
    for lg in (logits, logits.t()):
        logp = lg - torch.logsumexp(lg, 1, keepdim=True)
        out = out + -(logp.masked_fill(~pos, 0.0).sum(1) / pos.sum(1)).mean()
    return 0.5 * out


def mix_s2(xa, va, xb, vb, alpha):
    """Sub-pixel mixtures of two real pixels observed on the same dates: reflectance α·a + (1 − α)·b on the dates valid
    in both (else a's dates), NDVI recomputed exactly as features.s2_features does."""
    import torch

    both = va * vb
    v = torch.where(both.sum(1, keepdim=True) > 0, both, va)
    a = alpha[:, None, None]
    r = (a * xa[..., :10] + (1 - a) * xb[..., :10]) * v[..., None]
    red, nir = r[..., 2], r[..., 6]
    den = nir + red
    ndvi = torch.where((v > 0) & (den > 1e-6), (nir - red) / torch.where(den > 1e-6, den, torch.ones_like(den)),
                       torch.zeros_like(den))
    return torch.cat([r, ndvi[..., None]], -1), v


def _dropout_dates(valid, p, g):
    import torch

    keep = (torch.rand(valid.shape, generator=g) > p).float() * valid
    none = keep.sum(1) == 0
    return torch.where(none[:, None], valid, keep)


def train_tower(real: dict, sim: dict, lab, bank: dict, cfg: dict, seed: int, channels: int, mixable: bool = False):
    import torch

    from .tower import Tower

    torch.manual_seed(seed)
    g = torch.Generator().manual_seed(seed)
    tower = Tower(channels, cfg["hidden"], cfg["k"])
    norm_sets = [real, sim] + ([lab] if lab is not None else [])
    tower.set_normalisation(*normalisation(*norm_sets))
    names = bank["names"]
    n_cls = len(names)
    emb = [_t(e) for e in bank["embeddings"]]
    centroids = torch.nn.functional.normalize(torch.stack([e.mean(0) for e in emb]), dim=1)
    related = _t(bank["related"])
    R = {k: _t(real[k]) for k in ("x", "valid", "doy")}
    R["cls"] = _t(real["cls"])
    counts = np.bincount(real["cls"], minlength=n_cls).astype(np.float64)
    w_real = _t(1.0 / np.sqrt(counts[real["cls"]]), torch.float64)
    S = {k: _t(sim[k]) for k in ("x", "valid", "doy")}
    S["cls"] = _t(sim["cls"])
    if lab is not None:
        Lb = {k: _t(lab[k]) for k in ("x", "valid", "doy", "embedding", "group")}
    B = cfg["batch"]
    b_real = int(round(B * cfg["real_frac"])) if real["x"].shape[0] else 0
    b_sim = B - b_real
    b_mix = int(round(B * cfg.get("mix_frac", 0.0))) if mixable and all(m in names for m in MIXTURE) else 0
    if b_mix:
        pool_f = torch.nonzero(R["cls"] == names.index(MIXTURE[0]))[:, 0]
        pool_g = torch.nonzero(R["cls"] == names.index(MIXTURE[1]))[:, 0]
        b_mix = b_mix if pool_f.numel() and pool_g.numel() else 0
    params = [p for n_, p in tower.named_parameters() if n_ != "logit_scale"]
    opt = torch.optim.AdamW([{"params": params, "weight_decay": cfg["weight_decay"]},
                             {"params": [tower.logit_scale], "weight_decay": 0.0}], lr=cfg["lr"])
    sch = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg["lr"], total_steps=cfg["steps"], pct_start=0.1)
    t0 = time.time()
    hist = []
    for step in range(cfg["steps"]):
        ir = torch.multinomial(w_real, b_real, True, generator=g) if b_real else torch.zeros(0, dtype=torch.long)
        is_ = torch.randint(0, S["x"].shape[0], (b_sim,), generator=g)
        vr = _dropout_dates(R["valid"][ir], cfg["date_dropout"], g)
        x = torch.cat([R["x"][ir] * vr[..., None], S["x"][is_]])
        valid = torch.cat([vr, S["valid"][is_]])
        doy = torch.cat([R["doy"][ir], S["doy"][is_]])
        cls = torch.cat([R["cls"][ir], S["cls"][is_]])
        pick = [int(torch.randint(0, e.shape[0], (1,), generator=g)) for e in emb]
        T = torch.stack([e[i] for e, i in zip(emb, pick)])
        scale = tower.logit_scale.exp().clamp(max=100.0)
        z = tower.embed(x, valid, doy)
        loss = supcon_loss(z, cls, T, related, scale)
        if cfg["align"]:
            loss = loss + cfg["align"] * (1.0 - (z * centroids[cls]).sum(1)).mean()
        if b_mix:  # real sub-pixel mixtures: a forest and a grassland pixel of the same dates → open woodland
            ia = pool_f[torch.randint(0, pool_f.numel(), (b_mix,), generator=g)]
            ib = pool_g[torch.randint(0, pool_g.numel(), (b_mix,), generator=g)]
            alpha = 0.25 + 0.5 * torch.rand(b_mix, generator=g)
            xm, vm = mix_s2(R["x"][ia], R["valid"][ia], R["x"][ib], R["valid"][ib], alpha)
            vm = _dropout_dates(vm, cfg["date_dropout"], g)
            zm = tower.embed(xm * vm[..., None], vm, R["doy"][ia])
            cm = torch.full((b_mix,), names.index(MIXTURE[2]), dtype=torch.long)
            loss = loss + (b_mix / B) * supcon_loss(zm, cm, T, related, scale)
            if cfg["align"]:
                loss = loss + (b_mix / B) * cfg["align"] * (1.0 - (zm * centroids[cm]).sum(1)).mean()
        if lab is not None:
            il = torch.randint(0, Lb["x"].shape[0], (min(cfg["lab_batch"], Lb["x"].shape[0]),), generator=g)
            zl = tower.embed(Lb["x"][il], Lb["valid"][il], Lb["doy"][il])
            loss = loss + clip_loss(zl, Lb["embedding"][il], Lb["group"][il], scale)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sch.step()
        with torch.no_grad():
            tower.logit_scale.clamp_(max=math.log(100.0))
        hist.append(float(loss.detach()))
        if (step + 1) % max(1, cfg["steps"] // 6) == 0 or step == cfg["steps"] - 1:
            log(f"step {step + 1}/{cfg['steps']}  loss {np.mean(hist[-50:]):.4f}  scale {float(scale.detach()):.1f}  "
                f"({time.time() - t0:.0f} s)")
    tower.eval()
    return tower, {"final_loss": round(float(np.mean(hist[-100:])), 4), "train_s": round(time.time() - t0, 1),
                   "logit_scale": round(float(tower.logit_scale.detach().exp()), 3)}


# ---------------------------------------------------------------------------------------------------
# calibration
# ---------------------------------------------------------------------------------------------------
def calibrate(z, cls, bank: dict, rng) -> dict:
    """Platt (a, b) and softmax scale from validation embeddings z [N, 384] of known training classes cls [N]."""
    names, related = bank["names"], bank["related"]
    cos_all = [z @ e.T for e in bank["embeddings"]]                     # per class: [N, n_captions]
    # Platt: every (pixel, TRAIN caption) pair; positive = the pixel's class, negative = an unrelated class
    s, y, w = [], [], []
    n_per = np.bincount(cls, minlength=len(names)).astype(np.float64)
    pix_w = 1.0 / n_per[cls]                                             # each class of pixels weighs the same
    for c in range(len(names)):
        cos = cos_all[c]
        pos = cls == c
        neg = ~related[cls, c]
        for mask, lab in ((pos, 1.0), (neg, 0.0)):
            if mask.any():
                s.append(cos[mask].ravel())
                y.append(np.full(cos[mask].size, lab))
                w.append(np.repeat(pix_w[mask], cos.shape[1]) / cos.shape[1])
    s, y, w = np.concatenate(s), np.concatenate(y), np.concatenate(w)
    w = np.where(y > 0, w / w[y > 0].sum(), w / w[y == 0].sum())      # positives and negatives weigh the same
    a, b = _platt(s, y, w)
    # softmax: for each pixel, one random TRAIN caption per unrelated class (+ its own); fit s by 1-D search
    draws = 8
    logits, target = [], []
    for _ in range(draws):
        pick = [rng.integers(0, e.shape[0]) for e in bank["embeddings"]]
        cos = np.stack([cos_all[c][:, pick[c]] for c in range(len(names))], 1)   # [N, n]
        logits.append(cos)
        target.append(cls)
    cos, tgt = np.concatenate(logits), np.concatenate(target)
    excl = related[tgt] & ~np.eye(len(names), dtype=bool)[tgt]
    ww = np.tile(pix_w, draws)

    def nll(scale):
        lg = np.where(excl, -np.inf, scale * cos)
        m = lg.max(1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(lg - m).sum(1))
        return float((ww * (lse - lg[np.arange(len(tgt)), tgt])).sum() / ww.sum())

    grid = np.exp(np.linspace(np.log(1.0), np.log(200.0), 121))
    vals = [nll(x) for x in grid]
    i = int(np.argmin(vals))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    for _ in range(40):  # golden-section refinement
        m1, m2 = lo + 0.382 * (hi - lo), lo + 0.618 * (hi - lo)
        if nll(m1) < nll(m2):
            hi = m2
        else:
            lo = m1
    scale = 0.5 * (lo + hi)
    return {"single": {"a": round(float(a), 4), "b": round(float(b), 4)},
            "softmax": {"scale": round(float(scale), 4)},
            "fit": {"platt_pairs": int(s.size), "softmax_pixels": int(len(cls)), "softmax_nll": round(nll(scale), 4),
                    "weighting": "each validation class weighs the same; positives and negatives weigh the same "
                                 "(probability 0.5 at the equal-evidence point, no class prior)"}}


def _platt(s, y, w, iters=100):
    """Weighted logistic regression of y on s (Newton with backtracking, on the standardised score)."""
    mu, sd = float((w * s).sum() / w.sum()), float(np.sqrt((w * (s - (w * s).sum() / w.sum()) ** 2).sum() / w.sum()))
    sd = max(sd, 1e-6)
    u = (s - mu) / sd

    def loss(th):
        t = th[0] * u + th[1]
        return float((w * (np.logaddexp(0.0, t) - y * t)).sum())

    th = np.zeros(2)
    f = loss(th)
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(th[0] * u + th[1], -50, 50)))
        g = np.array([(w * (p - y) * u).sum(), (w * (p - y)).sum()])
        r = w * p * (1 - p)
        H = np.array([[(r * u * u).sum(), (r * u).sum()], [(r * u).sum(), r.sum()]]) + 1e-12 * np.eye(2)
        step = np.linalg.solve(H, g)
        t = 1.0
        while t > 1e-6:
            cand = th - t * step
            fc = loss(cand)
            if fc <= f:
                break
            t *= 0.5
        th, done = cand, abs(f - fc) < 1e-12
        f = fc
        if done:
            break
    a = th[0] / sd
    return a, th[1] - a * mu


# ---------------------------------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------------------------------
def export_onnx(tower):
    import onnx
    import torch

    from .tower import ExportTower

    module = ExportTower(tower).eval()
    C = tower.channels
    ex = (torch.rand(3, 4, C), torch.tensor([[1, 1, 0, 1]] * 3, dtype=torch.float32), torch.full((3, 4), 180.0))
    dyn = {"x": {0: "N", 1: "D"}, "valid": {0: "N", 1: "D"}, "doy": {0: "N", 1: "D"}, "features": {0: "N"}}
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module, ex, buf, input_names=["x", "valid", "doy"], output_names=["features", "projection"],
                          dynamic_axes=dyn, opset_version=OPSET, dynamo=False, do_constant_folding=True)
    model = onnx.load_from_string(buf.getvalue())
    model.ir_version = IR_VERSION
    model.producer_name = "eolatent.models.training.textquery"
    onnx.checker.check_model(model)
    return model


def _r(x, nd=4):
    return None if x is None or not np.isfinite(x) else float(round(float(x), nd))


# ---------------------------------------------------------------------------------------------------
def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", choices=INPUTS, default="s2")
    ap.add_argument("--out", default="models/", help="output folder (or a .onnx path)")
    ap.add_argument("--pairs", default=None, help="folder of lab pairs (docs/textquery_training.md)")
    ap.add_argument("--seed", type=int, default=20250720)
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="tiny run for tests (seconds)")
    ap.add_argument("--cfg", default=None, help="JSON overrides of the training configuration (development)")
    args = ap.parse_args(argv)

    t_start = time.time()
    import torch

    torch.set_num_threads(max(1, args.threads))
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

    from eolatent.core.text_encoder import TextEncoder

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
    wall = time.time() - t_start
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
        "wall_time_s": {"total": _r(wall, 1), "training": _r(t_train, 1)},
        "threads": int(args.threads), "quick": bool(args.quick), "seed": int(args.seed),
        "software": {"python": _platform.python_version(), "numpy": np.__version__, "torch": torch.__version__,
                     "onnx": __import__("onnx").__version__, "onnxruntime": __import__("onnxruntime").__version__},
    }
    card = build_card(kind, channels, enc_card, cfg, args, metrics, sim_train, real, lab, (f_lo, f_hi),
                      float(np.abs(p_o).max()))
    from eolatent.core.modelcard import write_onnx_with_card

    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    stored = write_onnx_with_card(model, card, out)
    metrics_path = os.path.splitext(out)[0] + ".metrics.json"
    with open(metrics_path, "w", encoding="utf-8") as fh:
        json.dump({"id": card["id"], "version": MODEL_VERSION, "weights_sha256": stored["weights_sha256"], **metrics},
                  fh, indent=2, sort_keys=True)
        fh.write("\n")
    zr = evaluation["zero_shot_real"]
    log(f"test AUC (EVAL prompts): seen mean {zr['mean_seen']} (NDVI {zr['ndvi_baseline_mean_seen']}), held-out mean "
        f"{zr['mean_held_out']} (NDVI {zr['ndvi_baseline_mean_held_out']}); met {zr['met']}")
    log(f"wrote {out} and {metrics_path} in {wall:.0f} s; onnx vs torch {diff:.1e}")
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
        "id": f"eolatent.textquery.{kind}", "version": MODEL_VERSION, "task": "text_query",
        "inputs": inputs, "outputs": outputs,
        "tiling": {"tile_size": 512, "receptive_field": 0, "scale_factor": 1},
        "training_data": training_data, "metrics": metrics, "license": "GPL-3.0-or-later", "weights_sha256": "",
    }


if __name__ == "__main__":
    main()
    sys.exit(0)
