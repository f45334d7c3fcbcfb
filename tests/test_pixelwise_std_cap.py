# SPDX-License-Identifier: GPL-3.0-or-later
"""The 1σ of a per-pixel network is capped at that of knowing only the valid range, (hi − lo)/√12, and the pixel
flagged out of domain: the biophysical network gave LAI ± 48.8 (flag 0) on Belgian spectra unlike its training."""
import numpy as np
import pytest
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


def _installed(tmp_path, **x_input):
    """The model of :func:`_model` with a card (outputs A in 0–8, B in 0–1; input ``x`` with ``x_input``), loaded."""
    card = dict(id="test.pixelwise", version="1.0.0", task="biophysical", inputs=[dict(name="x", units="1", **x_input)],
                outputs=[dict(name="A", units="1", valid_range=[0, 8]), dict(name="B", units="1", valid_range=[0, 1])],
                tiling=dict(tile_size=64), training_data="none", metrics={}, license="GPL-3.0-or-later",
                weights_sha256="0" * 64)
    path = str(tmp_path / "m.onnx")
    mc.write_onnx_with_card(_model(), card, path)
    return registry.load_model(path)


def test_std_above_the_range_is_capped_and_flagged(tmp_path):
    info = _installed(tmp_path)
    x = np.array([[2.0, 1.0],       # A 2 ± 1, B 1 ± 0.5: B's σ above 1/√12 = 0.289 → capped, flagged
                  [3.0, 0.4],       # A 3 ± 0.4, B 1.5 ± 0.2: B clamped to 1, σ 0.2 kept
                  [4.0, 48.8]])     # A ± 48.8 → 8/√12
    mean, std, flags, _ = run_pixelwise(info, {"x": x}, ["A", "B"], provider="cpu", threads=1)
    cap = np.array([8.0, 1.0]) / np.sqrt(12.0)
    np.testing.assert_allclose(std, [[1.0, cap[1]], [0.4, 0.2], [cap[0], cap[1]]], rtol=1e-6)
    np.testing.assert_allclose(mean, [[2.0, 1.0], [3.0, 1.0], [4.0, 1.0]], rtol=1e-6)
    assert list(flags & FLAG_OUT_OF_DOMAIN) == [FLAG_OUT_OF_DOMAIN, 0, FLAG_OUT_OF_DOMAIN]
    assert list(flags & FLAG_CLAMPED) == [0, FLAG_CLAMPED, FLAG_CLAMPED]


def _reference(x, valid, lo, hi, ranges):
    """The flags, means and 1σ run_pixelwise must give, written row-wise (as it was before it went column by column
    for speed) for the model of :func:`_model`: mean = x0·(1, 0.5), std = x1·(1, 0.5)."""
    n = len(x)
    mean = np.c_[x[:, 0], 0.5 * x[:, 0]].astype(np.float32)
    std = np.c_[x[:, 1], 0.5 * x[:, 1]].astype(np.float32)
    ok = np.isfinite(x).all(axis=1) & valid
    flags = np.full(n, 4, np.uint8)
    flags[ok] = 0
    flags[ok & ((x < lo) | (x > hi)).any(axis=1)] |= FLAG_OUT_OF_DOMAIN
    clamped = np.clip(mean, ranges[:, 0], ranges[:, 1])
    flags[ok & (clamped != mean).any(axis=1)] |= FLAG_CLAMPED          # NaN != NaN: a NaN output is flagged
    cap = (ranges[:, 1] - ranges[:, 0]) / np.sqrt(12.0)
    flags[ok & (std > cap).any(axis=1)] |= FLAG_OUT_OF_DOMAIN
    mean, std = np.where(ok[:, None], clamped, np.nan), np.where(ok[:, None], np.minimum(std, cap), np.nan)
    return mean, std, flags


def test_flags_match_a_row_wise_reference(tmp_path):
    """Invalid rows (NaN, ∞, masked), inputs outside the card's domain, outputs clamped, 1σ capped, on 5000 random
    rows, with and without a validity mask: the column-by-column code gives the row-wise answer exactly."""
    lo, hi = np.array([-1.0, 0.0], np.float32), np.array([9.0, 3.0], np.float32)
    info = _installed(tmp_path, domain=dict(min=lo.tolist(), max=hi.tolist()))
    rng = np.random.default_rng(3)
    x = np.c_[rng.uniform(-2, 10, 5000), rng.uniform(-0.5, 4, 5000)].astype(np.float32)
    x[rng.random(5000) < 0.05, 0] = np.nan
    x[rng.random(5000) < 0.02, 1] = np.inf
    ranges = np.array([[0, 8], [0, 1]], np.float32)
    for valid in (np.ones(5000, bool), rng.random(5000) > 0.1):
        mean, std, flags, _ = run_pixelwise(info, {"x": x}, ["A", "B"], provider="cpu", threads=1,
                                            valid=None if valid.all() else valid)
        ref_mean, ref_std, ref_flags = _reference(x, valid, lo, hi, ranges)
        np.testing.assert_array_equal(flags, ref_flags)
        np.testing.assert_allclose(mean, ref_mean, rtol=1e-6)
        np.testing.assert_allclose(std, ref_std, rtol=1e-6)
        assert len(set(flags.tolist())) >= 5           # every kind of row occurred
    # every row valid: the checks run in place on the outputs (no copy), the same answers
    finite = x[np.isfinite(x).all(axis=1)]
    mean, std, flags, _ = run_pixelwise(info, {"x": finite}, ["A", "B"], provider="cpu", threads=1)
    ref_mean, ref_std, ref_flags = _reference(finite, np.ones(len(finite), bool), lo, hi, ranges)
    np.testing.assert_array_equal(flags, ref_flags)
    np.testing.assert_allclose(mean, ref_mean, rtol=1e-6)
    np.testing.assert_allclose(std, ref_std, rtol=1e-6)
    assert {FLAG_CLAMPED, FLAG_OUT_OF_DOMAIN} <= set(flags.tolist()) | {int(f) & 3 for f in flags}


def test_batches_side_by_side_give_the_values_of_one_at_a_time(tmp_path, monkeypatch):
    """On the CPU, ``threads`` workers run whole batches on a single-threaded session: each pixel is computed alone,
    so every value and flag equals a one-worker run's, in order; NaN pixels are skipped alike; a batch's error is
    raised, not lost."""
    from eolatent.core.engine import pixelwise

    info = _installed(tmp_path)
    monkeypatch.setattr(pixelwise, "BATCH", 1000)                 # 10 batches
    rng = np.random.default_rng(0)
    x = np.stack([rng.uniform(-1, 9, 9999), rng.uniform(0, 3, 9999)], 1).astype(np.float32)
    x[::97, 0] = np.nan
    one = run_pixelwise(info, {"x": x}, ["A", "B"], provider="cpu", threads=1)
    two = run_pixelwise(info, {"x": x}, ["A", "B"], provider="cpu", threads=3)
    for a, b in zip(one[:3], two[:3]):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(two[0][:, 0], np.where(np.isnan(x[:, 0]), np.nan, np.clip(x[:, 0], 0, 8)),
                               equal_nan=True)
    session, workers = pixelwise._session(info, "cpu", 3)
    assert workers == 3
    calls = []

    class Counting:
        def run(self, part):
            calls.append(len(part["x"]))
            return session.run(part)

    monkeypatch.setattr(pixelwise, "BATCH", 65536)        # a window smaller than one batch is still shared:
    pixelwise._run(Counting(), {"x": x[:9000]}, 9000, 2, workers=3)
    assert sorted(calls) == [808, 4096, 4096]                  # batches of 4096 or more, one per worker at most
    calls.clear()
    pixelwise._run(Counting(), {"x": x[:3000]}, 3000, 2, workers=3)
    assert calls == [3000]

    class Broken:
        def run(self, part):
            raise RuntimeError("batch failed")

    monkeypatch.setattr(pixelwise, "_session", lambda *a: (Broken(), 2))
    with pytest.raises(RuntimeError, match="batch failed"):
        run_pixelwise(info, {"x": x}, ["A", "B"], provider="cpu", threads=2)
