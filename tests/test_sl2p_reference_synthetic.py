# SPDX-License-Identifier: GPL-3.0-or-later
"""The SL2P reference (models/training/sl2p_reference.py) on a small coefficient folder written here, so that its
parser, forward pass, output handling and input-domain test run where SNAP's coefficients are absent (CI): known
answers computed by hand, one pixel at a time, from the same numbers (test_sl2p_reference.py compares it with SNAP's
own test cases where they are present)."""
import math

import numpy as np
import pytest

from eolatent.models.training import sl2p_reference as sl2p

IN_MIN = [0.0, 0.0, 0.0, 0.5, 0.3, -1.0]          # B03 B04 B08, cos VZA, cos SZA, cos RAA
IN_MAX = [0.5, 0.5, 0.5, 1.0, 1.0, 1.0]
W1 = [[0.5, -1.0, 2.0, 0.1, -0.2, 0.3],
      [-0.7, 0.4, 1.1, 0.0, 0.5, -0.1]]
B1 = [0.05, -0.3]
W2 = [1.2, -0.6]
B2 = 0.1
OUT = (0.0, 8.0)                                  # denormalisation YMin, YMax


def _write(folder, extreme=(0.2, 0.0, 8.0), grid=((2, 1, 7),)):
    d = folder / "S2A_10m" / "LAI"
    d.mkdir(parents=True, exist_ok=True)

    def put(kind, rows):
        (d / f"LAI_{kind}").write_text("\n".join(",".join(repr(float(v)) for v in r) for r in rows) + "\n")
    put("Normalisation", zip(IN_MIN, IN_MAX))
    put("Denormalisation", [OUT])
    put("Weights_Layer1_Neurons", W1)
    put("Weights_Layer1_Bias", [[b] for b in B1])
    put("Weights_Layer2_Neurons", [W2])
    put("Weights_Layer2_Bias", [[B2]])
    put("ExtremeCases", [[v] for v in extreme])
    put("DefinitionDomain_MinMax", [(0.0, 0.0, 0.0), (0.5, 0.5, 0.5)])
    put("DefinitionDomain_Grid", grid)


def _by_hand(refl, vza, sza, raa):
    x = list(refl) + [math.cos(math.radians(a)) for a in (vza, sza, raa)]
    xn = [2 * (v - lo) / (hi - lo) - 1 for v, lo, hi in zip(x, IN_MIN, IN_MAX)]
    hidden = [math.tanh(sum(w * v for w, v in zip(row, xn)) + b) for row, b in zip(W1, B1)]
    yn = sum(w * h for w, h in zip(W2, hidden)) + B2
    return 0.5 * (yn + 1) * (OUT[1] - OUT[0]) + OUT[0]


@pytest.fixture()
def auxdata(tmp_path, monkeypatch):
    monkeypatch.setattr(sl2p, "DATA_DIR", tmp_path)
    sl2p.load.cache_clear()
    yield tmp_path
    sl2p.load.cache_clear()


def test_forward_pass_and_domain_flag_give_the_hand_computed_answers(auxdata):
    _write(auxdata)
    pixels = {"B03": [0.05, 0.05], "B04": [0.04, 0.04], "B08": [0.30, 0.45]}   # the second one off the grid
    values, flags = sl2p.predict("LAI", pixels, sun_zenith=35.0, view_zenith=5.0, rel_azimuth=120.0,
                                 bandset="10m", return_flags=True)
    expected = [_by_hand((0.05, 0.04, b08), 5.0, 35.0, 120.0) for b08 in (0.30, 0.45)]
    assert 0.0 < expected[0] < 8.0 and 0.0 < expected[1] < 8.0      # within range: no output handling
    np.testing.assert_allclose(values, expected, rtol=1e-12)
    assert flags.tolist() == [0, sl2p.FLAG_INPUT_OUT_OF_RANGE]        # cell (2, 1, 7) listed, (2, 1, 10) not
    # the relative azimuth enters only through its cosine: any sign or 360° wrap gives the same value
    again = sl2p.predict("LAI", pixels, 35.0, 5.0, -120.0 + 360.0, bandset="10m")
    np.testing.assert_allclose(again, values, rtol=1e-12)


def test_output_handling_follows_the_extreme_cases(auxdata):
    raw = _by_hand((0.05, 0.04, 0.30), 5.0, 35.0, 120.0)
    # the valid range set just above the raw output: within the tolerance → set to the minimum, flag 2
    _write(auxdata, extreme=(0.2, raw + 0.1, 8.0))
    v, f = sl2p.predict("LAI", [0.05, 0.04, 0.30], 35.0, 5.0, 120.0, bandset="10m", return_flags=True)
    assert v == pytest.approx(raw + 0.1) and f == sl2p.FLAG_OUTPUT_THRESHOLDED_TO_MIN
    # beyond the tolerance: kept as it is and flagged 8 (SNAP), NaN in the TestCases convention
    _write(auxdata, extreme=(0.2, raw + 0.5, 8.0))
    sl2p.load.cache_clear()
    v, f = sl2p.predict("LAI", [0.05, 0.04, 0.30], 35.0, 5.0, 120.0, bandset="10m", return_flags=True)
    assert v == pytest.approx(raw) and f == sl2p.FLAG_OUTPUT_TOO_LOW
    x = sl2p.network_inputs([0.05, 0.04, 0.30], 35.0, 5.0, 120.0, bandset="10m")
    v, f = sl2p.evaluate("LAI", x, bandset="10m", invalid="nan")
    assert math.isnan(v) and f == sl2p.FLAG_OUTPUT_TOO_LOW
    # above the maximum within the tolerance: set to the maximum, flag 4
    _write(auxdata, extreme=(0.2, 0.0, raw - 0.1))
    sl2p.load.cache_clear()
    v, f = sl2p.predict("LAI", [0.05, 0.04, 0.30], 35.0, 5.0, 120.0, bandset="10m", return_flags=True)
    assert v == pytest.approx(raw - 0.1) and f == sl2p.FLAG_OUTPUT_THRESHOLDED_TO_MAX


def test_missing_or_malformed_coefficients_name_the_problem(auxdata):
    with pytest.raises(FileNotFoundError, match="set EOLATENT_SL2P_AUXDATA|Set EOLATENT_SL2P_AUXDATA"):
        sl2p.load("LAI", "10m")
    _write(auxdata)
    (auxdata / "S2A_10m" / "LAI" / "LAI_Weights_Layer1_Neurons").write_text("0.5,1.0\n")
    sl2p.load.cache_clear()
    with pytest.raises(ValueError, match="unexpected coefficient shapes"):
        sl2p.load("LAI", "10m")
    with pytest.raises(ValueError, match="has no LAI_Cab network"):
        sl2p.load("LAI_Cab", "10m")
