# SPDX-License-Identifier: GPL-3.0-or-later
"""core.textquery: known-answer probability maps, encode once / query many, masks and polygons, errors.

The tower is a hand-set fixture (textquery_fixtures): image embedding = normalize(mean NDVI · e_veg +
5 · mean B04 · e_bare) with e_* the shipped text model's embeddings of two phrases, so the expected map
is computed here independently with numpy from the real Slovenia rasters."""
import os
import shutil

import numpy as np
import pytest
import rasterio

import textquery_fixtures as TQ
from eolatent.core.textquery.text_encoder import PromptError
from eolatent.core.textquery import image_cache
from eolatent.core.textquery.features import S2_BANDS, S2_CHANNELS
from eolatent.core.textquery.query_raster import TextQueryError, run_textquery
from eolatent.core.engine.tiling import Cancelled

HERE = os.path.dirname(__file__)
S2 = os.path.join(HERE, "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
VEG, BARE = "dense green vegetation", "bare ground"


@pytest.fixture(scope="module")
def enc():
    from eolatent.core.textquery.query_raster import text_encoder

    return text_encoder()


@pytest.fixture()
def tower(tmp_path, enc):
    a = np.zeros((S2_CHANNELS, 2), np.float32)
    a[10, 0], a[2, 1] = 1.0, 5.0  # features = (NDVI, 5 · B04)
    proj = enc.encode([VEG, BARE])  # rows: e_veg, e_bare
    return TQ.make_tower(tmp_path / "tower.onnx", a, proj)


@pytest.fixture()
def cache(tmp_path):
    image_cache.clear_memory()
    yield str(tmp_path / "cache")
    image_cache.clear_memory()


def reference(enc, prompts, negatives=(), calib=TQ.CALIBRATION):
    with rasterio.open(S2) as ds:
        names = list(ds.descriptions)
        red, nir = (ds.read(names.index(b) + 1).astype(np.float64) for b in ("B04", "B08"))
    ndvi = (nir - red) / (nir + red)
    e = enc.encode([VEG, BARE]).astype(np.float64)
    img = ndvi[..., None] * e[0] + 5 * red[..., None] * e[1]
    img /= np.linalg.norm(img, axis=-1, keepdims=True)
    t = enc.encode(list(prompts) + list(negatives)).astype(np.float64)
    cos = img @ t.T
    if cos.shape[-1] == 1:
        return 1 / (1 + np.exp(-(calib["single"]["a"] * cos + calib["single"]["b"])))[..., 0][None]
    z = np.exp(calib["softmax"]["scale"] * (cos - cos.max(-1, keepdims=True)))
    return np.moveaxis((z / z.sum(-1, keepdims=True))[..., :len(prompts)], -1, 0)


def test_single_prompt_equals_reference(enc, tower, cache, tmp_path):
    out = str(tmp_path / "p.tif")
    res = run_textquery(S2, "green vegetation", out, model=tower, cache_dir=cache, provider="cpu", threads=1)
    assert res.prompts == ["green vegetation"] and res.input_kind == "s2" and res.cache == ""
    with rasterio.open(out) as ds:
        got = ds.read()
        assert ds.descriptions == ("green vegetation",) and ds.tags(1)["PROMPT"] == "green vegetation"
        with rasterio.open(S2) as src:
            assert ds.transform == src.transform and ds.crs == src.crs
    np.testing.assert_allclose(got, reference(enc, ["green vegetation"]), atol=2e-3)  # features are cached as float16
    with rasterio.open(out) as ds:
        assert "NEGATIVE_PROMPTS" not in ds.tags() and ds.tags()["CALIBRATION"] == (
            "single prompt: sigmoid(a*cos + b), a = %g, b = %g (Platt)" % (TQ.CALIBRATION["single"]["a"],
                                                                          TQ.CALIBRATION["single"]["b"]))
    assert 0.0 <= np.nanmin(got) and np.nanmax(got) <= 1.0 and np.nanstd(got) > 0.01


def test_several_prompts_and_negatives_softmax(enc, tower, cache, tmp_path):
    out = str(tmp_path / "p.tif")
    run_textquery(S2, "forest\nbare soil\n\n", out, negatives="water", model=tower, cache_dir=cache,
                  provider="cpu", threads=1)
    with rasterio.open(out) as ds:
        got = ds.read()
        assert ds.count == 2 and ds.descriptions == ("forest", "bare soil")
        tags = ds.tags()
    np.testing.assert_allclose(got, reference(enc, ["forest", "bare soil"], ["water"]), atol=2e-3)  # features are cached as float16
    assert np.all(got.sum(0) <= 1 + 1e-5)
    # the negatives shape every value: the file says which, and how the cosines became probabilities (the audit)
    assert tags["NEGATIVE_PROMPTS"] == "water" and tags["PROMPTS"] == "forest\nbare soil"
    assert tags["CALIBRATION"].startswith("softmax(%g*cos) over 2 prompt(s) and 1 negative prompt(s)"
                                          % TQ.CALIBRATION["softmax"]["scale"])
    assert tags["TEXT_MODEL"] == f"{enc.card['id']} {enc.card['version']}"
    assert tags["TEXT_MODEL_WEIGHTS_SHA256"] == enc.card["weights_sha256"]
    from eolatent.core.textquery.tower import Tower
    made = Tower(tower, "cpu")
    assert tags["EOLATENT_MODEL"] == f"{made.id} {made.version}".strip() and tags["TOWER"] == made.id


def test_encode_once_query_many(enc, tower, cache, tmp_path):
    r1 = run_textquery(S2, "grassland", str(tmp_path / "a.tif"), model=tower, cache_dir=cache, provider="cpu")
    r2 = run_textquery(S2, "meadows", str(tmp_path / "b.tif"), model=tower, cache_dir=cache, provider="cpu")
    assert (r1.cache, r2.cache) == ("", "memory")
    entries = [d for d in os.listdir(cache)]
    assert len(entries) == 1 and not entries[0].startswith(".")  # no temporary folder left
    image_cache.clear_memory()
    r3 = run_textquery(S2, "meadows", str(tmp_path / "c.tif"), model=tower, cache_dir=cache, provider="cpu")
    assert r3.cache == "disk"
    with rasterio.open(tmp_path / "b.tif") as a, rasterio.open(tmp_path / "c.tif") as b:
        np.testing.assert_allclose(a.read(), b.read(), atol=1e-3)  # the disk entry is float16
    # an edited input is a new key
    copy = str(tmp_path / "S2L1C_TOA_13band_2015-07-11.tif")
    shutil.copy(S2, copy)
    k1 = image_cache.content_key(copy, "m")
    with rasterio.open(copy, "r+") as ds:
        ds.write(ds.read(5) * 0.5, 5)
    assert image_cache.content_key(copy, "m") != k1 and image_cache.content_key(copy, "other") != k1


def test_no_valid_date_is_nodata(enc, tower, cache, tmp_path):
    src = str(tmp_path / "S2L1C_TOA_13band_2015-07-11.tif")
    shutil.copy(S2, src)
    with rasterio.open(src, "r+") as ds:
        b = ds.read(4)
        b[10:20, 30:40] = np.nan
        ds.write(b, 4)
    out = str(tmp_path / "p.tif")
    run_textquery(src, "forest", out, model=tower, cache_dir=cache, provider="cpu")
    with rasterio.open(out) as ds:
        got = ds.read(1)
    assert np.isnan(got[10:20, 30:40]).all() and np.isfinite(got[:10]).all()


def test_threshold_mask_and_polygons(enc, tower, cache, tmp_path):
    out, mask = str(tmp_path / "p.tif"), str(tmp_path / "m.tif")
    res = run_textquery(S2, "green vegetation", out, threshold=0.5, mask_output=mask, model=tower, cache_dir=cache,
                        provider="cpu")
    ref = reference(enc, ["green vegetation"])[0]
    with rasterio.open(mask) as ds:
        m = ds.read(1)
    agree = (m == 1) == (ref >= 0.5)
    assert agree.mean() > 0.999  # only pixels within float error of the threshold may differ
    from rasterio.features import shapes
    from rasterio.transform import Affine

    n_ref = sum(1 for _g, v in shapes((m == 1).astype(np.uint8), mask=m == 1, transform=Affine.identity()))
    assert len(res.polygons) == n_ref > 0 and all(p["prompt"] == "green vegetation" for p in res.polygons)
    area = sum(_area(p["geometry"]) for p in res.polygons)
    with rasterio.open(S2) as ds:
        px = abs(ds.transform.a * ds.transform.e)
    assert area == pytest.approx((m == 1).sum() * px, rel=1e-6)


def _area(geom):
    def ring(c):
        c = np.asarray(c)
        return 0.5 * abs(np.dot(c[:-1, 0], c[1:, 1]) - np.dot(c[1:, 0], c[:-1, 1]))
    rings = geom["coordinates"]
    return ring(rings[0]) - sum(ring(r) for r in rings[1:])


@pytest.mark.parametrize("prompts,match", [
    ("", "no text prompt"), ("   \n  ", "no text prompt"), (" ".join(["forest"] * 300), "too long"),
    ("森林と田んぼ", "English only"), ("\n".join(f"class {i}" for i in range(17)), "at most 16")])
def test_bad_prompts_refused_before_any_work(tower, cache, tmp_path, prompts, match):
    out = str(tmp_path / "p.tif")
    with pytest.raises(PromptError, match=match):
        run_textquery(S2, prompts, out, model=tower, cache_dir=cache)
    assert not os.path.exists(out) and not os.path.exists(cache)


def test_bad_inputs(tower, cache, tmp_path):
    with pytest.raises(TextQueryError, match="outside"):
        run_textquery(S2, "forest", str(tmp_path / "p.tif"), threshold=1.5, model=tower, cache_dir=cache)
    with pytest.raises(OSError, match="does not exist"):
        run_textquery(S2, "forest", str(tmp_path / "nope" / "p.tif"), model=tower, cache_dir=cache)
    with pytest.raises(TextQueryError, match="does not exist"):
        run_textquery(str(tmp_path / "missing.tif"), "forest", str(tmp_path / "p.tif"), model=tower)
    clp = os.path.join(HERE, "data", "slovenia", "CLP_68dates_s2cloudless.tif")
    with pytest.raises(TextQueryError, match="neither a Sentinel-2 stack nor a latent raster"):
        run_textquery(clp, "forest", str(tmp_path / "p.tif"), model=tower)
    # an S1 stack: named as such, with the way to query it, before the text model is looked for (a user without the
    # text model was sent to install it first, 55 MB, to learn the input was wrong)
    import s1_fixtures as S1F
    from eolatent.core.textquery import query_raster as qr

    s1 = S1F.write_tif(tmp_path / "s1.tif", np.full((2, 8, 8), -12.0, np.float32),
                       descriptions=["VV 2020-11-15", "VH 2020-11-15"])

    def no_text_model(*a, **k):
        raise AssertionError("the text model was loaded before the input was checked")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(qr, "text_encoder", no_text_model)
        with pytest.raises(TextQueryError, match="s1.tif is a Sentinel-1 stack: .*MODEL presto"):
            run_textquery(str(s1), "forest", str(tmp_path / "p.tif"), model=tower)
    assert not os.listdir(tmp_path / "cache") if os.path.exists(tmp_path / "cache") else True


def test_blank_negative_prompts_are_said_to_be_unused(tower, cache, tmp_path):
    from feedback_fixtures import Recording

    fb = Recording()
    run_textquery(S2, "forest", str(tmp_path / "p.tif"), negatives="  \n ", model=tower, cache_dir=cache, feedback=fb)
    assert "the negative prompts hold only blank lines: none is used" in fb.warnings


def test_cancel_leaves_nothing(tower, cache, tmp_path):
    class Stop:
        def progress(self, p):
            pass

        def is_canceled(self):
            return True

        def info(self, m):
            pass

    out = str(tmp_path / "p.tif")
    with pytest.raises(Cancelled):
        run_textquery(S2, "forest", out, model=tower, cache_dir=cache, feedback=Stop())
    assert not os.path.exists(out) and (not os.path.exists(cache) or os.listdir(cache) == [])


def test_latent_input_needs_the_matching_tower(enc, cache, tmp_path):
    import latent_fixtures as F
    from eolatent.core.encode.raster import run_encode

    enc_path = F.make_encoder(tmp_path / "encoder_test4.onnx")
    lat = str(tmp_path / "latent.tif")
    run_encode(lat, s2_path=S2, preset=enc_path, provider="cpu", threads=1)
    a = np.eye(F.L, 2, dtype=np.float32)
    proj = enc.encode([VEG, BARE])
    good = TQ.make_tower(tmp_path / "t_lat.onnx", a, proj, encoder="eolatent.encoder.test4")
    out = str(tmp_path / "p.tif")
    from feedback_fixtures import Recording

    log, quality = Recording(), str(tmp_path / "q_count.tif")
    res = run_textquery(lat, "forest", out, model=good, cache_dir=cache, provider="cpu", feedback=log,
                        quality_output=quality)
    assert res.input_kind == "latent"
    # the count is the clear S2 dates behind each chunk's valid windows, from the latent's quality bands
    from eolatent.core.latent.contract import open_latent

    with open_latent(lat) as lt_, rasterio.open(quality) as qd:
        q, valid = lt_.read_quality(), np.isfinite(lt_.read_means()).all(axis=1)
        want = np.where(valid, q % 100, 0).sum(axis=0)
        assert qd.descriptions[0] == "clear Sentinel-2 dates behind the latent"
        np.testing.assert_array_equal(qd.read(1), want)
    assert any(m.startswith(f"clear Sentinel-2 date(s) behind each pixel's latent: median {np.median(want[want > 0]):.0f}")
               for m in log.messages), log.messages
    with rasterio.open(lat) as ds:
        z = ds.read([1, 2]).astype(np.float64)  # window 0, features 0 and 1
        grid = (ds.transform, ds.width, ds.height)
    img = np.moveaxis(z, 0, -1) @ proj.astype(np.float64)
    img /= np.linalg.norm(img, axis=-1, keepdims=True)
    cos = img @ enc.encode(["forest"])[0]
    ref = 1 / (1 + np.exp(-(10.0 * cos - 7.0)))
    with rasterio.open(out) as ds:
        assert (ds.transform, ds.width, ds.height) == grid
        np.testing.assert_allclose(ds.read(1), ref, atol=2e-3)  # features are cached as float16
    other = TQ.make_tower(tmp_path / "t_other.onnx", a, proj, encoder="eolatent.encoder.other")
    with pytest.raises(TextQueryError, match="eolatent.encoder.other.*eolatent.encoder.test4"):
        run_textquery(lat, "forest", str(tmp_path / "q.tif"), model=other, cache_dir=cache)
    # a tower trained on the latents of another version of the same encoder (the raster says test4 0.0.1)
    newer = TQ.make_tower(tmp_path / "t_newer.onnx", a, proj, encoder="eolatent.encoder.test4", encoder_version="0.0.2")
    with pytest.raises(TextQueryError, match=r"test4 0\.0\.2, the raster was written by eolatent\.encoder\.test4 0\.0\.1"):
        run_textquery(lat, "forest", str(tmp_path / "q.tif"), model=newer, cache_dir=cache)
    assert not os.path.exists(tmp_path / "q.tif")
    s2_tower = TQ.make_tower(tmp_path / "t_s2.onnx", np.eye(S2_CHANNELS, 2, dtype=np.float32), proj)
    with pytest.raises(TextQueryError, match="reads Sentinel-2 stacks, but latent.tif is a latent raster of "
                                             "eolatent.encoder.test4; leave the model empty"):
        run_textquery(lat, "forest", str(tmp_path / "q.tif"), model=s2_tower, cache_dir=cache)
    with pytest.raises(TextQueryError, match="reads latent rasters"):
        run_textquery(S2, "forest", str(tmp_path / "q.tif"), model=good, cache_dir=cache)


def test_s2_band_order_is_the_contract():
    assert S2_BANDS == ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12") and S2_CHANNELS == 11


def test_a_prompt_that_is_also_a_negative_prompt_is_refused(tower, cache, tmp_path):
    """'forest' against the negative 'Forest ': the two share the softmax equally, so the map was 0.5, constant,
    without a word; refused before any work, naming the prompt."""
    out = str(tmp_path / "p.tif")
    with pytest.raises(PromptError, match="'forest': both a prompt and a negative prompt, they cancel out"):
        run_textquery(S2, "forest\nwater", out, negatives="Forest \nbare soil", model=tower, cache_dir=cache)
    assert not os.path.exists(out) and not os.path.exists(cache)


@pytest.mark.parametrize("prompts, negatives, said", [
    ("forest\nForest", None, "'forest' and 'Forest' are the same prompt"),
    ("built-up area\nwater\nBuilt-up  Area", None, "'built-up area' and 'Built-up  Area' are the same prompt"),
    ("forest", "water\nWÂTER", "'water' and 'WÂTER' are the same prompt"),
    ("forêt", "grass\nFORET ", "'forêt': both a prompt and a negative prompt")])
def test_prompts_the_text_model_reads_alike_are_refused(tower, cache, tmp_path, prompts, negatives, said):
    """'forest' given twice made two bands of exactly 0.5 everywhere, exit code 0: the text model lower-cases and
    strips accents, so a text given twice apart from those (and spacing) is refused before any work."""
    from eolatent.core.textquery.prompt_language import prompt_key

    assert prompt_key(" Forêt de  FEUILLUS ") == "foret de feuillus" and prompt_key("forests") != prompt_key("forest")
    assert prompt_key("forest.") != prompt_key("forest") == prompt_key("forest.", punctuation=False)
    assert prompt_key("water $") != prompt_key("water") == prompt_key("water $", punctuation=False)  # '$' is a token
    out = str(tmp_path / "p.tif")
    with pytest.raises(PromptError, match=said):
        run_textquery(S2, prompts, out, negatives=negatives, model=tower, cache_dir=cache)
    assert not os.path.exists(out) and not os.path.exists(cache)


def test_prompts_differing_only_in_punctuation_are_warned_about(tower, cache, tmp_path):
    """'forest' and 'forest.' are different tokens with embeddings of cosine about 0.95: not the same prompt, so the
    query runs, but they share most pixels and the log says so."""
    from feedback_fixtures import Recording

    rec = Recording()
    out = str(tmp_path / "p.tif")
    run_textquery(S2, "forest\nwater", out, negatives="Forest.", model=tower, cache_dir=cache, feedback=rec)
    assert os.path.exists(out)
    assert rec.warnings == ["'forest' and 'Forest.' differ only in punctuation: the text model reads them almost "
                            "alike, so they share most pixels and neither map means much; keep one of them"]


def test_a_damaged_shipped_tower_is_named_and_an_installed_copy_used(tmp_path, monkeypatch):
    """The towers were read without the manifest check every other model gets: a truncated shipped tower gave
    "truncated or corrupt ONNX file" naming no file; and the fix the message offers (a verified copy installed in the
    user model folder) was never used for a tower (the bad-input audit)."""
    import shutil

    from eolatent.core.engine import model_manifest
    from eolatent.core.textquery.tower import Tower, TowerError, installed_tower_path

    real = os.path.join(HERE, "..", "models", "textquery_s2_multiregion.onnx")
    release, shipped, user = (tmp_path / n for n in ("release", "shipped", "user"))
    for folder in (release, shipped, user):
        folder.mkdir()
    shutil.copy(real, release)
    doc = model_manifest.build_manifest(str(release), url_pattern="http://127.0.0.1:9/{file}", shipped_max=10 ** 9)
    (shipped / "manifest.json").write_text(model_manifest.dump_manifest(doc))
    data = open(real, "rb").read()
    (shipped / "textquery_s2_multiregion.onnx").write_bytes(data[:len(data) // 3])
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(user))
    with pytest.raises(TowerError, match=r"textquery_s2_multiregion.onnx in .*shipped does not match the manifest"):
        Tower(str(shipped / "textquery_s2_multiregion.onnx"), "cpu", 1)
    shutil.copy(real, user)
    assert installed_tower_path("s2_multiregion") == str(user / "textquery_s2_multiregion.onnx")
    assert Tower(installed_tower_path("s2_multiregion"), "cpu", 1).id == "eolatent.textquery.s2_multiregion"


def test_a_product_folder_is_read_as_sentinel2_not_as_a_latent(tmp_path, cache):
    """A SAFE folder (or its MTD_MSIL2A.xml) was first tried as a latent raster: "cannot open … choose a latent
    raster", or "band index 0 out of range"; it is read as the Sentinel-2 product it is (this small fixture lacks
    B06 and B07, which the message names)."""
    import sys

    sys.path.insert(0, HERE)
    import s2_fixtures as fx

    safe = fx.make_safe(tmp_path)
    for given in (str(safe), os.path.join(str(safe), "MTD_MSIL2A.xml")):
        with pytest.raises(TextQueryError, match=r"lacks band\(s\) B06, B07") as err:
            run_textquery(given, "forest", str(tmp_path / "p.tif"), cache_dir=cache)
        assert "latent raster written" not in str(err.value) and "band index" not in str(err.value)
