# SPDX-License-Identifier: GPL-3.0-or-later
"""Few-label classification on pixel series: feature builders, block fusion and a classifier chosen by validation.

Everything works on arrays (numpy + scikit-learn; :func:`physical_series` also runs the project's biophysical
retrieval, imported lazily). No QGIS, no torch: the encoder is never fine-tuned here; the "light head" is the
classifier fitted on the frozen embedding (alone or fused with raw and physical features).

* :func:`fill_gaps` — linear interpolation along time of every series, nearest valid value at the edges;
* :func:`raw_series_features` — gap-filled band series (+ NDVI series) flattened into one row per sample;
* :func:`physical_series` / :func:`physical_features` — monthly LAI (and other biophysical variables) retrieved
  from the S2 composites with a computed sun zenith, NaN where a month has no S2, then gap-filled;
* :func:`fuse` — blocks (embedding, raw, physical) standardised column-wise and weighted so that every block has
  the same total variance (each block counts equally, whatever its number of columns);
* :func:`choose_classifier` — nearest prototype (cosine to class means), logistic regression (L2), kNN
  (k = min(5, labels per class)) and random forest scored by leave-one-out (small sets) or stratified k-fold
  macro-F1 on the labelled samples only; ties go to the simpler model; the winner is refitted on all labels.
"""
from __future__ import annotations

import math
import warnings
from typing import Callable, Dict, NamedTuple, Optional, Sequence

import numpy as np

from ..i18n import tr

S2_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
# candidates, simplest first (ties in validation go to the earlier one)
CANDIDATES = ("prototype", "lda", "logistic", "knn", "forest")
MIN_LABELS = {"lda": 3, "knn": 2}   # labels a candidate needs in every class (LDA: a within-class spread; kNN:
# with one label a class, k = 1 for every class and its probabilities are all 0 or 1, which outvote the others)
LOO_MAX = 12          # leave-one-out up to this many labelled samples (or with ≤ 2 labels in a class)
MAX_FOLDS = 5


# ---------------------------------------------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------------------------------------------
def fill_gaps(series: np.ndarray, t: Optional[Sequence[float]] = None, axis: int = 1) -> np.ndarray:
    """Gap-filled copy of ``series`` (float, NaN = missing) along ``axis`` (time).

    Inside a series a gap is interpolated linearly between the nearest valid values before and after it (in the
    time coordinates ``t``, default 0, 1, 2, …); before the first / after the last valid value the nearest valid
    value is repeated. A series with no valid value stays NaN.
    """
    a = np.moveaxis(np.asarray(series, np.float64), axis, -1)
    shape = a.shape
    n_t = shape[-1]
    v = a.reshape(-1, n_t)
    tt = np.arange(n_t, dtype=np.float64) if t is None else np.asarray(t, np.float64)
    if tt.shape != (n_t,):
        raise ValueError(tr("t has {count} values, the series {steps} steps", count=tt.size, steps=n_t))
    ok = np.isfinite(v)
    idx = np.arange(n_t)
    prev = np.maximum.accumulate(np.where(ok, idx, -1), axis=1)
    nxt = np.minimum.accumulate(np.where(ok, idx, n_t)[:, ::-1], axis=1)[:, ::-1]
    has_prev, has_next = prev >= 0, nxt < n_t
    pv = np.take_along_axis(v, np.clip(prev, 0, n_t - 1), axis=1)
    nv = np.take_along_axis(v, np.clip(nxt, 0, n_t - 1), axis=1)
    tp, tn = tt[np.clip(prev, 0, n_t - 1)], tt[np.clip(nxt, 0, n_t - 1)]
    both = has_prev & has_next
    with np.errstate(invalid="ignore", divide="ignore"):
        w = np.where(both & (tn > tp), (tt[None] - tp) / np.where(tn > tp, tn - tp, 1.0), 0.0)
    filled = np.where(both, pv + w * (nv - pv), np.where(has_prev, pv, np.where(has_next, nv, np.nan)))
    out = np.where(ok, v, filled).reshape(shape)
    return np.moveaxis(out, -1, axis)


def _fill_missing_series(x: np.ndarray) -> np.ndarray:
    """[N, T] gap-filled series; samples with no valid value take the per-step mean of the others (0 if none)."""
    x = fill_gaps(x, axis=1)
    bad = ~np.isfinite(x)
    if bad.any():
        with np.errstate(invalid="ignore"):
            cnt = np.isfinite(x).sum(0)
            mean = np.where(cnt > 0, np.nansum(x, 0) / np.maximum(cnt, 1), 0.0)
        x = np.where(bad, mean[None], x)
    return x


def ndvi_of(s2: np.ndarray, bands: Sequence[str] = S2_BANDS) -> np.ndarray:
    """NDVI [N, T] = (B08 − B04) / (B08 + B04) of reflectances [N, T, B]; NaN where missing or sum ≤ 0."""
    nir, red = s2[..., list(bands).index("B08")], s2[..., list(bands).index("B04")]
    total = nir + red
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, (nir - red) / np.where(total > 0, total, 1.0), np.nan)


def raw_series_features(s2: Optional[np.ndarray], s1: Optional[np.ndarray] = None, ndvi: Optional[np.ndarray] = None,
                        t: Optional[Sequence[float]] = None, bands: Sequence[str] = S2_BANDS) -> np.ndarray:
    """Gap-filled raw series, one row per sample: [N, F] float32.

    ``s2`` [N, T, B] reflectance (NaN = missing; a band missing everywhere, e.g. B8A of the France files, is
    dropped), ``s1`` [N, T1, 2] σ⁰ dB, ``ndvi`` [N, T2] (default: NDVI of ``s2``'s B08 / B04, computed from the
    observed values, then gap-filled); ``t``: time coordinates of ``s2``'s steps (default equally spaced). Every
    band series is gap-filled (:func:`fill_gaps`); a sample with no valid value of a band takes that band's
    per-step mean over the other samples. Column order: S2 band-major, then S1, then NDVI.
    """
    cols = []
    if s2 is not None:
        s2 = np.asarray(s2, np.float64)
        for b in range(s2.shape[2]):
            if np.isfinite(s2[:, :, b]).any():
                cols.append(_fill_missing_series(fill_gaps(s2[:, :, b], t)))
        if ndvi is None and "B08" in bands and "B04" in bands:
            ndvi = fill_gaps(ndvi_of(s2, bands), t)
    if s1 is not None:
        s1 = np.asarray(s1, np.float64)
        for b in range(s1.shape[2]):
            if np.isfinite(s1[:, :, b]).any():
                cols.append(_fill_missing_series(s1[:, :, b]))
    if ndvi is not None:
        cols.append(_fill_missing_series(np.asarray(ndvi, np.float64)))
    if not cols:
        raise ValueError(tr("no input series: give {s2}, {s1} or {ndvi}", s2="s2", s1="s1", ndvi="ndvi"))
    return np.concatenate(cols, axis=1).astype(np.float32)


def sun_zenith_midmonth(lat, lon, month, year=2020, hour: float = 10.5) -> np.ndarray:
    """Sun zenith (degrees) on the 15th of ``month`` at ``hour`` local mean solar time (10:30, about Sentinel-2's
    overpass) at each (lat, lon): arrays broadcast together (values rounded to 0.01° / the month are cached)."""
    import datetime as dt

    from ..inputs.solar import sun_angles

    lat, lon, month, year = np.broadcast_arrays(np.asarray(lat, np.float64), np.asarray(lon, np.float64),
                                                np.asarray(month, np.int64), np.asarray(year, np.int64))
    out = np.empty(lat.shape, np.float64)
    cache: Dict[tuple, float] = {}
    for i in np.ndindex(lat.shape):
        key = (round(float(lat[i]), 2), round(float(lon[i]), 2), int(month[i]), int(year[i]))
        z = cache.get(key)
        if z is None:
            utc = hour - key[1] / 15.0      # local mean solar time → UTC hours
            when = dt.datetime(key[3], key[2], 15) + dt.timedelta(hours=utc)
            z = cache[key] = sun_angles(when, key[0], key[1])[0]
        out[i] = z
    return out


def physical_series(s2: np.ndarray, latlon: np.ndarray, months, year=2020, variables: Sequence[str] = ("LAI",),
                    view_zenith: float = 5.0, relative_azimuth: float = 90.0, b8a_from_b08: bool = False,
                    bands: Sequence[str] = S2_BANDS, provider: str = "cpu", threads: Optional[int] = 1
                    ) -> Dict[str, np.ndarray]:
    """Biophysical variables [N, T] per monthly S2 composite (:func:`eolatent.core.biophysical.retrieval.retrieve`).

    ``s2`` [N, T, 10] reflectance 0–1 in ``bands`` order (NaN = missing); ``months`` calendar month 1–12 of every
    step ([T] or [N, T]), ``year`` likewise (only the day of the year matters). Geometry: sun zenith on the 15th at
    10:30 local solar time (:func:`sun_zenith_midmonth`), view zenith ``view_zenith``, relative azimuth
    ``relative_azimuth`` (composites have no single geometry). With ``b8a_from_b08`` a B8A missing everywhere
    is replaced by B08 (for this retrieval only). A step with any band missing is NaN (not filled here).
    """
    from ..biophysical import retrieval as bp

    s2 = np.asarray(s2, np.float32)
    n, t = s2.shape[:2]
    vals = {b: s2[:, :, i] for i, b in enumerate(bands)}
    if b8a_from_b08 and not np.isfinite(vals["B8A"]).any():
        vals["B8A"] = vals["B08"]
    months = np.broadcast_to(np.asarray(months, np.int64), (n, t))
    years = np.broadcast_to(np.asarray(year, np.int64), (n, t))
    latlon = np.asarray(latlon, np.float64)
    tts = sun_zenith_midmonth(latlon[:, 0:1], latlon[:, 1:2], months, years)
    res = bp.retrieve(vals, tts, view_zenith, relative_azimuth, provider=provider, threads=threads)
    invalid = (np.asarray(res["QUALITY"]) & bp.FLAG_INVALID) > 0
    return {v: np.where(invalid, np.nan, res[v]).astype(np.float32) for v in variables}


def physical_features(series: Dict[str, np.ndarray], static: Optional[np.ndarray] = None) -> np.ndarray:
    """[N, F] gap-filled physical series (``series`` name → [N, T], NaN = missing) plus ``static`` [N, k] columns."""
    cols = [_fill_missing_series(np.asarray(v, np.float64)) for _, v in sorted(series.items())]
    if static is not None:
        cols.append(np.asarray(static, np.float64).reshape(len(cols[0]) if cols else len(static), -1))
    return np.concatenate(cols, axis=1).astype(np.float32)


def standardise_blocks(blocks: Sequence[np.ndarray], reference=None) -> np.ndarray:
    """Blocks [N, F_k] → [N, ΣF_k] float32: each column standardised (mean 0, sd 1 over the ``reference`` rows —
    a boolean mask or indices; default all rows — NaN ignored), then each block divided by the square root of its
    number of varying columns, so that every block has total variance 1 on the reference rows. Missing values
    become 0 (the mean); constant or all-missing columns become 0."""
    out = []
    for b in blocks:
        b = np.asarray(b, np.float64)
        b = b.reshape(len(b), -1)
        ref = b if reference is None else b[reference]
        with np.errstate(invalid="ignore"), _quiet():
            mu = np.nanmean(ref, axis=0)
            sd = np.nanstd(ref, axis=0)
        live = np.isfinite(sd) & (sd > 1e-12)
        z = np.where(live[None], (b - np.where(live, mu, 0)[None]) / np.where(live, sd, 1)[None], 0.0)
        z = np.where(np.isfinite(z), z, 0.0)
        out.append(z / math.sqrt(max(int(live.sum()), 1)))
    return np.concatenate(out, axis=1).astype(np.float32)


def fuse(presto_emb: Optional[np.ndarray], raw: Optional[np.ndarray], physical: Optional[np.ndarray] = None,
         reference=None) -> np.ndarray:
    """Fused features: the given blocks (embedding, raw series, physical series) standardised and weighted so that
    each block counts equally (:func:`standardise_blocks`; statistics from the ``reference`` rows, e.g. every
    unlabelled sample of the training area)."""
    blocks = [b for b in (presto_emb, raw, physical) if b is not None]
    if not blocks:
        raise ValueError(tr("nothing to fuse"))
    return standardise_blocks(blocks, reference)


class _quiet:
    def __enter__(self):
        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        return self._w.__exit__(*exc)


# ---------------------------------------------------------------------------------------------------------------
# Classifiers
# ---------------------------------------------------------------------------------------------------------------
def _estimators():
    from sklearn.base import BaseEstimator, ClassifierMixin

    class NearestPrototype(ClassifierMixin, BaseEstimator):
        """Class means; a sample goes to the class whose mean has the highest cosine similarity with it."""

        def __init__(self, temperature: float = 10.0):
            self.temperature = temperature

        def fit(self, X, y):
            X = np.asarray(X, np.float64)
            self.classes_, inv = np.unique(np.asarray(y), return_inverse=True)
            means = np.stack([X[inv == k].mean(0) for k in range(len(self.classes_))])
            self.prototypes_ = means / np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
            return self

        def _cos(self, X):
            X = np.asarray(X, np.float64)
            return (X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)) @ self.prototypes_.T

        def predict_proba(self, X):
            s = self.temperature * self._cos(X)
            e = np.exp(s - s.max(1, keepdims=True))
            return e / e.sum(1, keepdims=True)

        def predict(self, X):
            return self.classes_[np.argmax(self._cos(X), axis=1)]

    class AdaptiveKNN(ClassifierMixin, BaseEstimator):
        """kNN (Euclidean, majority vote; a tied vote goes to the class of the nearest tied neighbour) with
        k = min(``k_max``, smallest number of labels per class in the data it is fitted on). Plain numpy: few
        labels, no index needed."""

        def __init__(self, k_max: int = 5):
            self.k_max = k_max

        def fit(self, X, y):
            y = np.asarray(y)
            self.classes_, self.codes_, counts = np.unique(y, return_inverse=True, return_counts=True)
            self.k_ = int(max(1, min(self.k_max, counts.min(), len(y))))
            self.X_ = np.asarray(X, np.float64)
            self.sq_ = (self.X_ ** 2).sum(1)
            return self

        def _votes(self, X):
            X = np.asarray(X, np.float64)
            d2 = (X ** 2).sum(1)[:, None] - 2.0 * X @ self.X_.T + self.sq_[None]
            near = np.argsort(d2, axis=1, kind="stable")[:, :self.k_]
            votes = np.zeros((len(X), len(self.classes_)))
            rows = np.arange(len(X))
            for j in range(self.k_):   # later (farther) neighbours weigh a hair less: ties go to the nearer one
                votes[rows, self.codes_[near[:, j]]] += 1.0 - 1e-6 * j
            return votes

        def predict_proba(self, X):
            v = np.floor(self._votes(X) + 0.5)
            return v / v.sum(1, keepdims=True)

        def predict(self, X):
            return self.classes_[np.argmax(self._votes(X), axis=1)]

    return NearestPrototype, AdaptiveKNN


EXPORTABLE = ("lda", "logistic", "knn", "forest")   # candidates skl2onnx exports (eolatent:classify CLASSIFIER=auto)


def knn_k(y: np.ndarray, k_max: int = 5) -> int:
    """k of an exported kNN fitted on labels ``y``: min(k_max, fewest labels of a class), so every class can win."""
    return int(max(1, min(k_max, np.unique(np.asarray(y), return_counts=True)[1].min())))


def make_classifier(name: str, seed: int = 0, scale: bool = True, n_trees: int = 100, C: float = 1.0,
                    exportable: bool = False, k: int = 5):
    """An unfitted candidate: "prototype", "lda" (linear discriminant analysis with Ledoit–Wolf shrinkage of the
    shared covariance: prototypes with a learnt metric), "logistic", "knn" or "forest" (standardised first with
    ``scale``, except the forest, which does not need it)."""
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    NearestPrototype, AdaptiveKNN = _estimators()
    if name == "forest":
        return RandomForestClassifier(n_estimators=n_trees, class_weight="balanced", random_state=seed, n_jobs=1)
    if name == "prototype":
        est = NearestPrototype()
    elif name == "lda":
        est = LinearDiscriminantAnalysis(solver="lsqr", shrinkage="auto")
    elif name == "logistic":
        est = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    elif name == "knn" and exportable:        # scikit-learn's own kNN (exported to ONNX by skl2onnx)
        from sklearn.neighbors import KNeighborsClassifier

        est = KNeighborsClassifier(n_neighbors=int(k))
    elif name == "knn":
        est = AdaptiveKNN(5)
    else:
        raise ValueError(tr("unknown classifier {name}; choose one of {names}", name=repr(name),
                            names=", ".join(CANDIDATES)))
    return make_pipeline(StandardScaler(), est) if scale else est


class Choice(NamedTuple):
    estimator: object            # fitted on all the labelled samples
    name: str                    # the chosen candidate
    scores: Dict[str, float]     # validation macro-F1 of every candidate
    scheme: str                  # "leave-one-out" or "stratified k-fold (k)"


def validation_folds(y: np.ndarray, seed: int = 0, loo_max: int = LOO_MAX):
    """(scheme, [(train idx, test idx)]): leave-one-out up to ``loo_max`` samples or when a class has two labels
    or fewer, else stratified k-fold with k = min(5, smallest class count)."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(y)
    n, m = len(y), int(np.unique(y, return_counts=True)[1].min())
    if n <= loo_max or m < 3:
        idx = np.arange(n)
        return "leave-one-out", [(np.delete(idx, i), idx[i:i + 1]) for i in range(n)]
    k = min(MAX_FOLDS, m)
    skf = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return f"stratified {k}-fold", list(skf.split(np.zeros(n), y))


def choose_classifier(X: np.ndarray, y: np.ndarray, seed: int = 0, candidates: Sequence[str] = CANDIDATES,
                      scale: bool = True, tol: float = 1e-9, max_per_class_cv: Optional[int] = None,
                      n_trees: int = 100, loo_max: int = LOO_MAX,
                      factories: Optional[Dict[str, Callable]] = None) -> Choice:
    """Pick the candidate with the best validation macro-F1 on the labelled set (X, y) and refit it on all of it.

    Validation: :func:`validation_folds` (from 2 labels per class: leave-one-out), predictions pooled over the
    folds, then macro-F1 over the classes of ``y``. A candidate must beat every simpler one (earlier in
    ``candidates``) by more than ``tol`` to be chosen; a candidate needing more labels per class than the data hold
    (:data:`MIN_LABELS`) is skipped (and has no score). ``max_per_class_cv``: validate on at most that many samples
    per class (seeded subsample; bounds the cost with many labels) — the chosen model is still fitted on all.
    ``factories``: name → ``f(X, y)`` returning a fitted estimator, for candidates :func:`make_classifier` does not
    build (eolatent:classify's ``auto`` validates the block ensemble this way).
    """
    from sklearn.metrics import f1_score

    X = np.asarray(X, np.float32)
    y = np.asarray(y)
    classes = np.unique(y)
    if len(classes) < 2:
        raise ValueError(tr("{count} class(es) in the labels; at least two are needed", count=len(classes)))
    rows = np.arange(len(y))
    if max_per_class_cv:
        rng = np.random.default_rng(seed)
        rows = np.sort(np.concatenate([rng.permutation(np.flatnonzero(y == c))[:max_per_class_cv] for c in classes]))
    Xv, yv = X[rows], y[rows]

    def fit(name, Xf, yf):
        return (factories or {}).get(name, lambda a, b: make_classifier(name, seed, scale, n_trees).fit(a, b))(Xf, yf)

    scheme, folds = validation_folds(yv, seed, loo_max)
    fewest = int(np.unique(y, return_counts=True)[1].min())
    names = [c for c in candidates if fewest >= MIN_LABELS.get(c, 1)] or list(candidates[:1])
    scores: Dict[str, float] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # convergence / one-sample-class warnings of tiny folds
        for name in names:
            pred = np.empty(len(yv), dtype=yv.dtype)
            try:
                for fold, te in folds:
                    if len(np.unique(yv[fold])) < 2:
                        pred[te] = yv[fold][0]
                        continue
                    pred[te] = fit(name, Xv[fold], yv[fold]).predict(Xv[te])
            except (ValueError, np.linalg.LinAlgError):     # a candidate that cannot fit these labels is not chosen
                scores[name] = -1.0
                continue
            scores[name] = float(f1_score(yv, pred, labels=classes, average="macro", zero_division=0))
        best = names[0]
        for name in names[1:]:
            if scores[name] > scores[best] + tol:
                best = name
        return Choice(fit(best, X, y), best, scores, scheme)
