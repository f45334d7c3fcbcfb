# SPDX-License-Identifier: GPL-3.0-or-later
"""Water Cloud Model (core/physics/wcm.py) and its torch twin (models/training/wcm_torch.py)."""
import csv
import math

import numpy as np
import pytest

from eolatent.core.physics import wcm


# ---------------------------------------------------------------------------------------------------
# Known answers
# ---------------------------------------------------------------------------------------------------
def test_db_conversions():
    assert wcm.to_db(0.1) == pytest.approx(-10.0)
    assert wcm.to_db(1.0) == 0.0
    assert wcm.from_db(-20.0) == pytest.approx(0.01)
    x = np.array([1e-4, 0.0123, 0.5, 2.0])
    np.testing.assert_allclose(wcm.from_db(wcm.to_db(x)), x, rtol=1e-14)
    assert np.isneginf(wcm.to_db(0.0)) and np.isnan(wcm.to_db(-1.0))
    assert wcm.wavenumber_per_cm(5.405) == pytest.approx(1.13280, abs=1e-5)


def test_wcm_known_answer_linear_db():
    # hand computation: cosθ = 0.5, τ² = exp(-2·0.2·2/0.5) = exp(-1.6), soil = 10^(-5/10)
    params = dict(A=0.1, B=0.2, E=1.0, soil="linear_db", C=-10.0, D=20.0, C_theta=0.0, theta_ref=35.0)
    tau2 = math.exp(-1.6)
    veg = 0.1 * 2.0 * 0.5 * (1.0 - tau2)
    expected = veg + tau2 * 10 ** -0.5
    assert expected == pytest.approx(0.14365563, abs=1e-8)
    c = wcm.components(0.25, 2.0, 60.0, "VV", params)
    assert c["tau2"] == pytest.approx(tau2, rel=1e-14)
    assert c["veg"] == pytest.approx(veg, rel=1e-14)
    assert c["total"] == pytest.approx(expected, rel=1e-14)
    # incidence term: +2 degrees at C_theta = -0.25 dB/deg lowers the soil term by 0.5 dB
    p2 = dict(params, C_theta=-0.25, theta_ref=58.0)
    assert wcm.to_db(wcm.soil_backscatter(0.25, 60.0, "VV", p2)) == pytest.approx(-5.5, abs=1e-12)


def test_bare_soil_and_no_attenuation_limits():
    mv, th = np.linspace(0.05, 0.45, 9), 37.0
    soil = wcm.soil_backscatter(mv, th, "VV")
    np.testing.assert_allclose(wcm.backscatter(mv, 0.0, th, "VV"), soil, rtol=1e-14)  # V = 0: bare soil
    np.testing.assert_allclose(wcm.backscatter(mv, -0.3, th, "VV"), soil, rtol=1e-14)  # V < 0 treated as 0
    # B = 0: no attenuation and no vegetation term (1 − τ² = 0)
    np.testing.assert_allclose(wcm.backscatter(mv, 3.0, th, "VV", B=0.0), soil, rtol=1e-14)
    # dense canopy: σ⁰ → A·V·cosθ, independent of soil moisture
    dense = wcm.backscatter(mv, 60.0, th, "VV", B=0.5)
    np.testing.assert_allclose(dense, 0.0406 * 60.0 * math.cos(math.radians(th)), rtol=1e-12)


def _oh2004_scalar(mv, theta_deg, ks, pol):
    """Oh (2004) equations written out once more, in scalar math, as an independent check."""
    t = math.radians(theta_deg)
    vh = 0.11 * mv ** 0.7 * math.cos(t) ** 2.2 * (1 - math.exp(-0.32 * ks ** 1.8))
    q = 0.095 * (0.13 + math.sin(1.5 * t)) ** 1.4 * (1 - math.exp(-1.3 * ks ** 0.9))
    p = 1 - (theta_deg / 90.0) ** (0.35 * mv ** -0.65) * math.exp(-0.4 * ks ** 1.4)
    return {"VH": vh, "VV": vh / q, "HH": p * vh / q}[pol]


@pytest.mark.parametrize("pol", ["VV", "VH", "HH"])
@pytest.mark.parametrize("mv,theta,ks", [(0.2, 40.0, 1.0), (0.05, 30.0, 0.6), (0.35, 45.0, 2.5)])
def test_oh2004_known_values(pol, mv, theta, ks):
    assert wcm.soil_oh2004(mv, theta, pol, ks) == pytest.approx(_oh2004_scalar(mv, theta, ks, pol), rel=1e-13)


def test_oh2004_typical_magnitudes():
    # C band, θ = 38°, mv = 0.25, s = 1 cm (ks = 1.13): bare-soil VV about −9 dB, VH about −21 dB
    ks = 1.0 * wcm.wavenumber_per_cm()
    assert wcm.to_db(wcm.soil_oh2004(0.25, 38.0, "VV", ks)) == pytest.approx(-9.27, abs=0.05)
    assert wcm.to_db(wcm.soil_oh2004(0.25, 38.0, "VH", ks)) == pytest.approx(-20.90, abs=0.05)


def test_oh2004_physical_behaviour():
    mv = np.linspace(0.02, 0.5, 49)[:, None]
    theta = np.linspace(29.0, 46.0, 18)[None, :]
    for ks in (0.6, 1.3, 2.8):
        vv = wcm.soil_oh2004(mv, theta, "VV", ks)
        vh = wcm.soil_oh2004(mv, theta, "VH", ks)
        hh = wcm.soil_oh2004(mv, theta, "HH", ks)
        assert np.all(np.diff(vv, axis=0) > 0) and np.all(np.diff(vh, axis=0) > 0)   # wetter → brighter
        assert np.all(np.diff(vv, axis=1) < 0) and np.all(np.diff(vh, axis=1) < 0)   # steeper → darker
        assert np.all(vv > vh) and np.all(wcm.to_db(vv) - wcm.to_db(vh) > 8.0)      # co-pol ≫ cross-pol
        assert np.all(hh < vv)                                                      # p < 1 (Oh: HH < VV)
    # rougher → brighter in both polarisations
    ks = np.linspace(0.3, 3.0, 28)
    assert np.all(np.diff(wcm.soil_oh2004(0.2, 35.0, "VH", ks)) > 0)
    assert np.all(np.diff(wcm.soil_oh2004(0.2, 35.0, "VV", ks)) > 0)


def test_vegetation_reduces_soil_moisture_sensitivity():
    lai = np.array([0.0, 1.0, 3.0, 6.0])
    wet = wcm.to_db(wcm.backscatter(0.40, lai, 35.0, "VV"))
    dry = wcm.to_db(wcm.backscatter(0.10, lai, 35.0, "VV"))
    sens = wet - dry
    assert sens[0] == pytest.approx(7 * math.log10(4.0), rel=1e-12)  # mv^0.7 on bare soil: 4.21 dB
    assert np.all(np.diff(sens) < 0) and sens[-1] < 0.5


# ---------------------------------------------------------------------------------------------------
# Parameter sets and data
# ---------------------------------------------------------------------------------------------------
def test_soybean_set_matches_csv_and_reproduces_its_fit():
    rows = {r["id"]: r for r in wcm.load_parameter_table()}
    for pol in ("VV", "VH"):
        row = rows[f"thiswork_soybean_S1_{pol}"]
        p = wcm.get_params("smapvex16_soybean_s1", pol)
        assert (p["A"], p["B"], p["C"], p["D"]) == (float(row["A"]), float(row["B"]), float(row["C_dB"]),
                                                    float(row["D_dB_per_m3m3"]))
    d = wcm.load_smapvex16()
    assert len(d["SM_m3m3"]) == 40
    for pol, rmse_csv, r_csv in (("VV", 1.37, 0.57), ("VH", 1.32, 0.63)):  # fit_stats column of the CSV
        sim = wcm.to_db(wcm.backscatter(d["SM_m3m3"], d["PAI"], d["INC_deg"], pol, "smapvex16_soybean_s1"))
        assert np.sqrt(np.mean((sim - d[pol + "_dB"]) ** 2)) == pytest.approx(rmse_csv, abs=0.005)
        assert np.corrcoef(sim, d[pol + "_dB"])[0, 1] == pytest.approx(r_csv, abs=0.005)
        np.testing.assert_allclose(wcm.to_db(d[pol + "_linear"]), d[pol + "_dB"], atol=1e-4)


def test_prevot_set_matches_csv():
    row = {r["id"]: r for r in wcm.load_parameter_table()}["prevot1993_wheat_C_HH"]
    p = wcm.get_params("prevot1993_wheat_C_HH", "HH")
    assert (p["B"], p["C"], p["D"]) == (float(row["B"]), float(row["C_dB"]), float(row["D_dB_per_m3m3"]))


def test_lineardb_set_is_the_fit_of_oh2004():
    fit = wcm.fit_linear_db_to_oh2004()
    for pol in ("VV", "VH"):
        p = wcm.get_params("eolatent_s1_lineardb", pol)
        for k in ("C", "D", "C_theta"):
            assert p[k] == pytest.approx(fit[pol][k], abs=1e-4)
        assert fit[pol]["rmse_db"] < 0.6
    assert fit["VV"]["D"] == pytest.approx(fit["VH"]["D"], rel=1e-9)  # q does not depend on mv


def test_training_prior_centres_are_the_default_set():
    from eolatent.models.training import simulate_soilmoisture as sim

    for pol in ("VV", "VH"):
        p = wcm.get_params(wcm.DEFAULT_SET, pol)
        pb = sim.PRIORS[f"B_{pol}"]
        pa = sim.PRIORS[f"A_{pol}"]
        assert p["B"] == pytest.approx(math.sqrt(pb["min"] * pb["max"]), rel=1e-3)
        assert p["A"] == pytest.approx(math.sqrt(pa["min"] * pa["max"]), rel=1e-3)
    s = sim.PRIORS["s_cm"]
    assert wcm.S_REF_CM == pytest.approx(math.sqrt(s["min"] * s["max"]), rel=1e-3)


def test_bad_parameters_refused():
    with pytest.raises(KeyError):
        wcm.backscatter(0.2, 1.0, 35.0, "VV", "no_such_set")
    with pytest.raises(KeyError):
        wcm.backscatter(0.2, 1.0, 35.0, "VV", "prevot1993_wheat_C_HH")  # HH only
    with pytest.raises(ValueError):
        wcm.backscatter(0.2, 1.0, 35.0, "VV", soil="iem")
    with pytest.raises(ValueError):  # D = 0: nothing to invert
        wcm.invert_mv(0.1, 1.0, 30.0, "VV", "smapvex16_soybean_s1")


def test_ndvi_descriptor_option():
    params = {"descriptor": "NDVI", "VV": dict(A=0.15, B=0.3, E=1.0, soil="linear_db", C=-12.0, D=15.0)}
    p = wcm.get_params(params, "VV")
    assert p["descriptor"] == "NDVI"
    ndvi = np.array([0.2, 0.5, 0.8])
    c = wcm.components(0.3, ndvi, 40.0, "VV", params)
    cos_t = math.cos(math.radians(40.0))
    np.testing.assert_allclose(c["tau2"], np.exp(-0.6 * ndvi / cos_t), rtol=1e-14)
    np.testing.assert_allclose(c["veg"], 0.15 * ndvi * cos_t * (1 - np.exp(-0.6 * ndvi / cos_t)), rtol=1e-14)


# ---------------------------------------------------------------------------------------------------
# Inversion
# ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pset", ["eolatent_s1_lineardb", "eolatent_s1_oh2004"])
@pytest.mark.parametrize("pol", ["VV", "VH"])
def test_closed_form_inversion_round_trip(pset, pol):
    rng = np.random.default_rng(3)
    mv = rng.uniform(0.02, 0.5, 500)
    lai = rng.uniform(0.0, 4.0, 500)
    th = rng.uniform(29.0, 46.0, 500)
    s0 = wcm.backscatter(mv, lai, th, pol, pset)
    np.testing.assert_allclose(wcm.invert_mv(s0, lai, th, pol, pset), mv, rtol=1e-9)
    np.testing.assert_allclose(wcm.invert_mv(wcm.to_db(s0), lai, th, pol, pset, db=True), mv, rtol=1e-9)
    # with per-sample parameters (the simulator's use)
    s_cm = rng.uniform(0.5, 2.5, 500)
    A = rng.uniform(0.02, 0.06, 500)
    s1 = wcm.backscatter(mv, lai, th, pol, pset, A=A, s_cm=s_cm)
    np.testing.assert_allclose(wcm.invert_mv(s1, lai, th, pol, pset, A=A, s_cm=s_cm), mv, rtol=1e-9)


def test_inversion_without_soil_signal():
    s_veg, _ = wcm.vegetation(3.0, 35.0, 0.0406, 0.2269)
    too_dark = 0.5 * s_veg
    assert np.isneginf(wcm.invert_mv(too_dark, 3.0, 35.0, "VV", "eolatent_s1_lineardb"))
    assert wcm.invert_mv(too_dark, 3.0, 35.0, "VV", "eolatent_s1_lineardb", clip=(0.02, 0.5)) == 0.02
    assert wcm.invert_mv(too_dark, 3.0, 35.0, "VV") == 0.0
    assert np.isnan(wcm.invert_mv(np.nan, 3.0, 35.0, "VV"))


# ---------------------------------------------------------------------------------------------------
# Torch twin
# ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pset", ["eolatent_s1_oh2004", "eolatent_s1_lineardb", "smapvex16_soybean_s1"])
@pytest.mark.parametrize("pol", ["VV", "VH"])
def test_torch_matches_numpy(pset, pol):
    torch = pytest.importorskip("torch")
    from eolatent.models.training import wcm_torch

    rng = np.random.default_rng(11)
    n = 300
    mv, lai, th = rng.uniform(0.0, 0.5, n), rng.uniform(0.0, 7.0, n), rng.uniform(29.0, 46.0, n)
    lai[:5] = 0.0
    ref = wcm.components(mv, lai, th, pol, pset)
    got = wcm_torch.components(torch.from_numpy(mv), torch.from_numpy(lai), torch.from_numpy(th), pol, pset)
    for k in ("veg", "tau2", "soil", "total"):
        np.testing.assert_allclose(got[k].numpy(), ref[k], rtol=1e-10, atol=1e-12)
        assert got[k].dtype == torch.float64
    if pset == "eolatent_s1_oh2004":
        hh_ref = wcm.soil_oh2004(mv, th, "HH", 1.4)
        hh = wcm_torch.soil_oh2004(torch.from_numpy(mv), torch.from_numpy(th), "HH", 1.4)
        np.testing.assert_allclose(hh.numpy(), hh_ref, rtol=1e-10)


def test_torch_gradients_finite_and_correct():
    torch = pytest.importorskip("torch")
    from eolatent.models.training import wcm_torch

    mv = torch.tensor([0.0, 0.02, 0.25, 0.5], dtype=torch.float64, requires_grad=True)
    lai = torch.tensor([0.0, 0.5, 3.0, 7.0], dtype=torch.float64, requires_grad=True)
    A = torch.tensor(0.04, dtype=torch.float64, requires_grad=True)
    B = torch.tensor(0.2, dtype=torch.float64, requires_grad=True)
    s_cm = torch.tensor(1.2, dtype=torch.float64, requires_grad=True)
    total = 0.0
    for pol in ("VV", "VH"):
        total = total + wcm_torch.to_db(wcm_torch.backscatter(mv, lai, 38.0, pol, A=A, B=B, s_cm=s_cm)).sum()
    total.backward()
    for t in (mv, lai, A, B, s_cm):
        assert torch.all(torch.isfinite(t.grad)), t
    assert torch.all(mv.grad[1:] > 0)  # wetter → brighter
    # finite differences on d σ⁰_VV / d mv at mv = 0.25
    f = lambda m: float(wcm.backscatter(m, 3.0, 38.0, "VV", A=0.04, B=0.2, s_cm=1.2))
    m = torch.tensor(0.25, dtype=torch.float64, requires_grad=True)
    wcm_torch.backscatter(m, 3.0, 38.0, "VV", A=0.04, B=0.2, s_cm=1.2).backward()
    assert float(m.grad) == pytest.approx((f(0.25 + 1e-6) - f(0.25 - 1e-6)) / 2e-6, rel=1e-6)


def test_data_readme_section_and_licence_present():
    import os

    readme = open(os.path.join(wcm.DATA_DIR, "README.md"), encoding="utf-8").read()
    assert "MIT" in readme and "Dipankar Mandal" in readme and "Prevot" in readme
    with open(wcm.PARAMETER_CSV, newline="", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 5
