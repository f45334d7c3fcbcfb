# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:classify CLASSIFIER: the exported ONNX of every classifier equals its scikit-learn model, 'auto' picks
the candidate with the best validation macro-F1 over the training samples (recomputed here), the CLI option."""
import numpy as np
import pytest

import classify_fixtures as CF
from eolatent.core.classify.train import fit_classifier, onnx_probabilities, to_onnx_model, train_classifier

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    data = CF.slovenia_training(tmp_path_factory.mktemp("classify_choice"))
    return data


@pytest.mark.parametrize("name", ["lda", "logistic", "knn"])
def test_exported_model_equals_sklearn(name):
    X, y = _blob_rows()
    groups = np.arange(len(y))
    clf, described, choice = fit_classifier(name, X, y, groups, 30, 0, 1, lambda m: None)
    assert choice == {} and {"lda": "LinearDiscriminant", "logistic": "LogisticRegression",
                             "knn": "KNeighbors"}[name] in described
    proba = onnx_probabilities(to_onnx_model(clf, X.shape[1]).SerializeToString(), X)
    np.testing.assert_allclose(proba, clf.predict_proba(X), atol=1e-4)


def test_knn_keeps_at_most_its_cap_of_pixels_a_class():
    """A kNN compares every mapped pixel with each row it keeps: like the ensemble's kNN members it keeps at most
    KNN_MAX_PER_CLASS rows a class (a small class keeps all of its rows), and says so."""
    from eolatent.core.classify.train import KNN_MAX_PER_CLASS

    rng = np.random.default_rng(1)
    y = np.repeat([1, 2], [KNN_MAX_PER_CLASS + 300, 40])
    X = (rng.normal(0, 1, (len(y), 4)) + y[:, None] * 3).astype(np.float32)
    clf, described, _ = fit_classifier("knn", X, y, np.arange(len(y)), 30, 0, 1, lambda m: None)
    knn = clf.steps[-1][1]
    assert knn.n_samples_fit_ == KNN_MAX_PER_CLASS + 40
    assert np.bincount(knn._y).tolist() == [KNN_MAX_PER_CLASS, 40]
    assert f"at most {KNN_MAX_PER_CLASS} training pixels a class" in described


def _blob_rows():
    rng = np.random.default_rng(0)
    centres = rng.normal(0, 5, (3, 6))
    y = np.repeat([1, 2, 3], 20)
    return (centres[y - 1] + rng.normal(0, 1, (60, 6))).astype(np.float32), y


def test_auto_chooses_the_best_candidate_over_samples(real, tmp_path):
    from eolatent.core.classify.fewshot import EXPORTABLE

    logs = []
    model = str(tmp_path / "auto.onnx")
    res = train_classifier(real["latent"], real["samples"], real["classes"], model, validation_fraction=0.3,
                           n_trees=30, seed=1, classifier="auto", feedback=type("F", (), {"info": logs.append})())
    choice = res.card["training_data"]["classifier_choice"]
    assert set(choice["macro_f1"]) <= set(EXPORTABLE) | {"ensemble"} and choice["chosen"] in choice["macro_f1"]
    assert "ensemble" in choice["macro_f1"]              # the vote is a candidate of auto too
    best = max(choice["macro_f1"].values())
    assert choice["macro_f1"][choice["chosen"]] == best
    assert any("chosen by validation" in m for m in logs)
    assert res.report and 0.0 <= res.report["macro_f1"] <= 1.0
    # seeded: a second run chooses the same classifier with the same scores
    res2 = train_classifier(real["latent"], real["samples"], real["classes"], str(tmp_path / "auto2.onnx"),
                            validation_fraction=0.3, n_trees=30, seed=1, classifier="auto")
    assert res2.card["training_data"]["classifier_choice"] == choice


def test_a_factory_candidate_is_validated_like_the_others():
    """choose_classifier validates a candidate it cannot build itself through ``factories`` (auto's ensemble): with
    features whose classes differ only in the magnitude of column 0 (a sign at random: no linear model separates
    them), a candidate that reads |column 0| wins the leave-one-out, and one that predicts the first class always loses to every built-in candidate."""
    from eolatent.core.classify.fewshot import choose_classifier

    rng = np.random.default_rng(0)
    y = np.repeat([0, 1, 2], 5)
    X = rng.normal(size=(15, 6)).astype(np.float32) * 3.0
    X[:, 0] = 2.0 * y * rng.choice([-1.0, 1.0], size=15) + rng.normal(scale=0.05, size=15)   # class = |x0| / 2

    class Column0:
        def fit(self, Xf, yf):
            self.centres = {c: np.abs(Xf[yf == c, 0]).mean() for c in np.unique(yf)}
            return self

        def predict(self, Xf):
            keys = np.array(list(self.centres))
            return keys[np.abs(np.abs(Xf[:, [0]]) - np.array(list(self.centres.values()))[None]).argmin(1)]

    class First:
        def fit(self, Xf, yf):
            self.c = yf.min()
            return self

        def predict(self, Xf):
            return np.full(len(Xf), self.c)

    picked = choose_classifier(X, y, seed=0, candidates=("lda", "logistic", "column0", "first"),
                               factories={"column0": lambda a, b: Column0().fit(a, b),
                                          "first": lambda a, b: First().fit(a, b)})
    assert picked.name == "column0" and picked.scores["column0"] == 1.0
    assert picked.scores["first"] < min(picked.scores["lda"], picked.scores["logistic"])
    assert isinstance(picked.estimator, Column0)


def test_cli_classifier_option(real, tmp_path):
    from eolatent.cli import main

    gpkg = CF.polygons(copy_to=str(tmp_path))[3]
    out = str(tmp_path / "map.tif")
    rc = main(["classify", "--input", real["latent"], "--training", gpkg, "--class-field", "LULC_ID",
               "--classifier", "lda", "--output", out, "--output-model", str(tmp_path / "m.onnx"), "--seed", "1",
               "--threads", "1"])
    assert rc == 0
    from eolatent.core.classify.apply_raster import load_classifier

    card = load_classifier(str(tmp_path / "m.onnx")).card
    assert "LinearDiscriminantAnalysis" in card["training_data"]["classifier"]
