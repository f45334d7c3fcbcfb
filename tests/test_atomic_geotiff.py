# SPDX-License-Identifier: GPL-3.0-or-later
"""The one atomic GeoTIFF writer (core.outputs.geotiff.AtomicGeoTiff) behind the tiled runner's outputs and the
stack writer: exact round trip window by window, exact STATISTICS_* tags, nothing left behind on abort or
failure, early refusal of an unwritable folder, and the one block layout."""
import os
import subprocess
import sys
from types import SimpleNamespace

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from eolatent.core.outputs.geotiff import (AtomicGeoTiff, OutputError, OutputFiles, OutputSpec,
                                           gtiff_creation_options, gtiff_layout)
from eolatent.core.outputs.stackwriter import StackWriter

RNG = np.random.default_rng(7)
STAT_KEYS = ("STATISTICS_MINIMUM", "STATISTICS_MAXIMUM", "STATISTICS_MEAN", "STATISTICS_STDDEV",
             "STATISTICS_VALID_PERCENT")


def grid(width, height):
    return SimpleNamespace(crs="EPSG:32633", transform=from_origin(500000, 5000000, 10, 10), width=width,
                           height=height)


def windows(width, height, size):
    wins = [Window(c, r, min(size, width - c), min(size, height - r))
            for r in range(0, height, size) for c in range(0, width, size)]
    return [wins[i] for i in RNG.permutation(len(wins))]  # any order


def sl(win):
    return slice(win.row_off, win.row_off + win.height), slice(win.col_off, win.col_off + win.width)


def assert_stats(tags, values, total):
    v = values.astype(np.float64)
    expected = {"STATISTICS_MINIMUM": v.min(), "STATISTICS_MAXIMUM": v.max(), "STATISTICS_MEAN": v.mean(),
                "STATISTICS_STDDEV": v.std(), "STATISTICS_VALID_PERCENT": 100.0 * v.size / total}
    for key, want in expected.items():
        assert float(tags[key]) == pytest.approx(want, rel=1e-9, abs=0), key


@pytest.mark.parametrize("width,height,block", [(300, 270, None), (70, 53, None), (451, 613, 64)])
def test_window_by_window_round_trip_is_exact(tmp_path, width, height, block):
    cube = RNG.normal(300.0, 2.0, (3, height, width)).astype(np.float32)  # large mean: no cancellation
    cube[1, 5:40, 3:30] = np.nan
    out = tmp_path / "cube.tif"
    with AtomicGeoTiff(out, grid(width, height), 3, descriptions=["a", "b", "c"], units=["K", None, "m"],
                       band_tags=[{"X": "1"}, {}, {"X": "3"}], tags={"KIND": "test"}, block=block) as f:
        for win in windows(width, height, 48):
            r, c = sl(win)
            f.write_window(cube[1:, r, c], win, indexes=[2, 3])  # band subsets, like the stack writer
            f.write_window(cube[:1, r, c], win, indexes=[1])
        assert not out.exists()  # nothing at the target before commit
        assert f.commit() == str(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cube.tif"]
    with rasterio.open(out) as ds:
        np.testing.assert_array_equal(ds.read(), cube)
        assert ds.descriptions == ("a", "b", "c") and tuple(u or "" for u in ds.units) == ("K", "", "m")
        assert ds.tags()["KIND"] == "test" and ds.tags(1)["X"] == "1" and ds.tags(3)["X"] == "3"
        assert ds.profile["tiled"] and ds.profile["compress"] == "deflate" and ds.profile["interleave"] == "band"
        lay = gtiff_layout(width, height, 3, "float32", block)
        assert ds.block_shapes[0] == (lay["blockysize"], lay["blockxsize"])
        for b in range(3):
            band = cube[b]
            assert_stats(ds.tags(b + 1), band[np.isfinite(band)], width * height)


def test_statistics_leave_out_nan_and_nodata(tmp_path):
    w, h = 97, 61
    g = grid(w, h)
    f32 = RNG.uniform(-5, 40, (2, h, w)).astype(np.float32)
    f32[0, RNG.random((h, w)) < 0.3] = -9999.0  # nodata
    f32[1, RNG.random((h, w)) < 0.2] = np.nan
    f32[1, 0, :5] = -9999.0
    i16 = RNG.integers(-300, 300, (1, h, w)).astype(np.int16)
    i16[0, :, :10] = 0  # nodata of the integer output
    specs = {"f": OutputSpec(str(tmp_path / "f.tif"), 2, "float32", -9999.0),
             "i": OutputSpec(str(tmp_path / "i.tif"), 1, "int16", 0, blend=False)}
    files = OutputFiles(g, specs, 16)
    for row in range(0, h, 16):  # the tiled runner's full-width row strips
        files.write("f", row, f32[:, row:row + 16])
        files.write("i", row, i16[:, row:row + 16])
    files.commit()
    with rasterio.open(tmp_path / "f.tif") as ds:
        a = ds.read()
        np.testing.assert_array_equal(a, f32)
        for b in range(2):
            assert_stats(ds.tags(b + 1), a[b][np.isfinite(a[b]) & (a[b] != -9999.0)], w * h)
    with rasterio.open(tmp_path / "i.tif") as ds:
        a = ds.read(1)
        assert_stats(ds.tags(1), a[a != 0], w * h)
    from osgeo import gdal  # GDAL reads the stored statistics instead of estimating them

    ds = gdal.Open(str(tmp_path / "i.tif"))
    v = a[a != 0].astype(np.float64)
    np.testing.assert_allclose(ds.GetRasterBand(1).GetStatistics(0, 0), [v.min(), v.max(), v.mean(), v.std()],
                               rtol=1e-9)
    ds = None


def test_all_nan_band_says_it_has_no_valid_pixel(tmp_path):
    """A band without any valid pixel carries STATISTICS_VALID_PERCENT=0 (and zeros), so that GDAL answers QGIS's
    statistics request from the tags instead of sampling the band ("Failed to compute statistics, no valid pixels
    found in sampling", and an .aux.xml left beside the output)."""
    data = np.full((2, 20, 30), np.nan, np.float32)
    data[0, 3, 4], data[0, 10, 20] = 1.5, -2.5
    with AtomicGeoTiff(tmp_path / "s.tif", grid(30, 20), 2) as f:
        f.write_window(data[:, :10], Window(0, 0, 30, 10))
        f.write_window(data[:, 10:], Window(0, 10, 30, 10))
        assert f.statistics()[1] is None and f.statistics()[0]["valid_percent"] == pytest.approx(200 / 600)
        f.commit()
    with rasterio.open(tmp_path / "s.tif") as ds:
        assert {k: float(v) for k, v in ds.tags(2).items() if k.startswith("STATISTICS_")} == \
            dict({k: 0.0 for k in STAT_KEYS}, STATISTICS_MAXIMUM=1e-6)
        assert float(ds.tags(1)["STATISTICS_MEAN"]) == -0.5 and float(ds.tags(1)["STATISTICS_STDDEV"]) == 2.0
    assert not os.path.exists(str(tmp_path / "s.tif") + ".aux.xml")
    from osgeo import gdal

    ds = gdal.Open(str(tmp_path / "s.tif"))
    assert ds.GetRasterBand(2).GetStatistics(1, 1) == [0.0, 1e-6, 0.0, 0.0]   # from the tags, nothing sampled
    ds = None
    assert not os.path.exists(str(tmp_path / "s.tif") + ".aux.xml")


SYSTEM_PY = os.path.join(sys.base_prefix, "bin", "python3")


@pytest.mark.skipif(subprocess.run([SYSTEM_PY, "-c", "import qgis.core"], capture_output=True).returncode != 0,
                    reason="QGIS's Python (qgis.core) not available")
def test_empty_and_constant_bands_load_in_qgis_without_gdal_errors(tmp_path):
    """A multi-band output whose 2nd band is empty (a cloudy date) and 3rd constant loads in QGIS without GDAL's
    "dfMax should be strictly greater than dfMin" (QGIS asks for a histogram between the stored min and max, as the
    multi-band default renderer loads) and without an .aux.xml; the constant band's maximum moves by 1e-6 relative."""
    data = np.full((3, 20, 30), np.nan, np.float32)
    data[0] = RNG.random((20, 30))
    data[2] = 2.5
    with AtomicGeoTiff(tmp_path / "m.tif", grid(30, 20), 3) as f:
        f.write_window(data, Window(0, 0, 30, 20))
        f.commit()
    with rasterio.open(tmp_path / "m.tif") as ds:
        assert float(ds.tags(3)["STATISTICS_MINIMUM"]) == 2.5
        assert float(ds.tags(3)["STATISTICS_MAXIMUM"]) == pytest.approx(2.5 + 2.5e-6, rel=1e-12)
    code = ("from qgis.core import QgsApplication, QgsRasterLayer\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            f"layer = QgsRasterLayer({str(tmp_path / 'm.tif')!r}, 'm')\n"
            "print(layer.isValid(), layer.renderer().type())\n")
    res = subprocess.run([SYSTEM_PY, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert res.stdout.split() == ["True", "multibandcolor"], res.stdout + res.stderr
    assert "dfMax" not in res.stderr and "ERROR" not in res.stderr, res.stderr
    assert not os.path.exists(str(tmp_path / "m.tif") + ".aux.xml")


def test_stack_writer_is_an_atomic_geotiff_with_statistics(tmp_path):
    data = RNG.random((4, 40, 37)).astype(np.float32)
    data[2] = np.nan
    out = tmp_path / "stack.tif"
    with StackWriter(out, grid(37, 40), [f"B{i}" for i in range(4)], [{"BAND_NAME": f"B{i}"} for i in range(4)],
                     {"EOLATENT_STACK": "1"}, ["", "", "", "dB"]) as w:
        assert isinstance(w, AtomicGeoTiff)
        for win in windows(37, 40, 16):
            r, c = sl(win)
            w.write([3, 4], win, data[2:, r, c])
            w.write(range(1, 3), win, data[:2, r, c])
        w.commit()
    with rasterio.open(out) as ds:
        np.testing.assert_array_equal(ds.read(), data)
        assert ds.block_shapes[0] == (48, 48) and ds.units[3] == "dB" and ds.tags(4)["BAND_NAME"] == "B3"
        assert float(ds.tags(3)["STATISTICS_VALID_PERCENT"]) == 0.0
        for b in (0, 1, 3):
            assert_stats(ds.tags(b + 1), data[b].ravel(), 37 * 40)


@pytest.mark.parametrize("how", ["abort", "exception", "no commit"])
def test_abort_leaves_nothing_and_keeps_the_old_file(tmp_path, how):
    out = tmp_path / "x.tif"
    out.write_bytes(b"previous result")
    f = AtomicGeoTiff(out, grid(20, 20), 1)
    f.write_window(np.ones((1, 20, 20)))
    assert len(os.listdir(tmp_path)) == 2  # the target and the hidden temporary file
    if how == "abort":
        f.abort()
        f.abort()  # twice is harmless
    elif how == "exception":
        with pytest.raises(RuntimeError, match="boom"):
            with f:
                raise RuntimeError("boom")
    else:
        with f:
            pass
    assert os.listdir(tmp_path) == ["x.tif"] and out.read_bytes() == b"previous result"


def test_failed_write_of_one_output_removes_every_temporary_file(tmp_path):
    files = OutputFiles(grid(30, 30), {"a": OutputSpec(str(tmp_path / "a.tif"), 1),
                                       "b": OutputSpec(str(tmp_path / "b.tif"), 2)})
    files.write("a", 0, np.zeros((1, 30, 30)))
    with pytest.raises(OutputError, match="b.tif"):
        files.write("b", 0, np.zeros((3, 30, 30)))  # one band too many
    files.abort()
    assert os.listdir(tmp_path) == []


def test_commit_replaces_a_stale_aux_xml(tmp_path):
    out = tmp_path / "x.tif"
    aux = tmp_path / "x.tif.aux.xml"
    aux.write_text("<PAMDataset>statistics of the replaced file</PAMDataset>")
    with AtomicGeoTiff(out, grid(8, 8), 1) as f:
        f.write_window(np.arange(64, dtype=np.float32).reshape(1, 8, 8))
        f.commit()
    assert not aux.exists()
    with rasterio.open(out) as ds:
        assert float(ds.tags(1)["STATISTICS_MAXIMUM"]) == 63.0


@pytest.mark.parametrize("bad,msg", [("missing/x.tif", "does not exist"), ("x.png", "GeoTIFF"),
                                     ("file.txt/x.tif", "is a file")])
def test_unwritable_target_fails_before_anything_is_written(tmp_path, bad, msg):
    (tmp_path / "file.txt").write_text("")
    with pytest.raises(OutputError, match=msg):
        AtomicGeoTiff(tmp_path / bad, grid(10, 10), 1)
    calls = []
    with pytest.raises(OutputError, match=msg):  # the runner's outputs: refused before any tile is computed
        from eolatent.core.engine.tiling import run_tiled

        run_tiled(grid(10, 10), calls.append, lambda w, d: calls.append(w),
                  {"ok": OutputSpec(str(tmp_path / "ok.tif"), 1), "bad": OutputSpec(str(tmp_path / bad), 1)})
    assert calls == [] and sorted(os.listdir(tmp_path)) == ["file.txt"]


def test_read_only_folder_fails_clearly(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write into read-only folders")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="writable"):
            AtomicGeoTiff(ro / "x.tif", grid(10, 10), 1)
        assert os.listdir(ro) == []
    finally:
        ro.chmod(0o700)


def test_one_layout_and_its_creation_options():
    assert gtiff_layout(1000, 800, 3, "float32") == dict(
        tiled=True, blockxsize=256, blockysize=256, compress="deflate", predictor=3, interleave="band",
        BIGTIFF="IF_SAFER", photometric="MINISBLACK")
    small = gtiff_layout(70, 3, 1, "uint8")  # small grid: one tile, sides rounded up to 16
    assert (small["blockxsize"], small["blockysize"], small["predictor"]) == (80, 16, 2)
    assert gtiff_layout(5000, 300, 1, "int16", block=64)["blockysize"] == 64
    assert gtiff_creation_options(1000, 100, 2, "float32") == [
        "TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=112", "COMPRESS=DEFLATE", "PREDICTOR=3", "INTERLEAVE=BAND",
        "BIGTIFF=IF_SAFER", "PHOTOMETRIC=MINISBLACK"]
    assert "BLOCKXSIZE=16" in gtiff_creation_options(2500, 4600, 4600, "float32")  # choose_block: many bands


def test_creation_options_give_the_writer_layout(tmp_path):
    """A GeoTIFF made by GDAL with gtiff_creation_options has the blocks of one written by AtomicGeoTiff."""
    from osgeo import gdal

    g = grid(300, 90)
    with AtomicGeoTiff(tmp_path / "w.tif", g, 2) as f:
        f.write_window(RNG.random((2, 90, 300)))
        f.commit()
    gdal.Translate(str(tmp_path / "t.tif"), str(tmp_path / "w.tif"),
                   creationOptions=gtiff_creation_options(300, 90, 2, "float32"))
    with rasterio.open(tmp_path / "w.tif") as a, rasterio.open(tmp_path / "t.tif") as b:
        assert a.block_shapes == b.block_shapes == [(96, 256)] * 2
        assert a.profile["compress"] == b.profile["compress"] and a.profile["tiled"] and b.profile["tiled"]
        np.testing.assert_array_equal(a.read(), b.read())


@pytest.mark.parametrize("count", [3, 4])
def test_three_or_four_byte_bands_are_grey_not_rgba(tmp_path, count):
    """A 4-date uint8 quality raster was written RGB + alpha (GDAL's default for 3–4 Byte bands): band 1 read as
    masked wherever date 4's flag was 0. Every band is grey, no band is alpha, nothing is masked but nodata."""
    path = str(tmp_path / "q.tif")
    data = np.zeros((count, 8, 12), np.uint8)
    data[0] = 1                                      # date 1 flagged everywhere, the last date good (0)
    w = AtomicGeoTiff(path, grid(12, 8), count, "uint8", None)
    w.write_window(data)
    w.finish()
    w.rename()
    with rasterio.open(path) as ds:
        assert ds.colorinterp[0] == rasterio.enums.ColorInterp.gray
        assert rasterio.enums.ColorInterp.alpha not in ds.colorinterp
        assert np.ma.count_masked(ds.read(1, masked=True)) == 0 and (ds.read(1) == 1).all()
    assert "PHOTOMETRIC=MINISBLACK" in gtiff_creation_options(12, 8, count, "uint8")
