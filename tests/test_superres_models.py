# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped super-resolution CNNs: valid cards, fully convolutional, offset-invariant, and their
held-out MODIS figures recomputed here equal the card's and beat bicubic."""
import json
import os

import numpy as np
import pytest

from eolatent.core.engine.registry import MODELS_DIR, check_task, find_model
from eolatent.core.superres import methods as sr


@pytest.fixture(scope="module")
def models():
    return {m: find_model(i) for m, i in sr.MODEL_IDS.items()}


def test_cards_and_metrics_files(models):
    for method, info in models.items():
        check_task(info, "superresolve")
        card = info.card
        assert card["outputs"][0]["units"] == "K" and card["tiling"]["factors"] == [2, 4, 8]
        assert "emissivity" in card["training_data"]["modis"] and "Carlson" in card["training_data"]["airborne"]
        held = card["metrics"]["held_out"]
        assert set(held) == {"modis_day", "modis_night", "airborne_pm", "airborne_am"}
        assert set(held["airborne_pm"]) == {"x4", "x8", "x16"}
        name = os.path.splitext(os.path.basename(info.path))[0]
        with open(os.path.join(MODELS_DIR, name + ".metrics.json")) as fh:
            metrics = json.load(fh)
        assert metrics["weights_sha256"] == card["weights_sha256"]
        assert metrics["held_out"] == held


def test_any_size_and_offset_invariant(models):
    rng = np.random.default_rng(0)
    for method, info in models.items():
        sess = info.session("cpu", 1)
        bic = (300 + rng.normal(0, 1, (37, 53))).astype(np.float32)
        extra = (bic + rng.normal(0, 1, bic.shape), 0.5) if method == "cnn_guided" else (None, None)
        x = sr.cnn_inputs(bic, 4, *extra)
        out = sr.run_cnn(sess, x)
        assert out.shape == bic.shape
        x2 = x.copy()
        x2[0] += 20.0  # a warmer scene: the same sharpening shifted by 20 K
        if method == "cnn_guided":
            x2[1] += 20.0
        np.testing.assert_allclose(sr.run_cnn(sess, x2), out + 20.0, atol=2e-3)


def test_held_out_modis_day_recomputed_equals_card_and_beats_bicubic(models):
    from eolatent.models.training import lst_data, train_superres

    card = models["cnn_single"].card
    day = lst_data.load_modis(card["training_data"]["seed"])[0]
    ex = train_superres.prepare(day, 4)
    sessions = {m: info.session("cpu", 2) for m, info in models.items()}
    want = card["metrics"]["held_out"]["modis_day"]["x4"]
    got = {}
    for method in ("bicubic", "cnn_single", "cnn_guided"):
        fine = sr.superresolve(ex["coarse"], ex["cvalid"], 4, method, ex["guide"], ex["line"], sessions.get(method))
        got[method] = train_superres.scores(fine, ex["truth"], ex["test"])
        assert got[method]["rmse"] == pytest.approx(want[method]["rmse"], abs=2e-3)
        assert got[method]["ssim"] == pytest.approx(want[method]["ssim"], abs=2e-3)
    assert got["cnn_single"]["rmse"] < got["bicubic"]["rmse"]
    assert got["cnn_guided"]["rmse"] < got["bicubic"]["rmse"]


def test_quick_training_run_writes_valid_models_and_the_same_baselines(tmp_path, models):
    """train_superres --quick: a valid card and metrics file; the statistical baselines (no network) come
    out exactly as in the shipped cards."""
    from eolatent.core.engine.registry import load_model
    from eolatent.models.training import train_superres

    metrics = train_superres.main(["--out", str(tmp_path), "--quick", "--threads", "1"])
    for name in ("superres_sisr", "superres_guided"):
        info = load_model(str(tmp_path / f"{name}.onnx"))
        check_task(info, "superresolve")
        assert (tmp_path / f"{name}.metrics.json").exists()
    shipped = models["cnn_single"].card["metrics"]
    for scene, per in shipped["held_out"].items():
        for f, row in per.items():
            for method in ("bicubic", "tsharp", "nearest", "bicubic_not_conserved"):
                # rounded to 4 decimals on both sides: a last-ulp difference may flip the 4th (BLAS, CPU)
                assert metrics["held_out"][scene][f][method] == pytest.approx(row[method], abs=2e-4, rel=1e-5)
    assert metrics["tsharp_fc_full_image_block_mean"] == {"x4": pytest.approx(2.17, abs=0.005),
                                                          "x8": pytest.approx(2.59, abs=0.005),
                                                          "x16": pytest.approx(2.84, abs=0.005)}
