# SPDX-License-Identifier: GPL-3.0-or-later
"""The `--quick` path of models/training/train_biophysical.py: card, ONNX contract, ONNX == torch."""
import json
import os

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
    from eolatent.core.engine.modelcard import read_card

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


def test_toa_and_nob8a_variants_quick(tmp_path):
    """The --variant switch: band list, product level and ONNX input width follow the variant."""
    from eolatent.core.engine.modelcard import read_card
    from eolatent.models.training import train_biophysical

    for variant, n_bands, level in (("s2_toa", 10, "TOA"), ("s2_nob8a", 9, "BOA")):
        out = tmp_path / f"{variant}.onnx"
        train_biophysical.main(["--variant", variant, "--out", str(out), "--quick", "--seed", "7"])
        card = read_card(out.read_bytes())
        assert card["inputs"][0]["product_level"] == level and len(card["inputs"][0]["bands"]) == n_bands
        assert ("B8A" in card["inputs"][0]["bands"]) == (variant != "s2_nob8a")
        sess = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
        assert sess.get_inputs()[0].shape[1] == n_bands
        if level == "TOA":
            assert "atmosphere" in card["training_data"] and card["id"].endswith(".toa")


def test_codistributed_variant_quick(tmp_path, monkeypatch):
    """A _codist variant draws its training set from the co-distributed prior (LAI flat, the leaf ranges of the
    ATBD design at that LAI: N within 1.3–1.8 at LAI 8) and fits its LAI recalibration on the ATBD design and on that
    prior, not on the uniform test; its card names the prior."""
    from eolatent.core.engine.modelcard import read_card
    from eolatent.models.training import biophysical_priors as priors
    from eolatent.models.training import train_biophysical

    drawn = []
    real = priors.sample_codistributed

    def spy(n, rng):
        p = real(n, rng)
        drawn.append(p)
        return p

    monkeypatch.setitem(priors.PRIORS, "codistributed", spy)
    monkeypatch.setitem(priors.SAMPLERS, "codistributed", spy)
    out = tmp_path / "codist.onnx"
    train_biophysical.main(["--variant", "s2_codist", "--out", str(out), "--quick", "--seed", "7"])
    card = read_card(out.read_bytes())
    assert card["id"] == "eolatent.biophysical.s2.codist"
    assert card["training_data"]["training_prior"]["name"] == "codistributed"
    assert "codistributed prior" in card["training_data"]["seeds"]
    assert "cal_codist (codistributed)" in card["metrics"]["lai_recalibration"]["method"]
    assert "cal_codist" in str(card["metrics"]["lai_recalibration"]) and "cal_uniform" not in \
        str(card["metrics"]["lai_recalibration"])
    assert len(drawn) == 3                          # training, validation and the calibration set
    lai, n = np.concatenate([p["lai"] for p in drawn]), np.concatenate([p["n"] for p in drawn])
    assert 3.6 < lai.mean() < 4.4 and (n[lai > 7.5] >= 1.3 - 1e-9).all() and (n[lai > 7.5] <= 1.8 + 1e-9).all()


def test_sigma_calibration_interpolates_between_knots():
    """The in-graph σ factor is the piecewise-linear interpolation of the per-knot scales in predicted LAI."""
    from eolatent.models.training import nets

    net = nets.HeteroscedasticMLP(13, 5, (4,))
    knots = np.arange(0.0, 9.0, 1.0, dtype=np.float32)
    scale = np.stack([1.0 + 0.1 * knots] * 5, 1).astype(np.float32)
    exp = nets.BiophysicalExport(net, np.zeros(13), np.ones(13), np.zeros(5), np.ones(5), np.ones(5), knots, scale)
    lai = torch.tensor([[-1.0], [0.0], [2.5], [7.25], [12.0]])
    got = exp.calibration(lai)[:, 0].numpy()
    np.testing.assert_allclose(got, [1.0, 1.0, 1.25, 1.725, 1.8], atol=1e-6)


def test_lai_recalibration_is_baked_into_the_graph():
    """set_recalibration: LAI gains the interpolated shift, σ_LAI the interpolated factor; other variables as before."""
    from eolatent.models.training import nets

    torch.manual_seed(0)
    net = nets.HeteroscedasticMLP(13, 5, (4,))
    knots = np.arange(0.0, 8.5, 0.5, dtype=np.float32)
    exp = nets.BiophysicalExport(net, np.zeros(13), np.ones(13), np.full(5, 3.0), np.ones(5), np.ones(5), knots,
                                 np.ones((knots.size, 5), np.float32)).eval()
    bands, angles = torch.rand(64, 10) * 0.4, torch.rand(64, 3) * 40
    with torch.no_grad():
        m0, s0 = exp(bands, angles)
        shift = (0.1 * knots - 0.2 * (knots > 0)).astype(np.float32)
        shift[0] = 0.0
        factor = (0.5 + 0.05 * knots).astype(np.float32)
        exp.set_recalibration(shift, factor)
        m1, s1 = exp(bands, angles)
    lai = m0[:, 0].numpy()
    np.testing.assert_allclose(m1[:, 0].numpy(), lai + np.interp(lai, knots, shift), atol=1e-5)
    np.testing.assert_allclose(s1[:, 0].numpy(), s0[:, 0].numpy() * np.interp(lai, knots, factor), rtol=1e-5)
    np.testing.assert_array_equal(m1[:, 1:].numpy(), m0[:, 1:].numpy())
    np.testing.assert_array_equal(s1[:, 1:].numpy(), s0[:, 1:].numpy())


def test_recalibration_fit_brings_every_true_bin_into_the_goal():
    """An estimator that shrinks high LAI and is over-confident (±1σ covers far from 68 % per bin) gets a shift and
    a σ factor whose coverage, on *independent* draws, is 60–76 % in every bin of true LAI; f(0) = 0."""
    from eolatent.models.training import biophysical_recalibration as recal

    def draw(seed, n=16000):
        rng = np.random.default_rng(seed)
        t = rng.uniform(0.0, 8.0, n)
        m = 0.8 * t + 0.4 + rng.normal(0.0, 0.1 + 0.1 * t)
        return {"mean": m, "std": np.full(n, 0.25), "truth": t, "bins": 8, "bias_bins": 6, "rmse": True}

    def coverage(d, shift, factor):
        mu = d["mean"] + np.interp(d["mean"], recal.KNOTS, shift)
        sg = d["std"] * np.interp(d["mean"], recal.KNOTS, factor)
        hit = np.abs(mu - d["truth"]) <= sg
        return [hit[(d["truth"] >= b) & (d["truth"] < b + 1)].mean() for b in range(8)]

    before = coverage(draw(2), np.zeros(recal.KNOTS.size), np.ones(recal.KNOTS.size))
    assert min(before) < 0.2 and sum(0.60 <= c <= 0.76 for c in before) <= 2     # far from the goal
    res = recal.fit([draw(1)], seed=0, steps=800)
    assert res["shift"][0] == 0.0
    after = coverage(draw(2), res["shift"], res["factor"])
    assert all(0.60 <= c <= 0.76 for c in after), after
    assert np.all(np.diff(recal.KNOTS + res["shift"]) > 0)          # the remapped LAI stays increasing


def test_a_quick_run_without_out_does_not_write_over_the_shipped_model(tmp_path, monkeypatch, capsys):
    """The model audit: --quick without --out wrote its smoke model over models/soilmoisture_s1.onnx (the default
    of --out); now into a new temporary folder, said on stderr."""
    from eolatent.models.training import cli

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    ap = cli.parser("doc", out="models/soilmoisture_s1.onnx", quick="smoke")
    out = ap.parse_args(["--quick"]).out
    assert out.startswith(str(tmp_path)) and out.endswith("soilmoisture_s1.onnx") and os.path.isdir(os.path.dirname(out))
    assert "a smoke model, written to" in capsys.readouterr().err
    assert ap.parse_args(["--quick", "--out", "x.onnx"]).out == "x.onnx"          # an --out given is kept
    assert ap.parse_args([]).out == "models/soilmoisture_s1.onnx"                 # the full run writes the model
    assert cli.parser("doc", out="models/", quick="q").parse_args(["--quick"]).out.startswith(str(tmp_path))
