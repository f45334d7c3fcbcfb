# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:textquery — prompts in natural language → probability map (+ mask and polygons)."""
from __future__ import annotations

import json
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..core.i18n import local_format
from .base import EOLatentAlgorithm, layer_path


class TextQueryAlgorithm(EOLatentAlgorithm):
    READS_S2 = True
    INPUT = "INPUT"
    PROMPTS = "PROMPTS"
    NEGATIVE_PROMPTS = "NEGATIVE_PROMPTS"
    THRESHOLD = "THRESHOLD"
    MODEL_FILE = "MODEL_FILE"
    OUTPUT = "OUTPUT"
    OUTPUT_MASK = "OUTPUT_MASK"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"
    OUTPUT_QUALITY = "OUTPUT_QUALITY"

    def name(self):
        return "textquery"

    def displayName(self):
        return self.tr("Text query (concept → probability map)")

    def short_description(self):
        return self.tr("A probability map of a concept typed in English (\"broadleaf forest\", \"open water\") on a "
                       "stack or latent")

    def help_text(self):
        return self.tr(
            "<p>Type what you are looking for in English — <i>vineyards</i>, <i>flooded meadows</i>, <i>new "
            "buildings</i> — and get, for every pixel, the probability that it shows it. A sentence-embedding "
            "model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively "
            "(CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in "
            "the same space; the cosine between the two is calibrated into a probability.</p>"
            "<p><b>Input</b>: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads "
            "(a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then "
            "at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.</p>"
            "<p><b>Prompts</b>: one per line (at most 16 with the negatives). One prompt: probability = calibrated "
            "sigmoid of its cosine. Several prompts and/or <b>negative prompts</b> (things the pixel should "
            "rather be, e.g. <i>water</i>, <i>forest</i>): a softmax across all of them; one band per prompt, "
            "the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly "
            "not English are refused with a message; the language check is a cautious guess, so a short foreign "
            "prompt may pass and give a map of no meaning. A prompt given twice (upper and lower case and accents "
            "aside), or both as a prompt and a negative prompt, is refused: the two would share every pixel "
            "equally; prompts that differ only in punctuation are warned about.</p>"
            "<p><b>Threshold</b> (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band "
            "per prompt) and its polygons with the prompt as attribute.</p>"
            "<p><b>Quality</b> (optional): the number of valid dates (clear, not nodata) behind each pixel; for "
            "a Presto latent the months with a clear Sentinel-2 observation, for a fine4 latent the clear "
            "Sentinel-2 dates behind its windows; as a UInt16 raster: a pixel seen once gets a probability that looks "
            "as sure as one seen every month. The log names the model used and why, the bands it does not read "
            "(B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses), how clouds were "
            "masked, the dates without a valid pixel and how many pixels rest on fewer than three dates. The "
            "models learnt the seasons of regions north of 10° S: a scene further south is read half a year on, "
            "and the log says so.</p>"
            "<p><b>Encode once, query many</b>: the image side is computed once per input and cached on disk "
            "(in the user cache folder, keyed by the input's content and the model) and in memory; the next "
            "prompt on the same input costs a matrix product.</p>"
            "<p><b>Accuracy — read before use</b>: on a Sentinel-2 stack the default tower was trained on labelled "
            "pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) "
            "and on simulated spectra. With each data set held out in turn and prompts never used in training, its "
            "ROC AUC is 0.75 for forest, 0.65 grassland, 0.68 annual crops, 0.72 built-up, 0.55 water, 0.60 "
            "shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.78): a concept "
            "typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of "
            "pixels to look at, not a classification; for a class map, label a few polygons and use "
            "eolatent:classify.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Sentinel-2 stack or latent raster")))
        self.addParameter(QgsProcessingParameterString(
            self.PROMPTS, self.tr("Prompts (one per line, English)"), multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.NEGATIVE_PROMPTS, self.tr("Negative prompts (one per line)"), multiLine=True,
            optional=True))
        self.add_number(self.THRESHOLD, self.tr("Threshold for the mask and polygons (0–1)"), None,
                        0.0, 1.0, optional=True)
        self._add(QgsProcessingParameterFile(
            self.MODEL_FILE, self.tr("Text-query tower ONNX (empty: the one for the input)"), extension="onnx",
            optional=True), advanced=True)
        self.add_raster_output(self.OUTPUT, self.tr("Probability"))
        self.add_raster_output(self.OUTPUT_MASK, self.tr("Mask (probability ≥ threshold)"), optional=True,
                               create_by_default=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POLYGONS, self.tr("Polygons (probability ≥ threshold)"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=False))
        self.add_raster_output(self.OUTPUT_QUALITY, self.tr("Quality: valid dates (months, latent windows) per pixel"),
                               optional=True, create_by_default=False)
        self.addOutput(QgsProcessingOutputString("CACHE", self.tr("Image side: computed or reused")))
        self.addOutput(QgsProcessingOutputString("TIMINGS", self.tr("Timings (JSON, seconds)")))
        self.addOutput(QgsProcessingOutputString("WARNINGS", self.tr("Warnings of the run, one per line")))

    def output_styles(self):
        return {self.OUTPUT: "PROBABILITY", self.OUTPUT_MASK: "MASK", self.OUTPUT_QUALITY: "COUNT"}

    def style_outputs(self, results, context) -> None:
        """The loaded layers are named after the prompts ("P(vineyards)", "mask: vineyards"), as the dock names
        them, instead of "Probability" and "Mask"; with several prompts "P: forest, water (a band per prompt)"."""
        super().style_outputs(results, context)
        prompts = list(getattr(self, "_prompts", []))
        name = ", ".join(prompts)
        several = len(prompts) > 1      # one band per prompt ("P(forest | water)" read as a conditional probability)
        for key, label in ((self.OUTPUT, self.tr("P: {} (a band per prompt)") if several else self.tr("P({})")),
                           (self.OUTPUT_MASK, self.tr("mask: {} (a band per prompt)") if several else
                            self.tr("mask: {}"))):
            path = results.get(key)
            if name and path and context.willLoadLayerOnCompletion(path):
                context.layerToLoadOnCompletionDetails(path).name = label.format(name)

    def checkParameterValues(self, parameters, context):
        """An empty PROMPTS gets the engine's message, which says what to type (QGIS's own check of a mandatory
        string said only "Incorrect parameter value for PROMPTS" to qgis_process users)."""
        if not str(parameters.get(self.PROMPTS) or "").strip():
            from ..core.i18n import tr as engine_tr

            return False, engine_tr("no text prompt: type what to look for, one prompt per line, e.g. {example}",
                                    example="'vineyards'")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        from ..core.textquery.query_raster import run_textquery

        layer = self.raster_input(parameters, self.INPUT, context,
                                  self.tr("No input: choose a Sentinel-2 stack or a latent raster."))
        threshold = self.optional_number(parameters, self.THRESHOLD, context)
        mask = self.parameterAsOutputLayer(parameters, self.OUTPUT_MASK, context) \
            if self.output_given(parameters, self.OUTPUT_MASK, context) else None
        quality = self.parameterAsOutputLayer(parameters, self.OUTPUT_QUALITY, context) \
            if self.output_given(parameters, self.OUTPUT_QUALITY, context) else None
        wants_polygons = self.output_given(parameters, self.OUTPUT_POLYGONS, context)
        if (mask or wants_polygons) and threshold is None:
            raise QgsProcessingException(self.tr("A mask or polygons need a threshold: give THRESHOLD (0–1)."))
        if threshold is not None and not (mask or wants_polygons):
            feedback.warning(self.tr("The threshold is used only for the mask and the polygons, and neither is asked "
                                     "for: it is ignored."))
        polygons_file = self.destination_file(parameters, self.OUTPUT_POLYGONS, context) if wants_polygons else None
        if polygons_file:  # checked before the run: the polygons are written after the rasters
            from ..core.outputs.files import write_problem

            problem = write_problem(polygons_file)
            if problem:
                raise QgsProcessingException(self.tr("Cannot write {}: {}").format(polygons_file, problem))
            if os.path.exists(polygons_file):
                polygons_file = None  # not removed on failure: it is not this run's
        opts = self.runtime_options(parameters, context)
        opts.pop("tile_size", None)
        res = run_textquery(
            layer_path(layer), self.parameterAsString(parameters, self.PROMPTS, context),
            self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
            negatives=self.parameterAsString(parameters, self.NEGATIVE_PROMPTS, context) or None,
            threshold=threshold, mask_output=mask,
            model=self.parameterAsFile(parameters, self.MODEL_FILE, context) or None,
            detect_clouds=self.detect_clouds(parameters, context), quality_output=quality,
            feedback=feedback, **opts)
        self._prompts = list(res.prompts)
        how = {"memory": self.tr("reused (memory)"), "disk": self.tr("reused (disk cache)"),
               "": self.tr("computed")}[res.cache]
        on_input = {"latent": self.tr("Model {} on a latent input; image side {}; execution provider {}")}.get(
            res.input_kind) or self.tr("Model {} on a Sentinel-2 input; image side {}; execution provider {}")
        feedback.info(on_input.format(res.tower, how, res.provider_used.upper()))
        feedback.info(local_format(self.tr("Time: {:.2f} s (image side {:.2f} s, prompts {:.3f} s, maps {:.2f} s)"),
            res.timings["total_s"], res.timings["image_s"], res.timings["text_s"], res.timings["map_s"]))
        results = {self.OUTPUT: res.output, "CACHE": res.cache or "computed",
                   "TIMINGS": json.dumps({k: round(v, 4) for k, v in res.timings.items()}),
                   "WARNINGS": "\n".join(getattr(feedback, "warnings", [])),
                   "EXECUTION_PROVIDER_USED": res.provider_used}
        if mask:
            results[self.OUTPUT_MASK] = mask
        if quality:
            results[self.OUTPUT_QUALITY] = quality
        if wants_polygons:
            try:
                results[self.OUTPUT_POLYGONS] = self._write_polygons(parameters, context, layer, res)
            except BaseException:  # leave no output of this failed run behind
                from ..core.outputs.files import remove_files

                remove_files([res.output, mask, quality] + ([polygons_file] if polygons_file else []))
                raise
        return results

    def _write_polygons(self, parameters, context, layer, res):
        from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

        fields = QgsFields()
        fields.append(QgsField("prompt", QVariant.String))
        fields.append(QgsField("band", QVariant.Int))
        crs = QgsCoordinateReferenceSystem.fromWkt(res.crs_wkt) if res.crs_wkt else layer.crs()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_POLYGONS, context, fields,
                                          QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_POLYGONS))
        for poly in res.polygons:
            rings = [[QgsPointXY(float(x), float(y)) for x, y in ring] for ring in poly["geometry"]["coordinates"]]
            geom = QgsGeometry.fromPolygonXY(rings)
            feat = QgsFeature(fields)
            feat.setGeometry(geom)
            feat.setAttributes([poly["prompt"], poly["band"]])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest
