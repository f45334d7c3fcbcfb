# SPDX-License-Identifier: GPL-3.0-or-later
"""CLASSIFIER=ensemble: the soft vote equals the mean of its members' probabilities, each member fitted on its own
block of features only (a reference computed here member by member); its ONNX export equals scikit-learn; it trains
and maps through eolatent:classify on a stack of rasters and on the command line."""
import numpy as np
import pytest

import classify_fixtures as CF
from eolatent.core.classify import ensemble

pytest.importorskip("sklearn")
pytest.importorskip("skl2onnx")


def _two_blocks(per_class=8, seed=0):
    """Block 1 (4 features) separates classes 3 and 7 from 9; block 2 (3 features) separates 3 from 7 and 9."""
    rng = np.random.default_rng(seed)
    y = np.repeat([3, 7, 9], per_class)
    b1 = np.where((y == 9)[:, None], 2.0, -2.0) + rng.normal(0, 1, (len(y), 4))
    b2 = np.where((y == 3)[:, None], 2.0, -2.0) + rng.normal(0, 1, (len(y), 3))
    return np.concatenate([b1, b2], 1).astype(np.float32), y


def test_block_columns():
    assert ensemble.block_columns([2, 3]) == [[0, 1], [2, 3, 4]]
    with pytest.raises(ValueError, match="at least one feature"):
        ensemble.block_columns([3, 0])


def test_soft_vote_is_the_mean_of_members_fitted_on_their_own_block():
    from eolatent.core.classify.fewshot import make_classifier

    X, y = _two_blocks()
    clf = ensemble.make_ensemble([4, 3], y, seed=1, n_trees=20).fit(X, y)
    Xt, _ = _two_blocks(per_class=20, seed=5)
    ref = []
    for cols in ([0, 1, 2, 3], [4, 5, 6]):
        for name in ensemble.MEMBERS:                  # 8 labels per class: every member, kNN with k = 5
            m = make_classifier(name, 1, True, 20, exportable=True, k=5).fit(X[:, cols], y)
            ref.append(m.predict_proba(Xt[:, cols]))
    np.testing.assert_allclose(clf.predict_proba(Xt), np.mean(ref, axis=0), atol=1e-12)
    assert len(clf.estimators_) == 8 and list(clf.classes_) == [3, 7, 9]
    # each block alone tells one class from the two others; their vote tells all three
    truth = np.repeat([3, 7, 9], 20)
    for cols in ([0, 1, 2, 3], [4, 5, 6]):
        alone = ensemble.make_ensemble([len(cols)], y, seed=1, n_trees=20).fit(X[:, cols], y)
        assert (alone.predict(Xt[:, cols]) == truth).mean() < 0.8
    assert (clf.predict(Xt) == truth).mean() > 0.85


def test_members_follow_the_labels():
    _, y = _two_blocks(per_class=2)
    assert ensemble.members_for(y) == ["logistic", "knn", "forest"]      # LDA needs 3 labels per class
    text = ensemble.describe([4, 3], y, 50)
    assert "kNN (k = 2)" in text and "2 feature blocks (4 + 3 features)" in text
    assert "of logistic regression, kNN" in text and "class 3 has 2 training row(s): shrinkage LDA needs 3" in text
    _, y8 = _two_blocks()
    assert "training row" not in ensemble.describe([4, 3], y8, 50)
    X, y = _two_blocks(per_class=2)
    assert len(ensemble.make_ensemble([4, 3], y).fit(X, y).estimators_) == 6
    # a class with one label: no kNN (k = 1 for all, its 0/1 votes outweighed the others), said so
    X1, y1 = X[np.r_[0:len(y) - 1]], y[np.r_[0:len(y) - 1]]
    counts = np.unique(y1, return_counts=True)[1]
    assert counts.min() == 1 and ensemble.members_for(y1) == ["logistic", "forest"]
    text1 = ensemble.describe([4, 3], y1, 50)
    assert "kNN" not in text1.split(" on ")[0] and "kNN needs 2 a class" in text1
    probs = ensemble.make_ensemble([4, 3], y1).fit(X1, y1).predict_proba(X1)
    assert len(ensemble.make_ensemble([4, 3], y1).estimators) == 4 and 0 < probs.max() < 1


def test_onnx_export_equals_sklearn():
    from eolatent.core.classify.train import fit_classifier, onnx_probabilities, to_onnx_model

    X, y = _two_blocks()
    logs = []
    clf, described, choice = fit_classifier("ensemble", X, y, np.arange(len(y)), 25, 0, 1, logs.append, blocks=[4, 3])
    assert choice == {} and described.startswith("ensemble: soft vote") and logs == [described]
    Xt, _ = _two_blocks(per_class=30, seed=9)
    model = to_onnx_model(clf, X.shape[1])
    proba = onnx_probabilities(model.SerializeToString(), Xt)
    np.testing.assert_allclose(proba, clf.predict_proba(Xt), atol=1e-4)
    # the two kNN members compute their distances with onnxruntime's CDist (the default graph is ~25× slower)
    assert sum(n.op_type == "CDist" for n in model.graph.node) == 2


def test_blocks_must_add_up():
    from eolatent.core.classify.train import ClassifierError, fit_classifier

    X, y = _two_blocks()
    with pytest.raises(ClassifierError, match=r"feature blocks \[4, 4\] do not add up to the 7 features"):
        fit_classifier("ensemble", X, y, np.arange(len(y)), 10, 0, 1, lambda m: None, blocks=[4, 4])


def test_ensemble_on_a_stack_of_rasters_and_from_the_cli(tmp_path):
    """Two rasters, each separating only some of the classes: the ensemble trained on their stack maps all of them;
    the map is the ONNX model's argmax; the card names both blocks."""
    import rasterio

    from eolatent.cli import main
    from eolatent.core.classify.apply_raster import load_classifier
    from eolatent.core.classify.train import onnx_probabilities

    rng = np.random.default_rng(3)
    h, w = 40, 40
    lab = np.zeros((h, w), int)
    lab[:, 20:] = 1
    lab[20:, :20] = 2                                   # three classes: 0 top-left, 1 right half, 2 bottom-left
    a = np.stack([np.where(lab == 1, 3.0, 0.0) + rng.normal(0, 0.5, (h, w)) for _ in range(2)]).astype(np.float32)
    b = np.stack([np.where(lab == 2, 3.0, 0.0) + rng.normal(0, 0.5, (h, w)) for _ in range(3)]).astype(np.float32)
    t = rasterio.transform.from_origin(500000.0, 5100000.0, 10.0, 10.0)
    pa = CF.write_raster(tmp_path / "a.tif", a, t, descriptions=["A1", "A2"])
    pb = CF.write_raster(tmp_path / "b.tif", b, t, descriptions=["B1", "B2", "B3"])
    import json

    feats = []
    for k, (r0, c0) in enumerate([(2, 2), (10, 5), (3, 25), (12, 32), (25, 3), (32, 12)]):
        x0, y0 = t * (c0, r0)
        x1, y1 = t * (c0 + 4, r0 + 4)
        feats.append({"type": "Feature", "properties": {"cls": int(lab[r0, c0]) + 1},
                      "geometry": {"type": "Polygon",
                                   "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}})
    vec = tmp_path / "train.geojson"
    vec.write_text(json.dumps({"type": "FeatureCollection", "features": feats,
                               "crs": {"type": "name", "properties": {"name": "EPSG:32633"}}}))
    out, model = str(tmp_path / "map.tif"), str(tmp_path / "ens.onnx")
    rc = main(["classify", "--input", pa, "--extra-inputs", pb, "--training", str(vec), "--class-field", "cls",
               "--classifier", "ensemble", "--validation-fraction", "0", "--output", out, "--output-model", model,
               "--seed", "1", "--threads", "1", "--n-trees", "20"])
    assert rc == 0
    card = load_classifier(model).card
    assert "2 feature blocks (2 + 3 features)" in card["training_data"]["classifier"]
    with rasterio.open(out) as ds:
        got = ds.read(1)
    with open(model, "rb") as fh:
        proba = onnx_probabilities(fh.read(), np.concatenate([a, b]).reshape(5, -1).T)
    np.testing.assert_array_equal(got, (np.argmax(proba, axis=1) + 1).reshape(h, w))
    assert (got == lab + 1).mean() > 0.97


def test_knn_models_are_applied_in_batches_that_bound_the_distance_matrix():
    from eolatent.core.classify.apply_raster import BATCH, KNN_DISTANCE_BYTES, batch_rows, predict

    def card(described, n):
        return {"training_data": {"classifier": described, "n_train_pixels": n}}

    assert batch_rows(card("sklearn RandomForestClassifier(n_estimators=100)", 10 ** 6)) == BATCH
    rows = batch_rows(card("sklearn StandardScaler + KNeighborsClassifier", 5218))
    assert rows == KNN_DISTANCE_BYTES // (4 * 5218) and rows * 5218 * 4 <= KNN_DISTANCE_BYTES
    assert batch_rows(card("ensemble: soft vote … kNN (k = 5) …", 10)) == BATCH            # capped
    assert batch_rows(card("ensemble: soft vote … kNN (k = 5) …", 10 ** 7)) == 1024         # floor

    class Session:                        # row-wise model: the batches must not change the result
        calls = []

        def run(self, feeds):
            x = feeds["features"]
            self.calls.append(len(x))
            return [None, np.stack([x.sum(1), -x.sum(1)], 1)]

    X = np.random.default_rng(0).normal(size=(2500, 3)).astype(np.float32)
    s = Session()
    np.testing.assert_array_equal(predict(s, X, 1000), predict(s, X, 5000))
    assert s.calls == [1000, 1000, 500, 2500]


def test_modeler_chain_encode_presto_then_classify_ensemble(eolatent_provider, tmp_path):
    """A Processing model as a user would draw it: eolatent:encode (presto) on the real Slovenia stack → eolatent:classify
    (CLASSIFIER=ensemble) on that latent with the stack as an additional raster. Its map equals the command line's on
    the same inputs and seed, and it scores well above chance on the held-out polygons."""
    import rasterio
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelChildParameterSource,
                           QgsProcessingModelOutput)

    from eolatent.cli import main

    data = CF.slovenia_latent(str(tmp_path))                       # the stack (and a fine4 latent, unused)
    gpkg = CF.polygons(copy_to=str(tmp_path))[3]
    src = QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm("few labels map", "eolatent tests")
    enc = QgsProcessingModelChildAlgorithm("eolatent:encode")
    enc.setChildId("enc")
    for name, value in (("S2_STACK", data["stack"]), ("MODEL", "presto"), ("EXECUTION_PROVIDER", 2),
                        ("THREADS", 1)):
        enc.addParameterSources(name, [src.fromStaticValue(value)])
    model.addChildAlgorithm(enc)
    cls = QgsProcessingModelChildAlgorithm("eolatent:classify")
    cls.setChildId("cls")
    cls.addParameterSources("INPUT", [src.fromChildOutput("enc", "OUTPUT")])
    for name, value in (("EXTRA_INPUTS", [data["stack"]]), ("TRAINING", gpkg), ("CLASS_FIELD", "LULC_ID"),
                        ("CLASSIFIER", "ensemble"), ("N_TREES", 20), ("SEED", 3), ("EXECUTION_PROVIDER", 2),
                        ("THREADS", 1)):
        cls.addParameterSources(name, [src.fromStaticValue(value)])
    out = QgsProcessingModelOutput("map")
    out.setChildOutputName("OUTPUT")
    cls.setModelOutputs({"map": out})
    model.addChildAlgorithm(cls)
    res, ok = model.run({"cls:map": str(tmp_path / "model_map.tif")}, QgsProcessingContext(), QgsProcessingFeedback())
    assert ok, res
    latent = str(tmp_path / "presto.tif")
    assert main(["encode", "--s2-stack", data["stack"], "--model", "presto", "--output", latent, "--provider", "cpu",
                 "--threads", "1", "-q"]) == 0
    report = str(tmp_path / "cli.json")
    assert main(["classify", "--input", latent, "--extra-inputs", data["stack"], "--training", gpkg, "--class-field",
                 "LULC_ID", "--classifier", "ensemble", "--n-trees", "20", "--seed", "3", "--threads", "1",
                 "--output", str(tmp_path / "cli_map.tif"), "--output-report", report]) == 0
    with rasterio.open(tmp_path / "model_map.tif") as a, rasterio.open(tmp_path / "cli_map.tif") as b:
        np.testing.assert_array_equal(a.read(1), b.read(1))
    import json

    with open(report) as fh:
        metrics = json.load(fh)["metrics"]
    assert metrics["kappa"] > 0.3                                  # well above chance on held-out polygons


@pytest.mark.parametrize("name", ["lda", "ensemble"])
def test_two_class_models_export_their_probabilities(name):
    """Two classes: skl2onnx exports a two-class LDA as sigmoid(2 × decision); to_onnx_model exports the equivalent
    logistic regression instead, so the ONNX probabilities (the confidence output, the ensemble's vote) equal
    scikit-learn's."""
    from eolatent.core.classify.train import fit_classifier, onnx_probabilities, to_onnx_model

    rng = np.random.default_rng(1)
    y = np.repeat([4, 9], 12)
    X = (np.where((y == 9)[:, None], 1.5, -1.5) + rng.normal(0, 1, (24, 5))).astype(np.float32)
    clf, _, _ = fit_classifier(name, X, y, np.arange(24), 20, 0, 1, lambda m: None, blocks=[2, 3])
    Xt = rng.normal(0, 0.4, (300, 5)).astype(np.float32)                 # near the boundary: not all 0 / 1
    expected = clf.predict_proba(Xt)
    assert ((expected[:, 1] > 0.02) & (expected[:, 1] < 0.98)).mean() > 0.3
    np.testing.assert_allclose(onnx_probabilities(to_onnx_model(clf, 5).SerializeToString(), Xt), expected,
                               atol=1e-5)
    np.testing.assert_allclose(clf.predict_proba(Xt), expected)         # the fitted model itself is left as it was


def test_knn_members_keep_at_most_the_cap_of_rows_per_class():
    X, y = _two_blocks(per_class=8)
    X = np.concatenate([X, X[y == 3] + 0.01])                                  # class 3: 16 rows, the others 8
    y = np.concatenate([y, np.full(8, 3)])
    clf = ensemble.fit_ensemble(ensemble.make_ensemble([4, 3], y, seed=0, n_trees=10), X, y, knn_max_per_class=10)
    for name, member in zip([n for n, _ in clf.estimators], clf.estimators_):
        if name.endswith("_knn"):
            assert member.steps[-1][1].n_samples_fit_ == 10 + 8 + 8
        if name.endswith("_logistic"):
            assert member.steps[-1][1].n_features_in_ in (4, 3)
    assert list(clf.classes_) == [3, 7, 9]
    from eolatent.core.classify.train import onnx_probabilities, to_onnx_model

    Xt, _ = _two_blocks(per_class=20, seed=4)
    np.testing.assert_allclose(onnx_probabilities(to_onnx_model(clf, 7).SerializeToString(), Xt),
                               clf.predict_proba(Xt), atol=1e-5)
    text = ensemble.describe([4, 3], y, 10, knn_max_per_class=10)
    assert "kNN (k = 5; at most 10 rows a class)" in text
    assert "at most" not in ensemble.describe([4, 3], y, 10, knn_max_per_class=100)
    # without a cap every row stays
    full = ensemble.fit_ensemble(ensemble.make_ensemble([4, 3], y, seed=0, n_trees=10), X, y)
    assert all(m.steps[-1][1].n_samples_fit_ == 32 for n, m in zip([n for n, _ in full.estimators], full.estimators_)
               if n.endswith("_knn"))


def test_the_log_line_is_in_the_users_language_and_the_card_in_english():
    """The latent desktop audit: in a French QGIS the ensemble's log line was the one English line of the run (built
    with f-strings); the card keeps English."""
    from eolatent.core import i18n
    from eolatent.core.classify.train import fit_classifier

    french = {"logistic regression": "régression logistique", "random forest ({count} trees)":
              "forêt aléatoire ({count} arbres)", "ensemble: soft vote (mean class probability) of {members} on "
              "{blocks}": "ensemble : vote souple de {members} sur {blocks}",
              "all {count} features": "les {count} variables",
              "(class {name} has {count} training row(s): {reasons})": "(la classe {name} a {count} ligne(s) : "
              "{reasons})", "kNN needs 2 a class (with 1, k = 1 and its all-or-nothing votes would outweigh the "
              "others) and is left out": "le kNN en demande 2 par classe : écarté"}
    X, y = _two_blocks(per_class=2)
    X, y = X[:-1], y[:-1]                      # a class with one row: kNN left out, said so
    before = i18n._translate
    i18n.set_translator(lambda s: french.get(s, s))
    try:
        logs = []
        _, described, _ = fit_classifier("ensemble", X[:, :4], y, np.arange(len(y)), 25, 0, 1, logs.append,
                                         blocks=[4])
    finally:
        i18n.set_translator(before)
    assert described.startswith("ensemble: soft vote (mean class probability) of logistic regression, random forest "
                                "(25 trees) on all 4 features (class") and "kNN needs 2 a class" in described
    assert logs == ["ensemble : vote souple de régression logistique, forêt aléatoire (25 arbres) sur les 4 variables "
                    "(la classe 9 a 1 ligne(s) : shrinkage LDA needs 3 a class and is left out; le kNN en demande 2 "
                    "par classe : écarté)"]
