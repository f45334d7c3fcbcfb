# SPDX-License-Identifier: GPL-3.0-or-later
"""decode fills the optical variables of windows where only the radar saw a chunk (core/decode/optical.py).

On real radar the decoder's guess of LAI without Sentinel-2 was implausible (the Belgium cube 2020–21: a winter LAI
median of 2.8–3.5 between 0.6 in November and 0.9 in February). With gap filling, the optical variables of such a
chunk-date are the blend in time of the chunk's nearest windows with Sentinel-2 (held beyond ±15 days, 1σ grown by
the drift), flagged 1 (+ 2 where held) with 8 kept; soil moisture keeps the radar windows; a chunk that never saw
Sentinel-2 keeps the radar guess (flag 8) with a warning; without gap filling (or with ``radar_only_optical``)
nothing changes. The answers are written by hand: which windows, which weights, how much the 1σ grows; the window
values come from running the test decoder (made independent of dt and day of year) on each window's latent.
"""
import os
from datetime import date

import numpy as np
import pytest
import rasterio

import latent_fixtures as F
from feedback_fixtures import Recording
from eolatent.core.decode.raster import run_decode
from eolatent.core.latent.quality import quality_value

# three 10-day windows, centres 20 days apart: 07-16, 08-05, 08-25 (00:00 UTC)
WINDOWS = ((date(2015, 7, 11), date(2015, 7, 20)), (date(2015, 7, 31), date(2015, 8, 9)),
           (date(2015, 8, 20), date(2015, 8, 29)))
DATES = ["2015-07-26", "2015-08-05", "2015-08-25"]      # 12:00 UTC: 10.5, 20.5, 40.5 days after the first centre
BOTH, RADAR, OPTICAL, NONE = quality_value(1, 1), quality_value(0, 1), quality_value(1, 0), 0
# chunks (row, col) of a 2 × 3 latent: the sensors each window saw there (NONE: no latent, cloud and no radar)
SENSORS = {(0, 0): (BOTH, RADAR, BOTH),       # A: S2 before and after, radar only in between
           (0, 1): (RADAR, RADAR, RADAR),     # B: never S2
           (0, 2): (BOTH, BOTH, BOTH),        # C: S2 everywhere
           (1, 0): (BOTH, RADAR, RADAR),      # D: the series ends without S2
           (1, 1): (BOTH, NONE, OPTICAL),     # E: a window with no observation at all (the gap filling of before)
           (1, 2): (RADAR, RADAR, OPTICAL)}   # F: the series starts without S2
LAI_Q, FCOVER_Q = 0.024, 0.00094            # core/decode/hold.py: variance gained per day beyond 15 days
CAPS = np.array([8.0, 1.0, 1.5]) / np.sqrt(12.0)    # the test decoder's valid ranges (latent_fixtures.VARIABLES)
CPU = dict(provider="cpu", threads=1, resolution=40)   # one output pixel per chunk (its centre)


def flat_decoder(path):
    """The test decoder with its dt and day-of-year terms zeroed: a window's value is the same at any date, so a
    held value is the window's value, and a blend is the blend of the windows' values."""
    import onnx
    from onnx import numpy_helper

    from eolatent.core.engine.modelcard import read_card, write_onnx_with_card

    F.make_decoder(path, seed=4)         # a decoder whose LAI is not saturated at the chunk centre
    model = onnx.load(str(path))
    for init in model.graph.initializer:
        if init.name in ("Dt", "Y"):
            init.CopyFrom(numpy_helper.from_array(np.zeros_like(numpy_helper.to_array(init)), init.name))
    with open(path, "rb") as fh:
        card = read_card(fh.read(), verify=False)
    write_onnx_with_card(model, card, str(path))
    return str(path)


def write_latent(path, sensors=SENSORS, modalities="S2,S1", seed=3):
    """A latent raster of WINDOWS on a 2 × 3 chunk grid with quality bands (``sensors``); NaN where NONE."""
    from rasterio.transform import from_origin

    from eolatent.core.latent.contract import TimeWindow, band_layout

    rng = np.random.default_rng(seed)
    n, h, w = len(WINDOWS), 2, 3
    means = rng.normal(size=(n, F.L, h, w)).astype(np.float32)
    qual = np.zeros((n, h, w), np.float32)
    for (r, c), per in sensors.items():
        qual[:, r, c] = per
        means[[k for k in range(n) if per[k] == NONE], :, r, c] = np.nan
    windows = [TimeWindow(k, a, b) for k, (a, b) in enumerate(WINDOWS)]
    descr, tags = band_layout(windows, F.L)
    data = np.concatenate([np.concatenate([means[k], np.full_like(means[k], -2.0)]) for k in range(n)] + [qual])
    profile = dict(driver="GTiff", width=w, height=h, count=data.shape[0], dtype="float32", crs="EPSG:32633",
                   transform=from_origin(465180.0, 5080260.0, 10.0 * F.P, 10.0 * F.P), nodata=float("nan"))
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(data)
        for i, (d, t) in enumerate(zip(descr, tags), start=1):
            ds.set_band_description(i, d)
            ds.update_tags(i, **t)
        for k, win in enumerate(windows):
            ds.update_tags(len(descr) + k + 1, KIND="quality", WINDOW_START=win.start.isoformat(),
                           WINDOW_END=win.end.isoformat())
        ds.update_tags(EOLATENT_LATENT="1", ENCODER_ID="eolatent.encoder.test4", ENCODER_VERSION="0.0.1",
                       CHUNK_PX=str(F.P), WINDOW_DAYS=str(F.W), LATENT_SIZE=str(F.L), N_WINDOWS=str(n),
                       MODALITIES=modalities, INPUT_HASHES="{}", STACK_WIDTH=str(w * F.P),
                       STACK_HEIGHT=str(h * F.P), QUALITY_BANDS="1")
    return str(path), means


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    import onnxruntime as ort

    root = tmp_path_factory.mktemp("optical_gaps")
    dec = flat_decoder(root / "decoder_test4.onnx")
    lat, means = write_latent(root / "latent.tif")
    sess = ort.InferenceSession(dec, providers=["CPUExecutionProvider"])
    mean, std = {}, {}             # the window's value at the chunk's centre: [LAI, FCOVER, SM]
    for (r, c) in SENSORS:
        for k in range(len(WINDOWS)):
            z = means[k, :, r, c]
            if not np.isfinite(z).all():
                continue
            feeds = dict(latent=z[None].astype(np.float32), position=np.full((1, 1, 2), 0.5, np.float32),
                         dt=np.zeros((1, 1), np.float32), doy=np.full((1, 1), 200.0, np.float32))
            m, s = sess.run(["mean", "std"], feeds)
            mean[r, c, k], std[r, c, k] = m[0, 0].astype(np.float64), s[0, 0].astype(np.float64)
    return dict(root=root, dec=dec, lat=lat, mean=mean, std=std)


def decode(env, name, keys=("LAI", "LAI_STD", "FCOVER", "FCOVER_STD", "SM", "SM_STD", "QUALITY"), **kw):
    outs = {k: str(env["root"] / f"{name}_{k.lower()}.tif") for k in keys}
    log = Recording()
    run_decode(env["lat"], outs, dates=DATES, decoder=env["dec"], feedback=log, **CPU, **kw)
    got = {}
    for k, p in outs.items():
        with rasterio.open(p) as ds:
            got[k] = ds.read()
    return got, log


def blend(env, chunk, parts, t):
    """(mean [LAI, FCOVER, SM], std) of the windows ``parts`` [(k, weight)] decoded ``t`` days after the first centre:
    each window's 1σ grown by the drift beyond 15 days (sqrt(σ² + q·(|dt| − 15)); SM has no drift rate), the blend
    capped at the 1σ of knowing only the valid range, (max − min)/√12."""
    centre = {0: 0.0, 1: 20.0, 2: 40.0}
    q = np.array([LAI_Q, FCOVER_Q, 0.0])
    m = sum(wt * env["mean"][chunk + (k,)] for k, wt in parts)
    s = sum(wt * np.sqrt(env["std"][chunk + (k,)] ** 2 + q * max(0.0, abs(t - centre[k]) - 15.0)) for k, wt in parts)
    return m, np.minimum(s, CAPS)


def check(got, j, chunk, optical, radar):
    """The decoded LAI, FCOVER (from ``optical``) and SM (from ``radar``) of ``chunk`` at date j, with their 1σ."""
    r, c = chunk
    for v, name in enumerate(("LAI", "FCOVER", "SM")):
        m, s = (radar if name == "SM" else optical)
        np.testing.assert_allclose(got[name][j, r, c], m[v], rtol=1e-5, atol=1e-6, err_msg=f"{name} {chunk} {j}")
        np.testing.assert_allclose(got[name + "_STD"][j, r, c], s[v], rtol=1e-5, atol=1e-6,
                                   err_msg=f"{name}_STD {chunk} {j}")


def test_radar_only_window_between_two_s2_windows_is_filled_from_them(env):
    """Chunk A (S2 in windows 0 and 2, radar only in window 1). 07-26 (10.5 days after centre 0): before, 0.475 of
    window 0 + 0.525 of window 1 (radar: flag 8); now LAI and FCOVER blend windows 0 and 2 by time, 0.7375 / 0.2625,
    window 2 (29.5 days away) held with its 1σ grown; flag 1 (8 no longer: the value is no radar guess). 08-05 (window
    1's centre): 0.4875 / 0.5125, both held (flag 1 + 2). 08-25: window 2 alone, S2: untouched (flag 0). Soil moisture keeps the radar windows."""
    got, _ = decode(env, "fill")
    A = (0, 0)
    check(got, 0, A, blend(env, A, [(0, 0.7375), (2, 0.2625)], 10.5), blend(env, A, [(0, 0.475), (1, 0.525)], 10.5))
    check(got, 1, A, blend(env, A, [(0, 0.4875), (2, 0.5125)], 20.5), blend(env, A, [(1, 0.975), (2, 0.025)], 20.5))
    check(got, 2, A, blend(env, A, [(2, 1.0)], 40.5), blend(env, A, [(2, 1.0)], 40.5))
    # refilled: gap-filled (and held), no longer flag 8 — its optical values are no radar guess
    assert got["QUALITY"][:, 0, 0].tolist() == [1, 1 + 2, 0]
    # the radar guess is another value: the fill is not what decode gave before
    assert abs(got["LAI"][1, 0, 0] - blend(env, A, [(1, 0.975), (2, 0.025)], 20.5)[0][0]) > 0.05


def test_one_sided_s2_is_held_and_never_seen_s2_keeps_the_radar_guess(env):
    """Chunk D (S2 only in window 0): at 08-25 window 0 alone, 40.5 days away: held, 1σ grown by 25.5 days of drift
    (flag 1 + 2 + 8); at 07-26 window 0 alone, 10.5 days away (flag 1 + 8). Chunk F (S2 only in window 2): at 07-26
    window 2 alone, 29.5 days ahead, held (flag 1 + 2 + 8). Chunk B (never S2): the radar windows as before, flag 8.
    Chunks C (S2 everywhere) and E (a window with no latent, skipped by the gap filling of before): as before."""
    got, log = decode(env, "fill")
    D, F_, B, C, E = (1, 0), (1, 2), (0, 1), (0, 2), (1, 1)
    check(got, 2, D, blend(env, D, [(0, 1.0)], 40.5), blend(env, D, [(2, 1.0)], 40.5))
    check(got, 0, D, blend(env, D, [(0, 1.0)], 10.5), blend(env, D, [(0, 0.475), (1, 0.525)], 10.5))
    check(got, 0, F_, blend(env, F_, [(2, 1.0)], 10.5), blend(env, F_, [(0, 0.475), (1, 0.525)], 10.5))
    radar = blend(env, B, [(0, 0.475), (1, 0.525)], 10.5)
    check(got, 0, B, radar, radar)
    assert got["QUALITY"][:, 1, 0].tolist() == [1, 1 + 2, 1 + 2]
    assert got["QUALITY"][0, 1, 2] == 1 + 2 and got["QUALITY"][2, 1, 2] == 16      # 08-25: window 2, no S1
    assert got["QUALITY"][:, 0, 1].tolist() == [8, 8, 8]
    both = blend(env, C, [(1, 0.975), (2, 0.025)], 20.5)
    check(got, 1, C, both, both)
    filled = blend(env, E, [(0, 0.7375), (2, 0.2625)], 10.5)
    check(got, 0, E, filled, filled)
    assert got["QUALITY"][:, 0, 2].tolist() == [0, 0, 0] and got["QUALITY"][0, 1, 1] == 1
    # the log: how many pixel-dates were filled (A: 2, D: 3, F: 2), and why B's stay guessed from radar
    assert any(m.startswith("7 pixel-date(s) of FCOVER, LAI rest on windows where only the radar saw them: filled in "
                            "time from the nearest windows with a Sentinel-2 observation")
               for m in log.messages), log.messages
    warned = next(w for w in log.warnings if w.startswith("of the decoded chunk-dates"))
    assert warned.startswith("of the decoded chunk-dates, 16.7 % rest mostly on windows without a Sentinel-2 "
                             "observation there") and warned.endswith(
        "; the chunks of that Sentinel-2 share have no Sentinel-2 observation in any window, so gap filling has no "
        "date to fill their optical variables from")


@pytest.mark.parametrize("kw", [dict(gap_fill=False), dict(radar_only_optical=True)])
def test_without_gap_filling_or_with_radar_only_optical_nothing_changes(env, kw):
    """Chunk A at 07-26 and 08-05: the radar window's guess as before (flag 8 only), no line about filling."""
    got, log = decode(env, "radar_" + "_".join(kw), **kw)
    A = (0, 0)
    old = blend(env, A, [(0, 0.475), (1, 0.525)], 10.5)
    check(got, 0, A, old, old)
    if "gap_fill" not in kw:
        old = blend(env, A, [(1, 0.975), (2, 0.025)], 20.5)
        check(got, 1, A, old, old)
        assert got["QUALITY"][:, 1, 0].tolist() == [8, 8, 8]       # D: the radar guess
    assert got["QUALITY"][0, 0, 0] == 8
    assert not [m for m in log.messages if "only the radar saw them" in m]
    assert not [w for w in log.warnings if "gap filling has no date to fill" in w]


def test_a_single_sensor_latent_is_not_touched(env, tmp_path):
    """A latent of one sensor (the Slovenia demo is S2 only) never meets the fill, even where its quality bands count
    no S2 date: the same values with and without radar_only_optical."""
    lat, _ = write_latent(tmp_path / "s2only.tif", modalities="S2")
    outs = [{"LAI": str(tmp_path / f"lai{i}.tif")} for i in range(2)]
    for i, kw in enumerate((dict(), dict(radar_only_optical=True))):
        run_decode(lat, outs[i], dates=DATES, decoder=env["dec"], **CPU, **kw)
    with rasterio.open(outs[0]["LAI"]) as a, rasterio.open(outs[1]["LAI"]) as b:
        np.testing.assert_array_equal(a.read(), b.read())


def test_optical_selection_by_hand():
    """optical_selection on three windows and four chunks at t = 25 (centres 0, 20, 40): the selection of all
    variables uses windows 1 (0.75) and 2 (0.25). Chunk 0: S2 in 0 and 2, radar in 1 → 0 and 2 by time (0.375 /
    0.625). Chunk 1: S2 everywhere → not refilled. Chunk 2: S2 only in 0 → 0 alone. Chunk 3: never S2 → unfillable."""
    from eolatent.core.decode.dates import FLAG_FILLED, FLAG_HELD, chunk_selection
    from eolatent.core.decode.optical import optical_flags, optical_indices, optical_selection

    valid = np.ones((3, 4), bool)
    s2 = np.array([[1, 1, 1, 0], [0, 1, 0, 0], [1, 1, 0, 0]], bool)
    centres = [0.0, 20.0, 40.0]
    sel = chunk_selection("gap", 1, valid, centres, 25.0, True)
    (ka, wa, kb, wb), refill, unfillable = optical_selection("gap", 1, valid, s2, centres, 25.0, sel)
    assert refill.tolist() == [True, False, True, False] and unfillable.tolist() == [False, False, False, True]
    assert ka.tolist() == [0, -1, 0, -1] and kb.tolist() == [2, -1, -1, -1]
    np.testing.assert_allclose(wa, [0.375, 0.0, 1.0, 0.0])
    np.testing.assert_allclose(wb, [0.625, 0.0, 0.0, 0.0])
    assert optical_flags((ka, wa, kb, wb), refill, centres, 25.0).tolist() == [FLAG_FILLED, 0,
                                                                                FLAG_FILLED | FLAG_HELD, 0]
    assert optical_indices(["LAI", "FCOVER", "SM", "cab"]).tolist() == [0, 1, 3]


def test_fill_gaps_refusal_reads_well_in_processing_and_on_the_command_line(env, tmp_path):
    """Audit L7: the option-name substitution made "decode with FILL_GAPS (without --no-fill-gaps) on (the default)"."""
    from eolatent.cli import cli_words, command_flags
    from eolatent.core.decode.raster import NoValidPixel

    lat, _ = write_latent(tmp_path / "gap.tif", sensors={k: (v[0], NONE, v[2]) for k, v in SENSORS.items()})
    with pytest.raises(NoValidPixel) as caught:
        run_decode(lat, {"LAI": str(tmp_path / "l.tif")}, dates=["2015-08-05"], decoder=env["dec"], gap_fill=False,
                   **CPU)
    text = str(caught.value)
    assert "; turn gap filling back on — FILL_GAPS, the default — or ask for dates next to valid windows" in text
    assert "; turn gap filling back on — FILL_GAPS (without --no-fill-gaps), the default — or ask for dates" in \
        cli_words(text, command_flags("decode"))
    assert not os.path.exists(tmp_path / "l.tif")


def test_soil_moisture_alone_is_not_touched_by_the_optical_fill(env):
    """Only SM asked for: no optical variable is decoded, so the optical fill neither runs nor flags (SM came out the
    same, but flagged gap-filled and held, and the log counted held LAI chunk-dates that were never decoded)."""
    keys = ("SM", "SM_STD", "QUALITY")
    got, log = decode(env, "sm_only", keys=keys)
    old, old_log = decode(env, "sm_only_radar", keys=keys, radar_only_optical=True)
    for k in keys:
        np.testing.assert_array_equal(got[k], old[k])
    assert got["QUALITY"][:, 0, 0].tolist() == [8, 8, 0]
    assert not any("pixel-date(s) of" in m for m in log.messages)


def test_an_older_latent_without_sensor_records_is_warned(env, tmp_path):
    """An S2 + S1 latent encoded before the quality bands: its radar-only windows cannot be told apart, so nothing is
    filled — said in a warning (it was silent)."""
    n = len(WINDOWS)
    with rasterio.open(env["lat"]) as ds:
        data, prof, tags = ds.read()[:-n], ds.profile, ds.tags()
        band_tags, descriptions = [ds.tags(i) for i in range(1, ds.count - n + 1)], ds.descriptions[:-n]
    prof["count"] = data.shape[0]
    tags.pop("QUALITY_BANDS", None)
    old = str(tmp_path / "latent_before_quality_bands.tif")
    with rasterio.open(old, "w", **prof) as ds:
        ds.write(data)
        ds.update_tags(**tags)
        for i, (d, t) in enumerate(zip(descriptions, band_tags), 1):
            ds.set_band_description(i, d)
            ds.update_tags(i, **t)
    log = Recording()
    outs = {"LAI": str(tmp_path / "lai.tif"), "QUALITY": str(tmp_path / "q.tif")}
    run_decode(old, outs, dates=DATES, decoder=env["dec"], feedback=log, **CPU)
    assert any("records no sensors per window" in w and "encode the stacks again" in w for w in log.warnings)
    same = {k: str(tmp_path / f"radar_{k}.tif") for k in outs}
    run_decode(old, same, dates=DATES, decoder=env["dec"], feedback=Recording(), radar_only_optical=True, **CPU)
    for k in outs:                                   # nothing refilled: the same as the old way
        with rasterio.open(outs[k]) as a, rasterio.open(same[k]) as b:
            np.testing.assert_array_equal(a.read(), b.read())


def test_the_old_way_is_an_option_on_the_command_line_and_in_processing(env, tmp_path, capsys):
    """`--radar-only-optical` (Processing: RADAR_ONLY_OPTICAL, advanced) keeps the decoder's radar guess."""
    from eolatent.cli import main
    from eolatent.processing_provider.decode_algorithm import DecodeAlgorithm

    out, ref = str(tmp_path / "cli_lai.tif"), str(tmp_path / "ref_lai.tif")
    rc = main(["decode", "--input", str(env["lat"]), "--decoder-file", str(env["dec"]), "--dates", ",".join(DATES),
               "--output-lai", out, "--radar-only-optical", "--resolution", "40", "--provider", "cpu", "-q",
               "--threads", "1"])
    assert rc == 0, capsys.readouterr().err
    run_decode(env["lat"], {"LAI": ref}, dates=DATES, decoder=env["dec"], feedback=Recording(),
               radar_only_optical=True, **CPU)
    filled = str(tmp_path / "filled_lai.tif")
    run_decode(env["lat"], {"LAI": filled}, dates=DATES, decoder=env["dec"], feedback=Recording(), **CPU)
    with rasterio.open(out) as a, rasterio.open(ref) as b, rasterio.open(filled) as c:
        np.testing.assert_allclose(a.read(), b.read(), rtol=1e-6, atol=1e-7)
        assert not np.allclose(a.read(), c.read(), equal_nan=True)        # the option changes something
    alg = DecodeAlgorithm()
    alg.initAlgorithm()
    param = alg.parameterDefinition("RADAR_ONLY_OPTICAL")
    assert param is not None and param.defaultValue() is False
