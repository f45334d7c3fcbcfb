# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:classify — latent raster (or raw stack) + labelled polygons/points → land-cover map, confidence,
accuracy report and a reusable ONNX classifier (train mode), or a saved classifier applied (apply mode)."""
from __future__ import annotations

import os

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputFile, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterRasterLayer)

from ..core.classify.train import CLASSIFIERS
from ..core.i18n import local_format
from ..plugin.dependencies import missing_message
from . import class_styles
from .base import EOLatentAlgorithm, layer_path
from .layer_samples import read_samples

TRAIN_MODULES = ("sklearn", "scipy", "skl2onnx", "onnx")
class ExtraInputs:
    """Mixin of classify, cluster and similarity: the optional EXTRA_INPUTS, rasters whose features are stacked
    after INPUT's (core.classify.stacked)."""

    EXTRA_INPUTS = "EXTRA_INPUTS"

    def add_extra_inputs(self, latent_only: bool = False) -> None:
        if latent_only:
            label = self.tr("Additional latent rasters (stacked after the input latent)")
        else:   # the help says which (a Presto latent beside fine4, LAI, FCOVER, soil moisture…)
            label = self.tr("Additional feature rasters (stacked after the input)")
        self.addParameter(QgsProcessingParameterMultipleLayers(self.EXTRA_INPUTS, label, QgsProcessing.TypeRaster,
                                                               optional=True))

    def input_rasters(self, parameters, context, layer):
        """The file of INPUT, or [INPUT, EXTRA_INPUTS…] when additional rasters are given."""
        extra = [layer_path(x) for x in (self.parameterAsLayerList(parameters, self.EXTRA_INPUTS, context) or [])]
        return [layer_path(layer)] + extra if extra else layer_path(layer)

    def extra_inputs_help(self) -> str:
        return self.tr(
            "<p><b>Additional feature rasters</b> (optional): more rasters whose features are stacked after "
            "INPUT's, in the order given — another latent raster (e.g. a Presto latent beside a fine4 one) or the "
            "physical variables of eolatent:biophysical, eolatent:decode or eolatent:soilmoisture (LAI, FCOVER, "
            "Cab, Cw, soil moisture: one feature per date). They must be in INPUT's CRS and cover the same area; "
            "the result has the finest of their grids, a coarser raster (e.g. a 40 m latent beside 10 m LAI) being "
            "repeated onto it when its pixel size is a whole multiple.</p>")


class ClassifyAlgorithm(ExtraInputs, EOLatentAlgorithm):
    INPUT = "INPUT"
    MODE = "MODE"
    TRAINING = "TRAINING"
    CLASS_FIELD = "CLASS_FIELD"
    MODEL = "MODEL"
    VALIDATION_FRACTION = "VALIDATION_FRACTION"
    REFIT = "REFIT"
    BLOCK_SIZE = "BLOCK_SIZE"
    N_TREES = "N_TREES"
    CLASSIFIER = "CLASSIFIER"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def name(self):
        return "classify"

    def displayName(self):
        return self.tr("Classify (land-cover map from labelled polygons)")

    def short_description(self):
        return self.tr("A land-cover map and its confidence from labelled polygons or points (train), or with a saved "
                       "classifier (apply)")

    def help_text(self):
        return self.tr(
            "<p>Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. "
            "<b>Train</b> mode fits a classifier (scikit-learn; a random forest unless <i>Classifier</i> says "
            "otherwise) on the latent features of the labelled pixels, "
            "measures it on a spatially separated validation split, saves it as an ONNX classifier with its "
            "model card, and maps the whole raster. <b>Apply</b> mode maps a raster with a saved classifier — "
            "another area or another year in the same season — and needs neither scikit-learn nor training "
            "data.</p>"
            "<p><b>Input</b>: a latent raster from eolatent:encode (features: the latent means of every time "
            "window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack "
            "(features: its bands). The map has the input's resolution (40 m for the fine latent preset).</p>"
            "<p><b>Training layer</b>: polygons or points with a class field (text or integer). A pixel is labelled "
            "when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty "
            "class are skipped. Class names and colours come from the layer's categorized style on the class "
            "field when it has one, else from a fixed palette; integer classes keep their values in the map, as do "
            "classes of a decimal or text field that are all whole numbers.</p>"
            "<p><b>Validation</b>: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is "
            "set aside; no polygon has pixels on both sides, and no class gives up more than its share when the "
            "blocks allow it. The report gives the overall accuracy, kappa, per-class precision, recall and F1 "
            "and the confusion matrix on these pixels, for the classifier trained without them. Then, by default "
            "(<i>After validating, fit the classifier again on every label</i>), the classifier is fitted again "
            "on every label, validation polygons included, and that one makes the map and is saved: with few "
            "labels a third of them is too much to leave out of the map. Untick it to map with the validated "
            "classifier itself. A class with fewer than two usable polygons is trained but not validated (the "
            "report says so). The spatial block size (advanced) is in the raster's CRS units, degrees of latitude "
            "in a geographic CRS; 0 chooses it from the samples' spread.</p>"
            "<p><b>Outputs</b>: the class map (0 = nodata), the confidence (highest class probability, 0–1), "
            "the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a "
            "classifier made for another encoder, season or set of bands is refused, and one whose input values "
            "are on another scale than its training data's (reflectance 0–1 against ×10000) is warned about.</p>"
            "<p>Training needs scikit-learn and skl2onnx; the message says how to install them if they are "
            "missing. With qgis_process or processing.run, MODEL given without MODE and without TRAINING means "
            "apply mode.</p>") + self.extra_inputs_help() + self.tr(
            "<p>A classifier trained with additional feature rasters is applied to the same kinds of rasters in "
            "the same order (INPUT, then the additional ones); another order or another kind of raster is "
            "refused.</p>") + self.tr(
            "<p><b>Classifier</b>: <i>forest</i> (random forest, the default), <i>lda</i> (linear discriminant "
            "analysis with a shrunk covariance), <i>logistic</i> (logistic regression), <i>knn</i> (k nearest "
            "neighbours; it keeps at most 500 training pixels a class), <i>auto</i>: the one of these four or "
            "the ensemble with the best macro-F1 in a leave-one-out / k-fold validation over "
            "the training polygons and points (each one a single row, the mean of its pixels), refitted on every "
            "training pixel, the log and the model card saying which won; or <i>ensemble</i>: the mean class "
            "probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then "
            "each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a "
            "class). With few labels (2–20 per class), the ensemble "
            "of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or "
            "within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels "
            "<i>auto</i> does better.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Latent raster (or a raw stack, for comparison)")))
        self.add_extra_inputs()
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"), options=[self.tr("train a classifier and map"),
                                                 self.tr("apply a saved classifier")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TRAINING, self.tr("Training polygons or points (train mode)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, self.tr("Class field (train mode)"), parentLayerParameterName=self.TRAINING,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MODEL, self.tr("Saved classifier ONNX (apply mode)"), extension="onnx", optional=True))
        self.add_number(self.VALIDATION_FRACTION, self.tr("Fraction of polygons set aside for validation"), 0.3,
                        0.0, 0.9)
        self.add_number(self.BLOCK_SIZE, self.tr("Spatial block size of the validation split (CRS units, "
                                                 "0 = automatic)"), 0.0, 0.0, advanced=True, decimals=6)
        from qgis.core import QgsProcessingParameterBoolean

        self._add(QgsProcessingParameterBoolean(
            self.REFIT, self.tr("After validating, fit the classifier again on every label (for the map and the "
                                "saved classifier)"), defaultValue=True), advanced=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFIER, self.tr("Classifier (the help says what each one is)"),
            options=list(CLASSIFIERS),
            defaultValue="forest", usesStaticStrings=True))
        self.add_number(self.N_TREES, self.tr("Number of trees"), 100, 10, 1000, integer=True, advanced=True)
        self.add_number(self.SEED, self.tr("Random seed"), 0, 0, 2 ** 31 - 1, integer=True, advanced=True)
        self.add_raster_output(self.OUTPUT, self.tr("Land-cover map"))
        self.add_raster_output(self.OUTPUT_CONFIDENCE, self.tr("Confidence (highest class probability)"),
                               optional=True)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_MODEL, self.tr("Classifier (ONNX, train mode)"), self.tr("ONNX files (*.onnx)"),
            optional=True, createByDefault=True))
        # a file output, not an HTML one: QGIS 3.22's Batch dialog fails on HTML outputs (a TypeError in its
        # loadHTMLResults, the dialog left at 50 % with no Run button), and a .json report is no web page
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Accuracy report (train mode)"),
            self.tr("HTML files (*.html);;JSON files (*.json)"), optional=True, createByDefault=True),
            createOutput=False)
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_REPORT, self.tr("Accuracy report (train mode)")))
        for name, label in (("OVERALL_ACCURACY", self.tr("Overall accuracy (validation)")),
                            ("KAPPA", self.tr("Kappa (validation)")),
                            ("MACRO_F1", self.tr("Macro F1 (validation)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("CLASSIFIER_ID", self.tr("Classifier id")))

    def execute(self, parameters, context, feedback):
        layer = self.raster_input(parameters, self.INPUT, context,
                                  self.tr("No input: choose a latent raster (eolatent:encode) or a stack."))
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        if parameters.get(self.MODE) is None and str(parameters.get(self.MODEL) or "").strip() \
                and not str(parameters.get(self.TRAINING) or "").strip():
            mode = 1     # qgis_process / processing.run with MODEL and no TRAINING: apply, as the command line does
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        confidence = self.parameterAsOutputLayer(parameters, self.OUTPUT_CONFIDENCE, context) \
            if self.output_given(parameters, self.OUTPUT_CONFIDENCE, context) else None
        opts = self.runtime_options(parameters, context)
        if mode == 1:
            return self._apply(parameters, context, feedback, layer, output, confidence, opts)
        return self._train(parameters, context, feedback, layer, output, confidence, opts)

    # ---- apply ------------------------------------------------------------------------------------
    def _apply(self, parameters, context, feedback, layer, output, confidence, opts):
        from ..core.classify.apply_raster import run_apply

        unused = [name for name in (self.TRAINING, self.CLASS_FIELD, self.OUTPUT_MODEL, self.OUTPUT_REPORT)
                  if self.destination_file(parameters, name, context) or (
                      name in (self.TRAINING, self.CLASS_FIELD) and str(parameters.get(name) or "").strip())]
        if unused:
            feedback.warning(self.tr("Apply mode: {} are for train mode and are not used (the classes and the "
                                     "features come from MODEL).").format(", ".join(unused)))
        model = self.parameterAsFile(parameters, self.MODEL, context)
        if not model:
            raise QgsProcessingException(self.tr("Apply mode needs a saved classifier: give MODEL (an .onnx file "
                                                 "written by eolatent:classify in train mode)."))
        res = run_apply(self.input_rasters(parameters, context, layer), model, output, confidence,
                        feedback=feedback, **opts)
        feedback.info(self.tr("Classifier {}: {} classes; execution provider {}").format(
            res.classifier.id, len(res.classifier.classes), res.provider_used.upper()))
        self._classes = res.classifier.classes
        results = {self.OUTPUT: res.output, "CLASSIFIER_ID": res.classifier.id,
                   "EXECUTION_PROVIDER_USED": res.provider_used}
        if confidence:
            results[self.OUTPUT_CONFIDENCE] = res.confidence
        return results

    # ---- train ------------------------------------------------------------------------------------
    def _train(self, parameters, context, feedback, layer, output, confidence, opts):
        problem = missing_message(TRAIN_MODULES)
        if problem:
            raise QgsProcessingException(self.tr("Training a classifier needs scikit-learn and skl2onnx.") + "\n"
                                         + problem)
        from ..core.classify.publish import train_and_map
        from ..core.classify.samples import Samples
        from ..core.outputs.files import check_writable, write_problem

        source = self.parameterAsSource(parameters, self.TRAINING, context)
        if source is None:
            raise QgsProcessingException(self.tr("Train mode needs a training layer: give TRAINING (polygons or "
                                                 "points with a class field)."))
        field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or ""
        got = read_samples(self, source, field, layer.crs(), context, self.tr("training"))
        vlayer = self.parameterAsVectorLayer(parameters, self.TRAINING, context)
        from ..core.classify.classes import drop_zero_class, normalise_classes, not_a_class_field, renumbered_note

        for line in normalise_classes(got):
            feedback.warning(line)
        refusal = not_a_class_field(got.values, field)
        if refusal:
            raise QgsProcessingException(refusal)
        zero = drop_zero_class(got, got.integer_field)
        if zero:
            feedback.info(self.tr("{} feature(s) of class 0 were skipped: 0 is the class map's nodata (recode them "
                                  "to use them)").format(zero))
        if not got.values:
            raise QgsProcessingException(self.tr("Every training feature has class 0, the class map's nodata; give "
                                                 "classes 1 or more."))
        classes = class_styles.class_table(got.values, class_styles.renderer_categories(vlayer, field),
                                           got.integer_field)
        note = renumbered_note(classes, got.integer_field)
        if note:
            feedback.info(note)
        code = {c["key"]: c["value"] for c in classes}
        codes = [code[class_styles.value_key(v)] for v in got.values]
        if got.skipped_empty:
            feedback.info(self.tr("{} feature(s) with an empty class were skipped").format(got.skipped_empty))
        if got.skipped_geometry:
            feedback.info(self.tr("{} feature(s) without a geometry (empty or NULL) were skipped").format(
                got.skipped_geometry))
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        from qgis.core import QgsProcessingUtils

        if not model_path:
            model_path = QgsProcessingUtils.generateTempFilename("classifier.onnx")
        if not model_path.lower().endswith(".onnx"):
            model_path += ".onnx"
        if os.path.abspath(model_path).startswith(os.path.abspath(QgsProcessingUtils.tempFolder())):
            feedback.warning(self.tr("The classifier is written to a temporary file ({}), deleted when QGIS "
                                     "closes: to apply it later (MODE apply), save it with OUTPUT_MODEL "
                                     "(Classifier).").format(model_path))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) or ""
        for path in [output] + ([confidence] if confidence else []):
            check_writable(path)
        for path in [model_path] + ([report_path] if report_path else []):
            problem = write_problem(path)  # a file really created and removed there (os.access says yes to root)
            if problem:
                raise QgsProcessingException(self.tr("Cannot write {}: {}").format(path, problem))
        block = self.parameterAsDouble(parameters, self.BLOCK_SIZE, context)
        rasters = self.input_rasters(parameters, context, layer)
        from .classify_report import write_report

        res, applied = train_and_map(
            rasters, Samples(got.geometries, codes), classes, output, confidence, model_path, report_path or None,
            write_report if report_path else None,
            dict(validation_fraction=self.parameterAsDouble(parameters, self.VALIDATION_FRACTION, context),
                 block_size=block if block > 0 else -1.0,
                 n_trees=self.parameterAsInt(parameters, self.N_TREES, context),
                 seed=self.parameterAsInt(parameters, self.SEED, context), threads=opts.get("threads"),
                 layer_name=vlayer.name() if vlayer is not None else "", class_field=field,
                 classifier=self.parameterAsEnumString(parameters, self.CLASSIFIER, context) or "forest",
                 refit=self.parameterAsBoolean(parameters, self.REFIT, context)),
            opts, feedback)
        rep = res.report
        if rep:
            feedback.info(local_format(self.tr("Validation ({} pixels): overall accuracy {:.1f} %, kappa {:.3f}, "
                                               "macro F1 {:.3f}"), rep["n_samples"], 100 * rep["overall_accuracy"],
                                       rep["kappa"], rep["macro_f1"]))
        self._classes = applied.classifier.classes
        results = {self.OUTPUT: applied.output, self.OUTPUT_MODEL: model_path, "CLASSIFIER_ID": res.card["id"],
                   "OVERALL_ACCURACY": rep.get("overall_accuracy"), "KAPPA": rep.get("kappa"),
                   "MACRO_F1": rep.get("macro_f1"), "EXECUTION_PROVIDER_USED": applied.provider_used}
        if confidence:
            results[self.OUTPUT_CONFIDENCE] = applied.confidence
        if report_path:
            results[self.OUTPUT_REPORT] = report_path
        return results

    def output_styles(self):
        return {self.OUTPUT_CONFIDENCE: "PROBABILITY"}

    def hidden_outputs(self, results=None):
        return (self.OUTPUT_CONFIDENCE,)     # loaded unticked: it covered the class map

    def style_outputs(self, results, context):
        super().style_outputs(results, context)
        class_styles.style_output(results.get(self.OUTPUT), getattr(self, "_classes", []), context)
