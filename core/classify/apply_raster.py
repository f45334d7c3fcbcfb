# SPDX-License-Identifier: GPL-3.0-or-later
"""Applying a trained classifier (ONNX + card) to a raster, tiled and streamed: a class map and a confidence
band (the highest class probability). Needs only numpy and onnxruntime.

A classifier made for another input (another encoder, another season, other bands) is refused before any
computation, with a message naming both. Pixels whose features are all missing are nodata (class 0,
confidence NaN).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from ..engine.modelcard import ModelCardError
from ..i18n import tr
from ..outputs.geotiff import OutputSpec, check_writable
from ..engine.registry import load_model
from ..engine.input_checks import NoValidPixelError, ValidPixels
from ..engine.tiling import Feedback, run_tiled, warn
from .features import PartialPixels, as_matrix, check_spec, input_name
from .stacked import open_features
from .value_range import RangeSample, scale_message

BATCH = 65536  # pixels per onnxruntime call
KNN_DISTANCE_BYTES = 256 * 2 ** 20   # a kNN classifier's distance matrix per call (rows × training pixels × 4 bytes)
KNN_MIN_BATCH = 1024


@dataclass
class Classifier:
    path: str
    card: dict
    classes: List[dict]       # [{value, name, color}] in the order of the probability columns
    spec: dict
    nan_fill: float

    @property
    def id(self) -> str:
        return self.card["id"]

    @property
    def values(self) -> np.ndarray:
        return np.array([int(c["value"]) for c in self.classes], dtype=np.int64)

    @property
    def dtype(self) -> str:
        return "uint8" if self.values.max() <= 255 else "uint16"


def load_classifier(path: str) -> Classifier:
    """Read and check a classifier ONNX written by eolatent:classify (train mode)."""
    info = load_model(os.fspath(path))
    if info.card.get("task") != "classify":
        task = str(info.card.get("task"))
        values = dict(file=os.path.basename(path), task=task, model=info.id)
        raise ModelCardError(tr("{file} is an {task} model ({model}), not a classifier; give an ONNX file written by "
                                "eolatent:classify in train mode", **values) if task[:1] in "aeiou" else
                             tr("{file} is a {task} model ({model}), not a classifier; give an ONNX file written by "
                                "eolatent:classify in train mode", **values))
    try:
        out = info.output("probabilities")
        classes = list(out["classes"])
        feat = info.input("features")
        spec = dict(feat["spec"])
    except (KeyError, TypeError):
        raise ModelCardError(tr("{file}: its card lacks the classes or the input spec of an eolatent classifier; "
                                "train it again with eolatent:classify", file=os.path.basename(path))) from None
    return Classifier(info.path, info.card, classes, spec, float(feat.get("nan_fill", 0.0)))


@dataclass
class ApplyResult:
    output: str
    confidence: Optional[str]
    classifier: Classifier
    provider_used: str


def batch_rows(card: dict) -> int:
    """Pixels per onnxruntime call for this classifier. A kNN (alone or in an ensemble) builds a distance matrix of
    rows × training pixels per call: its batch is bounded so that the matrix stays under KNN_DISTANCE_BYTES."""
    training = card.get("training_data") or {}
    described = str(training.get("classifier", ""))
    if "KNeighbors" not in described and "kNN" not in described:
        return BATCH
    n_train = max(1, int(training.get("n_train_pixels") or 1))
    return int(min(BATCH, max(KNN_MIN_BATCH, KNN_DISTANCE_BYTES // (4 * n_train))))


def predict(session, X: np.ndarray, batch: int = BATCH) -> np.ndarray:
    """Probabilities (n, C) in batches of ``batch`` rows."""
    out = []
    for i in range(0, len(X), batch):
        out.append(session.run({"features": np.ascontiguousarray(X[i:i + batch])})[1])
    return np.concatenate(out) if out else np.zeros((0, 0), np.float32)


def run_apply(raster, model: str, output: str, confidence: Optional[str] = None, provider: str = "auto",
              threads: Optional[int] = None, tile_size: int = 512, feedback: Optional[Feedback] = None) -> ApplyResult:
    """Classify ``raster`` with the classifier ``model``: class codes to ``output`` (0 = nodata) and the
    highest class probability to ``confidence`` (optional). ``raster``: a path, or a list of paths stacked as
    in training (:func:`.stacked.open_features`)."""
    from ..engine.runtime import get_session

    feedback = feedback or Feedback()
    clf = load_classifier(model)
    for path in [output] + ([confidence] if confidence else []):
        check_writable(path)
    source = open_features(raster, feedback.info)
    try:
        check_spec(clf.spec, source.spec, f"{clf.id} ({os.path.basename(clf.path)})", input_name(raster))
        session = get_session(clf.path, provider, threads)
        values = clf.values
        batch = batch_rows(clf.card)
        run_tags = dict(CLASSIFIER_ID=clf.id, EOLATENT_INPUT=input_name(raster),
                        EOLATENT_PROVIDER=session.provider_used)
        outputs = {"class": OutputSpec(output, 1, clf.dtype, 0, ["class"], tags=dict(
            run_tags, CLASSES=json.dumps(clf.classes)), units="class", blend=False,
            colours={int(c["value"]): c["color"] for c in clf.classes if c.get("color")})}
        if confidence:
            outputs["confidence"] = OutputSpec(confidence, 1, "float32", float("nan"), ["confidence"],
                                               tags=run_tags, units="probability", blend=False)

        n_valid = ValidPixels(source.grid, input_name(raster), NoValidPixelError)
        partial, seen = PartialPixels(), RangeSample()

        def read(win):
            return source.read(win.rasterio_window())

        def compute(win, block):
            h, w = block.shape[1:]
            X, valid = as_matrix(block, clf.nan_fill)
            n_valid.add(int(valid.sum()))
            partial.add(block, valid)
            seen.add(X, valid)
            cls = np.zeros(h * w, dtype=np.int64)
            conf = np.full(h * w, np.nan, dtype=np.float32)
            if valid.any():
                p = predict(session, X if valid.all() else X[valid], batch)
                cls[valid] = values[np.argmax(p, axis=1)]
                conf[valid] = np.clip(p.max(axis=1), 0.0, 1.0)  # tree sums may exceed 1 by an ulp
            res = {"class": cls.reshape(1, h, w)}
            if confidence:
                res["confidence"] = conf.reshape(1, h, w)
            return res

        feedback.info(tr("classifier {model}: {count} classes on a {source}", model=clf.id, count=len(clf.classes),
                         source=source.describe()))
        # no valid pixel at all: raised on the last tile, so that no output is published
        paths = run_tiled(source.grid, read, n_valid.wrap(compute), outputs, tile_size=tile_size, overlap=0,
                          feedback=feedback)
        line = partial.line(clf.nan_fill)
        if line:
            feedback.info(line)
        training = clf.card.get("training_data")
        scale = scale_message(training.get("feature_range") if isinstance(training, dict) else None, seen.range(),
                              source.spec)
        if scale:
            warn(feedback, scale)
    finally:
        source.close()
    return ApplyResult(paths["class"], paths.get("confidence"), clf, session.provider_used)
