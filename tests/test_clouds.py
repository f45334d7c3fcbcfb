# SPDX-License-Identifier: GPL-3.0-or-later
"""Cloud and shadow detection (core/inputs/sentinel2/clouds.py) in the readers and the stack builder: the ONNX
s2cloudless model against LightGBM on real pixels, the s2cloudless post-processing against OpenCV's values,
the shadow geometry, windowed = whole-grid results, the real Slovenia dates against their s2cloudless masks,
turning it off, and buildstack on the per-date Slovenia GeoTIFFs (no mask) with the cloudy 2015-08-20."""
from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from eolatent.core.inputs.sentinel2 import open_s2
from eolatent.core.inputs.sentinel2.clouds import (CLEAR, CLOUD, NODATA, S2CLOUDLESS_BANDS, SHADOW, CloudOptions,
                                            dilate, disk, disk_mean, method_for, overpass_time, postprocess,
                                            project, rules_score, shadow_offsets)
from eolatent.core.inputs.stackbuild.build import build_stacks
from eolatent.models.training.cloud.evaluate import DATES, reference_masks, scores

SLOVENIA = Path(__file__).parent / "data" / "slovenia"
MODEL_TXT = (Path(__file__).parent.parent / "models" / "training" / "data_sources" / "s2cloudless"
             / "pixel_s2_cloud_detector_lightGBM_v0.1.txt")


def slovenia(d):
    return SLOVENIA / ("S2L1C_TOA_13band_%s.tif" % d)


class Feedback:
    def __init__(self):
        self.messages = []

    def progress(self, p):
        pass

    def is_canceled(self):
        return False

    def info(self, m):
        self.messages.append(m)


# --------------------------------------------------------------------------- the model

def test_onnx_equals_lightgbm_on_real_pixels():
    """The shipped ONNX gives LightGBM's probabilities on the 50 500 real L1C pixels (and random ones), and
    those of an independent numpy walk of the text model's trees."""
    from eolatent.core.engine.registry import find_model
    from eolatent.core.inputs.sentinel2.clouds import S2Cloudless
    from eolatent.models.training.cloud.export_s2cloudless import parity_pixels
    from eolatent.models.training.cloud.lgbm_onnx import parse_text_model, predict_numpy

    x = parity_pixels()
    got = S2Cloudless(threads=1).probability(x)
    walk = predict_numpy(parse_text_model(MODEL_TXT.read_text()), x[::50])
    assert np.abs(got[::50] - walk).max() < 1e-6
    assert walk.min() < 0.01 and walk.max() > 0.99  # clear and cloudy pixels both present
    card = find_model("eolatent.cloud.s2cloudless").card
    assert card["license"] == "CC-BY-SA-4.0" and card["task"] == "cloud"
    assert tuple(card["inputs"][0]["bands"]) == S2CLOUDLESS_BANDS
    assert card["metrics"]["parity"]["max_abs_vs_lightgbm"] < 1e-6
    pp = card["outputs"][0]["postprocessing"]
    assert (pp["threshold"], pp["average_over_px"], pp["dilation_size_px"]) == (0.4, 4, 2)
    lightgbm = pytest.importorskip("lightgbm")  # a development requirement (requirements-dev.txt)
    ref = lightgbm.Booster(model_file=str(MODEL_TXT)).predict(x, num_threads=1)
    assert np.abs(got - ref).max() < 1e-6


def test_converter_refuses_what_it_does_not_handle():
    from eolatent.models.training.cloud.lgbm_onnx import LightGBMFormatError, parse_text_model

    text = MODEL_TXT.read_text()
    head, _, _ = text.partition("\nTree=0")
    with pytest.raises(LightGBMFormatError, match="no tree"):
        parse_text_model(head + "\nend of trees\n")
    categorical = text.replace("decision_type=2 ", "decision_type=1 ", 1)
    with pytest.raises(LightGBMFormatError, match="categorical"):
        parse_text_model(categorical)


# --------------------------------------------------------------------------- post-processing

def test_disks_are_opencvs():
    # cv2.circle(np.zeros((7, 7)), (3, 3), 3, 1, -1) of OpenCV 4.10, which s2cloudless uses
    cv_r3 = ["0001000", "0111110", "0111110", "1111111", "0111110", "0111110", "0001000"]
    assert ["".join(map(str, r)) for r in disk(3)] == cv_r3
    assert disk(1).tolist() == [[0, 1, 0], [1, 1, 1], [0, 1, 0]]
    assert disk(4).sum() == 49 and disk(22).sum() == 1517


# a deterministic 9 x 11 probability field and OpenCV 4.10's results on it (cv2.filter2D with the normalised
# disk, BORDER_REFLECT; > threshold; cv2.dilate with the disk), as s2cloudless's get_mask_from_prob computes
PROB = (((np.arange(99) * 37) % 101) / 100).reshape(9, 11).astype(np.float32)
CV = {
    (3, 0.5, 1): dict(
        avg=[0.31, 0.62069, 0.498276, 0.6, 0.507241, 0.517586],
        mask=["00000111111", "00001111111", "00011111111", "00011111111", "00011101111", "00111100111",
              "00111000011", "00111000111", "00101000111"],
        dil=["00001111111", "00011111111", "00111111111", "00111111111", "00111111111", "01111111111",
             "01111100111", "01111101111", "01111101111"]),
    (2, 0.45, 2): dict(
        avg=[0.184615, 0.590769, 0.396923, 0.725385, 0.571539, 0.543077],
        mask=["00001111111", "00101111111", "00111111111", "00111111111", "00111111011", "01111111011",
              "01111110011", "01110001011", "01111001111"],
        dil=["01111111111"] + ["11111111111"] * 8),
}


def bits(mask):
    return ["".join(map(str, r)) for r in np.asarray(mask, int)]


@pytest.mark.parametrize("key", list(CV))
def test_postprocessing_equals_opencv(key):
    r, thr, dil = key
    ref = CV[key]
    avg = disk_mean(PROB, r)
    at = [avg[i, j] for i, j in ((0, 0), (0, 10), (8, 0), (8, 10), (4, 5), (0, 5))]
    np.testing.assert_allclose(at, ref["avg"], atol=2e-6)
    assert bits(avg > thr) == ref["mask"]
    assert bits(postprocess(PROB, thr, r, dil)) == ref["dil"]


def test_disk_mean_mirrors_repeatedly_and_skips_nan():
    small = (np.arange(20) / 20).reshape(5, 4).astype(np.float32)
    # OpenCV 4.10, radius 6 > the grid: the border is mirrored again and again
    cv_row0 = [0.482743, 0.477434, 0.469027, 0.463717]
    cv_row4 = [0.486283, 0.480973, 0.472566, 0.467257]
    got = disk_mean(small, 6)
    np.testing.assert_allclose(got[0], cv_row0, atol=2e-6)
    np.testing.assert_allclose(got[4], cv_row4, atol=2e-6)
    field = np.full((10, 10), 0.7)
    field[4, 4] = np.nan
    m = disk_mean(field, 2)
    np.testing.assert_allclose(m, 0.7)  # NaN left out of the mean, not zero
    assert np.isnan(disk_mean(np.full((3, 3), np.nan), 1)).all()


def test_dilation_radius_and_border():
    m = np.zeros((11, 11), bool)
    m[5, 5] = True
    np.testing.assert_array_equal(dilate(m, 3)[2:9, 2:9], disk(3).astype(bool))
    assert dilate(m, 3).sum() == disk(3).sum()
    c = np.zeros((6, 6), bool)
    c[0, 0] = True
    assert dilate(c, 2).sum() == 6  # the quarter disk of radius 2 inside the grid: outside counts as clear
    # averaging then threshold: one cloudy pixel of 1.0 averaged over radius 1 (5 pixels) is 0.2 < 0.4
    p = np.zeros((9, 9))
    p[4, 4] = 1.0
    assert not postprocess(p, 0.4, 1, 0).any() and postprocess(p, 0.15, 1, 0).sum() == 5


# --------------------------------------------------------------------------- shadows

def test_shadow_offset_is_h_tan_zenith_away_from_the_sun():
    # sun in the south-east (azimuth 135), zenith 45, cloud at 1000 m, 100 m pixels: 1000 m to the north-west
    offs = shadow_offsets(45.0, 135.0, (1000.0, 1000.0), (100.0, 100.0))
    assert offs.tolist() == [[-7, -7]]
    # sun due south at zenith 60: 1732 m north (rows grow southwards)
    assert shadow_offsets(60.0, 180.0, (1000.0, 1000.0), (10.0, 10.0)).tolist() == [[-173, 0]]
    # sun due west (270): shadow to the east
    assert shadow_offsets(30.0, 270.0, (600.0, 600.0), (20.0, 20.0)).tolist() == [[0, 17]]
    # a range of heights gives a contiguous swath (steps of at most half a pixel)
    swath = shadow_offsets(45.0, 90.0, (500.0, 1500.0), (10.0, 10.0))
    assert swath[:, 0].tolist() == [0] * len(swath) and swath[:, 1].tolist() == list(range(-150, -49))
    assert len(shadow_offsets(89.5, 90.0, (500.0, 1500.0), (10.0, 10.0))) == 0  # sun at the horizon
    cloud = np.zeros((30, 30), bool)
    cloud[15:20, 15:20] = True
    proj = project(cloud, offs)
    assert proj.sum() == 25 and proj[8:13, 8:13].all()


def write_scene(path, sun=(45.0, 90.0), shape=(600, 520), bands=("B02", "B03", "B04", "B08", "B11", "B12"),
                crs="EPSG:32633", transform=from_origin(500000, 5000000, 10, 10)):
    """A 10 m L2A-like date: dark vegetation, bright white cloud squares, product sun angles."""
    veg = {"B02": 0.03, "B03": 0.06, "B04": 0.04, "B08": 0.10, "B11": 0.08, "B12": 0.05}
    cld = {"B02": 0.50, "B03": 0.50, "B04": 0.50, "B08": 0.50, "B11": 0.40, "B12": 0.30}
    h, w = shape
    data = np.empty((len(bands), h, w), np.float32)
    clouds = np.zeros(shape, bool)
    clouds[300:340, 300:340] = True
    clouds[40:60, 480:520] = True     # on the east edge
    clouds[550:600, 20:30] = True     # on the south-west corner
    for k, b in enumerate(bands):
        data[k] = np.where(clouds, cld[b], veg[b])
    data[:, 100:110, 100:110] = np.nan  # no data
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=len(bands), dtype="float32",
                       crs=crs, transform=transform, nodata=None) as ds:
        ds.write(data)
        for k, b in enumerate(bands):
            ds.set_band_description(k + 1, b)
        ds.update_tags(ACQUISITION_DATE="2020-07-01T10:30:00", SUN_ZENITH=str(sun[0]), SUN_AZIMUTH=str(sun[1]))
    return data, clouds


def test_square_cloud_shadow_in_the_scene(tmp_path):
    """A 400 m square cloud at 1000 m, sun due east at zenith 45: its shadow is the square 1000 m west."""
    _, clouds = write_scene(tmp_path / "S2_2020-07-01.tif")
    opts = CloudOptions(processing_resolution=10, average_over=0, dilation_size=0, cloud_heights=(1000, 1000))
    with open_s2(tmp_path / "S2_2020-07-01.tif", cloud_options=opts) as src:
        info = src.cloud_detection(0)
        assert info.method == "rules" and info.sun_from == "product" and info.offsets.tolist() == [[0, -100]]
        cls = src.cloud_classes(0)
        refl, valid = src.read(0, None, ["B04"])
    np.testing.assert_array_equal(cls == CLOUD, clouds)
    expected_shadow = np.zeros_like(clouds)
    expected_shadow[300:340, 200:240] = True
    expected_shadow[40:60, 380:420] = True
    expected_shadow[550:600, 0:0] = True   # the corner cloud's shadow falls outside the grid
    np.testing.assert_array_equal(cls == SHADOW, expected_shadow)
    assert (cls[100:110, 100:110] == NODATA).all()
    np.testing.assert_array_equal(valid, (cls == CLEAR))
    assert np.isnan(refl[0][~valid]).all()


def test_a_grid_in_degrees_is_sized_on_the_ground(tmp_path):
    """The same scene on a lat/lon grid at the equator (pixels of 10 m, 10 / 111 320 degrees): the processing grid
    and the cast shadows are those of the metric grid (it asked for a 600 000² array before), and the ground size
    of a degree of longitude shrinks with the cosine of the latitude."""
    deg = 10.0 / 111320.0
    (tmp_path / "utm").mkdir()
    write_scene(tmp_path / "utm" / "S2_2020-07-01.tif")
    write_scene(tmp_path / "S2_2020-07-01.tif", crs="EPSG:4326", transform=from_origin(10.0, 600 * deg, deg, deg))
    opts = CloudOptions(processing_resolution=10, average_over=0, dilation_size=0, cloud_heights=(1000, 1000))
    with open_s2(tmp_path / "utm" / "S2_2020-07-01.tif", cloud_options=opts) as src:
        metric = src.cloud_classes(0)
    with open_s2(tmp_path / "S2_2020-07-01.tif", cloud_options=opts) as src:
        assert src._detector().k == 1
        np.testing.assert_allclose(src.grid.res_metres, (10.0, 10.0), rtol=1e-5)
        assert src.cloud_detection(0).offsets.tolist() == [[0, -100]]
        np.testing.assert_array_equal(src.cloud_classes(0), metric)
    north = src.grid._replace(transform=from_origin(10.0, 60.0 + 600 * deg, deg, deg))
    np.testing.assert_allclose(north.res_metres, (10.0 * np.cos(np.radians(60.0 + 300 * deg)), 10.0), rtol=1e-6)


@pytest.mark.parametrize("res, tile_read", [(10.0, 2048), (20.0, 64)])
def test_windows_equal_the_whole_grid(tmp_path, monkeypatch, res, tile_read):
    """Tiles, margins and windows: every window's classes equal the whole-grid computation cut to it (at 10 m
    with 256-pixel tiles, and at 20 m with tiles shrunk to 32 processing pixels to cross many tile edges and a
    tile cache so small that tiles are evicted and computed again)."""
    import eolatent.core.inputs.sentinel2.clouds as clouds

    monkeypatch.setattr(clouds, "MAX_TILE_READ", tile_read)
    data, _ = write_scene(tmp_path / "S2_2020-07-01.tif", sun=(55.0, 160.0), shape=(600, 560))
    opts = CloudOptions(processing_resolution=res, cloud_heights=(300, 1500), average_over=3, dilation_size=2,
                        cache_mb=512.0 if tile_read == 2048 else 0.01)  # 0.01 MB: about 3 tiles, evicted often
    k = int(res // 10)
    # reference: the whole grid at once, with the public building blocks
    b = dict(zip(("B02", "B03", "B04", "B08", "B11", "B12"), clouds.block_mean(data, k)))
    score = rules_score(b["B02"], b["B03"], b["B04"], b["B08"], b["B11"])
    cloud = postprocess(score, 0.2, 3, 2)
    offs = shadow_offsets(55.0, 160.0, (300, 1500), (res, res))
    with np.errstate(invalid="ignore"):
        dark = (b["B08"] < 0.15) & (b["B08"] > b["B04"])
    shadow = project(cloud, offs) & dark & ~cloud
    ref = np.where(cloud, CLOUD, np.where(shadow, SHADOW, CLEAR)).astype(np.uint8)
    ref[~np.isfinite(score)] = NODATA
    ref = np.repeat(np.repeat(ref, k, axis=0), k, axis=1)[:600, :560]
    assert (ref == SHADOW).sum() > 1000 and (ref == CLOUD).sum() > 1000
    with open_s2(tmp_path / "S2_2020-07-01.tif", cloud_options=opts) as src:
        assert src._detector().tile == (256 if tile_read == 2048 else 32)
        for win in (Window(0, 0, 560, 600), Window(250, 270, 64, 64), Window(500, 0, 60, 100),
                    Window(0, 500, 300, 100), Window(255, 255, 3, 300), Window(530, 580, 50, 50),
                    Window(63, 65, 1, 1)):
            got = src.cloud_classes(0, win)
            r0, c0 = int(win.row_off), int(win.col_off)
            exp = np.full((int(win.height), int(win.width)), NODATA, np.uint8)
            part = ref[r0:r0 + int(win.height), c0:c0 + int(win.width)]
            exp[:part.shape[0], :part.shape[1]] = part
            np.testing.assert_array_equal(got, exp, err_msg=str(win))


def test_processing_grid_blocks(tmp_path):
    """At 60 m processing over a 10 m grid every 6 x 6 block gets one class: a cloud whose edges do not fall on
    the blocks' edges is rounded to whole blocks (it is found: some blocks cloudy, most clear), while at 10 m
    processing the same cloud keeps its own edges."""
    path = tmp_path / "S2_2020-07-01.tif"
    data, _ = write_scene(path, shape=(120, 90))
    cloud = np.zeros((120, 90), bool)
    cloud[13:47, 20:53] = True        # 34 x 33 px, edges off the 6-px grid
    veg, white = data[:, 0, 0].copy(), np.array([0.50, 0.50, 0.50, 0.50, 0.40, 0.30], np.float32)
    with rasterio.open(path, "r+") as ds:
        ds.write(np.where(cloud, white[:, None, None], veg[:, None, None]).astype(np.float32))
    with open_s2(path, cloud_options=CloudOptions(shadows=False, dilation_size=0)) as src:
        cls = src.cloud_classes(0)
    with open_s2(path, cloud_options=CloudOptions(shadows=False, dilation_size=0, processing_resolution=10,
                                                  average_over=1)) as src:
        fine = src.cloud_classes(0)
    assert cls.shape == (120, 90)
    blocks = cls.reshape(20, 6, 15, 6)
    assert (blocks == blocks[:, :1, :, :1]).all()
    assert 200 < (cls == CLOUD).sum() < 120 * 90 / 2 and set(np.unique(cls)) == {CLEAR, CLOUD}
    assert (cls[cloud] == CLOUD).all()          # the whole cloud, grown by the 60 m averaging (4 cells) ...
    rows, cols = np.nonzero(cls == CLOUD)       # ... by at most 3 blocks (18 px) on any side
    assert rows.min() >= 13 - 18 and rows.max() <= 46 + 18 and cols.min() >= 20 - 18 and cols.max() <= 52 + 18
    np.testing.assert_array_equal(fine == CLOUD, cloud)         # at 10 m: the cloud's own edges
    assert not np.array_equal(cls == CLOUD, cloud)


# --------------------------------------------------------------------------- rules and choices

def test_rule_scores_and_detector_choice():
    s = rules_score(np.array([0.5, 0.03, 0.9, 0.2]), np.array([0.5, 0.06, 0.9, 0.2]),
                    np.array([0.5, 0.04, 0.85, 0.2]), np.array([0.5, 0.35, 0.8, 0.25]),
                    np.array([0.4, 0.18, 0.05, 0.3]))
    # white cloud: every term 1 but NDMI (0.111 -> 1) -> 1; vegetation: 0; snow (NDSI 0.89): 0;
    # grey haze (B02 0.2 -> 0.25, RGB 0.6 -> 0.667, NDMI -0.0909 -> 0.045): 0.045
    np.testing.assert_allclose(s, [1.0, 0.0, 0.0, 0.0455], atol=1e-3)
    assert method_for(("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10",
                       "B11", "B12")) == "s2cloudless"
    assert method_for(("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")) == "rules"
    assert method_for(S2CLOUDLESS_BANDS + ("B03",), level="L2A") == "rules"
    assert method_for(("B04", "B08")) is None


def test_overpass_time_when_only_the_day_is_known():
    from datetime import datetime, timezone

    day = datetime(2015, 8, 20, tzinfo=timezone.utc)
    t = overpass_time(day, 14.55)
    assert (t.hour, t.minute, t.second) == (9, 31, 48)  # 10:30 local mean solar time at 14.55 E
    timed = datetime(2015, 8, 20, 10, 7, 28, tzinfo=timezone.utc)
    assert overpass_time(timed, 14.55) == timed


# --------------------------------------------------------------------------- real dates

@pytest.mark.parametrize("date, iou_min", [("2015-07-31", 0.95), ("2015-08-20", 0.99)])
def test_real_cloudy_dates_agree_with_s2cloudless_masks(date, iou_min):
    """Measured (models/training/cloud/README.md): IoU 0.979 on 2015-07-31 (97.9 % cloud), 1.000 on
    2015-08-20 (100 %)."""
    ref = reference_masks([date])[date]
    with open_s2(slovenia(date)) as src:
        info = src.cloud_detection(0)
        assert info.method == "s2cloudless" and info.label == "eolatent.cloud.s2cloudless 1.0.0"
        assert info.sun_from == "computed for %s 09:31 UTC" % date
        cls = src.cloud_classes(0)
        _, valid = src.read(0, None, ["B04", "B08"])
    s = scores(cls == CLOUD, ref)
    assert s["iou"] >= iou_min and s["recall"] >= 0.99
    np.testing.assert_array_equal(valid, cls == CLEAR)


@pytest.mark.parametrize("date", ["2015-07-11", "2015-08-30", "2015-09-09"])
def test_real_clear_dates_stay_clear(date):
    assert not reference_masks([date])[date].any()
    with open_s2(slovenia(date)) as src:
        cls = src.cloud_classes(0)
        _, valid = src.read(0)
    assert (cls == CLOUD).mean() <= 0.01 and valid.mean() >= 0.99


def test_rules_on_the_l1c_dates_find_the_thick_cloud_not_the_haze():
    """The L2A rule set (no B01/B09/B10), measured on L1C dates it was not fitted to: it flags all of
    2015-08-20 (thick cloud) and none of the clear dates, but misses the thin cloud of 2015-07-31."""
    from eolatent.models.training.cloud.evaluate import detect

    l2a = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    ref = reference_masks()
    got = {d: detect(d, CloudOptions(), l2a) for d in DATES}
    assert scores(got["2015-08-20"] == CLOUD, ref["2015-08-20"])["iou"] == 1.0
    for d in ("2015-07-11", "2015-08-30", "2015-09-09"):
        assert (got[d] == CLOUD).sum() == 0
    assert scores(got["2015-07-31"] == CLOUD, ref["2015-07-31"])["recall"] < 0.05


def test_turning_detection_off_keeps_every_pixel():
    with open_s2(slovenia("2015-08-20"), detect_clouds=False) as src:
        refl, valid = src.read(0)
        assert valid.all() and np.isfinite(refl).all()
        assert src.cloud_detection(0) is None and src.cloud_classes(0) is None
        assert src.cloud_mask_source(0) == "none (cloud detection turned off)"
    with open_s2(slovenia("2015-08-20")) as src:
        assert not src.read(0)[1].any()


def test_masked_inputs_are_not_detected(tmp_path):
    """A per-date file with a CLOUD sidecar mask uses that mask; too few bands: no detector, said so."""
    from s1_fixtures import slovenia_s2_copies

    slovenia_s2_copies(tmp_path, dates=("2015-08-20",))
    with open_s2(tmp_path / "S2L1C_TOA_13band_2015-08-20.tif") as src:
        assert src.cloud_detection(0) is None and src.cloud_mask_source(0) == "input mask"
    with rasterio.open(slovenia("2015-08-20")) as ds:
        prof, two = ds.profile, ds.read([4, 8])
    prof.update(count=2)
    with rasterio.open(tmp_path / "two_2015-08-20.tif", "w", **prof) as dst:
        dst.write(two)
        dst.set_band_description(1, "B04")
        dst.set_band_description(2, "B08")
    with open_s2(tmp_path / "two_2015-08-20.tif") as src:
        assert src.cloud_detection(0) is None and src.read(0)[1].all()
        assert src.cloud_mask_source(0).startswith("none (no cloud mask, and no detector for bands B04,B08")


# --------------------------------------------------------------------------- buildstack

@pytest.fixture(scope="module")
def per_date(tmp_path_factory):
    """The five Slovenia per-date L1C GeoTIFFs as they are: no cloud mask, no cloud cover."""
    folder = tmp_path_factory.mktemp("clouds") / "s2"
    folder.mkdir()
    for d in DATES:
        shutil.copyfile(slovenia(d), folder / slovenia(d).name)
    return folder


def test_buildstack_masks_the_clouds_of_per_date_geotiffs(per_date, tmp_path):
    """The stated failure: a stack built from per-date GeoTIFFs without a mask kept the clouds of
    2015-08-20. Now they are no data, the clear dates are untouched, and the log says how much."""
    fb = Feedback()
    res = build_stacks(per_date, None, None, None, 100, None, out_s2=tmp_path / "s2.tif", feedback=fb)
    assert [d.date().isoformat() for d in res.s2_dates] == list(DATES)
    detected = dict(zip(DATES, res.s2_detected))
    assert detected["2015-08-20"] == (100.0, 0.0) and detected["2015-07-31"][0] > 95
    assert detected["2015-08-30"] == (0.0, 0.0)
    assert any("2015-08-20: 100.0 % cloud, 0.0 % shadow detected" in m for m in fb.messages)
    assert any("2015-08-20: clouds masked by eolatent.cloud.s2cloudless 1.0.0" in m for m in fb.messages)
    with rasterio.open(tmp_path / "s2.tif") as ds:
        cube = ds.read().reshape(5, 13, ds.height, ds.width)
        t = ds.tags(2 * 13 + 4)
    assert (t["CLOUD_MASK"], t["CLOUD_DETECTED"], t["SHADOW_DETECTED"]) == \
        ("eolatent.cloud.s2cloudless 1.0.0", "100.000", "0.000")
    assert np.isnan(cube[2]).all()
    clear = np.isfinite(cube[3]).all(axis=0)
    assert clear.sum() == 100 * 101  # every pixel centre on the data (see test_stackbuild)
    with open_s2(tmp_path / "s2.tif") as src:  # read back: no second detection, the stack's tag
        assert src.cloud_detection(2) is None
        assert src.cloud_mask_source(2) == "eolatent.cloud.s2cloudless 1.0.0"
        assert not src.read(2)[1].any() and src.read(3)[1].sum() == 100 * 101


def test_buildstack_detection_off(per_date, tmp_path):
    res = build_stacks(per_date, None, "2015-08-20", "2015-08-20", 100, None, out_s2=tmp_path / "s2.tif",
                       detect_clouds=False)
    assert res.s2_detected == [None]
    with rasterio.open(tmp_path / "s2.tif") as ds:
        data = ds.read()
        assert ds.tags(1)["CLOUD_MASK"] == "none (cloud detection turned off)"
    assert np.isfinite(data).all(axis=0).sum() == 100 * 101
    # the stack keeps its clouds, so an algorithm reading it with detection on detects them (the cloudy 08-20
    # date: most pixels), and with detection off keeps every pixel
    with open_s2(tmp_path / "s2.tif") as src:
        assert src.cloud_detection(0).method in ("s2cloudless", "rules")
        assert src.read(0)[1].mean() < 0.5 and src.cloud_mask_source(0).startswith("eolatent.cloud.")
    with open_s2(tmp_path / "s2.tif", detect_clouds=False) as src:
        assert src.cloud_detection(0) is None and src.read(0)[1].sum() == 100 * 101


def test_cli_flag_and_processing_parameter(per_date, tmp_path, capsys):
    from eolatent.cli import main

    rc = main(["buildstack", "--s2-folders", str(per_date), "--max-cloud", "100", "--start-date", "2015-08-20",
               "--end-date", "2015-08-20", "--no-cloud-detection", "--output-s2", str(tmp_path / "off.tif")])
    assert rc == 0, capsys.readouterr().err
    with rasterio.open(tmp_path / "off.tif") as a:
        assert np.isfinite(a.read()).any()
    capsys.readouterr()
    # detection on: the date is cloud everywhere, so the stack would be empty: refused, nothing written
    rc = main(["buildstack", "--s2-folders", str(per_date), "--max-cloud", "100", "--start-date", "2015-08-20",
               "--end-date", "2015-08-20", "--output-s2", str(tmp_path / "on.tif")])
    assert rc == 1 and "no valid pixel in the S2 stack" in capsys.readouterr().err
    assert not (tmp_path / "on.tif").exists()


def test_buildstack_algorithm_parameter(per_date, tmp_path, eolatent_provider):
    import processing

    from eolatent.processing_provider.buildstack_algorithm import BuildStackAlgorithm

    if eolatent_provider.algorithm("buildstack") is None:
        eolatent_provider.addAlgorithm(BuildStackAlgorithm())
    alg = BuildStackAlgorithm()
    alg.initAlgorithm()
    p = alg.parameterDefinition("DETECT_CLOUDS")
    assert p is not None and p.defaultValue() is True
    from qgis.core import QgsProcessingException

    common = dict(S2_FOLDERS=str(per_date), START_DATE="2015-08-20", END_DATE="2015-08-20", MAX_CLOUD=100)
    with pytest.raises(QgsProcessingException, match="no valid pixel in the S2 stack.*masked as cloud"):
        processing.run("eolatent:buildstack", dict(common, OUTPUT_S2=str(tmp_path / "on.tif")))
    off = processing.run("eolatent:buildstack", dict(common, DETECT_CLOUDS=False,
                                                     OUTPUT_S2=str(tmp_path / "off.tif")))
    with rasterio.open(off["OUTPUT_S2"]) as b:
        assert np.isfinite(b.read()).any()


def test_card_metrics_hold_the_measured_table():
    from eolatent.core.engine.registry import find_model

    card = find_model("eolatent.cloud.s2cloudless").card
    table = card["metrics"]["slovenia"]
    assert table["s2cloudless_default"]["2015-08-20"]["iou"] == 1.0
    assert math.isclose(table["s2cloudless_default"]["2015-07-31"]["iou"], 0.979, abs_tol=0.005)
    with open(Path(__file__).parent.parent / "models" / "cloud_s2cloudless.metrics.json") as fh:
        assert json.load(fh) == card["metrics"]


def test_without_onnxruntime_l1c_dates_use_the_rules(monkeypatch):
    """buildstack needs no onnxruntime: an L1C date then gets the rule set, and its label says why."""
    import eolatent.core.inputs.sentinel2.clouds as clouds

    monkeypatch.setattr(clouds, "onnxruntime_available", lambda: False)
    with open_s2(slovenia("2015-08-20")) as src:
        info = src.cloud_detection(0)
        assert info.method == "rules" and "s2cloudless needs onnxruntime" in src.cloud_mask_source(0)
        assert src.cloud_mask_source(0).startswith("eolatent.cloud.rules 1.0.0")
        assert not src.read(0)[1].any()  # the thick cloud of this date is found by the rules too


def test_a_damaged_s2cloudless_model_is_said_damaged_not_missing(tmp_path, monkeypatch):
    """A byte flipped in the shipped cloud model: the run fell back to the rules saying the model "is not installed"
    and offering a download of a model that ships in the zip (the model audit). It is named as damaged, with the
    fix, in the log and the stack's warning; the CLOUD_MASK tag keeps the method only."""
    import os
    import shutil

    from eolatent.core.engine import model_manifest
    from eolatent.core.inputs.sentinel2 import clouds, open_s2
    from eolatent.core.inputs.sentinel2.cloud_scores import s2cloudless_advice
    from eolatent.core.inputs.stackbuild.write import tag_text

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    root = os.path.join(os.path.dirname(__file__), "..", "models")
    shutil.copy(os.path.join(root, "manifest.json"), shipped)
    data = bytearray(open(os.path.join(root, "cloud_s2cloudless.onnx"), "rb").read())
    data[len(data) // 2] ^= 1
    (shipped / "cloud_s2cloudless.onnx").write_bytes(bytes(data))
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(tmp_path / "user"))
    note = clouds.s2cloudless_missing()
    assert note.startswith(" (the s2cloudless model file is damaged (cloud_s2cloudless.onnx does not match the "
                           "manifest): reinstall the plugin, or ") and "--from FOLDER" in note
    assert "not installed" not in note and "damaged" in s2cloudless_advice()
    path = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-08-20.tif")
    with open_s2(path) as src:
        assert src.cloud_detection(0).method == "rules"
        how = src.cloud_mask_source(0)
    assert "damaged" in how and tag_text(how) == how[:how.index(" (")]


def test_missing_s2cloudless_model_falls_back_to_rules_and_says_how_to_install(monkeypatch):
    """The s2cloudless model ships in the zip; without its file, L1C dates use the rule set and
    the cloud-mask source names the install command."""
    import os

    from eolatent.core.engine import registry
    from eolatent.core.engine.modelcard import ModelCardError
    from eolatent.core.inputs.sentinel2 import clouds, open_s2

    real = registry.find_model

    def fake(model_id, *a, **k):
        if model_id == clouds.S2CLOUDLESS_ID:
            raise ModelCardError("not installed")
        return real(model_id, *a, **k)

    monkeypatch.setattr(registry, "find_model", fake)
    assert "models install eolatent.cloud.s2cloudless" in clouds.s2cloudless_missing()
    path = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-08-20.tif")
    with open_s2(path) as src:
        info = src.cloud_detection(0)
        assert info.method == "rules" and "models install eolatent.cloud.s2cloudless" in src.cloud_mask_source(0)
