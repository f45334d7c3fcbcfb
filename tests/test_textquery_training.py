# SPDX-License-Identifier: GPL-3.0-or-later
"""Text-query tower training (models/training/textquery): contract of the exported ONNX (quick run), the caption
and spatial split the trainer uses, the lab-pairs format, and regression bounds on the shipped metrics."""
from __future__ import annotations

import json
import os

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from eolatent.core.engine import modelcard
from eolatent.core.textquery.features import S2_CHANNELS  # noqa: E402
from eolatent.models.training.textquery import captions as caps  # noqa: E402
from eolatent.models.training.textquery import evaluate as ev  # noqa: E402
from eolatent.models.training.textquery import pairs as lp  # noqa: E402
from eolatent.models.training.textquery import simulate as simu  # noqa: E402
from eolatent.models.training.textquery import train as tq  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "models")


class StubEncoder:
    """Deterministic unit vectors per text (keeps the pairs tests independent of the text model)."""

    def encode(self, texts):
        out = []
        for t in texts:
            rng = np.random.default_rng(abs(hash(t)) % (2 ** 32))
            v = rng.normal(size=lp.EMBED_DIM)
            out.append(v / np.linalg.norm(v))
        return np.asarray(out, np.float32)


def _random_inputs(rng, n, d, c=S2_CHANNELS):
    x = rng.random((n, d, c)).astype(np.float32) * 0.5
    valid = (rng.random((n, d)) > 0.3).astype(np.float32)
    valid[:, 0] = 1.0
    x *= valid[..., None]
    doy = rng.uniform(1, 366, (n, d)).astype(np.float32)
    return x, valid, doy


@pytest.fixture(scope="module")
def quick(tmp_path_factory):
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("textquery")
    folder = root / "pairs"
    folder.mkdir()
    rng = np.random.default_rng(0)
    x, valid, doy = _random_inputs(rng, 40, 3)
    lp.save_pairs(str(folder / "lab.npz"), x, valid, doy, caption=["a vineyard on a slope"] * 20 + ["an orchard"] * 20)
    res = tq.main(["--input", "s2", "--out", str(root), "--quick", "--pairs", str(folder), "--seed", "3"])
    with open(res["path"], "rb") as fh:
        res["bytes"] = fh.read()
    res["sess"] = ort.InferenceSession(res["bytes"], providers=["CPUExecutionProvider"])
    return res


# ------------------------------------------------------------------------------------------ ONNX contract
def test_quick_export_follows_contract(quick):
    sess = quick["sess"]
    ins = {i.name: i for i in sess.get_inputs()}
    assert list(ins) == ["x", "valid", "doy"]
    for i in ins.values():
        assert i.type == "tensor(float)"
        assert isinstance(i.shape[0], str) and isinstance(i.shape[1], str)  # dynamic N and D
    assert ins["x"].shape[2] == S2_CHANNELS
    outs = {o.name: o for o in sess.get_outputs()}
    assert list(outs) == ["features", "projection"]
    assert all(o.type == "tensor(float)" for o in outs.values())
    K = quick["tower"].k
    for n, d in ((1, 1), (5, 3), (9, 7)):
        f, p = sess.run(None, dict(zip(("x", "valid", "doy"), _random_inputs(np.random.default_rng(n), n, d))))
        assert f.shape == (n, K) and f.dtype == np.float32
        assert p.shape == (K, 384) and p.dtype == np.float32


def test_quick_card(quick):
    card = modelcard.read_card(quick["bytes"])
    assert card["id"] == "eolatent.textquery.s2" and card["task"] == "text_query"
    assert card["tiling"] == {"tile_size": 512, "receptive_field": 0, "scale_factor": 1}
    assert card["inputs"][0]["name"] == "x" and card["inputs"][0]["channels"] == S2_CHANNELS
    cal = card["metrics"]["calibration"]
    assert set(cal["single"]) == {"a", "b"} and cal["single"]["a"] > 0
    assert cal["softmax"]["scale"] > 0
    from eolatent.core.textquery.text_encoder import DEFAULT_MODEL

    with open(DEFAULT_MODEL, "rb") as fh:
        text_card = modelcard.read_card(fh.read())
    for tm in (cal["text_model"], card["metrics"]["text_model"]):
        assert tm["id"] == text_card["id"] and tm["weights_sha256"] == text_card["weights_sha256"]
    zr = card["metrics"]["zero_shot_real"]
    assert "shrubland" in zr["per_class"] and zr["per_class"]["shrubland"]["seen_in_training"] is False
    assert card["metrics"]["training"]["lab_pairs"] == 40


def test_onnx_matches_torch(quick):
    rng = np.random.default_rng(7)
    tower = quick["tower"].eval()
    for n, d in ((6, 2), (11, 5)):
        x, valid, doy = _random_inputs(rng, n, d)
        f_o, p_o = quick["sess"].run(None, {"x": x, "valid": valid, "doy": doy})
        with torch.no_grad():
            f_t, p_t = tower(torch.from_numpy(x), torch.from_numpy(valid), torch.from_numpy(doy))
        np.testing.assert_allclose(f_o, f_t.numpy(), atol=1e-5, rtol=0)
        np.testing.assert_allclose(p_o, p_t.detach().numpy(), atol=1e-5, rtol=0)


def test_all_invalid_pixel_is_finite(quick):
    x, valid, doy = _random_inputs(np.random.default_rng(1), 3, 4)
    valid[1] = 0.0
    x[1] = 0.0
    f, _ = quick["sess"].run(None, {"x": x, "valid": valid, "doy": doy})
    assert np.isfinite(f).all()


def test_invariant_to_date_order(quick):
    rng = np.random.default_rng(2)
    x, valid, doy = _random_inputs(rng, 8, 5)
    perm = rng.permutation(5)
    f1, _ = quick["sess"].run(None, {"x": x, "valid": valid, "doy": doy})
    f2, _ = quick["sess"].run(None, {"x": x[:, perm], "valid": valid[:, perm], "doy": doy[:, perm]})
    np.testing.assert_allclose(f1, f2, atol=1e-5, rtol=0)


# ------------------------------------------------------------------------------------------ split
def test_caption_bank_excludes_eval_and_held_out():
    bank = tq.caption_bank(StubEncoder())   # the trainer's only source of text
    evl = {p.lower() for p in caps.all_eval_phrasings()}
    held = set(caps.HELD_OUT)
    assert held == {"shrubland"}
    assert not held & set(bank["names"])
    texts = [t for group in bank["captions"] for t in group]
    assert texts and all(t.lower() not in evl for t in texts)
    assert not [t for t in texts if any(w in t.lower() for w in caps.HELD_OUT_WORDS + ("shrubland",))]
    for c in caps.CLASSES:  # every class has EVAL phrasings; each training class has all four TRAIN kinds
        assert c.eval and all(c.eval.get(k) for k in caps.KINDS)
        if not c.held_out:
            assert all(c.train.get(k) for k in caps.KINDS)
        else:
            assert not any(c.train.get(k) for k in caps.KINDS)
    assert not held & set(simu.SIM_CLASSES)


def test_real_split_never_trains_on_test_blocks_or_held_out_class():
    from eolatent.models.training.pivotal import realdata

    names = caps.training_classes()
    real = tq.real_s2(names)
    tr, va = tq.real_splits(real)
    hold = realdata.spatial_holdout().ravel()
    held_codes = [c.real_code for c in caps.CLASSES if c.held_out]
    for m in (tr, va):
        assert m.any()
        assert not (m & hold).any()
        assert not np.isin(real["code"][m], held_codes).any()
    assert not (tr & va).any()
    sel = ev.test_selection(real)  # the evaluation: test blocks + every held-out-class pixel, no training pixel
    assert not (sel & tr).any() and not (sel & va).any()
    assert np.isin(real["code"][sel], held_codes).sum() == np.isin(real["code"], held_codes).sum()


# ------------------------------------------------------------------------------------------ lab pairs
def test_pairs_round_trip(tmp_path):
    rng = np.random.default_rng(4)
    x, valid, doy = _random_inputs(rng, 6, 3)
    lp.save_pairs(str(tmp_path / "a.npz"), x, valid, doy, caption=["forest edge", "a hop garden", "forest edge",
                                                                  "vineyard", "vineyard", "hop field"])
    x2, valid2, doy2 = _random_inputs(rng, 4, 5)
    emb = rng.normal(size=(4, 384)).astype(np.float32)
    lp.save_pairs(str(tmp_path / "b.npz"), x2, valid2, doy2, embedding=emb * 3.0)
    res = lp.load_pairs(str(tmp_path), channels=S2_CHANNELS, text_encoder=StubEncoder())
    assert res["x"].shape == (10, 5, S2_CHANNELS) and res["valid"].shape == (10, 5) and res["doy"].shape == (10, 5)
    np.testing.assert_allclose(res["x"][:6, :3], x)
    assert (res["valid"][:6, 3:] == 0).all()
    np.testing.assert_allclose(res["embedding"][6:], emb / np.linalg.norm(emb, axis=1, keepdims=True), atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(res["embedding"], axis=1), 1.0, atol=1e-5)
    g = res["group"]
    assert g[0] == g[2] and g[3] == g[4] and len(set(g[[0, 1, 3, 5]])) == 4 and len(set(g)) == 8


def test_pairs_captions_csv(tmp_path):
    x, valid, doy = _random_inputs(np.random.default_rng(5), 2, 2)
    lp.save_pairs(str(tmp_path / "p.npz"), x, valid, doy)
    (tmp_path / "captions.csv").write_text("file,index,caption\np.npz,0,a maize field\np.npz,1,a pond\n")
    res = lp.load_pairs(str(tmp_path), text_encoder=StubEncoder())
    assert res["captions"] == ["a maize field", "a pond"]


@pytest.mark.parametrize("case, message", [
    ("valid_shape", "'valid' must be [N, D]"),
    ("x_rank", "'x' must be [N, D, C]"),
    ("no_text", "neither 'caption' nor 'embedding'"),
    ("emb_dim", "'embedding' must be [N, 384]"),
    ("channels", "needs 11"),
    ("missing_doy", "lacks array(s) doy"),
    ("pickle", "without pickles"),
    ("no_valid_date", "no valid date"),
])
def test_pairs_errors(tmp_path, case, message):
    rng = np.random.default_rng(6)
    x, valid, doy = _random_inputs(rng, 3, 2)
    arrays = {"x": x, "valid": valid, "doy": doy, "caption": np.array(["a", "b", "c"])}
    if case == "valid_shape":
        arrays["valid"] = valid[:, :1]
    elif case == "x_rank":
        arrays["x"] = x[:, 0]
    elif case == "no_text":
        del arrays["caption"]
    elif case == "emb_dim":
        del arrays["caption"]
        arrays["embedding"] = np.ones((3, 512), np.float32)
    elif case == "channels":
        arrays["x"] = x[..., :5]
    elif case == "missing_doy":
        del arrays["doy"]
    elif case == "pickle":
        arrays["caption"] = np.array(["a", None, "c"], dtype=object)
    elif case == "no_valid_date":
        arrays["valid"] = valid.copy()
        arrays["valid"][1] = 0
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(lp.PairsFormatError) as exc:
        lp.load_pairs(str(tmp_path), channels=S2_CHANNELS, text_encoder=StubEncoder())
    assert message in str(exc.value) and "bad.npz" in str(exc.value)


def test_pairs_folder_errors(tmp_path):
    with pytest.raises(lp.PairsFormatError, match="not found"):
        lp.load_pairs(str(tmp_path / "nope"))
    with pytest.raises(lp.PairsFormatError, match="no \\*.npz"):
        lp.load_pairs(str(tmp_path))


# ------------------------------------------------------------------------------------------ shipped metrics
SHIPPED = {"s2": dict(seen=0.85, held=0.6), "latent_fine4": dict(seen=0.8, held=0.55)}


@pytest.mark.parametrize("kind", sorted(SHIPPED))
def test_shipped_metrics(kind):
    path = os.path.join(MODELS, f"textquery_{kind}.metrics.json")
    onnx_path = os.path.join(MODELS, f"textquery_{kind}.onnx")
    if not (os.path.isfile(path) and os.path.isfile(onnx_path)):
        pytest.skip(f"textquery_{kind} not trained (make models)")
    with open(path, encoding="utf-8") as fh:
        m = json.load(fh)
    with open(onnx_path, "rb") as fh:
        card = modelcard.read_card(fh.read())
    assert card["weights_sha256"] == m["weights_sha256"] and card["id"] == f"eolatent.textquery.{kind}"
    assert not m["quick"]
    zr = m["zero_shot_real"]
    bound = SHIPPED[kind]
    assert zr["mean_seen"] is not None and zr["mean_seen"] > 0.5
    assert zr["mean_seen"] >= bound["seen"] and zr["mean_held_out"] >= bound["held"]
    for key, goal in zr["goal"].items():
        assert zr["met"][key] == (zr[key] is not None and zr[key] >= goal)
    assert zr["goal"] == {"mean_seen": 0.85, "mean_held_out": 0.75}
    assert zr["mean_seen"] > zr["ndvi_baseline_mean_seen"]
    for name, entry in zr["per_class"].items():
        assert set(entry["auc_per_prompt"]) == set(caps.eval_captions(name))
        assert entry["seen_in_training"] == (name not in caps.HELD_OUT)
        if entry["in_mean"]:
            assert entry["n_positives"] >= ev.MIN_POSITIVES and 0.0 <= entry["auc"] <= 1.0
    assert zr["per_class"]["shrubland"]["in_mean"]
    cal = m["calibration"]
    assert cal["single"]["a"] > 0 and cal["softmax"]["scale"] > 0
    assert m["onnx_vs_torch_max_abs_diff"] < 1e-4
    assert m["zero_shot_simulated"]["mean"] > 0.8
