# SPDX-License-Identifier: GPL-3.0-or-later
"""Uncertainty-weighted temporal smoothing (eolatent.core.biophysical.temporal_smoothing) against known answers.

References: a dense assembly of the posterior precision inverted with np.linalg.inv; scipy's weighted cubic
smoothing spline (same objective); the daily-grid Whittaker smoother (Eilers 2003) built densely; the
analytic half-gain period; Monte Carlo calibration of the posterior 1σ (seeded).
"""
import numpy as np
import pytest

from eolatent.core.biophysical import temporal_smoothing as tsm

PHI1 = 0.6826894921370859  # P(|N(0,1)| ≤ 1)


def dense_posterior(y, sigma, days, lam, out_days=None):
    """Posterior mean/1σ of z at out_days for one pixel, by building the full 2N×2N precision.

    Independent of the module: the prior is assembled from its definition, Σ_k λ e_kᵀ Q_k⁻¹ e_k with
    e_k = x_k+1 − F_k x_k, using explicit matrices and a numerical inverse of Q_k."""
    days = np.asarray(days, float)
    out_days = days if out_days is None else np.asarray(out_days, float)
    nodes = np.unique(np.concatenate([days, out_days]))
    n = nodes.size
    m = 2 * n
    a = np.zeros((m, m))
    for k in range(n - 1):
        h = nodes[k + 1] - nodes[k]
        f = np.array([[1.0, h], [0.0, 1.0]])
        q = np.array([[h ** 3 / 3, h ** 2 / 2], [h ** 2 / 2, h]])
        g = np.zeros((2, m))
        g[:, 2 * k:2 * k + 2] = -f
        g[:, 2 * k + 2:2 * k + 4] = np.eye(2)
        a += lam * g.T @ np.linalg.inv(q) @ g
    b = np.zeros(m)
    for yi, si, ti in zip(y, sigma, days):
        if np.isfinite(yi) and np.isfinite(si):
            k = 2 * np.searchsorted(nodes, ti)
            a[k, k] += 1 / si ** 2
            b[k] += yi / si ** 2
    cov = np.linalg.inv(a)
    x = cov @ b
    rows = 2 * np.searchsorted(nodes, out_days)
    return x[rows], np.sqrt(np.diag(cov)[rows])


def phenology(t):
    """A double-logistic LAI season: 0.3 → 5.8 around day 120, back around day 260."""
    return 0.3 + 5.5 * (1 / (1 + np.exp(-(t - 120) / 8)) - 1 / (1 + np.exp(-(t - 260) / 12)))


def test_matches_dense_reference():
    rng = np.random.default_rng(11)
    t = 15
    days = np.sort(rng.choice(300, t, replace=False)).astype(float)
    days[4] = days[3]                                      # a repeated date (two overlapping tiles)
    pix = 6
    y = rng.normal(3, 1.5, (t, pix))
    sig = rng.uniform(0.2, 2.0, (t, pix))
    y[2:7, 1] = np.nan                                     # a gap
    sig[9, 2] = np.nan                                     # invalid through σ
    y[[0, 1, t - 1], 3] = np.nan                           # invalid at both ends
    out = np.array([-20.0, days[0], 100.5, 155.25, days[-1], 330.0])   # also outside the data
    lam = np.array([3.0, 30.0, 300.0, 3000.0, 0.5, 50.0])
    mean, std = tsm.smooth_series(y, sig, days, lam, out_days=out)
    assert mean.shape == std.shape == (out.size, pix)
    for p in range(pix):
        rm, rs = dense_posterior(y[:, p], sig[:, p], days, lam[p], out)
        np.testing.assert_allclose(mean[:, p], rm, rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(std[:, p], rs, rtol=1e-8)
    # default out_days: the input dates in their order, repeated dates included
    mean2, std2 = tsm.smooth_series(y[::-1], sig[::-1], days[::-1], lam)
    for p in range(pix):
        rm, rs = dense_posterior(y[::-1, p], sig[::-1, p], days[::-1], lam[p])
        np.testing.assert_allclose(mean2[:, p], rm, rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(std2[:, p], rs, rtol=1e-8)


def test_mean_is_the_weighted_cubic_smoothing_spline():
    interpolate = pytest.importorskip("scipy.interpolate")
    rng = np.random.default_rng(3)
    days = np.sort(rng.choice(365, 25, replace=False)).astype(float)
    y = phenology(days) + rng.normal(0, 0.7, days.size)
    sig = rng.uniform(0.3, 1.5, days.size)
    out = np.linspace(days[0], days[-1], 50)
    for lam in (1.0, 100.0, 1e4):
        spline = interpolate.make_smoothing_spline(days, y, w=1 / sig ** 2, lam=lam)
        mean, _ = tsm.smooth_series(y, sig, days, lam, out_days=out)
        np.testing.assert_allclose(mean, spline(out), rtol=1e-8, atol=1e-9)


def test_lambda_is_the_daily_grid_whittaker_lambda():
    """On daily data the smoother is the Whittaker smoother with weights 1/σ² and the same λ."""
    rng = np.random.default_rng(4)
    days = np.arange(365.0)
    sig = np.full(days.size, 0.8)
    y = phenology(days) + rng.normal(0, 0.8, days.size)
    lam = tsm.lambda_for_window(30.0, 0.8, 1.0)
    d2 = np.diff(np.eye(days.size), 2, axis=0)
    cov = np.linalg.inv(np.diag(1 / sig ** 2) + lam * d2.T @ d2)
    mean, std = tsm.smooth_series(y, sig, days, lam)
    assert np.max(np.abs(mean - cov @ (y / sig ** 2))) < 0.005          # σ = 0.8
    np.testing.assert_allclose(std, np.sqrt(np.diag(cov)), rtol=0.01)


def test_lambda_to_zero_returns_the_observations():
    rng = np.random.default_rng(5)
    days = np.sort(rng.choice(200, 12, replace=False)).astype(float)
    y = rng.normal(3, 1, (12, 4))
    sig = rng.uniform(0.3, 1.0, (12, 4))
    mean, std = tsm.smooth_series(y, sig, days, 1e-10)
    np.testing.assert_allclose(mean, y, rtol=0, atol=1e-6)
    np.testing.assert_allclose(std, sig, rtol=1e-6)


def test_half_gain_at_the_effective_window():
    """A sine whose period is the effective window comes out at half its amplitude (regular data)."""
    days = np.arange(0, 2000, 5.0)
    for window in (30.0, 90.0):
        lam = tsm.lambda_for_window(window, sigma=0.5, revisit_days=5.0)
        assert tsm.effective_window(lam, 0.5, 5.0) == pytest.approx(window)
        truth = np.sin(2 * np.pi * days / window)
        mean, _ = tsm.smooth_series(truth, np.full(days.size, 0.5), days, lam)
        mid = slice(100, 300)
        gain = np.sum(mean[mid] * truth[mid]) / np.sum(truth[mid] ** 2)
        assert gain == pytest.approx(0.5, abs=0.005)


def test_default_lambda():
    days = np.arange(0, 200, 10.0)
    y = np.ones((days.size, 3))
    sig = np.full_like(y, 0.6)
    sig[0, 0] = np.nan
    assert tsm.default_lambda(y, sig, days) == pytest.approx(tsm.lambda_for_window(30.0, 0.6, 10.0))
    assert tsm.lambda_for_window(30.0, 1.0, 5.0) == pytest.approx((30 / (2 * np.pi)) ** 4 / 5)
    m_default, _ = tsm.smooth_series(y, sig, days)
    m_explicit, _ = tsm.smooth_series(y, sig, days, tsm.lambda_for_window(30.0, 0.6, 10.0))
    np.testing.assert_array_equal(m_default, m_explicit)


def _simulate_prior(rng, days, lam, pix):
    """Exact draws of the prior (integrated Wiener process, z'' white noise of density 1/λ)."""
    x = np.zeros((days.size, 2, pix))
    x[0, 0] = rng.normal(3, 1, pix)
    x[0, 1] = rng.normal(0, 0.05, pix)
    for k in range(days.size - 1):
        h = days[k + 1] - days[k]
        chol = np.linalg.cholesky(np.array([[h ** 3 / 3, h ** 2 / 2], [h ** 2 / 2, h]]) / lam)
        x[k + 1, 0] = x[k, 0] + h * x[k, 1]
        x[k + 1, 1] = x[k, 1]
        x[k + 1] += chol @ rng.standard_normal((2, pix))
    return x[:, 0]


def test_posterior_sigma_is_calibrated_on_curves_from_the_prior():
    """Truth drawn from the prior, known σ, clouds: ±1σ covers the truth 68.3 % of the time, both at
    the observed dates and in the gaps (exact in expectation; 2000 seeded series, MC error ≈ 0.3 %)."""
    rng = np.random.default_rng(20240601)
    lam, pix = 200.0, 2000
    days = np.sort(rng.choice(365, 40, replace=False)).astype(float)
    truth = _simulate_prior(rng, days, lam, pix)
    sig = rng.uniform(0.3, 1.2, truth.shape)
    y = truth + sig * rng.standard_normal(truth.shape)
    valid = rng.random(truth.shape) > 0.4                           # 40 % cloudy dates
    mean, std = tsm.smooth_series(y, sig, days, lam, valid=valid)
    z = (mean - truth) / std
    ok = np.isfinite(z)
    assert ok[valid].all()
    cover_obs = np.mean(np.abs(z[valid & ok]) <= 1)
    cover_gap = np.mean(np.abs(z[~valid & ok]) <= 1)
    assert cover_obs == pytest.approx(PHI1, abs=0.015)
    assert cover_gap == pytest.approx(PHI1, abs=0.015)
    assert np.std(z[ok]) == pytest.approx(1.0, abs=0.03)


def test_noisy_phenology_rmse_and_coverage():
    """A known LAI season with known σ = 0.8 every 5 days: smoothing cuts the RMSE, and with λ from GCV
    the ±1σ band covers the truth 68 % ± 3 % of the time (Nychka 1988: across-the-curve coverage)."""
    rng = np.random.default_rng(7)
    days = np.arange(0, 365, 5.0)
    pix = 3000
    truth = phenology(days)[:, None] * np.ones(pix)
    sig = np.full_like(truth, 0.8)
    y = truth + sig * rng.standard_normal(truth.shape)
    raw_rmse = np.sqrt(np.mean((y - truth) ** 2))
    lam = tsm.choose_lambda(y, sig, days)
    mean, std = tsm.smooth_series(y, sig, days, lam, value_range=(0.0, 8.0))
    rmse = np.sqrt(np.mean((mean - truth) ** 2))
    assert raw_rmse == pytest.approx(0.8, rel=0.02)
    assert rmse < 0.5 * raw_rmse
    assert np.mean(np.abs(mean - truth) <= std) == pytest.approx(PHI1, abs=0.03)
    # the default λ (30-day window) smooths less: still better than raw, ±1σ conservative
    mean_d, std_d = tsm.smooth_series(y, sig, days)
    assert np.sqrt(np.mean((mean_d - truth) ** 2)) < 0.65 * raw_rmse
    assert PHI1 - 0.01 < np.mean(np.abs(mean_d - truth) <= std_d) < 0.85


def test_gap_sigma_grows_with_distance_and_gap_length():
    days = np.arange(0, 361, 5.0)
    sig = np.full(days.size, 0.5)
    y = phenology(days)
    lam = tsm.lambda_for_window(30.0, 0.5, 5.0)
    centre = 180.0
    gap_sd = []
    for half in (10, 20, 40, 60):
        valid = np.abs(days - centre) > half
        out = np.array([centre - half, centre - half / 2, centre])
        _, sd = tsm.smooth_series(y, sig, days, lam, valid=valid, out_days=out)
        _, sd_obs = tsm.smooth_series(y, sig, days, lam, valid=valid)
        assert sd[2] > sd[1] > sd[0] > sd_obs[valid].max()         # grows towards the gap centre
        gap_sd.append(sd[2])
    assert np.all(np.diff(gap_sd) > 0)                             # and with the gap length
    assert gap_sd[-1] > 5 * gap_sd[0]


def test_outlier_with_large_sigma_is_ignored():
    days = np.arange(0, 200, 5.0)
    y = phenology(days)
    sig = np.full(days.size, 0.4)
    lam = tsm.lambda_for_window(30.0, 0.4, 5.0)
    clean, clean_sd = tsm.smooth_series(y, sig, days, lam)
    y_out = y.copy()
    y_out[20] += 6.0                                               # a cloud-contaminated retrieval
    sig_big = sig.copy()
    sig_big[20] = 30.0                                             # ... flagged by its σ
    mean, sd = tsm.smooth_series(y_out, sig_big, days, lam)
    assert np.max(np.abs(mean - clean)) < 0.01
    # the same outlier at nominal σ would drag the curve by > 1 LAI: it is the weight that protects
    mean_bad, _ = tsm.smooth_series(y_out, sig, days, lam)
    assert np.max(np.abs(mean_bad - clean)) > 1.0
    # and the large-σ date is gap-filled: its σ is about that of an unobserved date
    no_obs, no_obs_sd = tsm.smooth_series(y, sig, days, lam, valid=np.arange(days.size) != 20)
    assert sd[20] == pytest.approx(no_obs_sd[20], rel=0.01)


def test_invalid_pixels_and_single_date_pixels():
    rng = np.random.default_rng(9)
    days = np.arange(0, 100, 10.0)
    y = rng.normal(3, 1, (days.size, 2, 3))
    sig = np.full_like(y, 0.5)
    y[:, 0, 0] = np.nan                                            # all NaN values
    sig[:, 0, 1] = np.nan                                          # all NaN σ
    valid = np.ones(y.shape, bool)
    valid[:, 0, 2] = False                                         # all masked
    y[:, 1, 0] = np.nan
    y[4, 1, 0] = 2.5                                               # a single valid date
    mean, std = tsm.smooth_series(y, sig, days, 50.0, valid=valid, out_days=[0.0, 40.0, 95.0])
    assert np.isnan(mean[:, 0, :]).all() and np.isnan(std[:, 0, :]).all()
    np.testing.assert_array_equal(mean[:, 1, 0], 2.5)
    np.testing.assert_array_equal(std[:, 1, 0], [np.inf, 0.5, np.inf])
    for j in (1, 2):   # the other pixels are solved as if alone
        alone_m, alone_s = tsm.smooth_series(y[:, 1, j], sig[:, 1, j], days, 50.0, out_days=[0.0, 40.0, 95.0])
        np.testing.assert_allclose(mean[:, 1, j], alone_m, rtol=1e-12)
        np.testing.assert_allclose(std[:, 1, j], alone_s, rtol=1e-12)


def test_clamp_keeps_sigma_and_float32_stays_float32():
    days = np.arange(0, 100, 10.0)
    y = np.linspace(-2, 10, days.size).astype(np.float32)
    sig = np.full(days.size, 0.3, np.float32)
    mean, std = tsm.smooth_series(y, sig, days, 10.0, value_range=(0.0, 8.0))
    raw, raw_std = tsm.smooth_series(y.astype(float), sig.astype(float), days, 10.0)
    assert mean.dtype == std.dtype == np.float32
    np.testing.assert_allclose(mean, np.clip(raw, 0, 8), rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(std, raw_std, rtol=1e-6)
    assert mean.min() == 0.0 and mean.max() == 8.0


def test_output_dates_do_not_change_the_fit():
    rng = np.random.default_rng(12)
    days = np.sort(rng.choice(365, 20, replace=False)).astype(float)
    y = phenology(days) + rng.normal(0, 0.5, days.size)
    sig = np.full(days.size, 0.5)
    m1, s1 = tsm.smooth_series(y, sig, days, 100.0)
    m2, s2 = tsm.smooth_series(y, sig, days, 100.0, out_days=np.concatenate([np.arange(0, 365.0), days]))
    np.testing.assert_allclose(m2[365:], m1, rtol=1e-9)
    np.testing.assert_allclose(s2[365:], s1, rtol=1e-9)


def test_gcv_against_dense_hat_matrix():
    rng = np.random.default_rng(13)
    days = np.sort(rng.choice(300, 18, replace=False)).astype(float)
    y = phenology(days)[:, None] + rng.normal(0, 0.6, (days.size, 3))
    sig = rng.uniform(0.4, 0.9, y.shape)
    y[5, 1] = np.nan
    cands = [10.0, 100.0, 1000.0, 10000.0]
    pooled = []
    for lam in cands:
        score, edf = tsm.gcv(y, sig, days, lam)
        ref, parts = [], []
        for p in range(3):
            ok = np.isfinite(y[:, p])
            t, yy, ss = days[ok], y[ok, p], sig[ok, p]
            # hat matrix column by column from the dense reference (the fit is linear in y)
            hat = np.column_stack([dense_posterior(np.eye(t.size)[i], ss, t, lam)[0] for i in range(t.size)])
            fit = hat @ yy
            n, tr = t.size, np.trace(hat)
            rss = np.sum((yy - fit) ** 2 / ss ** 2)
            assert edf[p] == pytest.approx(tr, rel=1e-8)
            ref.append(n * rss / (n - tr) ** 2)
            parts.append((n, rss, tr))
        np.testing.assert_allclose(score, ref, rtol=1e-8)
        n_all, rss_all, tr_all = np.sum(parts, axis=0)
        pooled.append(n_all * rss_all / (n_all - tr_all) ** 2)
    assert tsm.choose_lambda(y, sig, days, candidates=cands) == cands[int(np.argmin(pooled))]
    per_pixel = tsm.choose_lambda(y, sig, days, candidates=cands, per_pixel=True)
    for p in range(3):
        scores = [tsm.gcv(y[:, p], sig[:, p], days, lam)[0] for lam in cands]
        assert per_pixel[p] == cands[int(np.argmin(scores))]


def test_lambda_to_infinity_is_the_weighted_straight_line():
    rng = np.random.default_rng(14)
    days = np.sort(rng.choice(300, 15, replace=False)).astype(float)
    y = rng.normal(3, 1, days.size)
    sig = rng.uniform(0.3, 1.0, days.size)
    x = np.column_stack([np.ones(days.size), days])
    cov = np.linalg.inv(x.T @ (x / sig[:, None] ** 2))
    beta = cov @ x.T @ (y / sig ** 2)
    out = np.array([-50.0, 10.0, 150.0, 400.0])
    xo = np.column_stack([np.ones(out.size), out])
    mean, std = tsm.smooth_series(y, sig, days, 1e11, out_days=out)
    np.testing.assert_allclose(mean, xo @ beta, atol=1e-3)
    np.testing.assert_allclose(std, np.sqrt(np.einsum("ij,jk,ik->i", xo, cov, xo)), rtol=1e-3)
