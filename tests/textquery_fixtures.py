# SPDX-License-Identifier: GPL-3.0-or-later
"""A tiny contract-conforming text-query tower (built with onnx.helper) with a known answer.

features = (mean over the valid dates of x) @ A, projection = a constant [K, 384]. With ``A`` picking
channels and ``projection`` rows set to text embeddings, the expected probability map can be computed
independently with numpy in the tests."""
from __future__ import annotations

import numpy as np

CALIBRATION = {"single": {"a": 10.0, "b": -7.0}, "softmax": {"scale": 30.0},
               "text_model": {"id": "eolatent.text.minilm"}}


def make_tower(path, a: np.ndarray, projection: np.ndarray, encoder=None, model_id="eolatent.textquery.test",
               calibration=None, encoder_version=None):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from eolatent.core.engine.modelcard import write_onnx_with_card

    a = np.asarray(a, np.float32)
    projection = np.asarray(projection, np.float32)
    c, k = a.shape
    inits = [numpy_helper.from_array(a, "A"), numpy_helper.from_array(projection, "P"),
             numpy_helper.from_array(np.array([1], np.int64), "ax1"),
             numpy_helper.from_array(np.array([2], np.int64), "ax2"),
             numpy_helper.from_array(np.array([1.0], np.float32), "one"),
             numpy_helper.from_array(np.array([0.0], np.float32), "zero")]
    nodes = [
        helper.make_node("Unsqueeze", ["valid", "ax2"], ["v3"]),
        helper.make_node("Mul", ["x", "v3"], ["xv"]),
        helper.make_node("ReduceSum", ["xv", "ax1"], ["sx"], keepdims=0),
        helper.make_node("ReduceSum", ["valid", "ax1"], ["cnt"], keepdims=1),
        helper.make_node("Max", ["cnt", "one"], ["cnt1"]),
        helper.make_node("Div", ["sx", "cnt1"], ["mean"]),
        helper.make_node("MatMul", ["mean", "A"], ["f0"]),
        helper.make_node("ReduceSum", ["doy", "ax1"], ["sd"], keepdims=1),
        helper.make_node("Mul", ["sd", "zero"], ["sd0"]),
        helper.make_node("Add", ["f0", "sd0"], ["features"]),
        helper.make_node("Identity", ["P"], ["projection"]),
    ]
    f = TensorProto.FLOAT
    graph = helper.make_graph(
        nodes, "tower",
        [helper.make_tensor_value_info("x", f, ["N", "D", c]), helper.make_tensor_value_info("valid", f, ["N", "D"]),
         helper.make_tensor_value_info("doy", f, ["N", "D"])],
        [helper.make_tensor_value_info("features", f, ["N", k]),
         helper.make_tensor_value_info("projection", f, [k, projection.shape[1]])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    first = {"name": "x", "units": "features per date", "channels": c}
    if encoder:
        first["encoder"] = encoder
    if encoder_version:
        first["encoder_version"] = encoder_version
    card = dict(id=model_id, version="0.0.1", task="text_query",
                inputs=[first, {"name": "valid", "units": "0/1"}, {"name": "doy", "units": "day of year"}],
                outputs=[{"name": "features", "units": "-", "valid_range": [-1e3, 1e3]},
                         {"name": "projection", "units": "-", "valid_range": [-1e3, 1e3]}],
                tiling={"tile_size": 512, "receptive_field": 0, "scale_factor": 1},
                training_data="hand-set weights for tests", metrics={"calibration": calibration or CALIBRATION},
                license="GPL-3.0-or-later", weights_sha256="")
    write_onnx_with_card(model, card, str(path))
    return str(path)
