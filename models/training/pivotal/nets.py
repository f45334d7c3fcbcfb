# SPDX-License-Identifier: GPL-3.0-or-later
"""Encoder, on-demand decoder and the physics reconstruction path of the pivotal representation.

* :class:`Encoder` — contract inputs (s2, s2_valid, s1, s1_valid, doy) → (mean, logvar) [B, L].
  ``kind="mlp"`` (small chunks): the flattened chunk; ``kind="conv"`` (large chunks): strided
  convolutions down to a 7 × 7 map, flattened (keeps the coarse layout) + global average pooling.
* :class:`Decoder` — latent [B, L] + position [B, Q, 2] + dt [B, 1] + doy [B, 1] → per-pixel physical
  parameters (sigmoid-scaled into :data:`emulator.DECODER_BOX` and the SM range) and their log-variance.
  An implicit (coordinate) MLP: z is projected once per chunk, position enters as Fourier features,
  time as dt/10, (dt/10)², sin/cos of the day of year; SiLU everywhere, so every output is a smooth
  (C∞) function of dt.
* :func:`physics` — decoded parameters → S2 reflectance (frozen PROSAIL emulator, reference geometry)
  and S1 σ⁰ dB (Water Cloud Model, wcm_torch).
* :class:`DecoderExport` — the ONNX decoder: physical means and 1σ of LAI, FCOVER, CAB, CW, CM,
  SOIL_BRIGHTNESS, SM, N, ALA.
"""
from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from .emulator import DECODER_BOX
from .synth import fixed_geometry, s1_db, sm_to_psoil

PARAMS = ("lai", "cab", "cw", "cm", "n", "ala", "rsoil", "sm")
BOX = dict(DECODER_BOX, sm=(0.02, 0.50))
LO = torch.tensor([BOX[k][0] for k in PARAMS])
HI = torch.tensor([BOX[k][1] for k in PARAMS])
OUTPUTS = ("LAI", "FCOVER", "CAB", "CW", "CM", "SOIL_BRIGHTNESS", "SM", "N", "ALA")
UNITS = {"LAI": "m²/m²", "FCOVER": "fraction 0-1", "CAB": "µg/cm²", "CW": "g/cm²", "CM": "g/cm²",
         "SOIL_BRIGHTNESS": "- (PROSAIL rsoil)", "SM": "m³/m³", "N": "- (PROSPECT leaf structure)",
         "ALA": "degree (mean leaf inclination)"}
LOGVAR_MIN, LOGVAR_MAX = -12.0, 2.0
SPECKLE_DB_BIAS = -0.50  # E[10 log10 speckle] for ENL 4.4 (gamma, mean 1): ψ(L) − ln L, in dB


def norm_inputs(s2, s2_valid, s1, s1_valid):
    """Contract inputs → network channels (14)."""
    return torch.cat([s2 * 8.0 - 1.0, s2_valid, (s1 + 15.0) / 5.0 * (s1_valid > 0), s1_valid], 1)


def doy_features(doy):
    a = doy * (2 * math.pi / 365.25)
    return torch.cat([torch.sin(a), torch.cos(a)], 1)


class Encoder(nn.Module):
    def __init__(self, P: int, L: int, kind: str = "mlp", width: int = 256):
        super().__init__()
        self.P, self.L, self.kind = P, L, kind
        if kind == "mlp":
            self.body = nn.Sequential(nn.Flatten(), nn.Linear(14 * P * P, width), nn.SiLU())
            feat = width
        else:
            chans = (32, 48, 64, 96)
            layers, c = [], 14
            for k, co in enumerate(chans):
                layers += [nn.Conv2d(c, co, 4 if k < 2 else 3, 2, 1), nn.SiLU()]
                c = co
            self.body = nn.Sequential(*layers)
            self.squeeze = nn.Conv2d(c, 12, 1)
            side = P
            for k in range(len(chans)):
                side = (side + 2 - (4 if k < 2 else 3)) // 2 + 1
            feat = 12 * side * side + c
        self.head = nn.Sequential(nn.Linear(feat + 2, width), nn.SiLU(), nn.Linear(width, 2 * L))
        with torch.no_grad():
            self.head[-1].bias[L:].fill_(-2.0)

    def forward(self, s2, s2_valid, s1, s1_valid, doy):
        h = self.body(norm_inputs(s2, s2_valid, s1, s1_valid))
        if self.kind != "mlp":
            h = torch.cat([self.squeeze(h).flatten(1), h.mean((2, 3))], 1)
        out = self.head(torch.cat([h, doy_features(doy)], 1))
        return out[:, :self.L], out[:, self.L:].clamp(-10.0, 4.0)


class Decoder(nn.Module):
    def __init__(self, L: int, n_freq: int, width: int = 128, depth: int = 2):
        super().__init__()
        self.register_buffer("freq", (2.0 ** torch.arange(n_freq, dtype=torch.float32)) * math.pi)
        n_pos = 2 + 4 * n_freq
        self.z_proj = nn.Linear(L, width)
        self.p_proj = nn.Linear(n_pos, width, bias=False)
        self.t_proj = nn.Linear(4, width, bias=False)
        self.film = nn.Linear(L + 4, 2 * width)
        layers = []
        for _ in range(depth):
            layers += [nn.Linear(width, width), nn.SiLU()]
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * len(PARAMS))
        self.register_buffer("lo", LO.clone())
        self.register_buffer("hi", HI.clone())
        with torch.no_grad():
            self.film.weight.mul_(0.1)
            self.film.bias.zero_()

    def pos_features(self, position):
        x = position[..., None] * self.freq  # [B, Q, 2, F]
        return torch.cat([position * 2 - 1, torch.sin(x).flatten(2), torch.cos(x).flatten(2)], -1)

    def forward(self, z, position, dt, doy):
        """→ params [B, Q, 8] (physical units), logvar [B, Q, 8] (of the box-normalised parameters)."""
        tau = dt / 10.0
        tf = torch.cat([tau, tau * tau, doy_features(doy)], 1)  # [B, 4]
        h = self.z_proj(z)[:, None] + self.p_proj(self.pos_features(position)) + self.t_proj(tf)[:, None]
        h = nn.functional.silu(h)
        gb = self.film(torch.cat([z, tf], 1))[:, None]
        width = h.shape[-1]
        h = h * (1 + gb[..., :width]) + gb[..., width:]
        out = self.head(self.body(h))
        n = len(PARAMS)
        params = self.lo + (self.hi - self.lo) * torch.sigmoid(out[..., :n])
        return params, out[..., n:].clamp(LOGVAR_MIN, LOGVAR_MAX)


def physics(emu, params, doy, theta):
    """params [B, Q, 8], doy [B, 1] (date), theta [B, 1] → (S2 reflectance [B, Q, 10], S1 dB [B, Q, 2])."""
    B, Q, _ = params.shape
    tts, tto, psi = fixed_geometry(doy)
    lai, cab, cw, cm, n, ala, rsoil, sm = params.unbind(-1)
    geo = [a.expand(B, Q) for a in (tts, tto, psi)]
    s2 = emu(torch.stack([lai, cab, cw, cm, n, ala, rsoil, sm_to_psoil(sm)] + geo, -1))
    s1 = s1_db(lai, sm, theta.expand(B, Q))
    return s2, s1


class DecoderExport(nn.Module):
    """ONNX decoder: (latent, position, dt, doy) → mean [B, Q, 9], std [B, Q, 9] in physical units."""

    def __init__(self, dec: Decoder, ko_poly, sigma_scale=None):
        super().__init__()
        self.dec = dec
        self.register_buffer("ko_poly", torch.as_tensor(np.asarray(ko_poly), dtype=torch.float32))
        s = torch.ones(len(PARAMS)) if sigma_scale is None else torch.as_tensor(sigma_scale, dtype=torch.float32)
        self.register_buffer("sigma_scale", s)

    def ko(self, ala):
        x = ala / 50.0
        acc = torch.zeros_like(x) + self.ko_poly[0]
        for k in range(1, self.ko_poly.shape[0]):
            acc = acc * x + self.ko_poly[k]
        return acc

    def forward(self, latent, position, dt, doy):
        p, logvar = self.dec(latent, position, dt, doy)
        std = torch.exp(0.5 * logvar) * (self.dec.hi - self.dec.lo) * self.sigma_scale
        lai, cab, cw, cm, n, ala, rsoil, sm = p.unbind(-1)
        s_lai, s_cab, s_cw, s_cm, s_n, s_ala, s_rsoil, s_sm = std.unbind(-1)
        ko = self.ko(ala)
        gap = torch.exp(-ko * lai)
        mean = torch.stack([lai, 1.0 - gap, cab, cw, cm, rsoil, sm, n, ala], -1)
        sd = torch.stack([s_lai, ko * gap * s_lai, s_cab, s_cw, s_cm, s_rsoil, s_sm, s_n, s_ala], -1)
        return mean, sd
