# SPDX-License-Identifier: GPL-3.0-or-later
"""The satellite tower of the text query (torch; exported per docs/textquery_contract.md).

x [N, D, C], valid [N, D], doy [N, D] →

1. per date: standardise x (mean/std buffers fitted on the training inputs), append sin/cos(2π doy/365.25) and
   run a 2-layer MLP (SiLU) → h [N, D, H];
2. masked pooling over the valid dates: mean and max (max over valid dates only) → [N, 2H]; a pixel without any
   valid date gets zeros here (finite features, masked by the runtime);
3. MLP → ``features`` [N, K];
4. bias-free projection K → 384 (``projection`` [K, 384], constant output); image embedding
   = normalize(features @ projection); learnable logit scale (CLIP), used for training only.

Symmetric in the dates (mean and max pooling): the features do not depend on the order of the dates.
"""
from __future__ import annotations

import math

import torch
from torch import nn

EMBED_DIM = 384
_NEG = 1e4


class Tower(nn.Module):
    def __init__(self, channels: int, hidden: int = 128, k: int = 64, embed_dim: int = EMBED_DIM):
        super().__init__()
        self.channels, self.hidden, self.k = channels, hidden, k
        self.register_buffer("x_mean", torch.zeros(channels))
        self.register_buffer("x_std", torch.ones(channels))
        self.per_date = nn.Sequential(nn.Linear(channels + 2, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
                                      nn.Linear(hidden, hidden))
        self.head = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.SiLU(), nn.Linear(hidden, k))
        self.proj = nn.Linear(k, embed_dim, bias=False)
        self.logit_scale = nn.Parameter(torch.tensor(math.log(1 / 0.07)))

    def set_normalisation(self, mean, std):
        self.x_mean.copy_(torch.as_tensor(mean, dtype=torch.float32))
        self.x_std.copy_(torch.as_tensor(std, dtype=torch.float32).clamp_min(1e-4))

    def features(self, x, valid, doy):
        m = valid.unsqueeze(-1)                                          # [N, D, 1]
        xn = (x - self.x_mean) / self.x_std * m
        ang = doy.unsqueeze(-1) * (2.0 * math.pi / 365.25)
        h = self.per_date(torch.cat([xn, torch.sin(ang) * m, torch.cos(ang) * m], -1))  # [N, D, H]
        cnt = m.sum(1)                                                   # [N, 1]
        mean = (h * m).sum(1) / cnt.clamp_min(1.0)
        mx = (h * m + (m - 1.0) * _NEG).amax(1) * (cnt > 0).to(h.dtype)
        return self.head(torch.cat([mean, mx], -1))

    def projection(self):
        return self.proj.weight.t()                                      # [K, 384]

    def embed(self, x, valid, doy):
        return nn.functional.normalize(self.proj(self.features(x, valid, doy)), dim=-1)

    def forward(self, x, valid, doy):
        return self.features(x, valid, doy), self.projection()


class ExportTower(nn.Module):
    """The graph that ships: (x, valid, doy) → (features, projection)."""

    def __init__(self, tower: Tower):
        super().__init__()
        self.tower = tower

    def forward(self, x, valid, doy):
        f = self.tower.features(x, valid, doy)
        # the constant projection as a named graph output: returned bare, the exporter folds it into an initializer
        # and the output loses its name; "+ 0 · (a scalar of f)" keeps a node producing "projection" (values exact)
        return f, self.tower.proj.weight.t() + 0.0 * f[:1, :1].sum()


__all__ = ["Tower", "ExportTower", "EMBED_DIM"]
