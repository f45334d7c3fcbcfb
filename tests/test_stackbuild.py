# SPDX-License-Identifier: GPL-3.0-or-later
"""Stack builder: real Slovenia S2 dates with real cloud masks, fabricated S1 series in
another CRS resampled onto the S2 grid, polygon areas, errors, and eolatent:buildstack."""
from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_transform
from rasterio.warp import transform_bounds

sys.path.insert(0, str(Path(__file__).parent))
import s1_fixtures as fx  # noqa: E402

from eolatent.core.inputs.sentinel1 import open_s1  # noqa: E402
from eolatent.core.inputs.sentinel2 import S2_BANDS, Grid, open_s2  # noqa: E402
from eolatent.core.inputs.stackbuild.build import Area, StackBuildError, build_stacks  # noqa: E402
from eolatent.core.engine.tiling import Cancelled  # noqa: E402

UTC = timezone.utc
# the S2 patch snapped outwards to 10 m: 465180..466190 x 5079240..5080260
GRID_ORIGIN, GRID_SHAPE = (465180.0, 5080260.0), (102, 101)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("stackbuild")
    covers = fx.slovenia_s2_copies(root / "s2")
    fx.s1_series_wgs84(root / "s1")
    return root, covers


def day(d):
    return datetime.combine(date.fromisoformat(d), datetime.min.time(), UTC)


def centres_lonlat(grid):
    rows, cols = np.mgrid[0:grid.height, 0:grid.width]
    x = grid.transform.c + (cols + 0.5) * grid.transform.a
    y = grid.transform.f + (rows + 0.5) * grid.transform.e
    lon, lat = warp_transform(grid.crs, "EPSG:4326", x.ravel(), y.ravel())
    return np.reshape(lon, x.shape), np.reshape(lat, x.shape), x, y


def bilinear_from_source(path, grid):
    """Independent plain-numpy bilinear resampling of a Slovenia file onto *grid*."""
    with rasterio.open(path) as ds:
        s, t = ds.read().astype(np.float64), ds.transform
    _, _, x, y = centres_lonlat(grid)
    u, v = (x - t.c) / t.a - 0.5, (y - t.f) / t.e - 0.5
    i0, j0 = np.floor(u).astype(int), np.floor(v).astype(int)
    fx_, fy_ = u - i0, v - j0
    inside = (u >= -0.5) & (u <= s.shape[2] - 0.5) & (v >= -0.5) & (v <= s.shape[1] - 0.5)
    cl = lambda a, n: np.clip(a, 0, n - 1)  # noqa: E731
    i1, j1 = cl(i0 + 1, s.shape[2]), cl(j0 + 1, s.shape[1])
    i0, j0 = cl(i0, s.shape[2]), cl(j0, s.shape[1])
    out = (s[:, j0, i0] * (1 - fx_) * (1 - fy_) + s[:, j0, i1] * fx_ * (1 - fy_)
           + s[:, j1, i0] * (1 - fx_) * fy_ + s[:, j1, i1] * fx_ * fy_)
    return out, inside


# --------------------------------------------------------------------------- Sentinel-2

def test_s2_date_range_keeps_three_dates_real_clouds_masked(inputs, tmp_path):
    root, covers = inputs
    out = tmp_path / "s2.tif"
    res = build_stacks(root / "s2", None, "2015-07-20", "2015-09-05", 100, None, out_s2=out,
                       window_size=32)
    assert res.s2_dates == [day("2015-07-31"), day("2015-08-20"), day("2015-08-30")]
    assert res.s2_bands == S2_BANDS and res.s1_path is None and res.s2_path == str(out)
    g = res.grid
    assert g.crs.to_epsg() == 32633 and g.res == (10.0, 10.0)
    assert (g.transform.c, g.transform.f) == GRID_ORIGIN and g.shape == GRID_SHAPE
    assert res.s2_cloud_cover == pytest.approx([covers["2015-07-31"], 100.0, 0.0], abs=1e-3)
    with rasterio.open(out) as ds:
        cube = ds.read().reshape(3, 13, *GRID_SHAPE)
        assert ds.descriptions[13 * 2 + 3] == "B04 2015-08-30"
        t = ds.tags(14)
        assert (t["BAND_NAME"], t["DATE"], t["SENSOR"]) == ("B01", "2015-08-20T00:00:00Z", "S2A")
        assert float(t["CLOUD_COVER"]) == pytest.approx(100.0)
        assert ds.tags()["MODALITY"] == "S2" and ds.tags()["N_DATES"] == "3"
    # 2015-08-30 is clear: every pixel whose centre lies on the data is valid and equals the
    # bilinear interpolation of the 9.995 m source at that centre
    expected, inside = bilinear_from_source(fx.SLOVENIA / "S2L1C_TOA_13band_2015-08-30.tif", g)
    clear = cube[2]
    np.testing.assert_array_equal(np.isfinite(clear).all(axis=0), inside)
    assert inside.sum() == 100 * 101  # last column and first row centres fall outside
    np.testing.assert_allclose(clear[:, inside], expected[:, inside], atol=1e-6)
    # 2015-08-20 is fully cloudy in the real s2cloudless mask; 07-31 mostly (93.8 %)
    assert np.isnan(cube[1]).all()
    valid_0731 = np.isfinite(cube[0]).all(axis=0)
    assert 100 * (1 - valid_0731[inside].mean()) == pytest.approx(covers["2015-07-31"], abs=1.0)
    with open_s2(out) as src:  # the stack reads back with the S2 readers
        assert src.dates == res.s2_dates and src.band_names == S2_BANDS
        refl, valid = src.read(2, None, ["B04"])
        np.testing.assert_array_equal(refl[0], clear[3])


def test_s2_cloud_filter_keeps_the_three_clear_dates(inputs, tmp_path):
    root, covers = inputs
    assert covers["2015-07-31"] > 90 and covers["2015-08-20"] == 100.0
    res = build_stacks([root / "s2"], [], None, None, 50, None, out_s2=tmp_path / "s2.tif",
                       bands=["B04", "B8"])
    assert res.s2_dates == [day("2015-07-11"), day("2015-08-30"), day("2015-09-09")]
    assert res.s2_bands == ("B04", "B08")
    assert any("2015-07-31: cloud cover 93.8% > 50.0%, left out" in m for m in res.messages)
    assert any("LULC.tif" in p for p, _ in res.skipped)  # not S2: skipped, not an error
    with rasterio.open(tmp_path / "s2.tif") as ds:
        assert ds.count == 6 and ds.descriptions[-1] == "B08 2015-09-09"


def test_level1c_stack_without_b8a_is_warned(inputs, tmp_path):
    """A Level-1C stack built without B8A cannot give LAI (the top-of-atmosphere model reads all 10 bands): said at
    build time, not only when eolatent:biophysical refuses it; with B8A, or on L2A, nothing is said."""
    from feedback_fixtures import Recording

    root, _ = inputs
    nine = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B11", "B12"]
    log = Recording()
    build_stacks([root / "s2"], [], None, None, 50, None, out_s2=tmp_path / "s2.tif", bands=nine, feedback=log)
    assert [w for w in log.warnings if w.startswith("a Level-1C stack without B8A cannot give LAI")], log.warnings
    log = Recording()
    build_stacks([root / "s2"], [], None, None, 50, None, out_s2=tmp_path / "s2b.tif", bands=nine + ["B8A"],
                 feedback=log)
    assert not [w for w in log.warnings if "without B8A" in w]


def test_s2_layouts_mixed_in_one_folder(tmp_path):
    import s2_fixtures as s2fx

    folder = tmp_path / "s2"
    folder.mkdir()
    s2fx.make_safe(folder)                       # 2021-07-03, EPSG:32633 (DN, offset -1000)
    s2fx.make_theia(folder / "theia")            # 2018-05-01, EPSG:32631: elsewhere
    refl = [np.full((12, 12), v, np.float32) for v in (0.05, 0.07, 0.06, 0.35)]
    s2fx.make_geotiff(folder / "S2B_2021-07-10.tif", refl, ["B02", "B03", "B04", "B08"],
                      tags=dict(CLOUD_COVER="3.0"))
    area = Area.from_bounds((300000, 4999920, 300120, 5000040), "EPSG:32633")  # the SAFE tile
    res = build_stacks(folder, None, "2018-01-01", "2021-12-31", 20, area,
                       out_s2=tmp_path / "o.tif")
    assert res.s2_dates == [datetime(2021, 7, 3, 10, 20, 29, 24000, tzinfo=UTC), day("2021-07-10")]
    assert res.s2_bands == ("B02", "B03", "B04", "B08")  # the bands every product has
    assert any("2018-05-01: outside the area, left out" in m for m in res.messages)
    assert res.grid.shape == (12, 12) and res.s2_cloud_cover == [12.5, 3.0]
    with rasterio.open(tmp_path / "o.tif") as ds:
        cube = ds.read().reshape(2, 4, 12, 12)
    with open_s2(next(folder.glob("*.SAFE"))) as src:
        safe, _ = src.read(0, None, ["B02", "B03", "B04", "B08"])
    np.testing.assert_array_equal(cube[0], safe)  # same grid: values copied as read
    np.testing.assert_allclose(cube[1], np.stack(refl))


# --------------------------------------------------------------------------- S2 + S1

def test_s1_in_wgs84_resampled_onto_s2_grid(inputs, tmp_path):
    root, _ = inputs
    res = build_stacks(root / "s2", root / "s1", "2015-07-01", "2015-09-30", 50, None,
                       out_s2=tmp_path / "s2.tif", out_s1=tmp_path / "s1.tif", window_size=48)
    assert res.s1_dates == [day(d) for d in ("2015-07-15", "2015-08-02", "2015-08-26",
                                             "2015-09-07")]
    assert res.s1_pols == ("VV", "VH") and res.s1_quantity == "sigma0"
    g = res.grid
    with rasterio.open(tmp_path / "s1.tif") as ds, rasterio.open(tmp_path / "s2.tif") as d2:
        assert ds.crs == d2.crs and ds.transform == d2.transform and ds.shape == d2.shape
        s1 = ds.read().reshape(4, 2, *GRID_SHAPE)
        t = ds.tags(1)
        assert (t["BAND_NAME"], t["UNITS"], t["QUANTITY"], t["SENSOR"]) == \
            ("VV", "dB", "sigma0", "S1A")
        assert ds.descriptions[:2] == ("VV 2015-07-15", "VH 2015-07-15")
        assert ds.tags()["MODALITY"] == "S1"
    lon, _, _, _ = centres_lonlat(g)
    expected_vv = 10 * np.log10(fx.vv_ramp(lon))
    for k in range(4):
        assert np.isfinite(s1[k]).all()  # the S1 series covers the patch with a margin
        np.testing.assert_allclose(s1[k, 1], -20.0, atol=1e-4)  # constant stays constant
        # the ramp (linear power along longitude) is reproduced at the right place
        np.testing.assert_allclose(s1[k, 0], expected_vv, atol=0.005)
    # the ramp spans about 1.3 dB across the patch, so a one-pixel shift would show
    assert np.ptp(expected_vv) > 0.8
    assert np.abs(np.diff(expected_vv, axis=1)).mean() > 0.005
    with open_s1(tmp_path / "s1.tif") as src:
        assert src.dates == res.s1_dates and src.polarisations == ("VV", "VH")
        db, valid = src.read(3, None, ["VH"])
        assert valid.all() and np.allclose(db, -20.0, atol=1e-4)


def test_s1_averaged_in_linear_power_and_s1_only_grid(tmp_path):
    # 5 m stripes of 0.01 / 0.1 (-20 / -10 dB): a 10 m pixel holds one pair, whose mean power
    # is 0.055 (-12.6 dB); averaging the dB values would give -15 dB.
    stripes = np.tile(np.array([0.01, 0.1], np.float32), (20, 10))
    fx.write_tif(tmp_path / "s1" / "S1_VV_2020-06-01.tif", stripes,
                 transform=from_origin(465200.0, 5080000.0, 5.0, 5.0))
    res = build_stacks(None, tmp_path / "s1", None, None, None, None, out_s1=tmp_path / "o.tif")
    assert res.grid.crs.to_epsg() == 32633 and res.grid.shape == (10, 10)
    with rasterio.open(tmp_path / "o.tif") as ds:
        vv = ds.read(1)
    np.testing.assert_allclose(vv[1:-1, 1:-1], 10 * np.log10(0.055), atol=1e-3)


def test_s1_only_from_wgs84_gets_the_utm_zone(inputs, tmp_path):
    root, _ = inputs
    res = build_stacks(None, root / "s1", "2015-08-01", "2015-08-31", None, None,
                       out_s1=tmp_path / "s1.tif", resolution=20)
    assert res.grid.crs.to_epsg() == 32633 and res.grid.res == (20.0, 20.0)
    assert any("target CRS: EPSG:32633" in m for m in res.messages)
    assert res.s1_dates == [day("2015-08-02"), day("2015-08-26")]


# a triangle inside the patch (lon 14.5514-14.5643, lat 45.8659-45.8750)
POLY = "POLYGON((14.554 45.8675, 14.562 45.8675, 14.558 45.873, 14.554 45.8675))"
SLOPE = 0.0055 / 0.004


def triangle_masks(grid):
    """(inside, near the edge) of POLY for the pixel centres of *grid*."""
    lon, lat, _, _ = centres_lonlat(grid)
    a, b, c = lat - 45.8675, (lat - 45.8675) - (lon - 14.554) * SLOPE, \
        (lat - 45.8675) - (14.562 - lon) * SLOPE
    inside = (a > 0) & (b < 0) & (c < 0)
    edge = (np.abs(a) < 1.5e-4) | (np.abs(b) < 3e-4) | (np.abs(c) < 3e-4)
    return inside, edge


def test_polygon_area_masks_outside(inputs, tmp_path):
    root, _ = inputs
    res = build_stacks(root / "s2", root / "s1", "2015-08-25", "2015-09-10", 50,
                       (POLY, "EPSG:4326"), out_s2=tmp_path / "s2.tif",
                       out_s1=tmp_path / "s1.tif")
    g = res.grid
    box = transform_bounds("EPSG:4326", g.crs, 14.554, 45.8675, 14.562, 45.873)
    w, s, e, n = g.bounds  # the polygon's bounding box snapped outwards to 10 m
    assert w <= box[0] < w + 10 and e - 10 < box[2] <= e
    assert s <= box[1] < s + 10 and n - 10 < box[3] <= n
    inside, edge = triangle_masks(g)
    for path in (tmp_path / "s2.tif", tmp_path / "s1.tif"):
        with rasterio.open(path) as ds:
            cube = ds.read()
        valid = np.isfinite(cube).all(axis=0)
        assert not np.isfinite(cube[:, ~inside & ~edge]).any()   # outside: NaN in every band
        assert valid[inside & ~edge].all()                        # inside: data (clear dates)
        assert 0.35 < valid.mean() < 0.65


def test_window_size_does_not_change_values_and_reads_are_windowed(inputs, tmp_path, monkeypatch):
    from eolatent.core.inputs.sentinel1 import S1Source
    from eolatent.core.inputs.sentinel2 import S2Source

    root, _ = inputs
    sizes = {}
    for cls in (S2Source, S1Source):
        def spy(self, i, window=None, *args, _orig=cls.read, **kw):
            sizes.setdefault(type(self).__name__, []).append(
                (int(window.width), int(window.height)) if window is not None else (1e9, 1e9))
            return _orig(self, i, window, *args, **kw)
        monkeypatch.setattr(cls, "read", spy)
    cubes = []
    for ws in (16, 512):
        sizes.clear()
        build_stacks(root / "s2", root / "s1", "2015-08-25", "2015-09-10", 50, None,
                     out_s2=tmp_path / ("s2_%d.tif" % ws), out_s1=tmp_path / ("s1_%d.tif" % ws),
                     window_size=ws)
        cubes.append([rasterio.open(tmp_path / ("%s_%d.tif" % (m, ws))).read()
                      for m in ("s2", "s1")])
        if ws == 16:  # memory: every read covers one 16 x 16 window plus the kernel margin
            assert max(max(s) for s in sizes["S2Source"]) <= 16 + 2 + 2 * 5
            assert max(max(s) for s in sizes["S1Source"]) <= 40  # 7.8 m x 11 m source pixels
            assert len(sizes["S2Source"]) == 7 * 7 * 2 and len(sizes["S1Source"]) == 7 * 7 * 2
    np.testing.assert_array_equal(cubes[0][0], cubes[1][0])  # S2: same CRS, identical
    # S1 comes from EPSG:4326: GDAL's warp differs by float32 rounding between windows only
    np.testing.assert_allclose(cubes[0][1], cubes[1][1], atol=1e-5, rtol=0)
    assert np.array_equal(np.isnan(cubes[0][1]), np.isnan(cubes[1][1]))


# --------------------------------------------------------------------------- errors

def _no_output(folder):
    return not any(p.suffix == ".tif" or p.name.startswith(".") for p in Path(folder).iterdir())


@pytest.mark.parametrize("kwargs, match", [
    (dict(area=((2.0, 40.0, 2.1, 40.1), "EPSG:4326")), "does not overlap the data"),
    (dict(start="2016-01-01", end="2016-02-01"), "no Sentinel-2 product in the date range"),
    (dict(start="2015-07-25", end="2015-08-25", max_cloud=50), "cloudier than the maximum"),
    (dict(start="2015-09-01", end="2015-08-01"), "before the start date"),
    (dict(out_s2=None), "no output path"),
])
def test_errors_leave_no_output(inputs, tmp_path, kwargs, match):
    root, _ = inputs
    args = dict(s2_folders=root / "s2", s1_folders=None, start=None, end=None, max_cloud=100,
                area=None, out_s2=tmp_path / "s2.tif")
    args.update(kwargs)
    with pytest.raises(StackBuildError, match=match):
        build_stacks(**args)
    assert _no_output(tmp_path)


def test_error_no_overlap_between_modalities(inputs, tmp_path):
    root, _ = inputs
    fx.write_tif(tmp_path / "far" / "S1_VV_2015-08-01.tif", np.full((4, 4), 0.05, np.float32),
                 transform=from_origin(300000, 5000000, 10, 10))
    (tmp_path / "out").mkdir()
    with pytest.raises(StackBuildError, match="do not overlap"):
        build_stacks(root / "s2", tmp_path / "far", None, None, 100, None,
                     out_s2=tmp_path / "out" / "a.tif", out_s1=tmp_path / "out" / "b.tif")
    assert _no_output(tmp_path / "out")


def test_error_mixed_sensors_and_unreadable(inputs, tmp_path):
    root, _ = inputs
    s2 = tmp_path / "s2"
    shutil.copytree(root / "s2", s2)
    shutil.copyfile(root / "s1" / "S1_VV_2015-07-15_db.tif", s2 / "S1_VV_2015-07-15_db.tif")
    (tmp_path / "out").mkdir()
    out = dict(out_s2=tmp_path / "out" / "a.tif", out_s1=tmp_path / "out" / "b.tif")
    with pytest.raises(StackBuildError, match="Sentinel-2 folder .* holds Sentinel-1 data"):
        build_stacks(s2, None, None, None, 100, None, out_s2=out["out_s2"])
    s1 = tmp_path / "s1"
    shutil.copytree(root / "s1", s1)
    shutil.copyfile(fx.SLOVENIA / "S2L1C_TOA_13band_2015-07-11.tif", s1 / "S2_2015-07-11.tif")
    with pytest.raises(StackBuildError, match="Sentinel-1 folder .* holds Sentinel-2 data"):
        build_stacks(root / "s2", s1, None, None, 100, None, **out)
    bad = tmp_path / "bad"
    shutil.copytree(root / "s2", bad)
    (bad / "S2L1C_TOA_13band_2015-10-01.tif").write_bytes(b"II*\x00 truncated download")
    with pytest.raises(StackBuildError, match="cannot open .*S2L1C_TOA_13band_2015-10-01.tif"):
        build_stacks(bad, None, None, None, 100, None, out_s2=out["out_s2"])
    assert _no_output(tmp_path / "out")


def test_error_mixed_calibrations(inputs, tmp_path):
    root, _ = inputs
    s1 = tmp_path / "s1"
    shutil.copytree(root / "s1", s1)
    for f in s1.glob("*2015-09-07*"):
        with rasterio.open(f, "r+") as ds:
            ds.update_tags(CALIBRATION="gamma0")
    with pytest.raises(StackBuildError, match="mix calibrations"):
        build_stacks(None, s1, None, None, None, None, out_s1=tmp_path / "o.tif")
    assert not (tmp_path / "o.tif").exists()


def test_cancel_leaves_nothing(inputs, tmp_path):
    root, _ = inputs

    class Stop:
        calls = 0

        def progress(self, p):
            self.calls += 1

        def is_canceled(self):
            return self.calls >= 2

        def info(self, m):
            pass

    with pytest.raises(Cancelled):
        build_stacks(root / "s2", root / "s1", None, None, 50, None, out_s2=tmp_path / "a.tif",
                     out_s1=tmp_path / "b.tif", feedback=Stop(), window_size=32)
    assert _no_output(tmp_path)


# --------------------------------------------------------------------------- Processing

@pytest.fixture()
def buildstack(eolatent_provider):
    """Run eolatent:buildstack, registering it when the provider does not list it yet."""
    import processing
    from qgis.core import QgsApplication

    from eolatent.processing_provider.buildstack_algorithm import BuildStackAlgorithm

    if eolatent_provider.algorithm("buildstack") is None:
        eolatent_provider.addAlgorithm(BuildStackAlgorithm())
    assert QgsApplication.processingRegistry().algorithmById("eolatent:buildstack") is not None
    return lambda params: processing.run("eolatent:buildstack", params)


def test_algorithm_extent_and_outputs(inputs, tmp_path, buildstack):
    root, _ = inputs
    res = buildstack(dict(S2_FOLDERS=str(root / "s2"), S1_FOLDERS=str(root / "s1"),
                          START_DATE="2015-07-01", END_DATE="2015-09-30", MAX_CLOUD=50,
                          EXTENT="465300,465700,5079500,5080000 [EPSG:32633]",
                          OUTPUT_S2=str(tmp_path / "s2.tif"), OUTPUT_S1=str(tmp_path / "s1.tif")))
    assert res["S2_DATES"] == "2015-07-11,2015-08-30,2015-09-09"
    assert res["S1_DATES"] == "2015-07-15,2015-08-02,2015-08-26,2015-09-07"
    core = build_stacks(root / "s2", root / "s1", "2015-07-01", "2015-09-30", 50,
                        Area.from_bounds((465300, 5079500, 465700, 5080000), "EPSG:32633"),
                        out_s2=tmp_path / "c2.tif",
                        out_s1=tmp_path / "c1.tif")
    for key, ref in (("OUTPUT_S2", "c2.tif"), ("OUTPUT_S1", "c1.tif")):
        with rasterio.open(res[key]) as a, rasterio.open(tmp_path / ref) as b:
            assert a.transform == b.transform and a.shape == (50, 40) and a.count == b.count
            np.testing.assert_array_equal(a.read(), b.read())
    assert core.grid.bounds == (465300.0, 5079500.0, 465700.0, 5080000.0)


def test_algorithm_polygon_layer_and_errors(inputs, tmp_path, buildstack):
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

    root, _ = inputs
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "area", "memory")
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromWkt(POLY))
    layer.dataProvider().addFeatures([feat])
    res = buildstack(dict(S1_FOLDERS=str(root / "s1"), AREA=layer, START_DATE="2015-08-01",
                          END_DATE="2015-08-31", OUTPUT_S1=str(tmp_path / "s1.tif"),
                          OUTPUT_S2="TEMPORARY_OUTPUT"))  # no S2 folder: S2 output ignored
    assert res["S1_DATES"] == "2015-08-02,2015-08-26" and "OUTPUT_S2" not in res
    with rasterio.open(res["OUTPUT_S1"]) as ds:
        valid = np.isfinite(ds.read()).all(axis=0)
        assert ds.crs.to_epsg() == 32633
        grid = Grid(ds.crs, ds.transform, ds.width, ds.height)
    inside, edge = triangle_masks(grid)
    np.testing.assert_array_equal(valid[~edge], inside[~edge])
    res = buildstack(dict(S1_FOLDERS=str(root / "s1"), TARGET_CRS="EPSG:32634", RESOLUTION=20,
                          START_DATE="2015-09-01", OUTPUT_S1=str(tmp_path / "utm34.tif")))
    assert res["S1_DATES"] == "2015-09-07"
    with rasterio.open(res["OUTPUT_S1"]) as ds:
        assert ds.crs.to_epsg() == 32634 and ds.res == (20.0, 20.0)
        vh = ds.read(2)
        assert np.nanmax(np.abs(vh + 20.0)) < 1e-4 and np.isfinite(vh).mean() > 0.8  # rotated
    with pytest.raises(QgsProcessingException, match="No input folder"):
        buildstack(dict(OUTPUT_S2=str(tmp_path / "x.tif")))
    with pytest.raises(QgsProcessingException, match="no Sentinel-1 product in the date range"):
        buildstack(dict(S1_FOLDERS=str(root / "s1"), START_DATE="2019-01-01",
                        OUTPUT_S1=str(tmp_path / "y.tif")))
    assert not (tmp_path / "x.tif").exists() and not (tmp_path / "y.tif").exists()


def test_area_spellings_and_wkt():
    from eolatent.core.inputs.stackbuild.grid import parse_wkt_polygon, to_area

    a = to_area((1, 2, 3, 4))
    assert a.bounds == (1.0, 2.0, 3.0, 4.0) and a.crs is None
    assert to_area(((1, 2, 3, 4), "EPSG:4326")).crs == "EPSG:4326"
    assert to_area(dict(wkt=POLY, crs="EPSG:4326")).geometry["type"] == "Polygon"
    g = parse_wkt_polygon("MULTIPOLYGON Z (((0 0 1, 4 0 1, 4 4 1, 0 0 1)), "
                          "((10 10, 12 10, 12 12, 10 12, 10 10), (11 11, 11.5 11, 11.5 11.5, 11 11)))")
    assert g["type"] == "MultiPolygon" and len(g["coordinates"]) == 2
    assert g["coordinates"][1][1][0] == (11.0, 11.0) and len(g["coordinates"][1]) == 2
    assert parse_wkt_polygon("POLYGON((0 0, 1 0, 1 1))")["coordinates"][0][-1] == (0.0, 0.0)
    with pytest.raises(StackBuildError, match="not a WKT POLYGON"):
        to_area("LINESTRING(0 0, 1 1)")
    with pytest.raises(StackBuildError, match="inverted"):
        to_area((3, 2, 1, 4))


def test_algorithm_band_subset(inputs, tmp_path, buildstack):
    root, _ = inputs
    res = buildstack(dict(S2_FOLDERS=str(root / "s2"), START_DATE="2015-09-01", BANDS="b08, B04",
                          OUTPUT_S2=str(tmp_path / "s2.tif")))
    full = build_stacks(root / "s2", None, "2015-09-01", None, 50, None, out_s2=tmp_path / "all.tif")
    with rasterio.open(res["OUTPUT_S2"]) as a, rasterio.open(full.s2_path) as b:
        names_b = list(b.descriptions)
        assert sorted(d.split()[0] for d in a.descriptions) == ["B04", "B08"]
        for k, d in enumerate(a.descriptions, start=1):
            np.testing.assert_array_equal(a.read(k), b.read(names_b.index(d) + 1))


# --------------------------------------------------------------------------- audit of stop 26
SLO = Path(__file__).parent / "data" / "slovenia"


def test_one_file_per_band_is_read_as_one_date(tmp_path):
    """The usual per-band download layout (one GeoTIFF per band, a date's files in one folder) said "share no
    band; build them separately"; each date's files are now joined (a VRT, no copy) and give the same stack as the
    date's multi-band file."""
    from feedback_fixtures import Recording

    src = SLO / "S2L1C_TOA_13band_2015-07-11.tif"
    folder, ref = tmp_path / "bands", tmp_path / "ref"
    folder.mkdir()
    ref.mkdir()
    shutil.copyfile(src, ref / src.name)
    with rasterio.open(src) as ds:
        for b in (2, 3, 4, 8):
            name = ds.descriptions[b - 1]
            fx.write_tif(folder / f"S2A_20150711_{name}.tif", ds.read(b), crs=ds.crs, transform=ds.transform,
                         descriptions=[name])
    log = Recording()
    # no cloud detection: the comparison is of the reading, and the detectors differ with the band sets
    res = build_stacks(folder, None, None, None, 100, None, out_s2=tmp_path / "s2.tif", feedback=log,
                       detect_clouds=False)
    want = build_stacks(ref, None, None, None, 100, None, out_s2=tmp_path / "r.tif", bands=["B02", "B03", "B04", "B08"],
                        detect_clouds=False)
    assert res.s2_bands == ("B02", "B03", "B04", "B08") and res.s2_dates == want.s2_dates
    with rasterio.open(tmp_path / "s2.tif") as a, rasterio.open(tmp_path / "r.tif") as b:
        assert a.transform == b.transform and a.descriptions == b.descriptions
        np.testing.assert_array_equal(a.read(), b.read())
    assert any("4 files of one band each" in m for m in log.messages)
    assert not list(Path(tempfile.gettempdir()).glob("eolatent-bands-*"))       # the VRTs went with the run


def test_20m_bands_at_a_20m_target_are_read_as_stored(tmp_path):
    """A SAFE product's 20 m bands on a 20 m target grid were interpolated to the product's 10 m grid and then
    down again (B11 off by up to 0.022 on a real tile); they are now copied from their R20m files, while the 10 m
    bands are still averaged down (B02 comes from R10m, not from the product's coarser copy in R20m)."""
    import s2_fixtures as s2fx
    from feedback_fixtures import Recording

    safe = s2fx.make_safe(tmp_path / "in")
    log = Recording()
    build_stacks(tmp_path / "in", None, None, None, 100, None, resolution=20.0, out_s2=tmp_path / "s2.tif",
                 feedback=log)
    r20 = next(safe.glob("GRANULE/*/IMG_DATA/R20m"))
    with rasterio.open(tmp_path / "s2.tif") as ds:
        got = dict(zip([d.split()[0] for d in ds.descriptions], ds.read()))
        assert ds.res == (20.0, 20.0)
    valid = np.isfinite(got["B04"])
    assert valid.sum() >= 25                                                  # 36 px, SCL masks some
    for band in ("B05", "B8A", "B11", "B12"):
        want = (s2fx.safe_dn(band, 20).astype(np.float64) - 1000) / 1e4       # BOA_ADD_OFFSET -1000, quantification 1e4
        np.testing.assert_allclose(got[band][valid], want[valid], rtol=0, atol=1e-6, err_msg=band)
    r20_b02 = (s2fx.safe_dn("B02", 20).astype(np.float64) - 1000) / 1e4
    assert np.abs(got["B02"][valid] - r20_b02[valid]).max() > 0.05            # from R10m, averaged down
    assert list(r20.glob("*_B11_20m.jp2"))
    line = [m for m in log.messages if "read as stored" in m]
    assert line and "B05,B8A,B11,B12" in line[0], log.messages
    log10 = Recording()
    build_stacks(tmp_path / "in", None, None, None, 100, None, out_s2=tmp_path / "s10.tif", feedback=log10)
    assert not [m for m in log10.messages if "read as stored" in m]           # 10 m target: nothing is native


def test_an_empty_product_is_refused_and_a_three_band_one_warned(tmp_path):
    """A product without a single valid pixel wrote an empty stack; an RGB export made a 3-band stack that the
    algorithms refuse later, without a word."""
    from feedback_fixtures import Recording

    src = SLO / "S2L1C_TOA_13band_2015-07-11.tif"
    empty, rgb = tmp_path / "empty", tmp_path / "rgb"
    with rasterio.open(src) as ds:
        names = list(ds.descriptions)
        fx.write_tif(empty / "S2A_20150711.tif", np.full((ds.count, ds.height, ds.width), np.nan, np.float32),
                     crs=ds.crs, transform=ds.transform, descriptions=names, nodata=float("nan"))
        fx.write_tif(rgb / "S2A_20150711.tif", ds.read([2, 3, 4]), crs=ds.crs, transform=ds.transform,
                     descriptions=["B02", "B03", "B04"])
    out = tmp_path / "s2.tif"
    with pytest.raises(StackBuildError, match=r"no valid pixel in the S2 stack: .*1 date\(s\).*empty.*nothing was "
                                              "written"):
        build_stacks(empty, None, None, None, 100, None, out_s2=out)
    assert not out.exists() and not list(tmp_path.glob(".s2.tif*"))
    log = Recording()
    build_stacks(rgb, None, None, None, 100, None, out_s2=out, feedback=log)
    warned = [m for m in log.warnings if "will hold B02,B03,B04 only" in m]
    assert warned and "biophysical needs at least B02,B03,B04,B08" in warned[0]


def test_a_zipped_product_is_named_not_ignored(tmp_path):
    folder = tmp_path / "zips"
    folder.mkdir()
    (folder / "S2A_MSIL2A_20150830T100006_N0400_R122_T33TVM_20150830T120000.zip").write_bytes(b"PK\x03\x04")
    with pytest.raises(StackBuildError, match=r"no Sentinel-2 product found in .*zips.*S2A_MSIL2A_20150830.*"
                                              r"\.zip: a zipped product: unzip it"):
        build_stacks(folder, None, None, None, 100, None, out_s2=tmp_path / "s2.tif")


def test_a_band_asked_twice_is_refused(inputs, tmp_path):
    root, _ = inputs
    with pytest.raises(StackBuildError, match="band B04 is asked twice"):
        build_stacks(root / "s2", None, None, None, 100, None, out_s2=tmp_path / "s2.tif", bands=["B04", "b4"])


def test_cloudy_dates_and_the_rules_fallback_are_warned(tmp_path, monkeypatch):
    """07-31 (98 % cloud in the s2cloudless masks) without a mask: found by s2cloudless and warned as no data; with
    the s2cloudless model missing, the rules miss it, and a warning says so (the log had only an info line)."""
    from feedback_fixtures import Recording

    from eolatent.core.inputs.sentinel2 import clouds

    folder = tmp_path / "s2"
    folder.mkdir()
    for d in ("2015-07-11", "2015-07-31"):
        shutil.copyfile(SLO / f"S2L1C_TOA_13band_{d}.tif", folder / f"S2L1C_TOA_13band_{d}.tif")
    log = Recording()
    res = build_stacks(folder, None, None, None, 100, None, out_s2=tmp_path / "a.tif", feedback=log)
    assert res.s2_detected[1][0] > 95
    assert [w for w in log.warnings if "2015-07-31" in w and "cloud or shadow almost everywhere" in w]
    assert not [w for w in log.warnings if "spectral rules" in w]
    note = " (the s2cloudless model is not installed: Raster ▸ EO Latent ▸ Models… in QGIS, or `x`)"
    monkeypatch.setattr(clouds, "s2cloudless_missing", lambda path=None: note)
    log = Recording()
    build_stacks(folder, None, None, None, 100, None, out_s2=tmp_path / "b.tif", feedback=log)
    rules = [w for w in log.warnings if "spectral rules" in w]
    assert len(rules) == 1 and "2015-07-11, 2015-07-31" in rules[0]
    assert "s2cloudless model is not installed" in rules[0]
    with rasterio.open(tmp_path / "b.tif") as ds:
        tag = ds.tags(1)["CLOUD_MASK"]
        assert tag.startswith("eolatent.cloud.rules") and "install" not in tag


def test_algorithm_extent_without_crs_is_in_the_target_crs(inputs, tmp_path, buildstack):
    """qgis_process EXTENT=465300,465700,5079500,5080000 (no "[EPSG:…]", no project CRS) said "area CRS '' is not
    a known CRS"; it is now read in the target CRS, as --extent without --area-crs on the command line."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from eolatent.processing_provider.buildstack_algorithm import _crs_text

    assert _crs_text(QgsCoordinateReferenceSystem()) is None
    root, _ = inputs
    before = QgsProject.instance().crs()
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem())
    try:
        res = buildstack(dict(S2_FOLDERS=str(root / "s2"), MAX_CLOUD=50, EXTENT="465300,465700,5079500,5080000",
                              OUTPUT_S2=str(tmp_path / "s2.tif")))
    finally:
        QgsProject.instance().setCrs(before)
    with rasterio.open(res["OUTPUT_S2"]) as ds:
        assert ds.bounds == (465300.0, 5079500.0, 465700.0, 5080000.0) and ds.crs.to_epsg() == 32633


def test_the_crs_chosen_among_several_is_named(tmp_path):
    """Two tiles in two UTM zones: the stack took the first file's CRS without saying why."""
    import subprocess

    from feedback_fixtures import Recording

    folder = tmp_path / "s2"
    folder.mkdir()
    src = SLO / "S2L1C_TOA_13band_2015-07-11.tif"
    shutil.copyfile(src, folder / "b_S2L1C_TOA_13band_2015-07-11.tif")
    subprocess.run(["gdalwarp", "-q", "-t_srs", "EPSG:32632", str(src),
                    str(folder / "a_S2L1C_TOA_13band_2015-07-11.tif")], check=True)
    log = Recording()
    res = build_stacks(folder, None, None, None, 100, None, out_s2=tmp_path / "s.tif", feedback=log)
    line = [m for m in log.messages if m.startswith("target CRS:")]
    assert res.grid.crs.to_epsg() == 32632
    assert line == ["target CRS: EPSG:32632, that of the first date's first product, among EPSG:32632, EPSG:32633; "
                    "choose another with the target CRS (TARGET_CRS, --target-crs)"]


def test_a_product_of_unknown_platform_joins_its_day(tmp_path):
    """A plain GeoTIFF (no platform) and an S2A product of the same day made two dates with the same descriptions."""
    folder = tmp_path / "s2"
    folder.mkdir()
    src = SLO / "S2L1C_TOA_13band_2015-07-11.tif"
    shutil.copyfile(src, folder / "plain_2015-07-11.tif")         # dated by its name: 00:00, no platform
    shutil.copyfile(src, folder / "tagged.tif")                      # as a SAFE would be: S2A, 10:00:06
    with rasterio.open(folder / "tagged.tif", "r+") as ds:
        ds.update_tags(SENSOR="Sentinel-2A", DATE="2015-07-11T10:00:06Z")
    with rasterio.open(folder / "plain_2015-07-11.tif") as ds:
        assert not ds.tags().get("SENSOR")
    res = build_stacks(folder, None, None, None, 100, None, out_s2=tmp_path / "s.tif")
    assert [d.isoformat() for d in res.s2_dates] == ["2015-07-11T10:00:06+00:00"]
    with rasterio.open(tmp_path / "s.tif") as ds:
        assert len(set(ds.descriptions)) == ds.count


def test_an_earlier_stack_in_the_folder_is_named(tmp_path):
    """An earlier output written into the input folder was mosaicked in again without a word."""
    from feedback_fixtures import Recording

    folder = tmp_path / "s2"
    folder.mkdir()
    shutil.copyfile(SLO / "S2L1C_TOA_13band_2015-07-11.tif", folder / "S2L1C_TOA_13band_2015-07-11.tif")
    build_stacks(folder, None, None, None, 100, None, out_s2=folder / "stack.tif", detect_clouds=False)
    log = Recording()
    build_stacks(folder, None, None, None, 100, None, out_s2=folder / "stack2.tif", detect_clouds=False,
                 feedback=log)
    used = [m for m in log.messages if m.startswith("used ")]
    assert len(used) == 1 and used[0].endswith("stack.tif: an EO Latent stack (1 dates), read like any product; "
                                              "move it out of the folder if it is an earlier output")


def test_a_block_run_keeps_the_build_log(inputs, tmp_path):
    """--cog / --resume / --tiles-dir ran buildstack as one block without its log (dates kept, grid, clouds)."""
    from feedback_fixtures import Recording

    from eolatent.core.scaleout.distributed import run_job

    root, _ = inputs
    log = Recording()
    run_job("buildstack", dict(s2_folders=[str(root / "s2")], max_cloud=100, outputs={"S2": str(tmp_path / "s.tif")}),
            cog=True, feedback=log)
    assert any(m.startswith("target grid:") for m in log.messages)
    assert any(m.startswith("S2 2015-07-11:") for m in log.messages)


@pytest.mark.parametrize("crs, size, text", [("EPSG:32633", 10.0, "10 m"), ("EPSG:4326", 0.0001, "0.0001°"),
                                             ("EPSG:2263", 30.0, "30 US survey foot"), (None, 5.0, "5")])
def test_pixel_size_is_given_with_the_crs_unit(crs, size, text):
    """The log's 'pixels of 10' said no unit: the CRS's unit follows the number (degrees on a geographic grid)."""
    from eolatent.core.inputs.stackbuild.grid import pixel_size_text

    assert pixel_size_text(crs, size) == text


def test_algorithm_area_touching_the_extent_keeps_only_its_polygons(inputs, tmp_path, buildstack):
    """EXTENT and AREA together: a polygon that only touches the extent left a line in their intersection (a
    GEOMETRYCOLLECTION), which the stack builder refused as not a polygon. An area outside the extent is refused.
    (The command line and Processing cut the area by one function, core.inputs.stackbuild.grid.clip_to_extent.)"""
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

    root, _ = inputs
    layer = QgsVectorLayer("Polygon?crs=EPSG:32633", "area", "memory")
    feats = []
    for wkt in ("POLYGON ((465300 5079700, 465600 5079700, 465600 5080000, 465300 5080000, 465300 5079700))",
                "POLYGON ((465300 5079400, 465600 5079400, 465600 5079600, 465300 5079600, 465300 5079400))"):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    res = buildstack(dict(S2_FOLDERS=str(root / "s2"), AREA=layer, START_DATE="2015-07-01", END_DATE="2015-09-30",
                          EXTENT="465200,465700,5079600,5080100 [EPSG:32633]", OUTPUT_S2=str(tmp_path / "s2.tif")))
    with rasterio.open(res["OUTPUT_S2"]) as ds:
        assert ds.bounds.bottom >= 5079690 and np.isfinite(ds.read(1)).any()      # the first polygon only
    # an area layer with Z values (QGIS writes its WKT "PolygonZ", which GDAL does not read): cut all the same
    layer_z = QgsVectorLayer("PolygonZ?crs=EPSG:32633", "area_z", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("PolygonZ ((465300 5079400 1, 465600 5079400 1, 465600 5080000 1, "
                                      "465300 5080000 1, 465300 5079400 1))"))
    layer_z.dataProvider().addFeatures([f])
    res = buildstack(dict(S2_FOLDERS=str(root / "s2"), AREA=layer_z, START_DATE="2015-07-01", END_DATE="2015-09-30",
                          EXTENT="465200,465700,5079700,5080100 [EPSG:32633]", OUTPUT_S2=str(tmp_path / "z.tif")))
    with rasterio.open(res["OUTPUT_S2"]) as ds:
        assert ds.bounds.bottom >= 5079690, ds.bounds                            # cut to the extent
    with pytest.raises(QgsProcessingException, match="The extent and the area polygon do not overlap"):
        buildstack(dict(S2_FOLDERS=str(root / "s2"), AREA=layer, EXTENT="465700,465900,5079600,5080100 [EPSG:32633]",
                        OUTPUT_S2=str(tmp_path / "none.tif")))
    assert not (tmp_path / "none.tif").exists()


def test_in_a_model_an_unused_stack_is_written_to_a_temporary_file(inputs, tmp_path, buildstack):
    """A model whose buildstack step has an S1 folder but whose S1 stack nothing uses (neither wired nor a model
    output) gave the step no destination, and the run failed ("its output is skipped"; the chain audit): inside a
    model it is written to a temporary file. Outside one, skipping it stays refused."""
    from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                           QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm, QgsProcessingModelOutput,
                           QgsProject)
    from qgis.core import QgsProcessingModelChildParameterSource as Src

    root, _ = inputs
    model = QgsProcessingModelAlgorithm("m", "g")
    child = QgsProcessingModelChildAlgorithm("eolatent:buildstack")
    child.setChildId("stack")
    for name, value in (("S2_FOLDERS", str(root / "s2")), ("S1_FOLDERS", str(root / "s1")),
                        ("START_DATE", "2015-08-01"), ("END_DATE", "2015-08-31"), ("MAX_CLOUD", 50)):
        child.addParameterSources(name, [Src.fromStaticValue(value)])
    out = QgsProcessingModelOutput("s2")
    out.setChildOutputName("OUTPUT_S2")
    out.setChildId("stack")
    child.setModelOutputs({"s2": out})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    res, ok = model.run({"stack:s2": str(tmp_path / "s2.tif")}, ctx, QgsProcessingFeedback())
    assert ok and (tmp_path / "s2.tif").exists()
    s1 = res["CHILD_RESULTS"]["stack"]["OUTPUT_S1"]
    with rasterio.open(s1) as ds:
        assert ds.count == 2 * len(res["CHILD_RESULTS"]["stack"]["S1_DATES"].split(","))
    with pytest.raises(QgsProcessingException, match="Sentinel-1 folder is given but its output is skipped"):
        buildstack(dict(S2_FOLDERS=str(root / "s2"), S1_FOLDERS=str(root / "s1"), START_DATE="2015-08-01",
                        END_DATE="2015-08-31", OUTPUT_S2=str(tmp_path / "x.tif"), OUTPUT_S1=None))
