# SPDX-License-Identifier: GPL-3.0-or-later
"""Presto (Tseng et al. 2023, arXiv:2304.14065), written for EO Latent from the paper's description.

Presto is a small transformer over one pixel's time series. Each time step of each *channel group*
(S1 VV/VH; S2 RGB, red edge, NIR 10 m, NIR 20 m, SWIR; ERA5; NDVI; Dynamic World class) becomes a
token, SRTM (static) is one token, and a location token (lat/lon on the unit sphere) comes first. Every
token carries a 32-d month encoding, a 32-d learnt channel-group embedding and a 64-d sinusoidal time
position, concatenated. Masked (missing) tokens take no part in attention and are left out of the pooled
embedding: the mean of the unmasked output tokens, layer-normalised (128 features).

Where the published code drops masked tokens and pads the rest, this implementation keeps a fixed token
layout and masks attention keys instead; for every unmasked token that is the same computation, and it
exports to ONNX with a per-pixel mask. The module and parameter names follow the published state dict
(``default_model.pt``, MIT) so that it loads with ``strict=True``: encoder and pre-training decoder.

Input layout (``x`` [B, T, 17], already normalised, see :data:`BANDS`): VV, VH, B02, B03, B04, B05, B06,
B07, B08, B8A, B11, B12, 2 m temperature, total precipitation, elevation, slope, NDVI. ``mask`` has the
same shape, 1 where a value is missing; a token is masked when any band of its group is.
"""
from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np
import torch
from torch import nn

BANDS = ("VV", "VH", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12",
         "temperature_2m", "total_precipitation", "elevation", "slope", "NDVI")
# channel groups in token order (their position is also their channel-embedding row)
GROUPS = OrderedDict((
    ("S1", (0, 1)), ("S2_RGB", (2, 3, 4)), ("S2_Red_Edge", (5, 6, 7)), ("S2_NIR_10m", (8,)),
    ("S2_NIR_20m", (9,)), ("S2_SWIR", (10, 11)), ("ERA5", (12, 13)), ("SRTM", (14, 15)), ("NDVI", (16,)),
))
STATIC_GROUP = "SRTM"
DW_CLASSES = 9          # Dynamic World classes; index 9 = missing (masked)
EMBED, DEPTH, HEADS, MLP_RATIO, MAX_T = 128, 2, 8, 4, 24
MONTH_D, CHANNEL_D = 32, 32
POS_D = EMBED - MONTH_D - CHANNEL_D
DEC_MONTH_D = (EMBED - CHANNEL_D) // 2


def sinusoid_table(n: int, d: int, base: float = 1000.0) -> torch.Tensor:
    """[n, d]: sin on even columns, cos on odd ones, of position / base^(2⌊j/2⌋/d)."""
    pos = np.arange(n, dtype=np.float64)[:, None]
    j = np.arange(d)
    ang = pos / np.power(base, 2 * (j // 2) / d)
    out = np.where(j % 2 == 0, np.sin(ang), np.cos(ang))
    return torch.tensor(out, dtype=torch.float32)


def month_table(d: int) -> torch.Tensor:
    """[12, d]: d/2 copies of sin(2πm/12), then d/2 copies of cos(2πm/12)."""
    ang = np.arange(12, dtype=np.float64) * 2 * np.pi / 12
    out = np.concatenate([np.repeat(np.sin(ang)[:, None], d // 2, 1), np.repeat(np.cos(ang)[:, None], d // 2, 1)], 1)
    return torch.tensor(out, dtype=torch.float32)


class Attention(nn.Module):
    def __init__(self, dim: int, heads: int):
        super().__init__()
        self.heads, self.hd = heads, dim // heads
        self.qkv = nn.Linear(dim, dim * 3)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x, key_bias=None):
        b, n, c = x.shape
        q, k, v = self.qkv(x).reshape(b, n, 3, self.heads, self.hd).permute(2, 0, 3, 1, 4)
        scores = (q @ k.transpose(-2, -1)) * (self.hd ** -0.5)
        if key_bias is not None:              # [B, N]: 0 for a valid key, a large negative number otherwise
            scores = scores + key_bias[:, None, None, :]
        out = scores.softmax(-1) @ v
        return self.proj(out.transpose(1, 2).reshape(b, n, c))


class Mlp(nn.Module):
    def __init__(self, dim: int, hidden: int):
        super().__init__()
        self.fc1, self.act, self.fc2 = nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class Block(nn.Module):
    """Pre-norm transformer block (LayerNorm eps 1e-5, GELU MLP)."""

    def __init__(self, dim: int = EMBED, heads: int = HEADS, ratio: int = MLP_RATIO):
        super().__init__()
        self.norm1, self.attn = nn.LayerNorm(dim), Attention(dim, heads)
        self.norm2, self.mlp = nn.LayerNorm(dim), Mlp(dim, dim * ratio)

    def forward(self, x, key_bias=None):
        x = x + self.attn(self.norm1(x), key_bias)
        return x + self.mlp(self.norm2(x))


def _group_positions(t: int):
    """Token index (after the location token) of every (group, step); SRTM has one step. DW last."""
    pos, i = {}, 0
    for name in list(GROUPS) + ["dynamic_world"]:
        steps = 1 if name == STATIC_GROUP else t
        pos[name] = (i, steps)
        i += steps
    return pos, i


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.eo_patch_embed = nn.ModuleDict({g: nn.Linear(len(ix), EMBED) for g, ix in GROUPS.items()})
        self.dw_embed = nn.Embedding(DW_CLASSES + 1, EMBED)
        self.latlon_embed = nn.Linear(3, EMBED)
        self.blocks = nn.ModuleList([Block() for _ in range(DEPTH)])
        self.norm = nn.LayerNorm(EMBED)
        self.pos_embed = nn.Parameter(sinusoid_table(MAX_T, POS_D)[None], requires_grad=False)
        self.month_embed = nn.Embedding.from_pretrained(month_table(MONTH_D), freeze=True)
        self.channel_embed = nn.Embedding(len(GROUPS) + 1, CHANNEL_D)

    @staticmethod
    def unit_sphere(latlon):
        lat, lon = latlon[:, 0] * (math.pi / 180), latlon[:, 1] * (math.pi / 180)
        return torch.stack([torch.cos(lat) * torch.cos(lon), torch.cos(lat) * torch.sin(lon), torch.sin(lat)], -1)

    def tokens(self, x, mask, dw, latlon, month):
        """All tokens [B, 1 + N, D] in the fixed layout and their 'masked' flags [B, 1 + N] (float 0/1)."""
        b, t, _ = x.shape
        m_emb = self.month_embed(month)                                   # [B, T, 32]
        p_emb = self.pos_embed[:, :t].expand(b, t, POS_D)                 # [B, T, 64]
        toks, flags = [self.latlon_embed(self.unit_sphere(latlon))[:, None]], [x.new_zeros(b, 1)]
        for gi, (g, ix) in enumerate(GROUPS.items()):
            ix = list(ix)
            c_emb = self.channel_embed.weight[gi].expand(b, t, CHANNEL_D)
            tok = self.eo_patch_embed[g](x[:, :, ix])
            gmask = mask[:, :, ix].amax(-1)
            if g == STATIC_GROUP:
                tok = tok[:, :1] + torch.cat([torch.zeros_like(m_emb[:, :1]), c_emb[:, :1],
                                              torch.zeros_like(p_emb[:, :1])], -1)
                gmask = gmask[:, :1]
            else:
                tok = tok + torch.cat([m_emb, c_emb, p_emb], -1)
            toks.append(tok)
            flags.append(gmask)
        c_emb = self.channel_embed.weight[len(GROUPS)].expand(b, t, CHANNEL_D)
        toks.append(self.dw_embed(dw) + torch.cat([m_emb, c_emb, p_emb], -1))
        flags.append((dw == DW_CLASSES).to(x.dtype))
        return torch.cat(toks, 1), torch.cat(flags, 1)

    def forward(self, x, mask, dw, latlon, month, pooled: bool = True):
        tok, masked = self.tokens(x, mask, dw, latlon, month)
        bias = masked * -1e9
        for blk in self.blocks:
            tok = blk(tok, bias)
        if not pooled:
            return self.norm(tok), masked
        keep = (1 - masked)[..., None]
        return self.norm((tok * keep).sum(1) / keep.sum(1))


class Decoder(nn.Module):
    """The pre-training decoder: reconstructs every token's bands from the encoded unmasked tokens."""

    def __init__(self, channel_embed: nn.Embedding):
        super().__init__()
        self.decoder_embed = nn.Linear(EMBED, EMBED)
        self.mask_token = nn.Parameter(torch.zeros(EMBED))
        self.decoder_blocks = nn.ModuleList([Block() for _ in range(2)])
        self.decoder_norm = nn.LayerNorm(EMBED)
        self.eo_decoder_pred = nn.ModuleDict({g: nn.Linear(EMBED, len(ix)) for g, ix in GROUPS.items()})
        self.dw_decoder_pred = nn.Linear(EMBED, DW_CLASSES)
        self.channel_embeddings = channel_embed
        self.pos_embed = nn.Parameter(sinusoid_table(MAX_T, DEC_MONTH_D)[None], requires_grad=False)
        self.month_embed = nn.Embedding.from_pretrained(month_table(DEC_MONTH_D), freeze=True)

    def forward(self, enc_tokens, masked, month):
        """(x̂ [B, T, 17] normalised bands, DW logits [B, T, 9])."""
        b, t = month.shape
        x = self.decoder_embed(enc_tokens)
        x = torch.where(masked[..., None] > 0, self.mask_token.expand_as(x), x)
        m_emb, p_emb = self.month_embed(month), self.pos_embed[:, :t].expand(b, t, DEC_MONTH_D)
        adds = [x.new_zeros(b, 1, EMBED)]
        for gi, name in enumerate(list(GROUPS) + ["dynamic_world"]):
            c_emb = self.channel_embeddings.weight[gi].expand(b, t, CHANNEL_D)
            if name == STATIC_GROUP:
                adds.append(torch.cat([torch.zeros_like(m_emb[:, :1]), c_emb[:, :1], torch.zeros_like(p_emb[:, :1])], -1))
            else:
                adds.append(torch.cat([m_emb, c_emb, p_emb], -1))
        x = x + torch.cat(adds, 1)
        for blk in self.decoder_blocks:
            x = blk(x)
        x = self.decoder_norm(x)[:, 1:]
        pos, _ = _group_positions(t)
        out = []
        for g in GROUPS:
            i, n = pos[g]
            pred = self.eo_decoder_pred[g](x[:, i:i + n])
            out.append(pred.expand(b, t, pred.shape[-1]) if g == STATIC_GROUP else pred)
        i, n = pos["dynamic_world"]
        return torch.cat(out, -1), self.dw_decoder_pred(x[:, i:i + n])


class Presto(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.decoder = Decoder(self.encoder.channel_embed)


class PooledEncoder(nn.Module):
    """The exported graph: (x, mask, dynamic_world, latlon, month) -> embedding [B, 128]."""

    def __init__(self, encoder: Encoder):
        super().__init__()
        self.encoder = encoder

    def forward(self, x, mask, dynamic_world, latlon, month):
        return self.encoder(x, mask, dynamic_world, latlon, month)


def load_presto(path: str) -> Presto:
    """The published weights, loaded strictly (every key used, none missing)."""
    state = torch.load(path, map_location="cpu", weights_only=True)   # tensors only: no pickled code runs
    model = Presto()
    model.load_state_dict(state, strict=True)
    return model.eval()
