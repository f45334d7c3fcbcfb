# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped biophysical model on fresh noisy PROSAIL simulations (a seed never used in training).

Checks, through the public API eolatent.core.biophysical.retrieve: LAI RMSE, the ±1σ interval covering
60–76 % of the truths for every variable, and the card's own figures (model better than the SL2P-design
baseline trained on the same simulations).

The project's goal is LAI RMSE ≤ 0.6. The shipped model reaches 0.644 (SL2P design: 0.687); noise-free it
would be 0.44 and a 6× larger network does no better, so the gap is the saturation of the S2 signal over
dense canopies under the ATBD LAI prior. LAI_RMSE_MAX guards what is achieved; it is not the goal.
"""
import numpy as np
import pytest

from eolatent.core import biophysical as bio
from eolatent.models.training.simulate_biophysical import simulate_dataset

N = 4000
SEED = 987654321  # not one of the training/validation/test seeds
LAI_RMSE_MAX = 0.66  # achieved 0.644 on the training script's test set; goal 0.6 not met (see module doc)


@pytest.fixture(scope="module")
def held_out():
    data = simulate_dataset(N, SEED, noise=True)
    bands = {b: data["bands"][:, k] for k, b in enumerate(bio.INPUT_BANDS)}
    out = bio.retrieve(bands, data["angles"][:, 0], data["angles"][:, 1], data["angles"][:, 2], provider="cpu")
    return data, out


def test_lai_rmse(held_out):
    data, out = held_out
    rmse = np.sqrt(np.mean((out["LAI"] - data["targets"][:, 0]) ** 2))
    assert rmse <= LAI_RMSE_MAX, rmse


@pytest.mark.parametrize("k,var", list(enumerate(bio.VARIABLES)))
def test_uncertainty_coverage(held_out, k, var):
    data, out = held_out
    truth = data["targets"][:, k]
    inside = np.abs(out[var] - truth) <= out[var + "_std"]
    assert 0.60 <= inside.mean() <= 0.76, (var, inside.mean())


def test_outputs_physically_consistent(held_out):
    _, out = held_out
    assert (out["FCOVER"] >= 0).all() and (out["FCOVER"] <= 1).all()
    assert (out["FAPAR"] >= 0).all() and (out["FAPAR"] <= 1).all()
    assert (out["LAI_std"] > 0).all()
    # denser canopies absorb more: FAPAR increases with retrieved LAI (rank correlation)
    order = np.argsort(out["LAI"])
    assert np.corrcoef(np.arange(N), np.argsort(np.argsort(out["FAPAR"][order])))[0, 1] > 0.8


def test_card_records_better_than_sl2p_baseline():
    card = bio.load().card
    m = card["metrics"]
    text = repr(m)
    assert "baseline" in text.lower() or "sl2p" in text.lower()
    model_rmse = _find(m, "LAI", "rmse", baseline=False)
    base_rmse = _find(m, "LAI", "rmse", baseline=True)
    assert model_rmse <= LAI_RMSE_MAX and model_rmse < base_rmse
    for var in bio.VARIABLES:
        assert _find(m, var, "rmse", baseline=False) < _find(m, var, "rmse", baseline=True), var


def _find(metrics, var, key, baseline):
    """Locate metrics[...][var][key] for the model or the baseline, whatever the nesting."""
    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from walk(v, path + (str(k).lower(),))
        else:
            yield path, node

    for path, value in walk(metrics, ()):
        is_base = any("baseline" in p or "sl2p" in p for p in path)
        if is_base == baseline and var.lower() in path and path[-1] == key:
            return float(value)
    raise KeyError((var, key, baseline))


def test_out_of_domain_flagged():
    bands = {b: np.array([0.9]) for b in bio.INPUT_BANDS}  # a white, saturated-looking spectrum
    out = bio.retrieve(bands, 30.0, 5.0, 90.0)
    assert out["QUALITY"][0] & bio.FLAG_OUT_OF_DOMAIN
    nan = {b: np.array([np.nan]) for b in bio.INPUT_BANDS}
    out = bio.retrieve(nan, 30.0, 5.0, 90.0)
    assert out["QUALITY"][0] == bio.FLAG_INVALID and np.isnan(out["LAI"][0])
