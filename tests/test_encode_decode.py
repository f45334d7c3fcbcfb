# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:encode / eolatent:decode: the latent raster contract, values against direct numpy + ONNX
computations, partial chunks, clouds, single modalities, date rules, resolution, refusals, cancel.

A tiny random encoder/decoder pair (tests/latent_fixtures.py: P=4, W=10 days, L=8) stands in for the
trained models; the S2 stack is the real Slovenia sample (5 dates, 100 × 101 px: the last chunk row is
partial), the S1 stack is fabricated on the same grid."""
import datetime as dt
import glob
import json
import os

import numpy as np
import pytest
import rasterio

import latent_fixtures as F
from pixel_equality import assert_same_pixels
from eolatent.core.latent import contract as lt
from eolatent.core.decode.raster import run_decode
from eolatent.core.encode.raster import EncodeInputError, run_encode
from eolatent.core.engine.tiling import Cancelled, Feedback

P, L = F.P, F.L
S2_BANDS10 = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
CPU = dict(provider="cpu", threads=1)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("latent")
    e = dict(root=root, enc=F.make_encoder(root / "encoder_test4.onnx"),
             dec=F.make_decoder(root / "decoder_test4.onnx"))
    e.update(F.write_stacks(str(root)))
    e["lat"] = str(root / "latent.tif")
    e["res_both"] = run_encode(e["lat"], e["s2"], e["s1"], preset=e["enc"], tile_size=24, **CPU)
    e["lat_s2"] = str(root / "latent_s2.tif")
    e["res_s2"] = run_encode(e["lat_s2"], s2_path=e["s2"], preset=e["enc"], **CPU)
    return e


# ------------------------------------------------------------------------------------------ references
def _session(path):
    import onnxruntime as ort

    return ort.InferenceSession(path, providers=["CPUExecutionProvider"])


def _window_dates(dates, start):
    end = start + dt.timedelta(days=F.W - 1)
    return [i for i, d in enumerate(dates) if start <= d.date() <= end]


def ref_inputs(env, r, c, start, s2=True, s1=True):
    """Encoder inputs of chunk (r, c) in the window starting at ``start``, computed directly."""
    h, w = env["grid"].height, env["grid"].width
    rows, cols = slice(r * P, min(h, r * P + P)), slice(c * P, min(w, c * P + P))
    feeds = {"s2": np.zeros((1, 10, P, P), np.float32), "s2_valid": np.zeros((1, 1, P, P), np.float32),
             "s1": np.zeros((1, 2, P, P), np.float32), "s1_valid": np.zeros((1, 1, P, P), np.float32)}
    nh, nw = rows.stop - rows.start, cols.stop - cols.start
    if s2:
        idx = _window_dates(env["s2_dates"], start)
        bands = [env["names"].index(b) for b in S2_BANDS10]
        if idx:
            x = env["s2_cube"][idx][:, bands, rows, cols].astype(np.float64)
            ok = np.isfinite(x).all(axis=1)
            cnt = ok.sum(axis=0)
            s = np.where(ok[:, None], x, 0).sum(axis=0)
            feeds["s2"][0, :, :nh, :nw] = np.where(cnt > 0, s / np.maximum(cnt, 1), 0)
            feeds["s2_valid"][0, 0, :nh, :nw] = cnt / len(idx)
    if s1:
        idx = _window_dates(env["s1_dates"], start)
        if idx:
            lin = 10.0 ** (env["s1_cube"][idx][:, :, rows, cols].astype(np.float64) / 10.0)
            ok = np.isfinite(lin).all(axis=1)
            cnt = ok.sum(axis=0)
            s = np.where(ok[:, None], lin, 0).sum(axis=0)
            feeds["s1"][0, :, :nh, :nw] = np.where(cnt > 0, 10 * np.log10(np.where(cnt > 0, s / np.maximum(cnt, 1),
                                                                                    1)), 0)
            feeds["s1_valid"][0, 0, :nh, :nw] = cnt / len(idx)
    centre = start + dt.timedelta(days=F.W / 2)
    feeds["doy"] = np.array([[centre.timetuple().tm_yday]], np.float32)
    return feeds


def ref_decode(env, latent_vec, d, centre, positions):
    """The decoder at date ``d`` from a window centred on ``centre``; more than 15 days away, at ±15 days and the day
    of year moved with it (the value is held beyond the decoders' trained range)."""
    t = dt.datetime(d.year, d.month, d.day, 12)
    c = dt.datetime(centre.year, centre.month, centre.day)
    days = (t - c).total_seconds() / 86400
    held = max(-15.0, min(15.0, days))
    feeds = dict(latent=latent_vec[None].astype(np.float32), position=positions[None].astype(np.float32),
                 dt=np.array([[held]], np.float32),
                 doy=np.array([[t.timetuple().tm_yday - (days - held)]], np.float32))
    mean, std = _session(env["dec"]).run(["mean", "std"], feeds)
    return mean[0], std[0]


def ref_at(env, key, r, c, day, positions):
    """(mean, std) of chunk (r, c) of latent ``env[key]`` decoded at ``day`` by the rule written out independently:
    the valid windows (chunk not NaN) whose centres surround the date, blended linearly in time by the centres'
    distances, each decoded at its own dt (held beyond 15 days); one side only: the window holding the date."""
    t = dt.datetime(day.year, day.month, day.day, 12)
    with lt.open_latent(env[key]) as lat:
        wins = [(w.centre.replace(tzinfo=None), k, w.start, w.end) for k, w in enumerate(lat.windows)]
    ok = [np.isfinite(latent_at(env[key], k, r, c)[0]).all() for _, k, _, _ in wins]
    before = [(cw, k) for (cw, k, _, _), v in zip(wins, ok) if v and cw <= t]
    after = [(cw, k) for (cw, k, _, _), v in zip(wins, ok) if v and cw > t]
    if before and after:
        (ca, a), (cb, b) = before[-1], after[0]
        w = (t - ca).total_seconds() / (cb - ca).total_seconds()
        ma, sa = ref_decode(env, latent_at(env[key], a, r, c)[0], day, ca.date(), positions)
        mb, sb = ref_decode(env, latent_at(env[key], b, r, c)[0], day, cb.date(), positions)
        return (1 - w) * ma + w * mb, (1 - w) * sa + w * sb
    inside = [(cw, k) for (cw, k, s0, s1), v in zip(wins, ok) if v and s0 <= day <= s1]
    assert inside, "no window for this chunk and date"
    return ref_decode(env, latent_at(env[key], inside[0][1], r, c)[0], day, inside[0][0].date(), positions)


def grid_positions(n):
    ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    return np.stack([(ii.ravel() + 0.5) / n, (jj.ravel() + 0.5) / n], axis=1)


def latent_at(path, k, r, c):
    with lt.open_latent(path) as lat:
        m, lv = lat.read(k)
    return m[:, r, c], lv[:, r, c]


def d(text):
    return dt.date.fromisoformat(text)


# ------------------------------------------------------------------------------------------ encode
def test_latent_raster_layout_follows_contract(env):
    with rasterio.open(env["lat"]) as ds:
        tags = ds.tags()
        assert tags["EOLATENT_LATENT"] == "1" and tags["ENCODER_ID"] == "eolatent.encoder.test4"
        assert tags["ENCODER_VERSION"] == "0.0.1" and tags["CHUNK_PX"] == "4" and tags["WINDOW_DAYS"] == "10"
        assert tags["LATENT_SIZE"] == "8" and tags["MODALITIES"] == "S2,S1"
        assert (tags["STACK_WIDTH"], tags["STACK_HEIGHT"]) == ("100", "101")
        assert tags["EOLATENT_PROVIDER"] == env["res_both"].provider_used == "cpu"   # the run asked for the CPU
        hashes = json.loads(tags["INPUT_HASHES"])
        assert set(hashes) == {"s2_stack.tif", "s1_stack.tif"} and all(len(v) == 16 for v in hashes.values())
        # S2 07-11 / S1 07-13, 07-16 | S1 07-25 | S2 07-31, S1 08-02 | (empty) | S2 08-20 | S2 08-30 | S2 09-09, S1 09-10
        starts = ["2015-07-11", "2015-07-21", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09"]
        assert tags["N_WINDOWS"] == "6" and ds.count == 6 * (2 * L + 1) and tags["QUALITY_BANDS"] == "1"
        assert ds.dtypes[0] == "float32" and np.isnan(ds.nodata)
        assert (ds.width, ds.height) == (25, 26)  # ceil(100/4), ceil(101/4)
        with rasterio.open(env["s2"]) as s2:
            assert ds.transform.almost_equals(s2.transform * s2.transform.scale(P)) and ds.crs == s2.crs
        for k, start in enumerate(starts):
            end = (d(start) + dt.timedelta(days=9)).isoformat()
            for kind_i, kind in enumerate(("mean", "logvar")):
                for z in (0, L - 1):
                    b = k * 2 * L + kind_i * L + z + 1
                    assert ds.descriptions[b - 1] == f"{start}/{end} z{z:03d} {kind}"
                    bt = ds.tags(b)
                    assert (bt["WINDOW_START"], bt["WINDOW_END"], bt["FEATURE"], bt["KIND"]) == (start, end, str(z), kind)
                    assert bt["WINDOW_CENTER"] == (d(start) + dt.timedelta(days=5)).isoformat() + "T00:00:00Z"
        # then one quality band per window: S2 dates + 100 × S1 dates with a valid pixel in the chunk (plain chunk 5, 7)
        q = ds.read(list(range(6 * 2 * L + 1, 6 * 2 * L + 7)))
        assert q[:, 5, 7].tolist() == [201, 100, 101, 1, 1, 101]
        assert ds.descriptions[6 * 2 * L] == "2015-07-11/2015-07-20 valid dates (S2 + 100 x S1)"
        assert ds.tags(6 * 2 * L + 1)["KIND"] == "quality"
    with lt.open_latent(env["lat"]) as lat:
        assert lat.period == (d("2015-07-11"), d("2015-09-18"))
        assert np.array_equal(lat.read_quality()[:, 5, 7], q[:, 5, 7])
        assert lat.stack_resolution == pytest.approx((abs(env["grid"].transform.a), abs(env["grid"].transform.e)))


@pytest.mark.parametrize("chunk", [(0, 0), (5, 7), (25, 10), (12, 24), (1, 1)])
def test_encode_equals_direct_composite_through_onnx(env, chunk):
    """Partly cloudy (0, 0), plain (5, 7), the partial last chunk row (25, ·: 1 stack row of 4), an S1 nodata
    patch (1, 1): every window equals numpy composites fed to the same ONNX encoder."""
    r, c = chunk
    sess = _session(env["enc"])
    with lt.open_latent(env["lat"]) as lat:
        for k, w in enumerate(lat.windows):
            mean, logvar = lat.read(k)
            ref_m, ref_lv = sess.run(["mean", "logvar"], ref_inputs(env, r, c, w.start))
            np.testing.assert_allclose(mean[:, r, c], ref_m[0], atol=2e-5)
            np.testing.assert_allclose(logvar[:, r, c], ref_lv[0], atol=2e-5)


def test_partial_chunk_pixels_are_invalid_zeros(env):
    feeds = ref_inputs(env, 25, 3, d("2015-07-11"))
    assert feeds["s2_valid"][0, 0, 0].min() > 0 and feeds["s2_valid"][0, 0, 1:].max() == 0


def test_s2_only_fully_cloudy_chunk_is_nan_in_that_window(env):
    sess = _session(env["enc"])
    with rasterio.open(env["lat_s2"]) as ds:
        assert ds.tags()["MODALITIES"] == "S2" and ds.tags()["N_WINDOWS"] == "5"
        assert list(json.loads(ds.tags()["INPUT_HASHES"])) == ["s2_stack.tif"]
    with lt.open_latent(env["lat_s2"]) as lat:
        assert [w.start.isoformat() for w in lat.windows] == ["2015-07-11", "2015-07-31", "2015-08-20",
                                                            "2015-08-30", "2015-09-09"]
        mean, logvar = lat.read(1)  # 07-31: chunk (2, 3) fully cloudy
        assert np.isnan(mean[:, 2, 3]).all() and np.isnan(logvar[:, 2, 3]).all()
        assert np.isfinite(mean[:, 2, 2]).all() and np.isfinite(mean[:, 3, 3]).all()
        assert np.isfinite(lat.read(0)[0][:, 2, 3]).all()
        for k, w in enumerate(lat.windows):
            ref_m, _ = sess.run(["mean", "logvar"], ref_inputs(env, 6, 9, w.start, s1=False))
            np.testing.assert_allclose(lat.read(k)[0][:, 6, 9], ref_m[0], atol=2e-5)


def test_s1_only(env, tmp_path):
    out = str(tmp_path / "lat_s1.tif")
    res = run_encode(out, s1_path=env["s1"], preset=env["enc"], **CPU)
    assert res.modalities == ["S1"]
    sess = _session(env["enc"])
    with lt.open_latent(out) as lat:
        assert lat.modalities == ("S1",)
        assert [w.start.isoformat() for w in lat.windows] == ["2015-07-13", "2015-07-23", "2015-08-02",
                                                            "2015-09-01"]
        for k, w in enumerate(lat.windows):
            ref_m, _ = sess.run(["mean", "logvar"], ref_inputs(env, 1, 1, w.start, s2=False))
            np.testing.assert_allclose(lat.read(k)[0][:, 1, 1], ref_m[0], atol=2e-5)


def test_start_end_restrict_the_period(env, tmp_path):
    out = str(tmp_path / "lat_aug.tif")
    run_encode(out, env["s2"], env["s1"], preset=env["enc"], start="2015-08-01", end="2015-08-31", **CPU)
    with lt.open_latent(out) as lat:
        # lattice from 08-01: S1 08-02 | S2 08-20 | S2 08-30 (S2 09-09, S1 09-10 after the end)
        assert [w.label for w in lat.windows] == ["2015-08-01/2015-08-10", "2015-08-11/2015-08-20",
                                                  "2015-08-21/2015-08-30"]


def test_period_beyond_the_acquisitions_is_warned(env, tmp_path):
    from feedback_fixtures import Recording

    rec = Recording()
    run_encode(str(tmp_path / "lat_wide.tif"), env["s2"], env["s1"], preset=env["enc"], start="2015-05-01",
               end="2015-08-31", feedback=rec, **CPU)
    said = [w for w in rec.warnings if "reaches over a month beyond" in w]
    # S2 2015-07-11 is the first acquisition, over a month after the start; S2 08-30 the last one before the end
    # (a day before it: not warned for, nor S1 08-02 a day after a start on 08-01 below)
    assert said == ["the period asked for (2015-05-01…2015-08-31) reaches over a month beyond the acquisitions in it "
                    "(2015-07-11…2015-08-30): nothing is observed there, so the latent says nothing of those months"]
    rec = Recording()
    run_encode(str(tmp_path / "lat_aug.tif"), env["s2"], env["s1"], preset=env["enc"], start="2015-08-01",
               end="2015-08-31", feedback=rec, **CPU)
    assert not [w for w in rec.warnings if "reaches over" in w or "do not overlap" in w]


def test_period_lines_known_answers():
    from datetime import date
    from types import SimpleNamespace

    from eolatent.core.encode.common import period_lines

    s2 = SimpleNamespace(dates=["2020-03-05", "2020-04-20", "2020-06-30"])
    s1 = SimpleNamespace(dates=["2020-08-02", "2020-09-01"])
    lines = period_lines(s2, s1, date(2020, 3, 5), date(2020, 9, 1), None, None)
    assert lines == ["the Sentinel-2 dates (2020-03-05…2020-06-30) and the Sentinel-1 dates (2020-08-02…2020-09-01) "
                     "do not overlap (over a month apart): each window's latent comes from one sensor alone; build "
                     "both stacks over the same period"]
    # 31 days apart is close enough, as is an S1 date inside S2's span; a period that leaves S1 out has one sensor
    assert period_lines(s2, SimpleNamespace(dates=["2020-07-31"]), date(2020, 3, 5), date(2020, 7, 31), None,
                        None) == []
    assert period_lines(s2, SimpleNamespace(dates=["2020-04-01", "2020-09-01"]), date(2020, 3, 5), date(2020, 9, 1),
                        None, None) == []
    assert period_lines(s2, s1, date(2020, 3, 5), date(2020, 7, 1), "2020-03-05", "2020-07-01") == [
        "the Sentinel-1 stack has no date in the period 2020-03-05…2020-07-01: the latent comes from Sentinel-2 alone"]
    assert period_lines(s2, None, date(2020, 1, 1), date(2020, 6, 30), "2020-01-01", None) == [
        "the period asked for (2020-01-01…2020-06-30) reaches over a month beyond the acquisitions in it "
        "(2020-03-05…2020-06-30): nothing is observed there, so the latent says nothing of those months"]
    assert period_lines(s2, None, date(2020, 2, 4), date(2020, 7, 31), "2020-02-04", "2020-07-31") == []


def test_stacks_on_different_grids_refused(env, tmp_path):
    from eolatent.core.inputs.sentinel1 import write_s1_stack
    from eolatent.core.inputs.sentinel2 import Grid

    g = env["grid"]
    shifted = Grid(g.crs, g.transform * g.transform.translation(3, 0), g.width, g.height)
    s1 = write_s1_stack(str(tmp_path / "s1_shifted.tif"), shifted, env["s1_dates"], ["VV", "VH"], env["s1_cube"])
    out = tmp_path / "lat.tif"
    with pytest.raises(EncodeInputError, match="eolatent:buildstack"):
        run_encode(str(out), env["s2"], s1, preset=env["enc"], **CPU)
    assert not out.exists()


def test_not_a_latent_raster(env):
    with pytest.raises(lt.LatentFormatError, match="not a latent raster"):
        lt.open_latent(env["s2"])
    with pytest.raises(lt.LatentFormatError, match="eolatent:encode"):
        lt.open_latent(str(env["root"] / "missing.tif"))


# ------------------------------------------------------------------------------------------ decode
def _decode(env, tmp_path, lat_key="lat", **kw):
    outs = {"LAI": str(tmp_path / "lai.tif"), "SM_STD": str(tmp_path / "sm_std.tif"),
            "FCOVER": str(tmp_path / "fcover.tif"), "LAI_STD": str(tmp_path / "lai_std.tif")}
    kw.setdefault("decoder", env["dec"])
    res = run_decode(env[lat_key], outs, **CPU, **kw)
    data = {}
    for key, path in outs.items():
        with rasterio.open(path) as ds:
            data[key] = ds.read()
            data[key + "_ds"] = (ds.descriptions, [ds.tags(b + 1) for b in range(ds.count)], ds.tags(),
                                 ds.transform, ds.shape)
    return res, data


def test_decode_leaves_the_stacks_empty_edge_empty(env, tmp_path):
    """A stack whose top row and right column hold no observation (a grid snapped outwards, as buildstack makes
    them): their chunks have data below / to the left, so the decoder gave values there too. The latent records
    the window of the data (DATA_WINDOW) and decode leaves output pixels outside it empty, at 10 m and at 20 m."""
    from eolatent.core.inputs.sentinel2 import write_s2_stack

    cube = env["s2_cube"].copy()
    cube[:, :, 0, :] = np.nan
    cube[:, :, :, -1] = np.nan
    s2 = write_s2_stack(str(tmp_path / "edge.tif"), env["grid"], env["s2_dates"], env["names"], cube)
    lat = str(tmp_path / "edge_latent.tif")
    run_encode(lat, s2_path=s2, preset=env["enc"], tile_size=12, **CPU)       # several tiles: the box grows
    h, w = env["grid"].height, env["grid"].width
    with lt.open_latent(lat) as lr:
        assert lr.data_window == (0, 1, w - 1, h - 1)
    with lt.open_latent(env["lat"]) as lr:
        assert lr.data_window == (0, 0, w, h)                                 # every pixel has an observation
    for resolution, factor in ((None, 1), (20.0, 2)):
        out = str(tmp_path / f"lai_{factor}.tif")
        run_decode(lat, {"LAI": out}, dates="2015-07-20", decoder=env["dec"], resolution=resolution, **CPU)
        with rasterio.open(out) as ds:
            lai = ds.read(1)
        if factor == 1:
            assert np.isnan(lai[0]).all() and np.isnan(lai[:, -1]).all()
            assert np.isfinite(lai[1:, :-1]).mean() > 0.95
        else:       # a 20 m pixel holding any stack pixel with data keeps its value
            assert np.isfinite(lai[0, :-1]).all() and np.isfinite(lai[:, -1]).mean() > 0.9   # 100 px wide: col 49
    assert lt.data_window_of("3,4,0,2") is None and lt.data_window_of("x") is None and lt.data_window_of(None) is None


def test_an_all_nan_latent_is_refused_by_decode(env, tmp_path):
    """A latent without a single value decoded to empty maps, exit 0."""
    import shutil

    from eolatent.core.engine.input_checks import NoValidPixelError

    empty = str(tmp_path / "empty_latent.tif")
    shutil.copyfile(env["lat"], empty)
    with rasterio.open(empty, "r+") as ds:
        ds.write(np.full((ds.count, ds.height, ds.width), np.nan, np.float32))
    out = tmp_path / "lai.tif"
    with pytest.raises(NoValidPixelError, match="no valid pixel in .*empty_latent.tif"):
        run_decode(empty, {"LAI": str(out)}, dates="2015-07-20", decoder=env["dec"], **CPU)
    assert not out.exists() and not list(tmp_path.glob(".lai.tif*"))


def test_units_of_dated_outputs_are_ascii_whatever_the_card_writes():
    """The shipped decoders' cards say "m²/m²", the biophysical rasters "m2/m2": both outputs say "m2/m2"."""
    from eolatent.core.inputs.dated_rasters import ascii_units, dated_spec

    assert ascii_units("m²/m²") == "m2/m2" and ascii_units("µg/cm²") == "ug/cm2" and ascii_units("m³/m³") == "m3/m3"
    assert ascii_units("m2/m2") == "m2/m2" and ascii_units("") == ""
    # the decoders' "fraction 0-1" and the biophysical "1" are one unit: FCOVER read "[1]" and "[fraction 0-1]"
    assert ascii_units("fraction 0-1") == "1" and ascii_units("1") == "1"
    spec = dated_spec("x.tif", ["2020-07-01"], "LAI", "LAI", "m²/m²", {})
    assert spec.descriptions == ["2020-07-01 LAI [m2/m2]"] and spec.band_tags[0]["UNITS"] == "m2/m2"


def test_decoded_sigma_is_capped_at_the_range(env, tmp_path):
    """The decoder's 1σ, uncalibrated on real data, reached LAI ± 16.6: a 1σ above that of knowing only the valid
    range, (hi − lo)/√12, is capped there and the log counts it. A decoder whose SM range is 0–1 (cap 0.289): its
    σ of 0.13–0.37 is the network's below the cap and the cap above it."""
    from feedback_fixtures import Recording

    narrow = F.make_decoder(tmp_path / "decoder_narrow.onnx", variables=(
        ("LAI", "m2/m2", [0.0, 8.0]), ("FCOVER", "1", [0.0, 1.0]), ("SM", "m3/m3", [0.0, 1.0])))
    outs = {"SM_STD": str(tmp_path / "narrow.tif")}
    log = Recording()
    run_decode(env["lat"], outs, dates="2015-07-16", decoder=narrow, feedback=log, **CPU)
    run_decode(env["lat"], {"SM_STD": str(tmp_path / "wide.tif")}, dates="2015-07-16", decoder=env["dec"], **CPU)
    with rasterio.open(tmp_path / "narrow.tif") as a, rasterio.open(tmp_path / "wide.tif") as b:
        capped, raw = a.read(1), b.read(1)
    cap = 1.0 / np.sqrt(12.0)
    ok = np.isfinite(raw)
    np.testing.assert_allclose(capped[ok], np.minimum(raw[ok], cap), atol=1e-6)
    assert (raw[ok] > cap).any() and (raw[ok] < cap).any()
    line = [m for m in log.messages if m.startswith("1-sigma capped")]
    assert line and f"SM {cap:.3g} on {int((raw[ok] > cap + 1e-6).sum())}" in line[0]


def test_decode_is_the_blend_of_the_windows_around_the_date(env, tmp_path):
    """07-18 lies after its window's centre (07-16), 08-22 before its own (08-25): each is the blend of that window and
    its neighbour on the date's side, each decoded at its own dt (the containing window alone made a daily series
    jump at window boundaries). radar_only_optical: the rule for every variable (07-18's neighbour, window 1, holds S1
    only; by default its optical variables are filled from the windows with S2: tests/test_decode_optical_gaps.py)."""
    res, data = _decode(env, tmp_path, dates="2015-07-18, 2015-08-22", radar_only_optical=True)
    assert res.dates == ["2015-07-18", "2015-08-22"]
    descr, btags, tags, transform, shape = data["LAI_ds"]
    assert shape == (101, 100) and transform.almost_equals(env["grid"].transform)
    assert descr == ("2015-07-18 LAI [m2/m2]", "2015-08-22 LAI [m2/m2]")
    assert btags[0]["DATE"] == "2015-07-18" and btags[0]["VARIABLE"] == "LAI" and btags[0]["UNITS"] == "m2/m2"
    assert tags["EOLATENT_DATES"] == "2015-07-18,2015-08-22" and "test4" in tags["EOLATENT_ENCODER"]
    assert data["SM_STD_ds"][0][0] == "2015-07-18 SM 1-sigma [m3/m3]"
    pos = grid_positions(P)
    for (r, c) in ((3, 4), (0, 0), (25, 7)):
        for j, day in enumerate((d("2015-07-18"), d("2015-08-22"))):
            mean, std = ref_at(env, "lat", r, c, day, pos)
            block = data["LAI"][j, r * P:r * P + P, c * P:c * P + P]
            np.testing.assert_allclose(block, mean[:, 0].reshape(P, P)[:block.shape[0]], atol=1e-5)
            sblock = data["SM_STD"][j, r * P:r * P + P, c * P:c * P + P]
            np.testing.assert_allclose(sblock, std[:, 2].reshape(P, P)[:sblock.shape[0]], atol=1e-5)


def test_decode_between_windows_is_linear_blend(env, tmp_path):
    # S2-only latent: windows 07-11/07-20 and 07-31/08-09 around the empty 07-21/07-30
    _, data = _decode(env, tmp_path, lat_key="lat_s2", dates=["2015-07-25"])
    pos = grid_positions(P)
    ca, cb = d("2015-07-16"), d("2015-08-05")
    wb = (dt.datetime(2015, 7, 25, 12) - dt.datetime(2015, 7, 16)).total_seconds() / 86400 / 20.0
    for (r, c) in ((4, 4), (10, 20)):
        ma, sa = ref_decode(env, latent_at(env["lat_s2"], 0, r, c)[0], d("2015-07-25"), ca, pos)
        mb, sb = ref_decode(env, latent_at(env["lat_s2"], 1, r, c)[0], d("2015-07-25"), cb, pos)
        blend = (1 - wb) * ma + wb * mb
        np.testing.assert_allclose(data["LAI"][0, r * P:r * P + P, c * P:c * P + P], blend[:, 0].reshape(P, P),
                                   atol=1e-5)
        np.testing.assert_allclose(data["SM_STD"][0, r * P:r * P + P, c * P:c * P + P],
                                   ((1 - wb) * sa + wb * sb)[:, 2].reshape(P, P), atol=1e-5)
        assert not np.allclose(blend, ma, atol=1e-3)  # the blend is not just one neighbour


def test_cloudy_chunk_filled_from_neighbours_or_nan(env, tmp_path):
    pos = grid_positions(P)
    day = d("2015-08-05")  # inside window 07-31/08-09, where chunk (2, 3) has no valid observation
    _, data = _decode(env, tmp_path, lat_key="lat_s2", dates=[day])
    ca, cb = d("2015-07-16"), d("2015-08-25")
    wb = (dt.datetime(2015, 8, 5, 12) - dt.datetime(2015, 7, 16)).total_seconds() / 86400 / 40.0
    ma, sa = ref_decode(env, latent_at(env["lat_s2"], 0, 2, 3)[0], day, ca, pos)
    mb, sb = ref_decode(env, latent_at(env["lat_s2"], 2, 2, 3)[0], day, cb, pos)
    np.testing.assert_allclose(data["LAI"][0, 8:12, 12:16], ((1 - wb) * ma + wb * mb)[:, 0].reshape(P, P), atol=1e-5)
    # both neighbours are held (20.5 and 19.5 days from their centres): the LAI σ grows by 0.024 m⁴/m⁴ per day
    # beyond 15 days (core.decode.hold), the SM σ (no drift measured) is the decoder's
    ga, gb = np.sqrt(sa[:, 0] ** 2 + 0.024 * 5.5), np.sqrt(sb[:, 0] ** 2 + 0.024 * 4.5)
    np.testing.assert_allclose(data["LAI_STD"][0, 8:12, 12:16], ((1 - wb) * ga + wb * gb).reshape(P, P), atol=1e-5)
    np.testing.assert_allclose(data["SM_STD"][0, 8:12, 12:16], ((1 - wb) * sa + wb * sb)[:, 2].reshape(P, P),
                               atol=1e-5)
    m_in, _ = ref_at(env, "lat_s2", 2, 2, day, pos)          # a clear neighbour: its own windows around the date
    np.testing.assert_allclose(data["LAI"][0, 8:12, 8:12], m_in[:, 0].reshape(P, P), atol=1e-5)
    sub = tmp_path / "nofill"
    sub.mkdir()
    _, nofill = _decode(env, sub, lat_key="lat_s2", dates=[day], gap_fill=False)
    assert np.isnan(nofill["LAI"][0, 8:12, 12:16]).all() and np.isnan(nofill["SM_STD"][0, 8:12, 12:16]).all()
    assert np.isfinite(nofill["LAI"][0, 8:12, 8:12]).all()


def test_dates_left_empty_without_gap_filling_are_warned(env, tmp_path):
    """--no-fill-gaps left dates wholly empty without a word (40 of 70 daily dates on the Slovenia tile)."""
    import shutil

    from feedback_fixtures import Recording

    lat = str(tmp_path / "cloudy_window.tif")
    shutil.copyfile(env["lat_s2"], lat)
    with lt.open_latent(lat) as lr:
        bands = lr.bands(1, "mean") + lr.bands(1, "logvar")
        centre = lr.windows[1].centre.date().isoformat()
    with rasterio.open(lat, "r+") as ds:           # window 1 cloudy everywhere
        for b in bands:
            ds.write(np.full((ds.height, ds.width), np.nan, np.float32), b)
    log = Recording()
    run_decode(lat, {"LAI": str(tmp_path / "lai.tif")}, dates=["2015-07-16", centre], decoder=env["dec"],
               gap_fill=False, feedback=log, **CPU)
    warned = [w for w in log.warnings if "have no value anywhere" in w]
    assert warned and warned[0].startswith(f"1 of the 2 date(s) have no value anywhere ({centre})")
    assert "gap filling (the default) decodes them" in warned[0]
    log = Recording()
    run_decode(lat, {"LAI": str(tmp_path / "lai2.tif")}, dates=["2015-07-16", centre], decoder=env["dec"],
               feedback=log, **CPU)
    assert not [w for w in log.warnings if "have no value anywhere" in w]      # filled from windows 0 and 2
    # every date asked in the gap: refused, and the message says why (it said the latent held nothing valid)
    from eolatent.core.decode.raster import NoValidPixel

    with pytest.raises(NoValidPixel, match=r"no value at the dates asked in .*cloudy_window.tif: gap filling is off "
                                           r"and each date lies between windows without an observation .*; turn gap "
                                           r"filling back on — FILL_GAPS, the default —") as caught:
        run_decode(lat, {"LAI": str(tmp_path / "lai3.tif")}, dates=[centre], decoder=env["dec"], gap_fill=False,
                   feedback=Recording(), **CPU)
    assert not os.path.exists(tmp_path / "lai3.tif") and "nodata value" not in str(caught.value)
    from eolatent.cli import cli_words, command_flags          # on the command line: the switch to leave out

    assert "turn gap filling back on — FILL_GAPS (without --no-fill-gaps), the default — or" in cli_words(
        str(caught.value), command_flags("decode"))


def test_far_dates_are_held_at_the_trained_range():
    """held_dt: within ±15 days unchanged; beyond, dt = ±15 and the day of year moved with it, across the new year."""
    from eolatent.core.decode.raster import MAX_DT_DAYS, held_dt

    assert MAX_DT_DAYS == 15.0
    assert held_dt(-15.0, 200.0) == (-15.0, 200.0) and held_dt(7.5, 3.0) == (7.5, 3.0)
    assert held_dt(20.5, 217.5) == (15.0, 212.0)
    assert held_dt(-40.0, 100.0) == (-15.0, 125.0)
    dt_, day = held_dt(30.0, 10.0)          # 30 days after a window centred on 11 December: held at 26 December
    assert dt_ == 15.0 and day == pytest.approx(360.25)


def test_held_std_grows_with_the_measured_drift():
    """σ_held² = σ² + q·(|dt| − 15) per variable; q from core.decode.hold (LAI, FCOVER), none for the others."""
    from eolatent.core.decode.hold import held_std, hold_rates

    rates = hold_rates(["LAI", "fcover", "SM"])
    np.testing.assert_allclose(rates, [0.024, 0.00094, 0.0])
    std = np.array([[0.3, 0.02, 0.05]], np.float32)
    np.testing.assert_allclose(held_std(std, rates, -25.0), [[np.sqrt(0.09 + 0.24), np.sqrt(0.0004 + 0.0094), 0.05]],
                               rtol=1e-6)
    assert held_std(std, rates, 15.0) is std and held_std(std, rates, -3.0) is std
    assert held_std(std, rates, 40.0).dtype == np.float32


def test_held_chunks_are_logged(env, tmp_path):
    """Gap filling across the cloudy chunk (2, 3) decodes its neighbours 20 days away: held, and the log says so."""
    messages = []

    class Log(Feedback):
        def info(self, m):
            messages.append(m)

    run_decode(env["lat_s2"], {"LAI": str(tmp_path / "lai.tif")}, dates=["2015-08-05"], decoder=env["dec"],
               feedback=Log(), **CPU)
    held = [m for m in messages if "decoded at ±15 days" in m]
    assert len(held) == 1 and held[0].startswith("1 chunk-date(s)")     # the cloudy chunk alone: its nearest is 19.5 d
    assert "the 1-sigma of LAI, FCOVER grows with the distance" in held[0]     # the decoder's variables with a drift
    messages.clear()
    run_decode(env["lat_s2"], {"LAI": str(tmp_path / "lai2.tif")}, dates=["2015-08-04"], decoder=env["dec"],
               gap_fill=False, feedback=Log(), **CPU)
    assert not [m for m in messages if "decoded at ±15 days" in m]


def _chunk_selections(path, days):
    """Per date of ``days``, the (ka, kb) chunk selection decode makes (gap filling on), its time and the windows'
    centres; the latent's (h, w) and quality bands."""
    from eolatent.core.decode.dates import chunk_selection, plan_date

    with lt.open_latent(path) as lat:
        means, qual = lat.read_means(), lat.read_quality()
        valid = np.isfinite(means).all(axis=1).reshape(len(lat.windows), -1)
        t_ref = lat.windows[0].centre
        centres = [lt.days_between(t_ref, w.centre) for w in lat.windows]
        out = []
        for day in days:
            kind, k = plan_date(lat, d(day))
            t = lt.days_between(t_ref, lt.noon(d(day)))
            ka, wa, kb, wb = chunk_selection(kind, k, valid, centres, t, True)
            out.append((ka, kb, t, centres, wa, wb))
    return out, means.shape[-2:], qual


def test_quality_output_says_how_each_value_was_made(env, tmp_path):
    """OUTPUT_QUALITY (the gaps audit: gap filling and holding were told only by a count in the log): per date and
    pixel, 1 gap-filled across a window without an observation there, 2 held beyond 15 days, 4 no data; where the
    windows around the date hold observations, 0. The flags follow the selection (checked against it chunk by
    chunk) and the no-data pixels of the variables."""
    from eolatent.core.decode.dates import far_from_windows, selection_flags

    days = ["2015-07-11", "2015-08-05", "2015-08-31"]
    out = {"LAI": str(tmp_path / "lai.tif"), "QUALITY": str(tmp_path / "q.tif")}
    run_decode(env["lat_s2"], out, dates=days, decoder=env["dec"], **CPU)
    with rasterio.open(out["QUALITY"]) as q, rasterio.open(out["LAI"]) as l:
        flags, lai = q.read(), l.read()
        assert q.dtypes[0] == "uint8" and q.tags()["FLAG_MEANINGS"].startswith("1=gap-filled")
        assert q.descriptions[1] == "2015-08-05 quality flags"
    assert ((flags == 4) == np.isnan(lai)).all()
    selections, (h, w), _ = _chunk_selections(env["lat_s2"], days)
    for j, (ka, kb, t, centres, _, _) in enumerate(selections):
        want = selection_flags(ka, kb, centres, t).reshape(h, w) | 16     # an S2-only latent: no S1 anywhere
        got = flags[j, ::P, ::P][:h, :w]
        ok = ~np.isnan(lai[j, ::P, ::P][:h, :w])
        np.testing.assert_array_equal(got[ok], want[ok])
        assert (want[far_from_windows(ka, kb, centres, t).reshape(h, w)] & 2).all()
    assert (flags[1] & 1).any() and (flags[1] & 2).any() and (flags[0] == 16).any()  # the cloudy chunk is filled


def test_quality_output_names_the_sensors_missing_behind_a_value(env, tmp_path):
    """A fine4 latent of S2 + S1 records, per window and chunk, the dates of each sensor behind it (its quality
    bands); decode flags 8 where none of the windows used held an S2 observation there (the optical variables are
    the decoder's guess from radar) and 16 where none held an S1 one (soil moisture guessed from optical), and the
    log gives their shares (the gaps audit: SM decoded from S2-only windows was not flagged)."""
    from feedback_fixtures import Recording

    from eolatent.core.decode.dates import modality_flags

    days = ["2015-07-13", "2015-07-25", "2015-08-25"]      # window 0 (S2 + S1), 1 (S1 only), 3–4 (S2 only)
    out = {"LAI": str(tmp_path / "lai.tif"), "QUALITY": str(tmp_path / "q.tif")}
    log = Recording()
    # the sensor flags as they are where nothing is refilled (the optical fill drops 8 where it refills: its own
    # tests in test_decode_optical_gaps.py)
    run_decode(env["lat"], out, dates=days, decoder=env["dec"], feedback=log, radar_only_optical=True, **CPU)
    with rasterio.open(out["QUALITY"]) as q, rasterio.open(out["LAI"]) as l:
        flags, lai = q.read(), l.read()
        assert "8=less than half the value from windows with a Sentinel-2 observation" in q.tags()["FLAG_MEANINGS"]
    selections, (h, w), qual = _chunk_selections(env["lat"], days)
    for j, (ka, kb, _, _, wa, wb) in enumerate(selections):
        want = modality_flags(ka, kb, qual.reshape(qual.shape[0], -1), wa, wb).reshape(h, w)
        got = flags[j, ::P, ::P][:h, :w]
        ok = ~np.isnan(lai[j, ::P, ::P][:h, :w])
        np.testing.assert_array_equal(got[ok] & 24, want[ok])
    # at the plain chunk (5, 7): 07-13 and 07-25 blend window 1 (S1 only) with an S2 + S1 neighbour (0 or 2): 07-13
    # mostly from the neighbour, no flag; 07-25 mostly from window 1, flag 8 (it was 0 while any window with S2 was
    # enough); 08-25 blends windows 3 and 4 (S2 only): flag 16
    assert [int(flags[j, 5 * P, 7 * P]) & 24 for j in range(3)] == [0, 8, 16]
    line = next(m for m in log.warnings if m.startswith("of the decoded chunk-dates"))
    assert "rest mostly on windows without a Sentinel-2 observation there" in line and "quality flag 8" in line
    # modality_flags by hand: two windows, three chunks
    q2 = np.array([[1, 100, 0], [0, 0, 201]], np.float32)
    assert modality_flags(np.array([0, 0, 1]), np.array([-1, 1, -1]), q2).tolist() == [16, 8, 0]
    assert modality_flags(np.array([-1, 0, 0]), np.array([-1, -1, 1]), q2).tolist() == [0, 8, 0]
    # weighted (the audit: a date blended 87 % from a radar-only window was flagged 0): chunk 2 blends window 0
    # (S1 only there: 100) and window 1 (S2 + S1: 201); S2's share is the weight of window 1
    ka, kb = np.array([0, 0, 0]), np.array([1, 1, 1])
    q3 = np.array([[100, 100, 100], [201, 201, 201]], np.float32)
    assert modality_flags(ka, kb, q3, np.array([0.87, 0.5, 0.2]), np.array([0.13, 0.5, 0.8])).tolist() == [8, 0, 0]
    assert modality_flags(ka, kb, q3).tolist() == [0, 0, 0]                        # unweighted: any window
    with pytest.raises(ValueError, match="the quality output describes decoded variables"):
        run_decode(env["lat_s2"], {"QUALITY": str(tmp_path / "q2.tif")}, dates=days, decoder=env["dec"], **CPU)


def test_quality_output_in_processing_and_on_the_command_line(eolatent_provider, env, tmp_path, capsys):
    """OUTPUT_QUALITY in the dialog (paletted, its flags named) and --output-quality: the same flags as the core."""
    from qgis import processing

    from eolatent.cli import main

    _register(eolatent_provider)
    ref = {"LAI": str(tmp_path / "ref.tif"), "QUALITY": str(tmp_path / "ref_q.tif")}
    run_decode(env["lat_s2"], ref, dates=["2015-08-05"], decoder=env["dec"], **CPU)
    res = processing.run("eolatent:decode", dict(INPUT=env["lat_s2"], DATES="2015-08-05", DECODER_FILE=env["dec"],
                                                 OUTPUT_LAI=str(tmp_path / "l.tif"),
                                                 OUTPUT_QUALITY=str(tmp_path / "q.tif"), EXECUTION_PROVIDER=2))
    style = open(str(tmp_path / "q.qml"), encoding="utf-8").read()
    assert "paletted" in style and "gap-filled + held" in style and "decoded from the nearest windows" in style
    rc = main(["decode", "--input", env["lat_s2"], "--dates", "2015-08-05", "--decoder-file", env["dec"],
               "--output-lai", str(tmp_path / "c.tif"), "--output-quality", str(tmp_path / "cq.tif"),
               "--provider", "cpu"])
    assert rc == 0, capsys.readouterr().err
    with rasterio.open(ref["QUALITY"]) as a, rasterio.open(res["OUTPUT_QUALITY"]) as b, \
            rasterio.open(str(tmp_path / "cq.tif")) as c:
        np.testing.assert_array_equal(a.read(), b.read())
        np.testing.assert_array_equal(a.read(), c.read())


def test_coarse_resolution_is_decoder_at_pixel_centre(env, tmp_path):
    res_m = P * abs(env["grid"].transform.a)
    _, data = _decode(env, tmp_path, dates=["2015-08-31"], resolution=round(res_m))
    assert data["LAI_ds"][4] == (26, 25)
    for (r, c) in ((0, 0), (7, 11), (25, 24)):
        mean, _ = ref_at(env, "lat", r, c, d("2015-08-31"), np.array([[0.5, 0.5]]))
        assert data["LAI"][0, r, c] == pytest.approx(mean[0, 0], abs=1e-5)
    # 20 m: 2 × 2 pixels per chunk, the decoder at the 2 × 2 sub-pixel centres
    sub = tmp_path / "r20"
    sub.mkdir()
    _, d20 = _decode(env, sub, dates=["2015-08-31"], resolution=20)
    assert d20["LAI_ds"][4] == (51, 50)
    mean, _ = ref_at(env, "lat", 7, 11, d("2015-08-31"), grid_positions(2))
    np.testing.assert_allclose(d20["LAI"][0, 14:16, 22:24], mean[:, 0].reshape(2, 2), atol=1e-5)


def test_resolution_not_dividing_the_chunk_refused(env, tmp_path):
    with pytest.raises(ValueError, match="choose one of 9.995, 19.99, 39.98"):
        run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, dates=["2015-08-31"], resolution=30,
                   decoder=env["dec"], **CPU)
    assert not (tmp_path / "lai.tif").exists()


def test_decoder_of_another_encoder_refused_naming_both(env, tmp_path):
    other = F.make_decoder(tmp_path / "decoder_other.onnx", encoder_suffix="other")
    with pytest.raises(ValueError, match=r"eolatent\.encoder\.other.*eolatent\.encoder\.test4"):
        run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, dates=["2015-08-31"], decoder=other, **CPU)
    assert not (tmp_path / "lai.tif").exists()


def test_decoder_of_another_encoder_version_refused(env, tmp_path):
    """The latent raster was written by test4 0.0.1: a decoder trained with test4 0.0.2 (a retrained encoder puts other
    numbers in the same bands) is refused naming both versions; one declaring 0.0.1, or no version, decodes it."""
    newer = F.make_decoder(tmp_path / "decoder_newer.onnx", encoder_version="0.0.2")
    with pytest.raises(ValueError, match=r"test4 0\.0\.2.*test4 0\.0\.1.*encode the input again"):
        run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, dates=["2015-08-31"], decoder=newer, **CPU)
    assert not (tmp_path / "lai.tif").exists()
    same = F.make_decoder(tmp_path / "decoder_same.onnx", encoder_version="0.0.1")
    run_decode(env["lat"], {"LAI": str(tmp_path / "a.tif")}, dates=["2015-08-31"], decoder=same, **CPU)
    run_decode(env["lat"], {"LAI": str(tmp_path / "b.tif")}, dates=["2015-08-31"], decoder=env["dec"], **CPU)
    import rasterio

    with rasterio.open(tmp_path / "a.tif") as a, rasterio.open(tmp_path / "b.tif") as b:
        np.testing.assert_array_equal(a.read(), b.read())


def test_dates_outside_period_refused(env, tmp_path):
    for bad in (["2015-07-10"], ["2015-08-01", "2015-09-19"]):
        with pytest.raises(ValueError, match="outside the encoded period 2015-07-11 … 2015-09-18"):
            run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, dates=bad, decoder=env["dec"], **CPU)
    with pytest.raises(ValueError, match="unknown output CAB"):
        run_decode(env["lat"], {"CAB": str(tmp_path / "cab.tif")}, dates=["2015-08-01"], decoder=env["dec"], **CPU)
    assert not os.listdir(tmp_path)


def test_a_start_end_series_is_cut_to_the_period(env, tmp_path):
    """A series 07-01 … 09-30 on a latent of 07-11 … 09-18 was refused; it is cut to the period and the log says so.
    A series wholly outside is refused, without the note."""
    from feedback_fixtures import Recording

    log = Recording()
    res = run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, start="2015-07-01", end="2015-09-30",
                     step_days=7, decoder=env["dec"], feedback=log, **CPU)
    assert res.dates[0] == "2015-07-15" and res.dates[-1] == "2015-09-16" and len(res.dates) == 10
    assert any(m.startswith("4 date(s) of the series 2015-07-01 … 2015-09-30 lie outside") for m in log.messages)
    log = Recording()
    with pytest.raises(ValueError, match="the series 2015-10-01 … 2015-10-29 lies outside the encoded period"):
        run_decode(env["lat"], {"LAI": str(tmp_path / "x.tif")}, start="2015-10-01", end="2015-10-31", step_days=7,
                   decoder=env["dec"], feedback=log, **CPU)
    assert not [m for m in log.messages if "left out" in m] and not (tmp_path / "x.tif").exists()


def test_weekly_series_default_period(env, tmp_path):
    res = run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, dates=("2015-07-11", "2015-09-18", 7),
                     decoder=env["dec"], **CPU)
    assert res.dates[0] == "2015-07-11" and res.dates[-1] == "2015-09-12" and len(res.dates) == 10
    res = run_decode(env["lat"], {"LAI": str(tmp_path / "lai2.tif")}, step_days=14, decoder=env["dec"], **CPU)
    assert res.dates == ["2015-07-11", "2015-07-25", "2015-08-08", "2015-08-22", "2015-09-05"]


class _CancelAfter(Feedback):
    def __init__(self, n):
        self.n, self.calls = n, 0

    def progress(self, percent):
        self.calls += 1

    def is_canceled(self):
        return self.calls >= self.n


def test_cancel_leaves_no_output(env, tmp_path):
    out = tmp_path / "lat.tif"
    with pytest.raises(Cancelled):
        run_encode(str(out), env["s2"], env["s1"], preset=env["enc"], tile_size=8, feedback=_CancelAfter(3), **CPU)
    with pytest.raises(Cancelled):
        run_decode(env["lat"], {"LAI": str(tmp_path / "lai.tif")}, dates=["2015-08-01"], decoder=env["dec"],
                   tile_size=16, feedback=_CancelAfter(3), **CPU)
    assert os.listdir(tmp_path) == []


# ------------------------------------------------------------------------------------------ Processing
def _register(provider):
    from eolatent.processing_provider.decode_algorithm import DecodeAlgorithm
    from eolatent.processing_provider.encode_algorithm import EncodeAlgorithm

    for alg in (EncodeAlgorithm(), DecodeAlgorithm()):
        if provider.algorithm(alg.name()) is None:
            provider.addAlgorithm(alg)


def test_blank_output_cells_of_the_batch_dialog_load_nothing(eolatent_provider, env, tmp_path):
    """The Batch dialog sends each blank output cell as an empty QgsProcessingOutputLayerDefinition bound to the
    project: decode asked for a layer with no path to load, and every successful row ended in red with "The
    following layers were not correctly generated. •" (the latent-algorithms audit)."""
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition,
                           QgsProject)

    _register(eolatent_provider)
    alg = eolatent_provider.algorithm("decode").create()
    lai = str(tmp_path / "lai.tif")
    params = dict(INPUT=env["lat"], DATES="2015-07-18", DECODER_FILE=env["dec"], EXECUTION_PROVIDER=2, THREADS=1,
                  OUTPUT_LAI=QgsProcessingOutputLayerDefinition(lai, QgsProject.instance()))
    for key in ("OUTPUT_FCOVER", "OUTPUT_SM", "OUTPUT_LAI_STD", "OUTPUT_QUALITY"):
        params[key] = QgsProcessingOutputLayerDefinition("", QgsProject.instance())
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    results, ok = alg.run(params, context, feedback)
    assert ok and results["OUTPUT_LAI"] == lai and not results.get("OUTPUT_SM")
    assert list(context.layersToLoadOnCompletion()) == [lai]
    assert sorted(os.listdir(tmp_path)) == ["lai.qml", "lai.tif", "lai_dates"]     # nothing of the blank ones


def test_algorithms_through_processing(eolatent_provider, env, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    _register(eolatent_provider)
    lat = str(tmp_path / "latent.tif")
    res = processing.run("eolatent:encode", dict(S2_STACK=env["s2"], S1_STACK=env["s1"], MODEL_FILE=env["enc"],
                                                 OUTPUT=lat, EXECUTION_PROVIDER=2, THREADS=1))
    assert res["EXECUTION_PROVIDER_USED"] == "cpu" and res["WINDOWS"].startswith("2015-07-11/2015-07-20")
    with rasterio.open(lat) as a, rasterio.open(env["lat"]) as b:   # tile 512 against 24: other batches
        assert_same_pixels(a.read(), b.read())
    outs = {k: str(tmp_path / f"{k.lower()}.tif") for k in ("LAI", "FCOVER", "SM", "LAI_STD")}
    res = processing.run("eolatent:decode", dict(INPUT=lat, DATES="2015-07-18,2015-07-25", DECODER_FILE=env["dec"],
                                                 EXECUTION_PROVIDER=2, THREADS=1,
                                                 **{f"OUTPUT_{k}": v for k, v in outs.items()}))
    assert res["DATES_DECODED"] == "2015-07-18,2015-07-25"
    ref = run_decode(env["lat"], {"LAI": str(tmp_path / "ref.tif")}, dates=["2015-07-18", "2015-07-25"],
                     decoder=env["dec"], **CPU)
    with rasterio.open(outs["LAI"]) as a, rasterio.open(ref.outputs["LAI"]) as b:   # lat: within ulps of env's
        assert_same_pixels(a.read(), b.read())
        assert a.descriptions[1].startswith("2015-07-25 LAI")
    assert os.path.exists(outs["LAI"].replace(".tif", ".qml"))
    std_style = open(outs["LAI_STD"].replace(".tif", ".qml"), encoding="utf-8").read()
    assert "singlebandpseudocolor" in std_style and "(1σ)" in std_style      # the 1σ ramp, not grey (the review)
    # QGIS < 3.38: one VRT layer per date beside each output, pointing to its band
    vrts = sorted(glob.glob(outs["LAI"].replace(".tif", "_dates/*.vrt")))
    assert [os.path.basename(v) for v in vrts] == ["lai_2015-07-18.vrt", "lai_2015-07-25.vrt"]
    with rasterio.open(vrts[1]) as v, rasterio.open(outs["LAI"]) as a:
        np.testing.assert_array_equal(v.read(1), a.read(2))
    # series parameters
    res = processing.run("eolatent:decode", dict(INPUT=lat, START_DATE="2015-08-01", END_DATE="2015-08-20",
                                                 STEP_DAYS=10, DECODER_FILE=env["dec"], RESOLUTION=40,
                                                 OUTPUT_LAI=str(tmp_path / "s.tif"), OUTPUT_FCOVER=None,
                                                 OUTPUT_SM=None))
    assert res["DATES_DECODED"] == "2015-08-01,2015-08-11"
    with rasterio.open(res["OUTPUT_LAI"]) as ds:
        assert ds.shape == (26, 25)
    other = F.make_decoder(tmp_path / "decoder_other.onnx", encoder_suffix="other")
    with pytest.raises(QgsProcessingException, match="eolatent.encoder.other.*eolatent.encoder.test4"):
        processing.run("eolatent:decode", dict(INPUT=lat, DATES="2015-07-18", DECODER_FILE=other,
                                               OUTPUT_LAI=str(tmp_path / "x.tif")))
    with pytest.raises(QgsProcessingException, match="No input stack"):
        processing.run("eolatent:encode", dict(MODEL_FILE=env["enc"], OUTPUT=str(tmp_path / "y.tif")))
    # a latent without Sentinel-1: soil moisture (the optical guess) is not made as a default temporary layer, only
    # when the user names a file for it
    from feedback_fixtures import keeping_processing_feedback

    fb = keeping_processing_feedback()
    messages = []
    fb.pushInfo = messages.append
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject

    as_the_dialog = {f"OUTPUT_{k}": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
                     for k in ("LAI", "FCOVER", "SM")}    # its default outputs: temporary layers opened after the run
    from qgis.core import QgsProcessingContext

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    res = processing.run("eolatent:decode", dict(INPUT=env["lat_s2"], DATES="2015-07-18", DECODER_FILE=env["dec"],
                                                 **as_the_dialog), feedback=fb, context=ctx)
    assert "OUTPUT_SM" not in res and os.path.exists(res["OUTPUT_LAI"]) and os.path.exists(res["OUTPUT_FCOVER"])
    # ... nor left in the layers to load (QGIS ended the dialog's run with "… were not correctly generated")
    assert sorted(d.outputName for d in ctx.layersToLoadOnCompletion().values()) == ["OUTPUT_FCOVER", "OUTPUT_LAI"]
    assert any("Soil moisture is not decoded: the latent holds no Sentinel-1 (its inputs: S2)" in m for m in messages), messages
    dates_fb = keeping_processing_feedback()
    res = processing.run("eolatent:decode", dict(INPUT=env["lat_s2"], DATES="2015-07-18", START_DATE="2015-07-15",
                                                 DECODER_FILE=env["dec"], OUTPUT_SM=str(tmp_path / "sm_optical.tif")),
                         feedback=dates_fb)
    assert "START_DATE / END_DATE are not used: DATES is given and names the dates to decode; leave DATES empty for " \
           "a regular series" in dates_fb.warnings and res["DATES_DECODED"] == "2015-07-18"
    assert res["OUTPUT_SM"] == str(tmp_path / "sm_optical.tif") and os.path.exists(res["OUTPUT_SM"])
    # a model's child gets plain TEMPORARY_OUTPUT (a model output left temporary), as a script does: it was asked for
    # and is made (the chain audit: dropped, the model's next child failed with "invalid value")
    res = processing.run("eolatent:decode", dict(INPUT=env["lat_s2"], DATES="2015-07-18", DECODER_FILE=env["dec"],
                                                 OUTPUT_LAI="TEMPORARY_OUTPUT", OUTPUT_SM="TEMPORARY_OUTPUT"))
    assert os.path.exists(res["OUTPUT_SM"]) and os.path.exists(res["OUTPUT_LAI"])
    # a real model, run with the values its dialog gives (temporary layers opened after the run): soil moisture, a
    # model output and read by the next step, is made (the review: the step's check saw the dialog's own value)
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelOutput)
    from qgis.core import QgsProcessingModelChildParameterSource as Src

    model = QgsProcessingModelAlgorithm("m", "g")
    child = QgsProcessingModelChildAlgorithm("eolatent:decode")
    child.setChildId("decode")
    for name, value in (("INPUT", env["lat_s2"]), ("DATES", "2015-07-18"), ("DECODER_FILE", env["dec"])):
        child.addParameterSources(name, [Src.fromStaticValue(value)])
    outs = {}
    for key in ("OUTPUT_LAI", "OUTPUT_SM"):
        o = QgsProcessingModelOutput(key.lower())
        o.setChildOutputName(key)
        o.setChildId("decode")
        outs[key.lower()] = o
    child.setModelOutputs(outs)
    model.addChildAlgorithm(child)
    stats = QgsProcessingModelChildAlgorithm("native:rasterlayerstatistics")
    stats.setChildId("stats")
    stats.addParameterSources("INPUT", [Src.fromChildOutput("decode", "OUTPUT_SM")])
    stats.addParameterSources("BAND", [Src.fromStaticValue(1)])
    model.addChildAlgorithm(stats)
    model.updateDestinationParameters()
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    params = {f"decode:{k}": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
              for k in ("output_lai", "output_sm")}
    out, ok = model.run(params, ctx, QgsProcessingFeedback())
    assert ok and os.path.exists(out["decode:output_sm"]) and 0 < out["CHILD_RESULTS"]["stats"]["MEAN"] < 1
    # the mirror case: a latent without Sentinel-2 gives its soil moisture; LAI and FCOVER (the radar guess) only
    # when named, and the engine warns whenever they are made (the metadata audit)
    lat_s1 = str(tmp_path / "latent_s1.tif")
    run_encode(lat_s1, s1_path=env["s1"], preset=env["enc"], **CPU)
    messages.clear()
    res = processing.run("eolatent:decode", dict(INPUT=lat_s1, DATES="2015-07-18", DECODER_FILE=env["dec"],
                                                 **as_the_dialog), feedback=fb)
    assert "OUTPUT_LAI" not in res and "OUTPUT_FCOVER" not in res and os.path.exists(res["OUTPUT_SM"])
    assert any("LAI, FCOVER not decoded: the latent holds no Sentinel-2 (its inputs: S1)" in m for m in messages), messages
    from feedback_fixtures import Recording

    log = Recording()
    run_decode(lat_s1, {"LAI": str(tmp_path / "lai_radar.tif")}, dates=["2015-07-18"], decoder=env["dec"],
               feedback=log, **CPU)
    assert any("holds no Sentinel-2 (modalities: S1): its decoded variables (LAI) are the decoder's guess" in w
               for w in log.warnings), log.warnings


def test_algorithm_parameters_and_help(eolatent_provider):
    _register(eolatent_provider)
    enc = eolatent_provider.algorithm("encode")
    names = [p.name() for p in enc.parameterDefinitions()]
    for required in ("S2_STACK", "S1_STACK", "MODEL", "START_DATE", "END_DATE", "OUTPUT", "EXECUTION_PROVIDER"):
        assert required in names
    assert "fine" in enc.parameterDefinition("MODEL").options()[0]
    dec = eolatent_provider.algorithm("decode")
    names = [p.name() for p in dec.parameterDefinitions()]
    for required in ("INPUT", "DATES", "START_DATE", "END_DATE", "STEP_DAYS", "RESOLUTION", "OUTPUT_LAI",
                     "OUTPUT_FCOVER", "OUTPUT_SM", "OUTPUT_LAI_STD"):
        assert required in names
    assert dec.parameterDefinition("STEP_DAYS").defaultValue() == 7
    help_text = dec.shortHelpString()
    assert "3.22" in help_text and "Fixed time range" in help_text


def test_tiling_does_not_change_values(env, tmp_path):
    """Small and memory-bounded tiles (partial at the edges) give the same rasters as one tile."""
    kw = dict(dates=["2015-07-25", "2015-08-05"], decoder=env["dec"], **CPU)
    a = run_decode(env["lat_s2"], {"LAI": str(tmp_path / "a.tif")}, resolution=20, **kw).outputs["LAI"]
    b = run_decode(env["lat_s2"], {"LAI": str(tmp_path / "b.tif")}, resolution=20, tile_size=6, memory_mb=0.01,
                   **kw).outputs["LAI"]
    with rasterio.open(a) as x, rasterio.open(b) as y:       # other batches: within float32 ulps (pixel_equality)
        assert_same_pixels(x.read(), y.read())
    c = str(tmp_path / "lat.tif")
    run_encode(c, s2_path=env["s2"], preset=env["enc"], memory_mb=0.05, **CPU)
    with rasterio.open(c) as x, rasterio.open(env["lat_s2"]) as y:
        assert_same_pixels(x.read(), y.read())


def test_grid_warnings_name_pixel_size_and_padding():
    """A chunk encoder on 20 m pixels, or on a stack smaller than its chunk, says so (the runs were silent)."""
    from rasterio.crs import CRS
    from rasterio.transform import from_origin

    from eolatent.core.encode.raster import grid_warnings
    from eolatent.core.inputs.sentinel2 import Grid

    utm = CRS.from_epsg(32633)
    assert grid_warnings(Grid(utm, from_origin(500000, 5e6, 10, 10), 100, 100), 4, "fine4") == []
    w20 = grid_warnings(Grid(utm, from_origin(500000, 5e6, 20, 20), 100, 100), 4, "fine4")
    assert len(w20) == 1 and "pixels are 20 × 20 m" in w20[0] and "covers 80 m here against 40 m" in w20[0]
    small = grid_warnings(Grid(utm, from_origin(500000, 5e6, 10, 10), 20, 10), 100, "seed100")
    assert len(small) == 1 and "(20 × 10 px) fills 2 % of the encoder's 1 chunk(s) of 100 × 100 px" in small[0]
    # 10 m in degrees at 46° N (about 0.00009° × 0.00013°) is 10 m on the ground: no warning
    deg = Grid(CRS.from_epsg(4326), from_origin(14.0, 46.0, 10 / (111320 * 0.6947), 10 / 111320), 100, 100)
    assert grid_warnings(deg, 4, "fine4") == []
    # UTM 33S, northing 5e6 is about 45° S: the seasons are half a year off; 8° S (northing 9.1e6) is not warned
    south = grid_warnings(Grid(CRS.from_epsg(32733), from_origin(500000, 5e6, 10, 10), 100, 100), 4, "fine4")
    assert len(south) == 1 and "southern hemisphere (centre latitude -45.2°): fine4 learnt the seasons" in south[0]
    assert grid_warnings(Grid(CRS.from_epsg(32733), from_origin(500000, 9.1e6, 10, 10), 100, 100), 4, "fine4") == []


def test_a_stack_without_b8a_is_pointed_at_the_presto_presets(env, tmp_path):
    from eolatent.core.inputs.sentinel1 import write_s1_stack
    from eolatent.core.inputs.sentinel2 import write_s2_stack

    keep = [i for i, n in enumerate(env["names"]) if n != "B8A"]
    nine = write_s2_stack(str(tmp_path / "nine.tif"), env["grid"], env["s2_dates"], [env["names"][i] for i in keep],
                          env["s2_cube"][:, keep])
    with pytest.raises(EncodeInputError, match=r"lacks band\(s\) B8A.*--model presto or presto_small"):
        run_encode(str(tmp_path / "lat.tif"), s2_path=nine, preset=env["enc"], **CPU)
    assert not os.path.exists(tmp_path / "lat.tif")
    # a VV-only stack likewise (presto masks the missing polarisation; presto_small does not stand in for it)
    vv = write_s1_stack(str(tmp_path / "vv.tif"), env["grid"], env["s1_dates"], ["VV"], env["s1_cube"][:, :1])
    with pytest.raises(EncodeInputError, match=r"lacks polarisation\(s\) VH .*encoded by the presto preset, which "
                                               r"masks what is missing: --model presto \(MODEL=presto"):
        run_encode(str(tmp_path / "lat.tif"), s1_path=vv, preset=env["enc"], **CPU)
    assert not os.path.exists(tmp_path / "lat.tif")


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_truncated_latent_is_named_so(env, tmp_path, keep):
    """A cut copy of a latent: 'truncated or corrupt', not a bare GDAL block error nor 'not a latent raster'."""
    data = open(env["lat"], "rb").read()
    cut = tmp_path / "cut.tif"
    cut.write_bytes(data[:int(len(data) * keep)])
    with pytest.raises(lt.LatentFormatError, match="cut.tif .*the file is truncated or corrupt.*eolatent:encode"):
        run_decode(str(cut), {"LAI": str(tmp_path / "lai.tif")}, decoder=env["dec"], dates="2015-07-18", **CPU)
    assert sorted(os.listdir(tmp_path)) == ["cut.tif"]


def test_a_loaded_latent_is_named_after_its_encoder(eolatent_provider, env, tmp_path):
    """From the dialog two encodings both loaded as "Latent raster"; the layer now names the encoder."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    _register(eolatent_provider)
    out = str(tmp_path / "latent.tif")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.addLayerToLoadOnCompletion(out, QgsProcessingContext.LayerDetails("Latent raster", QgsProject.instance(),
                                                                              "OUTPUT"))
    processing.run("eolatent:encode", dict(S2_STACK=env["s2"], MODEL_FILE=env["enc"], OUTPUT=out, EXECUTION_PROVIDER=2,
                                           THREADS=1), context=context, feedback=QgsProcessingFeedback())
    assert context.layerToLoadOnCompletionDetails(out).name == "Latent raster (encoder_test4)"


def test_a_damaged_preset_model_gets_the_model_managers_diagnosis(monkeypatch):
    """encode with a corrupted shipped fine4 said "no encoder for preset 'fine4' is installed … run `make models`"
    (a 70-minute retrain) instead of the model manager's "does not match the manifest; reinstall" (the audit)."""
    from eolatent.core.engine import model_manifest, modelcard
    from eolatent.core.latent import contract

    said = "encoder_fine4.onnx does not match the manifest; reinstall the plugin"

    def refused(model_id, folder=None):
        raise model_manifest.ModelNotInstalledError(said)

    monkeypatch.setattr(contract, "find_model", refused)
    with pytest.raises(model_manifest.ModelNotInstalledError) as err:
        contract.resolve_model("fine4", "encode")
    assert str(err.value) == said
    with pytest.raises(modelcard.ModelCardError, match=r"^'fine5' is not an encoder preset \(the presets are fine4, "
                                                        r"seed100, presto, presto_small\)"):
        contract.resolve_model("fine5", "encode")
    with pytest.raises(modelcard.ModelCardError, match=r"^the preset 'presto_small' has no decoder"):
        contract.resolve_model("presto_small", "decode")       # not "install eolatent.decoder.presto_small"


def test_the_log_says_the_bands_dates_clouds_and_the_period_decode_reads(env, tmp_path):
    """The latent desktop audit: encode's log gave the encoder and a period ending at the last acquisition (09-09)
    where decode gave the encoded period of the same latent ending 09-18; it said nothing of the bands left out
    (B01, B09, B10), the dates read or how clouds were masked, as textquery does."""
    from feedback_fixtures import Recording

    rec = Recording()
    out = str(tmp_path / "lat_log.tif")
    run_encode(out, env["s2"], env["s1"], preset=env["enc"], start="2015-08-01", end="2015-08-31", feedback=rec,
               **CPU)
    with lt.open_latent(out) as lat:
        p0, p1 = lat.period
    assert p0.isoformat() == "2015-08-01" and p1.isoformat() == "2015-08-30"
    assert f"encoded period {p0}…{p1}: 3 window(s) with acquisitions" in rec.messages[0]
    assert rec.messages[1].startswith("Sentinel-2 bands read: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12")
    assert rec.messages[2].startswith("2 Sentinel-2 date(s) in the encoded windows; clouds and shadows: ")
    assert rec.messages[3] == "1 Sentinel-1 date(s) in the encoded windows (VV, VH)"
