# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:superresolve audit fixes, on the real MODIS LST window and the real airborne images of tests/data/lst:
bounded radiance conservation around an isolated cold pixel (was 0 K pixels and a ring up to 332 K), the isolated
and out-of-range pixels named in the log, a damaged guide or a VRT's missing source named, too few LST pixels
for the TsHARP line, guide gaps and undeclared zero fill warned, BAND 0 refused, clearer unit messages, and the
output size logged and checked against the free disk space."""
import os
import shutil

import numpy as np
import pytest
import rasterio
from feedback_fixtures import Recording
from lst_fixtures import airborne, modis_window, write
from rasterio.transform import Affine, from_origin

from eolatent.core.superres import aggregate as ag
from eolatent.core.superres import conserve as cs
from eolatent.core.superres import methods as sr
from eolatent.core.superres import modis
from eolatent.core.superres.lst_input import LstInputError
from eolatent.core.superres.superres_raster import run_superres

AIR_T = from_origin(664114.0, 4240012.6, 3.6, 3.6)
DATA = os.path.join(os.path.dirname(__file__), "data")


def read(path):
    with rasterio.open(path) as ds:
        return ds.read(1)


@pytest.fixture(scope="module")
def modis_k():
    """The real MODIS window in Kelvin (all 64 × 64 pixels valid, 306.8–320.1 K)."""
    raw, transform, crs, _ = modis_window()
    t, ok = modis.decode_raw(raw[0], raw[2])
    assert ok.all()
    return t.astype(np.float32), transform, crs


def _run(path, out, feedback=None, **kw):
    kw.setdefault("factor", 8)
    kw.setdefault("method", "cnn_single")
    return run_superres(path, str(out), provider="cpu", threads=1, feedback=feedback or Recording(), **kw)


# ---- 1. one cold pixel: bounded conservation, named in the log ------------------------------------------------
@pytest.mark.parametrize("method", ["cnn_single", "bicubic"])
def test_one_cold_pixel_gives_no_0k_pixel_nor_a_hot_ring(tmp_path, modis_k, method):
    """A 180 K pixel (inside the valid 150–400 K) among 315–318 K ones made four 0.0 K fine pixels in its block
    and neighbours up to 332 K (×8). Now its block stays ≥ 174 K (180 − the 6 K margin), its neighbouring blocks
    ≤ the warmest coarse pixel of their 3×3 neighbourhoods + 6 K, and every block still re-aggregates to its
    coarse value."""
    t, transform, crs = modis_k
    k = t.copy()
    k[32, 32] = 180.0
    path = write(tmp_path / "cold.tif", k, transform, crs=crs)
    log = Recording()
    _run(path, tmp_path / "o.tif", log, method=method)
    fine = read(str(tmp_path / "o.tif"))
    f = 8
    assert np.isfinite(fine).all() and fine.min() >= 174.0 - 1e-3       # was 0.0 K (four pixels), 18 below 150 K
    block = fine[32 * f:33 * f, 32 * f:33 * f]
    assert block.min() >= 174.0 - 1e-3
    ring = fine[31 * f:34 * f, 31 * f:34 * f].copy()
    ring[f:2 * f, f:2 * f] = np.nan
    warmest = float(k[30:35, 30:35].max())                              # 318.2 K
    assert np.nanmax(ring) <= warmest + 6.0 + 1e-3                      # was 332 K with the CNN
    back, _ = ag.radiance_mean(fine, f)
    np.testing.assert_allclose(back, k, atol=2e-3)                      # still radiance-conserving
    assert any("1 isolated coarse pixel(s)" in w and "row 32, column 32: 180.0 K against 31" in w
               and "cloud contamination" in w for w in log.warnings), log.warnings


def test_bounded_conservation_solves_the_block_exactly():
    """Known answer: a block [310, 310, 310, 200] K (a cubic undershoot) conserved to 180 K with bounds 174–320 K:
    the unbounded shift makes a negative radiance (0 K); the bounded one keeps every pixel ≥ 174 K and the
    block's radiance mean equal to 180⁴."""
    fine = np.array([[310.0, 310.0], [310.0, 200.0]], np.float32)
    coarse = np.array([[180.0]], np.float32)
    plain = cs.conserve(fine, coarse, 2)
    assert plain.min() == 0.0                                            # the old behaviour
    out = cs.conserve_bounded(fine, coarse, 2, np.array([[174.0]]), np.array([[320.0]]))
    assert out.min() >= 174.0 - 1e-4 and out.max() <= 320.0 + 1e-4
    assert float(np.mean(out.astype(np.float64) ** 4)) ** 0.25 == pytest.approx(180.0, abs=1e-3)


def test_bounds_leave_normal_data_as_plain_conservation(modis_k):
    """On the real window without an outlier the bounded conservation is the plain one, value for value (the
    published accuracy figures are unchanged)."""
    t, _, _ = modis_k
    ok = np.ones(t.shape, bool)
    bic = sr.bicubic_masked(t, ok, 4)
    np.testing.assert_array_equal(sr.superresolve(t, ok, 4, "bicubic"), cs.conserve(bic, t, 4))


def test_out_of_range_pixels_are_counted_and_a_realistic_cloudy_pixel_named(tmp_path, modis_k):
    """A 450 K pixel was made nodata silently (the log said 99.8 % valid); a 260 K pixel among 315 K ones (cloud
    contamination) was not named."""
    t, transform, crs = modis_k
    k = t.copy()
    k[10, 10] = 450.0
    k[11, 40] = 9999.0
    k[41, 12] = 260.0
    path = write(tmp_path / "k.tif", k, transform, crs=crs)
    log = Recording()
    res = _run(path, tmp_path / "o.tif", log, factor=2, method="bicubic")
    assert res.valid_fraction == pytest.approx(1 - 2 / 4096)
    assert any(w.startswith("2 pixel(s) of the input lie outside the valid LST range 150–400 K (from 450.0 to "
                            "9999.0 K) and were made nodata") for w in log.warnings), log.warnings
    assert any("1 isolated coarse pixel(s)" in w and "row 41, column 12: 260.0 K" in w for w in log.warnings)
    clean = Recording()
    _run(write(tmp_path / "clean.tif", t, transform, crs=crs), tmp_path / "c.tif", clean, factor=2, method="bicubic")
    assert clean.warnings == []                                          # the real window alone: nothing to say


# ---- 2. a damaged guide, a VRT whose source is gone ------------------------------------------------------------
def _airborne_inputs(tmp_path, f=4, guide=None, valid=None):
    truth = ag.crop_to_blocks(airborne("Trad_pm"), 16).astype(np.float32)
    ndvi = (0.15 + 0.75 * np.sqrt(ag.crop_to_blocks(airborne("Fc"), 16))).astype(np.float32)
    coarse, _ = ag.radiance_mean(truth, f)
    if valid is not None:
        coarse = np.where(valid, coarse, np.nan).astype(np.float32)
    c_path = write(tmp_path / "coarse.tif", coarse, AIR_T * Affine.scale(f), crs="EPSG:32610")
    g_path = write(tmp_path / "ndvi.tif", ndvi if guide is None else guide(ndvi), AIR_T, crs="EPSG:32610")
    return coarse, ndvi, c_path, g_path


def test_a_truncated_guide_is_named_as_the_guide(tmp_path):
    """It gave GDAL's raw "Read or write failed … TIFFReadEncodedTile() failed"."""
    coarse, ndvi, c_path, _ = _airborne_inputs(tmp_path)
    tiled = str(tmp_path / "g_tiled.tif")
    with rasterio.open(tiled, "w", driver="GTiff", width=ndvi.shape[1], height=ndvi.shape[0], count=1,
                       dtype="float32", crs="EPSG:32610", transform=AIR_T, tiled=True, blockxsize=32,
                       blockysize=32, compress="deflate") as ds:
        ds.write(ndvi[None])
    cut = str(tmp_path / "g_trunc.tif")
    with open(tiled, "rb") as src, open(cut, "wb") as dst:
        dst.write(src.read(os.path.getsize(tiled) // 2))
    with pytest.raises(LstInputError, match=r"cannot read the guide .*g_trunc.tif \(GDAL: .*\); the file is "
                                            r"truncated or corrupt - download or export it again"):
        _run(c_path, tmp_path / "o.tif", factor=4, method="tsharp", guide_path=cut)


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")   # the VRT without an SRS
def test_a_vrt_with_a_missing_source_names_that_file(tmp_path):
    """Without an SRS it was called "no coordinate reference system", with one "truncated or corrupt"."""
    coarse, ndvi, c_path, g_path = _airborne_inputs(tmp_path)
    gone = str(tmp_path / "moved_away.tif")
    no_srs = tmp_path / "no_srs.vrt"
    no_srs.write_text(f'<VRTDataset rasterXSize="10" rasterYSize="10"><VRTRasterBand dataType="Float32" band="1">'
                      f'<SimpleSource><SourceFilename>{gone}</SourceFilename></SimpleSource></VRTRasterBand>'
                      f'</VRTDataset>')
    with pytest.raises(LstInputError, match=f"cannot read the LST input .*no_srs.vrt: its source file {gone} does "
                                            "not exist .*gdalbuildvrt"):
        _run(str(no_srs), tmp_path / "o.tif")
    t = AIR_T
    guide_vrt = tmp_path / "guide.vrt"
    guide_vrt.write_text(f'<VRTDataset rasterXSize="{ndvi.shape[1]}" rasterYSize="{ndvi.shape[0]}"><SRS>EPSG:32610'
                         f'</SRS><GeoTransform>{t.c}, {t.a}, 0, {t.f}, 0, {t.e}</GeoTransform><VRTRasterBand '
                         f'dataType="Float32" band="1"><SimpleSource><SourceFilename>{gone}</SourceFilename>'
                         f'<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>')
    with pytest.raises(LstInputError, match=f"cannot read the guide .*guide.vrt: its source file {gone} does not "
                                            "exist"):
        _run(c_path, tmp_path / "o.tif", factor=4, method="tsharp", guide_path=str(guide_vrt))


# ---- 3. too few LST pixels for the TsHARP line ---------------------------------------------------------------
def _keep(shape, cells):
    valid = np.zeros(shape, bool)
    for r, c in cells:
        valid[r, c] = True
    return valid


def test_too_few_lst_pixels_is_said_so(tmp_path):
    """Two valid LST pixels were reported as "the guide has no value under the valid LST pixels"."""
    shape = (464 // 4, 160 // 4)
    _, _, c_path, g_path = _airborne_inputs(tmp_path, valid=_keep(shape, [(10, 10), (50, 20)]))
    for method in ("tsharp", "cnn_guided"):
        with pytest.raises(LstInputError, match=r"too few valid LST pixels \(2\) to fit the temperature–guide line "
                                                r".*single-image CNN \(cnn_single\) or bicubic"):
            _run(c_path, tmp_path / "o.tif", factor=4, method=method, guide_path=g_path)


def test_no_valid_lst_pixel_with_a_guide_is_said_so_before_the_line(tmp_path):
    """An all-NaN input with a guided method was told "too few valid LST pixels (0) … choose cnn_single or bicubic",
    which then failed as "holds no valid LST pixel"."""
    from eolatent.core.superres.superres_raster import NoValidLSTPixel

    _, _, c_path, g_path = _airborne_inputs(tmp_path, valid=np.zeros((464 // 4, 160 // 4), bool))
    for method in ("tsharp", "cnn_guided"):
        with pytest.raises(NoValidLSTPixel, match=r"coarse.tif holds no valid LST pixel"):
            _run(c_path, tmp_path / "o.tif", factor=4, method=method, guide_path=g_path)


def test_a_line_on_four_pixels_is_warned_with_its_r2(tmp_path):
    shape = (464 // 4, 160 // 4)
    cells = [(10, 10), (50, 20), (80, 5), (100, 30)]
    coarse, ndvi, c_path, g_path = _airborne_inputs(tmp_path, valid=_keep(shape, cells))
    gc = ag.block_mean(ndvi, 4)
    t = np.array([coarse[c] for c in cells], np.float64)
    g = np.array([gc[c] for c in cells], np.float64)
    r2 = np.corrcoef(t, g)[0, 1] ** 2
    log = Recording()
    _run(c_path, tmp_path / "o.tif", log, factor=4, method="tsharp", guide_path=g_path)
    assert any(w.startswith(f"the temperature–guide line is fitted on only 4 coarse pixels (r² = {r2:.2f}), fewer "
                            "than 30") for w in log.warnings), log.warnings


# ---- 4. guide gaps and undeclared zero fill ------------------------------------------------------------------
def test_a_guide_missing_over_half_the_input_is_warned(tmp_path):
    def half(ndvi):
        g = ndvi.copy()
        g[:, : g.shape[1] // 2] = np.nan
        return g

    _, _, c_path, g_path = _airborne_inputs(tmp_path, guide=half)
    for method in ("cnn_guided", "tsharp"):
        log = Recording()
        _run(c_path, tmp_path / f"{method}.tif", log, factor=4, method=method, guide_path=g_path)
        assert any(w.startswith("the guide has no value under 50.0 % of the valid LST pixels' fine pixels") and
                   "TsHARP gives the coarse temperature there" in w for w in log.warnings), log.warnings


def test_a_strip_of_undeclared_zeros_in_the_guide_is_warned(tmp_path):
    """An S2 edge fill of 0 (8.6 % of the guide) dropped r² from 0.81 to 0.41 without a word."""
    def strip(ndvi):
        g = ndvi.copy()
        g[:40, :] = 0.0
        return g

    coarse, ndvi, c_path, g_path = _airborne_inputs(tmp_path, guide=strip)
    log = Recording()
    res = _run(c_path, tmp_path / "o.tif", log, factor=4, method="tsharp", guide_path=g_path)
    share = 100.0 * 40 / 464
    clean = sr.fit_guide_line(coarse[10:], np.ones(coarse[10:].shape, bool), ag.block_mean(ndvi, 4)[10:])
    assert any(w.startswith(f"{share:.1f} % of the guide values under valid LST pixels are exactly 0") and
               "gdal_edit.py -a_nodata 0" in w and f"r² = {clean.r2:.2f}, against {res.line.r2:.2f}" in w
               for w in log.warnings), log.warnings
    assert res.line.r2 < 0.5 < clean.r2


# ---- 5. BAND 0 ---------------------------------------------------------------------------------------------
def test_band_0_is_refused_like_any_band_that_does_not_exist(tmp_path):
    raw, transform, crs, desc = modis_window()
    path = write(tmp_path / "mod.tif", raw, transform, crs=crs, descriptions=desc)
    for band in (0, -1, 9):
        with pytest.raises(LstInputError, match=f"BAND {band} does not exist: mod.tif has 8 band\\(s\\), numbered "
                                                "from 1"):
            _run(path, tmp_path / "o.tif", factor=2, method="bicubic", band=band)


# ---- 6. unit messages ----------------------------------------------------------------------------------------
def test_unit_messages_name_the_likely_cause(tmp_path, modis_k):
    t, transform, crs = modis_k
    x100 = write(tmp_path / "k100.tif", np.round(t * 100).astype(np.int32), transform, crs=crs, nodata=0)
    with pytest.raises(LstInputError, match=r"median value .* is not a temperature in Kelvin as read \(MODIS raw DN × 0.02, fill 0\).*"
                                            r"× 0.01 give 31\d\.\d K: if the file holds Kelvin × 100 .*declare that "
                                            r"scale .*gdal_edit.py -scale 0.01"):
        _run(x100, tmp_path / "o.tif", factor=2, method="bicubic")
    with pytest.raises(LstInputError, match=r"LULC.tif holds only \d+ distinct whole numbers \(.*\): it looks like a "
                                            r"class map"):
        _run(os.path.join(DATA, "slovenia", "LULC.tif"), tmp_path / "o.tif", factor=2, method="bicubic")
    celsius = write(tmp_path / "c.tif", t - 273.15, transform, crs=crs)
    with pytest.raises(LstInputError, match=r"c.tif looks like °C \(median 4\d\.\d\) although its units are set to "
                                            r"Kelvin"):
        _run(celsius, tmp_path / "o.tif", factor=2, method="bicubic", input_kind="kelvin")
    with pytest.raises(LstInputError, match=r"c.tif looks like °C \(median 4\d\.\d\); convert it"):
        _run(celsius, tmp_path / "o.tif", factor=2, method="bicubic")


# ---- 7. output size and free disk space ----------------------------------------------------------------------
def test_output_size_is_logged_and_checked_against_the_free_space(tmp_path, modis_k, monkeypatch):
    from eolatent.core.engine import disk_space

    t, transform, crs = modis_k
    path = write(tmp_path / "k.tif", t, transform, crs=crs)
    log = Recording()
    _run(path, tmp_path / "o.tif", log, factor=8, method="bicubic")
    assert "output: 512 × 512 pixels (0.3 Mpx), 1.05 MB as float32 before compression" in log.messages
    usage = shutil.disk_usage(str(tmp_path))
    monkeypatch.setattr(disk_space.shutil, "disk_usage", lambda p: usage._replace(free=600_000))
    log = Recording()
    _run(path, tmp_path / "tight.tif", log, factor=8, method="bicubic")      # may fit compressed: warned only
    assert any("has 0.6 MB free, less than the output's 1.05 MB before compression" in w for w in log.warnings)
    monkeypatch.setattr(disk_space.shutil, "disk_usage", lambda p: usage._replace(free=100_000))
    with pytest.raises(LstInputError, match=r"has 0.1 MB free, but the output needs about 0.35 MB even "
                                            r"compressed"):
        _run(path, tmp_path / "full.tif", factor=8, method="bicubic")
    assert not os.path.exists(tmp_path / "full.tif")
