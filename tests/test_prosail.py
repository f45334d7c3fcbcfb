# SPDX-License-Identifier: GPL-3.0-or-later
"""Values tests of the numpy PROSAIL (eolatent.core.physics).

The PyPI ``prosail`` package (top-level name ``prosail``) is used as an
independent oracle; ours is ``eolatent.core.physics.prosail``.
"""
import csv

import numpy as np
import pytest

from eolatent.core.physics import prosail as P
from eolatent.core.physics import prospect, sail
from eolatent.core.physics.special import exp1

RANGES = {  # the usual PROSAIL training ranges
    "n": (1.0, 2.5), "cab": (5.0, 80.0), "car": (1.0, 20.0), "cbrown": (0.0, 1.0),
    "cw": (0.002, 0.05), "cm": (0.002, 0.02), "lai": (0.1, 7.0), "lidfa": (30.0, 80.0),
    "hspot": (0.01, 0.5), "tts": (0.0, 60.0), "tto": (0.0, 30.0), "psi": (0.0, 180.0),
    "ant": (0.0, 5.0), "rsoil": (0.3, 1.5), "psoil": (0.0, 1.0),
}
LEAF = ("n", "cab", "car", "cbrown", "cw", "cm", "ant")
NO_VIEW = tuple(k for k in RANGES if k not in ("tto", "psi"))


def draw(n, seed):
    rng = np.random.default_rng(seed)
    return {k: rng.uniform(lo, hi, n) for k, (lo, hi) in RANGES.items()}


def sample(p, i):
    return {k: float(v[i]) for k, v in p.items()}


def oracle_run(c, factor="SDR"):
    oracle = pytest.importorskip("prosail")
    return oracle.run_prosail(
        c["n"], c["cab"], c["car"], c["cbrown"], c["cw"], c["cm"], c["lai"], c["lidfa"], c["hspot"],
        c["tts"], c["tto"], c["psi"], ant=c["ant"], alpha=40.0, prospect_version="D", typelidf=2,
        lidfb=0.0, factor=factor, rsoil=c["rsoil"], psoil=c["psoil"])


# ---------------------------------------------------------------- special
def test_exp1_against_scipy():
    special = pytest.importorskip("scipy.special")
    x = np.concatenate([np.logspace(-8, np.log10(700.0), 20001), np.linspace(1.9, 2.1, 2001)])
    rel = np.abs(exp1(x) / special.exp1(x) - 1.0)
    assert rel.max() < 1e-10


def test_exp1_domain():
    assert exp1(0.0) == np.inf
    assert np.isnan(exp1(-1.0))
    assert isinstance(exp1(1.0), float)
    assert exp1(1.0) == pytest.approx(0.21938393439552029, rel=1e-14)
    assert exp1(np.ones((2, 3))).shape == (2, 3)


def test_tav_normal_incidence_limit():
    # Isotropic light over the hemisphere: tav(90, n) must be below the
    # normal-incidence Fresnel transmissivity and above 0.
    nr = np.array([1.3, 1.4, 1.5])
    t90 = prospect.tav(90.0, nr)
    assert np.all(t90 < 1.0 - ((nr - 1) / (nr + 1)) ** 2) and np.all(t90 > 0.8)
    assert np.allclose(prospect.tav(1e-3, nr), 1.0 - ((nr - 1) / (nr + 1)) ** 2, atol=1e-6)


# ---------------------------------------------------------------- PROSPECT
def test_prospect_against_oracle():
    oracle = pytest.importorskip("prosail")
    p = draw(30, seed=1)
    refl, trans = prospect.prospect_d(*(p[k] for k in LEAF))  # batched call
    assert refl.shape == trans.shape == (30, 2101)
    for i in range(30):
        c = sample(p, i)
        _, r0, t0 = oracle.run_prospect(c["n"], c["cab"], c["car"], c["cbrown"], c["cw"], c["cm"],
                                        ant=c["ant"], prospect_version="D", alpha=40.0)
        assert np.abs(refl[i] - r0).max() < 1e-6
        assert np.abs(trans[i] - t0).max() < 1e-6


def test_prospect_bounds():
    p = draw(50, seed=2)
    refl, trans = prospect.prospect_d(*(p[k] for k in LEAF))
    assert np.all(refl > 0) and np.all(trans >= 0) and np.all(refl + trans < 1)


# ---------------------------------------------------------------- 4SAIL / PROSAIL
def test_campbell_lidf():
    a = np.array([20.0, 45.0, 57.3, 70.0, 85.0])
    for classes, size in (("uniform18", 18), ("sail13", 13)):
        lidf = sail.campbell_lidf(a, classes)
        assert lidf.shape == (5, size)
        assert np.allclose(lidf.sum(axis=-1), 1.0) and np.all(lidf >= 0)
        _, _, centre = sail.lidf_class_bounds(classes)
        mean = lidf @ centre
        assert np.all(np.diff(mean) > 0)            # mean angle grows with lidfa
        assert np.abs(mean - a).max() < 3.0         # and approximates it
    four_sail = pytest.importorskip("prosail.FourSAIL")
    for i, ala in enumerate(a):
        assert np.allclose(sail.campbell_lidf(a)[i], four_sail.campbell(float(ala), 18), atol=1e-12, rtol=0)


def test_canopy_reflectance_against_oracle():
    pytest.importorskip("prosail")
    p = draw(40, seed=3)
    ours = P.canopy_reflectance(**p)  # one batched call; also tests broadcasting
    assert ours.shape == (40, 2101)
    worst = max(np.abs(ours[i] - oracle_run(sample(p, i))).max() for i in range(40))
    assert worst < 1e-4


@pytest.mark.parametrize("update", [
    {"lai": 0.0},                                 # bare soil
    {"tts": 0.0, "tto": 0.0, "psi": 0.0},         # exactly in the hot spot
    {"tts": 35.0, "tto": 35.0, "psi": 0.0},
    {"hspot": 0.0},                               # no hot-spot effect
    {"tto": 0.0}, {"tts": 0.0}, {"n": 1.0},
    {"cab": 0.0, "car": 0.0, "ant": 0.0, "cbrown": 0.0},
    {"lidfa": 10.0}, {"lidfa": 89.0}, {"lai": 10.0, "tts": 70.0, "tto": 55.0},
])
def test_canopy_reflectance_edge_cases(update):
    pytest.importorskip("prosail")
    c = sample(draw(1, seed=4), 0)
    c.update(update)
    ours = P.canopy_reflectance(**c)
    assert np.all(np.isfinite(ours))
    assert np.abs(ours - oracle_run(c)).max() < 1e-4


def test_bare_soil_equals_soil():
    dry, wet = P.load_soil_spectra()
    r = P.canopy_reflectance(1.5, 40, 8, 0, 0.01, 0.01, 0.0, 50, 0.1, 30, 10, 60, rsoil=0.8, psoil=0.3)
    assert np.allclose(r, 0.8 * (0.3 * dry + 0.7 * wet), atol=1e-12, rtol=0)


def test_broadcasting():
    p = draw(6, seed=5)
    grid = {k: v.reshape(2, 3) for k, v in p.items()}
    batch = P.canopy_reflectance(**grid)
    assert batch.shape == (2, 3, 2101)
    for i in range(6):
        assert np.allclose(batch.reshape(6, -1)[i], P.canopy_reflectance(**sample(p, i)), atol=1e-13, rtol=0)
    # scalars broadcast against one varying argument
    lai = np.array([0.5, 2.0, 5.0])
    r = P.canopy_reflectance(1.5, 40, 8, 0, 0.01, 0.01, lai, 50, 0.1, 30, 10, 60)
    assert r.shape == (3, 2101)
    assert np.allclose(r[1], P.canopy_reflectance(1.5, 40, 8, 0, 0.01, 0.01, 2.0, 50, 0.1, 30, 10, 60))
    fa = P.fapar(*(grid[k] for k in ("n", "cab", "car", "cbrown", "cw", "cm", "lai", "lidfa", "hspot", "tts")))
    assert fa.shape == (2, 3)
    assert P.fcover(grid["lai"], 50.0).shape == (2, 3)


def test_reflectance_bounds():
    r = P.canopy_reflectance(**draw(200, seed=6))
    assert np.all(r >= 0.0) and np.all(r <= 1.0)


# ---------------------------------------------------------------- fAPAR / fCOVER
def test_fapar_against_oracle_fluxes():
    pytest.importorskip("prosail")
    p = draw(10, seed=7)
    ours = P.fapar(**{k: p[k] for k in NO_VIEW})
    dry, wet = P.load_soil_spectra()
    for i in range(10):
        c = sample(p, i)
        c.update(tto=0.0, psi=0.0)
        out = oracle_run(c, factor="ALLALL")
        tss, rdd, tsd, rsdt = out[0], out[3], out[6], out[13]
        rs = c["rsoil"] * (c["psoil"] * dry + (1 - c["psoil"]) * wet)
        absorbed = 1 - rsdt - (1 - rs) * (tss + (tsd + tss * rs * rdd) / (1 - rs * rdd))
        assert ours[i] == pytest.approx(absorbed[:301].mean(), abs=1e-6)


def test_fapar_bounds_and_monotonic_in_lai():
    p = draw(100, seed=8)
    fa = P.fapar(**{k: p[k] for k in NO_VIEW})
    assert np.all(fa >= 0.0) and np.all(fa <= 1.0)
    lai = np.linspace(0.0, 8.0, 33)
    base = {k: p[k][:5, None] for k in NO_VIEW if k != "lai"}
    curve = P.fapar(lai=lai[None, :], **base)
    assert curve.shape == (5, 33)
    assert np.allclose(curve[:, 0], 0.0, atol=1e-12)
    assert np.all(np.diff(curve, axis=1) > 0)


def test_fcover():
    assert np.all(P.fcover(0.0, np.array([30.0, 57.0, 80.0])) == 0.0)
    lai = np.linspace(0, 8, 33)
    for ala in (30.0, 57.0, 80.0):
        f = P.fcover(lai, ala)
        assert np.all(np.diff(f) > 0) and np.all(f <= 1.0)
        assert 0.999 < P.fcover(100.0, ala) <= 1.0
    # erectophile canopies cover less at nadir than planophile ones
    assert P.fcover(2.0, 80.0) < P.fcover(2.0, 57.0) < P.fcover(2.0, 30.0)
    # ~spherical LIDF: nadir extinction ~ 0.5 (the empirical mean-angle ->
    # eccentricity fit gives chi = 1.05 at 57.3 deg, hence ko = 0.516)
    assert P.fcover(1.0, 57.3) == pytest.approx(1 - np.exp(-0.5), abs=0.015)


def test_fcover_against_oracle_gap_fraction():
    pytest.importorskip("prosail")
    c = sample(draw(1, seed=9), 0)
    c.update(tto=0.0, lai=3.0)
    too = oracle_run(c, factor="ALLALL")[1]
    assert P.fcover(3.0, c["lidfa"]) == pytest.approx(1 - too, abs=1e-10)


# ---------------------------------------------------------------- Sentinel-2
def _srf_from_csv(platform):
    path = prospect.DATA_DIR / f"S2-SRF_COPE-GSEG-EOPG-TN-15-0007_3.0_{platform}.csv"
    with open(path, newline="") as fh:
        rows = [r for r in csv.reader(fh)][1:]
    table = np.array([[float(v) for v in r] for r in rows])
    return table[(table[:, 0] >= 400) & (table[:, 0] <= 2500)]


@pytest.mark.parametrize("platform", ["S2A", "S2B"])
def test_s2_bands_flat_spectrum(platform):
    for c in (0.0, 0.137, 1.0):
        assert np.allclose(P.s2_bands(np.full(2101, c), platform), c, atol=1e-14)
    assert P.s2_bands(np.ones((4, 5, 2101)), platform).shape == (4, 5, 13)


@pytest.mark.parametrize("platform", ["S2A", "S2B"])
def test_s2_bands_weighted_mean(platform):
    table = _srf_from_csv(platform)
    assert table.shape == (2101, 14)
    wl = table[:, 0]
    spectrum = 0.3 + 0.2 * np.sin(wl / 37.0) + 1e-4 * (wl - 400)
    bands = P.s2_bands(spectrum, platform)
    for j in range(13):
        w = table[:, j + 1]
        assert bands[j] == pytest.approx(float((w * spectrum).sum() / w.sum()), rel=1e-12)
    # band centres in S2_BAND_NAMES order
    centres = (wl[:, None] * table[:, 1:]).sum(0) / table[:, 1:].sum(0)
    assert np.allclose(P.s2_bands(wl.astype(float), platform), centres)
    assert 440 < centres[0] < 445 and 860 < centres[8] < 870 and 2180 < centres[12] < 2210


def test_s2_bands_errors():
    with pytest.raises(ValueError):
        P.s2_bands(np.ones(2101), platform="S2C")
    with pytest.raises(ValueError):
        P.s2_bands(np.ones(2100))
    assert P.S2_BAND_NAMES == ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09",
                               "B10", "B11", "B12")
    assert np.array_equal(P.WAVELENGTHS, np.arange(400, 2501))


# ---------------------------------------------------------------- simulate
def test_simulate_matches_full_model():
    p = draw(37, seed=10)
    for platform in ("S2A", "S2B"):
        out = P.simulate(p, platform=platform, batch_size=10)
        assert out["bands"].shape == (37, 13) and out["fapar"].shape == (37,) and out["fcover"].shape == (37,)
        assert np.allclose(out["bands"], P.s2_bands(P.canopy_reflectance(**p), platform), atol=1e-12, rtol=0)
        assert np.allclose(out["fapar"], P.fapar(**{k: p[k] for k in NO_VIEW}), atol=1e-12, rtol=0)
        assert np.allclose(out["fcover"], P.fcover(p["lai"], p["lidfa"]), atol=1e-15, rtol=0)


def test_simulate_defaults_and_errors():
    p = draw(5, seed=11)
    for k in ("ant", "rsoil", "psoil"):
        del p[k]
    out = P.simulate(p)
    assert np.allclose(out["bands"], P.s2_bands(P.canopy_reflectance(**p)))
    del p["lai"]
    with pytest.raises(ValueError):
        P.simulate(p)
    with pytest.raises(ValueError):
        P.simulate(draw(3, seed=0), platform="L8")


def test_simulate_memory_is_bounded():
    import tracemalloc

    p = draw(1200, seed=12)
    tracemalloc.start()
    try:
        P.simulate(p, batch_size=1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Default batches keep the peak far below 2 GB whatever N (per batch ~0.5 GB).
    assert peak < 800e6


def test_core_physics_imports_no_scipy_torch_qgis():
    import subprocess
    import sys

    code = ("import sys; from eolatent.core.physics import prosail; "
            "prosail.simulate({k: [1.5, 40, 8, 0, .01, .01, 2, 50, .1, 30, 5, 60][i] for i, k in "
            "enumerate(('n','cab','car','cbrown','cw','cm','lai','lidfa','hspot','tts','tto','psi'))}); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'torch', 'qgis'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name,value", [("lai", -1.0), ("cab", -5.0), ("tts", 95.0), ("lai", float("nan")),
                                        ("n", 0.5), ("lidfa", 120.0), ("psoil", 1.5)])
def test_canopy_reflectance_refuses_values_outside_their_range(name, value):
    """The scale-out audit: lai=-1 gave reflectances up to 1.26, cab=-5 NaN bands, tts=95 and lai=NaN all-NaN
    spectra, each with a RuntimeWarning at most."""
    args = dict(n=1.5, cab=40.0, car=8.0, cbrown=0.0, cw=0.01, cm=0.009, lai=3.0, lidfa=57.0, hspot=0.2, tts=30.0,
                tto=5.0, psi=90.0)
    with pytest.raises(ValueError, match=f"^{name} = .* is outside its range"):
        P.canopy_reflectance(**dict(args, **{name: value}))
    ok = P.canopy_reflectance(**dict(args, lai=np.array([0.0, 3.0])))     # the edges of the ranges run
    assert np.isfinite(ok).all() and 0 <= ok.min() and ok.max() <= 1
    with pytest.raises(ValueError, match=f"^{name} = .* is outside its range"):   # and the training sets' entry
        P.simulate(dict(args, **{name: np.array([3.0 if name == "lai" else args.get(name, 1.0), value])}))
    if name not in ("tto", "psi"):
        fapar_args = {k: v for k, v in args.items() if k not in ("tto", "psi")}
        with pytest.raises(ValueError, match=f"^{name} = .* is outside its range"):
            P.fapar(**dict(fapar_args, **{name: value}))
