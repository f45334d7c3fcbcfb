# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-1 soil-moisture retrieval: the shipped model through core.soilmoisture.retrieval.retrieve on fresh
simulations (a seed never used in training), real SMAPVEX16 samples, quality flags, input checks, and the
`--quick` path of models/training/train_soilmoisture.py (card, ONNX contract, ONNX == torch)."""
import json

import numpy as np
import pytest

from eolatent.core.soilmoisture import retrieval as sm
from eolatent.core.engine.modelcard import ModelCardError, read_card, write_onnx_with_card
from eolatent.core.physics import wcm
from eolatent.core.engine.registry import load_model
from eolatent.models.training import simulate_soilmoisture as sim

N = 6000
SEED = 424242  # not one of the training/validation/test seeds (those derive from SeedSequence(20250611))


@pytest.fixture(scope="module")
def held_out():
    data = sim.simulate_dataset(N, SEED, noise=True)
    f = data["features"]
    out = sm.retrieve(f[:, 0], f[:, 1], f[:, 2], f[:, 3], provider="cpu", threads=1)
    return data, out


def _rmse(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2)))


def test_accuracy_on_fresh_simulations(held_out):
    data, out = held_out
    truth, lai = data["mv"], data["params"]["lai"]
    trivial = np.full_like(truth, np.mean(sim.MV_RANGE))
    assert out["provider"] == "cpu" and out["SM"].dtype == np.float32
    assert np.all(out["QUALITY"] & sm.FLAG_INVALID == 0)
    rmse, rmse_triv = _rmse(out["SM"], truth), _rmse(trivial, truth)
    assert rmse <= 0.132 and rmse < 0.95 * rmse_triv, (rmse, rmse_triv)
    # sparse vegetation: the information is there; dense canopy: C band sees little soil
    sparse, dense = lai < 1.0, lai > 5.0
    assert _rmse(out["SM"][sparse], truth[sparse]) < 0.8 * _rmse(trivial[sparse], truth[sparse])
    assert np.mean(out["SM_std"][sparse]) < np.mean(out["SM_std"][dense])
    # better than inverting the WCM in closed form with the mean parameters
    f = data["features"]
    cf = wcm.invert_mv(f[:, 0], f[:, 3], f[:, 2], "VV", "eolatent_s1_lineardb", db=True, clip=sim.MV_RANGE)
    assert rmse < _rmse(cf, truth)
    # wetter soils retrieve wetter (rank correlation on sparse canopies)
    rank = lambda x: np.argsort(np.argsort(x))
    assert np.corrcoef(rank(out["SM"][sparse]), rank(truth[sparse]))[0, 1] > 0.6


def test_uncertainty_coverage(held_out):
    data, out = held_out
    err = np.abs(out["SM"] - data["mv"])
    assert 0.60 <= np.mean(err <= out["SM_std"]) <= 0.76
    # ±2σ covers more than a Gaussian would (95 %): where the data say little the posterior is the
    # bounded, flat prior, whose ±2σ spans the whole range
    assert np.mean(err <= 2 * out["SM_std"]) >= 0.93
    assert np.all(out["SM_std"] > 0)
    assert np.all((out["SM"] >= 0) & (out["SM"] <= 0.6))


def test_card_and_metrics_file():
    info = sm.load()
    card = info.card
    assert card["id"] == "eolatent.soilmoisture.s1" and card["task"] == "soilmoisture"
    assert card["license"] == "GPL-3.0-or-later"
    assert card["inputs"][0]["bands"] == ["VV_dB", "VH_dB", "incidence_deg", "LAI"]
    dom = card["inputs"][0]["domain"]
    assert dom["min"][2:] == [29.0, 0.0] and dom["max"][2] == 46.0
    assert all(lo < hi for lo, hi in zip(dom["min"], dom["max"]))
    assert card["outputs"] == [{"name": "SM", "units": "m3/m3", "valid_range": [0.0, 0.6],
                                "std_output": card["outputs"][0]["std_output"]}]
    assert "SIMULATED" in card["training_data"]["description"]
    m = card["metrics"]
    held = m["held_out_simulations"]
    assert held["model"]["rmse"] < held["trivial_mean"]["rmse"]
    assert held["model"]["rmse"] < held["closed_form_VV"]["rmse"]
    assert 0.60 <= held["model"]["coverage_1sigma"] <= 0.76
    path = info.path.replace(".onnx", ".metrics.json")
    with open(path, encoding="utf-8") as fh:
        assert json.load(fh)["weights_sha256"] == card["weights_sha256"]


def test_real_smapvex16_figures_match_the_card():
    real = sim.load_smapvex16()
    f = real["features"]
    out = sm.retrieve(f[:, 0], f[:, 1], f[:, 2], f[:, 3], provider="cpu")
    assert np.all(out["QUALITY"] == 0)  # the 40 real samples are inside the training domain
    card_real = sm.load().card["metrics"]["smapvex16_real_40"]
    assert _rmse(out["SM"], real["mv"]) == pytest.approx(card_real["model"]["rmse"], abs=1e-4)
    assert "VV does not respond" in card_real["caveat"]
    # plausible values: inside the range of moist mid-season soils, not at the bounds
    assert 0.1 < np.min(out["SM"]) and np.max(out["SM"]) < 0.4


def test_linear_and_db_inputs_agree_and_broadcast():
    vv_db = np.array([[-14.0, -11.0], [-9.0, -7.5]])
    vh_db = np.array([[-22.0, -19.0], [-16.0, -15.0]])
    a = sm.retrieve(vv_db, vh_db, 38.0, 1.5, provider="cpu")
    b = sm.retrieve(wcm.from_db(vv_db), wcm.from_db(vh_db), np.full((2, 2), 38.0), np.full((2, 1), 1.5), db=False,
                    provider="cpu")
    assert a["SM"].shape == (2, 2)
    np.testing.assert_allclose(a["SM"], b["SM"], atol=1e-6)
    np.testing.assert_allclose(a["SM_std"], b["SM_std"], atol=1e-6)
    flat = sm.retrieve(vv_db.ravel(), vh_db.ravel(), 38.0, 1.5, provider="cpu")
    np.testing.assert_array_equal(flat["SM"], a["SM"].ravel())
    # brighter VV at the same VH, angle and LAI → wetter (wet soil brightens both channels)
    assert a["SM"][1, 1] > a["SM"][0, 0]


def test_quality_flags():
    vv = np.array([-10.0, np.nan, -10.0, 5.0, -10.0, -10.0])
    vh = np.array([-17.0, -17.0, -17.0, -3.0, -17.0, -17.0])
    lai = np.array([1.0, 1.0, np.nan, 1.0, 12.0, 1.0])
    valid = np.array([True, True, True, True, True, False])
    out = sm.retrieve(vv, vh, 35.0, lai, valid=valid, provider="cpu")
    q = out["QUALITY"]
    assert q.tolist()[:3] == [0, sm.FLAG_INVALID, sm.FLAG_INVALID] and q[5] == sm.FLAG_INVALID
    assert q[3] & sm.FLAG_OUT_OF_DOMAIN and q[4] & sm.FLAG_OUT_OF_DOMAIN
    assert np.isnan(out["SM"][[1, 2, 5]]).all() and np.isnan(out["SM_std"][[1, 2, 5]]).all()
    assert np.isfinite(out["SM"][[0, 3, 4]]).all()
    lin = sm.retrieve(np.array([0.1, 0.0]), np.array([0.02, 0.02]), 35.0, 1.0, db=False, provider="cpu")
    assert lin["QUALITY"].tolist() == [0, sm.FLAG_INVALID]  # σ⁰ = 0 has no dB value
    # an incidence outside 29–46° is out of domain
    assert sm.retrieve(-10.0, -17.0, 20.0, 1.0, provider="cpu")["QUALITY"] & sm.FLAG_OUT_OF_DOMAIN


def test_input_errors():
    with pytest.raises(sm.SoilMoistureInputError, match="linear"):
        sm.retrieve(np.array([0.1, 0.05]), np.array([0.02, 0.01]), 35.0, 1.0)  # linear passed as dB
    with pytest.raises(sm.SoilMoistureInputError, match="dB"):
        sm.retrieve(np.array([-10.0, -8.0]), np.array([-17.0, -16.0]), 35.0, 1.0, db=False)
    with pytest.raises(sm.SoilMoistureInputError, match="radians"):
        sm.retrieve(-10.0, -17.0, 0.6, 1.0)
    with pytest.raises(sm.SoilMoistureInputError, match="degrees"):
        sm.retrieve(-10.0, -17.0, 120.0, 1.0)
    from eolatent.core.biophysical.retrieval import load as load_bio

    with pytest.raises(ModelCardError, match="is a biophysical retrieval model .*not a soil-moisture model"):
        sm.load(load_bio())


# ---------------------------------------------------------------------------------------------------
# Training script, quick path
# ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    torch = pytest.importorskip("torch")
    pytest.importorskip("onnx")
    from eolatent.models.training import train_soilmoisture

    torch.set_num_threads(1)
    out = tmp_path_factory.mktemp("smquick") / "soilmoisture_s1.onnx"
    result = train_soilmoisture.main(["--out", str(out), "--quick", "--seed", "5"])
    return out, result


def test_quick_run_card_and_contract(quick_run):
    ort = pytest.importorskip("onnxruntime")
    onnx = pytest.importorskip("onnx")
    torch = pytest.importorskip("torch")
    path, result = quick_run
    card = read_card(path.read_bytes())
    assert card["id"] == "eolatent.soilmoisture.s1" and card["task"] == "soilmoisture"
    assert card["metrics"]["quick"] is True
    for key in ("model", "trivial_mean", "closed_form_VV"):
        assert card["metrics"]["held_out_simulations"][key]["rmse"] > 0
    assert card["metrics"]["smapvex16_real_40"]["n"] == 40
    model = onnx.load(str(path))
    assert model.ir_version == 9
    assert any(o.domain in ("", "ai.onnx") and o.version == 17 for o in model.opset_import)
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    assert [(i.name, i.shape[1]) for i in sess.get_inputs()] == [("features", 4)]
    assert [(o.name, o.shape[1]) for o in sess.get_outputs()] == [("mean", 1), ("std", 1)]
    x = sim.simulate_dataset(300, 99)["features"].astype(np.float32)
    mean, std = sess.run(["mean", "std"], {"features": x})
    with torch.no_grad():
        t_mean, t_std = result["module"](torch.from_numpy(x))
    np.testing.assert_allclose(mean, t_mean.numpy(), atol=1e-5)
    np.testing.assert_allclose(std, t_std.numpy(), atol=1e-5)
    assert np.all(std > 0)


def test_clamp_flag_with_a_narrow_valid_range(quick_run, tmp_path):
    onnx = pytest.importorskip("onnx")
    path, _ = quick_run
    card = read_card(path.read_bytes())
    card["outputs"][0]["valid_range"] = [0.2, 0.21]
    narrow = tmp_path / "soilmoisture_narrow.onnx"
    write_onnx_with_card(onnx.load(str(path)), card, str(narrow))
    info = load_model(str(narrow))
    out = sm.retrieve(np.array([-16.0, -5.0]), np.array([-25.0, -12.0]), 35.0, 0.5, model=info, provider="cpu")
    assert np.all(out["QUALITY"] & sm.FLAG_CLAMPED)
    assert np.all((out["SM"] >= 0.2) & (out["SM"] <= 0.21))
