# SPDX-License-Identifier: GPL-3.0-or-later
"""The 1σ of a per-pixel network is capped at that of knowing only the valid range, (hi − lo)/√12, and the pixel
flagged out of domain: the biophysical network gave LAI ± 48.8 (flag 0) on Belgian spectra unlike its training."""
import numpy as np
import onnx.helper as oh
import onnx.numpy_helper as nh

from eolatent.core.engine import modelcard as mc
from eolatent.core.engine import registry
from eolatent.core.engine.pixelwise import FLAG_CLAMPED, FLAG_OUT_OF_DOMAIN, run_pixelwise


def _model():
    """mean = x[:, 0], std = x[:, 1] for two variables (the second with half the values)."""
    wm = nh.from_array(np.array([[1.0, 0.5], [0.0, 0.0]], np.float32), "Wm")
    ws = nh.from_array(np.array([[0.0, 0.0], [1.0, 0.5]], np.float32), "Ws")
    graph = oh.make_graph([oh.make_node("MatMul", ["x", "Wm"], ["mean"]), oh.make_node("MatMul", ["x", "Ws"], ["std"])],
                          "g", [oh.make_tensor_value_info("x", 1, [None, 2])],
                          [oh.make_tensor_value_info("mean", 1, [None, 2]),
                           oh.make_tensor_value_info("std", 1, [None, 2])], [wm, ws])
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 17)])
    model.ir_version = 9
    return model


def test_std_above_the_range_is_capped_and_flagged(tmp_path):
    card = dict(id="test.pixelwise", version="1.0.0", task="biophysical", inputs=[dict(name="x", units="1")],
                outputs=[dict(name="A", units="1", valid_range=[0, 8]), dict(name="B", units="1", valid_range=[0, 1])],
                tiling=dict(tile_size=64), training_data="none", metrics={}, license="GPL-3.0-or-later",
                weights_sha256="0" * 64)
    path = str(tmp_path / "m.onnx")
    mc.write_onnx_with_card(_model(), card, path)
    info = registry.load_model(path)
    x = np.array([[2.0, 1.0],       # A 2 ± 1, B 1 ± 0.5: B's σ above 1/√12 = 0.289 → capped, flagged
                  [3.0, 0.4],       # A 3 ± 0.4, B 1.5 ± 0.2: B clamped to 1, σ 0.2 kept
                  [4.0, 48.8]])     # A ± 48.8 → 8/√12
    mean, std, flags, _ = run_pixelwise(info, {"x": x}, ["A", "B"], provider="cpu", threads=1)
    cap = np.array([8.0, 1.0]) / np.sqrt(12.0)
    np.testing.assert_allclose(std, [[1.0, cap[1]], [0.4, 0.2], [cap[0], cap[1]]], rtol=1e-6)
    np.testing.assert_allclose(mean, [[2.0, 1.0], [3.0, 1.0], [4.0, 1.0]], rtol=1e-6)
    assert list(flags & FLAG_OUT_OF_DOMAIN) == [FLAG_OUT_OF_DOMAIN, 0, FLAG_OUT_OF_DOMAIN]
    assert list(flags & FLAG_CLAMPED) == [0, FLAG_CLAMPED, FLAG_CLAMPED]
