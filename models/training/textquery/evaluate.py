# SPDX-License-Identifier: GPL-3.0-or-later
"""Zero-shot evaluation of a text-query tower, with onnxruntime on the exported file.

Real test set: the pairs (pixels for the S2 tower, 4 × 4 chunks for the latent tower) of the five spatial hold-out
blocks (pivotal/realdata.spatial_holdout, never trained on, not used for calibration) that carry a land-cover
label, plus ALL pairs of the held-out classes (shrubland) anywhere in the sample — a held-out class is never
trained on, so every one of its pixels is unseen.

Per class and per EVAL phrasing (captions.py; none of them is ever used in training): score = cosine between the
pair's image embedding normalize(features @ projection) and the phrasing's text embedding; ROC AUC one-vs-rest
among the labelled test pairs (Mann–Whitney, ties counted half). The class AUC is the mean over its EVAL phrasings
(each used alone, as a user would); ``auc_prompt_ensemble`` uses the mean of their embeddings. Class means are over
the classes with at least :data:`MIN_POSITIVES` test positives (the others are reported, flagged, not averaged).

Trivial baseline: the pair's mean NDVI over its valid dates as the score (+NDVI for vegetation classes, −NDVI for
artificial surfaces; ``ndvi_oracle_sign`` takes the better sign, i.e. max(AUC, 1 − AUC)), to show the figures are not
just greenness.

Also: the same per class AUC on an independent simulated test set (simulated classes; related classes are not
counted as negatives), and the calibrated single-prompt probability's reliability on the real test pairs.
"""
from __future__ import annotations

from typing import Dict, List

import numpy as np

from . import captions as caps

MIN_POSITIVES = 5
GOALS = {"mean_seen": 0.85, "mean_held_out": 0.75}
VEGETATION = {"forest", "grassland", "shrubland", "cultivated land", "dense crops", "sparse vegetation"}


def session(model_bytes: bytes):
    from eolatent.models.training.onnx_eval import cpu_session

    return cpu_session(model_bytes, 1)


def embed(sess, x, valid, doy, batch: int = 8192):
    """(normalised image embeddings [N, 384], features [N, K]) from the ONNX tower."""
    feats, proj = [], None
    for i in range(0, x.shape[0], batch):
        f, proj = sess.run(["features", "projection"], {"x": np.ascontiguousarray(x[i:i + batch], np.float32),
                                                        "valid": np.ascontiguousarray(valid[i:i + batch], np.float32),
                                                        "doy": np.ascontiguousarray(doy[i:i + batch], np.float32)})
        feats.append(f)
    f = np.concatenate(feats) if feats else np.zeros((0, 1), np.float32)
    e = f @ proj
    return e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-12), f


def roc_auc(score, positive) -> float:
    """ROC AUC (Mann–Whitney U, ties half); NaN without positives or negatives."""
    score = np.asarray(score, np.float64)
    positive = np.asarray(positive, bool)
    n1, n0 = int(positive.sum()), int((~positive).sum())
    if n1 == 0 or n0 == 0:
        return float("nan")
    order = np.argsort(score, kind="mergesort")
    s = score[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[i:j + 1] = 0.5 * (i + j) + 1.0
        i = j + 1
    r = np.empty(len(s))
    r[order] = ranks
    return float((r[positive].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def _r(x, nd=4):
    return None if x is None or not np.isfinite(x) else float(round(float(x), nd))


def test_selection(real: dict) -> np.ndarray:
    """bool [N]: the labelled test pairs + every pair of a held-out class; valid at ≥ 1 date."""
    held_codes = [c.real_code for c in caps.CLASSES if c.held_out and c.real_code]
    labelled = np.isin(real["code"], list(caps.REAL_CODES))
    sel = labelled & ((real["split"] == "test") | np.isin(real["code"], held_codes))
    return sel & (real["valid"].sum(1) > 0)


def zero_shot_real(sess, real: dict, text_encoder, calib=None) -> dict:
    sel = test_selection(real)
    z, _ = embed(sess, real["x"][sel], real["valid"][sel], real["doy"][sel])
    code = real["code"][sel]
    ndvi = real["ndvi"][sel]
    per = {}
    for c in caps.CLASSES:
        if not c.real_code:
            continue
        prompts = caps.eval_captions(c.name)
        kinds = caps.eval_kinds(c.name)
        T = text_encoder.encode(prompts)
        cos = z @ T.T
        pos = code == c.real_code
        aucs = [roc_auc(cos[:, j], pos) for j in range(len(prompts))]
        ens = T.mean(0)
        ens /= np.linalg.norm(ens)
        sign = 1.0 if c.name in VEGETATION else -1.0
        b = roc_auc(sign * ndvi, pos)
        n_pos = int(pos.sum())
        entry = {"seen_in_training": not c.held_out, "n_positives": n_pos, "n_negatives": int((~pos).sum()),
                 "auc": _r(np.mean(aucs)), "auc_min_prompt": _r(np.min(aucs)), "auc_max_prompt": _r(np.max(aucs)),
                 "auc_prompt_ensemble": _r(roc_auc(z @ ens, pos)),
                 "auc_per_prompt": {p: _r(a) for p, a in zip(prompts, aucs)},
                 "auc_per_kind": {k: _r(np.mean([a for a, kk in zip(aucs, kinds) if kk == k])) for k in caps.KINDS
                                  if k in kinds},
                 "ndvi_baseline_auc": _r(b), "ndvi_baseline_sign": "+" if sign > 0 else "-",
                 "ndvi_oracle_sign_auc": _r(max(b, 1 - b)) if np.isfinite(b) else None,
                 "in_mean": n_pos >= MIN_POSITIVES,
                 "positives_from": "all pairs of this held-out class in the sample" if c.held_out else
                                   "the spatial hold-out blocks"}
        if calib is not None:
            a_, b_ = calib["single"]["a"], calib["single"]["b"]
            prob = 1.0 / (1.0 + np.exp(-(a_ * cos + b_)))
            entry["calibrated_single_prompt"] = {"mean_prob_positives": _r(prob[pos].mean()) if n_pos else None,
                                                 "mean_prob_negatives": _r(prob[~pos].mean())}
        per[c.name] = entry

    def mean_of(seen, key):
        vals = [v[key] for v in per.values() if v["seen_in_training"] == seen and v["in_mean"] and v[key] is not None]
        return _r(np.mean(vals)) if vals else None

    res = {"per_class": per, "mean_seen": mean_of(True, "auc"), "mean_held_out": mean_of(False, "auc"),
           "ndvi_baseline_mean_seen": mean_of(True, "ndvi_baseline_auc"),
           "ndvi_baseline_mean_held_out": mean_of(False, "ndvi_baseline_auc"),
           "ndvi_oracle_sign_mean_seen": mean_of(True, "ndvi_oracle_sign_auc"),
           "ndvi_oracle_sign_mean_held_out": mean_of(False, "ndvi_oracle_sign_auc"),
           "classes_in_mean": {"seen": [k for k, v in per.items() if v["seen_in_training"] and v["in_mean"]],
                               "held_out": [k for k, v in per.items() if not v["seen_in_training"] and v["in_mean"]]},
           "min_positives_for_mean": MIN_POSITIVES, "unit": real["unit"], "n_test": int(sel.sum()),
           "goal": dict(GOALS),
           "protocol": "score = cosine(image embedding, EVAL phrasing embedding); one-vs-rest ROC AUC among the "
                       "labelled test pairs (spatial hold-out blocks + every pair of the held-out class); class AUC = "
                       "mean over its EVAL phrasings, each alone; EVAL phrasings are never used in training or "
                       "calibration"}
    res["met"] = {k: bool(res[k] is not None and res[k] >= g) for k, g in GOALS.items()}
    return res


def zero_shot_sim(sess, sim_test: dict, text_encoder, names: List[str]) -> Dict:
    z, _ = embed(sess, sim_test["x"], sim_test["valid"], sim_test["doy"])
    rel = caps.related_matrix(names)
    out = {}
    for ci, name in enumerate(names):
        pos = sim_test["cls"] == ci
        if not pos.any():
            continue
        keep = pos | ~rel[sim_test["cls"], ci]
        T = text_encoder.encode(caps.eval_captions(name))
        cos = z @ T.T
        aucs = [roc_auc(cos[keep, j], pos[keep]) for j in range(T.shape[0])]
        out[name] = {"auc": _r(np.mean(aucs)), "n_positives": int(pos.sum()), "n_negatives": int((keep & ~pos).sum())}
    vals = [v["auc"] for v in out.values() if v["auc"] is not None]
    return {"per_class": out, "mean": _r(np.mean(vals)) if vals else None,
            "note": "independent simulated series (same recipes, other seed), EVAL phrasings; classes related to the "
                    "positive class (captions.related) are not negatives"}


def evaluate_all(sess, real: dict, sim_test: dict, text_encoder, names: List[str], calib=None) -> dict:
    out = {"zero_shot_real": zero_shot_real(sess, real, text_encoder, calib),
           "zero_shot_simulated": zero_shot_sim(sess, sim_test, text_encoder, names)}
    if "code50" in real:  # latent chunks: the same with a ≥ 50 % majority label (more, less pure positives)
        r50 = dict(real, code=real["code50"], unit=real["unit"].replace(">= 75 %", ">= 50 %"))
        out["zero_shot_real_purity50"] = zero_shot_real(sess, r50, text_encoder, calib)
        out["zero_shot_real_purity50"]["note"] = "supplementary: chunk label = majority LULC >= 50 % (the goal " \
                                                 "figure is zero_shot_real, >= 75 %)"
    return out


__all__ = ["session", "embed", "roc_auc", "zero_shot_real", "zero_shot_sim", "evaluate_all", "test_selection",
           "MIN_POSITIVES", "GOALS"]
