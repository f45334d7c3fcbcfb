# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert Sinergise's s2cloudless LightGBM model to ``models/cloud_s2cloudless.onnx`` (card embedded).

Source: ``models/training/data_sources/s2cloudless/pixel_s2_cloud_detector_lightGBM_v0.1.txt``, the model file of
the PyPI wheel s2cloudless 1.7.3 (CC BY-SA 4.0, Sinergise; see the README there). The text model is parsed by
:mod:`.lgbm_onnx` (no LightGBM needed) and written as an ONNX tree ensemble that walks the trees in float64 like
LightGBM does. Checks at export (the script stops if one fails):

* the ONNX output equals LightGBM's ``Booster.predict`` (when ``lightgbm`` is installed; always equals the
  independent numpy walk of :func:`.lgbm_onnx.predict_numpy`) within 1e-6 on the 50 500 real pixels of the five
  Slovenia L1C dates and 20 000 uniform random pixels;
* the measurement on the Slovenia tile (:mod:`.evaluate`): its s2cloudless rows go into the card's metrics and
  ``models/cloud_s2cloudless.metrics.json``, the whole result (the L2A rule set too) into
  ``models/training/cloud/slovenia_evaluation.json``.

The model's licence text is written beside it as ``models/cloud_s2cloudless.LICENSE.txt`` (it ships with the
plugin). Usage::

    python -m eolatent.models.training.cloud.export_s2cloudless --out models/cloud_s2cloudless.onnx
"""
from __future__ import annotations

import json
import os

import numpy as np

from .. import cli
from ..onnx_eval import sha256_file
from .lgbm_onnx import parse_text_model, predict_numpy, to_onnx

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.join(os.path.dirname(HERE), "data_sources", "s2cloudless")
MODEL_TXT = os.path.join(SOURCE_DIR, "pixel_s2_cloud_detector_lightGBM_v0.1.txt")
MODEL_TXT_SHA256 = "0f92b6822cc0ad42982f55bab9b1688329e119451ad9a9e0a56384b9f37bc61d"
LICENSE_MD = os.path.join(SOURCE_DIR, "LICENSE.md")
TOLERANCE = 1e-6

LICENSE_HEADER = """models/cloud_s2cloudless.onnx: the s2cloudless pixel cloud detector of Sinergise (Sentinel Hub),
model file pixel_s2_cloud_detector_lightGBM_v0.1.txt of the Python package s2cloudless 1.7.3
(https://github.com/sentinel-hub/sentinel2-cloud-detector, https://pypi.org/project/s2cloudless/),
(c) Sinergise, licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/).

Changes made by EO Latent: the LightGBM text model was converted, tree by tree and value by value, to an ONNX
tree ensemble (models/training/cloud/export_s2cloudless.py); its thresholds and leaf values are unchanged. This
converted model is distributed under the same licence, CC BY-SA 4.0. No warranties are given.

The licence text as shipped in the s2cloudless package:

"""


def parity_pixels(seed: int = 0) -> np.ndarray:
    """(N, 10) float32: the Slovenia L1C pixels (the 10 model bands) and uniform random reflectances."""
    import rasterio

    from eolatent.core.inputs.sentinel2.clouds import S2CLOUDLESS_BANDS

    from .evaluate import DATES, SLOVENIA

    rows = []
    for d in DATES:
        with rasterio.open(os.path.join(SLOVENIA, "S2L1C_TOA_13band_%s.tif" % d)) as ds:
            idx = [list(ds.descriptions).index(b) + 1 for b in S2CLOUDLESS_BANDS]
            rows.append(ds.read(idx).reshape(len(idx), -1).T)
    rng = np.random.default_rng(seed)
    rows.append(rng.uniform(0.0, 1.0, (20000, 10)))
    return np.concatenate(rows).astype(np.float32)


def check_parity(model_bytes: bytes, model, x: np.ndarray) -> dict:
    from ..onnx_eval import cpu_session

    out = cpu_session(model_bytes).run(None, {"bands": x})[0].reshape(-1)
    res = {"pixels": int(len(x))}
    ref_np = predict_numpy(model, x[::25])
    res["max_abs_vs_numpy_walk"] = float(np.abs(out[::25] - ref_np).max())
    try:
        import lightgbm
    except ImportError:
        lightgbm = None
    if lightgbm is not None:
        booster = lightgbm.Booster(model_file=MODEL_TXT)
        ref = booster.predict(x, num_threads=1)
        res["max_abs_vs_lightgbm"] = float(np.abs(out - ref).max())
        res["lightgbm_version"] = lightgbm.__version__
    worst = max(v for k, v in res.items() if k.startswith("max_abs"))
    if not worst <= TOLERANCE:
        raise SystemExit("the ONNX model differs from the reference by %.3g > %g: %s" % (worst, TOLERANCE, res))
    return res


def card(metrics: dict) -> dict:
    from eolatent.core.inputs.sentinel2.clouds import (DEFAULT_THRESHOLD, S2CLOUDLESS_BANDS, S2CLOUDLESS_ID,
                                                CloudOptions)

    o = CloudOptions()
    return {
        "id": S2CLOUDLESS_ID,
        "version": "1.0.0",
        "task": "cloud",
        "inputs": [{"name": "bands", "bands": list(S2CLOUDLESS_BANDS), "shape": ["N", 10],
                    "units": "Level-1C top-of-atmosphere reflectance 0-1 (DN / 10000; from processing baseline "
                             "04.00 with RADIO_ADD_OFFSET applied, i.e. harmonised)",
                    "normalisation": "none", "dtype": "float32",
                    "note": "finite values only (LightGBM reads NaN as 0 for this model; feed no NaN)"}],
        "outputs": [{"name": "probability", "units": "cloud probability", "valid_range": [0.0, 1.0],
                     "shape": ["N"],
                     "postprocessing": {
                         "implementation": "eolatent.core.inputs.sentinel2.clouds.postprocess (numpy, no OpenCV)",
                         "as_in": "s2cloudless S2PixelCloudDetector.get_mask_from_prob",
                         "threshold": DEFAULT_THRESHOLD["s2cloudless"],
                         "average_over_px": o.average_over, "dilation_size_px": o.dilation_size,
                         "processing_resolution_m": o.processing_resolution,
                         "rule": "disk mean (mirrored border) > threshold, then disk dilation; "
                                 "disks x^2+y^2<=r^2"}}],
        "tiling": {"tile_size": 256, "receptive_field": 1, "scale_factor": 1,
                   "note": "per pixel; the readers run it on a processing grid (default 60 m) tile by tile"},
        "training_data": {
            "trained_by": "Sinergise (Sentinel Hub) - not retrained here",
            "source": "s2cloudless 1.7.3 wheel (PyPI), s2cloudless/models/pixel_s2_cloud_detector_lightGBM_v0.1.txt",
            "source_sha256": MODEL_TXT_SHA256,
            "description": "LightGBM gradient-boosted trees (170 trees x 770 leaves, binary objective) on "
                           "Sentinel-2 L1C pixels labelled cloud / clear; see "
                           "https://medium.com/sentinel-hub/improving-cloud-detection-with-machine-learning-c09dc5d7cf13 "
                           "and Skakun et al. 2022 (RSE 274, 112990) for its validation",
            "conversion": "models/training/cloud/export_s2cloudless.py (lgbm_onnx.py): trees, thresholds and "
                          "leaf values unchanged; float64 comparisons as in LightGBM"},
        "metrics": metrics,
        "license": "CC-BY-SA-4.0",
    }


def main(argv=None) -> dict:
    ap = cli.parser(__doc__, out="models/cloud_s2cloudless.onnx")
    ap.add_argument("--no-evaluate", action="store_true", help="skip the Slovenia measurement (tests)")
    a = ap.parse_args(argv)
    from eolatent.models.training.provenance import refresh_manifest, write_onnx_with_card

    got = sha256_file(MODEL_TXT)
    if got != MODEL_TXT_SHA256:
        raise SystemExit("%s has sha256 %s, expected %s: restore it from the s2cloudless 1.7.3 wheel"
                         % (MODEL_TXT, got, MODEL_TXT_SHA256))
    with open(MODEL_TXT) as fh:
        model = parse_text_model(fh.read())
    proto = to_onnx(model)
    parity = check_parity(proto.SerializeToString(), model, parity_pixels())
    out = os.path.abspath(a.out)
    metrics = {"parity": parity}
    stored = write_onnx_with_card(proto, card(metrics), out)
    if not a.no_evaluate:
        from .evaluate import evaluate

        res = evaluate(out)
        metrics["slovenia"] = dict({k: v for k, v in res["slovenia"].items() if k.startswith("s2cloudless")},
                                   reference=res["reference"])
        stored = write_onnx_with_card(proto, card(metrics), out)
        with open(os.path.join(HERE, "slovenia_evaluation.json"), "w") as fh:
            json.dump(res, fh, indent=1, sort_keys=True)
    with open(LICENSE_MD, encoding="utf-8") as fh:
        licence = fh.read()
    base = os.path.splitext(out)[0]
    with open(base + ".LICENSE.txt", "w", encoding="utf-8") as fh:
        fh.write(LICENSE_HEADER + licence)
    refresh_manifest(out)               # the licence is a sidecar of the manifest entry
    with open(base + ".metrics.json", "w") as fh:
        json.dump(metrics, fh, indent=1, sort_keys=True)
    print(json.dumps(parity))
    return {"card": stored, "metrics": metrics, "path": out}


if __name__ == "__main__":
    main()
