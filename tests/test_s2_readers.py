# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-2 readers: real Slovenia GeoTIFFs, fabricated SAFE/Theia products, stacks."""
from __future__ import annotations

import math
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.transform import from_origin
from rasterio.windows import Window

sys.path.insert(0, str(Path(__file__).parent))
import s2_fixtures as fx  # noqa: E402

from eolatent.core.inputs.sentinel2 import (S2_BANDS, Grid, S2FormatError, S2Source,  # noqa: E402
                                     open_s2, write_s2_stack)

DATA = Path(__file__).parent / "data" / "slovenia"
SLO = sorted(DATA.glob("S2L1C_TOA_13band_*.tif"))
UTC = timezone.utc


def test_jp2_driver_can_write():
    with rasterio.Env() as env:
        assert "JP2OpenJPEG" in env.drivers()


# --------------------------------------------------------------------------- GeoTIFF

def test_slovenia_geotiff_values_date_grid():
    path = DATA / "S2L1C_TOA_13band_2015-07-11.tif"
    with open_s2(path) as src:
        assert isinstance(src, S2Source) and src.kind == "geotiff"
        assert src.dates == [datetime(2015, 7, 11, tzinfo=UTC)]
        assert src.grid.crs == CRS.from_epsg(32633)
        assert (src.grid.width, src.grid.height) == (100, 101)
        assert src.band_names == S2_BANDS
        assert src.platform(0) is None and src.cloud_cover(0) is None
        assert src.angles(0) == dict(sun_zenith=None, sun_azimuth=None,
                                     view_zenith=None, view_azimuth=None)
        win = Window(7, 13, 40, 31)
        refl, valid = src.read(0, win, ["B04", "b8a", "B2", "B12"])
    with rasterio.open(path) as ds:
        raw = ds.read([4, 9, 2, 13], window=win)
        assert src.grid.transform == ds.transform
    assert refl.dtype == np.float32 and refl.shape == (4, 31, 40)
    np.testing.assert_array_equal(refl, raw)
    assert valid.all() and 0.0 < float(refl.mean()) < 1.0
    # windows reaching outside the grid: outside pixels are NaN / invalid
    part, pvalid = src.read(0, Window(-2, 98, 5, 6), ["B03"])
    with rasterio.open(path) as ds:
        inside = ds.read(3, window=Window(0, 98, 3, 3))
    assert pvalid.sum() == 9 and np.isnan(part[0, 3:, :]).all()
    np.testing.assert_array_equal(part[0, :3, 2:], inside)


def test_slovenia_list_is_a_time_series():
    with open_s2([str(p) for p in reversed(SLO)]) as src:
        assert src.kind == "multi"
        assert [d.date().isoformat() for d in src.dates] == [
            "2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09"]
        refl, _ = src.read(4, Window(0, 0, 5, 5), ["B08"])
        with rasterio.open(SLO[4]) as ds:
            np.testing.assert_array_equal(refl[0], ds.read(8, window=Window(0, 0, 5, 5)))


def test_geotiff_dn_offset_tags_masks(tmp_path):
    rng = np.random.default_rng(1)
    dn = [rng.integers(1000, 9000, (8, 9)).astype(np.uint16) for _ in range(4)]
    dn[0][0, 0] = 0          # no data
    dn[1][1, 1] = 65535      # saturated
    valid_band = np.ones((8, 9), np.uint16)
    valid_band[2, 3] = 0
    cloud_band = np.zeros((8, 9), np.uint16)
    cloud_band[4, 4] = 7
    path = fx.make_geotiff(
        tmp_path / "scene.tif", dn + [valid_band, cloud_band],
        ["b2", "B3", "B04", "B8A", "VALID", "CLOUD"],
        tags={"ACQUISITION_DATE": "2020-06-30T10:15:00Z", "BOA_ADD_OFFSET": "-1000",
              "SUN_ZENITH": "30.5", "SUN_AZIMUTH": "150", "VIEW_ZENITH": "4",
              "VIEW_AZIMUTH": "100.5", "SENSOR": "Sentinel-2B", "CLOUD_COVER": "3.5"})
    src = open_s2(path)
    assert src.dates == [datetime(2020, 6, 30, 10, 15, tzinfo=UTC)]
    assert src.band_names == ("B02", "B03", "B04", "B8A")
    assert src.platform(0) == "S2B" and src.cloud_cover(0) == 3.5
    assert src.angles(0) == dict(sun_zenith=30.5, sun_azimuth=150.0, view_zenith=4.0,
                                 view_azimuth=100.5)
    refl, valid = src.read(0, None, ["B02", "B03", "B04", "B8A"])
    expected = (np.stack(dn).astype(np.float64) - 1000) / 10000
    bad = np.zeros((8, 9), bool)
    bad[0, 0] = bad[1, 1] = bad[2, 3] = bad[4, 4] = True
    assert np.array_equal(valid, ~bad)
    assert np.isnan(refl[:, bad]).all()
    np.testing.assert_allclose(refl[:, ~bad], expected[:, ~bad].astype(np.float32),
                               rtol=0, atol=1e-7)
    # B04 alone: the B02 no-data pixel is valid, masks still apply
    _, valid4 = src.read(0, None, ["B04"])
    assert valid4[0, 0] and not valid4[2, 3] and not valid4[4, 4]
    src.close()


def test_geotiff_gdal_scale_and_float_dn(tmp_path):
    dn = np.arange(1, 31, dtype=np.int16).reshape(5, 6) * 100
    path = fx.make_geotiff(tmp_path / "S2_20190102.tif", [dn, dn], ["B04", "B08"],
                           scales=[0.0001, 0.0001], offsets=[-0.1, -0.1])
    src = open_s2(path)
    assert src.dates[0] == datetime(2019, 1, 2, tzinfo=UTC)
    refl, valid = src.read(0, None, ["B08"])
    np.testing.assert_allclose(refl[0], dn * 0.0001 - 0.1, atol=1e-7)
    assert valid.all()
    # float DN (0-10000) is recognised by its 99th percentile and divided by 10000
    fdn = dn.astype(np.float32)
    fdn[0, 0] = np.nan
    path2 = fx.make_geotiff(tmp_path / "x_2019-01-03.tif", [fdn], ["B4"])
    refl2, valid2 = open_s2(path2).read(0, None, ["B04"])
    assert not valid2[0, 0] and valid2.sum() == 29
    np.testing.assert_allclose(refl2[0][valid2], (fdn / 10000)[valid2], atol=1e-7)
    # ... also where the first bands hold no valid pixel (a stack whose first date is all cloud, masked as NaN):
    # the next bands decide (they were read as reflectance 100-3000, silently)
    empty = np.full_like(fdn, np.nan)
    path3 = fx.make_geotiff(tmp_path / "x_2019-01-04.tif", [empty, empty, empty, fdn], ["B2", "B3", "B4", "B8"])
    refl3, valid3 = open_s2(path3).read(0, None, ["B08"])
    assert valid3.sum() == 29
    np.testing.assert_allclose(refl3[0][valid3], (fdn / 10000)[valid3], atol=1e-7)


# --------------------------------------------------------------------------- SAFE

def _bilinear_reference(coarse: np.ndarray, factor: int, r: int, c: int) -> float:
    """Independent bilinear value at fine pixel (r, c) of a grid *factor* times finer."""
    u = (c + 0.5) / factor - 0.5
    v = (r + 0.5) / factor - 0.5
    i0, j0 = math.floor(u), math.floor(v)
    fx_, fy_ = u - i0, v - j0
    return ((1 - fy_) * ((1 - fx_) * coarse[j0, i0] + fx_ * coarse[j0, i0 + 1])
            + fy_ * ((1 - fx_) * coarse[j0 + 1, i0] + fx_ * coarse[j0 + 1, i0 + 1]))


@pytest.mark.parametrize("baseline,offset", [("04.00", -1000), ("05.09", -1000),
                                             ("02.09", None)])
def test_safe_l2a(tmp_path, baseline, offset):
    safe = fx.make_safe(tmp_path, baseline=baseline, offset=offset, cloud=12.5)
    add = 0.0 if offset is None else float(offset)
    src = open_s2(safe)
    assert src.kind == "safe"
    assert src.dates == [datetime(2021, 7, 3, 10, 20, 29, 24000, tzinfo=UTC)]
    assert src.platform(0) == "S2B" and src.cloud_cover(0) == 12.5
    assert src.metadata(0)["processing_baseline"] == baseline
    assert src.band_names == ("B01", "B02", "B03", "B04", "B05", "B08", "B8A", "B09",
                              "B11", "B12")
    g = src.grid
    assert (g.width, g.height) == (12, 12) and g.res == (10.0, 10.0)
    assert g.crs == CRS.from_epsg(32633)
    ang = src.angles(0)
    assert ang["sun_zenith"] == pytest.approx(25.9)
    assert ang["sun_azimuth"] == pytest.approx(147.2)
    views = fx.safe_view_angles()
    assert ang["view_zenith"] == pytest.approx(np.mean([z for z, _ in views]))
    assert ang["view_azimuth"] == pytest.approx(2.0, abs=1e-9)  # circular mean of 356..8

    refl, valid = src.read(0, None, ["B02", "B03", "B05"])
    b02 = fx.safe_dn("B02", 10).astype(np.float64)
    b03 = fx.safe_dn("B03", 10).astype(np.float64)
    r05 = (fx.safe_dn("B05", 20).astype(np.float64) + add) / 10000
    # 10 m bands: known DN -> known reflectance (B02 is taken at 10 m, not 20 m)
    ok = valid.copy()
    np.testing.assert_allclose(refl[0][ok], ((b02 + add) / 10000)[ok], atol=1e-7)
    np.testing.assert_allclose(refl[1][ok], ((b03 + add) / 10000)[ok], atol=1e-7)
    # 20 m band bilinear at interior 10 m pixels
    for r in range(1, 11):
        for c in range(1, 11):
            if ok[r, c]:
                assert refl[2, r, c] == pytest.approx(
                    _bilinear_reference(r05, 2, r, c), abs=1e-6)
    # no data (B02 DN 0) and saturation (B03 DN 65535)
    assert not valid[0, 0] and not valid[1, 1]
    # SCL: cloud 9 at 20 m (2, 3), shadow (4, 1), medium (1, 4), cirrus (3, 0), nodata (0, 5)
    for (rr, cc) in [(2, 3), (4, 1), (1, 4), (3, 0), (0, 5)]:
        blk = (slice(2 * rr, 2 * rr + 2), slice(2 * cc, 2 * cc + 2))
        assert not valid[blk].any()
        assert np.isnan(refl[(slice(None),) + blk]).all()
    assert valid[10:12, 10:12].all()  # snow stays valid
    assert valid.sum() == 144 - 5 * 4 - 2

    # tiled reads equal the full read
    full, fvalid = src.read(0, None, ["B05", "B01", "B8A"])
    for r0 in range(0, 12, 5):
        for c0 in range(0, 12, 5):
            w = Window(c0, r0, min(5, 12 - c0), min(5, 12 - r0))
            part, pvalid = src.read(0, w, ["B05", "B01", "B8A"])
            sl = (slice(r0, r0 + w.height), slice(c0, c0 + w.width))
            np.testing.assert_array_equal(part, full[(slice(None),) + sl])
            np.testing.assert_array_equal(pvalid, fvalid[sl])
    src.close()


def test_safe_via_metadata_file_and_missing_band(tmp_path):
    safe = fx.make_safe(tmp_path)
    with open_s2(safe / "MTD_MSIL2A.xml") as src:
        with pytest.raises(S2FormatError, match=r"band B10 missing .*B02\(10m\)"):
            src.read(0, Window(0, 0, 2, 2), ["B10"])


# --------------------------------------------------------------------------- Theia

def test_theia(tmp_path):
    folder = fx.make_theia(tmp_path)
    src = open_s2(folder)
    assert src.kind == "theia"
    assert src.dates == [datetime(2018, 5, 1, 10, 44, 12, 459000, tzinfo=UTC)]
    assert src.platform(0) == "S2A" and src.cloud_cover(0) == 17.0
    assert src.band_names == ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A",
                              "B11", "B12")
    assert src.grid.crs == CRS.from_epsg(32631) and src.grid.shape == (12, 12)
    ang = src.angles(0)
    assert ang["sun_zenith"] == 33.6 and ang["sun_azimuth"] == 150.1
    assert ang["view_zenith"] == pytest.approx(4.5)
    assert ang["view_azimuth"] == pytest.approx(102.0)

    clm1, edg1, clm2, edg2 = fx.theia_masks()
    refl, valid = src.read(0, None, ["B04", "B02"])
    bad = (clm1 != 0) | (edg1 != 0)
    bad[0, 1] = True  # -10000 in the 10 m bands
    assert np.array_equal(valid, ~bad)
    exp = fx.theia_dn("B4").astype(np.float64) / 10000
    np.testing.assert_allclose(refl[0][valid], exp[valid], atol=1e-7)
    assert np.isnan(refl[:, bad]).all()
    # a 20 m band adds the R2 masks (bottom edge rows 10-11, cloud 4..7) and its no data
    _, v20 = src.read(0, None, ["B04", "B8A"])
    assert not v20[10:, :].any() and not v20[4:8, 4:8].any()
    assert not v20[:3, :3].any()  # B8A -10000 at 20 m (0, 0), bilinear footprint
    assert v20[3, 3] and v20[8, 1]
    src.close()


# --------------------------------------------------------------------------- stack

def test_stack_round_trip(tmp_path):
    grid = Grid(CRS.from_epsg(32633), from_origin(500000, 4000000, 10, 10), 7, 5)
    rng = np.random.default_rng(3)
    data = rng.random((3, 2, 5, 7)).astype(np.float32)
    data[1, 0, 2, 3] = np.nan
    dates = [datetime(2015, 7, 11, 10, 0, 8), "2015-12-08T10:04:09Z",
             "2015-12-08T10:11:25Z"]  # two acquisitions on one day
    angles = [dict(sun_zenith=30.0, sun_azimuth=160.0, view_zenith=5.0,
                   view_azimuth=100.0), None, dict(sun_zenith=60.0)]
    out = write_s2_stack(tmp_path / "stack.tif", grid, dates, ["B4", "B8A"], data,
                         angles=angles, platforms=["S2A", "Sentinel-2B", None],
                         cloud_cover=[1.5, None, 80.0])
    with rasterio.open(out) as ds:
        assert ds.descriptions[:3] == ("B04 2015-07-11", "B8A 2015-07-11",
                                       "B04 2015-12-08")
        assert ds.tags()["EOLATENT_STACK"] == "1" and ds.tags()["MODALITY"] == "S2"
        assert ds.tags(3)["DATE"] == "2015-12-08T10:04:09Z"
        assert ds.profile["tiled"] and ds.profile["compress"] == "deflate"
    src = open_s2(out)
    assert src.kind == "stack"
    assert src.dates == [datetime(2015, 7, 11, 10, 0, 8, tzinfo=UTC),
                         datetime(2015, 12, 8, 10, 4, 9, tzinfo=UTC),
                         datetime(2015, 12, 8, 10, 11, 25, tzinfo=UTC)]
    assert src.band_names == ("B04", "B8A")
    assert src.grid == grid
    assert [src.platform(i) for i in range(3)] == ["S2A", "S2B", None]
    assert [src.cloud_cover(i) for i in range(3)] == [1.5, None, 80.0]
    assert src.angles(0) == angles[0]
    assert src.angles(1)["sun_zenith"] is None
    assert src.angles(2) == dict(sun_zenith=60.0, sun_azimuth=None, view_zenith=None,
                                 view_azimuth=None)
    for t in range(3):
        refl, valid = src.read(t, None, ["B8A", "B04"])
        ok = np.isfinite(data[t]).all(axis=0)
        expected = data[t, ::-1].copy()
        expected[:, ~ok] = np.nan  # a pixel invalid in one band is NaN in all
        np.testing.assert_array_equal(refl, expected)
        assert np.array_equal(valid, ok)
    assert not src.read(1, None, ["B04"])[1][2, 3]
    assert src.read(1, None, ["B8A"])[1].all()


# --------------------------------------------------------------------------- errors

def test_error_missing_band(tmp_path):
    path = fx.make_geotiff(tmp_path / "s_2020-01-01.tif",
                           [np.ones((3, 3), np.float32) * 0.1] * 2, ["B02", "B03"])
    src = open_s2(path)
    with pytest.raises(S2FormatError) as err:
        src.read(0, Window(0, 0, 3, 3), ["B02", "B8A"])
    msg = str(err.value)
    assert "band B8A missing" in msg and "B02,B03" in msg and "band descriptions" in msg
    with pytest.raises(S2FormatError, match="not a Sentinel-2 band name"):
        src.read(0, None, ["NIR"])


@pytest.mark.parametrize("names, day", [(["B04 2021-07", "B08 2021-07", "B04 2021-08", "B08 2021-08"], 15),
                                       (["2021-07-03 B04", "2021-07-03 B08", "2021-08-03 B04", "2021-08-03 B08"], 3),
                                       (["B04_20210703", "B08_20210703", "B04_20210803", "B08_20210803"], 3)])
def test_stack_band_descriptions_date_first_or_month_only(tmp_path, names, day):
    """A stack of monthly composites named 'B04 2021-07' is dated the 15th of each month; '2021-07-03 B04' (the
    date first) reads like 'B04 2021-07-03'."""
    a = [np.full((3, 3), v, np.float32) for v in (0.05, 0.30, 0.06, 0.35)]
    path = fx.make_geotiff(tmp_path / "composites.tif", a, names)
    with open_s2(path, detect_clouds=False) as src:
        assert src.dates == [datetime(2021, 7, day, tzinfo=UTC), datetime(2021, 8, day, tzinfo=UTC)]
        refl, _ = src.read(1, None, ["B04", "B08"])
    np.testing.assert_allclose(refl[:, 0, 0], [0.06, 0.35], atol=1e-7)


def test_float_digital_numbers_treat_65535_as_fill(tmp_path):
    """Reflectance × 10 000 exported as Float32 without a nodata tag: 65535 (the UInt16 products' fill) is not
    reflectance 6.55 but missing, like 0."""
    dn = np.full((4, 4), 1200.0, np.float32)
    dn[0, 0], dn[1, 1] = 65535.0, 0.0
    path = fx.make_geotiff(tmp_path / "S2_2021-07-03.tif", [dn, dn * 2], ["B04", "B08"])
    with open_s2(path, detect_clouds=False) as src:
        refl, valid = src.read(0, None, ["B04", "B08"])
    assert not valid[0, 0] and not valid[1, 1] and valid.sum() == 14
    np.testing.assert_allclose(refl[:, valid], [[0.12] * 14, [0.24] * 14], atol=1e-6)


def test_undeclared_fills_are_invalid_not_reflectance(tmp_path):
    """A float 0–1 stack whose gaps are −9999 (or −1, or 0.0 in every band) with no nodata declared, as an
    ``unmask(-9999)`` export writes it: those pixels are invalid, not observations of reflectance −9999 or of a black
    surface; real dark pixels (0.0 in one band, −0.05 after the baseline-04.00 offset) stay valid."""
    b = [np.full((4, 4), v, np.float32) for v in (0.04, 0.06, 0.05, 0.30)]
    for arr in b:
        arr[0, 0], arr[0, 1], arr[0, 2] = -9999.0, -1.0, 0.0       # an undeclared fill, another, all bands 0
    b[0][1, 1] = 0.0                                                 # one band exactly 0: a dark pixel, valid
    b[1][2, 2] = -0.05                                               # slightly negative after the offset: valid
    b[3][3, 3] = 3.2767                                              # an Int16 fill of 32767 read as DN: invalid
    path = fx.make_geotiff(tmp_path / "S2_2021-07-03.tif", b, ["B02", "B03", "B04", "B08"])
    with open_s2(path, detect_clouds=False) as src:
        refl, valid = src.read(0, None, ["B02", "B03", "B04", "B08"])
        one, one_valid = src.read(0, None, ["B04"])                 # a single band: 0.0 is a value
    bad = [(0, 0), (0, 1), (0, 2), (3, 3)]
    assert [tuple(v) for v in np.argwhere(~valid)] == bad
    assert valid[1, 1] and valid[2, 2] and refl[0, 1, 1] == 0.0 and refl[1, 2, 2] == np.float32(-0.05)
    assert np.isnan(refl[:, ~valid]).all()
    assert one_valid[0, 2] and one[0, 0, 2] == 0.0 and not one_valid[0, 0] and not one_valid[0, 1]


def test_error_undated(tmp_path):
    path = fx.make_geotiff(tmp_path / "scene.tif", [np.ones((3, 3), np.float32)], ["B04"])
    with pytest.raises(S2FormatError, match="no acquisition date.*ACQUISITION_DATE"):
        open_s2(path)


def test_error_no_band_names_real_file():
    # the real cloud-probability stack has dates but no band names
    with pytest.raises(S2FormatError, match="no Sentinel-2 band names.*set_band_description"):
        open_s2(DATA / "CLP_68dates_s2cloudless.tif")


def test_error_corrupt_file(tmp_path):
    raw = (DATA / "S2L1C_TOA_13band_2015-07-11.tif").read_bytes()
    bad = tmp_path / "S2_2015-07-11.tif"
    bad.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(S2FormatError, match="truncated or corrupt"):
        open_s2(bad)
    # a stack whose directory survives but whose tiles are cut
    grid = Grid(CRS.from_epsg(32633), from_origin(0, 0, 10, -10), 64, 64)
    data = np.random.default_rng(0).random((2, 1, 64, 64)).astype(np.float32)
    write_s2_stack(tmp_path / "st.tif", grid, ["2020-01-01", "2020-02-01"], ["B04"], data)
    raw = (tmp_path / "st.tif").read_bytes()
    (tmp_path / "st_cut.tif").write_bytes(raw[: int(len(raw) * 0.7)])
    with pytest.raises(S2FormatError, match="truncated or corrupt"):
        open_s2(tmp_path / "st_cut.tif").read(1)


def test_error_folders(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(S2FormatError, match="is empty"):
        open_s2(empty)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("hello")
    (junk / "a.tif").write_bytes(b"")
    with pytest.raises(S2FormatError, match=r"not a Sentinel-2 product folder.*notes\.txt"):
        open_s2(junk)
    with pytest.raises(S2FormatError, match="does not exist"):
        open_s2(tmp_path / "nope.tif")
    broken = fx.make_theia(tmp_path / "t")
    next(broken.glob("*_MTD_ALL.xml")).write_text("<Muscate_Metadata_Document><Prod")
    with pytest.raises(S2FormatError, match="cannot parse the metadata"):
        open_s2(broken)
    with pytest.raises(S2FormatError, match="contains 1 product folder"):
        open_s2(tmp_path / "t")


def test_write_s2_stack_is_atomic(tmp_path, monkeypatch):
    """A failure while writing a stack leaves neither the target nor a temporary file behind."""
    import datetime as dt

    import numpy as np
    from rasterio.transform import from_origin

    from eolatent.core.outputs import stackwriter
    from eolatent.core.inputs.sentinel2 import Grid, open_s2, write_s2_stack

    grid = Grid("EPSG:32633", from_origin(0, 100, 10, 10), 10, 10)
    data = np.full((2, 2, 10, 10), 0.1, np.float32)
    dates = [dt.datetime(2020, 1, 1), dt.datetime(2020, 1, 6)]
    out = tmp_path / "stack.tif"
    umask = os.umask(0o022)
    try:
        write_s2_stack(out, grid, dates, ["B04", "B08"], data)
    finally:
        os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o644  # a new file's usual mode, not mkstemp's 0600
    with open_s2(str(out)) as src:
        assert len(src.dates) == 2
        np.testing.assert_array_equal(src.read(1, None, ["B04", "B08"])[0], data[1])
    calls = []
    original = stackwriter.StackWriter.write

    def failing(self, indexes, window, block):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(self, indexes, window, block)

    monkeypatch.setattr(stackwriter.StackWriter, "write", failing)
    failed = tmp_path / "failed.tif"
    with pytest.raises(OSError, match="disk full"):
        write_s2_stack(failed, grid, dates, ["B04", "B08"], data)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stack.tif"]
