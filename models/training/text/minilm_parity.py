# SPDX-License-Identifier: GPL-3.0-or-later
"""Parity of the exported text model with its torch reference, and its known answers.

* :func:`parity_sentences` — the lines of ``parity_sentences.txt`` plus seeded long concatenations of them;
* :func:`onnx_embed` — embeddings of an ONNX variant through onnxruntime and the plugin's own pure-Python
  tokenizer, one sentence at a time as at run time;
* :func:`cosine_stats` — cosine between those and the reference embeddings;
* :func:`known_answers` — a few (anchor, near, far) triples the shipped model must order right.
"""
from __future__ import annotations

import os
from typing import List

import numpy as np

from eolatent.models.training.text.minilm_reference import MAX_TOKENS

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20251121
SENTENCES_FILE = os.path.join(HERE, "parity_sentences.txt")


# ---------------------------------------------------------------------------------------------------
# Parity sentences
# ---------------------------------------------------------------------------------------------------
def base_sentences() -> List[str]:
    with open(SENTENCES_FILE, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


def parity_sentences(seed: int = SEED, n_composed: int = 150) -> List[str]:
    """The base lines plus ``n_composed`` seeded concatenations of 2–40 of them (long inputs)."""
    base = base_sentences()
    rng = np.random.default_rng(seed)
    composed = []
    for i in range(n_composed):
        k = int(rng.integers(2, 8)) if i % 3 else int(rng.integers(8, 41))
        pick = rng.choice(len(base), size=k, replace=False)
        composed.append(" ".join(base[j] if base[j][-1] in ".!?" else base[j] + "." for j in pick))
    return base + composed


def onnx_embed(path: str, vocab_path: str, texts: List[str]) -> np.ndarray:
    """Embeddings through onnxruntime and the plugin's pure-Python tokenizer, one sentence at a time."""
    import onnxruntime as ort

    from eolatent.core.textquery.text_encoder import WordPieceTokenizer

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(path, sess_options=opts, providers=["CPUExecutionProvider"])
    tok = WordPieceTokenizer(vocab_path)
    out = []
    for text in texts:
        ids = np.asarray([tok.encode(text)[:MAX_TOKENS]], dtype=np.int64)
        if ids.shape[1] == MAX_TOKENS:
            ids[0, -1] = tok.sep_id  # same truncation as the reference: keep [SEP] last
        out.append(sess.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0])
    return np.asarray(out, dtype=np.float64)


def cosine_stats(a: np.ndarray, b: np.ndarray) -> dict:
    cos = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return {"min": float(cos.min()), "mean": float(cos.mean()), "p01": float(np.quantile(cos, 0.01)),
            "argmin": int(cos.argmin()), "max_abs_diff": float(np.abs(a - b).max())}


def known_answers(embed) -> dict:
    pairs = [("vineyards", "grape vines on a hillside", "open sea water"),
             ("flooded meadows", "grassland under water after a flood", "a dense city centre"),
             ("new buildings in the suburbs", "recent housing development at the edge of a town",
              "an alpine glacier")]
    out, ok = [], True
    for anchor, near, far in pairs:
        e = embed([anchor, near, far])
        near_cos, far_cos = float(e[0] @ e[1]), float(e[0] @ e[2])
        ok = ok and near_cos > far_cos
        out.append({"anchor": anchor, "near": near, "far": far, "cos_near": round(near_cos, 4),
                    "cos_far": round(far_cos, 4)})
    return {"pairs": out, "all_near_closer_than_far": bool(ok)}
