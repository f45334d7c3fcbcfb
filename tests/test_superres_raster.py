# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:superresolve engine on rasters: MODIS raw detection with QC, exact fine grid (sinusoidal),
conservation, tiling equals the whole-array computation, guides (NDVI band, S2 stack) and refused inputs."""
import os

import numpy as np
import pytest
import rasterio
from lst_fixtures import MODIS_PIXEL, airborne, modis_window, write
from rasterio.transform import Affine, from_origin

from eolatent.core.outputs.geotiff import OutputError
from eolatent.core.superres import aggregate as ag
from eolatent.core.superres import methods as sr
from eolatent.core.superres import modis
from eolatent.core.superres.lst_input import LstInputError
from eolatent.core.superres.superres_raster import run_superres

AIR_T = from_origin(664114.0, 4240012.6, 3.6, 3.6)


def read(path):
    with rasterio.open(path) as ds:
        return ds.read(1), ds.transform, ds.crs, ds.tags(), ds.width, ds.height


@pytest.fixture(scope="module")
def modis_tif(tmp_path_factory):
    raw, transform, crs, desc = modis_window()
    raw[0, 10:14, 20:26] = 0  # a fill block inside the window, on top of the real clouds
    path = write(tmp_path_factory.mktemp("modis") / "mod11a1.tif", raw, transform, crs=crs, descriptions=desc)
    t, ok = modis.decode_raw(raw[0], raw[2])
    return path, t, ok, transform


def test_modis_raw_detected_qc_applied_grid_exact_and_conserved(modis_tif, tmp_path):
    path, t, ok, transform = modis_tif
    out = str(tmp_path / "fine.tif")
    res = run_superres(path, out, factor=4, method="bicubic", provider="cpu", threads=1, tile_size=64)
    assert "MODIS raw" in res.input and "QC_Day" in res.input and "LST_Day_1km" in res.input
    fine, ft, crs, tags, w, h = read(out)
    assert (w, h) == (64 * 4, 64 * 4) and crs.to_proj4().startswith("+proj=sinu")
    assert (ft.c, ft.f) == (transform.c, transform.f)  # same origin
    assert ft.a == pytest.approx(MODIS_PIXEL / 4, rel=1e-12) and ft.e == pytest.approx(-MODIS_PIXEL / 4, rel=1e-12)
    fine_ok = ag.nearest_up(ok, 4)
    assert np.isfinite(fine[fine_ok]).all() and np.isnan(fine[~fine_ok]).all()
    back, _ = ag.radiance_mean(np.where(fine_ok, fine, np.nan), 4)
    assert np.abs(back - t)[ok].max() < 1e-3  # re-aggregating the result returns the input
    assert tags["EOLATENT_METHOD"] == "bicubic" and tags["EOLATENT_CONSERVE"] == "True"
    assert tags["EOLATENT_PROVIDER"] == "cpu" and "EOLATENT_MODEL" not in tags     # no network, but said as elsewhere


def test_log_describes_the_input_in_the_users_language_and_the_tag_in_english(modis_tif, tmp_path):
    """The log's input line follows the translator (it was English inside French lines); EOLATENT_INPUT stays
    English, as every tag."""
    from feedback_fixtures import Recording

    from eolatent.core import i18n

    fake = {"MODIS raw DN × 0.02, fill 0": "DN bruts MODIS × 0.02, remplissage 0", ", QC from {band}": ", QC d'après {band}",
            "Bicubic": "Bicubique"}
    log, before = Recording(), i18n._translate
    i18n.set_translator(lambda text: fake.get(text, text))
    try:
        run_superres(modis_tif[0], str(tmp_path / "fine.tif"), factor=2, method="bicubic", provider="cpu",
                     threads=1, feedback=log)
    finally:
        i18n.set_translator(before)
    said = next(m for m in log.messages if m.startswith("input: "))
    assert "(DN bruts MODIS × 0.02, remplissage 0, QC d'après QC_Day)" in said and "MODIS raw" not in said
    assert "method Bicubique, ×2" in said                       # the method as the dialog names it
    assert "(MODIS raw DN × 0.02, fill 0, QC from QC_Day)" in read(str(tmp_path / "fine.tif"))[3]["EOLATENT_INPUT"]


def test_kelvin_input_gives_the_same_result_as_raw(tmp_path):
    raw, transform, crs, _ = modis_window()
    raw_path = write(tmp_path / "raw.tif", raw[0], transform, crs=crs, descriptions=["LST_Day_1km"])
    kelvin = np.where(raw[0] > 0, raw[0] * 0.02, np.nan).astype(np.float32)
    k_path = write(tmp_path / "k.tif", kelvin, transform, crs=crs, nodata=float("nan"))
    a, b = str(tmp_path / "a.tif"), str(tmp_path / "b.tif")
    ra = run_superres(raw_path, a, factor=2, method="bicubic", provider="cpu", threads=1)
    rb = run_superres(k_path, b, factor=2, method="bicubic", provider="cpu", threads=1)
    assert "MODIS raw" in ra.input and "Kelvin" in rb.input
    np.testing.assert_allclose(read(a)[0], read(b)[0], atol=1e-4, equal_nan=True)


def test_tiled_cnn_run_equals_whole_array(modis_tif, tmp_path):
    from eolatent.core.engine.registry import find_model

    path, t, ok, _ = modis_tif
    out, one = str(tmp_path / "cnn.tif"), str(tmp_path / "one_tile.tif")
    run_superres(path, out, factor=4, method="cnn_single", provider="cpu", threads=1, tile_size=48)
    run_superres(path, one, factor=4, method="cnn_single", provider="cpu", threads=1, tile_size=4096)
    np.testing.assert_allclose(read(out)[0], read(one)[0], atol=2e-3, equal_nan=True)  # no seams
    session = find_model(sr.MODEL_IDS["cnn_single"]).session("cpu", 1)
    whole = sr.superresolve(t, ok, 4, "cnn_single", session=session)
    inner = (slice(12, -12), slice(12, -12))  # the raster's own edges are padded differently
    np.testing.assert_allclose(read(out)[0][inner], whole[inner], atol=2e-3, equal_nan=True)


def _airborne_inputs(tmp_path, f=4):
    truth = ag.crop_to_blocks(airborne("Trad_pm"), 16).astype(np.float32)
    fc = ag.crop_to_blocks(airborne("Fc"), 16)
    ndvi = (0.15 + 0.75 * np.sqrt(fc)).astype(np.float32)
    coarse, _ = ag.radiance_mean(truth, f)
    c_path = write(tmp_path / "coarse.tif", coarse, AIR_T * Affine.scale(f), crs="EPSG:32610")
    g_path = write(tmp_path / "ndvi.tif", ndvi, AIR_T, crs="EPSG:32610")
    return truth, ndvi, coarse, c_path, g_path


def test_tsharp_raster_matches_arrays_and_beats_bicubic(tmp_path):
    truth, ndvi, coarse, c_path, g_path = _airborne_inputs(tmp_path)
    out = str(tmp_path / "ts.tif")
    res = run_superres(c_path, out, factor=4, method="tsharp", guide_path=g_path, provider="cpu", threads=1,
                       tile_size=64)
    ok = np.isfinite(coarse)
    line = sr.fit_guide_line(coarse, ok, ag.block_mean(ndvi, 4))
    assert res.line.b == pytest.approx(line.b, rel=1e-4) and res.line.r2 > 0.5
    want = sr.superresolve(coarse, ok, 4, "tsharp", ndvi, line)
    got = read(out)[0]
    np.testing.assert_allclose(got, want, atol=2e-3)
    rmse = float(np.sqrt(np.mean((got - truth) ** 2)))
    bicubic = sr.superresolve(coarse, ok, 4, "bicubic")
    assert rmse == pytest.approx(1.96, abs=0.05)  # radiance degradation, NDVI from Fc, conserved
    assert rmse < 0.9 * float(np.sqrt(np.mean((bicubic - truth) ** 2)))


def test_s2_stack_guide_equals_its_ndvi(tmp_path):
    from eolatent.core.inputs.sentinel2 import Grid, write_s2_stack

    truth, ndvi, coarse, c_path, g_path = _airborne_inputs(tmp_path)
    red = np.full_like(ndvi, 0.05)
    nir = red * (1 + ndvi) / (1 - ndvi)  # NDVI = (nir − red)/(nir + red)
    cube = np.stack([np.stack([red, nir]), np.stack([red * 1.5, nir * 1.5])])
    cube[1, :, :40, :40] = np.nan  # a cloud on the second date: the first date's NDVI is used there
    s2 = str(tmp_path / "s2.tif")
    write_s2_stack(s2, Grid("EPSG:32610", AIR_T, ndvi.shape[1], ndvi.shape[0]), ["2019-08-09", "2019-08-14"],
                   ["B04", "B08"], cube)
    a, b = str(tmp_path / "a.tif"), str(tmp_path / "b.tif")
    ra = run_superres(c_path, a, 4, "tsharp", guide_path=s2, provider="cpu", threads=1)
    run_superres(c_path, b, 4, "tsharp", guide_path=g_path, provider="cpu", threads=1)
    assert "Sentinel-2 stack" in ra.guide
    np.testing.assert_allclose(read(a)[0], read(b)[0], atol=2e-3)


def _refused(tmp_path, match, *args, **kw):
    before = set(os.listdir(tmp_path))
    out = str(tmp_path / "refused.tif")
    with pytest.raises((LstInputError, OutputError), match=match):
        run_superres(*args[:1], out, *args[1:], provider="cpu", threads=1, **kw)
    assert set(os.listdir(tmp_path)) == before


def test_guide_errors_are_named(tmp_path):
    truth, ndvi, coarse, c_path, g_path = _airborne_inputs(tmp_path)
    small = write(tmp_path / "small.tif", ndvi[:200], AIR_T, crs="EPSG:32610")
    coarse_g = write(tmp_path / "g7.tif", ndvi[::2, ::2], AIR_T * Affine.scale(2), crs="EPSG:32610")
    other_crs = write(tmp_path / "g_utm11.tif", ndvi, AIR_T, crs="EPSG:32611")
    shifted = write(tmp_path / "g_shift.tif", ndvi, AIR_T * Affine.translation(0.5, 0), crs="EPSG:32610")
    two = write(tmp_path / "two.tif", np.stack([ndvi, ndvi]), AIR_T, crs="EPSG:32610")
    _refused(tmp_path, "does not cover the LST input", c_path, 4, "tsharp", guide_path=small)
    _refused(tmp_path, "FACTOR does not match the guide.*choose FACTOR 2", c_path, 4, "cnn_guided",
             guide_path=coarse_g)
    _refused(tmp_path, "another CRS", c_path, 4, "tsharp", guide_path=other_crs)
    _refused(tmp_path, "not aligned with the fine grid", c_path, 4, "tsharp", guide_path=shifted)
    _refused(tmp_path, "2 bands but is not a Sentinel-2 stack", c_path, 4, "tsharp", guide_path=two)
    _refused(tmp_path, "needs a GUIDE", c_path, 4, "cnn_guided")
    far = write(tmp_path / "g_far.tif", ndvi, AIR_T * Affine.translation(10 ** 5 + 0.3, 0), crs="EPSG:32610")
    _refused(tmp_path, "does not overlap the LST input at all", c_path, 4, "tsharp", guide_path=far)   # not "aligned"
    # an LST (kelvin) given as the guide was taken as the vegetation index (r² 1.00): refused, values named
    kelvin = write(tmp_path / "g_kelvin.tif", 290 + 10 * ndvi, AIR_T, crs="EPSG:32610")
    _refused(tmp_path, r"holds values 29\d.* not a vegetation index \(NDVI lies in −1 … 1\)", c_path, 4, "cnn_guided",
             guide_path=kelvin)
    scaled = write(tmp_path / "g_scaled.tif", (ndvi * 10000).astype(np.int16), AIR_T, crs="EPSG:32610")
    _refused(tmp_path, "gdal_edit.py -scale 0.0001", c_path, 4, "tsharp", guide_path=scaled)
    with rasterio.open(scaled, "r+") as ds:      # the same with its scale factor: accepted
        ds.scales = (0.0001,)
    run_superres(c_path, str(tmp_path / "scaled_ok.tif"), 4, "tsharp", guide_path=scaled, provider="cpu", threads=1)


def test_input_errors_are_named(tmp_path, modis_tif):
    raw, transform, crs, _ = modis_window()
    multi = write(tmp_path / "multi.tif", raw[:3], transform, crs=crs)
    fill = write(tmp_path / "fill.tif", np.zeros((16, 16), np.uint16), transform, crs=crs,
                 descriptions=["LST_Day_1km"])
    celsius = write(tmp_path / "celsius.tif", np.full((16, 16), 25.0, np.float32), transform, crs=crs)
    _refused(tmp_path, "3 bands and none is named LST_Day_1km.*BAND", multi, 4, "bicubic")
    _refused(tmp_path, "holds no valid LST pixel", fill, 4, "bicubic")
    _refused(tmp_path, "°C.*Kelvin", celsius, 4, "bicubic")
    # reflectance: was "looks like °C; convert it to Kelvin", which made nonsense of it
    refl = write(tmp_path / "refl.tif", np.linspace(0.02, 0.4, 256, dtype=np.float32).reshape(16, 16), transform,
                 crs=crs)
    _refused(tmp_path, "values lie in 0–1.5 .*not a land-surface temperature", refl, 4, "bicubic")
    b04 = write(tmp_path / "b04.tif", raw[0].astype(np.float32), transform, crs=crs, descriptions=["B04 2020-07-01"])
    _refused(tmp_path, "b04.tif is Sentinel-2 band B04 \\(reflectance\\), not a land-surface temperature", b04, 4,
             "bicubic")
    # the QC layer picked as BAND: named as not a temperature, with the LST bands (was "looks like °C")
    named = write(tmp_path / "named.tif", raw, transform, crs=crs, descriptions=modis_window()[3])
    _refused(tmp_path, r"BAND 3 of named.tif is QC_Day.*not a temperature.*LST_Day_1km: band 1, LST_Night_1km: band 2",
             named, 4, "bicubic", band=3)
    _refused(tmp_path, "FACTOR 3 is not offered", modis_tif[0], 3, "bicubic")
    with pytest.raises(OutputError, match="does not exist"):
        run_superres(modis_tif[0], str(tmp_path / "nowhere" / "x.tif"), 4, "bicubic")


def test_band_parameter_reads_night_with_its_qc(tmp_path, modis_tif):
    out = str(tmp_path / "night.tif")
    res = run_superres(modis_tif[0], out, 2, "bicubic", band=2, provider="cpu", threads=1)
    raw, *_ = modis_window()
    t, ok = modis.decode_raw(raw[1], raw[3])
    assert "LST_Night_1km" in res.input and "QC_Night" in res.input
    back, _ = ag.radiance_mean(read(out)[0], 2)
    np.testing.assert_allclose(back[ok], t[ok], atol=1e-3)
    assert np.isnan(back[~ok]).all()


def test_forced_units_checked_and_cancel_leaves_nothing(tmp_path, modis_tif):
    from eolatent.core.engine.tiling import Cancelled, Feedback

    _refused(tmp_path, "not a temperature in Kelvin as read \\(Kelvin\\)", modis_tif[0], 4, "bicubic",
             input_kind="kelvin")

    class CancelAfterFirstTile(Feedback):
        calls = 0

        def progress(self, percent):
            self.calls += 1

        def is_canceled(self):
            return self.calls > 0

    before = set(os.listdir(tmp_path))
    with pytest.raises(Cancelled):
        run_superres(modis_tif[0], str(tmp_path / "cancelled.tif"), 4, "bicubic", provider="cpu", threads=1,
                     tile_size=32, feedback=CancelAfterFirstTile())
    assert set(os.listdir(tmp_path)) == before


def test_guide_with_another_spelling_of_the_sinusoidal_crs_is_accepted(tmp_path, modis_tif):
    wkt = ('PROJCS["MODIS Sinusoidal",GEOGCS["Sphere",DATUM["Sphere",SPHEROID["Sphere",6371007.181,0]],'
           'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Sinusoidal"],'
           'PARAMETER["longitude_of_center",0],PARAMETER["false_easting",0],PARAMETER["false_northing",0],'
           'UNIT["metre",1]]')
    path, t, ok, transform = modis_tif
    yy, xx = np.mgrid[0:128, 0:128]
    ndvi = (0.5 + 0.2 * np.sin(xx / 5.0)).astype(np.float32)
    guide = write(tmp_path / "ndvi_sinu.tif", ndvi, transform * Affine.scale(0.5), crs=rasterio.crs.CRS.from_wkt(wkt))
    out = str(tmp_path / "ts.tif")
    res = run_superres(path, out, 2, "tsharp", guide_path=guide, provider="cpu", threads=1)
    assert res.line is not None and res.line.n == int(ok.sum())
    back, _ = ag.radiance_mean(read(out)[0], 2)
    assert np.abs(back - t)[ok].max() < 1e-3
    _refused(tmp_path, "another CRS", path, 2, "tsharp",
             guide_path=write(tmp_path / "ndvi_wgs.tif", ndvi, transform * Affine.scale(0.5),
                              crs="+proj=sinu +lon_0=0 +R=6378137 +units=m"))
