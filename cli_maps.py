# SPDX-License-Identifier: GPL-3.0-or-later
"""The map subcommands of the command line: ``classify``, ``cluster``, ``similarity``.

Options are the Processing parameters of eolatent:classify / eolatent:cluster / eolatent:similarity in lower
case with '-' (``CLASS_FIELD`` → ``--class-field``), and each command makes the core calls of its Processing
algorithm with the same arguments, so the maps are the same. Where the algorithm gets a QGIS layer, the command
reads the vector file with GDAL (:mod:`eolatent.core.classify.vector_file`); a layer without a style gives the
class names (its class values) and colours (the palette) the algorithm would give.

These commands run once, in this process, on the whole raster: the classifier, the k-means centroids and the
reference vector come from the whole input, so there are no block runs (``cli.run`` refuses the scale-out
options). They print the algorithm's results (``OUTPUT``, ``CLASSIFIER_ID``, ``OVERALL_ACCURACY``, ``K_CHOSEN``,
…) as ``KEY<TAB>value`` lines.
"""
from __future__ import annotations

import importlib
import json
import math
import sys
import types
from typing import Dict, Optional

from .cli_commands import COMMANDS, CliError, Command, _existing, _opt, check_distinct, check_writable_file

TRAIN_OPTIONS = (("class_field", "--class-field"), ("output_model", "--output-model"),
                 ("output_report", "--output-report"), ("validation_fraction", "--validation-fraction"),
                 ("block_size", "--block-size"), ("n_trees", "--n-trees"), ("seed", "--seed"),
                 ("classifier", "--classifier"), ("no_refit", "--no-refit"))
DEFAULTS = dict(validation_fraction=0.3, block_size=0.0, n_trees=100, seed=0, classifier="forest",  # Processing's
                no_refit=False)


def _in_range(value, flag, lo, hi=None):
    if value is not None and (not math.isfinite(value) or value < lo or (hi is not None and value > hi)):
        span = f"{lo} … {hi}" if hi is not None else f"at least {lo}"
        raise CliError(f"{flag} {value}: give {span}")
    return value


def _check_outputs(named: Dict[str, Optional[str]], extensions: Dict[str, tuple]) -> None:
    """Extensions and distinct names of the outputs given ({flag: path})."""
    given = {flag: path for flag, path in named.items() if path}
    for flag, path in given.items():
        ext = extensions[flag]
        if not path.lower().endswith(ext):
            raise CliError(f"{flag} {path}: give a file name ending in {' or '.join(ext)}")
    check_distinct(given.values())


def _extra_inputs(ns) -> list:
    """The files of --extra-inputs (absolute paths), [] without it."""
    return [_existing(path, "--extra-inputs") for path in (getattr(ns, "extra_inputs", None) or [])]


def _rasters(p):
    """What the core functions get: the --input file, or [--input, --extra-inputs…] (stacked features)."""
    return [p["input"]] + p["extra_inputs"] if p.get("extra_inputs") else p["input"]


EXTRA_HELP = ("rasters whose features are stacked after --input's, in this order (e.g. a Presto latent beside a "
              "fine4 latent, LAI / FCOVER / soil-moisture rasters from biophysical, decode or soilmoisture); same "
              "CRS and area; the output has the finest of their grids")


def _raster_crs_wkt(path: str) -> str:
    import rasterio
    from rasterio.errors import RasterioError

    try:
        with rasterio.open(path) as ds:
            return ds.crs.to_wkt() if ds.crs else ""
    except (RasterioError, OSError) as exc:
        raise CliError(f"--input {path}: cannot open it as a raster ({exc}); the file is missing, truncated or "
                       "not a raster: give a latent raster (eolatent encode), a Sentinel-2 stack or another GeoTIFF "
                       "of features") from None


def _read_vector(source: str, field: Optional[str], raster: str, what: str, flag: str, feedback):
    from .core.classify.vector_file import VectorFileError, read_vector

    try:
        got = read_vector(source, field, _raster_crs_wkt(raster), what)
    except VectorFileError as exc:
        raise CliError(f"{flag}: {exc}") from None  # the message names the file
    for note in (got.field_note, got.crs_note):
        if note:
            feedback.info(note)
    return got


def _existing_vector(source: Optional[str], flag: str) -> Optional[str]:
    """The vector source with an absolute file path (keeping a ``|layername=`` suffix)."""
    if not source:
        return None
    path, sep, rest = source.partition("|")
    return _existing(path, flag) + sep + rest


def report_writer():
    """``write_report`` of eolatent:classify (HTML, or JSON for a .json name). Its module translates the HTML
    headings through QGIS's Qt; without QGIS it is loaded with untranslated (English) headings."""
    pkg = __package__
    try:
        return importlib.import_module(f"{pkg}.processing_provider.classify_report").write_report
    except ImportError:
        pass
    names = (f"{pkg}.plugin.i18n", f"{pkg}.processing_provider.classify_report")
    saved = {n: sys.modules.get(n) for n in names}
    stub = types.ModuleType(names[0])
    stub.tr = lambda text: text
    sys.modules[names[0]] = stub
    sys.modules.pop(names[1], None)
    try:
        return importlib.import_module(names[1]).write_report
    finally:  # leave no stub behind for a later import with QGIS
        for n, module in saved.items():
            if module is None:
                sys.modules.pop(n, None)
            else:
                sys.modules[n] = module


# ---- classify ------------------------------------------------------------------------------------
def _build_classify(ns):
    mode = ns.mode or ("apply" if ns.model and not ns.training else "train")
    if ns.training and ns.model:
        raise CliError("give --training (train a classifier) or --model (apply a saved one), not both")
    if not ns.training and not ns.model:
        raise CliError("give --training FILE --class-field FIELD to train a classifier, or --model FILE.onnx to "
                       "apply a saved one")
    if mode == "train" and not ns.training:
        raise CliError("--mode train needs --training FILE --class-field FIELD (--model is for apply mode)")
    if mode == "apply" and not ns.model:
        raise CliError("--mode apply needs --model FILE.onnx (--training is for train mode)")
    p = dict(mode=mode, input=_existing(ns.input, "--input"), extra_inputs=_extra_inputs(ns), output=ns.output,
             output_confidence=ns.output_confidence)
    if mode == "apply":
        for dest, flag in TRAIN_OPTIONS:
            if getattr(ns, dest) is not None:
                raise CliError(f"{flag} is for train mode (--training); apply mode takes the classes and the "
                               "features from the classifier given with --model")
        _check_outputs({"--output": ns.output, "--output-confidence": ns.output_confidence},
                       {"--output": (".tif", ".tiff"), "--output-confidence": (".tif", ".tiff")})
        return dict(p, model=_existing(ns.model, "--model"))
    training = _existing_vector(ns.training, "--training")
    if not ns.class_field:
        from .core.classify.vector_file import VectorFileError, read_vector

        hint = ""
        try:
            read_vector(training, "", "", "training")  # names the fields to choose from
        except VectorFileError as exc:
            hint = f" ({exc})"
        raise CliError("train mode needs --class-field FIELD, the field that holds the classes" + hint)
    p.update({k: (getattr(ns, k) if getattr(ns, k) is not None else v) for k, v in DEFAULTS.items()})
    _in_range(p["validation_fraction"], "--validation-fraction", 0.0, 0.9)
    _in_range(p["block_size"], "--block-size", 0.0)
    _in_range(p["n_trees"], "--n-trees", 10, 1000)
    _in_range(p["seed"], "--seed", 0, 2 ** 31 - 1)
    _check_outputs({"--output": ns.output, "--output-confidence": ns.output_confidence,
                    "--output-model": ns.output_model, "--output-report": ns.output_report},
                   {"--output": (".tif", ".tiff"), "--output-confidence": (".tif", ".tiff"),
                    "--output-model": (".onnx",), "--output-report": (".html", ".htm", ".json")})
    return dict(p, training=training, class_field=ns.class_field,
                output_model=ns.output_model, output_report=ns.output_report)


def _apply(p, feedback) -> dict:
    from .core.classify.apply_raster import run_apply

    res = run_apply(_rasters(p), p["model"], p["output"], p["output_confidence"], provider=p["provider"],
                    threads=p["threads"], tile_size=p["tile_size"], feedback=feedback)
    feedback.info(f"classifier {res.classifier.id}: {len(res.classifier.classes)} classes; execution provider "
                  f"{res.provider_used.upper()}")
    out = {key: value for key, value in (("OUTPUT", p["output"]), ("OUTPUT_CONFIDENCE", p["output_confidence"]))
           if value}
    out["CLASSIFIER_ID"] = res.classifier.id
    return out


def _train(p, feedback) -> dict:
    """The steps of ClassifyAlgorithm._train, with the layer read from a file."""
    from .core.classify.publish import train_and_map
    from .core.classify.samples import Samples
    from .core.classify.train import require_sklearn
    from .core.classify.classes import (ZERO_CLASS_NOTE, drop_zero_class, normalise_classes, not_a_class_field,
                                        renumbered_note)
    from .core.classify.vector_file import class_table, value_key
    from .core.outputs.geotiff import check_writable

    require_sklearn()
    got = _read_vector(p["training"], p["class_field"], p["input"], "training", "--training", feedback)
    for line in normalise_classes(got):
        feedback.warning(line)
    refusal = not_a_class_field(got.values, p["class_field"])
    if refusal:
        raise CliError(f"--class-field: {refusal}")
    zero = drop_zero_class(got, got.integer_field)
    if zero:
        feedback.info(ZERO_CLASS_NOTE.format(zero))
    if not got.values:
        raise CliError(f"--training {p['training']}: every feature has class 0, the class map's nodata; give "
                       "classes 1 or more")
    classes = class_table(got.values, got.integer_field)
    note = renumbered_note(classes, got.integer_field)
    if note:
        feedback.info(note)
    code = {c["key"]: c["value"] for c in classes}
    codes = [code[value_key(v)] for v in got.values]
    if got.skipped_empty:
        feedback.info(f"{got.skipped_empty} feature(s) with an empty class were skipped")
    if got.skipped_geometry:
        feedback.info(f"{got.skipped_geometry} feature(s) without a geometry (empty or NULL) were skipped")
    output, confidence = p["output"], p["output_confidence"]
    model_path, report_path = p["output_model"], p["output_report"]
    for path in [output] + ([confidence] if confidence else []):
        check_writable(path)
    for path in [x for x in (model_path, report_path) if x]:
        check_writable_file(path)
    block = p["block_size"]
    res, _ = train_and_map(_rasters(p), Samples(got.geometries, codes), classes, output, confidence, model_path,
                           report_path, report_writer() if report_path else None,
                           dict(validation_fraction=p["validation_fraction"], block_size=block if block > 0 else -1.0,
                                n_trees=p["n_trees"], seed=p["seed"], threads=p["threads"], layer_name=got.layer_name,
                                class_field=p["class_field"], classifier=p["classifier"], refit=not p["no_refit"]),
                           dict(provider=p["provider"], threads=p["threads"], tile_size=p["tile_size"]), feedback)
    rep = res.report
    if rep:
        feedback.info(f"Validation ({rep['n_samples']} pixels): overall accuracy "
                      f"{100 * rep['overall_accuracy']:.1f} %, kappa {rep['kappa']:.3f}, "
                      f"macro F1 {rep['macro_f1']:.3f}")
    else:
        feedback.info(f"no validation metrics: trained on all {len(res.split.train)} sample(s) with pixels "
                      f"({res.n_train_pixels} pixels)")
    out = {key: value for key, value in (("OUTPUT", output), ("OUTPUT_CONFIDENCE", confidence),
                                         ("OUTPUT_MODEL", model_path), ("OUTPUT_REPORT", report_path)) if value}
    out["CLASSIFIER_ID"] = res.card["id"]
    for key in ("overall_accuracy", "kappa", "macro_f1"):
        if rep:
            out[key.upper()] = rep[key]
    return out


def _run_classify(p, feedback) -> dict:
    return _apply(p, feedback) if p["mode"] == "apply" else _train(p, feedback)


CLASSIFY = Command(
    "land-cover map from labelled polygons or points (train), or with a saved classifier (apply)",
    [_opt("--input", required=True, help="latent raster (from encode), or any other raster such as a stack (its "
                                         "bands are the features)"),
     _opt("--extra-inputs", nargs="+", metavar="PATH", help=EXTRA_HELP + "; apply mode needs the same rasters as "
                                                                        "training, in the same order"),
     _opt("--mode", choices=("train", "apply"), help="train: fit a classifier on --training and map; apply: map "
                                                    "with --model (default: from which of the two is given)"),
     _opt("--training", metavar="FILE", help="train mode: polygons or points with a class field (GeoPackage, "
                                             "Shapefile, GeoJSON…, any CRS; FILE|layername=NAME for one layer of "
                                             "several)"),
     _opt("--class-field", metavar="FIELD", help="train mode: the field holding the classes (text or numbers; "
                                                 "empty values skipped; classes that are all whole numbers keep "
                                                 "their values)"),
     _opt("--model", metavar="FILE", help="apply mode: a classifier .onnx written by classify in train mode"),
     _opt("--validation-fraction", type=float, metavar="F", help="share of the polygons set aside for the "
                                                                 "spatially separated validation, 0 … 0.9 (default "
                                                                 "0.3; 0: train on every label, no validation "
                                                                 "metrics)"),
     _opt("--block-size", type=float, metavar="UNITS", help="spatial block size of the validation split, in the "
                                                            "raster's CRS units (degrees of latitude in a "
                                                            "geographic CRS; default 0: automatic)"),
     _opt("--classifier", choices=("forest", "auto", "lda", "logistic", "knn", "ensemble"),
          help="train mode: forest (default), lda, logistic, knn, auto (chosen among these and the "
               "ensemble by validation over the training samples), or ensemble (soft vote of lda, logistic, knn and forest on each raster of the stack; best "
               "with few labels)"),
     _opt("--no-refit", action="store_true", default=None,
          help="keep the classifier fitted on the training side only (default: after the validation it is fitted "
               "again on every label for the map and --output-model; the reported figures are the validation's)"),
     _opt("--n-trees", type=int, metavar="N", help="number of trees of the random forest, 10 … 1000 (default 100)"),
     _opt("--seed", type=int, metavar="N", help="random seed (default 0)"),
     _opt("--output", required=True, metavar="PATH", help="class map (GeoTIFF, 0 = nodata)"),
     _opt("--output-confidence", metavar="PATH", help="highest class probability (GeoTIFF)"),
     _opt("--output-model", metavar="PATH", help="train mode: the classifier (.onnx with its model card)"),
     _opt("--output-report", metavar="PATH", help="train mode: accuracy report (.html, or .json)")],
    _build_classify,
    epilog="Class names are the class field's values, colours a fixed palette; both are in the map's CLASSES tag "
           "and the classifier's card. Runs once, in this process, on the whole raster (no block runs).",
    local=_run_classify)


# ---- cluster -------------------------------------------------------------------------------------
def _build_cluster(ns):
    _in_range(ns.k, "--k", 0, 254)
    if ns.k == 1:
        raise CliError("--k 1: give at least 2 clusters, or 0 to choose k automatically")
    _in_range(ns.k_max, "--k-max", 2, 50)
    _in_range(ns.sample_size, "--sample-size", 100, 1000000)
    _in_range(ns.seed, "--seed", 0, 2 ** 31 - 1)
    _check_outputs({"--output": ns.output}, {"--output": (".tif", ".tiff")})
    return dict(input=_existing(ns.input, "--input"), extra_inputs=_extra_inputs(ns), k=ns.k, k_max=ns.k_max,
                sample_size=ns.sample_size,
                seed=ns.seed, output=ns.output)


def _run_cluster(p, feedback) -> dict:
    from .core.classify.cluster import run_cluster

    res = run_cluster(_rasters(p), p["output"], k=p["k"], k_max=p["k_max"], sample_size=p["sample_size"],
                      seed=p["seed"], tile_size=p["tile_size"], feedback=feedback)
    if res.auto:
        feedback.info(f"k = {res.k} chosen by the silhouette criterion")
    return {"OUTPUT": p["output"], "K_CHOSEN": res.k,
            "SCORES": json.dumps({str(k): round(v, 4) for k, v in res.scores.items()})}


CLUSTER = Command(
    "k-means clusters of a latent raster (k given, or chosen by the silhouette criterion)",
    [_opt("--input", required=True, help="latent raster (or any raster: its bands are the features)"),
     _opt("--extra-inputs", nargs="+", metavar="PATH", help=EXTRA_HELP + " (features standardised before k-means)"),
     _opt("--k", type=int, default=0, metavar="K",
          help="number of clusters, 2 … 254 (default 0: chosen by the silhouette criterion)"),
     _opt("--k-max", type=int, default=10, metavar="K", help="largest k tried when automatic, 2 … 50 (default 10)"),
     _opt("--sample-size", type=int, default=20000, metavar="N", help="pixels sampled to fit k-means, 100 … 1000000 "
                                                                      "(default 20000)"),
     _opt("--seed", type=int, default=0, metavar="N", help="random seed (default 0)"),
     _opt("--output", required=True, metavar="PATH", help="clusters 1 … k by decreasing size in the sample (GeoTIFF, 0 = nodata)")],
    _build_cluster, epilog="Runs once, in this process, on the whole raster (no block runs).", local=_run_cluster)


# ---- similarity ----------------------------------------------------------------------------------
def _build_similarity(ns):
    _check_outputs({"--output": ns.output}, {"--output": (".tif", ".tiff")})
    return dict(input=_existing(ns.input, "--input"), extra_inputs=_extra_inputs(ns),
                reference=_existing_vector(ns.reference, "--reference"),
                per_window=bool(ns.per_window), output=ns.output)


def _run_similarity(p, feedback) -> dict:
    from .core.classify.samples import Samples
    from .core.classify.similarity import run_similarity

    got = _read_vector(p["reference"], None, p["input"], "reference", "--reference", feedback)
    if got.skipped_geometry:
        feedback.info(f"{got.skipped_geometry} feature(s) without a geometry (empty or NULL) were skipped")
    res = run_similarity(_rasters(p), Samples(got.geometries, [1] * len(got.geometries)), p["output"],
                         per_window=p["per_window"], tile_size=p["tile_size"], feedback=feedback)
    feedback.info(f"similarity to the mean of {res.n_references} reference feature(s), {len(res.bands)} band(s)")
    return {"OUTPUT": p["output"]}


SIMILARITY = Command(
    "cosine similarity in latent space to reference points or polygons (find places like this one)",
    [_opt("--input", required=True, help="latent raster (from encode)"),
     _opt("--extra-inputs", nargs="+", metavar="PATH", help="latent rasters whose windows are stacked after "
                                                            "--input's (e.g. a Presto latent beside a fine4 latent "
                                                            "of the same stack); same CRS and area"),
     _opt("--reference", required=True, metavar="FILE", help="reference points or polygons (GeoPackage, "
                                                             "Shapefile, GeoJSON…, any CRS)"),
     _opt("--per-window", action="store_true", help="one band per time window (default: one band, all windows)"),
     _opt("--output", required=True, metavar="PATH", help="similarity, −1 … 1 (GeoTIFF)")],
    _build_similarity, epilog="Runs once, in this process, on the whole raster (no block runs).",
    local=_run_similarity)

MAP_COMMANDS: Dict[str, Command] = {"classify": CLASSIFY, "cluster": CLUSTER, "similarity": SIMILARITY}
COMMANDS.update(MAP_COMMANDS)
