# SPDX-License-Identifier: GPL-3.0-or-later
"""Analytic Sentinel-2 atmosphere (models/training/atmosphere.py): known values, exact inverse, physics
sanity, sampler, and a dark-object sanity check on a real Level-1C tile."""
import json
import os

import numpy as np
import pytest

from eolatent.models.training import atmosphere as atm

BANDS = list(atm.S2_BANDS)
HERE = os.path.dirname(os.path.abspath(__file__))
SLOVENIA_L1C = os.path.join(HERE, "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")

# a standard mid-latitude atmosphere (keyword arguments of toa_from_boa)
STD = dict(aot550=0.1, angstrom=1.3, water_vapour=2.0, ozone=0.33, pressure=1013.25)


def _col(band):
    return BANDS.index(band)


# ---------------------------------------------------------------------------------------------------
# Rayleigh optical depth
# ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("wavelength, expected", [
    (550.0, 0.097),   # Bodhaine et al. 1999 Table 3: 0.0973 at 550 nm
    (865.0, 0.0156),  # ~0.0155 (Bodhaine); 0.0156 in SMAC's S2 B8A
    (443.0, 0.236),   # ~0.2360
])
def test_rayleigh_optical_depth_known_values(wavelength, expected):
    # tolerance ±2 % (the brief's values are rounded; the formula is accurate to ~0.01 %)
    assert atm.rayleigh_optical_depth(wavelength) == pytest.approx(expected, rel=0.02)


def test_rayleigh_optical_depth_scales_with_pressure():
    t0 = atm.rayleigh_optical_depth(550.0)
    assert atm.rayleigh_optical_depth(550.0, pressure=506.625) == pytest.approx(t0 / 2, rel=1e-12)
    assert atm.rayleigh_optical_depth(550.0, pressure=0.0) == 0.0


def test_band_constants():
    c = atm.band_constants()
    tau = dict(zip(c["bands"], c["tau_rayleigh"]))
    lam = dict(zip(c["bands"], c["wavelength"]))
    # SRF-averaged values, ±3 % of the 6S-based SMAC S2A values (B02 0.151, B04 0.0453, B8A 0.0156)
    assert tau["B02"] == pytest.approx(0.151, rel=0.03)
    assert tau["B04"] == pytest.approx(0.0453, rel=0.03)
    assert tau["B8A"] == pytest.approx(0.0156, rel=0.03)
    order = sorted(BANDS, key=lambda b: lam[b])
    assert order == ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12"]
    assert all(tau[a] > tau[b] for a, b in zip(order, order[1:]))
    # ozone: Chappuis band peaks near 600 nm -> B03 > B04 > B02 > B05, none beyond 800 nm
    k = dict(zip(c["bands"], c["k_ozone"]))
    assert k["B03"] > k["B04"] > k["B02"] > k["B05"] > 0.0
    assert k["B8A"] == k["B11"] == 0.0
    assert 0.09 < k["B03"] < 0.11  # SMAC (6S) S2A: 0.098 per cm-atm
    c_b = atm.band_constants(["B02", "B12"], platform="S2B")
    assert c_b["bands"] == ["B02", "B12"] and c_b["tau_rayleigh"][0] == pytest.approx(tau["B02"], rel=0.03)


# ---------------------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------------------
def test_phase_functions_are_normalised():
    x, w = np.polynomial.legendre.leggauss(400)  # mean over the sphere = (1/2) ∫ P dμ
    assert 0.5 * np.sum(w * atm.rayleigh_phase(x)) == pytest.approx(1.0, abs=1e-9)
    c = atm.band_constants()
    for f, g1, g2 in zip(c["f"], c["g1"], c["g2"]):
        assert 0.5 * np.sum(w * atm.aerosol_phase(x, f, g1, g2)) == pytest.approx(1.0, abs=1e-9)
    # the TTHG backscatters more than a single HG of the same asymmetry (the reason it is used)
    i = c["bands"].index("B04")
    g = c["f"][i] * c["g1"][i] - (1 - c["f"][i]) * c["g2"][i]
    back = np.cos(np.radians(150.0))
    assert atm.aerosol_phase(back, c["f"][i], c["g1"][i], c["g2"][i]) > 1.3 * atm.henyey_greenstein(g, back)


@pytest.mark.parametrize("tau, g", [(0.05, 0.0), (0.3, 0.0), (0.2, 0.5), (1.5, 0.7)])
def test_two_stream_conserves_energy(tau, g):
    for mu in (0.2, 0.5, 0.866, 1.0):
        r, r1, t = atm._delta_eddington(np.float64(tau), np.float64(1.0), np.float64(g), np.float64(mu))
        assert r + t == pytest.approx(1.0, abs=1e-6)  # conservative layer over a black surface
        assert 0.0 < r1 <= r
        ra, _, ta = atm._delta_eddington(np.float64(tau), np.float64(0.9), np.float64(g), np.float64(mu))
        assert ra + ta < 1.0 and ra < r  # absorption


# ---------------------------------------------------------------------------------------------------
# Identities
# ---------------------------------------------------------------------------------------------------
def test_zero_atmosphere_is_identity():
    rng = np.random.default_rng(1)
    n = 200
    boa = rng.uniform(0.0, 0.9, (n, 13))
    geo = dict(sun_zenith=rng.uniform(0, 75, n), view_zenith=rng.uniform(0, 12, n), rel_azimuth=rng.uniform(0, 180, n))
    toa = atm.toa_from_boa(boa, BANDS, **geo, aot550=0.0, angstrom=1.3, water_vapour=0.0, ozone=0.0, pressure=0.0)
    np.testing.assert_allclose(toa, boa, rtol=0, atol=1e-12)
    t = atm.atmosphere_terms(BANDS, 30.0, 0.0, 0.0, 0.0, 1.3, 0.0, 0.0, 0.0)
    assert np.all(t["rho_atm"] == 0.0) and np.allclose(t["t_gas"], 1.0, atol=1e-15)


@pytest.mark.parametrize("platform", ["S2A", "S2B"])
def test_round_trip_is_exact(platform):
    rng = np.random.default_rng(2)
    n = 3000
    a = atm.sample_atmospheres(n, rng)
    boa = rng.uniform(0.0, 0.8, (n, 13))
    geo = (rng.uniform(0, 75, n), rng.uniform(0, 12, n), rng.uniform(0, 180, n))
    toa = atm.toa_from_boa(boa, BANDS, *geo, **a, platform=platform)
    back = atm.boa_from_toa(toa, BANDS, *geo, **a, platform=platform)
    assert np.max(np.abs(back - boa)) < 1e-9
    # a band subset in another order gives the same numbers
    sub = ["B12", "B02", "B8A"]
    toa_sub = atm.toa_from_boa(boa[:, [_col(b) for b in sub]], sub, *geo, **a, platform=platform)
    np.testing.assert_allclose(toa_sub, toa[:, [_col(b) for b in sub]], rtol=0, atol=1e-15)


def test_scalar_atmosphere_broadcasts_over_rows():
    rng = np.random.default_rng(3)
    boa = rng.uniform(0, 0.5, (7, 13))
    many = atm.toa_from_boa(boa, BANDS, 35.0, 5.0, 90.0, **STD)
    for i in range(7):
        one = atm.toa_from_boa(boa[i], BANDS, 35.0, 5.0, 90.0, **STD)
        np.testing.assert_allclose(one[0], many[i], rtol=0, atol=1e-15)


# ---------------------------------------------------------------------------------------------------
# Physics sanity
# ---------------------------------------------------------------------------------------------------
def test_dark_vegetation_blue_brightens_and_bright_nir_dims():
    veg = np.array([[0.03, 0.03, 0.06, 0.03, 0.08, 0.25, 0.32, 0.35, 0.37, 0.37, 0.3, 0.18, 0.08]])
    toa = atm.toa_from_boa(veg, BANDS, 30.0, 0.0, 0.0, **STD)[0]
    assert toa[_col("B02")] > veg[0, _col("B02")] + 0.03  # path radiance dominates in the blue
    assert toa[_col("B01")] > toa[_col("B02")] > toa[_col("B03")] - 0.03
    bright = np.full((1, 13), 0.5)
    toa_b = atm.toa_from_boa(bright, BANDS, 30.0, 0.0, 0.0, **STD)[0]
    for b in ("B08", "B8A"):  # transmission losses win over the (small) NIR path radiance
        assert 0.45 < toa_b[_col(b)] < 0.5


def test_blue_excess_grows_with_aot():
    aots = np.linspace(0.0, 0.8, 17)
    rho = np.full((aots.size, 2), 0.03)
    toa = atm.toa_from_boa(rho, ["B01", "B02"], 30.0, 5.0, 90.0, aots, 1.3, 2.0, 0.33, 1013.25)
    assert np.all(np.diff(toa - rho, axis=0) > 0)
    assert toa[-1, 1] - toa[0, 1] > 0.02


def test_water_vapour_hits_b09_not_b04():
    rho = np.full((2, 13), 0.3)
    toa = atm.toa_from_boa(rho, BANDS, 30.0, 0.0, 0.0, 0.1, 1.3, np.array([0.5, 4.0]), 0.33, 1013.25)
    ratio = toa[1] / toa[0]
    assert ratio[_col("B09")] < 0.6                 # strong 940-nm absorption (T ≈ 0.5 -> 0.19 here)
    assert ratio[_col("B04")] > 0.98                # almost unchanged (weak 650-nm H2O lines: -1.5 %)
    assert ratio[_col("B8A")] > 0.995               # water-vapour reference band: nearly free
    assert ratio[_col("B01")] == pytest.approx(1.0, abs=1e-12) and ratio[_col("B02")] == pytest.approx(1.0, abs=1e-12)
    assert ratio[_col("B08")] < ratio[_col("B8A")]  # broad B08 overlaps the 820/900-nm bands
    assert ratio[_col("B10")] < ratio[_col("B09")]  # 1375 nm: opaque


def test_ozone_hits_the_chappuis_bands():
    rho = np.full((2, 13), 0.2)
    toa = atm.toa_from_boa(rho, BANDS, 30.0, 0.0, 0.0, 0.1, 1.3, 2.0, np.array([0.25, 0.45]), 1013.25)
    ratio = toa[1] / toa[0]
    assert 0.95 < ratio[_col("B03")] < 0.98
    assert ratio[_col("B03")] < ratio[_col("B04")] < ratio[_col("B02")] < 1.0
    assert ratio[_col("B08")] == pytest.approx(1.0, abs=1e-5)  # only the Chappuis tail below 780 nm


def test_path_reflectance_follows_pressure_and_geometry():
    lo = atm.atmosphere_terms(["B02"], 30.0, 0.0, 0.0, 0.1, 1.3, 2.0, 0.33, 850.0)["rho_atm"][0, 0]
    hi = atm.atmosphere_terms(["B02"], 30.0, 0.0, 0.0, 0.1, 1.3, 2.0, 0.33, 1013.25)["rho_atm"][0, 0]
    assert 0.8 < lo / hi < 0.9  # Rayleigh-dominated: close to 850/1013
    t = atm.atmosphere_terms(["B02", "B04"], np.array([20.0, 40.0, 60.0]), 5.0, 90.0, 0.1, 1.3, 2.0, 0.33, 1013.25)
    assert np.all(np.diff(t["rho_atm"], axis=0) > 0)  # longer path, more path radiance
    assert np.all(np.diff(t["t_down"], axis=0) < 0)
    back = atm.atmosphere_terms(["B04"], 40.0, 10.0, 0.0, 0.2, 1.3, 2.0, 0.33, 1013.25)["rho_atm"][0, 0]
    fwd = atm.atmosphere_terms(["B04"], 40.0, 10.0, 180.0, 0.2, 1.3, 2.0, 0.33, 1013.25)["rho_atm"][0, 0]
    assert back > fwd  # Rayleigh and the aerosol backward lobe: backscatter side brighter


def test_typical_path_reflectance_magnitudes():
    """ρs = 0, θs 30°, nadir, AOT550 0.1: path reflectance of typical published magnitude.

    Ranges: blue (B02) 0.05-0.09 (as briefed); red (B04) 0.018-0.035 and NIR (B08) 0.008-0.016 — the
    briefed 0.02-0.04 / 0.01-0.02 lowered a little: Rayleigh alone gives 0.017 / 0.0068 here, and
    SMAC-S2A-continental (6S) gives 0.023 / 0.011 for this case."""
    t = atm.atmosphere_terms(BANDS, 30.0, 0.0, 0.0, **STD)
    rho = dict(zip(BANDS, t["rho_atm"][0]))
    assert 0.05 <= rho["B02"] <= 0.09
    assert 0.018 <= rho["B04"] <= 0.035
    assert 0.008 <= rho["B08"] <= 0.016
    toa_black = dict(zip(BANDS, atm.toa_from_boa(np.zeros((1, 13)), BANDS, 30.0, 0.0, 0.0, **STD)[0]))
    assert 0.05 <= toa_black["B02"] <= 0.09
    # transmittances and spherical albedo: plausible ranges
    assert np.all((t["t_down"] > 0.8) & (t["t_down"] <= 1.0) & (t["t_up"] >= t["t_down"]))
    assert np.all(np.diff(t["spherical_albedo"][0, [_col(b) for b in ("B01", "B02", "B04", "B8A", "B11", "B12")]]) < 0)


def test_close_to_smac_reference_values():
    """Independent 6S-based reference: SMAC (Rahman & Dedieu 1994) with the Sentinel-2A continental
    coefficient set, evaluated outside this repository for θs 30°, θv 0°, AOT550 0.1, 1013.25 hPa:
    ρ_atm B02 0.0675, B04 0.0231, B08 0.0111; S 0.138 / 0.062 / 0.036.  Tolerance 15 % (model ±10 %,
    and 6S's continental aerosol is not ours; ω0 set to 6S's ~0.89)."""
    t = atm.atmosphere_terms(["B02", "B04", "B08"], 30.0, 0.0, 0.0, 0.1, 1.3, 2.0, 0.3, 1013.25, ssa=0.89)
    np.testing.assert_allclose(t["rho_atm"][0], [0.0675, 0.0231, 0.0111], rtol=0.15)
    np.testing.assert_allclose(t["spherical_albedo"][0], [0.138, 0.062, 0.036], rtol=0.10)


# ---------------------------------------------------------------------------------------------------
# Real Level-1C tile: dark-object sanity check
# ---------------------------------------------------------------------------------------------------
def test_slovenia_l1c_dark_object_sanity():
    """1st percentile of B02 TOA (dense vegetation) of a clear 2015-07-11 L1C tile, central Slovenia.

    Geometry: Sentinel-2 crosses at 10:30 local solar time; at 45.86° N on 11 July (declination
    +22.1°, hour angle −22.5°) the sun zenith is ≈ 31°; view zenith (0-10°) and relative azimuth are
    not in the file, so the check must hold for all of them.  Pressure 980 hPa (~300 m a.s.l.).
    Sanity, not an exact answer: with AOT550 0.1 the corrected dark blue must not be negative beyond
    −0.01 (nor implausibly bright, > 0.04), and the AOT that would make it exactly 0 (the dark-object
    upper bound of the AOT) must be plausible for a clear summer day (0.05-0.4)."""
    rasterio = pytest.importorskip("rasterio")
    with rasterio.open(SLOVENIA_L1C) as src:
        names = list(src.descriptions)
        b02 = src.read(names.index("B02") + 1).astype(np.float64)
    assert 0.0 < b02.max() < 1.0  # already reflectance (DN / 10000), not DN
    p1 = float(np.percentile(b02, 1))
    assert 0.05 < p1 < 0.09
    aots = np.linspace(0.0, 1.0, 1001)
    for tv in (0.0, 10.0):
        for ra in (0.0, 90.0, 180.0):
            rho = atm.boa_from_toa([[p1]], ["B02"], 31.0, tv, ra, 0.1, 1.3, 2.0, 0.33, 980.0)[0, 0]
            assert -0.01 <= rho <= 0.04, (tv, ra, rho)
            curve = atm.boa_from_toa(np.full((aots.size, 1), p1), ["B02"], 31.0, tv, ra, aots, 1.3, 2.0, 0.33,
                                     980.0)[:, 0]
            assert np.all(np.diff(curve) < 0)  # more aerosol, darker corrected surface
            aot_dark = aots[np.argmax(curve < 0.0)]
            assert 0.05 <= aot_dark <= 0.4, (tv, ra, aot_dark)


# ---------------------------------------------------------------------------------------------------
# Sampler, summary, errors
# ---------------------------------------------------------------------------------------------------
def test_sample_atmospheres():
    a = atm.sample_atmospheres(20000, np.random.default_rng(5))
    assert set(a) == {"aot550", "angstrom", "water_vapour", "ozone", "pressure", "ssa"}
    for k, spec in atm.ATMOSPHERE_DISTRIBUTIONS.items():
        assert a[k].shape == (20000,) and a[k].min() >= spec["min"] and a[k].max() <= spec["max"]
    q = lambda k, p: float(np.percentile(a[k], p))
    assert 0.10 < q("aot550", 50) < 0.14 and q("aot550", 5) > 0.03 and q("aot550", 95) < 0.4
    assert 0.8 <= q("angstrom", 5) and q("angstrom", 95) <= 1.8
    assert 0.7 < q("water_vapour", 5) and q("water_vapour", 95) < 4.2
    assert 0.25 <= q("ozone", 1) and q("ozone", 99) <= 0.45
    assert 950 <= q("pressure", 0) and q("pressure", 100) <= 1030
    b = atm.sample_atmospheres(20000, np.random.default_rng(5))
    assert all(np.array_equal(a[k], b[k]) for k in a)
    toa = atm.toa_from_boa(np.full((20000, 13), 0.1), BANDS, 40.0, 5.0, 90.0, **a)  # usable as kwargs
    assert np.all(np.isfinite(toa)) and np.all(toa > 0)


def test_summary_is_json():
    s = atm.summary()
    text = json.dumps(s)
    assert "Bodhaine" in text and "SMAC" in text
    assert s["band_constants"]["bands"] == BANDS
    assert set(s["distributions"]) == set(atm.ATMOSPHERE_KEYS)


def test_input_errors():
    with pytest.raises(ValueError, match="unknown Sentinel-2 band"):
        atm.toa_from_boa([[0.1]], ["B13"], 30, 0, 0, **STD)
    with pytest.raises(ValueError, match="shape"):
        atm.toa_from_boa(np.zeros((2, 3)), ["B02", "B03"], 30, 0, 0, **STD)
    with pytest.raises(ValueError, match=">= 0"):
        atm.toa_from_boa([[0.1]], ["B02"], 30, 0, 0, -0.1, 1.3, 2.0, 0.33, 1013.25)
    with pytest.raises(ValueError, match="zenith"):
        atm.toa_from_boa([[0.1]], ["B02"], 89.5, 0, 0, **STD)
    with pytest.raises(ValueError, match="atmosphere samples"):
        atm.toa_from_boa(np.zeros((3, 1)), ["B02"], np.array([30.0, 40.0]), 0, 0, **STD)
    with pytest.raises(ValueError, match="non-finite"):
        atm.toa_from_boa([[0.1]], ["B02"], np.nan, 0, 0, **STD)
