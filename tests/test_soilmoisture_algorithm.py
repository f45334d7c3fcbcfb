# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:soilmoisture through QGIS Processing: values against core.soilmoisture.retrieval.retrieve with the
interpolated LAI, LAI interpolation in time, dB/linear inputs, S2 on the fly, refused inputs, cancel."""
import datetime as dt
import os

import numpy as np
import pytest
import rasterio
from rasterio.transform import Affine
from rasterio.windows import Window
from s1_fixtures import slovenia_grid, write_tif

from eolatent.core.biophysical import retrieval as bio
from eolatent.core.soilmoisture import retrieval as sm
from eolatent.core.inputs.dated_rasters import interpolate_in_time, nearest_valid_gap
from eolatent.core.inputs.sentinel1 import Grid, write_s1_stack

S1_DATES = ("2015-07-01T17:00:00Z", "2015-07-10T17:00:00Z", "2015-07-15T05:00:00Z", "2015-07-30T17:00:00Z",
            "2015-08-09T05:00:00Z", "2015-09-01T17:00:00Z")
LAI_DATES = ("2015-07-10", "2015-07-30", "2015-08-19")
LAI_FACTORS = (0.5, 1.5, 1.0)
CLOUD = (slice(10, 30), slice(20, 50))  # LAI missing there on the second LAI date


@pytest.fixture()
def provider(eolatent_provider):
    if eolatent_provider.algorithm("soilmoisture") is None:  # until the lead wires it in provider.py
        from eolatent.processing_provider.soilmoisture_algorithm import SoilMoistureAlgorithm

        assert eolatent_provider.addAlgorithm(SoilMoistureAlgorithm())
    return eolatent_provider


def run(params, **kw):
    import processing

    return processing.run("eolatent:soilmoisture", dict(dict(EXECUTION_PROVIDER=2, THREADS=1), **params), **kw)


def grid():
    crs, transform, width, height, _ = slovenia_grid()
    return Grid(crs, transform, width, height)


def s1_fields(n=len(S1_DATES)):
    """Known VV/VH (dB) and incidence (deg) per date, with a nodata block on date 0."""
    g = grid()
    rng = np.random.default_rng(3)
    rows, cols = np.mgrid[0:g.height, 0:g.width]
    db = np.empty((n, 2, g.height, g.width), np.float32)
    for k in range(n):
        db[k, 0] = -15.0 + 8.0 * cols / g.width + rng.normal(0, 0.5, cols.shape) + 0.3 * k
        db[k, 1] = db[k, 0] - 7.0 + 2.0 * rows / g.height
    db[0, :, 60:70, 60:70] = np.nan
    inc = np.broadcast_to(30.0 + 15.0 * cols / g.width, (n, g.height, g.width)).astype(np.float32)
    return db, inc


def s1_stack(tmp_path, name="s1.tif", units="dB", quantity="sigma0", with_incidence=True, dates=S1_DATES):
    db, inc = s1_fields(len(dates))
    data = db if units == "dB" else np.power(10.0, db / 10.0).astype(np.float32)
    path = str(tmp_path / name)
    write_s1_stack(path, grid(), dates, ["VV", "VH"], data, units=units, quantity=quantity,
                   incidence=inc if with_incidence else None)
    return path, db, inc


def lai_base():
    g = grid()
    rows, cols = np.mgrid[0:g.height, 0:g.width]
    return (0.5 + 5.0 * rows / g.height + 0.01 * cols).astype(np.float32)


def lai_raster(tmp_path, variable="LAI", transform=None):
    cube = np.stack([lai_base() * f for f in LAI_FACTORS])
    cube[1][CLOUD] = np.nan
    crs, tr, *_ = slovenia_grid()
    path = tmp_path / f"{variable.lower()}.tif"
    write_tif(path, cube, crs=crs, transform=transform or tr, nodata=float("nan"),
              band_tags=[dict(DATE=d, VARIABLE=variable, UNITS="m2/m2") for d in LAI_DATES],
              descriptions=[f"{d} {variable} [m2/m2]" for d in LAI_DATES])
    return str(path), cube


def expected_lai(k):
    """LAI of S1 date k written out by hand (days after 2015-07-10; LAI dates at 0, 20, 40)."""
    base = lai_base()
    day = (dt.date.fromisoformat(S1_DATES[k][:10]) - dt.date(2015, 7, 10)).days
    f0, f1, f2 = LAI_FACTORS
    if day <= 0:
        return base * f0, base * f0
    if day <= 20:
        lai = base * (f0 + (f1 - f0) * day / 20)
        cloud = base * (f0 + (f2 - f0) * day / 40)  # LAI date 1 missing: between dates 0 and 2
    elif day <= 40:
        lai = base * (f1 + (f2 - f1) * (day - 20) / 20)
        cloud = base * (f0 + (f2 - f0) * day / 40)
    else:
        lai = cloud = base * f2
    return lai, cloud


def read(path):
    with rasterio.open(path) as ds:
        return ds.read(), ds.descriptions, [ds.tags(b) for b in range(1, ds.count + 1)], ds.tags(), ds.transform


def test_values_equal_core_retrieve_with_interpolated_lai(provider, tmp_path):
    s1, db, inc = s1_stack(tmp_path)
    lai_path, _ = lai_raster(tmp_path)
    out = {k: str(tmp_path / f"{k.lower()}.tif") for k in ("SM", "SM_STD", "QUALITY")}
    from qgis.core import QgsProcessingFeedback

    log = QgsProcessingFeedback()
    res = run(dict(S1_STACK=s1, LAI=lai_path, TILE_SIZE=32, **{f"OUTPUT_{k}": v for k, v in out.items()}),
              feedback=log)
    assert res["EXECUTION_PROVIDER_USED"] == "cpu"
    smv, descr, tags, ds_tags, transform = read(out["SM"])
    std = read(out["SM_STD"])[0]
    flags = read(out["QUALITY"])[0]
    assert smv.shape == (len(S1_DATES), grid().height, grid().width)
    assert transform.almost_equals(grid().transform)
    assert [d.split()[0] for d in descr] == [d[:10] for d in S1_DATES]
    assert tags[2]["DATE"] == "2015-07-15" and tags[2]["VARIABLE"] == "SM" and tags[2]["UNITS"] == "m3/m3"
    assert "eolatent.soilmoisture.s1" in ds_tags["EOLATENT_MODEL"] and "lai.tif" in ds_tags["EOLATENT_VEGETATION"]
    for k in range(len(S1_DATES)):
        lai, lai_cloud = expected_lai(k)
        lai[CLOUD] = lai_cloud[CLOUD]
        ref = sm.retrieve(db[k, 0], db[k, 1], inc[k], lai, provider="cpu")
        np.testing.assert_allclose(smv[k], ref["SM"], atol=1e-5, equal_nan=True)
        np.testing.assert_allclose(std[k], ref["SM_std"], atol=1e-5, equal_nan=True)
        # the clouded pixels' LAI on 2015-07-30 (S1 date 3) comes from 20 days away (07-10 and 08-19): flag 8 there
        gap = np.zeros(lai.shape, np.uint8)
        if k == 3:
            gap[CLOUD] = 8
        np.testing.assert_array_equal(flags[k], ref["QUALITY"] | np.where(ref["QUALITY"] & 4, 0, gap))
    assert (flags[3][CLOUD] & 8).all() and not (flags[[0, 1, 2, 4, 5]] & 8).any() and not (np.delete(
        flags[3].ravel(), np.ravel_multi_index(np.mgrid[CLOUD].reshape(2, -1), flags[3].shape)) & 8).any()
    share = 100.0 * (20 * 30) / np.isfinite(smv).sum()                 # of all retrieved pixel-dates
    assert f"{share:.1f} % of the retrieved pixel-dates take their LAI from more than 15 days away" in log.textLog()
    assert "8=LAI from more than 15 days away" in read(out["QUALITY"])[3]["FLAG_MEANINGS"]
    assert np.isnan(smv[0, 60:70, 60:70]).all() and (flags[0, 60:70, 60:70] == sm.FLAG_INVALID).all()
    assert np.isfinite(smv[1:]).all() and 0.0 <= np.nanmin(smv) and np.nanmax(smv) <= 0.6
    for key in ("SM_STD", "QUALITY"):
        assert os.path.exists(out[key].replace(".tif", ".qml"))
    assert "no LAI value on" not in ds_tags["EOLATENT_VEGETATION"]      # date 1 is only partly clouded


def test_an_empty_lai_date_is_named_and_interpolated_over(provider, tmp_path):
    """An LAI date without any value (a cloudy month): the log and the tag name it; the S1 dates take the LAI
    interpolated from the dates around it, as for a pixel clouded on that date."""
    s1, db, inc = s1_stack(tmp_path)
    lai_path, cube = lai_raster(tmp_path)
    with rasterio.open(lai_path, "r+") as ds:
        ds.write(np.full(cube.shape[1:], np.nan, np.float32), 2)
    out = str(tmp_path / "sm.tif")
    run(dict(S1_STACK=s1, LAI=lai_path, OUTPUT_SM=out))
    smv, _, _, ds_tags, _ = read(out)
    assert f"no LAI value on {LAI_DATES[1][:10]}: the S1 dates around them take the LAI interpolated" in \
        ds_tags["EOLATENT_VEGETATION"]
    for k in range(len(S1_DATES)):
        _, lai = expected_lai(k)                    # the interpolation that skips LAI date 1 everywhere
        ref = sm.retrieve(db[k, 0], db[k, 1], inc[k], lai, provider="cpu")
        np.testing.assert_allclose(smv[k], ref["SM"], atol=1e-5, equal_nan=True)


def test_s1_dates_far_from_every_lai_date_are_warned(tmp_path):
    """An S1 date months from any LAI date silently took the nearest LAI (another season's)."""
    from feedback_fixtures import Recording

    from eolatent.core.soilmoisture.raster import run_soilmoisture_raster

    s1, *_ = s1_stack(tmp_path, dates=("2015-07-15T05:00:00Z", "2015-09-10T05:00:00Z", "2015-11-20T05:00:00Z"))
    lai_path, _ = lai_raster(tmp_path)
    log = Recording()
    run_soilmoisture_raster(s1, {"SM": str(tmp_path / "sm.tif")}, lai_path=lai_path, provider="cpu", threads=1,
                            feedback=log)
    far = [w for w in log.warnings if "more than 30 days from every LAI date" in w]
    assert far and far[0].startswith("1 S1 date(s) (2015-11-20)") and "up to 93 days" in far[0]   # 09-10: 22 d
    # inside the LAI span too: LAI on 07-10 and 08-19 only, an S1 date in the middle is 20 days from both (kept
    # quiet); with LAI on the two ends of a long span, the middle is far from both
    log = Recording()
    with rasterio.open(lai_path) as ds:
        a, profile, tags = ds.read([1, 3]), ds.profile, [ds.tags(1), ds.tags(3)]
    profile.update(count=2)
    ends = tmp_path / "lai_ends.tif"
    tags[1]["DATE"] = "2015-12-31"
    with rasterio.open(ends, "w", **profile) as ds:
        ds.write(a)
        for b, t in enumerate(tags, start=1):
            ds.update_tags(b, **t)
    run_soilmoisture_raster(s1, {"SM": str(tmp_path / "sm2.tif")}, lai_path=str(ends), provider="cpu", threads=1,
                            feedback=log)
    far = [w for w in log.warnings if "more than 30 days from every LAI date" in w]
    assert far and "2015-09-10" in far[0] and "2015-11-20" in far[0] and "2015-07-15" not in far[0]


def test_interpolation_in_time_at_between_and_beyond_dates():
    days = np.array([10.0, 30.0, 50.0])
    cube = np.array([1.0, 3.0, 2.0], np.float32)[:, None, None] * np.ones((3, 2, 2), np.float32)
    cube[1, 0, 0] = np.nan  # missing on the middle date: interpolate between its neighbours
    cube[:, 1, 1] = np.nan  # never valid
    at = {0: 1.0, 10: 1.0, 30: 3.0, 50: 2.0, 20: 2.0, 25: 2.5, 40: 2.5, 45: 2.25, 70: 2.0}
    for day, want in at.items():
        got = interpolate_in_time(cube, days, day)
        assert got[0, 1] == pytest.approx(want) and got[1, 0] == pytest.approx(want)
        assert np.isnan(got[1, 1])
    assert interpolate_in_time(cube, days, 30)[0, 0] == pytest.approx(1.5)  # 10→50: 1 + 0.5·(2 − 1)
    assert interpolate_in_time(cube, days, 5)[0, 0] == pytest.approx(1.0)
    # how far the interpolation reaches at each pixel: the pixel missing the middle date reaches 20 days at day 30
    gap = nearest_valid_gap(cube, days, 30)
    assert gap[0, 0] == 20 and gap[0, 1] == gap[1, 0] == 0 and np.isinf(gap[1, 1])
    assert nearest_valid_gap(cube, days, 70)[0, 1] == 20 and nearest_valid_gap(cube, days, 36)[0, 0] == 14


def test_db_and_linear_stacks_same_result_with_incidence_parameter(provider, tmp_path):
    dates = S1_DATES[:2]
    s1_db, db, _ = s1_stack(tmp_path, "s1_db.tif", with_incidence=False, dates=dates)
    s1_lin, *_ = s1_stack(tmp_path, "s1_lin.tif", units="linear", with_incidence=False, dates=dates)
    a, b = str(tmp_path / "a.tif"), str(tmp_path / "b.tif")
    run(dict(S1_STACK=s1_db, LAI_VALUE=1.2, INCIDENCE=38.0, OUTPUT_SM=a))
    run(dict(S1_STACK=s1_lin, LAI_VALUE=1.2, INCIDENCE=38.0, OUTPUT_SM=b))
    out_a, out_b = read(a)[0], read(b)[0]
    np.testing.assert_allclose(out_a, out_b, atol=1e-4, equal_nan=True)
    ref = sm.retrieve(db[1, 0], db[1, 1], 38.0, 1.2, provider="cpu")["SM"]
    np.testing.assert_allclose(out_a[1], ref, atol=1e-5)
    assert "constant LAI" in read(a)[3]["EOLATENT_VEGETATION"]


def _s2_stack(tmp_path):
    from eolatent.core.inputs.sentinel2 import open_s2, write_s2_stack

    with open_s2(os.path.join(os.path.dirname(__file__), "data", "slovenia",
                              "S2L1C_TOA_13band_2015-07-11.tif")) as src:
        refl, _ = src.read(0, Window(0, 0, src.grid.width, src.grid.height), src.band_names)
        names = src.band_names
    cube = np.stack([refl * 0.9, refl * 1.1]).astype(np.float32)
    cube[1, :, 0:20, 0:30] = np.nan  # a cloud on the second date
    dates = [dt.datetime(2015, 7, 11, 10), dt.datetime(2015, 7, 31, 10)]
    angles = [dict(sun_zenith=28.0 + 3 * k, sun_azimuth=150.0, view_zenith=5.0, view_azimuth=100.0)
              for k in range(2)]
    path = str(tmp_path / "s2.tif")
    write_s2_stack(path, grid(), dates, names, cube, angles=angles)
    idx = [names.index(b) for b in bio.INPUT_BANDS]
    # an L1C-derived stack (it carries B10): the top-of-atmosphere variant is used, as by eolatent:biophysical
    lai = [bio.retrieve(dict(zip(bio.INPUT_BANDS, cube[k][idx])), 28.0 + 3 * k, 5.0, 50.0, provider="cpu",
                        level="L1C")["LAI"] for k in range(2)]
    return path, lai


def test_s2_stack_lai_on_the_fly(provider, tmp_path):
    dates = ("2015-07-11T17:00:00Z", "2015-07-16T17:00:00Z", "2015-08-20T05:00:00Z")
    s1, db, inc = s1_stack(tmp_path, dates=dates)
    s2, lai = _s2_stack(tmp_path)
    out = str(tmp_path / "sm.tif")
    run(dict(S1_STACK=s1, S2_STACK=s2, LAI_VALUE=2.0, OUTPUT_SM=out))  # S2 preferred to the constant
    smv, *_, ds_tags, _ = read(out)
    assert "S2 stack s2.tif" in ds_tags["EOLATENT_VEGETATION"]
    between = lai[0] + 0.25 * (lai[1] - lai[0])
    between[0:20, 0:30] = lai[0][0:20, 0:30]  # cloudy on the second S2 date: nearest valid date
    last = np.where(np.isnan(lai[1]), lai[0], lai[1])
    for k, want in enumerate((lai[0], between, last)):
        ref = sm.retrieve(db[k, 0], db[k, 1], inc[k], want, provider="cpu")["SM"]
        np.testing.assert_allclose(smv[k], ref, atol=1e-5, equal_nan=True)


def _fails(params, match, tmp_path, **kw):
    from qgis.core import QgsProcessingException

    before = set(os.listdir(tmp_path))
    out = str(tmp_path / "out_sm.tif")
    with pytest.raises(QgsProcessingException, match=match):
        run(dict(params, OUTPUT_SM=out), **kw)
    assert set(os.listdir(tmp_path)) == before  # no output, no temporary file


def test_gamma0_refused_unless_forced(provider, tmp_path):
    s1, *_ = s1_stack(tmp_path, quantity="gamma0", dates=S1_DATES[:1])
    _fails(dict(S1_STACK=s1, LAI_VALUE=1.0), r"gamma0.*not sigma0.*cos\(incidence\).*FORCE_GAMMA0", tmp_path)
    out = str(tmp_path / "forced.tif")
    run(dict(S1_STACK=s1, LAI_VALUE=1.0, FORCE_GAMMA0=True, OUTPUT_SM=out))
    assert np.isfinite(read(out)[0]).any()
    assert read(out)[3]["EOLATENT_S1_QUANTITY"] == "gamma0 on 1 of 1 date(s), used as sigma0 (FORCE_GAMMA0: biased)"


def test_linear_values_called_db_are_refused(provider, tmp_path):
    """Linear σ⁰ in a stack whose tags say dB (all values 0–2): refused as the API refuses them, nothing written
    (the retrieval read them as dB and gave 0.43–0.59 m³/m³ everywhere)."""
    dates = S1_DATES[:2]
    db, inc = s1_fields(len(dates))
    path = str(tmp_path / "mislabelled.tif")
    write_s1_stack(path, grid(), dates, ["VV", "VH"], np.power(10.0, db / 10.0).astype(np.float32), units="dB",
                   quantity="sigma0", incidence=inc)
    _fails(dict(S1_STACK=path, LAI_VALUE=1.0), r"mislabelled\.tif look like linear sigma0 \(all between 0 and 2\) "
           r"although the input says dB; convert them with 10·log10", tmp_path)


def test_incidence_and_quantity_recorded(provider, tmp_path):
    s1, *_ = s1_stack(tmp_path, with_incidence=False, dates=S1_DATES[:2])
    out = str(tmp_path / "sm.tif")
    run(dict(S1_STACK=s1, LAI_VALUE=1.0, INCIDENCE=38.0, OUTPUT_SM=out))
    tags = read(out)[3]
    assert tags["EOLATENT_INCIDENCE"] == "2 date(s): INCIDENCE parameter (38°)"
    assert tags["EOLATENT_S1_QUANTITY"] == "sigma0"


def test_missing_incidence_named(provider, tmp_path):
    s1, *_ = s1_stack(tmp_path, with_incidence=False, dates=S1_DATES[:2])
    _fails(dict(S1_STACK=s1, LAI_VALUE=1.0), r"incidence.*2015-07-01, 2015-07-10.*INCIDENCE", tmp_path)


def test_grid_mismatch_named(provider, tmp_path):
    s1, *_ = s1_stack(tmp_path, dates=S1_DATES[:1])
    _, tr, *_ = slovenia_grid()
    lai_path, _ = lai_raster(tmp_path, transform=tr * Affine.translation(3, 0))
    _fails(dict(S1_STACK=s1, LAI=lai_path), "LAI raster lai.tif is not on the S1 grid", tmp_path)


def test_wrong_lai_raster_and_missing_vegetation_named(provider, tmp_path):
    s1, *_ = s1_stack(tmp_path, dates=S1_DATES[:1])
    fapar, _ = lai_raster(tmp_path, variable="FAPAR")
    _fails(dict(S1_STACK=s1, LAI=fapar), "holds FAPAR, not LAI", tmp_path)
    _fails(dict(S1_STACK=s1), "no vegetation term.*LAI_VALUE", tmp_path)


def test_latents_stacks_empty_and_corrupt_lai_and_empty_s1_refused(provider, tmp_path):
    """A latent or an S2 stack given as LAI ran (their bands read as LAI dates); an all-NaN LAI raster or S1 stack
    wrote an empty map; a truncated LAI raster was called "not on the S1 grid"."""
    from eolatent.core.inputs.sentinel2 import write_s2_stack

    s1, db, _ = s1_stack(tmp_path, dates=S1_DATES[:1])
    crs, tr, w, h, _ = slovenia_grid()
    latent = write_tif(tmp_path / "latent.tif", np.zeros((2, h, w), np.float32), crs=crs, transform=tr,
                       tags=dict(EOLATENT_LATENT="1"))
    _fails(dict(S1_STACK=s1, LAI=str(latent)), r"latent\.tif is a latent raster \(eolatent:encode\), not LAI",
           tmp_path)
    stack = str(tmp_path / "stack.tif")
    write_s2_stack(stack, grid(), [dt.datetime(2015, 7, 11, 10)], ["B04", "B08"], np.full((1, 2, h, w), 0.1,
                                                                                       np.float32))
    _fails(dict(S1_STACK=s1, LAI=stack), r"is a Sentinel-2 stack .*give this stack as S2_STACK", tmp_path)
    classes = write_tif(tmp_path / "classes.tif", np.ones((1, h, w), np.float32), crs=crs, transform=tr,
                        tags=dict(CLASSIFIER_ID="eolatent.classifier.x"))   # no VARIABLE tag: was taken as LAI
    _fails(dict(S1_STACK=s1, LAI=str(classes)), r"classes\.tif is a class map \(eolatent:classify\), not LAI", tmp_path)
    lai_path, cube = lai_raster(tmp_path)
    empty = write_tif(tmp_path / "lai_nan.tif", np.full_like(cube, np.nan), crs=crs, transform=tr,
                      nodata=float("nan"), band_tags=[dict(DATE=d, VARIABLE="LAI") for d in LAI_DATES])
    _fails(dict(S1_STACK=s1, LAI=str(empty)), "lai_nan.tif holds no LAI value", tmp_path)
    with open(lai_path, "rb") as fh:
        head = fh.read(os.path.getsize(lai_path) // 2)
    (tmp_path / "lai_cut.tif").write_bytes(head)
    _fails(dict(S1_STACK=s1, LAI=str(tmp_path / "lai_cut.tif")), "truncated or corrupt", tmp_path)
    nan_s1 = str(tmp_path / "s1_nan.tif")
    write_s1_stack(nan_s1, grid(), S1_DATES[:1], ["VV", "VH"], np.full_like(db, np.nan))
    _fails(dict(S1_STACK=nan_s1, LAI_VALUE=1.0, INCIDENCE=38.0), "no valid pixel in .*s1_nan.tif: ", tmp_path)


def test_s2_stack_without_angles_uses_computed_sun(provider, slovenia_tif, tmp_path):
    """An S2 input without angle metadata: the sun is computed from its date and place (stated in the metadata)."""
    s1, *_ = s1_stack(tmp_path, dates=S1_DATES[:1])
    out = str(tmp_path / "sm.tif")
    run(dict(S1_STACK=s1, S2_STACK=slovenia_tif, OUTPUT_SM=out))
    *_, ds_tags, _ = read(out)
    veg = ds_tags["EOLATENT_VEGETATION"]
    assert "eolatent.biophysical.s2.toa" in veg and "sun zenith computed from the acquisition time and place" in veg
    assert "UTC" not in veg          # each date's time is not repeated (twelve dates gave twelve copies of the text)


def test_no_s1_date_named(provider, tmp_path):
    crs, tr, w, h, _ = slovenia_grid()
    undated = write_tif(tmp_path / "vv_vh.tif", np.full((2, h, w), -12.0, np.float32), crs=crs, transform=tr,
                        descriptions=["VV", "VH"])
    _fails(dict(S1_STACK=str(undated), LAI_VALUE=1.0, INCIDENCE=38.0), "no acquisition date", tmp_path)


def test_cancel_leaves_nothing(provider, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    s1, *_ = s1_stack(tmp_path)
    lai_path, _ = lai_raster(tmp_path)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 20 else None)
    _fails(dict(S1_STACK=s1, LAI=lai_path, TILE_SIZE=16, OUTPUT_QUALITY=str(tmp_path / "q.tif")), "[Cc]ancel",
           tmp_path, feedback=feedback, context=QgsProcessingContext())


def test_provider_lists_algorithm_with_honest_help(provider):
    alg = provider.algorithm("soilmoisture")
    assert alg is not None and alg.id() == "eolatent:soilmoisture"
    names = [p.name() for p in alg.parameterDefinitions()]
    for required in ("S1_STACK", "LAI", "S2_STACK", "LAI_VALUE", "INCIDENCE", "OUTPUT_SM", "OUTPUT_SM_STD",
                     "OUTPUT_QUALITY", "EXECUTION_PROVIDER", "THREADS", "TILE_SIZE"):
        assert required in names
    text = alg.shortHelpString()
    assert "LAI ~3" in text and "0.13 m³/m³" in text and "γ⁰" in text and "fallback" in text


def test_incidence_outside_training_range_warned(tmp_path):
    """An INCIDENCE outside the 29–46° of the training simulations is accepted, with a warning in the log; one
    inside is not warned about."""
    from feedback_fixtures import Recording

    from eolatent.core.soilmoisture.raster import run_soilmoisture_raster

    s1, *_ = s1_stack(tmp_path, with_incidence=False, dates=S1_DATES[:1])
    for angle, warned in ((75.0, True), (38.0, False)):
        fb = Recording()
        run_soilmoisture_raster(s1, {"SM": str(tmp_path / f"sm_{angle:g}.tif")}, lai_value=1.0, incidence=angle,
                                provider="cpu", feedback=fb)
        assert any("outside the 29–46° the model was trained on" in w for w in fb.warnings) is warned, fb.warnings


def test_the_log_speaks_the_users_language_and_the_metadata_stays_english(tmp_path):
    """The physics audit: the French log read "LAI raster be_lai.tif (12 date(s): …)" and "INCIDENCE parameter
    (38°)": the vegetation and incidence texts were English f-strings, the ones written to the metadata."""
    from feedback_fixtures import Recording

    from eolatent.core import i18n
    from eolatent.core.soilmoisture.raster import run_soilmoisture_raster

    s1, *_ = s1_stack(tmp_path)
    lai_path, _ = lai_raster(tmp_path)
    french = {"LAI raster {file} ({what})": "raster de LAI {file} ({what})",
              "{count} date(s): {dates}": "{count} date(s) : {dates}",
              "{count} date(s): {source}": "{count} date(s) : {source}",
              "stack incidence band": "bande d'incidence de la pile",
              "{parameter} parameter ({value:g}°)": "paramètre {parameter} ({value:g}°)"}
    before = i18n._translate
    i18n.set_translator(lambda s: french.get(s, s))
    try:
        log = Recording()
        out = str(tmp_path / "sm.tif")
        run_soilmoisture_raster(s1, {"SM": out}, lai_path=lai_path, provider="cpu", threads=1, feedback=log,
                                incidence=38.0)
    finally:
        i18n.set_translator(before)
    line = next(m for m in log.messages if "vegetation:" in m)
    assert f"raster de LAI {os.path.basename(lai_path)} (" in line and "date(s) : " in line
    assert "LAI raster" not in line and "date(s) : bande d'incidence de la pile" in line
    with rasterio.open(out) as ds:
        assert ds.tags()["EOLATENT_VEGETATION"].startswith(f"LAI raster {os.path.basename(lai_path)} (")
        assert "stack incidence band" in ds.tags()["EOLATENT_INCIDENCE"]
