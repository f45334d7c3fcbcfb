# SPDX-License-Identifier: GPL-3.0-or-later
"""Presto: our implementation and the shipped ONNX against embeddings computed by the published code, the input
normalisation and monthly compositing (known answers), masking that never invents data."""
import os

import numpy as np
import pytest

from eolatent.core.encode.presto import inputs as pin
from eolatent.core.encode.presto.embed import PrestoEncoder, embed_series
from eolatent.core.engine.registry import MODELS_DIR, load_model

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "data", "presto", "reference_embeddings.npz")
ONNX = os.path.join(MODELS_DIR, "encoder_presto.onnx")
WEIGHTS = os.path.join(HERE, "..", "models", "training", "data_sources", "presto", "default_model.pt")
TOL = 1e-4   # float32 transformer, ORT kernels vary by CPU: the published code agrees to ~6e-6 here


@pytest.fixture(scope="module")
def enc():
    return PrestoEncoder(load_model(ONNX), provider="cpu", threads=1)


@pytest.fixture(scope="module")
def ref():
    return np.load(REF)


@pytest.mark.parametrize("suffix,key", [("", "embedding"), ("12", "embedding12")])
def test_onnx_reproduces_published_code(enc, ref, suffix, key):
    got = enc.embed(ref["x" + suffix], ref["mask" + suffix], ref["latlon" + suffix], ref["month" + suffix],
                    dynamic_world=ref["dynamic_world" + suffix])
    assert np.abs(got - ref[key]).max() < TOL
    # and the masks matter: without them the published embeddings are not reproduced
    if suffix == "":
        nomask = enc.embed(ref["x"], np.zeros_like(ref["mask"]), ref["latlon"], ref["month"],
                           dynamic_world=ref["dynamic_world"])
        assert np.abs(nomask - ref[key]).max() > 0.1


def test_unmasked_reference(enc, ref):
    got = enc.embed(ref["x"], np.zeros_like(ref["mask"]), ref["latlon"], ref["month"],
                    dynamic_world=ref["dynamic_world"])
    assert np.abs(got - ref["embedding_nomask"]).max() < TOL


def test_card(enc):
    card = enc.info.card
    assert card["id"] == "eolatent.encoder.presto" and card["license"] == "MIT" and card["task"] == "encode"
    src = card["training_data"]
    assert src["source_weights_sha256"] == "559c9d76f525bdf2dd3774da8b1e7f1510769b73baacac12e9e4d8d5c67fbe65"
    assert "2304.14065" in src["paper"]
    assert [i["name"] for i in card["inputs"]] == ["x", "mask", "dynamic_world", "latlon", "month"]
    assert card["inputs"][0]["bands"] == list(pin.BANDS)
    assert card["tiling"]["kind"] == "pixel_series" and card["tiling"]["latent_size"] == 128
    parity = card["metrics"]["parity_with_published_code_max_abs"]["onnxruntime"]
    assert max(parity.values()) < TOL


def test_masked_values_are_never_read(enc, ref):
    """Whatever sits under the mask (here: random numbers) gives the same embedding: nothing is invented."""
    x, mask = ref["x12"].copy(), ref["mask12"]
    rng = np.random.default_rng(1)
    x2 = np.where(mask > 0, rng.normal(size=x.shape).astype(np.float32) * 5, x)
    a = enc.embed(x, mask, ref["latlon12"], ref["month12"])
    b = enc.embed(x2, mask, ref["latlon12"], ref["month12"])
    assert np.abs(a - b).max() < 1e-5


def test_normalisation_known_answers():
    vals = {"VV": np.array([-25.0, 0.0]), "B04": np.array([0.1, np.nan]), "B08": np.array([0.3, 0.4]),
            "temperature_2m": np.array([272.15, 307.15]), "total_precipitation": np.array([0.03, 0.0]),
            "elevation": np.array([2000.0, 1000.0])}
    x, m = pin.normalise(vals, (2,))
    i = pin.IDX
    np.testing.assert_allclose(x[:, i["VV"]], [0.0, 1.0])
    np.testing.assert_allclose(x[:, i["temperature_2m"]], [0.0, 1.0], atol=1e-6)
    np.testing.assert_allclose(x[:, i["total_precipitation"]], [1.0, 0.0])
    np.testing.assert_allclose(x[:, i["elevation"]], [1.0, 0.5])
    np.testing.assert_allclose(x[0, i["NDVI"]], 0.5, atol=1e-6)
    assert m[0, i["NDVI"]] == 0 and m[1, i["NDVI"]] == 1 and m[1, i["B04"]] == 1 and x[1, i["B04"]] == 0
    assert (m[:, i["VH"]] == 1).all() and (m[:, i["B8A"]] == 1).all()     # absent bands are masked


def test_monthly_composite_linear_power():
    # two S1 observations in month 0: -10 dB and -20 dB → 10·log10((0.1 + 0.01) / 2) = -12.596 dB
    stack = np.array([[[-10.0]], [[-20.0]], [[-7.0]]], np.float32)[:, :, :, None]   # [D, C=1, 1, 1]
    valid = np.ones((3, 1, 1), bool)
    out = pin.monthly_composite(stack, valid, [0, 0, 2], 3, linear_db=True)
    np.testing.assert_allclose(out[0, 0, 0, 0], 10 * np.log10(0.055), atol=1e-4)
    assert np.isnan(out[1]).all()                         # a month without observation stays missing
    np.testing.assert_allclose(out[2, 0, 0, 0], -7.0, atol=1e-5)


def test_embed_series_masks_missing_band_and_months(enc):
    from eolatent.core.encode.presto.worldcereal import pixel_series

    d = pixel_series("africa")
    s2, s1 = d["s2"][:32], d["s1"][:32]
    e = embed_series(enc, s2, s1, d["first_month"], d["latlon"][:32])
    assert np.isfinite(e).all() and e.shape == (32, 128)
    # the same series with B8A removed (as a 9-band composite) is still encoded, and stays close
    s2b = s2.copy()
    s2b[:, :, pin.S2_BANDS.index("B8A")] = np.nan
    e2 = embed_series(enc, s2b, s1, d["first_month"], d["latlon"][:32])
    cos = (e * e2).sum(1) / np.linalg.norm(e, axis=1) / np.linalg.norm(e2, axis=1)
    assert cos.min() > 0.8 and np.abs(e - e2).max() > 1e-3


def test_torch_implementation_loads_strictly_and_matches(ref):
    torch = pytest.importorskip("torch")
    from eolatent.models.training.presto.export import load_checked, reference_parity
    from eolatent.models.training.presto.model import PooledEncoder

    model = load_checked(WEIGHTS)      # strict=True inside: no missing, no unexpected key
    parity = reference_parity(PooledEncoder(model.encoder).eval())
    assert max(parity.values()) < 2e-5
    # the pre-training decoder reproduces the published reconstruction too
    with torch.no_grad():
        tok, masked = model.encoder(*(torch.from_numpy(ref[k][:16]) for k in ("x", "mask")),
                                    torch.from_numpy(ref["dynamic_world"][:16]), torch.from_numpy(ref["latlon"][:16]),
                                    torch.from_numpy(ref["month"][:16]), pooled=False)
        rec, _ = model.decoder(tok, masked, torch.from_numpy(ref["month"][:16]))
    assert np.abs(rec.numpy() - ref["recon"]).max() < 2e-5
