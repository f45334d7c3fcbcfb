# SPDX-License-Identifier: GPL-3.0-or-later
"""Stacked features (core.classify.stacked): several rasters — latents of two encoders, dated LAI-like rasters —
read as one source on the finest grid, a coarse raster repeated onto it (values checked pixel by pixel against
numpy), grids that cannot be stacked refused naming both rasters; a classifier trained on a stack maps exactly
what its ONNX model gives on the concatenated features and refuses another stack; clusters and similarity on a
stack; the --extra-inputs of the command line and EXTRA_INPUTS of Processing give the same maps."""
import json
import os
from datetime import date

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

import classify_fixtures as CF
from eolatent.core.classify.features import InputMismatch, band_name, check_spec
from eolatent.core.classify.stacked import open_features
from eolatent.core.classify.samples import Samples
from eolatent.core.classify.stacked import GridMismatch, StackedFeatures

X0, Y0 = 500000.0, 5000000.0
H, W = 40, 48  # fine grid (10 m)


def fine(x0=X0, y0=Y0, res=10.0):
    return from_origin(x0, y0, res, res)


def write_latent(path, means, transform, windows, encoder="eolatent.encoder.fine4", chunk_px=2, logvar=True,
                 quality=False, crs="EPSG:32633"):
    """A latent raster (docs/latent_contract.md) holding ``means`` (nw, L, h, w)."""
    from eolatent.core.latent.contract import TimeWindow, band_layout

    nw, size, h, w = means.shape
    kinds = ("mean", "logvar") if logvar else ("mean",)
    tws = [TimeWindow(i, date.fromisoformat(a), date.fromisoformat(b)) for i, (a, b) in enumerate(windows)]
    descr, btags = band_layout(tws, size, kinds)
    data = [np.concatenate([means[k]] + ([np.full_like(means[k], -2.0)] if logvar else [])) for k in range(nw)]
    if quality:
        data.append(np.full((nw, h, w), 112.0, np.float32))
        descr += [f"{t.label} quality" for t in tws]
        btags += [dict(KIND="quality")] * nw
    data = np.concatenate(data).astype(np.float32)
    tags = dict(EOLATENT_LATENT="1", ENCODER_ID=encoder, ENCODER_VERSION="1.0.0", CHUNK_PX=str(chunk_px),
                WINDOW_DAYS="10", LATENT_SIZE=str(size), N_WINDOWS=str(nw), STACK_WIDTH=str(w * chunk_px),
                STACK_HEIGHT=str(h * chunk_px), KINDS=",".join(kinds), QUALITY_BANDS="1" if quality else "0")
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=len(data), dtype="float32", crs=crs,
                       transform=transform, nodata=float("nan")) as ds:
        ds.write(data)
        ds.update_tags(**tags)
        for b, (d, t) in enumerate(zip(descr, btags), start=1):
            ds.set_band_description(b, d)
            ds.update_tags(b, **t)
    return str(path)


def dated(year, n=3, var="LAI"):
    return [f"{year}-0{5 + i}-01 {var} [m²/m²]" for i in range(n)]


def quadrants(seed=0):
    """Fine (3, H, W) and coarse (3, H/2, W/2) features of 4 well-separated quadrant classes (labels 0…3)."""
    rng = np.random.default_rng(seed)
    lab_c = (np.arange(H // 2)[:, None] >= H // 4) * 2 + (np.arange(W // 2)[None, :] >= W // 4)
    lab = np.repeat(np.repeat(lab_c, 2, 0), 2, 1)
    centres = rng.normal(size=(4, 6)) * 10
    a = centres[lab][:, :, :3].transpose(2, 0, 1) + rng.normal(size=(3, H, W))
    b = centres[lab_c][:, :, 3:].transpose(2, 0, 1) + rng.normal(size=(3, H // 2, W // 2))
    return a.astype(np.float32), b.astype(np.float32), lab


def up(x, f):
    return np.repeat(np.repeat(x, f, axis=-2), f, axis=-1)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("stacked")
    a, b, lab = quadrants()
    out = dict(folder=d, a=a, b=b, lab=lab)
    out["lai"] = CF.write_raster(d / "lai.tif", a, fine(), descriptions=dated(2019))
    out["lai2020"] = CF.write_raster(d / "lai2020.tif", a, fine(), descriptions=dated(2020))
    out["coarse"] = CF.write_raster(d / "coarse.tif", b, fine(res=20.0), descriptions=["B02", "B03", "B04"])
    rng = np.random.default_rng(1)
    out["m4"] = rng.normal(size=(2, 4, H // 2, W // 2)).astype(np.float32)  # fine4-like, 20 m, 2 windows
    out["m4"][1, :, :3, :5] = np.nan  # the second window cloudy there
    out["mp"] = rng.normal(size=(1, 6, H, W)).astype(np.float32)  # presto-like, 10 m, no logvar, quality band
    out["lat4"] = write_latent(d / "lat4.tif", out["m4"], fine(res=20.0),
                               [("2019-05-01", "2019-05-10"), ("2019-05-11", "2019-05-20")])
    out["latp"] = write_latent(d / "latp.tif", out["mp"], fine(), [("2019-01-01", "2019-12-31")],
                               encoder="eolatent.encoder.presto", chunk_px=1, logvar=False, quality=True)
    return out


# ---- features ---------------------------------------------------------------------------------------
def test_stack_is_the_concatenation_with_the_coarse_raster_repeated(data):
    notes = []
    with open_features([data["coarse"], data["lat4"], data["latp"], data["lai"]], notes.append) as src:
        assert isinstance(src, StackedFeatures) and src.grid.transform == fine() and src.grid.shape == (H, W)
        expect = np.concatenate([up(data["b"], 2), up(data["m4"].reshape(8, H // 2, W // 2), 2),
                                 data["mp"][0], data["a"]])  # the quality band is not a feature
        got = src.read()
        np.testing.assert_array_equal(got, expect)
        assert got[:, 7, 11].tolist() == np.concatenate(
            [data["b"][:, 3, 5], data["m4"][:, :, 3, 5].ravel(), data["mp"][0, :, 7, 11], data["a"][:, 7, 11]]
        ).tolist()
        for r0, c0, h, w in ((0, 0, 5, 7), (3, 5, 9, 4), (39, 47, 1, 1), (1, 1, 38, 46)):
            np.testing.assert_array_equal(src.read(Window(c0, r0, w, h)), expect[:, r0:r0 + h, c0:c0 + w])
        spec = src.spec
        assert spec["kind"] == "stack" and spec["member_features"] == [3, 8, 6, 3] and src.n_features == 20
        assert [m["kind"] for m in spec["members"]] == ["raw", "latent", "latent", "raw"]
        assert spec["members"][3]["bands"] == ["LAI"] * 3
        assert "stack of 4 rasters" in src.describe() and "LAI × 3" in src.describe()
    assert "grid of latp.tif" in notes[0] and "coarse.tif (20 m) repeated 2 × 2" in notes[0]
    with open_features([data["lai"]]) as one:
        assert one.kind == "raw" and one.n_features == 3


def test_offset_and_partial_cover(data, tmp_path):
    # a fine raster whose corner is one pixel east and south of the coarse one's: the coarse raster does not
    # cover its last row and column (NaN there)
    a = np.arange(2 * H * W, dtype=np.float32).reshape(2, H, W)
    p = CF.write_raster(tmp_path / "off.tif", a, fine(X0 + 10.0, Y0 - 10.0))
    with open_features([data["coarse"], p]) as src:
        assert src.grid.transform == fine(X0 + 10.0, Y0 - 10.0)
        got = src.read()
        np.testing.assert_array_equal(src.read(Window(40, 30, 8, 10)), got[:, 30:, 40:])
    r, c = np.mgrid[0:H, 0:W]
    inside = (r + 1 < H) & (c + 1 < W)
    for k in range(3):
        coarse = data["b"][k][np.minimum(r + 1, H - 1) // 2, np.minimum(c + 1, W - 1) // 2]
        np.testing.assert_array_equal(got[k], np.where(inside, coarse, np.nan))
    assert got[0, 4, 6] == data["b"][0, 2, 3] and got[0, 3, 5] == data["b"][0, 2, 3]
    np.testing.assert_array_equal(got[3:], a)


def test_grids_that_cannot_be_stacked_are_refused(data, tmp_path):
    a = data["a"]
    cases = [(CF.write_raster(tmp_path / "utm34.tif", a, fine(), crs="EPSG:32634"), "not in the CRS of lai.tif"),
             (CF.write_raster(tmp_path / "far.tif", a, fine(X0 + 1000.0)), "do not cover the same area"),
             (CF.write_raster(tmp_path / "r25.tif", a[:, :16, :19], fine(res=25.0)), "not a whole multiple"),
             (CF.write_raster(tmp_path / "half.tif", a, fine(X0 + 5.0)), "not aligned")]
    for path, message in cases:
        with pytest.raises(GridMismatch, match=message) as err:
            open_features([data["lai"], path])
        assert os.path.basename(path) in str(err.value) and "eolatent:" in str(err.value)


def test_band_names_and_stack_specs():
    assert band_name("2019-05-01 LAI [m²/m²]", 0) == "LAI" and band_name("B04 2015-07-11", 3) == "B04"
    assert band_name("", 2) == "band 3"
    lai19 = dict(kind="raw", bands=["2019-05-01"], descriptions=["2019-05-01 LAI [m²/m²]"])  # an older spec
    lai20 = dict(kind="raw", bands=["LAI"], descriptions=["2020-05-03 LAI [m²/m²]"])
    fc = dict(kind="raw", bands=["FCOVER"], descriptions=["2020-05-03 FCOVER [1]"])
    lat = dict(kind="latent", encoder="e", latent_size=2, window_days=10, windows=["2019-05-01/2019-05-10"])
    stack = dict(kind="stack", members=[lat, lai19])
    check_spec(stack, dict(kind="stack", members=[lat, lai20]), "m", "r")  # another year: accepted
    with pytest.raises(InputMismatch, match="raster 2: the band names differ"):
        check_spec(stack, dict(kind="stack", members=[lat, fc]), "m", "r")
    with pytest.raises(InputMismatch, match="raster 1: a latent raster and a raw raster"):
        check_spec(stack, dict(kind="stack", members=[lai20, lat]), "m", "r")
    with pytest.raises(InputMismatch, match="2 stacked raster"):
        check_spec(stack, dict(kind="stack", members=[lat, lai20, fc]), "m", "r")
    with pytest.raises(InputMismatch, match="single raster and a stack of 2"):
        check_spec(stack, lat, "m", "r")
    # a retrained encoder (another version) writes other numbers in the same bands: refused naming both versions;
    # specs that do not state a version (older classifiers) are not compared
    v1, v2 = dict(lat, encoder_version="1.0.0"), dict(lat, encoder_version="1.1.0")
    with pytest.raises(InputMismatch, match=r"e 1\.0\.0, the raster was written by e 1\.1\.0"):
        check_spec(v1, v2, "m", "r")
    with pytest.raises(InputMismatch, match=r"raster 1: it reads latents of e 1\.0\.0"):
        check_spec(dict(kind="stack", members=[v1, lai19]), dict(kind="stack", members=[v2, lai20]), "m", "r")
    check_spec(v1, dict(v1), "m", "r")
    check_spec(lat, v2, "m", "r")


# ---- classify ---------------------------------------------------------------------------------------
def squares(lab, n=6, size=3, seed=0):
    """Square polygons (size × size px) inside each class of ``lab``, n per class, with their codes."""
    rng = np.random.default_rng(seed)
    t = fine()
    geoms, codes = [], []
    for k in np.unique(lab):
        rows, cols = np.nonzero(lab == k)
        for _ in range(n):
            i = rng.integers(len(rows))
            r, c = rows[i], cols[i]
            if (lab[r:r + size, c:c + size] != k).any() or r + size > H or c + size > W:
                continue
            x0, y0 = t * (c, r)
            x1, y1 = t * (c + size, r + size)
            geoms.append({"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]})
            codes.append(int(k) + 1)
    return geoms, np.array(codes)


@pytest.fixture(scope="module")
def trained(data):
    pytest.importorskip("sklearn")
    pytest.importorskip("skl2onnx")
    from eolatent.core.classify.train import train_classifier

    geoms, codes = squares(data["lab"])
    model = str(data["folder"] / "stack.onnx")
    res = train_classifier([data["coarse"], data["lai"]], Samples(geoms, codes), CF.classes(codes), model,
                           validation_fraction=0.0, n_trees=15, seed=2, threads=1)
    return dict(res=res, model=model, geoms=geoms, codes=codes)


def test_classifier_on_a_stack_maps_what_its_model_gives(data, trained, tmp_path):
    from eolatent.core.classify.apply_raster import run_apply
    from eolatent.core.classify.train import onnx_probabilities

    card = trained["res"].card
    spec = card["inputs"][0]["spec"]
    assert spec["kind"] == "stack" and spec["member_features"] == [3, 3]
    assert card["training_data"]["raster"] == "coarse.tif + lai.tif"
    out = run_apply([data["coarse"], data["lai"]], trained["model"], str(tmp_path / "map.tif"), provider="cpu",
                    threads=1, tile_size=16)
    with rasterio.open(out.output) as ds:
        got = ds.read(1)
        assert ds.transform == fine() and got.shape == (H, W)
    feats = np.concatenate([up(data["b"], 2), data["a"]]).reshape(6, -1).T
    with open(trained["model"], "rb") as fh:
        proba = onnx_probabilities(fh.read(), feats)
    values = np.array([c["value"] for c in out.classifier.classes])
    np.testing.assert_array_equal(got, values[np.argmax(proba, axis=1)].reshape(H, W))
    assert (got == data["lab"] + 1).mean() > 0.99
    # the LAI of another year (same variable, same number of dates): accepted, same features → same map
    again = run_apply([data["coarse"], data["lai2020"]], trained["model"], str(tmp_path / "map20.tif"),
                      provider="cpu", threads=1)
    with rasterio.open(again.output) as ds:
        np.testing.assert_array_equal(ds.read(1), got)


def test_classifier_on_a_stack_refuses_another_stack(data, trained, tmp_path):
    from eolatent.core.classify.apply_raster import run_apply

    for rasters, message in (([data["lai"], data["coarse"]], r"raster 1: the band names differ"),
                             (data["lai"], "single raster and a stack of 2"),
                             ([data["coarse"], data["lai"], data["latp"]], "2 stacked raster")):
        with pytest.raises(InputMismatch, match=message):
            run_apply(rasters, trained["model"], str(tmp_path / "x.tif"), provider="cpu")
    assert not os.path.exists(tmp_path / "x.tif")


# ---- cluster and similarity ---------------------------------------------------------------------------
def test_cluster_on_a_stack_is_standardised(data, tmp_path):
    sk = pytest.importorskip("sklearn.metrics")
    from eolatent.core.classify.cluster import assign, run_cluster

    res = run_cluster([data["lai"], data["coarse"]], str(tmp_path / "c.tif"), k=0, k_max=6, sample_size=1500,
                      seed=0, tile_size=16)
    with rasterio.open(res.output) as ds:
        got = ds.read(1)
        assert ds.tags()["FEATURES"] == "standardised"
    assert res.k == 4 and sk.adjusted_rand_score(data["lab"].ravel(), got.ravel()) == 1.0
    feats = np.concatenate([data["a"], up(data["b"], 2)]).reshape(6, -1).T
    mu, sd = res.scale
    np.testing.assert_allclose(mu, feats.mean(0), atol=1.0)  # the sample's mean (1500 of 1920 pixels)
    np.testing.assert_array_equal(got.ravel(), assign((feats - mu) / sd, res.centroids) + 1)
    # one raster in other units (× 1000) does not change the clusters
    big = CF.write_raster(tmp_path / "big.tif", data["b"] * 1000.0, fine(res=20.0))
    res2 = run_cluster([data["lai"], big], str(tmp_path / "c2.tif"), k=4, sample_size=1500, seed=0)
    with rasterio.open(res2.output) as ds:
        assert sk.adjusted_rand_score(got.ravel(), ds.read(1).ravel()) == 1.0


def test_similarity_on_a_stack_of_two_encoders(data, tmp_path):
    from eolatent.core.classify.similarity import SimilarityError, run_similarity

    r, c = 9, 30
    x, y = fine() * (c + 0.5, r + 0.5)
    refs = Samples([{"type": "Point", "coordinates": [x, y]}], [1])
    res = run_similarity([data["lat4"], data["latp"]], refs, str(tmp_path / "s.tif"), tile_size=16)
    feats = np.concatenate([up(data["m4"].reshape(8, H // 2, W // 2), 2), data["mp"][0]]).astype(np.float64)
    ref = feats[:, r, c]
    np.testing.assert_allclose(res.reference, ref, rtol=1e-6)  # 4 + 4 + 6 features: flat
    groups = [slice(0, 4), slice(4, 8), slice(8, 14)]
    with rasterio.open(res.output) as ds:
        sim = ds.read(1)
    assert sim[r, c] == pytest.approx(1.0, abs=1e-6)
    for rr, cc in ((0, 0), (2, 4), (20, 20), (39, 47)):
        ok = [g for g in groups if np.isfinite(feats[g, rr, cc]).all()]
        a = np.concatenate([feats[g, rr, cc] for g in ok])
        b = np.concatenate([ref[g] for g in ok])
        assert sim[rr, cc] == pytest.approx(a @ b / np.linalg.norm(a) / np.linalg.norm(b), abs=1e-6)
    per = run_similarity([data["lat4"], data["latp"]], refs, str(tmp_path / "w.tif"), per_window=True)
    assert per.bands == ["similarity fine4 2019-05-01/2019-05-10", "similarity fine4 2019-05-11/2019-05-20",
                         "similarity presto 2019-01-01/2019-12-31"]
    with rasterio.open(per.output) as ds:
        pw = ds.read()
    g = groups[2]
    expect = (feats[g] * ref[g, None, None]).sum(0) / np.linalg.norm(feats[g], axis=0) / np.linalg.norm(ref[g])
    np.testing.assert_allclose(pw[2], expect, atol=1e-6)
    assert np.isnan(pw[1, :6, :10]).all() and np.isfinite(pw[0]).all()
    with pytest.raises(SimilarityError, match="lai.tif is not a latent raster"):
        run_similarity([data["latp"], data["lai"]], refs, str(tmp_path / "n.tif"))


def test_an_extra_input_without_any_value_is_named(data, trained, tmp_path):
    """An all-NaN extra input changed nothing, silently, in similarity; cluster and classify said "448 of 640
    features hold no value" without naming the raster (the bad-input audit)."""
    pytest.importorskip("sklearn")
    from feedback_fixtures import Recording

    from eolatent.core.classify.cluster import run_cluster
    from eolatent.core.classify.similarity import run_similarity
    from eolatent.core.classify.train import train_classifier

    empty = CF.write_raster(tmp_path / "empty.tif", np.full_like(data["a"], np.nan), fine(), descriptions=dated(2021))
    (tmp_path / "latent").mkdir()
    said = "empty.tif holds no value at any {} pixel (nodata or NaN there): it adds nothing to the {}; check it"
    log = Recording()
    x, y = fine() * (30.5, 9.5)
    empty_latent = write_latent(tmp_path / "latent" / "empty.tif", np.full_like(data["m4"], np.nan), fine(res=20.0),
                                [("2019-05-01", "2019-05-10"), ("2019-05-11", "2019-05-20")])
    run_similarity([data["lat4"], empty_latent], Samples([{"type": "Point", "coordinates": [x, y]}], [1]),
                   str(tmp_path / "s.tif"), feedback=log)
    assert [w for w in log.warnings if w.startswith(said.format("reference", "similarity"))], log.warnings
    log = Recording()
    run_cluster([data["lai"], empty], str(tmp_path / "c.tif"), k=3, sample_size=500, seed=0, feedback=log)
    assert [w for w in log.warnings if w.startswith("empty.tif holds no value in any sampled pixel")], log.warnings
    res = train_classifier([data["coarse"], empty], Samples(trained["geoms"], trained["codes"]),
                           CF.classes(trained["codes"]), str(tmp_path / "m.onnx"), validation_fraction=0.0,
                           n_trees=5, seed=2, threads=1)
    assert [m for m in res.messages if m.startswith(said.format("labelled", "classifier"))], res.messages
    log = Recording()        # a raster with values: nothing said
    run_similarity([data["lat4"], data["latp"]], Samples([{"type": "Point", "coordinates": [x, y]}], [1]),
                   str(tmp_path / "s2.tif"), feedback=log)
    assert not [w for w in log.warnings if "holds no value" in w]


def test_pixels_lacking_some_features_are_counted(data, trained, tmp_path):
    """A pixel without the second fine4 window (cloudy in the corner) is mapped with 0 for those features: the log
    now says how many such pixels there are (the gaps audit: filled silently)."""
    from feedback_fixtures import Recording

    from eolatent.core.classify.apply_raster import run_apply
    from eolatent.core.classify.cluster import run_cluster

    corner = 2 * 3 * 2 * 5                      # m4[1, :, :3, :5] is NaN: 3 × 5 latent pixels of 20 m, 4 px of 10 m
    log = Recording()
    run_cluster([data["lat4"], data["latp"]], str(tmp_path / "c.tif"), k=3, sample_size=800, seed=0, feedback=log)
    said = [m for m in log.messages if "lack some of the features other pixels have" in m]
    assert len(said) == 1 and said[0].startswith(f"{corner} of the {H * W} mapped pixels"), log.messages
    log = Recording()
    run_apply([data["coarse"], data["lai"]], trained["model"], str(tmp_path / "k.tif"), provider="cpu", feedback=log)
    assert not [m for m in log.messages if "lack some" in m]       # every pixel has every feature


# ---- command line and Processing ------------------------------------------------------------------
def _vector(path, geoms, codes):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("samples", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("cls", ogr.OFTInteger))
    for g, v in zip(geoms, codes):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromJson(json.dumps(g)))
        f.SetField("cls", int(v))
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def _read(path):
    with rasterio.open(path) as ds:
        return ds.read()


def test_cli_extra_inputs(data, trained, tmp_path, capsys):
    from eolatent.cli import main
    from eolatent.core.classify.cluster import run_cluster

    rt = ["--provider", "cpu", "--threads", "1"]
    gpkg = _vector(tmp_path / "s.gpkg", trained["geoms"], trained["codes"])
    assert main(["classify", "--input", data["coarse"], "--extra-inputs", data["lai"], "--training", gpkg,
                 "--class-field", "cls", "--validation-fraction", "0", "--n-trees", "15", "--seed", "2",
                 "--output", str(tmp_path / "m.tif"), "--output-model", str(tmp_path / "m.onnx"), *rt]) == 0
    assert main(["classify", "--input", data["coarse"], "--extra-inputs", data["lai2020"], "--model",
                 str(tmp_path / "m.onnx"), "--output", str(tmp_path / "a.tif"), *rt]) == 0
    np.testing.assert_array_equal(_read(tmp_path / "a.tif"), _read(tmp_path / "m.tif"))
    assert (_read(tmp_path / "m.tif")[0] == data["lab"] + 1).mean() > 0.99
    assert main(["classify", "--input", data["coarse"], "--model", str(tmp_path / "m.onnx"), "--output",
                 str(tmp_path / "b.tif"), *rt]) != 0
    assert "stack of 2" in capsys.readouterr().err and not os.path.exists(tmp_path / "b.tif")
    assert main(["cluster", "--input", data["lai"], "--extra-inputs", data["coarse"], "--k", "4", "--sample-size",
                 "500", "--output", str(tmp_path / "c.tif"), *rt]) == 0
    run_cluster([data["lai"], data["coarse"]], str(tmp_path / "c_ref.tif"), k=4, sample_size=500)
    np.testing.assert_array_equal(_read(tmp_path / "c.tif"), _read(tmp_path / "c_ref.tif"))


def test_processing_extra_inputs(eolatent_provider, data, trained, tmp_path):
    import processing
    from eolatent.core.classify.cluster import run_cluster

    for name in ("classify", "cluster", "similarity"):
        assert "EXTRA_INPUTS" in [p.name() for p in eolatent_provider.algorithm(name).parameterDefinitions()]
    out = str(tmp_path / "a.tif")
    processing.run("eolatent:classify", dict(INPUT=data["coarse"], EXTRA_INPUTS=[data["lai"]], MODE=1,
                                             MODEL=trained["model"], OUTPUT=out, EXECUTION_PROVIDER=2, THREADS=1))
    ref = str(tmp_path / "ref.tif")
    from eolatent.core.classify.apply_raster import run_apply

    run_apply([data["coarse"], data["lai"]], trained["model"], ref, provider="cpu", threads=1)
    np.testing.assert_array_equal(_read(out), _read(ref))
    out = str(tmp_path / "c.tif")
    processing.run("eolatent:cluster", dict(INPUT=data["lai"], EXTRA_INPUTS=[data["coarse"]], K=4,
                                            SAMPLE_SIZE=500, OUTPUT=out))
    run_cluster([data["lai"], data["coarse"]], str(tmp_path / "c_ref.tif"), k=4, sample_size=500)
    np.testing.assert_array_equal(_read(out), _read(tmp_path / "c_ref.tif"))


def test_an_extra_raster_without_values_under_the_samples_is_named(data, tmp_path):
    """An all-nodata extra raster was taken in silently (its features filled, constant): trained as before, and the
    messages name its features."""
    pytest.importorskip("sklearn")
    pytest.importorskip("skl2onnx")
    from eolatent.core.classify.train import train_classifier

    empty = CF.write_raster(tmp_path / "empty.tif", np.full((2, H, W), np.nan, np.float32), fine(),
                            descriptions=dated(2021, n=2))
    geoms, codes = squares(data["lab"])
    res = train_classifier([data["coarse"], empty], Samples(geoms, codes), CF.classes(codes),
                           str(tmp_path / "m.onnx"), validation_fraction=0.0, n_trees=5, seed=2, threads=1)
    said = [m for m in res.messages if "hold no value at any labelled pixel" in m]
    assert len(said) == 1 and said[0].startswith("2 of 5 features") and "2021-05-01 LAI" in said[0], res.messages
    res = train_classifier([data["coarse"], data["lai"]], Samples(geoms, codes), CF.classes(codes),
                           str(tmp_path / "m2.onnx"), validation_fraction=0.0, n_trees=5, seed=2, threads=1)
    assert not [m for m in res.messages if "hold no value" in m]
