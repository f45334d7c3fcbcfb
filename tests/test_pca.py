# SPDX-License-Identifier: GPL-3.0-or-later
"""core.latent.pca: principal components of a latent window against numpy SVD, the 2–98 % stretch, NaN pixels,
determinism, and the written RGB GeoTIFF."""
import numpy as np
import pytest
import rasterio

import desktop_fixtures as D
from eolatent.core.latent import pca


def _reference(means):
    """Independent reference: eigen-decomposition of the covariance of all valid pixels."""
    x = means.reshape(means.shape[0], -1).T.astype(np.float64)
    x = x[np.all(np.isfinite(x), axis=1)]
    xc = x - x.mean(axis=0)
    evals, evecs = np.linalg.eigh(xc.T @ xc)
    order = np.argsort(evals)[::-1]
    return x.mean(axis=0), evecs[:, order].T, evals[order] / evals.sum()


def test_components_equal_numpy_svd_and_scores_are_projections():
    means = D.latent_values()[0]
    comp = pca.pca_composite(means, max_sample=10 ** 6)
    mean, vecs, frac = _reference(means)
    assert comp.fit.mean == pytest.approx(mean)
    for i in range(3):
        v = vecs[i] * np.sign(vecs[i][np.argmax(np.abs(vecs[i]))])  # sign: largest loading positive
        assert comp.fit.components[i] == pytest.approx(v, abs=1e-8)
    assert comp.fit.explained == pytest.approx(frac[:3])
    assert comp.fit.explained[0] > comp.fit.explained[1] > comp.fit.explained[2]
    # the scores are the projections of each valid pixel; NaN pixels stay no data
    valid = np.all(np.isfinite(means), axis=0)
    r, c = 4, 7
    expected = (means[:, r, c] - mean) @ comp.fit.components.T
    assert comp.scores[:, r, c] == pytest.approx(expected, rel=1e-5)
    assert not valid[0, 0] and np.all(comp.rgb[:, 0, 0] == 0) and np.all(np.isnan(comp.scores[:, 0, 0]))


def test_stretch_2_98_percent_to_bytes():
    means = D.latent_values()[1]
    comp = pca.pca_composite(means)
    valid = np.all(np.isfinite(means), axis=0)
    assert not valid[5, 5] and comp.rgb[:, 5, 5].tolist() == [0, 0, 0]
    for i in range(3):
        s = comp.scores[i][valid]
        lo, hi = np.percentile(s, [2, 98])
        assert (comp.low[i], comp.high[i]) == pytest.approx((lo, hi))
        expected = 1 + np.round(254 * np.clip((s - lo) / (hi - lo), 0, 1))
        assert np.array_equal(comp.rgb[i][valid], expected.astype(np.uint8))
        assert comp.rgb[i][valid].min() == 1 and comp.rgb[i][valid].max() == 255


def test_sample_fit_is_deterministic_and_close_to_full_fit():
    means = D.latent_values()[0]
    a = pca.pca_composite(means, max_sample=60, seed=3)
    b = pca.pca_composite(means, max_sample=60, seed=3)
    assert a.fit.n_sample == 60 and np.array_equal(a.rgb, b.rgb)
    full = pca.pca_composite(means, max_sample=10 ** 6)
    assert abs(float(a.fit.components[0] @ full.fit.components[0])) > 0.95


def test_too_few_features_or_pixels():
    x = np.random.default_rng(0).normal(size=(2, 6, 5)).astype(np.float32)
    comp = pca.pca_composite(x)  # two features: the third component is empty
    assert comp.fit.explained[2] == 0 and comp.fit.explained[:2].sum() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="fewer than two valid pixels"):
        pca.pca_composite(np.full((4, 3, 3), np.nan, np.float32))


def test_written_geotiff(tmp_path):
    lat = D.write_latent(tmp_path / "latent.tif")
    out = str(tmp_path / "pca.tif")
    comp, win = pca.write_pca_composite(lat, 1, out)
    assert (win.start.isoformat(), win.end.isoformat()) == ("2015-07-31", "2015-08-09")
    assert np.array_equal(comp.rgb, pca.pca_composite(D.latent_values()[1]).rgb)
    with rasterio.open(out) as ds, rasterio.open(lat) as src:
        assert ds.count == 3 and ds.dtypes[0] == "uint8" and ds.nodata == 0
        assert ds.transform == src.transform and ds.crs == src.crs
        assert np.array_equal(ds.read(), comp.rgb)
        assert ds.descriptions[0].startswith("PC1 (")
    with pytest.raises(ValueError, match="window 5 does not exist"):
        pca.write_pca_composite(lat, 5, out)
