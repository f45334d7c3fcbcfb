# SPDX-License-Identifier: GPL-3.0-or-later
"""The super-resolution CNN (training side): a small fully convolutional residual network.

Input (N, C, H, W) as built by ``eolatent.core.superres.methods.cnn_inputs``: the bicubic field (K),
for the guided model the TsHARP field (K) and the r² of the coarse temperature–guide line, and
log2(factor)/4. Inside the graph the bicubic field is reduced to its local anomaly (minus a 5×5 local
mean) and the TsHARP field to its difference from the bicubic one, both divided by SCALE: the network is
exactly invariant to adding a constant temperature, so day, night and sites share one model and tiles
agree. Output: bicubic + SCALE · correction (K).
"""
from __future__ import annotations

import torch
from torch import nn

SCALE = 2.0  # K


class SuperResNet(nn.Module):
    def __init__(self, guided: bool, width: int = 24, depth: int = 6):
        super().__init__()
        self.guided = guided
        cin = 4 if guided else 2
        self.pool = nn.AvgPool2d(5, stride=1, padding=2, count_include_pad=False)
        layers = [nn.Conv2d(cin, width, 3, padding=1), nn.ReLU()]
        for _ in range(depth - 2):
            layers += [nn.Conv2d(width, width, 3, padding=1), nn.ReLU()]
        layers.append(nn.Conv2d(width, 1, 3, padding=1))
        self.body = nn.Sequential(*layers)
        nn.init.zeros_(layers[-1].weight)
        nn.init.zeros_(layers[-1].bias)

    @property
    def receptive_radius(self) -> int:
        convs = sum(1 for m in self.body if isinstance(m, nn.Conv2d))
        return convs + 2  # 3×3 convolutions + the 5×5 local mean

    def forward(self, x):
        bic = x[:, 0:1]
        feats = [(bic - self.pool(bic)) / SCALE]
        if self.guided:
            feats += [(x[:, 1:2] - bic) / SCALE, x[:, 2:3]]
        feats.append(x[:, -1:])
        return bic + SCALE * self.body(torch.cat(feats, dim=1))
