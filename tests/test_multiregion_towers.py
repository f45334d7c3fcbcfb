# SPDX-License-Identifier: GPL-3.0-or-later
"""Text towers trained on real multi-region data: captions never include an EVAL phrasing, label mapping and inputs
(known answers), the default tower for S2 stacks reads 9-band composites, the Presto tower reads Presto latents and
gives what its ONNX graph gives."""
import os

import numpy as np
import pytest
import rasterio
from feedback_fixtures import Recording

from eolatent.core.engine.registry import MODELS_DIR
from eolatent.core.textquery import image_cache
from eolatent.core.textquery.features import S2_BANDS_NO_B8A, s2_features
from eolatent.core.textquery.query_raster import run_textquery
from eolatent.core.textquery.tower import Tower, tower_path


def test_s2_features_custom_bands():
    refl = np.zeros((2, 9, 1, 1), np.float32)
    refl[:, S2_BANDS_NO_B8A.index("B04")] = 0.1
    refl[:, S2_BANDS_NO_B8A.index("B08")] = 0.3
    refl[1, 0] = np.nan                                    # one band missing on date 2 → date 2 invalid
    x, ok, d = s2_features(refl, np.ones((2, 1, 1), bool), [10.0, 40.0], S2_BANDS_NO_B8A)
    assert x.shape == (1, 2, 10) and ok.tolist() == [[1.0, 0.0]] and d.tolist() == [[10.0, 40.0]]
    np.testing.assert_allclose(x[0, 0, -1], 0.5, atol=1e-6)
    assert (x[0, 1] == 0).all()


def test_training_captions_and_labels():
    from eolatent.models.training.textquery import captions as caps
    from eolatent.models.training.textquery.multiregion_data import worldcereal_class
    from eolatent.models.training.textquery.multiregion_train import SHRUB_TRAIN, s2_inputs

    evals = {p.lower() for p in caps.all_eval_phrasings()}
    assert not evals & {p.lower() for p in SHRUB_TRAIN}
    assert worldcereal_class("maize") == "cultivated land" and worldcereal_class("longterm_meadows") == "grassland"
    assert worldcereal_class("trees_mixed") == "forest" and worldcereal_class("olive") is None
    s2 = np.full((1, 3, 10), 0.2, np.float32)
    s2[0, 1] = np.nan
    x, ok, d = s2_inputs(s2, np.array([15.0, 45.0, 75.0], np.float32))
    assert x.shape == (1, 12, 10) and ok[0].tolist() == [1, 0, 1] + [0] * 9 and d[0, :3].tolist() == [15, 45, 75]


@pytest.fixture(scope="module")
def belgium(tmp_path_factory):
    from eolatent.core.encode.presto.worldcereal import belgium_stacks

    return belgium_stacks(str(tmp_path_factory.mktemp("bq")))


def _bands_kept(src_path, out_path, keep):
    """A copy of a stack with the bands whose (band, date) ``keep`` accepts, their descriptions and tags."""
    with rasterio.open(src_path) as ds:
        idx = [b + 1 for b in range(ds.count) if keep(*ds.descriptions[b].split()[:2])]
        with rasterio.open(out_path, "w", **dict(ds.profile, count=len(idx))) as out_ds:
            out_ds.update_tags(**ds.tags())
            for k, b in enumerate(idx, 1):
                out_ds.write(ds.read(b), k)
                out_ds.set_band_description(k, ds.descriptions[b - 1])
                out_ds.update_tags(k, **ds.tags(b))
    return out_path


def test_default_tower_reads_nine_band_stack(belgium, tmp_path):
    """The Belgian stack has no B8A: the default (multi-region) tower answers; the 10-band tower names the band."""
    from eolatent.core.textquery.query_raster import TextQueryError

    image_cache.clear_memory()
    s2, _ = belgium
    out = str(tmp_path / "p.tif")
    res = run_textquery(s2, "farmland\nwoods", out, cache_dir=str(tmp_path / "c"), provider="cpu", threads=1)
    assert res.tower == "eolatent.textquery.s2_multiregion" and res.cache == ""
    with rasterio.open(out) as ds:
        p = ds.read()
    assert np.isfinite(p).all() and (p >= 0).all() and (p.sum(0) <= 1 + 1e-5).all() and p.std() > 0.01
    again = run_textquery(s2, "farmland\nwoods", str(tmp_path / "q.tif"), cache_dir=str(tmp_path / "c"),
                          provider="cpu", threads=1)
    assert again.cache == "memory"
    with pytest.raises(TextQueryError, match="lacks band.*B8A"):
        run_textquery(s2, "farmland", str(tmp_path / "r.tif"), model=tower_path("s2"), cache_dir=str(tmp_path / "c"))
    assert not os.path.exists(tmp_path / "r.tif")
    ten = _bands_kept(s2, str(tmp_path / "ten.tif"), lambda band, date: band in ("B02", "B03", "B04", "B08"))
    with pytest.raises(TextQueryError, match=r"lacks band\(s\) B05, B06, B07, B11, B12 .*build the stack with them "
                                             r"\(eolatent:buildstack\), or encode it with eolatent:encode MODEL=presto"):
        run_textquery(ten, "farmland", str(tmp_path / "r.tif"), cache_dir=str(tmp_path / "c"))
    with rasterio.open(s2) as ds:                      # one date with the 10 m bands only: that date is named
        dates = sorted({d.split()[1] for d in ds.descriptions if d})
    one = _bands_kept(s2, str(tmp_path / "one.tif"), lambda band, date: not (
        date == dates[2] and band in ("B05", "B06", "B07", "B11", "B12")))
    with pytest.raises(TextQueryError, match=rf"one.tif: 1 of {len(dates)} date\(s\) lack band\(s\) .*: "
                                             rf"{dates[2][:7]}-\d\d lacks B05, B06, B07, B11, B12; the other dates have "
                                             r"them; build the stack again with eolatent:buildstack after moving the "
                                             r"files of those dates out of the Sentinel-2 folder"):   # a middle date
        run_textquery(one, "farmland", str(tmp_path / "r.tif"), cache_dir=str(tmp_path / "c"))


def test_presto_latent_query_equals_graph(belgium, tmp_path):
    from eolatent.core.encode.raster import run_encode
    from eolatent.core.latent.contract import open_latent
    from eolatent.core.textquery.query_raster import text_encoder
    from eolatent.core.textquery.tower import probabilities

    image_cache.clear_memory()
    s2, s1 = belgium
    lat = str(tmp_path / "presto.tif")
    run_encode(lat, s2_path=s2, s1_path=s1, preset="presto", threads=1, grid_factor=5)
    out = str(tmp_path / "p.tif")
    res = run_textquery(lat, "grassland", out, cache_dir=str(tmp_path / "c"), provider="cpu", threads=1)
    assert res.input_kind == "latent" and res.tower == "eolatent.textquery.latent_presto"
    tower = Tower(tower_path("latent_presto"), "cpu", 1)
    with open_latent(lat) as la:
        m = la.read(0)[0]
        doy = float(la.windows[0].centre.timetuple().tm_yday)
    x = m.reshape(128, -1).T[:, None, :]
    f = tower.features(x, np.ones((x.shape[0], 1), np.float32), np.full((x.shape[0], 1), doy, np.float32))
    e = f @ tower.projection
    t = text_encoder().encode(["grassland"])
    cos = (e @ t.T) / np.linalg.norm(e, axis=1, keepdims=True)
    want = probabilities(cos, tower.calibration, 1)[:, 0].reshape(m.shape[1:])
    with rasterio.open(out) as ds:
        np.testing.assert_allclose(ds.read(1), want, atol=2e-3)   # features are cached as float16


def test_presto_small_latent_is_read_by_the_presto_tower(belgium, tmp_path):
    """A presto_small latent is queried with Presto's tower (its features approximate Presto's): the log says so,
    and its map ranks the pixels as the presto latent's map does."""
    from eolatent.core.encode.raster import run_encode

    image_cache.clear_memory()
    s2, s1 = belgium
    maps = {}
    for preset in ("presto", "presto_small"):
        lat = str(tmp_path / f"{preset}.tif")
        run_encode(lat, s2_path=s2, s1_path=s1, preset=preset, threads=1, grid_factor=5)
        out = str(tmp_path / f"{preset}_p.tif")
        fb = Recording()
        res = run_textquery(lat, "grassland", out, cache_dir=str(tmp_path / "c"), provider="cpu", threads=1,
                            feedback=fb)
        assert res.tower == "eolatent.textquery.latent_presto"
        assert any("approximates the features of eolatent.encoder.presto" in m
                   for m in fb.messages) == (preset != "presto")
        with rasterio.open(out) as ds:
            maps[preset] = ds.read(1).ravel()
    assert np.corrcoef(maps["presto"], maps["presto_small"])[0, 1] > 0.8


def test_shipped_cards_hold_the_held_out_evaluation():
    for kind in ("s2_multiregion", "latent_presto"):
        t = Tower(os.path.join(MODELS_DIR, f"textquery_{kind}.onnx"), "cpu", 1)
        loro = t.card["metrics"]["leave_one_region_out"]
        assert set(loro["per_region"]) == {"france2022", "france2023", "africa", "westernus", "slovenia"}
        assert 0.0 < loro["mean_auc"] < 1.0 and 0.0 < loro["mean_ndvi_best"] < 1.0


def test_what_is_missing_is_logged_and_counted(belgium, tmp_path):
    """An S2 stack with gaps and Sentinel-1 bands in the same file: the log names the model and why, the bands it
    does not read (VV, VH; B8A absent) and the pixels resting on few or no dates; the quality output counts the
    valid dates of every pixel; the Sentinel-1 bands change nothing in the map."""
    s2, s1 = belgium
    with rasterio.open(s2) as a, rasterio.open(s1) as b:
        data, profile, desc, tags = a.read(), a.profile, list(a.descriptions), a.tags()
        radar, rdesc = b.read(), list(b.descriptions)
    nb, nd = 9, 12
    before = np.isfinite(data.reshape(nd, nb, *data.shape[1:])).all(1).sum(0)     # valid dates per pixel
    cube = data.reshape(nd, nb, *data.shape[1:]).copy()
    cube[:6, :, :10, :10] = np.nan                       # the first 6 months missing in a corner
    cube[:, :, 50, 50] = np.nan                          # one pixel never seen
    cube[1:, :, 60, 60] = np.nan                         # one pixel seen once
    gaps = str(tmp_path / "gaps.tif")
    profile.update(count=data.shape[0] + radar.shape[0])
    with rasterio.open(gaps, "w", **profile) as ds:
        ds.write(np.concatenate([cube.reshape(data.shape), radar]))
        for i, d in enumerate(desc + rdesc, 1):
            ds.set_band_description(i, d)
        ds.update_tags(**tags)
    image_cache.clear_memory()
    fb = Recording()
    out, q = str(tmp_path / "p.tif"), str(tmp_path / "q.tif")
    run_textquery(gaps, "woods", out, quality_output=q, cache_dir=str(tmp_path / "c"), provider="cpu", threads=1,
                  feedback=fb, detect_clouds=False)
    log = "\n".join(fb.messages)
    assert "text-query model eolatent.textquery.s2_multiregion: the multi-region Sentinel-2 model" in log
    assert "Sentinel-1 bands VV, VH in the input are not used" in log and "B8A: not in the input" in log
    assert "12 date(s) read, 2020-11-15 … 2021-10-15" in log
    assert "1 of 10000 pixel(s) (0.0 %) have no valid date: NaN in the map" in log
    want = before.copy()
    want[:10, :10] = np.isfinite(cube[:, :, :10, :10]).all(1).sum(0)
    want[50, 50], want[60, 60] = 0, 1
    assert f"{int(((want > 0) & (want < 3)).sum())} of 10000 pixel(s)" in log and "fewer than 3 valid" in log
    with rasterio.open(q) as ds:
        assert ds.dtypes[0] == "uint16" and ds.descriptions[0].startswith("valid dates")
        np.testing.assert_array_equal(ds.read(1), want)
    with rasterio.open(out) as ds:
        p = ds.read(1)
    assert np.isnan(p[50, 50]) and np.isfinite(p[60, 60])
    ref = str(tmp_path / "ref.tif")                    # the same S2 pixels without the S1 bands: the same map
    run_textquery(s2, "woods", ref, cache_dir=str(tmp_path / "c"), provider="cpu", threads=1, detect_clouds=False)
    with rasterio.open(ref) as ds:
        r = ds.read(1)
    untouched = np.ones(p.shape, bool)
    untouched[:10, :10] = untouched[50, 50] = untouched[60, 60] = False
    np.testing.assert_allclose(p[untouched], r[untouched], atol=1e-6)


def test_a_needed_band_without_data_is_named(belgium, tmp_path):
    """A 10-band stack whose B8A is NaN on every date: the B8A-reading tower finds no valid pixel and names the
    band (not 'every value is nodata'); the default tower, which does not read B8A, maps it."""
    from eolatent.core.textquery.query_raster import NoValidPixel

    s2, _ = belgium
    with rasterio.open(s2) as a:
        data, profile, desc, tags = a.read(), a.profile, list(a.descriptions), a.tags()
    nd, nb = 12, 9
    cube = data.reshape(nd, nb, *data.shape[1:])
    b8a = np.full((nd, 1) + data.shape[1:], np.nan, np.float32)
    out = np.concatenate([cube[:, :7], b8a, cube[:, 7:]], axis=1).reshape(nd * 10, *data.shape[1:])
    dates = [d.split(" ", 1)[1] for d in desc[::nb]]
    names = [f"{b} {d}" for d in dates for b in ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11",
                                                   "B12")]
    path = str(tmp_path / "ten.tif")
    profile.update(count=nd * 10)
    tags["BAND_LIST"] = "B02,B03,B04,B05,B06,B07,B08,B8A,B11,B12"
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(out)
        for i, d in enumerate(names, 1):
            ds.set_band_description(i, d)
        ds.update_tags(**tags)
    image_cache.clear_memory()
    with pytest.raises(NoValidPixel, match=r"ten\.tif: band B8A holds no valid value on any date .* the default "
                                           r"multi-region model does not read B8A"):
        run_textquery(path, "woods", str(tmp_path / "p.tif"), model=tower_path("s2"), cache_dir=str(tmp_path / "c"),
                      provider="cpu", threads=1, detect_clouds=False)
    assert not os.path.exists(tmp_path / "p.tif")
    res = run_textquery(path, "woods", str(tmp_path / "q.tif"), cache_dir=str(tmp_path / "c"), provider="cpu",
                        threads=1, detect_clouds=False)
    assert res.tower == "eolatent.textquery.s2_multiregion"


def test_a_southern_scene_is_read_half_a_year_on(tmp_path):
    """The towers learnt the seasons of regions north of 10° S: the same pixels dated 2015-07-11 south of it (UTM 33S,
    about 44° S) give the map they give north of it dated half a year later (2016-01-09: day 192 + 182 = day 9), and
    the log says so; north of it, the date is read as it is."""
    from eolatent.core.textquery.input_report import season_shift

    src = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
    paths = {}
    for name, crs in (("S2_2015-07-11_south.tif", "EPSG:32733"), ("S2_2016-01-09.tif", "EPSG:32633"),
                      ("S2_2015-07-11.tif", "EPSG:32633"), ("S2_2015-07-11_nocrs.tif", None)):
        with rasterio.open(src) as ds:
            prof = dict(ds.profile, crs=crs)
            with rasterio.open(tmp_path / name, "w", **prof) as out:
                out.write(ds.read())
                out.descriptions = ds.descriptions
        paths[name] = str(tmp_path / name)
    maps, logs = {}, {}
    for name, path in paths.items():
        rec = Recording()
        out = str(tmp_path / ("p_" + name))
        run_textquery(path, "forest\ngrassland", out, cache_dir=str(tmp_path / "c"), provider="cpu", threads=1,
                      detect_clouds=False, feedback=rec)
        with rasterio.open(out) as ds:
            maps[name] = ds.read()
        logs[name] = " ".join(rec.messages)
        logs[name + " warnings"] = " ".join(rec.warnings)
    np.testing.assert_allclose(maps["S2_2015-07-11_south.tif"], maps["S2_2016-01-09.tif"], atol=1e-3)
    # without a CRS the hemisphere is unknown: read as it is (northern seasons), and a warning says so
    np.testing.assert_allclose(maps["S2_2015-07-11_nocrs.tif"], maps["S2_2015-07-11.tif"], atol=1e-5)
    assert "the input has no CRS, so its hemisphere is unknown" in logs["S2_2015-07-11_nocrs.tif warnings"]
    assert "hemisphere" not in logs["S2_2015-07-11.tif warnings"] + logs["S2_2016-01-09.tif warnings"]
    # called from Python with the engine's default feedback (no warning method of its own): no AttributeError
    run_textquery(paths["S2_2015-07-11_nocrs.tif"], "forest\ngrassland", str(tmp_path / "p_default.tif"),
                  cache_dir=str(tmp_path / "c"), provider="cpu", threads=1, detect_clouds=False)
    with rasterio.open(tmp_path / "p_default.tif") as ds:
        np.testing.assert_allclose(ds.read(), maps["S2_2015-07-11_nocrs.tif"], atol=1e-6)
    assert np.abs(maps["S2_2015-07-11.tif"] - maps["S2_2016-01-09.tif"]).max() > 0.02     # the date matters
    assert "southern hemisphere (centre latitude -44." in logs["S2_2015-07-11_south.tif"] and \
        "182 days" in logs["S2_2015-07-11_south.tif"]
    assert "southern hemisphere" not in logs["S2_2016-01-09.tif"]
    assert "clouds and shadows: none (cloud detection turned off) (1 date(s))" in logs["S2_2016-01-09.tif"]
    with rasterio.open(paths["S2_2015-07-11.tif"]) as ds:
        assert season_shift(ds) == (0, None)
