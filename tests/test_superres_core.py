# SPDX-License-Identifier: GPL-3.0-or-later
"""Super-resolution science on arrays: radiance aggregation, conservation, bicubic, TsHARP on the real
airborne images (README figures), masks that do not bleed, quality metrics."""
import numpy as np
import pytest
from lst_fixtures import airborne

from eolatent.core.superres import aggregate as ag
from eolatent.core.superres import bicubic as bc
from eolatent.core.superres import methods as sr
from eolatent.core.superres import modis, tsharp
from eolatent.core.superres.conserve import conserve
from eolatent.core.superres.metrics import scores


def test_radiance_mean_known_answers():
    t = np.array([[300.0, 310.0], [290.0, 320.0]])
    c, ok = ag.radiance_mean(t, 2)
    want = ((300 ** 4 + 310 ** 4 + 290 ** 4 + 320 ** 4) / 4) ** 0.25
    assert ok.all() and c[0, 0] == pytest.approx(want, abs=1e-4)
    assert want > t.mean()  # the 4th-power mean exceeds the arithmetic mean (305 K → 305.61 K)
    assert want == pytest.approx(305.6131, abs=1e-3)
    t[0, 0] = np.nan  # min_valid 1: the block is invalid; min_valid 0.5: mean of the three others
    assert not ag.radiance_mean(t, 2)[1].any()
    c, ok = ag.radiance_mean(t, 2, min_valid=0.5)
    assert ok.all() and c[0, 0] == pytest.approx(((310 ** 4 + 290 ** 4 + 320 ** 4) / 3) ** 0.25, abs=1e-4)
    assert ag.block_mean(np.arange(16.0).reshape(4, 4), 2).tolist() == [[2.5, 4.5], [10.5, 12.5]]


def test_conservation_round_trip_on_real_image():
    t = ag.crop_to_blocks(airborne("Trad_pm"), 8)
    coarse, ok = ag.radiance_mean(t, 8)
    for fine in (ag.nearest_up(coarse, 8), bc.bicubic_masked(coarse, ok, 8), t + 5.0):
        fixed = conserve(fine, coarse, 8)
        back, _ = ag.radiance_mean(fixed, 8)
        assert np.abs(back - coarse).max() < 1e-3
    # the truth itself is already conserved: unchanged
    assert np.abs(conserve(t, coarse, 8) - t).max() < 1e-3


def test_bicubic_reproduces_constant_and_linear_fields():
    c = np.full((6, 7), 300.0)
    assert np.allclose(bc.bicubic_up(c, 4), 300.0)
    rows, cols = np.mgrid[0:12, 0:10].astype(float)
    ramp = 290.0 + 0.5 * rows + 0.25 * cols
    up = bc.bicubic_up(ramp, 4)
    fr, fc = np.mgrid[0:48, 0:40].astype(float)
    exact = 290.0 + 0.5 * ((fr + 0.5) / 4 - 0.5) + 0.25 * ((fc + 0.5) / 4 - 0.5)
    assert np.abs(up - exact)[8:-8, 8:-8].max() < 1e-4  # away from the replicated edges


def test_tsharp_reproduces_readme_figures():
    """README of lst_samples: block-mean degradation, line on Fc, residual added back: 2.17/2.59/2.84 K."""
    t, fc = airborne("Trad_pm"), airborne("Fc")
    for f, want, nearest in ((4, 2.17, 2.62), (8, 2.59, 3.58), (16, 2.84, 4.26)):
        tt, g = ag.crop_to_blocks(t, f), ag.crop_to_blocks(fc, f)
        c, gc = ag.block_mean(tt, f), ag.block_mean(g, f)
        fine = tsharp.sharpen(c, gc, g, f, tsharp.fit_line(c, gc, np.isfinite(c)))
        assert np.sqrt(np.mean((fine - tt) ** 2)) == pytest.approx(want, abs=0.01)
        assert np.sqrt(np.mean((ag.nearest_up(c, f) - tt) ** 2)) == pytest.approx(nearest, abs=0.01)
        assert np.abs(ag.block_mean(fine, f) - c).max() < 1e-6  # residual added back keeps the block mean


def test_tsharp_fit_recovers_a_known_line():
    g = np.linspace(0.1, 0.9, 20).reshape(4, 5)
    a, b = tsharp.fit_line(310.0 - 20.0 * g, g, np.ones_like(g, bool))
    assert (a, b) == (pytest.approx(310.0), pytest.approx(-20.0))
    with pytest.raises(tsharp.TsharpError, match="fewer than 3"):
        tsharp.fit_line(g, g, np.zeros_like(g, bool))


class _FakeCnn:
    """A 'network' with a 5×5 receptive field, to check masking through the CNN path without a model."""

    input_names = ["x"]

    def run(self, feeds):
        x = feeds["x"][0, 0].astype(np.float64)
        p = np.pad(x, 2, mode="edge")
        out = sum(p[i:i + x.shape[0], j:j + x.shape[1]] for i in range(5) for j in range(5)) / 25.0
        return [out[None, None].astype(np.float32)]


@pytest.mark.parametrize("method", sr.METHODS)
def test_masked_pixel_does_not_bleed(method):
    rng = np.random.default_rng(1)
    coarse = (300 + rng.normal(0, 2, (12, 12))).astype(np.float32)
    valid = np.ones_like(coarse, bool)
    valid[5, 6] = False  # a cloud inside valid pixels
    valid[0, :3] = False  # fill at the edge
    g = rng.uniform(0.1, 0.9, (48, 48)).astype(np.float32)
    line = sr.fit_guide_line(coarse, valid, ag.block_mean(g, 4))
    outs = []
    for cloud_value in (300.0, 250.0, np.nan, 0.0):
        c = coarse.copy()
        c[5, 6] = cloud_value
        c[0, :3] = cloud_value
        outs.append(sr.superresolve(c, valid, 4, method, g, line, _FakeCnn()))
    for o in outs[1:]:
        np.testing.assert_array_equal(o, outs[0])
    fine_valid = ag.nearest_up(valid, 4)
    assert np.isnan(outs[0][~fine_valid]).all() and np.isfinite(outs[0][fine_valid]).all()
    back, _ = ag.radiance_mean(np.where(fine_valid, outs[0], np.nan), 4, min_valid=1.0)
    assert np.nanmax(np.abs(back - coarse)[valid]) < 1e-3


def test_modis_qc_and_raw_decoding():
    dn = np.array([0, 15000, 15000, 15000, 15000, 6000], np.uint16)
    qc = np.array([2, 0, 65, 145, 3, 0], np.uint16)  # fill; good; ≤2 K; ≤3 K (dropped); not produced; 120 K
    t, ok = modis.decode_raw(dn, qc)
    assert ok.tolist() == [False, True, True, False, False, False]
    assert t[1] == pytest.approx(300.0) and np.isnan(t[0])


def test_metrics_known_answers():
    rng = np.random.default_rng(0)
    truth = 300 + rng.normal(0, 3, (40, 40))
    m = np.ones_like(truth, bool)
    s = scores(truth, truth, m)
    assert s["rmse"] == 0 and s["ssim"] == pytest.approx(1.0)
    s = scores(truth + 1.0, truth, m)
    rng_t = truth.max() - truth.min()
    assert s["rmse"] == pytest.approx(1.0) and s["bias"] == pytest.approx(1.0)
    assert s["psnr"] == pytest.approx(20 * np.log10(rng_t), abs=1e-3)
    assert scores(np.full_like(truth, 300.0), truth, m)["ssim"] < 0.05
