# SPDX-License-Identifier: GPL-3.0-or-later
"""The buildstack audit, on the real Slovenia Level-1C GeoTIFFs and S1Tiling-like Sentinel-1 series: inputs without
a CRS refused by name, a polarisation missing on one date (that date left out, named), linear power in files named
_db refused, dates mosaicked from two products named, dates over other places and dates without any valid pixel
warned about, the product that limits the band set named, the S1 log line, and bad dates on the command line with
the usage exit status."""
import os
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import rasterio

import s1_fixtures as fx
from eolatent.cli import main
from eolatent.core.inputs.sentinel1.common import S1FormatError
from eolatent.core.inputs.stackbuild.build import StackBuildError, build_stacks
from feedback_fixtures import Recording


def copy_s2(folder, dates=("2015-07-11", "2015-08-30"), crs=True, shift_m=0.0, bands=None):
    """The real Slovenia L1C files of ``dates`` in ``folder``; without CRS, moved east by ``shift_m``, or with the
    first ``bands`` bands only."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for d in dates:
        src = fx.SLOVENIA / f"S2L1C_TOA_13band_{d}.tif"
        with rasterio.open(src) as ds:
            profile, data, desc, tags = ds.profile, ds.read(), ds.descriptions, ds.tags()
        if not crs:
            profile.pop("crs")
        if shift_m:
            t = profile["transform"]
            profile["transform"] = rasterio.Affine(t.a, t.b, t.c + shift_m, t.d, t.e, t.f)
        if bands:
            profile["count"], data, desc = bands, data[:bands], desc[:bands]
        with rasterio.open(folder / src.name, "w", **profile) as out:
            out.write(data)
            out.descriptions = desc
            out.update_tags(**tags)
    return str(folder)


def run(s2=None, s1=None, tmp=None, **kw):
    rec = Recording()
    res = build_stacks(s2, s1, None, None, None, None, out_s2=str(tmp / "s2.tif") if s2 else None,
                       out_s1=str(tmp / "s1.tif") if s1 else None, feedback=rec, detect_clouds=False, **kw)
    return res, rec


def test_inputs_without_a_crs_are_refused_by_name(tmp_path):
    folder = copy_s2(tmp_path / "nocrs", dates=("2015-08-30",), crs=False)
    with pytest.raises(StackBuildError, match=r"Sentinel-2 input S2L1C_TOA_13band_2015-08-30.tif has no coordinate "
                                              r"reference system, so it cannot be placed on the stack's grid: assign"):
        run(folder, tmp=tmp_path)
    s1 = tmp_path / "s1"
    fx.s1tiling_series(s1, n_dates=1, with_sidecars=False)
    for f in s1.glob("*.tif"):
        with rasterio.open(f) as ds:
            profile, data, tags = ds.profile, ds.read(), ds.tags()
        profile.pop("crs")
        with rasterio.open(f, "w", **profile) as ds:
            ds.write(data)
            ds.update_tags(**tags)
    with pytest.raises(StackBuildError, match=r"Sentinel-1 input s1a_33TWM_vh_DES_022_20200108t052308.tif, "
                                              r"s1a_33TWM_vv_DES_022_20200108t052308.tif has no coordinate reference"):
        run(s1=str(s1), tmp=tmp_path)
    assert not list(tmp_path.glob("*.tif"))


def test_a_polarisation_missing_on_one_date(tmp_path):
    s1 = tmp_path / "s1"
    fx.s1tiling_series(s1, n_dates=3, with_sidecars=False)
    (s1 / "s1b_33TWM_vh_DES_022_20200114txxxxxx.tif").unlink()
    res, rec = run(s1=str(s1), tmp=tmp_path)
    # the date without VH goes (2 of 3 dates keep VV and VH)
    assert res.s1_pols == ("VV", "VH") and [d.date().isoformat() for d in res.s1_dates] == ["2020-01-08", "2020-01-20"]
    assert rec.warnings == ["S1: 1 of 3 date(s) lack a polarisation the others have (2020-01-14: VH missing; files "
                            "s1b_33TWM_vv_DES_022_20200114txxxxxx.tif); they are left out so that the stack keeps "
                            "VV,VH on every date: to keep them, give their missing polarisation"]
    assert [m for m in rec.messages if m.startswith("S1: sigma0")] == [
        "S1: sigma0, VV,VH, 2 date(s); inputs read as linear power (4 band(s)), written in dB; no incidence-angle band "
        "(no date has one): give the angle to eolatent:soilmoisture (INCIDENCE, --incidence)"]
    with rasterio.open(tmp_path / "s1.tif") as ds:
        assert ds.count == 4
        np.testing.assert_allclose(ds.read(4)[2, 3], 10 * np.log10(fx.s1tiling_values("vh", 2)[2, 3]), atol=1e-4)
    # VH on one date of three: VH goes from the whole stack, every date stays
    for f in s1.glob("*_vh_*.tif"):
        if "20200108" not in f.name:
            f.unlink()
    res, rec = run(s1=str(s1), tmp=tmp_path)
    assert res.s1_pols == ("VV",) and len(res.s1_dates) == 3
    assert len(rec.warnings) == 1 and rec.warnings[0].startswith(
        "S1: VH left out of the whole stack: missing on 2 of 3 date(s) (2020-01-14, 2020-01-20; files ")
    # asked explicitly: refused, naming the dates
    with pytest.raises(StackBuildError, match=r"polarisation VH is not in every selected Sentinel-1 date \(missing "
                                              r"on 2020-01-14, 2020-01-20: "):
        run(s1=str(s1), tmp=tmp_path, pols=["VV", "VH"])


def test_linear_power_named_db_is_refused(tmp_path):
    src = tmp_path / "s1"
    fx.s1tiling_series(src, n_dates=1, with_sidecars=False)
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    for f in src.glob("*.tif"):
        pol = "VV" if "_vv_" in f.name else "VH"
        shutil.copy(f, wrong / f"S1_{pol}_20200108_db.tif")
    with pytest.raises(S1FormatError, match=r"is declared in dB but none of its values is negative \(median 0.0"):
        run(s1=str(wrong), tmp=tmp_path)


def test_mosaics_far_dates_and_lost_bands_are_named(tmp_path):
    two = copy_s2(tmp_path / "two", dates=("2015-08-30",))
    shutil.copy(fx.SLOVENIA / "S2L1C_TOA_13band_2015-09-09.tif", Path(two) / "S2L1C_TOA_13band_2015-08-30_b.tif")
    res, rec = run(two, tmp=tmp_path)
    assert "S2 2015-08-30: 2 products mosaicked (S2L1C_TOA_13band_2015-08-30.tif, S2L1C_TOA_13band_2015-08-30_b.tif);" \
           " where they overlap, the value of the first one listed is kept" in rec.messages
    # two dates 20 km apart: each covers 100 of the union's 2101 columns
    far = copy_s2(tmp_path / "far", dates=("2015-07-11",))
    copy_s2(tmp_path / "far", dates=("2015-09-09",), shift_m=20000.0)
    res, rec = run(far, tmp=tmp_path)
    assert res.grid.width > 2000
    assert [w for w in rec.warnings if "cover little" in w] == [
        f"S2 date(s) 2015-07-11 (5 %), 2015-09-09 (5 %) cover little of the stack's extent ({res.grid.width} × 102 "
        "px): the rest of them is no data; build one stack per place, or give an extent or an area (EXTENT, AREA)"]
    # a 4-band product among 13-band ones
    mixed = copy_s2(tmp_path / "mixed", dates=("2015-07-11",))
    copy_s2(tmp_path / "mixed", dates=("2015-09-09",), bands=4)
    res, rec = run(mixed, tmp=tmp_path)
    assert res.s2_bands == ("B01", "B02", "B03", "B04")
    assert [w for w in rec.warnings if "left out of the whole stack" in w] == [
        "S2: band(s) B05,B06,B07,B08,B8A,B09,B10,B11,B12 are left out of the whole stack because 1 product(s) lack "
        "them (S2L1C_TOA_13band_2015-09-09.tif, 2015-09-09); the stack keeps the 4 band(s) every date has "
        "(B01,B02,B03,B04): leave those products out for the full band set"]
    with pytest.raises(StackBuildError, match=r"band B8A is not in every selected Sentinel-2 product \(common bands: "
                                              r"B01,B02,B03,B04; B8A is missing from S2L1C_TOA_13band_2015-09-09.tif\)"):
        run(mixed, tmp=tmp_path, bands=["B04", "B8A"])


def test_a_date_without_valid_pixels_and_the_s1_line(tmp_path):
    s1 = tmp_path / "s1"
    fx.s1tiling_series(s1, n_dates=2, with_sidecars=True)
    for f in s1.glob("*20200114*.tif"):
        if "Mask" not in f.name:
            with rasterio.open(f, "r+") as ds:
                ds.write(np.zeros((1, 6, 8), np.float32))      # 0 = S1Tiling's nodata
    res, rec = run(s1=str(s1), tmp=tmp_path)
    assert rec.warnings == ["S1 date(s) 2020-01-14 hold no valid pixel in the stack (all nodata/NaN over the area: "
                            "s1b_33TWM_vh_DES_022_20200114txxxxxx.tif, s1b_33TWM_vv_DES_022_20200114txxxxxx.tif); they "
                            "stay in it as empty bands, which every algorithm skips: leave them out for a smaller stack"]
    assert "S1: sigma0, VV,VH, 2 date(s); inputs read as linear power (4 band(s)), written in dB; an incidence-angle " \
           "band per date" in rec.messages


@pytest.mark.parametrize("args, message", [
    (["--start-date", "2015-31-01"], "--start-date '2015-31-01': not a date; give YYYY-MM-DD"),
    (["--start-date", "2015-09-01", "--end-date", "2015-08-01"],
     "--end-date 2015-08-01 is before --start-date 2015-09-01; swap them")])
def test_bad_dates_are_usage_errors(tmp_path, capsys, args, message):
    folder = copy_s2(tmp_path / "s2", dates=("2015-07-11",))
    rc = main(["buildstack", "--s2-folders", folder, "--output-s2", str(tmp_path / "s.tif")] + args)
    assert rc == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "s.tif").exists()


def test_a_folder_of_geotiffs_points_at_buildstack(tmp_path, capsys):
    folder = copy_s2(tmp_path / "dates", dates=("2015-07-11", "2015-08-30"))
    rc = main(["biophysical", "--input", folder, "--output-lai", str(tmp_path / "lai.tif")])
    err = capsys.readouterr().err
    assert rc != 0 and "no MTD_MSIL1C.xml or MTD_MSIL2A.xml (SAFE)" in err and "open_s2" not in err
    assert (f"to use a folder of per-date GeoTIFFs, stack them first with eolatent:buildstack (python -m eolatent "
            f"buildstack --s2-folders {folder} --output-s2 stack.tif) and pass the stack") in err


def test_size_check_known_answers(tmp_path, monkeypatch):
    """RESOLUTION=0 (clamped to 0.01 m by the dialog) built a 99949 × 100975 px grid without a word, and ran for
    minutes: the size is logged, a resolution over 10 times finer than the inputs warned, and a folder that
    cannot hold the stacks even compressed refused before any work."""
    import shutil as sh
    from collections import namedtuple
    from types import SimpleNamespace

    from eolatent.core.inputs.stackbuild.selection import size_check

    grid = SimpleNamespace(width=1000, height=500, res=(0.5, 0.5))
    out = str(tmp_path / "s2.tif")
    line, notes = size_check(grid, 20, (out, None), 10.0)
    assert line == "output: 1000 × 500 pixels × 20 bands, 40 MB as float32 before compression"
    assert notes == ["the resolution 0.5 is over 10 times finer than the finest input pixel (10): every output pixel "
                     "is interpolated, the stack holds no more detail and is 400 times larger; choose the inputs' own "
                     "resolution (e.g. 10 m for Sentinel-2)"]
    assert size_check(SimpleNamespace(width=1000, height=500, res=(1.0, 1.0)), 20, (out,), 10.0)[1] == []
    assert size_check(SimpleNamespace(width=1000, height=500, res=(10.0, 10.0)), 20, (out,), 10.0)[1] == []
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(sh, "disk_usage", lambda folder: usage(10 ** 9, 0, 2 * 10 ** 7))      # 20 MB free
    line, notes = size_check(grid, 20, (out,), None)
    assert notes == [f"{tmp_path} has 20 MB free, less than the stacks' 40 MB before compression; the build may "
                     "fail for lack of space"]
    with pytest.raises(StackBuildError, match=rf"{tmp_path} has 20 MB free, but the stacks need about 66.7 MB "
                                              r"even compressed \(200 MB before compression\)"):
        size_check(grid, 100, (out,), None)
    # an output folder not created yet is measured on its disk (the check skipped it, as if the space were unknown)
    later = str(tmp_path / "not" / "yet" / "s2.tif")
    with pytest.raises(StackBuildError, match=re.escape(os.path.join("not", "yet")) + r" has 20 MB free, but the "
                                              r"stacks need about 66.7 MB"):
        size_check(grid, 100, (later,), None)


def test_a_build_logs_its_size(tmp_path):
    folder = copy_s2(tmp_path / "s2", dates=("2015-07-11",))
    res, rec = run(folder, tmp=tmp_path)
    assert f"output: {res.grid.width} × {res.grid.height} pixels × 13 bands, 0.536 MB as float32 before " \
           "compression" in rec.messages and not rec.warnings
