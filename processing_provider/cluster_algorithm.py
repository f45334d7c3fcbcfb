# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:cluster — latent raster → k clusters (k given, or chosen by the silhouette criterion), styled."""
from __future__ import annotations

import json

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString
from qgis.core import QgsProcessingParameterRasterLayer

from . import class_styles
from .base import EOLatentAlgorithm
from .classify_algorithm import ExtraInputs


class ClusterAlgorithm(ExtraInputs, EOLatentAlgorithm):
    REQUIRED_MODULES = ("numpy", "rasterio", "sklearn", "scipy")
    RUNS_NETWORK = False  # scikit-learn k-means on the CPU: EXECUTION_PROVIDER=1 (CUDA) is refused or warned about
    INPUT = "INPUT"
    K = "K"
    K_MAX = "K_MAX"
    SAMPLE_SIZE = "SAMPLE_SIZE"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def name(self):
        return "cluster"

    def displayName(self):
        return self.tr("Cluster a latent raster (k-means)")

    def short_description(self):
        return self.tr("Groups of similar pixels of a latent raster (k-means; k given, or chosen by the silhouette "
                       "criterion)")

    def help_text(self):
        return self.tr(
            "<p>Groups the pixels of a latent raster into <b>k clusters</b> of similar latent features (all time "
            "windows together): an unsupervised map to look at before labelling anything.</p>"
            "<p><b>K</b>: the number of clusters, or 0 to choose it automatically: k-means is fitted for k = 2 … "
            "the largest k tried, and the k with the highest mean <b>silhouette</b> width (compact, well separated "
            "clusters; computed on at most 3000 sampled pixels) wins. The scores are in the log.</p>"
            "<p>k-means (scikit-learn MiniBatchKMeans, seeded) is fitted on a random sample of pixels; every pixel "
            "then goes to its nearest centroid, tile by tile. Clusters are numbered 1 … k by decreasing size in the sample; 0 is "
            "nodata. Any other raster (e.g. a Sentinel-2 stack) can be clustered on its bands too.</p>") + \
            self.extra_inputs_help() + self.tr(
            "<p>With additional feature rasters every feature is standardised (mean 0, standard deviation 1 over "
            "the sampled pixels) before k-means, so that no raster outweighs the others by its units.</p>")

    def init_parameters(self):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Latent raster")))
        self.add_extra_inputs()
        self.add_number(self.K, self.tr("Number of clusters (0 = automatic, silhouette criterion)"), 0, 0, 254,
                        integer=True)
        self.add_number(self.K_MAX, self.tr("Largest k tried when automatic"), 10, 2, 50, integer=True,
                        advanced=True)
        self.add_number(self.SAMPLE_SIZE, self.tr("Pixels sampled to fit k-means"), 20000, 100, 1000000,
                        integer=True, advanced=True)
        self.add_number(self.SEED, self.tr("Random seed"), 0, 0, 2 ** 31 - 1, integer=True, advanced=True)
        self.add_raster_output(self.OUTPUT, self.tr("Clusters"))
        self.addOutput(QgsProcessingOutputNumber("K_CHOSEN", self.tr("Number of clusters")))
        self.addOutput(QgsProcessingOutputString("SCORES", self.tr("Silhouette by k (JSON)")))

    def execute(self, parameters, context, feedback):
        from ..core.classify.cluster import run_cluster

        layer = self.raster_input(parameters, self.INPUT, context,
                                  self.tr("No input: choose a latent raster (eolatent:encode)."))
        opts = self.runtime_options(parameters, context)
        res = run_cluster(self.input_rasters(parameters, context, layer),
                          self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
                          k=self.parameterAsInt(parameters, self.K, context),
                          k_max=self.parameterAsInt(parameters, self.K_MAX, context),
                          sample_size=self.parameterAsInt(parameters, self.SAMPLE_SIZE, context),
                          seed=self.parameterAsInt(parameters, self.SEED, context), tile_size=opts["tile_size"],
                          feedback=feedback)
        if res.auto:
            feedback.info(self.tr("k = {} chosen by the silhouette criterion").format(res.k))
        self._classes = [dict(value=i + 1, name=self.tr("cluster {}").format(i + 1),
                              color=class_styles.palette_colour(i)) for i in range(res.k)]
        return {self.OUTPUT: res.output, "K_CHOSEN": res.k,
                "SCORES": json.dumps({str(k): round(v, 4) for k, v in res.scores.items()})}

    def style_outputs(self, results, context):
        class_styles.style_output(results.get(self.OUTPUT), getattr(self, "_classes", []), context)
