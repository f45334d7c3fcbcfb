# SPDX-License-Identifier: GPL-3.0-or-later
"""The "EO Latent" Processing provider (id ``eolatent``)."""
from __future__ import annotations

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import tr
from .biophysical_algorithm import BiophysicalAlgorithm
from .buildstack_algorithm import BuildStackAlgorithm
from .classify_algorithm import ClassifyAlgorithm
from .cluster_algorithm import ClusterAlgorithm
from .decode_algorithm import DecodeAlgorithm
from .encode_algorithm import EncodeAlgorithm
from .similarity_algorithm import SimilarityAlgorithm
from .soilmoisture_algorithm import SoilMoistureAlgorithm
from .superresolve_algorithm import SuperResolveAlgorithm
from .textquery_algorithm import TextQueryAlgorithm

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "eolatent.svg")


class EOLatentProvider(QgsProcessingProvider):
    def id(self):
        return "eolatent"

    def name(self):
        return tr("EO Latent")

    def longName(self):
        return tr("EO Latent — Sentinel time series to embeddings and physical variables")

    def icon(self):
        return QIcon(ICON) if os.path.exists(ICON) else super().icon()

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 - QGIS API
        """GeoTIFF only (core/outputs writes nothing else): the output file dialogs offered every GDAL format, and
        a .nc or .vrt chosen there was refused only when the run started."""
        return ["tif"]

    def loadAlgorithms(self):
        for alg in (BiophysicalAlgorithm(), BuildStackAlgorithm(), SoilMoistureAlgorithm(), EncodeAlgorithm(),
                    DecodeAlgorithm(), SuperResolveAlgorithm(), TextQueryAlgorithm(), ClassifyAlgorithm(),
                    ClusterAlgorithm(), SimilarityAlgorithm()):
            self.addAlgorithm(alg)
