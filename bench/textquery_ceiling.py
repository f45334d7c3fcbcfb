# SPDX-License-Identifier: GPL-3.0-or-later
"""How far can a text query go on these data? Supervised references for the leave-one-region-out text-query table.

    .venv/bin/python bench/textquery_ceiling.py --out bench/textquery_ceiling.md      (about 2 minutes on 2 cores)

The text towers (models/training/textquery/multiregion_train.py) are scored leaving one region out: trained on the
other regions' labelled series (+ physics simulations), asked with prompts never trained on. A text tower can at best
learn what the other regions' *labels* teach; so this script measures, with the **same** regions, classes, held-out
protocol and one-vs-rest ROC AUC, classifiers that are told the class directly instead of through a prompt:

* ``supervised, Presto`` — multinomial logistic regression on Presto's pooled embedding (the presto tower's input);
* ``supervised, S2 statistics`` — the same on per-band median / max / min over the months and the NDVI statistics (what
  the S2 tower sees, summarised);
* ``NDVI feature, chosen on the training regions`` — the one of the five monthly-NDVI statistics (with its sign) that
  ranks the class best on the *other* regions: the fair form of the NDVI baseline;
* ``NDVI feature, chosen on the test region`` — the README's oracle baseline (feature and sign chosen where scored);

beside the shipped towers' own leave-one-region-out figures (read from their metrics files). Training side: the other
regions' series and the simulated series of the tower training (regions weighted equally, classes balanced);
standardisation from the training side only. Classes absent from the training side (water and bare soil exist in the
western US only, besides the simulations) are learnt from the simulations alone, as the towers learn them.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from datetime import datetime

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(ROOT))

from eolatent.models.training.textquery import evaluate as ev  # noqa: E402
from eolatent.models.training.textquery.multiregion_data import load_regions, simulated  # noqa: E402
from eolatent.models.training.textquery.multiregion_train import DEFAULTS, SCORED, SIM_CLASSES  # noqa: E402

SEED = 0


def s2_statistics(region: dict) -> np.ndarray:
    """Per-band median, max and min over the dates (NaN-aware) and the five NDVI statistics."""
    s2 = region["s2"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        f = np.concatenate([np.nanmedian(s2, 1), np.nanmax(s2, 1), np.nanmin(s2, 1), region["ndvi"]], 1)
    return np.nan_to_num(f).astype(np.float64)


FEATURES = {"supervised, Presto": lambda r: r["emb"].astype(np.float64), "supervised, S2 statistics": s2_statistics}


def _weights(sets) -> np.ndarray:
    """Each training set weighs the same; inside a set, each class weighs the same."""
    w = []
    for s in sets:
        names, inv, counts = np.unique(s["cls_name"], return_inverse=True, return_counts=True)
        w.append(1.0 / (counts[inv] * len(names)))
    w = np.concatenate(w)
    return w * len(w) / w.sum()


def supervised(train_sets, test, feature) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.concatenate([feature(s) for s in train_sets])
    y = np.concatenate([s["cls_name"] for s in train_sets])
    scale = StandardScaler().fit(x)
    model = LogisticRegression(C=0.1, max_iter=3000).fit(scale.transform(x), y, sample_weight=_weights(train_sets))
    proba = model.predict_proba(scale.transform(feature(test)))
    classes = list(model.classes_)
    return {c: proba[:, classes.index(c)] if c in classes else None for c in SCORED}


def ndvi_auc(train_sets, test, c, pos) -> tuple:
    """(AUC of the NDVI statistic and sign chosen on the training regions, AUC of the oracle choice on the test)."""
    best, pick = -1.0, (0, 1.0)
    for j in range(test["ndvi"].shape[1]):
        for sign in (1.0, -1.0):
            aucs = [ev.roc_auc(sign * s["ndvi"][:, j], s["cls_name"] == c) for s in train_sets
                    if (s["cls_name"] == c).sum() >= ev.MIN_POSITIVES]
            a = float(np.nanmean(aucs)) if aucs else float("nan")
            if a > best:
                best, pick = a, (j, sign)
    fair = ev.roc_auc(pick[1] * test["ndvi"][:, pick[0]], pos) if best >= 0 else float("nan")
    oracle = max(max(a, 1 - a) for a in (ev.roc_auc(test["ndvi"][:, j], pos) for j in range(test["ndvi"].shape[1])))
    return fair, oracle


def tower_figures() -> dict:
    out = {}
    for name, file in (("S2 multi-region tower", "textquery_s2_multiregion"),
                       ("Presto tower", "textquery_latent_presto")):
        path = os.path.join(ROOT, "models", file + ".metrics.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                loro = json.load(fh).get("leave_one_region_out", {}).get("per_region", {})
            out[name] = {(r, c): v["auc"] for r, res in loro.items() for c, v in res.items()}
    return out


def run(quick: bool) -> dict:
    from eolatent.core.encode.presto.embed import PrestoEncoder

    enc = PrestoEncoder(provider="cpu", threads=2)
    regions = load_regions(enc)
    sim = simulated(enc, 60 if quick else DEFAULTS["n_sim"], list(SIM_CLASSES), SEED, quick=quick)
    rows = {}        # method -> {(region, class): auc}
    for held, test in regions.items():
        train_sets = [r for k, r in regions.items() if k != held] + [sim]
        scores = {m: supervised(train_sets, test, f) for m, f in FEATURES.items()}
        for c in SCORED:
            pos = test["cls_name"] == c
            if pos.sum() < ev.MIN_POSITIVES or (~pos).sum() < ev.MIN_POSITIVES:
                continue
            for m, s in scores.items():
                rows.setdefault(m, {})[(held, c)] = ev.roc_auc(s[c], pos) if s[c] is not None else float("nan")
            fair, oracle = ndvi_auc(train_sets, test, c, pos)
            rows.setdefault("NDVI feature, chosen on the training regions", {})[(held, c)] = fair
            rows.setdefault("NDVI feature, chosen on the test region (oracle)", {})[(held, c)] = oracle
    rows.update(tower_figures())
    return rows


def table(rows: dict) -> list:
    cells = sorted(next(iter(rows.values())))
    classes = [c for c in SCORED if any(k[1] == c for k in cells)]
    lines = ["| method | " + " | ".join(f"{c} ({sum(k[1] == c for k in cells)})" for c in classes)
             + " | **mean over classes** |", "|---" * (len(classes) + 2) + "|"]
    for m, v in rows.items():
        per = [np.nanmean([v.get(k, np.nan) for k in cells if k[1] == c]) for c in classes]
        lines.append(f"| {m} | " + " | ".join(f"{p:.2f}" for p in per) + f" | **{np.nanmean(per):.2f}** |")
    lines += ["", "Per held-out region (AUC; class: method order as above):", ""]
    lines += ["| region | class | " + " | ".join(rows) + " |", "|---|---" + "|---" * len(rows) + "|"]
    for k in cells:
        lines.append(f"| {k[0]} | {k[1]} | " + " | ".join(f"{rows[m].get(k, np.nan):.2f}" for m in rows) + " |")
    return lines


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "textquery_ceiling.md"))
    ap.add_argument("--quick", action="store_true", help="fewer simulated series (a smoke run)")
    args = ap.parse_args(argv)
    t0 = time.time()
    rows = run(args.quick)
    doc = __doc__.split("\n\n", 1)[1].split("\n\n", 1)[1].strip()
    lines = ["# Text query: supervised references for the leave-one-region-out table", "",
             f"Written by `bench/textquery_ceiling.py` on {datetime.now():%Y-%m-%d} in {time.time() - t0:.0f} s"
             + (" (--quick)" if args.quick else "") + ". One-vs-rest ROC AUC on the held-out region; in brackets the "
             "number of regions where the class is scored.", "", *table(rows), "", doc.replace("\n", " "), ""]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print("\n".join(lines[:12]))
    return rows


if __name__ == "__main__":
    main()
