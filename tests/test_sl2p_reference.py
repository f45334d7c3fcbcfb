# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the SL2P reference (models/training/sl2p_reference.py) against SNAP's own TestCases.

SNAP's *_TestCases files hold the network inputs (reflectances, cos VZA, cos SZA, cos RAA) and the
expected output, printed with about 5 significant digits for the inputs and 7 for the output.
The tolerance per case is the first-order effect of that printing: sum_i |d out / d x_i| * (half a
unit in the last printed digit of x_i) + half a unit in the last printed digit of the output.
Every case of every file must agree within that bound, and within 5e-4 of the variable's output
range in absolute terms. S2A/LAI_Cw has no TestCases file in this copy (see the data README).
"""
import functools
import re
from pathlib import Path

import numpy as np
import pytest

from eolatent.models.training import sl2p_reference as sl2p

# SNAP's coefficients are GPL-3.0 data of s2tbx, not shipped in this repository (sl2p_reference.md)
pytestmark = pytest.mark.skipif(not sl2p.available(), reason="EOLATENT_SL2P_AUXDATA does not point at SNAP's auxdata")

FOLDER = {"20m": "S2A", "10m": "S2A_10m"}
CASES = [("20m", "LAI"), ("20m", "FAPAR"), ("20m", "FCOVER"), ("20m", "LAI_Cab"),
         ("10m", "LAI"), ("10m", "FAPAR"), ("10m", "FCOVER")]
if (sl2p.DATA_DIR / "S2A" / "LAI_Cw" / "LAI_Cw_TestCases").exists():
    CASES.append(("20m", "LAI_Cw"))

_NUM = re.compile(r"^\s*[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?\s*$")

# a green canopy (20 m bands B03 B04 B05 B06 B07 B8A B11 B12)
VEG = np.array([0.06, 0.04, 0.09, 0.25, 0.32, 0.35, 0.20, 0.10])


def _half_unit(token: str) -> float:
    """Half a unit in the last printed digit of a number as written in the file (NaN for NaN)."""
    m = _NUM.match(token)
    if m is None:
        return np.nan
    return 0.5 * 10.0 ** (int(m.group(3) or 0) - len(m.group(2) or ""))


@functools.lru_cache(maxsize=None)
def _test_cases(bandset, variable):
    path = sl2p.DATA_DIR / FOLDER[bandset] / variable / f"{variable}_TestCases"
    lines = [ln for ln in Path(path).read_text().splitlines() if ln.strip()]
    values = np.array([[float(t) for t in ln.split(",")] for ln in lines])
    half = np.array([[_half_unit(t) for t in ln.split(",")] for ln in lines])
    return values[:, :-1], values[:, -1], half[:, :-1], half[:, -1]


def _rounding_bound(variable, bandset, x, half_in, half_out):
    """First-order output error caused by the printed rounding of inputs and output."""
    step = 1e-6
    grad = np.empty_like(x)
    for i in range(x.shape[1]):
        up, down = x.copy(), x.copy()
        up[:, i] += step
        down[:, i] -= step
        grad[:, i] = (sl2p.evaluate(variable, up, bandset, invalid="raw")[0]
                      - sl2p.evaluate(variable, down, bandset, invalid="raw")[0]) / (2 * step)
    return (np.abs(grad) * half_in).sum(axis=1) + half_out


def _degrees(x, n_bands):
    """Back from the cosines of a TestCases row to (bands, sun zenith, view zenith, rel. azimuth)."""
    vza, sza, raa = (np.degrees(np.arccos(np.clip(x[:, n_bands + k], -1, 1))) for k in range(3))
    return x[:, :n_bands], sza, vza, raa


@pytest.mark.parametrize("bandset,variable", CASES)
def test_reproduces_snap_test_cases(bandset, variable):
    x, expected, half_in, half_out = _test_cases(bandset, variable)
    net = sl2p.load(variable, bandset)
    bands, sza, vza, raa = _degrees(x, len(net.bands))

    # through the public API, angles in degrees; the TestCases convention puts NaN beyond tolerance
    got, flags = sl2p.predict(variable, bands, sza, vza, raa, bandset=bandset, invalid="nan", return_flags=True)
    direct = sl2p.evaluate(variable, x, bandset, invalid="nan")[0]
    np.testing.assert_allclose(got, direct, rtol=1e-9, atol=1e-9 * (net.out_max - net.out_min))

    nan_expected = np.isnan(expected)
    assert np.array_equal(np.isnan(got), nan_expected)
    assert np.all(flags[nan_expected] & (sl2p.FLAG_OUTPUT_TOO_HIGH | sl2p.FLAG_OUTPUT_TOO_LOW))

    ok = ~nan_expected
    err = np.abs(got[ok] - expected[ok])
    bound = _rounding_bound(variable, bandset, x[ok], half_in[ok], half_out[ok])
    worst = np.argmax(err / bound)
    assert np.all(err <= bound), (f"{bandset}/{variable}: {np.sum(err > bound)} cases beyond the rounding "
                                  f"bound, worst err {err[worst]:.3g} vs bound {bound[worst]:.3g}")
    assert err.max() <= 5e-4 * (net.out_max - net.out_min)

    # outputs set to the min/max within tolerance equal the file exactly
    clamped = (flags[ok] & (sl2p.FLAG_OUTPUT_THRESHOLDED_TO_MIN | sl2p.FLAG_OUTPUT_THRESHOLDED_TO_MAX)) > 0
    assert np.all(err[clamped] == 0.0)

    # the test is sensitive to the angle order: sun and view zenith swapped do not reproduce the file
    swapped = sl2p.predict(variable, bands, vza, sza, raa, bandset=bandset, invalid="nan")
    assert np.nanmax(np.abs(swapped[ok] - expected[ok]) - bound) > 0


def test_snap_mode_keeps_raw_output_beyond_tolerance():
    x, expected, _, _ = _test_cases("20m", "LAI")
    snap, flags = sl2p.evaluate("LAI", x, "20m", invalid="snap")
    raw, _ = sl2p.evaluate("LAI", x, "20m", invalid="raw")
    too_high = np.isnan(expected)
    assert too_high.any()
    assert np.all(flags[too_high] & sl2p.FLAG_OUTPUT_TOO_HIGH)
    np.testing.assert_array_equal(snap[too_high], raw[too_high])
    assert np.all(raw[too_high] > 8.0 + 0.2)
    to_max = (flags & sl2p.FLAG_OUTPUT_THRESHOLDED_TO_MAX) > 0
    assert to_max.any() and np.all(snap[to_max] == 8.0) and np.all(raw[to_max] > 8.0)


def _snap_domain_flag(net, refl):
    """SNAP's definition-domain test written as SNAP does it: per-band box, then the grid cell as a
    concatenated decimal string looked up among the grid rows' strings."""
    grid = np.loadtxt(sl2p.DATA_DIR / FOLDER[net.bandset] / net.variable
                      / f"{net.variable}_DefinitionDomain_Grid", delimiter=",").astype(int)
    keys = {"".join(str(v) for v in row) for row in grid}
    out = []
    for r in refl:
        if np.any(r < net.domain_min) or np.any(r > net.domain_max) or np.any(np.isnan(r)):
            out.append(True)
            continue
        cell = np.floor(10 * (r - net.domain_min) / (net.domain_max - net.domain_min) + 1).astype(int)
        out.append("".join(str(v) for v in cell) not in keys)
    return np.array(out)


@pytest.mark.parametrize("bandset,variable", [("20m", "LAI"), ("20m", "LAI_Cw"), ("10m", "FCOVER")])
def test_input_domain_flag_matches_snap_rule(bandset, variable):
    net = sl2p.load(variable, bandset)
    rng = np.random.default_rng(0)
    n = len(net.bands)
    span = net.domain_max - net.domain_min
    # inside the box (some on the grid, most not), slightly outside it, and the test-case inputs
    refl = np.concatenate([
        net.domain_min + rng.uniform(0, 1, (3000, n)) * span,
        net.domain_min + rng.uniform(-0.05, 1.05, (1000, n)) * span,
        _test_cases(bandset, "LAI")[0][:3000, :n],
    ])
    refl[5, 2] = np.nan
    flag = sl2p.input_out_of_range(variable, refl, bandset)
    np.testing.assert_array_equal(flag, _snap_domain_flag(net, refl))
    assert flag.any() and (~flag).any()
    assert flag[5]
    # the flag comes back in predict's bit 0 as well
    bits = sl2p.predict(variable, refl, 40.0, 5.0, 100.0, bandset=bandset, return_flags=True)[1]
    np.testing.assert_array_equal((bits & sl2p.FLAG_INPUT_OUT_OF_RANGE) > 0, flag)


def test_domain_flag_on_simple_spectra():
    assert not sl2p.input_out_of_range("LAI", VEG)
    bright = VEG.copy()
    bright[0] = 0.6  # B03 far above every training spectrum
    assert sl2p.input_out_of_range("LAI", bright)
    assert not sl2p.input_out_of_range("LAI", {"B3": 0.06, "B4": 0.04, "B8": 0.35}, bandset="10m")


@pytest.mark.parametrize("bandset", ["20m", "10m"])
def test_lai_fapar_fcover_increase_with_nir(bandset):
    nir = np.linspace(0.28, 0.45, 9)
    if bandset == "20m":
        bands = np.tile(VEG, (nir.size, 1))
        bands[:, 5] = nir          # B8A
        bands[:, 4] = 0.92 * nir   # B07 follows the NIR plateau
    else:
        bands = {"B03": 0.06, "B04": 0.04, "B08": nir}
    for variable in ("LAI", "FAPAR", "FCOVER"):
        values, flags = sl2p.predict(variable, bands, 40.0, 5.0, 100.0, bandset=bandset, return_flags=True)
        assert np.all(np.diff(values) > 0), (bandset, variable, values)
        assert np.all(flags == 0), (bandset, variable, flags)
    lai = sl2p.predict("LAI", bands, 40.0, 5.0, 100.0, bandset=bandset)
    assert 1.0 < lai[0] < lai[-1] < 8.0


def test_cwc_plausible_without_test_cases():
    # more SWIR absorption (darker B11, B12) means more water per leaf area: CWC / LAI goes up
    scale = np.linspace(0.7, 1.3, 7)
    bands = np.tile(VEG, (scale.size, 1))
    bands[:, 6:] *= scale[:, None]
    cwc, flags = sl2p.predict("CWC", bands, 40.0, 5.0, 100.0, return_flags=True)
    lai = sl2p.predict("LAI", bands, 40.0, 5.0, 100.0)
    assert np.all(flags == 0)
    assert np.all(np.diff(cwc / lai) < 0)
    assert np.all((0.01 < cwc / lai) & (cwc / lai < 0.06))  # Cw in g/cm², the PROSAIL range
    # over SNAP's LAI test inputs CWC (= LAI·Cw) ranks like LAI and stays in its output range
    x = _test_cases("20m", "LAI")[0]
    cwc, f_cwc = sl2p.evaluate("LAI_Cw", x)
    lai, f_lai = sl2p.evaluate("LAI", x)
    ok = (f_cwc == 0) & (f_lai == 0)
    assert ok.sum() > 10000
    rank = lambda a: np.argsort(np.argsort(a))  # noqa: E731
    assert np.corrcoef(rank(cwc[ok]), rank(lai[ok]))[0, 1] > 0.9
    assert np.all((cwc[ok] >= 0.0) & (cwc[ok] <= 0.55))


def test_api_shapes_names_and_units():
    image = np.broadcast_to(VEG, (4, 5, 8))
    lai = sl2p.predict("LAI", image, 40.0, 5.0, 100.0)
    assert lai.shape == (4, 5) and np.allclose(lai, lai[0, 0])
    as_dict = dict(zip(("B3", "b04", "B05", "B6", "B07", "B8A", "B11", "B12"), VEG))
    for variable in sl2p.VARIABLES:
        assert sl2p.predict(variable, as_dict, 40.0, 5.0, 100.0) == pytest.approx(
            sl2p.predict(variable, VEG, 40.0, 5.0, 100.0), rel=1e-15)
    # only the cosine of the relative azimuth enters
    assert sl2p.predict("LAI", VEG, 40.0, 5.0, -100.0) == pytest.approx(sl2p.predict("LAI", VEG, 40.0, 5.0, 260.0))
    assert sl2p.predict("LAI", VEG, 40.0, 5.0, 100.0) == pytest.approx(sl2p.predict("LAI", VEG, 40.0, 5.0, 260.0))
    # per-pixel angles broadcast
    angles = np.array([20.0, 40.0, 60.0])
    assert sl2p.predict("FAPAR", VEG, angles, 5.0, 100.0).shape == (3,)
    # aliases and units
    ccc = sl2p.predict("CCC", VEG, 40.0, 5.0, 100.0)
    assert ccc == sl2p.predict("LAI_Cab", VEG, 40.0, 5.0, 100.0)
    assert sl2p.predict("CCC", VEG, 40.0, 5.0, 100.0, units="eolatent") == pytest.approx(ccc * 0.01)
    assert sl2p.predict("CWC", VEG, 40.0, 5.0, 100.0, units="eolatent") == pytest.approx(
        10.0 * sl2p.predict("LAI_Cw", VEG, 40.0, 5.0, 100.0))
    assert sl2p.band_names("10m") == ("B03", "B04", "B08")
    with pytest.raises(ValueError):
        sl2p.load("LAI_Cab", bandset="10m")
    with pytest.raises(ValueError):
        sl2p.predict("LAI", VEG[:3], 40.0, 5.0, 100.0)
    with pytest.raises(KeyError):
        sl2p.predict("LAI", {"B03": 0.06, "B04": 0.04}, 40.0, 5.0, 100.0, bandset="10m")


def test_network_shapes():
    for bandset, (_, bands, variables) in sl2p.BANDSETS.items():
        for variable in variables:
            net = sl2p.load(variable, bandset)
            assert net.w1.shape == (5, len(bands) + 3) and net.w2.shape == (5,)
            assert net.domain_cells is not None and net.domain_min.shape == (len(bands),)
