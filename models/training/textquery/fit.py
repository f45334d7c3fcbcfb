# SPDX-License-Identifier: GPL-3.0-or-later
"""The tower's training loop: supervised InfoNCE between pixels and class captions, the alignment term, sub-pixel
mixtures and date dropout (see train.py's docstring, step 5)."""
from __future__ import annotations

import math
import time

import numpy as np

from .common import MIXTURE, _t, log


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
