# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:similarity — latent raster + reference points/polygons → cosine similarity map."""
from __future__ import annotations

from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterRasterLayer)

from . import class_styles
from .base import EOLatentAlgorithm
from .classify_algorithm import ExtraInputs
from .layer_samples import read_samples


class SimilarityAlgorithm(ExtraInputs, EOLatentAlgorithm):
    REQUIRED_MODULES = ("numpy", "rasterio")
    RUNS_NETWORK = False  # numpy on the CPU: EXECUTION_PROVIDER=1 (CUDA) is refused or warned about
    INPUT = "INPUT"
    REFERENCE = "REFERENCE"
    PER_WINDOW = "PER_WINDOW"
    OUTPUT = "OUTPUT"

    def name(self):
        return "similarity"

    def displayName(self):
        return self.tr("Similarity search (find places like this one)")

    def short_description(self):
        return self.tr("How alike each pixel is to reference points or polygons in latent space (cosine similarity)")

    def help_text(self):
        return self.tr(
            "<p>Finds the places that look like a reference: for every pixel of a latent raster, the <b>cosine "
            "similarity</b> between its latent features and the mean latent features of the reference points or "
            "polygons (1 = the same direction in latent space, 0 = unrelated).</p>"
            "<p><b>References</b>: one or more points or polygons (any CRS). Each feature is averaged over its "
            "pixels (centres inside a polygon; the pixel under a point; a polygon smaller than a pixel takes the "
            "pixels it touches), then the features are averaged with equal weight.</p>"
            "<p>By default one band compares all time windows at once (windows where the pixel or the "
            "reference has no valid observation are left out). <b>One band per window</b> gives the similarity "
            "window by window instead, to see when places look alike.</p>") + self.tr(
            "<p><b>Additional latent rasters</b> (optional): more latent rasters of the same area and CRS whose "
            "windows are stacked after INPUT's, e.g. a Presto latent beside a fine4 latent of the same stack; all "
            "windows are compared at once, or one band per window of each raster. The result has the finest of "
            "their grids (a coarser latent is repeated onto it when its pixel size is a whole multiple). Only "
            "latent rasters can be stacked here.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Latent raster")))
        self.add_extra_inputs(latent_only=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REFERENCE, self.tr("Reference points or polygons"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterBoolean(self.PER_WINDOW, self.tr("One band per time window"),
                                                        defaultValue=False))
        self.add_raster_output(self.OUTPUT, self.tr("Similarity"))

    def execute(self, parameters, context, feedback):
        from ..core.classify.samples import Samples
        from ..core.classify.similarity import run_similarity

        layer = self.raster_input(parameters, self.INPUT, context,
                                  self.tr("No input: choose a latent raster (eolatent:encode)."))
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        got = read_samples(self, source, None, layer.crs(), context, self.tr("reference"))
        if got.skipped_geometry:
            feedback.info(self.tr("{} feature(s) without a geometry (empty or NULL) were skipped").format(
                got.skipped_geometry))
        opts = self.runtime_options(parameters, context)
        res = run_similarity(self.input_rasters(parameters, context, layer),
                             Samples(got.geometries, [1] * len(got.geometries)),
                             self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
                             per_window=self.parameterAsBool(parameters, self.PER_WINDOW, context),
                             tile_size=opts["tile_size"], feedback=feedback)
        feedback.info(self.tr("Similarity to the mean of {} reference feature(s), {} band(s)").format(
            res.n_references, len(res.bands)))
        return {self.OUTPUT: res.output}

    def style_outputs(self, results, context):
        class_styles.style_output(results.get(self.OUTPUT), None, context)
