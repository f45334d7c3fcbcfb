# SPDX-License-Identifier: GPL-3.0-or-later
"""The smoother's λ by maximum likelihood (core/biophysical/smoothing_likelihood.py): the Kalman-filter likelihood
against a dense Gaussian reference, λ recovered from series drawn with a known λ, and the refusals."""
from __future__ import annotations

import numpy as np
import pytest

from eolatent.core.biophysical import temporal_smoothing as ts
from eolatent.core.biophysical.smoothing_likelihood import DIFFUSE, choose_lambda_ml, restricted_loglik


def _dense_loglik(y, s, t, lam):
    """log p(y) − log p(y_1, y_2) with z(t) = a + b (t − t_1) + integrated Wiener path / λ, (a, b) ~ N(0, DIFFUSE)."""
    tau = t - t[0]
    lo, hi = np.minimum.outer(tau, tau), np.maximum.outer(tau, tau)
    cov = DIFFUSE * (1 + np.outer(tau, tau)) + lo ** 2 * (3 * hi - lo) / (6 * lam) + np.diag(s ** 2)

    def logp(idx):
        c, yy = cov[np.ix_(idx, idx)], y[idx]
        return -0.5 * (len(idx) * np.log(2 * np.pi) + np.linalg.slogdet(c)[1] + yy @ np.linalg.solve(c, yy))
    return logp(np.arange(len(t))) - logp(np.arange(2))


@pytest.mark.parametrize("lam", [10.0, 1e3, 1e5])
def test_loglik_equals_the_dense_gaussian_reference(lam):
    rng = np.random.default_rng(1)
    t = np.r_[0.0, np.sort(rng.uniform(1, 200, 8))]
    y, s = rng.normal(2, 1, 9), rng.uniform(0.2, 0.6, 9)
    order = rng.permutation(9)           # any date order
    ll, terms = restricted_loglik(y[order, None], s[order, None], t[order], lam)
    assert terms[0] == 7
    assert ll[0] == pytest.approx(_dense_loglik(y, s, t, lam), abs=0.01)   # the dense one loses ~1e-3 to DIFFUSE
    valid = np.ones(9, bool)
    valid[[3, 5]] = False                 # an invalid date is skipped
    keep = np.flatnonzero(valid)
    ll2, _ = restricted_loglik(y[:, None], s[:, None], t, lam, valid=valid[:, None])
    assert ll2[0] == pytest.approx(_dense_loglik(y[keep], s[keep], t[keep], lam), abs=0.01)


def _draw(lam, rng, n_pix=400, n_dates=30, sigma=0.3):
    t = np.sort(rng.choice(np.arange(365), n_dates, replace=False)).astype(float)
    level, slope = rng.uniform(1, 3, n_pix), rng.normal(0, 0.01, n_pix)
    z = np.empty((n_dates, n_pix))
    for k in range(n_dates):
        h = t[k] - t[k - 1] if k else 0.0
        if h:
            e = np.linalg.cholesky(np.array([[h ** 3 / 3, h ** 2 / 2], [h ** 2 / 2, h]]) / lam) \
                @ rng.standard_normal((2, n_pix))
            level, slope = level + h * slope + e[0], slope + e[1]
        z[k] = level
    return z + rng.normal(0, sigma, z.shape), np.full(z.shape, sigma), t


@pytest.mark.parametrize("lam", [1e2, 1e4, 1e6])
def test_lambda_of_the_drawn_series_is_recovered(lam):
    rng = np.random.default_rng(0)
    y, s, t = _draw(lam, rng)
    valid = rng.uniform(size=y.shape) > 0.3           # 30 % of the dates cloudy
    grid = np.geomspace(1.0, 1e8, 33)                 # factors of √10
    est, details = choose_lambda_ml(y, s, t, valid=valid, candidates=grid)
    assert lam / 3.2 < est < lam * 3.2 and details["series"] == 400 and not details["at_edge"]
    # with the λ found, the smoother's 1σ at held-out dates covers about 68 % of them
    held = np.zeros_like(valid)
    held[10] = valid[10]
    mean, std = ts.smooth_series(y, s, t, lam=est, valid=valid & ~held)
    z = np.abs(y[10][held[10]] - mean[10][held[10]]) / np.hypot(std[10][held[10]], 0.3)
    assert 0.58 < (z <= 1).mean() < 0.78


def test_default_candidates_give_the_window_and_too_few_series_are_refused():
    rng = np.random.default_rng(2)
    y, s, t = _draw(1e4, rng, n_pix=50)
    lam, details = choose_lambda_ml(y, s, t)
    assert details["window"] == pytest.approx(ts.effective_window(lam, 0.3, np.median(np.diff(t))), rel=0.2)
    with pytest.raises(ValueError, match="pixel.s. with three or more valid dates.*give a smoothing window"):
        choose_lambda_ml(y[:, :10], s[:, :10], t)
    with pytest.raises(ValueError, match="lam must be positive"):
        restricted_loglik(y, s, t, 0.0)


def test_a_raster_too_cloudy_to_fit_gets_the_default_window(tmp_path, monkeypatch):
    """Too few pixel series to fit λ: the run warns, smooths with the 30-day window and says so in its tag."""
    import rasterio
    from feedback_fixtures import Recording
    from latent_fixtures import write_stacks

    from eolatent.core.biophysical import smoothing_likelihood
    from eolatent.core.biophysical.raster import run_biophysical_raster

    s2 = write_stacks(str(tmp_path), with_s1=False)["s2"]
    monkeypatch.setattr(smoothing_likelihood, "MIN_SERIES", 10 ** 9)
    fb = Recording()
    run_biophysical_raster(s2, {"LAI": str(tmp_path / "lai.tif")}, sun_zenith=30.0, view_zenith=5.0,
                           relative_azimuth=90.0, provider="cpu", threads=1, smooth=True, feedback=fb)
    assert any("temporal smoothing cannot be fitted to this input" in w and "effective window 30 days used" in w
               for w in fb.warnings)
    with rasterio.open(tmp_path / "lai.tif") as ds:
        assert ds.tags()["EOLATENT_SMOOTHING"] == "window 30 days"
