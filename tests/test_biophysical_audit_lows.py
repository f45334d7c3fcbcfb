# SPDX-License-Identifier: GPL-3.0-or-later
"""Findings of an audit of eolatent:biophysical as a demanding user would run it, on the real Slovenia L1C dates:

* A: Level-1C digital numbers with the +1000 offset of processing baseline 04.00 but no offset tag were read 0.1 too
  bright without a word (LAI median 0.8 instead of 2.3), or, with cloud detection, failed as "cloud everywhere";
* B: the log called the view zenith and relative azimuth "stated defaults" although they were given, and took
  impossible angles as they came;
* C: an all-NaN or all-zero input was said to be perhaps all cloud;
* E: a 10 m-only input ran without any cloud detection and only an info line said so.
"""
import os

import numpy as np
import pytest
import rasterio

from eolatent.core.biophysical import run_log
from eolatent.core.biophysical.angles import checked_parameters
from eolatent.core.biophysical.raster import NoValidPixel, run_biophysical_raster
from eolatent.core.biophysical.retrieval import BiophysicalInputError
from eolatent.core.inputs.sentinel2 import open_s2
from eolatent.core.inputs.sentinel2.plausibility import scale_doubts
from feedback_fixtures import Recording

SLOVENIA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "slovenia")
DATES = ("2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09")
REAL = [os.path.join(SLOVENIA, f"S2L1C_TOA_13band_{d}.tif") for d in DATES]
REAL_0830 = REAL[3]
NAMES = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
L1C_OFFSET = ("no pixel is darker than 0.1 in B04, B10, B12 on {date}: Level-1C products of processing baseline 04.00 "
              "or later (from 2022-01-25, and the reprocessed archive back to 2015) add 1000 to every digital number, "
              "and this input declares no offset; if it was exported without it, set the dataset tag "
              "RADIO_ADD_OFFSET=-1000, else the results are wrong (unless the scene is cloud or snow everywhere: then "
              "ignore this)")
NO_VALUE = ("no valid pixel in {path}: every value is nodata/NaN (or masked as cloud); check the input's nodata value "
            "and extent/dates")
ALL_ZERO = ("no valid pixel in {path} (every pixel is 0 in every band on every date: an empty export without a nodata "
            "value, not clouds): every value is nodata/NaN (or masked as cloud); check the input's nodata value and "
            "extent/dates")


def _write(path, data, names=NAMES, tags=None, nodata=None):
    with rasterio.open(REAL_0830) as src:
        profile = dict(driver="GTiff", width=src.width, height=src.height, count=len(names), dtype=data.dtype.name,
                       crs=src.crs, transform=src.transform)
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(data)
        for k, name in enumerate(names):
            ds.set_band_description(k + 1, name)
        if tags:
            ds.update_tags(**tags)
    return str(path)


def _real(path=REAL_0830):
    with rasterio.open(path) as ds:
        return ds.read()


def _digital_numbers(tmp_path, date, offset, tags=None, source=REAL_0830):
    dn = np.round(_real(source) * 10000 + offset).astype(np.uint16)
    return _write(tmp_path / f"S2_{date}_dn{offset}.tif", dn, tags=tags)


def _lai(path, tmp_path, name="lai.tif", **kw):
    out = str(tmp_path / name)
    log = Recording()
    run_biophysical_raster(path, {"LAI": out}, provider="cpu", threads=1, feedback=log, **kw)
    with rasterio.open(out) as ds:
        return ds.read(1), ds.tags(1), log


# ---------------------------------------------------------------------------------------------------- A: L1C offset
@pytest.mark.parametrize("date", ["2023-08-30", "2015-08-30"])
def test_level1c_digital_numbers_with_an_undeclared_offset_are_suspected(tmp_path, date):
    path = _digital_numbers(tmp_path, date, 1000)
    for detect in (True, False):       # with detection, s2cloudless masks the whole (brightened) scene: read unmasked
        with open_s2(path, detect_clouds=detect) as src:
            said = scale_doubts(src)
        assert said == [L1C_OFFSET.format(date=date)]
        assert said[0].kind == "offset" and said[0].tag == "RADIO_ADD_OFFSET"
    # the same numbers without the offset, and the offset declared: quiet
    with open_s2(_digital_numbers(tmp_path, date, 0)) as src:
        assert scale_doubts(src) == []
    with open_s2(_digital_numbers(tmp_path, date + "_tagged", 1000, tags={"RADIO_ADD_OFFSET": "-1000"})) as src:
        assert scale_doubts(src) == []


def test_the_real_slovenia_level1c_dates_stay_quiet(tmp_path):
    """TOA is brighter than BOA (the blue of 2015-07-31 has its 1st percentile at 0.099, the cloudy 2015-08-20 at
    0.19): none of the five real dates, as reflectance or as digital numbers, alone or as one series, is suspected."""
    for detect in (True, False):
        for path in REAL:
            with open_s2(path, detect_clouds=detect) as src:
                assert scale_doubts(src) == [], path
            with open_s2(_digital_numbers(tmp_path, os.path.basename(path)[-14:-4], 0, source=path),
                         detect_clouds=detect) as src:
                assert scale_doubts(src) == [], path
        with open_s2(REAL, detect_clouds=detect) as src:
            assert scale_doubts(src) == []


def test_offset_input_fails_naming_the_offset_and_the_tag_repairs_it(tmp_path):
    path = _digital_numbers(tmp_path, "2023-08-30", 1000)
    with pytest.raises(NoValidPixel) as err:
        _lai(path, tmp_path)
    assert str(err.value) == (
        f"no valid pixel in {path} (its clouds detected by eolatent.cloud.s2cloudless 1.0.0, but its reflectance "
        "looks offset by +0.1: digital numbers of processing baseline 04.00 or later without their declared offset "
        "(see the warning above), which the detector takes for cloud everywhere; set the dataset tag "
        "RADIO_ADD_OFFSET=-1000 and run again rather than turning DETECT_CLOUDS off): every value is nodata/NaN (or "
        "masked as cloud); check the input's nodata value and extent/dates")
    # without detection the run goes on, wrong, and says why
    wrong, _, log = _lai(path, tmp_path, "wrong.tif", detect_clouds=False)
    assert L1C_OFFSET.format(date="2023-08-30") in log.warnings
    assert np.nanmedian(wrong) == pytest.approx(0.815, abs=0.01)
    # the offset declared: the same LAI as the reflectance itself (median 2.32), and no warning about the scale
    tagged = _digital_numbers(tmp_path, "2023-08-30_tagged", 1000, tags={"RADIO_ADD_OFFSET": "-1000"})
    right, _, log = _lai(tagged, tmp_path, "right.tif")
    reference, _, _ = _lai(_write(tmp_path / "S2_2023-08-30_refl.tif", _real()), tmp_path, "ref.tif")
    assert np.nanmedian(right) == pytest.approx(2.32, abs=0.01)
    np.testing.assert_allclose(right, reference, atol=2e-3, equal_nan=True)
    assert not any("darker than" in w for w in log.warnings)


# ------------------------------------------------------------------------------------------------------- B: angles
def test_given_angles_are_checked_and_normalised():
    assert checked_parameters(None, None, None) == (None, None, None, [])
    assert checked_parameters(40.0, 5.0, 90.0) == (40.0, 5.0, 90.0, [])
    assert checked_parameters(None, None, 400.0) == (None, None, 40.0, [
        "RELATIVE_AZIMUTH = 400° is outside 0–360°: 40° used (the same geometry: modulo 360°, and 360° minus that "
        "above 180°)"])
    assert checked_parameters(None, None, -30.0)[2] == 30.0
    assert checked_parameters(None, None, 200.0) == (None, None, 160.0, [
        "RELATIVE_AZIMUTH = 200° taken as 160° (the same geometry: the networks know relative azimuths of 0–180°, and "
        "360° minus the angle above 180°)"])
    assert checked_parameters(None, 30.0, None) == (None, 30.0, None, [
        "VIEW_ZENITH = 30° is outside Sentinel-2's view zenith range (0–11°): the networks were trained on 0–12° and "
        "extrapolate beyond it (quality flag 1); give the product's mean view zenith, or leave VIEW_ZENITH empty for the "
        "default 5°"])
    assert checked_parameters(None, 10.3, None)[3] == []          # Sentinel-2's own swath edge: quiet
    for sun in (90.0, 95.0, -5.0):
        with pytest.raises(BiophysicalInputError) as err:
            checked_parameters(sun, None, None)
        assert str(err.value) == (f"SUN_ZENITH = {sun:g}° is not a sun zenith angle the retrieval can use: give "
                                  "degrees from 0 to under 90 (at 90° and beyond the sun is on or below the horizon)")
    with pytest.raises(BiophysicalInputError, match=r"^RELATIVE_AZIMUTH = nan is not an angle in degrees$"):
        checked_parameters(None, None, float("nan"))


def test_the_log_says_which_view_angle_is_a_default():
    def angles(source):
        return [dict(sun_zenith=40.0, view_zenith=5.0, relative_azimuth=90.0, source=source)]

    def view_lines(source, given=None):
        return [line for line in run_log.input_lines(["2015-08-30"], angles(source), ["…"], [], ["x"],
                                                     dict(view_zenith=5.0, relative_azimuth=90.0), given)
                if not line.startswith("2015-08-30")]

    assert view_lines("sun zenith from parameters, view zenith default, relative azimuth default") == [
        "view zenith 5° and relative azimuth 90° are stated defaults where the input carries no view angles (set "
        "VIEW_ZENITH / RELATIVE_AZIMUTH to change it)"]
    assert view_lines("sun zenith from parameters, view zenith from parameters, relative azimuth default",
                      dict(view_zenith=30.0)) == [
        "relative azimuth 90° is a stated default where the input carries no view angles (set RELATIVE_AZIMUTH to "
        "change it)"]
    assert view_lines("sun zenith from parameters, view zenith default, relative azimuth from parameters",
                      dict(relative_azimuth=40.0)) == [
        "view zenith 5° is a stated default where the input carries no view angles (set VIEW_ZENITH to change it)"]
    assert view_lines("sun zenith from parameters, view zenith from parameters, relative azimuth from parameters",
                      dict(view_zenith=3.0, relative_azimuth=40.0)) == []
    assert view_lines("sun zenith from product, view zenith from product, relative azimuth from product",
                      dict(view_zenith=3.0)) == [
        "VIEW_ZENITH = 3° given, but the input carries its own view zenith on 1 of 1 date(s): the input's is used "
        "there"]


def test_a_run_with_given_view_angles_says_what_it_used(tmp_path):
    lai, tags, log = _lai(REAL_0830, tmp_path, "a.tif", view_zenith=30.0, relative_azimuth=400.0,
                          detect_clouds=False)
    assert not any("stated default" in m for m in log.messages)
    assert log.warnings[:2] == [checked_parameters(None, 30.0, None)[3][0], checked_parameters(None, None, 400.0)[3][0]]
    assert (tags["VIEW_ZENITH"], tags["RELATIVE_AZIMUTH"]) == ("30.00", "40.00")
    same, _, _ = _lai(REAL_0830, tmp_path, "b.tif", view_zenith=30.0, relative_azimuth=40.0, detect_clouds=False)
    np.testing.assert_array_equal(lai, same)
    _, _, log = _lai(REAL_0830, tmp_path, "c.tif", view_zenith=4.0, detect_clouds=False)
    assert "relative azimuth 90° is a stated default where the input carries no view angles (set RELATIVE_AZIMUTH to " \
           "change it)" in log.messages and not log.warnings


# --------------------------------------------------------------------------------------- C: no value at all
@pytest.mark.parametrize("fill, nodata, want", [(np.nan, np.nan, NO_VALUE), (0.0, 0.0, NO_VALUE),
                                                (0.0, None, ALL_ZERO)])
def test_an_input_without_any_value_is_not_blamed_on_clouds(tmp_path, fill, nodata, want):
    """All NaN, all 0 declared nodata: the engine's wording (every value is nodata/NaN) without the detector blamed;
    all 0 undeclared: said so."""
    path = _write(tmp_path / "S2_2015-08-30_empty.tif", np.full((13, 101, 100), fill, np.float32), nodata=nodata)
    for detect in (True, False):
        with pytest.raises(NoValidPixel) as err:
            _lai(path, tmp_path, detect_clouds=detect)
        assert str(err.value) == want.format(path=path)


def test_a_cloud_everywhere_date_still_names_the_detector(tmp_path):
    with pytest.raises(NoValidPixel) as err:
        _lai(REAL[2], tmp_path)        # 2015-08-20: cloud over the whole scene
    assert str(err.value).startswith(f"no valid pixel in {REAL[2]} (its clouds detected by "
                                     "eolatent.cloud.s2cloudless 1.0.0: a date can be cloud everywhere; DETECT_CLOUDS "
                                     "off keeps every pixel):")


def test_a_cloudy_surface_reflectance_date_is_not_called_offset(tmp_path):
    """The review of the offset check: the thin-cloud 2015-08-20 date as Level-2A digital numbers dated 2023 (without
    B10; every pixel masked by the rule detector) was said to be offset by +1000, with the advice to subtract it.
    Cloud lifts the darkest blue above 0.18, where an offset leaves it just above 0.1; and with the detector's mask
    removed, removing 0.1 does not make the scene clear."""
    keep = [k for k, b in enumerate(NAMES) if b != "B10"]
    dn = np.round(_real(REAL[2])[keep] * 10000).astype(np.uint16)
    path = _write(tmp_path / "S2_2023-08-20.tif", dn, names=tuple(NAMES[k] for k in keep), tags={"LEVEL": "L2A"})
    with open_s2(path) as src:
        assert scale_doubts(src) == []
    with pytest.raises(NoValidPixel) as err:
        _lai(path, tmp_path)
    assert "a date can be cloud everywhere" in str(err.value) and "offset" not in str(err.value)
    # all zero, not declared nodata: no "implausibly dark" warning before the error that says so
    zero = _write(tmp_path / "S2_2015-08-30_zero.tif", np.zeros((13, 101, 100), np.uint16))
    with open_s2(zero) as src:
        assert scale_doubts(src) == []


# ---------------------------------------------------------------------------------- E: no cloud detection possible
def test_a_10m_only_input_warns_that_clouds_go_undetected(tmp_path):
    four = [NAMES.index(b) for b in ("B02", "B03", "B04", "B08")]
    path = _write(tmp_path / "S2_2015-08-20_10m.tif", _real(REAL[2])[four], names=("B02", "B03", "B04", "B08"))
    lai, _, log = _lai(path, tmp_path)
    assert log.warnings == [
        "the input lacks B05, B06, B07, B8A, B11, B12, so the model used reads 4 bands (B02 B03 B04 B08) instead of the "
        "10 of the full model, and its LAI is less accurate (README, BAND_SET); give a product or stack with all 10 "
        "bands",
        "no cloud detection on 1 date(s) (2015-08-20): the input carries no cloud mask and lacks bands the detectors "
        "need (at least B02, B03, B04, B08, B11); clouds and their shadows are retrieved as if they were vegetation, "
        "without quality flag 4 — give the 20 m bands (B11 at least) or a cloud mask band (described SCL, CLM, CLOUD "
        "or VALID) with the input, or mask the clouds beforehand"]
    assert np.isfinite(lai).all()       # the cloudy scene retrieved everywhere: what the warning is about
    _, _, log = _lai(path, tmp_path, "off.tif", detect_clouds=False)        # turned off on purpose: not warned
    assert not any("no cloud detection" in w for w in log.warnings)
    assert run_log.no_detector_lines(["2015-08-30"], ["eolatent.cloud.s2cloudless 1.0.0"]) == []
