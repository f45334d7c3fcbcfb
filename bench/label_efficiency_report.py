# SPDX-License-Identifier: GPL-3.0-or-later
"""The report of bench/label_efficiency.py: its settings shared with the run, the per-data-set tables, the summary
against the issue's two goals and the Markdown file."""
from __future__ import annotations

import collections
import os
import platform
from datetime import datetime

import numpy as np

from eolatent.core.classify import fewshot as fs

BUDGETS = (2, 5, 10, 20, 0)          # 0 = all
COLUMNS = ("presto", "fused", "ensemble", "presto_small", "ensemble_small", "fine4", "raw", "raw_vote")
HEAD = {"raw_vote": "raw (vote)", "ensemble_small": "ensemble (presto_small)"}
BASELINES = ("raw", "raw_vote")
MIN_SAMPLES = 25
CV_CAP = 40                          # the chooser validates on at most this many labels per class
ABBR = {"prototype": "P", "lda": "LDA", "logistic": "LR", "knn": "kNN", "forest": "RF", "vote": "vote"}
DATASETS = (("france2022", "France 2022", "crop types"), ("france2023", "France 2023", "crop types"),
            ("africa", "Uganda / South Sudan", "crop types"), ("westernus", "western US", "land cover"),
            ("slovenia", "Slovenia", "land cover"))


# ---------------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------------
def blabel(b):
    return "all" if b <= 0 else str(b)


def mean(v):
    return float(np.mean(v))


def cell(ev, c, b):
    v = ev["res"][(c, b)]
    top = ev["chosen"][(c, b)].most_common(1)[0][0]
    return f"{np.mean(v):.2f} ± {np.std(v):.2f}" + ("" if top == "vote" else f" ({ABBR[top]})")


def dataset_section(key, title, kind, data, ev, budgets, draws):
    lines = [f"## {title} — {kind}", "",
             f"Period: {data['period']}. Spatial unit held out: {data['unit']}. Classes (≥ {MIN_SAMPLES} samples; "
             "samples): " + ", ".join(f"{c} {ev['counts'][c]}" for c in ev["classes"]) +
             f". Dropped (fewer samples): classes {len(set(data['all_labels'].tolist())) - len(ev['classes'])}, "
             f"samples {len(data['all_labels']) - len(data['label'])}. Test side "
             f"{mean(ev['sizes']['test']):.0f} samples, training side {mean(ev['sizes']['pool']):.0f} (means over "
             "the draws).", "",
             "| labels per class | labelled samples | " + " | ".join(HEAD.get(c, c) for c in COLUMNS) + " |",
             "|---|---|" + "---|" * len(COLUMNS)]
    for b in budgets:
        row = [blabel(b), f"{mean(ev['sizes'][b]):.0f}"]
        for c in COLUMNS:
            row.append(cell(ev, c, b) if c in ev["cols"] else "n/a (no raster)")
        lines.append("| " + " | ".join(row) + " |")
    chooser = [c for c in ev["cols"] if c not in ("ensemble", "ensemble_small", "raw_vote")]
    tot = {c: collections.Counter() for c in chooser}
    for (c, b), cnt in ev["chosen"].items():
        if c in tot:
            tot[c].update(cnt)
    lines += ["", "Classifier chosen (all budgets and draws): " + "; ".join(
        f"{c}: " + ", ".join(f"{ABBR[k]} {v}" for k, v in tot[c].most_common()) for c in chooser) + ".", ""]
    lines += [f"* {n}" for n in data["notes"]] + [""]
    return lines


def summary(evs, budgets):
    out = ["## Summary: the two goals", ""]
    lc = [k for k, _, kind in DATASETS if kind == "land cover" and k in evs]
    ct = [k for k, _, kind in DATASETS if kind == "crop types" and k in evs]
    title = {k: t for k, t, _ in DATASETS}
    verdict = []
    if 5 in budgets and 20 in budgets:
        out += ["**Goal 1 — land cover: 5 labels per class on the best latent reach raw series' macro-F1 with 20.** "
                "Difference: mean ± standard error over the draws (same test side, different labels).",
                "", "| data set | best latent at 5 | its macro-F1 at 5 | raw at 20 | raw at 5 | met | fewest "
                "labels per class with which a latent reaches raw at 20 | raw (vote) at 20 |",
                "|---|---|---|---|---|---|---|---|"]
        met1 = 0
        for k in lc:
            ev = evs[k]
            lat = [c for c in ev["cols"] if c not in BASELINES]
            best = max(lat, key=lambda c: mean(ev["res"][(c, 5)]))
            a, r20, r5 = mean(ev["res"][(best, 5)]), mean(ev["res"][("raw", 20)]), mean(ev["res"][("raw", 5)])
            dd = np.array(ev["res"][(best, 5)]) - np.array(ev["res"][("raw", 20)])
            reach = [b for b in budgets if b > 0 and max(mean(ev["res"][(c, b)]) for c in lat) >= r20]
            met1 += a >= r20
            vote = f"{mean(ev['res'][('raw_vote', 20)]):.2f}" if "raw_vote" in ev["cols"] else "–"
            out.append(f"| {title[k]} | {best} | {a:.2f} | {r20:.2f} | {r5:.2f} | {'yes' if a >= r20 else 'no'} "
                       f"({dd.mean():+.3f} ± {dd.std(ddof=1) / np.sqrt(len(dd)):.3f}) | "
                       f"{min(reach) if reach else 'none'} | {vote} |")
        out.append("")
        verdict.append(f"Goal 1 (land cover, 5 vs 20 labels): met on {met1} of {len(lc)} data sets.")
    out += ["**Goal 2 — crop types: the latent is never worse than raw series with the same labels.** Paired "
            "difference (latent − raw, same draws and labels), mean ± standard error over the draws; 'never worse' "
            "= the mean difference ≥ 0 at every budget.", "",
            "| data set | latent | " + " | ".join(blabel(b) for b in budgets) + " | met |",
            "|---|---|" + "---|" * len(budgets) + "---|"]
    latents = [c for c in ("ensemble", "fused", "presto", "ensemble_small", "presto_small") if all(c in evs[k]["cols"] for k in ct)]
    vs_vote = all("raw_vote" in evs[k]["cols"] for k in ct) and "ensemble" in latents
    met2 = {c: 0 for c in latents}
    worse = {c: [0, 0] for c in latents}      # budgets below raw, of which within 2 standard errors
    for k in ct:
        ev = evs[k]
        for c in latents:
            diffs, ok = [], True
            for b in budgets:
                dd = np.array(ev["res"][(c, b)]) - np.array(ev["res"][("raw", b)])
                se = dd.std(ddof=1) / np.sqrt(len(dd)) if len(dd) > 1 else 0.0
                ok &= dd.mean() >= 0
                if dd.mean() < 0:
                    worse[c][0] += 1
                    worse[c][1] += bool(-dd.mean() <= 2 * se)
                diffs.append(f"{dd.mean():+.3f} ± {se:.3f}")
            met2[c] += bool(ok)
            out.append(f"| {title[k]} | {c} | " + " | ".join(diffs) + f" | {'yes' if ok else 'no'} |")
        if vs_vote:   # the same vote on raw alone: is the gain the fusion or the vote?
            dd = [np.array(ev["res"][("ensemble", b)]) - np.array(ev["res"][("raw_vote", b)]) for b in budgets]
            out.append(f"| {title[k]} | ensemble − raw (vote) | " + " | ".join(
                f"{x.mean():+.3f} ± {x.std(ddof=1) / np.sqrt(len(x)) if len(x) > 1 else 0.0:.3f}" for x in dd) +
                f" | {'yes' if all(x.mean() >= 0 for x in dd) else 'no'} |")
    out.append("")
    verdict.append("Goal 2 (crop types, never worse than raw at the same budget): met by " + "; ".join(
        f"{c} on {met2[c]} of {len(ct)} data sets (below raw at {worse[c][0]} of {len(ct) * len(budgets)} (data "
        f"set, budget) pairs, {worse[c][1]} of them within 2 standard errors of the paired difference)"
        for c in latents) + ".")
    return ["## Summary: the two goals", "", "**Verdict.** " + " ".join(verdict), ""] + out[2:]


def write(path, evs, datas, budgets, draws, seconds, quick, n_trees, timing):
    lines = ["# Label efficiency: Presto latent, fused latent, ensemble, presto_small, fine4 and raw series with few "
             "labels", "",
             "Generated by `bench/label_efficiency.py`" + (" --quick (smoke settings: not results)" if quick else "")
             + f"; protocol in its docstring. {draws} seeded draws per data set (spatially separated test side, "
             "then the labelled samples), macro-F1 on the test side, mean ± sd over the draws. In brackets: the "
             "classifier chosen most often by validation on the training labels (P nearest prototype, LDA shrinkage "
             f"linear discriminant, LR logistic regression, kNN, RF random forest of {n_trees} trees). Wall time "
             f"{seconds:.0f} s on {os.cpu_count()} CPU core(s) ({platform.processor() or platform.machine()}), "
             f"classifiers single-threaded, Presto on the CPU with 1 thread; {datetime.now().strftime('%Y-%m-%d')}. "
             "Per data set (features + evaluation): "
             + ", ".join(f"{t} {timing[k][0]:.0f} + {timing[k][1]:.0f} s" for k, t, _ in DATASETS if k in timing)
             + ".", ""]
    lines += summary(evs, budgets)
    for key, title, kind in DATASETS:
        if key in evs:
            lines += dataset_section(key, title, kind, datas[key], evs[key], budgets, draws)
    lines += ["## Notes", "",
              "* Columns: presto = Presto's pooled embedding (frozen encoder, lat/lon given); fused = presto + raw + "
              "physical, each block standardised and weighted to total variance 1 "
              "(`eolatent.core.classify.fewshot.fuse`); fine4 = the fine4 latent (needs a raster stack: Slovenia "
              "only); raw = gap-filled band series + NDVI series (linear in time, nearest value at the ends); "
              "ensemble = presto and raw as two blocks, classified by `eolatent.core.classify.ensemble` (what "
              "eolatent:classify CLASSIFIER=ensemble fits on a Presto latent stacked with a raw series): the mean "
              "class probability of shrinkage LDA (from 3 labels per class), logistic regression, kNN and a random "
              "forest on each block, both blocks weighted equally, nothing chosen by validation; raw (vote) = the "
              "raw block alone under the same vote (how much of the ensemble's gain is the vote itself); "
              "presto_small = the distilled CPU student (models/encoder_presto_small.onnx, trained on France, "
              "Belgium and Slovenia series without labels, so its France and Slovenia figures are not held out "
              "from its training, unlike Uganda / South Sudan and the western US), fed as eolatent:encode's raster "
              "path feeds it: 12-month windows from the first month, side by side (France's 17 months and "
              "Slovenia's 24 give two windows, 256 features; Presto itself sees the whole series at once); "
              "ensemble (presto_small) = the ensemble with presto_small in place of presto.",
              "* Physical block: monthly LAI retrieved from each S2 composite with `eolatent.core.biophysical.retrieval.retrieve`"
              " (sun zenith on the 15th of the month at 10:30 local solar time from core/inputs/solar.py, view zenith 5°, "
              "relative azimuth 90° — composites have no single geometry), NaN where a month has no S2, gap-filled.",
              "* Classifier: `choose_classifier` scores nearest prototype (cosine to class means), shrinkage "
              "LDA (Ledoit–Wolf; from 3 labels per class), L2 logistic regression (C = 1, balanced), kNN (k = min(5, "
              f"labels per class)) and a balanced random forest by leave-one-out (≤ {fs.LOO_MAX} labels, or 2 per "
              f"class) or stratified 5-fold macro-F1 on at most {CV_CAP} labels per class; exact ties go to the "
              "simpler model (order P, LDA, LR, kNN, RF); the winner is refitted on all labels. The same chooser "
              "serves every column, raw included.",
              "* Budgets larger than a class's training side give all of it (see 'labelled samples'). Test-side "
              "macro-F1 is over the classes present on the test side of the draw.",
              "* No fine-tuning of the encoder: core/ has no torch and the exported encoder is frozen; the 'light "
              "head' is the chosen classifier on the frozen (or fused) features.",
              "* Small data: 300–500 samples per crop data set, one 1 km² tile in Slovenia; the sd columns show how "
              "much a single draw can move. Dynamic World labels (western US) are model outputs.", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return lines
