# SPDX-License-Identifier: GPL-3.0-or-later
"""ONNX side of the text-model export: the torch reference to ONNX, and its int8 variants.

* :func:`export_onnx` — opset 17, IR 9, inputs ``input_ids`` / ``attention_mask``, output ``embedding``;
* :data:`QUANT_CONFIGS` / :func:`quantize` — the int8 variants ``export_minilm.py`` measures, in the order it
  tries them; :func:`quantize_embedding_rows` is the weight-only row-wise one;
* :func:`describe_quantization` — how a variant was quantized, as written in the metrics.
"""
from __future__ import annotations

import numpy as np

# every variant is measured; the first in this order whose parity holds is shipped (fp32 if none does).
# "dynamic": onnxruntime.quantization.quantize_dynamic, QInt8 weights, activations quantized at run time;
# "rowwise_embedding": weight-only int8 of the word-embedding table with one scale per token (row),
# dequantized after the lookup; the transformer layers stay fp32 (see quantize_embedding_rows).
QUANT_CONFIGS = (
    {"name": "int8_dynamic_all", "method": "dynamic", "per_channel": True, "op_types": ["MatMul", "Gather"]},
    {"name": "int8_rowwise_embedding", "method": "rowwise_embedding"},
    {"name": "int8_dynamic_embedding", "method": "dynamic", "per_channel": False, "op_types": ["Gather"]},
)


def export_onnx(model, path: str) -> None:
    import onnx
    import torch

    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 7320, 102, 0, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    torch.onnx.export(model, (ids, mask), path, dynamo=False, opset_version=17,
                      input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"}, "embedding": {0: "batch"}})
    proto = onnx.load(path)
    proto.ir_version = 9
    onnx.checker.check_model(proto)
    onnx.save(proto, path)


def quantize_embedding_rows(src: str, dst: str, table: str = "word.weight") -> None:
    """Weight-only int8 of the embedding table ``table``: q = round(w / s), s = max|row| / 127 per row;
    the graph gathers the int8 rows and their scales and multiplies (fp32 from there on)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    proto = onnx.load(src)
    graph = proto.graph
    init = next(i for i in graph.initializer if i.name == table)
    w = numpy_helper.to_array(init).astype(np.float64)
    scale = np.abs(w).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    graph.initializer.remove(init)
    graph.initializer.extend([numpy_helper.from_array(q, table + "_int8"),
                              numpy_helper.from_array(scale.astype(np.float32), table + "_scale")])
    idx = next(k for k, n in enumerate(graph.node) if n.op_type == "Gather" and n.input[0] == table)
    ids, out = graph.node[idx].input[1], graph.node[idx].output[0]
    new = [helper.make_node("Gather", [table + "_int8", ids], ["emb_int8"], name="/word/GatherInt8"),
           helper.make_node("Cast", ["emb_int8"], ["emb_int8_f"], to=TensorProto.FLOAT, name="/word/CastInt8"),
           helper.make_node("Gather", [table + "_scale", ids], ["emb_scale"], name="/word/GatherScale"),
           helper.make_node("Mul", ["emb_int8_f", "emb_scale"], [out], name="/word/Dequantize")]
    del graph.node[idx]
    for k, node in enumerate(new):
        graph.node.insert(idx + k, node)
    onnx.checker.check_model(proto)
    onnx.save(proto, dst)


def quantize(src: str, dst: str, config: dict) -> None:
    if config["method"] == "rowwise_embedding":
        quantize_embedding_rows(src, dst)
        return
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(logging.ERROR)  # silence the "consider pre-processing" advice
    quantize_dynamic(src, dst, weight_type=QuantType.QInt8, per_channel=config["per_channel"],
                     op_types_to_quantize=list(config["op_types"]))


def describe_quantization(config: dict) -> dict:
    if config["method"] == "rowwise_embedding":
        return {"method": "weight-only int8 of the word-embedding table, one scale per row (token); "
                          "transformer layers fp32", "function": "quantize_embedding_rows"}
    return {"method": "onnxruntime.quantization.quantize_dynamic", "weights": "QInt8",
            "activations": ("uint8, dynamic per tensor" if "MatMul" in config["op_types"] else "fp32 (Gather only)"),
            "per_channel": config["per_channel"],
            "op_types": config["op_types"]}
