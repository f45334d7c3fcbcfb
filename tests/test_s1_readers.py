# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentinel-1 readers: the real pyroSAR VV sample, S1Tiling-like products, generic files,
stacks, and the errors."""
from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

sys.path.insert(0, str(Path(__file__).parent))
import s1_fixtures as fx  # noqa: E402

from eolatent.core.inputs.sentinel1 import (Grid, S1FormatError, db_to_linear, linear_to_db,  # noqa: E402
                                     open_s1, write_s1_stack)

UTC = timezone.utc


# --------------------------------------------------------------------------- real pyroSAR sample

def test_pyrosar_sample_metadata_and_statistics():
    with open_s1(fx.PYROSAR) as src:
        assert src.kind == "pyrosar" and len(src) == 1
        assert src.dates == [datetime(2015, 3, 9, 17, 30, 17, tzinfo=UTC)]
        assert src.polarisations == ("VV",)
        assert (src.platform(0), src.orbit_direction(0)) == ("S1A", "ASCENDING")
        assert src.quantity(0) == "gamma0" and src.units(0) == "dB"  # "norm", "_db" in the name
        assert src.incidence(0) is None
        assert (src.grid.width, src.grid.height, src.grid.res) == (268, 217, (20.0, 20.0))
        assert src.grid.crs.to_epsg() == 32631
        db, valid = src.read(0)
    assert db.dtype == np.float32 and db.shape == (1, 217, 268) and valid.all()
    v = db[0].astype(np.float64)
    # the statistics of the data README (tests/data/s1/README.md)
    assert v.mean() == pytest.approx(-12.12, abs=0.01)
    assert v.std() == pytest.approx(4.74, abs=0.01)
    assert v.min() == pytest.approx(-26.65, abs=0.01) and v.max() == pytest.approx(1.43, abs=0.01)
    np.testing.assert_allclose(np.percentile(v, [1, 25, 50, 75, 99]),
                               [-22.9, -15.1, -11.0, -8.7, -4.0], atol=0.05)
    with rasterio.open(fx.PYROSAR) as ds:
        np.testing.assert_array_equal(db[0], ds.read(1))  # dB values returned as stored


def test_pyrosar_db_linear_round_trip():
    with open_s1(fx.PYROSAR) as src:
        win = Window(30, 40, 100, 60)
        db, _ = src.read(0, win, "vv")
        lin, valid = src.read(0, win, ["VV"], db=False)
    assert valid.all()
    with rasterio.open(fx.PYROSAR) as ds:
        raw = ds.read(1, window=win).astype(np.float64)
    np.testing.assert_allclose(lin[0], 10.0 ** (raw / 10.0), rtol=1e-5)
    # linear sigma0/gamma0 of land: positive, mostly below 1, mean well above the dB mean
    assert (lin > 0).all() and np.median(lin) < 1.0
    np.testing.assert_allclose(linear_to_db(lin), db, atol=1e-4)
    np.testing.assert_allclose(linear_to_db(db_to_linear(db)), db, atol=1e-4)


def test_pyrosar_nodata_honoured(tmp_path):
    path = tmp_path / fx.PYROSAR.name
    shutil.copyfile(fx.PYROSAR, path)
    with rasterio.open(path, "r+") as ds:
        arr = ds.read(1)
        arr[10:20, 5:25] = -99.0  # the file's nodata value
        ds.write(arr, 1)
        assert ds.nodata == -99.0
    with open_s1(path) as src:
        db, valid = src.read(0)
    assert not valid[10:20, 5:25].any() and np.isnan(db[0, 10:20, 5:25]).all()
    assert valid.sum() == 217 * 268 - 200
    np.testing.assert_array_equal(db[0][valid], arr[valid])
    assert np.nanmin(db) > -30  # no -99 leaked into the statistics


def test_undeclared_db_fills_are_invalid_and_scaled_linear_power_is_refused(tmp_path):
    """A dB file whose gaps hold −9999 with no nodata tag was encoded as real backscatter (fine4's corner chunks
    counted a valid date); a "linear" file holding power × 10 000 (median +31 dB) was encoded without a word."""
    path = tmp_path / fx.PYROSAR.name
    shutil.copyfile(fx.PYROSAR, path)
    with rasterio.open(path, "r+") as ds:
        arr = ds.read(1)
        arr[0:10, 0:10] = -9999.0
        arr[10, 10] = 55.0                     # no backscatter reaches +55 dB either
        arr[11, 11] = -70.0                    # S1Tiling's floor (1e-7 over calm water): a value, kept
        ds.write(arr, 1)
        ds.nodata = None
    with open_s1(path) as src:
        db, valid = src.read(0)
    assert not valid[0:10, 0:10].any() and not valid[10, 10] and np.isnan(db[0, 0:10, 0:10]).all()
    assert valid.sum() == 217 * 268 - 101 and np.nanmin(db) == np.float32(-70.0) and valid[11, 11]
    lin = fx.write_tif(tmp_path / "s1_2021-06-01_VV_lin.tif", (db_to_linear(np.nan_to_num(arr, nan=-15.0)) * 10000)
                       .clip(1, 65535).astype(np.uint16), descriptions=["VV"])
    with pytest.raises(S1FormatError, match=r"declared linear power but its median is .* dB\), far above any "
                                            r"scene's .*scaled \(× 10 000\?\)"):
        open_s1(lin)
    centi = fx.write_tif(tmp_path / "s1_2021-06-01_VV_db.tif", (np.nan_to_num(arr, nan=-15.0) * 100).clip(
        -32000, 32000).astype(np.int16), descriptions=["VV"])     # dB × 100 without a scale
    with pytest.raises(S1FormatError, match=r"declared in dB but its median is -1\d\d\d.*scaled \(dB × 100\?\)"):
        open_s1(centi)


# --------------------------------------------------------------------------- S1Tiling-like

def test_s1tiling_pairs_linear_values_masks_and_lia(tmp_path):
    fx.s1tiling_series(tmp_path, n_dates=3)
    with open_s1(tmp_path) as src:
        assert src.kind == "s1tiling" and src.skipped == []
        assert src.dates == [datetime(2020, 1, 8, 5, 23, 8, tzinfo=UTC),
                             datetime(2020, 1, 14, tzinfo=UTC),  # ...txxxxxx: date only
                             datetime(2020, 1, 20, 5, 23, 7, tzinfo=UTC)]
        assert src.polarisations == ("VV", "VH")
        assert [src.platform(i) for i in range(3)] == ["S1A", "S1B", "S1A"]
        assert {src.orbit_direction(i) for i in range(3)} == {"DESCENDING"}
        assert src.relative_orbit(0) == 22 and src.quantity(0) == "sigma0"
        assert src.units(0) == "linear"
        for k in range(3):
            lin, valid = src.read(k, db=False)
            db, valid_db = src.read(k, None, ["VH", "VV"])
            expected = np.stack([fx.s1tiling_values("vv", k), fx.s1tiling_values("vh", k)])
            bad = np.zeros((6, 8), bool)
            bad[0, 0] = True   # nodata 0
            bad[5, :] = True   # BorderMask row
            np.testing.assert_array_equal(valid, ~bad)
            np.testing.assert_array_equal(valid_db, ~bad)
            np.testing.assert_allclose(lin[:, ~bad], expected[:, ~bad], rtol=1e-6)
            np.testing.assert_allclose(db[:, ~bad], 10 * np.log10(expected[::-1][:, ~bad]),
                                       atol=1e-5)
            assert np.isnan(lin[:, bad]).all()
        inc = src.incidence(1, Window(2, 1, 3, 2))
        np.testing.assert_allclose(inc, [[32.0, 33.0, 34.0]] * 2)  # LIA = 100 x degrees


@pytest.mark.parametrize("suffix, quantity", [("_NormLim", "sigma0"),
                                              ("_GammaNaughtRTC", "gamma0")])
def test_s1tiling_calibration_variants(tmp_path, suffix, quantity):
    fx.s1tiling_series(tmp_path, suffix=suffix, n_dates=1, with_sidecars=False)
    with rasterio.open(next(tmp_path.glob("*_vh_*")), "r+") as ds:
        ds.update_tags(CALIBRATION="")  # for VH the name alone decides
    with open_s1(tmp_path) as src:
        assert src.quantity(0) == quantity and src.polarisations == ("VV", "VH")
        lin, valid = src.read(0, db=False)
    assert valid.sum() == 47
    np.testing.assert_allclose(lin[1, 3, 4], fx.s1tiling_values("vh", 0)[3, 4], rtol=1e-6)


# --------------------------------------------------------------------------- generic files

def test_units_from_value_distribution_and_tags(tmp_path):
    lin = np.full((4, 5), 0.08, np.float32)
    lin[0] = [0.01, 0.02, 0.05, 0.2, 0.5]
    fx.write_tif(tmp_path / "lin" / "S1_VV_2020-03-01.tif", lin)           # no hint: >= 0, median < 1
    fx.write_tif(tmp_path / "db" / "S1_VV_2020-03-01.tif", 10 * np.log10(lin))  # median < 0
    fx.write_tif(tmp_path / "tag" / "S1_VV_2020-03-01.tif", 10 * np.log10(lin) + 30,
                 tags=dict(UNITS="dB"))  # positive dB: only the tag can tell
    for sub, units, offset in (("lin", "linear", 0), ("db", "dB", 0), ("tag", "dB", 30)):
        with open_s1(tmp_path / sub) as src:
            assert src.units(0) == units
            db, valid = src.read(0)
        assert valid.all()
        np.testing.assert_allclose(db[0], 10 * np.log10(lin) + offset, atol=1e-4)


def test_multiband_file_with_incidence_band(tmp_path):
    vv, vh = np.full((3, 4), -8.0, np.float32), np.full((3, 4), -15.0, np.float32)
    ang = np.linspace(30, 45, 12, dtype=np.float32).reshape(3, 4)
    path = fx.write_tif(tmp_path / "S1B_20210611T171234_desc.tif", np.stack([vv, vh, ang]),
                        descriptions=["VV", "VH", "angle"],
                        tags=dict(ORBIT_DIRECTION="DESCENDING", CALIBRATION="gamma0"))
    with open_s1(path) as src:
        assert src.dates == [datetime(2021, 6, 11, 17, 12, 34, tzinfo=UTC)]
        assert src.platform(0) == "S1B" and src.orbit_direction(0) == "DESCENDING"
        assert src.quantity(0) == "gamma0" and src.polarisations == ("VV", "VH")
        db, valid = src.read(0)
        np.testing.assert_allclose(db, np.stack([vv, vh]), atol=1e-5)
        np.testing.assert_allclose(src.incidence(0), ang)


def test_constant_incidence_tag(tmp_path):
    fx.write_tif(tmp_path / "S1_VH_20200301.tif", np.full((2, 3), 0.02, np.float32),
                 tags=dict(INCIDENCE_ANGLE="38.5"))
    with open_s1(tmp_path) as src:
        np.testing.assert_array_equal(src.incidence(0), np.full((2, 3), 38.5, np.float32))


# --------------------------------------------------------------------------- stack

def test_stack_round_trip(tmp_path):
    grid = Grid(rasterio.crs.CRS.from_epsg(32633), from_origin(500000, 5000060, 10, 10), 7, 5)
    rng = np.random.default_rng(3)
    data = (-25 + 20 * rng.random((3, 2, 5, 7))).astype(np.float32)
    data[1, :, 2, 3] = np.nan
    inc = np.broadcast_to(np.linspace(31, 44, 7, dtype=np.float32), (3, 5, 7)).copy()
    dates = ["2020-01-08T05:23:08Z", datetime(2020, 1, 14, 5, 23), "2020-01-20"]
    path = write_s1_stack(tmp_path / "s1.tif", grid, dates, ["VV", "vh"], data,
                          quantity="gamma0", platforms=["S1A", "S1B", None],
                          orbit_directions=["DES", "DESCENDING", None],
                          relative_orbits=[22, 22, None], incidence=inc)
    with rasterio.open(path) as ds:
        assert ds.count == 9 and ds.dtypes[0] == "float32"
        assert ds.descriptions[:3] == ("VV 2020-01-08", "VH 2020-01-08", "INCIDENCE 2020-01-08")
        assert ds.tags()["EOLATENT_STACK"] == "1" and ds.tags()["MODALITY"] == "S1"
        assert ds.tags()["BAND_LIST"] == "VV,VH,INCIDENCE"
        t = ds.tags(4)
        assert (t["BAND_NAME"], t["DATE"], t["SENSOR"], t["UNITS"], t["QUANTITY"]) == \
            ("VV", "2020-01-14T05:23:00Z", "S1B", "dB", "gamma0")
        assert t["ORBIT_DIRECTION"] == "DESCENDING" and t["RELATIVE_ORBIT"] == "22"
        assert ds.tags(7)["SENSOR"] == "S1" and ds.units[0] == "dB"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    with open_s1(path) as src:
        assert src.kind == "stack" and len(src) == 3 and src.polarisations == ("VV", "VH")
        assert src.dates[0] == datetime(2020, 1, 8, 5, 23, 8, tzinfo=UTC)
        assert src.platform(1) == "S1B" and src.relative_orbit(0) == 22
        assert src.quantity(2) == "gamma0" and src.units(0) == "dB"
        for k in range(3):
            db, valid = src.read(k)
            np.testing.assert_array_equal(db, data[k])
            lin, _ = src.read(k, db=False)
            np.testing.assert_allclose(lin, 10 ** (data[k] / 10), rtol=1e-5)
            np.testing.assert_allclose(src.incidence(k), inc[k])
        _, v1 = src.read(1)
        assert not v1[2, 3] and v1.sum() == 34


def test_stack_writer_errors_leave_nothing(tmp_path):
    grid = Grid(rasterio.crs.CRS.from_epsg(32633), from_origin(0, 50, 10, 10), 5, 5)
    with pytest.raises(S1FormatError, match="shape"):
        write_s1_stack(tmp_path / "a.tif", grid, ["2020-01-01"], ["VV"], np.zeros((1, 2, 5, 5)))
    with pytest.raises(S1FormatError, match="polarisation"):
        write_s1_stack(tmp_path / "a.tif", grid, ["2020-01-01"], ["XX"], np.zeros((1, 1, 5, 5)))
    with pytest.raises(S1FormatError, match="units"):
        write_s1_stack(tmp_path / "a.tif", grid, ["2020-01-01"], ["VV"], np.zeros((1, 1, 5, 5)),
                       units="amplitude")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- errors

def test_error_no_polarisation(tmp_path):
    path = fx.write_tif(tmp_path / "backscatter_2020-01-08.tif", np.full((2, 2), 0.1, np.float32))
    with pytest.raises(S1FormatError, match="POLARISATION=VV"):
        open_s1(path)
    with pytest.raises(S1FormatError, match="no Sentinel-1 backscatter raster found"):
        open_s1(tmp_path)  # in a folder it is skipped, and then nothing is left


def test_error_undated(tmp_path):
    path = fx.write_tif(tmp_path / "S1_VV.tif", np.full((2, 2), 0.1, np.float32))
    with pytest.raises(S1FormatError, match="ACQUISITION_DATETIME"):
        open_s1(path)


def test_error_ambiguous_units_and_wrong_declaration(tmp_path):
    fx.write_tif(tmp_path / "a" / "S1_VV_2020-01-08.tif", np.full((3, 3), 3.0, np.float32))
    with pytest.raises(S1FormatError, match="UNITS=dB"):
        open_s1(tmp_path / "a")
    fx.write_tif(tmp_path / "b" / "S1_VV_2020-01-08_lin.tif", np.full((3, 3), -12.0, np.float32))
    with pytest.raises(S1FormatError, match="declared linear"):
        open_s1(tmp_path / "b")


def test_error_corrupt_and_missing(tmp_path):
    bad = tmp_path / "s1a_33TWM_vv_DES_022_20200108t052308.tif"
    bad.write_bytes(b"II*\x00 this is not a tiff")
    with pytest.raises(S1FormatError, match="cannot open .*corrupt"):
        open_s1(tmp_path)
    with pytest.raises(S1FormatError, match="does not exist"):
        open_s1(tmp_path / "nothing_here")
    with pytest.raises(S1FormatError, match="empty list"):
        open_s1([])


def test_error_duplicate_polarisation_and_mixed_crs(tmp_path):
    for name in ("S1_2020-01-08_a.tif", "S1_2020-01-08_b.tif"):  # both VV by their tag
        fx.write_tif(tmp_path / "a" / name, np.full((2, 2), 0.1, np.float32),
                     tags=dict(POLARISATION="VV"))
    fx.write_tif(tmp_path / "b" / "S1_VV_2020-01-08.tif", np.full((2, 2), 0.1, np.float32))
    fx.write_tif(tmp_path / "b" / "S1_VV_2020-01-20.tif", np.full((2, 2), 0.1, np.float32),
                 crs="EPSG:32634")
    with pytest.raises(S1FormatError, match="buildstack"):
        open_s1(tmp_path / "b")
    with pytest.raises(S1FormatError, match="appears twice"):
        open_s1(tmp_path / "a")


def test_windows_outside_and_other_grid_resampled_in_linear_power(tmp_path):
    # VV on the 10 m grid, VH on a 5 m grid of the same CRS with alternating columns:
    # resampled onto the 10 m grid in linear power, the pair (0.01, 0.1) averages to 0.055.
    fx.write_tif(tmp_path / "S1_VV_2020-01-08.tif", np.full((4, 4), 0.1, np.float32),
                 transform=from_origin(1000, 2040, 10, 10))
    stripes = np.tile(np.array([0.01, 0.1], np.float32), (8, 4))
    fx.write_tif(tmp_path / "S1_VH_2020-01-08.tif", stripes, transform=from_origin(1000, 2040, 5, 5))
    with open_s1(tmp_path) as src:
        assert (src.grid.width, src.grid.height) == (4, 4)
        db, valid = src.read(0, Window(-1, 1, 6, 2))
    assert not valid[:, 0].any() and not valid[:, 5].any()  # outside the grid
    np.testing.assert_allclose(db[0, :, 1:5], -10.0, atol=1e-5)
    np.testing.assert_allclose(db[1, :, 2:4], 10 * np.log10(0.055), atol=0.01)  # not -15 dB
