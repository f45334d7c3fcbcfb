# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped biophysical model on fresh PROSAIL simulations (seeds never used in training).

Two test distributions, through the public API eolatent.core.biophysical.retrieval.retrieve:

* the ATBD design with band noise (the historical test of the model);
* the issue's noise-free "uniform-LAI wide" distribution (LAI U(0, 7), N 1.2–2.2, Cab 10–80, Cbrown 0–0.5,
  hotspot 0.05–0.5, sun zenith 20–60°, view zenith 0–10°): the goals RMSE ≤ 0.9 and r ≥ 0.9.

Guards are the figures measured by the training script on its own (larger) test sets plus a margin for
the smaller samples here (see models/training/README.md); ±1σ coverage is checked per bin of true LAI.
"""
import numpy as np
import pytest

from eolatent.core.biophysical import retrieval as bio
from eolatent.models.training import biophysical_priors as priors
from eolatent.models.training.simulate_biophysical import simulate_dataset

N = 4000
SEED = 987654321  # not one of the training/validation/test seeds


def _retrieve(data, bands_key="bands"):
    bands = {b: data[bands_key][:, k] for k, b in enumerate(bio.INPUT_BANDS)}
    return bio.retrieve(bands, data["angles"][:, 0], data["angles"][:, 1], data["angles"][:, 2], provider="cpu",
                        non_vegetation=False)


@pytest.fixture(scope="module")
def atbd():
    data = simulate_dataset(N, SEED, noise=True)
    return data, _retrieve(data)


@pytest.fixture(scope="module")
def uniform():
    data = simulate_dataset(N, SEED + 1, noise=False, sampler=priors.sample_uniform_wide)
    return data, _retrieve(data)


def test_uniform_lai_goal_rmse_and_r(uniform):
    """The issue's goal on the noise-free uniform-LAI test: RMSE ≤ 0.9 and r ≥ 0.9 (the ATBD design: 1.6, 0.75)."""
    data, out = uniform
    truth = data["targets"][:, 0]
    rmse = np.sqrt(np.mean((out["LAI"] - truth) ** 2))
    r = np.corrcoef(out["LAI"], truth)[0, 1]
    assert rmse <= 0.9 and r >= 0.9, (rmse, r)


def test_dense_canopies_are_not_collapsed(uniform):
    """LAI 5–7: the median retrieval stays above 4.5 (the ATBD design answered about 3.5–4 there)."""
    data, out = uniform
    truth = data["targets"][:, 0]
    dense = (truth >= 5) & (truth < 7)
    assert np.median(out["LAI"][dense]) > 4.5


def test_atbd_distribution_rmse(atbd):
    data, out = atbd
    rmse = np.sqrt(np.mean((out["LAI"] - data["targets"][:, 0]) ** 2))
    assert rmse <= 0.78, rmse  # measured 0.72 on the training script's 20 000-sample test


@pytest.mark.parametrize("k,var", list(enumerate(bio.VARIABLES)))
def test_uncertainty_coverage_overall(atbd, k, var):
    data, out = atbd
    truth = data["targets"][:, k]
    inside = np.abs(out[var] - truth) <= out[var + "_std"]
    assert 0.60 <= inside.mean() <= 0.78, (var, inside.mean())


@pytest.mark.parametrize("which", ["atbd", "uniform"])
def test_coverage_in_every_bin_of_true_lai(atbd, uniform, which):
    """The goal: ±1σ covers 60–76 % of the truths in every unit bin of true LAI, on both test distributions (the
    training script measures 62–74 % on 20 000 samples per test). Here ~150–600 samples per bin: the bounds are
    widened by 3 binomial standard errors of each bin."""
    data, out = atbd if which == "atbd" else uniform
    truth = data["targets"][:, 0]
    inside = np.abs(out["LAI"] - truth) <= out["LAI_std"]
    for b in range(int(np.ceil(truth.max()))):
        sel = (truth >= b) & (truth < b + 1)
        if sel.sum() < 100:
            continue
        se = np.sqrt(0.68 * 0.32 / sel.sum())
        cov = inside[sel].mean()
        assert 0.60 - 3 * se <= cov <= 0.76 + 3 * se, (which, b, cov, int(sel.sum()))


def test_uniform_bias_within_half_to_lai_6(uniform):
    data, out = uniform
    truth = data["targets"][:, 0]
    for b in range(6):
        sel = (truth >= b) & (truth < b + 1)
        bias = (out["LAI"] - truth)[sel].mean()
        assert abs(bias) <= 0.5 + 3 * (out["LAI"] - truth)[sel].std() / np.sqrt(sel.sum()), (b, bias)


def test_uncertainty_grows_with_lai(uniform):
    """Saturated spectra get a wide σ: the mean 1σ at LAI 5–7 is at least 3× that at LAI 0–1."""
    data, out = uniform
    truth = data["targets"][:, 0]
    low, high = out["LAI_std"][truth < 1].mean(), out["LAI_std"][(truth >= 5) & (truth < 7)].mean()
    assert high >= 3 * low, (low, high)


def test_outputs_physically_consistent(atbd):
    _, out = atbd
    assert (out["FCOVER"] >= 0).all() and (out["FCOVER"] <= 1).all()
    assert (out["FAPAR"] >= 0).all() and (out["FAPAR"] <= 1).all()
    assert (out["LAI_std"] > 0).all()
    # denser canopies absorb more: FAPAR increases with retrieved LAI (rank correlation)
    order = np.argsort(out["LAI"])
    assert np.corrcoef(np.arange(N), np.argsort(np.argsort(out["FAPAR"][order])))[0, 1] > 0.8


def test_card_records_better_than_sl2p_design_and_the_goals():
    m = bio.load().card["metrics"]
    for var, v in m["per_variable"].items():
        assert v["rmse"] < v["baseline_rmse"], var
    assert m["uniform_wide_test"]["LAI"]["rmse"] < m["uniform_wide_test"]["baseline_LAI"]["rmse"]
    # the goals, checked on the figures the card records (not on the verdicts the training wrote beside)
    u = m["uniform_wide_test"]
    assert u["LAI"]["rmse"] <= 0.9 and u["LAI"]["r"] >= 0.9 and u["LAI"]["n"] >= 10000
    bins = u["lai_by_bin"]
    assert len(bins) == 7 and all(abs(b["bias"]) <= 0.5 for k, b in bins.items() if float(k.split("-")[1]) <= 6)
    assert all(0.60 <= b["coverage_1sigma"] <= 0.76 for b in bins.values()), bins
    assert all(m["goals"].values())                     # and the card's own verdicts say the same
    assert m["lai_recalibration"]["shift"][0] == 0.0      # bare soil stays at 0
    rel = m["reliability_LAI"]["ATBD test"]
    assert len(rel["nominal"]) == len(rel["observed"]) >= 10


def test_out_of_domain_flagged():
    bands = {b: np.array([0.9]) for b in bio.INPUT_BANDS}  # a white, saturated-looking spectrum
    out = bio.retrieve(bands, 30.0, 5.0, 90.0, non_vegetation=False)
    assert out["QUALITY"][0] & bio.FLAG_OUT_OF_DOMAIN
    nan = {b: np.array([np.nan]) for b in bio.INPUT_BANDS}
    out = bio.retrieve(nan, 30.0, 5.0, 90.0)
    assert out["QUALITY"][0] == bio.FLAG_INVALID and np.isnan(out["LAI"][0])


def test_the_python_api_names_percent_reflectance_missing_and_negative_angles():
    """The scale-out audit, on retrieve() as the README documents it: reflectance in percent was told to be divided
    by 10000 (100× too dark); tts=None gave all-NaN LAI and flag 4 without a word; a negative zenith ran (abs)."""
    veg = dict(zip(bio.INPUT_BANDS, (0.03, 0.06, 0.04, 0.10, 0.25, 0.32, 0.35, 0.36, 0.20, 0.10)))
    bands = {b: np.array([v, v]) for b, v in veg.items()}
    with pytest.raises(bio.BiophysicalInputError, match=r"reflectance in percent \(0–100\) or 8-bit values "
                                                        r"\(0–255\), not 0–1 \(99th percentile 36\); divide them by "
                                                        r"100 or by 255"):
        bio.retrieve({b: 100 * v for b, v in bands.items()}, 30.0, 5.0, 90.0, provider="cpu")
    with pytest.raises(bio.BiophysicalInputError, match=r"digital numbers.*divide by the quantification value"):
        bio.retrieve({b: 10000 * v for b, v in bands.items()}, 30.0, 5.0, 90.0, provider="cpu")
    for missing in ("tts", "tto", "psi"):
        angles = {**dict(tts=30.0, tto=5.0, psi=90.0), missing: None}
        with pytest.raises(bio.BiophysicalInputError, match=f"{missing} is missing: give the angle in degrees"):
            bio.retrieve(bands, provider="cpu", **angles)
    with pytest.raises(bio.BiophysicalInputError, match="tts = -30: zenith angles must be in degrees between 0 and 90"):
        bio.retrieve(bands, -30.0, 5.0, 90.0, provider="cpu")
    with pytest.raises(bio.BiophysicalInputError, match="tto = 95: zenith angles must be"):
        bio.retrieve(bands, 30.0, 95.0, 90.0, provider="cpu")
    bright = {b: np.array([v * 100, 105.0]) for b, v in veg.items()}       # percent with snow or cloud above 100
    with pytest.raises(bio.BiophysicalInputError, match="percent .0–100. or 8-bit"):
        bio.retrieve(bright, 30.0, 5.0, 90.0, provider="cpu")
    lai = bio.retrieve(bands, 30.0, 5.0, 90.0, provider="cpu")["LAI"]
    assert np.isfinite(lai).all() and lai[0] == lai[1] and 0.5 < lai[0] < 6      # the same canopy, in 0–1: runs
    lower = bio.retrieve(bands, 30.0, 5.0, 90.0, provider="cpu", level="l2a")["LAI"]   # the Python API: any case
    np.testing.assert_array_equal(lower, lai)
    # the raster runs' "auto" reads the product's metadata; arrays have none: named as given ('AUTO' before)
    with pytest.raises(bio.BiophysicalInputError, match=r"product level 'auto' is not one of L2A, L1C: arrays do not "
                                                        r"say .* so give level='L2A' or 'L1C'"):
        bio.retrieve(bands, 30.0, 5.0, 90.0, provider="cpu", level="auto")
