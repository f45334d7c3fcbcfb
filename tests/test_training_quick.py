# SPDX-License-Identifier: GPL-3.0-or-later
"""The `--quick` path of models/training/train_biophysical.py: card, ONNX contract, ONNX == torch."""
import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    from eolatent.models.training import train_biophysical

    torch.set_num_threads(2)
    out = tmp_path_factory.mktemp("quick") / "biophysical_s2.onnx"
    result = train_biophysical.main(["--out", str(out), "--quick", "--seed", "7"])
    return out, result


def test_card_is_valid(quick_run):
    from eolatent.core.modelcard import read_card

    path, result = quick_run
    card = read_card(path.read_bytes())  # validates keys and verifies the weights checksum
    assert card["id"] == "eolatent.biophysical.s2"
    assert card["task"] == "biophysical"
    assert card["license"] == "GPL-3.0-or-later"
    assert [i["name"] for i in card["inputs"]] == ["bands", "angles"]
    assert card["inputs"][0]["bands"] == ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    assert card["inputs"][1]["bands"] == ["sun_zenith", "view_zenith", "relative_azimuth"]
    for item, n in zip(card["inputs"], (10, 3)):
        dom = item["domain"]
        assert len(dom["min"]) == len(dom["max"]) == n
        assert all(lo < hi for lo, hi in zip(dom["min"], dom["max"]))
    assert [o["name"] for o in card["outputs"]] == ["LAI", "FAPAR", "FCOVER", "CCC", "CWC"]
    assert card["tiling"] == {"tile_size": 512, "receptive_field": 1, "scale_factor": 1}
    per_var = card["metrics"]["per_variable"]
    for v in ("LAI", "FAPAR", "FCOVER", "CCC", "CWC"):
        assert {"rmse", "bias", "r2", "coverage_1sigma", "baseline_rmse"} <= set(per_var[v])
        base = card["metrics"]["baseline_sl2p"]["per_variable"][v]
        assert base["rmse"] == per_var[v]["baseline_rmse"] and {"bias", "r2"} <= set(base)
    metrics = json.loads(path.with_name("biophysical_s2.metrics.json").read_text())
    assert metrics["weights_sha256"] == card["weights_sha256"]
    assert metrics["per_variable"] == per_var


def test_onnx_contract(quick_run):
    path, _ = quick_run
    model = onnx.load(str(path))
    assert model.ir_version == 9
    assert any(o.domain in ("", "ai.onnx") and o.version == 17 for o in model.opset_import)
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    assert [(i.name, i.shape[1]) for i in sess.get_inputs()] == [("bands", 10), ("angles", 3)]
    assert [(o.name, o.shape[1]) for o in sess.get_outputs()] == [("mean", 5), ("std", 5)]


def test_onnx_matches_torch(quick_run):
    path, result = quick_run
    rng = np.random.default_rng(0)
    n = 777
    bands = rng.uniform(0.0, 0.6, (n, 10)).astype(np.float32)
    angles = np.stack([rng.uniform(0, 70, n), rng.uniform(0, 12, n), rng.uniform(0, 180, n)], 1).astype(np.float32)
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    mean, std = sess.run(["mean", "std"], {"bands": bands, "angles": angles})
    assert mean.shape == std.shape == (n, 5) and mean.dtype == np.float32
    assert np.all(std > 0)
    module = result["module"].eval()
    with torch.no_grad():
        t_mean, t_std = module(torch.from_numpy(bands), torch.from_numpy(angles))
    np.testing.assert_allclose(mean, t_mean.numpy(), rtol=0, atol=1e-5)
    np.testing.assert_allclose(std, t_std.numpy(), rtol=0, atol=1e-5)
    # a batch of one works too (dynamic N)
    m1, s1 = sess.run(["mean", "std"], {"bands": bands[:1], "angles": angles[:1]})
    np.testing.assert_allclose(m1, mean[:1], rtol=0, atol=1e-5)
