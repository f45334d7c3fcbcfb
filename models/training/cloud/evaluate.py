# SPDX-License-Identifier: GPL-3.0-or-later
"""Measure the cloud detectors of ``eolatent.core.inputs.sentinel2.clouds`` on the Slovenia tile.

Reference: the s2cloudless cloud probabilities that Sinergise computed for the tile (eo-learn TestEOPatch,
``tests/data/slovenia/CLP_68dates_s2cloudless.tif``, probability x 100), cloud where probability > 0.4
(s2cloudless's threshold; > 40 in the file), at 10 m on the tile's own grid. Detected: the classes of
``S2Source.cloud_classes`` read from the five per-date L1C GeoTIFFs, cloud = class 1 (shadows, class 2, are
counted apart: there is no shadow reference on this tile).

Rows:
* ``s2cloudless, 10 m, no post-processing``: our ONNX model on every 10 m pixel, probability > 0.4: what the
  reference is (a like-for-like check of the model on Sentinel Hub's data);
* ``s2cloudless, default``: what the readers do (60 m processing grid, disk mean r = 4, > 0.4, dilation r = 2);
* ``rules, default``: the L2A rule set on the same L1C dates (B02, B03, B04, B08, B11 only). None of its
  parameters was fitted here, so every date is held out; the dates are L1C TOA, not L2A BOA.
* false alarms of the rule set on clear Level-2A reflectance: the WorldCereal monthly/ten-daily L2A composites
  (tests/data/worldcereal: 1 500 pixel series; the Belgium cube, 100 x 100 px x 12 months),
  cloud-masked by their producer, so any flagged pixel is a false alarm or a residual cloud of the composite.

Usage: ``python -m eolatent.models.training.cloud.evaluate [--model models/cloud_s2cloudless.onnx] [--json out]``.
"""
from __future__ import annotations

import json
import os
from typing import Dict, List, Optional

import numpy as np

from .. import cli

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SLOVENIA = os.path.join(ROOT, "tests", "data", "slovenia")
# copies of shared/data/worldcereal_pixels and belgium_cube
WORLDCEREAL = os.path.join(ROOT, "tests", "data", "worldcereal")
DATES = ("2015-07-11", "2015-07-31", "2015-08-20", "2015-08-30", "2015-09-09")
REFERENCE_THRESHOLD = 40  # s2cloudless probability 0.4, x 100


def reference_masks(dates=DATES) -> Dict[str, np.ndarray]:
    """Cloud (bool, 101 x 100) of each date from the s2cloudless probabilities of the tile."""
    import rasterio

    with rasterio.open(os.path.join(SLOVENIA, "CLP_68dates_s2cloudless.tif")) as ds:
        index = {d[:10]: k + 1 for k, d in enumerate(ds.descriptions)}
        return {d: ds.read(index[d]) > REFERENCE_THRESHOLD for d in dates}


def scores(detected: np.ndarray, reference: np.ndarray) -> dict:
    """Agreement, precision, recall, IoU of the cloud class (None where undefined: no cloud in either)."""
    d, r = np.asarray(detected, bool).ravel(), np.asarray(reference, bool).ravel()
    tp, fp, fn = int((d & r).sum()), int((d & ~r).sum()), int((~d & r).sum())
    tn = int(d.size - tp - fp - fn)
    return {"pixels": int(d.size), "reference_cloud_pct": round(100.0 * r.mean(), 2),
            "detected_cloud_pct": round(100.0 * d.mean(), 2), "agreement": round((tp + tn) / d.size, 4),
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
            "iou": round(tp / (tp + fp + fn), 4) if tp + fp + fn else None,
            "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def detect(date: str, options=None, bands: Optional[List[str]] = None) -> np.ndarray:
    """Classes (uint8) of one Slovenia date through the readers (all its bands, or only *bands*)."""
    import tempfile

    from eolatent.core.inputs.sentinel2 import open_s2

    path = os.path.join(SLOVENIA, "S2L1C_TOA_13band_%s.tif" % date)
    if bands is not None:  # a copy holding only these bands (e.g. what an L2A stack would have)
        import rasterio

        with rasterio.open(path) as ds:
            keep = [k + 1 for k, d in enumerate(ds.descriptions) if d in bands]
            data, profile = ds.read(keep), ds.profile
            descs = [ds.descriptions[k - 1] for k in keep]
        with tempfile.TemporaryDirectory(prefix="eolatent-clouds-") as tmp:     # removed after use (370 were left)
            path = os.path.join(tmp, os.path.basename(path))
            profile.update(count=len(keep))
            with rasterio.open(path, "w", **profile) as dst:
                dst.write(data)
                for k, d in enumerate(descs):
                    dst.set_band_description(k + 1, d)
            with open_s2(path, cloud_options=options) as src:
                return src.cloud_classes(0)
    with open_s2(path, cloud_options=options) as src:
        return src.cloud_classes(0)


def slovenia_table(model_path: Optional[str] = None) -> dict:
    from eolatent.core.inputs.sentinel2.clouds import CLOUD, SHADOW, CloudOptions

    ref = reference_masks()
    runs = {
        "s2cloudless_10m_raw": CloudOptions(processing_resolution=10.0, average_over=0, dilation_size=0,
                                            shadows=False, model_path=model_path),
        "s2cloudless_default": CloudOptions(model_path=model_path),
        "rules_default": CloudOptions(),
    }
    out = {}
    for name, opts in runs.items():
        rows = {}
        for d in DATES:
            bands = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"] \
                if name.startswith("rules") else None
            cls = detect(d, opts, bands)
            row = scores(cls == CLOUD, ref[d])
            row["detected_shadow_pct"] = round(100.0 * float((cls == SHADOW).mean()), 2)
            rows[d] = row
        out[name] = rows
    return out


def _l2a_arrays():
    """Clear-sky L2A reflectance (N, 5) in RULES_BANDS order from the WorldCereal composites, per source."""
    from eolatent.core.inputs.sentinel2.clouds import RULES_BANDS

    found = {}
    wc = WORLDCEREAL
    for name in ("africa_public_extractions_500", "france_lpis_2022_monthly_500", "france_lpis_2023_dekadal_500"):
        path = os.path.join(wc, name + ".npz")
        if not os.path.exists(path):
            continue
        z = np.load(path, allow_pickle=False)
        names = [str(b) for b in z["s2_bands"]]
        s2 = z["s2"].reshape(-1, len(names))
        x = s2[:, [names.index(b) for b in RULES_BANDS]].astype(np.float64)
        x = x[(x != 65535).all(axis=1)] / 1e4
        found[name] = x
    bc = os.path.join(WORLDCEREAL, "belgium_31UFS_2020-11_2021-10_monthly_100x100.npz")
    if os.path.exists(bc):
        z = np.load(bc, allow_pickle=False)
        names = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
        s2 = np.moveaxis(z["s2"], 1, -1).reshape(-1, 10)
        x = s2[:, [names.index(b) for b in RULES_BANDS]].astype(np.float64)
        found["belgium_cube"] = x[(x != 65535).all(axis=1)] / 1e4
    return found


def l2a_false_alarms() -> dict:
    """Fraction of clear L2A composite pixels the rule set scores above its threshold (per pixel, no spatial
    post-processing)."""
    from eolatent.core.inputs.sentinel2.clouds import DEFAULT_THRESHOLD, rules_score

    out = {}
    for name, x in _l2a_arrays().items():
        s = rules_score(*(x[:, k] for k in range(5)))
        out[name] = {"pixels": int(len(x)),
                     "flagged_pct": round(100.0 * float((s > DEFAULT_THRESHOLD["rules"]).mean()), 3)}
    return out


def rules_threshold_sweep(thresholds=(0.1, 0.15, 0.2)) -> dict:
    """What another threshold of the rule set would do (default pipeline otherwise): recall / IoU on the two
    cloudy L1C dates, cloud % on the three clear ones, flagged % of the clear L2A composites (per pixel).
    Information only: the shipped threshold stays the published 0.2."""
    from eolatent.core.inputs.sentinel2.clouds import CLOUD, CloudOptions, rules_score

    ref = reference_masks()
    l2a = _l2a_arrays()
    out = {}
    bands = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    for t in thresholds:
        row = {}
        for d in DATES:
            sc = scores(detect(d, CloudOptions(threshold=t), bands) == CLOUD, ref[d])
            row[d] = {"iou": sc["iou"], "recall": sc["recall"], "detected_cloud_pct": sc["detected_cloud_pct"]}
        row["l2a_flagged_pct"] = {k: round(100.0 * float((rules_score(*(x[:, j] for j in range(5))) > t).mean()), 3)
                                  for k, x in l2a.items()}
        out["%.2f" % t] = row
    return out


def markdown(result: dict) -> str:
    """The README tables."""
    names = {"s2cloudless_10m_raw": "s2cloudless ONNX, 10 m, prob > 0.4, no post-processing",
             "s2cloudless_default": "s2cloudless ONNX, default (60 m, mean r 4, > 0.4, dilation r 2)",
             "rules_default": "rules (L2A bands only), default (60 m, mean r 4, > 0.2, dilation r 2)"}
    fmt = lambda v: "n/a" if v is None else ("%.3f" % v)  # noqa: E731
    lines = ["| detector | date | reference cloud % | detected cloud % | agreement | precision | recall | IoU "
             "| FP px | FN px | detected shadow % |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for key, rows in result["slovenia"].items():
        for d, r in rows.items():
            lines.append("| %s | %s | %.1f | %.1f | %s | %s | %s | %s | %d | %d | %.1f |" % (
                names.get(key, key), d, r["reference_cloud_pct"], r["detected_cloud_pct"], fmt(r["agreement"]),
                fmt(r["precision"]), fmt(r["recall"]), fmt(r["iou"]), r["fp"], r["fn"],
                r["detected_shadow_pct"]))
    if result.get("l2a_false_alarms"):
        lines += ["", "| clear L2A composites | pixels | flagged by the rules (%) |", "|---|---|---|"]
        for k, v in result["l2a_false_alarms"].items():
            lines.append("| %s | %d | %.3f |" % (k, v["pixels"], v["flagged_pct"]))
    if result.get("rules_threshold_sweep"):
        sweep = result["rules_threshold_sweep"]
        names = list(next(iter(sweep.values()))["l2a_flagged_pct"])
        lines += ["", "| rules threshold | 07-31 recall | 07-31 IoU | 08-20 IoU | clear dates cloud % (max) | "
                  + " | ".join("%s flagged %%" % n for n in names) + " |",
                  "|---" * (5 + len(names)) + "|"]
        for t, row in sweep.items():
            clear = max(row[d]["detected_cloud_pct"] for d in ("2015-07-11", "2015-08-30", "2015-09-09"))
            lines.append("| %s | %s | %s | %s | %.1f | %s |" % (
                t, fmt(row["2015-07-31"]["recall"]), fmt(row["2015-07-31"]["iou"]), fmt(row["2015-08-20"]["iou"]),
                clear, " | ".join("%.2f" % row["l2a_flagged_pct"][n] for n in names)))
    return "\n".join(lines)


def evaluate(model_path: Optional[str] = None) -> dict:
    return {"slovenia": slovenia_table(model_path), "l2a_false_alarms": l2a_false_alarms(),
            "rules_threshold_sweep": rules_threshold_sweep(),
            "reference": "s2cloudless probability > 0.4 (CLP_68dates_s2cloudless.tif, eo-learn TestEOPatch)"}


def main(argv=None) -> dict:
    ap = cli.parser(__doc__)
    ap.add_argument("--model", default=None, help="s2cloudless ONNX file (default: the shipped model)")
    ap.add_argument("--json", default=None, help="write the result here")
    a = ap.parse_args(argv)
    res = evaluate(a.model)
    print(markdown(res))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(res, fh, indent=1, sort_keys=True)
    return res


if __name__ == "__main__":
    main()
