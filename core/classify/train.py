# SPDX-License-Identifier: GPL-3.0-or-later
"""Training a land-cover classifier from labelled samples on a raster, and its export to ONNX with a card.

The classifier is scikit-learn's random forest (seeded, balanced class weights), exported with skl2onnx so
that applying it needs only onnxruntime. Steps (:func:`train_classifier`): gather the labelled pixels (pixel
centre rule, tile by tile), split the samples into training and validation *by polygon and spatial block*
(:mod:`.split`), fit on the training side, measure on the validation side (:mod:`.metrics`, computed with the
exported ONNX model, i.e. the file the user gets), write the ONNX file and its card.

The saved model is the one trained on the training side only, so the metrics in its card describe it.
"""
from __future__ import annotations

import hashlib
import importlib
import math
import warnings
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from . import metrics as mt
from .features import NAN_FILL, empty_members, input_name, named_features
from .stacked import open_features
from .samples import SampleError, Samples, describe_codes, labelled_pixels
from ..i18n import tr
from ..outputs.files import folder_problem
from .value_range import feature_range
from .split import Split, ground_centroids, spatial_split, split_messages, subsample_per_class

TASK = "classify"
MAX_PIXELS_PER_CLASS = 20000  # training pixels kept per class (seeded subsample): bounds time and model size
OPSET = 17
FEATURE_UNITS = {"latent": "latent means", "raw": "band values",
                 "stack": "latent means and band values of the stacked rasters"}


class ClassifierError(ValueError):
    """Training cannot proceed (the message names the problem and the fix)."""


def require_sklearn():
    try:
        for name in ("sklearn", "skl2onnx"):
            importlib.import_module(name)
    except ImportError as exc:
        raise ClassifierError(tr("training needs scikit-learn and skl2onnx ({error}); install them (see the "
                                 "plugin's dependency message) or apply an existing classifier", error=exc)) from None


# ---------------------------------------------------------------------------------------------------
# Fitting and export
# ---------------------------------------------------------------------------------------------------
def fit_forest(X: np.ndarray, y: np.ndarray, n_trees: int = 100, seed: int = 0, threads: Optional[int] = None,
               balanced: bool = True):
    """scikit-learn RandomForestClassifier fitted on (X, y)."""
    require_sklearn()
    from sklearn.ensemble import RandomForestClassifier

    clf = RandomForestClassifier(n_estimators=int(n_trees), random_state=int(seed), n_jobs=threads or 1,
                                 class_weight="balanced" if balanced else None, min_samples_leaf=1)
    return clf.fit(np.asarray(X, np.float32), np.asarray(y))


CLASSIFIERS = ("forest", "auto", "lda", "logistic", "knn", "ensemble")
KNN_MAX_PER_CLASS = 500     # training pixels per class a kNN keeps, alone or in the ensemble (bench/bench_classify.py)


def block_sizes(blocks: Optional[Sequence[int]], X: np.ndarray) -> list:
    """The number of features of each stacked raster (``blocks``), or one block of every column of ``X``."""
    return list(blocks) if blocks else [int(X.shape[1])]


def fit_classifier(name: str, X: np.ndarray, y: np.ndarray, groups: np.ndarray, n_trees: int, seed: int,
                   threads: Optional[int], info, blocks: Optional[Sequence[int]] = None,
                   names: Optional[Dict[int, str]] = None) -> tuple:
    """(fitted estimator, description, choice report). ``auto``: the candidate (LDA, logistic regression, kNN,
    random forest, the ensemble) with the best macro-F1 in a leave-one-out / k-fold validation over the training *samples*
    (each polygon or point = one row: the mean of its pixels, so pixels of one polygon never validate each other),
    refitted on every training pixel. Few labels favour LDA or logistic regression, many the forest
    (bench/label_efficiency.md). ``ensemble``: the soft vote of :mod:`.ensemble` on each feature block (``blocks``:
    the number of features of each stacked raster; one block when not given)."""
    from . import ensemble
    from .fewshot import knn_k, make_classifier

    if name not in CLASSIFIERS:
        raise ClassifierError(tr("unknown classifier {name}; choose one of {names}", name=repr(name),
                                 names=", ".join(CLASSIFIERS)))
    choice = {}
    if name == "auto":
        from .auto_choice import choose_auto

        name, choice = choose_auto(X, y, groups, block_sizes(blocks, X), seed, n_trees, KNN_MAX_PER_CLASS, info)
    if name == "ensemble":
        sizes = block_sizes(blocks, X)
        if sum(sizes) != X.shape[1]:
            raise ClassifierError(tr("feature blocks {sizes} do not add up to the {count} features", sizes=sizes,
                                     count=X.shape[1]))
        clf = ensemble.make_ensemble(sizes, y, seed, n_trees)
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            ensemble.fit_ensemble(clf, np.asarray(X, np.float32), np.asarray(y), KNN_MAX_PER_CLASS, seed)
        described = ensemble.describe(sizes, y, n_trees, names=names, knn_max_per_class=KNN_MAX_PER_CLASS)
        info(ensemble.describe(sizes, y, n_trees, names=names, knn_max_per_class=KNN_MAX_PER_CLASS, tr=tr))
        return clf, described, choice
    if name == "forest":
        described = f"sklearn RandomForestClassifier(n_estimators={int(n_trees)}, class_weight='balanced')"
        return fit_forest(X, y, n_trees, seed, threads), described, choice
    clf = make_classifier(name, seed, True, n_trees, exportable=True, k=knn_k(y))
    X, y = np.asarray(X, np.float32), np.asarray(y)
    if name == "lda" and len(y) <= len(np.unique(y)):     # scikit-learn: "number of samples must be more than …"
        raise ClassifierError(tr("lda needs more training pixels than classes, and has {pixels} pixel(s) for {count} "
                                 "classes; add labels, lower the validation fraction, or choose another classifier "
                                 "({names})", pixels=len(y), count=len(np.unique(y)), names="forest, logistic, knn"))
    capped = ""
    if name == "knn":       # a kNN keeps its rows and compares every mapped pixel with each: as in the ensemble
        from .split import subsample_per_class

        keep = subsample_per_class(y, KNN_MAX_PER_CLASS, seed)
        if len(keep) < len(y):
            X, y = X[keep], y[keep]
            capped = f" (at most {KNN_MAX_PER_CLASS} training pixels a class, drawn at random)"
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)     # a class with one pixel: its covariance is the shared one
        clf.fit(X, y)
    return clf, f"sklearn {' + '.join(type(s).__name__ for _, s in clf.steps)}{capped}", choice


def to_onnx_model(clf, n_features: int):
    """The classifier (a forest, or a pipeline ending in a classifier) as an ONNX model: input ``features`` float32
    [N, F]; outputs ``label`` int64 [N] and ``probabilities`` float32 [N, C] (columns in the order of
    ``clf.classes_``)."""
    require_sklearn()
    from skl2onnx import to_onnx
    from skl2onnx.common.data_types import FloatTensorType

    clf = _binary_lda_as_logistic(clf)
    final = clf.steps[-1][1] if hasattr(clf, "steps") else clf    # a pipeline's classifier, a forest, a soft vote
    options = {id(final): {"zipmap": False}}
    for knn in _knn_estimators(clf):     # distances by onnxruntime's CDist: ~25× faster than the default graph
        options.setdefault(id(knn), {})["optim"] = "cdist"
    model = to_onnx(clf, initial_types=[("features", FloatTensorType([None, int(n_features)]))],
                    options=options, target_opset=OPSET)
    # skl2onnx may list the default domain twice; keep one entry per domain
    seen, keep = set(), []
    for op in model.opset_import:
        if op.domain not in seen:
            seen.add(op.domain)
            keep.append((op.domain, op.version))
    del model.opset_import[:]
    for domain, version in keep:
        entry = model.opset_import.add()
        entry.domain, entry.version = domain, version
    return model


def _binary_lda_as_logistic(clf):
    """``clf`` with every two-class LDA replaced by the logistic regression with the same coefficients (a copy when
    there is one). Both give sigmoid(decision) in scikit-learn, but skl2onnx 1.20 exports a two-class LDA as
    sigmoid(2 × decision): the class is right, the probability (confidence, and an ensemble's vote) is not."""
    import copy

    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
    from sklearn.linear_model import LogisticRegression

    def fix(est):
        if isinstance(est, LinearDiscriminantAnalysis) and len(est.classes_) == 2:
            lr = LogisticRegression()
            lr.coef_, lr.intercept_ = np.array(est.coef_, np.float64), np.array(est.intercept_, np.float64)
            lr.classes_, lr.n_features_in_ = est.classes_, est.coef_.shape[1]
            return lr
        if hasattr(est, "steps"):
            est.steps[-1] = (est.steps[-1][0], fix(est.steps[-1][1]))
        for i, member in enumerate(getattr(est, "estimators_", None) or []):
            est.estimators_[i] = fix(member)
        return est

    return fix(copy.deepcopy(clf))


def _knn_estimators(clf) -> list:
    """The scikit-learn kNN classifiers inside ``clf`` (itself, a pipeline's last step, a soft vote's members)."""
    from sklearn.neighbors import KNeighborsClassifier

    if isinstance(clf, KNeighborsClassifier):
        return [clf]
    if hasattr(clf, "steps"):
        return _knn_estimators(clf.steps[-1][1])
    return [k for est in getattr(clf, "estimators_", []) for k in _knn_estimators(est)]


def classifier_card(model, classes: Sequence[dict], spec: dict, report: dict, training: dict) -> dict:
    """The canonical card (core.engine.modelcard) of a trained classifier; its id hashes the bare model bytes."""
    del model.metadata_props[:]
    digest = hashlib.sha256(model.SerializeToString()).hexdigest()[:12]
    values = [int(c["value"]) for c in classes]
    return dict(
        id=f"eolatent.classifier.{digest}", version="1.0.0", task=TASK,
        inputs=[dict(name="features", units=FEATURE_UNITS.get(spec.get("kind"), "band values"), spec=spec,
                     nan_fill=NAN_FILL)],
        outputs=[dict(name="probabilities", units="probability", valid_range=[0.0, 1.0],
                      classes=[dict(value=int(c["value"]), name=str(c["name"]), color=str(c["color"]))
                               for c in classes]),
                 dict(name="class", units="class code", valid_range=[min(values), max(values)])],
        tiling=dict(tile_size=512, receptive_field=0, scale_factor=1),
        training_data=training, metrics=report, license="GPL-3.0-or-later", weights_sha256="")


def onnx_probabilities(model_bytes: bytes, X: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(model_bytes, sess_options=opts, providers=["CPUExecutionProvider"])
    return sess.run(["probabilities"], {"features": np.ascontiguousarray(X, np.float32)})[0]


# ---------------------------------------------------------------------------------------------------
# The whole training run
# ---------------------------------------------------------------------------------------------------
@dataclass
class TrainResult:
    model_path: str
    card: dict
    report: dict                     # validation metrics (empty dict without validation)
    split: Split
    n_train_pixels: int
    n_validation_pixels: int
    messages: List[str] = field(default_factory=list)


def train_classifier(raster, samples: Samples, classes: Sequence[dict], model_path: str,
                     validation_fraction: float = 0.3, block_size: float = -1.0, n_trees: int = 100, seed: int = 0,
                     threads: Optional[int] = None, layer_name: str = "", class_field: str = "",
                     feedback=None, classifier: str = "forest", refit: bool = True) -> TrainResult:
    """Train on ``raster`` with ``samples`` (class codes of ``classes``: [{value, name, color}]), validate on a
    spatially separated split and write the ONNX classifier with its card to ``model_path``. ``raster`` is a
    path, or a list of paths whose features are stacked (:func:`.stacked.open_features`). ``refit``: after the
    validation, the classifier (the one ``auto`` chose) is fitted again on every labelled sample, and that model is
    written (with few labels, holding a third out of the map costs more than it tells); the report keeps the
    figures of the model fitted on the training side."""
    from ..engine.modelcard import write_onnx_with_card

    require_sklearn()
    if not str(model_path).lower().endswith(".onnx"):
        raise ClassifierError(tr("classifier output {file}: give a file name ending in {suffix}", file=model_path,
                                 suffix=".onnx"))
    problem = folder_problem(model_path)
    if problem:
        raise ClassifierError(tr("cannot write the classifier {file}: {problem}", file=model_path, problem=problem))
    if not math.isfinite(validation_fraction):
        raise ClassifierError(tr("validation fraction {value}: give a number from 0 to 0.9", value=validation_fraction))
    if not math.isfinite(block_size):
        raise ClassifierError(tr("block size {value} of the validation split: give a size in the raster's CRS units, "
                                 "or 0 (automatic)", value=block_size))
    names = {int(c["value"]): str(c["name"]) for c in classes}
    messages: List[str] = []
    info = _feedback_info(feedback)
    with open_features(raster, info) as source:
        data = labelled_pixels(source, samples, names)
        spec = dict(source.spec)
        least_block = min(1.0, float(max(source.grid.res))) or 1.0     # a pixel where under 1 unit (degrees)
        geographic = bool(getattr(source.grid.crs, "is_geographic", False))
    if data.samples_without_pixels:
        messages.append(tr("{count} training feature(s) cover no pixel centre and were not used",
                           count=data.samples_without_pixels))
    if data.dropped_nodata:
        messages.append(tr("{count} labelled pixel(s) are nodata on every band and were not used",
                           count=data.dropped_nodata))
    if data.overlap_pixels:
        messages.append(tr("{count} labelled pixel(s) lie under overlapping polygons of different classes ({classes}); "
                           "each took the class of the polygon that comes last in the layer: remove the overlaps if "
                           "that is not meant", count=data.overlap_pixels,
                           classes=describe_codes(data.overlap_codes, names)))
    if data.empty_features:
        messages.append(tr("{count} of {total} features hold no value at any labelled pixel ({names}: nodata or NaN "
                           "there); they do not weigh in the classifier: check that raster, or leave it out",
                           count=len(data.empty_features), total=data.X.shape[1],
                           names=named_features(spec, data.empty_features)))
        messages.extend(tr("{file} holds no value at any labelled pixel (nodata or NaN there): it adds nothing to "
                           "the classifier; check it, or leave it out", file=name)
                        for name in empty_members(source, data.empty_features))
    looks_like_labels = _class_map_message(data.X, data.codes, input_name(raster))
    if looks_like_labels:
        messages.append(looks_like_labels)
    ids_with = np.unique(data.ids)
    sample_codes = samples.code_of(ids_with)
    position = {int(i): k for k, i in enumerate(samples.ids)}
    centroids = ground_centroids(samples.centroids()[[position[int(i)] for i in ids_with]], geographic)
    split = spatial_split(ids_with, sample_codes, centroids, validation_fraction, block_size, seed,
                          least_block=least_block)
    messages += split_messages(split, names, validation_fraction, len(ids_with))
    side = split.side_of(data.ids)
    train_idx = np.nonzero(side == 0)[0]
    train_idx = train_idx[subsample_per_class(data.codes[train_idx], MAX_PIXELS_PER_CLASS, seed)]
    if len(np.unique(data.codes[train_idx])) < 2:
        raise SampleError(tr("after the validation split the training side holds one class only; lower the "
                             "validation fraction or add samples"))
    info(tr("training ({classifier}) on {pixels} pixels of {samples} sample(s); validating on {val_pixels} pixels of "
            "{val_samples} sample(s)", classifier=classifier, pixels=len(train_idx), samples=len(split.train),
            val_pixels=int((side == 1).sum()), val_samples=len(split.validation)))
    clf, described, choice = fit_classifier(classifier, data.X[train_idx], data.codes[train_idx], data.ids[train_idx],
                                            n_trees, seed, threads, info, blocks=spec.get("member_features"),
                                            names=names)
    used = [c for c in classes if int(c["value"]) in set(int(v) for v in clf.classes_)]
    order = {int(c["value"]): c for c in used}
    used = [order[int(v)] for v in clf.classes_]
    for c in classes:
        if int(c["value"]) not in order:
            messages.append(tr("class {name}: no training pixel on this raster; the classifier cannot predict it",
                               name=c["name"]))
    model = to_onnx_model(clf, data.X.shape[1])
    val_idx = np.nonzero(side == 1)[0]
    training = dict(raster=input_name(raster), layer=layer_name, class_field=class_field,
                    classifier=described, classifier_choice=choice, seed=int(seed),
                    validation_fraction=float(validation_fraction), block_size=split.block_size,
                    n_train_samples=int(len(split.train)), n_validation_samples=int(len(split.validation)),
                    n_train_pixels=int(len(train_idx)), n_validation_pixels=int(len(val_idx)),
                    feature_range=feature_range(data.X),      # checked when applied (value_range.scale_message)
                    sklearn=_version("sklearn"), skl2onnx=_version("skl2onnx"))
    card = classifier_card(model, used, spec, {}, training)
    report: dict = {}
    if len(val_idx):
        from ..engine.modelcard import embed_card

        proba = onnx_probabilities(embed_card(model, card), data.X[val_idx])
        pred = np.asarray(clf.classes_)[np.argmax(proba, axis=1)]
        report = mt.report(data.codes[val_idx], pred, [int(v) for v in clf.classes_],
                           [names.get(int(v), str(v)) for v in clf.classes_])
        report["validation"] = "spatially separated: by polygon and spatial block"
        if len(val_idx) >= 30 and report.get("overall_accuracy") == 1.0 and not looks_like_labels:
            messages.append(tr("every one of the {count} validation pixels is classified right: check that the input "
                               "holds features and not the labels themselves (a class map of the same classes)",
                               count=len(val_idx)))
        if refit:
            model, used, training = _refit(classifier, choice, data, side, n_trees, seed, threads, spec, names,
                                           classes, training, info)
            report["validation"] += ("; the saved model was then fitted again on every labelled sample (these "
                                     "figures are those of the model fitted on the training side)")
        card = classifier_card(model, used, spec, report, training)
    stored = write_onnx_with_card(model, card, model_path)
    return TrainResult(model_path, stored, report, split, int(len(train_idx)), int(len(val_idx)), messages)


def _refit(classifier, choice, data, side, n_trees, seed, threads, spec, names, classes, training, info):
    """(model, classes used, training record) of the classifier fitted again on every labelled pixel (both sides
    of the split; at most MAX_PIXELS_PER_CLASS a class), ``auto`` keeping the classifier it chose."""
    every = np.nonzero(side >= 0)[0]
    every = every[subsample_per_class(data.codes[every], MAX_PIXELS_PER_CLASS, seed)]
    name = choice.get("chosen", classifier) if classifier == "auto" else classifier
    clf, described, _ = fit_classifier(name, data.X[every], data.codes[every], data.ids[every], n_trees, seed,
                                       threads, lambda m: None, blocks=spec.get("member_features"), names=names)
    n_samples = len(np.unique(data.ids[every]))
    info(tr("validated; then fitted again on every labelled sample ({pixels} pixels of {samples} sample(s)) for the "
            "map and the saved classifier", pixels=len(every), samples=n_samples))
    order = {int(c["value"]): c for c in classes}
    used = [order[int(v)] for v in clf.classes_ if int(v) in order]
    training = dict(training, classifier=described, refit_on_all=True, n_refit_samples=int(n_samples),
                    n_refit_pixels=int(len(every)))
    return to_onnx_model(clf, data.X.shape[1]), used, training


def _class_map_message(X: np.ndarray, codes: np.ndarray, name: str) -> str:
    """A warning when the features are a class map rather than features: one band of whole numbers, each value met
    with one class only (a land-cover map of the training classes given as INPUT: its validation is perfect and
    means nothing); "" otherwise."""
    if X.shape[1] != 1 or not len(X):
        return ""
    v = X[:, 0]
    ok = np.isfinite(v)
    if not ok.any() or not np.all(v[ok] == np.round(v[ok])):
        return ""
    pairs = np.unique(np.stack([v[ok], codes[ok]], 1), axis=0)
    if len(np.unique(pairs[:, 0])) != len(pairs) or len(pairs) > 4 * len(np.unique(codes)):
        return ""
    return tr("{file} has one band of whole numbers, each found with one class only: it looks like a class map, not "
              "features, and its validation figures mean nothing; give a latent raster (eolatent:encode) or a stack",
              file=name)


def _feedback_info(feedback):
    return (lambda m: feedback.info(m)) if feedback is not None and hasattr(feedback, "info") else (lambda m: None)


def _version(module: str) -> str:
    try:
        return __import__(module).__version__
    except Exception:  # pragma: no cover - informative only
        return "?"
