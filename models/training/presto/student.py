# SPDX-License-Identifier: GPL-3.0-or-later
"""The small student that stands in for Presto on a CPU (models/encoder_presto_small.onnx).

Same inputs and output as the exported Presto encoder (``x``, ``mask`` [B, T, 17], ``latlon`` [B, 2], ``month``
[B, T] → ``embedding`` [B, 128]), so eolatent:encode runs it through the same pixel-series path. Instead of a
transformer over ~9 channel-group tokens per month, each month is one token: a two-layer MLP of the month's S1, S2
and NDVI values, their missing-value flags, the calendar month (one-hot) and the step's position; the tokens of the
months that hold data are pooled (mean and max) and a three-layer MLP head, which also sees the position on the
globe (a unit vector from lat/lon) and the share of months with data, gives the 128 features. ERA5 and SRTM
channels are not read (the plugin never has them); ``dynamic_world`` is not an input.
"""
from __future__ import annotations

import math

import torch
from torch import nn

from .distill_data import T_MAX, USED


class Student(nn.Module):
    def __init__(self, width: int = 128, hidden: int = 256, out: int = 128):
        super().__init__()
        self.register_buffer("used", torch.tensor(USED, dtype=torch.long))
        self.register_buffer("months", torch.eye(12))
        self.register_buffer("mean", torch.zeros(out))
        self.register_buffer("std", torch.ones(out))
        k = len(USED)
        self.tok = nn.Sequential(nn.Linear(2 * k + 12 + 1, width), nn.GELU(), nn.Linear(width, width), nn.GELU())
        self.head = nn.Sequential(nn.Linear(2 * width + 4, hidden), nn.GELU(), nn.Linear(hidden, hidden), nn.GELU(),
                                  nn.Linear(hidden, out))

    def standardised(self, x, mask, latlon, month):
        """The embedding in standardised units (the training target's per-feature mean 0, std 1)."""
        xu = x.index_select(-1, self.used)
        mu = mask.index_select(-1, self.used)
        xu = xu * (1.0 - mu)
        valid = ((1.0 - mu).sum(-1, keepdim=True) > 0).to(x.dtype)                 # [B, T, 1]
        steps = torch.arange(x.shape[1], device=x.device, dtype=x.dtype) / T_MAX
        pos = steps.view(1, -1, 1).expand(x.shape[0], -1, 1)
        h = self.tok(torch.cat([xu, mu, self.months[month], pos], -1))             # [B, T, W]
        n = valid.sum(1)                                                            # [B, 1]
        mean = (h * valid).sum(1) / n.clamp(min=1.0)
        top = (h * valid - (1.0 - valid) * 1e4).max(1).values * (n > 0).to(x.dtype)
        lat, lon = latlon[:, :1] * (math.pi / 180.0), latlon[:, 1:2] * (math.pi / 180.0)
        globe = torch.cat([torch.sin(lat), torch.cos(lat) * torch.cos(lon), torch.cos(lat) * torch.sin(lon)], -1)
        return self.head(torch.cat([mean, top, globe, n / T_MAX], -1))

    def forward(self, x, mask, latlon, month):
        return self.standardised(x, mask, latlon, month) * self.std + self.mean

    def macs_per_pixel(self, months: int = T_MAX) -> int:
        lin = lambda seq: sum(m.in_features * m.out_features for m in seq if isinstance(m, nn.Linear))
        return int(months * lin(self.tok) + lin(self.head))
