# SPDX-License-Identifier: GPL-3.0-or-later
"""core.classify: metrics against sklearn, rasterized samples against pixel centres, the spatial split, the
ONNX classifier against the sklearn model, tiled application, refusing a classifier made for another input,
and the errors of bad training data (real Slovenia latent raster from the shipped fine4 encoder)."""
import json
import os

import numpy as np
import pytest
import rasterio
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterio.transform import from_origin

import classify_fixtures as CF
from pixel_equality import assert_same_pixels
from eolatent.core.classify import metrics as mt
from eolatent.core.classify.apply_raster import load_classifier, run_apply
from eolatent.core.classify.features import FeatureSource, InputMismatch, as_matrix
from eolatent.core.classify.samples import SampleError, Samples, gather, label_raster
from eolatent.core.classify.split import draw_budget, spatial_split
from eolatent.core.classify.train import fit_forest, onnx_probabilities, to_onnx_model, train_classifier
from eolatent.core.outputs.geotiff import OutputError
from eolatent.core.inputs.sentinel2 import Grid

sk = pytest.importorskip("sklearn.metrics")


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    data = CF.slovenia_training(tmp_path_factory.mktemp("classify_real"))
    data["model"] = str(data["folder"] / "clf.onnx")
    data["train"] = train_classifier(data["latent"], data["samples"], data["classes"], data["model"],
                                     validation_fraction=0.3, n_trees=30, seed=1, refit=False)
    return data


# ---- metrics ----------------------------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4), st.integers(1, 4)), min_size=1, max_size=200))
def test_metrics_equal_sklearn(pairs):
    y, p = np.array(pairs).T
    labels = [1, 2, 3, 4]
    cm = mt.confusion_matrix(y, p, labels)
    np.testing.assert_array_equal(cm, sk.confusion_matrix(y, p, labels=labels))
    assert mt.overall_accuracy(cm) == pytest.approx(sk.accuracy_score(y, p))
    if len(set(y)) > 1 or len(set(p)) > 1:
        assert mt.kappa(cm) == pytest.approx(sk.cohen_kappa_score(y, p, labels=labels), abs=1e-12)
    pc = mt.per_class(cm)
    np.testing.assert_allclose(pc["f1"], sk.f1_score(y, p, labels=labels, average=None, zero_division=0))
    np.testing.assert_allclose(pc["precision"], sk.precision_score(y, p, labels=labels, average=None,
                                                                   zero_division=0))
    np.testing.assert_allclose(pc["recall"], sk.recall_score(y, p, labels=labels, average=None, zero_division=0))
    present = sorted(set(y.tolist()))
    rep = mt.report(y, p, labels)
    assert rep["macro_f1"] == pytest.approx(sk.f1_score(y, p, labels=present, average="macro", zero_division=0))


def test_kappa_known_answer():
    # Cohen (1960)-style example: po = 0.7, pe = 0.5 → kappa 0.4
    cm = np.array([[20, 5], [10, 15]])
    assert mt.kappa(cm) == pytest.approx(0.4)
    assert mt.overall_accuracy(cm) == pytest.approx(0.7)


# ---- samples ---------------------------------------------------------------------------------------
def _centres_in_polygon(grid, ring):
    from matplotlib.path import Path

    rows, cols = np.mgrid[0:grid.height, 0:grid.width]
    x, y = grid.transform * (cols + 0.5, rows + 0.5)
    return Path(ring).contains_points(np.c_[x.ravel(), y.ravel()]).reshape(grid.shape)


def test_rasterized_labels_are_the_pixel_centres_inside_the_polygons():
    grid = Grid("EPSG:32633", from_origin(1000.0, 2000.0, 10.0, 10.0), 40, 30)
    tri = [(1013.0, 1995.0), (1243.0, 1903.0), (1071.0, 1717.0), (1013.0, 1995.0)]
    quad = [(1250.0, 1760.0), (1380.0, 1760.0), (1380.0, 1890.0), (1250.0, 1890.0), (1250.0, 1760.0)]
    point = {"type": "Point", "coordinates": [1155.0, 1722.0]}   # pixel (27, 15)
    samples = Samples([{"type": "Polygon", "coordinates": [tri]}, {"type": "Polygon", "coordinates": [quad]}, point],
                      [2, 5, 7])
    lab = label_raster(grid, samples)
    expected = np.where(_centres_in_polygon(grid, tri), 2, 0)
    expected[_centres_in_polygon(grid, quad)] = 5
    expected[27, 15] = 7
    np.testing.assert_array_equal(lab, expected)
    # streamed gathering (tiles of 7 px) finds exactly these pixels with their features
    feats = np.stack([np.arange(grid.height * grid.width, dtype=np.float32).reshape(grid.shape)] * 2)
    feats[1] *= -1
    got = gather(grid, samples, lambda win: feats[:, win.row_off:win.row_off + win.height,
                                                 win.col_off:win.col_off + win.width], size=7)
    order = np.argsort(got["rows"] * grid.width + got["cols"])
    r, c = np.nonzero(expected)
    np.testing.assert_array_equal(got["rows"][order], r)
    np.testing.assert_array_equal(got["cols"][order], c)
    np.testing.assert_array_equal(samples.code_of(got["ids"][order]), expected[r, c])
    np.testing.assert_array_equal(got["X"][order, 0], feats[0, r, c])
    np.testing.assert_array_equal(got["X"][order, 1], -feats[0, r, c])


def test_points_sharing_a_pixel_each_keep_their_label():
    """Two points of different classes in one pixel, a MultiPoint over two pixels, a point off the grid and a point
    on a polygon's pixel: every point inside the grid is a row with its own sample id (before, the later point took
    the pixel and the earlier one was reported as 'covering no pixel centre')."""
    grid = Grid("EPSG:32633", from_origin(0, 100, 10, 10), 10, 10)
    feats = np.arange(100, dtype=np.float32).reshape(1, 10, 10)
    pt = lambda x, y: {"type": "Point", "coordinates": [x, y]}                       # noqa: E731
    square = {"type": "Polygon", "coordinates": [[[0, 100], [20, 100], [20, 80], [0, 80], [0, 100]]]}
    geoms = [pt(55, 45), pt(58, 42), {"type": "MultiPoint", "coordinates": [[5, 95], [95, 5]]}, pt(150, 50),
             square, pt(15, 85)]
    smp = Samples(geoms, [1, 2, 3, 1, 4, 2])
    got = gather(grid, smp, lambda win: feats[:, win.row_off:win.row_off + win.height,
                                              win.col_off:win.col_off + win.width])
    rows = sorted(zip(got["ids"].tolist(), got["rows"].tolist(), got["cols"].tolist(), got["X"][:, 0].tolist()))
    assert rows == [(1, 5, 5, 55.0), (2, 5, 5, 55.0), (3, 0, 0, 0.0), (3, 9, 9, 99.0),
                    (5, 0, 0, 0.0), (5, 0, 1, 1.0), (5, 1, 0, 10.0), (5, 1, 1, 11.0), (6, 1, 1, 11.0)]


# ---- split -----------------------------------------------------------------------------------------
@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.1, 0.6), st.sampled_from([-1.0, 0.0, 50.0, 300.0]))
def test_split_keeps_polygons_and_blocks_whole(seed, fraction, block):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 80))
    ids = np.arange(1, n + 1)
    codes = rng.integers(1, 5, size=n)
    centroids = rng.uniform(0, 1000, size=(n, 2))
    sp = spatial_split(ids, codes, centroids, fraction, block, seed)
    assert not set(sp.train) & set(sp.validation)
    assert set(sp.train) | set(sp.validation) == set(ids)
    for c in np.unique(codes):
        members = set(ids[codes == c])
        assert members & set(sp.train), "every class keeps a training sample"
        if len(members) >= 2 and c not in sp.unvalidated:
            assert members & set(sp.validation)
    if block > 0:  # whole blocks: a block is on one side only
        from eolatent.core.classify.split import block_keys

        keys = block_keys(centroids, block)
        side = np.isin(ids, sp.validation)
        for k in np.unique(keys):
            assert len(set(side[keys == k])) == 1
    # pixels of one polygon never end on both sides
    pixel_ids = np.repeat(ids, rng.integers(1, 5, size=n))
    s = sp.side_of(pixel_ids)
    for i in ids:
        assert len(set(s[pixel_ids == i])) == 1
    chosen = draw_budget(sp.train, codes[np.searchsorted(ids, sp.train)], 2, seed)
    assert set(chosen) <= set(sp.train)
    assert all(np.sum(np.isin(chosen, ids[codes == c])) <= 2 for c in np.unique(codes))


def test_split_holds_out_the_quota_not_half_of_few_labels():
    """5 points a class scattered over 25 blocks: the split sets aside round(0.3 × 5) = 2 of each class where the
    blocks allow it (the second pass alone, as before, took up to 4 of 5 by accepting any block that helped one
    class)."""
    rng = np.random.default_rng(3)
    over = []
    for seed in range(20):
        codes = np.repeat(np.arange(1, 6), 5)
        ids = np.arange(1, 26)
        cent = rng.uniform(0, 1000, (25, 2))
        sp = spatial_split(ids, codes, cent, 0.3, -1.0, seed)
        per_class = [np.isin(ids[codes == c], sp.validation).sum() for c in range(1, 6)]
        assert min(per_class) >= 1 and max(per_class) <= 2   # the quota (2 of 5); training keeps 3 of each
        over.append(len(sp.validation) - 10)
        old = spatial_split(ids, codes, cent, 0.3, -1.0, seed, exact_first=False)
        assert len(old.validation) >= len(sp.validation) - 2
    assert np.mean(over) < 1.0              # on average within one sample of the quota (10 of 25)
    own = spatial_split(np.arange(1, 26), np.repeat(np.arange(1, 6), 5), rng.uniform(0, 1000, (25, 2)), 0.3, 0.0, 1)
    assert len(own.validation) == 10        # one sample per block: exactly the quota


# ---- training, ONNX export, application -------------------------------------------------------------
def test_onnx_classifier_equals_sklearn():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 12)).astype(np.float32)
    y = np.where(X[:, 0] + 0.5 * X[:, 3] > 0, 3, 7) + (X[:, 5] > 1)
    clf = fit_forest(X, y, n_trees=25, seed=0)
    model = to_onnx_model(clf, 12)
    Xt = rng.normal(size=(300, 12)).astype(np.float32)
    np.testing.assert_allclose(onnx_probabilities(model.SerializeToString(), Xt), clf.predict_proba(Xt), atol=1e-5)


def test_train_on_real_latent_card_and_metrics(real):
    res = real["train"]
    card = load_classifier(real["model"]).card
    assert card["id"].startswith("eolatent.classifier.") and card["task"] == "classify"
    spec = card["inputs"][0]["spec"]
    assert spec["kind"] == "latent" and spec["encoder"] == "eolatent.encoder.fine4" and spec["n_features"] == 5 * 64
    assert [c["value"] for c in card["outputs"][0]["classes"]] == sorted(c["value"] for c in card["outputs"][0]
                                                                         ["classes"])
    assert {c["name"] for c in card["outputs"][0]["classes"]} <= {v[0] for v in CF.LULC.values()}
    # the card's metrics are the validation metrics; recompute them from the validation pixels
    with FeatureSource(real["latent"]) as src:
        got = gather(src.grid, real["samples"], src.read)
    val = np.isin(got["ids"], res.split.validation)
    X, valid = as_matrix(got["X"][val].T[:, :, None])
    X = X.reshape(int(val.sum()), -1)
    clf = load_classifier(real["model"])
    with open(real["model"], "rb") as fh:
        proba = onnx_probabilities(fh.read(), X[valid])
    pred = clf.values[np.argmax(proba, axis=1)]
    truth = real["samples"].code_of(got["ids"][val][valid])
    assert res.report["overall_accuracy"] == pytest.approx(sk.accuracy_score(truth, pred))
    assert res.report["kappa"] == pytest.approx(sk.cohen_kappa_score(truth, pred))
    assert card["metrics"]["confusion_matrix"] == res.report["confusion_matrix"]
    assert not set(res.split.train) & set(res.split.validation)


def test_refit_keeps_the_validation_figures_and_maps_with_every_label(real, tmp_path):
    """By default the classifier is fitted again on every labelled sample after the validation: the report is the
    validated model's (the same figures as without the refit), the card says so, and the saved model has learnt
    the validation pixels too."""
    model = str(tmp_path / "refit.onnx")
    res = train_classifier(real["latent"], real["samples"], real["classes"], model, validation_fraction=0.3,
                           n_trees=30, seed=1)
    assert res.report["overall_accuracy"] == real["train"].report["overall_accuracy"]
    assert res.report["confusion_matrix"] == real["train"].report["confusion_matrix"]
    assert "fitted again on every labelled sample" in res.report["validation"]
    card = load_classifier(model).card
    training = card["training_data"]
    assert training["refit_on_all"] is True
    assert training["n_refit_samples"] == len(res.split.train) + len(res.split.validation)
    with FeatureSource(real["latent"]) as src:
        got = gather(src.grid, real["samples"], src.read)
    val = np.isin(got["ids"], res.split.validation)
    X, valid = as_matrix(got["X"][val].T[:, :, None])
    X = X.reshape(int(val.sum()), -1)[valid]
    truth = real["samples"].code_of(got["ids"][val][valid])
    acc = {}
    for name, path in (("validated", real["model"]), ("refit", model)):
        with open(path, "rb") as fh:
            acc[name] = sk.accuracy_score(truth, load_classifier(path).values[np.argmax(
                onnx_probabilities(fh.read(), X), axis=1)])
    assert acc["validated"] == pytest.approx(res.report["overall_accuracy"])
    assert acc["refit"] > acc["validated"] + 0.05      # it has seen them


def test_apply_tiled_equals_untiled_and_the_model(real, tmp_path):
    a = run_apply(real["latent"], real["model"], str(tmp_path / "a.tif"), str(tmp_path / "ac.tif"), provider="cpu",
                  threads=1, tile_size=7)
    b = run_apply(real["latent"], real["model"], str(tmp_path / "b.tif"), str(tmp_path / "bc.tif"), provider="cpu",
                  threads=1, tile_size=512)
    with rasterio.open(a.output) as x, rasterio.open(b.output) as y, rasterio.open(a.confidence) as cx, \
            rasterio.open(b.confidence) as cy:
        np.testing.assert_array_equal(x.read(), y.read())
        assert_same_pixels(cx.read(), cy.read())          # other batches: float confidence within ulps
        classes, conf = x.read(1), cx.read(1)
        assert x.nodata == 0 and json.loads(x.tags()["CLASSES"])[0]["name"]
    with FeatureSource(real["latent"]) as src:
        X, valid = as_matrix(src.read())
    with open(real["model"], "rb") as fh:
        proba = onnx_probabilities(fh.read(), X)
    clf = load_classifier(real["model"])
    expect = np.where(valid, clf.values[np.argmax(proba, axis=1)], 0).reshape(classes.shape)
    np.testing.assert_array_equal(classes, expect)
    np.testing.assert_allclose(conf[valid.reshape(conf.shape)], np.clip(proba.max(axis=1)[valid], 0, 1), atol=1e-6)
    assert set(np.unique(classes)) <= set(clf.values.tolist()) | {0}


def test_apply_refuses_a_classifier_for_another_input(real, tmp_path):
    import latent_fixtures as LF

    from eolatent.core.encode.raster import run_encode

    enc = LF.make_encoder(tmp_path / "enc.onnx")
    other = str(tmp_path / "latent_test4.tif")
    run_encode(other, s2_path=real["stack"], preset=enc, provider="cpu", threads=1)
    with pytest.raises(InputMismatch, match=r"eolatent\.encoder\.fine4.*eolatent\.encoder\.test4"):
        run_apply(other, real["model"], str(tmp_path / "x.tif"), provider="cpu")
    with pytest.raises(InputMismatch, match="latent raster and a raw raster"):
        run_apply(real["stack"], real["model"], str(tmp_path / "y.tif"), provider="cpu")
    assert not os.path.exists(tmp_path / "x.tif") and not os.path.exists(tmp_path / "y.tif")


def test_raw_stack_classifier_refuses_other_bands(real, tmp_path):
    model = str(tmp_path / "raw.onnx")
    res = train_classifier(real["stack"], real["samples"], real["classes"], model, validation_fraction=0.3,
                           n_trees=10, seed=0)
    assert res.card["inputs"][0]["spec"]["kind"] == "raw" and res.card["inputs"][0]["spec"]["n_features"] == 65
    with rasterio.open(real["stack"]) as ds:
        data = ds.read([4, 8])
        other = CF.write_raster(tmp_path / "two.tif", data, ds.transform, ds.crs, descriptions=["B04", "B08"])
    with pytest.raises(InputMismatch, match="raster of 65 band.*raster of 2 band"):
        run_apply(other, model, str(tmp_path / "z.tif"), provider="cpu")


# ---- errors ----------------------------------------------------------------------------------------
def test_bad_training_data_errors(real, tmp_path):
    geoms, ids = real["samples"].geometries, real["samples"].codes
    out = str(tmp_path / "m.onnx")
    forest = [g for g, c in zip(geoms, ids) if c == 2]
    with pytest.raises(SampleError, match="only one class \\(forest\\)"):
        train_classifier(real["latent"], Samples(forest, [2] * len(forest)), real["classes"], out)
    far = {"type": "Polygon", "coordinates": [[(0, 0), (100, 0), (100, 100), (0, 0)]]}
    with pytest.raises(SampleError, match="none of the 2 training features overlaps"):
        train_classifier(real["latent"], Samples([far, far], [2, 3]), real["classes"], out)
    with pytest.raises(SampleError, match="no feature with a class value"):
        train_classifier(real["latent"], Samples([], []), real["classes"], out)
    tiny = [g for g, c in zip(geoms, ids) if c == 1]  # cultivated-land polygons: 1-2 latent pixels
    with pytest.raises(SampleError, match="only one class|cover"):
        train_classifier(real["latent"], Samples(tiny[:1], [1]), real["classes"], out)
    with pytest.raises(OutputError, match="does not exist"):
        run_apply(real["latent"], real["model"], str(tmp_path / "nowhere" / "m.tif"))
    assert not os.path.exists(out)


def test_an_all_nan_latent_is_named_in_training_and_refused_in_apply(real, tmp_path):
    """An all-NaN latent: training said "only one class (none)", applying wrote an all-nodata map with exit 0."""
    import shutil

    from eolatent.core.engine.input_checks import NoValidPixelError

    empty = str(tmp_path / "empty.tif")
    shutil.copyfile(real["latent"], empty)
    with rasterio.open(empty, "r+") as ds:
        ds.write(np.full((ds.count, ds.height, ds.width), np.nan, np.float32))
    with pytest.raises(SampleError, match=r"training pixels on empty\.tif hold no value"):
        train_classifier(empty, real["samples"], real["classes"], str(tmp_path / "m.onnx"))
    out = tmp_path / "map.tif"
    with pytest.raises(NoValidPixelError, match=r"no valid pixel in empty\.tif"):
        run_apply(empty, real["model"], str(out), provider="cpu")
    assert not out.exists() and not (tmp_path / "m.onnx").exists() and not list(tmp_path.glob(".map.tif*"))
    from eolatent.core.classify.similarity import run_similarity

    with pytest.raises(SampleError, match=r"empty\.tif holds no value at all"):     # was "choose other references"
        run_similarity(empty, real["samples"], str(tmp_path / "sim.tif"))
    assert not (tmp_path / "sim.tif").exists()


def test_truncated_rasters_are_named_with_the_fix(real, tmp_path):
    """cluster / classify / similarity on a truncated file printed GDAL's raw read error and no fix."""
    from eolatent.core.classify.cluster import run_cluster
    from eolatent.core.latent.contract import LatentFormatError

    for src, name, words in ((real["latent"], "latent_cut.tif", "copy it again or encode it again"),
                             (real["stack"], "stack_cut.tif", "truncated or corrupt - download or export it again")):
        with open(src, "rb") as fh:
            data = fh.read()
        (tmp_path / name).write_bytes(data[:len(data) * 2 // 3])
        with pytest.raises((ValueError, LatentFormatError), match=words):
            run_cluster(str(tmp_path / name), str(tmp_path / "c.tif"), k=3)
        assert not (tmp_path / "c.tif").exists()
    # cut so short that the latent tags are gone: it passed for a raw raster ("a latent raster and a raw raster are
    # not interchangeable", "none of the training features overlaps")
    with open(real["latent"], "rb") as fh:
        (tmp_path / "stub.tif").write_bytes(fh.read(30000))
    with pytest.raises(ValueError, match="stub.tif .*truncated or corrupt"):
        run_apply(str(tmp_path / "stub.tif"), real["model"], str(tmp_path / "m.tif"), provider="cpu")
    with pytest.raises(ValueError, match="stub.tif .*truncated or corrupt"):
        train_classifier(str(tmp_path / "stub.tif"), real["samples"], real["classes"], str(tmp_path / "m.onnx"))


def test_chunks_partly_covered_by_data_are_left_out_of_the_kmeans_fit():
    """fine4 on a grid snapped outwards: the top row of chunks is a quarter empty, its latents differ from every
    other row's, and cluster --k 0 made it a cluster of its own. Such chunks are known from DATA_WINDOW and left out
    of the fitting sample (still assigned)."""
    from types import SimpleNamespace as NS

    from eolatent.core.classify.cluster import chunk_coverage, partial_chunks, sample_pixels

    lat = NS(data_window=(0, 1, 100, 101), chunk_px=4)        # stack 101 wide, 102 high; row 0 and col 100 empty
    src = NS(latent=lat, grid=NS(height=26, width=26), n_features=1)
    part = partial_chunks(src)
    assert part[0].all() and part[:, 25].all() and part[25].all()        # top row, last column, last row (102 px)
    assert not part[1:25, :25].any()
    values = np.where(part, 100.0, 1.0).astype(np.float32)[None]           # the partial chunks are outliers
    src.read = lambda win: values[:, win.row_off:win.row_off + win.height, win.col_off:win.col_off + win.width]
    sample = sample_pixels(src, 10000, seed=0)
    assert len(sample) == int((~part).sum()) and (sample == 1.0).all()
    assert partial_chunks(NS(latent=NS(data_window=None, chunk_px=4), grid=src.grid)) is None
    cover = chunk_coverage(src)       # rows 1 … 101 and columns 0 … 99 hold data
    assert (cover[0, 0], cover[25, 0], cover[0, 25], cover[12, 12], cover[25, 24]) == (0.75, 0.5, 0.0, 1.0, 0.5)
    assert partial_chunks(NS(latent=NS(data_window=(0, 0, 5, 5), chunk_px=4), grid=src.grid)) is None   # mostly


def test_cluster_leaves_chunks_at_most_half_covered_empty(real, tmp_path):
    """The demo tile's half-covered edge chunks were assigned almost wholly to one cluster (a stripe along the
    edge): at most half covered they are left empty and counted in the log; more than half covered, assigned."""
    from feedback_fixtures import Recording

    from eolatent.core.classify.cluster import chunk_coverage, run_cluster
    from eolatent.core.classify.stacked import open_features

    with open_features(real["latent"], lambda *a: None) as src:
        cover = chunk_coverage(src)
        has = np.isfinite(src.read(rasterio.windows.Window(0, 0, src.grid.width, src.grid.height))).any(axis=0)
    half = has & (cover <= 0.5)
    assert half.sum() >= 20                             # the bottom row of this tile: a quarter covered
    fb = Recording()
    run_cluster(real["latent"], str(tmp_path / "c.tif"), k=3, feedback=fb)
    with rasterio.open(tmp_path / "c.tif") as ds:
        labels = ds.read(1)
    assert (labels[half] == 0).all() and (labels[has & ~half] > 0).all()
    assert any(f"{int(half.sum())} of them, at most half covered, are left empty" in m for m in fb.messages)


def test_as_matrix_fills_nan_and_leaves_the_block_alone():
    block = np.array([[[1.0, np.nan], [np.nan, 4.0]], [[5.0, 6.0], [np.nan, np.nan]]], np.float32)   # (2, 2, 2)
    before = block.copy()
    X, valid = as_matrix(block, fill=-9.0)
    np.testing.assert_array_equal(X, [[1, 5], [-9, 6], [-9, -9], [4, -9]])
    np.testing.assert_array_equal(valid, [True, True, False, True])
    assert X.dtype == np.float32 and X.flags["C_CONTIGUOUS"]
    np.testing.assert_array_equal(block, before)                      # NaN-filled copy, not in place
    one = np.array([[[np.nan, 2.0]]], np.float32)                    # one feature: (n, 1) would be a view
    X1, v1 = as_matrix(one)
    np.testing.assert_array_equal(X1[:, 0], [0.0, 2.0])
    np.testing.assert_array_equal(v1, [False, True])
    assert np.isnan(one[0, 0, 0])


def test_empty_latent_features_are_named_by_their_window():
    """The latent desktop audit: "128 of 320 features hold no value in the sampled pixels (latent feature 65, latent
    feature 66, …)": two cloudy windows, named by index; a whole window is named by its dates."""
    from eolatent.core.classify.features import feature_labels, named_features

    spec = dict(kind="latent", latent_size=64, n_features=320,
                windows=[f"2015-07-{d:02d}/2015-07-{d + 9:02d}" for d in (1, 11, 21)] + ["2015-07-31/2015-08-09",
                                                                                         "2015-08-10/2015-08-19"])
    assert feature_labels(spec)[65] == "feature 2 of window 2015-07-11/2015-07-20"
    assert named_features(spec, list(range(64, 192))) == ("every feature of window 2015-07-11/2015-07-20, every "
                                                          "feature of window 2015-07-21/2015-07-30")
    assert named_features(spec, [0, 3] + list(range(256, 320))) == (
        "every feature of window 2015-08-10/2015-08-19, feature 1 of window 2015-07-01/2015-07-10, feature 4 of "
        "window 2015-07-01/2015-07-10")
    assert named_features(dict(kind="latent", n_features=3), [1]) == "latent feature 2"     # no windows: by index


def test_a_model_for_another_band_count_says_the_counts():
    """The CLI audit: a 65-band model applied to a 13-band raster was refused "(the band names differ)"."""
    from eolatent.core.classify.features import spec_problems

    model = dict(kind="raw", bands=[f"B{i:02d}" for i in range(65)], n_features=65)
    raster = dict(kind="raw", bands=[f"B{i:02d}" for i in range(13)], n_features=13)
    assert spec_problems(model, raster) == ["65 band(s) ≠ 13"]
    assert spec_problems(model, dict(model, bands=model["bands"][::-1])) == ["the band names differ"]
