# SPDX-License-Identifier: GPL-3.0-or-later
"""core.classify.fewshot: gap filling, raw / physical features, block fusion, the classifier chooser (known answers),
and a smoke run of bench/label_efficiency.py on its --quick settings."""
import datetime as dt
import math
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from eolatent.core.classify import fewshot as fs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAN = np.nan


# ---------------------------------------------------------------------------------------------------------------
# Gap filling and raw series
# ---------------------------------------------------------------------------------------------------------------
def test_fill_gaps_linear_inside_nearest_at_edges():
    x = np.array([[NAN, 1.0, NAN, 3.0, NAN],
                  [0.0, NAN, NAN, NAN, 8.0],
                  [NAN, NAN, NAN, NAN, NAN]])
    out = fs.fill_gaps(x)
    np.testing.assert_allclose(out[0], [1, 1, 2, 3, 3])
    np.testing.assert_allclose(out[1], [0, 2, 4, 6, 8])
    assert np.isnan(out[2]).all()            # nothing to fill from: stays missing


def test_fill_gaps_uses_time_coordinates_and_axis():
    x = np.array([[NAN, 1.0, NAN, 4.0, NAN]])
    out = fs.fill_gaps(x, t=[0, 1, 2, 5, 6])
    np.testing.assert_allclose(out[0], [1, 1, 1.75, 4, 4])        # 1 + (2 − 1) / (5 − 1) · 3
    # [N, T, B] along axis 1: every band independently
    cube = np.stack([x, 2 * x], axis=2)                             # [1, 5, 2]
    np.testing.assert_allclose(fs.fill_gaps(cube, axis=1)[0, :, 1], [2, 2, 5, 8, 8])


def test_raw_series_features_known_answer():
    s2 = np.full((2, 3, 10), NAN)
    b04, b08 = fs.S2_BANDS.index("B04"), fs.S2_BANDS.index("B08")
    for b in range(10):
        if fs.S2_BANDS[b] != "B8A":                                 # B8A missing everywhere: dropped
            s2[0, :, b] = [0.1, NAN, 0.3]
            s2[1, :, b] = [0.2, 0.2, 0.2]
    s2[:, :, b04] = [[0.1, NAN, 0.1], [0.1, 0.1, 0.1]]
    s2[:, :, b08] = [[0.3, NAN, 0.5], [0.3, 0.3, 0.3]]
    s1 = np.array([[[-10.0, -16.0], [NAN, NAN], [-12.0, -18.0]],
                   [[NAN, NAN], [NAN, NAN], [NAN, NAN]]])           # sample 2 has no S1 at all
    f = fs.raw_series_features(s2, s1)
    assert f.shape == (2, 9 * 3 + 2 * 3 + 3)
    np.testing.assert_allclose(f[0, :3], [0.1, 0.2, 0.3], atol=1e-7)    # B02 interpolated
    np.testing.assert_allclose(f[0, 27:30], [-10, -11, -12], atol=1e-6)  # VV interpolated
    np.testing.assert_allclose(f[1, 27:30], [-10, -11, -12], atol=1e-6)  # no S1: the others' per-step mean
    # NDVI from the observed dates (0.2 / 0.4, missing, 0.4 / 0.6), then interpolated
    np.testing.assert_allclose(f[0, -3:], [0.5, (0.5 + 0.4 / 0.6) / 2, 0.4 / 0.6], atol=1e-6)
    np.testing.assert_allclose(f[1, -3:], [0.5, 0.5, 0.5], atol=1e-6)


def test_raw_series_features_given_ndvi_and_times():
    s2 = np.full((1, 3, 10), 0.2)
    s2[0, 1] = NAN
    ndvi = np.array([[0.1, NAN, NAN, 0.7]])
    f = fs.raw_series_features(s2, None, ndvi=ndvi, t=[0, 1, 4])
    assert f.shape == (1, 10 * 3 + 4)
    np.testing.assert_allclose(f[0, -4:], [0.1, 0.3, 0.5, 0.7], atol=1e-6)


# ---------------------------------------------------------------------------------------------------------------
# Fusion
# ---------------------------------------------------------------------------------------------------------------
def test_fuse_standardises_and_weights_blocks_equally():
    a = np.array([[0.0], [2.0]])                      # 1 column
    b = np.array([[0.0, 0.0, 5.0], [2.0, 4.0, 5.0]])  # 2 varying columns + 1 constant
    f = fs.fuse(a, b)
    r = 1 / math.sqrt(2)
    np.testing.assert_allclose(f, [[-1, -r, -r, 0], [1, r, r, 0]], atol=1e-6)
    # every block: total variance 1 whatever its width
    assert f[:, :1].var(0).sum() == pytest.approx(1.0)
    assert f[:, 1:].var(0).sum() == pytest.approx(1.0)


def test_fuse_reference_rows_and_missing_values():
    a = np.array([[0.0], [2.0], [10.0], [NAN]])
    ref = np.array([True, True, False, False])        # statistics from the first two rows only
    f = fs.fuse(a, None, None, reference=ref)
    np.testing.assert_allclose(f[:, 0], [-1, 1, 9, 0], atol=1e-6)   # (10 − 1) / 1; missing → the mean (0)
    g = fs.fuse(np.array([[1.0], [3.0]]), np.array([[0.0], [1.0]]), np.array([[7.0], [9.0]]))
    np.testing.assert_allclose(g, [[-1, -1, -1], [1, 1, 1]], atol=1e-6)


# ---------------------------------------------------------------------------------------------------------------
# Classifiers and the chooser
# ---------------------------------------------------------------------------------------------------------------
def test_nearest_prototype_and_knn_known_answers():
    X = np.array([[1.0, 0.0], [3.0, 0.1], [0.0, 1.0], [0.1, 2.0]])
    y = np.array(["a", "a", "b", "b"])
    p = fs.make_classifier("prototype", scale=False).fit(X, y)
    assert list(p.predict(np.array([[2.0, 1.0], [1.0, 5.0]]))) == ["a", "b"]   # cosine, not distance
    k = fs.make_classifier("knn", scale=False).fit(X, y)
    assert k.k_ == 2                                                          # min(5, 2 labels per class)
    np.testing.assert_allclose(k.predict_proba(np.array([[2.0, 0.0]])), [[1.0, 0.0]])
    # agrees with scikit-learn's kNN on random data (probabilities are the vote shares)
    from sklearn.neighbors import KNeighborsClassifier

    rng = np.random.default_rng(0)
    Xr, yr, Xt = rng.normal(size=(40, 6)), np.repeat(np.arange(4), 10), rng.normal(size=(50, 6))
    ours = fs.make_classifier("knn", scale=False).fit(Xr, yr)
    np.testing.assert_allclose(ours.predict_proba(Xt), KNeighborsClassifier(5).fit(Xr, yr).predict_proba(Xt))


def test_chooser_ties_go_to_the_simplest_model():
    rng = np.random.default_rng(1)
    centres = np.array([[8.0, 0, 0], [0, 8.0, 0], [0, 0, 8.0]])
    X = np.concatenate([c + rng.normal(size=(6, 3)) for c in centres])
    y = np.repeat(["x", "y", "z"], 6)
    ch = fs.choose_classifier(X, y, seed=0)
    assert ch.scores == {n: 1.0 for n in fs.CANDIDATES}          # every candidate perfect …
    assert ch.name == "prototype"                                # … the simplest wins
    assert ch.scheme == "stratified 5-fold"
    assert list(ch.estimator.predict(centres)) == ["x", "y", "z"]


def test_chooser_two_labels_per_class_leave_one_out():
    X = np.array([[5.0, 0], [6.0, 1], [0, 5.0], [1, 6.0]])
    y = np.array([0, 0, 1, 1])
    ch = fs.choose_classifier(X, y, seed=0)
    assert ch.scheme == "leave-one-out"
    assert "lda" not in ch.scores                                 # needs 3 labels per class
    assert ch.name == "prototype" and ch.scores["prototype"] == 1.0


def test_chooser_picks_logistic_for_correlated_classes():
    # class means differ along x, but both classes stretch along the diagonal: the mean difference is a poor
    # direction (prototypes fail), a linear boundary across the diagonal separates them (logistic is perfect)
    rng = np.random.default_rng(2)
    n = 30
    along, across = rng.normal(scale=3.0, size=2 * n), rng.normal(scale=0.3, size=2 * n)
    X = (along[:, None] * np.array([1, 1]) + across[:, None] * np.array([1, -1])) / math.sqrt(2)
    X[:, 0] += np.repeat([-1.0, 1.0], n)
    y = np.repeat([0, 1], n)
    ch = fs.choose_classifier(X, y, seed=0, scale=False)
    assert ch.scores["prototype"] < 0.75
    assert ch.scores["logistic"] == 1.0
    assert max(v for k, v in ch.scores.items() if k != "logistic") < 0.95
    assert ch.name == "logistic"


def test_chooser_picks_forest_for_a_band_on_one_feature():
    rng = np.random.default_rng(3)
    X = rng.uniform(-1, 1, size=(120, 9))
    y = (np.abs(X[:, 0]) < 0.5).astype(int)                      # a band of one feature, eight noise features
    ch = fs.choose_classifier(X, y, seed=0, n_trees=100)
    assert ch.name == "forest"
    assert ch.scores["forest"] > 0.9
    assert max(v for k, v in ch.scores.items() if k != "forest") < 0.7   # linear, prototypes, kNN fail
    Xt = rng.uniform(-1, 1, size=(400, 9))
    assert (ch.estimator.predict(Xt) == (np.abs(Xt[:, 0]) < 0.5)).mean() > 0.9


def test_chooser_validation_subsample_and_errors():
    rng = np.random.default_rng(4)
    X = np.concatenate([rng.normal(size=(200, 2)), rng.normal(size=(20, 2)) + 6])
    y = np.repeat([0, 1], [200, 20])
    ch = fs.choose_classifier(X, y, seed=0, candidates=("prototype", "logistic"), max_per_class_cv=10)
    assert ch.scheme == "stratified 5-fold" and set(ch.scores) == {"prototype", "logistic"}
    with pytest.raises(ValueError):
        fs.choose_classifier(X[:5], y[:5])                       # one class only
    with pytest.raises(ValueError):
        fs.make_classifier("svm")


# ---------------------------------------------------------------------------------------------------------------
# Physical features
# ---------------------------------------------------------------------------------------------------------------
def test_sun_zenith_midmonth_known_answer():
    from eolatent.core.inputs.solar import sun_angles

    z = fs.sun_zenith_midmonth(0.0, 0.0, 3, 2020)
    assert float(z) == pytest.approx(sun_angles(dt.datetime(2020, 3, 15, 10, 30), 0.0, 0.0)[0])
    # equinox on the equator at 10:30 local mean time (≈ 10:21 true solar time in mid-March): ≈ 24.8°
    assert abs(float(z) - 24.8) < 0.5
    # 15° east: the same local time is one hour earlier in UTC, the same sun
    assert float(fs.sun_zenith_midmonth(0.0, 15.0, 3, 2020)) == pytest.approx(float(z), abs=0.05)


def test_physical_series_matches_direct_retrieval():
    from eolatent.core.biophysical import retrieval as bp

    spec = np.array([0.04, 0.07, 0.05, 0.11, 0.25, 0.30, 0.33, 0.35, 0.20, 0.10], np.float32)
    s2 = np.tile(spec, (2, 3, 1))
    s2[1, 1] = NAN                                              # no S2 in month 2 for sample 2
    s2[:, :, fs.S2_BANDS.index("B8A")] = NAN                    # a file without B8A
    latlon = np.array([[45.0, 5.0], [45.0, 5.0]])
    out = fs.physical_series(s2, latlon, [6, 7, 8], 2022, variables=("LAI", "FCOVER"), b8a_from_b08=True)
    assert np.isnan(out["LAI"][1, 1]) and np.isfinite(out["LAI"]).sum() == 5
    ref_bands = {b: spec[i] for i, b in enumerate(fs.S2_BANDS)}
    ref_bands["B8A"] = spec[fs.S2_BANDS.index("B08")]
    tts = fs.sun_zenith_midmonth(45.0, 5.0, 7, 2022)
    ref = bp.retrieve(ref_bands, tts, 5.0, 90.0, provider="cpu", threads=1)
    assert out["LAI"][0, 1] == pytest.approx(float(ref["LAI"]), abs=1e-5)
    assert out["FCOVER"][0, 1] == pytest.approx(float(ref["FCOVER"]), abs=1e-5)
    assert 0.5 < out["LAI"][0, 1] < 6.0                        # a green canopy spectrum
    feats = fs.physical_features(out, static=np.array([[1.0], [2.0]]))
    assert feats.shape == (2, 7)
    assert feats[1, 3 + 1] == pytest.approx(out["LAI"][1, 0] / 2 + out["LAI"][1, 2] / 2, abs=1e-6)  # gap-filled


# ---------------------------------------------------------------------------------------------------------------
# The benchmark, smoke settings
# ---------------------------------------------------------------------------------------------------------------
def test_label_efficiency_bench_quick(tmp_path):
    out = tmp_path / "le.md"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "label_efficiency.py"), "--quick", "--draws", "1",
                          "--out", str(out), "--work", str(tmp_path / "work")], capture_output=True, text=True,
                         env=env, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    text = out.read_text()
    for title in ("France 2022", "France 2023", "Uganda / South Sudan", "western US", "Slovenia"):
        assert f"## {title} — " in text
    assert "Wall time" in text
    rows = re.findall(r"^\| (2|5|20|all) \| (\d+) \| (.+) \|$", text, flags=re.M)
    assert len(rows) == 5 * 4                                    # 5 data sets × budgets 2, 5, 20, all
    for _, _, cells in rows:
        vals = re.findall(r"(\d+\.\d+) ± (\d+\.\d+)", cells)
        assert len(vals) in (7, 8)                               # fine4 only where a raster exists
        assert all(0.0 <= float(m) <= 1.0 and math.isfinite(float(s)) for m, s in vals)
        assert ("n/a (no raster)" in cells) == (len(vals) == 7)
    # the summary evaluates both goals on every data set of their kind
    goal1 = re.findall(r"^\| (western US|Slovenia) \| \w+ \| (\d\.\d\d) \| (\d\.\d\d) \|", text, flags=re.M)
    assert {g[0] for g in goal1} == {"western US", "Slovenia"}
    goal2 = re.findall(r"^\| (France 2022|France 2023|Uganda / South Sudan) \| "
                       r"(ensemble|fused|presto|ensemble_small|presto_small) \|", text, flags=re.M)
    assert len(goal2) == 15
    assert len(re.findall(r"^\| [^|]+ \| ensemble − raw \(vote\) \|", text, flags=re.M)) == 3


def test_label_efficiency_feeds_the_student_as_encode_does():
    """The presto_small column: 12-month windows from the first step (eolatent:encode's window_months), each
    embedded alone, side by side — 17 months give windows 0–11 and 12–16."""
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    from label_efficiency import WindowedEncoder

    class Stub:   # embeds a window as (its first calendar month, its length, the sum of its values)
        info = type("Info", (), {"card": {"tiling": {"window_months": 12}}})()

        def embed(self, x, mask, latlon, month, dynamic_world=None):
            assert x.shape[1] <= 12 and month.shape[-1] == x.shape[1]
            return np.stack([month[..., 0] * np.ones(len(x)), np.full(len(x), x.shape[1]), x.sum((1, 2))], 1)

    x = np.arange(2 * 17 * 3, dtype=float).reshape(2, 17, 3)
    month = (np.arange(17) + 8) % 12                         # September of the first year onwards
    out = WindowedEncoder(Stub()).embed(x, np.zeros_like(x), np.zeros((2, 2)), month)
    assert out.shape == (2, 6)
    np.testing.assert_array_equal(out[:, [0, 1, 3, 4]], [[8, 12, 8, 5], [8, 12, 8, 5]])
    np.testing.assert_allclose(out[:, 2], x[:, :12].sum((1, 2)))
    np.testing.assert_allclose(out[:, 5], x[:, 12:].sum((1, 2)))
