# SPDX-License-Identifier: GPL-3.0-or-later
"""models/training/onnx_fold.py: the biophysical graph's standardisation folded into its first and last layers gives
the unfolded graph's values (float rounding apart), drops the four element-wise nodes, and refuses a graph without the
exact pattern; every shipped biophysical and soil-moisture model is folded, as the training script now exports it."""
import glob
import os

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _module():
    from eolatent.models.training import nets

    torch.manual_seed(3)
    rng = np.random.default_rng(3)
    net = nets.HeteroscedasticMLP(13, 5, (16, 16))
    knots = np.arange(0.0, 8.5, 0.5, dtype=np.float32)
    return nets.BiophysicalExport(net, rng.uniform(-1, 1, 13), rng.uniform(0.05, 2, 13), rng.uniform(0, 40, 5),
                                  rng.uniform(0.1, 30, 5), rng.uniform(0.5, 2, 5), knots,
                                  rng.uniform(0.5, 2, (knots.size, 5)).astype(np.float32)).eval()


def _run(model, bands, angles):
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return sess.run(["mean", "std"], {"bands": bands, "angles": angles})


def test_folded_graph_gives_the_unfolded_values():
    from eolatent.models.training import biophysical_export as bx
    from eolatent.models.training.onnx_eval import export_module

    module = _module()
    args = (torch.rand(4, 10), torch.rand(4, 3) * 40)
    plain = export_module(module, args, ["bands", "angles"], ["mean", "std"],
                          {"bands": {0: "N"}, "angles": {0: "N"}, "mean": {0: "N"}, "std": {0: "N"}}, "test")
    folded = bx.export_onnx(module, 10)
    rng = np.random.default_rng(0)
    bands = rng.uniform(0, 0.6, (5000, 10)).astype(np.float32)
    angles = rng.uniform(0, 70, (5000, 3)).astype(np.float32)
    (m0, s0), (m1, s1) = _run(plain, bands, angles), _run(folded, bands, angles)
    with torch.no_grad():
        tm, ts = module(torch.from_numpy(bands), torch.from_numpy(angles))
    np.testing.assert_allclose(m0, tm.numpy(), rtol=1e-5, atol=1e-4)
    # the means reach ~40 here: float rounding of the folded weights, relative 1e-5
    np.testing.assert_allclose(m1, m0, rtol=1e-5, atol=1e-4)
    np.testing.assert_allclose(s1, s0, rtol=1e-5, atol=1e-6)
    ops = lambda m: sorted(n.op_type for n in m.graph.node if n.op_type != "Constant")
    gone = list(ops(plain))
    for op in ("Sub", "Div", "Mul", "Add"):
        gone.remove(op)
    assert ops(folded) == sorted(gone)
    assert not {"x_mean", "x_std", "y_mean", "y_std"} & {t.name for t in folded.graph.initializer}


def test_a_graph_without_the_pattern_is_refused_not_changed():
    from eolatent.models.training import biophysical_export as bx
    from eolatent.models.training.onnx_fold import fold_standardisation

    folded = bx.export_onnx(_module(), 10)
    before = folded.SerializeToString()
    with pytest.raises(ValueError, match="cannot fold"):
        fold_standardisation(folded)                 # already folded: no Sub of x_mean left
    assert folded.SerializeToString() == before
    from eolatent.models.training.onnx_eval import export_module

    plain = export_module(_module(), (torch.rand(4, 10), torch.rand(4, 3) * 40), ["bands", "angles"], ["mean", "std"],
                          {"bands": {0: "N"}, "angles": {0: "N"}, "mean": {0: "N"}, "std": {0: "N"}}, "test")
    next(n for n in plain.graph.node if "y_mean" in n.input).op_type = "Sub"     # μ · y_std − y_mean: not foldable
    before = plain.SerializeToString()
    with pytest.raises(ValueError, match="not followed by"):
        fold_standardisation(plain)                  # the inputs' fold, done first on a copy, is not kept either
    assert plain.SerializeToString() == before


def test_shipped_retrieval_models_are_folded():
    paths = sorted(glob.glob(os.path.join(ROOT, "models", "biophysical_*.onnx")))
    assert len(paths) == 8
    paths.append(os.path.join(ROOT, "models", "soilmoisture_s1.onnx"))
    for path in paths:
        names = {t.name for t in onnx.load(path).graph.initializer}
        assert not {"x_mean", "x_std", "y_mean", "y_std"} & names, path
