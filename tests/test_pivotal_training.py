# SPDX-License-Identifier: GPL-3.0-or-later
"""Pivotal representation training (models/training/pivotal): the --quick path exports ONNX files that follow
docs/latent_contract.md with valid cards; ONNX == torch; the PROSAIL emulator's error; LAI smooth in dt;
the shipped models' measured figures."""
import json
import os

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "models")
DEC_OUTPUTS = ["LAI", "FCOVER", "CAB", "CW", "CM", "SOIL_BRIGHTNESS", "SM", "N", "ALA"]


@pytest.fixture(scope="module")
def quick(tmp_path_factory):
    from eolatent.models.training.pivotal import train

    torch.set_num_threads(1)
    out = tmp_path_factory.mktemp("pivotal")
    runs = {p: train.main(["--preset", p, "--quick", "--out", str(out), "--threads", "1", "--seed", "3"])
            for p in ("fine", "seed")}
    return out, runs


@pytest.mark.parametrize("preset,suffix,P,L", [("fine", "fine4", 4, 64), ("seed", "seed100", 100, 256)])
def test_quick_export_matches_contract(quick, preset, suffix, P, L):
    from eolatent.core.engine.modelcard import read_card

    out, runs = quick
    enc_path, dec_path = out / f"encoder_{suffix}.onnx", out / f"decoder_{suffix}.onnx"
    ce, cd = read_card(enc_path.read_bytes()), read_card(dec_path.read_bytes())  # validates + checksum
    tiling = {"chunk_px": P, "window_days": 10, "latent_size": L, "tile_size": P, "receptive_field": P,
              "scale_factor": P}
    assert ce["id"] == f"eolatent.encoder.{suffix}" and ce["task"] == "encode" and ce["tiling"] == tiling
    assert cd["id"] == f"eolatent.decoder.{suffix}" and cd["task"] == "decode" and cd["tiling"] == tiling
    lat = [i for i in cd["inputs"] if i["name"] == "latent"][0]
    assert lat["encoder"] == ce["id"] and lat["size"] == L
    assert [o["name"] for o in cd["outputs"]] == DEC_OUTPUTS
    assert "SIMULATED" in ce["training_data"]["sentinel1"]
    for path in (enc_path, dec_path):
        m = onnx.load(str(path))
        assert m.ir_version == 9 and any(o.domain in ("", "ai.onnx") and o.version == 17 for o in m.opset_import)
    se = ort.InferenceSession(str(enc_path), providers=["CPUExecutionProvider"])
    assert [(i.name, i.shape[1:]) for i in se.get_inputs()] == [
        ("s2", [10, P, P]), ("s2_valid", [1, P, P]), ("s1", [2, P, P]), ("s1_valid", [1, P, P]), ("doy", [1])]
    assert [(o.name, o.shape[1]) for o in se.get_outputs()] == [("mean", L), ("logvar", L)]
    sd = ort.InferenceSession(str(dec_path), providers=["CPUExecutionProvider"])
    assert [i.name for i in sd.get_inputs()] == ["latent", "position", "dt", "doy"]
    assert [o.name for o in sd.get_outputs()] == ["mean", "std"]
    # values: batch of 3 chunks, 7 query positions → [3, 7, 9], within the card's valid ranges, std > 0
    rng = np.random.default_rng(0)
    feeds = {"s2": rng.uniform(0.02, 0.4, (3, 10, P, P)).astype(np.float32),
             "s2_valid": np.ones((3, 1, P, P), np.float32), "s1": np.full((3, 2, P, P), -14.0, np.float32),
             "s1_valid": np.ones((3, 1, P, P), np.float32), "doy": np.array([[120.0], [200.0], [300.0]], np.float32)}
    mean, logvar = se.run(None, feeds)
    assert mean.shape == logvar.shape == (3, L) and np.isfinite(mean).all()
    pos = rng.uniform(0, 1, (3, 7, 2)).astype(np.float32)
    dm, ds = sd.run(None, {"latent": mean, "position": pos, "dt": np.zeros((3, 1), np.float32), "doy": feeds["doy"]})
    assert dm.shape == ds.shape == (3, 7, 9) and (ds > 0).all()
    for k, o in enumerate(cd["outputs"]):
        lo, hi = o["valid_range"]
        assert (dm[..., k] >= lo - 1e-5).all() and (dm[..., k] <= hi + 1e-5).all(), o["name"]
    # FCOVER = 1 - exp(-ko(ALA) LAI): 0 at LAI 0, increasing with LAI
    assert np.all((dm[..., 1] > 0) == (dm[..., 0] > 1e-6))
    metrics = json.loads((out / f"pivotal_{suffix}.metrics.json").read_text())
    assert metrics["encoder_weights_sha256"] == ce["weights_sha256"]
    assert metrics["decoder_weights_sha256"] == cd["weights_sha256"]
    assert ce["metrics"]["compression"]["contract_input_floats"] == P * P * 14 + 1


@pytest.mark.parametrize("preset,suffix", [("fine", "fine4"), ("seed", "seed100")])
def test_onnx_equals_torch(quick, preset, suffix):
    out, runs = quick
    run = runs[preset]
    assert run["metrics"]["onnx_vs_torch_max_abs_diff"] < 1e-4
    P = run["cfg"]["P"]
    rng = np.random.default_rng(1)
    x = [rng.uniform(0, 0.5, (2, 10, P, P)), rng.uniform(0, 1, (2, 1, P, P)), rng.uniform(-25, -5, (2, 2, P, P)),
         np.ones((2, 1, P, P)), np.array([[50.0], [250.0]])]
    x = [a.astype(np.float32) for a in x]
    se = ort.InferenceSession(str(out / f"encoder_{suffix}.onnx"), providers=["CPUExecutionProvider"])
    mo, lo = se.run(None, dict(zip(["s2", "s2_valid", "s1", "s1_valid", "doy"], x)))
    with torch.no_grad():
        mt, lt = run["encoder"](*[torch.from_numpy(a) for a in x])
    np.testing.assert_allclose(mo, mt.numpy(), atol=1e-4)
    np.testing.assert_allclose(lo, lt.numpy(), atol=1e-4)
    d = [mo, rng.uniform(0, 1, (2, 5, 2)).astype(np.float32), np.array([[-9.0], [4.0]], np.float32),
         np.array([[41.0], [254.0]], np.float32)]
    sd = ort.InferenceSession(str(out / f"decoder_{suffix}.onnx"), providers=["CPUExecutionProvider"])
    dm, ds = sd.run(None, dict(zip(["latent", "position", "dt", "doy"], d)))
    with torch.no_grad():
        tm, ts = run["decoder"](*[torch.from_numpy(a) for a in d])
    np.testing.assert_allclose(dm, tm.numpy(), atol=1e-4)
    np.testing.assert_allclose(ds, ts.numpy(), atol=1e-4)


def test_emulator_error_bound():
    """A small emulator already tracks PROSAIL; the shipped runs record the full-size error (< 0.005)."""
    from eolatent.models.training.pivotal import emulator

    torch.set_num_threads(1)
    emu, m = emulator.train_emulator(8000, 800, 20, seed=5)
    assert m["rmse"] < 0.008  # 0.0067 measured; the full-size emulator (30 000 runs, 25 epochs) reaches ~0.003
    # the emulator is a function of physics: more LAI over dark soil → higher NIR (B8A), lower red (B04)
    p = torch.tensor([[lai, 45.0, 0.015, 0.006, 1.5, 55.0, 0.8, 0.5, 30.0, 5.0, 90.0] for lai in (0.2, 4.0)])
    with torch.no_grad():
        r = emu(p).numpy()
    assert r[1, 7] > r[0, 7] + 0.1 and r[1, 2] < r[0, 2]
    for suffix in ("fine4", "seed100"):
        path = os.path.join(MODELS, f"pivotal_{suffix}.metrics.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                assert json.load(fh)["emulator"]["rmse"] < 0.005


@pytest.mark.parametrize("suffix", ["fine4", "seed100"])
def test_shipped_decoder_lai_smooth_in_dt(suffix):
    enc_path = os.path.join(MODELS, f"encoder_{suffix}.onnx")
    dec_path = os.path.join(MODELS, f"decoder_{suffix}.onnx")
    if not os.path.exists(dec_path):
        pytest.skip("shipped model not built yet (make models)")
    from eolatent.models.training.pivotal import realdata

    data = realdata.load()
    P = 4 if suffix == "fine4" else 100
    ch = realdata.chunks(data, P, [0])
    idx = np.flatnonzero(ch["s2_valid"].flatten(1).mean(1).numpy() > 0.5)[:8]
    se = ort.InferenceSession(enc_path, providers=["CPUExecutionProvider"])
    sd = ort.InferenceSession(dec_path, providers=["CPUExecutionProvider"])
    z = se.run(["mean"], {k: ch[k].numpy()[idx] for k in ("s2", "s2_valid", "s1", "s1_valid", "doy")})[0]
    dts = np.arange(-20.0, 20.01, 0.5, dtype=np.float32)
    pos = np.full((len(idx), 1, 2), 0.5, np.float32)
    lai = np.stack([sd.run(["mean"], {"latent": z, "position": pos, "dt": np.full((len(idx), 1), t, np.float32),
                                      "doy": ch["doy"].numpy()[idx] + t})[0][:, 0, 0] for t in dts], 1)
    step = np.abs(np.diff(lai, axis=1))
    assert step.max() < 0.15  # ≤ 0.15 m²/m² per half day: no jumps
    assert np.abs(np.diff(lai, 2, axis=1)).max() < 0.05  # smooth (bounded second difference)
    assert np.all((lai >= 0) & (lai <= 8))


@pytest.mark.parametrize("suffix,goal,s2_max", [("fine4", 0.3, 0.03), ("seed100", 0.5, 0.1)])
def test_shipped_metrics_recorded(suffix, goal, s2_max):
    """Regression bounds on the shipped figures (the seed preset's 10 m reconstruction is poor: measured)."""
    path = os.path.join(MODELS, f"pivotal_{suffix}.metrics.json")
    if not os.path.exists(path):
        pytest.skip("shipped model not built yet (make models)")
    with open(path, encoding="utf-8") as fh:
        m = json.load(fh)
    real = m["real_slovenia"]
    assert m["onnx_vs_torch_max_abs_diff"] < 1e-4
    assert real["lai_10m_clear_dates"]["n"] > 10000 and 0 < real["lai_10m_clear_dates"]["rmse"] < 1.5
    held = real["lai_10m_held_out"]
    assert held["n"] > 10000 and 0 < held["rmse"] < 1.5
    assert m["goals"]["goal"] == goal and m["goals"]["met"] == (held["rmse"] <= goal)
    assert set(real["temporal_interpolation"]) == {"2015-07-11", "2015-08-30", "2015-09-09"}
    syn = m["synthetic_held_out"]
    assert 0 < syn["s2_rmse_reflectance"] < s2_max and 0 < syn["lai_rmse_at_s2_dates"] < 1.5
    assert 0 < syn["s1_rmse_db_vs_speckled"] < 4.0


def test_decode_holds_at_the_trained_dt_range():
    """eolatent:decode holds a window's value beyond the dt range the decoders are trained on (core cannot import the
    training code, so the two constants are tied here); synth.generate's range is a parameter (bench/
    decode_far_dates.py asks for 35 days)."""
    from eolatent.core.decode.raster import MAX_DT_DAYS
    from eolatent.models.training.pivotal import synth

    assert MAX_DT_DAYS == synth.SUP_DT
    g = torch.Generator().manual_seed(0)
    emu = torch.nn.Linear(11, 10)          # any reflectance model: only the query dates are checked here
    default = synth.generate(64, 4, g, lambda p: torch.sigmoid(emu(p)), None)["q_dt"][:, -1]
    wide = synth.generate(64, 4, g, lambda p: torch.sigmoid(emu(p)), None, sup_dt=35.0)["q_dt"][:, -1]
    assert default.abs().max() <= synth.SUP_DT and wide.abs().max() > synth.SUP_DT and wide.abs().max() <= 35.0


def test_hold_drift_rates_are_the_measured_ones():
    """core.decode.hold's drift rates are what models/training/pivotal/hold_drift.py measures on the real series in
    tests/data (median over four regions); the LAI structure function grows with the lag in every region."""
    from eolatent.core.decode.hold import HOLD_VARIANCE_PER_DAY
    from eolatent.models.training.pivotal import hold_drift

    res = hold_drift.measure()
    for var in ("LAI", "FCOVER"):
        assert res[var]["q"] == pytest.approx(HOLD_VARIANCE_PER_DAY[var], rel=0.05)
        for name, (sf, q) in res[var]["regions"].items():
            assert q > 0 and all(b[1] > a[1] for a, b in zip(sf, sf[1:])), (var, name)
    assert 0.005 < HOLD_VARIANCE_PER_DAY["LAI"] < 0.1
